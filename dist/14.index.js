export const id = 14;
export const ids = [14];
export const modules = {

/***/ 5702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ resolveScanOptions),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
/* unused harmony exports DEFAULT_DETECT_OPTIONS, defaultConcurrency, DEFAULT_SCAN_OPTIONS */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

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
    const cpus = typeof (node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism() : node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus().length;
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


/***/ }),

/***/ 606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ kindWords),
/* harmony export */   df: () => (/* binding */ describePlace),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   jb: () => (/* binding */ describeFinding)
/* harmony export */ });
/* unused harmony exports describeColumn, singular */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4146);
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3712);


/** Human words for what a column holds. */
const KIND_WORDS = {
    'full-name': 'name',
    'given-name': 'given name',
    'family-name': 'family name',
    'a-number': 'A-number',
    'receipt-number': 'USCIS receipt number',
    'i94-number': 'I-94 number',
    'sevis-id': 'SEVIS ID',
    'subject-id': 'subject/case ID',
    'passport-number': 'passport number',
    birthdate: 'birthdate',
    'birth-year': 'birth year',
    age: 'age',
    nationality: 'nationality',
    'birth-country': 'birth country',
    gender: 'gender',
    facility: 'detention facility',
    'facility-code': 'facility code',
    'book-in-date': 'book-in date',
    'book-out-date': 'book-out date',
    'protection-claim': 'protection claim',
    'case-status': 'case status',
    'case-category': 'case category',
    religion: 'religion',
    ethnicity: 'ethnicity',
    'marital-status': 'marital status',
    address: 'address',
    phone: 'phone number',
    email: 'email address',
    date: 'date',
    count: 'count',
    other: 'other',
};
function kindWords(kind) {
    return KIND_WORDS[kind] ?? kind;
}
function quote(text) {
    return `'${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(text, 60).replace(/'/g, '’')}'`;
}
function describeColumn(column) {
    const where = column.letter ?? `#${column.index + 1}`;
    const header = column.header ? ` ${quote(column.header)}` : '';
    return `${where}${header} (${kindWords(column.kind)})`;
}
/** "archive.zip entry 'x.csv', sheet 'Roster' (hidden), comments" — the place, without counts. */
function describePlace(location) {
    const parts = [];
    if (location.entry)
        parts.push(`entry ${quote(location.entry)}`);
    if (location.page !== undefined)
        parts.push(`page ${location.page}`);
    if (location.sheet !== undefined) {
        const state = location.sheetState === 'hidden' ? ' (hidden sheet)' : location.sheetState === 'very-hidden' ? ' (very hidden sheet)' : '';
        parts.push(`sheet ${quote(location.sheet)}${state}`);
    }
    if (location.surface && location.surface !== 'cells' && location.surface !== 'text' && location.surface !== 'table') {
        parts.push(location.surface.replace(/-/g, ' '));
    }
    return parts.join(', ');
}
function range(word, r) {
    if (!r)
        return '';
    return r.first === r.last ? `${word} ${r.first}` : `${word}s ${r.first}–${r.last}`;
}
/**
 * The one sentence every output uses for a finding. Only structure goes in: rule title, place,
 * column letters and safe headers, counts, row ranges and hidden flags.
 */
