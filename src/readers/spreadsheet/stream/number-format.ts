/**
 * Number formats as people see them, for the streaming workbook reader: which cell styles show a
 * number as a date, and which show it as an identifier with fixed digits (`"A"000000000`), so that
 * detection judges the value the sheet displays.
 */
import type { CellValue } from '../../types.js';

/** How a cell style shows numbers: as a date, as an identifier with fixed digits, or plainly. */
export interface NumberStyle {
  date?: boolean;
  prefix?: string;
  suffix?: string;
  digits?: number;
}

/** What a custom number format does to a number, for the formats that matter to detection. */
export function numberStyle(code: string): NumberStyle {
  const section = code.split(';')[0] ?? '';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/[dmyhs]/i.test(bare) && !/^[#0.,\s%]*$/.test(bare)) return { date: true };
  // Literals around a run of zeros only: an identifier shown with fixed digits.
  let prefix = '';
  let suffix = '';
  let digits = 0;
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    let literal: string | undefined;
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return {};
      literal = section.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && i + 1 < section.length) {
      literal = section[++i]!;
    } else if (c === '0') {
      if (suffix) return {};
      digits++;
      continue;
    } else return {};
    if (digits) suffix += literal;
    else prefix += literal;
  }
  if (digits && (prefix || suffix || digits >= 7)) return { prefix, suffix, digits };
  return {};
}

/** A number as its style shows it: a Date, the identifier text it displays, or the number. */
export function styled(n: number, style: NumberStyle | undefined, date1904: boolean): CellValue {
  if (!style) return n;
  if (style.date) {
    if (!Number.isFinite(n) || n < 0 || n > 2_958_465) return n;
    return new Date(Math.round((n + (date1904 ? 1462 : 0) - 25_569) * 86_400_000));
  }
  if (style.digits && Number.isSafeInteger(n) && n >= 0) return fixedDigits(n, style.digits, style.prefix ?? '', style.suffix ?? '');
  return n;
}

const ZEROS = '0'.repeat(32);

/** `n` shown with at least `digits` digits between its literals (a plain concatenation: this runs for every such cell). */
function fixedDigits(n: number, digits: number, prefix: string, suffix: string): string {
  const text = String(n);
  const pad = digits - text.length;
  if (pad <= 0) return prefix + text + suffix;
  return prefix + (pad <= ZEROS.length ? ZEROS.slice(0, pad) : '0'.repeat(pad)) + text + suffix;
}
