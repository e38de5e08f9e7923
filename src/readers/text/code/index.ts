/**
 * Source code (JavaScript/TypeScript and JSX, Python, R, Ruby, PHP, SQL, shell) read as what a
 * person could hide data in, never as delimited text:
 * - string literals, comments, JSX text and PHP's inline HTML are prose, with their lines;
 * - data literals are tables (an array of objects, a JSON object assigned to a variable, a
 *   dict of columns, an R data frame, SQL `INSERT ... VALUES`), walked like JSON (json.ts);
 * - a string that is itself JSON (bundlers ship data as `JSON.parse('...')`) is walked too;
 * - identifiers, operators and numbers outside literals are code, not prose (a float such as
 *   `621987552E5` in a minified bundle is no identifier), except plain integers beside strings;
 * - a line with several words or numbers and no code punctuation at all (a roster pasted into
 *   a script, a CSV named .py) is prose as it stands, so nothing written outside strings hides.
 * Shell scripts are prose as a whole (their unquoted words are data).
 */
import { countNewlines, emitProse, readText } from '../text.js';
import { readWholeText, exceedsDepth, parseJsonText, walkStructured, type LineFinder } from '../json.js';
import type { ContentSink, Reader } from '../../types.js';
import { LiteralFinder, type Placed } from './literals.js';
import { InsertReader } from './sql.js';
import { tokenize, type Language, type Token } from './tokenize.js';
import { languageByContent, languageByName, type CodeKind } from './languages.js';

export { languageByContent, languageByName, type CodeKind } from './languages.js';

export const readCode: Reader = async (input, sink, context) => {
  const kind = languageByName(input.name) ?? { language: 'js', jsx: false };
  if (kind.language === 'sh') {
    await readText(input, sink, context);
    return;
  }
  const text = await readWholeText(input);
  const resolved: CodeKind = languageByName(input.name) ? kind : (languageByContent(text) ?? kind);
  readSource(text, resolved, sink, { entry: input.entry, maxDepth: context.limits.maxNestingDepth });
};

export interface SourceOptions {
  entry?: string;
  maxDepth: number;
  /** Added to every line (source embedded in a larger file, such as a notebook cell). */
  lineOffset?: number;
}

