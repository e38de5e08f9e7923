/**
 * Data literals in source code, found in one pass over the tokens: an array or object literal
 * made only of literals (JS/TS `[{...}]`, a JSON object assigned to a variable, Python dicts,
 * lists and tuples, Ruby and PHP hashes and arrays, R `c()`, `list()`, `data.frame()`,
 * `tibble()`, `tribble()`). Each open bracket starts a frame that stays a literal while its
 * tokens fit the grammar; the first token that does not (a call, an operator, a spread, a
 * function) turns it, and every frame around it, into code. A literal that closes inside code
 * (or at the top) is data and goes to `onData`; what a frame held when it turned into code goes
 * out again: its finished literals as data, its strings as prose (`onProse`).
 *
 * Values are built on null-prototype objects, so a key such as `__proto__` is only ever data.
 */
import type { Language, Token } from './tokenize.js';

export type Scalar = string | number | boolean | null;

/** A scalar with the line it was written on, in document order (for locating findings). */
export interface Placed {
  value: Scalar;
  line: number;
}

export interface LiteralSink {
  /** A finished data literal (never a bare scalar), with its scalars in document order. */
  onData(value: unknown, scalars: readonly Placed[], line: number): void;
  /** A string (or plain integer) that turned out to be part of code. */
  onProse(text: string, line: number): void;
}

/** A value written as an identifier (a variable, a component): known to be there, not what. */
const UNKNOWN = Symbol('unknown');

type FrameKind = 'array' | 'object' | 'tuple' | 'r-call' | 'code';
type State = 'value' | 'after' | 'key' | 'colon';

interface Member {
  key?: string;
  value: unknown;
}

interface Frame {
  kind: FrameKind;
  close: string;
  state: State;
  /** Function name of an R constructor call (`c`, `list`, `data.frame`, ...). */
  call?: string;
  members: Member[];
  scalars: Placed[];
  /** Members that are containers, for emission if the frame turns into code. */
  containers: Array<{ value: unknown; scalars: Placed[]; line: number }>;
  key?: string;
  /** A word just taken as a value, kept for `name =` (R) and `name =>` (PHP, Ruby). */
  pendingWord?: string;
  /** The pending key was a string literal and sits in `scalars`. */
  keyPlaced?: boolean;
  negative: boolean;
  line: number;
}

const LITERAL_WORDS: Record<string, Scalar> = {
  true: true,
  false: false,
  null: null,
  undefined: null,
  None: null,
  True: true,
  False: false,
  nil: null,
  NULL: null,
  TRUE: true,
  FALSE: false,
  NA: null,
  NaN: null,
};

const R_CONSTRUCTORS = new Set(['c', 'list', 'data.frame', 'tibble', 'data_frame', 'data.table', 'tribble', 'structure']);
const OPENERS: Record<string, string> = { '[': ']', '{': '}', '(': ')' };

/** Deepest frame stack kept; deeper brackets are only counted (they are code then). */
export interface LiteralOptions {
  maxDepth: number;
  language: Language;
}

export class LiteralFinder {
  private readonly stack: Frame[] = [];
  /** Brackets opened past the depth limit, not tracked. */
  private overflow = 0;
  private previous: Token | undefined;

  constructor(
    private readonly sink: LiteralSink,
    private readonly options: LiteralOptions,
  ) {}

  /** Feed one token (comments and JSX text are handled by the caller and not fed). */
  push(token: Token): void {
    const prev = this.previous;
    this.previous = token;
    const top = this.stack[this.stack.length - 1];
    if (token.kind === 'code-open') {
      this.open('code', '}', token.line);
      return;
    }
    if (token.kind === 'code-close') {
      this.closeTo('}');
      return;
    }
    if (token.kind === 'punct' && OPENERS[token.text]) {
      this.openBracket(token, prev, top);
      return;
    }
    if (token.kind === 'punct' && (token.text === ']' || token.text === '}' || token.text === ')')) {
      this.closeTo(token.text);
      return;
    }
    if (!top || top.kind === 'code') {
      if (token.kind === 'string') this.sink.onProse(token.text, token.line);
      else if (token.kind === 'number' && /^\d+$/.test(token.text)) this.sink.onProse(token.text, token.line);
      return;
    }
    if (!this.accept(top, token)) {
      this.toCode(this.stack.length - 1);
      if (token.kind === 'string') this.sink.onProse(token.text, token.line);
    }
  }

