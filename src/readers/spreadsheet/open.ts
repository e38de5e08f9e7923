/**
 * Opening a workbook safely: container checks before SheetJS sees the bytes (zip structure,
 * decompression bombs, encryption), then SheetJS with the options the reader needs, with every
 * SheetJS error turned into a ReadError kind. SheetJS messages quote the input: none is kept.
 */
import * as XLSX from 'xlsx';
import type { ScanLimits } from '../../config/scan-options.js';
import { ReadError, isReadError, type ReaderContext } from '../types.js';
import { decompressionBudget, type DecompressionBudget } from '../containers/archive/budget.js';
import { METHOD_DEFLATE, METHOD_STORED, listZipEntries, readZipEntry, totalUncompressedSize, type ZipEntry } from '../containers/zip.js';
import { isOle, oleHasStream } from './compound-file.js';

export { isOle, oleHasStream };

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

/** The raw parts SheetJS keeps with bookFiles: name → content. */
export interface RawPart {
  content?: Uint8Array | string;
}

export interface OpenedWorkbook {
  wb: XLSX.WorkBook;
  /** Raw container parts (zip formats only), by path without a leading slash. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Zip entries (zip formats only), checked against the limits. */
  entries: readonly ZipEntry[];
}

export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  // Styles cost a fifth of the read time: hidden rows and columns of zip workbooks are read from
  // the sheet XML instead (parts/sheet-xml.ts). BIFF files need them for !rows / !cols.
  cellStyles: false,
  // Date-formatted numbers arrive as Date objects.
  cellDates: true,
  // Raw values are what detection judges; formatted text and rich-text HTML cost time only.
  cellText: false,
  cellHTML: false,
  // Number formats (cell.z): an identifier shown through a format ("A"000000000) is judged as shown.
  cellNF: true,
  // Formulas are kept for the string literals they may hold (=IF(A2>0,"a name","")).
  cellFormula: true,
  // Raw parts SheetJS does not parse (pivot caches, external links, charts, docProps).
  bookFiles: true,
  // Never run macros or keep VBA; never throw on unknown features.
  bookVBA: false,
  WTF: false,
};

/** Refuse what must not reach SheetJS; returns the zip entries for zip-based formats. */
/**
 * `budget`: decompressed bytes this workbook may still use (the file's limit, less what the
 * containers around it have inflated); what it inflates is spent from it.
 */
export function checkContainer(buf: Buffer, format: WorkbookFormat, limits: ScanLimits, budget?: DecompressionBudget): ZipEntry[] {
  if (isOle(buf)) {
    if (oleHasStream(buf, 'EncryptionInfo') || oleHasStream(buf, 'EncryptedPackage')) {
      throw new ReadError('password-protected', 'the workbook is encrypted');
    }
    if (format !== 'xls') throw new ReadError('corrupt', 'an OLE container where a zip workbook was expected');
    // A compound file is a whole number of 512-byte sectors after its header.
    if (buf.length < 1024) throw new ReadError('truncated', 'the compound file is shorter than its header');
    return [];
  }
  if (format === 'xls') throw new ReadError('corrupt', 'not an OLE compound file');
  const entries = listZipEntries(buf, { maxEntries: limits.maxArchiveEntries });
  if (entries.some((e) => e.encrypted)) throw new ReadError('password-protected', 'the workbook zip is encrypted');
  if (format === 'ods' && odsIsEncrypted(buf, entries, limits))
    throw new ReadError('password-protected', 'the OpenDocument parts are encrypted');
  const inflated = checkDecompressedSize(buf, entries, budget ? budget.remaining() : limits.maxDecompressedSize);
  budget?.spend(inflated);
  return entries;
}

/**
 * A password-protected OpenDocument file is an ordinary zip whose parts are ciphertext; only its
 * manifest says so (<manifest:encryption-data>). SheetJS would read nothing and say nothing.
 */
