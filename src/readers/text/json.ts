/**
 * JSON and NDJSON, and the walk over parsed structured data that YAML, HTML (JSON script
 * blocks) and Markdown (front matter) share.
 *
 * An array of objects anywhere, or a map of records keyed by id, becomes a 'records' table
 * whose header is the union of the objects' keys (nested objects flattened as `a.b`; a map's
 * keys in a first "(key)" column); row numbers are 1-based element indexes (NDJSON: the line).
 * The column layouts of data-frame libraries are tables too (json-layouts.ts): pandas
 * `columns` (`{"col": {"0": v}}`), R / pandas column lists (`{"col": [...]}`), `split`
 * (`{columns, index, data}`) and `values` (an array of rows, header row or not: a 'grid').
 * Everything else is prose: each object's scalar members as `key: value` lines, each array's
 * scalars one per line, with the source line when it can be found.
 *
 * Keys are data: they are only ever Map keys or header strings, never property names set on an
 * object, so `__proto__` and `constructor` cannot reach a prototype. Depth is guarded before
 * parsing (JSON text) and during the walk (everything), without recursion.
 */
import { decodeStream } from './encoding.js';
import { countNewlines, decodedLines as lines, emitProse } from './text.js';
import { ReadError, type CellValue, type ContentSink, type Reader, type ReaderInput } from '../types.js';
import { columnLayout, isRowArray, type ColumnLayout } from './json-layouts.js';

export const readJson: Reader = async (input, sink, context) => {
  const text = await readWholeText(input);
  const limit = context.limits.maxNestingDepth;
  const unparsed = (error: ReadError) => {
    // Detection still reads the text (it can say where), and the file fails closed.
    emitProse(sink, text, { surface: 'text', line: 1, entry: input.entry });
    return error;
  };
  if (exceedsDepth(text, limit)) throw unparsed(new ReadError('too-deep', `JSON nests deeper than ${limit} levels`));
  let value = parseJsonText(text);
  let lineText = text;
  if (value === undefined) {
    // JSON with comments and trailing commas (JSONC: tsconfig.json, .vscode/*.json,
    // devcontainer.json) is read whole: its values as JSON, its comments as prose.
    const jsonc = stripJsonc(text);
    if (jsonc) {
      value = parseJsonText(jsonc.json);
      lineText = jsonc.json;
      if (value !== undefined)
        for (const c of jsonc.comments) emitProse(sink, c.text, { surface: 'text', line: c.line, entry: input.entry });
    }
  }
  if (value === undefined) throw unparsed(new ReadError('corrupt', 'not valid JSON'));
  walkStructured(value, sink, { entry: input.entry, maxDepth: limit, lines: jsonLineFinder(lineText, 1) });
};

/**
 * JSONC to JSON of the same length and lines: comments (`//`, `/* *\/`) and trailing commas
 * become spaces, strings are kept as they are. Undefined when the text has neither (it is then
 * just invalid JSON) or a comment does not end.
 */
export function stripJsonc(text: string): { json: string; comments: Array<{ text: string; line: number }> } | undefined {
  const out: string[] = [];
  const comments: Array<{ text: string; line: number }> = [];
  let changed = false;
  let from = 0;
  let i = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (at: number) => {
    line += countNewlines(text, counted, at);
    counted = at;
    return line;
  };
  const blank = (to: number) => {
    out.push(text.slice(from, i), text.slice(i, to).replace(/[^\n]/g, ' '));
    from = i = to;
    changed = true;
  };
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (ch === 0x2f && text[i + 1] === '/') {
      let j = text.indexOf('\n', i);
      if (j < 0) j = text.length;
      comments.push({ text: text.slice(i + 2, j), line: lineAt(i) });
      blank(j);
    } else if (ch === 0x2f && text[i + 1] === '*') {
      const j = text.indexOf('*/', i + 2);
      if (j < 0) return undefined;
      comments.push({ text: text.slice(i + 2, j), line: lineAt(i) });
      blank(j + 2);
    } else i++;
  }
  out.push(text.slice(from));
  // Trailing commas, once the comments are spaces: a comma whose next non-space closes.
  const spaced = out.join('');
  const parts: string[] = [];
  let start = 0;
  for (let k = 0; k < spaced.length; k++) {
    const c = spaced.charCodeAt(k);
    if (c === 0x22) {
      k++;
      while (k < spaced.length && spaced[k] !== '"' && spaced[k] !== '\n') k += spaced[k] === '\\' ? 2 : 1;
    } else if (c === 0x2c && closesNext(spaced, k + 1)) {
      parts.push(spaced.slice(start, k), ' ');
      start = k + 1;
      changed = true;
    }
  }
  parts.push(spaced.slice(start));
  return changed ? { json: parts.join(''), comments } : undefined;
}

