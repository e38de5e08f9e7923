/**
 * The shapes every concern shares: what a finding is, what a file's result is, what a scan
 * report is. Nothing here may ever hold a detected value: a finding is described by rule,
 * column header (only when the header is safe to show), location and count.
 */

export const SEVERITIES = ['notice', 'warning', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/** Every rule the gate can raise. Adding one means adding its title in RULE_TITLES. */
export const RULES = [
  /** A table whose rows identify people and link them to a protection claim. */
  'person-record.protection-claim',
  /** A table whose rows identify people and carry a quasi-identifier (birthdate, nationality...). */
  'person-record.quasi-identifier',
  /** A column of immigration numbers (A-numbers, receipt numbers, I-94, SEVIS). */
  'person-record.immigration-number',
  /** A table of names with nothing sensitive beside them (a staff directory). */
  'person-record.names-only',
  /** Prose that ties a person to a protection claim. */
  'prose.protection-claim',
  /** Prose carrying an A-number or other immigration number in context. */
  'prose.immigration-number',
  /** Prose tying a name to a birthdate. */
  'prose.name-birthdate',
  /** A file path that itself carries a name or an immigration number. */
  'file-name.identifier',
  /** Document properties naming people (creator, last modified by). */
  'metadata.author',
  /** A link to an internal file share or another workbook. */
  'metadata.external-link',
  /** A user-configured recognizer matched. */
  'custom',
] as const;
export type RuleId = (typeof RULES)[number];

export const RULE_TITLES: Record<RuleId, string> = {
  'person-record.protection-claim': 'Person-level records linked to a protection claim',
  'person-record.quasi-identifier': 'Person-level records with identifying details',
  'person-record.immigration-number': 'Immigration numbers',
  'person-record.names-only': 'A list of names',
  'prose.protection-claim': 'Text tying a person to a protection claim',
  'prose.immigration-number': 'Immigration number in text',
  'prose.name-birthdate': 'Name with a birthdate in text',
  'file-name.identifier': 'File name carries a personal identifier',
  'metadata.author': 'Document properties name a person',
  'metadata.external-link': 'Link to an internal file share or workbook',
  custom: 'Custom recognizer',
};

/** What a column holds, decided from its header and its values. */
export const COLUMN_KINDS = [
  'full-name',
  'given-name',
  'family-name',
  'a-number',
  'receipt-number',
  'i94-number',
  'sevis-id',
  'subject-id',
  'passport-number',
  'birthdate',
  'birth-year',
  'age',
  'nationality',
  'birth-country',
  'gender',
  'facility',
  'facility-code',
  'book-in-date',
  'book-out-date',
  'protection-claim',
  'case-status',
  'case-category',
  'religion',
  'ethnicity',
  'marital-status',
  'address',
  'phone',
  'email',
  'date',
  'count',
  'other',
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** Where a table or text was found inside a file. */
export type Surface =
  | 'cells'
  | 'hidden-rows'
  | 'hidden-columns'
  | 'comments'
  | 'defined-names'
  | 'pivot-cache'
  | 'shared-strings'
  | 'external-link'
  | 'data-validation'
  | 'chart-cache'
  | 'header-footer'
  | 'metadata'
  | 'text'
  | 'table'
  | 'file-name';

export type SheetState = 'visible' | 'hidden' | 'very-hidden';

export interface ColumnRef {
  /** 0-based column index within the sheet or table. */
  index: number;
  /** Spreadsheet-style column letter (A, B, ... AA) for grids; absent for record keys. */
  letter?: string;
  /** Header text, present only when it is safe to show (it matched no value recognizer). */
  header?: string;
  /** What the column holds. */
  kind: ColumnKind;
}

export interface Location {
  /** Inner path inside an archive or container (`archive.zip!inner/path` is built from it). */
  entry?: string;
  sheet?: string;
  sheetState?: SheetState;
  surface?: Surface;
  page?: number;
  /** 1-based, inclusive: spreadsheet row numbers, CSV record numbers (header = 1), or text lines. */
  rows?: { first: number; last: number };
  lines?: { first: number; last: number };
  columns?: ColumnRef[];
  /**
   * A transposed table (one person per column): the columns holding people. `columns` then name
   * the fields by their rows (`index` is the 0-based row, no letter) and `rows` spans them.
   */
  personColumns?: { first: string; last: string };
  /** How many of the counted rows are hidden rows. */
  hiddenRows?: number;
  /** Letters (or indexes) of columns involved that are hidden. */
  hiddenColumns?: string[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** One sentence, built only from rule, header, location and count: never a value. */
  message: string;
  location: Location;
  /** Person rows (tables) or occurrences (prose). */
  count: number;
  /** Stable identity for waivers: path + rule + structural location, never a hash of a value. */
  fingerprint: string;
  /** Set when a waiver or an accepted-finding entry covers it. */
  accepted?: { reason: string; by?: string };
}

export type FileStatus = 'scanned' | 'skipped' | 'not-inspected';

/** Why a file could not be fully inspected. Plain words; never a library message. */
export const NOT_INSPECTED_REASONS = {
  corrupt: 'the file is corrupt or not what its format claims',
  truncated: 'the file ends before its structure does (truncated)',
  'password-protected': 'the file is password-protected or encrypted',
  'too-large': 'the file is larger than the size limit',
  'too-large-decompressed': 'the file would exceed the decompressed-size limit',
  'timed-out': 'reading the file took longer than the time limit',
  'out-of-memory': 'reading the file needed more memory than the limit',
  'unreadable-encoding': 'the text encoding could not be read',
  'unsupported-format': 'the format is not supported and may hold data',
  'no-text-layer': 'the document has no text layer (a scan or image)',
  'too-deep': 'the file nests deeper than the limit',
  'too-many-entries': 'the archive holds more entries than the limit',
  'read-error': 'the file could not be read from disk',
  'internal-error': 'the scanner failed on this file',
  'stored-in-git-lfs': 'the file is stored in Git LFS: only its pointer was in the checkout',
  'link-out-of-repository': 'the file is a symbolic link that points out of the repository',
  'link-to-folder': 'the file is a symbolic link to a folder, whose files a site build would publish',
  'not-reached': 'the run’s overall time budget ran out before this file was reached',
} as const;
export type NotInspectedReason = keyof typeof NOT_INSPECTED_REASONS;

export const SKIP_REASONS = {
  excluded: 'excluded by configuration',
  allowlisted: 'allowlisted by configuration',
  'binary-media': 'an image, audio, video or font file: it holds no tabular or text data the gate reads',
  'os-metadata':
    'a Finder or Windows folder file (.DS_Store, ._ resource fork, Thumbs.db): it holds folder settings and thumbnails, not records',
  'geometry-only': 'a shapefile geometry, index or projection part: it holds shapes and coordinates; the records are in the .dbf',
  removed: 'the file was removed',
  empty: 'the file is empty',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export interface FileResult {
  /** Path as shown to people (relative to the scan root or the repository). Untrusted text. */
  path: string;
  status: FileStatus;
  /** Format decided by content. */
  format?: string;
  reason?: NotInspectedReason | SkipReason;
  /** Extra plain explanation, produced by this project only (never a library message). */
  detail?: string;
  bytes?: number;
  findings: Finding[];
  /** Milliseconds spent on the file. */
  ms?: number;
}

export interface ScanSummary {
  files: number;
  scanned: number;
  skipped: number;
  notInspected: number;
  findings: number;
  blocking: number;
  bySeverity: Record<Severity, number>;
}

export interface ScanReport {
  tool: { name: string; version: string };
  failOn: Severity;
  /** Whether a not-inspected file blocks. */
  notInspectedBlocks: boolean;
  files: FileResult[];
  summary: ScanSummary;
  /** Set when this run scanned one shard of a whole-repository audit (`--shard i/n`). */
  shard?: { index: number; count: number };
  /** The commit scanned (the Action); shard reports of one audit must agree on it. */
  commit?: string;
  /** Digest of the settings that decide what is scanned and how; shard reports must agree on it. */
  settings?: string;
  /** What blocks besides the files (an incomplete listing, an invalid config, a missing shard): our own sentences. */
  blockers?: string[];
}
