export const id = 821;
export const ids = [821,913];
export const modules = {

/***/ 7821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_PENDING_CHARS: () => (/* binding */ MAX_PENDING_CHARS),
  readDelimited: () => (/* binding */ readDelimited)
});

// EXTERNAL MODULE: ./src/readers/text/encoding.ts
var encoding = __webpack_require__(6993);
// EXTERNAL MODULE: ./src/readers/sniff.ts
var sniff = __webpack_require__(8292);
// EXTERNAL MODULE: ./src/readers/text/fixed-width.ts
var fixed_width = __webpack_require__(7913);
;// CONCATENATED MODULE: ./src/readers/text/csv-records.ts
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
function isJsSpace(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 0xa0)
        return false;
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === BOM);
}
function indexOrEnd(text, search, from) {
    const at = text.indexOf(search, from);
    return at < 0 ? text.length : at;
}
/** Thrown inside the parser only; never leaves it (and carries no text). */
class Malformed {
}
const MALFORMED = new Malformed();
/** A held-back record: parsing stops and the record's text is returned unconsumed. */
const HOLD = -1;
class CsvRecordParser {
    delimiter;
    delimiterText;
    text = '';
    n = 0;
    more = false;
    /** Where the cursor is after the last cell parsed. */
    cursor = 0;
    constructor(delimiter) {
        if (delimiter.length !== 1)
            throw new TypeError('the delimiter is one character');
        this.delimiter = delimiter.charCodeAt(0);
        this.delimiterText = delimiter;
    }
    /** Complete records and the unconsumed rest, or undefined when the text is malformed. */
    parse(text, hasMoreData) {
        if (text.charCodeAt(0) === BOM)
            text = text.slice(1);
        this.text = text;
        this.n = text.length;
        this.more = hasMoreData;
        const rows = [];
        const n = this.n;
        const delimiter = this.delimiterText;
        let start = 0;
        // Where the next quote and the next CR are (n: none), found again only once passed.
        let quote = -1;
        let cr = -1;
        try {
            for (;;) {
                const first = this.nextToken(start);
                if (first >= n)
                    break;
                if (quote < start)
                    quote = indexOrEnd(text, '"', start);
                if (cr < start)
                    cr = indexOrEnd(text, '\r', start);
                const lf = text.indexOf('\n', start);
                // A complete line with no quote and no CR but a CRLF end: its cells are what lies between
                // delimiters (what the full parser makes of it too: csv-records.test.ts checks both ways).
                if (lf >= 0 && quote > lf && cr >= lf - 1) {
                    const end = cr === lf - 1 ? lf - 1 : lf;
                    if (first >= end)
                        rows.push([]);
                    else if (text.charCodeAt(first) === this.delimiter) {
                        const row = text.slice(first + 1, end).split(delimiter);
                        row.unshift('');
                        rows.push(row);
                    }
                    else
                        rows.push(text.slice(start, end).split(delimiter));
                    start = lf + 1;
                    continue;
                }
                const row = [];
                const end = this.record(start, first, row);
                if (end === HOLD)
                    break;
                rows.push(row);
                start = end;
            }
        }
        catch (error) {
            if (error === MALFORMED)
                return undefined;
            throw error;
        }
        finally {
            this.text = '';
        }
        return { line: start === 0 ? text : text.slice(start), rows };
    }
    /** Whether `c` is skipped when looking for the next token. */
    isSpace(c) {
        return c !== CR && c !== LF && c !== this.delimiter && isJsSpace(c);
    }
    /** Position of the next token (anything but space) at or after `from`; `n` when none. */
    nextToken(from) {
        const { text, n } = this;
        let i = from;
        while (i < n && this.isSpace(text.charCodeAt(i)))
            i++;
        return i;
    }
    /**
     * One record starting at `start` whose first token is at `first`: its cells go into `row`.
     * Returns where the next record starts, or HOLD when the record is not complete yet.
     */
    record(start, first, row) {
        const { text, n, delimiter } = this;
        let token = first;
        // A leading delimiter is an empty first cell; it is then met again as a separator.
        if (text.charCodeAt(token) === delimiter)
            row.push('');
        this.cursor = start;
        while (token < n) {
            const c = text.charCodeAt(token);
            if (c === CR || c === LF) {
                if (c === CR && text.charCodeAt(token + 1) === LF)
                    return token + 2;
                // A lone CR at the very end may be the first half of a CRLF.
                if (c === CR && token + 1 >= n && this.more)
                    return HOLD;
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
                if (cell === undefined)
                    return HOLD;
                row.push(cell);
            }
            token = this.nextToken(this.cursor);
        }
        return this.more ? HOLD : this.cursor;
    }
    /** The cell at the cursor: quoted when its first token is a quote, else up to a delimiter or line end. */
    cell() {
        const { text, n, delimiter } = this;
        const start = this.cursor;
        const token = this.nextToken(start);
        if (token < n && text.charCodeAt(token) === QUOTE)
            return this.quoted(token);
        let i = start;
        for (; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c === delimiter || c === CR || c === LF)
                break;
        }
        this.cursor = i;
        return text.slice(start, i);
    }
    /** A quoted cell opening at `open`; undefined when it does not close before the text ends. */
    quoted(open) {
        const { text, n } = this;
        let value = '';
        let from = open + 1;
        for (;;) {
            const q = text.indexOf('"', from);
            if (q < 0) {
                if (this.more)
                    return undefined;
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
    afterClosingQuote(at) {
        const { text, n } = this;
        const token = this.nextToken(at);
        if (token < n) {
            const c = text.charCodeAt(token);
            if (c !== this.delimiter && c !== CR && c !== LF)
                throw MALFORMED;
            this.cursor = token;
        }
        else
            this.cursor = this.more ? at : n;
    }
}

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/text/delimited.ts
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





/**
 * Text held back by the parser without a record coming out. Past this, a quote was opened and
 * never closed: the rest is read in recovery.
 */
const MAX_PENDING_CHARS = 4 * 1024 * 1024;
/** A physical line longer than this is cut into pieces in recovery (each piece one row). */
const MAX_RECOVERY_LINE = 1024 * 1024;
const readDelimited = async (input, sink, context) => {
    const head = (0,encoding/* decodeHead */.Jk)(input.head);
    // Text that could be prose, aligned columns or code as well as a table is read both ways (the
    // plain-text reading finds aligned columns itself); a quoting error is then no reason to
    // block, since the plain-text reading saw every line.
    if ((0,sniff/* delimitedReading */.gL)(head, input.name) === 'either') {
        await (0,fixed_width.readPlainText)(input, sink, context);
        try {
            await readTable(input, sink, head);
        }
        catch (error) {
            if (!(error instanceof types/* ReadError */.F && error.kind === 'corrupt'))
                throw error;
        }
        return;
    }
    await readTable(input, sink, head);
};
async function readTable(input, sink, head) {
    const delimiter = (0,sniff/* sniffDelimiter */.yM)(head, input.name, input.head.length >= input.size);
    const parser = new CsvRecordParser(delimiter);
    const table = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry: input.entry });
    const rows = new RecordCounter(table);
    let failure;
    try {
        const text = (0,encoding/* decodeStream */.Vn)(input);
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
            if (parsed)
                rows.deliver(parsed.rows);
            else {
                const at = rows.count + 1;
                failure = malformedNear((await recoverRest(rest, undefined, parser, delimiter, rows)) || at);
            }
        }
    }
    finally {
        table.end();
    }
    if (failure)
        throw new types/* ReadError */.F('corrupt', failure);
}
function malformedNear(record) {
    return `malformed quoting near record ${record}`;
}
/** Numbers records as they go out. */
class RecordCounter {
    table;
    count = 0;
    constructor(table) {
        this.table = table;
    }
    deliver(records) {
        for (let i = 0; i < records.length; i++)
            this.table.row(++this.count, records[i]);
    }
    one(record) {
        this.table.row(++this.count, record);
    }
}
/**
 * Read `unread` and whatever the stream still holds one physical line at a time: a line the parser
 * accepts is a record; one it rejects is split on the delimiter with quotes dropped. Returns
 * the number of the first record that was not well formed (0: every line was).
 */
