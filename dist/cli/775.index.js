export const id = 775;
export const ids = [775,408];
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

/***/ 9408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bunzip2: () => (/* binding */ bunzip2),
/* harmony export */   innerName: () => (/* binding */ innerName),
/* harmony export */   readBzip2: () => (/* binding */ readBzip2)
/* harmony export */ });
/* harmony import */ var seek_bzip__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9634);
/* harmony import */ var seek_bzip__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(seek_bzip__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5629);
/* harmony import */ var _archive_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4675);
/* harmony import */ var _archive_nested_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7605);
/**
 * bzip2 (`.bz2`, and R data saved with `compress = "bzip2"`, the default of usethis::use_data):
 * decompressed with seek-bzip (pure JavaScript, no native code) through our own input and
 * output streams, so that every decompressed byte is counted against the file's
 * decompressed-size budget (a bzip2 bomb stops at the limit) and a stream that ends early is
 * `truncated`, never an endless read. seek-bzip's own errors quote nothing we pass on: any of
 * them becomes a plain `corrupt`. A `.bz2` file's content is then read as the file it is, one
 * level deeper (`stats.csv.bz2!stats.csv`).
 */





/** Decompressed bytes are kept in pieces of this size (no doubling copies of one big buffer). */
const PIECE = 1024 * 1024;
class EndOfInput extends Error {
}
/** The whole decompressed content of bzip2 bytes (concatenated streams too, as pbzip2 writes), joined. */
function bunzip2(data, context, what) {
    return Buffer.concat(bunzip2Pieces(data, context, what));
}
/** The decompressed content in pieces of PIECE bytes (no joined copy). */
function bunzip2Pieces(data, context, what) {
    const budget = (0,_archive_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .decompressionBudget */ .F)(context);
    const pieces = [];
    let piece = Buffer.allocUnsafe(PIECE);
    let at = 0;
    const input = {
        pos: 0,
        readByte() {
            if (this.pos >= data.length)
                throw new EndOfInput();
            return data[this.pos++];
        },
        read(buffer, offset, length) {
            if (this.pos >= data.length)
                return -1;
            const n = Math.min(length, data.length - this.pos);
            buffer.set(data.subarray(this.pos, this.pos + n), offset);
            this.pos += n;
            return n;
        },
        seek(pos) {
            this.pos = pos;
        },
        eof() {
            return this.pos >= data.length;
        },
    };
    const output = {
        writeByte(byte) {
            if (at === PIECE) {
                budget.spend(PIECE);
                pieces.push(piece);
                piece = Buffer.allocUnsafe(PIECE);
                at = 0;
            }
            piece[at++] = byte;
        },
    };
    try {
        seek_bzip__WEBPACK_IMPORTED_MODULE_0___default().decode(input, output, true);
    }
    catch (error) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isReadError */ .L)(error))
            throw error;
        if (error instanceof EndOfInput)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('truncated', `the bzip2-compressed ${what} is cut short`);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', `the bzip2-compressed ${what} cannot be decompressed`);
    }
    budget.spend(at);
    if (at > 0 || pieces.length === 0)
        pieces.push(piece.subarray(0, at));
    return pieces;
}
/** The inner file's name: the outer name without `.bz2` / `.bz` (`.tbz2` → `.tar`), else the outer name. */
function innerName(outer) {
    const base = outer.split(/[\\/]/).pop() ?? outer;
    const lower = base.toLowerCase();
    if (lower.endsWith('.tbz2') || lower.endsWith('.tbz'))
        return `${base.slice(0, base.lastIndexOf('.'))}.tar`;
    for (const ext of ['.bz2', '.bz', '.bzip2'])
        if (lower.endsWith(ext) && base.length > ext.length)
            return base.slice(0, -ext.length);
    return base;
}
const readBzip2 = async (input, sink, context) => {
    if (!context.readNested)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('unsupported-format', 'a compressed file could not be read');
    const content = bunzip2Pieces(await input.buffer(), context, 'file');
    const name = innerName(input.name);
    const entry = (0,_archive_nested_js__WEBPACK_IMPORTED_MODULE_4__/* .innerEntry */ .XB)(input.entry, name);
    await context.readNested((0,_scan_input_js__WEBPACK_IMPORTED_MODULE_1__/* .piecesInput */ .Qe)(content, name, input.depth + 1, entry), sink);
};


