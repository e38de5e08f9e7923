#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/detect/analyzer.ts
function createAnalyzer(path, options) {
    void path;
    void options;
    return {
        beginTable(meta) {
            void meta;
            return { row() { }, end() { } };
        },
        prose(text, where) {
            void text;
            void where;
        },
        observe(o) {
            void o;
        },
        finish() {
            return [];
        },
    };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/readers/types.ts
/** The only error a reader may throw. `detail` is written by this project, never a library. */
class ReadError extends Error {
    kind;
    detail;
    constructor(kind, detail) {
        super(detail ? `${kind}: ${detail}` : kind);
        this.kind = kind;
        this.detail = detail;
        this.name = 'ReadError';
    }
}
function isReadError(error) {
    return error instanceof ReadError || (typeof error === 'object' && error !== null && error.name === 'ReadError' && typeof error.kind === 'string');
}

;// CONCATENATED MODULE: ./src/readers/encoding.ts


/**
 * Guess the encoding from the head: a BOM, zero bytes in alternate positions (UTF-16 without a
 * BOM), or invalid UTF-8 (then Windows-1252, what Excel on Windows writes).
 */
function detectEncoding(head) {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
        return { encoding: 'utf-8', bom: 3 };
    if (head[0] === 0xff && head[1] === 0xfe)
        return { encoding: 'utf-16le', bom: 2 };
    if (head[0] === 0xfe && head[1] === 0xff)
        return { encoding: 'utf-16be', bom: 2 };
    const n = Math.min(head.length, 4096);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i++) {
        if (head[i] === 0) {
            if (i % 2 === 0)
                evenZeros++;
            else
                oddZeros++;
        }
    }
    if (oddZeros > n / 4 && evenZeros === 0)
        return { encoding: 'utf-16le', bom: 0 };
    if (evenZeros > n / 4 && oddZeros === 0)
        return { encoding: 'utf-16be', bom: 0 };
    // Trim a possibly cut multi-byte sequence at the end of the head before validating.
    let end = n;
    while (end > 0 && end > n - 4 && (head[end - 1] & 0xc0) === 0x80)
        end--;
    if (end > 0 && head[end - 1] >= 0xc0)
        end--;
    try {
        new external_node_util_namespaceObject.TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
        return { encoding: 'utf-8', bom: 0 };
    }
    catch {
        return { encoding: 'windows-1252', bom: 0 };
    }
}
/** Decode a reader input as text, chunk by chunk, with the BOM removed. */
async function* decodeStream(input) {
    const { encoding, bom } = detectEncoding(input.head);
    let decoder;
    try {
        decoder = new external_node_util_namespaceObject.TextDecoder(encoding, { ignoreBOM: false });
    }
    catch {
        throw new ReadError('unreadable-encoding');
    }
    let skip = bom;
    for await (const raw of input.stream()) {
        let chunk = raw;
        if (skip > 0) {
            const drop = Math.min(skip, chunk.length);
            chunk = chunk.subarray(drop);
            skip -= drop;
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text)
            yield text;
    }
    const rest = decoder.decode();
    if (rest)
        yield rest;
}

;// CONCATENATED MODULE: ./src/readers/text.ts

/** Plain text: prose, in chunks of lines, with the line number of each chunk's first line. */
const readText = async (input, sink) => {
    let line = 1;
    let carry = '';
    const flush = (text) => {
        if (text.length)
            sink.prose(text, { surface: 'text', line, entry: input.entry });
        line += countNewlines(text);
    };
    for await (const chunk of decodeStream(input)) {
        const text = carry + chunk;
        const cut = text.lastIndexOf('\n');
        if (cut < 0) {
            carry = text;
            if (carry.length > 1 << 20) {
                flush(carry);
                carry = '';
            }
            continue;
        }
        flush(text.slice(0, cut + 1));
        carry = text.slice(cut + 1);
    }
    flush(carry);
};
function countNewlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/readers/index.ts

const READERS = {
    text: readText,
    markdown: readText,
    html: readText,
    json: readText,
    ndjson: readText,
    delimited: readText,
    xml: readText,
    yaml: readText,
};
function readerFor(format) {
    return READERS[format];
}