async function recoverRest(unread, text, parser, delimiter, rows) {
    let firstMalformed = 0;
    const line = (raw) => {
        const parsed = parser.parse(raw, false);
        if (parsed) {
            // One record, none (an empty line), or several (a file with bare CR line ends).
            if (parsed.rows.length === 0)
                rows.one([]);
            else
                rows.deliver(parsed.rows);
            return;
        }
        if (!firstMalformed)
            firstMalformed = rows.count + 1;
        rows.one(lenientSplit(raw, delimiter));
    };
    let carry = unread;
    const drain = (final) => {
        let start = 0;
        // Line ends: LF, CRLF or a bare CR (a CR at the very end may be half of a CRLF: wait).
        const breaks = /\r\n|\n|\r(?!$)/g;
        for (let m = breaks.exec(carry); m; m = breaks.exec(carry)) {
            line(carry.slice(start, m.index));
            start = m.index + m[0].length;
        }
        carry = carry.slice(start);
        if (final && carry.endsWith('\r'))
            carry = carry.slice(0, -1);
        while (carry.length > MAX_RECOVERY_LINE) {
            line(carry.slice(0, MAX_RECOVERY_LINE));
            carry = carry.slice(MAX_RECOVERY_LINE - 64); // overlap so a value cut at the seam is whole in one piece
        }
        if (final && carry.length)
            line(carry);
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
function lenientSplit(line, delimiter) {
    return line.split(delimiter).map((cell) => cell.replace(/"/g, ''));
}


/***/ }),

/***/ 7913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cutLine: () => (/* binding */ cutLine),
/* harmony export */   fixedWidthLayout: () => (/* binding */ fixedWidthLayout),
/* harmony export */   readFixedWidth: () => (/* binding */ readFixedWidth),
/* harmony export */   readPlainText: () => (/* binding */ readPlainText),
/* harmony export */   sniffFixedWidth: () => (/* binding */ sniffFixedWidth)
/* harmony export */ });
/* harmony import */ var _encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6993);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4551);
/**
 * Fixed-width text (mainframe and report-writer exports): no delimiter, columns padded with
 * spaces to fixed character positions, often a dashed rule under the header. The layout is
 * inferred from the head of the file: the columns are the runs of character positions that some
 * line fills, separated by positions that every columnar line leaves blank (or, when there is
 * one, by the gaps of the dashed rule). When most of the head is such lines, the file is read
 * as one grid table: each columnar line is a row cut at the column edges (a header line is cut
 * at its own word gaps, each word going to the column it starts in), the rule is skipped, and
 * every other line (titles, page footers) stays prose. Rows are numbered by line.
 */


