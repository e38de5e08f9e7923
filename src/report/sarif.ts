/**
 * SARIF 2.1.0 for code-scanning upload: one run, one rule per RuleId plus 'not-inspected',
 * one result per finding. Messages are the finding sentences (structure only, never a value).
 *
 * What GitHub code scanning needs, and how it is met:
 * - Every result has a region. Text files (CSV/TSV, Markdown, NDJSON, prose) point at the line
 *   of the first row or of the text; workbooks, PDFs, archives and anything inside a container
 *   point at line 1 and name the entry, sheet and cells in a logical location.
 * - URIs are relative to `%SRCROOT%` (the repository root; see originalUriBaseIds), never absolute.
 * - Every result carries its own `partialFingerprints.primaryLocationLineHash`, built from the
 *   finding's structural fingerprint (path, rule, place) and an occurrence number, so that
 *   `upload-sarif` never computes one by hashing the text of the file at the result's line (that
 *   line holds a name and an A-number). No fingerprint is ever derived from content or a value.
 * The builder is a pure function of the report (the CLI, the Action and `merge` share it).
 */
import { createHash } from 'node:crypto';
import {
  RULE_TITLES,
  RULES,
  type FileResult,
  type Finding,
  type Location,
  type RuleId,
  type ScanReport,
  type Severity,
} from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { findingBlocks } from '../core/verdict.js';
import { bySeverity, reasonText } from './file-status.js';
import { shownFinding, shownPath } from '../core/redact.js';

export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const NOT_INSPECTED_RULE = 'not-inspected';
/** The key under which results carry the finding's fingerprint. */
export const FINGERPRINT_KEY = 'asylumPiiGate/v1';
/** The key GitHub code scanning reads to follow an alert across runs (see the header). */
export const LINE_HASH_KEY = 'primaryLocationLineHash';
/** The base every artifact URI is relative to. */
export const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';
type SarifRuleId = RuleId | typeof NOT_INSPECTED_RULE;

export interface SarifMessage {
  text: string;
}
export interface SarifRegion {
  startLine: number;
  endLine?: number;
}
export interface SarifArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  description?: SarifMessage;
}
export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion };
  logicalLocations?: Array<{ name: string; fullyQualifiedName?: string; kind?: string }>;
}
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string };
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: 'external'; justification: string }>;
  properties: { severity?: Severity; blocks: boolean; count?: number; reason?: string };
}
export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  descriptor: { id: string };
}
export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri?: string; rules: SarifRule[] } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }>;
    originalUriBaseIds: Record<string, SarifArtifactLocation>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

/** What each rule is about, what to do, and how loud it is by default. */
const RULE_HELP: Record<SarifRuleId, { help: string; level: SarifLevel; securitySeverity: string }> = {
  'person-record.protection-claim': {
    help: 'Rows identify people (names or immigration numbers) and link them to a protection claim (credible or reasonable fear, asylum, withholding, CAT, T/U visa, VAWA). 8 CFR 208.6 and 8 U.S.C. 1367 forbid disclosing this. Remove the file from the change; publish only aggregates.',
    level: 'error',
    securitySeverity: '9.5',
  },
  'person-record.quasi-identifier': {
    help: 'Rows identify people and carry details such as birthdate, nationality, detention facility or book-in date. Remove the file from the change or publish only aggregates.',
    level: 'error',
    securitySeverity: '8.0',
  },
  'person-record.immigration-number': {
    help: 'A column of immigration numbers (A-numbers, USCIS receipt numbers, I-94 numbers, SEVIS IDs) identifies people. Remove the column or the file.',
    level: 'error',
    securitySeverity: '8.0',
  },
  'person-record.names-only': {
    help: 'A table of names with nothing sensitive beside them (for example a staff directory). Check that publishing the names is intended.',
    level: 'note',
    securitySeverity: '2.0',
  },
  'prose.protection-claim': {
    help: 'Text ties an identified person to a protection claim. Remove the identifying details.',
    level: 'error',
    securitySeverity: '9.0',
  },
  'prose.immigration-number': {
    help: 'Text carries an A-number or another immigration number in context. Remove the number.',
    level: 'error',
    securitySeverity: '7.5',
  },
  'prose.name-birthdate': {
    help: 'Text ties a name to a birthdate. Remove one of them.',
    level: 'error',
    securitySeverity: '7.0',
  },
  'file-name.identifier': {
    help: 'The file name itself carries a name or an immigration number. Rename the file (reports show the path with those parts replaced by …).',
    level: 'error',
    securitySeverity: '7.0',
  },
  'metadata.author': {
    help: 'Document properties (creator, last modified by) name a person. Clear the document properties before publishing.',
    level: 'note',
    securitySeverity: '2.0',
  },
  'metadata.external-link': {
    help: 'The file links to an internal file share or another workbook. Remove the link before publishing.',
    level: 'note',
    securitySeverity: '2.0',
  },
  custom: {
    help: 'A recognizer configured for this repository matched. See the configuration for what it looks for.',
    level: 'warning',
    securitySeverity: '5.0',
  },
  'not-inspected': {
    help: 'The file could not be fully read (too large, corrupt, password-protected, timed out, unsupported...), so the gate cannot say it is safe. Fix or remove the file, or review it by hand.',
    level: 'error',
    securitySeverity: '7.0',
  },
};

