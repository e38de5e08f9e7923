/**
 * Merging the JSON reports of a sharded audit (`shard: i/n` on an Actions matrix, or the CLI's
 * `scan --shard i/n`) into one report with one verdict. Pure: the CLI's `merge` command and the
 * Action's merge mode both call mergeReports and differ only in how they read files and report.
 *
 * Reports are data from an earlier job (an artifact could be edited): each is checked field by
 * field against the report schema and rebuilt from the known fields only (unknown ones are
 * dropped, so nothing else in the file can reach an output); its declared summary and verdict
 * must match its files. Problems are named by report and field, never by quoting a value.
 *
 * Fail closed: the reports must be shards of ONE audit (same commit, settings, tool, fail level,
 * every shard i of n once, no file twice), or the merge is refused and blocks. A missing shard
 * (its matrix job failed or uploaded nothing) leaves the other shards' files merged, and blocks.
 */
import { createHash } from 'node:crypto';
import {
  COLUMN_KINDS,
  isSeverity,
  NOT_INSPECTED_REASONS,
  RULE_TITLES,
  SKIP_REASONS,
  type ColumnRef,
  type FileResult,
  type Finding,
  type Location,
  type ScanReport,
  type Severity,
  type SheetState,
  type Surface,
} from '../core/model.js';
import { buildReport } from '../core/verdict.js';
import { TOOL } from '../core/tool.js';
import { JSON_REPORT_SCHEMA } from './json.js';

export interface NamedReport {
  /** How the report is named in messages (its file name, escaped by the caller). */
  name: string;
  value: unknown;
}

export interface MergeOutcome {
  /**
   * The merged report: every file of the shards given, sorted by path, with one verdict. Its
   * blockers hold every problem below plus the blockers each shard reported. No file when refused.
   */
  report: ScanReport;
  /** Why the reports cannot be merged (not valid, of another commit or settings, overlapping). */
  refused: string[];
  /** One sentence per missing shard. */
  missing: string[];
  /** Shards expected (n) and reports accepted, when the reports are shards. */
  shards?: { count: number; given: number };
}

/** Most reports one merge reads (a matrix has at most 256 jobs), and limits on what one may hold. */
export const MAX_REPORTS = 256;
const MAX_TEXT = 4096;
const MAX_BLOCKERS = 100;

const STATUSES = new Set(['scanned', 'skipped', 'not-inspected']);
/** Every Surface and SheetState (a Record, so that the compiler notices a new one). */
const SURFACES: Record<Surface, true> = {
  cells: true,
  'hidden-rows': true,
  'hidden-columns': true,
  comments: true,
  'defined-names': true,
  'pivot-cache': true,
  'shared-strings': true,
  'external-link': true,
  'data-validation': true,
  'chart-cache': true,
  'header-footer': true,
  metadata: true,
  text: true,
  table: true,
  'file-name': true,
};
const SHEET_STATES: Record<SheetState, true> = { visible: true, hidden: true, 'very-hidden': true };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isRange = (v: unknown): v is Range => isObject(v) && isCount(v.first) && isCount(v.last);
const isHex = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max && /^[0-9a-f]+$/.test(v);

type Range = { first: number; last: number };

/** Marks a field that is present but not valid (distinct from absent). */
const BAD = Symbol('bad');
type Maybe<T> = T | undefined | typeof BAD;
function optional<T>(value: unknown, check: (v: unknown) => v is T): Maybe<T> {
  if (value === undefined) return undefined;
  return check(value) ? value : BAD;
}

function column(raw: unknown): ColumnRef | undefined {
  if (!isObject(raw) || !isCount(raw.index) || !(COLUMN_KINDS as readonly unknown[]).includes(raw.kind)) return undefined;
  const out: ColumnRef = { index: raw.index, kind: raw.kind as ColumnRef['kind'] };
  if (raw.letter !== undefined) {
    if (!isText(raw.letter, 16)) return undefined;
    out.letter = raw.letter;
  }
  if (raw.header !== undefined) {
    if (!isText(raw.header)) return undefined;
    out.header = raw.header;
  }
  return out;
}

