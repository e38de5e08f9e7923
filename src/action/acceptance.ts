/**
 * What is accepted before the verdict: config entries by fingerprint (until their expiry date)
 * and, when it holds, the waiver. Pure: returns new file results, never edits the input.
 */
import type { FileResult } from '../core/model.js';
import { acceptanceActive, type AcceptedFinding } from '../config/action-config.js';
import type { WaiverAudit } from './waiver.js';

export interface AcceptanceResult {
  files: FileResult[];
  /** How many findings an entry covered. */
  acceptedCount: number;
  /** Entries past their expiry date that matched a finding (these block again). */
  expiredMatches: AcceptedFinding[];
}

export function applyAcceptedFindings(files: readonly FileResult[], entries: readonly AcceptedFinding[], today: string): AcceptanceResult {
  const byFingerprint = new Map(entries.map((e) => [e.fingerprint.toLowerCase(), e]));
  const expired = new Set<AcceptedFinding>();
  let acceptedCount = 0;
  const out = files.map((file) => ({
    ...file,
    findings: file.findings.map((f) => {
      const entry = byFingerprint.get(f.fingerprint.toLowerCase());
      if (!entry) return f;
      if (!acceptanceActive(entry, today)) {
        expired.add(entry);
        return f;
      }
      acceptedCount += 1;
      return { ...f, accepted: { reason: `${entry.reason} (until ${entry.expires})`, by: entry.approver } };
    }),
  }));
  return { files: out, acceptedCount, expiredMatches: [...expired] };
}

export function applyWaiver(files: readonly FileResult[], audit: WaiverAudit, label: string): FileResult[] {
  return files.map((file) => ({
    ...file,
    findings: file.findings.map((f) => (f.accepted ? f : { ...f, accepted: { reason: `waiver label '${label}' applied at ${audit.at} for ${audit.headSha.slice(0, 12)}`, by: audit.approver } })),
  }));
}
