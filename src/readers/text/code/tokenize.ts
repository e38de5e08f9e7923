/**
 * A bounded, hand-written tokenizer for source code: JavaScript/TypeScript (with JSX and
 * template literals), Python, R, Ruby, PHP, SQL and shell. It never executes or evaluates
 * anything; it only tells strings, comments and text (JSX text, PHP's inline HTML) apart from
 * identifiers, numbers and punctuation, with the 1-based line each token starts on.
 *
 * One pass, no backtracking: every character is looked at a bounded number of times. Text the
 * tokenizer cannot make sense of (an unclosed string or comment) runs to the end of the file as
 * that token, so nothing is lost. Nesting (templates in JSX in templates) is a mode stack with
 * a cap; past the cap the rest of the file is one text token.
 */

export type Language = 'js' | 'ts' | 'py' | 'r' | 'rb' | 'php' | 'sql' | 'sh';

export type TokenKind =
  /** A string literal's content (escapes decoded). */
  | 'string'
  /** Text a reader sees that is not a literal: JSX text, PHP's inline HTML. */
  | 'text'
  | 'comment'
  /** A numeric literal as written. */
  | 'number'
  /** An identifier or keyword (also an SQL quoted identifier). */
  | 'word'
  | 'punct'
  /** `${` of a template or `{` of a JSX expression: code until the matching code-close. */
  | 'code-open'
  | 'code-close'
  /** Something that is code but no literal (a regular expression, a JSX tag). */
  | 'opaque';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
}

/** Deepest nesting of templates and JSX the tokenizer follows. */
const MAX_MODES = 256;

const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
  'and',
  'or',
  'not',
  'when',
  'if',
  'unless',
  'while',
]);
const MULTI_PUNCT = ['...', '=>', '<-', '->', '::', '<<', '>>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.'];
const PY_PREFIX = /^(?:[rbuf]|rb|br|fr|rf)$/i;

type Mode =
  | { kind: 'code'; braces: number; closes?: 'template' | 'jsx' }
  | { kind: 'template' }
  /** JSX: element depth, and whether the tokenizer is inside a tag (`<div ...>`) or in children. */
  | { kind: 'jsx'; depth: number; inTag: boolean; closing: boolean };

const isDigit = (c: number) => c >= 48 && c <= 57;
const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
const isIdentPart = (c: number) => isIdentStart(c) || isDigit(c);
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;

export function* tokenize(text: string, language: Language, options: { jsx?: boolean } = {}): Generator<Token> {
  const t = new Tokenizer(text, language, options.jsx ?? false);
  yield* t.run();
}

class Tokenizer {
  private pos = 0;
  private line = 1;
  private modes: Mode[] = [{ kind: 'code', braces: 0 }];
  /** The last token that was not a comment: decides regex versus division, JSX versus less-than. */
  private last: Token | undefined;
  /** Heredoc terminators waiting for the end of the current line. */
  private heredocs: Array<{ id: string; indented: boolean }> = [];
  private readonly hashComments: boolean;

  constructor(
    private readonly src: string,
    private readonly lang: Language,
    private readonly jsx: boolean,
  ) {
    this.hashComments = lang === 'py' || lang === 'r' || lang === 'rb' || lang === 'sh' || lang === 'php';
  }

  *run(): Generator<Token> {
    if (this.lang === 'php') yield* this.phpOutside();
    while (this.pos < this.src.length) {
      const mode = this.modes[this.modes.length - 1]!;
      if (this.modes.length > MAX_MODES) {
        yield this.make('text', this.src.slice(this.pos), this.line);
        this.pos = this.src.length;
        return;
      }
      if (mode.kind === 'template') yield* this.template();
      else if (mode.kind === 'jsx') yield* this.jsxStep(mode);
      else yield* this.codeStep(mode);
    }
  }

  private make(kind: TokenKind, text: string, line: number): Token {
    const token = { kind, text, line };
    if (kind !== 'comment') this.last = token;
    return token;
  }

