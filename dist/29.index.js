export const id = 29;
export const ids = [29,549,927];
export const modules = {

/***/ 29:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readNotebook: () => (/* binding */ readNotebook)
/* harmony export */ });
/* harmony import */ var _scan_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1140);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1268);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1549);
/* harmony import */ var _fixed_width_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7913);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5629);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2987);
/**
 * Jupyter notebooks (.ipynb): each cell under the entry `cell N`. Code cells are source code in
 * the notebook's language (strings and comments as prose, data literals as tables); Markdown
 * and raw cells go through the Markdown reader (pipe tables are tables). Outputs are what a
 * notebook publishes: printed text (stream, text/plain, errors) and HTML and Markdown outputs
 * are read as the files they are (a pandas DataFrame's HTML is a table), JSON outputs are
 * walked like JSON. Images are passed over. A file that is JSON but no notebook is read as JSON.
 */







const LANGUAGES = {
    python: { language: 'py', jsx: false },
    r: { language: 'r', jsx: false },
    javascript: { language: 'js', jsx: false },
    typescript: { language: 'ts', jsx: false },
    ruby: { language: 'rb', jsx: false },
    sql: { language: 'sql', jsx: false },
};
const readNotebook = async (input, sink, context) => {
    const text = await (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.readWholeText)(input);
    const maxDepth = context.limits.maxNestingDepth;
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__.exceedsDepth)(text, maxDepth))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ReadError */ .F('too-deep', `the notebook nests deeper than ${maxDepth} levels`);
    const nb = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.parseJsonText)(text);
    if (!nb || typeof nb !== 'object' || !Array.isArray(nb.cells)) {
        await (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.readJson)(input, sink, context);
        return;
    }
    const kind = notebookLanguage(nb.metadata);
    const cells = nb.cells;
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (!cell || typeof cell !== 'object')
            continue;
        const { cell_type: type, source, outputs } = cell;
        const entry = innerName(input.entry, `cell ${i + 1}`);
        const code = joined(source);
        if (code.trim()) {
            if (type === 'code')
                (0,_index_js__WEBPACK_IMPORTED_MODULE_6__.readSource)(code, cellLanguage(code, kind), sink, { entry, maxDepth });
            else
                await readPart(_markdown_js__WEBPACK_IMPORTED_MODULE_3__.readMarkdown, code, 'cell.md', entry, input, sink, context);
        }
        if (!Array.isArray(outputs))
            continue;
        for (let j = 0; j < outputs.length; j++)
            await readOutput(outputs[j], innerName(entry, `output ${j + 1}`), input, sink, context);
    }
};
function innerName(outer, inner) {
    return outer ? `${outer}!${inner}` : inner;
}
/** Notebook text fields are a string or a list of lines. */
function joined(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string').join('');
    return '';
}
function notebookLanguage(metadata) {
    const info = metadata?.language_info;
    const spec = metadata?.kernelspec;
    const name = String(info?.name ?? spec?.language ?? 'python').toLowerCase();
    return Object.hasOwn(LANGUAGES, name) ? LANGUAGES[name] : LANGUAGES.python;
}
/** `%%sql` and `%%R` cell magics switch the language of one cell. */
function cellLanguage(code, kind) {
    const magic = /^\s*%%(\w+)/.exec(code);
    if (magic && Object.hasOwn(LANGUAGES, magic[1].toLowerCase()))
        return LANGUAGES[magic[1].toLowerCase()];
    return kind;
}
async function readOutput(output, entry, container, sink, context) {
    if (!output || typeof output !== 'object')
        return;
    const o = output;
    if (o.output_type === 'stream') {
        await readPart(_fixed_width_js__WEBPACK_IMPORTED_MODULE_4__.readPlainText, joined(o.text), 'output.txt', entry, container, sink, context);
        return;
    }
    if (o.output_type === 'error') {
        const lines = [o.ename, o.evalue, ...(Array.isArray(o.traceback) ? o.traceback : [])].filter((v) => typeof v === 'string');
        // Tracebacks carry terminal colour codes.
        await readPart(_fixed_width_js__WEBPACK_IMPORTED_MODULE_4__.readPlainText, lines.join('\n').replace(/\u001b\[[0-9;]*m/g, ''), 'output.txt', entry, container, sink, context);
        return;
    }
    const data = o.data;
    if (!data || typeof data !== 'object')
        return;
    const bundle = data;
    const html = joined(bundle['text/html']);
    if (html.trim())
        await readPart(_html_js__WEBPACK_IMPORTED_MODULE_1__.readHtml, html, 'output.html', entry, container, sink, context);
    const markdown = joined(bundle['text/markdown']);
    if (markdown.trim())
        await readPart(_markdown_js__WEBPACK_IMPORTED_MODULE_3__.readMarkdown, markdown, 'output.md', entry, container, sink, context);
    // Plain text beside HTML is the same table printed: read it too (it may show what HTML hides).
    const plain = joined(bundle['text/plain']);
    if (plain.trim())
        await readPart(_fixed_width_js__WEBPACK_IMPORTED_MODULE_4__.readPlainText, plain, 'output.txt', entry, container, sink, context);
    for (const [type, value] of Object.entries(bundle)) {
        if (!/json$/i.test(type) || value === null || typeof value !== 'object')
            continue;
        (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.walkStructured)(value, sink, { entry, maxDepth: context.limits.maxNestingDepth });
    }
}
/**
 * One part of the notebook read by the reader for its kind, under its entry. Printed text goes
 * through the scan pipeline's nested reading when there is one (so a CSV printed by a cell is
 * read as delimited text); otherwise through the reader given.
 */
async function readPart(reader, text, name, entry, container, sink, context) {
    const input = (0,_scan_input_js__WEBPACK_IMPORTED_MODULE_0__/* .bufferInput */ .zZ)(Buffer.from(text, 'utf8'), name, container.depth, entry);
    if (reader === _fixed_width_js__WEBPACK_IMPORTED_MODULE_4__.readPlainText && context.readNested) {
        await context.readNested({ ...input, depth: container.depth + 1 }, sink);
        return;
    }
    await reader(input, sink, context);
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

/***/ 1549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isAlignmentRow: () => (/* binding */ isAlignmentRow),
/* harmony export */   readMarkdown: () => (/* binding */ readMarkdown),
/* harmony export */   splitPipeRow: () => (/* binding */ splitPipeRow)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1140);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4551);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7927);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5629);
/**
 * Markdown, line by line: pipe tables (a header line, an alignment line, body lines) become
 * grid tables numbered by source line with the alignment line dropped; YAML front matter goes
 * through the YAML walk; everything else is prose with line numbers. Tables inside fenced code
 * are prose (they are examples, and prose detection still reads them). A raw HTML <table> block
 * (common in pages built from Markdown) goes through the HTML reader, so it is a table too.
 */





