/**
 * User-configured recognizers, compiled defensively: an invalid pattern is ignored, and every
 * test runs on bounded input so that a catastrophic pattern cannot run away on a long cell.
 */
import type { ColumnKind } from '../core/model.js';
import type { CustomRecognizer } from '../config/scan-options.js';
import { COLUMN_KINDS } from '../core/model.js';
import { normaliseHeader } from './headers.js';

/** Longest text a user pattern is ever run on. */
export const CUSTOM_MAX_INPUT = 128;

export interface CompiledCustom {
  id: string;
  kind: ColumnKind;
  /** Whole-cell test. */
  test?: (text: string) => boolean;
  /** Global variant for prose. */
  prose?: RegExp;
  headers: Set<string>;
}

export function compileCustom(recognizers: readonly CustomRecognizer[] | undefined): CompiledCustom[] {
  const out: CompiledCustom[] = [];
  for (const r of recognizers ?? []) {
    if (!r || typeof r !== 'object') continue;
    const kind: ColumnKind = r.kind && (COLUMN_KINDS as readonly string[]).includes(r.kind) ? r.kind : 'subject-id';
    let whole: RegExp | undefined;
    let prose: RegExp | undefined;
    if (typeof r.pattern === 'string' && r.pattern.length > 0 && r.pattern.length <= 500 && !looksCatastrophic(r.pattern)) {
      try {
        whole = new RegExp(`^(?:${r.pattern})$`, 'u');
        prose = new RegExp(r.pattern, 'gu');
      } catch {
        try {
          whole = new RegExp(`^(?:${r.pattern})$`);
          prose = new RegExp(r.pattern, 'g');
        } catch {
          whole = undefined;
          prose = undefined;
        }
      }
      // A pattern that matches the empty string would flag every cell: ignore it.
      if (whole && whole.test('')) {
        whole = undefined;
        prose = undefined;
      }
    }
    const headerList: unknown[] = Array.isArray(r.headers) ? r.headers : typeof r.headers === 'string' ? [r.headers] : [];
    const headers = new Set(
      headerList
        .filter((h): h is string => typeof h === 'string')
        .map(normaliseHeader)
        .filter(Boolean),
    );
    if (!whole && !headers.size) continue;
    const re = whole;
    out.push({
      id: typeof r.id === 'string' ? r.id : 'custom',
      kind,
      test: re ? (text) => text.length > 0 && text.length <= CUSTOM_MAX_INPUT && re.test(text) : undefined,
      prose,
      headers,
    });
  }
  return out;
}

/**
 * A cheap star-height check: a quantified group that itself contains a quantifier ("(a+)+", "(a|aa)*",
 * "(\\w*x?)*") or a back-reference can backtrack exponentially. Such patterns are ignored; the
 * worker's wall-clock limit is the backstop for anything this misses.
 */
export function looksCatastrophic(pattern: string): boolean {
  if (/\\[1-9]|\\k</.test(pattern)) return true;
  const stack: boolean[] = [];
  let inner = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      i = close < 0 ? pattern.length : close;
      continue;
    }
    if (c === '(') {
      stack.push(inner);
      inner = false;
    } else if (c === ')') {
      const groupHasQuantifier: boolean = inner;
      inner = stack.pop() ?? false;
      const next = pattern[i + 1];
      const quantified = next === '*' || next === '+' || next === '{';
      if (quantified && groupHasQuantifier) return true;
      inner ||= groupHasQuantifier || quantified;
    } else if (c === '*' || c === '+' || c === '{' || c === '|') {
      inner = true; // a quantifier, or an alternation (overlapping branches backtrack too)
    }
  }
  return false;
}

/**
 * Count matches of a custom pattern in prose. The pattern only ever runs on bounded windows
 * (twice CUSTOM_MAX_INPUT characters, so a catastrophic pattern cannot run away on a long line),
 * and the windows overlap so that a match with spaces in it ("LC 1234567") is seen whole: each
 * window counts only the matches that start in its first half, the next window the rest.
 */
export function countCustomInProse(custom: CompiledCustom, text: string): number {
  const re = custom.prose;
  if (!re) return 0;
  const step = CUSTOM_MAX_INPUT;
  let count = 0;
  for (let start = 0; start < text.length; start += step) {
    const window = text.slice(start, start + 2 * step);
    const last = start + step >= text.length;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!last && m.index >= step) break;
      count++;
    }
  }
  return count;
}
