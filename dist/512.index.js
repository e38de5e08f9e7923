export const id = 512;
export const ids = [512];
export const modules = {

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ decompressionBudget)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/**
 * The decompressed-size budget of one scanned file, shared by every container inside it (an
 * archive in an archive, a document in an archive): the scan pipeline passes the same
 * ReaderContext down to nested readers, so the budget is kept per context.
 */

const budgets = new WeakMap();
function decompressionBudget(context) {
    let state = budgets.get(context);
    if (!state) {
        state = { used: 0 };
        budgets.set(context, state);
    }
    const used = state;
    const limit = context.limits.maxDecompressedSize;
    return {
        remaining: () => Math.max(0, limit - used.used),
        spend(bytes) {
            used.used += bytes;
            if (used.used > limit)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-large-decompressed', `more than ${limit} bytes after decompression`);
        },
    };
}


/***/ }),

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   XB: () => (/* binding */ innerEntry),
/* harmony export */   oo: () => (/* binding */ Failures),
/* harmony export */   rg: () => (/* binding */ readInner)
/* harmony export */ });
/* harmony import */ var _scan_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/**
 * Files found inside a container (an archive entry, an object embedded in a document, a file
 * attached to a PDF) go back through the scan pipeline with the same sink, one level deeper,
 * under the entry `outer!inner`. A container reads all it can and then fails closed with the
 * first failure it met.
 */


/** `inner/path` inside the container at `a.zip!b.docx` → `a.zip!b.docx!inner/path`. */
function innerEntry(containerEntry, inner) {
    return containerEntry ? `${containerEntry}!${inner}` : inner;
}
/** Read one inner file through the pipeline; without a pipeline it cannot be read. */
async function readInner(data, name, container, sink, context) {
    if (!context.readNested)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', 'a file inside the container could not be read');
    await context.readNested((0,_scan_input_js__WEBPACK_IMPORTED_MODULE_0__/* .bufferInput */ .zZ)(data, name, container.depth + 1, innerEntry(container.entry, name)), sink);
}
/** The first failure of a part that could not be read; the rest of the container is still read. */
class Failures {
    first;
    note(error) {
        const failure = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isReadError */ .L)(error) ? error : new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt');
        // A limit on the whole file stops everything: there is no "rest" to read within it.
        if (failure.kind === 'too-large-decompressed' || failure.kind === 'timed-out' || failure.kind === 'out-of-memory')
            throw failure;
        this.first ??= failure;
    }
    throwIfAny() {
        if (this.first)
            throw this.first;
    }
}
/** Run one part's reading, keeping its failure for later. */
function attempt(failures, read) {
    try {
        read();
    }
    catch (error) {
        failures.note(error);
    }
}


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushPage: () => (/* binding */ pushPage),
  readPdf: () => (/* binding */ readPdf)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/containers/archive/nested.ts
var nested = __webpack_require__(7605);
// EXTERNAL MODULE: ./src/readers/containers/archive/budget.ts
var archive_budget = __webpack_require__(4675);
;// CONCATENATED MODULE: ./src/readers/documents/pdf/layout.ts
/**
 * Page layout from positioned text runs: runs → lines (same baseline) → cells (runs separated
 * by a wide gap) → blocks. Consecutive lines of two or more cells whose edges line up with
 * each other form a table; everything else is prose. Pure functions, no pdf.js here.
 */
/** Runs closer than this (in font sizes) belong to the same cell; pdf.js itself splits at 0.6. */
const CELL_GAP = 0.6;
/** A run starting this far (in font sizes) inside the previous run starts a new cell. */
const OVERLAP = 0.3;
/** How close (in font sizes) two edges must be to count as aligned. */
const EDGE_TOLERANCE = 0.6;
/** A table row may sit at most this many line heights below the previous one. */
const MAX_ROW_GAP = 3;
/** The next line of a wrapped cell sits at most this many font sizes below the line above. */
const WRAP_GAP = 1.6;
/**
 * Consecutive lines with this many cells or more, the same number on each, are rows of one
 * table even when their cells do not line up: columns padded with spaces in a proportional
 * font (a fixed-width report printed to PDF) start wherever the text before them ends.
 */
const MIN_SHAPED_CELLS = 3;
/**
 * Side-by-side columns of running text (a two-column newsletter) line up like a table; they are
 * read as prose, column by column, when there are few columns and their lines are long.
 */