  /** End of input: every frame still open is code. */
  finish(): void {
    if (this.stack.length) this.toCode(0);
    this.stack.length = 0;
  }

  private openBracket(token: Token, prev: Token | undefined, top: Frame | undefined): void {
    const close = OPENERS[token.text]!;
    const afterValue =
      prev !== undefined &&
      ((prev.kind === 'word' &&
        !(prev.text in LITERAL_WORDS) &&
        !/^(?:return|in|of|yield|await|case|else|do|print|echo|puts|export|default)$/.test(prev.text)) ||
        prev.kind === 'string' ||
        prev.kind === 'number' ||
        (prev.kind === 'punct' && (prev.text === ')' || prev.text === ']')));
    let kind: FrameKind = 'code';
    let call: string | undefined;
    if (token.text === '(') {
      if (prev?.kind === 'word' && this.options.language === 'r' && R_CONSTRUCTORS.has(prev.text)) {
        kind = 'r-call';
        call = prev.text;
      } else if (prev?.kind === 'word' && this.options.language === 'php' && prev.text.toLowerCase() === 'array') kind = 'array';
      else if (!afterValue && this.options.language === 'py') kind = 'tuple';
    } else if (token.text === '[') {
      if (!afterValue || this.options.language === 'r') kind = this.options.language === 'r' ? 'code' : 'array';
    } else if (this.options.language !== 'r' && this.options.language !== 'sh') kind = 'object';
    // Inside a literal, an opening bracket is only a value where a value may stand.
    if (top && top.kind !== 'code' && kind !== 'code') {
      if (top.state !== 'value') {
        // `name(`: a call in a literal (R constructors are values where a value may stand).
        if (!(top.kind === 'r-call' && kind === 'r-call' && top.state === 'after' && prev?.kind === 'word')) kind = 'code';
        else top.key = top.members.pop()?.key; // the constructor's name was taken for an unknown value
      }
    }
    if (top && top.kind !== 'code' && kind === 'code') this.toCode(this.stack.length - 1);
    if (kind === 'r-call' && top && top.kind !== 'code' && top.state === 'after') top.state = 'value';
    this.open(kind, close, token.line, call);
  }