function describeFinding(rule, location, count, unit = 'person rows') {
    const bits = [];
    const place = describePlace(location);
    if (place)
        bits.push(place);
    const transposed = location.personColumns;
    if (location.columns?.length && transposed) {
        const fields = location.columns
            .map((c) => `row ${c.index + 1}${c.header ? ` ${quote(c.header)}` : ''} (${kindWords(c.kind)})`)
            .join(', ');
        bits.push(`one person per column, fields ${fields}`);
    }
    else if (location.columns?.length) {
        const cols = location.columns.map(describeColumn).join(', ');
        bits.push(`column${location.columns.length === 1 ? '' : 's'} ${cols}`);
    }
    const where = bits.length ? `${bits.join(', ')}: ` : '';
    // A transposed table's people are columns (letters), its fields are the rows named above.
    const rows = transposed
        ? transposed.first === transposed.last
            ? `column ${transposed.first}`
            : `columns ${transposed.first}–${transposed.last}`
        : range('row', location.rows);
    const lines = range('line', location.lines);
    const span = [rows, lines].filter(Boolean).join(', ');
    const hidden = [];
    if (location.hiddenRows)
        hidden.push(`${location.hiddenRows} in hidden rows`);
    if (location.hiddenColumns?.length)
        hidden.push(`hidden column${location.hiddenColumns.length === 1 ? '' : 's'} ${location.hiddenColumns.join(', ')}`);
    const extra = [span, ...hidden].filter(Boolean).join('; ');
    const what = transposed && unit === 'person rows' ? 'person columns' : unit;
    return `${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_TITLES */ .Zz[rule]} — ${where}${count} ${count === 1 ? singular(what) : what}${extra ? ` (${extra})` : ''}`;
}
/** "person rows" → "person row", "properties" → "property". */
function singular(unit) {
    if (unit.endsWith('ies'))
        return `${unit.slice(0, -3)}y`;
    return unit.replace(/s$/, '');
}


/***/ }),

/***/ 5527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A finding's identity for waivers and accepted-finding lists. It is built from the file path,
 * the rule and the structural place (archive entry, sheet, surface, column kinds and indexes),
 * never from a value: a hash of a nine-digit A-number can be reversed by trying all 10^9.
 * Row ranges are left out so that adding a row to an accepted roster keeps its fingerprint.
 */
function fingerprint(path, rule, location) {
    const columns = (location.columns ?? []).map((c) => `${c.index}:${c.kind}`).join(',');
    const parts = [
        path,
        rule,
        location.entry ?? '',
        location.sheet ?? '',
        location.surface ?? '',
        location.page === undefined ? '' : String(location.page),
        columns,
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}


/***/ }),

/***/ 4146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ COLUMN_KINDS),
/* harmony export */   Zz: () => (/* binding */ RULE_TITLES),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   eI: () => (/* binding */ SKIP_REASONS),
/* harmony export */   ev: () => (/* binding */ NOT_INSPECTED_REASONS),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
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
const RULES = [
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
];
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
const COLUMN_KINDS = [
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
];
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
    'stored-in-git-lfs': 'the file is stored in Git LFS: only its pointer was in the checkout',
    'link-out-of-repository': 'the file is a symbolic link that points out of the repository',
    'link-to-folder': 'the file is a symbolic link to a folder, whose files a site build would publish',
    'not-reached': 'the run’s overall time budget ran out before this file was reached',
};
const SKIP_REASONS = {
    excluded: 'excluded by configuration',
    allowlisted: 'allowlisted by configuration',
    'binary-media': 'an image, audio, video or font file: it holds no tabular or text data the gate reads',
    'os-metadata': 'a Finder or Windows folder file (.DS_Store, ._ resource fork, Thumbs.db): it holds folder settings and thumbnails, not records',
    'geometry-only': 'a shapefile geometry, index or projection part: it holds shapes and coordinates; the records are in the .dbf',
    removed: 'the file was removed',
    empty: 'the file is empty',
};


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ entryCarriesIdentifier),
/* harmony export */   CA: () => (/* binding */ redactIdentifiers),
/* harmony export */   Pg: () => (/* binding */ shownFinding),
/* harmony export */   Sh: () => (/* binding */ pathCarriesIdentifier),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* unused harmony exports REDACTED, redactPath, shownFingerprint */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(606);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5527);
/**
 * A path that itself carries an identifier (`cases/Garcia_Jose_A012345678.pdf`) must not be
 * repeated by the reports that point at it. When detection raised 'file-name.identifier' for a
 * file, every output shows its path with the identifying parts replaced by `…`; when it raised
 * it for an entry inside an archive, the entry names are shown redacted the same way, in the
 * location, in the message and in the fingerprint.
 */


