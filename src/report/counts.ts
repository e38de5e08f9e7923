/**
 * The counts every verdict sentence uses (summary, check run title, the closing error), taken
 * from the same place so that they add up: blocking findings, the files that hold them, files
 * not inspected that block, and the files that block for either reason.
 */
import type { ScanReport } from '../core/model.js';
import { blockingCount, findingBlocks } from '../core/verdict.js';

export interface VerdictCounts {
  /** Findings at or above the fail level that nobody accepted. */
  blockingFindings: number;
  /** Files holding at least one of them. */
  filesWithBlockingFindings: number;
  /** Files not inspected that block (0 when not-inspected files only warn). */
  notInspected: number;
  /** Files that block for any reason (a file can hold findings and also not be fully read). */
  blockingFiles: number;
  /** Findings accepted (by the config or a waiver). */
  accepted: number;
}

export function verdictCounts(report: Pick<ScanReport, 'files' | 'failOn' | 'notInspectedBlocks'>): VerdictCounts {
  const counts: VerdictCounts = { blockingFindings: 0, filesWithBlockingFindings: 0, notInspected: 0, blockingFiles: 0, accepted: 0 };
  for (const file of report.files) {
    const n = file.findings.filter((f) => findingBlocks(f, report)).length;
    counts.blockingFindings += n;
    if (n) counts.filesWithBlockingFindings += 1;
    if (file.status === 'not-inspected' && report.notInspectedBlocks) counts.notInspected += 1;
    if (blockingCount(file, report) > 0) counts.blockingFiles += 1;
    counts.accepted += file.findings.filter((f) => f.accepted).length;
  }
  return counts;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "2 files block: 5 findings in 1 file, 1 file not inspected; 1 gate problem" — the closing
 * error and the check run's title. Empty when nothing blocks.
 */
export function blockingSentence(report: Pick<ScanReport, 'files' | 'failOn' | 'notInspectedBlocks'>, problems = 0): string {
  const c = verdictCounts(report);
  const parts = [
    c.blockingFindings ? `${plural(c.blockingFindings, 'blocking finding')} in ${plural(c.filesWithBlockingFindings, 'file')}` : '',
    c.notInspected ? `${plural(c.notInspected, 'file')} not inspected` : '',
    problems ? `${plural(problems, 'gate problem')} (see the summary)` : '',
  ].filter(Boolean);
  return parts.length ? `blocked: ${parts.join(', ')}` : '';
}
