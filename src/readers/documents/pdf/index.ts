/**
 * PDF: the text layer of every page, with page numbers. Lines whose cells line up across rows
 * (a spreadsheet exported to PDF) are pushed as a grid table per page region; the rest is
 * prose; a form-like report (a name over labelled lines, per person) is also a records table
 * (forms.ts). Comments, filled form fields, the document information, attached files (through
 * the scan pipeline, like archive entries) and the changed pages of earlier revisions are read
 * too. A document with no text anywhere is a scan: `no-text-layer`. pdf.js errors never
 * escape: they become `password-protected` or `corrupt`.
 */
import { ReadError, type ContentSink, type Reader, type ReaderContext, type ReaderInput } from '../../types.js';
import { Failures, readInner } from '../../containers/archive/nested.js';
import { decompressionBudget } from '../../containers/archive/budget.js';
import { groupLines, toBlocks, type TextRun } from './layout.js';
import { formRecords } from './forms.js';
import { emitRecordsTable } from '../../labelled-records.js';
import { documentParams, loadPdfJs } from './pdfjs.js';
import { pageExtras, pushDocumentInfo, type PdfAnnotationData } from './extras.js';
import { earlierRevisionEnds, pageKey, pushChangedPages, type RevisionPage } from './revisions.js';

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export const readPdf: Reader = async (input, sink, context) => {
  const bytes = await input.buffer();
  const data = new Uint8Array(bytes); // a copy: pdf.js detaches what it is given
  const pdfjs = await loadPdfJs().catch(() => {
    throw new ReadError('internal-error', 'the PDF library could not be loaded');
  });
  const task = pdfjs.getDocument(documentParams(data));
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw openFailure(error);
    }
    // The information dictionary does not count as a text layer: scanners fill in a title too.
    let texts = 0;
    try {
      pushDocumentInfo((await doc.getMetadata()).info, sink, input.entry);
    } catch {
      throw new ReadError('corrupt', 'the document information could not be read');
    }
    const annotationFiles: AttachedFile[] = [];
    const currentPages = new Map<number, string>();
    for (let n = 1; n <= doc.numPages; n++) {
      let runs: TextRun[];
      let annotations: PdfAnnotationData[];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        runs = (content.items as PdfTextItem[]).map(toRun).filter((r): r is TextRun => r !== undefined);
        annotations = (await page.getAnnotations()) as PdfAnnotationData[];
        for (const a of annotations) if (a.file) annotationFiles.push(a.file);
        page.cleanup();
      } catch {
        throw new ReadError('corrupt', `page ${n} could not be read`);
      }
      texts += runs.length;
      currentPages.set(n, pageKey(runs));
      pushPage(runs, n, sink, input.entry);
      texts += pushAnnotations(annotations, n, sink, input.entry);
    }
    await readEarlierRevisions(pdfjs, bytes, currentPages, sink, input.entry);
    const attachments = await attachedFiles(doc, annotationFiles);
    await readAttachments(attachments, input, sink, context);
    if (texts === 0 && attachments.length === 0) throw new ReadError('no-text-layer');
  } finally {
    await task.destroy().catch(() => undefined);
  }
};

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;

/** The text of one document's pages, or undefined when it does not open. */
async function pageRuns(pdfjs: PdfJs, data: Uint8Array): Promise<RevisionPage[] | undefined> {
  const task = pdfjs.getDocument(documentParams(data));
  try {
    const doc = await task.promise;
    const pages: RevisionPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ page: n, runs: (content.items as PdfTextItem[]).map(toRun).filter((r): r is TextRun => r !== undefined) });
      page.cleanup();
    }
    return pages;
  } catch {
    return undefined;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readEarlierRevisions(
  pdfjs: PdfJs,
  bytes: Buffer,
  current: ReadonlyMap<number, string>,
  sink: ContentSink,
  entry?: string,
): Promise<void> {
  const seen = new Set<string>();
  const ends = earlierRevisionEnds(bytes);
  for (const [i, end] of ends.entries()) {
    const pages = await pageRuns(pdfjs, new Uint8Array(bytes.subarray(0, end)));
    if (pages) pushChangedPages(i + 1, pages, current, seen, pushPage, sink, entry);
  }
}

function openFailure(error: unknown): ReadError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return new ReadError('password-protected');
  return new ReadError('corrupt');
}

