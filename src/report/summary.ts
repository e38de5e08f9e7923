/**
 * The job summary (GITHUB_STEP_SUMMARY): the verdict, a table of findings (file, sheet/location,
 * what kind, how many rows, severity, hidden or not), the files not inspected and why, what was
 * left out by configuration, and the waiver status with its audit line. GitHub renders it as
 * Markdown with raw HTML and escapes nothing, so every piece of untrusted text is HTML-escaped
 * here. A step summary over 1 MiB is dropped, so the table stops at a byte budget and says how
 * many rows it left out.
 */
import { RULE_TITLES, type FileResult, type Finding, type ScanReport } from '../core/model.js';
import { describePlace, kindWords } from '../core/describe.js';
import { displayText } from '../core/safe-text.js';
import { findingBlocks } from '../core/verdict.js';
import { bySeverity, reasonText } from './file-status.js';
import { shownPath } from '../core/redact.js';

/** The summary the Action writes, bounded well under GitHub's 1 MiB per step. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

export interface WaiverStatus {
  /** 'not-applicable' for push and workflow_dispatch runs. */
  state: 'not-applicable' | 'absent' | 'holds' | 'rejected' | 'voided';
  label: string;
  reasons?: string[];
  note?: string;
  audit?: { approver: string; at: string; headSha: string };
}

export interface SummaryInput {
  report: ScanReport;
  /** "pull request #12 at 0a1b2c3d4e5f", plain text. */
  subject: string;
  waiver: WaiverStatus;
  /** Reasons the run blocks besides findings (an incomplete file list, an unreadable config). */
  blockers?: string[];
  /** Notes on how files were listed, the config, check runs: plain text made by the Action. */
  notes?: string[];
  /** Paths of the JSON report / SARIF file, shown for reference. */
  reportPath?: string;
}

/** The subset of @actions/core's summary this builder uses (keeps tests on the real one). */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  stringify(): string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Untrusted text, flattened, bounded and escaped; `@` broken so it mentions no one. */
export function safe(text: string, max = 200): string {
  return escapeHtml(displayText(text, max)).replace(/@/g, '@\u200b');
}

function hiddenText(f: Finding): string {
  const l = f.location;
  const parts: string[] = [];
  if (l.sheetState === 'hidden') parts.push('hidden sheet');
  if (l.sheetState === 'very-hidden') parts.push('very hidden sheet');
  if (l.hiddenRows) parts.push(`${l.hiddenRows} hidden rows`);
  if (l.hiddenColumns?.length) parts.push(`hidden column${l.hiddenColumns.length === 1 ? '' : 's'} ${l.hiddenColumns.join(', ')}`);
  if (l.surface && ['hidden-rows', 'hidden-columns', 'comments', 'defined-names', 'pivot-cache', 'metadata', 'external-link', 'chart-cache'].includes(l.surface)) parts.push(l.surface.replace(/-/g, ' '));
  return parts.length ? `yes: ${parts.join(', ')}` : 'no';
}

function whereText(f: Finding): string {
  const l = f.location;
  const bits = [describePlace(l)].filter(Boolean);
  const letters = (l.columns ?? []).map((c) => c.letter ?? `#${c.index + 1}`);
  if (letters.length) bits.push(`column${letters.length === 1 ? '' : 's'} ${letters.join(', ')}`);
  if (l.rows) bits.push(l.rows.first === l.rows.last ? `row ${l.rows.first}` : `rows ${l.rows.first}–${l.rows.last}`);
  if (l.lines) bits.push(l.lines.first === l.lines.last ? `line ${l.lines.first}` : `lines ${l.lines.first}–${l.lines.last}`);
  return bits.join(', ') || 'whole file';
}

function whatText(f: Finding): string {
  const kinds = [...new Set((f.location.columns ?? []).map((c) => kindWords(c.kind)))];
  return `${RULE_TITLES[f.rule]}${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
}

function statusText(f: Finding, report: ScanReport): string {
  if (f.accepted) return `accepted${f.accepted.by ? ` by ${f.accepted.by}` : ''}: ${f.accepted.reason}`;
  return findingBlocks(f, report) ? 'blocks' : 'below the fail level';
}

function findingRow(file: FileResult, f: Finding, report: ScanReport): string {
  const cells = [
    `<code>${safe(shownPath(file), 160)}</code>`,
    safe(whereText(f), 240),
    safe(whatText(f), 200),
    String(f.count),
    escapeHtml(f.severity),
    safe(hiddenText(f), 120),
    safe(statusText(f, report), 200),
    `<code>${escapeHtml(f.fingerprint)}</code>`,
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>\n`;
}

const TABLE_HEAD = '<table>\n<tr><th>File</th><th>Sheet / location</th><th>What</th><th>Rows</th><th>Severity</th><th>Hidden</th><th>Status</th><th>Fingerprint</th></tr>\n';

function verdictLine(input: SummaryInput): string {
  const s = input.report.summary;
  const blockers = input.blockers?.length ?? 0;
  if (blockers) return `❌ **Blocked**: ${blockers} problem(s) stop the gate from judging every file, plus ${s.blocking} blocking item(s) from the scan.`;
  if (input.waiver.state === 'holds') return `✅ **Passed under an approved waiver**: ${s.findings} finding(s) and ${s.notInspected} file(s) not inspected were accepted by the waiver (shown as warnings).`;
  if (s.blocking > 0) return `❌ **Blocked**: ${s.blocking} blocking item(s) (${s.findings} finding(s), ${s.notInspected} file(s) not inspected; fail level ${escapeHtml(input.report.failOn)}).`;
  return `✅ **Passed**: ${s.findings} finding(s), none blocking; ${s.scanned} file(s) scanned.`;
}

