export const id = 584;
export const ids = [584];
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

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lz4Frame: () => (/* binding */ lz4Frame),
/* harmony export */   readArrow: () => (/* binding */ readArrow)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/* harmony import */ var _loading_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6680);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2348);
/**
 * Arrow IPC files and streams, and Feather v2 (which is the Arrow IPC file format): one
 * 'records' table per file whose header is the schema's fields (a struct's fields as dotted
 * paths, a list as one joined cell), filled batch by batch with 1-based row numbers over the
 * file. Feather v1 (an older layout, magic `FEA1`) is not inspected, with what to do.
 *
 * Read with apache-arrow, the Arrow project's own JavaScript implementation, loaded only when
 * such a file is met (it is large). Compressed bodies (LZ4 frames, the Feather default, and
 * zstd) are decompressed by codecs registered here: each buffer's declared size is checked
 * against the decompressed-size budget before any output is allocated, and the LZ4 frame
 * decoder below never writes past that size.
 */



const fail = (kind, detail) => {
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F(kind, detail);
};
/** The budget of the file being read: codecs are global in apache-arrow, reading is synchronous. */
let current;
let registered;
function loadArrow() {
    registered ??= (0,_loading_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCode */ .C_)(async () => {
        const arrow = await Promise.all(/* import() */[__webpack_require__.e(558), __webpack_require__.e(236)]).then(__webpack_require__.bind(__webpack_require__, 7236));
        const fzstd = await __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 8339));
        boundFlatbufferVectors((await __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 6558))).ByteBuffer);
        /** The 8-byte length apache-arrow strips before the data it hands over (the uncompressed length, by the spec). */
        const declared = (data) => {
            const size = data.byteOffset >= 8 ? Number(new DataView(data.buffer, data.byteOffset - 8, 8).getBigInt64(0, true)) : -1;
            if (!Number.isSafeInteger(size) || size < 0)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'an Arrow buffer declares an impossible length');
            return size;
        };
        const budget = () => current ?? fail('internal-error', 'no decompression budget');
        arrow.compressionRegistry.set(arrow.CompressionType.LZ4_FRAME, {
            decode(data) {
                const out = lz4Frame(data, budget().remaining(), declared(data));
                budget().spend(out.length);
                return out;
            },
        });
        arrow.compressionRegistry.set(arrow.CompressionType.ZSTD, {
            decode(data) {
                const size = declared(data);
                budget().spend(size);
                const out = fzstd.decompress(data, new Uint8Array(size));
                if (out.length !== size)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'an Arrow buffer does not decompress to its declared length');
                return out;
            },
        });
        return arrow;
    });
    return registered;
}
/**
 * apache-arrow trusts the lengths of the flatbuffer vectors in a file's metadata: a flipped bit
 * in one makes it loop billions of times. Every vector must fit in the bytes it is read from
 * (each element takes at least one byte), checked where flatbuffers reads a vector's length.
 */
