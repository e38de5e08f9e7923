export const id = 137;
export const ids = [137];
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

/***/ 2137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARQUET_MAGIC: () => (/* binding */ PARQUET_MAGIC),
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/* harmony import */ var _loading_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6680);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2348);
/**
 * Parquet: one 'records' table per file whose header is the schema's leaf columns (a struct's
 * fields as dotted paths, `address.city`; a list or map column as one column whose cells join
 * the elements), filled row group by row group with 1-based row numbers over the whole file.
 *
 * Read with hyparquet: pure JavaScript (no native code, no WebAssembly), small (about 0.5 MB
 * unpacked, no dependencies), reads from an in-memory buffer, decodes row groups on request,
 * and takes our own decompressors, so every page is counted against the decompressed-size
 * budget before it is allocated. Snappy (its own), gzip and Brotli (node:zlib), zstd (fzstd,
 * pure JavaScript) are read; LZ4 and LZO are not-inspected with the codec named.
 */




const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // PAR1
const readParquet = async (input, sink, context) => {
    const buf = await input.buffer();
    if (buf.length < 12 || !PARQUET_MAGIC.every((b, i) => buf[i] === b && buf[buf.length - 4 + i] === b)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F(buf.length < 12 || PARQUET_MAGIC.some((b, i) => buf[i] !== b) ? 'corrupt' : 'truncated', 'the Parquet file does not end with its footer');
    }
    const hyparquet = await (0,_loading_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCode */ .C_)(() => __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 7407)));
    const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    let metadata;
    let columns;
    try {
        metadata = hyparquet.parquetMetadata(file, { geoparquet: false });
        columns = leafColumns(hyparquet.parquetSchema(metadata));
    }
    catch (error) {
        throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readFailure */ .f1)(error, 'the Parquet footer (schema and row groups) cannot be read');
    }
    const budget = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .decompressionBudget */ .FG)(context);
    const codecs = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)).filter((c) => c !== undefined));
    for (const codec of codecs) {
        if (!['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD'].includes(codec))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', `Parquet pages compressed with ${codec}, which the gate cannot decompress; rewrite the file with Snappy, gzip or zstd compression`);
    }
    const fzstd = codecs.has('ZSTD') ? await (0,_loading_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCode */ .C_)(() => __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 8339))) : undefined;
    const counted = (decode) => (data, size) => {
        if (!Number.isSafeInteger(size) || size < 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'a Parquet page declares an impossible size');
        budget.spend(size);
        const out = decode(data, size);
        if (out.length !== size)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'a Parquet page does not decompress to its declared size');
        return out;
    };
    const compressors = {
        SNAPPY: counted((data, size) => {
            const out = new Uint8Array(size);
            hyparquet.snappyUncompress(data, out);
            return out;
        }),
        GZIP: counted((data, size) => (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(data, { maxOutputLength: Math.max(1, size) })),
        BROTLI: counted((data, size) => (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.brotliDecompressSync)(data, { maxOutputLength: Math.max(1, size) })),
        ZSTD: counted((data, size) => fzstd.decompress(data, new Uint8Array(size))),
    };
    const header = columns.map((c) => c.name);
    const pause = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .yieldEvery */ .Zg)(1);
    await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .withTable */ .Pq)(sink, { header, entry: input.entry }, async (row) => {
        let groupStart = 0;
        for (const [g, group] of metadata.row_groups.entries()) {
            const rows = Number(group.num_rows);
            if (!Number.isSafeInteger(rows) || rows < 0)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', `row group ${g + 1} declares an impossible row count`);
            const declared = group.columns.reduce((sum, c) => sum + Number(c.meta_data?.total_uncompressed_size ?? 0), 0);
            if (declared > budget.remaining())
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('too-large-decompressed', `row group ${g + 1} declares ${declared} bytes after decompression`);
            if (rows === 0)
                continue;
            let decoded = [];
            try {
                await hyparquet.parquetRead({
                    file,
                    metadata,
                    rowStart: groupStart,
                    rowEnd: groupStart + rows,
                    rowFormat: 'array',
                    compressors,
                    onComplete: (data) => {
                        decoded = data;
                    },
                });
            }
            catch (error) {
                throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readFailure */ .f1)(error, `row group ${g + 1} of the Parquet file cannot be read`);
            }
            const cells = new Array(columns.length);
            decoded.forEach((values, i) => {
                for (const [c, column] of columns.entries())
                    cells[c] = column.cell(values);
                row(groupStart + i + 1, cells);
            });
            groupStart += rows;
            await pause();
        }
    });
};
/**
 * The table's columns from the schema tree: a struct's fields as dotted paths; a list, a map
 * or a repeated field as one column (its elements joined). Each column knows how to take its
 * value out of a row as hyparquet assembles it (top-level values in schema order, structs as
 * objects). Own properties only: a field named `__proto__` is data.
 */
function leafColumns(root) {
    const out = [];
    const walk = (node, name, get, depth) => {
        if (depth > 64)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('too-deep', 'the Parquet schema nests structs more than 64 deep');
        if (node.children.length === 0 || !isStructNode(node)) {
            out.push({ name, cell: (row) => joined(get(row)) });
            return;
        }
        for (const child of node.children) {
            const key = child.element.name;
            walk(child, `${name}.${key}`, (row) => own(get(row), key), depth + 1);
        }
    };
    root.children.forEach((child, index) => walk(child, child.element.name, (row) => row[index], 1));
    return out;
}
function isStructNode(node) {
    const e = node.element;
    return (e.repetition_type !== 'REPEATED' &&
        !['LIST', 'MAP', 'MAP_KEY_VALUE'].includes(e.converted_type ?? '') &&
        !['LIST', 'MAP'].includes(e.logical_type?.type ?? ''));
}
function own(value, key) {
    return value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)
        ? value[key]
        : undefined;
}
/** A scalar as a cell; a list (or a map, or a struct inside a list) as its scalars joined by "; ". */
function joined(value) {
    if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array)
        return (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .toCell */ .cX)(value);
    const parts = [];
    const collect = (v, depth) => {
        if (parts.length >= 1000 || depth > 32)
            return;
        if (v === null || v === undefined)
            return;
        if (typeof v !== 'object' || v instanceof Date) {
            const cell = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .toCell */ .cX)(v);
            if (cell !== null && cell !== undefined)
                parts.push(cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
        }
        else if (v instanceof Uint8Array)
            return;
        else if (v instanceof Map) {
            for (const [k, x] of v) {
                collect(k, depth + 1);
                collect(x, depth + 1);
            }
        }
        else if (Array.isArray(v) || ArrayBuffer.isView(v))
            for (const x of v)
                collect(x, depth + 1);
        else
            for (const k of Object.keys(v))
                collect(v[k], depth + 1);
    };
    collect(value, 0);
    return parts.length ? parts.join('; ') : null;
}


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
