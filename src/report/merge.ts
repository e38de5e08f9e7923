/**
 * Merging the JSON reports of a sharded audit (`scan --shard i/n` on an Actions matrix) into one
 * report: the files of every shard, one verdict. Reports are read as untrusted input (an
 * artifact could be tampered with): each is checked field by field, and problems are named by
 * report and field, never by quoting a value. Shards must be complete: a missing shard (a
 * matrix job that failed) makes the merge fail instead of passing what was never scanned.
 */
import {
  isSeverity,
  NOT_INSPECTED_REASONS,
  RULE_TITLES,
  SKIP_REASONS,
  type FileResult,
  type Finding,
  type ScanReport,
} from '../core/model.js';
import { buildReport } from '../core/verdict.js';
import { JSON_REPORT_SCHEMA } from './json.js';

export interface NamedReport {
  /** How the report is named in messages (its file name, escaped by the caller). */
  name: string;
  value: unknown;
}

export type MergeResult = { ok: true; report: ScanReport } | { ok: false; errors: string[] };

const STATUSES = new Set(['scanned', 'skipped', 'not-inspected']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function finding(raw: unknown): Finding | undefined {
  if (!isObject(raw) || typeof raw.rule !== 'string' || !Object.hasOwn(RULE_TITLES, raw.rule) || !isSeverity(raw.severity))
    return undefined;
  if (typeof raw.message !== 'string' || !isObject(raw.location) || !isCount(raw.count) || typeof raw.fingerprint !== 'string')
    return undefined;
  const out: Finding = {
    rule: raw.rule as Finding['rule'],
    severity: raw.severity,
    message: raw.message,
    location: raw.location as Finding['location'],
    count: raw.count as number,
    fingerprint: raw.fingerprint,
  };
  const accepted = raw.accepted;
  if (isObject(accepted) && typeof accepted.reason === 'string')
    out.accepted = { reason: accepted.reason, ...(typeof accepted.by === 'string' ? { by: accepted.by } : {}) };
  return out;
}

function file(raw: unknown): FileResult | undefined {
  if (!isObject(raw) || typeof raw.path !== 'string' || !STATUSES.has(raw.status as string) || !Array.isArray(raw.findings))
    return undefined;
  const status = raw.status as FileResult['status'];
  const reasons: object = status === 'not-inspected' ? NOT_INSPECTED_REASONS : SKIP_REASONS;
  if (status !== 'scanned' && (typeof raw.reason !== 'string' || !Object.hasOwn(reasons, raw.reason))) return undefined;
  const findings = raw.findings.map(finding);
  if (findings.some((f) => f === undefined)) return undefined;
  const out: FileResult = { path: raw.path, status, findings: findings as Finding[] };
  if (status !== 'scanned') out.reason = raw.reason as FileResult['reason'];
  if (typeof raw.detail === 'string') out.detail = raw.detail;
  if (typeof raw.format === 'string') out.format = raw.format as FileResult['format'];
  if (isCount(raw.bytes)) out.bytes = raw.bytes as number;
  if (isCount(raw.ms)) out.ms = raw.ms as number;
  return out;
}

/** One JSON report (as parsed JSON) back into the engine's model. */
export function reportFromJson(value: unknown, name: string): { ok: true; report: ScanReport } | { ok: false; error: string } {
  const bad = (what: string) => ({ ok: false as const, error: `${name}: ${what}` });
  if (!isObject(value) || value.$schema !== JSON_REPORT_SCHEMA) return bad(`not an asylum-pii-gate JSON report (${JSON_REPORT_SCHEMA})`);
  if (!isSeverity(value.failOn) || typeof value.notInspectedBlocks !== 'boolean' || !Array.isArray(value.files))
    return bad('the report header (failOn, notInspectedBlocks, files) is not valid');
  const tool =
    isObject(value.tool) && typeof value.tool.name === 'string' && typeof value.tool.version === 'string'
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
    if (
      !isObject(shard) ||
      !isCount(shard.index) ||
      !isCount(shard.count) ||
      (shard.count as number) < 1 ||
      (shard.index as number) < 1 ||
      (shard.index as number) > (shard.count as number)
    )
      return bad('its shard is not valid');
    report.shard = { index: shard.index as number, count: shard.count as number };
  }
  return { ok: true, report };
}

/** Merge shard reports (or any reports over disjoint files) into one report with one verdict. */
export function mergeReports(inputs: readonly NamedReport[]): MergeResult {
  const errors: string[] = [];
  const reports: Array<{ name: string; report: ScanReport }> = [];
  for (const input of inputs) {
    const r = reportFromJson(input.value, input.name);
    if (r.ok) reports.push({ name: input.name, report: r.report });
    else errors.push(r.error);
  }
  if (errors.length) return { ok: false, errors };
  if (!reports.length) return { ok: false, errors: ['no report given'] };
  const first = reports[0]!.report;
  for (const { name, report } of reports) {
    if (report.failOn !== first.failOn || report.notInspectedBlocks !== first.notInspectedBlocks)
      errors.push(`${name}: scanned with another fail level or not-inspected policy than the first report`);
  }
  const sharded = reports.filter((r) => r.report.shard);
  if (sharded.length) {
    const count = sharded[0]!.report.shard!.count;
    if (sharded.length !== reports.length || sharded.some((r) => r.report.shard!.count !== count))
      errors.push('the reports are not shards of one audit (every report needs a shard i/n with the same n)');
    else {
      const seen = new Map<number, number>();
      for (const r of sharded) seen.set(r.report.shard!.index, (seen.get(r.report.shard!.index) ?? 0) + 1);
      for (let i = 1; i <= count; i++) {
        if (!seen.has(i)) errors.push(`shard ${i}/${count} is missing: its files were not scanned (did its job fail?)`);
        else if (seen.get(i)! > 1) errors.push(`shard ${i}/${count} is given more than once`);
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
  if (repeated) errors.push(`${repeated} file(s) appear in more than one report: the reports overlap`);
  if (errors.length) return { ok: false, errors };
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, report: buildReport(files, { failOn: first.failOn, notInspectedBlocks: first.notInspectedBlocks }, first.tool) };
}