;// CONCATENATED MODULE: ./src/readers/sniff.ts
function extensionOf(name) {
    const base = name.split(/[\\/]/).pop() ?? name;
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
const MEDIA = new Set([
    'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'svgz',
    'mp3', 'wav', 'ogg', 'm4a', 'flac', 'mp4', 'webm', 'mov', 'avi', 'mkv',
    'woff', 'woff2', 'ttf', 'otf', 'eot',
]);
function startsWith(head, bytes) {
    return bytes.every((b, i) => head[i] === b);
}
function sniffFormat(name, head) {
    const ext = extensionOf(name);
    if (head.length === 0)
        return 'empty';
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46]))
        return 'pdf'; // %PDF
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
        const text = Buffer.from(head).toString('latin1');
        if (text.includes('xl/'))
            return 'xlsx';
        if (text.includes('word/'))
            return 'docx';
        if (text.includes('ppt/'))
            return 'pptx';
        if (text.includes('application/vnd.oasis.opendocument.spreadsheet'))
            return 'ods';
        if (text.includes('application/vnd.oasis.opendocument.text'))
            return 'odt';
        if (['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb'].includes(ext))
            return 'xlsx';
        if (ext === 'ods')
            return 'ods';
        if (ext === 'docx' || ext === 'docm')
            return 'docx';
        if (ext === 'pptx')
            return 'pptx';
        if (ext === 'odt')
            return 'odt';
        return 'zip';
    }
    if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
        return ext === 'xls' || ext === 'xlt' ? 'xls' : 'ole';
    if (MEDIA.has(ext) && looksBinary(head))
        return 'media';
    if (looksBinary(head))
        return MEDIA.has(ext) ? 'media' : 'binary';
    return sniffText(ext, decodeHead(head));
}
/** True when the bytes are not text in any encoding the readers handle. */
function looksBinary(head) {
    const n = Math.min(head.length, 8192);
    if (n === 0)
        return false;
    // UTF-16 with a BOM, or with a zero in every other byte, is text.
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
        return false;
    let zeros = 0;
    let zerosEven = 0;
    let zerosOdd = 0;
    let control = 0;
    for (let i = 0; i < n; i++) {
        const b = head[i];
        if (b === 0) {
            zeros++;
            if (i % 2 === 0)
                zerosEven++;
            else
                zerosOdd++;
        }
        else if (b < 9 || (b > 13 && b < 32 && b !== 27))
            control++;
    }
    if (zeros > 0) {
        const half = n / 2;
        const utf16 = (zerosOdd > half * 0.7 && zerosEven === 0) || (zerosEven > half * 0.7 && zerosOdd === 0);
        return !utf16;
    }
    return control / n > 0.1;
}
function decodeHead(head) {
    if (head[0] === 0xff && head[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(head.subarray(2, 8192));
    if (head[0] === 0xfe && head[1] === 0xff)
        return new TextDecoder('utf-16be').decode(head.subarray(2, 8192));
    if (head.length > 1 && head[1] === 0 && head[0] !== 0)
        return new TextDecoder('utf-16le').decode(head.subarray(0, 8192));
    if (head.length > 1 && head[0] === 0 && head[1] !== 0)
        return new TextDecoder('utf-16be').decode(head.subarray(0, 8192));
    return new TextDecoder('utf-8').decode(head.subarray(0, 8192));
}
function sniffText(ext, text) {
    const t = text.replace(/^\ufeff/, '').trimStart();
    if (/^<\?xml[^>]*\?>\s*(<!--[\s\S]*?-->\s*)*<(html|!doctype html)/i.test(t) || /^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|table|div|p)\b/i.test(t))
        return 'html';
    if (t.startsWith('<?xml') || (t.startsWith('<') && ['xml', 'rss', 'atom', 'svg', 'kml', 'gpx'].includes(ext)))
        return 'xml';
    if (t.startsWith('[') || t.startsWith('{')) {
        if (ext === 'ndjson' || ext === 'jsonl')
            return 'ndjson';
        const firstLine = t.split('\n', 1)[0].trim();
        if (t.startsWith('{') && firstLine.endsWith('}') && t.split('\n').filter((l) => l.trim()).length > 1 && !/^\{\s*$/.test(firstLine))
            return 'ndjson';
        return 'json';
    }
    if (['html', 'htm', 'xhtml'].includes(ext))
        return 'html';
    if (['md', 'markdown', 'mdx'].includes(ext))
        return 'markdown';
    if (['yml', 'yaml'].includes(ext))
        return 'yaml';
    if (['csv', 'tsv', 'tab', 'psv', 'dsv'].includes(ext))
        return 'delimited';
    if (looksDelimited(t))
        return 'delimited';
    if (/^\s*\|.*\|\s*$/m.test(t) && /^\s*\|?\s*:?-{3,}/m.test(t))
        return 'markdown';
    return 'text';
}
/** Several lines with the same non-zero count of one delimiter. */
function looksDelimited(text) {
    const lines = text.split(/\r?\n/).filter((l) => l.length > 0).slice(0, 20);
    if (lines.length < 2)
        return false;
    for (const d of [',', '\t', ';', '|']) {
        const counts = lines.map((l) => l.split(d).length - 1);
        const first = counts[0];
        if (first > 0 && counts.filter((c) => c === first).length >= Math.ceil(lines.length * 0.8))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/scan/input.ts



const HEAD_BYTES = 64 * 1024;
/** A ReaderInput over a file on disk: the head is read once, the body streamed on demand. */
async function fileInput(path, name, size) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    let head;
    try {
        const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
    return {
        name,
        size,
        head,
        depth: 0,
        stream: () => (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: 256 * 1024 }),
        buffer: () => (0,promises_namespaceObject.readFile)(path),
    };
}
/** A ReaderInput over bytes in memory (archive entries, API blobs). */
function bufferInput(data, name, depth = 0, entry) {
    return {
        name,
        size: data.length,
        head: data.subarray(0, HEAD_BYTES),
        depth,
        entry,
        stream: () => external_node_stream_namespaceObject.Readable.from([data], { objectMode: false }),
        buffer: async () => data,
    };
}

;// CONCATENATED MODULE: ./src/scan/scan-file.ts
/**
 * One file, start to end, in the current thread: limits, format by content, the reader for it,
 * detection, and the one place where a failure becomes a `not-inspected` result. Partial
 * findings made before a failure are kept. No library message is ever passed on.
 */







async function scanFile(target, options) {
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const result = await scanFileUntimed(target, options);
    result.ms = Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started);
    return result;
}
async function scanFileUntimed(target, options) {
    const base = { path: target.displayPath, findings: [] };
    let input;
    try {
        if (target.data) {
            input = bufferInput(Buffer.from(target.data.buffer, target.data.byteOffset, target.data.byteLength), target.displayPath);
        }
        else if (target.path) {
            const info = await (0,promises_namespaceObject.stat)(target.path);
            if (!info.isFile())
                return { ...base, status: 'not-inspected', reason: 'read-error', detail: 'not a regular file' };
            if (info.size > options.limits.maxFileSize) {
                return { ...base, status: 'not-inspected', reason: 'too-large', bytes: info.size, detail: `${info.size} bytes; the limit is ${options.limits.maxFileSize}` };
            }
            input = await fileInput(target.path, target.displayPath, info.size);
        }
        else {
            return { ...base, status: 'not-inspected', reason: 'internal-error' };
        }
    }
    catch {
        return { ...base, status: 'not-inspected', reason: 'read-error' };
    }
    if (input.size > options.limits.maxFileSize) {
        return { ...base, status: 'not-inspected', reason: 'too-large', bytes: input.size, detail: `${input.size} bytes; the limit is ${options.limits.maxFileSize}` };
    }
    const format = sniffFormat(target.displayPath, input.head);
    const withFormat = { ...base, format, bytes: input.size };
    if (format === 'empty')
        return { ...withFormat, status: 'skipped', reason: 'empty' };
    if (format === 'media')
        return { ...withFormat, status: 'skipped', reason: 'binary-media' };
    const reader = readerFor(format);
    if (!reader)
        return { ...withFormat, status: 'not-inspected', reason: 'unsupported-format', detail: `no reader for ${format}` };
    const analyzer = createAnalyzer(target.displayPath, options.detect);
    let failure;
    let detail;
    try {
        await reader(input, analyzer, { limits: options.limits });
    }
    catch (error) {
        if (isReadError(error)) {
            failure = error.kind;
            detail = error.detail;
        }
        else {
            failure = 'corrupt';
        }
    }
    let findings;
    try {
        findings = analyzer.finish();
    }
    catch {
        return { ...withFormat, status: 'not-inspected', reason: 'internal-error' };
    }
    if (failure)
        return { ...withFormat, status: 'not-inspected', reason: failure, detail, findings };
    return { ...withFormat, status: 'scanned', findings };
}

;// CONCATENATED MODULE: ./src/scan/worker-entry.ts
/**
 * The scan worker: receives one file at a time, scans it (reader and detection together, so
 * whole sheets never cross threads) and sends back only the FileResult, which holds no values.
 */


const WORKER_ROLE = 'asylum-pii-gate/scan-worker';
function isScanWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.role === WORKER_ROLE;
}
let started = false;
/** Idempotent: the module starts itself when loaded as a worker; entries may call it too. */
function startWorker() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port || started)
        return;
    started = true;
    // A crafted file must not be able to pollute prototypes the scanner relies on.
    process.on('uncaughtException', () => process.exit(70));
    port.on('message', async (request) => {
        let result;
        try {
            result = await scanFile(request.target, request.options);
        }
        catch {
            result = { path: request.target.displayPath, status: 'not-inspected', reason: 'internal-error', findings: [] };
        }
        port.postMessage({ id: request.id, result });
    });
}
if (isScanWorker())
    startWorker();

