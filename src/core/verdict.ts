import { atLeast, SEVERITIES, type FileResult, type Finding, type ScanReport, type ScanSummary, type Severity } from './model.js';

export interface VerdictPolicy {
  failOn: Severity;
  notInspectedBlocks: boolean;
}

/** A finding blocks when it reaches the fail level and nobody accepted it. */
export function findingBlocks(finding: Finding, policy: VerdictPolicy): boolean {
  return !finding.accepted && atLeast(finding.severity, policy.failOn);
}

/** How many things in this file block: blocking findings, plus the file itself when it was not read. */
export function blockingCount(file: FileResult, policy: VerdictPolicy): number {
  const own = file.status === 'not-inspected' && policy.notInspectedBlocks ? 1 : 0;
  return own + file.findings.filter((f) => findingBlocks(f, policy)).length;
}

export function summarize(files: readonly FileResult[], policy: VerdictPolicy): ScanSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let findings = 0;
  let blocking = 0;
  for (const file of files) {
    for (const f of file.findings) {
      bySeverity[f.severity] += 1;
      findings += 1;
    }
    blocking += blockingCount(file, policy);
  }
  return {
    files: files.length,
    scanned: files.filter((f) => f.status === 'scanned').length,
    skipped: files.filter((f) => f.status === 'skipped').length,
    notInspected: files.filter((f) => f.status === 'not-inspected').length,
    findings,
    blocking,
    bySeverity,
  };
}

export function buildReport(files: FileResult[], policy: VerdictPolicy, tool: { name: string; version: string }): ScanReport {
  return {
    tool,
    failOn: policy.failOn,
    notInspectedBlocks: policy.notInspectedBlocks,
    files,
    summary: summarize(files, policy),
  };
}