function boundFlatbufferVectors(ByteBuffer) {
    const proto = ByteBuffer.prototype;
    if (proto.__bounded)
        return;
    const original = proto.__vector_len;
    proto.__vector_len = function (offset) {
        const length = original.call(this, offset);
        const start = offset + this.readInt32(offset) + 4;
        if (length < 0 || start + length > this.capacity())
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'the Arrow metadata declares a list longer than its message');
        return length;
    };
    proto.__bounded = true;
}
const readArrow = async (input, sink, context) => {
    const buf = await input.buffer();
    if (buf.subarray(0, 4).toString('latin1') === 'FEA1')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', 'a Feather version 1 file, which the gate cannot read; re-save it as Feather version 2 (Arrow IPC), e.g. with a current pyarrow or R arrow');
    const arrow = await loadArrow();
    const budget = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .decompressionBudget */ .FG)(context);
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    let reader;
    let columns;
    try {
        current = budget;
        reader = arrow.RecordBatchReader.from(bytes);
        reader.open();
        if (reader.isFile())
            checkFooterBlocks(buf, reader.footer);
        columns = fieldColumns(arrow, reader.schema.fields);
    }
    catch (error) {
        throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .readFailure */ .f1)(error, 'the Arrow schema cannot be read');
    }
    finally {
        current = undefined;
    }
    const pause = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .yieldEvery */ .Zg)(1);
    await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .withTable */ .Pq)(sink, { header: columns.map((c) => c.name), entry: input.entry }, async (row) => {
        let rowNumber = 0;
        let batchIndex = 0;
        for (;;) {
            let batch;
            try {
                current = budget;
                const next = reader.next();
                batch = next.done ? undefined : next.value;
            }
            catch (error) {
                throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .readFailure */ .f1)(error, `record batch ${batchIndex + 1} of the Arrow file cannot be read`);
            }
            finally {
                current = undefined;
            }
            if (!batch)
                break;
            batchIndex++;
            const vectors = columns.map((c) => c.vector(batch));
            const cells = new Array(columns.length);
            try {
                for (let i = 0; i < batch.numRows; i++) {
                    for (const [c, column] of columns.entries())
                        cells[c] = column.cell(vectors[c], i);
                    row(++rowNumber, cells);
                }
            }
            catch (error) {
                throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .readFailure */ .f1)(error, `record batch ${batchIndex} of the Arrow file cannot be read`);
            }
            await pause();
        }
    });
};
/**
 * Each block the footer of an IPC file lists must hold a message of its kind: apache-arrow's
 * file reader loops forever on a record-batch block that holds another message.
 */
function checkFooterBlocks(buf, footer) {
    if (!footer)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'the Arrow file has no footer');
    const kind = (offset) => {
        let at = offset;
        if (at + 8 > buf.length)
            return -1;
        if (buf.readInt32LE(at) === -1)
            at += 4; // continuation marker
        const length = buf.readInt32LE(at);
        const start = at + 4;
        if (length < 8 || start + length > buf.length)
            return -1;
        const table = start + buf.readUInt32LE(start);
        if (table + 4 > start + length)
            return -1;
        const vtable = table - buf.readInt32LE(table);
        if (vtable < start || vtable + 4 > start + length)
            return -1;
        const size = buf.readUInt16LE(vtable);
        if (size < 6 || vtable + size > start + length)
            return -1;
        const field = buf.readUInt16LE(vtable + 6); // field 1: header_type
        return field === 0 ? 0 : table + field < start + length ? buf[table + field] : -1;
    };
    for (let i = 0; i < footer.numRecordBatches; i++) {
        const block = footer.getRecordBatch(i);
        if (!block || kind(Number(block.offset)) !== 3)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', `the Arrow footer's record batch ${i + 1} points at no record batch`);
    }
    for (let i = 0; i < footer.numDictionaries; i++) {
        const block = footer.getDictionaryBatch(i);
        if (!block || kind(Number(block.offset)) !== 2)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', `the Arrow footer's dictionary ${i + 1} points at no dictionary`);
    }
}
/** A struct's fields as dotted columns (at most 64 deep); everything else one column. */
function fieldColumns(arrow, fields) {
    const out = [];
    const walk = (field, name, get, depth) => {
        if (depth > 64)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-deep', 'the Arrow schema nests structs more than 64 deep');
        if (arrow.DataType.isStruct(field.type)) {
            field.type.children.forEach((child, j) => walk(child, `${name}.${child.name}`, (b) => get(b)?.getChildAt(j), depth + 1));
            return;
        }
        const isDate = arrow.DataType.isDate(field.type) || arrow.DataType.isTimestamp(field.type);
        out.push({ name, vector: get, cell: (v, i) => cellOf(v?.get(i), isDate) });
    };
    fields.forEach((field, j) => walk(field, field.name, (b) => b.getChildAt(j), 1));
    return out;
}
function cellOf(value, isDate) {
    if (isDate && (typeof value === 'number' || typeof value === 'bigint')) {
        const d = new Date(Number(value));
        return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
    }
    if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date)
        return (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .toCell */ .cX)(value);
    // A list (a Vector), a map or a struct inside a list: its scalars joined.
    const parts = [];
    const collect = (v, depth) => {
        if (parts.length >= 1000 || depth > 32 || v === null || v === undefined)
            return;
        if (typeof v !== 'object' || v instanceof Date) {
            const c = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .toCell */ .cX)(v);
            if (c !== null && c !== undefined)
                parts.push(c instanceof Date ? c.toISOString().slice(0, 10) : String(c));
        }
        else if (v instanceof Uint8Array)
            return;
        else if (typeof v.toArray === 'function' || Symbol.iterator in v) {
            for (const x of v)
                collect(x, depth + 1);
        }
        else
            for (const k of Object.keys(v))
                collect(v[k], depth + 1);
    };
    collect(value, 0);
    return parts.length ? parts.join('; ') : null;
}
/** Where LZ4 output goes: grows by doubling, never past `limit` (then too-large-decompressed). */
class Output {
    limit;
    bytes;
    length = 0;
    constructor(initial, limit) {
        this.limit = limit;
        this.bytes = new Uint8Array(Math.max(0, Math.min(initial, limit)));
    }
    room(n) {
        const need = this.length + n;
        if (need > this.limit)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-large-decompressed', 'an LZ4 frame in the Arrow file inflates past the decompressed-size limit');
        if (need <= this.bytes.length)
            return;
        const grown = new Uint8Array(Math.min(this.limit, Math.max(need, this.bytes.length * 2)));
        grown.set(this.bytes.subarray(0, this.length));
        this.bytes = grown;
    }
}
/**
 * LZ4 frames (the format Arrow's LZ4_FRAME codec writes), decoded into at most `limit` bytes.
 * `expected` sizes the first allocation only: writers disagree on what the length prefix holds
 * (apache-arrow's own writer stores the compressed length there).
 */
