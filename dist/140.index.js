export const id = 140;
export const ids = [140];
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

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ls: () => (/* binding */ MAX_VALUE),
/* harmony export */   d_: () => (/* binding */ LABEL),
/* harmony export */   hR: () => (/* binding */ sharedLabels),
/* harmony export */   on: () => (/* binding */ HEADING_LABEL),
/* harmony export */   tC: () => (/* binding */ labelledText),
/* harmony export */   wt: () => (/* binding */ emitRecordsTable)
/* harmony export */ });
/** Header of a heading that stands over a record's fields (a name over a person's details). */
const HEADING_LABEL = '(heading)';
/** A label: a few words, a letter first ("Date of birth", "A-Number", "País de origen"). */
const LABEL = /^\p{L}[\p{L}\p{M}\d .#'()/_-]{0,39}$/u;
const LABEL_VALUE = /^([^:：]{1,40}?)\s*[:：]\s*(\S[\s\S]*)$/;
/** Longest value kept per field. */
const MAX_VALUE = 400;
/** "Date of Birth: 01/02/1990" → the field, when the part before the colon reads as a label. */
function labelledText(text) {
    const pair = LABEL_VALUE.exec(text);
    if (!pair || !LABEL.test(pair[1]) || /^(?:https?|mailto|tel|ftp|file)$/i.test(pair[1]))
        return undefined;
    return { label: pair[1], value: pair[2].slice(0, MAX_VALUE) };
}
/** Whether most records share at least half of the first record's labels. */
function sharedLabels(group) {
    const first = new Set(group[0].map((f) => f.label));
    let alike = 0;
    for (const r of group) {
        const common = r.filter((f) => first.has(f.label)).length;
        if (common * 2 >= Math.min(first.size, r.length))
            alike++;
    }
    return alike >= group.length * 0.6;
}
/** Records as one 'records' table; a label repeated in one record joins its values with "; ". */
function emitRecordsTable(sink, meta, records) {
    const header = [];
    const index = new Map();
    const rows = records.map((fields) => {
        const cells = [];
        for (const { label, value } of fields) {
            let i = index.get(label);
            if (i === undefined) {
                i = header.length;
                index.set(label, i);
                header.push(label);
            }
            cells[i] = cells[i] ? `${cells[i]}; ${value}` : value;
        }
        return cells;
    });
    const table = sink.beginTable({ ...meta, shape: 'records', header, lettered: false });
    try {
        rows.forEach((cells, i) => table.row(i + 1, cells));
    }
    finally {
        table.end();
    }
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


/***/ }),

/***/ 1140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LineTracker: () => (/* binding */ LineTracker),
  MAX_OPEN_ELEMENTS: () => (/* binding */ MAX_OPEN_ELEMENTS),
  ProseBuffer: () => (/* binding */ ProseBuffer),
  capOpenElements: () => (/* binding */ capOpenElements),
  readHtml: () => (/* binding */ readHtml)
});

// EXTERNAL MODULE: ./node_modules/htmlparser2/dist/Parser.js + 7 modules
var Parser = __webpack_require__(1600);
// EXTERNAL MODULE: ./src/readers/text/encoding.ts
var encoding = __webpack_require__(6993);
// EXTERNAL MODULE: ./src/readers/text/json.ts + 1 modules
var json = __webpack_require__(1268);
// EXTERNAL MODULE: ./src/readers/text/text.ts
var text_text = __webpack_require__(4551);
// EXTERNAL MODULE: ./src/scan/input.ts
var input = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/readers/containers/archive/budget.ts
var archive_budget = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/readers/containers/archive/nested.ts
var nested = __webpack_require__(7605);
// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/media-types.ts
var media_types = __webpack_require__(2356);
;// CONCATENATED MODULE: ./src/readers/text/embedded.ts
/**
 * What a page carries inside itself: text in CSS `content:` strings (shown by the browser,
 * invisible in the markup) and files in `data:` URLs (href, src, CSS `url()`). The strings are
 * prose; each data: URL is decoded, counted against the file's decompressed-size budget, and
 * read as the nested file it is (`page.html!data: URL 1`), so a roster in a base64 link blocks
 * like the same roster as a file. Images and fonts in data: URLs are passed over by the nested
 * reading (their bytes and declared type agree) as files of their own would be.
 */