/** Lines of the head looked at; enough to see a layout, bounded. */
const SAMPLE_LINES = 200;
/** A layout needs this many columnar lines (fewer with a dashed rule)... */
const MIN_ROWS = 5;
const MIN_ROWS_WITH_RULE = 2;
/** ...this many columns (two with a dashed rule)... */
const MIN_COLUMNS = 3;
/** ...and columnar lines must be this share of the head's non-blank lines. */
const MIN_SHARE = 0.6;
/** Longest line considered (wider lines are not a report). */
const MAX_WIDTH = 2000;
const RULE = /^[\s]*[-=]{2,}(?:[\s+|]+[-=]{2,})+[\s|]*$/;
function expandTabs(line) {
    if (!line.includes('\t'))
        return line;
    let out = '';
    for (const ch of line)
        out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
    return out;
}
function clean(line) {
    return expandTabs(line.replace(/\r$/, '')).replace(/\s+$/, '');
}
/** Columns of a dashed rule: each run of dashes (or equals signs) is one. */
function ruleStarts(rule) {
    const starts = [];
    const re = /[-=]+/g;
    for (let m = re.exec(rule); m; m = re.exec(rule))
        starts.push(m.index);
    return starts;
}
/** A line with text on both sides of at least `gaps` runs of two or more spaces. */
function wideGaps(line) {
    return (line.trim().match(/\S\s{2,}(?=\S)/g) ?? []).length;
}
/**
 * The layout of a head of text, or undefined when it is not a fixed-width table. `lines` are
 * the head's lines in order (the last one may be cut).
 */
