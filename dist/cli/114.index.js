export const id = 114;
export const ids = [114];
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

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ oleHasStream),
/* harmony export */   Z: () => (/* binding */ isOle)
/* harmony export */ });
/**
 * OLE compound files (.xls, encrypted Office files): recognising one and finding a stream in it
 * by name, without loading SheetJS (the streaming .xlsx path and the OLE container reader need
 * only this).
 */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
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


/***/ }),

/***/ 114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readOds: () => (/* binding */ readOds),
  readWorkbook: () => (/* binding */ readWorkbook),
  readXls: () => (/* binding */ readXls),
  readXlsx: () => (/* binding */ readXlsx),
  spreadsheetReader: () => (/* binding */ spreadsheetReader)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/spreadsheet/compound-file.ts
var compound_file = __webpack_require__(8267);
// EXTERNAL MODULE: ./src/readers/containers/archive/budget.ts
var archive_budget = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/readers/containers/zip.ts
var zip = __webpack_require__(234);
// EXTERNAL MODULE: ./src/readers/spreadsheet/xml.ts
var xml = __webpack_require__(6796);
// EXTERNAL MODULE: ./src/readers/spreadsheet/sheets.ts
var spreadsheet_sheets = __webpack_require__(2557);
// EXTERNAL MODULE: ./src/readers/spreadsheet/names.ts
var names = __webpack_require__(5301);
// EXTERNAL MODULE: ./src/readers/spreadsheet/properties.ts
var properties = __webpack_require__(9744);
// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/sheet-xml.ts
var sheet_xml = __webpack_require__(6651);
// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/comments.ts
var comments = __webpack_require__(3764);
// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/index.ts + 7 modules
var parts = __webpack_require__(7497);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/readers/documents/office/xml.ts
var office_xml = __webpack_require__(3371);
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
const localName = (name) => {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
};
class XmlScanner {
    handlers;
    rest = '';
    /** Elements open now (a subclass that scans on its own counts its elements here too). */
    depth = 0;
    constructor(handlers) {
        this.handlers = handlers;
    }
    /** Feed the next piece of the document. */
    write(chunk) {
        this.rest = this.take(this.rest ? this.rest + chunk : chunk);
    }
    /**
     * Scan `s` (what was kept from before must lead it) and return the unfinished end, which the
     * caller puts before the next piece. feedPart uses it to hand the scan flat strings: `a + b`
     * makes a rope, which indexOf and charCodeAt search several times slower.
     */
    take(s) {
        const stop = this.scan(s, 0);
        const rest = stop < s.length ? s.slice(stop) : '';
        // A "tag" that never ends is not a tag: bound what is carried between chunks.
        if (rest.length > 16 << 20)
            throw new types/* ReadError */.F('corrupt', 'an XML tag in the workbook never ends');
        return rest;
    }
    /**
     * Tokenize `s` from `i`. Returns where the scan stopped: the end, the start of a token the
     * next chunk must complete (kept for it), or just after a tag whose `open` handler returned true.
     */
    scan(s, i) {
        const h = this.handlers;
        const length = s.length;
        while (i < length) {
            const lt = s.indexOf('<', i);
            if (lt < 0) {
                // Text up to the end; a trailing partial entity waits for the next chunk.
                const amp = s.lastIndexOf('&');
                const cut = amp >= i && s.indexOf(';', amp) < 0 && length - amp < 12 ? amp : length;
                if (cut > i)
                    h.text(decodeEntities(s.slice(i, cut)));
                return cut;
            }
            if (lt > i)
                h.text(decodeEntities(s.slice(i, lt)));
            const next = s.charCodeAt(lt + 1);
            if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
                const end = skipMarkup(s, lt, h);
                if (end < 0)
                    return lt;
                i = end;
                continue;
            }
            const gt = tagEnd(s, lt + 1);
            if (gt < 0)
                return lt;
            i = gt + 1;
            if (next === 0x2f /* / */) {
                this.depth--;
                h.close(localName(s.slice(lt + 2, gt).trim()));
            }
            else {
                const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
                const inner = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
                let nameEnd = 0;
                while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd)))
                    nameEnd++;
                const name = localName(inner.slice(0, nameEnd));
                const attrs = nameEnd < inner.length ? inner.slice(nameEnd + 1) : '';
                if (!selfClosing)
                    this.enter();
                const stop = h.open(name, attrs, selfClosing);
                if (selfClosing)
                    h.close(name);
                if (stop === true)
                    return i;
            }
        }
        return length;
    }
    /** One more element open: bounded like the office parser's nesting. */
    enter() {
        if (++this.depth > office_xml/* MAX_XML_DEPTH */.zH)
            throw new types/* ReadError */.F('too-deep', `XML nests deeper than ${office_xml/* MAX_XML_DEPTH */.zH} levels`);
    }
    /** The end of the document: an unfinished tag or an element left open means the part is cut short. */
    end() {
        if (this.rest.trim() || this.depth !== 0)
            throw new types/* ReadError */.F('corrupt', 'an XML part of the workbook ends early');
        this.rest = '';
    }
}
/**
 * CDATA (its text to `h.text`), a comment, a processing instruction or a declaration starting at
 * `lt`: returns the index after it, or -1 when the chunk ends first.
 */
function skipMarkup(s, lt, h) {
    if (s.charCodeAt(lt + 1) === 0x3f /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        return end < 0 ? -1 : end + 2;
    }
    if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0)
            return -1;
        h.text(s.slice(lt + 9, end));
        return end + 3;
    }
    if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        return end < 0 ? -1 : end + 3;
    }
    // A doctype or declaration: skipped (its entities are never defined for the text).
    const end = s.indexOf('>', lt + 2);
    return end < 0 ? -1 : end + 1;
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
/** The length of `bytes` up to the last whole UTF-8 character (a character cut at the end waits). */
function wholeUtf8(bytes) {
    const length = bytes.length;
    for (let back = 1; back <= 3 && back <= length; back++) {
        const b = bytes[length - back];
        if ((b & 0xc0) === 0x80)
            continue; // a continuation byte: look further back
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return need > back ? length - back : length;
    }
    return length;
}
/**
 * Inflate a zip entry into a scanner, chunk by chunk. UTF-8 (the usual case) is decoded here so
 * that each piece the scanner sees is one flat string: the unfinished end it hands back is put
 * before the next chunk as bytes. UTF-16 (a byte-order mark says so) goes through a decoder.
 */
