export const id = 383;
export const ids = [383];
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

/***/ 383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_MIME_DEPTH: () => (/* binding */ MAX_MIME_DEPTH),
  readEmail: () => (/* binding */ readEmail),
  readMbox: () => (/* binding */ readMbox),
  splitMbox: () => (/* binding */ splitMbox)
});

// EXTERNAL MODULE: ./src/scan/input.ts
var input = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/containers/archive/file-name.ts
var file_name = __webpack_require__(5742);
// EXTERNAL MODULE: ./src/readers/containers/archive/nested.ts
var nested = __webpack_require__(7605);
// EXTERNAL MODULE: ./src/readers/containers/email/sniff.ts
var sniff = __webpack_require__(850);
;// CONCATENATED MODULE: ./src/readers/containers/email/mime.ts
/**
 * A small, bounded MIME parser (RFC 5322 headers, RFC 2045–2047 and 2231): it splits a message
 * into header fields and a body, a multipart body into its parts, and decodes base64,
 * quoted-printable, encoded-word headers and parameter values. It works on Buffers (bytes stay
 * bytes until a part is decoded), never throws a library message, and knows no limits itself:
 * the reader bounds depth and part counts.
 */

/** Header blocks larger than this are not headers. */
const MAX_HEADER_BYTES = 1024 * 1024;
/** Split a message or part into its header fields and body (the body starts after the first empty line). */
function splitEntity(buf) {
    const end = headerEnd(buf);
    const headerBytes = end ? buf.subarray(0, end.at) : buf.subarray(0, Math.min(buf.length, MAX_HEADER_BYTES + 1));
    if (headerBytes.length > MAX_HEADER_BYTES)
        throw new types/* ReadError */.F('corrupt', 'an e-mail header block is larger than 1 MiB');
    const body = end ? buf.subarray(end.at + end.length) : Buffer.alloc(0);
    return { headers: parseHeaders(headerBytes.toString('latin1')), body };
}
/** Where the header block ends: the first empty line (CRLF CRLF or LF LF), or at the start for a part without headers. */
function headerEnd(buf) {
    if (buf[0] === 0x0a)
        return { at: 0, length: 1 };
    if (buf[0] === 0x0d && buf[1] === 0x0a)
        return { at: 0, length: 2 };
    const limit = Math.min(buf.length, MAX_HEADER_BYTES + 4);
    for (let i = buf.indexOf(0x0a); i >= 0 && i < limit; i = buf.indexOf(0x0a, i + 1)) {
        if (buf[i + 1] === 0x0a)
            return { at: i + 1, length: 1 };
        if (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a)
            return { at: i + 1, length: 2 };
    }
    return undefined;
}
function parseHeaders(text) {
    const fields = [];
    for (const line of text.split(/\r?\n/)) {
        if (/^[ \t]/.test(line) && fields.length) {
            fields[fields.length - 1].raw += ` ${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.push({ name: line.slice(0, colon).trim().toLowerCase(), raw: line.slice(colon + 1).trim() });
    }
    return fields;
}
function header(entity, name) {
    return entity.headers.find((h) => h.name === name)?.raw;
}
function contentType(entity) {
    const raw = header(entity, 'content-type');
    if (!raw)
        return { type: 'text/plain', params: {} };
    const { value, params } = parseParameters(raw);
    const type = /^[\w.+-]+\/[\w.+-]+$/.test(value) ? value.toLowerCase() : 'application/octet-stream';
    return { type, params };
}
/** `value; a=b; c="d;e"; name*=utf-8''%E2%82%AC; title*0=x; title*1=y` → value and decoded parameters (lower-case keys). */
function parseParameters(raw) {
    const pieces = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c === '\\' && quoted && i + 1 < raw.length) {
            current += raw[++i];
            continue;
        }
        if (c === '"')
            quoted = !quoted;
        if (c === ';' && !quoted) {
            pieces.push(current);
            current = '';
        }
        else
            current += c;
    }
    pieces.push(current);
    const value = pieces.shift().trim();
    const plain = new Map();
    const extended = new Map();
    for (const piece of pieces) {
        const eq = piece.indexOf('=');
        if (eq <= 0)
            continue;
        const key = piece.slice(0, eq).trim().toLowerCase();
        let text = piece.slice(eq + 1).trim();
        if (text.startsWith('"') && text.endsWith('"') && text.length >= 2)
            text = text.slice(1, -1);
        const star = /^([^*]+)\*(?:(\d+)\*?)?$/.exec(key);
        if (star) {
            const list = extended.get(star[1]) ?? [];
            list.push({ index: star[2] === undefined ? 0 : Number(star[2]), text, encoded: key.endsWith('*') });
            extended.set(star[1], list);
        }
        else if (!plain.has(key))
            plain.set(key, text);
    }
    const params = Object.create(null);
    for (const [k, v] of plain)
        params[k] = decodeWords(v);
    for (const [k, list] of extended)
        params[k] = joinExtended(list.sort((a, b) => a.index - b.index));
    return { value, params };
}
/** RFC 2231: the first encoded piece may start with `charset'language'`; encoded pieces are %-escaped. */
function joinExtended(list) {
    let charset = 'utf-8';
    const bytes = [];
    list.forEach((piece, i) => {
        let text = piece.text;
        if (i === 0 && piece.encoded) {
            const m = /^([^']*)'[^']*'(.*)$/.exec(text);
            if (m) {
                charset = m[1] || charset;
                text = m[2];
            }
        }
        if (piece.encoded) {
            for (let j = 0; j < text.length; j++) {
                if (text[j] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(j + 1, j + 3))) {
                    bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
                    j += 2;
                }
                else
                    bytes.push(text.charCodeAt(j) & 0xff);
            }
        }
        else
            for (const b of Buffer.from(text, 'latin1'))
                bytes.push(b);
    });
    return decodeCharset(Buffer.from(bytes), charset);
}
/** RFC 2047 encoded words (`=?utf-8?B?...?=`, `=?iso-8859-1?Q?...?=`) in a header value; the rest is read as UTF-8 when it is UTF-8. */
function decodeWords(raw) {
    const plain = utf8OrLatin1(Buffer.from(raw, 'latin1'));
    return plain.replace(/=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=(\s+(?==\?))?/g, (_m, charset, encoding, text) => {
        const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qDecode(text);
        return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
    });
}
function qDecode(text) {
    return decodeQuotedPrintable(Buffer.from(text.replace(/_/g, ' '), 'latin1'));
}
function utf8OrLatin1(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return bytes.toString('latin1');
    }
}
/** Bytes in a named charset as text; an unknown charset is read as UTF-8 (damage becomes U+FFFD). */
function decodeCharset(bytes, charset) {
    const label = (charset ?? 'utf-8').trim().toLowerCase();
    try {
        return new TextDecoder(label || 'utf-8').decode(bytes);
    }
    catch {
        return new TextDecoder('utf-8').decode(bytes);
    }
}
/** Quoted-printable (RFC 2045): `=XX` escapes and `=` soft line breaks. Lenient on damage. */
function decodeQuotedPrintable(data) {
    const out = Buffer.alloc(data.length);
    let n = 0;
    for (let i = 0; i < data.length; i++) {
        const b = data[i];
        if (b !== 0x3d) {
            out[n++] = b;
            continue;
        }
        if (data[i + 1] === 0x0d && data[i + 2] === 0x0a) {
            i += 2;
            continue;
        }
        if (data[i + 1] === 0x0a) {
            i += 1;
            continue;
        }
        const hex = data.toString('latin1', i + 1, i + 3);
        if (/^[0-9a-fA-F]{2}$/.test(hex)) {
            out[n++] = parseInt(hex, 16);
            i += 2;
        }
        else
            out[n++] = b;
    }
    return out.subarray(0, n);
}
/** The decoded body of a leaf part, by its Content-Transfer-Encoding. */
function decodeBody(entity) {
    const encoding = (header(entity, 'content-transfer-encoding') ?? '').trim().toLowerCase();
    if (encoding === 'base64')
        return Buffer.from(entity.body.toString('latin1').replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64');
    if (encoding === 'quoted-printable')
        return decodeQuotedPrintable(entity.body);
    return entity.body;
}
/**
 * The parts of a multipart body: the bytes between `--boundary` delimiter lines, up to the
 * closing `--boundary--` (or the end). `maxParts` bounds the count: one more is a ReadError.
 */
function splitMultipart(body, boundary, maxParts) {
    const delimiter = Buffer.from(`--${boundary}`, 'latin1');
    const parts = [];
    let partStart = -1;
    for (let at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + delimiter.length)) {
        if (at > 0 && body[at - 1] !== 0x0a)
            continue; // Not at the start of a line.
        const after = at + delimiter.length;
        const closing = body[after] === 0x2d && body[after + 1] === 0x2d;
        // `--boundary` must be the whole delimiter, not the start of a longer (nested) boundary.
        const next = body[after];
        if (!closing && next !== undefined && next !== 0x0d && next !== 0x0a && next !== 0x20 && next !== 0x09)
            continue;
        // The line break before a delimiter belongs to the delimiter.
        if (partStart >= 0) {
            let end = at;
            if (body[end - 1] === 0x0a)
                end--;
            if (body[end - 1] === 0x0d)
                end--;
            parts.push(body.subarray(partStart, Math.max(partStart, end)));
            if (parts.length > maxParts)
                throw new types/* ReadError */.F('too-many-entries', `more than ${maxParts} parts in one message`);
        }
        if (closing)
            return parts;
        const lineEnd = body.indexOf(0x0a, after);
        if (lineEnd < 0)
            return parts;
        partStart = lineEnd + 1;
    }
    // No closing delimiter: the last part runs to the end.
    if (partStart >= 0 && partStart < body.length)
        parts.push(body.subarray(partStart));
    if (parts.length > maxParts)
        throw new types/* ReadError */.F('too-many-entries', `more than ${maxParts} parts in one message`);
    return parts;
}

// EXTERNAL MODULE: ./src/readers/media-types.ts
var media_types = __webpack_require__(2356);
;// CONCATENATED MODULE: ./src/readers/containers/email/index.ts
/**
 * E-mail messages (`.eml`) and mailboxes (`.mbox`), decided by content. Header fields are read as
 * prose (encoded words decoded; signature and routing fields, which are base64 noise, left out).
 * Every body and attachment is decoded (base64, quoted-printable) and read through the scan
 * pipeline as the file it is: text and HTML bodies at the message's own depth as `body.txt` /
 * `body.html`, attachments one level deeper under their file name (`mail.eml!roster.csv`),
 * attached messages (message/rfc822) as messages one level deeper. Bounds: multipart nesting
 * (MAX_MIME_DEPTH), parts per file (the archive entry limit), messages per mailbox (the same
 * limit) and container depth (the archive depth limit).
 *
 * Hand-written rather than a library (postal-mime, mailparser): those buffer and decode a whole
 * message tree before handing anything back, with no bound on nesting or part count, and their
 * errors quote the input; this parser is ~250 lines over Buffers and every failure is ours.
 */







/** Multiparts nested deeper than this are a MIME bomb, not a message. */
const MAX_MIME_DEPTH = 32;
/** Fields that carry signatures, routing or transport details: noise to a reader of words. */
const NOISE = /^(?:dkim-signature|x-google-dkim-signature|domainkey-signature|arc-seal|arc-message-signature|arc-authentication-results|authentication-results|received-spf|x-ms-exchange-.*|x-microsoft-antispam.*|x-forefront-.*|x-gm-message-state|x-google-smtp-source|x-received|content-transfer-encoding|mime-version)$/;
const readEmail = async (input, sink, context) => {
    const state = newState(input, sink, context);
    await readMessage(state, await input.buffer(), { entry: input.entry, depth: input.depth });
    state.failures.throwIfAny();
};
const readMbox = async (input, sink, context) => {
    const state = newState(input, sink, context);
    const messages = splitMbox(await input.buffer());
    const max = context.limits.maxArchiveEntries;
    if (messages.length > max)
        throw new types/* ReadError */.F('too-many-entries', `${messages.length} messages; the limit is ${max}`);
    for (let i = 0; i < messages.length; i++) {
        const place = { entry: (0,nested/* innerEntry */.XB)(input.entry, `message-${i + 1}.eml`), depth: input.depth + 1 };
        try {
            await readMessage(state, messages[i], place);
        }
        catch (error) {
            state.failures.note(error);
        }
    }
    state.failures.throwIfAny();
};
function newState(input, sink, context) {
    return { input, sink, context, failures: new nested/* Failures */.oo(), parts: 0, used: new Map() };
}
/** Messages of a mailbox: each starts after a `From ` separator line at the start of a line. */
function splitMbox(buf) {
    const starts = [];
    for (let at = 0; at >= 0 && at < buf.length;) {
        if (at === 0 || buf[at - 1] === 0x0a) {
            const lineEnd = buf.indexOf(0x0a, at);
            const line = buf.toString('latin1', at, lineEnd < 0 ? buf.length : lineEnd);
            if (line.startsWith('From ') && sniff/* MBOX_FROM */.g.test(line))
                starts.push(at);
        }
        const next = buf.indexOf('\nFrom ', at, 'latin1');
        at = next < 0 ? -1 : next + 1;
    }
    if (starts.length === 0)
        return [buf];
    const messages = [];
    starts.forEach((start, i) => {
        const lineEnd = buf.indexOf(0x0a, start);
        const from = lineEnd < 0 ? buf.length : lineEnd + 1;
        messages.push(buf.subarray(from, i + 1 < starts.length ? starts[i + 1] : buf.length));
    });
    return messages;
}
async function readMessage(state, data, place) {
    const max = state.context.limits.maxArchiveDepth;
    if (place.depth > max)
        throw new types/* ReadError */.F('too-deep', `containers nest deeper than ${max} levels`);
    const message = splitEntity(data);
    const lines = message.headers.filter((h) => !NOISE.test(h.name)).map((h) => `${h.name}: ${decodeWords(h.raw)}`);
    if (lines.length)
        state.sink.prose(`${lines.join('\n')}\n`, { surface: 'text', entry: place.entry });
    await readEntity(state, message, place, 0);
}
async function readEntity(state, entity, place, mimeDepth) {
    if (mimeDepth > MAX_MIME_DEPTH)
        throw new types/* ReadError */.F('too-deep', `multipart sections nest deeper than ${MAX_MIME_DEPTH} levels`);
    const type = contentType(entity);
    const description = header(entity, 'content-description');
    if (description && mimeDepth > 0)
        state.sink.prose(decodeWords(description), { surface: 'text', entry: place.entry });
    const boundary = type.params.boundary;
    if (type.type.startsWith('multipart/') && boundary) {
        const max = state.context.limits.maxArchiveEntries;
        const parts = splitMultipart(entity.body, boundary, max - state.parts);
        state.parts += parts.length;
        for (const part of parts) {
            try {
                await readEntity(state, splitEntity(part), place, mimeDepth + 1);
            }
            catch (error) {
                if (error instanceof types/* ReadError */.F && (error.kind === 'too-deep' || error.kind === 'too-many-entries'))
                    throw error;
                state.failures.note(error);
            }
        }
        return;
    }
    const disposition = parseParameters(header(entity, 'content-disposition') ?? '');
    const fileName = cleanName(disposition.params.filename ?? type.params.name);
    const data = decodeBody(entity);
    if (type.type === 'message/rfc822' || type.type === 'message/global') {
        const name = unique(state, place.entry, fileName ?? 'message.eml');
        const entry = (0,nested/* innerEntry */.XB)(place.entry, name);
        if (fileName)
            state.sink.prose((0,file_name/* fileNameText */.$)(fileName), { surface: 'file-name', entry });
        await readMessage(state, data, { entry, depth: place.depth + 1 });
        return;
    }
    const attached = disposition.value.toLowerCase() === 'attachment' || fileName !== undefined || !type.type.startsWith('text/');
    if (!attached) {
        // A body: re-encoded as UTF-8 from its declared charset, read at the message's own depth.
        const name = unique(state, place.entry, type.type === 'text/html' ? 'body.html' : 'body.txt');
        const text = Buffer.from(decodeCharset(data, type.params.charset), 'utf8');
        await email_nested(state, text, name, place.entry, place.depth);
        return;
    }
    const name = unique(state, place.entry, fileName ?? `attachment.${(0,media_types/* extensionForType */.p)(type.type) ?? 'bin'}`);
    if (fileName)
        state.sink.prose((0,file_name/* fileNameText */.$)(fileName), { surface: 'file-name', entry: (0,nested/* innerEntry */.XB)(place.entry, name) });
    await email_nested(state, data, name, place.entry, place.depth + 1);
}
async function email_nested(state, data, name, entry, depth) {
    if (data.length === 0)
        return;
    if (!state.context.readNested)
        throw new types/* ReadError */.F('unsupported-format', 'a file inside the message could not be read');
    await state.context.readNested((0,input/* bufferInput */.zZ)(data, name, depth, (0,nested/* innerEntry */.XB)(entry, name)), state.sink);
}
/** A file name from a header: untrusted text, kept as a name (never a path on disk), control characters removed. */
function cleanName(name) {
    const clean = name
        ?.replace(/[\u0000-\u001f\u007f]/g, ' ')
        .trim()
        .slice(0, 255);
    return clean ? clean : undefined;
}
function unique(state, entry, name) {
    const key = `${entry ?? ''}\u0000${name.toLowerCase()}`;
    const seen = (state.used.get(key) ?? 0) + 1;
    state.used.set(key, seen);
    if (seen === 1)
        return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)}-${seen}${name.slice(dot)}` : `${name}-${seen}`;
}


/***/ }),

