/**
 * What is accepted before the verdict: config entries by fingerprint (until their expiry date)
 * and, when it holds, the waiver. Pure: returns new file results, never edits the input.
 */
import type { FileResult } from '../core/model.js';
import { entryCarriesIdentifier, pathCarriesIdentifier } from '../core/redact.js';
import { acceptanceActive, type AcceptedFinding } from '../config/action-config.js';
import type { WaiverAudit } from './waiver.js';

export interface AcceptanceResult {
  files: FileResult[];
  /** How many findings an entry covered. */
  acceptedCount: number;
  /** Entries past their expiry date that matched a finding (these block again). */
  expiredMatches: AcceptedFinding[];
  /** Plain notes for the summary: acceptances refused or stretched (fingerprints only, no value). */
  notes: string[];
}

/**
 * Config entries accept findings by fingerprint, with two limits:
 * - a finding in a file whose path (or entry name) carries an identifier is never accepted by
 *   fingerprint: its fingerprint is taken over the redacted path, which another roster's path
 *   can share (`cases/A….csv`); only the waiver label can accept it;
 * - an entry with a `count` covers the finding only while it has at most that many rows: new
 *   rows may be different people. An entry without one says, in the summary, how many rows it
 *   now covers.
 */
export function applyAcceptedFindings(files: readonly FileResult[], entries: readonly AcceptedFinding[], today: string): AcceptanceResult {
  const byFingerprint = new Map(entries.map((e) => [e.fingerprint.toLowerCase(), e]));
  const expired = new Set<AcceptedFinding>();
  const notes: string[] = [];
  let acceptedCount = 0;
  const out = files.map((file) => {
    const redacted = pathCarriesIdentifier(file.findings) || entryCarriesIdentifier(file.findings);
    return {
      ...file,
      findings: file.findings.map((f) => {
        const entry = byFingerprint.get(f.fingerprint.toLowerCase());
        if (!entry) return f;
        if (!acceptanceActive(entry, today)) {
          expired.add(entry);
          return f;
        }
        if (redacted) {
          notes.push(
            `the accepted-finding entry with fingerprint ${entry.fingerprint} matches a finding in a file whose name carries an identifier; such findings cannot be accepted by fingerprint (another file whose name is redacted the same way would match), so it counts: use the waiver label`,
          );
          return f;
        }
        if (entry.count !== undefined && f.count > entry.count) {
          notes.push(
            `the finding with fingerprint ${entry.fingerprint} now has ${f.count} row(s), more than the ${entry.count} it was accepted for; the new rows may be other people, so it counts again until it is reviewed and the entry's count raised`,
          );
          return f;
        }
        if (entry.count === undefined)
          notes.push(
            `the acceptance of fingerprint ${entry.fingerprint} has no count: it covers the finding's ${f.count} row(s) now, including any added since it was reviewed; add \`count: ${f.count}\` to hold it to these rows`,
          );
        acceptedCount += 1;
        return { ...f, accepted: { reason: `${entry.reason} (until ${entry.expires})`, by: entry.approver } };
      }),
    };
  });
  return { files: out, acceptedCount, expiredMatches: [...expired], notes };
}

export function applyWaiver(files: readonly FileResult[], audit: WaiverAudit, label: string): FileResult[] {
  return files.map((file) => ({
    ...file,
    findings: file.findings.map((f) =>
      f.accepted
        ? f
        : {
            ...f,
            accepted: { reason: `waiver label '${label}' applied at ${audit.at} for ${audit.headSha.slice(0, 12)}`, by: audit.approver },
          },
    ),
  }));
}