async function feedPart(buf, zipEntry, maxBytes, spend, scanner) {
    let first = true;
    let utf16;
    let carry;
    for await (let chunk of (0,zip/* zipEntryChunks */.ul)(buf, zipEntry, maxBytes, spend)) {
        if (first) {
            first = false;
            if (chunk[0] === 0xff && chunk[1] === 0xfe) {
                utf16 = new external_node_string_decoder_.StringDecoder('utf16le');
                chunk = chunk.subarray(2);
            }
            else if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        if (utf16) {
            scanner.write(utf16.write(chunk));
            continue;
        }
        const bytes = carry?.length ? Buffer.concat([carry, chunk]) : chunk;
        const whole = wholeUtf8(bytes);
        const text = bytes.subarray(0, whole);
        // Sheet markup is mostly ASCII: then Latin-1 decoding is a plain copy, and gives the same text.
        const rest = scanner.take(text.toString((0,external_node_buffer_.isAscii)(text) ? 'latin1' : 'utf8'));
        carry = whole < bytes.length ? Buffer.concat([Buffer.from(rest, 'utf8'), bytes.subarray(whole)]) : Buffer.from(rest, 'utf8');
    }
    if (utf16)
        scanner.write(utf16.end());
    else if (carry?.length)
        scanner.write(carry.toString('utf8'));
    scanner.end();
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/stream/number-format.ts
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
/** A number as its style shows it: a Date, the identifier text it displays, or the number. */
function styled(n, style, date1904) {
    if (!style)
        return n;
    if (style.date) {
        if (!Number.isFinite(n) || n < 0 || n > 2_958_465)
            return n;
        return new Date(Math.round((n + (date1904 ? 1462 : 0) - 25_569) * 86_400_000));
    }
    if (style.digits && Number.isSafeInteger(n) && n >= 0)
        return fixedDigits(n, style.digits, style.prefix ?? '', style.suffix ?? '');
    return n;
}
const ZEROS = '0'.repeat(32);
/** `n` shown with at least `digits` digits between its literals (a plain concatenation: this runs for every such cell). */
function fixedDigits(n, digits, prefix, suffix) {
    const text = String(n);
    const pad = digits - text.length;
    if (pad <= 0)
        return prefix + text + suffix;
    return prefix + (pad <= ZEROS.length ? ZEROS.slice(0, pad) : '0'.repeat(pad)) + text + suffix;
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/stream/sheet.ts
/**
 * One worksheet part, streamed: rows into a grid table, long texts and formula literals as prose
 * after it, and a stub of the markup outside the cells (columns, validations, headers and
 * footers) for the part readers.
 *
 * The markup outside <sheetData> goes through the generic tokenizer (scanner.ts). Inside it,
 * where a big sheet spends all its time, a dedicated loop reads rows and cells in place: tag
 * names are recognised without copying them, the attributes a cell needs (r, t, s) and a
 * shared-string index are read straight from the text, and the only strings made are the cell
 * values themselves. Anything unusual there (entities in attributes, CDATA, comments, unknown
 * elements) is still read, the slower way.
 */






const MAX_COLUMN = 16_383;
/** Worksheet markup outside the cells (columns, validations, headers) kept per sheet. */
const MAX_STUB = 64 << 20;
// Tags inside <sheetData>, by local name.
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const T = 5;
const RPH = 6;
const SHEET_DATA = 7;
// Cell types (the t attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_BOOL = 2;
const T_TEXT = 3; // str, e
const T_INLINE = 4;
const T_DATE = 5;
// What the text being read belongs to.
const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;
function tagId(s, a, b) {
    if (b <= a)
        return OTHER;
    const c0 = s.charCodeAt(a);
    switch (b - a) {
        case 1:
            return c0 === 0x63 ? C : c0 === 0x76 ? V : c0 === 0x66 ? F : c0 === 0x74 ? T : OTHER;
        case 3:
            return s.startsWith('row', a) ? ROW : s.startsWith('rPh', a) ? RPH : OTHER;
        case 9:
            return s.startsWith('sheetData', a) ? SHEET_DATA : OTHER;
    }
    return OTHER;
}
function cellType(t) {
    switch (t) {
        case 's':
            return T_SHARED;
        case 'b':
            return T_BOOL;
        case 'str':
        case 'e':
            return T_TEXT;
        case 'inlineStr':
            return T_INLINE;
        case 'd':
            return T_DATE;
    }
    return T_NUMBER;
}
/** The type of a one-letter t attribute. */
function cellTypeCode(c) {
    return c === 0x73 ? T_SHARED : c === 0x62 ? T_BOOL : c === 0x65 ? T_TEXT : c === 0x64 ? T_DATE : T_NUMBER;
}
/**
 * The column of a plain address (letters, then digits only) from `a` to `b`: -1 without a
 * letter, -2 when it is not plain (an entity, say: decode it and read again).
 */
function plainAddressColumn(s, a, b) {
    let c = 0;
    let i = a;
    for (; i < b && i < a + 3; i++) {
        const ch = s.charCodeAt(i);
        if (ch < 65 || ch > 90)
            break;
        c = c * 26 + (ch - 64);
    }
    const letters = i - a;
    for (; i < b; i++) {
        const ch = s.charCodeAt(i);
        if (ch < 48 || ch > 57)
            return -2;
    }
    return letters === 0 ? -1 : c - 1;
}
/** A run of 1 to 9 ASCII digits as a number, or -1. */
function digitsAt(s, a, b) {
    if (b <= a || b - a > 9)
        return -1;
    let n = 0;
    for (let i = a; i < b; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        n = n * 10 + d;
    }
    return n;
}
function columnLetters(c) {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
}
const escapeText = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
class SheetScanner extends XmlScanner {
    ctx;
    where;
    /** Inside <sheetData>: the dedicated loop reads. */
    inData = false;
    /** Elements open inside <sheetData>. */
    inner = 0;
    rows;
    rowNumber = 0;
    rowHidden = false;
    cells = [];
    touched = [];
    column = -1;
    type = T_NUMBER;
    style = -1;
    capture = NONE;
    phonetic = 0;
    hasValue = false;
    /** The value when it was read as one run of digits (a shared-string index, a whole number), else -1 (see `value`). */
    digits = -1;
    value = '';
    formula = '';
    longTexts = [];
    formulaTexts = new Map();
    stub = [];
    stubLength = 0;
    constructor(ctx, where) {
        super({
            open: (name, attrs, selfClosing) => {
                if (name !== 'sheetData') {
                    this.keep(`<${name}${attrs ? ` ${attrs}` : ''}${selfClosing ? '/' : ''}>`);
                    return false;
                }
                this.keep('<sheetData/>');
                this.begin();
                this.inData = !selfClosing;
                return this.inData;
            },
            close: (name) => {
                if (name !== 'sheetData')
                    this.keep(`</${name}>`);
            },
            text: (t) => this.keep(escapeText(t)),
        });
        this.ctx = ctx;
        this.where = where;
    }
    /** The table starts at <sheetData>, once the columns before it are known. */
    begin() {
        if (this.rows)
            return;
        const { sink, entry } = this.ctx;
        const layout = (0,sheet_xml/* sheetLayout */.Mw)(Buffer.from(this.stub.join(''), 'utf8'));
        this.rows = sink.beginTable({
            surface: 'cells',
            shape: 'grid',
            lettered: true,
            entry,
            ...this.where,
            hiddenColumns: layout.hiddenColumns,
        });
    }
    keep(text) {
        this.stubLength += text.length;
        if (this.stubLength > MAX_STUB)
            throw new types/* ReadError */.F('unsupported-format', 'a worksheet holds more than 64 MB of markup besides its cells');
        this.stub.push(text);
    }
    stubBytes() {
        return Buffer.from(this.stub.join(''), 'utf8');
    }
    scan(s, i) {
        for (;;) {
            if (this.inData) {
                i = this.scanData(s, i);
                if (this.inData)
                    return i;
            }
            else {
                i = super.scan(s, i);
                if (!this.inData)
                    return i;
            }
        }
    }
    /**
     * The cells: returns where it stopped (the end, an unfinished token, or the close of
     * <sheetData>). Tags in a sheet sit next to each other and are short: plain loops over the
     * characters beat a library search call per tag.
     */
    scanData(s, i) {
        const length = s.length;
        while (i < length) {
            let lt = i;
            if (s.charCodeAt(i) !== 0x3c /* < */) {
                let n = 0;
                if (this.capture === VALUE && this.digits < 0 && this.value === '' && (this.type === T_SHARED || this.type === T_NUMBER)) {
                    // A value of digits only (a shared-string index, a whole number) is read as it is scanned.
                    for (; lt < length; lt++) {
                        const d = s.charCodeAt(lt) - 48;
                        if (d < 0 || d > 9)
                            break;
                        n = n * 10 + d;
                    }
                }
                const digitsEnd = lt;
                while (lt < length && s.charCodeAt(lt) !== 0x3c)
                    lt++;
                if (lt === length)
                    return this.capture === NONE ? length : i; // a value's text waits for its end
                if (digitsEnd === lt && lt - i <= 15)
                    this.digits = n;
                else if (this.capture !== NONE)
                    this.text(s, i, lt);
            }
            // Reads past the end are checked before they happen: one would undo the compiled loop.
            if (lt + 1 >= length)
                return lt;
            const next = s.charCodeAt(lt + 1);
            if (next === 0x2f /* / */) {
                // A close tag: its local name runs to '>' (or to spaces before it).
                let a = lt + 2;
                let p = a;
                for (; p < length; p++) {
                    const ch = s.charCodeAt(p);
                    if (ch === 0x3e || ch <= 0x20)
                        break;
                    if (ch === 0x3a)
                        a = p + 1;
                }
                if (p >= length)
                    return lt;
                let gt = p;
                if (s.charCodeAt(p) !== 0x3e) {
                    gt = s.indexOf('>', p);
                    if (gt < 0)
                        return lt;
                }
                if (this.inner === 0) {
                    // </sheetData> (or a close that ends it): the generic scan takes it from here.
                    this.finishRow();
                    this.inData = false;
                    return lt;
                }
                this.inner--;
                this.depth--;
                switch (tagId(s, a, p)) {
                    case V:
                    case F:
                    case T:
                        this.capture = NONE;
                        break;
                    case RPH:
                        this.phonetic--;
                        break;
                    case C:
                        this.finishCell();
                        break;
                    case ROW:
                        this.finishRow();
                        break;
                }
                i = gt + 1;
                continue;
            }
            if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
                const end = skipMarkup(s, lt, this);
                if (end < 0)
                    return lt;
                i = end;
                continue;
            }
            // An open tag: its name, then the attributes the cell or row needs.
            let p = lt + 1;
            let a = p;
            for (; p < length; p++) {
                const ch = s.charCodeAt(p);
                if (ch <= 0x20 || ch === 0x2f || ch === 0x3e)
                    break;
                if (ch === 0x3a)
                    a = p + 1;
            }
            if (p >= length)
                return lt;
            const id = tagId(s, a, p);
            let gt;
            if (id === C || id === ROW) {
                const rowNumber = this.rowNumber;
                const column = this.column;
                this.start(id);
                gt = this.attributes(id, s, p);
                if (gt < 0) {
                    // The tag goes on in the next chunk: read it again then.
                    this.rowNumber = rowNumber;
                    this.column = column;
                    return lt;
                }
            }
            else {
                gt = s.charCodeAt(p) === 0x3e ? p : tagEnd(s, p);
                if (gt < 0)
                    return lt;
            }
            i = gt + 1;
            const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
            if (!selfClosing) {
                this.enter();
                this.inner++;
            }
            switch (id) {
                case ROW:
                    break;
                case C:
                    if (selfClosing)
                        this.finishCell();
                    break;
                case V:
                    // <v/> is a value too (an empty one), as the generic reading has it.
                    this.hasValue = true;
                    this.capture = selfClosing ? NONE : VALUE;
                    break;
                case F:
                    this.capture = selfClosing ? NONE : FORMULA;
                    break;
                case RPH:
                    if (!selfClosing)
                        this.phonetic++;
                    break;
                case T:
                    if (this.type === T_INLINE && this.phonetic === 0) {
                        this.capture = selfClosing ? NONE : INLINE;
                        this.hasValue = true;
                    }
                    break;
            }
        }
        return length;
    }
    /** A row or a cell begins: what its attributes do not say follows the one before. */
    start(id) {
        if (id === ROW) {
            this.rowNumber++;
            this.rowHidden = false;
            this.column = -1;
        }
        else {
            this.column++;
            this.type = T_NUMBER;
            this.style = -1;
            this.value = '';
            this.digits = -1;
            this.hasValue = false;
            this.formula = '';
            this.capture = NONE;
        }
    }
    /**
     * The attributes of <row> or <c> from `p` (just after the name) to the tag's '>': returns the
     * index of that '>', or -1 when the chunk ends first.
     */
    attributes(id, s, p) {
        const length = s.length;
        let seen = 0; // r, t, s, hidden: read once (the first wins)
        for (;;) {
            if (p >= length)
                return -1;
            let ch = s.charCodeAt(p);
            if (ch === 0x3e /* > */)
                return p;
            if (ch <= 0x20 || ch === 0x2f /* / */) {
                p++;
                continue;
            }
            let local = p;
            for (; p < length; p++) {
                ch = s.charCodeAt(p);
                if (ch === 0x3d || ch <= 0x20 || ch === 0x3e || ch === 0x2f)
                    break;
                if (ch === 0x3a)
                    local = p + 1;
            }
            const nameEnd = p;
            while (p < length && s.charCodeAt(p) <= 0x20)
                p++;
            if (p >= length)
                return -1;
            if (s.charCodeAt(p) !== 0x3d /* = */)
                continue; // a name without a value: not well-formed, passed over
            p++;
            while (p < length && s.charCodeAt(p) <= 0x20)
                p++;
            if (p >= length)
                return -1;
            const quote = s.charCodeAt(p);
            if (quote !== 0x22 && quote !== 0x27)
                return tagEnd(s, p); // not well-formed: the rest is passed over
            const v = p + 1;
            let e = v;
            while (e < length && s.charCodeAt(e) !== quote)
                e++;
            if (e >= length)
                return -1;
            p = e + 1;
            const n = nameEnd - local;
            const name = n === 1 ? s.charCodeAt(local) : n === 6 && s.startsWith('hidden', local) ? 0x68 : 0;
            const bit = name === 0x72 ? 1 : name === 0x74 ? 2 : name === 0x73 ? 4 : name === 0x68 ? 8 : 0;
            if (!bit || seen & bit)
                continue;
            seen |= bit;
            if (id === ROW) {
                if (bit === 1) {
                    let r = digitsAt(s, v, e);
                    if (r < 0)
                        r = Number(decodeEntities(s.slice(v, e)));
                    if (Number.isInteger(r) && r > 0)
                        this.rowNumber = r;
                }
                else if (bit === 8) {
                    const h = decodeEntities(s.slice(v, e));
                    this.rowHidden = h === '1' || h === 'true';
                }
            }
            else if (bit === 1) {
                let c = plainAddressColumn(s, v, e);
                if (c === -2)
                    c = (0,spreadsheet_sheets/* addressColumn */.D1)(decodeEntities(s.slice(v, e)));
                if (c >= 0)
                    this.column = c;
            }
            else if (bit === 2) {
                const t0 = s.charCodeAt(v);
                this.type = e - v === 1 && t0 !== 0x26 ? cellTypeCode(t0) : cellType(decodeEntities(s.slice(v, e)));
            }
            else if (bit === 4) {
                let st = digitsAt(s, v, e);
                if (st < 0)
                    st = Number(decodeEntities(s.slice(v, e)));
                this.style = Number.isInteger(st) ? st : -1;
            }
        }
    }
    /** Text inside <sheetData> (called while a value, formula or inline text is being read). */
    text(s, a, b) {
        if (a === undefined) {
            // CDATA, whole.
            if (this.capture === FORMULA)
                this.formula += s;
            else if (this.capture !== NONE)
                this.appendValue(s);
            return;
        }
        if (this.capture === FORMULA) {
            this.formula += decodeEntities(s.slice(a, b));
            return;
        }
        this.appendValue(decodeEntities(s.slice(a, b)));
    }
    appendValue(t) {
        if (this.digits >= 0) {
            this.value = String(this.digits);
            this.digits = -1;
        }
        this.value += t;
    }
    finishCell() {
        const column = this.column;
        this.capture = NONE;
        if (column < 0 || column > MAX_COLUMN)
            return;
        const { strings, used, styles, date1904, counts } = this.ctx;
        let v;
        if (this.hasValue) {
            const value = this.value;
            switch (this.type) {
                case T_SHARED: {
                    const i = this.digits >= 0 ? this.digits : Number(value);
                    if (Number.isInteger(i) && i >= 0 && i < strings.length) {
                        v = strings[i];
                        used[i] = 1;
                    }
                    else
                        counts.dangling++;
                    break;
                }
                case T_BOOL:
                    v = value === '1' || value === 'true';
                    break;
                case T_TEXT:
                case T_INLINE:
                    v = value;
                    break;
                case T_DATE: {
                    const d = new Date(value);
                    v = Number.isNaN(d.getTime()) ? value : d;
                    break;
                }
                default: {
                    if (this.digits >= 0) {
                        v = styled(this.digits, this.style >= 0 ? styles[this.style] : undefined, date1904);
                        break;
                    }
                    const n = Number(value);
                    v = value.trim() !== '' && Number.isFinite(n) ? styled(n, this.style >= 0 ? styles[this.style] : undefined, date1904) : value;
                }
            }
        }
        if (v !== undefined && v !== null && v !== '') {
            this.cells[column] = v;
            this.touched.push(column);
            counts.cells++;
            if (typeof v === 'string' && v.length >= spreadsheet_sheets/* LONG_TEXT */.VF)
                this.longTexts.push({ cell: `${columnLetters(column)}${this.rowNumber}`, text: v });
        }
        const formula = this.formula;
        if (formula.includes('"')) {
            for (const literal of (0,names/* stringLiterals */.Ki)(formula)) {
                if (literal.length < 3 || literal === v || this.formulaTexts.has(literal) || !/\p{L}/u.test(literal))
                    continue;
                this.formulaTexts.set(literal, `${columnLetters(column)}${this.rowNumber}`);
            }
        }
        // A later <c> without its own address follows this one.
        this.hasValue = false;
        this.value = '';
        this.digits = -1;
        this.formula = '';
    }
    finishRow() {
        const { cells, touched } = this;
        if (!touched.length)
            return;
        let last = 0;
        for (const c of touched)
            if (c > last)
                last = c;
        cells.length = last + 1;
        this.ctx.counts.rows++;
        this.rows.row(this.rowNumber, cells, this.rowHidden);
        for (const c of touched)
            cells[c] = undefined;
        touched.length = 0;
    }
}
/** Stream one worksheet part into the sink; returns the stub of its markup without its cells. */
function streamSheet(buf, zipEntry, maxBytes, spend, ctx, where) {
    return readSheet(ctx, where, (scanner) => feedPart(buf, zipEntry, maxBytes, spend, scanner));
}
/** Worksheet markup given as text pieces, cut anywhere (tests: the same rows wherever the cuts fall). */
function readSheetText(pieces, ctx, where) {
    return readSheet(ctx, where, (scanner) => {
        for (const piece of pieces)
            scanner.write(piece);
        scanner.end();
    });
}
async function readSheet(ctx, where, feed) {
    const scanner = new SheetScanner(ctx, where);
    const { sink, entry } = ctx;
    try {
        await feed(scanner);
    }
    finally {
        // What was read stays with the sink (findings made so far are kept) even when the part fails.
        if (!scanner.rows)
            scanner.rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry, ...where });
        else
            scanner.finishRow();
        scanner.rows.end();
        for (const t of scanner.longTexts)
            sink.prose(t.text, { surface: 'cells', entry, ...where, cell: t.cell });
        for (const [text, cell] of scanner.formulaTexts)
            sink.prose(text, { surface: 'cells', entry, ...where, cell });
    }
    return scanner.stubBytes();
}