/** A finding's location, rebuilt from the known fields only. */
function location(raw: unknown): Location | undefined {
  if (!isObject(raw)) return undefined;
  const out: Location = {};
  const entry = optional(raw.entry, (v): v is string => isText(v));
  const sheet = optional(raw.sheet, (v): v is string => isText(v));
  const sheetState = optional(raw.sheetState, (v): v is SheetState => typeof v === 'string' && Object.hasOwn(SHEET_STATES, v));
  const surface = optional(raw.surface, (v): v is Surface => typeof v === 'string' && Object.hasOwn(SURFACES, v));
  const page = optional(raw.page, isCount);
  const rows = optional(raw.rows, isRange);
  const lines = optional(raw.lines, isRange);
  const hiddenRows = optional(raw.hiddenRows, isCount);
  const personColumns = optional(
    raw.personColumns,
    (v): v is { first: string; last: string } => isObject(v) && isText(v.first, 16) && isText(v.last, 16),
  );
  const hiddenColumns = optional(raw.hiddenColumns, (v): v is string[] => Array.isArray(v) && v.every((c) => isText(c, 16)));
  const fields = [entry, sheet, sheetState, surface, page, rows, lines, hiddenRows, personColumns, hiddenColumns];
  if (fields.includes(BAD)) return undefined;
  if (entry !== undefined) out.entry = entry as string;
  if (sheet !== undefined) out.sheet = sheet as string;
  if (sheetState !== undefined) out.sheetState = sheetState as SheetState;
  if (surface !== undefined) out.surface = surface as Surface;
  if (page !== undefined) out.page = page as number;
  if (rows !== undefined) out.rows = { first: (rows as Range).first, last: (rows as Range).last };
  if (lines !== undefined) out.lines = { first: (lines as Range).first, last: (lines as Range).last };
  if (personColumns !== undefined) {
    const p = personColumns as { first: string; last: string };
    out.personColumns = { first: p.first, last: p.last };
  }
  if (hiddenRows !== undefined) out.hiddenRows = hiddenRows as number;
  if (hiddenColumns !== undefined) out.hiddenColumns = [...(hiddenColumns as string[])];
  if (raw.columns !== undefined) {
    if (!Array.isArray(raw.columns)) return undefined;
    const columns = raw.columns.map(column);
    if (columns.some((c) => c === undefined)) return undefined;
    out.columns = columns as ColumnRef[];
  }
  return out;
}
function finding(raw: unknown): Finding | undefined {
  if (!isObject(raw) || typeof raw.rule !== 'string' || !Object.hasOwn(RULE_TITLES, raw.rule) || !isSeverity(raw.severity))
    return undefined;
  // Fingerprints are hexadecimal (see core/fingerprint.ts): nothing else can ride in one.
  if (!isText(raw.message) || !isCount(raw.count) || !isHex(raw.fingerprint, 8, 64)) return undefined;
  const where = location(raw.location);
  if (!where) return undefined;
  const out: Finding = {
    rule: raw.rule as Finding['rule'],
    severity: raw.severity,
    message: raw.message,
    location: where,
    count: raw.count,
    fingerprint: raw.fingerprint,
  };
  const accepted = raw.accepted;
  if (accepted !== undefined) {
    if (!isObject(accepted) || !isText(accepted.reason) || (accepted.by !== undefined && !isText(accepted.by, 200))) return undefined;
    out.accepted = { reason: accepted.reason, ...(accepted.by !== undefined ? { by: accepted.by as string } : {}) };
  }
  return out;
}