const MAX_TEXT_COLUMNS = 3;
const MIN_TEXT_COLUMN_LINE = 40;
function groupLines(runs) {
    const visible = runs.filter((r) => r.text.trim().length > 0 && Number.isFinite(r.x) && Number.isFinite(r.y));
    const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
    const groups = [];
    for (const run of sorted) {
        const current = groups[groups.length - 1];
        const anchor = current?.[0];
        if (anchor && Math.abs(anchor.y - run.y) <= Math.max(1, Math.min(anchor.size, run.size) * 0.5))
            current.push(run);
        else
            groups.push([run]);
    }
    return groups.map((group, i) => ({
        number: i + 1,
        y: group[0].y,
        size: Math.max(...group.map((r) => r.size)),
        cells: toCells(group),
    }));
}
function toCells(runs) {
    const ordered = [...runs].sort((a, b) => a.x - b.x);
    const cells = [];
    for (const run of ordered) {
        const last = cells[cells.length - 1];
        const gap = last ? run.x - last.x1 : Infinity;
        const size = Math.max(1, run.size);
        // The same text drawn twice at nearly the same place (fake bold) is one run.
        if (last && Math.abs(run.x - last.x0) < 0.2 * size && last.text === run.text)
            continue;
        // A run that starts well inside the previous one: the previous cell's text was cut off at
        // this column by the printout (a narrow spreadsheet column) and runs on under it.
        if (last && gap < -OVERLAP * size && run.x > last.x0 + OVERLAP * size) {
            last.x1 = run.x - 0.25 * size;
            cells.push({ text: run.text, x0: run.x, x1: run.x + Math.max(0, run.width) });
            continue;
        }
        if (last && gap < CELL_GAP * size) {
            const space = gap > 0.1 * size && !/\s$/.test(last.text) && !/^\s/.test(run.text) ? ' ' : '';
            last.text += space + run.text;
            last.x1 = Math.max(last.x1, run.x + run.width);
        }
        else {
            cells.push({ text: run.text, x0: run.x, x1: run.x + Math.max(0, run.width) });
        }
    }
    for (const cell of cells)
        cell.text = cell.text.replace(/\s+/g, ' ').trim();
    return cells.filter((c) => c.text.length > 0);
}
function alignedCells(line, candidate) {
    const tol = EDGE_TOLERANCE * line.size;
    return line.cells.filter((c) => candidate.lefts.some((l) => Math.abs(l - c.x0) <= tol) || candidate.rights.some((r) => Math.abs(r - c.x1) <= tol)).length;
}
function continues(line, candidate) {
    const previous = candidate.lines[candidate.lines.length - 1];
    if (previous.y - line.y > MAX_ROW_GAP * Math.max(previous.size, line.size))
        return false;
    if (sameShape(line, previous))
        return true;
    const aligned = alignedCells(line, candidate);
    return aligned >= 2 && aligned * 2 >= line.cells.length;
}
/**
 * A one-cell line just under a table's line, at one of its column edges: the next line of a
 * cell that wraps (a long facility name), kept in the table so the table is not cut there.
 */
function wrapsInto(line, candidate) {
    const previous = candidate.lines[candidate.lines.length - 1];
    if (previous.y - line.y > WRAP_GAP * Math.max(previous.size, line.size))
        return false;
    return alignedCells(line, candidate) === line.cells.length;
}
function addLine(candidate, line) {
    candidate.lines.push(line);
    for (const c of line.cells) {
        candidate.lefts.push(c.x0);
        candidate.rights.push(c.x1);
    }
}
/** Split a page's lines into prose runs and tables, in reading order. */
function toBlocks(lines) {
    const blocks = [];
    let prose = [];
    let candidate;
    const flushProse = () => {
        if (prose.length)
            blocks.push({ kind: 'prose', firstLine: prose[0].number, text: prose.map(lineText).join('\n') });
        prose = [];
    };
    const closeCandidate = () => {
        if (!candidate)
            return;
        if (candidate.lines.length >= 2) {
            const header = prose[prose.length - 1];
            if (header && fitsAsHeader(header, candidate.lines))
                candidate.lines.unshift(prose.pop());
            flushProse();
            const rows = gridRows(candidate.lines);
            if (isTextColumns(rows))
                blocks.push(...columnsAsProse(rows));
            else
                blocks.push({ kind: 'table', rows });
        }
        else {
            prose.push(...candidate.lines);
        }
        candidate = undefined;
    };
    for (const line of lines) {
        if (candidate && (line.cells.length >= 2 ? continues(line, candidate) : wrapsInto(line, candidate))) {
            addLine(candidate, line);
            continue;
        }
        closeCandidate();
        if (line.cells.length >= 2) {
            candidate = { lines: [], lefts: [], rights: [] };
            addLine(candidate, line);
        }
        else {
            prose.push(line);
        }
    }
    closeCandidate();
    flushProse();
    return blocks;
}
/**
 * A line of several cells just above a table whose cells each fall on a different column of
 * it: a header whose alignment differs from the data (left-aligned titles over numbers).
 */
