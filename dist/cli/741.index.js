export const id = 741;
export const ids = [741];
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

/***/ 5741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDbf: () => (/* binding */ readDbf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1129);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2348);
/**
 * dBase tables (`.dbf`, the attribute table of a shapefile): the field names as the header,
 * every record as a row numbered from 1 (as GIS tools number them). Records marked deleted are
 * still in the file, so they are read too, as hidden rows.
 *
 * Text is decoded with the code page the language-driver byte names when the platform can
 * decode it; otherwise (no byte, or a DOS code page) as UTF-8 when the records are valid UTF-8
 * (what current GIS tools write), else Windows-1252. The `.cpg` sibling is not available to
 * a reader of one file.
 */




/** Language-driver id → a TextDecoder label (only those the platform decodes). */
const CODE_PAGES = {
    0x03: 'windows-1252',
    0x57: 'windows-1252',
    0x58: 'windows-1252',
    0x59: 'windows-1252',
    0x4d: 'gbk',
    0x4e: 'euc-kr',
    0x4f: 'big5',
    0x50: 'windows-874',
    0x13: 'shift_jis',
    0x7b: 'shift_jis',
    0x26: 'ibm866',
    0x65: 'ibm866',
    0x64: 'ibm852',
    0x7d: 'windows-1255',
    0x7e: 'windows-1256',
    0x87: 'windows-1250',
    0xc8: 'windows-1250',
    0xc9: 'windows-1251',
    0xca: 'windows-1254',
    0xcb: 'windows-1253',
    0xcc: 'windows-1257',
    0x96: 'x-mac-cyrillic',
    0x97: 'x-mac-ce',
    0x98: 'x-mac-greek',
    0x04: 'macintosh',
};
const readDbf = async (input, sink) => {
    const buf = await input.buffer();
    if (buf.length < 33)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'the dBase header is cut short');
    const declaredRecords = buf.readUInt32LE(4);
    const headerLength = buf.readUInt16LE(8);
    const recordLength = buf.readUInt16LE(10);
    if (headerLength > buf.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'the dBase header is cut short');
    const count = (0,_sniff_js__WEBPACK_IMPORTED_MODULE_2__/* .dbfFieldsFit */ .zT)(buf, headerLength, recordLength);
    if (count === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'the dBase field descriptors do not match the record length');
    const decoder = textDecoder(buf, buf[29], headerLength);
    const fields = [];
    let offset = 1;
    for (let i = 0; i < count; i++) {
        const at = 32 + i * 32;
        const type = String.fromCharCode(buf[at + 11]);
        const length = type === 'C' ? buf[at + 16] | (buf[at + 17] << 8) : buf[at + 16];
        const raw = buf.subarray(at, at + 11);
        const end = raw.indexOf(0);
        const name = decoder.decode(end >= 0 ? raw.subarray(0, end) : raw).trim() || `field ${i + 1}`;
        fields.push({ name, type, offset, length });
        offset += length;
    }
    const available = Math.floor((buf.length - headerLength) / recordLength);
    const records = Math.min(declaredRecords, available);
    const pause = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .yieldEvery */ .Zg)(5000);
    await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .withTable */ .Pq)(sink, { header: fields.map((f) => f.name), entry: input.entry }, async (row) => {
        const cells = new Array(fields.length);
        for (let r = 0; r < records; r++) {
            const at = headerLength + r * recordLength;
            const flag = buf[at];
            if (flag === 0x1a)
                break; // end-of-file marker
            for (const [i, field] of fields.entries())
                cells[i] = fieldValue(buf.subarray(at + field.offset, at + field.offset + field.length), field.type, decoder);
            row(r + 1, cells, flag === 0x2a);
            await pause();
        }
    });
    if (declaredRecords > available && buf[headerLength + available * recordLength] !== 0x1a) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', `the dBase header declares ${declaredRecords} records; ${available} are in the file`);
    }
};
function textDecoder(buf, ldid, headerLength) {
    const label = CODE_PAGES[ldid];
    if (label) {
        try {
            return new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder(label);
        }
        catch {
            // The platform lacks it: sniff below.
        }
    }
    try {
        new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(headerLength, headerLength + 4 * 1024 * 1024));
        return new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder('utf-8');
    }
    catch {
        return new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder('windows-1252');
    }
}
function fieldValue(bytes, type, decoder) {
    switch (type) {
        case 'N':
        case 'F': {
            const text = bytes.toString('latin1').trim();
            if (!text)
                return null;
            const n = Number(text);
            return Number.isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? n : text;
        }
        case 'D': {
            const text = bytes.toString('latin1').trim();
            return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : text || null;
        }
        case 'L': {
            const c = bytes.toString('latin1').trim().toUpperCase();
            return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
        }
        case 'I':
            return bytes.length === 4 ? bytes.readInt32LE(0) : null;
        case 'O':
        case 'B':
            return bytes.length === 8 ? finite(bytes.readDoubleLE(0)) : decoder.decode(bytes).trim() || null;
        case 'Y':
            return bytes.length === 8 ? Number(bytes.readBigInt64LE(0)) / 10_000 : null;
        case 'M':
        case 'G':
        case 'P':
        case 'T':
        case '@':
        case '+':
        case '0':
            // Memo pointers (their text is in the .dbt/.fpt beside the table), timestamps, flags.
            return null;
        default:
            return (decoder
                .decode(bytes)
                .replace(/\u0000+$/, '')
                .trim() || null);
    }
}
const finite = (n) => (Number.isFinite(n) ? n : null);