const REDACTED = '…';
/** Seven or more digits: an A-number (with or without its leading zeros) or a similar number. */
const LONG_DIGITS = /\d{7,}/g;
/**
 * A capitalised word: an upper-case letter followed by at least one more letter (accents,
 * apostrophes and inner hyphens included), such as Garcia, GARCIA, O'Brien, Núñez, Saint-Fleur.
 */
const NAME_LIKE = /\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*[\p{L}\p{M}]/gu;
/** A short extension stays: it tells the reader what kind of file it is and names no one. */
const EXTENSION = /(\.[A-Za-z0-9]{1,5})$/;
function redactSegment(segment) {
    const ext = EXTENSION.exec(segment);
    const stem = ext && ext.index > 0 ? segment.slice(0, ext.index) : segment;
    const tail = ext && ext.index > 0 ? ext[1] : '';
    const redacted = stem.replace(LONG_DIGITS, REDACTED).replace(NAME_LIKE, REDACTED);
    return redacted + tail;
}
/** Replace long digit runs and capitalised name-like words in every segment of a path. */
function redactIdentifiers(path) {
    return path
        .split(/(?=[/!])|(?<=[/!])/)
        .map((part) => (part === '/' || part === '!' ? part : redactSegment(part)))
        .join('');
}
const fileNameFindings = (findings) => findings.filter((f) => f.rule === 'file-name.identifier');
/** Whether the file's own path carries an identifier (a file-name finding not about an archive entry). */
function pathCarriesIdentifier(findings) {
    return fileNameFindings(findings).some((f) => f.location.entry === undefined);
}
/** Whether the name of an entry inside the file (an archive) carries an identifier. */
function entryCarriesIdentifier(findings) {
    return fileNameFindings(findings).some((f) => f.location.entry !== undefined);
}
/** The path to show for a file: as given, or redacted when the path itself carries an identifier. */
function redactPath(path, findings) {
    return pathCarriesIdentifier(findings) ? redactIdentifiers(path) : path;
}
/** Convenience for reporters: the path to show for a file result. */
function shownPath(file) {
    return redactPath(file.path, file.findings);
}
/**
 * A finding as reports show it. Unchanged unless the file's path or an entry name in it carries
 * an identifier; then the entry name is redacted in the location and in the message, and the
 * fingerprint is taken over the redacted path and entry: a hash over a name holding an A-number
 * could be reversed by trying all 10^9 numbers.
 */
function shownFinding(file, finding) {
    const redactFilePath = pathCarriesIdentifier(file.findings);
    const redactEntries = entryCarriesIdentifier(file.findings);
    if (!redactFilePath && !redactEntries)
        return finding;
    const entry = finding.location.entry;
    const shownEntry = redactEntries && entry !== undefined ? redactIdentifiers(entry) : entry;
    const location = shownEntry === entry ? finding.location : { ...finding.location, entry: shownEntry };
    const message = shownEntry === entry ? finding.message : finding.message.split((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(entry)).join((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(shownEntry));
    const path = redactFilePath ? redactIdentifiers(file.path) : file.path;
    return { ...finding, message, location, fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .R)(path, finding.rule, location) };
}
/** The fingerprint to show for a finding (see shownFinding). */
function shownFingerprint(file, finding) {
    return shownFinding(file, finding).fingerprint;
}


/***/ }),

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ columnLetter),
/* harmony export */   W: () => (/* binding */ displayText)
/* harmony export */ });
/**
 * Untrusted text (file paths, sheet names, header text) made safe to show: control characters
 * and line breaks removed, length bounded. Format-specific escaping (Markdown, HTML, workflow
 * commands) happens in the reporter on top of this.
 */
function displayText(text, max = 80) {
    const flat = text
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
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


/***/ }),