function fitsAsHeader(line, table) {
    const first = table[0];
    if (line.cells.length < 2 || line.y - first.y > MAX_ROW_GAP * Math.max(line.size, first.size))
        return false;
    const columns = tableColumns(table);
    const used = new Set();
    for (const cell of line.cells) {
        const index = columns.findIndex((col) => cell.x0 < col.x1 && cell.x1 > col.x0);
        if (index < 0 || used.has(index))
            return false;
        used.add(index);
    }
    return true;
}
function isTextColumns(rows) {
    const width = Math.max(...rows.map((r) => r.cells.length));
    const filled = rows.flatMap((r) => r.cells.filter((c) => c.length > 0));
    const average = filled.reduce((sum, c) => sum + c.length, 0) / Math.max(1, filled.length);
    return width <= MAX_TEXT_COLUMNS && average >= MIN_TEXT_COLUMN_LINE;
}
/** Each column of running text as one prose block, top to bottom, left column first. */
function columnsAsProse(rows) {
    const width = Math.max(...rows.map((r) => r.cells.length));
    const blocks = [];
    for (let c = 0; c < width; c++) {
        const lines = rows.filter((r) => r.cells[c]);
        if (lines.length)
            blocks.push({ kind: 'prose', firstLine: lines[0].line, text: lines.map((r) => r.cells[c]).join('\n') });
    }
    return blocks;
}
function lineText(line) {
    return line.cells.map((c) => c.text).join(' ');
}
/**
 * Columns are the horizontal extents of the table's cells merged where they overlap; two
 * neighbouring columns that no line fills both of are one column (a left-aligned header over
 * right-aligned numbers).
 */
function tableColumns(lines) {
    const spans = lines.flatMap((l) => l.cells.map((c) => ({ x0: c.x0, x1: c.x1 }))).sort((a, b) => a.x0 - b.x0);
    const columns = [];
    for (const s of spans) {
        const last = columns[columns.length - 1];
        if (last && s.x0 <= last.x1 + 0.5)
            last.x1 = Math.max(last.x1, s.x1);
        else
            columns.push({ ...s });
    }
    let merged = true;
    while (merged) {
        merged = false;
        for (let i = 0; i + 1 < columns.length; i++) {
            const [a, b] = [columns[i], columns[i + 1]];
            const together = lines.some((l) => l.cells.some((c) => inColumn(c, a)) && l.cells.some((c) => inColumn(c, b)));
            if (!together) {
                columns.splice(i, 2, { x0: a.x0, x1: Math.max(a.x1, b.x1) });
                merged = true;
                break;
            }
        }
    }
    return columns;
}
function inColumn(cell, column) {
    const mid = (cell.x0 + cell.x1) / 2;
    return mid >= column.x0 - 0.5 && mid <= column.x1 + 0.5;
}
function sameShape(a, b) {
    return a.cells.length === b.cells.length && a.cells.length >= MIN_SHAPED_CELLS;
}
function gridRows(lines) {
    if (lines.every((l) => sameShape(l, lines[0])))
        return lines.map((l) => ({ line: l.number, cells: l.cells.map((c) => c.text) }));
    return mergeWrapped(lines, placeCells(lines, fullColumns(lines) ?? tableColumns(lines)));
}
/**
 * The columns of the lines that fill the most cells, when two or more do and their columns are
 * that many: a cell of a sparser line that runs on under the next column (text joined across a
 * column by the PDF, or overflowing into an empty neighbour) then does not merge two columns.
 */
