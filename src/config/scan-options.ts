import os from 'node:os';
import type { ColumnKind, RuleId, Severity } from '../core/model.js';

/** A user-configured recognizer: a pattern for values and header words that name its column. */
export interface CustomRecognizer {
  id: string;
  /** JavaScript regular-expression source, matched against whole cells and in prose. */
  pattern?: string;
  /** Header words (normalised like built-in synonyms) that mark a column of this kind. */
  headers?: string[];
  /** What a matching column counts as for the table decision. Default: 'subject-id'. */
  kind?: ColumnKind;
}

/** What detection can be told. Defaults live in DEFAULT_DETECT_OPTIONS. */
export interface DetectOptions {
  /** Raise or lower a rule's severity. */
  severityOverrides: Partial<Record<RuleId, Severity>>;
  /** Extra header words per column kind (added to the built-in English and Spanish synonyms). */
  headerSynonyms: Partial<Record<ColumnKind, string[]>>;
  customRecognizers: CustomRecognizer[];
}

/** Limits that bound the work spent on one file. */
export interface ScanLimits {
  /** Bytes on disk. Default 100 MB. */
  maxFileSize: number;
  /** Bytes after decompression (workbooks, archives). Default 1 GiB. */
  maxDecompressedSize: number;
  /** Wall-clock milliseconds per file. Default 120 s. */
  timeoutMs: number;
  /** Old-generation heap per worker, MB. Default 1024. */
  memoryLimitMb: number;
  /** Archive nesting depth. Default 3. */
  maxArchiveDepth: number;
  /** Entries per archive. Default 10,000. */
  maxArchiveEntries: number;
  /** JSON nesting depth before the file is not-inspected. Default 512. */
  maxNestingDepth: number;
}

export interface ScanOptions {
  failOn: Severity;
  /** Whether a file that could not be fully inspected blocks. Default true (fail closed). */
  notInspectedBlocks: boolean;
  limits: ScanLimits;
  /** Files scanned at once. Default: CPU count, at most 4. */
  concurrency: number;
  detect: DetectOptions;
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxFileSize: 100 * 1024 * 1024,
  maxDecompressedSize: 1024 * 1024 * 1024,
  timeoutMs: 120_000,
  memoryLimitMb: 1024,
  maxArchiveDepth: 3,
  maxArchiveEntries: 10_000,
  maxNestingDepth: 512,
};

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  severityOverrides: {},
  headerSynonyms: {},
  customRecognizers: [],
};

export function defaultConcurrency(): number {
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cpus));
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  failOn: 'high',
  notInspectedBlocks: true,
  limits: DEFAULT_LIMITS,
  concurrency: defaultConcurrency(),
  detect: DEFAULT_DETECT_OPTIONS,
};

/** Fill a partial set of options with the defaults, one level deep for the nested groups. */
export function resolveScanOptions(partial: DeepPartial<ScanOptions> = {}): ScanOptions {
  return {
    failOn: partial.failOn ?? DEFAULT_SCAN_OPTIONS.failOn,
    notInspectedBlocks: partial.notInspectedBlocks ?? DEFAULT_SCAN_OPTIONS.notInspectedBlocks,
    concurrency: partial.concurrency ?? DEFAULT_SCAN_OPTIONS.concurrency,
    limits: { ...DEFAULT_LIMITS, ...(partial.limits as Partial<ScanLimits> | undefined) },
    detect: {
      severityOverrides: { ...(partial.detect?.severityOverrides as DetectOptions['severityOverrides']) },
      headerSynonyms: { ...(partial.detect?.headerSynonyms as DetectOptions['headerSynonyms']) },
      customRecognizers: [...((partial.detect?.customRecognizers as CustomRecognizer[] | undefined) ?? [])],
    },
  };
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
