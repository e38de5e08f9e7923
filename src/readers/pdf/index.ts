/**
 * PDF: the text layer of every page, with page numbers. Lines whose cells line up across rows
 * (a spreadsheet exported to PDF) are pushed as a grid table per page region; the rest is
 * prose. Comments, filled form fields and the document information are read too. A document
 * with no text anywhere is a scan: `no-text-layer`. pdf.js errors never escape: they become
 * `password-protected` or `corrupt`.
 */
import { ReadError, type ContentSink, type Reader } from '../types.js';
import { groupLines, toBlocks, type TextRun } from './layout.js';
import { documentParams, loadPdfJs } from './pdfjs.js';
import { pageExtras, pushDocumentInfo, type PdfAnnotationData } from './extras.js';

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export const readPdf: Reader = async (input, sink) => {
  const data = new Uint8Array(await input.buffer()); // a copy: pdf.js may detach what it is given
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
    for (let n = 1; n <= doc.numPages; n++) {
      let runs: TextRun[];
      let annotations: PdfAnnotationData[];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        runs = (content.items as PdfTextItem[]).map(toRun).filter((r): r is TextRun => r !== undefined);
        annotations = (await page.getAnnotations()) as PdfAnnotationData[];
        page.cleanup();
      } catch {
        throw new ReadError('corrupt', `page ${n} could not be read`);
      }
      texts += runs.length;
      pushPage(runs, n, sink, input.entry);
      texts += pushAnnotations(annotations, n, sink, input.entry);
    }
    if (texts === 0) throw new ReadError('no-text-layer');
  } finally {
    await task.destroy().catch(() => undefined);
  }
};

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
  for (const block of toBlocks(groupLines(runs))) {
    if (block.kind === 'prose') {
      sink.prose(block.text, { surface: 'text', page, line: block.firstLine, entry });
      continue;
    }
    const table = sink.beginTable({ surface: 'table', shape: 'grid', page, entry });
    for (const row of block.rows) table.row(row.line, row.cells);
    table.end();
  }
}

/** Comments and filled form fields of a page; returns how many pieces of text it pushed. */
function pushAnnotations(annotations: readonly PdfAnnotationData[], page: number, sink: ContentSink, entry?: string): number {
  const { comments, fields, authors } = pageExtras(annotations);
  if (comments.length) sink.prose(comments.join('\n'), { surface: 'comments', page, entry });
  if (fields.length) sink.prose(fields.join('\n'), { surface: 'text', page, entry });
  for (const value of new Set(authors)) sink.observe({ kind: 'document-author', where: 'PDF comment author', entry, value });
  return comments.length + fields.length;
}
