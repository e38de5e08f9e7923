/**
 * The contract between readers (one per format) and detection.
 *
 * A reader never returns whole files: it pushes what it reads into a ContentSink, row by row
 * for tables and chunk by chunk for prose, so delimited text can stream end to end and a
 * workbook is judged inside the worker that parsed it. Detection implements the sink.
 *
 * A reader that cannot finish throws a ReadError with a named kind. It never lets a library
 * error escape: library messages quote the input (fast-csv and SheetJS both do).
 */
import type { Readable } from 'node:stream';
import type { NotInspectedReason, SheetState, Surface } from '../core/model.js';
import type { ScanLimits } from '../config/scan-options.js';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface TableMeta {
  /** Where the table is. */
  surface: Surface;
  entry?: string;
  sheet?: string;
  sheetState?: SheetState;
  page?: number;
  /**
   * 'grid': rows of cells with no known header (CSV, a sheet, an HTML/Markdown/PDF table):
   *   detection finds the header row(s) and splits side-by-side or stacked tables itself.
   * 'records': the header is known (JSON keys): `header` is set and rows follow it.
   */
  shape: 'grid' | 'records';
  header?: readonly string[];
  /** 0-based indexes of hidden columns (spreadsheets). */
  hiddenColumns?: ReadonlySet<number>;
  /** Whether column letters (A, B, ...) make sense for this table: true for sheets and CSV. */
  lettered?: boolean;
  /**
   * The table was rebuilt from a page layout (PDF): its cells may be cut in the wrong places.
   * Unless it is judged a person table linked to a claim, its text is judged as prose too, so
   * that a page of A-numbers beside names never passes because its columns were not found.
   */
  rebuilt?: boolean;
}

export interface RowSink {
  /**
   * One row. `rowNumber` is 1-based and absolute (spreadsheet row, CSV record number, text
   * line). `cells` is indexed by absolute 0-based column; holes are empty cells.
   * The sink may keep no reference to `cells` after returning (readers may reuse the array).
   */
  row(rowNumber: number, cells: readonly CellValue[], hidden?: boolean): void;
  end(): void;
}

export interface ProseLocation {
  surface: Surface;
  /** 1-based line of the first character of the text. */
  line?: number;
  page?: number;
  entry?: string;
  sheet?: string;
  sheetState?: SheetState;
  /** A cell address such as "B7" when the prose is a comment or a long cell. */
  cell?: string;
  /**
   * Strings and comments of source code, joined in line order: two of them on consecutive
   * lines are separate values, so a bare capitalised string ("Migration Yorkshire") is not a
   * name heading over the string on the next line.
   */
  fromCode?: boolean;
}

/**
 * Facts a reader sees that are not tables or prose, reported as notices by default. A reader
 * passes the raw text to the sink (detection decides whether it names a person); the sink
 * never copies it into a finding.
 */
export interface Observation {
  kind: 'document-author' | 'external-link';
  /** The property or part it came from, e.g. "docProps/core.xml creator". Safe, reader-made. */
  where: string;
  entry?: string;
  /** The raw value: for detection only; it must never reach an output. */
  value: string;
}

export interface ContentSink {
  beginTable(meta: TableMeta): RowSink;
  /** A run of text. May be called many times; `text` may hold many lines. */
  prose(text: string, where: ProseLocation): void;
  observe(observation: Observation): void;
}

/** What a reader is handed. Content is read lazily so that streaming readers never buffer. */
export interface ReaderInput {
  /** Display path (untrusted text). Used for extension hints only. */
  name: string;
  size: number;
  /** The first bytes of the file (up to 64 KiB), for sniffing. */
  head: Uint8Array;
  /** A fresh stream of the whole content. */
  stream(): Readable;
  /** The whole content in memory (only for formats that need it: workbooks, zip, PDF). */
  buffer(): Promise<Buffer>;
  /** Inner path when this input is an archive entry. */
  entry?: string;
  /** Archive nesting depth of this input (0 for a file on disk). */
  depth: number;
}

export interface ReaderContext {
  limits: ScanLimits;
  /**
   * Read a nested input (an archive entry, an embedded workbook) with the same sink and
   * limits. Provided by the scan pipeline.
   */
  readNested?(input: ReaderInput, sink: ContentSink): Promise<void>;
}

export type Reader = (input: ReaderInput, sink: ContentSink, context: ReaderContext) => Promise<void>;

/** The only error a reader may throw. `detail` is written by this project, never a library. */
export class ReadError extends Error {
  constructor(
    readonly kind: NotInspectedReason,
    readonly detail?: string,
  ) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'ReadError';
  }
}

export function isReadError(error: unknown): error is ReadError {
  return (
    error instanceof ReadError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'ReadError' &&
      typeof (error as { kind?: unknown }).kind === 'string')
  );
}