/** data: URLs in an attribute value or a stylesheet (quoted or not, inside url() or bare). */
const DATA_URL = /data:([\w.+-]+\/[\w.+-]+)?((?:;[\w.+-]+=[\w.+-]+)*)(;base64)?,([^"'()\s<>]*)/gi;
function findDataUrls(text, line, into) {
    if (!/data:/i.test(text))
        return;
    for (const m of text.matchAll(DATA_URL))
        into.push({ url: m[0], line });
}
/**
 * The strings of CSS `content:` declarations (`content: "…"`, several strings, `attr()` left
 * out), with CSS escapes (`\41 `, `\"`) decoded.
 */
function cssContentStrings(css) {
    const out = [];
    const declaration = /(?:^|[;{\s])content\s*:\s*([^;}]*)/gi;
    for (const m of css.matchAll(declaration)) {
        const parts = [];
        for (const s of m[1].matchAll(/"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g))
            parts.push(decodeCssEscapes(s[1] ?? s[2] ?? ''));
        const text = parts.join('');
        if (text.trim())
            out.push(text);
    }
    return out;
}
function decodeCssEscapes(s) {
    return s.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(\r\n|[\s\S])/g, (_, hex, ch) => {
        if (hex) {
            const code = Number.parseInt(hex, 16);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
        return ch === '\n' || ch === '\r\n' ? '' : (ch ?? '');
    });
}
/** The bytes of a data: URL, or undefined when it holds none. */
function decodeDataUrl(url) {
    const m = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w.+-]+=[\w.+-]+)*)(;base64)?,([\s\S]*)$/i.exec(url);
    if (!m)
        return undefined;
    const type = (m[1] ?? 'text/plain').toLowerCase();
    const payload = m[4] ?? '';
    let bytes;
    if (m[3])
        bytes = Buffer.from(payload
            .replace(/%([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)))
            .replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64');
    else {
        // Percent-encoded: undecodable escapes stay as written.
        const parts = payload.split(/(%[0-9a-fA-F]{2})/);
        bytes = Buffer.concat(parts.map((p) => (p.length === 3 && p[0] === '%' ? Buffer.from([Number.parseInt(p.slice(1), 16)]) : Buffer.from(p, 'utf8'))));
    }
    return bytes.length ? { bytes, type } : undefined;
}
/**
 * Read every data: URL found in a container as a nested file. The first failure is raised
 * after all are read (a limit on the whole file stops at once).
 */
async function readDataUrls(urls, container, sink, context) {
    if (urls.length === 0)
        return;
    const failures = new nested/* Failures */.oo();
    const budget = (0,archive_budget/* decompressionBudget */.F)(context);
    let n = 0;
    for (const found of urls) {
        const decoded = decodeDataUrl(found.url);
        if (!decoded)
            continue;
        n++;
        budget.spend(decoded.bytes.length);
        const ext = (0,media_types/* extensionForType */.p)(decoded.type) ?? 'bin';
        const label = `data: URL ${n} (line ${found.line})`;
        try {
            if (!context.readNested)
                throw new types/* ReadError */.F('unsupported-format', 'a file in a data: URL could not be read');
            await context.readNested((0,input/* bufferInput */.zZ)(decoded.bytes, `${label}.${ext}`, container.depth + 1, (0,nested/* innerEntry */.XB)(container.entry, label)), sink);
        }
        catch (error) {
            failures.note(error);
        }
    }
    failures.throwIfAny();
}

// EXTERNAL MODULE: ./src/readers/text/code/index.ts + 3 modules
var code = __webpack_require__(2987);
// EXTERNAL MODULE: ./src/readers/labelled-records.ts
var labelled_records = __webpack_require__(5414);
;// CONCATENATED MODULE: ./src/readers/text/html-blocks.ts

/** Tags a record can be. */
const RECORD_TAGS = new Set(['div', 'li', 'article', 'section', 'dl', 'details', 'aside', 'p', 'tr', 'blockquote', 'figure']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose content is not page text. */
const OPAQUE = new Set(['script', 'style', 'template', 'noscript', 'table']);
const MAX_DEPTH = 256;
const MAX_FIELDS = 64;
const MAX_TEXT = 2000;
const MAX_BATCH = 5000;
function squash(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function attributeLabel(attribs) {
    const explicit = attribs['data-label'] ?? attribs['data-field'] ?? attribs.itemprop;
    if (explicit && labelled_records/* LABEL */.d_.test(explicit.trim()))
        return explicit.trim();
    const token = (attribs.class ?? '').split(/\s+/).find((t) => /^[a-z][a-z_-]{1,29}$/i.test(t));
    return token;
}
class BlockCollector {
    sink;
    entry;
    stack = [];
    skipped = 0;
    opaque = 0;
    constructor(sink, entry) {
        this.sink = sink;
        this.entry = entry;
        this.stack.push(this.frame('#root', {}));
    }
    frame(tag, attribs) {
        return {
            tag,
            attrLabel: attributeLabel(attribs),
            classKey: `${tag}.${attribs.class ?? ''}`,
            text: '',
            fields: [],
            records: [],
            structured: false,
        };
    }
    open(name, attribs) {
        if (this.opaque > 0 || OPAQUE.has(name)) {
            if (OPAQUE.has(name))
                this.opaque++;
            return;
        }
        if (this.stack.length >= MAX_DEPTH) {
            this.skipped++;
            return;
        }
        this.stack.push(this.frame(name, attribs));
        if (RECORD_TAGS.has(name) || HEADINGS.has(name) || name === 'br' || name === 'dt' || name === 'dd')
            this.addText(' ');
    }
    text(text) {
        if (this.opaque > 0)
            return;
        this.addText(text);
    }
    addText(text) {
        const top = this.stack[this.stack.length - 1];
        if (top.text.length < MAX_TEXT)
            top.text += text;
    }
    close(name) {
        if (OPAQUE.has(name) && this.opaque > 0) {
            this.opaque--;
            return;
        }
        if (this.opaque > 0)
            return;
        if (this.skipped > 0) {
            this.skipped--;
            return;
        }
        // Close up to the nearest open element of that name (a stray end tag closes nothing).
        let at = this.stack.length - 1;
        while (at > 0 && this.stack[at].tag !== name)
            at--;
        if (at === 0)
            return;
        while (this.stack.length > at)
            this.finish(this.stack.pop());
    }
    /** Close everything still open (end of the page). */
    end() {
        while (this.stack.length > 1)
            this.finish(this.stack.pop());
        this.emitGroups(this.stack[0].records);
        this.stack[0].records = [];
    }
    finish(f) {
        const parent = this.stack[this.stack.length - 1];
        const text = squash(f.text);
        if (parent.text.length < MAX_TEXT)
            parent.text += ` ${text} `;
        // Records inside: two or more are a list (emitted here); one is this block's own content.
        if (f.records.length >= 2) {
            this.emitGroups(f.records);
            parent.structured = true;
            parent.fields.push(...f.fields.slice(0, MAX_FIELDS - parent.fields.length));
            return;
        }
        if (f.records.length === 1)
            f.fields.unshift(...f.records[0].fields);
        f.records = [];
        if (f.tag === 'dl')
            f.fields = this.splitRepeats(f, parent);
        const own = this.ownField(f, text, parent);
        if (own)
            f.fields.push(own);
        if (RECORD_TAGS.has(f.tag) && f.fields.length >= 2) {
            parent.records.push({ key: f.classKey, fields: f.fields.slice(0, MAX_FIELDS) });
            parent.structured = true;
            if (parent.records.length >= MAX_BATCH) {
                this.emitGroups(parent.records);
                parent.records = [];
            }
            return;
        }
        if (f.fields.length) {
            parent.structured = true;
            for (const field of f.fields)
                if (parent.fields.length < MAX_FIELDS)
                    parent.fields.push(field);
        }
    }
    /** The field an element is by itself: a dt/dd pair, "Label: value", a labelled leaf, a heading. */
    ownField(f, text, parent) {
        if (!text)
            return undefined;
        const value = text.slice(0, labelled_records/* MAX_VALUE */.Ls);
        if (f.tag === 'dt') {
            parent.pendingLabel = text.replace(/[:：]\s*$/, '');
            return undefined;
        }
        if (f.tag === 'dd') {
            const label = parent.pendingLabel;
            parent.pendingLabel = undefined;
            return label ? { label, value } : undefined;
        }
        if (f.structured || f.fields.length)
            return undefined;
        if (HEADINGS.has(f.tag))
            return text.length <= 120 ? { label: labelled_records/* HEADING_LABEL */.on, value } : undefined;
        const pair = (0,labelled_records/* labelledText */.tC)(text);
        if (pair)
            return pair;
        if (f.attrLabel && text.length <= 200 && !RECORD_TAGS.has(f.tag))
            return { label: f.attrLabel, value };
        return undefined;
    }
    /** A definition list whose labels repeat holds one record per repeat: those go to the parent. */
    splitRepeats(f, parent) {
        const first = f.fields[0]?.label;
        if (!first || f.fields.filter((x) => x.label === first).length < 2)
            return f.fields;
        let current = [];
        const records = [];
        for (const field of f.fields) {
            if (field.label === first && current.length) {
                records.push({ key: `${f.classKey}#`, fields: current });
                current = [];
            }
            current.push(field);
        }
        if (current.length)
            records.push({ key: `${f.classKey}#`, fields: current });
        this.emitGroups(records);
        parent.structured = true;
        return [];
    }
    /** Sibling records with the same tag and class and mostly the same labels: one table each. */
    emitGroups(records) {
        const groups = new Map();
        for (const r of records) {
            const list = groups.get(r.key);
            if (list)
                list.push(r);
            else
                groups.set(r.key, [r]);
        }
        for (const group of groups.values()) {
            if (group.length >= 2 && (0,labelled_records/* sharedLabels */.hR)(group.map((r) => r.fields)))
                (0,labelled_records/* emitRecordsTable */.wt)(this.sink, { surface: 'table', entry: this.entry }, group.map((r) => r.fields));
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/text/html.ts
/**
 * HTML, streamed through htmlparser2. Each <table> is a grid table (th/td cells, a colspan
 * leaves empty cells after its text, nested tables are tables of their own); rows are numbered
 * by their index in the table (minified pages put every row on one line). Everything else that
 * a reader of the page, or of its source, could see is prose with source lines: visible text,
 * comments, text-carrying attributes (title, alt, data-*, ...), and scripts. A JSON script
 * block (`application/json`, `ld+json`, ...) is read as JSON, so a records array in it becomes
 * a table. Of <style> content only CSS `content:` strings are read (prose); files in data: URLs
 * (href, src, CSS url()) are decoded and read as nested files (embedded.ts). Repeated blocks of labelled fields (person cards,
 * definition lists) are tables too (html-blocks.ts).
 */








/** Attributes whose values are text a person wrote (data-* is matched by prefix). */
const TEXT_ATTRIBUTES = new Set([
    'title',
    'alt',
    'aria-label',
    'placeholder',
    'value',
    'content',
    'summary',
    'label',
    'abbr',
    'aria-description',
]);
/** Elements that end a run of inline text (their text does not run into the next). */
const BLOCKS = new Set([
    'p',
    'div',
    'br',
    'li',
    'ul',
    'ol',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'section',
    'article',
    'header',
    'footer',
    'tr',
    'td',
    'th',
    'table',
    'caption',
    'dt',
    'dd',
    'pre',
    'blockquote',
    'option',
    'title',
    'hr',
]);
/**
 * Maps offsets in a text that arrives chunk by chunk to 1-based lines. Offsets must be asked in
 * increasing order; text before the last asked offset is let go.
 */
class LineTracker {
    window = '';
    windowStart = 0;
    line = 1;
    append(text) {
        this.window += text;
    }
    lineAt(offset) {
        const at = offset - this.windowStart;
        if (at <= 0)
            return this.line;
        const upTo = Math.min(at, this.window.length);
        this.line += (0,text_text/* countNewlines */.Dn)(this.window, 0, upTo);
        this.window = this.window.slice(upTo);
        this.windowStart += upTo;
        return this.line;
    }
}
/** Prose gathered so that its line breaks fall on the source lines of its pieces. */
class ProseBuffer {
    sink;
    entry;
    parts = [];
    firstLine = 0;
    currentLine = 0;
    size = 0;
    constructor(sink, entry) {
        this.sink = sink;
        this.entry = entry;
    }
    /** `glue`: the text continues the previous piece (no tag between them), so no space is put in. */
    add(text, line, glue = false) {
        if (!text.trim())
            return;
        if (this.parts.length === 0) {
            this.firstLine = this.currentLine = line;
        }
        else if (line > this.currentLine) {
            if (line - this.currentLine > 20 || this.size > 256 * 1024) {
                this.flush();
                this.firstLine = this.currentLine = line;
            }
            else {
                this.parts.push('\n'.repeat(line - this.currentLine));
                this.currentLine = line;
            }
        }
        else if (!glue) {
            this.parts.push(' ');
        }
        this.parts.push(text);
        this.size += text.length;
        this.currentLine += (0,text_text/* countNewlines */.Dn)(text);
    }
    flush() {
        if (this.parts.length)
            (0,text_text/* emitProse */.Tf)(this.sink, this.parts.join(''), { surface: 'text', line: this.firstLine, entry: this.entry });
        this.parts = [];
        this.size = 0;
    }
}
const readHtml = async (input, sink, context) => {
    const lines = new LineTracker();
    const prose = new ProseBuffer(sink, input.entry);
    const tables = [];
    const blocks = new BlockCollector(sink, input.entry);
    let skipDepth = 0; // inside <style>
    let style;
    const dataUrls = [];
    let script;
    let jsonFailure;
    let parser;
    /** Whether the next text continues the last one (only inline tags or nothing in between). */
    let glue = false;
    const lineNow = () => lines.lineAt(parser.startIndex);
    const top = () => tables[tables.length - 1];
    const endCell = (t) => {
        if (!t.cell)
            return;
        t.cells ??= [];
        t.cells.push(t.cell.join('').replace(/\s+/g, ' ').trim());
        for (let i = 1; i < t.colspan; i++)
            t.cells.push('');
        t.cell = undefined;
    };
    const endRow = (t) => {
        endCell(t);
        if (t.cells) {
            if (t.rowHidden)
                t.rows.row(++t.rowCount, t.cells, true);
            else
                t.rows.row(++t.rowCount, t.cells);
        }
        t.cells = undefined;
        t.rowHidden = false;
    };
    parser = new Parser/* Parser */.i({
        onopentag(name, attribs) {
            const line = lineNow();
            blocks.open(name, attribs);
            if (BLOCKS.has(name)) {
                glue = false;
                const cell = top()?.cell;
                if (cell)
                    cell.push(' ');
            }
            for (const [attr, value] of Object.entries(attribs)) {
                findDataUrls(value, line, dataUrls);
                if (value && (TEXT_ATTRIBUTES.has(attr) || attr.startsWith('data-'))) {
                    prose.add(`${attr}: ${value}`, line);
                    glue = false;
                }
            }
            if (name === 'style') {
                skipDepth++;
                style ??= { text: [], line };
            }
            else if (name === 'script')
                script = { json: /json/i.test(attribs.type ?? ''), text: [], line };
            else if (name === 'table') {
                tables.push({
                    rows: sink.beginTable({ surface: 'table', shape: 'grid', lettered: false, entry: input.entry }),
                    rowCount: 0,
                    cells: undefined,
                    cell: undefined,
                    colspan: 1,
                    rowHidden: false,
                });
            }
            else if (tables.length > 0) {
                const t = top();
                if (name === 'tr') {
                    endRow(t);
                    t.rowHidden = isHidden(attribs);
                }
                else if (name === 'td' || name === 'th') {
                    endCell(t);
                    t.cells ??= [];
                    t.cell = [];
                    const span = Number.parseInt(attribs.colspan ?? '1', 10);
                    t.colspan = Number.isFinite(span) ? Math.min(Math.max(span, 1), 1000) : 1;
                }
            }
        },
        onclosetag(name) {
            blocks.close(name);
            if (BLOCKS.has(name))
                glue = false;
            if (name === 'style') {
                skipDepth = Math.max(0, skipDepth - 1);
                if (skipDepth === 0 && style) {
                    const css = style.text.join('');
                    for (const text of cssContentStrings(css))
                        prose.add(text, style.line);
                    findDataUrls(css, style.line, dataUrls);
                    style = undefined;
                }
            }
            else if (name === 'script' && script) {
                jsonFailure ??= readScript(script, sink, input.entry, context.limits.maxNestingDepth, prose);
                script = undefined;
            }
            else if (name === 'table') {
                const t = tables.pop();
                if (t) {
                    endRow(t);
                    t.rows.end();
                }
            }
            else if (tables.length > 0) {
                const t = top();
                if (name === 'tr')
                    endRow(t);
                else if (name === 'td' || name === 'th')
                    endCell(t);
            }
        },
        ontext(text) {
            if (skipDepth > 0) {
                style?.text.push(text);
                return;
            }
            if (script) {
                script.text.push(text);
                return;
            }
            const t = top();
            if (!t?.cell)
                blocks.text(text);
            if (t?.cell)
                t.cell.push(text);
            else if (!text.trim())
                glue = false; // whitespace between tags separates words
            else {
                prose.add(text, lineNow(), glue);
                glue = true;
            }
        },
        oncomment(text) {
            prose.add(text, lineNow());
            glue = false;
        },
    }, { decodeEntities: true, recognizeCDATA: true });
    capOpenElements(parser);
    try {
        for await (const chunk of (0,encoding/* decodeStream */.Vn)(input)) {
            lines.append(chunk);
            parser.write(chunk);
        }
        parser.end();
    }
    catch (error) {
        if (error instanceof types/* ReadError */.F)
            throw error;
        throw new types/* ReadError */.F('corrupt', 'the HTML could not be parsed');
    }
    finally {
        while (tables.length > 0) {
            const t = tables.pop();
            endRow(t);
            t.rows.end();
        }
        blocks.end();
        prose.flush();
    }
    await readDataUrls(dataUrls, input, sink, context);
    if (jsonFailure)
        throw jsonFailure;
};
/**
 * Browsers stop nesting at a fixed depth (Chromium: 512 open elements; a deeper element becomes
 * a sibling of the innermost). htmlparser2 keeps its open-element stack in an array it unshifts
 * and shifts, so a page nested 100,000 deep costs O(depth²) (seconds). Cap it the browser's way:
 * at the cap, the innermost element is closed (implied) before the next one opens. Text and
 * tables are read as before; only the nesting of such a page is flattened. When a later
 * htmlparser2 no longer has these internals, the parser is left as it is (slow, still correct).
 */
const MAX_OPEN_ELEMENTS = 512;
function capOpenElements(parser) {
    const internals = parser;
    const { emitOpenTag, popElement } = internals;
    if (!Array.isArray(internals.stack) || typeof emitOpenTag !== 'function' || typeof popElement !== 'function')
        return;
    internals.emitOpenTag = function (name) {
        if (this.stack.length >= MAX_OPEN_ELEMENTS)
            popElement.call(this, true);
        emitOpenTag.call(this, name);
    };
}
function isHidden(attribs) {
    return Object.hasOwn(attribs, 'hidden') || /display\s*:\s*none|visibility\s*:\s*(hidden|collapse)/i.test(attribs.style ?? '');
}
/**
 * A script block: JSON is walked like a JSON file (tables, prose with lines); anything else,
 * and JSON that does not parse, is prose. Returns a ReadError to raise after the page is read
 * when the JSON nests too deeply.
 */
function readScript(script, sink, entry, maxDepth, prose) {
    const text = script.text.join('');
    if (script.json) {
        if ((0,json.exceedsDepth)(text, maxDepth))
            return new types/* ReadError */.F('too-deep', `a JSON script block nests deeper than ${maxDepth} levels`);
        const value = (0,json.parseJsonText)(text);
        if (value !== undefined) {
            prose.flush();
            (0,json.walkStructured)(value, sink, { entry, maxDepth, lines: (0,json.jsonLineFinder)(text, script.line) });
            return undefined;
        }
    }
    // Script code: its strings and comments are prose, its data literals tables (code/index.ts).
    prose.flush();
    (0,code.readSource)(text, { language: 'js', jsx: false }, sink, { entry, maxDepth, lineOffset: script.line - 1 });
    return undefined;
}


/***/ })

};