/***/ 2356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ extensionForType)
/* harmony export */ });
/**
 * File extensions for MIME types, for files found inside other files (e-mail attachments, data:
 * URLs): the nested reading decides the format by content, and the extension only lets the
 * media check (bytes and name must agree) pass over images and fonts.
 */
const EXTENSIONS = {
    'message/rfc822': 'eml',
    'image/png': 'png',
    'image/jpeg': 'jpg',
    'image/jpg': 'jpg',
    'image/gif': 'gif',
    'image/webp': 'webp',
    'image/avif': 'avif',
    'image/x-icon': 'ico',
    'image/vnd.microsoft.icon': 'ico',
    'image/bmp': 'bmp',
    'image/svg+xml': 'svg',
    'font/woff': 'woff',
    'font/woff2': 'woff2',
    'application/font-woff': 'woff',
    'application/font-woff2': 'woff2',
    'application/x-font-woff': 'woff',
    'font/ttf': 'ttf',
    'font/sfnt': 'ttf',
    'application/font-sfnt': 'ttf',
    'application/x-font-truetype': 'ttf',
    'font/collection': 'ttc',
    'application/vnd.ms-fontobject': 'eot',
    'application/x-font-eot': 'eot',
    'font/eot': 'eot',
    'font/opentype': 'otf',
    'application/x-font-otf': 'otf',
    'image/tiff': 'tif',
    'video/quicktime': 'mov',
    'audio/mp4': 'm4a',
    'audio/x-wav': 'wav',
    'audio/webm': 'webm',
    'audio/flac': 'flac',
    'font/otf': 'otf',
    'application/x-font-ttf': 'ttf',
    'application/x-font-opentype': 'otf',
    'audio/mpeg': 'mp3',
    'audio/wav': 'wav',
    'audio/ogg': 'ogg',
    'video/mp4': 'mp4',
    'video/webm': 'webm',
    'text/csv': 'csv',
    'text/tab-separated-values': 'tsv',
    'text/plain': 'txt',
    'text/html': 'html',
    'text/markdown': 'md',
    'text/css': 'css',
    'text/javascript': 'js',
    'application/javascript': 'js',
    'application/json': 'json',
    'application/xml': 'xml',
    'text/xml': 'xml',
    'application/pdf': 'pdf',
    'application/zip': 'zip',
    'application/gzip': 'gz',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'application/vnd.ms-excel': 'xls',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};
/** The extension a file of this MIME type usually has, if known. */
function extensionForType(type) {
    const t = type.toLowerCase();
    return Object.hasOwn(EXTENSIONS, t) ? EXTENSIONS[t] : undefined;
}


/***/ })

};