/** Whether the next character after `from` that is not white space closes an object or array. */
function closesNext(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && (text[k] === ' ' || text[k] === '\n' || text[k] === '\r' || text[k] === '\t')) k++;
  return text[k] === '}' || text[k] === ']';
}

/**
 * NDJSON / JSON Lines, streamed twice (the input gives a fresh stream each time): first for
 * the union of the records' keys, then for the rows. A line that is not an object goes the
 * prose way; an invalid line is skipped and the file then fails as corrupt.
 */
export const readNdjson: Reader = async (input, sink, context) => {
  const limit = context.limits.maxNestingDepth;
  const header = new KeyIndex();
  let firstInvalid = 0;
  let tooDeep = 0;
  for await (const { text, line } of lines(input)) {
    if (!text.trim()) continue;
    if (exceedsDepth(text, limit)) {
      tooDeep ||= line;
      continue;
    }
    const value = parseJsonText(text);
    if (value === undefined) firstInvalid ||= line;
    else if (isRecord(value)) collectKeys(value, header, limit);
  }
  const table =
    header.size > 0
      ? sink.beginTable({ surface: 'cells', shape: 'records', header: header.keys, lettered: false, entry: input.entry })
      : undefined;
  try {
    for await (const { text, line } of lines(input)) {
      if (!text.trim()) continue;
      const value = exceedsDepth(text, limit) ? undefined : parseJsonText(text);
      if (value === undefined) {
        emitProse(sink, text, { surface: 'text', line, entry: input.entry });
        continue;
      }
      const where = { entry: input.entry, maxDepth: limit, lines: jsonLineFinder(text, line) };
      if (isRecord(value) && table) {
        table.row(line, recordCells(value, header, limit));
      } else {
        walkStructured(value, sink, where);
      }
    }
  } finally {
    table?.end();
  }
  if (tooDeep) throw new ReadError('too-deep', `line ${tooDeep} nests deeper than ${limit} levels`);
  if (firstInvalid) throw new ReadError('corrupt', `line ${firstInvalid} is not valid JSON`);
};

/** The whole input as text (JSON needs the whole document). */
export async function readWholeText(input: ReaderInput): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of decodeStream(input)) parts.push(chunk);
  return parts.join('').replace(/^\ufeff/, '');
}

/** Parsed JSON, or undefined when the text is not JSON (the engine's message is dropped). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether brackets nest deeper than `limit` outside strings (checked before parsing). */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > limit) return true;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The walk over parsed values (JSON, YAML, front matter, JSON script blocks).

export interface WalkOptions {
  entry?: string;
  maxDepth: number;
  /** Finds the source line of a scalar, when it can. */
  lines?: LineFinder;
  /** Line added to found lines (for a document embedded in a larger file). */
  lineOffset?: number;
}

/** Finds scalars in the source text in document order; returns 1-based lines or undefined. */
export interface LineFinder {
  lineOf(value: string | number | boolean): number | undefined;
}

/**
 * A line finder over JSON text: it looks for the JSON spelling of a value from where the last
 * value was found, so repeated values resolve to successive places.
 */
