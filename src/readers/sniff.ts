/**
 * Decide a file's format by its content, using the name only to break ties: a CSV named .xlsx,
 * a workbook named .txt and a PDF named .csv are read as what they are.
 */
import { decodeHead } from './text/encoding.js';
import type { SkipReason } from '../core/model.js';
import { isMedia, isOfficeOwnerFile, isOsMetadata, isShapefileGeometry, sniffCompressed } from './signatures.js';
import { sniffMail } from './containers/email/sniff.js';
import { sniffDataFormat } from './data/sniff.js';
import { languageByContent, languageByName } from './text/code/languages.js';

export type Format =
  | 'delimited'
  | 'xlsx'
  | 'xls'
  | 'ods'
  | 'json'
  | 'ndjson'
  | 'html'
  | 'markdown'
  | 'xml'
  | 'yaml'
  | 'text'
  | 'code'
  | 'notebook'
  | 'pdf'
  | 'docx'
  | 'pptx'
  | 'odt'
  | 'zip'
  | 'ole'
  | 'parquet'
  | 'arrow'
  | 'sqlite'
  | 'rdata'
  | 'dbf'
  | 'gzip'
  | 'tar'
  | 'bzip2'
  | 'xz'
  | '7z'
  | 'rar'
  | 'zstd'
  | 'lz4'
  | 'compress'
  | 'email'
  | 'mbox'
  | 'office-owner'
  | 'os-metadata'
  | 'geometry'
  | 'media'
  | 'binary'
  | 'empty';

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Formats that cannot hold records: skipped with their reason, never read. */
export const SKIPPED_FORMATS: Partial<Record<Format, SkipReason>> = {
  media: 'binary-media',
  'os-metadata': 'os-metadata',
  geometry: 'geometry-only',
};

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/** `size` is the whole file's (defaults to the head's): small text parts are judged whole. */
export function sniffFormat(name: string, head: Uint8Array, size = head.length): Format {
  const ext = extensionOf(name);
  if (head.length === 0) return 'empty';
  // Before gzip: R compresses its data files with gzip, and the data reader opens them itself.
  const data = sniffDataFormat(ext, head);
  if (data) return data;
  const compressed = sniffCompressed(head);
  if (compressed) return compressed;
  if (isOsMetadata(name, head)) return 'os-metadata';
  if (isShapefileGeometry(name, head, size)) return 'geometry';
  if (isOfficeOwnerFile(name, head, size)) return 'office-owner';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    const text = zipHeadText(head);
    if (text.includes('xl/')) return 'xlsx';
    if (text.includes('word/')) return 'docx';
    if (text.includes('ppt/')) return 'pptx';
    if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (text.includes('application/vnd.oasis.opendocument.text')) return 'odt';
    if (['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb'].includes(ext)) return 'xlsx';
    if (ext === 'ods') return 'ods';
    if (ext === 'docx' || ext === 'docm') return 'docx';
    if (ext === 'pptx') return 'pptx';
    if (ext === 'odt') return 'odt';
    return 'zip';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return ext === 'xls' || ext === 'xlt' || holdsWorkbookStream(head) ? 'xls' : 'ole';
  // Media only when the bytes agree with the name: a CSV named .png is read as CSV.
  if (isMedia(name, head)) return 'media';
  if (looksBinary(head)) return 'binary';
  return sniffText(ext, decodeHead(head, 8192), name);
}

/** An OLE compound file whose directory (when it is in the head) names a Workbook/Book stream. */
function holdsWorkbookStream(head: Uint8Array): boolean {
  const text = Buffer.from(head).toString('utf16le');
  return text.includes('Workbook\u0000') || /(^|\u0000)Book\u0000/.test(text);
}