function lz4Frame(data, limit, expected = data.length * 4) {
    const out = new Output(expected, limit);
    let at = 0;
    const fail = () => {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'an LZ4 frame in the Arrow file is malformed');
    };
    const u32 = (p) => p + 4 <= data.length ? (data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24)) >>> 0 : fail();
    if (u32(0) !== 0x184d2204)
        fail();
    // Frames one after another; what follows the last is padding (zeros) to an 8-byte boundary.
    while (at + 4 <= data.length && u32(at) === 0x184d2204) {
        const flg = data[at + 4] ?? fail();
        if ((flg & 0xc0) !== 0x40)
            fail();
        at += 6 + (flg & 0x08 ? 8 : 0) + (flg & 0x01 ? 4 : 0) + 1; // magic, FLG, BD, content size, dictionary id, header checksum
        for (;;) {
            const word = u32(at);
            at += 4;
            if (word === 0)
                break;
            const length = word & 0x7fffffff;
            if (at + length > data.length)
                fail();
            if (word & 0x80000000) {
                out.room(length);
                out.bytes.set(data.subarray(at, at + length), out.length);
                out.length += length;
            }
            else
                lz4Block(data, at, at + length, out, fail);
            at += length + (flg & 0x10 ? 4 : 0);
        }
        if (flg & 0x04)
            at += 4;
    }
    for (; at < data.length; at++)
        if (data[at] !== 0)
            fail();
    return out.bytes.subarray(0, out.length);
}
function lz4Block(data, at, end, out, fail) {
    const extra = (n) => {
        let b;
        do {
            if (at >= end)
                fail();
            b = data[at++];
            n += b;
        } while (b === 255);
        return n;
    };
    while (at < end) {
        const token = data[at++];
        const literals = token >> 4 === 15 ? extra(15) : token >> 4;
        if (at + literals > end)
            fail();
        out.room(literals);
        out.bytes.set(data.subarray(at, at + literals), out.length);
        at += literals;
        out.length += literals;
        if (at >= end)
            break; // the last sequence has literals only
        if (at + 2 > end)
            fail();
        const offset = data[at] | (data[at + 1] << 8);
        at += 2;
        if (offset === 0 || offset > out.length)
            fail();
        const match = (token & 15) === 15 ? extra(19) : (token & 15) + 4;
        out.room(match);
        const bytes = out.bytes;
        for (let i = 0, o = out.length; i < match; i++, o++)
            bytes[o] = bytes[o - offset];
        out.length += match;
    }
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