function fullColumns(lines) {
    const most = Math.max(...lines.map((l) => l.cells.length));
    const full = lines.filter((l) => l.cells.length === most);
    if (full.length < 2 || full.length === lines.length)
        return undefined;
    const columns = tableColumns(full);
    return columns.length === most ? columns : undefined;
}
/**
 * Rows whose cells wrap: the lines of one row sit closer together than the rows do. When the
 * gaps between lines fall in two sizes, and many rows are separated by the larger, a line
 * after a small gap that fills fewer columns than the widest line, all of them columns the row
 * above fills too, is the next line of that row's cells: its text is appended to theirs.
 */
function mergeWrapped(lines, rows) {
    const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y);
    if (gaps.length < 2)
        return rows;
    const small = Math.min(...gaps);
    const large = Math.max(...gaps);
    if (large < small * 1.3)
        return rows;
    const threshold = (small + large) / 2;
    const wide = gaps.filter((g) => g >= threshold).length;
    if (wide < Math.max(2, (gaps.length - wide) / 4))
        return rows;
    const widest = Math.max(...rows.map((r) => r.cells.filter(Boolean).length));
    const out = [rows[0]];
    for (let i = 1; i < rows.length; i++) {
        const row = rows[i];
        const above = out[out.length - 1];
        const filled = row.cells.map((c, k) => (c ? k : -1)).filter((k) => k >= 0);
        const wrapped = gaps[i - 1] < threshold &&
            gaps[i - 1] <= WRAP_GAP * lines[i].size &&
            filled.length < widest &&
            filled.every((k) => above.cells[k]);
        if (!wrapped) {
            out.push(row);
            continue;
        }
        out[out.length - 1] = { line: above.line, cells: above.cells.map((c, k) => (row.cells[k] ? `${c} ${row.cells[k]}` : c)) };
    }
    return out;
}
function placeCells(lines, columns) {
    return lines.map((line) => {
        const cells = new Array(columns.length).fill('');
        for (const cell of line.cells.flatMap((c) => splitAcross(c, columns))) {
            let index = columns.findIndex((col) => inColumn(cell, col));
            if (index < 0)
                index = nearestColumn(cell, columns);
            cells[index] = cells[index] ? `${cells[index]} ${cell.text}` : cell.text;
        }
        return { line: line.number, cells };
    });
}
/**
 * A cell whose text runs from one column into the next (the PDF joined two cells' text into one
 * run): cut at the space nearest the column edge, by the share of the run's width before it.
 */
function splitAcross(cell, columns) {
    const start = columns.findIndex((col) => cell.x0 >= col.x0 - 0.5 && cell.x0 <= col.x1 + 0.5);
    const next = start >= 0 ? columns[start + 1] : undefined;
    if (!next || cell.x1 <= next.x0 + 1 || cell.x1 <= cell.x0)
        return [cell];
    const at = Math.round(((next.x0 - cell.x0) / (cell.x1 - cell.x0)) * cell.text.length);
    let cut = -1;
    for (let d = 0; d <= 3 && cut < 0; d++) {
        if (cell.text[at - d] === ' ')
            cut = at - d;
        else if (cell.text[at + d] === ' ')
            cut = at + d;
    }
    if (cut <= 0)
        return [cell];
    const rest = { text: cell.text.slice(cut + 1), x0: next.x0, x1: cell.x1 };
    return [{ text: cell.text.slice(0, cut), x0: cell.x0, x1: next.x0 - 1 }, ...splitAcross(rest, columns)];
}
function nearestColumn(cell, columns) {
    let best = 0;
    let bestDistance = Infinity;
    columns.forEach((col, i) => {
        const d = Math.abs((col.x0 + col.x1) / 2 - (cell.x0 + cell.x1) / 2);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    });
    return best;
}

// EXTERNAL MODULE: ./src/readers/labelled-records.ts
var labelled_records = __webpack_require__(5414);
;// CONCATENATED MODULE: ./src/readers/documents/pdf/forms.ts
/**
 * Form-like PDF reports: one person after another, each a heading (their name) followed by
 * labelled lines ("Date of Birth: ...", "Citizenship: ...", "Facility: ..."), or a run of labelled
 * lines whose first label comes back for each person ("Name: ..."). The page's lines are cut into
 * one record per person and read as a 'records' table (labels as header), so that detection
 * judges each person's details together. The page's text is still read as prose as well.
 * Pure functions over the lines of layout.ts.
 */

