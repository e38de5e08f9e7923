export const id = 549;
export const ids = [549,927];
export const modules = {

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