function file(raw: unknown): FileResult | undefined {
  if (!isObject(raw) || !isText(raw.path) || raw.path === '' || !STATUSES.has(raw.status as string) || !Array.isArray(raw.findings))
    return undefined;
  const status = raw.status as FileResult['status'];
  const reasons: object = status === 'not-inspected' ? NOT_INSPECTED_REASONS : SKIP_REASONS;
  if (status !== 'scanned' && (typeof raw.reason !== 'string' || !Object.hasOwn(reasons, raw.reason))) return undefined;
  const findings = raw.findings.map(finding);
  if (findings.some((f) => f === undefined)) return undefined;
  const out: FileResult = { path: raw.path, status, findings: findings as Finding[] };
  if (status !== 'scanned') out.reason = raw.reason as FileResult['reason'];
  const detail = optional(raw.detail, (v): v is string => isText(v));
  const format = optional(raw.format, (v): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9.+-]{0,39}$/i.test(v));
  const bytes = optional(raw.bytes, isCount);
  const ms = optional(raw.ms, isCount);
  if ([detail, format, bytes, ms].includes(BAD)) return undefined;
  if (detail !== undefined) out.detail = detail as string;
  if (format !== undefined) out.format = format as FileResult['format'];
  if (bytes !== undefined) out.bytes = bytes as number;
  if (ms !== undefined) out.ms = ms as number;
  return out;
}

const SUMMARY_COUNTS = ['files', 'scanned', 'skipped', 'notInspected', 'findings', 'blocking'] as const;

/** One JSON report (as parsed JSON) back into the engine's model, or why it is not a valid one. */
export function reportFromJson(value: unknown, name: string): { ok: true; report: ScanReport } | { ok: false; error: string } {
  const bad = (what: string) => ({ ok: false as const, error: `${name}: ${what}` });
  if (!isObject(value) || value.$schema !== JSON_REPORT_SCHEMA) return bad(`not an asylum-pii-gate JSON report (${JSON_REPORT_SCHEMA})`);
  if (!isSeverity(value.failOn) || typeof value.notInspectedBlocks !== 'boolean' || !Array.isArray(value.files))
    return bad('the report header (failOn, notInspectedBlocks, files) is not valid');
  const tool =
    isObject(value.tool) && isText(value.tool.name, 100) && isText(value.tool.version, 100)
      ? { name: value.tool.name, version: value.tool.version }
      : undefined;
  if (!tool) return bad('the report names no tool');
  const files: FileResult[] = [];
  for (let i = 0; i < value.files.length; i++) {
    const f = file(value.files[i]);
    if (!f) return bad(`file entry ${i + 1} is not valid`);
    files.push(f);
  }
  const report = buildReport(files, { failOn: value.failOn, notInspectedBlocks: value.notInspectedBlocks }, tool);
  const shard = value.shard;
  if (shard !== undefined) {
    if (!isObject(shard) || !isCount(shard.index) || !isCount(shard.count) || shard.index < 1 || shard.index > shard.count)
      return bad('its shard is not valid');
    report.shard = { index: shard.index, count: shard.count };
  }
  // A commit is a git object id (SHA-1 or SHA-256); settings a hexadecimal digest.
  if (value.commit !== undefined) {
    if (!isHex(value.commit, 40, 64)) return bad('its commit is not a commit id');
    report.commit = value.commit;
  }
  if (value.settings !== undefined) {
    if (!isHex(value.settings, 16, 64)) return bad('its settings digest is not valid');
    report.settings = value.settings;
  }
  if (value.blockers !== undefined) {
    if (!Array.isArray(value.blockers) || value.blockers.length > MAX_BLOCKERS || !value.blockers.every((b) => isText(b, 2000)))
      return bad('its blockers are not valid');
    if (value.blockers.length) report.blockers = [...(value.blockers as string[])];
  }
  // What the report says about itself must follow from its files: an edited report rarely does.
  const declared = value.summary;
  if (!isObject(declared) || SUMMARY_COUNTS.some((k) => declared[k] !== report.summary[k]))
    return bad('its summary does not match its files (was it edited?)');
  const verdict = report.summary.blocking > 0 || report.blockers?.length ? 'block' : 'pass';
  if (value.verdict !== verdict) return bad('its verdict does not match its files (was it edited?)');
  return { ok: true, report };
}

/**
 * A digest of the settings that decide what a scan looks at and how it judges (a canonical JSON
 * of them, SHA-256, 32 hex digits). Shards scanned with different settings are not one audit.
 */
