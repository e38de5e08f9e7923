import { NOT_INSPECTED_REASONS, SKIP_REASONS, type ScanReport } from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { blockingCount } from '../core/verdict.js';

/** Text for people, grouped by file. (Minimal; the reporting work extends it.) */
export function toText(report: ScanReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.status === 'scanned' && file.findings.length === 0) continue;
    const blocks = blockingCount(file, report) > 0;
    lines.push(`${blocks ? 'BLOCK' : 'note '} ${displayText(file.path, 200)}`);
    if (file.status === 'not-inspected') lines.push(`  not inspected: ${NOT_INSPECTED_REASONS[file.reason as keyof typeof NOT_INSPECTED_REASONS] ?? file.reason}`);
    if (file.status === 'skipped') lines.push(`  skipped: ${SKIP_REASONS[file.reason as keyof typeof SKIP_REASONS] ?? file.reason}`);
    for (const f of file.findings) lines.push(`  [${f.severity}] ${f.message}`);
  }
  const s = report.summary;
  lines.push(`${s.files} files: ${s.scanned} scanned, ${s.skipped} skipped, ${s.notInspected} not inspected; ${s.findings} findings, ${s.blocking} blocking (fail level: ${report.failOn}).`);
  return `${lines.join('\n')}\n`;
}