function fixedWidthLayout(lines) {
    const sample = lines.slice(0, SAMPLE_LINES).map(clean);
    if (sample.some((l) => l.length > MAX_WIDTH))
        return undefined;
    const numbered = sample.map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text.trim().length > 0);
    const ruleAt = numbered.findIndex((l) => RULE.test(l.text));
    let layout;
    let below;
    if (ruleAt >= 0) {
        // The rule's dashes are the columns; the line above it is the header.
        const rule = numbered[ruleAt];
        const starts = ruleStarts(rule.text);
        const gaps = new Set();
        for (let p = starts[0]; p < rule.text.length; p++)
            if (rule.text[p] === ' ' || rule.text[p] === '|' || rule.text[p] === '+')
                gaps.add(p);
        const header = numbered[ruleAt - 1];
        layout = { starts, gaps, ruled: true, headerLines: new Set(header && header.line === rule.line - 1 ? [header.line] : []) };
        below = numbered.slice(ruleAt + 1);
        if (starts.length < 2)
            return undefined;
    }
    else {
        // Columns from the lines with two wide gaps or more; the first of them may be a header
        // wider than its columns, so it does not shape them.
        const candidates = numbered.filter((l) => wideGaps(l.text) >= 2);
        if (candidates.length < MIN_ROWS)
            return undefined;
        const data = candidates.slice(1);
        const width = Math.max(...data.map((r) => r.text.length));
        const filled = new Uint8Array(width);
        for (const { text } of data)
            for (let p = 0; p < text.length; p++)
                if (text[p] !== ' ')
                    filled[p] = 1;
        const starts = [];
        for (let p = 0; p < width; p++)
            if (filled[p] && (p === 0 || !filled[p - 1]))
                starts.push(p);
        if (starts.length < MIN_COLUMNS)
            return undefined;
        // Single-space gaps inside text ("Marisol Quispe") line up by chance only in a few lines.
        if (data.length < 8 && starts.slice(1).some((s) => s < 2 || filled[s - 2]))
            return undefined;
        const gaps = new Set();
        for (let p = starts[0]; p < width; p++)
            if (!filled[p])
                gaps.add(p);
        const first = candidates[0];
        layout = { starts, gaps, headerLines: new Set(fits(first.text, { starts, gaps, headerLines: new Set() }) ? [] : [first.line]) };
        below = numbered.filter((l) => l.line > first.line);
    }
    const rows = below.filter((l) => fits(l.text, layout)).length;
    if (rows < (ruleAt >= 0 ? MIN_ROWS_WITH_RULE : MIN_ROWS - 1))
        return undefined;
    // Columnar lines (rows, header, rule) must be most of the head.
    const columnar = rows + layout.headerLines.size + (ruleAt >= 0 ? 1 : 0) + (ruleAt < 0 && !layout.headerLines.size ? 1 : 0);
    if (columnar < numbered.length * MIN_SHARE)
        return undefined;
    return layout;
}
/** A data line cut at the column starts. */
function cutLine(line, starts) {
    const text = clean(line);
    return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
}
/** A header line cut at its own word gaps, each piece in the column where it starts. */
function cutHeader(line, starts) {
    const text = clean(line);
    const cells = starts.map(() => '');
    const re = /\S+(?: \S+)*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        let col = 0;
        while (col + 1 < starts.length && starts[col + 1] <= m.index)
            col++;
        cells[col] = cells[col] ? `${cells[col]} ${m[0]}` : m[0];
    }
    return cells;
}
/** Whether a line fits the layout: text in two columns or more, none in a gap. */
function fits(text, layout) {
    let columns = 0;
    let col = -1;
    for (let p = 0; p < text.length; p++) {
        if (text[p] === ' ')
            continue;
        if (layout.gaps.has(p))
            return false;
        let c = col < 0 ? 0 : col;
        while (c + 1 < layout.starts.length && layout.starts[c + 1] <= p)
            c++;
        if (c !== col) {
            columns++;
            col = c;
        }
    }
    return columns >= 2;
}
/** The layout of the input's head, if it is a fixed-width table. */
function sniffFixedWidth(input) {
    const head = (0,_encoding_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeHead */ .Jk)(input.head);
    const lines = head.split('\n');
    // The last line of a cut head may be cut too.
    if (input.head.length < input.size)
        lines.pop();
    return fixedWidthLayout(lines);
}
/** Read a fixed-width text as one grid table (columnar lines) and prose (the rest). */
async function readFixedWidth(input, sink, layout) {
    let table;
    const prose = [];
    let proseLine = 0;
    const flush = () => {
        if (prose.length)
            (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .emitProse */ .Tf)(sink, prose.join('\n'), { surface: 'text', line: proseLine, entry: input.entry });
        prose.length = 0;
    };
    try {
        for await (const { text, line } of (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .decodedLines */ .EV)(input)) {
            const plain = clean(text);
            if (!plain.trim()) {
                // Blank lines separate stacked tables; a gap in row numbers says so.
                flush();
                continue;
            }
            if (RULE.test(plain))
                continue;
            const header = layout.headerLines.has(line);
            if (header || fits(plain, layout)) {
                flush();
                table ??= sink.beginTable({ surface: 'cells', shape: 'grid', lettered: false, entry: input.entry });
                // A header above a rule takes the rule's line, so no blank row falls between it and the data.
                const ruled = header && layout.ruled;
                table.row(ruled ? line + 1 : line, header ? cutHeader(plain, layout.starts) : cutLine(plain, layout.starts));
                continue;
            }
            if (!prose.length)
                proseLine = line;
            prose.push(text);
        }
    }
    finally {
        flush();
        table?.end();
    }
}
/** Plain text: a fixed-width table is read as one; anything else is prose (text.ts). */
const readPlainText = async (input, sink, context) => {
    const layout = sniffFixedWidth(input);
    if (layout)
        await readFixedWidth(input, sink, layout);
    else
        await (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(input, sink, context);
};


/***/ }),

