export const id = 85;
export const ids = [85];
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


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSqlite: () => (/* binding */ readSqlite),
/* harmony export */   tableColumns: () => (/* binding */ tableColumns)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2348);
/**
 * SQLite databases: every table as a 'records' table named by the table (the location's sheet),
 * with the column names of its CREATE TABLE statement and its rows numbered from 1 in rowid
 * order. Views are not read: they have no rows of their own, only rows of tables that are.
 *
 * A hand-written, read-only walk of the file's b-trees (the documented file format), chosen over
 * sql.js and native bindings: nothing in the file is ever executed (no SQL, no view, no
 * trigger), nothing is bundled but this file, and every step is bounded: each page is visited at
 * most once (a cycle is corruption), b-trees nest at most 64 deep, a record's declared sizes are
 * checked against the file before anything is read, and overflow chains stop at the page count.
 * A page that breaks the format makes the file not-inspected (`corrupt`), after the tables read
 * before it were judged.
 */



const MAX_DEPTH = 64;
class Corrupt extends _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F {
    constructor(detail) {
        super('corrupt', detail);
    }
}
const readSqlite = async (input, sink) => {
    const buf = await input.buffer();
    if (buf.length < 100)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'the SQLite header is cut short');
    const raw = buf.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
        throw new Corrupt('the SQLite header names an impossible page size');
    const usable = pageSize - buf[20];
    if (usable < 480)
        throw new Corrupt('the SQLite header reserves too much of each page');
    const encoding = buf.readUInt32BE(56);
    const decoder = new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder(encoding === 2 ? 'utf-16le' : encoding === 3 ? 'utf-16be' : 'utf-8');
    const declared = buf.readUInt32BE(28);
    const pages = Math.floor(buf.length / pageSize);
    if (buf.readUInt32BE(24) === buf.readUInt32BE(92) && declared > pages)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', `the SQLite header declares ${declared} pages; ${pages} are in the file`);
    const db = { buf, pageSize, usable, pages, decoder, seen: new Set() };
    const schema = [];
    for await (const record of walkTable(db, 1)) {
        const [type, name, , root, sql] = record.values;
        if (typeof type === 'string' && typeof name === 'string' && typeof root === 'number')
            schema.push({ type, name, root, sql: typeof sql === 'string' ? sql : '' });
    }
    const pause = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .yieldEvery */ .Zg)(2000);
    for (const entry of schema) {
        if (entry.type !== 'table' || entry.root < 1)
            continue; // indexes repeat table data; views and virtual tables have no pages
        const columns = tableColumns(entry.sql);
        const tail = entry.sql.slice(entry.sql.lastIndexOf(')') + 1);
        const withoutRowid = /\bwithout\s+rowid\b/i.test(tail);
        const order = withoutRowid ? storageOrder(columns) : columns.names.map((_, i) => i);
        const records = (withoutRowid ? walkIndex(db, entry.root) : walkTable(db, entry.root))[Symbol.asyncIterator]();
        const first = await records.next();
        // A table made by CREATE TABLE ... AS SELECT has no column list: its columns are numbered.
        const width = Math.max(columns.names.length, first.done ? 0 : first.value.values.length);
        const header = Array.from({ length: width }, (_, i) => columns.names[i] ?? `column ${i + 1}`);
        await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .withTable */ .Pq)(sink, { header, sheet: entry.name, entry: input.entry }, async (row) => {
            let ordinal = 0;
            for (let next = first; !next.done; next = await records.next()) {
                const record = next.value;
                const cells = new Array(Math.max(width, record.values.length)).fill(null);
                record.values.forEach((v, i) => (cells[i < order.length ? order[i] : i] = v));
                if (columns.rowidAlias >= 0 && cells[columns.rowidAlias] === null && record.rowid !== undefined)
                    cells[columns.rowidAlias] = record.rowid;
                row(++ordinal, cells);
                await pause();
            }
        });
    }
};
/** Page `n` (1-based) as a slice of the file, once. */
function page(db, n) {
    if (!Number.isInteger(n) || n < 1)
        throw new Corrupt('a SQLite page pointer is not a page');
    if (n > db.pages)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'a SQLite page pointer points past the end of the file');
    if (db.seen.has(n))
        throw new Corrupt('a SQLite page is reached twice');
    db.seen.add(n);
    return db.buf.subarray((n - 1) * db.pageSize, n * db.pageSize);
}
/** The rows of a table b-tree (rowid tables and sqlite_schema), in rowid order. */
async function* walkTable(db, root, depth = 0) {
    if (depth > MAX_DEPTH)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('too-deep', 'a SQLite b-tree nests deeper than 64 levels');
    const p = page(db, root);
    const start = root === 1 ? 100 : 0;
    const type = p[start];
    const cells = cellPointers(db, p, start, type);
    if (type === 0x0d) {
        for (const at of cells) {
            const [length, a] = varint(p, at);
            const [rowid, b] = varint(p, a);
            yield { rowid, values: decodeRecord(db, payload(db, p, b, length, 'table')) };
        }
    }
    else if (type === 0x05) {
        for (const at of cells) {
            if (at + 4 > p.length)
                throw new Corrupt('a SQLite cell runs past its page');
            yield* walkTable(db, p.readUInt32BE(at), depth + 1);
        }
        yield* walkTable(db, p.readUInt32BE(start + 8), depth + 1);
    }
    else
        throw new Corrupt('a SQLite table page has an unknown type');
}
/** The rows of an index b-tree (a WITHOUT ROWID table), in key order. */
async function* walkIndex(db, root, depth = 0) {
    if (depth > MAX_DEPTH)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('too-deep', 'a SQLite b-tree nests deeper than 64 levels');
    const p = page(db, root);
    const type = p[0];
    const cells = cellPointers(db, p, 0, type);
    if (type !== 0x0a && type !== 0x02)
        throw new Corrupt('a SQLite index page has an unknown type');
    for (const at of cells) {
        let from = at;
        if (type === 0x02) {
            if (at + 4 > p.length)
                throw new Corrupt('a SQLite cell runs past its page');
            yield* walkIndex(db, p.readUInt32BE(at), depth + 1);
            from = at + 4;
        }
        const [length, a] = varint(p, from);
        yield { values: decodeRecord(db, payload(db, p, a, length, 'index')) };
    }
    if (type === 0x02)
        yield* walkIndex(db, p.readUInt32BE(8), depth + 1);
}
function cellPointers(db, p, start, type) {
    const interior = type === 0x05 || type === 0x02;
    if (type !== 0x05 && type !== 0x0d && type !== 0x02 && type !== 0x0a)
        throw new Corrupt('a SQLite b-tree page has an unknown type');
    const count = p.readUInt16BE(start + 3);
    const first = start + (interior ? 12 : 8);
    if (first + count * 2 > db.usable)
        throw new Corrupt('a SQLite page declares more cells than it can hold');
    const out = [];
    for (let i = 0; i < count; i++) {
        const at = p.readUInt16BE(first + i * 2);
        if (at < first + count * 2 || at >= db.usable)
            throw new Corrupt('a SQLite cell pointer points outside its page');
        out.push(at);
    }
    return out;
}
/** A varint at `at`: its value (as a number; rowids beyond 2^53 lose precision) and where it ends. */
function varint(p, at) {
    let value = 0n;
    for (let i = 0; i < 9; i++) {
        if (at + i >= p.length)
            throw new Corrupt('a SQLite number runs past its page');
        const b = p[at + i];
        if (i === 8)
            return [Number(BigInt.asIntN(64, (value << 8n) | BigInt(b))), at + 9];
        value = (value << 7n) | BigInt(b & 0x7f);
        if (b < 0x80)
            return [Number(BigInt.asIntN(64, value)), at + i + 1];
    }
    throw new Corrupt('a SQLite number is malformed');
}
/** A cell's whole payload: the part on the page, then the overflow chain. */
function payload(db, p, at, length, kind) {
    const U = db.usable;
    if (length < 0 || length > db.buf.length)
        throw new Corrupt('a SQLite record declares more bytes than the file holds');
    const X = kind === 'table' ? U - 35 : Math.floor(((U - 12) * 64) / 255) - 23;
    if (length <= X) {
        if (at + length > U)
            throw new Corrupt('a SQLite record runs past its page');
        return p.subarray(at, at + length);
    }
    const M = Math.floor(((U - 12) * 32) / 255) - 23;
    const K = M + ((length - M) % (U - 4));
    const local = K <= X ? K : M;
    if (at + local + 4 > U)
        throw new Corrupt('a SQLite record runs past its page');
    const parts = [p.subarray(at, at + local)];
    let got = local;
    let next = p.readUInt32BE(at + local);
    while (got < length) {
        const o = page(db, next);
        const take = Math.min(U - 4, length - got);
        parts.push(o.subarray(4, 4 + take));
        got += take;
        next = o.readUInt32BE(0);
    }
    return Buffer.concat(parts, length);
}
/** A record: a header of serial types, then the values. */
function decodeRecord(db, r) {
    const [headerSize, first] = varint(r, 0);
    if (headerSize < 1 || headerSize > r.length)
        throw new Corrupt('a SQLite record header is larger than its record');
    const types = [];
    for (let at = first; at < headerSize;) {
        const [t, next] = varint(r, at);
        types.push(t);
        at = next;
    }
    const values = [];
    let at = headerSize;
    for (const t of types) {
        const size = serialSize(t);
        if (at + size > r.length)
            throw new Corrupt('a SQLite record is shorter than its header says');
        values.push(serialValue(db, r, at, t, size));
        at += size;
    }
    return values;
}
function serialSize(t) {
    if (t < 0)
        throw new Corrupt('a SQLite record has an impossible value type');
    if (t <= 4)
        return [0, 1, 2, 3, 4][t];
    if (t === 5)
        return 6;
    if (t === 6 || t === 7)
        return 8;
    if (t < 12)
        return 0;
    return Math.floor((t - (t % 2 === 0 ? 12 : 13)) / 2);
}
function serialValue(db, r, at, t, size) {
    switch (t) {
        case 0:
            return null;
        case 1:
        case 2:
        case 3:
        case 4:
        case 5:
            return r.readIntBE(at, size);
        case 6: {
            const v = r.readBigInt64BE(at);
            return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
        }
        case 7: {
            const v = r.readDoubleBE(at);
            return Number.isFinite(v) ? v : null;
        }
        case 8:
            return 0;
        case 9:
            return 1;
        default:
            // Text is decoded; a BLOB is bytes, not text the gate reads as a cell.
            return t >= 13 && t % 2 === 1 ? db.decoder.decode(r.subarray(at, at + size)) : null;
    }
}
/** Column names from a CREATE TABLE statement (quoted names unquoted; table constraints skipped). */
function tableColumns(sql) {
    const names = [];
    const types = [];
    let primaryKey = [];
    let tableKey = [];
    for (const item of topLevelItems(sql)) {
        const tokens = tokenize(item);
        const first = tokens[0];
        if (!first)
            continue;
        const words = tokens.map((t) => (t.quoted ? '' : t.text.toLowerCase()));
        if (!first.quoted && ['constraint', 'primary', 'unique', 'check', 'foreign'].includes(words[0])) {
            const at = words.indexOf('key');
            if (words[at - 1] === 'primary' && tokens[at + 1]?.text === '(') {
                const end = tokens.findIndex((t, i) => i > at && t.text === ')' && !t.quoted);
                tableKey = tokens
                    .slice(at + 2, end < 0 ? undefined : end)
                    .filter((t) => t.quoted || ![',', 'asc', 'desc', 'collate'].includes(t.text.toLowerCase()))
                    .map((t) => t.text.toLowerCase());
            }
            continue;
        }
        const rest = words.slice(1).join(' ');
        if (/\bprimary key\b/.test(rest))
            primaryKey = [names.length];
        names.push(first.text);
        types.push(rest.split(' ')[0] ?? '');
    }
    if (tableKey.length)
        primaryKey = tableKey.map((k) => names.findIndex((n) => n.toLowerCase() === k)).filter((i) => i >= 0);
    // Only a lone key declared exactly INTEGER (not INT, not DESC in the column) aliases the rowid.
    const only = primaryKey.length === 1 ? primaryKey[0] : -1;
    const rowidAlias = only >= 0 && types[only] === 'integer' && !/\bprimary key desc\b/.test(sql.toLowerCase()) ? only : -1;
    return { names, rowidAlias, primaryKey };
}
/** Where each stored value of a WITHOUT ROWID table belongs: key columns first, then the others. */
function storageOrder(columns) {
    const rest = columns.names.map((_, i) => i).filter((i) => !columns.primaryKey.includes(i));
    return [...columns.primaryKey, ...rest];
}
/** The comma-separated items of the first top-level parenthesized group. */
function topLevelItems(sql) {
    const items = [];
    let depth = 0;
    let start = -1;
    for (let i = 0; i < sql.length; i++) {
        const c = sql[i];
        if (c === '"' || c === "'" || c === '`' || c === '[') {
            const close = c === '[' ? ']' : c;
            let j = i + 1;
            while (j < sql.length && !(sql[j] === close && sql[j + 1] !== close))
                j += sql[j] === close ? 2 : 1;
            i = j;
        }
        else if (c === '-' && sql[i + 1] === '-') {
            const nl = sql.indexOf('\n', i);
            i = nl < 0 ? sql.length : nl;
        }
        else if (c === '/' && sql[i + 1] === '*') {
            const end = sql.indexOf('*/', i + 2);
            i = end < 0 ? sql.length : end + 1;
        }
        else if (c === '(') {
            if (depth === 0)
                start = i + 1;
            depth++;
        }
        else if (c === ')') {
            depth--;
            if (depth === 0) {
                items.push(sql.slice(start, i));
                return items.map((s) => s.trim()).filter(Boolean);
            }
        }
        else if (c === ',' && depth === 1) {
            items.push(sql.slice(start, i));
            start = i + 1;
        }
    }
    return [];
}
function tokenize(item) {
    const tokens = [];
    const re = /\s*(?:"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|\[([^\]]*)\]|'((?:[^']|'')*)'|(--[^\n]*|\/\*[\s\S]*?\*\/)|([^\s(),"'`[]+)|([(),]))/gy;
    let m;
    while ((m = re.exec(item)) !== null && m[0].length > 0) {
        if (m[5] !== undefined)
            continue;
        if (m[1] !== undefined)
            tokens.push({ text: m[1].replace(/""/g, '"'), quoted: true });
        else if (m[2] !== undefined)
            tokens.push({ text: m[2].replace(/``/g, '`'), quoted: true });
        else if (m[3] !== undefined)
            tokens.push({ text: m[3], quoted: true });
        else if (m[4] !== undefined)
            tokens.push({ text: m[4].replace(/''/g, "'"), quoted: true });
        else
            tokens.push({ text: m[6] ?? m[7], quoted: false });
    }
    return tokens;
}


/***/ })

};