export function settingsDigest(settings: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .filter((k) => v[k] !== undefined)
              .map((k) => [k, canonical(v[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(settings)), 'utf8')
    .digest('hex')
    .slice(0, 32);
}

const byPath = (a: FileResult, b: FileResult) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Merge shard reports (or any reports over disjoint files) into one report with one verdict.
 * `fallbackFailOn` is the fail level of the empty report when the merge is refused.
 */
export function mergeReports(inputs: readonly NamedReport[], fallbackFailOn: Severity = 'high'): MergeOutcome {
  const refused: string[] = [];
  const reports: Array<{ name: string; report: ScanReport }> = [];
  if (inputs.length > MAX_REPORTS) refused.push(`${inputs.length} reports given: at most ${MAX_REPORTS} (one per matrix job) are merged`);
  for (const input of inputs.slice(0, MAX_REPORTS)) {
    const r = reportFromJson(input.value, input.name);
    if (r.ok) reports.push({ name: input.name, report: r.report });
    else refused.push(`${r.error}; it is refused`);
  }
  if (!inputs.length) refused.push('no report was given: nothing was merged');
  const first = reports[0]?.report;
  const missing: string[] = [];
  let shards: MergeOutcome['shards'];
  // Which shards are missing is only known when every report could be read as one.
  const allValid = reports.length === inputs.length;
  if (first) {
    for (const { name, report } of reports.slice(1)) {
      if (report.tool.name !== first.tool.name || report.tool.version !== first.tool.version)
        refused.push(`${name}: made by another version of the tool than the first report`);
      if (report.commit !== first.commit) refused.push(`${name}: scanned another commit than the first report`);
      if (report.settings !== first.settings || report.failOn !== first.failOn || report.notInspectedBlocks !== first.notInspectedBlocks)
        refused.push(`${name}: scanned with other settings (config, filters, limits or fail level) than the first report`);
    }
    const sharded = reports.filter((r) => r.report.shard);
    if (sharded.length) {
      const count = sharded[0]!.report.shard!.count;
      if (sharded.length !== reports.length || sharded.some((r) => r.report.shard!.count !== count))
        refused.push('the reports are not shards of one audit (every report needs a shard i/n with the same n)');
      else {
        shards = { count, given: reports.length };
        const seen = new Map<number, number>();
        for (const r of sharded) seen.set(r.report.shard!.index, (seen.get(r.report.shard!.index) ?? 0) + 1);
        for (let i = 1; i <= count; i++) {
          if (!seen.has(i)) {
            if (allValid)
              missing.push(`shard ${i}/${count} is missing: its files were not scanned (did its job fail, or upload no report?)`);
          } else if (seen.get(i)! > 1) refused.push(`shard ${i}/${count} is given more than once`);
        }
      }
    }
  }
  const files: FileResult[] = [];
  const paths = new Set<string>();
  let repeated = 0;
  for (const { report } of reports) {
    for (const f of report.files) {
      if (paths.has(f.path)) repeated++;
      else {
        paths.add(f.path);
        files.push(f);
      }
    }
  }
  if (repeated) refused.push(`${repeated} file(s) appear in more than one report: the reports overlap`);

  const policy = first && !refused.length ? first : { failOn: fallbackFailOn, notInspectedBlocks: true };
  const report = buildReport(refused.length ? [] : files.sort(byPath), policy, first?.tool ?? TOOL);
  if (refused.length) {
    report.blockers = [...refused, ...missing];
    return { report, refused, missing, ...(shards ? { shards } : {}) };
  }
  if (first!.commit !== undefined) report.commit = first!.commit;
  if (first!.settings !== undefined) report.settings = first!.settings;
  const carried = [...reports]
    .sort((a, b) => (a.report.shard?.index ?? 0) - (b.report.shard?.index ?? 0))
    .flatMap(({ report: r }) => (r.blockers ?? []).map((b) => (r.shard ? `shard ${r.shard.index}/${r.shard.count}: ${b}` : b)));
  const blockers = [...missing, ...carried];
  if (blockers.length) report.blockers = blockers;
  return { report, refused, missing, ...(shards ? { shards } : {}) };
}
