export const id = 408;
export const ids = [408];
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
/* harmony import */ var seek_bzip__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
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


/***/ })

};
