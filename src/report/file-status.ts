/** What every report format says about one file: its verdict, the plain reason, the order of findings. */
import { NOT_INSPECTED_REASONS, severityRank, SKIP_REASONS, type FileResult, type Finding, type ScanReport } from '../core/model.js';
import { blockingCount } from '../core/verdict.js';

/** The plain sentence for why a file was skipped or not inspected (never a library message). */
export function reasonText(file: Pick<FileResult, 'status' | 'reason'>): string | undefined {
  if (!file.reason) return undefined;
  if (file.status === 'not-inspected') return NOT_INSPECTED_REASONS[file.reason as keyof typeof NOT_INSPECTED_REASONS];
  if (file.status === 'skipped') return SKIP_REASONS[file.reason as keyof typeof SKIP_REASONS];
  return undefined;
}

/** Findings most severe first; ties keep the order detection gave. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank(b.f.severity) - severityRank(a.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

export type FileVerdict = 'block' | 'pass' | 'not-inspected' | 'skipped';

/** 'block' when anything in the file blocks; otherwise what happened to it. */
export function fileVerdict(file: FileResult, report: Pick<ScanReport, 'failOn' | 'notInspectedBlocks'>): FileVerdict {
  if (blockingCount(file, report) > 0) return 'block';
  if (file.status === 'not-inspected') return 'not-inspected';
  if (file.status === 'skipped') return 'skipped';
  return 'pass';
}