/** True when the bytes are not text in any encoding the readers handle. */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  if (n === 0) return false;
  // UTF-16 with a BOM, or with a zero in every other byte, is text.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let zeros = 0;
  let zerosEven = 0;
  let zerosOdd = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) {
      zeros++;
      if (i % 2 === 0) zerosEven++;
      else zerosOdd++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (zeros > 0) {
    const half = n / 2;
    const utf16 = (zerosOdd > half * 0.7 && zerosEven === 0) || (zerosEven > half * 0.7 && zerosOdd === 0);
    return !utf16;
  }
  return control / n > 0.1;
}

const JSON_EXTENSIONS = new Set(['json', 'geojson', 'jsonld', 'webmanifest', 'har']);
const XML_EXTENSIONS = new Set(['xml', 'rss', 'atom', 'svg', 'kml', 'gpx', 'xsd', 'xsl', 'xslt', 'plist', 'resx', 'xlf']);

function sniffText(ext: string, text: string, name = ''): Format {
  const t = text.replace(/^\ufeff/, '').trimStart();
  // Notebooks and source code first: code is never delimited text, whatever its commas.
  if (ext === 'ipynb' && t.startsWith('{')) return 'notebook';
  if (t.startsWith('{') && /"cells"\s*:/.test(t) && /"nbformat"\s*:/.test(text)) return 'notebook';
  if (languageByName(name) && !looksLikeDataNotCode(t)) return 'code';
  // Single-file components are HTML with script blocks.
  if (ext === 'vue' || ext === 'svelte') return 'html';
  const mail = sniffMail(t, ext);
  if (mail) return mail;
  if (
    /^<\?xml[^>]*\?>\s*(<!--[\s\S]*?-->\s*)*<(html|!doctype html)/i.test(t) ||
    /^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|table|div|p)\b/i.test(t)
  )
    return 'html';
  if (t.startsWith('<?xml') || (t.startsWith('<') && XML_EXTENSIONS.has(ext)) || looksXml(t)) return 'xml';
  if (looksJson(t, ext)) {
    if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
    const firstLine = t.split('\n', 1)[0]!.trim();
    if (t.startsWith('{') && firstLine.endsWith('}') && t.split('\n').filter((l) => l.trim()).length > 1 && !/^\{\s*$/.test(firstLine))
      return 'ndjson';
    return 'json';
  }
  if (['html', 'htm', 'xhtml'].includes(ext)) return 'html';
  if (['md', 'markdown', 'mdx', 'rmd', 'qmd'].includes(ext)) return 'markdown';
  if (['yml', 'yaml'].includes(ext)) return 'yaml';
  if (DELIMITED_EXTENSIONS.has(ext)) return 'delimited';
  // A pipe table is Markdown before it is pipe-separated values.
  if (looksLikeMarkdownTable(t)) return 'markdown';
  if (languageByContent(t)) return 'code';
  if (looksDelimited(t)) return 'delimited';
  return 'text';
}

/**
 * JSON by its first token: `{` then a key or `}`, `[` then a value or `]`. A Markdown link
 * (`[text](url)`), a badge (`[![...`) or a note (`[Draft] ...`) is not JSON. A file named
 * .json that starts with a bracket is JSON whatever follows (and corrupt if it is not).
 */
function looksJson(t: string, ext: string): boolean {
  if (!t.startsWith('[') && !t.startsWith('{')) return false;
  if (JSON_EXTENSIONS.has(ext) || ext === 'ndjson' || ext === 'jsonl') return true;
  const next = t.slice(1).trimStart()[0];
  if (next === undefined) return true;
  const opens = t.startsWith('{')
    ? next === '"' || next === '}'
    : /["{[\]\-0-9]/.test(next) || /^(true|false|null)\b/.test(t.slice(1).trimStart());
  return opens && !junkAfterFirstValue(t);
}

/**
 * Whether the first bracketed value closes and more text follows on its line: R prints a vector
 * as `[1] 7214`, which opens like a JSON array but is not one. (NDJSON puts one value a line.)
 */
function junkAfterFirstValue(t: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) depth++;
    else if (ch === 93 || ch === 125) {
      if (--depth === 0) {
        const rest = /^[^\S\n]*([^\s])?/.exec(t.slice(i + 1));
        return rest?.[1] !== undefined && rest[1] !== ',';
      }
    }
  }
  return false;
}