;// CONCATENATED MODULE: ./src/readers/spreadsheet/stream/xlsx.ts














const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /(^|\/)sharedStrings\.xml$/i;
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
    const workbookPath = (0,sheet_xml/* workbookPartPath */.Xu)(files);
    const workbookXml = workbookPath ? files.get(workbookPath) : undefined;
    if (!workbookPath || !workbookXml)
        throw new types/* ReadError */.F('corrupt', 'the workbook part is missing');
    const book = readWorkbookPart(workbookXml);
    const sheets = book.sheets.map((s, index) => ({
        index,
        name: s.name,
        state: (0,spreadsheet_sheets/* sheetStateOf */.im)(s.state),
        relId: s.relId,
        ws: undefined,
    }));
    const sheetParts = (0,sheet_xml/* sheetPartPaths */.T0)(files, sheets);
    const bookRels = (0,xml/* parseRelationships */.vo)(files.get((0,xml/* relsPathOf */.js)(workbookPath)));
    const relPath = (type, fallback) => {
        const rel = bookRels.find((r) => type.test(r.type) && !r.external);
        return rel ? (0,xml/* resolveTarget */.u1)(workbookPath, rel.target) : fallback;
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
        const label = `(sheet not listed in the workbook: ${(0,xml/* safePartName */.qp)(path)})`;
        files.set(path, await streamSheet(buf, big.get(path), budget.remaining(), spend, ctx, { sheet: label, sheetState: 'very-hidden' }));
    }
    const authors = pushComments(files, sheets, sheetParts, sink, entry);
    const wb = facade(book, files, strings);
    (0,spreadsheet_sheets/* pushSheetNames */.yC)(sheets, sink, entry);
    (0,names/* pushDefinedNames */.qB)(wb, sheets, sink, entry);
    (0,properties/* pushDocumentProperties */.H)(wb, 'xlsx', sink, entry, authors);
    (0,properties/* pushDescriptiveProperties */.y)(wb, sink, entry);
    const seenStrings = strings.length ? new Set(strings.filter((_, i) => used[i] === 1)) : undefined;
    await (0,parts/* pushWorkbookParts */.H)({ wb, files, sheets, sheetParts, sink, entry, seenStrings, input, context, orphansRead: true });
    // Everything readable has been pushed (findings made so far are kept); now fail closed.
    if (counts.dangling)
        throw new types/* ReadError */.F('corrupt', `${counts.dangling} cell(s) point past the shared-string table`);
    return counts;
}
function readWorkbookPart(data) {
    const book = { sheets: [], names: [], date1904: false };
    let name;
    (0,xml/* parseXml */.NO)(data, {
        open(tag, a) {
            if (tag === 'sheet')
                book.sheets.push({ name: (0,xml/* attribute */.lt)(a, 'name') ?? '', state: (0,xml/* attribute */.lt)(a, 'state'), relId: (0,xml/* attribute */.lt)(a, 'id') });
            else if (tag === 'workbookPr')
                book.date1904 = /^(1|true)$/i.test((0,xml/* attribute */.lt)(a, 'date1904') ?? '');
            else if (tag === 'definedName') {
                const sheet = Number((0,xml/* attribute */.lt)(a, 'localSheetId'));
                name = {
                    Name: (0,xml/* attribute */.lt)(a, 'name') ?? '',
                    Ref: '',
                    ...(Number.isInteger(sheet) && sheet >= 0 && (0,xml/* attribute */.lt)(a, 'localSheetId') !== undefined ? { Sheet: sheet } : {}),
                };
                const comment = (0,xml/* attribute */.lt)(a, 'comment');
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
    (0,xml/* parseXml */.NO)(data, {
        open(tag, a) {
            if (tag === 'numFmt')
                formats.set(Number((0,xml/* attribute */.lt)(a, 'numFmtId')), (0,xml/* attribute */.lt)(a, 'formatCode') ?? '');
            else if (tag === 'cellXfs')
                inCellXfs = true;
            else if (tag === 'xf' && inCellXfs)
                xfs.push(Number((0,xml/* attribute */.lt)(a, 'numFmtId') ?? 0));
        },
        close(tag) {
            if (tag === 'cellXfs')
                inCellXfs = false;
        },
    });
    return xfs.map((id) => (BUILTIN_DATES.has(id) ? { date: true } : formats.has(id) ? numberStyle(formats.get(id)) : {}));
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
        (0,xml/* parseXml */.NO)(core, (0,xml/* textCollector */.Xr)(new Set(Object.keys(CORE_PROPERTIES)), (name, text) => (props[CORE_PROPERTIES[name]] = text)));
    const app = files.get('docProps/app.xml');
    if (app)
        (0,xml/* parseXml */.NO)(app, (0,xml/* textCollector */.Xr)(new Set(['Manager', 'Company']), (name, text) => (props[name] = text)));
    const custom = {};
    const customXml = files.get('docProps/custom.xml');
    if (customXml) {
        let property;
        let text = '';
        (0,xml/* parseXml */.NO)(customXml, {
            open(tag, a) {
                if (tag === 'property') {
                    property = (0,xml/* attribute */.lt)(a, 'name') ?? '';
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
/** The shared-string table: the text of each <si> (rich runs joined, phonetic runs left out). */
async function readSharedStrings(buf, zipEntry, maxBytes, spend) {
    const out = [];
    let inItem = false;
    let inText = false;
    let phonetic = 0;
    let text = '';
    await feedPart(buf, zipEntry, maxBytes, spend, new XmlScanner({
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
        for (const rel of (0,xml/* parseRelationships */.vo)(files.get((0,xml/* relsPathOf */.js)(part)))) {
            if (!rel.external && /\/(comments|threadedComment)$/i.test(rel.type))
                ownerOf.set((0,xml/* resolveTarget */.u1)(part, rel.target), sheet);
        }
    }
    for (const path of (0,xml/* partsMatching */.c6)(files, /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i)) {
        const sheet = ownerOf.get(path);
        for (const c of (0,comments/* commentPartTexts */.Z)(files.get(path)))
            sink.prose(c.text, { surface: 'comments', entry, cell: c.cell, ...(sheet ? { sheet: sheet.name, sheetState: sheet.state } : {}) });
    }
    const authors = new Set();
    for (const path of (0,xml/* partsMatching */.c6)(files, /^xl\/comments[^/]*\.xml$/i)) {
        (0,xml/* parseXml */.NO)(files.get(path), (0,xml/* textCollector */.Xr)(new Set(['author']), (_name, text) => text.trim() && authors.add(text.trim())));
    }
    for (const path of (0,xml/* partsMatching */.c6)(files, /^xl\/persons\/[^/]+\.xml$/i)) {
        (0,xml/* parseXml */.NO)(files.get(path), {
            open(tag, a) {
                const name = tag === 'person' ? (0,xml/* attribute */.lt)(a, 'displayName')?.trim() : undefined;
                if (name)
                    authors.add(name);
            },
        });
    }
    return authors;
}

// EXTERNAL MODULE: ./src/readers/loading.ts
var loading = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/index.ts
/**
 * The spreadsheet reader (xlsx, xlsm, xls, ods): zip workbooks with XML parts stream
 * (stream/xlsx.ts); the others go to SheetJS (sheetjs.ts), which loads only when such a file
 * comes. It runs inside the scan worker (memory limits, timeout) and pushes rows straight into
 * the sink, so no sheet crosses threads.
 *
 * Every place data hides is read and reported with where it was: every sheet whatever its
 * visibility (and, for xlsx, worksheet parts the workbook no longer lists or SheetJS dropped),
 * cells, formula literals, comments, defined names, sheet names, document properties, and for
 * zip workbooks the parts SheetJS leaves raw (pivot caches, unused shared strings, external
 * links and data connections, data-validation lists, chart caches, headers and footers, text
 * boxes, embedded files).
 */





/** Read a workbook already in memory. Exposed for tests and for readers of embedded workbooks. */
async function readWorkbook(buf, format, input, sink, context) {
    // XML workbooks stream (stream/xlsx.ts): flat memory, every part inflated once. SheetJS stays
    // for what it alone reads here: BIFF .xls, binary .xlsb parts and OpenDocument .ods, whose
    // files are far smaller in practice and whose formats a streaming reader would have to redo.
    if (format === 'xlsx' && !(0,compound_file/* isOle */.Z)(buf)) {
        const zipEntries = (0,zip/* listZipEntries */.kT)(buf, { maxEntries: context.limits.maxArchiveEntries });
        if (zipEntries.some((e) => e.encrypted))
            throw new types/* ReadError */.F('password-protected', 'the workbook zip is encrypted');
        if (!zipEntries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name)))
            return readXlsxStream(buf, zipEntries, input, sink, context);
    }
    const { readWithSheetJs } = await (0,loading/* loadCode */.C_)(() => Promise.all(/* import() */[__webpack_require__.e(592), __webpack_require__.e(565)]).then(__webpack_require__.bind(__webpack_require__, 565)));
    return readWithSheetJs(buf, format, input, sink, context);
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

/***/ 5301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ stringLiterals),
/* harmony export */   qB: () => (/* binding */ pushDefinedNames)
/* harmony export */ });
/* unused harmony exports tokenize, constantRows */
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


/***/ }),

/***/ 3764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ pushCommentParts),
/* harmony export */   Z: () => (/* binding */ commentPartTexts)
/* harmony export */ });
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6796);

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
function commentPartTexts(data) {
    const out = [];
    let ref;
    let depth = 0;
    let inText = false;
    let text = '';
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseXml */ .NO)(data, {
        open(name, a) {
            if (name === 'comment' || name === 'threadedComment') {
                ref = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .attribute */ .lt)(a, 'ref');
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
    for (const path of (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .partsMatching */ .c6)(files, /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i)) {
        for (const c of commentPartTexts(files.get(path))) {
            sink.prose(c.text, { surface: 'comments', entry, cell: c.cell });
            pushed++;
        }
    }
    return pushed;
}


/***/ }),

/***/ 7497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ pushWorkbookParts)
});

