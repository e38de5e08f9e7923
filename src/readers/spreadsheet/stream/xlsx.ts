/**
 * The streaming reader for zip workbooks with XML parts (.xlsx, .xlsm, templates). Worksheets
 * and the shared-string table are inflated as streams and tokenized chunk by chunk
 * (stream/scanner.ts), rows go straight into the sink, and no workbook model is built: memory
 * holds the string table and one chunk, whatever the number of rows. Every part is inflated
 * once, counted against the file's decompressed-size budget as it comes.
 *
 * The small parts (workbook, styles, relationships, comments, pivot caches, properties...) are
 * read whole into the same `files` map the part readers use, and each worksheet leaves there a
 * stub of its markup without its cells (columns, validations, headers and footers), so every
 * hidden place SheetJS-based reading covered is read the same way: hidden and very hidden
 * sheets, hidden rows and columns, comments, defined names, sheet names, properties, orphan
 * sheets, unused shared strings and the raw parts. Binary workbooks (.xlsb), .xls and .ods stay
 * with SheetJS (see ../index.ts).
 *
 * Numbers are judged as people see them where the format says so: a date format gives a Date,
 * and an identifier format (`"A"000000000`, `000000000`) gives the text it displays.
 */
import type * as XLSX from 'xlsx';
import { ReadError, type ContentSink, type ReaderContext, type ReaderInput } from '../../types.js';
import { decompressionBudget } from '../../containers/archive/budget.js';
import { METHOD_DEFLATE, METHOD_STORED, readZipEntry, totalUncompressedSize, type ZipEntry } from '../../containers/zip.js';
import { attribute, parseRelationships, parseXml, partsMatching, relsPathOf, resolveTarget, safePartName, textCollector } from '../xml.js';
import { pushSheetNames, sheetStateOf, type SheetRef } from '../sheets.js';
import { pushDefinedNames } from '../names.js';
import { pushDescriptiveProperties, pushDocumentProperties } from '../properties.js';
import { sheetPartPaths, workbookPartPath } from '../parts/sheet-xml.js';
import { commentPartTexts } from '../parts/comments.js';
import { pushWorkbookParts } from '../parts/index.js';
import { XmlScanner, feedPart } from './scanner.js';
import { streamSheet, type SheetContext, type StreamCounts } from './sheet.js';
import { numberStyle, type NumberStyle } from './number-format.js';

export { numberStyle };
export type { StreamCounts };

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /(^|\/)sharedStrings\.xml$/i;

