export const id = 914;
export const ids = [914];
export const modules = {

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

/***/ 4914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   declaredSize: () => (/* binding */ declaredSize),
/* harmony export */   parsePax: () => (/* binding */ parsePax),
/* harmony export */   readTar: () => (/* binding */ readTar)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4449);
/* harmony import */ var _archive_file_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5742);
/* harmony import */ var _archive_nested_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7605);
/**
 * tar archives (`.tar`, and `.tar.gz`/`.tgz` through the gzip reader), read like zip: each
 * entry's path is read as words (surface 'file-name'), each file goes through the scan pipeline
 * one level deeper under `archive.tar!inner/path`. The archive is read as a stream of 512-byte
 * blocks: nothing is written to disk, so absolute and `../` paths are only names; an entry is
 * held in memory only as far as its bytes really arrive, and a declared size past the
 * decompressed-size limit is refused before anything is read. Long names (GNU `L`, pax `path`)
 * are followed; links, folders and devices contribute their names only.
 */




const BLOCK = 512;
/** pax and GNU long-name records larger than this are not names. */
const MAX_META = 1024 * 1024;
const readTar = async (input, sink, context) => {
    const blocks = new ByteStream(input.stream()[Symbol.asyncIterator]());
    const failures = new _archive_nested_js__WEBPACK_IMPORTED_MODULE_2__/* .Failures */ .oo();
    const maxEntries = context.limits.maxArchiveEntries;
    const maxSize = context.limits.maxDecompressedSize;
    let entries = 0;
    let longName;
    let longLink;
    let pax = {};
    let global = {};
    const owners = new Set();
    try {
        for (;;) {
            const header = await blocks.read(BLOCK);
            if (header.length === 0)
                break; // Archives that omit the end blocks end here.
            if (header.length < BLOCK)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('truncated', 'the archive ends inside an entry header');
            if (header.every((b) => b === 0))
                break; // End of archive: what follows is padding.
            if (!(0,_signatures_js__WEBPACK_IMPORTED_MODULE_1__/* .tarChecksumHolds */ .$4)(header))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'a tar entry header is damaged');
            const type = String.fromCharCode(header[156]);
            const size = declaredSize(header);
            if (size === undefined)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'a tar entry declares an unreadable size');
            if (size > maxSize)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-large-decompressed', `a tar entry declares more than ${maxSize} bytes`);
            const padded = Math.ceil(size / BLOCK) * BLOCK;
            if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
                if (size > MAX_META)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'a tar long-name record is too large');
                const data = await blocks.read(size);
                if (data.length < size)
                    throw truncated();
                await blocks.skip(padded - size);
                if (type === 'x')
                    pax = parsePax(data);
                else if (type === 'g') {
                    const { comment, ...rest } = parsePax(data);
                    if (comment)
                        sink.prose(comment, { surface: 'metadata', entry: input.entry });
                    global = { ...global, ...rest };
                }
                else if (type === 'L')
                    longName = cString(data, 'utf8');
                else
                    longLink = cString(data, 'utf8');
                continue;
            }
            if (++entries > maxEntries)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-many-entries', `more than ${maxEntries} entries; the limit is ${maxEntries}`);
            const name = pax.path ?? global.path ?? longName ?? headerName(header);
            const link = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257), 'utf8');
            const entrySize = pax.size !== undefined && /^\d{1,15}$/.test(pax.size) ? Number(pax.size) : size;
            const entry = (0,_archive_nested_js__WEBPACK_IMPORTED_MODULE_2__/* .innerEntry */ .XB)(input.entry, name || '(unnamed)');
            observeOwners(header, { ...pax, uname: pax.uname ?? global.uname, gname: pax.gname ?? global.gname }, sink, owners, entry);
            pax = {};
            longName = undefined;
            longLink = undefined;
            if (name)
                sink.prose((0,_archive_file_name_js__WEBPACK_IMPORTED_MODULE_3__/* .fileNameText */ .$)(name), { surface: 'file-name', entry });
            if ((type === '1' || type === '2') && link)
                sink.prose((0,_archive_file_name_js__WEBPACK_IMPORTED_MODULE_3__/* .fileNameText */ .$)(link), { surface: 'file-name', entry });
            const isFile = type === '0' || type === '\0' || type === '7';
            if (entrySize > maxSize)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-large-decompressed', `a tar entry declares more than ${maxSize} bytes`);
            const entryBlocks = Math.ceil(entrySize / BLOCK) * BLOCK;
            if (!isFile) {
                // Folders, links, devices: a name only. A sparse or multi-volume file cannot be rebuilt.
                if (type === 'S' || type === 'M')
                    failures.note(new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', 'a sparse or multi-volume tar entry'));
                await skipOrFail(blocks, entryBlocks);
                continue;
            }
            const data = await blocks.read(entrySize);
            if (data.length < entrySize)
                throw truncated();
            await skipOrFail(blocks, entryBlocks - entrySize);
            try {
                await (0,_archive_nested_js__WEBPACK_IMPORTED_MODULE_2__/* .readInner */ .rg)(data, name || 'entry', input, sink, context);
            }
            catch (error) {
                failures.note(error);
            }
        }
    }
    finally {
        blocks.close();
    }
    failures.throwIfAny();
};
function truncated() {
    return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('truncated', 'the archive ends inside an entry');
}
async function skipOrFail(blocks, bytes) {
    if (bytes > 0 && (await blocks.skip(bytes)) < bytes)
        throw truncated();
}
/** The size field: octal text, or GNU base-256 (high bit set) for large sizes. Undefined when unreadable. */
function declaredSize(header) {
    const field = header.subarray(124, 136);
    if (field[0] & 0x80) {
        if (field[0] === 0xff)
            return undefined; // negative
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++) {
            value = value * 256 + field[i];
            if (value > Number.MAX_SAFE_INTEGER)
                return Number.MAX_SAFE_INTEGER;
        }
        return value;
    }
    const text = Buffer.from(field)
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .trim();
    if (text === '')
        return 0;
    if (!/^[0-7]{1,12}$/.test(text))
        return undefined;
    return parseInt(text, 8);
}
function headerName(header) {
    const name = cString(header.subarray(0, 100), 'utf8');
    const ustar = Buffer.from(header.subarray(257, 262)).toString('latin1') === 'ustar';
    const prefix = ustar ? cString(header.subarray(345, 500), 'utf8') : '';
    return prefix ? `${prefix}/${name}` : name;
}
function cString(bytes, encoding) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = buf.indexOf(0);
    return buf.toString(encoding, 0, end < 0 ? buf.length : end).replace(/[\u0000-\u001f\u007f]/g, ' ');
}
const PAX_KEYS = new Set(['path', 'linkpath', 'size', 'uname', 'gname', 'comment']);
/**
 * The owner's user and group names each entry records (ustar `uname`/`gname`, pax overrides):
 * like a document's author, observed once per name (a notice when it names a person). A pax
 * comment is text.
 */