/** `<name ...>` opening the text and `</name>` closing it later in the head. */
function looksXml(t: string): boolean {
  const open = /^<([A-Za-z_][\w.:-]*)[\s>/]/.exec(t);
  return open !== null && t.includes(`</${open[1]}>`);
}

/** A header line with pipes followed by an alignment line (`| --- | :-: |`). */
function looksLikeMarkdownTable(t: string): boolean {
  return /^[^\n]*\|[^\n]*\r?\n\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/m.test(t);
}

const DELIMITED_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'psv', 'dsv']);

/** Several records with the same non-zero count of one delimiter. */
function looksDelimited(text: string): boolean {
  return delimitedReading(text) !== 'none';
}

/**
 * How a text with delimiters should be read:
 * - 'table': delimited text (a delimited extension, or records that split cleanly);
 * - 'either': the same count of a delimiter on each line, but the lines also read as prose,
 *   as aligned columns (a fixed-width export with thousands separators) or as code: it is read
 *   both ways, as a table and as prose, so neither reading hides records;
 * - 'none': not delimited (too few records, no consistent delimiter, or two-column prose such
 *   as a letter with one comma a line).
 */
export type DelimitedReading = 'table' | 'either' | 'none';

export function delimitedReading(headText: string, name = ''): DelimitedReading {
  if (DELIMITED_EXTENSIONS.has(extensionOf(name))) return 'table';
  const records = splitRecords(headText.replace(/^\ufeff/, ''), 40);
  if (records.length < 2) return 'none';
  const best = scoreDelimiters(records)[0];
  if (!best || best.consistency < 0.8) return 'none';
  let prose = 0;
  let aligned = 0;
  let code = 0;
  for (const record of records) {
    const fields = splitOutsideQuotes(record, best.delimiter);
    const words = record.split(/\s+/).filter(Boolean).length;
    const spaced = fields.slice(1).filter((f) => /^ \S/.test(f)).length;
    if ((spaced * 2 >= fields.length - 1 && words >= fields.length * 3) || /[.!?]["')]?\s*$/.test(record)) prose++;
    if (fields.some((f) => /\S {2,}\S/.test(f.trim()))) aligned++;
    if (/[={};]|[A-Za-z_$]\(|=>|<-/.test(record.replace(/"[^"]*"/g, ''))) code++;
  }
  const share = (n: number) => n / records.length;
  if (share(prose) >= 0.5 && best.mode === 1 && best.delimiter === ',') return 'none';
  if (share(prose) >= 0.3 || share(aligned) >= 0.3 || share(code) >= 0.3) return 'either';
  return 'table';
}

/** Fields of one record split on `delimiter` outside double quotes (quotes kept). */
function splitOutsideQuotes(record: string, delimiter: string): string[] {
  const fields: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) {
      fields.push(record.slice(start, i));
      start = i + 1;
    }
  }
  fields.push(record.slice(start));
  return fields;
}

/** Lines that read as code: an assignment, a call, braces or a statement end. */
function looksLikeDataNotCode(t: string): boolean {
  if (delimitedReading(t) !== 'table') return false;
  const lines = t.split('\n', 60).filter((l) => l.trim());
  const code = lines.filter((l) => /[={};]|[A-Za-z_$]\(|=>|<-/.test(l.replace(/"[^"]*"/g, ''))).length;
  return code * 10 < lines.length;
}

export type Delimiter = ',' | ';' | '\t' | '|' | '^' | '~';
/** Rare delimiters last: they only win on consistency or column count. */
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|', '^', '~'];

/**
 * The delimiter of a delimited text, from its head: the candidate whose count per record is
 * the same on most records (quotes respected), then the one with more columns. The extension
 * only breaks ties (.tsv prefers tab, .psv the pipe). Defaults to a comma.
 */
export function sniffDelimiter(headText: string, name = '', headIsWhole = true): Delimiter {
  const hint = /^\ufeff?sep=([,;\t|^~])\r?\n/.exec(headText);
  if (hint) return hint[1] as Delimiter;
  let records = splitRecords(headText.replace(/^\ufeff/, ''), 100);
  // The last record of a cut head may be cut too.
  if (!headIsWhole && records.length > 1) records = records.slice(0, -1);
  const ext = extensionOf(name);
  const preferred: Delimiter | undefined = ext === 'tsv' || ext === 'tab' ? '\t' : ext === 'psv' ? '|' : undefined;
  const scores = scoreDelimiters(records);
  const best = scores[0];
  if (!best) return preferred ?? ',';
  if (preferred) {
    const pref = scores.find((s) => s.delimiter === preferred);
    if (pref && pref.consistency >= best.consistency) return preferred;
  }
  return best.delimiter;
}

interface DelimiterScore {
  delimiter: Delimiter;
  /** Share of records whose count equals the most common non-zero count. */
  consistency: number;
  /** That most common count. */
  mode: number;
}

/** Candidates that occur at all, best first. */
function scoreDelimiters(records: readonly string[]): DelimiterScore[] {
  const scores: DelimiterScore[] = [];
  for (const delimiter of DELIMITERS) {
    const counts = records.map((r) => countOutsideQuotes(r, delimiter));
    const tally = new Map<number, number>();
    for (const c of counts) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
    let mode = 0;
    let modeCount = 0;
    for (const [c, k] of tally) if (k > modeCount || (k === modeCount && c > mode)) [mode, modeCount] = [c, k];
    if (mode > 0) scores.push({ delimiter, consistency: modeCount / records.length, mode });
  }
  // Stable sort keeps the DELIMITERS order as the last tie-breaker.
  return scores.sort((a, b) => b.consistency - a.consistency || b.mode - a.mode);
}

/** Records of a CSV-like text: line breaks inside double quotes do not end a record. */
function splitRecords(text: string, max: number): string[] {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && records.length < max; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (ch === 10 || ch === 13)) {
      if (i > start) records.push(text.slice(start, i));
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (records.length < max && start < text.length) records.push(text.slice(start));
  return records.filter((r) => r.trim().length > 0);
}

function countOutsideQuotes(record: string, delimiter: string): number {
  const d = delimiter.charCodeAt(0);
  let n = 0;
  let inQuotes = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes;
    else if (ch === d && !inQuotes) n++;
  }
  return n;
}

/**
 * What tells zip-based formats apart, from the local headers in the head: the entry names and a
 * stored `mimetype` entry's content (ODF). Matching the raw head instead would let compressed
 * bytes decide: a zip holding a workbook deflates the workbook's own `xl/` names into its data.
 * When the headers cannot be walked (no names found), the raw head is used as before.
 */
const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function zipHeadText(head: Uint8Array): string {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const parts: string[] = [];
  let at = 0;
  while (at + 30 <= buf.length && buf.readUInt32LE(at) === 0x04034b50) {
    const flags = buf.readUInt16LE(at + 6);
    const compressedSize = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const extraLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('latin1', at + 30, Math.min(buf.length, at + 30 + nameLength));
    const dataStart = at + 30 + nameLength + extraLength;
    parts.push(name);
    if (name === 'mimetype' && buf.readUInt16LE(at + 8) === 0)
      parts.push(buf.toString('latin1', dataStart, Math.min(buf.length, dataStart + compressedSize)));
    // Sizes deferred to a data descriptor (streaming writers): look for the next header.
    if (flags & 0x08 && compressedSize === 0) {
      const next = buf.indexOf(LOCAL_HEADER, dataStart);
      if (next < 0) break;
      at = next;
      continue;
    }
    at = dataStart + compressedSize;
  }
  return parts.length ? parts.join('\n') : buf.toString('latin1');
}