function toRun(item: PdfTextItem): TextRun | undefined {
  if (typeof item.str !== 'string' || !item.str.trim() || !Array.isArray(item.transform)) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = item.height || Math.hypot(c, d) || Math.hypot(a, b) || 10;
  return { text: item.str, x, y, width: item.width ?? 0, size };
}

export function pushPage(runs: readonly TextRun[], page: number, sink: ContentSink, entry?: string): void {
  const lines = groupLines(runs);
  // A form-like report (a name, then labelled lines) is also one record per person.
  const records = formRecords(lines);
  if (records.length) emitRecordsTable(sink, { surface: 'table', page, entry }, records);
  for (const block of toBlocks(lines)) {
    if (block.kind === 'prose') {
      sink.prose(block.text, { surface: 'text', page, line: block.firstLine, entry });
      continue;
    }
    const table = sink.beginTable({ surface: 'table', shape: 'grid', page, entry, rebuilt: true });
    for (const row of block.rows) table.row(row.line, row.cells);
    table.end();
  }
}

/** Comments and filled form fields of a page; returns how many pieces of text it pushed. */
function pushAnnotations(annotations: readonly PdfAnnotationData[], page: number, sink: ContentSink, entry?: string): number {
  const { comments, fields, authors, links } = pageExtras(annotations);
  if (comments.length) sink.prose(comments.join('\n'), { surface: 'comments', page, entry });
  if (fields.length) sink.prose(fields.join('\n'), { surface: 'text', page, entry });
  for (const value of new Set(authors)) sink.observe({ kind: 'document-author', where: 'PDF comment author', entry, value });
  for (const value of new Set(links)) sink.observe({ kind: 'external-link', where: 'PDF link', entry, value });
  return comments.length + fields.length;
}

interface AttachedFile {
  filename?: unknown;
  content?: unknown;
}

/** Files attached to the document and to file-attachment annotations, each once. */
async function attachedFiles(
  doc: { getAttachments(): Promise<unknown> },
  fromAnnotations: readonly AttachedFile[],
): Promise<Array<{ name: string; data: Buffer }>> {
  let listed: unknown;
  try {
    listed = await doc.getAttachments();
  } catch {
    throw new ReadError('corrupt', 'the attached files could not be read');
  }
  const all = [...(listed && typeof listed === 'object' ? (Object.values(listed) as AttachedFile[]) : []), ...fromAnnotations];
  const seen = new Set<string>();
  const out: Array<{ name: string; data: Buffer }> = [];
  all.forEach((file, i) => {
    if (!(file?.content instanceof Uint8Array)) return;
    const name = typeof file.filename === 'string' && file.filename.trim() ? file.filename.trim() : `attachment-${i + 1}`;
    const key = `${name}\u0000${file.content.length}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, data: Buffer.from(file.content) });
  });
  return out;
}

/** Attached files go through the scan pipeline like archive entries (`report.pdf` → entry `roster.xlsx`). */
async function readAttachments(
  files: ReadonlyArray<{ name: string; data: Buffer }>,
  input: ReaderInput,
  sink: ContentSink,
  context: ReaderContext,
): Promise<void> {
  const failures = new Failures();
  const budget = decompressionBudget(context);
  for (const file of files) {
    try {
      budget.spend(file.data.length);
      await readInner(file.data, file.name, input, sink, context);
    } catch (error) {
      failures.note(error);
    }
  }
  failures.throwIfAny();
}