/***/ 4551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ countNewlines),
/* harmony export */   EV: () => (/* binding */ decodedLines),
/* harmony export */   Tf: () => (/* binding */ emitProse),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports MAX_PROSE_CHUNK, PROSE_OVERLAP */
/* harmony import */ var _encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6993);

/** Largest prose chunk handed to the sink at once. */
const MAX_PROSE_CHUNK = 1 << 20;
/**
 * Characters repeated at the start of the next piece when a long run of text is cut, so that a
 * value cut at the seam (an A-number, a name) is whole in one of the two pieces.
 */
const PROSE_OVERLAP = 64;
/**
 * Hand `text` to the sink in pieces of at most MAX_PROSE_CHUNK characters, cut preferably at a
 * line break; a cut inside a line repeats the last PROSE_OVERLAP characters in the next piece.
 * `where.line` (when set) is the line of the first character and is carried forward.
 */
function emitProse(sink, text, where) {
    let line = where.line;
    let start = 0;
    while (text.length - start > MAX_PROSE_CHUNK) {
        const limit = start + MAX_PROSE_CHUNK;
        const nl = text.lastIndexOf('\n', limit - 1);
        const atBreak = nl > start;
        const end = atBreak ? nl + 1 : limit;
        const piece = text.slice(start, end);
        sink.prose(piece, line === undefined ? where : { ...where, line });
        const next = atBreak ? end : end - PROSE_OVERLAP;
        if (line !== undefined)
            line += countNewlines(text, start, next);
        start = next;
    }
    if (start < text.length)
        sink.prose(start === 0 ? text : text.slice(start), line === undefined ? where : { ...where, line });
}
/** Plain text: prose, in chunks of lines, with the line number of each chunk's first line. */
const readText = async (input, sink) => {
    let line = 1;
    let carry = '';
    const flush = (text) => {
        if (text.length)
            emitProse(sink, text, { surface: 'text', line, entry: input.entry });
        line += countNewlines(text);
    };
    for await (const chunk of (0,_encoding_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeStream */ .Vn)(input)) {
        const text = carry + chunk;
        const cut = text.lastIndexOf('\n');
        if (cut < 0) {
            carry = text;
            if (carry.length > MAX_PROSE_CHUNK) {
                // One very long line: hand it on in pieces that overlap, on the same line number.
                emitProse(sink, carry.slice(0, carry.length - PROSE_OVERLAP), { surface: 'text', line, entry: input.entry });
                carry = carry.slice(carry.length - 2 * PROSE_OVERLAP);
            }
            continue;
        }
        flush(text.slice(0, cut + 1));
        carry = text.slice(cut + 1);
    }
    flush(carry);
};
function countNewlines(text, from = 0, to = text.length) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** The input's lines (without the line break; a CR before it is kept), with 1-based numbers. */
async function* decodedLines(input) {
    let carry = '';
    let line = 1;
    for await (const chunk of (0,_encoding_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeStream */ .Vn)(input)) {
        carry += chunk;
        let start = 0;
        for (let nl = carry.indexOf('\n'); nl >= 0; nl = carry.indexOf('\n', start)) {
            yield { text: carry.slice(start, nl), line: line++ };
            start = nl + 1;
        }
        carry = carry.slice(start);
    }
    if (carry)
        yield { text: carry, line };
}


/***/ })

};