/***/ }),

/***/ 2775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRData: () => (/* binding */ readRData)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _containers_bzip2_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9408);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5629);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2348);
/**
 * R data files (`.rds` from saveRDS(), `.RData`/`.rda` from save()): a hand-written, bounded
 * reader of R's serialization format (R's src/main/serialize.c), XDR, native binary and ASCII.
 *
 * A data frame (a list with class "data.frame", tibbles and data.tables too) becomes one
 * 'records' table: the names as the header, factor codes as their levels, Dates and POSIXct
 * as ISO text, logicals as booleans. Lists, environments and S4 slots are walked; the path to
 * an object (the saved variable's name, `$element`, `[[i]]`) is the table's sheet. A character
 * or factor vector outside a data frame becomes a one-column table named by its path; a matrix
 * becomes a table. Functions are skipped; byte code is not-inspected.
 *
 * gzip and bzip2 are decompressed within the decompressed-size budget; xz is not-inspected with
 * what to do. Every declared length is checked against the bytes left before anything is
 * allocated, nesting is bounded by maxNestingDepth, and the number of items is bounded.
 */




// SEXP types (serialize.c / Rinternals.h).
const NILSXP = 0;
const SYMSXP = 1;
const LISTSXP = 2;
const CLOSXP = 3;
const ENVSXP = 4;
const PROMSXP = 5;
const LANGSXP = 6;
const SPECIALSXP = 7;
const BUILTINSXP = 8;
const CHARSXP = 9;
const LGLSXP = 10;
const INTSXP = 13;
const REALSXP = 14;
const CPLXSXP = 15;
const STRSXP = 16;
const DOTSXP = 17;
const VECSXP = 19;
const EXPRSXP = 20;
const BCODESXP = 21;
const EXTPTRSXP = 22;
const WEAKREFSXP = 23;
const RAWSXP = 24;
const S4SXP = 25;
const ALTREP_SXP = 238;
const ATTRLISTSXP = 239;
const ATTRLANGSXP = 240;
const BASEENV_SXP = 241;
const EMPTYENV_SXP = 242;
const GLOBALENV_SXP = 253;
const NILVALUE_SXP = 254;
const REFSXP = 255;
const PERSISTSXP = 247;
const PACKAGESXP = 248;
const NAMESPACESXP = 249;
const BASENAMESPACE_SXP = 250;
const MISSINGARG_SXP = 251;
const UNBOUNDVALUE_SXP = 252;
const PAIRLISTS = new Set([LISTSXP, LANGSXP, CLOSXP, PROMSXP, DOTSXP, ATTRLISTSXP, ATTRLANGSXP]);
const NA_INT = -2147483648;
const LATIN1_MASK = 1 << 2;
/** Items (objects) one file may hold: each costs far more memory than its 4 bytes on disk. */
const MAX_ITEMS = 20_000_000;
const NULL = { t: 'null' };
const readRData = async (input, sink, context) => {
    const raw = await input.buffer();
    const data = decompress(raw, context);
    const parser = new Parser(openStream(data), context.limits.maxNestingDepth);
    const root = parser.item(0);
    const pause = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .yieldEvery */ .Zg)(5000);
    const emitter = new Emitter(sink, input.entry, pause);
    if (parser.saved && root.t === 'pairlist') {
        for (const [i, { tag, value }] of root.items.entries())
            await emitter.walk(value, tag ?? `object ${i + 1}`, 0);
    }
    else {
        await emitter.walk(root, '', 0);
    }
};
function startsWith(buf, bytes) {
    return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}