export function jsonLineFinder(text: string, firstLine: number): LineFinder {
  return textLineFinder(text, firstLine, (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
}

export function textLineFinder(text: string, firstLine: number, spell: (v: string | number | boolean) => string): LineFinder {
  let cursor = 0;
  let line = firstLine;
  return {
    lineOf(value) {
      const needle = spell(value);
      if (!needle) return undefined;
      const at = text.indexOf(needle, cursor);
      if (at < 0) return undefined;
      line += countNewlines(text, cursor, at);
      cursor = at;
      return line;
    },
  };
}

type Scalar = string | number | boolean | null;
interface Work {
  value: unknown;
  depth: number;
}

/** Walk a parsed value into tables and prose. */
export function walkStructured(value: unknown, sink: ContentSink, options: WalkOptions): void {
  walkWork([{ value, depth: 0 }], sink, options);
}

function walkWork(initial: Work[], sink: ContentSink, options: WalkOptions): void {
  // A stack of pending containers, taken in document order (pushed in reverse).
  const stack: Work[] = initial.reverse();
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > options.maxDepth) throw new ReadError('too-deep', `data nests deeper than ${options.maxDepth} levels`);
    const children: Work[] = [];
    if (Array.isArray(value)) {
      if (isRecordArray(value)) emitRecords(value, undefined, depth, sink, options);
      else if (isRowArray(value)) emitGrid(value as unknown[][], sink, options);
      else
        emitScalars(
          value.map((v) => [undefined, v] as const),
          depth,
          sink,
          options,
          children,
        );
    } else if (isRecord(value)) {
      const keys = Object.keys(value);
      const columns = columnLayout(value, keys);
      if (columns) emitColumns(columns, sink, options);
      else if (isRecordMap(value, keys))
        emitRecords(
          keys.map((k) => value[k]),
          keys,
          depth,
          sink,
          options,
        );
      else
        emitScalars(
          keys.map((k) => [k, value[k]] as const),
          depth,
          sink,
          options,
          children,
        );
    } else if (isScalar(value) && value !== null) {
      emitProseLines([String(value)], firstLine(options, [value]), sink, options);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Scalars of one container as prose lines (`key: value`); containers go on as children. */
function emitScalars(
  members: ReadonlyArray<readonly [string | undefined, unknown]>,
  depth: number,
  sink: ContentSink,
  options: WalkOptions,
  children: Work[],
): void {
  const texts: string[] = [];
  const scalars: Array<string | number | boolean> = [];
  for (const [key, v] of members) {
    if (isScalar(v)) {
      if (v === null) continue;
      texts.push(key === undefined ? String(v) : `${key}: ${String(v)}`);
      scalars.push(v);
    } else {
      if (key !== undefined) texts.push(`${key}:`);
      children.push({ value: v, depth: depth + 1 });
    }
  }
  if (scalars.length > 0 || texts.length > 0) emitProseLines(texts, firstLine(options, scalars), sink, options);
}

function emitProseLines(texts: readonly string[], line: number | undefined, sink: ContentSink, options: WalkOptions): void {
  if (texts.length === 0) return;
  emitProse(sink, texts.join('\n'), { surface: 'text', entry: options.entry, ...(line !== undefined ? { line } : {}) });
}

function firstLine(options: WalkOptions, scalars: ReadonlyArray<Scalar>): number | undefined {
  if (!options.lines) return undefined;
  let found: number | undefined;
  // Every scalar is looked up so the finder's cursor keeps pace with the document.
  for (const s of scalars) {
    if (s === null) continue;
    const line = options.lines.lineOf(s);
    if (found === undefined && line !== undefined) found = line;
  }
  return found === undefined ? undefined : found + (options.lineOffset ?? 0);
}

/**
 * Records as one table. `keys`, for a map of records (`{"id1": {...}, "id2": {...}}`), are the
 * map's keys: they go in a first column named MAP_KEY_COLUMN, since they are often the identifier.
 */
function emitRecords(
  records: readonly unknown[],
  keys: readonly string[] | undefined,
  depth: number,
  sink: ContentSink,
  options: WalkOptions,
): void {
  const header = new KeyIndex();
  if (keys) header.add(MAP_KEY_COLUMN);
  for (const r of records) if (isRecord(r)) collectKeys(r, header, options.maxDepth - depth);
  const table = sink.beginTable({ surface: 'cells', shape: 'records', header: header.keys, lettered: false, entry: options.entry });
  try {
    records.forEach((r, i) => {
      if (!isRecord(r)) return;
      const cells = recordCells(r, header, options.maxDepth - depth);
      // A member of the record named like the key column does not displace the key.
      if (keys) cells[0] = keys[i];
      table.row(i + 1, cells);
    });
  } finally {
    table.end();
  }
}

/** An array of rows (pandas `values`): a grid, so detection finds a header row if there is one. */
function emitGrid(rows: readonly unknown[][], sink: ContentSink, options: WalkOptions): void {
  const table = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: false, entry: options.entry });
  try {
    rows.forEach((row, i) => table.row(i + 1, row.map(gridCell)));
  } finally {
    table.end();
  }
}

/** Column data (pandas `columns` / `split`, R column lists) as a records table. */
function emitColumns(layout: ColumnLayout, sink: ContentSink, options: WalkOptions): void {
  const table = sink.beginTable({ surface: 'cells', shape: 'records', header: layout.header, lettered: false, entry: options.entry });
  try {
    for (let i = 0; i < layout.rowCount; i++) table.row(i + 1, layout.row(i).map(gridCell));
  } finally {
    table.end();
  }
}

function gridCell(v: unknown): CellValue {
  return isScalar(v) ? v : compactText(v);
}

/** Header of the column holding a map's keys (brackets: it cannot be mistaken for a real key path). */
export const MAP_KEY_COLUMN = '(key)';

/** Column names in first-seen order, kept in a Map so no key ever becomes a property. */
class KeyIndex {
  private readonly index = new Map<string, number>();
  readonly keys: string[] = [];
  get size(): number {
    return this.keys.length;
  }
  add(key: string): void {
    if (!this.index.has(key)) {
      this.index.set(key, this.keys.length);
      this.keys.push(key);
    }
  }
  at(key: string): number | undefined {
    return this.index.get(key);
  }
}

/**
 * Flattened members of a record in document order: `a.b` for nested objects, arrays of scalars
 * joined with "; ", an array holding containers as compact JSON text in the one cell (so what
 * is nested under a person, such as their cases, stays on the person's row).
 */
function flatten(record: Record<string, unknown>, maxDepth: number, visit: (key: string, value: CellValue) => void): void {
  const frames: Array<{ prefix: string; object: Record<string, unknown>; keys: string[]; next: number }> = [
    { prefix: '', object: record, keys: Object.keys(record), next: 0 },
  ];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.keys.length) {
      frames.pop();
      continue;
    }
    const name = frame.keys[frame.next++]!;
    const key = frame.prefix + name;
    const v = frame.object[name];
    if (isRecord(v)) {
      if (frames.length >= maxDepth) throw new ReadError('too-deep', `data nests deeper than the limit`);
      frames.push({ prefix: `${key}.`, object: v, keys: Object.keys(v), next: 0 });
    } else if (Array.isArray(v)) {
      visit(key, v.every(isScalar) ? v.filter((x) => x !== null).join('; ') : compactText(v));
    } else visit(key, isScalar(v) || v instanceof Date ? v : String(v));
  }
}