/** A record needs this many fields; a page of one record, this many. */
const MIN_FIELDS = 2;
const MIN_FIELDS_ALONE = 3;
const MAX_HEADING = 80;
/** A line's field: "Label: value" in one cell, or a "Label:" cell then the value cell(s). */
function lineField(line) {
    const cells = line.cells.map((c) => c.text);
    if (cells.length >= 2 && /[:：]$/.test(cells[0]))
        return (0,labelled_records/* labelledText */.tC)(`${cells[0]} ${cells.slice(1).join(' ')}`);
    return (0,labelled_records/* labelledText */.tC)(cells.join(' '));
}
/** The records of a page, when it reads as a form-like report; otherwise none. */
function formRecords(lines) {
    const fields = lines.map(lineField);
    const records = [];
    let current;
    for (let i = 0; i < lines.length; i++) {
        const field = fields[i];
        if (field) {
            // A label seen already in this record starts the next one (no headings: "Name: ..." repeats).
            if (current && current.some((f) => f.label === field.label) && current[0].label === field.label) {
                records.push(current);
                current = [];
            }
            (current ??= []).push(field);
            continue;
        }
        // A short unlabelled line over two labelled lines is the heading of the next record.
        const text = lines[i].cells.map((c) => c.text).join(' ');
        if (text.length <= MAX_HEADING && fields[i + 1] && fields[i + 2]) {
            if (current?.length)
                records.push(current);
            current = [{ label: labelled_records/* HEADING_LABEL */.on, value: text }];
        }
        else if (current?.length) {
            records.push(current);
            current = undefined;
        }
    }
    if (current?.length)
        records.push(current);
    const kept = records.filter((r) => r.length >= MIN_FIELDS);
    if (kept.length === 1)
        return kept[0].length >= MIN_FIELDS_ALONE ? kept : [];
    return kept.length >= 2 && (0,labelled_records/* sharedLabels */.hR)(kept) ? kept : [];
}

// EXTERNAL MODULE: ./src/readers/loading.ts
var loading = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/readers/documents/pdf/pdfjs.ts
/**
 * pdf.js, loaded once per thread on first use, configured for untrusted input: the worker
 * code runs in this thread (the scan worker is already the isolation boundary), no eval, no
 * font loading, no system fonts, no network, no console output.
 *
 * Loading the legacy build has two side effects this module undoes or hides:
 * - its core-js polyfills replace a few existing built-in methods (`Array.prototype.push`,
 *   `Function.prototype.toString`) for spec corner cases; the scan worker treats a changed
 *   built-in prototype as pollution, so the originals are put back (the new methods it adds
 *   for Node 20, such as `Promise.withResolvers`, stay: pdf.js needs them);
 * - it prints warnings while it loads (no canvas package): console.log is muted meanwhile.
 */

let pdfjs_loading;
function loadPdfJs() {
    pdfjs_loading ??= (0,loading/* loadCode */.C_)(importQuietly);
    return pdfjs_loading;
}
const GUARDED_PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype];
async function importQuietly() {
    const saved = GUARDED_PROTOTYPES.map((proto) => ({ proto, descriptors: Object.getOwnPropertyDescriptors(proto) }));
    const log = console.log;
    console.log = () => undefined;
    try {
        // `eager` keeps pdf.js inside the one bundle file while still evaluating it only here.
        // `globalThis.pdfjsWorker` makes pdf.js run its worker code in-thread instead of
        // importing a worker file by path (which a bundle does not have).
        const worker = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 4323));
        globalThis.pdfjsWorker = worker;
        return await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 6061));
    }
    finally {
        console.log = log;
        for (const { proto, descriptors } of saved)
            restoreOwnProperties(proto, descriptors);
    }
}
function restoreOwnProperties(proto, before) {
    for (const key of Reflect.ownKeys(proto)) {
        if (!Object.prototype.hasOwnProperty.call(before, key))
            Reflect.deleteProperty(proto, key);
    }
    for (const key of Reflect.ownKeys(before)) {
        const was = before[key];
        const now = Object.getOwnPropertyDescriptor(proto, key);
        if (!now || now.value !== was.value || now.get !== was.get || now.set !== was.set)
            Object.defineProperty(proto, key, was);
    }
}
function documentParams(data) {
    return {
        data,
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        useWorkerFetch: false,
        isOffscreenCanvasSupported: false,
        isImageDecoderSupported: false,
        disableAutoFetch: true,
        disableStream: true,
        disableRange: true,
        enableXfa: false,
        stopAtErrors: false,
        verbosity: 0,
    };
}