export const SARIF_RULE_IDS: readonly SarifRuleId[] = [...RULES, NOT_INSPECTED_RULE];

/** Names that would otherwise equal the id (SARIF1001 wants the two to differ). */
const RULE_NAMES: Partial<Record<SarifRuleId, string>> = { custom: 'CustomRecognizer' };

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function sarifRules(): SarifRule[] {
  return SARIF_RULE_IDS.map((id) => {
    const title = id === NOT_INSPECTED_RULE ? 'File could not be inspected' : RULE_TITLES[id];
    const { help, level, securitySeverity } = RULE_HELP[id];
    return {
      id,
      name: RULE_NAMES[id] ?? pascal(id),
      shortDescription: { text: title },
      fullDescription: { text: help },
      help: { text: help },
      defaultConfiguration: { level },
      properties: { tags: ['security', 'privacy', 'pii'], 'security-severity': securitySeverity },
    };
  });
}

export function severityLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'warning') return 'warning';
  return 'note';
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const uri = pathToUri(path);
  return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: SRCROOT };
}

/** Formats whose row numbers are line numbers (CSV/TSV records, Markdown and NDJSON lines). */
const ROWS_ARE_LINES = new Set(['delimited', 'csv', 'tsv', 'markdown', 'ndjson']);
/** Text formats, where a prose finding's lines are the file's lines. */
const TEXT_FORMATS = new Set([...ROWS_ARE_LINES, 'text', 'html', 'json', 'xml', 'yaml']);

/**
 * The region of a finding: the line of the text or of the first row in a text file; line 1 for
 * a workbook, a PDF, an archive or anything inside a container (the logical location says where).
 * A table gets its first line only (no endLine): GitHub shows the lines of a region beside the
 * alert, and one line is enough to find the table.
 */
export function findingRegion(file: Pick<FileResult, 'format'>, location: Location): SarifRegion {
  const text = file.format !== undefined && TEXT_FORMATS.has(file.format) && location.entry === undefined && location.page === undefined;
  if (text && location.lines && location.lines.first >= 1) {
    const { first, last } = location.lines;
    return { startLine: first, ...(last > first ? { endLine: last } : {}) };
  }
  if (text && location.rows && location.rows.first >= 1 && ROWS_ARE_LINES.has(file.format!)) return { startLine: location.rows.first };
  return { startLine: 1 };
}

/** "Roster!A2:F314", "rows 2–314": where in a table, for a logical location. */
function cellRange(location: Location): string | undefined {
  const cols = (location.columns ?? []).map((c) => c.letter).filter((l): l is string => Boolean(l));
  const rows = location.rows;
  if (cols.length && rows) {
    const sorted = [...cols].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return `${sorted[0]}${rows.first}:${sorted[sorted.length - 1]}${rows.last}`;
  }
  if (rows) return rows.first === rows.last ? `row ${rows.first}` : `rows ${rows.first}-${rows.last}`;
  if (location.page !== undefined) return `page ${location.page}`;
  return undefined;
}