  private open(kind: FrameKind, close: string, line: number, call?: string): void {
    if (this.stack.length >= this.options.maxDepth) {
      this.overflow++;
      if (this.stack.length) this.toCode(0);
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (kind === 'code' && top && top.kind !== 'code') this.toCode(this.stack.length - 1);
    this.stack.push({
      kind,
      close,
      state: kind === 'object' ? 'key' : 'value',
      call,
      members: [],
      scalars: [],
      containers: [],
      negative: false,
      line,
    });
  }

  private closeTo(close: string): void {
    if (this.overflow > 0) {
      this.overflow--;
      return;
    }
    // Mismatched brackets (broken code): frames above the match are code.
    let at = this.stack.length - 1;
    while (at >= 0 && this.stack[at]!.close !== close) at--;
    if (at < 0) return;
    if (at < this.stack.length - 1) this.toCode(at);
    const frame = this.stack.pop()!;
    if (frame.kind === 'code') return;
    if (frame.state === 'colon' || (frame.kind === 'object' && frame.key !== undefined)) {
      // `{a}` (shorthand) or a key with no value: not a literal, nor is what holds it.
      this.turned(frame);
      const parent = this.stack[this.stack.length - 1];
      if (parent && parent.kind !== 'code') this.toCode(this.stack.length - 1);
      return;
    }
    const value = frameValue(frame);
    const parent = this.stack[this.stack.length - 1];
    if (parent && parent.kind !== 'code') {
      if (parent.state !== 'value') {
        this.toCode(this.stack.length - 1);
        this.emitData(value, frame.scalars, frame.line);
        return;
      }
      addMember(parent, value, frame.line);
      parent.state = 'after';
      parent.pendingWord = undefined;
      for (const s of frame.scalars) parent.scalars.push(s);
      parent.containers.push({ value, scalars: frame.scalars, line: frame.line });
      return;
    }
    this.emitData(value, frame.scalars, frame.line);
  }

  /** Frames from `from` to the top are code: what they held goes out as data and prose. */
  private toCode(from: number): void {
    for (let i = from; i < this.stack.length; i++) {
      const frame = this.stack[i]!;
      if (frame.kind === 'code') continue;
      // A frame's finished containers are inside its parent's containers too: only the
      // outermost literal frame emits them (frames above it are emptied as they turn).
      this.turned(frame);
    }
    // Frames below `from` that are literals hold this one as an unfinished member: they are code too.
    for (let i = from - 1; i >= 0; i--) {
      const frame = this.stack[i]!;
      if (frame.kind === 'code') break;
      this.turned(frame);
    }
  }

  private turned(frame: Frame): void {
    if (frame.kind === 'code') return;
    const inContainers = new Set<Placed>();
    for (const c of frame.containers) {
      this.emitData(c.value, c.scalars, c.line);
      for (const s of c.scalars) inContainers.add(s);
    }
    for (const s of frame.scalars) if (!inContainers.has(s) && s.value !== null) this.sink.onProse(String(s.value), s.line);
    frame.kind = 'code';
    frame.members = [];
    frame.scalars = [];
    frame.containers = [];
  }

  private emitData(value: unknown, scalars: readonly Placed[], line: number): void {
    this.sink.onData(value, scalars, line);
  }

  /** Whether `token` fits the literal frame's grammar (and takes it in). */
  private accept(frame: Frame, token: Token): boolean {
    const lang = this.options.language;
    const scalar = scalarOf(token, frame.negative);
    switch (frame.state) {
      case 'value': {
        if (token.kind === 'punct' && token.text === '-' && !frame.negative) {
          frame.negative = true;
          return true;
        }
        if (frame.negative && token.kind !== 'number') return false;
        frame.negative = false;
        if (token.kind === 'punct' && token.text === '~' && frame.call === 'tribble') {
          frame.key = '~';
          return true;
        }
        if (scalar !== undefined) {
          const placed = { value: scalar, line: token.line };
          frame.scalars.push(placed);
          if (frame.key === '~' && typeof scalar === 'string') {
            frame.members.push({ key: '~', value: scalar });
            frame.key = undefined;
          } else addMember(frame, scalar, token.line);
          frame.state = 'after';
          return true;
        }
        if (token.kind === 'word') {
          if (frame.key === '~') {
            frame.members.push({ key: '~', value: token.text });
            frame.key = undefined;
            frame.scalars.push({ value: token.text, line: token.line });
          } else addMember(frame, UNKNOWN, token.line);
          frame.state = 'after';
          frame.pendingWord = token.text;
          return true;
        }
        if (token.kind === 'punct' && token.text === ':' && (lang === 'rb' || lang === 'php')) return true; // :symbol
        return false;
      }
      case 'after': {
        if (token.kind === 'punct' && token.text === ',') {
          frame.state = frame.kind === 'object' ? 'key' : 'value';
          frame.pendingWord = undefined;
          return true;
        }
        if (token.kind === 'string' && frame.kind !== 'object' && (lang === 'py' || lang === 'rb')) {
          // Implicit concatenation of adjacent strings.
          const last = frame.members[frame.members.length - 1];
          if (last && typeof last.value === 'string') {
            last.value += token.text;
            frame.scalars.push({ value: token.text, line: token.line });
            return true;
          }
        }
        if (
          token.kind === 'punct' &&
          token.text === '=>' &&
          (frame.kind === 'array' || frame.kind === 'object') &&
          (lang === 'php' || lang === 'rb')
        ) {
          // PHP / Ruby: `key => value` inside an array literal makes it a map.
          const last = frame.members.pop();
          frame.key = last && last.value !== UNKNOWN ? String(last.value) : (frame.pendingWord ?? '');
          frame.kind = frame.kind === 'array' ? 'object' : frame.kind;
          frame.state = 'value';
          return true;
        }
        if (token.kind === 'punct' && token.text === '=' && frame.kind === 'r-call') {
          // R: `name = value`.
          const last = frame.members.pop();
          frame.key = last && last.value !== UNKNOWN ? String(last.value) : (frame.pendingWord ?? '');
          if (last && last.value !== UNKNOWN) frame.scalars.pop();
          frame.state = 'value';
          return true;
        }
        return false;
      }
      case 'key': {
        if (token.kind === 'punct' && token.text === ':' && (lang === 'rb' || lang === 'php')) return true;
        if (token.kind === 'string' || token.kind === 'word' || token.kind === 'number') {
          if (token.kind === 'word' && token.text.startsWith('$')) return false;
          frame.key = token.text;
          // A quoted key is text a person wrote (prose if this turns out to be code); a bare one is a name.
          frame.keyPlaced = token.kind === 'string';
          if (frame.keyPlaced) frame.scalars.push({ value: token.text, line: token.line });
          frame.state = 'colon';
          return true;
        }
        return false;
      }
      case 'colon': {
        if (token.kind === 'punct' && (token.text === ':' || (token.text === '=>' && (lang === 'rb' || lang === 'php')))) {
          // A key is a name, not a value: keep it out of the prose scalars.
          if (frame.keyPlaced) frame.scalars.pop();
          frame.keyPlaced = false;
          frame.state = 'value';
          return true;
        }
        return false;
      }
    }
    return false;
  }
}

function scalarOf(token: Token, negative: boolean): Scalar | undefined {
  if (token.kind === 'string') return token.text;
  if (token.kind === 'number') return numberValue(token.text, negative);
  if (token.kind === 'word' && Object.hasOwn(LITERAL_WORDS, token.text)) return LITERAL_WORDS[token.text]!;
  return undefined;
}

/**
 * A numeric literal's value. A digit run with a leading zero keeps its spelling (the zero is part
 * of an identifier such as an A-number); anything else (floats, exponents, hex, separators) is the number it denotes, so
 * `621987552E5` is 62198755200000 and never text shaped like an identifier.
 */
export function numberValue(text: string, negative = false): Scalar {
  const clean = text.replace(/_/g, '').replace(/[nNlLjJ]$/, '');
  if (/^0\d+$/.test(clean) && clean.length <= 15) return negative ? `-${clean}` : clean;
  let n = Number(clean);
  if (!Number.isFinite(n) && /^0[oO][0-7]+$/.test(clean)) n = Number.parseInt(clean.slice(2), 8);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

function addMember(frame: Frame, value: unknown, _line: number): void {
  if (frame.kind === 'object' || frame.key !== undefined) {
    frame.members.push({ key: frame.key ?? '', value });
    frame.key = undefined;
  } else frame.members.push({ value });
}

/** The value a closed literal frame stands for. */
function frameValue(frame: Frame): unknown {
  const members = frame.members.map((m) => ({ key: m.key, value: m.value === UNKNOWN ? null : m.value }));
  if (frame.kind === 'object') return objectOf(members);
  if (frame.kind === 'r-call') return rValue(frame.call ?? 'c', members);
  return members.map((m) => m.value);
}

function objectOf(members: readonly Member[]): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const m of members) out[m.key ?? ''] = m.value;
  return out;
}