function odsIsEncrypted(buf: Buffer, entries: readonly ZipEntry[], limits: ScanLimits): boolean {
  const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml');
  if (!manifest) return false;
  return readZipEntry(buf, manifest, Math.min(limits.maxDecompressedSize, 16 << 20)).includes('encryption-data');
}

/**
 * Decompression bombs: the declared sizes (central directory and local headers, which SheetJS
 * trusts) must fit the limit, and so must the real output: every deflated part is inflated with
 * a hard bound on what is left of the budget (this also finds damaged deflate streams).
 */
export function checkDecompressedSize(buf: Buffer, entries: readonly ZipEntry[], limit: number): number {
  let declared = totalUncompressedSize(entries);
  for (const e of entries) declared += Math.max(0, localDeclaredSize(buf, e) - e.uncompressedSize);
  if (declared > limit) throw new ReadError('too-large-decompressed', `declared ${declared} bytes; the limit is ${limit}`);
  let left = limit;
  for (const e of entries) {
    if (e.method !== METHOD_DEFLATE && e.method !== METHOD_STORED)
      throw new ReadError('unsupported-format', `zip compression method ${e.method}`);
    left -= readZipEntry(buf, e, left).length;
  }
  return limit - left;
}

/** The uncompressed size in the entry's local header (0 when it defers to a data descriptor). */
function localDeclaredSize(buf: Buffer, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length) throw new ReadError('truncated', 'zip entry lies past the end of the file');
  return buf.readUInt32LE(at + 22);
}

/**
 * SheetJS read, with its errors reduced to a kind. `binaryParts` (BIFF, or an xlsb zip) means
 * hidden rows and columns cannot be read from XML, so SheetJS reads styles for them.
 */
export function parseWorkbook(buf: Buffer, format: WorkbookFormat, binaryParts = format === 'xls'): XLSX.WorkBook {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, binaryParts ? { ...READ_OPTIONS, cellStyles: true } : READ_OPTIONS);
  } catch (error) {
    if (isReadError(error)) throw error;
    throw new ReadError(classifyLibraryError(error, buf, format));
  }
  if (!wb || !Array.isArray(wb.SheetNames) || typeof wb.Sheets !== 'object' || wb.Sheets === null) {
    throw new ReadError('corrupt', 'the workbook has no sheets');
  }
  return wb;
}

/** Look at a SheetJS error only to pick a kind; its text never leaves this function. */
function classifyLibraryError(
  error: unknown,
  buf: Buffer,
  format: WorkbookFormat,
): 'password-protected' | 'truncated' | 'corrupt' | 'out-of-memory' {
  const message = error instanceof Error ? error.message : '';
  if (error instanceof RangeError && /allocation|array length|buffer/i.test(message)) return 'out-of-memory';
  if (/password|encrypt/i.test(message)) return 'password-protected';
  if (format === 'xls' && (buf.length - 512) % 512 !== 0) return 'truncated';
  return 'corrupt';
}

/** The raw parts kept by bookFiles, by path, as bytes. */
export function rawParts(wb: XLSX.WorkBook): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const files = (wb as { files?: unknown }).files;
  if (!files || typeof files !== 'object') return out;
  for (const key of Object.keys(files)) {
    const part = (files as Record<string, RawPart | undefined>)[key];
    const content = part?.content;
    const name = key.replace(/^\/+/, '');
    if (!name || name.endsWith('/')) continue;
    if (content instanceof Uint8Array) out.set(name, content);
    else if (typeof content === 'string') out.set(name, Buffer.from(content, 'latin1'));
  }
  return out;
}

export function openWorkbook(buf: Buffer, format: WorkbookFormat, context: ReaderContext): OpenedWorkbook {
  const entries = checkContainer(buf, format, context.limits, decompressionBudget(context));
  const xlsb = entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name));
  const wb = parseWorkbook(buf, format, format === 'xls' || xlsb);
  return { wb, files: format === 'xls' ? new Map() : rawParts(wb), entries };
}
