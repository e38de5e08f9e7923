/**
 * HTML, streamed through htmlparser2. Each <table> is a grid table (th/td cells, a colspan
 * leaves empty cells after its text, nested tables are tables of their own); rows are numbered
 * by their index in the table (minified pages put every row on one line). Everything else that
 * a reader of the page, or of its source, could see is prose with source lines: visible text,
 * comments, text-carrying attributes (title, alt, data-*, ...), and scripts. A JSON script
 * block (`application/json`, `ld+json`, ...) is read as JSON, so a records array in it becomes
 * a table. Of <style> content only CSS `content:` strings are read (prose); files in data: URLs
 * (href, src, CSS url()) are decoded and read as nested files (embedded.ts). Repeated blocks of labelled fields (person cards,
 * definition lists) are tables too (html-blocks.ts).
 */
import { Parser } from 'htmlparser2';
import { decodeStream } from './encoding.js';
import { exceedsDepth, jsonLineFinder, parseJsonText, walkStructured } from './json.js';
import { countNewlines, emitProse } from './text.js';
import { cssContentStrings, findDataUrls, readDataUrls, type FoundDataUrl } from './embedded.js';
import { readSource } from './code/index.js';
import { ReadError, type CellValue, type ContentSink, type Reader, type RowSink } from '../types.js';
import { BlockCollector } from './html-blocks.js';

/** Attributes whose values are text a person wrote (data-* is matched by prefix). */
const TEXT_ATTRIBUTES = new Set([
  'title',
  'alt',
  'aria-label',
  'placeholder',
  'value',
  'content',
  'summary',
  'label',
  'abbr',
  'aria-description',
]);
/** Elements that end a run of inline text (their text does not run into the next). */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'tr',
  'td',
  'th',
  'table',
  'caption',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'option',
  'title',
  'hr',
]);

/**
 * Maps offsets in a text that arrives chunk by chunk to 1-based lines. Offsets must be asked in
 * increasing order; text before the last asked offset is let go.
 */
export class LineTracker {
  private window = '';
  private windowStart = 0;
  private line = 1;
  append(text: string): void {
    this.window += text;
  }
  lineAt(offset: number): number {
    const at = offset - this.windowStart;
    if (at <= 0) return this.line;
    const upTo = Math.min(at, this.window.length);
    this.line += countNewlines(this.window, 0, upTo);
    this.window = this.window.slice(upTo);
    this.windowStart += upTo;
    return this.line;
  }
}

/** Prose gathered so that its line breaks fall on the source lines of its pieces. */
export class ProseBuffer {
  private parts: string[] = [];
  private firstLine = 0;
  private currentLine = 0;
  private size = 0;
  constructor(
    private readonly sink: ContentSink,
    private readonly entry: string | undefined,
  ) {}

  /** `glue`: the text continues the previous piece (no tag between them), so no space is put in. */
  add(text: string, line: number, glue = false): void {
    if (!text.trim()) return;
    if (this.parts.length === 0) {
      this.firstLine = this.currentLine = line;
    } else if (line > this.currentLine) {
      if (line - this.currentLine > 20 || this.size > 256 * 1024) {
        this.flush();
        this.firstLine = this.currentLine = line;
      } else {
        this.parts.push('\n'.repeat(line - this.currentLine));
        this.currentLine = line;
      }
    } else if (!glue) {
      this.parts.push(' ');
    }
    this.parts.push(text);
    this.size += text.length;
    this.currentLine += countNewlines(text);
  }

  flush(): void {
    if (this.parts.length) emitProse(this.sink, this.parts.join(''), { surface: 'text', line: this.firstLine, entry: this.entry });
    this.parts = [];
    this.size = 0;
  }
}

interface OpenTable {
  rows: RowSink;
  rowCount: number;
  cells: CellValue[] | undefined;
  cell: string[] | undefined;
  colspan: number;
  /** The open row is hidden (`hidden` attribute or `display: none`). */
  rowHidden: boolean;
}