// EXTERNAL MODULE: ./src/readers/spreadsheet/xml.ts
var xml = __webpack_require__(6796);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/charts.ts

/** Series of one chart part, each as columns of cached points. */
function parseChartCaches(data) {
    const series = [];
    let current;
    let cache;
    let index = -1;
    let inValue = false;
    let text = '';
    (0,xml/* parseXml */.NO)(data, {
        open(name, a) {
            if (name === 'ser')
                current = [];
            else if ((name === 'strCache' || name === 'numCache' || name === 'lvl') && current) {
                cache = { numeric: name === 'numCache', points: [] };
                current.push(cache);
            }
            else if (name === 'pt' && cache)
                index = Number((0,xml/* attribute */.lt)(a, 'idx') ?? cache.points.length);
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
    for (const path of (0,xml/* partsMatching */.c6)(files, /^xl\/charts\/chart[^/]*\.xml$/i)) {
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
    (0,xml/* parseXml */.NO)(data, {
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
        for (const rel of (0,xml/* parseRelationships */.vo)(files.get((0,xml/* relsPathOf */.js)(part)))) {
            if (!rel.external && /\/drawing$/.test(rel.type))
                sheetOfDrawing.set((0,xml/* resolveTarget */.u1)(part, rel.target), sheet);
        }
    }
    for (const path of (0,xml/* partsMatching */.c6)(files, /^xl\/drawings\/[^/]+\.xml$/i)) {
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
    return (0,xml/* partsMatching */.c6)(files, /^xl\/embeddings\/[^/]+$/i);
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

// EXTERNAL MODULE: ./src/readers/spreadsheet/sheets.ts
var spreadsheet_sheets = __webpack_require__(2557);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/external-links.ts


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
    (0,xml/* parseXml */.NO)(data, {
        open(name, a) {
            if (name === 'sheetName')
                names.push((0,xml/* attribute */.lt)(a, 'val') ?? '');
            else if (name === 'sheetData') {
                const id = Number((0,xml/* attribute */.lt)(a, 'sheetId'));
                sheet = { sheet: names[id] ?? '', rows: [] };
                sheets.push(sheet);
                nextRow = 1;
            }
            else if (name === 'row' && sheet) {
                const r = Number((0,xml/* attribute */.lt)(a, 'r'));
                row = { rowNumber: Number.isInteger(r) && r > 0 ? r : nextRow, cells: [] };
                nextRow = row.rowNumber + 1;
            }
            else if (name === 'cell' && row) {
                const ref = (0,xml/* attribute */.lt)(a, 'r');
                const column = ref ? (0,spreadsheet_sheets/* addressColumn */.D1)(ref.replace(/\$/g, '')) : row.cells.length;
                cell = { column: column >= 0 ? column : row.cells.length, type: (0,xml/* attribute */.lt)(a, 't') ?? 'n' };
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
    (0,xml/* parseXml */.NO)(data, {
        open(_name, a) {
            for (const name of CONNECTION_ATTRIBUTES) {
                const value = (0,xml/* attribute */.lt)(a, name);
                if (value && FILE_IN_TEXT.test(value))
                    out.push({ attribute: name, value });
            }
        },
    });
    return out;
}
function pushExternalLinks(files, sink, entry) {
    const linkParts = (0,xml/* partsMatching */.c6)(files, /^xl\/externalLinks\/[^/]+\.xml$/i);
    const observed = new Set();
    for (const path of linkParts) {
        for (const external of parseExternalLink(files.get(path))) {
            const table = sink.beginTable({ surface: 'external-link', shape: 'grid', lettered: true, sheet: external.sheet || undefined, entry });
            for (const r of external.rows)
                table.row(r.rowNumber, r.cells);
            table.end();
        }
        const relsPath = (0,xml/* relsPathOf */.js)(path);
        for (const rel of (0,xml/* parseRelationships */.vo)(files.get(relsPath))) {
            if (!rel.external || !rel.target)
                continue;
            observed.add(`${relsPath}\n${rel.target}`);
            sink.observe({ kind: 'external-link', where: `${(0,xml/* safePartName */.qp)(relsPath, 'a relationships part')} Target`, entry, value: rel.target });
        }
    }
    const connections = files.get('xl/connections.xml');
    if (connections) {
        for (const target of connectionTargets(connections)) {
            sink.observe({ kind: 'external-link', where: `xl/connections.xml ${target.attribute}`, entry, value: target.value });
        }
    }
    // Other relationships to files: hyperlinks to a share, linked OLE objects, data connections.
    for (const relsPath of (0,xml/* partsMatching */.c6)(files, /(^|\/)_rels\/[^/]+\.rels$/i)) {
        for (const rel of (0,xml/* parseRelationships */.vo)(files.get(relsPath))) {
            if (!rel.external || !FILE_TARGET.test(rel.target) || observed.has(`${relsPath}\n${rel.target}`))
                continue;
            sink.observe({ kind: 'external-link', where: `${(0,xml/* safePartName */.qp)(relsPath, 'a relationships part')} Target`, entry, value: rel.target });
        }
    }
}

// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/orphan-sheets.ts
var orphan_sheets = __webpack_require__(5433);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/pivot-cache.ts

const ITEM_TAGS = new Set(['s', 'n', 'd', 'b', 'e', 'm']);
function itemValue(tag, attributes) {
    const v = (0,xml/* attribute */.lt)(attributes, 'v');
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
    (0,xml/* parseXml */.NO)(data, {
        open(name, a) {
            if (name === 'pivotCacheDefinition')
                recordsRelId = (0,xml/* attribute */.lt)(a, 'id');
            else if (name === 'cacheField') {
                current = { name: (0,xml/* attribute */.lt)(a, 'name') ?? '', items: [] };
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
    (0,xml/* parseXml */.NO)(data, {
        open(name, a) {
            if (name === 'r') {
                inRecord = true;
                column = 0;
                return;
            }
            if (!inRecord)
                return;
            if (name === 'x') {
                const index = Number((0,xml/* attribute */.lt)(a, 'v'));
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
    for (const path of (0,xml/* partsMatching */.c6)(files, /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i)) {
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
        const rel = (0,xml/* parseRelationships */.vo)(files.get((0,xml/* relsPathOf */.js)(definitionPath))).find((r) => r.id === relId && !r.external);
        if (rel)
            return (0,xml/* resolveTarget */.u1)(definitionPath, rel.target);
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

// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/sheet-xml.ts
var sheet_xml = __webpack_require__(6651);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/parts/sheet-extras.ts

function pushSheetExtras(files, sheetParts, sink, entry) {
    for (const [sheet, path] of sheetParts) {
        const data = /\.xml$/i.test(path) ? files.get(path) : undefined;
        if (!data)
            continue;
        const tail = (0,sheet_xml/* sheetTail */.Yc)(data);
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
        (0,orphan_sheets/* pushOrphanSheets */.L)(files, new Set(parts.sheetParts.values()), parts.wb, sink, entry, parts.seenStrings);
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


/***/ }),

/***/ 5433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pushOrphanSheets),
/* harmony export */   M: () => (/* binding */ readWorksheetPart)
/* harmony export */ });
/* harmony import */ var _sheets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2557);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6796);


const COLUMN_SPAN = 16_384;
function readWorksheetPart(data, strings, onRow) {
    let row = [];
    let rowNumber = 0;
    let column = -1;
    let type = 'n';
    let text;
    let inValue = false;
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseXml */ .NO)(data, {
        open(name, a) {
            if (name === 'row') {
                const r = Number((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(a, 'r'));
                rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
                row = [];
                column = -1;
            }
            else if (name === 'c') {
                const at = (0,_sheets_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeAddress */ .FS)((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(a, 'r') ?? '');
                column = at >= 0 ? at % COLUMN_SPAN : column + 1;
                type = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(a, 't') ?? 'n';
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
                row[column] = cellValue(type, text, strings);
            else if (name === 'row' && row.some((v) => v !== undefined && v !== ''))
                onRow(rowNumber, row);
        },
    });
}
function cellValue(type, text, strings) {
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
    for (const path of (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .partsMatching */ .c6)(files, /^xl\/worksheets\/[^/]+\.xml$/i)) {
        if (listed.has(path))
            continue;
        const label = `(sheet not listed in the workbook: ${(0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .safePartName */ .qp)(path)})`;
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


/***/ }),

/***/ 6651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ sheetLayout),
/* harmony export */   T0: () => (/* binding */ sheetPartPaths),
/* harmony export */   Xu: () => (/* binding */ workbookPartPath),
/* harmony export */   Yc: () => (/* binding */ sheetTail)
/* harmony export */ });
/* unused harmony exports inlineList, stripHeaderCodes */
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6796);
/**
 * What the worksheet XML holds besides cells, read from the raw part without parsing the cells
 * a second time: hidden rows and columns (byte search for `hidden=` attributes, so SheetJS can
 * skip its costly style pass), and the tail after <sheetData> (data validation lists and their
 * messages, headers and footers).
 */

const MAX_COLUMN = 16_383;
/** Sheet name → worksheet part path, through the workbook's relationships. */
function sheetPartPaths(files, sheets) {
    const out = new Map();
    const workbook = workbookPartPath(files);
    if (!workbook)
        return out;
    const rels = new Map((0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRelationships */ .vo)(files.get((0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .relsPathOf */ .js)(workbook))).map((r) => [r.id, r]));
    for (const sheet of sheets) {
        const rel = sheet.relId ? rels.get(sheet.relId) : undefined;
        if (rel && !rel.external)
            out.set(sheet, (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveTarget */ .u1)(workbook, rel.target));
    }
    return out;
}
function workbookPartPath(files) {
    const root = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRelationships */ .vo)(files.get('_rels/.rels')).find((r) => /\/officeDocument$/.test(r.type));
    if (root)
        return (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveTarget */ .u1)('', root.target);
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
            const max = Math.min(Number(/\bmax=["'](\d+)/.exec(tag)?.[1] ?? min), MAX_COLUMN + 1);
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
    const formulas = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .textCollector */ .Xr)(new Set(['formula1', 'f']), (name, value) => {
        if (!inValidation)
            return;
        const items = inlineList(value);
        if (items)
            tail.validationLists.push(items);
    });
    const headers = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .textCollector */ .Xr)(HEADER_FOOTER, (_name, value) => {
        const clean = stripHeaderCodes(value);
        if (clean.trim())
            tail.headerFooter.push(clean);
    });
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseXml */ .NO)(`<tail>${text}`, {
        open(name, attributes) {
            if (name === 'dataValidation') {
                inValidation = true;
                for (const key of VALIDATION_TEXT) {
                    const value = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .attribute */ .lt)(attributes, key);
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


/***/ }),

/***/ 9744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ pushDocumentProperties),
/* harmony export */   y: () => (/* binding */ pushDescriptiveProperties)
/* harmony export */ });
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


/***/ }),

/***/ 2557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ addressColumn),
/* harmony export */   FS: () => (/* binding */ decodeAddress),
/* harmony export */   I1: () => (/* binding */ pushSheet),
/* harmony export */   Jk: () => (/* binding */ listSheets),
/* harmony export */   VF: () => (/* binding */ LONG_TEXT),
/* harmony export */   im: () => (/* binding */ sheetStateOf),
/* harmony export */   yC: () => (/* binding */ pushSheetNames)
/* harmony export */ });
/* unused harmony exports sheetByName, shownIdentifier, cellValue, utf8FromBinary, hiddenColumnsOf, walkCells */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5301);

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
    for (const literal of (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiterals */ .Ki)(formula)) {
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
/** Column index (0-based) of an address such as "AB12" (at most three letters, from `a` to `b` of `s`), or -1. */
function addressColumn(s, a = 0, b = s.length) {
    let c = 0;
    let i = a;
    for (; i < b && i < a + 3; i++) {
        const ch = s.charCodeAt(i);
        if (ch < 65 || ch > 90)
            break;
        c = c * 26 + (ch - 64);
    }
    return i === a ? -1 : c - 1;
}
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


/***/ }),

/***/ 6796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   Xr: () => (/* binding */ textCollector),
/* harmony export */   c6: () => (/* binding */ partsMatching),
/* harmony export */   js: () => (/* binding */ relsPathOf),
/* harmony export */   lt: () => (/* binding */ attribute),
/* harmony export */   qp: () => (/* binding */ safePartName),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   vo: () => (/* binding */ parseRelationships)
/* harmony export */ });
/* unused harmony export localName */
/* harmony import */ var _documents_office_xml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3371);
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
    (0,_documents_office_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseXml */ .NO)(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, {
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


/***/ })

};
