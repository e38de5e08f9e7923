/**
 * Text for people, grouped by file: a verdict line per file, its findings most severe first,
 * for a file that blocks one line saying what to do, and a closing summary. Every piece of untrusted text (paths, sheet names, headers, reasons
 * given by people) goes through displayText, so a file name cannot carry a terminal escape or a
 * line break (and with it a `::error::` workflow command) into the output.
 */
import type { FileResult, Finding, ScanReport, Severity } from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { findingBlocks } from '../core/verdict.js';
import { bySeverity, fileVerdict, reasonText, type FileVerdict } from './file-status.js';
import { shownFinding, shownPath } from '../core/redact.js';
import { nextStep } from './advice.js';

export interface TextOptions {
  /** ANSI colors (the caller decides: TTY, NO_COLOR, --no-color). Default false. */
  color?: boolean;
  /** List only the files that block. Default false. */
  quiet?: boolean;
}

type Paint = (text: string) => string;
interface Palette {
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
  dim: Paint;
  bold: Paint;
}

const sgr =
  (open: string): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[0m`;
const COLORS: Palette = { red: sgr('1;31'), green: sgr('32'), yellow: sgr('33'), cyan: sgr('36'), dim: sgr('2'), bold: sgr('1') };
const PLAIN: Palette = { red: (t) => t, green: (t) => t, yellow: (t) => t, cyan: (t) => t, dim: (t) => t, bold: (t) => t };

/** Longest path shown; a longer one ends in an ellipsis. */
const PATH_MAX = 200;

function severityLabel(severity: Severity, p: Palette): string {
  const label = severity.padEnd(8);
  if (severity === 'critical' || severity === 'high') return p.red(label);
  if (severity === 'warning') return p.yellow(label);
  return p.cyan(label);
}

function why(file: FileResult): string {
  const reason = reasonText(file) ?? (file.reason ? displayText(file.reason, 40) : 'no reason given');
  const detail = file.detail ? ` (${displayText(file.detail, 120)})` : '';
  return `${reason}${detail}`;
}

function verdictLine(file: FileResult, verdict: FileVerdict, report: ScanReport, p: Palette): string {
  const path = displayText(shownPath(file), PATH_MAX);
  switch (verdict) {
    case 'block': {
      const n = file.findings.filter((f) => findingBlocks(f, report)).length;
      const parts: string[] = [];
      if (file.status === 'not-inspected') parts.push(`not inspected: ${why(file)}`);
      if (n) parts.push(`${n} blocking finding${n === 1 ? '' : 's'}`);
      return `${p.red('BLOCK')}          ${p.bold(path)} — ${parts.join('; ')}`;
    }
    case 'not-inspected':
      return `${p.yellow('not inspected')}  ${path} — ${why(file)} (does not block: not-inspected files are set to warn)`;
    case 'skipped':
      return `${p.dim('skipped')}        ${path} — ${why(file)}`;
    case 'pass': {
      const accepted = file.findings.filter((f) => f.accepted).length;
      const below = file.findings.length - accepted;
      const parts = [
        below ? `${below} finding${below === 1 ? '' : 's'} below the fail level (${report.failOn})` : '',
        accepted ? `${accepted} accepted finding${accepted === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      return `${p.green('pass')}           ${path}${parts.length ? ` — ${parts.join('; ')}` : ''}`;
    }
  }
}

function findingLine(finding: Finding, p: Palette): string {
  // The message is built by describeFinding from structure only; it is still flattened here so a
  // sheet name or header inside it can never break the line.
  const accepted = finding.accepted ? p.dim(` [accepted: ${displayText(finding.accepted.reason, 100)}]`) : '';
  return `    ${severityLabel(finding.severity, p)} ${displayText(finding.message, 1000)}${accepted}`;
}

export function summaryLine(report: ScanReport): string {
  const s = report.summary;
  const severities = (['critical', 'high', 'warning', 'notice'] as const)
    .filter((sev) => s.bySeverity[sev] > 0)
    .map((sev) => `${s.bySeverity[sev]} ${sev}`);
  const findings = `${s.findings} finding${s.findings === 1 ? '' : 's'}${severities.length ? ` (${severities.join(', ')})` : ''}`;
  const blockingFindings = report.files.reduce((n, f) => n + f.findings.filter((x) => findingBlocks(x, report)).length, 0);
  const blockingFiles = s.blocking - blockingFindings;
  const causes = [
    blockingFindings ? `${blockingFindings} blocking finding${blockingFindings === 1 ? '' : 's'}` : '',
    blockingFiles ? `${blockingFiles} file${blockingFiles === 1 ? '' : 's'} not inspected` : '',
  ].filter(Boolean);
  const verdict = s.blocking > 0 ? `BLOCKED (${causes.join(', ')})` : 'nothing blocks';
  return `${s.files} file${s.files === 1 ? '' : 's'}: ${s.scanned} scanned, ${s.skipped} skipped, ${s.notInspected} not inspected; ${findings}; fail level ${report.failOn}: ${verdict}.`;
}

export function toText(report: ScanReport, options: TextOptions = {}): string {
  const p = options.color ? COLORS : PLAIN;
  const lines: string[] = [];
  for (const file of report.files) {
    const verdict = fileVerdict(file, report);
    if (options.quiet && verdict !== 'block') continue;
    lines.push(verdictLine(file, verdict, report, p));
    for (const f of bySeverity(file.findings)) lines.push(findingLine(shownFinding(file, f), p));
    // Every blocked file closes with one line saying what to do.
    const step = verdict === 'block' ? nextStep(file, report) : undefined;
    if (step) lines.push(`    ${p.bold('what to do:')} ${step}`);
  }
  if (lines.length) lines.push('');
  const summary = summaryLine(report);
  lines.push(report.summary.blocking > 0 ? p.red(summary) : p.green(summary));
  return `${lines.join('\n')}\n`;
}
