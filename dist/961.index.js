export const id = 961;
export const ids = [961];
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

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   headerFields: () => (/* binding */ headerFields),
/* harmony export */   innerName: () => (/* binding */ innerName),
/* harmony export */   readGzip: () => (/* binding */ readGzip)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _scan_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4301);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5629);
/* harmony import */ var _archive_budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4675);
/* harmony import */ var _archive_file_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5742);
/* harmony import */ var _archive_nested_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7605);
/**
 * gzip under any name (`.gz`, `.tgz`, `.svgz`, a gzip named `.png`): the content is read as the
 * file it is, through the scan pipeline, one level deeper, under the entry `stats.csv.gz!stats.csv`.
 * Decompression streams: a reader that streams (delimited text, plain text) never holds the whole
 * content, and every inflated byte is counted against the file's decompressed-size budget (shared
 * with every container inside it), so a gzip bomb stops at the limit whatever its header says.
 * The name stored in the gzip header (FNAME) is read as words, like an archive entry's path, and
 * its comment (FCOMMENT) as text.
 */







const readGzip = async (input, sink, context) => {
    if (!context.readNested)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('unsupported-format', 'a compressed file could not be read');
    const { name: stored, comment } = headerFields(input.head);
    const name = innerName(input.name, stored);
    const entry = (0,_archive_nested_js__WEBPACK_IMPORTED_MODULE_5__/* .innerEntry */ .XB)(input.entry, name);
    if (stored)
        sink.prose((0,_archive_file_name_js__WEBPACK_IMPORTED_MODULE_6__/* .fileNameText */ .$)(stored), { surface: 'file-name', entry });
    if (comment)
        sink.prose(comment, { surface: 'metadata', entry });
    const budget = (0,_archive_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .decompressionBudget */ .F)(context);
    const head = await inflatedHead(input);
    await context.readNested(inflatedInput(input, head, name, entry, budget), sink);
};
/** The inner file's name: the outer name without `.gz` (`.tgz` → `.tar`, `.svgz` → `.svg`), else the stored name, else the outer name. */
function innerName(outer, stored) {
    const base = outer.split(/[\\/]/).pop() ?? outer;
    const lower = base.toLowerCase();
    if (lower.endsWith('.tgz') || lower.endsWith('.taz'))
        return `${base.slice(0, -4)}.tar`;
    if (lower.endsWith('.svgz'))
        return base.slice(0, -1);
    for (const ext of ['.gzip', '.gz', '.z'])
        if (lower.endsWith(ext) && base.length > ext.length)
            return base.slice(0, -ext.length);
    const plain = stored?.split(/[\\/]/).pop();
    return plain && plain.length <= 255 ? plain : base;
}
/** FNAME and FCOMMENT from the gzip header (latin1, zero-terminated), when the header stores them. */
function headerFields(head) {
    if (head.length < 10 || head[0] !== 0x1f || head[1] !== 0x8b)
        return {};
    const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    const flags = buf[3];
    let at = 10;
    if (flags & 0x04) {
        if (buf.length < 12)
            return {};
        at += 2 + buf.readUInt16LE(10);
    }
    const field = () => {
        const end = buf.indexOf(0, at);
        if (end < 0)
            return undefined;
        const text = buf
            .toString('latin1', at, Math.min(end, at + 64 * 1024))
            .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
            .trim();
        at = end + 1;
        return text || undefined;
    };
    const name = flags & 0x08 ? field() : undefined;
    const comment = flags & 0x10 ? field() : undefined;
    return { name: name && name.length <= 1024 ? name.replace(/\s+/g, ' ') : undefined, comment };
}
/**
 * The first HEAD_BYTES of the content, for sniffing. Read with 'data' events, not an async
 * iterator (which drops chunks that arrive together with an error): a stream that fails early
 * still yields what came before it, and fails here when nothing came at all.
 */
function inflatedHead(input) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let length = 0;
        const source = input.stream();
        const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)();
        let settled = false;
        const settle = (whole, error) => {
            if (settled)
                return;
            settled = true;
            gunzip.removeAllListeners('data');
            source.destroy();
            gunzip.destroy();
            const bytes = Buffer.concat(chunks, length);
            if (error !== undefined && bytes.length === 0)
                reject(gzipFailure(error));
            else
                resolve({ bytes: bytes.subarray(0, _scan_input_js__WEBPACK_IMPORTED_MODULE_2__/* .HEAD_BYTES */ .Lq), whole: whole && bytes.length <= _scan_input_js__WEBPACK_IMPORTED_MODULE_2__/* .HEAD_BYTES */ .Lq });
        };
        gunzip.on('data', (chunk) => {
            chunks.push(chunk);
            length += chunk.length;
            if (length > _scan_input_js__WEBPACK_IMPORTED_MODULE_2__/* .HEAD_BYTES */ .Lq)
                settle(false);
        });
        // The reader meets a later failure again, and names it, when it reads the stream.
        gunzip.on('error', (error) => settle(false, error));
        gunzip.on('end', () => settle(true));
        source.on('error', () => settle(false, new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('read-error')));
        source.pipe(gunzip);
    });
}
function inflatedInput(outer, head, name, entry, budget) {
    let buffered;
    const stream = () => node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(inflate(outer, budget), { objectMode: false });
    return {
        name,
        // Unknown until read: say "larger than the head" unless the head was all of it.
        size: head.whole ? head.bytes.length : Number.MAX_SAFE_INTEGER,
        head: head.bytes,
        depth: outer.depth + 1,
        entry,
        stream,
        buffer: () => (buffered ??= collect(inflate(outer, budget))),
    };
}
/** The inflated content, chunk by chunk, each counted against the budget before it is passed on. */
async function* inflate(outer, budget) {
    const source = outer.stream();
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)();
    let sourceFailed = false;
    source.on('error', () => {
        sourceFailed = true;
        gunzip.destroy(new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('read-error'));
    });
    source.pipe(gunzip);
    try {
        for await (const chunk of gunzip) {
            budget.spend(chunk.length);
            yield chunk;
        }
    }
    catch (error) {
        throw sourceFailed ? new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('read-error') : gzipFailure(error);
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
}
async function collect(chunks) {
    const parts = [];
    for await (const chunk of chunks)
        parts.push(chunk);
    return Buffer.concat(parts);
}
/** A zlib failure by its code, never its message: a stream that stops early is truncated. */
function gzipFailure(error) {
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isReadError */ .L)(error))
        return error;
    const code = error?.code;
    if (code === 'Z_BUF_ERROR')
        return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('truncated', 'the compressed stream ends early');
    return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('corrupt', 'the compressed stream is damaged');
}


/***/ })

};