;// CONCATENATED MODULE: ./src/readers/documents/pdf/extras.ts
const str = (v) => (typeof v === 'string' ? v.trim() : '');
function pageExtras(annotations) {
    const extras = { comments: [], fields: [], authors: [], links: [] };
    for (const a of annotations) {
        const link = str(a.unsafeUrl) || str(a.url);
        if (link)
            extras.links.push(link);
        if (a.subtype === 'Widget') {
            if (a.fieldType !== 'Tx' && a.fieldType !== 'Ch')
                continue;
            const values = (Array.isArray(a.fieldValue) ? a.fieldValue : [a.fieldValue]).map(str).filter(Boolean);
            if (!values.length)
                continue;
            const label = str(a.alternativeText) || str(a.fieldName);
            extras.fields.push(`${label ? `${label}: ` : ''}${values.join(', ')}`);
            continue;
        }
        // A popup repeats its parent's text.
        if (a.subtype === 'Popup')
            continue;
        const contents = str(a.contentsObj?.str);
        if (contents)
            extras.comments.push(contents);
        const author = str(a.titleObj?.str);
        if (author)
            extras.authors.push(author);
    }
    return extras;
}
/** Information-dictionary entries read as text (they can name the people a file is about). */
const INFO_TEXT = ['Title', 'Subject', 'Keywords'];
function pushDocumentInfo(info, sink, entry) {
    if (!info || typeof info !== 'object')
        return;
    const get = (key) => (Object.prototype.hasOwnProperty.call(info, key) ? str(info[key]) : '');
    const author = get('Author');
    if (author)
        sink.observe({ kind: 'document-author', where: 'PDF document information Author', entry, value: author });
    const texts = INFO_TEXT.map(get).filter(Boolean);
    if (texts.length)
        sink.prose(texts.join('\n'), { surface: 'metadata', entry });
}

;// CONCATENATED MODULE: ./src/readers/documents/pdf/revisions.ts

/** Earlier revisions read at most (the newest ones). */
const MAX_REVISIONS = 4;
const EOF_MARK = Buffer.from('%%EOF');
const STARTXREF = Buffer.from('startxref');
/** End offsets of the earlier revisions, oldest first (the last `%%EOF` ends the current one). */
function earlierRevisionEnds(data) {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const ends = [];
    for (let at = buf.indexOf(EOF_MARK); at >= 0; at = buf.indexOf(EOF_MARK, at + EOF_MARK.length)) {
        const trailer = buf.lastIndexOf(STARTXREF, at);
        if (trailer >= 0 && at - trailer < 64)
            ends.push(at + EOF_MARK.length);
    }
    ends.pop();
    return ends.slice(-MAX_REVISIONS);
}
function pageKey(runs) {
    return runs.map((r) => r.text).join(' ');
}
/**
 * Push the pages of earlier revisions that differ from the current text (and from each other).
 * `current` maps page numbers to pageKey() of the current version.
 */
function pushChangedPages(revision, pages, current, seen, push, sink, entry) {
    for (const { page, runs } of pages) {
        const key = pageKey(runs);
        if (!key.trim() || current.get(page) === key || seen.has(`${page}\u0000${key}`))
            continue;
        seen.add(`${page}\u0000${key}`);
        push(runs, page, sink, (0,nested/* innerEntry */.XB)(entry, `revision ${revision}`));
    }
}

;// CONCATENATED MODULE: ./src/readers/documents/pdf/index.ts
/**
 * PDF: the text layer of every page, with page numbers. Lines whose cells line up across rows
 * (a spreadsheet exported to PDF) are pushed as a grid table per page region; the rest is
 * prose; a form-like report (a name over labelled lines, per person) is also a records table
 * (forms.ts). Comments, filled form fields, the document information, attached files (through
 * the scan pipeline, like archive entries) and the changed pages of earlier revisions are read
 * too. A document with no text anywhere is a scan: `no-text-layer`. pdf.js errors never
 * escape: they become `password-protected` or `corrupt`.
 */