function logicalLocations(location: Location): SarifLocation['logicalLocations'] {
  const range = cellRange(location);
  const parts = [location.entry, location.sheet].filter((p): p is string => p !== undefined).map((p) => displayText(p, 100));
  if (!parts.length && !range) return undefined;
  const name = parts.length ? parts[parts.length - 1]! : range!;
  const fullyQualifiedName = [...parts, ...(range ? [range] : [])].join('!');
  return [{ name, fullyQualifiedName, kind: location.sheet !== undefined ? 'resource' : 'object' }];
}

function findingLocation(file: FileResult, path: string, finding: Finding): SarifLocation {
  const out: SarifLocation = {
    physicalLocation: { artifactLocation: artifactLocation(path), region: findingRegion(file, finding.location) },
  };
  const logical = logicalLocations(finding.location);
  if (logical) out.logicalLocations = logical;
  return out;
}

/** Numbers repeats of the same structural fingerprint, as GitHub numbers repeats of a line hash. */
function occurrences(): (fingerprint: string) => string {
  const seen = new Map<string, number>();
  return (fingerprint) => {
    const n = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, n);
    return `${fingerprint}:${n}`;
  };
}

function findingResult(
  file: FileResult,
  path: string,
  original: Finding,
  report: ScanReport,
  ruleIndex: Map<string, number>,
  lineHash: (fp: string) => string,
): SarifResult {
  const finding = shownFinding(file, original);
  const result: SarifResult = {
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule)!,
    level: severityLevel(finding.severity),
    message: { text: displayText(finding.message, 2000) },
    locations: [findingLocation(file, path, finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint, [LINE_HASH_KEY]: lineHash(finding.fingerprint) },
    properties: { severity: finding.severity, blocks: findingBlocks(finding, report), count: finding.count },
  };
  if (finding.accepted) result.suppressions = [{ kind: 'external', justification: displayText(finding.accepted.reason, 500) }];
  return result;
}

function notInspectedText(file: FileResult): string {
  const reason = reasonText(file) ?? 'the file could not be read';
  const detail = file.detail ? ` (${displayText(file.detail, 200)})` : '';
  return `Not inspected: ${reason}${detail}. The gate cannot say this file is safe.`;
}

/** A not-inspected file's identity across runs: its shown path and the rule, nothing read from it. */
function notInspectedFingerprint(path: string): string {
  return createHash('sha256').update(`${NOT_INSPECTED_RULE}\u0000${path}`).digest('hex').slice(0, 24);
}

export interface SarifOptions {
  /**
   * What `%SRCROOT%` is, in words (the repository root, or the folder the CLI scanned when it ran
   * outside a repository). No absolute path is written: it could name a person's home folder,
   * and GitHub resolves relative URIs against the checkout.
   */
  rootDescription?: string;
}

export const DEFAULT_ROOT_DESCRIPTION = 'The root of the repository: every artifact URI is relative to it.';

export function toSarifLog(report: ScanReport, options: SarifOptions = {}): SarifLog {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  const lineHash = occurrences();
  for (const file of report.files) {
    const path = shownPath(file);
    if (file.status === 'not-inspected') {
      const blocks = report.notInspectedBlocks;
      const level: SarifLevel = blocks ? 'error' : 'warning';
      const text = notInspectedText(file);
      const location: SarifLocation = { physicalLocation: { artifactLocation: artifactLocation(path), region: { startLine: 1 } } };
      const fp = notInspectedFingerprint(path);
      results.push({
        ruleId: NOT_INSPECTED_RULE,
        ruleIndex: ruleIndex.get(NOT_INSPECTED_RULE)!,
        level,
        message: { text },
        locations: [location],
        partialFingerprints: { [FINGERPRINT_KEY]: fp, [LINE_HASH_KEY]: lineHash(fp) },
        properties: { blocks, ...(file.reason ? { reason: file.reason } : {}) },
      });
      notifications.push({ level, message: { text }, locations: [location], descriptor: { id: NOT_INSPECTED_RULE } });
    }
    for (const finding of bySeverity(file.findings)) results.push(findingResult(file, path, finding, report, ruleIndex, lineHash));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { description: { text: displayText(options.rootDescription ?? DEFAULT_ROOT_DESCRIPTION, 300) } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function toSarif(report: ScanReport, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarifLog(report, options), null, 2)}\n`;
}
