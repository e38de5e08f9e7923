/**
 * The CSV record parser of the delimited reader: `parse(text, hasMoreData)` returns the complete
 * records at the start of `text` and the text it did not consume (the start of a record whose
 * end has not arrived yet), or `undefined` when the text is malformed (a closing quote followed
 * by something other than a delimiter or a line end, or a quote left open at the end of data).
 *
 * It reads exactly as fast-csv 5's synchronous parser does with `{ delimiter, headers: false,
 * ignoreEmpty: false }` (the parser this reader used before; test/readers/text/csv-records.test.ts
 * compares the two on random text), quirks included, so that what detection sees did not change:
 *   - A U+FEFF at the very start of `text` is dropped.
 *   - "Space" is any JavaScript `\s` character other than CR, LF and the delimiter. Space before
 *     the first token of a record is skipped when looking for that token, so a record that is
 *     only space is an empty record, and space before a leading delimiter is lost (`  ,b` is
 *     ['', 'b']); otherwise an unquoted cell keeps its spaces.
 *   - Space before an opening quote and between a closing quote and the delimiter is dropped.
 *   - `""` inside a quoted cell is one quote; a quote inside an unquoted cell is a character.
 *   - Records end at LF, CRLF or a lone CR; with more data to come, a CR at the very end waits.
 *   - With more data to come, a record is complete only once its line end is seen; trailing
 *     space after the last record is left unconsumed.
 * It is about ten times faster than fast-csv's token-by-token scanner, which allocated an object
 * per character and was most of a CSV scan's time: a line with no quote and no lone CR is split
 * on the delimiter at once; only lines with quotes go character by character.
 */

const CR = 13;
const LF = 10;
const QUOTE = 34;
const BOM = 0xfeff;

/** JavaScript's `\s` (WhiteSpace and LineTerminator): checked against the regex in the tests. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === BOM
  );
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

export interface ParsedRecords {
  /** The text not consumed: the start of an unfinished record, or trailing space. */
  line: string;
  rows: string[][];
}

/** Thrown inside the parser only; never leaves it (and carries no text). */
class Malformed {}
const MALFORMED = new Malformed();

/** A held-back record: parsing stops and the record's text is returned unconsumed. */
const HOLD = -1;

export class CsvRecordParser {
  private readonly delimiter: number;
  private readonly delimiterText: string;
  private text = '';
  private n = 0;
  private more = false;
  /** Where the cursor is after the last cell parsed. */
  private cursor = 0;

  constructor(delimiter: string) {
    if (delimiter.length !== 1) throw new TypeError('the delimiter is one character');
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter;
  }

  /** Complete records and the unconsumed rest, or undefined when the text is malformed. */
  parse(text: string, hasMoreData: boolean): ParsedRecords | undefined {
    if (text.charCodeAt(0) === BOM) text = text.slice(1);
    this.text = text;
    this.n = text.length;
    this.more = hasMoreData;
    const rows: string[][] = [];
    const n = this.n;
    const delimiter = this.delimiterText;
    let start = 0;
    // Where the next quote and the next CR are (n: none), found again only once passed.
    let quote = -1;
    let cr = -1;
    try {
      for (;;) {
        const first = this.nextToken(start);
        if (first >= n) break;
        if (quote < start) quote = indexOrEnd(text, '"', start);
        if (cr < start) cr = indexOrEnd(text, '\r', start);
        const lf = text.indexOf('\n', start);
        // A complete line with no quote and no CR but a CRLF end: its cells are what lies between
        // delimiters (what the full parser makes of it too: csv-records.test.ts checks both ways).
        if (lf >= 0 && quote > lf && cr >= lf - 1) {
          const end = cr === lf - 1 ? lf - 1 : lf;
          if (first >= end) rows.push([]);
          else if (text.charCodeAt(first) === this.delimiter) {
            const row = text.slice(first + 1, end).split(delimiter);
            row.unshift('');
            rows.push(row);
          } else rows.push(text.slice(start, end).split(delimiter));
          start = lf + 1;
          continue;
        }
        const row: string[] = [];
        const end = this.record(start, first, row);
        if (end === HOLD) break;
        rows.push(row);
        start = end;
      }
    } catch (error) {
      if (error === MALFORMED) return undefined;
      throw error;
    } finally {
      this.text = '';
    }
    return { line: start === 0 ? text : text.slice(start), rows };
  }

  /** Whether `c` is skipped when looking for the next token. */
  private isSpace(c: number): boolean {
    return c !== CR && c !== LF && c !== this.delimiter && isJsSpace(c);
  }

  /** Position of the next token (anything but space) at or after `from`; `n` when none. */
  private nextToken(from: number): number {
    const { text, n } = this;
    let i = from;
    while (i < n && this.isSpace(text.charCodeAt(i))) i++;
    return i;
  }

  /**
   * One record starting at `start` whose first token is at `first`: its cells go into `row`.
   * Returns where the next record starts, or HOLD when the record is not complete yet.
   */
  private record(start: number, first: number, row: string[]): number {
    const { text, n, delimiter } = this;
    let token = first;
    // A leading delimiter is an empty first cell; it is then met again as a separator.
    if (text.charCodeAt(token) === delimiter) row.push('');
    this.cursor = start;
    while (token < n) {
      const c = text.charCodeAt(token);
      if (c === CR || c === LF) {
        if (c === CR && text.charCodeAt(token + 1) === LF) return token + 2;
        // A lone CR at the very end may be the first half of a CRLF.
        if (c === CR && token + 1 >= n && this.more) return HOLD;
        return token + 1;
      }
      let parseCell = true;
      if (c === delimiter) {
        this.cursor = token + 1;
        const next = this.cursor < n ? text.charCodeAt(this.cursor) : -1;
        if (next === -1 || next === CR || next === LF || next === delimiter) {
          row.push('');
          parseCell = false;
        }
      }
      if (parseCell) {
        const cell = this.cell();
        if (cell === undefined) return HOLD;
        row.push(cell);
      }
      token = this.nextToken(this.cursor);
    }
    return this.more ? HOLD : this.cursor;
  }

  /** The cell at the cursor: quoted when its first token is a quote, else up to a delimiter or line end. */
  private cell(): string | undefined {
    const { text, n, delimiter } = this;
    const start = this.cursor;
    const token = this.nextToken(start);
    if (token < n && text.charCodeAt(token) === QUOTE) return this.quoted(token);
    let i = start;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === delimiter || c === CR || c === LF) break;
    }
    this.cursor = i;
    return text.slice(start, i);
  }

  /** A quoted cell opening at `open`; undefined when it does not close before the text ends. */
  private quoted(open: number): string | undefined {
    const { text, n } = this;
    let value = '';
    let from = open + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) {
        if (this.more) return undefined;
        throw MALFORMED;
      }
      if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      value += text.slice(from, q);
      this.afterClosingQuote(q + 1);
      return value;
    }
  }

  /** After a closing quote only space may come before a delimiter or line end. */
  private afterClosingQuote(at: number): void {
    const { text, n } = this;
    const token = this.nextToken(at);
    if (token < n) {
      const c = text.charCodeAt(token);
      if (c !== this.delimiter && c !== CR && c !== LF) throw MALFORMED;
      this.cursor = token;
    } else this.cursor = this.more ? at : n;
  }
}