const readPdf = async (input, sink, context) => {
    const bytes = await input.buffer();
    const data = new Uint8Array(bytes); // a copy: pdf.js detaches what it is given
    const pdfjs = await loadPdfJs().catch(() => {
        throw new types/* ReadError */.F('internal-error', 'the PDF library could not be loaded');
    });
    const task = pdfjs.getDocument(documentParams(data));
    try {
        let doc;
        try {
            doc = await task.promise;
        }
        catch (error) {
            throw openFailure(error);
        }
        // The information dictionary does not count as a text layer: scanners fill in a title too.
        let texts = 0;
        try {
            pushDocumentInfo((await doc.getMetadata()).info, sink, input.entry);
        }
        catch {
            throw new types/* ReadError */.F('corrupt', 'the document information could not be read');
        }
        const annotationFiles = [];
        const currentPages = new Map();
        for (let n = 1; n <= doc.numPages; n++) {
            let runs;
            let annotations;
            try {
                const page = await doc.getPage(n);
                const content = await page.getTextContent();
                runs = content.items.map(toRun).filter((r) => r !== undefined);
                annotations = (await page.getAnnotations());
                for (const a of annotations)
                    if (a.file)
                        annotationFiles.push(a.file);
                page.cleanup();
            }
            catch {
                throw new types/* ReadError */.F('corrupt', `page ${n} could not be read`);
            }
            texts += runs.length;
            currentPages.set(n, pageKey(runs));
            pushPage(runs, n, sink, input.entry);
            texts += pushAnnotations(annotations, n, sink, input.entry);
        }
        await readEarlierRevisions(pdfjs, bytes, currentPages, sink, input.entry);
        const attachments = await attachedFiles(doc, annotationFiles);
        await readAttachments(attachments, input, sink, context);
        if (texts === 0 && attachments.length === 0)
            throw new types/* ReadError */.F('no-text-layer');
    }
    finally {
        await task.destroy().catch(() => undefined);
    }
};
/** The text of one document's pages, or undefined when it does not open. */
async function pageRuns(pdfjs, data) {
    const task = pdfjs.getDocument(documentParams(data));
    try {
        const doc = await task.promise;
        const pages = [];
        for (let n = 1; n <= doc.numPages; n++) {
            const page = await doc.getPage(n);
            const content = await page.getTextContent();
            pages.push({ page: n, runs: content.items.map(toRun).filter((r) => r !== undefined) });
            page.cleanup();
        }
        return pages;
    }
    catch {
        return undefined;
    }
    finally {
        await task.destroy().catch(() => undefined);
    }
}
async function readEarlierRevisions(pdfjs, bytes, current, sink, entry) {
    const seen = new Set();
    const ends = earlierRevisionEnds(bytes);
    for (const [i, end] of ends.entries()) {
        const pages = await pageRuns(pdfjs, new Uint8Array(bytes.subarray(0, end)));
        if (pages)
            pushChangedPages(i + 1, pages, current, seen, pushPage, sink, entry);
    }
}
function openFailure(error) {
    const name = error?.name;
    if (name === 'PasswordException')
        return new types/* ReadError */.F('password-protected');
    return new types/* ReadError */.F('corrupt');
}
function toRun(item) {
    if (typeof item.str !== 'string' || !item.str.trim() || !Array.isArray(item.transform))
        return undefined;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = item.height || Math.hypot(c, d) || Math.hypot(a, b) || 10;
    return { text: item.str, x, y, width: item.width ?? 0, size };
}
function pushPage(runs, page, sink, entry) {
    const lines = groupLines(runs);
    // A form-like report (a name, then labelled lines) is also one record per person.
    const records = formRecords(lines);
    if (records.length)
        (0,labelled_records/* emitRecordsTable */.wt)(sink, { surface: 'table', page, entry }, records);
    for (const block of toBlocks(lines)) {
        if (block.kind === 'prose') {
            sink.prose(block.text, { surface: 'text', page, line: block.firstLine, entry });
            continue;
        }
        const table = sink.beginTable({ surface: 'table', shape: 'grid', page, entry, rebuilt: true });
        for (const row of block.rows)
            table.row(row.line, row.cells);
        table.end();
    }
}
/** Comments and filled form fields of a page; returns how many pieces of text it pushed. */
function pushAnnotations(annotations, page, sink, entry) {
    const { comments, fields, authors, links } = pageExtras(annotations);
    if (comments.length)
        sink.prose(comments.join('\n'), { surface: 'comments', page, entry });
    if (fields.length)
        sink.prose(fields.join('\n'), { surface: 'text', page, entry });
    for (const value of new Set(authors))
        sink.observe({ kind: 'document-author', where: 'PDF comment author', entry, value });
    for (const value of new Set(links))
        sink.observe({ kind: 'external-link', where: 'PDF link', entry, value });
    return comments.length + fields.length;
}
/** Files attached to the document and to file-attachment annotations, each once. */
async function attachedFiles(doc, fromAnnotations) {
    let listed;
    try {
        listed = await doc.getAttachments();
    }
    catch {
        throw new types/* ReadError */.F('corrupt', 'the attached files could not be read');
    }
    const all = [...(listed && typeof listed === 'object' ? Object.values(listed) : []), ...fromAnnotations];
    const seen = new Set();
    const out = [];
    all.forEach((file, i) => {
        if (!(file?.content instanceof Uint8Array))
            return;
        const name = typeof file.filename === 'string' && file.filename.trim() ? file.filename.trim() : `attachment-${i + 1}`;
        const key = `${name}\u0000${file.content.length}`;
        if (seen.has(key))
            return;
        seen.add(key);
        out.push({ name, data: Buffer.from(file.content) });
    });
    return out;
}
/** Attached files go through the scan pipeline like archive entries (`report.pdf` → entry `roster.xlsx`). */
async function readAttachments(files, input, sink, context) {
    const failures = new nested/* Failures */.oo();
    const budget = (0,archive_budget/* decompressionBudget */.F)(context);
    for (const file of files) {
        try {
            budget.spend(file.data.length);
            await (0,nested/* readInner */.rg)(file.data, file.name, input, sink, context);
        }
        catch (error) {
            failures.note(error);
        }
    }
    failures.throwIfAny();
}