export async function readXlsxStream(
  buf: Buffer,
  entries: readonly ZipEntry[],
  input: Pick<ReaderInput, 'entry' | 'depth' | 'name'>,
  sink: ContentSink,
  context: ReaderContext,
): Promise<StreamCounts> {
  const entry = input.entry;
  const budget = decompressionBudget(context);
  const declared = totalUncompressedSize(entries);
  if (declared > budget.remaining())
    throw new ReadError('too-large-decompressed', `declared ${declared} bytes; the limit is ${context.limits.maxDecompressedSize}`);
  for (const e of entries)
    if (e.method !== METHOD_DEFLATE && e.method !== METHOD_STORED)
      throw new ReadError('unsupported-format', `zip compression method ${e.method}`);

  // Small parts whole; worksheets and the string table later, as streams.
  const files = new Map<string, Uint8Array>();
  const big = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    if (WORKSHEET.test(e.name) || SHARED_STRINGS.test(e.name)) {
      big.set(e.name, e);
      continue;
    }
    const data = readZipEntry(buf, e, budget.remaining());
    budget.spend(data.length);
    files.set(e.name, data);
  }
  const spend = (n: number) => budget.spend(n);

  const workbookPath = workbookPartPath(files);
  const workbookXml = workbookPath ? files.get(workbookPath) : undefined;
  if (!workbookPath || !workbookXml) throw new ReadError('corrupt', 'the workbook part is missing');
  const book = readWorkbookPart(workbookXml);
  const sheets: SheetRef[] = book.sheets.map((s, index) => ({
    index,
    name: s.name,
    state: sheetStateOf(s.state),
    relId: s.relId,
    ws: undefined,
  }));
  const sheetParts = sheetPartPaths(files, sheets);
  const bookRels = parseRelationships(files.get(relsPathOf(workbookPath)));
  const relPath = (type: RegExp, fallback: string) => {
    const rel = bookRels.find((r) => type.test(r.type) && !r.external);
    return rel ? resolveTarget(workbookPath, rel.target) : fallback;
  };
  const styles = readStyles(files.get(relPath(/\/styles$/, 'xl/styles.xml')));

  const stringsPath = relPath(/\/sharedStrings$/, 'xl/sharedStrings.xml');
  const stringsEntry = big.get(stringsPath) ?? [...big.values()].find((e) => SHARED_STRINGS.test(e.name));
  const strings = stringsEntry ? await readSharedStrings(buf, stringsEntry, budget.remaining(), spend) : [];
  const used = new Uint8Array(strings.length);

  const counts: StreamCounts = { sheets: sheets.length, rows: 0, cells: 0, dangling: 0 };
  const ctx: SheetContext = { strings, used, styles, date1904: book.date1904, sink, entry, counts };
  const read = new Set<string>();
  for (const sheet of sheets) {
    const part = sheetParts.get(sheet);
    const zipEntry = part ? big.get(part) : undefined;
    const where = { sheet: sheet.name, sheetState: sheet.state };
    if (!zipEntry) {
      // A sheet with no cells part (a chart sheet, a dialog sheet): still named, no rows.
      sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry, ...where }).end();
      continue;
    }
    read.add(zipEntry.name);
    files.set(zipEntry.name, await streamSheet(buf, zipEntry, budget.remaining(), spend, ctx, where));
  }
  // Worksheet parts the workbook does not list: read as very hidden sheets with a made-up label.
  for (const path of [...big.keys()]
    .filter((k) => WORKSHEET.test(k) && !read.has(k))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const label = `(sheet not listed in the workbook: ${safePartName(path)})`;
    files.set(path, await streamSheet(buf, big.get(path)!, budget.remaining(), spend, ctx, { sheet: label, sheetState: 'very-hidden' }));
  }

  const authors = pushComments(files, sheets, sheetParts, sink, entry);
  const wb = facade(book, files, strings);
  pushSheetNames(sheets, sink, entry);
  pushDefinedNames(wb, sheets, sink, entry);
  pushDocumentProperties(wb, 'xlsx', sink, entry, authors);
  pushDescriptiveProperties(wb, sink, entry);
  const seenStrings = strings.length ? new Set(strings.filter((_, i) => used[i] === 1)) : undefined;
  await pushWorkbookParts({ wb, files, sheets, sheetParts, sink, entry, seenStrings, input, context, orphansRead: true });
  // Everything readable has been pushed (findings made so far are kept); now fail closed.
  if (counts.dangling) throw new ReadError('corrupt', `${counts.dangling} cell(s) point past the shared-string table`);
  return counts;
}

// ---------------------------------------------------------------- workbook, styles, properties

interface BookPart {
  sheets: Array<{ name: string; state?: string; relId?: string }>;
  names: Array<{ Name: string; Ref: string; Sheet?: number; Comment?: string }>;
  date1904: boolean;
}

function readWorkbookPart(data: Uint8Array): BookPart {
  const book: BookPart = { sheets: [], names: [], date1904: false };
  let name: { Name: string; Ref: string; Sheet?: number; Comment?: string } | undefined;
  parseXml(data, {
    open(tag, a) {
      if (tag === 'sheet') book.sheets.push({ name: attribute(a, 'name') ?? '', state: attribute(a, 'state'), relId: attribute(a, 'id') });
      else if (tag === 'workbookPr') book.date1904 = /^(1|true)$/i.test(attribute(a, 'date1904') ?? '');
      else if (tag === 'definedName') {
        const sheet = Number(attribute(a, 'localSheetId'));
        name = {
          Name: attribute(a, 'name') ?? '',
          Ref: '',
          ...(Number.isInteger(sheet) && sheet >= 0 && attribute(a, 'localSheetId') !== undefined ? { Sheet: sheet } : {}),
        };
        const comment = attribute(a, 'comment');
        if (comment) name.Comment = comment;
      }
    },
    text(t) {
      if (name) name.Ref += t;
    },
    close(tag) {
      if (tag === 'definedName' && name) {
        book.names.push(name);
        name = undefined;
      }
    },
  });
  return book;
}

const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