function observeOwners(header, pax, sink, seen, entry) {
    const ustar = Buffer.from(header.subarray(257, 262)).toString('latin1') === 'ustar';
    const names = [
        pax.uname ?? (ustar ? cString(header.subarray(265, 297), 'utf8') : ''),
        pax.gname ?? (ustar ? cString(header.subarray(297, 329), 'utf8') : ''),
    ];
    for (const value of names) {
        if (!value.trim() || seen.has(value) || seen.size >= 100)
            continue;
        seen.add(value);
        sink.observe({ kind: 'document-author', where: 'tar entry owner name', entry, value });
    }
    if (pax.comment)
        sink.prose(pax.comment, { surface: 'metadata', entry });
}
/** pax records: `<length> <key>=<value>\n`. Only the keys this reader uses are kept. */
function parsePax(data) {
    const out = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0 || space - at > 20)
            break;
        const length = Number(data.toString('latin1', at, space));
        if (!Number.isInteger(length) || length <= space - at || at + length > data.length)
            break;
        const record = data.toString('utf8', space + 1, at + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0) {
            const key = record.slice(0, eq);
            if (PAX_KEYS.has(key))
                out[key] = record.slice(eq + 1).replace(/[\u0000-\u001f\u007f]/g, ' ');
        }
        at += length;
    }
    return out;
}
/** Exact-length reads over a stream of chunks; memory held is what was asked for and arrived. */
class ByteStream {
    source;
    pending = [];
    buffered = 0;
    done = false;
    constructor(source) {
        this.source = source;
    }
    async more() {
        if (this.done)
            return false;
        const next = await this.source.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        if (chunk.length) {
            this.pending.push(chunk);
            this.buffered += chunk.length;
        }
        return true;
    }
    /** `n` bytes, or fewer when the stream ends first. */
    async read(n) {
        while (this.buffered < n && (await this.more()))
            ;
        const take = Math.min(n, this.buffered);
        const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.buffered);
        const out = all.subarray(0, take);
        const rest = all.subarray(take);
        this.pending = rest.length ? [rest] : [];
        this.buffered = rest.length;
        return out;
    }
    /** Drop `n` bytes without keeping them; returns how many were dropped. */
    async skip(n) {
        let dropped = 0;
        while (dropped < n) {
            if (this.buffered === 0 && !(await this.more()))
                break;
            const first = this.pending[0];
            const take = Math.min(n - dropped, first.length);
            dropped += take;
            this.buffered -= take;
            if (take === first.length)
                this.pending.shift();
            else
                this.pending[0] = first.subarray(take);
        }
        return dropped;
    }
    close() {
        void this.source.return?.();
    }
}


/***/ })

};