function collectKeys(record: Record<string, unknown>, header: KeyIndex, maxDepth: number): void {
  flatten(record, maxDepth, (key) => header.add(key));
}

function recordCells(record: Record<string, unknown>, header: KeyIndex, maxDepth: number): CellValue[] {
  const cells: CellValue[] = new Array<CellValue>(header.size);
  flatten(record, maxDepth, (key, value) => {
    const i = header.at(key);
    if (i !== undefined) cells[i] = value;
  });
  return cells;
}

/** Nested data as one line of JSON; a cycle (possible through YAML aliases) gives ''. */
function compactText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * A map of records: at least two members, each an object whose members are mostly the same
 * names as the first one's (at least half in common) and which holds no list of objects
 * itself. Sections of a document (`{"meta": {...}, "data": {...}}`) are not records.
 */
function isRecordMap(value: Record<string, unknown>, keys: readonly string[]): boolean {
  if (keys.length < 2) return false;
  let first: Set<string> | undefined;
  for (const k of keys) {
    const v = value[k];
    if (!isRecord(v)) return false;
    const names = Object.keys(v);
    if (names.length === 0 || names.some((n) => Array.isArray(v[n]) && !(v[n] as unknown[]).every(isScalar))) return false;
    if (!first) {
      first = new Set(names);
      continue;
    }
    let shared = 0;
    for (const n of names) if (first.has(n)) shared++;
    if (shared * 2 < Math.max(names.length, first.size)) return false;
  }
  return true;
}

/** An array whose non-null elements are all objects, with at least one. */
function isRecordArray(v: readonly unknown[]): boolean {
  let objects = 0;
  for (const x of v) {
    if (x === null) continue;
    if (!isRecord(x)) return false;
    objects++;
  }
  return objects > 0;
}
