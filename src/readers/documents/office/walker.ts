/**
 * One walker for the text of Word, PowerPoint and OpenDocument parts. A Vocabulary names the
 * elements that make paragraphs, tables, rows, cells and text in each format; the walker turns
 * a part into paragraph and table events in document order:
 * - a paragraph inside a table cell becomes part of the cell's text;
 * - a paragraph inside another paragraph (a text box, an ODF footnote) is its own paragraph;
 * - a table nested in a cell is its own table;
 * - a "table" of one row or one column is layout, not data: its cells become paragraphs.
 */
import { parseXml, type Attributes } from './xml.js';

export interface Vocabulary {
  paragraphs: ReadonlySet<string>;
  /** Paragraphs whose every text node is content (ODF, PowerPoint legacy comments). */
  rawTextParagraphs: ReadonlySet<string>;
  /** Elements whose text is content (w:t, a:t; w:delText keeps tracked deletions). */
  texts: ReadonlySet<string>;
  tabs: ReadonlySet<string>;
  breaks: ReadonlySet<string>;
  /** ODF `text:s`: a run of spaces (`text:c` of them). */
  spaces: ReadonlySet<string>;
  tables: ReadonlySet<string>;
  rows: ReadonlySet<string>;
  cells: ReadonlySet<string>;
  /** How many grid columns a cell covers (gridSpan, number-columns-spanned). */
  span(attributes: Attributes): number;
  /** How many times a cell repeats (ODF number-columns-repeated); 0 for a merged-away cell. */
  repeat(attributes: Attributes): number;
  /** A child element that sets the enclosing cell's span (Word's w:gridSpan w:val). */
  childSpan?(name: string, attributes: Attributes): number | undefined;
  /** Subtrees that hold no content or only a duplicate of it (mc:Fallback, properties). */
  skip: ReadonlySet<string>;
  /** Subtrees whose paragraphs are comments (ODF office:annotation). */
  comments: ReadonlySet<string>;
  /** When set, only content inside these elements is read (ODF header/footer styles). */
  within?: ReadonlySet<string>;
}

export interface WalkEvents {
  paragraph(text: string, isComment: boolean): void;
  table(rows: string[][], isComment: boolean): void;
}

/** More columns than this in one row are cut (an ODF row repeating an empty cell 16,384 times). */
const MAX_COLUMNS = 512;

type Container =
  | { kind: 'paragraph'; text: string; isComment: boolean; raw: boolean }
  | { kind: 'cell'; parts: string[]; span: number; repeat: number }
  | { kind: 'row'; cells: string[] }
  | { kind: 'table'; rows: string[][]; isComment: boolean };

type Opened = 'skip' | 'within' | 'comment' | 'text' | 'container' | 'none';

export function walkPart(data: Uint8Array, vocabulary: Vocabulary, events: WalkEvents): void {
  const v = vocabulary;
  const opened: Opened[] = [];
  const containers: Container[] = [];
  let skipDepth = 0;
  let withinDepth = 0;
  let commentDepth = 0;
  let textDepth = 0;
  const reading = () => skipDepth === 0 && (!v.within || withinDepth > 0);

  const currentParagraph = (): Extract<Container, { kind: 'paragraph' }> | undefined => {
    const top = containers[containers.length - 1];
    return top?.kind === 'paragraph' ? top : undefined;
  };
  const append = (text: string) => {
    const p = currentParagraph();
    if (p) p.text += text;
  };

  const emitTable = (rows: string[][], isComment: boolean) => {
    const nonEmpty = rows.filter((r) => r.some((c) => c.length > 0));
    const width = Math.max(0, ...nonEmpty.map((r) => r.filter((c) => c.length > 0).length));
    if (nonEmpty.length >= 2 && width >= 2) {
      events.table(nonEmpty, isComment);
      return;
    }
    for (const row of nonEmpty) for (const cell of row) if (cell) events.paragraph(cell, isComment);
  };

  const closeContainer = (closed: Container) => {
    // The nearest enclosing container decides where the closed one's content goes.
    const parent = containers[containers.length - 1];
    if (closed.kind === 'paragraph') {
      const text = normalize(closed.text);
      if (!text) return;
      if (parent?.kind === 'cell') parent.parts.push(text);
      else events.paragraph(text, closed.isComment);
    } else if (closed.kind === 'cell') {
      if (parent?.kind !== 'row') return;
      const text = closed.parts.join(' ');
      for (let i = 0; i < closed.repeat && parent.cells.length < MAX_COLUMNS; i++) {
        parent.cells.push(text);
        for (let s = 1; s < closed.span && parent.cells.length < MAX_COLUMNS; s++) parent.cells.push('');
      }
    } else if (closed.kind === 'row') {
      if (parent?.kind === 'table') parent.rows.push(trimTrailingEmpty(closed.cells));
    } else {
      emitTable(closed.rows, closed.isComment);
    }
  };

  parseXml(data, {
    open(name, attributes) {
      if (skipDepth > 0 || v.skip.has(name)) {
        skipDepth++;
        opened.push('skip');
        return;
      }
      if (v.within?.has(name)) {
        withinDepth++;
        opened.push('within');
        return;
      }
      if (v.comments.has(name)) {
        commentDepth++;
        opened.push('comment');
        return;
      }
      if (!reading()) {
        opened.push('none');
        return;
      }
      const childSpan = v.childSpan?.(name, attributes);
      const top = containers[containers.length - 1];
      if (childSpan !== undefined && top?.kind === 'cell') top.span = clamp(childSpan);
      const isComment = commentDepth > 0;
      let container: Container | undefined;
      if (v.paragraphs.has(name)) container = { kind: 'paragraph', text: '', isComment, raw: v.rawTextParagraphs.has(name) };
      else if (v.tables.has(name)) container = { kind: 'table', rows: [], isComment };
      else if (v.rows.has(name)) container = { kind: 'row', cells: [] };
      else if (v.cells.has(name))
        container = {
          kind: 'cell',
          parts: [],
          span: clamp(v.span(attributes)),
          repeat: Math.min(MAX_COLUMNS, Math.max(0, Math.floor(v.repeat(attributes)) || 0)),
        };
      if (container) {
        containers.push(container);
        opened.push('container');
        return;
      }
      if (v.texts.has(name)) {
        textDepth++;
        opened.push('text');
        return;
      }
      if (v.tabs.has(name)) append('\t');
      else if (v.breaks.has(name)) append(' ');
      else if (v.spaces.has(name)) append(' '.repeat(Math.min(64, clamp(Number(attributes['text:c'] ?? 1)))));
      opened.push('none');
    },
    text(text) {
      if (!reading()) return;
      const p = currentParagraph();
      if (p && (textDepth > 0 || p.raw)) p.text += text;
    },
    close() {
      const what = opened.pop();
      if (what === 'skip') skipDepth--;
      else if (what === 'within') withinDepth--;
      else if (what === 'comment') commentDepth--;
      else if (what === 'text') textDepth--;
      else if (what === 'container') closeContainer(containers.pop()!);
    },
  });
  // A part cut short still gives what it held.
  while (containers.length) closeContainer(containers.pop()!);
}

function clamp(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_COLUMNS) : 1;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