;// CONCATENATED MODULE: ./src/core/model.ts
/**
 * The shapes every concern shares: what a finding is, what a file's result is, what a scan
 * report is. Nothing here may ever hold a detected value: a finding is described by rule,
 * column header (only when the header is safe to show), location and count.
 */
const SEVERITIES = ['notice', 'warning', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function isSeverity(value) {
    return typeof value === 'string' && SEVERITIES.includes(value);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
/** Every rule the gate can raise. Adding one means adding its title in RULE_TITLES. */
const RULES = (/* unused pure expression or super */ null && ([
    /** A table whose rows identify people and link them to a protection claim. */
    'person-record.protection-claim',
    /** A table whose rows identify people and carry a quasi-identifier (birthdate, nationality...). */
    'person-record.quasi-identifier',
    /** A column of immigration numbers (A-numbers, receipt numbers, I-94, SEVIS). */
    'person-record.immigration-number',
    /** A table of names with nothing sensitive beside them (a staff directory). */
    'person-record.names-only',
    /** Prose that ties a person to a protection claim. */
    'prose.protection-claim',
    /** Prose carrying an A-number or other immigration number in context. */
    'prose.immigration-number',
    /** Prose tying a name to a birthdate. */
    'prose.name-birthdate',
    /** A file path that itself carries a name or an immigration number. */
    'file-name.identifier',
    /** Document properties naming people (creator, last modified by). */
    'metadata.author',
    /** A link to an internal file share or another workbook. */
    'metadata.external-link',
    /** A user-configured recognizer matched. */
    'custom',
]));
const RULE_TITLES = {
    'person-record.protection-claim': 'Person-level records linked to a protection claim',
    'person-record.quasi-identifier': 'Person-level records with identifying details',
    'person-record.immigration-number': 'Immigration numbers',
    'person-record.names-only': 'A list of names',
    'prose.protection-claim': 'Text tying a person to a protection claim',
    'prose.immigration-number': 'Immigration number in text',
    'prose.name-birthdate': 'Name with a birthdate in text',
    'file-name.identifier': 'File name carries a personal identifier',
    'metadata.author': 'Document properties name a person',
    'metadata.external-link': 'Link to an internal file share or workbook',
    custom: 'Custom recognizer',
};
/** What a column holds, decided from its header and its values. */
const COLUMN_KINDS = (/* unused pure expression or super */ null && ([
    'full-name',
    'given-name',
    'family-name',
    'a-number',
    'receipt-number',
    'i94-number',
    'sevis-id',
    'subject-id',
    'passport-number',
    'birthdate',
    'birth-year',
    'age',
    'nationality',
    'birth-country',
    'gender',
    'facility',
    'facility-code',
    'book-in-date',
    'book-out-date',
    'protection-claim',
    'case-status',
    'case-category',
    'religion',
    'ethnicity',
    'marital-status',
    'address',
    'phone',
    'email',
    'date',
    'count',
    'other',
]));
/** Why a file could not be fully inspected. Plain words; never a library message. */
const NOT_INSPECTED_REASONS = {
    corrupt: 'the file is corrupt or not what its format claims',
    truncated: 'the file ends before its structure does (truncated)',
    'password-protected': 'the file is password-protected or encrypted',
    'too-large': 'the file is larger than the size limit',
    'too-large-decompressed': 'the file would exceed the decompressed-size limit',
    'timed-out': 'reading the file took longer than the time limit',
    'out-of-memory': 'reading the file needed more memory than the limit',
    'unreadable-encoding': 'the text encoding could not be read',
    'unsupported-format': 'the format is not supported and may hold data',
    'no-text-layer': 'the document has no text layer (a scan or image)',
    'too-deep': 'the file nests deeper than the limit',
    'too-many-entries': 'the archive holds more entries than the limit',
    'read-error': 'the file could not be read from disk',
    'internal-error': 'the scanner failed on this file',
};
const SKIP_REASONS = {
    'excluded': 'excluded by configuration',
    'allowlisted': 'allowlisted by configuration',
    'binary-media': 'an image, audio, video or font file: it holds no tabular or text data the gate reads',
    'removed': 'the file was removed',
    'empty': 'the file is empty',
};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/config/scan-options.ts

const DEFAULT_LIMITS = {
    maxFileSize: 100 * 1024 * 1024,
    maxDecompressedSize: 1024 * 1024 * 1024,
    timeoutMs: 120_000,
    memoryLimitMb: 1024,
    maxArchiveDepth: 3,
    maxArchiveEntries: 10_000,
    maxNestingDepth: 512,
};
const DEFAULT_DETECT_OPTIONS = {
    severityOverrides: {},
    headerSynonyms: {},
    customRecognizers: [],
};
function defaultConcurrency() {
    const cpus = typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length;
    return Math.max(1, Math.min(4, cpus));
}
const DEFAULT_SCAN_OPTIONS = {
    failOn: 'high',
    notInspectedBlocks: true,
    limits: DEFAULT_LIMITS,
    concurrency: defaultConcurrency(),
    detect: DEFAULT_DETECT_OPTIONS,
};
/** Fill a partial set of options with the defaults, one level deep for the nested groups. */
function resolveScanOptions(partial = {}) {
    return {
        failOn: partial.failOn ?? DEFAULT_SCAN_OPTIONS.failOn,
        notInspectedBlocks: partial.notInspectedBlocks ?? DEFAULT_SCAN_OPTIONS.notInspectedBlocks,
        concurrency: partial.concurrency ?? DEFAULT_SCAN_OPTIONS.concurrency,
        limits: { ...DEFAULT_LIMITS, ...partial.limits },
        detect: {
            severityOverrides: { ...partial.detect?.severityOverrides },
            headerSynonyms: { ...partial.detect?.headerSynonyms },
            customRecognizers: [...(partial.detect?.customRecognizers ?? [])],
        },
    };
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/scan/walk.ts


/** Folders never walked into: tooling, not published content. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/**
 * Expand the paths given on the command line into files. Directories are walked depth-first in
 * name order (stable output); symbolic links are not followed (a link could point outside the
 * tree), and are reported as files so that the scanner says it did not read them.
 */
async function expandPaths(paths, cwd = process.cwd()) {
    const out = [];
    const seen = new Set();
    const add = (path) => {
        if (seen.has(path))
            return;
        seen.add(path);
        const rel = (0,external_node_path_namespaceObject.relative)(cwd, path);
        const display = (rel && !rel.startsWith('..') ? rel : path).split(external_node_path_namespaceObject.sep).join('/');
        out.push({ path, displayPath: display });
    };
    const walk = async (dir) => {
        const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const full = (0,external_node_path_namespaceObject.join)(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await walk(full);
            }
            else {
                add(full);
            }
        }
    };
    for (const p of paths) {
        const abs = (0,external_node_path_namespaceObject.resolve)(cwd, p);
        const info = await (0,promises_namespaceObject.lstat)(abs);
        if (info.isDirectory())
            await walk(abs);
        else
            add(abs);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/verdict.ts

/** A finding blocks when it reaches the fail level and nobody accepted it. */
function findingBlocks(finding, policy) {
    return !finding.accepted && atLeast(finding.severity, policy.failOn);
}
/** How many things in this file block: blocking findings, plus the file itself when it was not read. */
function blockingCount(file, policy) {
    const own = file.status === 'not-inspected' && policy.notInspectedBlocks ? 1 : 0;
    return own + file.findings.filter((f) => findingBlocks(f, policy)).length;
}
function summarize(files, policy) {
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    let findings = 0;
    let blocking = 0;
    for (const file of files) {
        for (const f of file.findings) {
            bySeverity[f.severity] += 1;
            findings += 1;
        }
        blocking += blockingCount(file, policy);
    }
    return {
        files: files.length,
        scanned: files.filter((f) => f.status === 'scanned').length,
        skipped: files.filter((f) => f.status === 'skipped').length,
        notInspected: files.filter((f) => f.status === 'not-inspected').length,
        findings,
        blocking,
        bySeverity,
    };
}
function buildReport(files, policy, tool) {
    return {
        tool,
        failOn: policy.failOn,
        notInspectedBlocks: policy.notInspectedBlocks,
        files,
        summary: summarize(files, policy),
    };
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/scan/pool.ts
/**
 * A small pool of scan workers, reused across files (start-up is paid once per worker, not per
 * file). Each file gets a wall-clock timeout; a worker that times out, runs out of memory or
 * dies is replaced, and its file becomes `not-inspected` with a plain reason. No error text
 * from a worker is ever passed on: it could quote the file.
 */





const here = import.meta.url;
/** How to start a worker: the bundle starts itself; the TypeScript sources go through tsx. */
function spawn(options) {
    const resourceLimits = {
        maxOldGenerationSizeMb: options.limits.memoryLimitMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(16, Math.round(options.limits.memoryLimitMb / 16))),
        stackSizeMb: 8,
    };
    if (here.endsWith('.ts')) {
        const entry = (0,external_node_url_namespaceObject.pathToFileURL)((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(here)), 'worker-entry.ts')).href;
        const tsx = (0,external_node_url_namespaceObject.pathToFileURL)((0,external_node_module_namespaceObject.createRequire)(here).resolve('tsx/esm/api')).href;
        const boot = `import(${JSON.stringify(tsx.replace(/\.cjs$/, '.mjs'))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
        return new external_node_worker_threads_namespaceObject.Worker(boot, { eval: true, workerData: { role: WORKER_ROLE }, resourceLimits, stdout: true, stderr: true });
    }
    return new external_node_worker_threads_namespaceObject.Worker((0,external_node_url_namespaceObject.fileURLToPath)(here), { workerData: { role: WORKER_ROLE }, resourceLimits, stdout: true, stderr: true });
}
class ScanPool {
    options;
    slots = [];
    queue = [];
    nextId = 1;
    closed = false;
    constructor(options) {
        this.options = options;
    }
    scan(target) {
        if (this.closed)
            return Promise.resolve(failed(target, 'internal-error'));
        return new Promise((resolve) => {
            this.queue.push({ target, resolve });
            this.pump();
        });
    }
    async close() {
        this.closed = true;
        await Promise.all(this.slots.map((s) => s.worker.terminate().catch(() => undefined)));
        this.slots.length = 0;
    }
    pump() {
        while (this.queue.length) {
            let slot = this.slots.find((s) => !s.busy);
            if (!slot && this.slots.length < Math.max(1, this.options.concurrency)) {
                slot = this.newSlot();
            }
            if (!slot)
                return;
            this.run(slot, this.queue.shift());
        }
    }
    newSlot() {
        const worker = spawn(this.options);
        worker.unref();
        // Anything a worker prints is dropped: it could quote a file.
        worker.stdout?.resume();
        worker.stderr?.resume();
        const slot = { worker, busy: false };
        this.slots.push(slot);
        return slot;
    }
    retire(slot) {
        const i = this.slots.indexOf(slot);
        if (i >= 0)
            this.slots.splice(i, 1);
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        void slot.worker.terminate().catch(() => undefined);
    }
    run(slot, job) {
        slot.busy = true;
        const id = this.nextId++;
        const { worker } = slot;
        let done = false;
        const finish = (result, healthy) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            if (healthy) {
                slot.busy = false;
                worker.unref();
            }
            else
                this.retire(slot);
            job.resolve(result);
            this.pump();
        };
        const onMessage = (message) => {
            if (message?.id === id)
                finish(message.result, true);
        };
        const onError = (error) => {
            const code = error?.code;
            finish(failed(job.target, code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'internal-error'), false);
        };
        const onExit = () => finish(failed(job.target, 'internal-error'), false);
        const timer = setTimeout(() => finish(failed(job.target, 'timed-out'), false), this.options.limits.timeoutMs);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.ref();
        const request = { id, target: job.target, options: this.options };
        worker.postMessage(request);
    }
}
function failed(target, reason) {
    return { path: target.displayPath, status: 'not-inspected', reason, findings: [] };
}

;// CONCATENATED MODULE: ./src/core/tool.ts
/** The tool's name and version as reports show them. Kept in step with package.json by a test. */
const TOOL = { name: 'asylum-pii-gate', version: '0.1.0' };

;// CONCATENATED MODULE: ./src/scan/scanner.ts



async function scanTargets(targets, options, hooks = {}) {
    const pool = new ScanPool(options);
    let done = 0;
    try {
        return await Promise.all(targets.map(async (t) => {
            const r = await pool.scan(t);
            done += 1;
            hooks.onProgress?.({ done, total: targets.length });
            return r;
        }));
    }
    finally {
        await pool.close();
    }
}
async function scan(targets, options, hooks = {}) {
    const files = await scanTargets(targets, options, hooks);
    return buildReport(files, options, TOOL);
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON report: one document, every file's status and findings. Holds no detected value. */
function toJson(report) {
    return `${JSON.stringify({ $schema: 'asylum-pii-gate/report-v1', ...report }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/safe-text.ts
/**
 * Untrusted text (file paths, sheet names, header text) made safe to show: control characters
 * and line breaks removed, length bounded. Format-specific escaping (Markdown, HTML, workflow
 * commands) happens in the reporter on top of this.
 */
function displayText(text, max = 80) {
    // eslint-disable-next-line no-control-regex
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
    if (flat.length <= max)
        return flat;
    return `${flat.slice(0, max - 1)}…`;
}
/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
function columnLetter(index) {
    let n = index + 1;
    let out = '';
    while (n > 0) {
        const rem = (n - 1) % 26;
        out = String.fromCharCode(65 + rem) + out;
        n = Math.floor((n - 1) / 26);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** Text for people, grouped by file. (Minimal; the reporting work extends it.) */
function toText(report) {
    const lines = [];
    for (const file of report.files) {
        if (file.status === 'scanned' && file.findings.length === 0)
            continue;
        const blocks = blockingCount(file, report) > 0;
        lines.push(`${blocks ? 'BLOCK' : 'note '} ${displayText(file.path, 200)}`);
        if (file.status === 'not-inspected')
            lines.push(`  not inspected: ${NOT_INSPECTED_REASONS[file.reason] ?? file.reason}`);
        if (file.status === 'skipped')
            lines.push(`  skipped: ${SKIP_REASONS[file.reason] ?? file.reason}`);
        for (const f of file.findings)
            lines.push(`  [${f.severity}] ${f.message}`);
    }
    const s = report.summary;
    lines.push(`${s.files} files: ${s.scanned} scanned, ${s.skipped} skipped, ${s.notInspected} not inspected; ${s.findings} findings, ${s.blocking} blocking (fail level: ${report.failOn}).`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `asylum-pii-gate scan [--format text|json|sarif] [--output FILE] [--fail-on LEVEL] PATH...`
 * Exit 0 when nothing blocks, 1 when something blocks, 2 for a usage error.
 */







const USAGE = 'usage: asylum-pii-gate scan [--format text|json|sarif] [--output FILE] [--fail-on notice|warning|high|critical] PATH...\n';
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    if (command !== 'scan') {
        io.stderr(USAGE);
        return 2;
    }
    let format = 'text';
    let output;
    let failOn = 'high';
    const paths = [];
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        if (a === '--format')
            format = rest[++i] ?? '';
        else if (a === '--output')
            output = rest[++i];
        else if (a === '--fail-on')
            failOn = rest[++i] ?? '';
        else if (a.startsWith('-')) {
            io.stderr(USAGE);
            return 2;
        }
        else
            paths.push(a);
    }
    if (!paths.length || !['text', 'json'].includes(format) || !isSeverity(failOn)) {
        io.stderr(USAGE);
        return 2;
    }
    const options = resolveScanOptions({ failOn });
    let files;
    try {
        files = await expandPaths(paths, io.cwd);
    }
    catch {
        io.stderr('asylum-pii-gate: a path could not be read\n');
        return 2;
    }
    const report = await scan(files, options);
    const text = format === 'json' ? toJson(report) : toText(report);
    if (output)
        await (0,promises_namespaceObject.writeFile)(output, text);
    else
        io.stdout(text);
    return report.summary.blocking > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** Command-line entry. The same bundle is also the scan worker (see scan/pool.ts). */


if (isScanWorker()) {
    startWorker();
}
else {
    runCli(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
    }).then((code) => {
        process.exitCode = code;
    }, () => {
        process.stderr.write('asylum-pii-gate: internal error\n');
        process.exitCode = 1;
    });
}