/***/ }),

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ls: () => (/* binding */ MAX_VALUE),
/* harmony export */   d_: () => (/* binding */ LABEL),
/* harmony export */   hR: () => (/* binding */ sharedLabels),
/* harmony export */   on: () => (/* binding */ HEADING_LABEL),
/* harmony export */   tC: () => (/* binding */ labelledText),
/* harmony export */   wt: () => (/* binding */ emitRecordsTable)
/* harmony export */ });
/** Header of a heading that stands over a record's fields (a name over a person's details). */
const HEADING_LABEL = '(heading)';
/** A label: a few words, a letter first ("Date of birth", "A-Number", "País de origen"). */
const LABEL = /^\p{L}[\p{L}\p{M}\d .#'()/_-]{0,39}$/u;
const LABEL_VALUE = /^([^:：]{1,40}?)\s*[:：]\s*(\S[\s\S]*)$/;
/** Longest value kept per field. */
const MAX_VALUE = 400;
/** "Date of Birth: 01/02/1990" → the field, when the part before the colon reads as a label. */
function labelledText(text) {
    const pair = LABEL_VALUE.exec(text);
    if (!pair || !LABEL.test(pair[1]) || /^(?:https?|mailto|tel|ftp|file)$/i.test(pair[1]))
        return undefined;
    return { label: pair[1], value: pair[2].slice(0, MAX_VALUE) };
}
/** Whether most records share at least half of the first record's labels. */
function sharedLabels(group) {
    const first = new Set(group[0].map((f) => f.label));
    let alike = 0;
    for (const r of group) {
        const common = r.filter((f) => first.has(f.label)).length;
        if (common * 2 >= Math.min(first.size, r.length))
            alike++;
    }
    return alike >= group.length * 0.6;
}
/** Records as one 'records' table; a label repeated in one record joins its values with "; ". */
function emitRecordsTable(sink, meta, records) {
    const header = [];
    const index = new Map();
    const rows = records.map((fields) => {
        const cells = [];
        for (const { label, value } of fields) {
            let i = index.get(label);
            if (i === undefined) {
                i = header.length;
                index.set(label, i);
                header.push(label);
            }
            cells[i] = cells[i] ? `${cells[i]}; ${value}` : value;
        }
        return cells;
    });
    const table = sink.beginTable({ ...meta, shape: 'records', header, lettered: false });
    try {
        rows.forEach((cells, i) => table.row(i + 1, cells));
    }
    finally {
        table.end();
    }
}


/***/ })

};
