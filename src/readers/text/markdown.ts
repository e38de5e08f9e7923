/**
 * Markdown, line by line: pipe tables (a header line, an alignment line, body lines) become
 * grid tables numbered by source line with the alignment line dropped; YAML front matter goes
 * through the YAML walk; everything else is prose with line numbers. Tables inside fenced code
 * are prose (they are examples, and prose detection still reads them). A raw HTML <table> block
 * (common in pages built from Markdown) goes through the HTML reader, so it is a table too.
 */
import { Readable } from 'node:stream';
import { readHtml } from './html.js';
import { decodedLines, emitProse } from './text.js';
import { walkYamlText } from './yaml.js';
import { isReadError, type ContentSink, type Reader, type ReaderContext, type ReaderInput, type RowSink } from '../types.js';

/** Prose lines gathered before they are handed on. */
const PROSE_LINES = 200;
/** Lines of one raw HTML block held before it is read (past this, it is read as it stands). */
const MAX_HTML_BLOCK_LINES = 100_000;

export const readMarkdown: Reader = async (input, sink, context) => {
  const where = { surface: 'text' as const, entry: input.entry };
  let prose: string[] = [];
  let proseLine = 1;
  const flushProse = () => {
    if (prose.length) emitProse(sink, prose.join('\n'), { ...where, line: proseLine });
    prose = [];
  };
  const addProse = (text: string, line: number) => {
    if (prose.length === 0) proseLine = line;
    prose.push(text);
    if (prose.length >= PROSE_LINES) flushProse();
  };

  let frontMatter: string[] | undefined;
  let fence: string | undefined;
  let table: RowSink | undefined;
  /** A line that may be a table header, waiting to see whether an alignment line follows. */
  let candidate: { text: string; line: number } | undefined;
  /** A raw HTML table block being gathered, and how many <table> tags it has open. */
  let html: { lines: string[]; first: number; open: number } | undefined;
  const endHtml = async () => {
    if (!html) return;
    const block = html;
    html = undefined;
    await readHtmlBlock(block.lines.join('\n'), block.first, input, sink, context);
  };
  const endTable = () => {
    table?.end();
    table = undefined;
  };

  try {
    for await (const { text: raw, line } of decodedLines(input)) {
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const bare = line === 1 ? text.replace(/^\ufeff/, '') : text;

      if (line === 1 && bare.trim() === '---') {
        frontMatter = [];
        continue;
      }
      if (frontMatter) {
        if (bare.trim() === '---' || bare.trim() === '...') {
          readFrontMatter(frontMatter.join('\n'), sink, input.entry, context.limits.maxNestingDepth);
          frontMatter = undefined;
        } else frontMatter.push(bare);
        continue;
      }

      if (html) {
        html.lines.push(bare);
        html.open += countTags(bare);
        if (html.open <= 0 || html.lines.length >= MAX_HTML_BLOCK_LINES) await endHtml();
        continue;
      }

      const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(bare)?.[1];
      if (fence || fenceMark) {
        endTable();
        if (candidate) addProse(candidate.text, candidate.line);
        candidate = undefined;
        if (!fence) fence = fenceMark;
        else if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
        addProse(bare, line);
        continue;
      }

      if (table) {
        if (bare.includes('|') && bare.trim() !== '') {
          table.row(line, splitPipeRow(bare));
          continue;
        }
        endTable();
      }

      if (candidate && isAlignmentRow(bare) && bare.includes('|')) {
        flushProse();
        table = sink.beginTable({ surface: 'table', shape: 'grid', lettered: false, entry: input.entry });
        table.row(candidate.line, splitPipeRow(candidate.text));
        candidate = undefined;
        continue;
      }
      if (candidate) addProse(candidate.text, candidate.line);
      candidate = undefined;

      if (/^ {0,3}<table\b/i.test(bare)) {
        flushProse();
        html = { lines: [bare], first: line, open: countTags(bare) };
        if (html.open <= 0) await endHtml();
        continue;
      }
      if (bare.includes('|')) candidate = { text: bare, line };
      else addProse(bare, line);
    }
    if (candidate) addProse(candidate.text, candidate.line);
    await endHtml();
    // Front matter never closed: its lines are prose.
    if (frontMatter) frontMatter.forEach((t, i) => addProse(t, i + 2));
    flushProse();
  } finally {
    endTable();
  }
};

/** `<table` opened minus `</table>` closed on a line. */
function countTags(line: string): number {
  return (line.match(/<table\b/gi)?.length ?? 0) - (line.match(/<\/table\s*>/gi)?.length ?? 0);
}

/** A raw HTML block read by the HTML reader, its prose lines placed in the Markdown file. */
async function readHtmlBlock(
  text: string,
  firstLine: number,
  outer: ReaderInput,
  sink: ContentSink,
  context: ReaderContext,
): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  const input: ReaderInput = {
    name: 'block.html',
    size: bytes.length,
    head: bytes.subarray(0, 64 * 1024),
    depth: outer.depth,
    entry: outer.entry,
    stream: () => Readable.from([bytes], { objectMode: false }),
    buffer: async () => bytes,
  };
  const shifted: ContentSink = {
    beginTable: (meta) => sink.beginTable(meta),
    prose: (t, where) => sink.prose(t, where.line === undefined ? where : { ...where, line: where.line + firstLine - 1 }),
    observe: (o) => sink.observe(o),
  };
  await readHtml(input, shifted, context);
}

/** Front matter through the YAML walk; if it is not valid YAML, its lines are prose. */
function readFrontMatter(text: string, sink: ContentSink, entry: string | undefined, maxDepth: number): void {
  try {
    walkYamlText(text, sink, { entry, maxDepth, firstLine: 2 });
  } catch (error) {
    if (isReadError(error) && error.kind === 'corrupt') emitProse(sink, text, { surface: 'text', entry, line: 2 });
    else throw error;
  }
}

/** `| --- | :---: | ---: |` (outer pipes optional; at least one pipe or a single column). */
export function isAlignmentRow(line: string): boolean {
  return /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line) && line.includes('-');
}

/** Cells of a pipe-table line: outer pipes dropped, `\|` kept as a pipe, cells trimmed. */
export function splitPipeRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
