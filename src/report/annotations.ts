/**
 * Workflow-command annotations (`::error file=...::message`). GitHub shows at most 10 errors and
 * 10 warnings (and 10 notices) per step and drops the rest silently, so findings are grouped by
 * file and columns, ordered most severe first, and the last slot of a level says how many more
 * there are. Text files get line ranges; binary files (workbooks, PDFs, archives) get file-level
 * annotations with the sheet and cells in the message. File names and sheet names are untrusted:
 * every property and message is escaped so it cannot start a new workflow command.
 */
import { RULE_TITLES, severityRank, type FileResult, type Finding, type ScanReport } from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { findingBlocks } from '../core/verdict.js';
import { reasonText } from './file-status.js';
import { pathCarriesIdentifier, shownPath } from '../core/redact.js';
import { blockingSentence } from './counts.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

/** GitHub's per-step display limit for each level. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_RANK: Record<AnnotationLevel, number> = { error: 2, warning: 1, notice: 0 };

/** Data part of a workflow command: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also escape `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function toWorkflowCommand(a: Annotation): string {
  const props = Object.entries(a.properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${a.level}${props ? ` ${props}` : ''}::${escapeData(a.message)}`;
}

/** The level a finding is shown at: blocking → error; otherwise warning (or notice for notices). */
export function findingLevel(finding: Finding, report: Pick<ScanReport, 'failOn' | 'notInspectedBlocks'>): AnnotationLevel {
  if (findingBlocks(finding, report)) return 'error';
  return finding.severity === 'notice' ? 'notice' : 'warning';
}

interface Group {
  level: AnnotationLevel;
  rank: number;
  count: number;
  order: number;
  annotation: Annotation;
}

function groupKey(f: Finding): string {
  const l = f.location;
  const cols = (l.columns ?? [])
    .map((c) => c.index)
    .sort((a, b) => a - b)
    .join(',');
  return [l.entry ?? '', l.sheet ?? '', l.page ?? '', cols].join('\u0000');
}

function fileProperties(file: FileResult): { file?: string } {
  // A path that itself carries an identifier is not put in the file property: it would be shown verbatim.
  return pathCarriesIdentifier(file.findings) ? {} : { file: file.path };
}

function findingGroups(file: FileResult, report: ScanReport, order: () => number): Group[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of file.findings) {
    const k = groupKey(f);
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const groups: Group[] = [];
  for (const findings of byKey.values()) {
    findings.sort(
      (a, b) =>
        LEVEL_RANK[findingLevel(b, report)] - LEVEL_RANK[findingLevel(a, report)] || severityRank(b.severity) - severityRank(a.severity),
    );
    const lead = findings[0]!;
    const level = findingLevel(lead, report);
    const others = findings.length - 1;
    const accepted = lead.accepted ? ` Accepted: ${displayText(lead.accepted.reason, 120)}.` : '';
    const path = pathCarriesIdentifier(file.findings) ? `${displayText(shownPath(file), 200)}: ` : '';
    const message = `${path}${lead.message}${others ? ` (+${others} more finding${others === 1 ? '' : 's'} in the same place: ${[...new Set(findings.slice(1).map((f) => RULE_TITLES[f.rule]))].join('; ')})` : ''}.${accepted} [${lead.severity}]`;
    const lines = findings.map((f) => f.location.lines).filter((x): x is { first: number; last: number } => Boolean(x));
    const properties: AnnotationProperties = { title: `asylum-pii-gate: ${RULE_TITLES[lead.rule]}`, ...fileProperties(file) };
    if (lines.length && properties.file) {
      properties.line = Math.min(...lines.map((l) => l.first));
      const end = Math.max(...lines.map((l) => l.last));
      if (end > properties.line) properties.endLine = end;
    }
    groups.push({
      level,
      rank: severityRank(lead.severity),
      count: findings.reduce((n, f) => n + f.count, 0),
      order: order(),
      annotation: { level, message, properties },
    });
  }
  return groups;
}

function notInspectedGroup(file: FileResult, report: ScanReport, order: number): Group {
  const level: AnnotationLevel = report.notInspectedBlocks ? 'error' : 'warning';
  const reason = reasonText(file) ?? 'the file could not be read';
  const detail = file.detail ? ` (${displayText(file.detail, 200)})` : '';
  const path = pathCarriesIdentifier(file.findings) ? `${displayText(shownPath(file), 200)}: ` : '';
  return {
    level,
    rank: severityRank('critical') + 1,
    count: 0,
    order,
    annotation: {
      level,
      message: `${path}Not inspected: ${reason}${detail}. The gate cannot say this file is safe.`,
      properties: { title: 'asylum-pii-gate: file not inspected', ...fileProperties(file) },
    },
  };
}

/**
 * Every annotation worth showing, most severe first, capped per level with an overflow line.
 * `reservedErrors` error slots are kept for annotations the caller prints itself.
 */
export function buildAnnotations(report: ScanReport, limit = ANNOTATIONS_PER_LEVEL, reservedErrors = 0): Annotation[] {
  let n = 0;
  const groups: Group[] = [];
  for (const file of report.files) {
    if (file.status === 'not-inspected') groups.push(notInspectedGroup(file, report, n++));
    groups.push(...findingGroups(file, report, () => n++));
  }
  groups.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.rank - a.rank || b.count - a.count || a.order - b.order);
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = groups.filter((g) => g.level === level);
    const cap = level === 'error' ? Math.max(1, limit - reservedErrors) : limit;
    if (ofLevel.length <= cap) {
      out.push(...ofLevel.map((g) => g.annotation));
      continue;
    }
    out.push(...ofLevel.slice(0, cap - 1).map((g) => g.annotation));
    const more = ofLevel.length - (cap - 1);
    out.push({
      level,
      message: `${more} more ${level === 'error' ? 'blocking ' : ''}finding group${more === 1 ? '' : 's'} not shown as annotations: see the job summary and the JSON report.`,
      properties: { title: 'asylum-pii-gate: more findings' },
    });
  }
  return out;
}

/** Problems that stop the gate from judging every file, shown first; the rest are in the summary. */
export const BLOCKER_ANNOTATIONS = 3;

/**
 * Every annotation the step prints, within GitHub's 10 errors per step: up to three gate
 * problems first, then the findings, and one error slot always left for the closing error the
 * step fails with (`closingError`), so that it is never the one GitHub drops.
 */
export function stepAnnotations(report: ScanReport, blockers: readonly string[] = [], limit = ANNOTATIONS_PER_LEVEL): Annotation[] {
  const first: Annotation[] = blockers
    .slice(0, BLOCKER_ANNOTATIONS)
    .map((b) => ({ level: 'error', message: `Blocked: ${displayText(b, 600)}.`, properties: { title: 'asylum-pii-gate' } }));
  return [...first, ...buildAnnotations(report, limit, first.length + 1)];
}

/**
 * The one error the step fails with, or undefined when it passes. Its counts are the summary's
 * (files and findings that block, files not inspected, gate problems), so they add up.
 */
export function closingError(report: ScanReport, blockers: readonly string[] = [], waiverVoided = false): string | undefined {
  const sentence = blockingSentence(report, blockers.length);
  const voided = waiverVoided ? 'new commits voided the waiver; it must be applied again after review' : '';
  if (!sentence && !voided) return undefined;
  return `asylum-pii-gate: ${[sentence, voided].filter(Boolean).join('; ')}. See the annotations and the job summary.`;
}