export const readHtml: Reader = async (input, sink, context) => {
  const lines = new LineTracker();
  const prose = new ProseBuffer(sink, input.entry);
  const tables: OpenTable[] = [];
  const blocks = new BlockCollector(sink, input.entry);
  let skipDepth = 0; // inside <style>
  let style: { text: string[]; line: number } | undefined;
  const dataUrls: FoundDataUrl[] = [];
  let script: { json: boolean; text: string[]; line: number } | undefined;
  let jsonFailure: ReadError | undefined;
  let parser: Parser | undefined;
  /** Whether the next text continues the last one (only inline tags or nothing in between). */
  let glue = false;
  const lineNow = () => lines.lineAt(parser!.startIndex);
  const top = () => tables[tables.length - 1];

  const endCell = (t: OpenTable) => {
    if (!t.cell) return;
    t.cells ??= [];
    t.cells.push(t.cell.join('').replace(/\s+/g, ' ').trim());
    for (let i = 1; i < t.colspan; i++) t.cells.push('');
    t.cell = undefined;
  };
  const endRow = (t: OpenTable) => {
    endCell(t);
    if (t.cells) {
      if (t.rowHidden) t.rows.row(++t.rowCount, t.cells, true);
      else t.rows.row(++t.rowCount, t.cells);
    }
    t.cells = undefined;
    t.rowHidden = false;
  };

  parser = new Parser(
    {
      onopentag(name, attribs) {
        const line = lineNow();
        blocks.open(name, attribs);
        if (BLOCKS.has(name)) {
          glue = false;
          const cell = top()?.cell;
          if (cell) cell.push(' ');
        }
        for (const [attr, value] of Object.entries(attribs)) {
          findDataUrls(value, line, dataUrls);
          if (value && (TEXT_ATTRIBUTES.has(attr) || attr.startsWith('data-'))) {
            prose.add(`${attr}: ${value}`, line);
            glue = false;
          }
        }
        if (name === 'style') {
          skipDepth++;
          style ??= { text: [], line };
        } else if (name === 'script') script = { json: /json/i.test(attribs.type ?? ''), text: [], line };
        else if (name === 'table') {
          tables.push({
            rows: sink.beginTable({ surface: 'table', shape: 'grid', lettered: false, entry: input.entry }),
            rowCount: 0,
            cells: undefined,
            cell: undefined,
            colspan: 1,
            rowHidden: false,
          });
        } else if (tables.length > 0) {
          const t = top()!;
          if (name === 'tr') {
            endRow(t);
            t.rowHidden = isHidden(attribs);
          } else if (name === 'td' || name === 'th') {
            endCell(t);
            t.cells ??= [];
            t.cell = [];
            const span = Number.parseInt(attribs.colspan ?? '1', 10);
            t.colspan = Number.isFinite(span) ? Math.min(Math.max(span, 1), 1000) : 1;
          }
        }
      },
      onclosetag(name) {
        blocks.close(name);
        if (BLOCKS.has(name)) glue = false;
        if (name === 'style') {
          skipDepth = Math.max(0, skipDepth - 1);
          if (skipDepth === 0 && style) {
            const css = style.text.join('');
            for (const text of cssContentStrings(css)) prose.add(text, style.line);
            findDataUrls(css, style.line, dataUrls);
            style = undefined;
          }
        } else if (name === 'script' && script) {
          jsonFailure ??= readScript(script, sink, input.entry, context.limits.maxNestingDepth, prose);
          script = undefined;
        } else if (name === 'table') {
          const t = tables.pop();
          if (t) {
            endRow(t);
            t.rows.end();
          }
        } else if (tables.length > 0) {
          const t = top()!;
          if (name === 'tr') endRow(t);
          else if (name === 'td' || name === 'th') endCell(t);
        }
      },
      ontext(text) {
        if (skipDepth > 0) {
          style?.text.push(text);
          return;
        }
        if (script) {
          script.text.push(text);
          return;
        }
        const t = top();
        if (!t?.cell) blocks.text(text);
        if (t?.cell) t.cell.push(text);
        else if (!text.trim())
          glue = false; // whitespace between tags separates words
        else {
          prose.add(text, lineNow(), glue);
          glue = true;
        }
      },
      oncomment(text) {
        prose.add(text, lineNow());
        glue = false;
      },
    },
    { decodeEntities: true, recognizeCDATA: true },
  );
  capOpenElements(parser);

  try {
    for await (const chunk of decodeStream(input)) {
      lines.append(chunk);
      parser.write(chunk);
    }
    parser.end();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('corrupt', 'the HTML could not be parsed');
  } finally {
    while (tables.length > 0) {
      const t = tables.pop()!;
      endRow(t);
      t.rows.end();
    }
    blocks.end();
    prose.flush();
  }
  await readDataUrls(dataUrls, input, sink, context);
  if (jsonFailure) throw jsonFailure;
};

/**
 * Browsers stop nesting at a fixed depth (Chromium: 512 open elements; a deeper element becomes
 * a sibling of the innermost). htmlparser2 keeps its open-element stack in an array it unshifts
 * and shifts, so a page nested 100,000 deep costs O(depth²) (seconds). Cap it the browser's way:
 * at the cap, the innermost element is closed (implied) before the next one opens. Text and
 * tables are read as before; only the nesting of such a page is flattened. When a later
 * htmlparser2 no longer has these internals, the parser is left as it is (slow, still correct).
 */
export const MAX_OPEN_ELEMENTS = 512;

export function capOpenElements(parser: Parser): void {
  const internals = parser as unknown as {
    stack?: unknown;
    emitOpenTag?: (name: string) => void;
    popElement?: (implied: boolean) => void;
  };
  const { emitOpenTag, popElement } = internals;
  if (!Array.isArray(internals.stack) || typeof emitOpenTag !== 'function' || typeof popElement !== 'function') return;
  internals.emitOpenTag = function (this: typeof internals, name: string) {
    if ((this.stack as unknown[]).length >= MAX_OPEN_ELEMENTS) popElement.call(this, true);
    emitOpenTag.call(this, name);
  };
}

function isHidden(attribs: Record<string, string>): boolean {
  return Object.hasOwn(attribs, 'hidden') || /display\s*:\s*none|visibility\s*:\s*(hidden|collapse)/i.test(attribs.style ?? '');
}

/**
 * A script block: JSON is walked like a JSON file (tables, prose with lines); anything else,
 * and JSON that does not parse, is prose. Returns a ReadError to raise after the page is read
 * when the JSON nests too deeply.
 */
function readScript(
  script: { json: boolean; text: string[]; line: number },
  sink: ContentSink,
  entry: string | undefined,
  maxDepth: number,
  prose: ProseBuffer,
): ReadError | undefined {
  const text = script.text.join('');
  if (script.json) {
    if (exceedsDepth(text, maxDepth)) return new ReadError('too-deep', `a JSON script block nests deeper than ${maxDepth} levels`);
    const value = parseJsonText(text);
    if (value !== undefined) {
      prose.flush();
      walkStructured(value, sink, { entry, maxDepth, lines: jsonLineFinder(text, script.line) });
      return undefined;
    }
  }
  // Script code: its strings and comments are prose, its data literals tables (code/index.ts).
  prose.flush();
  readSource(text, { language: 'js', jsx: false }, sink, { entry, maxDepth, lineOffset: script.line - 1 });
  return undefined;
}