/** One token of a class list or a key: lower case, digits and the punctuation CSS classes use. */
const CLASS_TOKEN = /^[a-z0-9!][a-z0-9:/.[\]%#_!-]*$/;

/**
 * A string of CSS classes or keys ("font-heading text-2xl mb-4", "bg-white border"): every
 * token lower case with no letter of a name's shape, at least one with a hyphen or a digit,
 * and none a value (a date, a number, a long run of digits).
 * Not prose: it would run into the text on its line ("… mb-4 Asylum Grants vs Denials").
 */
function isClassList(piece: string): boolean {
  // A value in lower case is never taken for classes: a long run of digits ("a123456789"), a
  // token of digits and separators only (a date, a number).
  if (/\d{5,}/.test(piece)) return false;
  const tokens = piece.trim().split(/\s+/);
  if (tokens.length > 200) return false;
  return tokens.every((t) => CLASS_TOKEN.test(t) && !/^[\d./:-]+$/.test(t)) && tokens.some((t) => /[-\d:]/.test(t));
}

/** Punctuation that only code has: a line without any of it is not code. */
const CODE_PUNCT = new Set(['=', '(', ')', '{', '}', '[', ']', ';', '=>', '<-', '->', '::', '==', '<', '>', ':']);

/** Read source text of a known language into the sink. */
export function readSource(text: string, kind: CodeKind, sink: ContentSink, options: SourceOptions): void {
  const offset = options.lineOffset ?? 0;
  const pieces: Array<{ line: number; text: string }> = [];
  const lineWords: number[] = [];
  const linePunct: number[] = [];
  const addProse = (piece: string, line: number) => {
    if (!piece.trim() || isClassList(piece)) return;
    if (looksLikeJsonData(piece) && walkJsonString(piece, line + offset, sink, options)) return;
    pieces.push({ line, text: piece });
  };
  const finder = new LiteralFinder(
    {
      onData: (value, scalars, line) => emitData(value, scalars, line, sink, options),
      onProse: addProse,
    },
    { maxDepth: options.maxDepth, language: kind.language },
  );
  const inserts = kind.language === 'sql' ? new InsertReader(sink, options.entry) : undefined;
  const count = (token: Token) => {
    if (token.kind === 'word' || token.kind === 'number') lineWords[token.line] = (lineWords[token.line] ?? 0) + 1;
    else if (token.kind !== 'string' && (token.kind !== 'punct' || CODE_PUNCT.has(token.text)))
      linePunct[token.line] = (linePunct[token.line] ?? 0) + 1;
  };
  try {
    for (const token of tokenize(text, kind.language, { jsx: kind.jsx })) {
      if (token.kind === 'comment' || token.kind === 'text') {
        addProse(token.text, token.line);
        continue;
      }
      count(token);
      if (inserts?.take(token)) continue;
      finder.push(token);
    }
  } finally {
    finder.finish();
    inserts?.finish();
    emitPieces(text, pieces, lineWords, linePunct, sink, options);
  }
}

/** Prose pieces in line order; a line of words with no code punctuation is taken whole. */
function emitPieces(
  text: string,
  pieces: Array<{ line: number; text: string }>,
  lineWords: number[],
  linePunct: number[],
  sink: ContentSink,
  options: SourceOptions,
): void {
  const offset = options.lineOffset ?? 0;
  const stray = new Set<number>();
  lineWords.forEach((words, line) => {
    if (words >= 3 && !linePunct[line]) stray.add(line);
  });
  // A stray line already carries its own strings: its pieces give way to the whole line.
  const kept: Array<{ line: number; text: string }> = stray.size ? pieces.filter((p) => !stray.has(p.line)) : pieces;
  if (stray.size) {
    const lines = text.split('\n');
    for (const line of stray) kept.push({ line, text: lines[line - 1] ?? '' });
  }
  kept.sort((a, b) => a.line - b.line);
  // Pieces on nearby lines go out together, line breaks in place, so that a sentence split over
  // strings on consecutive lines is read as one text.
  let chunk: string[] = [];
  let first = 0;
  let current = 0;
  let size = 0;
  const flush = () => {
    if (chunk.length) emitProse(sink, chunk.join(''), { surface: 'text', line: first + offset, entry: options.entry, fromCode: true });
    chunk = [];
    size = 0;
  };
  for (const p of kept) {
    if (chunk.length && (p.line - current > 20 || size > 256 * 1024)) flush();
    if (!chunk.length) first = current = p.line;
    else if (p.line > current) {
      chunk.push('\n'.repeat(p.line - current));
      current = p.line;
    } else chunk.push(' ');
    chunk.push(p.text);
    size += p.text.length;
    current += countNewlines(p.text);
  }
  flush();
}

/** A string that holds a JSON array or object (bundlers ship data as `JSON.parse('[...]')`). */
function looksLikeJsonData(text: string): boolean {
  const t = text.trimStart();
  return t.length >= 16 && (/^\{\s*"/.test(t) || /^\[\s*[[{"]/.test(t));
}

function walkJsonString(text: string, line: number, sink: ContentSink, options: SourceOptions): boolean {
  if (exceedsDepth(text, options.maxDepth)) return false;
  const value = parseJsonText(text);
  if (value === undefined || value === null || typeof value !== 'object') return false;
  emitValue(value, undefined, line, sink, options);
  return true;
}

/** A literal found in code: skipped when it holds no text at all (only numbers and booleans). */
function emitData(value: unknown, scalars: readonly Placed[], line: number, sink: ContentSink, options: SourceOptions): void {
  const hasKeys = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
  if (!hasKeys && !scalars.some((s) => typeof s.value === 'string') && !containsObject(value)) return;
  emitValue(value, placedFinder(scalars), line + (options.lineOffset ?? 0), sink, options);
}

function containsObject(value: unknown): boolean {
  return Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
}

/** The JSON walk: records, column layouts and lists of rows are tables, the rest prose. */
function emitValue(value: unknown, lines: LineFinder | undefined, line: number, sink: ContentSink, options: SourceOptions): void {
  walkStructured(value, sink, {
    entry: options.entry,
    maxDepth: options.maxDepth,
    lines: lines ?? fixedLine(line),
    lineOffset: lines ? (options.lineOffset ?? 0) : 0,
  });
}

function fixedLine(line: number): LineFinder {
  return { lineOf: () => line };
}

/** Lines of a literal's scalars, looked up in document order (a bounded look-ahead). */
function placedFinder(scalars: readonly Placed[]): LineFinder {
  let cursor = 0;
  return {
    lineOf(value) {
      // The walk takes an object's own scalars before its children's: look ahead, then back.
      const wanted = String(value);
      for (let i = cursor; i < scalars.length && i < cursor + 1000; i++) {
        if (String(scalars[i]!.value) === wanted) {
          cursor = i + 1;
          return scalars[i]!.line;
        }
      }
      for (let i = Math.max(0, cursor - 1000); i < cursor; i++) if (String(scalars[i]!.value) === wanted) return scalars[i]!.line;
      return undefined;
    },
  };
}

export type { Language };