/** R: `c()` is a vector, `list()` a list (named: an object), a data frame its rows. */
function rValue(call: string, members: readonly Member[]): unknown {
  if (call === 'tribble') {
    const columns = members.filter((m) => m.key === '~').map((m) => String(m.value));
    const values = members.filter((m) => m.key !== '~').map((m) => m.value);
    if (columns.length === 0) return values;
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < values.length; i += columns.length) {
      rows.push(objectOf(columns.map((c, j) => ({ key: c, value: values[i + j] ?? null }))));
    }
    return rows;
  }
  const named = members.length > 0 && members.every((m) => m.key !== undefined && m.key !== '');
  if (call === 'c') return members.flatMap((m) => (Array.isArray(m.value) ? (m.value as unknown[]) : [m.value]));
  if (!named) return members.map((m) => m.value);
  const object = objectOf(members);
  if (call === 'data.frame' || call === 'tibble' || call === 'data_frame' || call === 'data.table') return columnsToRows(object) ?? object;
  if (call === 'structure') return members[0]?.value ?? object;
  return object;
}

/**
 * An R data frame's columns: at least two columns of scalars with the same length (a lone
 * scalar is recycled, as R does) → rows. Other column layouts are the JSON walk's (json-layouts.ts).
 */
function columnsToRows(value: Record<string, unknown>): Record<string, unknown>[] | undefined {
  const keys = Object.keys(value);
  if (keys.length < 2) return undefined;
  let length = 0;
  for (const k of keys) {
    const v = value[k];
    if (Array.isArray(v)) {
      if (!v.every((x) => x === null || typeof x !== 'object')) return undefined;
      if (length && v.length !== length && v.length !== 1) return undefined;
      length = Math.max(length, v.length);
    } else if (v !== null && typeof v === 'object') return undefined;
  }
  if (length < 2) return undefined;
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < length; i++) {
    const row = Object.create(null) as Record<string, unknown>;
    for (const k of keys) {
      const v = value[k];
      row[k] = Array.isArray(v) ? (v.length === 1 ? v[0] : v[i]) : v;
    }
    rows.push(row);
  }
  return rows;
}