function readStyles(data: Uint8Array | undefined): NumberStyle[] {
  if (!data) return [];
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parseXml(data, {
    open(tag, a) {
      if (tag === 'numFmt') formats.set(Number(attribute(a, 'numFmtId')), attribute(a, 'formatCode') ?? '');
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) xfs.push(Number(attribute(a, 'numFmtId') ?? 0));
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  return xfs.map((id) => (BUILTIN_DATES.has(id) ? { date: true } : formats.has(id) ? numberStyle(formats.get(id)!) : {}));
}

const CORE_PROPERTIES: Record<string, string> = {
  creator: 'Author',
  lastModifiedBy: 'LastAuthor',
  title: 'Title',
  subject: 'Subject',
  keywords: 'Keywords',
  description: 'Comments',
  category: 'Category',
  contentStatus: 'ContentStatus',
  identifier: 'Identifier',
};

/** A SheetJS-shaped view of what the shared spreadsheet helpers read (names, properties, strings). */
function facade(book: BookPart, files: ReadonlyMap<string, Uint8Array>, strings: readonly string[]): XLSX.WorkBook {
  const props: Record<string, string> = {};
  const core = files.get('docProps/core.xml');
  if (core)
    parseXml(
      core,
      textCollector(new Set(Object.keys(CORE_PROPERTIES)), (name, text) => (props[CORE_PROPERTIES[name]!] = text)),
    );
  const app = files.get('docProps/app.xml');
  if (app)
    parseXml(
      app,
      textCollector(new Set(['Manager', 'Company']), (name, text) => (props[name] = text)),
    );
  const custom: Record<string, string> = {};
  const customXml = files.get('docProps/custom.xml');
  if (customXml) {
    let property: string | undefined;
    let text = '';
    parseXml(customXml, {
      open(tag, a) {
        if (tag === 'property') {
          property = attribute(a, 'name') ?? '';
          text = '';
        }
      },
      text(t) {
        if (property !== undefined) text += t;
      },
      close(tag) {
        if (tag === 'property' && property !== undefined) {
          custom[`${property}\u0000${Object.keys(custom).length}`] = text;
          property = undefined;
        }
      },
    });
  }
  return {
    SheetNames: book.sheets.map((s) => s.name),
    Sheets: {},
    Workbook: { Names: book.names, Sheets: book.sheets.map((s) => ({ name: s.name })) },
    Props: props,
    Custprops: custom,
    Strings: strings,
  } as unknown as XLSX.WorkBook;
}

// ---------------------------------------------------------------- streamed parts

/** The shared-string table: the text of each <si> (rich runs joined, phonetic runs left out). */
async function readSharedStrings(buf: Buffer, zipEntry: ZipEntry, maxBytes: number, spend: (n: number) => void): Promise<string[]> {
  const out: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let text = '';
  await feedPart(
    buf,
    zipEntry,
    maxBytes,
    spend,
    new XmlScanner({
      open(name) {
        if (name === 'si') {
          inItem = true;
          text = '';
        } else if (name === 'rPh') phonetic++;
        else if (name === 't' && inItem && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si' && inItem) {
          out.push(text);
          inItem = false;
        }
      },
      text(t) {
        if (inText) text += t;
      },
    }),
  );
  return out;
}

// ---------------------------------------------------------------- comments

/**
 * Notes and threaded comments, each with its sheet when a sheet's relationships name the part
 * (the others without); returns the authors they name, for the document-author observations.
 */
function pushComments(
  files: ReadonlyMap<string, Uint8Array>,
  sheets: readonly SheetRef[],
  sheetParts: ReadonlyMap<SheetRef, string>,
  sink: ContentSink,
  entry?: string,
): Set<string> {
  const ownerOf = new Map<string, SheetRef>();
  for (const sheet of sheets) {
    const part = sheetParts.get(sheet);
    if (!part) continue;
    for (const rel of parseRelationships(files.get(relsPathOf(part)))) {
      if (!rel.external && /\/(comments|threadedComment)$/i.test(rel.type)) ownerOf.set(resolveTarget(part, rel.target), sheet);
    }
  }
  for (const path of partsMatching(files, /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i)) {
    const sheet = ownerOf.get(path);
    for (const c of commentPartTexts(files.get(path)!))
      sink.prose(c.text, { surface: 'comments', entry, cell: c.cell, ...(sheet ? { sheet: sheet.name, sheetState: sheet.state } : {}) });
  }
  const authors = new Set<string>();
  for (const path of partsMatching(files, /^xl\/comments[^/]*\.xml$/i)) {
    parseXml(
      files.get(path)!,
      textCollector(new Set(['author']), (_name, text) => text.trim() && authors.add(text.trim())),
    );
  }
  for (const path of partsMatching(files, /^xl\/persons\/[^/]+\.xml$/i)) {
    parseXml(files.get(path)!, {
      open(tag, a) {
        const name = tag === 'person' ? attribute(a, 'displayName')?.trim() : undefined;
        if (name) authors.add(name);
      },
    });
  }
  return authors;
}
