export const id = 261;
export const ids = [261];
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

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ elementTexts),
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   y6: () => (/* binding */ decodeXml),
/* harmony export */   zH: () => (/* binding */ MAX_XML_DEPTH)
/* harmony export */ });
/* harmony import */ var htmlparser2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1600);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/**
 * XML parts of Office (OOXML) and OpenDocument packages, read with htmlparser2 in XML mode.
 * Element names reach handlers without their namespace prefix when asked (`w:p` → `p` is NOT
 * done here: Word, PowerPoint and ODF reuse local names such as `p` with different meanings,
 * so the walkers match qualified names).
 */


/**
 * Deeper than any real document (nested tables and text boxes stay in the tens). htmlparser2
 * keeps its open-element stack in an array it shifts and unshifts, so depth costs quadratic
 * time: a crafted part is refused here instead of running into the time limit.
 */
const MAX_XML_DEPTH = 2000;
function decodeXml(data) {
    if (data[0] === 0xff && data[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(data.subarray(2));
    if (data[0] === 0xfe && data[1] === 0xff)
        return new TextDecoder('utf-16be').decode(data.subarray(2));
    return new TextDecoder('utf-8').decode(data);
}
function parseXml(data, handlers) {
    let depth = 0;
    const parser = new htmlparser2__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .i({
        onopentag(name, attributes) {
            if (++depth > MAX_XML_DEPTH)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-deep', `XML nests deeper than ${MAX_XML_DEPTH} levels`);
            handlers.open?.(name, attributes);
        },
        ontext: handlers.text,
        onclosetag(name) {
            depth--;
            handlers.close?.(name);
        },
    }, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
    parser.write(decodeXml(data));
    parser.end();
}
/** The text of every element with one of these qualified names, in document order. */
function elementTexts(data, names) {
    const out = [];
    let depth = 0;
    let current = '';
    let buffer = '';
    parseXml(data, {
        open(name) {
            if (depth > 0)
                depth++;
            else if (names.has(name)) {
                depth = 1;
                current = name;
                buffer = '';
            }
        },
        text(text) {
            if (depth > 0)
                buffer += text;
        },
        close() {
            if (depth === 0)
                return;
            depth--;
            if (depth === 0)
                out.push({ name: current, text: buffer });
        },
    });
    return out;
}


/***/ }),

/***/ 261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  partsSheetJsDropped: () => (/* binding */ partsSheetJsDropped),
  readOds: () => (/* binding */ readOds),
  readWorkbook: () => (/* binding */ readWorkbook),
  readXls: () => (/* binding */ readXls),
  readXlsx: () => (/* binding */ readXlsx),
  spreadsheetReader: () => (/* binding */ spreadsheetReader)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/names.ts
/** Tokens of a formula constant; `other` marks anything that is not part of a constant. */
function tokenize(formula) {
    const out = [];
    let i = formula.startsWith('=') ? 1 : 0;
    while (i < formula.length) {
        const ch = formula[i];
        if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
            i++;
        }
        else if (ch === '"') {
            let text = '';
            i++;
            while (i < formula.length) {
                if (formula[i] === '"') {
                    if (formula[i + 1] === '"') {
                        text += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                text += formula[i++];
            }
            out.push({ kind: 'value', value: text });
        }
        else if (ch === '{') {
            out.push({ kind: 'open' });
            i++;
        }
        else if (ch === '}') {
            out.push({ kind: 'close' });
            i++;
        }
        else if (ch === ',') {
            out.push({ kind: 'column' });
            i++;
        }
        else if (ch === ';') {
            out.push({ kind: 'row' });
            i++;
        }
        else {
            const m = /^(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|TRUE|FALSE|#N\/A)(?=[\s,;}]|$)/i.exec(formula.slice(i));
            if (m) {
                const word = m[1].toUpperCase();
                out.push({ kind: 'value', value: word === 'TRUE' ? true : word === 'FALSE' ? false : word === '#N/A' ? undefined : Number(m[1]) });
                i += m[1].length;
            }
            else {
                out.push({ kind: 'other' });
                // Skip to the next delimiter that could start a token.
                while (i < formula.length && !'",;{}'.includes(formula[i]))
                    i++;
            }
        }
    }
    return out;
}
/** Rows of a constant (a single value is one row of one cell), or undefined for a formula. */
function constantRows(formula) {
    const tokens = tokenize(formula);
    if (tokens.length === 0 || tokens.some((t) => t.kind === 'other'))
        return undefined;
    const rows = [[]];
    let depth = 0;
    for (const t of tokens) {
        if (t.kind === 'open')
            depth++;
        else if (t.kind === 'close')
            depth--;
        else if (t.kind === 'row')
            rows.push([]);
        else if (t.kind === 'value')
            rows[rows.length - 1].push(t.value);
        if (depth < 0 || depth > 1)
            return undefined;
    }
    return rows;
}
function stringLiterals(formula) {
    return tokenize(formula).flatMap((t) => (t.kind === 'value' && typeof t.value === 'string' && t.value.trim() ? [t.value] : []));
}
function pushDefinedNames(wb, sheets, sink, entry) {
    const names = Array.isArray(wb.Workbook?.Names) ? wb.Workbook.Names : [];
    let pushed = 0;
    for (const name of names) {
        const ref = typeof name?.Ref === 'string' ? name.Ref : '';
        const sheet = typeof name?.Sheet === 'number' ? sheets[name.Sheet] : undefined;
        const where = { surface: 'defined-names', entry, sheet: sheet?.name, sheetState: sheet?.state };
        const comment = name.Comment;
        if (typeof comment === 'string' && comment.trim())
            sink.prose(comment, where);
        if (!ref)
            continue;
        const rows = constantRows(ref);
        if (rows && (rows.length > 1 || rows[0].length > 1)) {
            const table = sink.beginTable({ ...where, shape: 'grid', lettered: false });
            rows.forEach((cells, i) => table.row(i + 1, cells));
            table.end();
            pushed++;
        }
        else if (rows && rows[0].length === 1 && rows[0][0] !== undefined && rows[0][0] !== '') {
            sink.prose(String(rows[0][0]), where);
            pushed++;
        }
        else {
            const literals = stringLiterals(ref);
            if (literals.length) {
                sink.prose(literals.join('\n'), where);
                pushed++;
            }
        }
    }
    return pushed;
}

// EXTERNAL MODULE: ./src/readers/spreadsheet/open.ts
var spreadsheet_open = __webpack_require__(2277);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/readers/containers/archive/budget.ts
var archive_budget = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/readers/containers/zip.ts
var zip = __webpack_require__(234);
// EXTERNAL MODULE: ./src/readers/documents/office/xml.ts
var xml = __webpack_require__(3371);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/xml.ts
/**
 * Office XML parts read with htmlparser2 in XML mode: element callbacks by local name (the
 * namespace prefix dropped, so `c:v`, `x14:formula1` and `v` read alike), and the package
 * relationships that connect parts.
 */

function localName(name) {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
}
/** An attribute by exact name, else by local name (asking for "id" finds `r:id`). */
function attribute(attributes, name) {
    if (Object.prototype.hasOwnProperty.call(attributes, name))
        return attributes[name];
    for (const key of Object.keys(attributes))
        if (localName(key) === name)
            return attributes[key];
    return undefined;
}
/**
 * Parse a part with the office readers' parser (htmlparser2, XML mode, refused past
 * MAX_XML_DEPTH levels as too-deep), handing element names to the handlers without prefix.
 */
function parseXml(data, handlers) {
    (0,xml/* parseXml */.NO)(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, {
        open: handlers.open ? (name, attributes) => handlers.open(localName(name), attributes) : undefined,
        text: handlers.text,
        close: handlers.close ? (name) => handlers.close(localName(name)) : undefined,
    });
}
/** Collects the text inside the named elements (concatenated per element). */
function textCollector(names, onText) {
    let depth = 0;
    let current = '';
    let buffer = '';
    let attrs = {};
    return {
        open(name, attributes) {
            if (depth > 0) {
                depth++;
                return;
            }
            if (names.has(name)) {
                depth = 1;
                current = name;
                buffer = '';
                attrs = attributes;
            }
        },
        text(text) {
            if (depth > 0)
                buffer += text;
        },
        close() {
            if (depth === 0)
                return;
            depth--;
            if (depth === 0)
                onText(current, buffer, attrs);
        },
    };
}
/** `xl/foo/bar.xml` → `xl/foo/_rels/bar.xml.rels`. */
function relsPathOf(partPath) {
    const slash = partPath.lastIndexOf('/');
    return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}
function parseRelationships(data) {
    if (!data)
        return [];
    const out = [];
    parseXml(data, {
        open(name, a) {
            if (name !== 'Relationship')
                return;
            out.push({
                id: attribute(a, 'Id') ?? '',
                type: attribute(a, 'Type') ?? '',
                target: attribute(a, 'Target') ?? '',
                external: (attribute(a, 'TargetMode') ?? '').toLowerCase() === 'external',
            });
        },
    });
    return out;
}
/** An internal relationship target resolved against the part that holds it. */
function resolveTarget(partPath, target) {
    if (target.startsWith('/'))
        return target.slice(1);
    const parts = partPath.split('/');
    parts.pop();
    for (const step of target.split('/')) {
        if (step === '..')
            parts.pop();
        else if (step !== '.' && step !== '')
            parts.push(step);
    }
    return parts.join('/');
}
/** Part names matching a pattern, in natural order (sheet2 before sheet10). */
function partsMatching(files, pattern) {
    return [...files.keys()].filter((k) => pattern.test(k)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
const SAFE_PART = /^(?:[A-Za-z]+\/){0,3}(?:_rels\/)?[A-Za-z]+\d{0,4}\.(?:xml|vml|bin)(?:\.rels)?$|^_rels\/\.rels$/;
/**
 * A part path fit to name in a report: part names come from the file, so only the shapes Office
 * writes (`xl/externalLinks/_rels/externalLink1.xml.rels`) are shown; anything else is described.
 */
function safePartName(path, otherwise = 'a package part') {
    return SAFE_PART.test(path) ? path : otherwise;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/sheets.ts

/** Longer string cells are also pushed as prose (a paragraph in a cell reads like text). */
const LONG_TEXT = 256;
const MAX_COLUMN = 16_383;
const MAX_ROW = 1_048_575;
const hasOwn = (o, key) => Object.prototype.hasOwnProperty.call(o, key);
/**
 * A sheet by name. A sheet named `__proto__` is assigned by SheetJS as the prototype of
 * wb.Sheets rather than as a key, so it is recovered from there.
 */
function sheetByName(wb, name) {
    const sheets = wb.Sheets;
    if (hasOwn(sheets, name))
        return sheets[name];
    if (name === '__proto__') {
        const proto = Object.getPrototypeOf(sheets);
        if (proto && proto !== Object.prototype && typeof proto === 'object')
            return proto;
    }
    return undefined;
}
function sheetStateOf(hidden) {
    if (hidden === 2 || hidden === '2' || hidden === 'veryHidden')
        return 'very-hidden';
    if (hidden === 1 || hidden === '1' || hidden === true || hidden === 'hidden')
        return 'hidden';
    return 'visible';
}
function listSheets(wb) {
    const infos = Array.isArray(wb.Workbook?.Sheets) ? wb.Workbook.Sheets : [];
    return wb.SheetNames.map((rawName, index) => {
        const name = String(rawName);
        const info = infos[index] && infos[index].name === name ? infos[index] : infos.find((s) => s?.name === name);
        const relId = info?.id;
        return {
            index,
            name,
            state: sheetStateOf(info?.Hidden),
            relId: typeof relId === 'string' ? relId : undefined,
            ws: sheetByName(wb, name),
        };
    });
}
/**
 * Sheet names as a one-column table (surface 'metadata'): a workbook with a tab per person
 * carries its roster in the tab names.
 */
function pushSheetNames(sheets, sink, entry) {
    if (sheets.length < 2)
        return;
    const table = sink.beginTable({ surface: 'metadata', shape: 'grid', lettered: false, entry });
    const cells = [''];
    for (const sheet of sheets) {
        cells[0] = sheet.name;
        table.row(sheet.index + 1, cells);
    }
    table.end();
}
/**
 * A whole number shown through an identifier format: a literal letter prefix and/or fixed
 * zero padding of seven or more digits ("A"000000000, \A000000000, 000000000). The sheet shows
 * "A012345678" where the cell stores 12345678.
 */
const ID_FORMAT = /^((?:"[A-Za-z#-]{1,4}"|\\[A-Za-z#-])*)(0{7,12})$/;
function shownIdentifier(value, format) {
    if (typeof value !== 'number' || typeof format !== 'string' || !Number.isInteger(value) || value < 0)
        return undefined;
    const m = ID_FORMAT.exec(format);
    if (!m)
        return undefined;
    const digits = value.toFixed(0);
    if (digits.length > m[2].length)
        return undefined;
    return m[1].replace(/["\\]/g, '') + digits.padStart(m[2].length, '0');
}
/** The value detection judges: raw first, formatted text only where there is no raw value. */
function cellValue(cell) {
    switch (cell.t) {
        case 'n':
            return shownIdentifier(cell.v, cell.z) ?? cell.v;
        case 'b':
        case 'd':
            return cell.v;
        case 's':
            return typeof cell.v === 'string' ? cell.v : cell.w;
        case 'e':
            return cell.w;
        default:
            return cell.v === undefined ? cell.w : cell.v;
    }
}
/** Push one sheet: its grid, then its comments and long texts as prose. */
function pushSheet(sheet, sink, options = {}) {
    const ws = sheet.ws;
    const extra = { comments: [], longTexts: [], formulaTexts: new Map(), authors: new Set() };
    const counts = { rows: 0, cells: 0, commented: 0 };
    const where = { entry: options.entry, sheet: sheet.name, sheetState: sheet.state };
    const hiddenColumns = options.layout?.hiddenColumns ?? (ws ? hiddenColumnsOf(ws) : new Set());
    const rowSink = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, ...where, hiddenColumns });
    if (ws) {
        const walk = (rowNumber, cells, hidden) => {
            counts.rows++;
            rowSink.row(rowNumber, cells, hidden);
        };
        const onCell = (address, cell, value) => {
            counts.cells++;
            if (typeof value === 'string') {
                options.seenStrings?.add(value);
                if (value.length >= LONG_TEXT)
                    extra.longTexts.push({ address, text: value });
            }
            if (cell.c) {
                counts.commented++;
                collectComments(address, cell.c, extra);
            }
            if (typeof cell.f === 'string' && cell.f.includes('"'))
                collectFormulaTexts(address, cell.f, value, extra);
        };
        const hiddenRows = options.layout?.hiddenRows;
        walkCells(ws, walk, onCell, hiddenRows ? (r) => hiddenRows.has(r) : hiddenRowsOf(ws));
    }
    rowSink.end();
    for (const c of extra.comments)
        sink.prose(c.text, { surface: 'comments', ...where, cell: c.address });
    for (const t of extra.longTexts)
        sink.prose(t.text, { surface: 'cells', ...where, cell: t.address });
    for (const [text, address] of extra.formulaTexts)
        sink.prose(text, { surface: 'cells', ...where, cell: address });
    return { ...counts, authors: extra.authors };
}
/** Literals a formula holds besides what its cell shows: words only, once per sheet. */
function collectFormulaTexts(address, formula, value, extra) {
    for (const literal of stringLiterals(formula)) {
        if (literal.length < 3 || literal === value || extra.formulaTexts.has(literal) || !/\p{L}/u.test(literal))
            continue;
        extra.formulaTexts.set(literal, address);
    }
}
function collectComments(address, comments, extra) {
    if (!Array.isArray(comments))
        return;
    for (const comment of comments) {
        const threaded = comment?.T === true;
        const text = typeof comment?.t === 'string' ? (threaded ? utf8FromBinary(comment.t) : comment.t) : '';
        if (text.trim())
            extra.comments.push({ address, text });
        const author = typeof comment?.a === 'string' ? (threaded ? utf8FromBinary(comment.a) : comment.a).trim() : '';
        if (author)
            extra.authors.add(author);
    }
}
/**
 * SheetJS 0.18.5 reads threaded-comment parts as a binary string without decoding UTF-8
 * ("Hernández" arrives as "HernÃ¡ndez"). Undo that when the text is valid UTF-8 read as latin1.
 */
function utf8FromBinary(text) {
    if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text))
        return text;
    const decoded = Buffer.from(text, 'latin1').toString('utf8');
    return decoded.includes('\ufffd') ? text : decoded;
}
function hiddenColumnsOf(ws) {
    const out = new Set();
    const cols = ws['!cols'];
    if (!Array.isArray(cols))
        return out;
    cols.forEach((col, index) => {
        if (col?.hidden)
            out.add(index);
    });
    return out;
}
function hiddenRowsOf(ws) {
    const rows = ws['!rows'];
    if (!Array.isArray(rows) || rows.length === 0)
        return () => false;
    return (r) => rows[r]?.hidden === true;
}
/**
 * Walk every cell once, row by row, reusing one row array. Cells are visited through the
 * sheet's own keys (already-hashed strings: building "B7" for every address of the range costs
 * more than the rest of the walk), which also reaches cells outside a wrong !ref. SheetJS adds
 * cells in document order, which is row-major; keys out of that order are sorted first.
 */
function walkCells(ws, onRow, onCell, isHidden = hiddenRowsOf(ws)) {
    const keys = Object.keys(ws);
    const rows = new Int32Array(keys.length);
    const columns = new Int32Array(keys.length);
    let count = 0;
    let ordered = true;
    for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        const at = decodeAddress(key);
        if (at < 0)
            continue;
        const r = Math.floor(at / COLUMN_SPAN);
        const c = at % COLUMN_SPAN;
        if (count > 0 && (r < rows[count - 1] || (r === rows[count - 1] && c <= columns[count - 1])))
            ordered = false;
        rows[count] = r;
        columns[count] = c;
        keys[count] = key;
        count++;
    }
    let order;
    if (!ordered) {
        const indexes = Array.from({ length: count }, (_, i) => i);
        indexes.sort((a, b) => rows[a] - rows[b] || columns[a] - columns[b]);
        order = indexes;
    }
    const sheet = ws;
    // One array for every row: as long as the row's last value, cleared where it was written.
    const cells = [];
    const touched = [];
    let currentRow = -1;
    const flush = () => {
        if (!touched.length)
            return;
        cells.length = touched[touched.length - 1] + 1;
        onRow(currentRow + 1, cells, isHidden(currentRow));
        for (const c of touched)
            cells[c] = undefined;
        touched.length = 0;
    };
    for (let n = 0; n < count; n++) {
        const i = order ? order[n] : n;
        const r = rows[i];
        if (r !== currentRow) {
            flush();
            currentRow = r;
        }
        const address = keys[i];
        const cell = sheet[address];
        if (cell === undefined || cell === null || typeof cell !== 'object')
            continue;
        const value = cellValue(cell);
        if (value !== undefined && value !== null && value !== '') {
            const c = columns[i];
            cells[c] = value;
            touched.push(c);
        }
        onCell(address, cell, value);
    }
    flush();
}
/** Rows × this + column: a cell address as one number. */
const COLUMN_SPAN = MAX_COLUMN + 1;
/** "AB12" → row * COLUMN_SPAN + column (0-based), or -1 for a key that is not a cell address. */
function decodeAddress(key) {
    const length = key.length;
    let i = 0;
    let c = 0;
    for (; i < length && i < 4; i++) {
        const ch = key.charCodeAt(i);
        if (ch < 65 || ch > 90)
            break;
        c = c * 26 + (ch - 64);
    }
    if (i === 0 || i > 3 || i === length)
        return -1;
    let r = 0;
    for (let j = i; j < length; j++) {
        const ch = key.charCodeAt(j);
        if (ch < 48 || ch > 57 || (j === i && ch === 48))
            return -1;
        r = r * 10 + (ch - 48);
        if (r > MAX_ROW + 1)
            return -1;
    }
    if (c > COLUMN_SPAN)
        return -1;
    return (r - 1) * COLUMN_SPAN + (c - 1);
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/properties.ts
const PROPERTIES = [
    { key: 'Author', xlsx: 'docProps/core.xml creator', other: 'document properties author' },
    { key: 'LastAuthor', xlsx: 'docProps/core.xml lastModifiedBy', other: 'document properties last author' },
    { key: 'Manager', xlsx: 'docProps/app.xml Manager', other: 'document properties manager' },
    { key: 'Company', xlsx: 'docProps/app.xml Company', other: 'document properties company' },
];
function pushDocumentProperties(wb, format, sink, entry, commentAuthors) {
    const props = (wb.Props ?? {});
    for (const p of PROPERTIES) {
        const value = Object.prototype.hasOwnProperty.call(props, p.key) ? props[p.key] : undefined;
        if (typeof value !== 'string' || !value.trim())
            continue;
        sink.observe({ kind: 'document-author', where: format === 'xlsx' ? p.xlsx : p.other, entry, value });
    }
    for (const author of commentAuthors)
        sink.observe({ kind: 'document-author', where: 'comment author', entry, value: author });
}
const DESCRIPTIVE = ['Title', 'Subject', 'Keywords', 'Comments', 'Description', 'Category', 'ContentStatus', 'Identifier'];
function pushDescriptiveProperties(wb, sink, entry) {
    const texts = [];
    const props = (wb.Props ?? {});
    for (const key of DESCRIPTIVE) {
        const value = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
        if (typeof value === 'string' && value.trim())
            texts.push(value);
    }
    const custom = wb.Custprops;
    if (custom && typeof custom === 'object') {
        for (const key of Object.keys(custom)) {
            const value = custom[key];
            if (typeof value === 'string' && value.trim())
                texts.push(value);
        }
    }
    if (texts.length)
        sink.prose(texts.join('\n'), { surface: 'metadata', entry });
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/sheet-xml.ts
/**
 * What the worksheet XML holds besides cells, read from the raw part without parsing the cells
 * a second time: hidden rows and columns (byte search for `hidden=` attributes, so SheetJS can
 * skip its costly style pass), and the tail after <sheetData> (data validation lists and their
 * messages, headers and footers).
 */

const sheet_xml_MAX_COLUMN = 16_383;
/** Sheet name → worksheet part path, through the workbook's relationships. */
function sheetPartPaths(files, sheets) {
    const out = new Map();
    const workbook = workbookPartPath(files);
    if (!workbook)
        return out;
    const rels = new Map(parseRelationships(files.get(relsPathOf(workbook))).map((r) => [r.id, r]));
    for (const sheet of sheets) {
        const rel = sheet.relId ? rels.get(sheet.relId) : undefined;
        if (rel && !rel.external)
            out.set(sheet, resolveTarget(workbook, rel.target));
    }
    return out;
}
function workbookPartPath(files) {
    const root = parseRelationships(files.get('_rels/.rels')).find((r) => /\/officeDocument$/.test(r.type));
    if (root)
        return resolveTarget('', root.target);
    return files.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}
const HIDDEN = Buffer.from('hidden=');
const LT = 0x3c;
/** 0-based hidden row and column indexes of a worksheet part. */
function sheetLayout(part) {
    const buf = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    const layout = { hiddenRows: new Set(), hiddenColumns: new Set() };
    let implicitRows;
    for (let at = buf.indexOf(HIDDEN); at >= 0; at = buf.indexOf(HIDDEN, at + HIDDEN.length)) {
        if (!isTrue(buf, at + HIDDEN.length))
            continue;
        const start = buf.lastIndexOf(LT, at);
        if (start < 0)
            continue;
        const end = buf.indexOf(0x3e, at);
        const tag = buf.toString('utf8', start, end < 0 ? at + 16 : end + 1);
        const name = /^<(?:[\w.-]+:)?(row|col)\b/.exec(tag)?.[1];
        if (name === 'col') {
            const min = Number(/\bmin=["'](\d+)/.exec(tag)?.[1] ?? 0);
            const max = Math.min(Number(/\bmax=["'](\d+)/.exec(tag)?.[1] ?? min), sheet_xml_MAX_COLUMN + 1);
            for (let c = Math.max(1, min); c <= max; c++)
                layout.hiddenColumns.add(c - 1);
        }
        else if (name === 'row') {
            const r = /\br=["'](\d+)/.exec(tag)?.[1];
            if (r)
                layout.hiddenRows.add(Number(r) - 1);
            else {
                implicitRows ??= rowStarts(buf);
                const index = implicitRows.findIndex((p) => p === start);
                if (index >= 0)
                    layout.hiddenRows.add(index);
            }
        }
    }
    return layout;
}
function isTrue(buf, at) {
    const quote = buf[at];
    if (quote !== 0x22 && quote !== 0x27)
        return false;
    const value = buf.toString('latin1', at + 1, at + 6);
    return value.startsWith('1') || value.toLowerCase().startsWith('true');
}
/** Offsets of every <row> start tag, for rows that carry no r= attribute. */
function rowStarts(buf) {
    const out = [];
    const text = buf.toString('latin1');
    const re = /<(?:[\w.-]+:)?row[\s/>]/g;
    for (let m = re.exec(text); m; m = re.exec(text))
        out.push(m.index);
    return out;
}
const HEADER_FOOTER = new Set(['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter']);
const VALIDATION_TEXT = ['promptTitle', 'prompt', 'errorTitle', 'error'];
/** Everything after </sheetData>: small, whatever the size of the sheet. */
function sheetTail(part) {
    const buf = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    const tail = { validationLists: [], validationMessages: [], headerFooter: [] };
    const close = buf.lastIndexOf('sheetData');
    const from = close < 0 ? 0 : buf.indexOf(0x3e, close) + 1;
    if (from <= 0 && close >= 0)
        return tail;
    const text = buf.toString('utf8', from);
    if (!/dataValidation|Header|Footer/.test(text))
        return tail;
    let inValidation = false;
    const formulas = textCollector(new Set(['formula1', 'f']), (name, value) => {
        if (!inValidation)
            return;
        const items = inlineList(value);
        if (items)
            tail.validationLists.push(items);
    });
    const headers = textCollector(HEADER_FOOTER, (_name, value) => {
        const clean = stripHeaderCodes(value);
        if (clean.trim())
            tail.headerFooter.push(clean);
    });
    parseXml(`<tail>${text}`, {
        open(name, attributes) {
            if (name === 'dataValidation') {
                inValidation = true;
                for (const key of VALIDATION_TEXT) {
                    const value = attribute(attributes, key);
                    if (value?.trim())
                        tail.validationMessages.push(value);
                }
            }
            formulas.open(name, attributes);
            headers.open(name, attributes);
        },
        text(t) {
            formulas.text(t);
            headers.text(t);
        },
        close(name) {
            formulas.close(name);
            headers.close(name);
            if (name === 'dataValidation')
                inValidation = false;
        },
    });
    return tail;
}
/** `"a,b,c"` → ['a','b','c']; a reference or formula → undefined (its cells are read anyway). */
function inlineList(formula) {
    const f = formula.trim();
    if (f.length < 2 || !f.startsWith('"') || !f.endsWith('"'))
        return undefined;
    return f
        .slice(1, -1)
        .replace(/""/g, '"')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Header/footer codes: &L &C &R &P &N &D &T &F &A &Z &G, &"font,style", &12 (size), &&. */
function stripHeaderCodes(text) {
    return text
        .replace(/&"[^"]*"/g, ' ')
        .replace(/&K[0-9A-Fa-f]{6}/g, ' ')
        .replace(/&\d+/g, ' ')
        .replace(/&([LCRPNDTFAZGBIUSEXYK])/g, ' ')
        .replace(/&&/g, '&')
        .replace(/[ \t]+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/comments.ts

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
function commentPartTexts(data) {
    const out = [];
    let ref;
    let depth = 0;
    let inText = false;
    let text = '';
    parseXml(data, {
        open(name, a) {
            if (name === 'comment' || name === 'threadedComment') {
                ref = attribute(a, 'ref');
                depth = 1;
                text = '';
            }
            else if (depth > 0 && (name === 't' || name === 'text'))
                inText = true;
        },
        text(t) {
            if (inText)
                text += t;
        },
        close(name) {
            if (name === 't' || name === 'text')
                inText = false;
            else if ((name === 'comment' || name === 'threadedComment') && depth > 0) {
                depth = 0;
                if (text.trim())
                    out.push({ cell: ref && CELL.test(ref) ? ref : undefined, text });
            }
        },
    });
    return out;
}
/** Push every comment of every comment part; returns how many. */
function pushCommentParts(files, sink, entry) {
    let pushed = 0;
    for (const path of partsMatching(files, /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i)) {
        for (const c of commentPartTexts(files.get(path))) {
            sink.prose(c.text, { surface: 'comments', entry, cell: c.cell });
            pushed++;
        }
    }
    return pushed;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/charts.ts

/** Series of one chart part, each as columns of cached points. */
function parseChartCaches(data) {
    const series = [];
    let current;
    let cache;
    let index = -1;
    let inValue = false;
    let text = '';
    parseXml(data, {
        open(name, a) {
            if (name === 'ser')
                current = [];
            else if ((name === 'strCache' || name === 'numCache' || name === 'lvl') && current) {
                cache = { numeric: name === 'numCache', points: [] };
                current.push(cache);
            }
            else if (name === 'pt' && cache)
                index = Number(attribute(a, 'idx') ?? cache.points.length);
            else if (name === 'v' && cache) {
                inValue = true;
                text = '';
            }
        },
        text(t) {
            if (inValue)
                text += t;
        },
        close(name) {
            if (name === 'v' && cache && inValue) {
                inValue = false;
                const n = Number(text);
                const i = Number.isInteger(index) && index >= 0 && index < 1_048_576 ? index : cache.points.length;
                cache.points[i] = cache.numeric && text.trim() !== '' && Number.isFinite(n) ? n : text;
            }
            else if (name === 'strCache' || name === 'numCache' || name === 'lvl')
                cache = undefined;
            else if (name === 'ser' && current) {
                if (current.some((c) => c.points.length))
                    series.push(current);
                current = undefined;
            }
        },
    });
    return series;
}
function pushChartCaches(files, sink, entry) {
    for (const path of partsMatching(files, /^xl\/charts\/chart[^/]*\.xml$/i)) {
        for (const columns of parseChartCaches(files.get(path))) {
            const length = Math.max(...columns.map((c) => c.points.length));
            const table = sink.beginTable({ surface: 'chart-cache', shape: 'grid', lettered: false, entry });
            const cells = new Array(columns.length);
            for (let r = 0; r < length; r++) {
                columns.forEach((c, i) => (cells[i] = c.points[r]));
                table.row(r + 1, cells);
            }
            table.end();
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/drawings.ts

/** Paragraph texts of one drawing part, in document order. */
function drawingTexts(data) {
    const paragraphs = [];
    let inText = false;
    let paragraph = '';
    parseXml(data, {
        open(name) {
            if (name === 't')
                inText = true;
            else if (name === 'p')
                paragraph = '';
        },
        text(t) {
            if (inText)
                paragraph += t;
        },
        close(name) {
            if (name === 't')
                inText = false;
            else if (name === 'p' && paragraph.trim()) {
                paragraphs.push(paragraph);
                paragraph = '';
            }
        },
    });
    return paragraphs;
}
function pushDrawingTexts(files, sheetParts, sink, entry) {
    const sheetOfDrawing = new Map();
    for (const [sheet, part] of sheetParts) {
        for (const rel of parseRelationships(files.get(relsPathOf(part)))) {
            if (!rel.external && /\/drawing$/.test(rel.type))
                sheetOfDrawing.set(resolveTarget(part, rel.target), sheet);
        }
    }
    for (const path of partsMatching(files, /^xl\/drawings\/[^/]+\.xml$/i)) {
        const texts = drawingTexts(files.get(path));
        if (!texts.length)
            continue;
        const sheet = sheetOfDrawing.get(path);
        sink.prose(texts.join('\n'), { surface: 'text', entry, sheet: sheet?.name, sheetState: sheet?.state });
    }
}

// EXTERNAL MODULE: ./src/scan/input.ts
var scan_input = __webpack_require__(4301);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/embeddings.ts
/**
 * Embedded files (xl/embeddings/*: workbooks, documents, OLE packages) are handed to the
 * pipeline's nested reader with the same sink, so a roster pasted as an object is judged like
 * any file. Without a nested reader there is nothing to hand them to (see the reader's notes).
 */


function embeddedParts(files) {
    return partsMatching(files, /^xl\/embeddings\/[^/]+$/i);
}
async function pushEmbeddings(files, input, sink, context) {
    if (!context.readNested)
        return 0;
    let handed = 0;
    for (const path of embeddedParts(files)) {
        const data = files.get(path);
        if (data.length === 0)
            continue;
        const entry = input.entry ? `${input.entry}!${path}` : path;
        const nested = (0,scan_input/* bufferInput */.zZ)(Buffer.from(data.buffer, data.byteOffset, data.byteLength), path, input.depth + 1, entry);
        await context.readNested(nested, sink);
        handed++;
    }
    return handed;
}

// EXTERNAL MODULE: ./node_modules/xlsx/xlsx.js
var xlsx = __webpack_require__(3592);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/external-links.ts
/**
 * External links: a workbook that refers to another workbook keeps a cached copy of the values
 * it used (xl/externalLinks/externalLink*.xml, sheetDataSet) and the other file's path in the
 * part's relationships, often an internal file share. The cached values are pushed as one grid
 * per external sheet (surface 'external-link'); the path is observed. Other relationships that
 * point at files (not web pages) are observed too, and so are the files and databases named by
 * data connections (xl/connections.xml).
 */


/** Cached external sheets of one externalLink part (kept in memory: they are small copies). */
function parseExternalLink(data) {
    const names = [];
    const sheets = [];
    let sheet;
    let row;
    let cell;
    let inValue = false;
    let text = '';
    let nextRow = 1;
    parseXml(data, {
        open(name, a) {
            if (name === 'sheetName')
                names.push(attribute(a, 'val') ?? '');
            else if (name === 'sheetData') {
                const id = Number(attribute(a, 'sheetId'));
                sheet = { sheet: names[id] ?? '', rows: [] };
                sheets.push(sheet);
                nextRow = 1;
            }
            else if (name === 'row' && sheet) {
                const r = Number(attribute(a, 'r'));
                row = { rowNumber: Number.isInteger(r) && r > 0 ? r : nextRow, cells: [] };
                nextRow = row.rowNumber + 1;
            }
            else if (name === 'cell' && row) {
                const ref = attribute(a, 'r');
                const column = ref ? xlsx.utils.decode_cell(ref).c : row.cells.length;
                cell = { column: column >= 0 ? column : row.cells.length, type: attribute(a, 't') ?? 'n' };
            }
            else if (name === 'v' && cell) {
                inValue = true;
                text = '';
            }
        },
        text(t) {
            if (inValue)
                text += t;
        },
        close(name) {
            if (name === 'v' && cell && row) {
                inValue = false;
                row.cells[cell.column] = cachedValue(cell.type, text);
            }
            else if (name === 'cell')
                cell = undefined;
            else if (name === 'row' && row && sheet) {
                if (row.cells.some((c) => c !== undefined && c !== ''))
                    sheet.rows.push(row);
                row = undefined;
            }
            else if (name === 'sheetData')
                sheet = undefined;
        },
    });
    return sheets.filter((s) => s.rows.length > 0);
}
function cachedValue(type, text) {
    if (type === 'n') {
        const n = Number(text);
        return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
    if (type === 'b')
        return text === '1' || text === 'true';
    return text;
}
const FILE_TARGET = /^(file:|\\\\|[a-z]:[\\/])|\.(xls[xmb]?|xlt[xm]?|csv|ods|mdb|accdb)$/i;
/** A path to a share, a drive or a workbook/database file anywhere in a connection string. */
const FILE_IN_TEXT = /(file:|\\\\[^\\\s;"]+\\|\b[a-z]:[\\/])|\.(xls[xmb]?|csv|mdb|accdb|odc)\b/i;
const CONNECTION_ATTRIBUTES = ['sourceFile', 'odcFile', 'connection', 'url'];
/** Files and shares named by the workbook's data connections. */
function connectionTargets(data) {
    const out = [];
    parseXml(data, {
        open(_name, a) {
            for (const name of CONNECTION_ATTRIBUTES) {
                const value = attribute(a, name);
                if (value && FILE_IN_TEXT.test(value))
                    out.push({ attribute: name, value });
            }
        },
    });
    return out;
}
function pushExternalLinks(files, sink, entry) {
    const linkParts = partsMatching(files, /^xl\/externalLinks\/[^/]+\.xml$/i);
    const observed = new Set();
    for (const path of linkParts) {
        for (const external of parseExternalLink(files.get(path))) {
            const table = sink.beginTable({ surface: 'external-link', shape: 'grid', lettered: true, sheet: external.sheet || undefined, entry });
            for (const r of external.rows)
                table.row(r.rowNumber, r.cells);
            table.end();
        }
        const relsPath = relsPathOf(path);
        for (const rel of parseRelationships(files.get(relsPath))) {
            if (!rel.external || !rel.target)
                continue;
            observed.add(`${relsPath}\n${rel.target}`);
            sink.observe({ kind: 'external-link', where: `${safePartName(relsPath, 'a relationships part')} Target`, entry, value: rel.target });
        }
    }
    const connections = files.get('xl/connections.xml');
    if (connections) {
        for (const target of connectionTargets(connections)) {
            sink.observe({ kind: 'external-link', where: `xl/connections.xml ${target.attribute}`, entry, value: target.value });
        }
    }
    // Other relationships to files: hyperlinks to a share, linked OLE objects, data connections.
    for (const relsPath of partsMatching(files, /(^|\/)_rels\/[^/]+\.rels$/i)) {
        for (const rel of parseRelationships(files.get(relsPath))) {
            if (!rel.external || !FILE_TARGET.test(rel.target) || observed.has(`${relsPath}\n${rel.target}`))
                continue;
            sink.observe({ kind: 'external-link', where: `${safePartName(relsPath, 'a relationships part')} Target`, entry, value: rel.target });
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/orphan-sheets.ts


const orphan_sheets_COLUMN_SPAN = 16_384;
function readWorksheetPart(data, strings, onRow) {
    let row = [];
    let rowNumber = 0;
    let column = -1;
    let type = 'n';
    let text;
    let inValue = false;
    parseXml(data, {
        open(name, a) {
            if (name === 'row') {
                const r = Number(attribute(a, 'r'));
                rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
                row = [];
                column = -1;
            }
            else if (name === 'c') {
                const at = decodeAddress(attribute(a, 'r') ?? '');
                column = at >= 0 ? at % orphan_sheets_COLUMN_SPAN : column + 1;
                type = attribute(a, 't') ?? 'n';
                text = undefined;
            }
            else if (name === 'v' || (name === 't' && type === 'inlineStr')) {
                inValue = true;
                text ??= '';
            }
        },
        text(t) {
            if (inValue)
                text += t;
        },
        close(name) {
            if (name === 'v' || name === 't')
                inValue = false;
            else if (name === 'c' && text !== undefined && column >= 0)
                row[column] = orphan_sheets_cellValue(type, text, strings);
            else if (name === 'row' && row.some((v) => v !== undefined && v !== ''))
                onRow(rowNumber, row);
        },
    });
}
function orphan_sheets_cellValue(type, text, strings) {
    switch (type) {
        case 's': {
            const s = strings[Number(text)];
            // An index past the table points at nothing.
            return typeof s?.t === 'string' ? s.t : undefined;
        }
        case 'b':
            return text === '1' || text === 'true';
        case 'n': {
            const n = Number(text);
            return text.trim() !== '' && Number.isFinite(n) ? n : text;
        }
        default:
            return text;
    }
}
function pushOrphanSheets(files, listed, wb, sink, entry, seenStrings) {
    const table = wb.Strings;
    const strings = Array.isArray(table) ? table : [];
    let found = 0;
    for (const path of partsMatching(files, /^xl\/worksheets\/[^/]+\.xml$/i)) {
        if (listed.has(path))
            continue;
        const label = `(sheet not listed in the workbook: ${safePartName(path)})`;
        const rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, sheet: label, sheetState: 'very-hidden', entry });
        readWorksheetPart(files.get(path), strings, (n, cells) => {
            if (seenStrings)
                for (const v of cells)
                    if (typeof v === 'string')
                        seenStrings.add(v);
            rows.row(n, cells);
        });
        rows.end();
        found++;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/pivot-cache.ts

const ITEM_TAGS = new Set(['s', 'n', 'd', 'b', 'e', 'm']);
function itemValue(tag, attributes) {
    const v = attribute(attributes, 'v');
    switch (tag) {
        case 'n': {
            const n = Number(v);
            return v !== undefined && Number.isFinite(n) ? n : v;
        }
        case 'd': {
            const d = v ? new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`) : undefined;
            return d && !Number.isNaN(d.getTime()) ? d : v;
        }
        case 'b':
            return v === '1' || v === 'true';
        case 'm':
            return undefined;
        default:
            return v;
    }
}
/** Field names and shared items of a pivotCacheDefinition part. */
function parseCacheDefinition(data) {
    const fields = [];
    let recordsRelId;
    let current;
    let inShared = false;
    parseXml(data, {
        open(name, a) {
            if (name === 'pivotCacheDefinition')
                recordsRelId = attribute(a, 'id');
            else if (name === 'cacheField') {
                current = { name: attribute(a, 'name') ?? '', items: [] };
                fields.push(current);
            }
            else if (name === 'sharedItems')
                inShared = true;
            else if (inShared && current && ITEM_TAGS.has(name))
                current.items.push(itemValue(name, a));
        },
        close(name) {
            if (name === 'sharedItems')
                inShared = false;
            else if (name === 'cacheField')
                current = undefined;
        },
    });
    return { fields, recordsRelId };
}
/** Stream the records of a pivotCacheRecords part: one call per <r>, cells in field order. */
function parseCacheRecords(data, fields, onRecord) {
    const used = fields.map(() => new Set());
    const cells = new Array(fields.length).fill(undefined);
    let column = -1;
    let inRecord = false;
    parseXml(data, {
        open(name, a) {
            if (name === 'r') {
                inRecord = true;
                column = 0;
                return;
            }
            if (!inRecord)
                return;
            if (name === 'x') {
                const index = Number(attribute(a, 'v'));
                const field = fields[column];
                if (field && Number.isInteger(index)) {
                    cells[column] = field.items[index];
                    used[column].add(index);
                }
                column++;
            }
            else if (ITEM_TAGS.has(name)) {
                cells[column] = itemValue(name, a);
                column++;
            }
        },
        close(name) {
            if (name !== 'r' || !inRecord)
                return;
            inRecord = false;
            onRecord(cells, used);
            cells.fill(undefined);
        },
    });
    return used;
}
function pushPivotCaches(files, sink, entry) {
    let records = 0;
    for (const path of partsMatching(files, /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i)) {
        const { fields, recordsRelId } = parseCacheDefinition(files.get(path));
        if (!fields.length)
            continue;
        const header = fields.map((f) => f.name);
        const recordsPath = recordsPathOf(files, path, recordsRelId);
        const recordsPart = recordsPath ? files.get(recordsPath) : undefined;
        let used = fields.map(() => new Set());
        if (recordsPart) {
            const table = sink.beginTable({ surface: 'pivot-cache', shape: 'records', header, lettered: false, entry });
            let n = 0;
            used = parseCacheRecords(recordsPart, fields, (cells) => table.row(++n, cells));
            table.end();
            records += n;
        }
        fields.forEach((field, i) => {
            const unused = field.items
                .map((v, index) => ({ v, index }))
                .filter(({ v, index }) => !used[i].has(index) && v !== undefined && v !== '');
            if (!unused.length)
                return;
            const table = sink.beginTable({ surface: 'pivot-cache', shape: 'records', header: [field.name], lettered: false, entry });
            for (const { v, index } of unused)
                table.row(index + 1, [v]);
            table.end();
        });
    }
    return records;
}
function recordsPathOf(files, definitionPath, relId) {
    if (relId) {
        const rel = parseRelationships(files.get(relsPathOf(definitionPath))).find((r) => r.id === relId && !r.external);
        if (rel)
            return resolveTarget(definitionPath, rel.target);
    }
    const guess = definitionPath.replace(/pivotCacheDefinition([^/]*)$/i, 'pivotCacheRecords$1');
    return files.has(guess) ? guess : undefined;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/shared-strings.ts
function unusedSharedStrings(strings, seen) {
    if (!Array.isArray(strings))
        return [];
    const out = [];
    strings.forEach((s, index) => {
        const text = typeof s === 'string' ? s : typeof s?.t === 'string' ? s.t : '';
        if (text.trim() && !seen.has(text))
            out.push({ index, text });
    });
    return out;
}
function pushUnusedSharedStrings({ wb, seenStrings, sink, entry }) {
    if (!seenStrings)
        return 0;
    const unused = unusedSharedStrings(wb.Strings, seenStrings);
    if (!unused.length)
        return 0;
    const table = sink.beginTable({ surface: 'shared-strings', shape: 'grid', lettered: false, entry });
    const cells = [''];
    for (const { index, text } of unused) {
        cells[0] = text;
        table.row(index + 1, cells);
    }
    table.end();
    return unused.length;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/sheet-extras.ts

function pushSheetExtras(files, sheetParts, sink, entry) {
    for (const [sheet, path] of sheetParts) {
        const data = /\.xml$/i.test(path) ? files.get(path) : undefined;
        if (!data)
            continue;
        const tail = sheetTail(data);
        const where = { entry, sheet: sheet.name, sheetState: sheet.state };
        for (const items of tail.validationLists) {
            const table = sink.beginTable({ surface: 'data-validation', shape: 'grid', lettered: false, ...where });
            const cells = [''];
            items.forEach((item, i) => {
                cells[0] = item;
                table.row(i + 1, cells);
            });
            table.end();
        }
        if (tail.validationMessages.length)
            sink.prose(tail.validationMessages.join('\n'), { surface: 'data-validation', ...where });
        if (tail.headerFooter.length)
            sink.prose(tail.headerFooter.join('\n'), { surface: 'header-footer', ...where });
    }
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/index.ts








async function pushWorkbookParts(parts) {
    const { files, sink, entry } = parts;
    // Only when every listed sheet was matched to its part: otherwise listed sheets would be read twice.
    if (!parts.orphansRead && files.size && parts.sheetParts.size === parts.sheets.length)
        pushOrphanSheets(files, new Set(parts.sheetParts.values()), parts.wb, sink, entry, parts.seenStrings);
    pushUnusedSharedStrings(parts);
    if (files.size === 0)
        return;
    pushSheetExtras(files, parts.sheetParts, sink, entry);
    pushPivotCaches(files, sink, entry);
    pushExternalLinks(files, sink, entry);
    pushChartCaches(files, sink, entry);
    pushDrawingTexts(files, parts.sheetParts, sink, entry);
    await pushEmbeddings(files, parts.input, sink, parts.context);
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/stream/scanner.ts
/**
 * A small streaming XML tokenizer for the two big parts of a workbook (worksheets and the
 * shared-string table): text goes in chunk by chunk, tags and text come out as callbacks, and
 * only an unfinished tag is carried between chunks, so memory stays flat whatever the part's
 * size. It reads what SpreadsheetML needs (elements with or without a namespace prefix,
 * attributes, entities, CDATA) and skips comments, processing instructions and doctypes (never
 * resolving an entity beyond the five predefined and numeric ones). Nesting is counted and
 * bounded like the office parser's.
 */


const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,4});/g, (whole, name) => {
        if (name[0] === '#') {
            const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
        return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : whole;
    });
}
/** An attribute by local name from raw attribute text (`r="A1" t="s"`), entities decoded. */
function attr(attrs, name) {
    let from = 0;
    for (;;) {
        const at = attrs.indexOf(name, from);
        if (at < 0)
            return undefined;
        from = at + name.length;
        const before = at === 0 ? ' ' : attrs[at - 1];
        if (before !== ' ' && before !== ':' && before !== '\t' && before !== '\n' && before !== '\r')
            continue;
        let i = from;
        while (attrs[i] === ' ')
            i++;
        if (attrs[i] !== '=')
            continue;
        i++;
        while (attrs[i] === ' ')
            i++;
        const quote = attrs[i];
        if (quote !== '"' && quote !== "'")
            continue;
        const end = attrs.indexOf(quote, i + 1);
        if (end < 0)
            return undefined;
        return decodeEntities(attrs.slice(i + 1, end));
    }
}
const scanner_localName = (name) => {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
};
class XmlScanner {
    handlers;
    rest = '';
    depth = 0;
    constructor(handlers) {
        this.handlers = handlers;
    }
    /** Feed the next piece of the document. */
    write(chunk) {
        const s = this.rest ? this.rest + chunk : chunk;
        const h = this.handlers;
        const length = s.length;
        let i = 0;
        while (i < length) {
            const lt = s.indexOf('<', i);
            if (lt < 0) {
                // Text up to the end; a trailing partial entity waits for the next chunk.
                const amp = s.lastIndexOf('&');
                const cut = amp >= i && s.indexOf(';', amp) < 0 && length - amp < 12 ? amp : length;
                if (cut > i)
                    h.text(decodeEntities(s.slice(i, cut)));
                this.rest = s.slice(cut);
                return;
            }
            if (lt > i)
                h.text(decodeEntities(s.slice(i, lt)));
            const next = s.charCodeAt(lt + 1);
            if (next === 0x21 /* ! */) {
                if (s.startsWith('<![CDATA[', lt)) {
                    const end = s.indexOf(']]>', lt + 9);
                    if (end < 0)
                        return this.keep(s, lt);
                    h.text(s.slice(lt + 9, end));
                    i = end + 3;
                }
                else if (s.startsWith('<!--', lt)) {
                    const end = s.indexOf('-->', lt + 4);
                    if (end < 0)
                        return this.keep(s, lt);
                    i = end + 3;
                }
                else {
                    // A doctype or declaration: skipped (its entities are never defined for the text).
                    const end = s.indexOf('>', lt + 2);
                    if (end < 0)
                        return this.keep(s, lt);
                    i = end + 1;
                }
                continue;
            }
            if (next === 0x3f /* ? */) {
                const end = s.indexOf('?>', lt + 2);
                if (end < 0)
                    return this.keep(s, lt);
                i = end + 2;
                continue;
            }
            const gt = tagEnd(s, lt + 1);
            if (gt < 0)
                return this.keep(s, lt);
            if (next === 0x2f /* / */) {
                this.depth--;
                h.close(scanner_localName(s.slice(lt + 2, gt).trim()));
            }
            else {
                const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
                const inner = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
                let nameEnd = 0;
                while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd)))
                    nameEnd++;
                const name = scanner_localName(inner.slice(0, nameEnd));
                const attrs = nameEnd < inner.length ? inner.slice(nameEnd + 1) : '';
                if (!selfClosing && ++this.depth > xml/* MAX_XML_DEPTH */.zH)
                    throw new types/* ReadError */.F('too-deep', `XML nests deeper than ${xml/* MAX_XML_DEPTH */.zH} levels`);
                h.open(name, attrs, selfClosing);
                if (selfClosing)
                    h.close(name);
            }
            i = gt + 1;
        }
        this.rest = '';
    }
    /** The end of the document: an unfinished tag or an element left open means the part is cut short. */
    end() {
        if (this.rest.trim() || this.depth !== 0)
            throw new types/* ReadError */.F('corrupt', 'an XML part of the workbook ends early');
        this.rest = '';
    }
    keep(s, from) {
        this.rest = s.slice(from);
        // A "tag" that never ends is not a tag: bound what is carried between chunks.
        if (this.rest.length > 16 << 20)
            throw new types/* ReadError */.F('corrupt', 'an XML tag in the workbook never ends');
    }
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
/** The `>` closing a tag that starts before `from`, skipping `>` inside quoted attribute values. */
function tagEnd(s, from) {
    const gt = s.indexOf('>', from);
    if (gt < 0)
        return -1;
    // Attribute values are usually short and free of '>': walk the quotes only when one opens.
    for (let i = from; i < gt; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x22 || c === 0x27)
            return walkTag(s, from);
    }
    return gt;
}
function walkTag(s, from) {
    let quote = 0;
    for (let i = from; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (quote) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 0x22 || c === 0x27)
            quote = c;
        else if (c === 0x3e)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/stream/xlsx.ts
/**
 * The streaming reader for zip workbooks with XML parts (.xlsx, .xlsm, templates). Worksheets
 * and the shared-string table are inflated as streams and tokenized chunk by chunk
 * (stream/scanner.ts), rows go straight into the sink, and no workbook model is built: memory
 * holds the string table and one chunk, whatever the number of rows. Every part is inflated
 * once, counted against the file's decompressed-size budget as it comes.
 *
 * The small parts (workbook, styles, relationships, comments, pivot caches, properties...) are
 * read whole into the same `files` map the part readers use, and each worksheet leaves there a
 * stub of its markup without its cells (columns, validations, headers and footers), so every
 * hidden place SheetJS-based reading covered is read the same way: hidden and very hidden
 * sheets, hidden rows and columns, comments, defined names, sheet names, properties, orphan
 * sheets, unused shared strings and the raw parts. Binary workbooks (.xlsb), .xls and .ods stay
 * with SheetJS (see ../index.ts).
 *
 * Numbers are judged as people see them where the format says so: a date format gives a Date,
 * and an identifier format (`"A"000000000`, `000000000`) gives the text it displays.
 */












const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /(^|\/)sharedStrings\.xml$/i;
const xlsx_MAX_COLUMN = 16_383;
/** Worksheet markup outside the cells (columns, validations, headers) kept per sheet. */
const MAX_STUB = 64 << 20;
async function readXlsxStream(buf, entries, input, sink, context) {
    const entry = input.entry;
    const budget = (0,archive_budget/* decompressionBudget */.F)(context);
    const declared = (0,zip/* totalUncompressedSize */.OD)(entries);
    if (declared > budget.remaining())
        throw new types/* ReadError */.F('too-large-decompressed', `declared ${declared} bytes; the limit is ${context.limits.maxDecompressedSize}`);
    for (const e of entries)
        if (e.method !== zip/* METHOD_DEFLATE */.An && e.method !== zip/* METHOD_STORED */.y$)
            throw new types/* ReadError */.F('unsupported-format', `zip compression method ${e.method}`);
    // Small parts whole; worksheets and the string table later, as streams.
    const files = new Map();
    const big = new Map();
    for (const e of entries) {
        if (e.name.endsWith('/'))
            continue;
        if (WORKSHEET.test(e.name) || SHARED_STRINGS.test(e.name)) {
            big.set(e.name, e);
            continue;
        }
        const data = (0,zip/* readZipEntry */.g7)(buf, e, budget.remaining());
        budget.spend(data.length);
        files.set(e.name, data);
    }
    const spend = (n) => budget.spend(n);
    const workbookPath = workbookPartPath(files);
    const workbookXml = workbookPath ? files.get(workbookPath) : undefined;
    if (!workbookPath || !workbookXml)
        throw new types/* ReadError */.F('corrupt', 'the workbook part is missing');
    const book = readWorkbookPart(workbookXml);
    const sheets = book.sheets.map((s, index) => ({
        index,
        name: s.name,
        state: sheetStateOf(s.state),
        relId: s.relId,
        ws: undefined,
    }));
    const sheetParts = sheetPartPaths(files, sheets);
    const bookRels = parseRelationships(files.get(relsPathOf(workbookPath)));
    const relPath = (type, fallback) => {
        const rel = bookRels.find((r) => type.test(r.type) && !r.external);
        return rel ? resolveTarget(workbookPath, rel.target) : fallback;
    };
    const styles = readStyles(files.get(relPath(/\/styles$/, 'xl/styles.xml')));
    const stringsPath = relPath(/\/sharedStrings$/, 'xl/sharedStrings.xml');
    const stringsEntry = big.get(stringsPath) ?? [...big.values()].find((e) => SHARED_STRINGS.test(e.name));
    const strings = stringsEntry ? await readSharedStrings(buf, stringsEntry, budget.remaining(), spend) : [];
    const used = new Uint8Array(strings.length);
    const counts = { sheets: sheets.length, rows: 0, cells: 0, dangling: 0 };
    const ctx = { strings, used, styles, date1904: book.date1904, sink, entry, counts };
    const read = new Set();
    for (const sheet of sheets) {
        const part = sheetParts.get(sheet);
        const zipEntry = part ? big.get(part) : undefined;
        const where = { sheet: sheet.name, sheetState: sheet.state };
        if (!zipEntry) {
            // A sheet with no cells part (a chart sheet, a dialog sheet): still named, no rows.
            sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry, ...where }).end();
            continue;
        }
        read.add(zipEntry.name);
        files.set(zipEntry.name, await streamSheet(buf, zipEntry, budget.remaining(), spend, ctx, where));
    }
    // Worksheet parts the workbook does not list: read as very hidden sheets with a made-up label.
    for (const path of [...big.keys()]
        .filter((k) => WORKSHEET.test(k) && !read.has(k))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
        const label = `(sheet not listed in the workbook: ${safePartName(path)})`;
        files.set(path, await streamSheet(buf, big.get(path), budget.remaining(), spend, ctx, { sheet: label, sheetState: 'very-hidden' }));
    }
    const authors = pushComments(files, sheets, sheetParts, sink, entry);
    const wb = facade(book, files, strings);
    pushSheetNames(sheets, sink, entry);
    pushDefinedNames(wb, sheets, sink, entry);
    pushDocumentProperties(wb, 'xlsx', sink, entry, authors);
    pushDescriptiveProperties(wb, sink, entry);
    const seenStrings = strings.length ? new Set(strings.filter((_, i) => used[i] === 1)) : undefined;
    await pushWorkbookParts({ wb, files, sheets, sheetParts, sink, entry, seenStrings, input, context, orphansRead: true });
    // Everything readable has been pushed (findings made so far are kept); now fail closed.
    if (counts.dangling)
        throw new types/* ReadError */.F('corrupt', `${counts.dangling} cell(s) point past the shared-string table`);
    return counts;
}
function readWorkbookPart(data) {
    const book = { sheets: [], names: [], date1904: false };
    let name;
    parseXml(data, {
        open(tag, a) {
            if (tag === 'sheet')
                book.sheets.push({ name: attribute(a, 'name') ?? '', state: attribute(a, 'state'), relId: attribute(a, 'id') });
            else if (tag === 'workbookPr')
                book.date1904 = /^(1|true)$/i.test(attribute(a, 'date1904') ?? '');
            else if (tag === 'definedName') {
                const sheet = Number(attribute(a, 'localSheetId'));
                name = {
                    Name: attribute(a, 'name') ?? '',
                    Ref: '',
                    ...(Number.isInteger(sheet) && sheet >= 0 && attribute(a, 'localSheetId') !== undefined ? { Sheet: sheet } : {}),
                };
                const comment = attribute(a, 'comment');
                if (comment)
                    name.Comment = comment;
            }
        },
        text(t) {
            if (name)
                name.Ref += t;
        },
        close(tag) {
            if (tag === 'definedName' && name) {
                book.names.push(name);
                name = undefined;
            }
        },
    });
    return book;
}
const BUILTIN_DATES = new Set([
    14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
function readStyles(data) {
    if (!data)
        return [];
    const formats = new Map();
    const xfs = [];
    let inCellXfs = false;
    parseXml(data, {
        open(tag, a) {
            if (tag === 'numFmt')
                formats.set(Number(attribute(a, 'numFmtId')), attribute(a, 'formatCode') ?? '');
            else if (tag === 'cellXfs')
                inCellXfs = true;
            else if (tag === 'xf' && inCellXfs)
                xfs.push(Number(attribute(a, 'numFmtId') ?? 0));
        },
        close(tag) {
            if (tag === 'cellXfs')
                inCellXfs = false;
        },
    });
    return xfs.map((id) => (BUILTIN_DATES.has(id) ? { date: true } : formats.has(id) ? numberStyle(formats.get(id)) : {}));
}
/** What a custom number format does to a number, for the formats that matter to detection. */
function numberStyle(code) {
    const section = code.split(';')[0] ?? '';
    const bare = section
        .replace(/"[^"]*"/g, '')
        .replace(/\\./g, '')
        .replace(/\[[^\]]*\]/g, '');
    if (/[dmyhs]/i.test(bare) && !/^[#0.,\s%]*$/.test(bare))
        return { date: true };
    // Literals around a run of zeros only: an identifier shown with fixed digits.
    let prefix = '';
    let suffix = '';
    let digits = 0;
    for (let i = 0; i < section.length; i++) {
        const c = section[i];
        let literal;
        if (c === '"') {
            const end = section.indexOf('"', i + 1);
            if (end < 0)
                return {};
            literal = section.slice(i + 1, end);
            i = end;
        }
        else if (c === '\\' && i + 1 < section.length) {
            literal = section[++i];
        }
        else if (c === '0') {
            if (suffix)
                return {};
            digits++;
            continue;
        }
        else
            return {};
        if (digits)
            suffix += literal;
        else
            prefix += literal;
    }
    if (digits && (prefix || suffix || digits >= 7))
        return { prefix, suffix, digits };
    return {};
}
function styled(n, style, date1904) {
    if (!style)
        return n;
    if (style.date) {
        if (!Number.isFinite(n) || n < 0 || n > 2_958_465)
            return n;
        return new Date(Math.round((n + (date1904 ? 1462 : 0) - 25_569) * 86_400_000));
    }
    if (style.digits && Number.isSafeInteger(n) && n >= 0)
        return `${style.prefix}${String(n).padStart(style.digits, '0')}${style.suffix}`;
    return n;
}
const CORE_PROPERTIES = {
    creator: 'Author',
    lastModifiedBy: 'LastAuthor',
    title: 'Title',
    subject: 'Subject',
    keywords: 'Keywords',
    description: 'Comments',
    category: 'Category',
    contentStatus: 'ContentStatus',
    identifier: 'Identifier',
};
/** A SheetJS-shaped view of what the shared spreadsheet helpers read (names, properties, strings). */
function facade(book, files, strings) {
    const props = {};
    const core = files.get('docProps/core.xml');
    if (core)
        parseXml(core, textCollector(new Set(Object.keys(CORE_PROPERTIES)), (name, text) => (props[CORE_PROPERTIES[name]] = text)));
    const app = files.get('docProps/app.xml');
    if (app)
        parseXml(app, textCollector(new Set(['Manager', 'Company']), (name, text) => (props[name] = text)));
    const custom = {};
    const customXml = files.get('docProps/custom.xml');
    if (customXml) {
        let property;
        let text = '';
        parseXml(customXml, {
            open(tag, a) {
                if (tag === 'property') {
                    property = attribute(a, 'name') ?? '';
                    text = '';
                }
            },
            text(t) {
                if (property !== undefined)
                    text += t;
            },
            close(tag) {
                if (tag === 'property' && property !== undefined) {
                    custom[`${property}\u0000${Object.keys(custom).length}`] = text;
                    property = undefined;
                }
            },
        });
    }
    return {
        SheetNames: book.sheets.map((s) => s.name),
        Sheets: {},
        Workbook: { Names: book.names, Sheets: book.sheets.map((s) => ({ name: s.name })) },
        Props: props,
        Custprops: custom,
        Strings: strings,
    };
}
// ---------------------------------------------------------------- streamed parts
function decoderFor(first) {
    if (first[0] === 0xff && first[1] === 0xfe)
        return { decoder: new external_node_string_decoder_.StringDecoder('utf16le'), skip: 2 };
    return { decoder: new external_node_string_decoder_.StringDecoder('utf8'), skip: first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0 };
}
async function feed(buf, zipEntry, maxBytes, spend, scanner) {
    let decoder;
    for await (const chunk of (0,zip/* zipEntryChunks */.ul)(buf, zipEntry, maxBytes, spend)) {
        if (!decoder) {
            const d = decoderFor(chunk);
            decoder = d.decoder;
            scanner.write(decoder.write(chunk.subarray(d.skip)));
        }
        else
            scanner.write(decoder.write(chunk));
    }
    if (decoder)
        scanner.write(decoder.end());
    scanner.end();
}
/** The shared-string table: the text of each <si> (rich runs joined, phonetic runs left out). */
async function readSharedStrings(buf, zipEntry, maxBytes, spend) {
    const out = [];
    let inItem = false;
    let inText = false;
    let phonetic = 0;
    let text = '';
    await feed(buf, zipEntry, maxBytes, spend, new XmlScanner({
        open(name) {
            if (name === 'si') {
                inItem = true;
                text = '';
            }
            else if (name === 'rPh')
                phonetic++;
            else if (name === 't' && inItem && phonetic === 0)
                inText = true;
        },
        close(name) {
            if (name === 't')
                inText = false;
            else if (name === 'rPh')
                phonetic--;
            else if (name === 'si' && inItem) {
                out.push(text);
                inItem = false;
            }
        },
        text(t) {
            if (inText)
                text += t;
        },
    }));
    return out;
}
const escapeText = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function columnLetters(c) {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
}
/** Column index (0-based) of an address such as "AB12", or -1. */
function addressColumn(r) {
    let c = 0;
    let i = 0;
    for (; i < r.length && i < 3; i++) {
        const ch = r.charCodeAt(i);
        if (ch < 65 || ch > 90)
            break;
        c = c * 26 + (ch - 64);
    }
    return i === 0 ? -1 : c - 1;
}
/**
 * One worksheet, streamed: rows into a grid table, long texts and formula literals as prose
 * after it. Returns the stub of the sheet's markup without its cells.
 */
async function streamSheet(buf, zipEntry, maxBytes, spend, ctx, where) {
    const { strings, used, styles, date1904, sink, entry, counts } = ctx;
    const stub = [];
    let stubLength = 0;
    const keep = (text) => {
        stubLength += text.length;
        if (stubLength > MAX_STUB)
            throw new types/* ReadError */.F('unsupported-format', 'a worksheet holds more than 64 MB of markup besides its cells');
        stub.push(text);
    };
    let rows;
    let inData = false;
    let rowNumber = 0;
    let rowHidden = false;
    const cells = [];
    const touched = [];
    let column = -1;
    let type = 'n';
    let style = -1;
    /** 1: <v>, 2: <f>, 3: <t> inside <is>. */
    let capture = 0;
    let phonetic = 0;
    let value = '';
    let hasValue = false;
    let formula = '';
    const longTexts = [];
    const formulaTexts = new Map();
    const finishCell = () => {
        if (column < 0 || column > xlsx_MAX_COLUMN)
            return;
        let v;
        if (hasValue) {
            switch (type) {
                case 's': {
                    const i = Number(value);
                    if (Number.isInteger(i) && i >= 0 && i < strings.length) {
                        v = strings[i];
                        used[i] = 1;
                    }
                    else
                        counts.dangling++;
                    break;
                }
                case 'b':
                    v = value === '1' || value === 'true';
                    break;
                case 'str':
                case 'inlineStr':
                case 'e':
                    v = value;
                    break;
                case 'd': {
                    const d = new Date(value);
                    v = Number.isNaN(d.getTime()) ? value : d;
                    break;
                }
                default: {
                    const n = Number(value);
                    v = value.trim() !== '' && Number.isFinite(n) ? styled(n, style >= 0 ? styles[style] : undefined, date1904) : value;
                }
            }
        }
        if (v !== undefined && v !== null && v !== '') {
            cells[column] = v;
            touched.push(column);
            counts.cells++;
            if (typeof v === 'string' && v.length >= LONG_TEXT)
                longTexts.push({ cell: `${columnLetters(column)}${rowNumber}`, text: v });
        }
        if (formula.includes('"')) {
            for (const literal of stringLiterals(formula)) {
                if (literal.length < 3 || literal === v || formulaTexts.has(literal) || !/\p{L}/u.test(literal))
                    continue;
                formulaTexts.set(literal, `${columnLetters(column)}${rowNumber}`);
            }
        }
    };
    const finishRow = () => {
        if (!touched.length)
            return;
        let last = 0;
        for (const c of touched)
            if (c > last)
                last = c;
        cells.length = last + 1;
        counts.rows++;
        rows.row(rowNumber, cells, rowHidden);
        for (const c of touched)
            cells[c] = undefined;
        touched.length = 0;
    };
    const scanner = new XmlScanner({
        open(name, attrs, selfClosing) {
            if (!inData) {
                if (name === 'sheetData') {
                    inData = !selfClosing;
                    keep('<sheetData/>');
                    const layout = sheetLayout(Buffer.from(stub.join(''), 'utf8'));
                    rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry, ...where, hiddenColumns: layout.hiddenColumns });
                }
                else
                    keep(`<${name}${attrs ? ` ${attrs}` : ''}${selfClosing ? '/' : ''}>`);
                return;
            }
            switch (name) {
                case 'row': {
                    const r = Number(attr(attrs, 'r'));
                    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
                    const hidden = attrs.includes('hidden') ? attr(attrs, 'hidden') : undefined;
                    rowHidden = hidden === '1' || hidden === 'true';
                    column = -1;
                    break;
                }
                case 'c': {
                    const r = attr(attrs, 'r');
                    const c = r ? addressColumn(r) : -1;
                    column = c >= 0 ? c : column + 1;
                    type = attr(attrs, 't') ?? 'n';
                    const s = attrs.includes('s=') ? Number(attr(attrs, 's')) : -1;
                    style = Number.isInteger(s) ? s : -1;
                    value = '';
                    hasValue = false;
                    formula = '';
                    capture = 0;
                    break;
                }
                case 'v':
                    capture = 1;
                    hasValue = true;
                    break;
                case 'f':
                    capture = 2;
                    break;
                case 'rPh':
                    phonetic++;
                    break;
                case 't':
                    if (type === 'inlineStr' && phonetic === 0) {
                        capture = 3;
                        hasValue = true;
                    }
                    break;
            }
        },
        close(name) {
            if (!inData) {
                if (name !== 'sheetData')
                    keep(`</${name}>`);
                return;
            }
            switch (name) {
                case 'v':
                case 'f':
                case 't':
                    capture = 0;
                    break;
                case 'rPh':
                    phonetic--;
                    break;
                case 'c':
                    finishCell();
                    break;
                case 'row':
                    finishRow();
                    break;
                case 'sheetData':
                    finishRow();
                    inData = false;
                    break;
            }
        },
        text(t) {
            if (!inData) {
                keep(escapeText(t));
                return;
            }
            if (capture === 1 || capture === 3)
                value += t;
            else if (capture === 2)
                formula += t;
        },
    });
    try {
        await feed(buf, zipEntry, maxBytes, spend, scanner);
    }
    finally {
        // What was read stays with the sink (findings made so far are kept) even when the part fails.
        if (!rows)
            rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry, ...where });
        else
            finishRow();
        rows.end();
        for (const t of longTexts)
            sink.prose(t.text, { surface: 'cells', entry, ...where, cell: t.cell });
        for (const [text, cell] of formulaTexts)
            sink.prose(text, { surface: 'cells', entry, ...where, cell });
    }
    return Buffer.from(stub.join(''), 'utf8');
}
// ---------------------------------------------------------------- comments
/**
 * Notes and threaded comments, each with its sheet when a sheet's relationships name the part
 * (the others without); returns the authors they name, for the document-author observations.
 */
function pushComments(files, sheets, sheetParts, sink, entry) {
    const ownerOf = new Map();
    for (const sheet of sheets) {
        const part = sheetParts.get(sheet);
        if (!part)
            continue;
        for (const rel of parseRelationships(files.get(relsPathOf(part)))) {
            if (!rel.external && /\/(comments|threadedComment)$/i.test(rel.type))
                ownerOf.set(resolveTarget(part, rel.target), sheet);
        }
    }
    for (const path of partsMatching(files, /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i)) {
        const sheet = ownerOf.get(path);
        for (const c of commentPartTexts(files.get(path)))
            sink.prose(c.text, { surface: 'comments', entry, cell: c.cell, ...(sheet ? { sheet: sheet.name, sheetState: sheet.state } : {}) });
    }
    const authors = new Set();
    for (const path of partsMatching(files, /^xl\/comments[^/]*\.xml$/i)) {
        parseXml(files.get(path), textCollector(new Set(['author']), (_name, text) => text.trim() && authors.add(text.trim())));
    }
    for (const path of partsMatching(files, /^xl\/persons\/[^/]+\.xml$/i)) {
        parseXml(files.get(path), {
            open(tag, a) {
                const name = tag === 'person' ? attribute(a, 'displayName')?.trim() : undefined;
                if (name)
                    authors.add(name);
            },
        });
    }
    return authors;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/ods-layout.ts
/**
 * Hidden sheets, rows and columns of an OpenDocument spreadsheet, which SheetJS 0.18.5 does not
 * report: a table is hidden by its automatic style (`table:display="false"`), rows and columns
 * by `table:visibility="collapse"` (or "filter"). content.xml is parsed a second time only when
 * it holds one of those markers.
 */

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
function odsLayout(content) {
    const layout = { hiddenTables: new Set(), hiddenRows: new Map(), hiddenColumns: new Map() };
    const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    if (buf.indexOf('display="false"') < 0 && buf.indexOf('visibility="') < 0)
        return layout;
    const hiddenStyles = new Set();
    let style;
    let table;
    let row = 0;
    let column = 0;
    let depth = 0;
    let tableDepth = -1;
    parseXml(buf, {
        open(name, a) {
            depth++;
            if (name === 'style' && attribute(a, 'family') === 'table')
                style = attribute(a, 'name');
            else if (name === 'table-properties' && style && attribute(a, 'display') === 'false')
                hiddenStyles.add(style);
            else if (name === 'table' && tableDepth < 0) {
                table = attribute(a, 'name') ?? '';
                tableDepth = depth;
                row = 0;
                column = 0;
                const styleName = attribute(a, 'style-name');
                if (styleName && hiddenStyles.has(styleName))
                    layout.hiddenTables.add(table);
            }
            else if (table !== undefined && name === 'table-row') {
                row = mark(layout.hiddenRows, table, row, a, 'number-rows-repeated', MAX_ROWS);
            }
            else if (table !== undefined && name === 'table-column') {
                column = mark(layout.hiddenColumns, table, column, a, 'number-columns-repeated', MAX_COLUMNS);
            }
        },
        close(name) {
            if (name === 'style')
                style = undefined;
            if (name === 'table' && depth === tableDepth) {
                table = undefined;
                tableDepth = -1;
            }
            depth--;
        },
    });
    return layout;
}
/** Mark a (possibly repeated) hidden row or column; returns the next index. */
function mark(target, table, at, a, repeatName, max) {
    const repeat = Math.max(1, Math.min(Number(attribute(a, repeatName) ?? 1) || 1, max));
    const visibility = attribute(a, 'visibility');
    if (visibility === 'collapse' || visibility === 'filter') {
        let set = target.get(table);
        if (!set)
            target.set(table, (set = new Set()));
        // A long hidden run is usually the empty rest of the sheet: mark what could hold cells.
        for (let i = at; i < Math.min(at + repeat, max, at + 65_536); i++)
            set.add(i);
    }
    return at + repeat;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/index.ts












/** Read a workbook already in memory. Exposed for tests and for readers of embedded workbooks. */
async function readWorkbook(buf, format, input, sink, context) {
    // XML workbooks stream (stream/xlsx.ts): flat memory, every part inflated once. SheetJS stays
    // for what it alone reads here: BIFF .xls, binary .xlsb parts and OpenDocument .ods, whose
    // files are far smaller in practice and whose formats a streaming reader would have to redo.
    if (format === 'xlsx' && !(0,spreadsheet_open/* isOle */.Z0)(buf)) {
        const zipEntries = (0,zip/* listZipEntries */.kT)(buf, { maxEntries: context.limits.maxArchiveEntries });
        if (zipEntries.some((e) => e.encrypted))
            throw new types/* ReadError */.F('password-protected', 'the workbook zip is encrypted');
        if (!zipEntries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name)))
            return readXlsxStream(buf, zipEntries, input, sink, context);
    }
    const { wb, files, entries } = (0,spreadsheet_open/* openWorkbook */.Hh)(buf, format, context);
    const entry = input.entry;
    const sheets = listSheets(wb);
    const seenStrings = hasSharedStrings(wb) ? new Set() : undefined;
    const counts = { sheets: sheets.length, rows: 0, cells: 0 };
    let commented = 0;
    const authors = new Set();
    const sheetParts = format === 'xlsx' ? sheetPartPaths(files, sheets) : new Map();
    const ods = format === 'ods' ? odsLayoutOf(buf, entries, context.limits.maxDecompressedSize) : undefined;
    if (ods)
        for (const sheet of sheets)
            if (ods.hiddenTables.has(sheet.name))
                sheet.state = 'hidden';
    for (const sheet of sheets) {
        const part = sheetParts.get(sheet);
        const data = part && /\.xml$/i.test(part) ? files.get(part) : undefined;
        const layout = data
            ? sheetLayout(data)
            : ods && {
                hiddenRows: ods.hiddenRows.get(sheet.name) ?? new Set(),
                hiddenColumns: ods.hiddenColumns.get(sheet.name) ?? new Set(),
            };
        if (!sheet.ws && data && /\/worksheets\//i.test(part)) {
            // SheetJS dropped this sheet (see partsSheetJsDropped): read its cells directly anyway.
            pushUnparsedSheet(sheet, data, wb, sink, entry, layout?.hiddenRows);
            continue;
        }
        const sheetCounts = pushSheet(sheet, sink, { entry, seenStrings, layout });
        counts.rows += sheetCounts.rows;
        counts.cells += sheetCounts.cells;
        commented += sheetCounts.commented;
        for (const a of sheetCounts.authors)
            authors.add(a);
    }
    pushSheetNames(sheets, sink, entry);
    pushDefinedNames(wb, sheets, sink, entry);
    pushDocumentProperties(wb, format, sink, entry, authors);
    pushDescriptiveProperties(wb, sink, entry);
    // Comments SheetJS placed on no cell (a swallowed parse error, or a part no sheet refers to).
    if (commented === 0)
        pushCommentParts(files, sink, entry);
    await pushWorkbookParts({ wb, files, sheets, sheetParts, sink, entry, seenStrings, input, context });
    // Everything readable has been pushed (findings made so far are kept); now fail closed.
    const lost = partsSheetJsDropped(wb, files, sheetParts);
    if (lost)
        throw new types/* ReadError */.F('corrupt', lost);
    return counts;
}
/**
 * SheetJS swallows errors while parsing a worksheet or the shared-string table and simply
 * leaves them out (one cell pointing past the string table is enough). A worksheet part
 * that came back as no sheet, or a string table with entries that came back empty, means data
 * went unread.
 */
function partsSheetJsDropped(wb, files, sheetParts) {
    let dropped = 0;
    for (const [sheet, part] of sheetParts) {
        const data = files.get(part);
        if (!sheet.ws && data && /\/worksheets\/[^/]+\.xml$/i.test(part))
            dropped++;
    }
    if (dropped)
        return `${dropped} worksheet(s) could not be parsed`;
    for (const [name, data] of files) {
        if (!/(^|\/)sharedStrings\.xml$/i.test(name))
            continue;
        if (!hasSharedStrings(wb) && Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('<si') >= 0)
            return 'the shared-string table could not be parsed';
    }
    return undefined;
}
function pushUnparsedSheet(sheet, data, wb, sink, entry, hiddenRows) {
    const table = wb.Strings;
    const rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, sheet: sheet.name, sheetState: sheet.state, entry });
    readWorksheetPart(data, Array.isArray(table) ? table : [], (n, cells) => rows.row(n, cells, hiddenRows?.has(n - 1) ?? false));
    rows.end();
}
function odsLayoutOf(buf, entries, maxBytes) {
    const content = (0,zip/* findZipEntry */.j2)(entries, 'content.xml');
    return content ? odsLayout((0,zip/* readZipEntry */.g7)(buf, content, maxBytes)) : undefined;
}
function hasSharedStrings(wb) {
    const strings = wb.Strings;
    return Array.isArray(strings) && strings.length > 0;
}
function spreadsheetReader(format) {
    return async (input, sink, context) => {
        const buf = await input.buffer();
        await readWorkbook(buf, format, input, sink, context);
    };
}
const readXlsx = spreadsheetReader('xlsx');
const readXls = spreadsheetReader('xls');
const readOds = spreadsheetReader('ods');


/***/ }),

/***/ 2277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ openWorkbook),
/* harmony export */   NX: () => (/* binding */ oleHasStream),
/* harmony export */   Z0: () => (/* binding */ isOle)
/* harmony export */ });
/* unused harmony exports READ_OPTIONS, checkContainer, checkDecompressedSize, parseWorkbook, rawParts */
/* harmony import */ var xlsx__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3592);
/* harmony import */ var xlsx__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(xlsx__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/* harmony import */ var _containers_archive_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4675);
/* harmony import */ var _containers_zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(234);
/**
 * Opening a workbook safely: container checks before SheetJS sees the bytes (zip structure,
 * decompression bombs, encryption), then SheetJS with the options the reader needs, with every
 * SheetJS error turned into a ReadError kind. SheetJS messages quote the input: none is kept.
 */




const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const READ_OPTIONS = {
    type: 'buffer',
    // Styles cost a fifth of the read time: hidden rows and columns of zip workbooks are read from
    // the sheet XML instead (parts/sheet-xml.ts). BIFF files need them for !rows / !cols.
    cellStyles: false,
    // Date-formatted numbers arrive as Date objects.
    cellDates: true,
    // Raw values are what detection judges; formatted text and rich-text HTML cost time only.
    cellText: false,
    cellHTML: false,
    // Number formats (cell.z): an identifier shown through a format ("A"000000000) is judged as shown.
    cellNF: true,
    // Formulas are kept for the string literals they may hold (=IF(A2>0,"a name","")).
    cellFormula: true,
    // Raw parts SheetJS does not parse (pivot caches, external links, charts, docProps).
    bookFiles: true,
    // Never run macros or keep VBA; never throw on unknown features.
    bookVBA: false,
    WTF: false,
};
function isOle(buf) {
    return buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b);
}
/**
 * Whether an OLE compound file has a stream or storage with this name. Directory entries are
 * 128 bytes, sector-aligned, and begin with the UTF-16LE name followed (at +64) by its byte length
 * including the terminator: matching that shape avoids parsing the whole container.
 */
function oleHasStream(buf, name) {
    const needle = Buffer.from(`${name}\0`, 'utf16le');
    let at = buf.indexOf(needle, 512);
    while (at >= 0) {
        if (at % 128 === 0 && at + 66 <= buf.length && buf.readUInt16LE(at + 64) === needle.length)
            return true;
        at = buf.indexOf(needle, at + 2);
    }
    return false;
}
/** Refuse what must not reach SheetJS; returns the zip entries for zip-based formats. */
/**
 * `budget`: decompressed bytes this workbook may still use (the file's limit, less what the
 * containers around it have inflated); what it inflates is spent from it.
 */
function checkContainer(buf, format, limits, budget) {
    if (isOle(buf)) {
        if (oleHasStream(buf, 'EncryptionInfo') || oleHasStream(buf, 'EncryptedPackage')) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('password-protected', 'the workbook is encrypted');
        }
        if (format !== 'xls')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'an OLE container where a zip workbook was expected');
        // A compound file is a whole number of 512-byte sectors after its header.
        if (buf.length < 1024)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('truncated', 'the compound file is shorter than its header');
        return [];
    }
    if (format === 'xls')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'not an OLE compound file');
    const entries = (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .listZipEntries */ .kT)(buf, { maxEntries: limits.maxArchiveEntries });
    if (entries.some((e) => e.encrypted))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('password-protected', 'the workbook zip is encrypted');
    if (format === 'ods' && odsIsEncrypted(buf, entries, limits))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('password-protected', 'the OpenDocument parts are encrypted');
    const inflated = checkDecompressedSize(buf, entries, budget ? budget.remaining() : limits.maxDecompressedSize);
    budget?.spend(inflated);
    return entries;
}
/**
 * A password-protected OpenDocument file is an ordinary zip whose parts are ciphertext; only its
 * manifest says so (<manifest:encryption-data>). SheetJS would read nothing and say nothing.
 */
function odsIsEncrypted(buf, entries, limits) {
    const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml');
    if (!manifest)
        return false;
    return (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipEntry */ .g7)(buf, manifest, Math.min(limits.maxDecompressedSize, 16 << 20)).includes('encryption-data');
}
/**
 * Decompression bombs: the declared sizes (central directory and local headers, which SheetJS
 * trusts) must fit the limit, and so must the real output: every deflated part is inflated with
 * a hard bound on what is left of the budget (this also finds damaged deflate streams).
 */
function checkDecompressedSize(buf, entries, limit) {
    let declared = (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .totalUncompressedSize */ .OD)(entries);
    for (const e of entries)
        declared += Math.max(0, localDeclaredSize(buf, e) - e.uncompressedSize);
    if (declared > limit)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-large-decompressed', `declared ${declared} bytes; the limit is ${limit}`);
    let left = limit;
    for (const e of entries) {
        if (e.method !== _containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .METHOD_DEFLATE */ .An && e.method !== _containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .METHOD_STORED */ .y$)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', `zip compression method ${e.method}`);
        left -= (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipEntry */ .g7)(buf, e, left).length;
    }
    return limit - left;
}
/** The uncompressed size in the entry's local header (0 when it defers to a data descriptor). */
function localDeclaredSize(buf, entry) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('truncated', 'zip entry lies past the end of the file');
    return buf.readUInt32LE(at + 22);
}
/**
 * SheetJS read, with its errors reduced to a kind. `binaryParts` (BIFF, or an xlsb zip) means
 * hidden rows and columns cannot be read from XML, so SheetJS reads styles for them.
 */
function parseWorkbook(buf, format, binaryParts = format === 'xls') {
    let wb;
    try {
        wb = xlsx__WEBPACK_IMPORTED_MODULE_3__.read(buf, binaryParts ? { ...READ_OPTIONS, cellStyles: true } : READ_OPTIONS);
    }
    catch (error) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadError */ .L)(error))
            throw error;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F(classifyLibraryError(error, buf, format));
    }
    if (!wb || !Array.isArray(wb.SheetNames) || typeof wb.Sheets !== 'object' || wb.Sheets === null) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'the workbook has no sheets');
    }
    return wb;
}
/** Look at a SheetJS error only to pick a kind; its text never leaves this function. */
function classifyLibraryError(error, buf, format) {
    const message = error instanceof Error ? error.message : '';
    if (error instanceof RangeError && /allocation|array length|buffer/i.test(message))
        return 'out-of-memory';
    if (/password|encrypt/i.test(message))
        return 'password-protected';
    if (format === 'xls' && (buf.length - 512) % 512 !== 0)
        return 'truncated';
    return 'corrupt';
}
/** The raw parts kept by bookFiles, by path, as bytes. */
function rawParts(wb) {
    const out = new Map();
    const files = wb.files;
    if (!files || typeof files !== 'object')
        return out;
    for (const key of Object.keys(files)) {
        const part = files[key];
        const content = part?.content;
        const name = key.replace(/^\/+/, '');
        if (!name || name.endsWith('/'))
            continue;
        if (content instanceof Uint8Array)
            out.set(name, content);
        else if (typeof content === 'string')
            out.set(name, Buffer.from(content, 'latin1'));
    }
    return out;
}
function openWorkbook(buf, format, context) {
    const entries = checkContainer(buf, format, context.limits, (0,_containers_archive_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .decompressionBudget */ .F)(context));
    const xlsb = entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name));
    const wb = parseWorkbook(buf, format, format === 'xls' || xlsb);
    return { wb, files: format === 'xls' ? new Map() : rawParts(wb), entries };
}


/***/ })

};
