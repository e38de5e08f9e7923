/**
 * Delimited text (CSV, TSV, semicolon and pipe separated), streamed end to end: bytes are
 * decoded chunk by chunk (encoding.ts), each chunk is parsed by the record parser (csv-records.ts,
 * which reads as fast-csv does), and each record goes to the sink as it is parsed. Memory does
 * not grow with the length of the file.
 *
 * Rows are numbered by CSV record (the first record, usually the header, is 1). Ragged records
 * are data, not errors: records come as the arrays they are, with no header mapping.
 *
 * The parser returns the unconsumed text with the records, so on a malformed record this reader
 * keeps going line by line (recovery) and only then fails with ReadError('corrupt'): detection
 * has seen every line, and the file still blocks.
 */
import { decodeHead, decodeStream } from './encoding.js';
import { delimitedReading, sniffDelimiter } from '../sniff.js';
import { readPlainText } from './fixed-width.js';
import { CsvRecordParser } from './csv-records.js';
import { ReadError, type Reader, type RowSink } from '../types.js';

/**
 * Text held back by the parser without a record coming out. Past this, a quote was opened and
 * never closed: the rest is read in recovery.
 */
export const MAX_PENDING_CHARS = 4 * 1024 * 1024;

/** A physical line longer than this is cut into pieces in recovery (each piece one row). */
const MAX_RECOVERY_LINE = 1024 * 1024;

export const readDelimited: Reader = async (input, sink, context) => {
  const head = decodeHead(input.head);
  // Text that could be prose, aligned columns or code as well as a table is read both ways (the
  // plain-text reading finds aligned columns itself); a quoting error is then no reason to
  // block, since the plain-text reading saw every line.
  if (delimitedReading(head, input.name) === 'either') {
    await readPlainText(input, sink, context);
    try {
      await readTable(input, sink, head);
    } catch (error) {
      if (!(error instanceof ReadError && error.kind === 'corrupt')) throw error;
    }
    return;
  }
  await readTable(input, sink, head);
};

async function readTable(input: Parameters<Reader>[0], sink: Parameters<Reader>[1], head: string): Promise<void> {
  const delimiter = sniffDelimiter(head, input.name, input.head.length >= input.size);
  const parser = new CsvRecordParser(delimiter);
  const table = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry: input.entry });
  const rows = new RecordCounter(table);
  let failure: string | undefined;
  try {
    const text = decodeStream(input);
    let rest = '';
    for await (const chunk of text) {
      const parsed = parser.parse(rest + chunk, true);
      if (!parsed || parsed.line.length > MAX_PENDING_CHARS) {
        const at = rows.count + 1;
        // Held text with no quote in it is one very long record; with a quote, a quote left open.
        const overlong = parsed !== undefined && !parsed.line.includes('"');
        const malformed = await recoverRest(rest + chunk, text, parser, delimiter, rows);
        failure = overlong ? `a record longer than ${MAX_PENDING_CHARS} characters at record ${at}` : malformedNear(malformed || at);
        break;
      }
      rows.deliver(parsed.rows);
      rest = parsed.line;
    }
    if (!failure && rest) {
      const parsed = parser.parse(rest, false);
      if (parsed) rows.deliver(parsed.rows);
      else {
        const at = rows.count + 1;
        failure = malformedNear((await recoverRest(rest, undefined, parser, delimiter, rows)) || at);
      }
    }
  } finally {
    table.end();
  }
  if (failure) throw new ReadError('corrupt', failure);
}

function malformedNear(record: number): string {
  return `malformed quoting near record ${record}`;
}

/** Numbers records as they go out. */
class RecordCounter {
  count = 0;
  constructor(private readonly table: RowSink) {}
  deliver(records: readonly string[][]): void {
    for (let i = 0; i < records.length; i++) this.table.row(++this.count, records[i]!);
  }
  one(record: readonly string[]): void {
    this.table.row(++this.count, record);
  }
}

/**
 * Read `unread` and whatever the stream still holds one physical line at a time: a line the parser
 * accepts is a record; one it rejects is split on the delimiter with quotes dropped. Returns
 * the number of the first record that was not well formed (0: every line was).
 */
async function recoverRest(
  unread: string,
  text: AsyncIterable<string> | undefined,
  parser: CsvRecordParser,
  delimiter: string,
  rows: RecordCounter,
): Promise<number> {
  let firstMalformed = 0;
  const line = (raw: string) => {
    const parsed = parser.parse(raw, false);
    if (parsed) {
      // One record, none (an empty line), or several (a file with bare CR line ends).
      if (parsed.rows.length === 0) rows.one([]);
      else rows.deliver(parsed.rows);
      return;
    }
    if (!firstMalformed) firstMalformed = rows.count + 1;
    rows.one(lenientSplit(raw, delimiter));
  };
  let carry = unread;
  const drain = (final: boolean) => {
    let start = 0;
    // Line ends: LF, CRLF or a bare CR (a CR at the very end may be half of a CRLF: wait).
    const breaks = /\r\n|\n|\r(?!$)/g;
    for (let m = breaks.exec(carry); m; m = breaks.exec(carry)) {
      line(carry.slice(start, m.index));
      start = m.index + m[0].length;
    }
    carry = carry.slice(start);
    if (final && carry.endsWith('\r')) carry = carry.slice(0, -1);
    while (carry.length > MAX_RECOVERY_LINE) {
      line(carry.slice(0, MAX_RECOVERY_LINE));
      carry = carry.slice(MAX_RECOVERY_LINE - 64); // overlap so a value cut at the seam is whole in one piece
    }
    if (final && carry.length) line(carry);
  };
  drain(false);
  if (text) {
    for await (const chunk of text) {
      carry += chunk;
      drain(false);
    }
  }
  drain(true);
  return firstMalformed;
}

/** Cells of a line the parser rejected: split on the delimiter, quote characters removed. */
function lenientSplit(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((cell) => cell.replace(/"/g, ''));
}