/** Prose lines gathered before they are handed on. */
const PROSE_LINES = 200;
/** Lines of one raw HTML block held before it is read (past this, it is read as it stands). */
const MAX_HTML_BLOCK_LINES = 100_000;
const readMarkdown = async (input, sink, context) => {
    const where = { surface: 'text', entry: input.entry };
    let prose = [];
    let proseLine = 1;
    const flushProse = () => {
        if (prose.length)
            (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .emitProse */ .Tf)(sink, prose.join('\n'), { ...where, line: proseLine });
        prose = [];
    };
    const addProse = (text, line) => {
        if (prose.length === 0)
            proseLine = line;
        prose.push(text);
        if (prose.length >= PROSE_LINES)
            flushProse();
    };
    let frontMatter;
    let fence;
    let table;
    /** A line that may be a table header, waiting to see whether an alignment line follows. */
    let candidate;
    /** A raw HTML table block being gathered, and how many <table> tags it has open. */
    let html;
    const endHtml = async () => {
        if (!html)
            return;
        const block = html;
        html = undefined;
        await readHtmlBlock(block.lines.join('\n'), block.first, input, sink, context);
    };
    const endTable = () => {
        table?.end();
        table = undefined;
    };
    try {
        for await (const { text: raw, line } of (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodedLines */ .EV)(input)) {
            const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            const bare = line === 1 ? text.replace(/^\ufeff/, '') : text;
            if (line === 1 && bare.trim() === '---') {
                frontMatter = [];
                continue;
            }
            if (frontMatter) {
                if (bare.trim() === '---' || bare.trim() === '...') {
                    readFrontMatter(frontMatter.join('\n'), sink, input.entry, context.limits.maxNestingDepth);
                    frontMatter = undefined;
                }
                else
                    frontMatter.push(bare);
                continue;
            }
            if (html) {
                html.lines.push(bare);
                html.open += countTags(bare);
                if (html.open <= 0 || html.lines.length >= MAX_HTML_BLOCK_LINES)
                    await endHtml();
                continue;
            }
            const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(bare)?.[1];
            if (fence || fenceMark) {
                endTable();
                if (candidate)
                    addProse(candidate.text, candidate.line);
                candidate = undefined;
                if (!fence)
                    fence = fenceMark;
                else if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length)
                    fence = undefined;
                addProse(bare, line);
                continue;
            }
            if (table) {
                if (bare.includes('|') && bare.trim() !== '') {
                    table.row(line, splitPipeRow(bare));
                    continue;
                }
                endTable();
            }
            if (candidate && isAlignmentRow(bare) && bare.includes('|')) {
                flushProse();
                table = sink.beginTable({ surface: 'table', shape: 'grid', lettered: false, entry: input.entry });
                table.row(candidate.line, splitPipeRow(candidate.text));
                candidate = undefined;
                continue;
            }
            if (candidate)
                addProse(candidate.text, candidate.line);
            candidate = undefined;
            if (/^ {0,3}<table\b/i.test(bare)) {
                flushProse();
                html = { lines: [bare], first: line, open: countTags(bare) };
                if (html.open <= 0)
                    await endHtml();
                continue;
            }
            if (bare.includes('|'))
                candidate = { text: bare, line };
            else
                addProse(bare, line);
        }
        if (candidate)
            addProse(candidate.text, candidate.line);
        await endHtml();
        // Front matter never closed: its lines are prose.
        if (frontMatter)
            frontMatter.forEach((t, i) => addProse(t, i + 2));
        flushProse();
    }
    finally {
        endTable();
    }
};
/** `<table` opened minus `</table>` closed on a line. */
function countTags(line) {
    return (line.match(/<table\b/gi)?.length ?? 0) - (line.match(/<\/table\s*>/gi)?.length ?? 0);
}
/** A raw HTML block read by the HTML reader, its prose lines placed in the Markdown file. */
async function readHtmlBlock(text, firstLine, outer, sink, context) {
    const bytes = Buffer.from(text, 'utf8');
    const input = {
        name: 'block.html',
        size: bytes.length,
        head: bytes.subarray(0, 64 * 1024),
        depth: outer.depth,
        entry: outer.entry,
        stream: () => node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([bytes], { objectMode: false }),
        buffer: async () => bytes,
    };
    const shifted = {
        beginTable: (meta) => sink.beginTable(meta),
        prose: (t, where) => sink.prose(t, where.line === undefined ? where : { ...where, line: where.line + firstLine - 1 }),
        observe: (o) => sink.observe(o),
    };
    await (0,_html_js__WEBPACK_IMPORTED_MODULE_1__.readHtml)(input, shifted, context);
}
/** Front matter through the YAML walk; if it is not valid YAML, its lines are prose. */
function readFrontMatter(text, sink, entry, maxDepth) {
    try {
        (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__.walkYamlText)(text, sink, { entry, maxDepth, firstLine: 2 });
    }
    catch (error) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isReadError */ .L)(error) && error.kind === 'corrupt')
            (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .emitProse */ .Tf)(sink, text, { surface: 'text', entry, line: 2 });
        else
            throw error;
    }
}
/** `| --- | :---: | ---: |` (outer pipes optional; at least one pipe or a single column). */
function isAlignmentRow(line) {
    return /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line) && line.includes('-');
}
/** Cells of a pipe-table line: outer pipes dropped, `\|` kept as a pipe, cells trimmed. */
function splitPipeRow(line) {
    let body = line.trim();
    if (body.startsWith('|'))
        body = body.slice(1);
    if (body.endsWith('|') && !body.endsWith('\\|'))
        body = body.slice(0, -1);
    const cells = [];
    let cell = '';
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch === '\\' && body[i + 1] === '|') {
            cell += '|';
            i++;
        }
        else if (ch === '|') {
            cells.push(cell.trim());
            cell = '';
        }
        else
            cell += ch;
    }
    cells.push(cell.trim());
    return cells;
}