/***/ 7955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ LFS_POINTER_MAX_BYTES),
/* harmony export */   jD: () => (/* binding */ LFS_ADVICE),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/**
 * Git LFS pointer files: the small text blob git stores in place of a file kept in LFS
 * (`version https://git-lfs.github.com/spec/v1`, `oid sha256:<64 hex>`, `size <bytes>`). A
 * pointer names a file the gate has not seen, so it is never "scanned": the scanner reports it
 * as not inspected, and the Action scans the real file only when the checkout holds bytes whose
 * SHA-256 and size are the pointer's.
 */
/** The spec caps a pointer at 1024 bytes. */
const LFS_POINTER_MAX_BYTES = 1024;
const VERSION = /^version https:\/\/(?:git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n/;
/** The pointer's oid and size, or undefined when the bytes are not an LFS pointer. */
function parseLfsPointer(bytes) {
    if (bytes.length === 0 || bytes.length > LFS_POINTER_MAX_BYTES)
        return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/\r\n/g, '\n');
    if (!VERSION.test(text))
        return undefined;
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
    const size = /^size (\d{1,15})$/m.exec(text)?.[1];
    if (!oid || size === undefined)
        return undefined;
    return { oid, size: Number(size) };
}
/** What to do about a pointer, for the not-inspected detail. */
const LFS_ADVICE = 'check the repository out with Git LFS (actions/checkout with `lfs: true`) so the gate can read the real file';


/***/ }),

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ PausableTimer),
/* harmony export */   n: () => (/* binding */ timerDelay)
/* harmony export */ });
/* harmony import */ var _config_scan_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5702);
/**
 * Timers for the per-file time limits: a limit as a timer delay, and a timer whose clock stops
 * while reader code loads.
 */

/** The longest delay a Node timer takes; anything longer fires at once (with a warning). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * A time limit as a timer delay: over the timer's range it is the longest delay (about 24 days)
 * rather than Node's "fire now"; a limit that is not a positive number means the default.
 */
function timerDelay(ms) {
    if (!(ms > 0))
        return _config_scan_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LIMITS */ .dR.timeoutMs;
    return Math.min(ms, MAX_TIMER_MS);
}
/**
 * A one-shot timer whose clock can stop: a file's time limit, stopped while reader code loads
 * (readers/loading.ts). Stopped time is bounded on its own: past `pauseLimitMs` in all,
 * `onPauseLimit` fires (left out, a stopped timer simply waits).
 */
class PausableTimer {
    onTimeout;
    pauseLimitMs;
    onPauseLimit;
    timer;
    remaining;
    since = performance.now();
    pausedSince;
    paused = 0;
    done = false;
    constructor(ms, onTimeout, pauseLimitMs = Infinity, onPauseLimit) {
        this.onTimeout = onTimeout;
        this.pauseLimitMs = pauseLimitMs;
        this.onPauseLimit = onPauseLimit;
        this.remaining = ms;
        this.arm(ms, onTimeout);
    }
    /** Stop the clock (nothing if stopped already or over). */
    pause() {
        if (this.done || this.pausedSince !== undefined)
            return;
        const now = performance.now();
        this.remaining -= now - this.since;
        this.pausedSince = now;
        clearTimeout(this.timer);
        this.timer = undefined;
        if (this.onPauseLimit)
            this.arm(this.pauseLimitMs - this.paused, this.onPauseLimit);
    }
    /** Start the clock again with the time that was left. */
    resume() {
        if (this.done || this.pausedSince === undefined)
            return;
        const now = performance.now();
        this.paused += now - this.pausedSince;
        this.pausedSince = undefined;
        this.since = now;
        clearTimeout(this.timer);
        this.arm(this.remaining, this.onTimeout);
    }
    clear() {
        this.done = true;
        clearTimeout(this.timer);
        this.timer = undefined;
    }
    arm(ms, fire) {
        this.timer = setTimeout(() => {
            this.done = true;
            fire();
        }, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    }
}


/***/ })

};