function waiverSection(w: WaiverStatus): string {
  const label = `<code>${safe(w.label, 80)}</code>`;
  switch (w.state) {
    case 'not-applicable':
      return 'Waivers apply to pull requests only.\n';
    case 'absent':
      return `No waiver: the label ${label} is not on the pull request (read live).${w.note ? ` ${safe(w.note, 300)}.` : ''}\n`;
    case 'holds': {
      const a = w.audit!;
      return `The waiver holds. Audit: label ${label} applied by <code>${safe(a.approver, 60)}</code> at ${safe(a.at, 40)} (server time) for head commit <code>${safe(a.headSha, 64)}</code>; checked live through the API.\n`;
    }
    case 'rejected':
    case 'voided': {
      const head = w.state === 'voided' ? `The waiver label ${label} was voided:` : `The waiver label ${label} is on the pull request, but the waiver does not hold:`;
      return `${head}\n\n${(w.reasons ?? []).map((r) => `- ${safe(r, 400)}`).join('\n')}\n`;
    }
  }
}

/**
 * Add the summary to `writer` (the real `core.summary`) and return it. Findings are listed most
 * severe first, blocking files first; the table stops before the byte budget.
 */
export function buildSummary<W extends SummaryWriter>(writer: W, input: SummaryInput, budget = SUMMARY_BUDGET_BYTES): W {
  const { report } = input;
  const s = report.summary;
  writer.addRaw(`## asylum-pii-gate\n\n${verdictLine(input)}\n\n`);
  writer.addRaw(`Gated ${safe(input.subject, 200)}: ${s.files} file(s), ${s.scanned} scanned, ${s.skipped} skipped, ${s.notInspected} not inspected. No value from any file is shown here.\n\n`);

  if (input.blockers?.length) writer.addRaw(`### Blocked\n\n${input.blockers.map((b) => `- ${safe(b, 600)}`).join('\n')}\n\n`);
  writer.addRaw(`### Waiver\n\n${waiverSection(input.waiver)}\n`);

  const notInspected = report.files.filter((f) => f.status === 'not-inspected');
  if (notInspected.length) {
    writer.addRaw(`### Files not inspected (${notInspected.length})\n\nThe gate could not read these fully, so it cannot say they are safe${report.notInspectedBlocks ? '; each one blocks' : ''}.\n\n<ul>\n`);
    let shown = 0;
    let used = Buffer.byteLength(writer.stringify());
    for (const f of notInspected) {
      const line = `<li><code>${safe(shownPath(f), 160)}</code>: ${safe(reasonText(f) ?? 'the file could not be read', 200)}${f.detail ? ` (${safe(f.detail, 200)})` : ''}</li>\n`;
      used += Buffer.byteLength(line);
      if (used > budget / 2) break;
      writer.addRaw(line);
      shown += 1;
    }
    writer.addRaw(`</ul>\n${shown < notInspected.length ? `\n${notInspected.length - shown} more file(s) not inspected are not listed here (see the JSON report).\n` : ''}\n`);
  }

  const rows: Array<[FileResult, Finding]> = [];
  const files = [...report.files].sort((a, b) => Number(b.findings.some((f) => findingBlocks(f, report))) - Number(a.findings.some((f) => findingBlocks(f, report))));
  for (const file of files) for (const f of bySeverity(file.findings)) rows.push([file, f]);
  if (rows.length) {
    writer.addRaw(`### Findings (${rows.length})\n\n${TABLE_HEAD}`);
    const tail = 4096;
    let used = Buffer.byteLength(writer.stringify());
    let shown = 0;
    for (const [file, f] of rows) {
      const row = findingRow(file, f, report);
      const size = Buffer.byteLength(row);
      if (used + size + tail > budget) break;
      writer.addRaw(row);
      used += size;
      shown += 1;
    }
    writer.addRaw('</table>\n\n');
    if (shown < rows.length) writer.addRaw(`${rows.length - shown} more finding(s) are not shown: the summary is kept under GitHub's 1 MiB limit. Every finding is in the JSON report and the SARIF file.\n\n`);
  }

  const skipped = report.files.filter((f) => f.status === 'skipped');
  if (skipped.length) {
    const counts = new Map<string, number>();
    for (const f of skipped) counts.set(reasonText(f) ?? 'skipped', (counts.get(reasonText(f) ?? 'skipped') ?? 0) + 1);
    writer.addRaw(`### Not scanned (${skipped.length})\n\n${[...counts].map(([why, n]) => `- ${n} file(s): ${safe(why, 200)}`).join('\n')}\n\n`);
    const allowlisted = skipped.filter((f) => f.reason === 'allowlisted');
    if (allowlisted.length && Buffer.byteLength(writer.stringify()) < budget - 64 * 1024) {
      writer.addRaw(`<details><summary>Allowlisted by the config file</summary>\n\n<ul>\n${allowlisted.slice(0, 200).map((f) => `<li><code>${safe(shownPath(f), 160)}</code>: ${safe(f.detail ?? '', 200)}</li>`).join('\n')}\n</ul>\n${allowlisted.length > 200 ? `\n${allowlisted.length - 200} more not listed.\n` : ''}</details>\n\n`);
    }
  }

  if (input.notes?.length) writer.addRaw(`### Notes\n\n${input.notes.map((n) => `- ${safe(n, 500)}`).join('\n')}\n\n`);
  if (input.reportPath) writer.addRaw(`The JSON report is at <code>${safe(input.reportPath, 300)}</code> on the runner.\n`);
  return writer;
}