/***/ }),

/***/ 2348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* reexport safe */ _containers_archive_budget_js__WEBPACK_IMPORTED_MODULE_1__.F),
/* harmony export */   Pq: () => (/* binding */ withTable),
/* harmony export */   Zg: () => (/* binding */ yieldEvery),
/* harmony export */   cX: () => (/* binding */ toCell),
/* harmony export */   f1: () => (/* binding */ readFailure)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/* harmony import */ var _containers_archive_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4675);
/**
 * What the data-format readers (Parquet, Arrow, SQLite, R data, dBase) share: turning a
 * library's or a decoder's value into a cell, turning any failure into a ReadError with a
 * detail this project wrote (library messages quote the file), and the byte budget for
 * decompressed pages, shared with the archive reader.
 */



/** A value decoded from a data file as a cell: numbers stay numbers, the rest becomes text. */
function toCell(value) {
    if (value === null || value === undefined)
        return null;
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return value;
        case 'number':
            return Number.isFinite(value) ? value : null;
        case 'bigint':
            return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
        case 'object':
            if (value instanceof Date)
                return Number.isNaN(value.getTime()) ? null : value;
            // Raw bytes (a BLOB, an unannotated binary column) are not text the gate reads as a cell.
            if (value instanceof Uint8Array)
                return null;
            return null;
        default:
            return null;
    }
}
/**
 * Any failure while a library or a hand-written decoder reads `format`, as a ReadError: ours
 * pass through, a blown stack is `too-deep`, an allocation failure `out-of-memory`, the rest
 * `corrupt` (or `fallback`) with `detail`. The library's message is never read into the result.
 */
function readFailure(error, detail, fallback = 'corrupt') {
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadError */ .L)(error))
        return error;
    if (error instanceof RangeError) {
        const message = String(error.message);
        if (/call stack/i.test(message))
            return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-deep', `${detail} (nesting too deep)`);
        if (/allocat|array buffer|invalid typed array length|invalid array length/i.test(message))
            return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('out-of-memory', `${detail} (a declared length is too large)`);
    }
    return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F(fallback, detail);
}
/**
 * A 'records' table (the header is known) whose rows are pushed with their absolute row
 * number; ended even when reading fails half way.
 */
async function withTable(sink, meta, fill) {
    const table = sink.beginTable({ surface: 'cells', shape: 'records', lettered: false, ...meta });
    try {
        await fill((n, cells, hidden) => (hidden ? table.row(n, cells, true) : table.row(n, cells)));
    }
    finally {
        table.end();
    }
}
/** Yield to the event loop now and then so that the soft time limit can fire. */
function yieldEvery(n) {
    let count = 0;
    return () => (++count % n === 0 ? new Promise((resolve) => setImmediate(resolve)) : undefined);
}


/***/ })

};