  private advanceTo(end: number): string {
    const s = this.src.slice(this.pos, end);
    for (let i = this.src.indexOf('\n', this.pos); i >= 0 && i < end; i = this.src.indexOf('\n', i + 1)) this.line++;
    this.pos = end;
    return s;
  }

  /** PHP: everything outside `<?php ... ?>` is inline HTML, read as text. */
  private *phpOutside(): Generator<Token> {
    const open = this.src.indexOf('<?', this.pos);
    const end = open < 0 ? this.src.length : open;
    const line = this.line;
    const html = this.advanceTo(end);
    if (html.trim()) yield this.make('text', html, line);
    if (open >= 0) this.pos += this.src.startsWith('<?php', this.pos) ? 5 : this.src.startsWith('<?=', this.pos) ? 3 : 2;
  }

  private regexAllowed(): boolean {
    const last = this.last;
    if (!last) return true;
    if (last.kind === 'word') return REGEX_AFTER_WORDS.has(last.text);
    if (last.kind === 'punct') return !(last.text === ')' || last.text === ']' || last.text === '}');
    return last.kind === 'code-open' || last.kind === 'opaque';
  }

  private *codeStep(mode: Extract<Mode, { kind: 'code' }>): Generator<Token> {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === 10) {
      this.pos++;
      this.line++;
      if (this.heredocs.length) yield* this.heredocBodies();
      return;
    }
    if (isSpace(c)) {
      this.pos++;
      return;
    }
    const line = this.line;
    const ch = src[this.pos]!;
    const next = src[this.pos + 1];
    // Comments.
    if (
      (ch === '/' &&
        next === '/' &&
        this.lang !== 'py' &&
        this.lang !== 'r' &&
        this.lang !== 'sh' &&
        this.lang !== 'sql' &&
        this.lang !== 'rb') ||
      (ch === '-' && next === '-' && this.lang === 'sql')
    ) {
      const end = this.lineEnd(this.pos);
      yield this.make('comment', this.advanceTo(end).slice(2), line);
      return;
    }
    if (ch === '/' && next === '*' && (this.lang === 'js' || this.lang === 'ts' || this.lang === 'php' || this.lang === 'sql')) {
      const close = src.indexOf('*/', this.pos + 2);
      const end = close < 0 ? src.length : close + 2;
      yield this.make('comment', this.advanceTo(end).slice(2, close < 0 ? undefined : -2), line);
      return;
    }
    if (
      ch === '#' &&
      this.hashComments &&
      !(this.lang === 'php' && next === '[') &&
      !(this.lang === 'sh' && this.pos > 0 && !isSpace(src.charCodeAt(this.pos - 1)))
    ) {
      const end = this.lineEnd(this.pos);
      yield this.make('comment', this.advanceTo(end).slice(1), line);
      return;
    }
    if (this.lang === 'rb' && ch === '=' && src.startsWith('=begin', this.pos) && (this.pos === 0 || src[this.pos - 1] === '\n')) {
      const close = src.indexOf('\n=end', this.pos);
      const end = close < 0 ? src.length : this.lineEnd(close + 1);
      yield this.make('comment', this.advanceTo(end), line);
      return;
    }
    if (this.lang === 'php' && ch === '?' && next === '>') {
      this.pos += 2;
      yield this.make('punct', ';', line);
      yield* this.phpOutside();
      return;
    }
    // Strings.
    if (
      ch === '"' ||
      ch === "'" ||
      (ch === '`' && (this.lang === 'js' || this.lang === 'ts' || this.lang === 'sh' || this.lang === 'rb'))
    ) {
      if (ch === '`' && (this.lang === 'js' || this.lang === 'ts')) {
        this.pos++;
        this.modes.push({ kind: 'template' });
        return;
      }
      if (this.lang === 'sql' && ch === '"') {
        // A quoted identifier.
        yield this.make('word', this.quoted(ch, false, true), line);
        return;
      }
      if (this.lang === 'py' && src.startsWith(ch.repeat(3), this.pos)) {
        yield this.make('string', this.tripleQuoted(ch, false), line);
        return;
      }
      const singleLine = this.lang === 'js' || this.lang === 'ts' || this.lang === 'py';
      yield this.make('string', this.quoted(ch, singleLine, this.lang === 'sql'), line);
      return;
    }
    if (this.lang === 'sql' && ch === '`') {
      yield this.make('word', this.quoted(ch, false, true), line);
      return;
    }
    if (this.lang === 'sql' && ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(src.slice(this.pos, this.pos + 64));
      if (tag) {
        const close = src.indexOf(tag[0], this.pos + tag[0].length);
        const end = close < 0 ? src.length : close + tag[0].length;
        const body = this.advanceTo(end);
        yield this.make('string', body.slice(tag[0].length, close < 0 ? undefined : -tag[0].length), line);
        return;
      }
    }
    // Heredocs (Ruby, PHP, shell): the body starts on the next line.
    if (ch === '<' && next === '<' && (this.lang === 'rb' || this.lang === 'php' || this.lang === 'sh')) {
      const m = /^<<<?([~-]?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(src.slice(this.pos, this.pos + 80));
      if (m && (this.lang !== 'rb' || /^[A-Z_]/.test(m[3]!))) {
        this.pos += m[0].length;
        this.heredocs.push({ id: m[3]!, indented: m[1] !== '' || this.lang === 'php' });
        this.last = { kind: 'punct', text: '<<', line };
        return;
      }
    }
    // Numbers.
    if (isDigit(c) || (ch === '.' && next !== undefined && isDigit(next.charCodeAt(0)))) {
      let end = this.pos + 1;
      while (end < src.length) {
        const d = src.charCodeAt(end);
        if (isIdentPart(d) || d === 46) end++;
        else if ((d === 43 || d === 45) && /[eE]/.test(src[end - 1]!) && !/^0[xX]/.test(src.slice(this.pos, end))) end++;
        else break;
      }
      yield this.make('number', this.advanceTo(end), line);
      return;
    }
    // Identifiers (PHP variables keep their `$`; R names may hold dots).
    if (isIdentStart(c) || (this.lang === 'r' && ch === '.' && next !== undefined && isIdentStart(next.charCodeAt(0)))) {
      let end = this.pos + 1;
      while (end < src.length && (isIdentPart(src.charCodeAt(end)) || (this.lang === 'r' && src[end] === '.'))) end++;
      const word = src.slice(this.pos, end);
      const after = src[end];
      if (this.lang === 'py' && (after === '"' || after === "'") && PY_PREFIX.test(word)) {
        this.pos = end;
        const raw = /r/i.test(word);
        yield this.make(
          'string',
          src.startsWith(after.repeat(3), end) ? this.tripleQuoted(after, raw) : this.quoted(after, true, false, raw),
          line,
        );
        return;
      }
      this.pos = end;
      yield this.make('word', word, line);
      return;
    }
    if (this.lang === 'r' && ch === '`') {
      yield this.make('word', this.quoted('`', false, false, true), line);
      return;
    }
    // Regular expressions (JavaScript, Ruby): opaque.
    if (ch === '/' && (this.lang === 'js' || this.lang === 'ts' || this.lang === 'rb') && this.regexAllowed()) {
      const end = this.regexEnd(this.pos + 1);
      if (end > 0) {
        this.advanceTo(end);
        yield this.make('opaque', 'regex', line);
        return;
      }
    }
    // JSX.
    if (ch === '<' && this.jsx && this.regexAllowed() && next !== undefined && (next === '>' || isIdentStart(next.charCodeAt(0)))) {
      this.modes.push({ kind: 'jsx', depth: 0, inTag: false, closing: false });
      yield this.make('opaque', 'jsx', line);
      return;
    }
    // Braces that end an embedded expression.
    if (ch === '{') mode.braces++;
    if (ch === '}') {
      if (mode.braces === 0 && mode.closes) {
        this.pos++;
        this.modes.pop();
        yield this.make('code-close', '}', line);
        return;
      }
      mode.braces = Math.max(0, mode.braces - 1);
    }
    const multi = MULTI_PUNCT.find((p) => src.startsWith(p, this.pos));
    const punct = multi ?? ch;
    this.pos += punct.length;
    yield this.make('punct', punct, line);
  }

