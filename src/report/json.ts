/**
 * The JSON report: one document with every file's status, its findings and a summary. It holds
 * no detected value; untrusted text in it (paths, sheet names, headers) is flattened with
 * displayText so that a consumer printing a field cannot be handed a terminal escape.
 */
import type { ColumnRef, FileResult, FileStatus, Finding, Location, RuleId, ScanReport, ScanSummary, Severity } from '../core/model.js';
import { RULE_TITLES } from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { findingBlocks } from '../core/verdict.js';
import { bySeverity, fileVerdict, reasonText, type FileVerdict } from './file-status.js';
import { pathCarriesIdentifier, shownFinding, shownPath } from '../core/redact.js';

/** Bumped when a field is removed or changes meaning; added fields keep the version. */
export const JSON_REPORT_SCHEMA = 'asylum-pii-gate/report-v1';

export interface JsonFinding {
  rule: RuleId;
  /** RULE_TITLES[rule]. */
  ruleTitle: string;
  severity: Severity;
  /** Whether this finding alone makes the scan fail (at or above failOn and not accepted). */
  blocks: boolean;
  /** One sentence from structure only (rule, place, columns, counts): never a value. */
  message: string;
  location: Location;
  /** Person rows (tables) or occurrences (prose). */
  count: number;
  /**
   * Stable identity for waivers: path + rule + structural place; never a hash of a value. When
   * the path (or an archive entry name) carries an identifier it is taken over the redacted name.
   */
  fingerprint: string;
  accepted?: { reason: string; by?: string };
}

export interface JsonFile {
  /** As shown to people; identifying parts replaced by `…` when pathRedacted is true. */
  path: string;
  /** Present (true) when the path itself carries an identifier and was redacted. */
  pathRedacted?: true;
  status: FileStatus;
  verdict: FileVerdict;
  format?: string;
  /** Key of NOT_INSPECTED_REASONS or SKIP_REASONS, when status is not 'scanned'. */
  reason?: string;
  /** The plain sentence for `reason`. */
  reasonText?: string;
  detail?: string;
  bytes?: number;
  ms?: number;
  /** Most severe first. */
  findings: JsonFinding[];
}

export interface JsonReport {
  $schema: typeof JSON_REPORT_SCHEMA;
  tool: { name: string; version: string };
  failOn: Severity;
  notInspectedBlocks: boolean;
  /** 'block' when anything blocks: a file's findings or status, or a blocker (the command line then exits 1). */
  verdict: 'block' | 'pass';
  summary: ScanSummary;
  /** Present when the run scanned one shard (`i/n`) of a whole-repository audit. */
  shard?: { index: number; count: number };
  /** The commit scanned (Action runs): `merge` refuses shard reports of different commits. */
  commit?: string;
  /** Digest of the scan settings (config, filters, limits, fail level): `merge` refuses reports that differ. */
  settings?: string;
  /** What blocks besides the files (an incomplete file list, an invalid config, a missing shard). */
  blockers?: string[];
  files: JsonFile[];
}

const TEXT_MAX = 1000;
const safe = (text: string) => displayText(text, TEXT_MAX);

function safeColumn(column: ColumnRef): ColumnRef {
  return column.header === undefined ? { ...column } : { ...column, header: safe(column.header) };
}

function safeLocation(location: Location): Location {
  const out: Location = { ...location };
  if (out.entry !== undefined) out.entry = safe(out.entry);
  if (out.sheet !== undefined) out.sheet = safe(out.sheet);
  if (out.columns) out.columns = out.columns.map(safeColumn);
  if (out.hiddenColumns) out.hiddenColumns = out.hiddenColumns.map(safe);
  return out;
}

function jsonFinding(file: FileResult, original: Finding, report: ScanReport): JsonFinding {
  const finding = shownFinding(file, original);
  const out: JsonFinding = {
    rule: finding.rule,
    ruleTitle: RULE_TITLES[finding.rule],
    severity: finding.severity,
    blocks: findingBlocks(finding, report),
    message: safe(finding.message),
    location: safeLocation(finding.location),
    count: finding.count,
    fingerprint: finding.fingerprint,
  };
  if (finding.accepted) {
    out.accepted = { reason: safe(finding.accepted.reason) };
    if (finding.accepted.by !== undefined) out.accepted.by = safe(finding.accepted.by);
  }
  return out;
}

export function toJsonReport(report: ScanReport): JsonReport {
  return {
    $schema: JSON_REPORT_SCHEMA,
    tool: { name: report.tool.name, version: report.tool.version },
    failOn: report.failOn,
    notInspectedBlocks: report.notInspectedBlocks,
    verdict: report.summary.blocking > 0 || report.blockers?.length ? 'block' : 'pass',
    summary: report.summary,
    ...(report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {}),
    ...(report.commit !== undefined ? { commit: report.commit } : {}),
    ...(report.settings !== undefined ? { settings: report.settings } : {}),
    ...(report.blockers?.length ? { blockers: report.blockers.map(safe) } : {}),
    files: report.files.map((file): JsonFile => {
      const out: JsonFile = { path: safe(shownPath(file)), status: file.status, verdict: fileVerdict(file, report), findings: [] };
      if (pathCarriesIdentifier(file.findings)) out.pathRedacted = true;
      if (file.format !== undefined) out.format = file.format;
      if (file.reason !== undefined) {
        out.reason = file.reason;
        const text = reasonText(file);
        if (text) out.reasonText = text;
      }
      if (file.detail !== undefined) out.detail = safe(file.detail);
      if (file.bytes !== undefined) out.bytes = file.bytes;
      if (file.ms !== undefined) out.ms = file.ms;
      out.findings = bySeverity(file.findings).map((f) => jsonFinding(file, f, report));
      return out;
    }),
  };
}

/** The JSON report as text: one document, two-space indented, ending in a newline. */
export function toJson(report: ScanReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