function decompress(buf, context) {
    if (startsWith(buf, [0x42, 0x5a, 0x68]))
        return (0,_containers_bzip2_js__WEBPACK_IMPORTED_MODULE_1__.bunzip2)(buf, context, 'R data file');
    if (startsWith(buf, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('unsupported-format', 'the R data file is compressed with xz, which the gate does not decompress: save it with compress = "gzip" or export CSV');
    if (!startsWith(buf, [0x1f, 0x8b]))
        return buf;
    const budget = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .decompressionBudget */ .FG)(context);
    let out;
    try {
        out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(buf, { maxOutputLength: Math.max(1, budget.remaining()) });
    }
    catch (error) {
        const code = error.code;
        if (error instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('too-large-decompressed', 'the gzip-compressed R data file inflates beyond the decompressed-size limit');
        if (code === 'Z_BUF_ERROR')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('truncated', 'the gzip-compressed R data file is cut short');
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'the gzip-compressed R data file cannot be inflated');
    }
    budget.spend(out.length);
    return out;
}
const truncated = () => new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('truncated', 'the R data stream ends before its objects do');
class BinaryStream {
    buf;
    pos;
    little;
    constructor(buf, pos, little) {
        this.buf = buf;
        this.pos = pos;
        this.little = little;
    }
    remaining() {
        return this.buf.length - this.pos;
    }
    minSize(size) {
        return size;
    }
    need(n) {
        if (this.pos + n > this.buf.length)
            throw truncated();
    }
    int() {
        this.need(4);
        const v = this.little ? this.buf.readInt32LE(this.pos) : this.buf.readInt32BE(this.pos);
        this.pos += 4;
        return v;
    }
    double() {
        this.need(8);
        const v = this.little ? this.buf.readDoubleLE(this.pos) : this.buf.readDoubleBE(this.pos);
        this.pos += 8;
        return v;
    }
    bytes(n) {
        this.need(n);
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
}
const ESCAPES = { n: 10, t: 9, v: 11, b: 8, r: 13, f: 12, a: 7, '\\': 92, '?': 63, "'": 39, '"': 34 };
class AsciiStream {
    buf;
    pos;
    constructor(buf, pos) {
        this.buf = buf;
        this.pos = pos;
    }
    remaining() {
        return this.buf.length - this.pos;
    }
    minSize() {
        return 2; // a digit and a separator
    }
    skipSpace() {
        while (this.pos < this.buf.length && isSpace(this.buf[this.pos]))
            this.pos++;
    }
    word() {
        this.skipSpace();
        const start = this.pos;
        while (this.pos < this.buf.length && !isSpace(this.buf[this.pos]) && this.pos - start < 64)
            this.pos++;
        if (this.pos === start)
            throw truncated();
        return this.buf.toString('latin1', start, this.pos);
    }
    int() {
        const w = this.word();
        if (w === 'NA')
            return NA_INT;
        if (!/^[-+]?\d+$/.test(w))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'the ASCII R data stream holds a malformed integer');
        return Number(w) | 0;
    }
    double() {
        const w = this.word();
        if (w === 'NA' || w === 'NaN')
            return NaN;
        if (w === 'Inf')
            return Infinity;
        if (w === '-Inf')
            return -Infinity;
        const n = Number(w);
        if (Number.isNaN(n))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'the ASCII R data stream holds a malformed number');
        return n;
    }
    bytes(n) {
        this.skipSpace();
        const out = Buffer.alloc(n);
        for (let i = 0; i < n; i++) {
            if (this.pos >= this.buf.length)
                throw truncated();
            let c = this.buf[this.pos++];
            if (c === 0x5c) {
                if (this.pos >= this.buf.length)
                    throw truncated();
                const e = String.fromCharCode(this.buf[this.pos++]);
                if (e >= '0' && e <= '7') {
                    let v = Number(e);
                    for (let k = 0; k < 2 && this.pos < this.buf.length && this.buf[this.pos] >= 0x30 && this.buf[this.pos] <= 0x37; k++)
                        v = v * 8 + (this.buf[this.pos++] - 0x30);
                    c = v & 0xff;
                }
                else
                    c = ESCAPES[e] ?? e.charCodeAt(0);
            }
            out[i] = c;
        }
        return out;
    }
    /** Raw bytes are written as two hex digits each. */
    hexByte() {
        const v = parseInt(this.word(), 16);
        if (Number.isNaN(v))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'the ASCII R data stream holds a malformed byte');
        return v & 0xff;
    }
}
const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c;
function openStream(buf) {
    let at = 0;
    let saved = false;
    const head = buf.toString('latin1', 0, 5);
    if (/^RD[ABX][23]\n$/.test(head)) {
        at = 5;
        saved = true;
    }
    const form = buf.toString('latin1', at, at + 2);
    at += 2;
    const stream = form === 'X\n'
        ? new BinaryStream(buf, at, false)
        : form === 'B\n'
            ? new BinaryStream(buf, at, true)
            : form === 'A\n'
                ? new AsciiStream(buf, at)
                : undefined;
    if (!stream)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'the file does not start with an R serialization header');
    const version = stream.int();
    stream.int(); // the writer's R version
    stream.int(); // the oldest R that can read it
    if (version === 3) {
        const n = stream.int();
        if (n < 0 || n > 64)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'the R data header declares an impossible encoding name');
        stream.bytes(n);
    }
    else if (version !== 2) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('unsupported-format', `R serialization version ${version | 0} is not one the gate reads; save with version = 2 or 3`);
    }
    return { stream, saved };
}
class Parser {
    maxDepth;
    refs = [];
    items = 0;
    saved;
    stream;
    constructor(opened, maxDepth) {
        this.maxDepth = maxDepth;
        this.stream = opened.stream;
        this.saved = opened.saved;
    }
    item(depth) {
        return this.withFlags(this.stream.int(), depth);
    }
    length() {
        const n = this.stream.int();
        if (n >= 0)
            return n;
        if (n !== -1)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'an R object declares a negative length');
        const upper = this.stream.int();
        const lower = this.stream.int() >>> 0;
        if (upper < 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'an R object declares a negative length');
        return upper * 2 ** 32 + lower;
    }
    /** A declared count of elements of `size` bytes must fit in what is left of the stream. */
    fits(n, size) {
        if (n * this.stream.minSize(size) > this.stream.remaining())
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', `an R object declares ${n} elements, more than the rest of the file can hold`);
        return n;
    }
    withFlags(flags, depth) {
        if (depth > this.maxDepth)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('too-deep', `the R objects nest more than ${this.maxDepth} deep`);
        if (++this.items > MAX_ITEMS)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('too-large', `the R data file holds more than ${MAX_ITEMS} objects`);
        const type = flags & 0xff;
        const hasAttr = (flags & 0x200) !== 0;
        const levels = flags >> 12;
        const s = this.stream;
        switch (type) {
            case NILVALUE_SXP:
            case NILSXP:
            case EMPTYENV_SXP:
            case BASEENV_SXP:
            case GLOBALENV_SXP:
            case UNBOUNDVALUE_SXP:
            case MISSINGARG_SXP:
            case BASENAMESPACE_SXP:
                return NULL;
            case REFSXP: {
                let index = flags >> 8;
                if (index === 0)
                    index = s.int();
                const ref = this.refs[index - 1];
                if (!ref)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'an R object refers to an object not read before it');
                return ref;
            }
            case PERSISTSXP:
            case PACKAGESXP:
            case NAMESPACESXP: {
                const obj = { t: 'other' };
                this.stringVec(depth);
                this.refs.push(obj);
                return obj;
            }
            case SYMSXP: {
                const name = this.item(depth + 1);
                const obj = { t: 'sym', name: name.t === 'char' ? (name.value ?? 'NA') : '' };
                this.refs.push(obj);
                return obj;
            }
            case ENVSXP: {
                const env = { t: 'env', frame: NULL, hashtab: NULL, attrs: undefined };
                this.refs.push(env);
                s.int(); // locked
                this.item(depth + 1); // enclosing environment
                env.frame = this.item(depth + 1);
                env.hashtab = this.item(depth + 1);
                env.attrs = this.attrs(this.item(depth + 1));
                return env;
            }
            case EXTPTRSXP: {
                const obj = { t: 'other' };
                this.refs.push(obj);
                this.item(depth + 1);
                this.item(depth + 1);
                if (hasAttr)
                    obj.attrs = this.attrs(this.item(depth + 1));
                return obj;
            }
            case WEAKREFSXP: {
                const obj = { t: 'other' };
                this.refs.push(obj);
                if (hasAttr)
                    obj.attrs = this.attrs(this.item(depth + 1));
                return obj;
            }
            case SPECIALSXP:
            case BUILTINSXP: {
                const n = this.fits(s.int(), 1);
                s.bytes(n);
                return { t: 'other' };
            }
            case CHARSXP: {
                const n = s.int();
                if (n === -1)
                    return { t: 'char', value: null };
                if (n < 0)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'an R string declares a negative length');
                const bytes = s.bytes(this.fits(n, 1));
                return { t: 'char', value: bytes.toString(levels & LATIN1_MASK ? 'latin1' : 'utf8') };
            }
            case BCODESXP:
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('unsupported-format', 'the R data file holds R byte code (compiled functions), which the gate does not read; save the data alone');
            case ALTREP_SXP:
                return this.altrep(depth);
            case S4SXP:
                return { t: 's4', attrs: hasAttr ? this.attrs(this.item(depth + 1)) : undefined };
            case LGLSXP:
            case INTSXP:
            case REALSXP:
            case CPLXSXP:
            case STRSXP:
            case RAWSXP:
            case VECSXP:
            case EXPRSXP: {
                const obj = this.vector(type, depth);
                if (hasAttr)
                    obj.attrs = this.attrs(this.item(depth + 1));
                return obj;
            }
            default:
                if (PAIRLISTS.has(type))
                    return this.pairlist(flags, depth);
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', `the R data stream holds an unknown object type (${type})`);
        }
    }
    /** A pairlist: attributes, tag, CAR, then the CDR, iterated (a long list is not recursion). */
    pairlist(flags, depth) {
        const obj = {
            t: 'pairlist',
            sxp: flags & 0xff,
            items: [],
            attrs: undefined,
        };
        let f = flags;
        for (;;) {
            if (f & 0x200) {
                const attrs = this.attrs(this.item(depth + 1));
                if (obj.items.length === 0)
                    obj.attrs = attrs;
            }
            let tag;
            if (f & 0x400) {
                const t = this.item(depth + 1);
                tag = t.t === 'sym' ? t.name : undefined;
            }
            obj.items.push({ tag, value: this.item(depth + 1) });
            f = this.stream.int();
            if (!PAIRLISTS.has(f & 0xff))
                break;
            if (++this.items > MAX_ITEMS)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('too-large', `the R data file holds more than ${MAX_ITEMS} objects`);
        }
        const tail = this.withFlags(f, depth + 1);
        if (tail.t !== 'null')
            obj.items.push({ value: tail });
        return obj;
    }
    attrs(obj) {
        return obj.t === 'pairlist' ? obj.items : undefined;
    }
    stringVec(depth) {
        this.stream.int(); // always 0
        const n = this.fits(this.length(), 4);
        const out = new Array(n);
        for (let i = 0; i < n; i++) {
            const c = this.item(depth + 1);
            out[i] = c.t === 'char' ? c.value : null;
        }
        return out;
    }
    vector(type, depth) {
        const s = this.stream;
        const n = this.length();
        switch (type) {
            case LGLSXP:
            case INTSXP: {
                const data = new Int32Array(this.fits(n, 4));
                for (let i = 0; i < n; i++)
                    data[i] = s.int();
                return type === LGLSXP ? logicalAtom(data) : intAtom(data);
            }
            case REALSXP: {
                const data = new Float64Array(this.fits(n, 8));
                for (let i = 0; i < n; i++)
                    data[i] = s.double();
                return realAtom(data);
            }
            case CPLXSXP: {
                const data = new Float64Array(this.fits(n, 16) * 2);
                for (let i = 0; i < 2 * n; i++)
                    data[i] = s.double();
                return {
                    t: 'atom',
                    sxp: CPLXSXP,
                    length: n,
                    at: (i) => (Number.isNaN(data[2 * i]) ? null : `${data[2 * i]}${data[2 * i + 1] < 0 ? '' : '+'}${data[2 * i + 1]}i`),
                };
            }
            case STRSXP: {
                const data = new Array(this.fits(n, 4));
                for (let i = 0; i < n; i++) {
                    const c = this.item(depth + 1);
                    data[i] = c.t === 'char' ? c.value : null;
                }
                return strAtom(data);
            }
            case RAWSXP: {
                const bytes = s instanceof AsciiStream ? Buffer.from(Array.from({ length: this.fits(n, 1) }, () => s.hexByte())) : s.bytes(this.fits(n, 1));
                return { t: 'atom', sxp: RAWSXP, length: n, at: (i) => bytes[i] };
            }
            default: {
                const items = new Array(this.fits(n, 4));
                for (let i = 0; i < n; i++)
                    items[i] = this.item(depth + 1);
                return { t: 'list', sxp: type, items };
            }
        }
    }
    /** An ALTREP object: its class (a pairlist: class symbol, package symbol, type), its state, its attributes. */
    altrep(depth) {
        const info = this.item(depth + 1);
        const state = this.item(depth + 1);
        const attrs = this.attrs(this.item(depth + 1));
        const cls = info.t === 'pairlist' && info.items[0]?.value.t === 'sym' ? info.items[0].value.name : '';
        const out = altrepValue(cls, state);
        if (!out)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('unsupported-format', 'the R data file holds a compact (ALTREP) vector of a kind the gate does not read');
        if (out.t === 'atom' || out.t === 'list')
            return { ...out, attrs: attrs ?? out.attrs };
        return out;
    }
}
function altrepValue(cls, state) {
    const first = (o) => (o.t === 'pairlist' ? o.items[0]?.value : o.t === 'list' ? o.items[0] : undefined);
    switch (cls) {
        case 'compact_intseq':
        case 'compact_realseq': {
            if (state.t !== 'atom' || state.length < 3)
                return undefined;
            const n = Number(state.at(0));
            const start = Number(state.at(1));
            const step = Number(state.at(2));
            if (!Number.isSafeInteger(n) || n < 0)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('corrupt', 'a compact R sequence declares an impossible length');
            return { t: 'atom', sxp: cls === 'compact_intseq' ? INTSXP : REALSXP, length: n, at: (i) => start + i * step };
        }
        case 'deferred_string': {
            const v = first(state);
            if (!v || v.t !== 'atom')
                return undefined;
            return { t: 'atom', sxp: STRSXP, length: v.length, at: (i) => (v.at(i) === null ? null : String(v.at(i))) };
        }
        default: {
            if (cls.startsWith('wrap_')) {
                const v = first(state);
                if (v && (v.t === 'atom' || v.t === 'list'))
                    return v;
                return undefined;
            }
            if (state.t === 'atom' || state.t === 'list')
                return state;
            return undefined;
        }
    }
}
function intAtom(data) {
    return { t: 'atom', sxp: INTSXP, length: data.length, at: (i) => (data[i] === NA_INT ? null : data[i]) };
}
function logicalAtom(data) {
    return { t: 'atom', sxp: LGLSXP, length: data.length, at: (i) => (data[i] === NA_INT ? null : data[i] !== 0) };
}
function realAtom(data) {
    return { t: 'atom', sxp: REALSXP, length: data.length, at: (i) => (Number.isFinite(data[i]) ? data[i] : null) };
}
function strAtom(data) {
    return { t: 'atom', sxp: STRSXP, length: data.length, at: (i) => data[i] ?? null };
}
function attr(obj, name) {
    const attrs = 'attrs' in obj ? obj.attrs : undefined;
    return attrs?.find((a) => a.tag === name)?.value;
}
function strings(obj) {
    if (!obj || obj.t !== 'atom')
        return [];
    const out = [];
    for (let i = 0; i < obj.length && i < 1_000_000; i++)
        out.push(String(obj.at(i) ?? ''));
    return out;
}
const classes = (obj) => strings(attr(obj, 'class'));
const DAY = 86_400_000;
/** How one column's element becomes a cell: factor codes as levels, dates as ISO text. */
function cellReader(col) {
    if (col.t === 'list')
        return (i) => joined(col.items[i]);
    if (col.t !== 'atom')
        return () => null;
    const cls = classes(col);
    const levels = attr(col, 'levels');
    if (col.sxp === INTSXP && levels && levels.t === 'atom') {
        return (i) => {
            const v = col.at(i);
            return typeof v === 'number' && v >= 1 && v <= levels.length ? levels.at(v - 1) : null;
        };
    }
    if (cls.includes('Date') && (col.sxp === REALSXP || col.sxp === INTSXP))
        return (i) => isoTime(col.at(i), DAY, true);
    if (cls.includes('POSIXct') && (col.sxp === REALSXP || col.sxp === INTSXP))
        return (i) => isoTime(col.at(i), 1000, false);
    if (col.sxp === RAWSXP)
        return () => null;
    return (i) => col.at(i);
}
function isoTime(v, unit, dateOnly) {
    if (typeof v !== 'number')
        return null;
    const ms = v * unit;
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15)
        return null;
    const iso = new Date(ms).toISOString();
    return dateOnly ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