  private lineEnd(from: number): number {
    const nl = this.src.indexOf('\n', from);
    return nl < 0 ? this.src.length : nl;
  }

  /** A quoted string from the opening quote; returns its content with escapes decoded. */
  private quoted(quote: string, singleLine: boolean, doubledEscape: boolean, raw = false): string {
    const src = this.src;
    let i = this.pos + 1;
    const out: string[] = [];
    let start = i;
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\' && !raw && !doubledEscape) {
        out.push(src.slice(start, i), decodeEscape(src, i));
        i += escapeLength(src, i);
        start = i;
        continue;
      }
      if (c === quote) {
        if (doubledEscape && src[i + 1] === quote) {
          out.push(src.slice(start, i + 1));
          i += 2;
          start = i;
          continue;
        }
        out.push(src.slice(start, i));
        this.advanceTo(i + 1);
        return out.join('');
      }
      if (c === '\n' && singleLine) break;
      i++;
    }
    // Unclosed: the string runs to the line end (single-line strings) or to the end of the file.
    out.push(src.slice(start, i));
    this.advanceTo(i);
    return out.join('');
  }

  private tripleQuoted(quote: string, raw: boolean): string {
    const fence = quote.repeat(3);
    const close = this.src.indexOf(fence, this.pos + 3);
    const end = close < 0 ? this.src.length : close + 3;
    const body = this.advanceTo(end).slice(3, close < 0 ? undefined : -3);
    return raw ? body : body.replace(/\\(["'\\])/g, '$1');
  }

  /** The end of a regular expression literal starting after its `/`, or -1 when it is not one. */
  private regexEnd(from: number): number {
    const src = this.src;
    let inClass = false;
    for (let i = from; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\n') return -1;
      if (c === '\\') i++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) {
        let end = i + 1;
        while (end < src.length && /[a-z]/i.test(src[end]!)) end++;
        return end;
      }
    }
    return -1;
  }

  /** Bodies of heredocs opened on the line that just ended, each one string token. */
  private *heredocBodies(): Generator<Token> {
    const pending = this.heredocs;
    this.heredocs = [];
    for (const doc of pending) {
      const line = this.line;
      const bodyStart = this.pos;
      let at = bodyStart;
      let end = this.src.length;
      let next = this.src.length;
      while (at < this.src.length) {
        const nl = this.lineEnd(at);
        const text = this.src.slice(at, nl).replace(/\r$/, '');
        const candidate = doc.indented ? text.trim() : text;
        if (candidate === doc.id || (doc.indented && candidate.startsWith(doc.id) && /^[;,)\s]*$/.test(candidate.slice(doc.id.length)))) {
          end = at;
          next = nl;
          break;
        }
        at = nl + 1;
      }
      const body = this.src.slice(bodyStart, end);
      this.advanceTo(Math.min(next, this.src.length));
      yield this.make('string', body, line);
    }
  }

  /** Inside a template literal: static text up to `${` or the closing backtick. */
  private *template(): Generator<Token> {
    const src = this.src;
    const line = this.line;
    const out: string[] = [];
    let i = this.pos;
    let start = i;
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\') {
        out.push(src.slice(start, i), decodeEscape(src, i));
        i += escapeLength(src, i);
        start = i;
      } else if (c === '`') {
        out.push(src.slice(start, i));
        this.advanceTo(i + 1);
        this.modes.pop();
        yield this.make('string', out.join(''), line);
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        out.push(src.slice(start, i));
        this.advanceTo(i + 2);
        const text = out.join('');
        if (text) yield this.make('string', text, line);
        this.modes.push({ kind: 'code', braces: 0, closes: 'template' });
        yield this.make('code-open', '${', this.line);
        return;
      } else i++;
    }
    out.push(src.slice(start, i));
    this.advanceTo(i);
    this.modes.pop();
    yield this.make('string', out.join(''), line);
  }

  /** One step of JSX: a tag's name and attributes, or children text. */
  private *jsxStep(mode: Extract<Mode, { kind: 'jsx' }>): Generator<Token> {
    const src = this.src;
    if (!mode.inTag) {
      // Children (or the start of the root tag).
      if (mode.depth > 0) {
        let end = this.pos;
        while (end < src.length && src[end] !== '<' && src[end] !== '{') end++;
        const line = this.line;
        const text = this.advanceTo(end);
        if (text.trim()) yield this.make('text', text, line);
        if (end >= src.length) return;
        if (src[end] === '{') {
          this.pos++;
          this.modes.push({ kind: 'code', braces: 0, closes: 'jsx' });
          yield this.make('code-open', '{', this.line);
          return;
        }
      }
      // At `<`.
      this.pos++;
      mode.inTag = true;
      mode.closing = src[this.pos] === '/';
      if (mode.closing) this.pos++;
      const name = /^[A-Za-z0-9_$.:-]*/.exec(src.slice(this.pos, this.pos + 200))![0];
      this.pos += name.length;
      return;
    }
    // Inside a tag: attributes up to `>` or `/>`.
    const c = src[this.pos]!;
    if (c === '\n') {
      this.line++;
      this.pos++;
      return;
    }
    if (isSpace(c.charCodeAt(0))) {
      this.pos++;
      return;
    }
    const line = this.line;
    if (c === '/' && src[this.pos + 1] === '>') {
      this.pos += 2;
      mode.inTag = false;
      if (mode.depth === 0) this.endJsx();
      return;
    }
    if (c === '>') {
      this.pos++;
      mode.inTag = false;
      if (mode.closing) {
        mode.depth--;
        if (mode.depth <= 0) this.endJsx();
      } else mode.depth++;
      return;
    }
    if (c === '"' || c === "'") {
      yield this.make('string', this.quoted(c, false, false, true), line);
      return;
    }
    if (c === '{') {
      this.pos++;
      this.modes.push({ kind: 'code', braces: 0, closes: 'jsx' });
      yield this.make('code-open', '{', line);
      return;
    }
    // An attribute name, `=`, or anything else in a tag.
    let end = this.pos + 1;
    while (end < src.length && !/[\s=/>{"']/.test(src[end]!)) end++;
    this.advanceTo(end);
  }

  private endJsx(): void {
    this.modes.pop();
    this.last = { kind: 'punct', text: ')', line: this.line };
  }
}

function escapeLength(src: string, at: number): number {
  const c = src[at + 1];
  if (c === 'u' && src[at + 2] === '{') {
    const close = src.indexOf('}', at + 3);
    return close > 0 && close - at < 12 ? close - at + 1 : 2;
  }
  if (c === 'u') return /^[0-9a-fA-F]{4}$/.test(src.slice(at + 2, at + 6)) ? 6 : 2;
  if (c === 'x') return /^[0-9a-fA-F]{2}$/.test(src.slice(at + 2, at + 4)) ? 4 : 2;
  if (c === '\r' && src[at + 2] === '\n') return 3;
  return c === undefined ? 1 : 2;
}

function decodeEscape(src: string, at: number): string {
  const c = src[at + 1];
  const n = escapeLength(src, at);
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '\n':
    case '\r':
      return '';
    case 'u':
    case 'x': {
      if (n === 2) return c;
      const hex = src.slice(at + 2, at + n).replace(/[{}]/g, '');
      const code = Number.parseInt(hex, 16);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    case undefined:
      return '';
    default:
      return c;
  }
}
