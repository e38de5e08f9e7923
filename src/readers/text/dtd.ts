/**
 * Internal DTD subsets of XML (`<!DOCTYPE svg [ <!ENTITY name "text"> ]>`): an SVG viewer
 * expands such entities, so text can live in entity definitions and show in the picture while
 * the markup holds only `&name;`. The parser (htmlparser2) neither expands nor reports them, so
 * the document is expanded here, as text, before parsing: general entities declared with a
 * literal value are replaced where they are referenced (recursively, bounded in depth and in
 * size: past either, the file is refused, never partly read), external entities are never
 * fetched, and parameter entities are refused. Entities declared but never used are returned
 * as text for the reader to read as prose, so nothing declared is dropped.
 */
import { ReadError } from '../types.js';

export interface ExpandedXml {
  /** The document with the internal subset blanked (line breaks kept) and entities expanded. */
  text: string;
  /** Values of entities declared but never referenced, with the line of their declaration. */
  unused: Array<{ value: string; line: number }>;
}

/** Nesting of entity references inside entity values followed at most. */
const MAX_ENTITY_DEPTH = 16;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Whether a text (the head of a file) declares an internal DTD subset. */
export function hasInternalSubset(text: string): boolean {
  return /<!DOCTYPE[^>[]*\[/i.test(text);
}

/**
 * Expand the internal subset's entities within `maxChars` characters of output. Returns
 * undefined when the text has no internal subset.
 */
export function expandInternalEntities(text: string, maxChars: number): ExpandedXml | undefined {
  const open = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (!open) return undefined;
  const subsetStart = open.index + open[0].length;
  const close = findSubsetEnd(text, subsetStart);
  if (close < 0) throw new ReadError('corrupt', 'the XML document type declaration is not closed');
  const subset = text.slice(subsetStart, close);
  const end = text.indexOf('>', close) + 1;
  const lineOf = (at: number) => 1 + countLines(text, 0, at);

  const values = new Map<string, { value: string; line: number }>();
  for (const m of subset.matchAll(/<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|((?:SYSTEM|PUBLIC)[^>]*))\s*>/g)) {
    if (m[1]) throw new ReadError('unsupported-format', 'the XML declares parameter entities in its DTD; they are not expanded');
    const name = m[2]!;
    if (values.has(name) || PREDEFINED.has(name)) continue;
    // External entities are never fetched: they hold nothing of this file.
    values.set(name, { value: m[5] !== undefined ? '' : (m[3] ?? m[4] ?? ''), line: lineOf(subsetStart + m.index) });
  }

  const used = new Set<string>();
  let size = 0;
  const expand = (value: string, depth: number): string => {
    if (depth > MAX_ENTITY_DEPTH) throw new ReadError('too-deep', `XML entities nest deeper than ${MAX_ENTITY_DEPTH} levels`);
    return value.replace(/&([A-Za-z_:][\w.:-]*);/g, (whole, name: string) => {
      const entity = values.get(name);
      if (!entity) return whole;
      used.add(name);
      const out = expand(entity.value, depth + 1);
      size += out.length;
      if (size > maxChars) throw new ReadError('too-large-decompressed', `XML entities expand past ${maxChars} characters`);
      return out;
    });
  };
  // Blank the declaration, keeping its line breaks so that lines stay where they were.
  const blanked = text.slice(open.index, end).replace(/[^\n]/g, ' ');
  const body = values.size ? expand(text.slice(end), 0) : text.slice(end);
  const unused = [...values].filter(([name, e]) => !used.has(name) && e.value.trim()).map(([, e]) => ({ value: e.value, line: e.line }));
  return { text: text.slice(0, open.index) + blanked + body, unused };
}

/** The `]` that closes the internal subset (quoted values and comments may hold `]`). */
function findSubsetEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<' && text.startsWith('<!--', i)) {
      const endComment = text.indexOf('-->', i + 4);
      if (endComment < 0) return -1;
      i = endComment + 2;
    } else if (c === ']') return i;
  }
  return -1;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