/***/ }),

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ALIAS_COUNT: () => (/* binding */ MAX_ALIAS_COUNT),
/* harmony export */   readYaml: () => (/* binding */ readYaml),
/* harmony export */   walkYamlText: () => (/* binding */ walkYamlText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4551);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5629);
/**
 * YAML, parsed with the `yaml` package's safe core schema: no custom tags are constructed
 * (an unknown tag leaves its value as plain data) and alias expansion is capped against
 * billion-laughs documents. Every document of a stream is walked like JSON: sequences of
 * mappings become 'records' tables, the rest prose with source lines.
 */




/** Alias nodes a document may resolve (the yaml default). */
const MAX_ALIAS_COUNT = 100;
const readYaml = async (input, sink, context) => {
    const text = await (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.readWholeText)(input);
    try {
        walkYamlText(text, sink, { entry: input.entry, maxDepth: context.limits.maxNestingDepth, firstLine: 1 });
    }
    catch (error) {
        // Detection still reads the text as written (aliases unexpanded), and the file fails closed.
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isReadError */ .L)(error))
            (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .emitProse */ .Tf)(sink, text, { surface: 'text', line: 1, entry: input.entry });
        throw error;
    }
};
/** Parse YAML text and walk every document into the sink. Throws only ReadError. */
function walkYamlText(text, sink, options) {
    const values = parseYaml(text);
    const lines = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.textLineFinder)(text, options.firstLine, (v) => String(v));
    for (const value of values)
        (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.walkStructured)(value, sink, { entry: options.entry, maxDepth: options.maxDepth, lines });
}
function parseYaml(text) {
    let documents;
    try {
        documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { schema: 'core', prettyErrors: false, uniqueKeys: false, merge: false });
    }
    catch (error) {
        throw yamlFailure(error);
    }
    const list = Array.isArray(documents) ? documents : [documents];
    const values = [];
    for (const doc of list) {
        if (doc.errors.length > 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('corrupt', 'not valid YAML');
        try {
            values.push(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
        }
        catch (error) {
            throw yamlFailure(error);
        }
    }
    return values;
}
/** A library failure as a ReadError of our own words (the library's message is dropped). */
function yamlFailure(error) {
    if (error instanceof RangeError)
        return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('too-deep', 'YAML nests too deeply to parse');
    if (error instanceof ReferenceError)
        return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('too-large-decompressed', 'YAML aliases expand past the limit');
    return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('corrupt', 'not valid YAML');
}


/***/ })

};