/** A list cell (a list column's element): its scalars joined by "; ". */
function joined(obj) {
    if (!obj || obj.t !== 'atom')
        return null;
    const read = cellReader(obj);
    const parts = [];
    for (let i = 0; i < obj.length && i < 1000; i++) {
        const v = read(i);
        if (v !== null && v !== undefined)
            parts.push(String(v));
    }
    return parts.length ? parts.join('; ') : null;
}
/** A named list of two or more plain vectors of one length: a table kept without the data.frame class. */
function columnsList(obj, names) {
    if (obj.items.length < 2 || names.length !== obj.items.length || names.some((n) => !n))
        return false;
    const first = obj.items[0];
    if (first.t !== 'atom' || first.length < 1)
        return false;
    return obj.items.every((x) => x.t === 'atom' && x.length === first.length && !attr(x, 'dim'));
}
class Emitter {
    sink;
    entry;
    pause;
    seen = new Set();
    constructor(sink, entry, pause) {
        this.sink = sink;
        this.entry = entry;
        this.pause = pause;
    }
    async walk(obj, path, depth) {
        if (this.seen.has(obj) || depth > 512)
            return;
        this.seen.add(obj);
        const child = (name, i) => (name ? (path ? `${path}$${name}` : name) : `${path}[[${i + 1}]]`);
        switch (obj.t) {
            case 'list': {
                const names = strings(attr(obj, 'names'));
                if (classes(obj).includes('data.frame') || columnsList(obj, names))
                    return this.dataFrame(obj, path);
                for (const [i, item] of obj.items.entries())
                    await this.walk(item, child(names[i] || undefined, i), depth + 1);
                return;
            }
            case 'pairlist':
                if (obj.sxp !== LISTSXP)
                    return; // code: calls, closures, promises
                for (const [i, { tag, value }] of obj.items.entries())
                    await this.walk(value, child(tag, i), depth + 1);
                return;
            case 'env':
                await this.walk(obj.frame, path, depth + 1);
                if (obj.hashtab.t === 'list')
                    for (const bucket of obj.hashtab.items)
                        await this.walk(bucket, path, depth + 1);
                return;
            case 's4':
                for (const { tag, value } of obj.attrs ?? [])
                    if (tag !== 'class')
                        await this.walk(value, child(tag, 0), depth + 1);
                return;
            case 'atom':
                return this.atom(obj, path);
            default:
                return;
        }
    }
    /**
     * A data frame as one table. A data-frame column (df$address <- data.frame(...)) is spread
     * into dotted columns; a list column's elements that are themselves lists or data frames
     * (tidyr's nested tibbles) are walked as tables of their own after this one.
     */
    async dataFrame(df, path) {
        const header = [];
        const readers = [];
        const nested = [];
        let rows = 0;
        const add = (frame, prefix, depth) => {
            const names = strings(attr(frame, 'names'));
            for (const [i, col] of frame.items.entries()) {
                const name = prefix + (names[i] || `V${i + 1}`);
                if (col.t === 'list' && classes(col).includes('data.frame') && depth < 8) {
                    add(col, `${name}.`, depth + 1);
                    continue;
                }
                header.push(name);
                readers.push(cellReader(col));
                if (col.t === 'atom')
                    rows = Math.max(rows, col.length);
                if (col.t === 'list') {
                    rows = Math.max(rows, col.items.length);
                    if (col.items.some((x) => x.t === 'list' || x.t === 'pairlist'))
                        nested.push({ name, column: col.items });
                }
            }
        };
        add(df, '', 0);
        await this.table(header, rows, (r, cells) => {
            for (let c = 0; c < readers.length; c++)
                cells[c] = readers[c](r);
        }, path);
        for (const { name, column } of nested)
            for (const [r, value] of column.entries())
                await this.walk(value, `${path ? `${path}$` : ''}${name}[[${r + 1}]]`, 1);
    }
    /** A vector outside a data frame: a matrix as a table; text, factors and dates as one column. */
    async atom(obj, path) {
        const dim = attr(obj, 'dim');
        const read = cellReader(obj);
        if (dim && dim.t === 'atom' && dim.length === 2) {
            const nrow = Number(dim.at(0));
            const ncol = Number(dim.at(1));
            if (!(nrow >= 0 && ncol >= 0 && nrow * ncol <= obj.length))
                return;
            const dimnames = attr(obj, 'dimnames');
            const colnames = dimnames && dimnames.t === 'list' ? strings(dimnames.items[1]) : [];
            const header = Array.from({ length: ncol }, (_, c) => colnames[c] || `V${c + 1}`);
            await this.table(header, nrow, (r, cells) => {
                for (let c = 0; c < ncol; c++)
                    cells[c] = read(c * nrow + r);
            }, path);
            return;
        }
        const textual = obj.sxp === STRSXP || attr(obj, 'levels') !== undefined || classes(obj).some((c) => c === 'Date' || c === 'POSIXct');
        if (!textual || obj.length === 0)
            return;
        const name = path.slice(Math.max(path.lastIndexOf('$') + 1, 0)) || 'value';
        await this.table([name], obj.length, (r, cells) => {
            cells[0] = read(r);
        }, path);
    }
    async table(header, rows, fill, path) {
        const cells = new Array(header.length);
        await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .withTable */ .Pq)(this.sink, { header, ...(path ? { sheet: path } : {}), entry: this.entry }, async (row) => {
            for (let r = 0; r < rows; r++) {
                fill(r, cells);
                row(r + 1, cells);
                await this.pause();
            }
        });
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
