export const id = 607;
export const ids = [607];
export const modules = {

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

/***/ 5742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ fileNameText)
/* harmony export */ });
/**
 * A path as words, so that detection can read it as text: `cases/Garcia_Jose_A012345678.pdf`
 * → `cases Garcia Jose A012345678 pdf`. The separators people use in file names (slashes,
 * underscores, hyphens, dots) become spaces; the words themselves are kept as they are.
 */
function fileNameText(path) {
    return path
        .split(/[/\\_.\-\s]+/)
        .filter((w) => w.length > 0)
        .join(' ');
}


/***/ }),

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sniffMail),
/* harmony export */   g: () => (/* binding */ MBOX_FROM)
/* harmony export */ });
/**
 * Whether a text is an e-mail message (RFC 5322: header fields, a blank line, a body) or an
 * mbox mailbox (messages each opened by a `From ` line), decided by content: header fields only
 * until the first blank line, and fields that only mail carries.
 */
/** A header field: a name of printable characters other than the colon, then a colon. */
const FIELD = /^([!-9;-~]+):/;
/** Fields that only mail carries (set by mail servers and clients). */
const MAIL_ONLY = new Set([
    'message-id',
    'mime-version',
    'received',
    'return-path',
    'delivered-to',
    'x-mailer',
    'dkim-signature',
    'x-originating-ip',
    'thread-index',
    'in-reply-to',
    'references',
    'x-ms-exchange-organization-authas',
    'arc-seal',
    'authentication-results',
    'x-received',
]);
/** Fields a memo written as text can carry too. */
const ADDRESSING = new Set(['from', 'to', 'cc', 'subject', 'date', 'reply-to', 'sender']);
const MAIL_EXTENSIONS = new Set(['eml', 'mbox', 'mbx', 'mail', 'msg', 'emlx']);
/** Files whose own syntax also has `name: value` lines: only fields that only mail carries decide. */
const STRUCTURED_EXTENSIONS = new Set([
    'yml',
    'yaml',
    'json',
    'csv',
    'tsv',
    'md',
    'markdown',
    'toml',
    'ini',
    'cfg',
    'conf',
    'properties',
    'http',
]);
/** An mbox separator line: `From <sender> <date>` (asctime-style, ending in a year). */
const MBOX_FROM = /^From [^\r\n]*\d{4}\s*$/;
function sniffMail(text, ext) {
    const lines = text.split(/\r?\n/, 400);
    let start = 0;
    let mbox = false;
    if (lines[0]?.startsWith('From ')) {
        if (!MBOX_FROM.test(lines[0]))
            return undefined;
        mbox = true;
        start = 1;
    }
    const names = new Set();
    let ended = false;
    for (let i = start; i < lines.length; i++) {
        const line = lines[i];
        if (line === '') {
            ended = true;
            break;
        }
        if (/^[ \t]/.test(line) && names.size > 0)
            continue;
        const field = FIELD.exec(line);
        if (!field)
            return undefined;
        names.add(field[1].toLowerCase());
    }
    // A header block cut by the end of the head still counts; a text that is only fields does not.
    if (!ended && lines.length < 400 && names.size < 4)
        return undefined;
    const mailOnly = [...names].filter((n) => MAIL_ONLY.has(n)).length;
    const addressing = [...names].filter((n) => ADDRESSING.has(n)).length;
    const isMail = (mailOnly >= 1 && addressing >= 1) ||
        mailOnly >= 2 ||
        (!STRUCTURED_EXTENSIONS.has(ext) && names.has('from') && names.has('date') && (names.has('to') || names.has('subject'))) ||
        (MAIL_EXTENSIONS.has(ext) && addressing >= 2);
    if (!isMail)
        return undefined;
    return mbox || ext === 'mbox' || ext === 'mbx' ? 'mbox' : 'email';
}


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ METHOD_DEFLATE),
/* harmony export */   OD: () => (/* binding */ totalUncompressedSize),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   j2: () => (/* binding */ findZipEntry),
/* harmony export */   kT: () => (/* binding */ listZipEntries),
/* harmony export */   ul: () => (/* binding */ zipEntryChunks),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED)
/* harmony export */ });
/* unused harmony exports looksLikeZip, crc32 */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/**
 * A small zip container reader over a Buffer, using only node:zlib. It reads the central
 * directory (never trusting local headers for sizes) and inflates one entry at a time with a
 * hard output bound, so a size field that lies cannot turn into a decompression bomb.
 *
 * Every failure is a ReadError with a named kind; zlib's own messages are never passed on.
 */



const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** True when the bytes start like a zip (a local header or an empty archive's end record). */
function looksLikeZip(buf) {
    return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && ((buf[2] === 3 && buf[3] === 4) || (buf[2] === 5 && buf[3] === 6));
}
/** Entries from the central directory, in directory order. */
function listZipEntries(buf, options = {}) {
    const end = findEndOfCentralDirectory(buf);
    const directory = readDirectoryBounds(buf, end);
    if (options.maxEntries !== undefined && directory.count > options.maxEntries) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('too-many-entries', `${directory.count} entries; the limit is ${options.maxEntries}`);
    }
    const entries = [];
    let at = directory.offset;
    const stop = directory.offset + directory.size;
    for (let i = 0; i < directory.count; i++) {
        if (at + 46 > stop || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip central directory is malformed');
        const entry = readCentralEntry(buf, at, stop);
        entries.push(entry.entry);
        at = entry.next;
    }
    return entries;
}
function totalUncompressedSize(entries) {
    let total = 0;
    for (const e of entries)
        total += e.uncompressedSize;
    return total;
}
/**
 * The entry's bytes, inflated with at most `maxBytes` of output. A declared or actual size over
 * the bound → ReadError('too-large-decompressed'); bytes whose CRC-32 does not match the
 * directory (a damaged or altered part) → ReadError('corrupt').
 */
function readZipEntry(buf, entry, maxBytes) {
    const out = inflateZipEntry(buf, entry, maxBytes);
    if (crc32(out) !== entry.crc32)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip entry fails its checksum');
    return out;
}
function inflateZipEntry(buf, entry, maxBytes) {
    if (entry.encrypted)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('password-protected', 'zip entry is encrypted');
    if (entry.uncompressedSize > maxBytes)
        throw tooLarge(maxBytes);
    const data = compressedData(buf, entry);
    if (entry.method === METHOD_STORED) {
        if (data.length > maxBytes)
            throw tooLarge(maxBytes);
        return data;
    }
    if (entry.method !== METHOD_DEFLATE)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', `zip compression method ${entry.method}`);
    if (data.length === 0)
        return Buffer.alloc(0);
    try {
        // maxOutputLength must be at least 1; a zero budget still rejects any real output below.
        const out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(data, { maxOutputLength: Math.max(1, maxBytes) });
        if (out.length > maxBytes)
            throw tooLarge(maxBytes);
        return out;
    }
    catch (error) {
        if (error instanceof _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F)
            throw error;
        const code = error?.code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
            throw tooLarge(maxBytes);
        if (code === 'Z_BUF_ERROR')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'zip entry ends early');
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip entry does not inflate');
    }
}
/** The entry with this exact name, or undefined. */
function findZipEntry(entries, name) {
    return entries.find((e) => e.name === name);
}
const CRC_TABLE = (() => {
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c;
    }
    return table;
})();
const nativeCrc32 = node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32;
/** CRC-32 (zip's checksum): node:zlib's where it exists (Node ≥ 22.2), a table otherwise. */
function crc32(data) {
    if (nativeCrc32)
        return nativeCrc32(data) >>> 0;
    let c = -1;
    for (let i = 0; i < data.length; i++)
        c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
}
function tooLarge(maxBytes) {
    return new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('too-large-decompressed', `more than ${maxBytes} bytes after decompression`);
}
function findEndOfCentralDirectory(buf) {
    const lowest = Math.max(0, buf.length - EOCD_MIN - MAX_COMMENT);
    for (let at = buf.length - EOCD_MIN; at >= lowest; at--) {
        if (buf[at] !== 0x50 || buf.readUInt32LE(at) !== EOCD_SIGNATURE)
            continue;
        const commentLength = buf.readUInt16LE(at + 20);
        if (at + EOCD_MIN + commentLength > buf.length)
            continue;
        return {
            at,
            count: buf.readUInt16LE(at + 10),
            size: buf.readUInt32LE(at + 12),
            offset: buf.readUInt32LE(at + 16),
        };
    }
    // A zip with its tail cut off has lost its end record but still starts like a zip.
    if (looksLikeZip(buf))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'zip end-of-directory record is missing');
    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'not a zip container');
}
function readDirectoryBounds(buf, end) {
    let { count, size, offset } = end;
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
        const locator = end.at - 20;
        if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip64 locator is missing');
        const record = readSafeUInt64(buf, locator + 8);
        if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip64 end record is malformed');
        count = readSafeUInt64(buf, record + 32);
        size = readSafeUInt64(buf, record + 40);
        offset = readSafeUInt64(buf, record + 48);
    }
    if (offset + size > buf.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'zip central directory lies past the end of the file');
    // Each central record is at least 46 bytes: a count the directory cannot hold is a lie.
    if (count * 46 > size)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip entry count does not fit its directory');
    return { count, size, offset };
}
function readCentralEntry(buf, at, stop) {
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    let compressedSize = buf.readUInt32LE(at + 20);
    let uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    let localHeaderOffset = buf.readUInt32LE(at + 42);
    const nameStart = at + 46;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > stop)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip central directory is malformed');
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', nameStart, nameStart + nameLength);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        const zip64 = readZip64Extra(buf, nameStart + nameLength, extraLength, {
            uncompressed: uncompressedSize === 0xffffffff,
            compressed: compressedSize === 0xffffffff,
            offset: localHeaderOffset === 0xffffffff,
        });
        uncompressedSize = zip64.uncompressed ?? uncompressedSize;
        compressedSize = zip64.compressed ?? compressedSize;
        localHeaderOffset = zip64.offset ?? localHeaderOffset;
    }
    return {
        entry: {
            name,
            compressedSize,
            uncompressedSize,
            method,
            localHeaderOffset,
            encrypted: (flags & 1) === 1,
            isDirectory: name.endsWith('/'),
            crc32: buf.readUInt32LE(at + 16),
        },
        next,
    };
}
function readZip64Extra(buf, start, length, want) {
    let at = start;
    const stop = start + length;
    while (at + 4 <= stop) {
        const id = buf.readUInt16LE(at);
        const size = buf.readUInt16LE(at + 2);
        if (id === 0x0001) {
            let p = at + 4;
            const take = () => {
                if (p + 8 > at + 4 + size)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip64 extra field is malformed');
                const v = readSafeUInt64(buf, p);
                p += 8;
                return v;
            };
            const out = {};
            if (want.uncompressed)
                out.uncompressed = take();
            if (want.compressed)
                out.compressed = take();
            if (want.offset)
                out.offset = take();
            return out;
        }
        at += 4 + size;
    }
    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip64 extra field is missing');
}
function readSafeUInt64(buf, at) {
    if (at + 8 > buf.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'zip record ends early');
    const value = buf.readBigUInt64LE(at);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip size field is out of range');
    return Number(value);
}
function compressedData(buf, entry) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'zip entry lies past the end of the file');
    if (buf.readUInt32LE(at) !== LOCAL_SIGNATURE)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip local header is malformed');
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const stop = start + entry.compressedSize;
    if (stop > buf.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'zip entry lies past the end of the file');
    return buf.subarray(start, stop);
}
/**
 * The entry's bytes as chunks, inflated as a stream (never the whole part in memory), checked
 * against `maxBytes` as they come and against the directory's CRC-32 at the end. Each chunk's
 * size is passed to `spend` first (the shared decompressed-size budget).
 */
async function* zipEntryChunks(buf, entry, maxBytes, spend = () => undefined) {
    if (entry.encrypted)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('password-protected', 'zip entry is encrypted');
    if (entry.uncompressedSize > maxBytes)
        throw tooLarge(maxBytes);
    const data = compressedData(buf, entry);
    let total = 0;
    let crc = 0;
    const take = (chunk) => {
        total += chunk.length;
        if (total > maxBytes)
            throw tooLarge(maxBytes);
        spend(chunk.length);
        crc = nativeCrc32 ? node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(chunk, crc) : 0;
    };
    if (entry.method === METHOD_STORED) {
        for (let at = 0; at < data.length; at += 1 << 20) {
            const chunk = data.subarray(at, Math.min(data.length, at + (1 << 20)));
            take(chunk);
            yield chunk;
        }
    }
    else if (entry.method === METHOD_DEFLATE) {
        const inflate = node_zlib__WEBPACK_IMPORTED_MODULE_0__.createInflateRaw({ chunkSize: 1 << 18 });
        inflate.end(data);
        try {
            for await (const chunk of inflate) {
                take(chunk);
                yield chunk;
            }
        }
        catch (error) {
            if (error instanceof _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F)
                throw error;
            const code = error?.code;
            if (code === 'Z_BUF_ERROR')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('truncated', 'zip entry ends early');
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip entry does not inflate');
        }
        finally {
            inflate.destroy();
        }
    }
    else
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', `zip compression method ${entry.method}`);
    if (nativeCrc32 && crc >>> 0 !== entry.crc32 >>> 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt', 'zip entry fails its checksum');
}


/***/ }),

/***/ 1129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kH: () => (/* binding */ sniffDataFormat),
/* harmony export */   zT: () => (/* binding */ dbfFieldsFit)
/* harmony export */ });
/* unused harmony exports R_EXTENSIONS, isRSerialization, gunzipHead, looksDbf */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The data formats by their content: Parquet, Arrow IPC / Feather, SQLite, R's serialization
 * (plain or gzip-compressed: R compresses by default), and dBase tables. The extension only
 * decides where the content alone cannot: an Arrow stream (no magic) and an R file compressed
 * with bzip2 or xz (the gate does not decompress those to look).
 */

const ascii = (s) => Array.from(s, (c) => c.charCodeAt(0));
const SQLITE = ascii('SQLite format 3\u0000');
const ARROW_FILE = ascii('ARROW1');
const FEATHER_V1 = ascii('FEA1');
const PARQUET = ascii('PAR1');
function startsWith(head, bytes, at = 0) {
    return head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
}
const R_EXTENSIONS = new Set(['rds', 'rda', 'rdata']);
function sniffDataFormat(ext, head) {
    if (startsWith(head, SQLITE))
        return 'sqlite';
    if (startsWith(head, PARQUET))
        return 'parquet';
    if (startsWith(head, ARROW_FILE) || startsWith(head, FEATHER_V1))
        return 'arrow';
    // An Arrow IPC stream opens with a continuation marker and a message length: too weak alone.
    if (['arrow', 'arrows', 'feather', 'ipc'].includes(ext) && startsWith(head, [0xff, 0xff, 0xff, 0xff]) && head.length >= 8)
        return 'arrow';
    if (isRSerialization(head))
        return 'rdata';
    if (head[0] === 0x1f && head[1] === 0x8b && isRSerialization(gunzipHead(head)))
        return 'rdata';
    // bzip2 ("BZh") or xz: only the name can say it is R data without decompressing.
    if (R_EXTENSIONS.has(ext) && (startsWith(head, ascii('BZh')) || startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
        return 'rdata';
    if (looksDbf(head))
        return 'dbf';
    return undefined;
}
/** R's serialize() / save() headers: `RDX2`/`RDX3`/`RDA3`/`RDB3` (save), then `X`, `A` or `B` (serialize). */
function isRSerialization(head) {
    let at = 0;
    if (head.length >= 5 &&
        head[0] === 0x52 &&
        head[1] === 0x44 &&
        [0x41, 0x42, 0x58].includes(head[2]) &&
        (head[3] === 0x32 || head[3] === 0x33) &&
        head[4] === 0x0a)
        at = 5;
    const form = head[at];
    if (head[at + 1] !== 0x0a)
        return false;
    if (form === 0x58)
        return (head.length >= at + 6 && head[at + 2] === 0 && head[at + 3] === 0 && head[at + 4] === 0 && (head[at + 5] === 2 || head[at + 5] === 3));
    if (form === 0x42)
        return (head.length >= at + 6 && (head[at + 2] === 2 || head[at + 2] === 3) && head[at + 3] === 0 && head[at + 4] === 0 && head[at + 5] === 0);
    if (form === 0x41)
        return /^[23]\n\d+\n\d+\n/.test(Buffer.from(head.subarray(at + 2, at + 40)).toString('latin1'));
    return false;
}
/** The first bytes of a gzip stream, from the first 4 KiB of it (at most 4 MiB out). */
function gunzipHead(head) {
    try {
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(head.subarray(0, 4096), { finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_SYNC_FLUSH, maxOutputLength: 4 * 1024 * 1024 });
    }
    catch {
        return new Uint8Array(0);
    }
}
const DBF_VERSIONS = new Set([0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8b, 0x8e, 0xcb, 0xe5, 0xf5, 0xfb]);
const DBF_TYPES = new Set(Array.from('CNFLDMBGPIYTO@+0VW', (c) => c.charCodeAt(0)));
/**
 * A dBase table: a known version byte, a plausible date, and field descriptors (known types,
 * non-zero lengths) that end with 0x0D and add up to the record length. Together these make a
 * text file or another binary very unlikely to pass.
 */
function looksDbf(head) {
    if (head.length < 65 || !DBF_VERSIONS.has(head[0]))
        return false;
    const month = head[2];
    const day = head[3];
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    const headerLength = head[8] | (head[9] << 8);
    const recordLength = head[10] | (head[11] << 8);
    if (headerLength < 65 || recordLength < 2)
        return false;
    return dbfFieldsFit(head, headerLength, recordLength) > 0;
}
/** The number of field descriptors when they end with 0x0D and fill `recordLength`; else 0. */
function dbfFieldsFit(head, headerLength, recordLength) {
    let total = 1; // the deletion flag
    let count = 0;
    const end = Math.min(head.length, headerLength);
    for (let at = 32; at < end; at += 32) {
        if (head[at] === 0x0d)
            return count > 0 && total === recordLength ? count : 0;
        if (at + 32 > end)
            return 0;
        if (!DBF_TYPES.has(head[at + 11]))
            return 0;
        const length = head[at + 16];
        const type = head[at + 11];
        // A character field's length may use the decimal-count byte as its high byte (Clipper, FoxPro).
        total += type === 0x43 ? length | (head[at + 17] << 8) : length;
        if (length === 0 && type !== 0x43)
            return 0;
        count++;
    }
    return 0;
}


/***/ }),

/***/ 4449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ tarChecksumHolds),
/* harmony export */   FN: () => (/* binding */ isMedia),
/* harmony export */   Kz: () => (/* binding */ isOfficeOwnerFile),
/* harmony export */   M5: () => (/* binding */ ownerNames),
/* harmony export */   S0: () => (/* binding */ REFUSED_FORMATS),
/* harmony export */   ay: () => (/* binding */ isShapefileGeometry),
/* harmony export */   e0: () => (/* binding */ lockFileNames),
/* harmony export */   wC: () => (/* binding */ sniffCompressed),
/* harmony export */   wm: () => (/* binding */ isOsMetadata)
/* harmony export */ });
/* unused harmony exports looksTar, MEDIA_EXTENSIONS, mediaSignature */
function at(head, offset, bytes) {
    if (head.length < offset + bytes.length)
        return false;
    for (let i = 0; i < bytes.length; i++)
        if (head[offset + i] !== bytes[i])
            return false;
    return true;
}
function ascii(head, offset, text) {
    return at(head, offset, Array.from(text, (c) => c.charCodeAt(0)));
}
function baseName(name) {
    return name.split(/[\\/]/).pop() ?? name;
}
/** The final extension, lower case, without the dot. */
function extension(name) {
    const base = baseName(name);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
/** Compressed streams and archives the gate refuses, by signature; the label names the format. */
const REFUSED_FORMATS = {
    bzip2: 'bzip2',
    xz: 'xz',
    '7z': '7-Zip',
    rar: 'RAR',
    zstd: 'Zstandard (zstd)',
    lz4: 'LZ4',
    compress: 'Unix compress (.Z)',
};
/** gzip, tar and the refused compressed formats, by content alone (the name plays no part). */
function sniffCompressed(head) {
    if (at(head, 0, [0x1f, 0x8b, 0x08]))
        return 'gzip';
    if (at(head, 0, [0x42, 0x5a, 0x68]) && head[3] >= 0x31 && head[3] <= 0x39)
        return 'bzip2'; // BZh1..9
    if (at(head, 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
        return 'xz';
    if (at(head, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))
        return '7z';
    if (ascii(head, 0, 'Rar!\u001a\u0007'))
        return 'rar';
    if (at(head, 0, [0x28, 0xb5, 0x2f, 0xfd]))
        return 'zstd';
    if (at(head, 0, [0x04, 0x22, 0x4d, 0x18]))
        return 'lz4';
    if (at(head, 0, [0x1f, 0x9d]))
        return 'compress';
    if (looksTar(head))
        return 'tar';
    return undefined;
}
/** A tar header: the ustar magic at 257, or (old V7 archives) a first block whose checksum holds. */
function looksTar(head) {
    if (head.length < 512)
        return false;
    if (ascii(head, 257, 'ustar'))
        return tarChecksumHolds(head.subarray(0, 512));
    return head[0] !== 0 && tarChecksumHolds(head.subarray(0, 512));
}
/** The header checksum: the sum of the block's bytes with the checksum field read as spaces. */
function tarChecksumHolds(block) {
    const field = Buffer.from(block.subarray(148, 156))
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]{1,7}$/.test(field))
        return false;
    const declared = parseInt(field, 8);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < 512; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    return declared === unsigned || declared === signed;
}
const IMAGE = ['png', 'jpg', 'jpeg', 'jfif', 'gif', 'webp', 'avif', 'heic', 'heif', 'ico', 'cur', 'bmp', 'tif', 'tiff'];
const AUDIO = ['mp3', 'wav', 'ogg', 'oga', 'opus', 'm4a', 'aac', 'flac'];
const VIDEO = ['mp4', 'm4v', 'webm', 'mov', 'avi', 'mkv', 'ogv'];
const FONT = ['woff', 'woff2', 'ttf', 'otf', 'eot', 'ttc'];
const MEDIA_EXTENSIONS = new Set([...IMAGE, ...AUDIO, ...VIDEO, ...FONT]);
/** Whether the bytes open like an image, audio, video or font file (any of them: a JPEG named .png is still an image). */
function mediaSignature(head) {
    return (at(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || // PNG
        at(head, 0, [0xff, 0xd8, 0xff]) || // JPEG
        ascii(head, 0, 'GIF87a') ||
        ascii(head, 0, 'GIF89a') ||
        (ascii(head, 0, 'RIFF') && (ascii(head, 8, 'WEBP') || ascii(head, 8, 'WAVE') || ascii(head, 8, 'AVI '))) ||
        at(head, 0, [0, 0, 1, 0]) || // ICO
        at(head, 0, [0, 0, 2, 0]) || // CUR
        (ascii(head, 0, 'BM') && head.length >= 26 && head[6] === 0 && head[7] === 0 && head[8] === 0 && head[9] === 0) || // BMP: reserved bytes are zero
        at(head, 0, [0x49, 0x49, 0x2a, 0x00]) || // TIFF little-endian
        at(head, 0, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF big-endian
        ascii(head, 4, 'ftyp') || // ISO media: MP4, MOV, M4A, AVIF, HEIC
        ascii(head, 4, 'moov') ||
        ascii(head, 4, 'mdat') ||
        ascii(head, 4, 'wide') ||
        ascii(head, 4, 'free') ||
        ascii(head, 0, 'ID3') || // MP3 with tags
        (head[0] === 0xff && head.length > 1 && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0) || // MPEG audio frame / ADTS
        ascii(head, 0, 'OggS') ||
        ascii(head, 0, 'fLaC') ||
        at(head, 0, [0x1a, 0x45, 0xdf, 0xa3]) || // Matroska / WebM
        ascii(head, 0, 'wOFF') ||
        ascii(head, 0, 'wOF2') ||
        at(head, 0, [0x00, 0x01, 0x00, 0x00]) || // TrueType
        ascii(head, 0, 'true') ||
        ascii(head, 0, 'OTTO') || // OpenType (CFF)
        ascii(head, 0, 'ttcf') || // font collection
        (head.length >= 36 && head[34] === 0x4c && head[35] === 0x50) // EOT: "LP" magic at 34
    );
}
/** Media whose bytes and name agree. */
function isMedia(name, head) {
    return MEDIA_EXTENSIONS.has(extension(name)) && mediaSignature(head);
}
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * Finder and Explorer litter whose bytes agree with the name: a Finder `.DS_Store` (`Bud1`
 * store), an AppleDouble `._name` resource fork, a Windows `Thumbs.db` / `ehthumbs.db`
 * thumbnail cache (an OLE compound file). Anything else under those names is read as what it is.
 */
function isOsMetadata(name, head) {
    const base = baseName(name).toLowerCase();
    if (base === '.ds_store')
        return at(head, 0, [0, 0, 0, 1]) && ascii(head, 4, 'Bud1');
    if (base.startsWith('._'))
        return at(head, 0, [0x00, 0x05, 0x16, 0x07]); // AppleDouble
    if (base === 'thumbs.db' || base === 'ehthumbs.db' || base === 'ehthumbs_vista.db')
        return at(head, 0, OLE);
    return false;
}
const SHAPEFILE_CODE = [0x00, 0x00, 0x27, 0x0a]; // 9994, big-endian
/**
 * Shapefile geometry, index and projection parts whose content confirms it: `.shp`/`.shx`/
 * `.sbn`/`.sbx` with the shapefile file code 9994, a `.qix` quadtree (`SQT`), a `.prj` that is
 * one WKT coordinate-system definition, a `.cpg` that names a code page. The attribute table
 * (`.dbf`) is data and is not matched here.
 */
function isShapefileGeometry(name, head, size) {
    const ext = extension(name);
    if (ext === 'shp' || ext === 'shx' || ext === 'sbn' || ext === 'sbx')
        return at(head, 0, SHAPEFILE_CODE) && head.length >= 100;
    if (ext === 'qix')
        return ascii(head, 0, 'SQT');
    if (ext !== 'prj' && ext !== 'cpg')
        return false;
    // Text parts: whole in the head and small, or they are something else.
    if (size > head.length || size > 16 * 1024)
        return false;
    const text = Buffer.from(head)
        .toString('latin1')
        .replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '')
        .trim();
    if (ext === 'cpg')
        return /^[A-Za-z0-9_.: -]{1,40}$/.test(text) && !/\s{2,}/.test(text) && text.split(/\s+/).length <= 3;
    return looksWkt(text);
}
const WKT_ROOTS = /^(PROJCS|GEOGCS|GEOCCS|COMPD_CS|LOCAL_CS|VERT_CS|FITTED_CS|PROJCRS|GEOGCRS|GEODCRS|GEOGRAPHICCRS|PROJECTEDCRS|BOUNDCRS|COMPOUNDCRS|VERTCRS|ENGCRS)\[/;
/** One WKT definition: KEYWORD[ ... ] with balanced brackets and only keywords, numbers and quoted names. */
function looksWkt(text) {
    if (!WKT_ROOTS.test(text) || !text.endsWith(']'))
        return false;
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c === '[' || c === '(')
            depth++;
        else if (c === ']' || c === ')') {
            depth--;
            if (depth < 0 || (depth === 0 && i !== text.length - 1))
                return false;
        }
        else if (!/[A-Za-z0-9_.,+\-\s]/.test(c))
            return false;
    }
    return depth === 0 && !quoted;
}
/**
 * An Office owner ("lock") file, `~$name.xlsx`: Word, Excel and PowerPoint write one beside an
 * open document (LibreOffice writes `.~lock.name#`, below). It holds the name of the user who opened it, as a length byte and ANSI text,
 * then (usually) the same name in UTF-16. The bytes must have that layout.
 */
function isOfficeOwnerFile(name, head, size) {
    if (size > 4096 || size < 2)
        return false;
    const base = baseName(name);
    if (base.startsWith('~$'))
        return ownerNames(Buffer.from(head)) !== undefined;
    if (base.startsWith('.~lock.') && base.endsWith('#'))
        return lockFileNames(Buffer.from(head)) !== undefined;
    return false;
}
/**
 * A LibreOffice lock file (`.~lock.name.ods#`): one line, `full name,user,host,dd.mm.yyyy hh:mm,profile;`.
 * The full name and the user name, or undefined when the text does not have that shape.
 */
function lockFileNames(buf) {
    const text = buf.toString('utf8').trim();
    const m = /^([^,\n]*),([^,\n]*),([^,\n]*),\d{2}\.\d{2}\.\d{4} \d{2}:\d{2},[^\n]*;?$/.exec(text);
    if (!m)
        return undefined;
    return [m[1], m[2]].map((v) => v.trim()).filter((v) => v.length > 0);
}
/** The user names an owner file holds (ANSI and, when present, UTF-16), or undefined when it is not one. */
function ownerNames(buf) {
    const n = buf[0];
    if (n < 1 || n > 53 || buf.length < 1 + n)
        return undefined;
    const ansi = buf.toString('latin1', 1, 1 + n);
    if (!/^[\x20-\x7e\xa0-\xff]+$/.test(ansi))
        return undefined;
    // The rest of the ANSI field is padding (spaces or zeros) up to byte 54.
    const pad = buf.subarray(1 + n, Math.min(buf.length, 54));
    if (!pad.every((b) => b === 0x20 || b === 0))
        return undefined;
    const names = [ansi];
    // Word writes the UTF-16 length at byte 54, Excel one byte later.
    for (const lengthAt of [54, 55]) {
        if (buf.length < lengthAt + 4)
            break;
        const m = buf.readUInt16LE(lengthAt);
        if (m < 1 || m > 53 || buf.length < lengthAt + 2 + 2 * m)
            continue;
        const wide = buf.toString('utf16le', lengthAt + 2, lengthAt + 2 + 2 * m);
        if (/^[^\u0000-\u001f]+$/.test(wide)) {
            if (wide !== ansi)
                names.push(wide);
            break;
        }
    }
    return names;
}


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OG: () => (/* binding */ sniffFormat),
/* harmony export */   SI: () => (/* binding */ SKIPPED_FORMATS),
/* harmony export */   gL: () => (/* binding */ delimitedReading),
/* harmony export */   yM: () => (/* binding */ sniffDelimiter)
/* harmony export */ });
/* unused harmony exports extensionOf, looksBinary */
/* harmony import */ var _text_encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6993);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4449);
/* harmony import */ var _containers_email_sniff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(850);
/* harmony import */ var _data_sniff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1129);
/* harmony import */ var _text_code_languages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2637);
/**
 * Decide a file's format by its content, using the name only to break ties: a CSV named .xlsx,
 * a workbook named .txt and a PDF named .csv are read as what they are.
 */





function extensionOf(name) {
    const base = name.split(/[\\/]/).pop() ?? name;
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
/** Formats that cannot hold records: skipped with their reason, never read. */
const SKIPPED_FORMATS = {
    media: 'binary-media',
    'os-metadata': 'os-metadata',
    geometry: 'geometry-only',
};
function startsWith(head, bytes) {
    return bytes.every((b, i) => head[i] === b);
}
/** `size` is the whole file's (defaults to the head's): small text parts are judged whole. */
function sniffFormat(name, head, size = head.length) {
    const ext = extensionOf(name);
    if (head.length === 0)
        return 'empty';
    // Before gzip: R compresses its data files with gzip, and the data reader opens them itself.
    const data = (0,_data_sniff_js__WEBPACK_IMPORTED_MODULE_3__/* .sniffDataFormat */ .kH)(ext, head);
    if (data)
        return data;
    const compressed = (0,_signatures_js__WEBPACK_IMPORTED_MODULE_1__/* .sniffCompressed */ .wC)(head);
    if (compressed)
        return compressed;
    if ((0,_signatures_js__WEBPACK_IMPORTED_MODULE_1__/* .isOsMetadata */ .wm)(name, head))
        return 'os-metadata';
    if ((0,_signatures_js__WEBPACK_IMPORTED_MODULE_1__/* .isShapefileGeometry */ .ay)(name, head, size))
        return 'geometry';
    if ((0,_signatures_js__WEBPACK_IMPORTED_MODULE_1__/* .isOfficeOwnerFile */ .Kz)(name, head, size))
        return 'office-owner';
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46]))
        return 'pdf'; // %PDF
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
        const text = zipHeadText(head);
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
        return ext === 'xls' || ext === 'xlt' || holdsWorkbookStream(head) ? 'xls' : 'ole';
    // Media only when the bytes agree with the name: a CSV named .png is read as CSV.
    if ((0,_signatures_js__WEBPACK_IMPORTED_MODULE_1__/* .isMedia */ .FN)(name, head))
        return 'media';
    if (looksBinary(head))
        return 'binary';
    return sniffText(ext, (0,_text_encoding_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeHead */ .Jk)(head, 8192), name);
}
/** An OLE compound file whose directory (when it is in the head) names a Workbook/Book stream. */
function holdsWorkbookStream(head) {
    const text = Buffer.from(head).toString('utf16le');
    return text.includes('Workbook\u0000') || /(^|\u0000)Book\u0000/.test(text);
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
const JSON_EXTENSIONS = new Set(['json', 'geojson', 'jsonld', 'webmanifest', 'har']);
const XML_EXTENSIONS = new Set(['xml', 'rss', 'atom', 'svg', 'kml', 'gpx', 'xsd', 'xsl', 'xslt', 'plist', 'resx', 'xlf']);
function sniffText(ext, text, name = '') {
    const t = text.replace(/^\ufeff/, '').trimStart();
    // Notebooks and source code first: code is never delimited text, whatever its commas.
    if (ext === 'ipynb' && t.startsWith('{'))
        return 'notebook';
    if (t.startsWith('{') && /"cells"\s*:/.test(t) && /"nbformat"\s*:/.test(text))
        return 'notebook';
    if ((0,_text_code_languages_js__WEBPACK_IMPORTED_MODULE_4__/* .languageByName */ .H)(name) && !looksLikeDataNotCode(t))
        return 'code';
    // Single-file components are HTML with script blocks.
    if (ext === 'vue' || ext === 'svelte')
        return 'html';
    const mail = (0,_containers_email_sniff_js__WEBPACK_IMPORTED_MODULE_2__/* .sniffMail */ .P)(t, ext);
    if (mail)
        return mail;
    if (/^<\?xml[^>]*\?>\s*(<!--[\s\S]*?-->\s*)*<(html|!doctype html)/i.test(t) ||
        /^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|table|div|p)\b/i.test(t))
        return 'html';
    if (t.startsWith('<?xml') || (t.startsWith('<') && XML_EXTENSIONS.has(ext)) || looksXml(t))
        return 'xml';
    if (looksJson(t, ext)) {
        if (ext === 'ndjson' || ext === 'jsonl')
            return 'ndjson';
        const firstLine = t.split('\n', 1)[0].trim();
        if (t.startsWith('{') && firstLine.endsWith('}') && t.split('\n').filter((l) => l.trim()).length > 1 && !/^\{\s*$/.test(firstLine))
            return 'ndjson';
        return 'json';
    }
    if (['html', 'htm', 'xhtml'].includes(ext))
        return 'html';
    if (['md', 'markdown', 'mdx', 'rmd', 'qmd'].includes(ext))
        return 'markdown';
    if (['yml', 'yaml'].includes(ext))
        return 'yaml';
    if (DELIMITED_EXTENSIONS.has(ext))
        return 'delimited';
    // A pipe table is Markdown before it is pipe-separated values.
    if (looksLikeMarkdownTable(t))
        return 'markdown';
    if ((0,_text_code_languages_js__WEBPACK_IMPORTED_MODULE_4__/* .languageByContent */ .d)(t))
        return 'code';
    if (looksDelimited(t))
        return 'delimited';
    return 'text';
}
/**
 * JSON by its first token: `{` then a key or `}`, `[` then a value or `]`. A Markdown link
 * (`[text](url)`), a badge (`[![...`) or a note (`[Draft] ...`) is not JSON. A file named
 * .json that starts with a bracket is JSON whatever follows (and corrupt if it is not).
 */
function looksJson(t, ext) {
    if (!t.startsWith('[') && !t.startsWith('{'))
        return false;
    if (JSON_EXTENSIONS.has(ext) || ext === 'ndjson' || ext === 'jsonl')
        return true;
    const next = t.slice(1).trimStart()[0];
    if (next === undefined)
        return true;
    const opens = t.startsWith('{')
        ? next === '"' || next === '}'
        : /["{[\]\-0-9]/.test(next) || /^(true|false|null)\b/.test(t.slice(1).trimStart());
    return opens && !junkAfterFirstValue(t);
}
/**
 * Whether the first bracketed value closes and more text follows on its line: R prints a vector
 * as `[1] 7214`, which opens like a JSON array but is not one. (NDJSON puts one value a line.)
 */
function junkAfterFirstValue(t) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < t.length; i++) {
        const ch = t.charCodeAt(i);
        if (inString) {
            if (ch === 92)
                i++;
            else if (ch === 34)
                inString = false;
        }
        else if (ch === 34)
            inString = true;
        else if (ch === 91 || ch === 123)
            depth++;
        else if (ch === 93 || ch === 125) {
            if (--depth === 0) {
                const rest = /^[^\S\n]*([^\s])?/.exec(t.slice(i + 1));
                return rest?.[1] !== undefined && rest[1] !== ',';
            }
        }
    }
    return false;
}
/** `<name ...>` opening the text and `</name>` closing it later in the head. */
function looksXml(t) {
    const open = /^<([A-Za-z_][\w.:-]*)[\s>/]/.exec(t);
    return open !== null && t.includes(`</${open[1]}>`);
}
/** A header line with pipes followed by an alignment line (`| --- | :-: |`). */
function looksLikeMarkdownTable(t) {
    return /^[^\n]*\|[^\n]*\r?\n\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/m.test(t);
}
const DELIMITED_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'psv', 'dsv']);
/** Several records with the same non-zero count of one delimiter. */
function looksDelimited(text) {
    return delimitedReading(text) !== 'none';
}
function delimitedReading(headText, name = '') {
    if (DELIMITED_EXTENSIONS.has(extensionOf(name)))
        return 'table';
    const records = splitRecords(headText.replace(/^\ufeff/, ''), 40);
    if (records.length < 2)
        return 'none';
    const best = scoreDelimiters(records)[0];
    if (!best || best.consistency < 0.8)
        return 'none';
    let prose = 0;
    let aligned = 0;
    let code = 0;
    for (const record of records) {
        const fields = splitOutsideQuotes(record, best.delimiter);
        const words = record.split(/\s+/).filter(Boolean).length;
        const spaced = fields.slice(1).filter((f) => /^ \S/.test(f)).length;
        if ((spaced * 2 >= fields.length - 1 && words >= fields.length * 3) || /[.!?]["')]?\s*$/.test(record))
            prose++;
        if (fields.some((f) => /\S {2,}\S/.test(f.trim())))
            aligned++;
        if (/[={};]|[A-Za-z_$]\(|=>|<-/.test(record.replace(/"[^"]*"/g, '')))
            code++;
    }
    const share = (n) => n / records.length;
    if (share(prose) >= 0.5 && best.mode === 1 && best.delimiter === ',')
        return 'none';
    if (share(prose) >= 0.3 || share(aligned) >= 0.3 || share(code) >= 0.3)
        return 'either';
    return 'table';
}
/** Fields of one record split on `delimiter` outside double quotes (quotes kept). */
function splitOutsideQuotes(record, delimiter) {
    const fields = [];
    let inQuotes = false;
    let start = 0;
    for (let i = 0; i < record.length; i++) {
        const ch = record[i];
        if (ch === '"')
            inQuotes = !inQuotes;
        else if (ch === delimiter && !inQuotes) {
            fields.push(record.slice(start, i));
            start = i + 1;
        }
    }
    fields.push(record.slice(start));
    return fields;
}
/** Lines that read as code: an assignment, a call, braces or a statement end. */
function looksLikeDataNotCode(t) {
    if (delimitedReading(t) !== 'table')
        return false;
    const lines = t.split('\n', 60).filter((l) => l.trim());
    const code = lines.filter((l) => /[={};]|[A-Za-z_$]\(|=>|<-/.test(l.replace(/"[^"]*"/g, ''))).length;
    return code * 10 < lines.length;
}
/** Rare delimiters last: they only win on consistency or column count. */
const DELIMITERS = [',', ';', '\t', '|', '^', '~'];
/**
 * The delimiter of a delimited text, from its head: the candidate whose count per record is
 * the same on most records (quotes respected), then the one with more columns. The extension
 * only breaks ties (.tsv prefers tab, .psv the pipe). Defaults to a comma.
 */
function sniffDelimiter(headText, name = '', headIsWhole = true) {
    const hint = /^\ufeff?sep=([,;\t|^~])\r?\n/.exec(headText);
    if (hint)
        return hint[1];
    let records = splitRecords(headText.replace(/^\ufeff/, ''), 100);
    // The last record of a cut head may be cut too.
    if (!headIsWhole && records.length > 1)
        records = records.slice(0, -1);
    const ext = extensionOf(name);
    const preferred = ext === 'tsv' || ext === 'tab' ? '\t' : ext === 'psv' ? '|' : undefined;
    const scores = scoreDelimiters(records);
    const best = scores[0];
    if (!best)
        return preferred ?? ',';
    if (preferred) {
        const pref = scores.find((s) => s.delimiter === preferred);
        if (pref && pref.consistency >= best.consistency)
            return preferred;
    }
    return best.delimiter;
}
/** Candidates that occur at all, best first. */
function scoreDelimiters(records) {
    const scores = [];
    for (const delimiter of DELIMITERS) {
        const counts = records.map((r) => countOutsideQuotes(r, delimiter));
        const tally = new Map();
        for (const c of counts)
            if (c > 0)
                tally.set(c, (tally.get(c) ?? 0) + 1);
        let mode = 0;
        let modeCount = 0;
        for (const [c, k] of tally)
            if (k > modeCount || (k === modeCount && c > mode))
                [mode, modeCount] = [c, k];
        if (mode > 0)
            scores.push({ delimiter, consistency: modeCount / records.length, mode });
    }
    // Stable sort keeps the DELIMITERS order as the last tie-breaker.
    return scores.sort((a, b) => b.consistency - a.consistency || b.mode - a.mode);
}
/** Records of a CSV-like text: line breaks inside double quotes do not end a record. */
function splitRecords(text, max) {
    const records = [];
    let inQuotes = false;
    let start = 0;
    for (let i = 0; i < text.length && records.length < max; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 34)
            inQuotes = !inQuotes;
        else if (!inQuotes && (ch === 10 || ch === 13)) {
            if (i > start)
                records.push(text.slice(start, i));
            if (ch === 13 && text.charCodeAt(i + 1) === 10)
                i++;
            start = i + 1;
        }
    }
    if (records.length < max && start < text.length)
        records.push(text.slice(start));
    return records.filter((r) => r.trim().length > 0);
}
function countOutsideQuotes(record, delimiter) {
    const d = delimiter.charCodeAt(0);
    let n = 0;
    let inQuotes = false;
    for (let i = 0; i < record.length; i++) {
        const ch = record.charCodeAt(i);
        if (ch === 34)
            inQuotes = !inQuotes;
        else if (ch === d && !inQuotes)
            n++;
    }
    return n;
}
/**
 * What tells zip-based formats apart, from the local headers in the head: the entry names and a
 * stored `mimetype` entry's content (ODF). Matching the raw head instead would let compressed
 * bytes decide: a zip holding a workbook deflates the workbook's own `xl/` names into its data.
 * When the headers cannot be walked (no names found), the raw head is used as before.
 */
const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
function zipHeadText(head) {
    const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    const parts = [];
    let at = 0;
    while (at + 30 <= buf.length && buf.readUInt32LE(at) === 0x04034b50) {
        const flags = buf.readUInt16LE(at + 6);
        const compressedSize = buf.readUInt32LE(at + 18);
        const nameLength = buf.readUInt16LE(at + 26);
        const extraLength = buf.readUInt16LE(at + 28);
        const name = buf.toString('latin1', at + 30, Math.min(buf.length, at + 30 + nameLength));
        const dataStart = at + 30 + nameLength + extraLength;
        parts.push(name);
        if (name === 'mimetype' && buf.readUInt16LE(at + 8) === 0)
            parts.push(buf.toString('latin1', dataStart, Math.min(buf.length, dataStart + compressedSize)));
        // Sizes deferred to a data descriptor (streaming writers): look for the next header.
        if (flags & 0x08 && compressedSize === 0) {
            const next = buf.indexOf(LOCAL_HEADER, dataStart);
            if (next < 0)
                break;
            at = next;
            continue;
        }
        at = dataStart + compressedSize;
    }
    return parts.length ? parts.join('\n') : buf.toString('latin1');
}


/***/ }),

/***/ 2637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ languageByName),
/* harmony export */   d: () => (/* binding */ languageByContent)
/* harmony export */ });
const BY_EXTENSION = {
    js: 'js',
    mjs: 'js',
    cjs: 'js',
    jsx: 'js',
    ts: 'ts',
    mts: 'ts',
    cts: 'ts',
    tsx: 'js',
    py: 'py',
    pyw: 'py',
    r: 'r',
    rhistory: 'r',
    rprofile: 'r',
    rb: 'rb',
    rake: 'rb',
    php: 'php',
    sql: 'sql',
    sh: 'sh',
    bash: 'sh',
    zsh: 'sh',
    ksh: 'sh',
};
/** Extensions whose files may hold JSX. */
const JSX_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'jsx', 'tsx']);
/** The language a file name says, if any (`.Rhistory` and friends count). */
function languageByName(name) {
    const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase();
    const dot = base.lastIndexOf('.');
    // `.Rhistory`, `.Rprofile`: the whole name is the extension; `x.Rhistory (conflicted copy)` too.
    const ext = dot >= 0 ? base.slice(dot + 1).replace(/\s*\(.*$/, '') : '';
    const language = Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
    return language ? { language, jsx: JSX_EXTENSIONS.has(ext) } : undefined;
}
const SHEBANG = [
    [/^#!.*\b(?:node|deno|bun)\b/, 'js'],
    [/^#!.*\bpython[0-9.]*\b/, 'py'],
    [/^#!.*\bRscript\b/, 'r'],
    [/^#!.*\bruby\b/, 'rb'],
    [/^#!.*\bphp\b/, 'php'],
    [/^#!.*\b(?:ba|z|k|da)?sh\b/, 'sh'],
];
/** Lines that only code has (keywords, assignments, calls, braces), per language family. */
const CODE_LINE = [
    /^\s*(?:import|export|from|const|let|var|function|class|def|async|return|if|elif|else|for|while|switch|try|catch|except|raise|throw|library|require|source|module|package|use|fn|pub|#include|using|namespace|interface|type|enum|lambda|with|yield|await)\b[^,]*$/,
    /^\s*[\w.$[\]'"]+\s*(?:<-|<<-|=|\+=|-=|:=)\s*\S/,
    /=>|<-|\)\s*\{|\{\s*$|^\s*[}\])]+[;,)]*\s*$|\)\s*;\s*$/,
    /^\s*[\w.$]+(?:\.[\w$]+)*\(.*\)\s*;?\s*$/,
];
const COMMENT_LINE = /^\s*(?:#(?!!)|\/\/|\/\*|\*|--|<!--)/;
/**
 * The language of a text that names none, or undefined when it is not code. Conservative: a
 * shebang, a PHP opening tag, a minified bundle, or at least five lines of which most read as
 * code (comment lines are not counted either way).
 */
function languageByContent(text) {
    const t = text.replace(/^\ufeff/, '');
    const first = t.slice(0, 200).split('\n', 1)[0];
    for (const [re, language] of SHEBANG)
        if (re.test(first))
            return { language, jsx: false };
    if (/^\s*<\?php\b/.test(t))
        return { language: 'php', jsx: false };
    // Minified JavaScript: a bundle's usual openings, or a very long line dense with code punctuation.
    if (/^\s*(?:!function\s*\(|\(function\s*\(|\(\(\)\s*=>|"use strict";|'use strict';|\(self\.webpackChunk|self\.__next_f|var [\w$]+=|window\.[\w$]+\s*=)/.test(t))
        return { language: 'js', jsx: false };
    const lines = t.split('\n', 120).map((l) => l.replace(/\r$/, ''));
    let code = 0;
    let counted = 0;
    let arrows = 0;
    for (const line of lines) {
        if (!line.trim() || COMMENT_LINE.test(line))
            continue;
        counted++;
        if (CODE_LINE.some((re) => re.test(line)))
            code++;
        if (/<-/.test(line))
            arrows++;
    }
    if (code < 5 || code * 10 < counted * 6)
        return undefined;
    return { language: arrows * 4 >= code ? 'r' : /^\s*(?:def |import \w+$|from \w+ import)/m.test(t) ? 'py' : 'js', jsx: false };
}


/***/ }),

/***/ 6993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ decodeHead),
/* harmony export */   Vn: () => (/* binding */ decodeStream)
/* harmony export */ });
/* unused harmony exports DECODE_CHUNK_BYTES, detectEncoding, completeUtf8Length */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5629);



/** Largest piece of input decoded at once, so that a reader never holds more than this per step. */
const DECODE_CHUNK_BYTES = 256 * 1024;
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
    return { encoding: (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(head.subarray(0, completeUtf8Length(head))) ? 'utf-8' : 'windows-1252', bom: 0 };
}
/**
 * Length of the longest prefix that does not end inside a multi-byte UTF-8 sequence, so that a
 * head or chunk cut mid-character still validates.
 */
function completeUtf8Length(bytes) {
    const n = bytes.length;
    // Walk back over at most three continuation bytes to the lead byte of the last sequence.
    let lead = n - 1;
    while (lead >= 0 && lead > n - 4 && (bytes[lead] & 0xc0) === 0x80)
        lead--;
    if (lead < 0)
        return n;
    const b = bytes[lead];
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - lead < need ? lead : n;
}
function newDecoder(encoding) {
    try {
        // ignoreBOM: true keeps a stray U+FEFF as data; the leading BOM is skipped by byte count.
        return new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder(encoding, { ignoreBOM: true });
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadError */ .F('unreadable-encoding');
    }
}
/** Decode the head (for sniffing) with the encoding the whole file will be read with. */
function decodeHead(head, maxBytes = head.length) {
    const { encoding, bom } = detectEncoding(head);
    const end = Math.min(head.length, bom + maxBytes);
    return newDecoder(encoding).decode(head.subarray(bom, end), { stream: true });
}
/** Split incoming buffers into pieces of at most DECODE_CHUNK_BYTES (no copy). */
async function* boundedChunks(input) {
    for await (const raw of input.stream()) {
        const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
        for (let at = 0; at < chunk.length; at += DECODE_CHUNK_BYTES) {
            yield chunk.subarray(at, Math.min(chunk.length, at + DECODE_CHUNK_BYTES));
        }
    }
}
/**
 * Decode a reader input as text, chunk by chunk (each at most DECODE_CHUNK_BYTES of input), with
 * the BOM removed. A file that looked like plain ASCII UTF-8 in its head but turns out to hold
 * bytes that are not UTF-8 further on is decoded as Windows-1252 from that chunk on, so an
 * accented name past the head is still read as a name.
 */
async function* decodeStream(input) {
    const detected = detectEncoding(input.head);
    let encoding = detected.encoding;
    let decoder = newDecoder(encoding);
    let skip = detected.bom;
    let sawNonAscii = false;
    let pending;
    for await (const piece of boundedChunks(input)) {
        let chunk = piece;
        if (skip > 0) {
            const drop = Math.min(skip, chunk.length);
            chunk = chunk.subarray(drop);
            skip -= drop;
        }
        if (encoding === 'utf-8') {
            const bytes = pending ? Buffer.concat([pending, chunk]) : chunk;
            const cut = completeUtf8Length(bytes);
            const whole = bytes.subarray(0, cut);
            if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(whole)) {
                pending = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : undefined;
                if (!sawNonAscii && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(whole))
                    sawNonAscii = true;
                const text = decoder.decode(whole);
                if (text)
                    yield text;
                continue;
            }
            pending = undefined;
            // Invalid UTF-8: a file that was ASCII so far is Windows-1252; a real UTF-8 file with a
            // damaged byte keeps UTF-8 (the damage becomes U+FFFD).
            if (!sawNonAscii) {
                encoding = 'windows-1252';
                decoder = newDecoder(encoding);
            }
            chunk = bytes;
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text)
            yield text;
    }
    const rest = (pending ? decoder.decode(pending, { stream: true }) : '') + decoder.decode();
    if (rest)
        yield rest;
}


/***/ }),

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ ReadError),
/* harmony export */   L: () => (/* binding */ isReadError)
/* harmony export */ });
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
    return (error instanceof ReadError ||
        (typeof error === 'object' &&
            error !== null &&
            error.name === 'ReadError' &&
            typeof error.kind === 'string'));
}


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ fileInput),
/* harmony export */   Lq: () => (/* binding */ HEAD_BYTES),
/* harmony export */   Qe: () => (/* binding */ piecesInput),
/* harmony export */   zZ: () => (/* binding */ bufferInput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);



const HEAD_BYTES = 64 * 1024;
/** A ReaderInput over a file on disk: the head is read once, the body streamed on demand. */
async function fileInput(path, name, size) {
    // A file that fits in the head is read once, whole, and served from memory: most pages of a
    // website are small, and for them the per-file cost is file-system round trips, not parsing.
    if (size <= HEAD_BYTES) {
        const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
        if (data.length <= HEAD_BYTES)
            return bufferInput(data, name);
    }
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
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
        stream: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 256 * 1024 }),
        buffer: once(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path)),
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
        stream: () => node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from([data], { objectMode: false }),
        buffer: async () => data,
    };
}
/**
 * A ReaderInput over bytes in memory held in pieces (a decompressed stream): streaming readers
 * get the pieces as they are; only a reader that asks for the whole buffer gets them joined.
 */
function piecesInput(pieces, name, depth = 0, entry) {
    const size = pieces.reduce((n, p) => n + p.length, 0);
    const first = pieces[0] ?? Buffer.alloc(0);
    const head = (first.length >= HEAD_BYTES ? first : Buffer.concat(pieces)).subarray(0, HEAD_BYTES);
    return {
        name,
        size,
        head,
        depth,
        entry,
        stream: () => node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(pieces, { objectMode: false }),
        buffer: once(async () => Buffer.concat(pieces, size)),
    };
}
/** The whole file is read at most once, however many times a reader (or a limit check) asks. */
function once(load) {
    let loaded;
    return () => (loaded ??= load());
}


/***/ }),

/***/ 9607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failureKind: () => (/* binding */ failureKind),
  followLink: () => (/* binding */ followLink),
  scanFile: () => (/* binding */ scanFile),
  softDeadlineMs: () => (/* binding */ softDeadlineMs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/core/describe.ts
var describe = __webpack_require__(606);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(5527);
;// CONCATENATED MODULE: ./src/detect/normalize.ts
/**
 * The one text normaliser every recognizer, header match and prose scan runs on. Extraction
 * tools and careful leakers alike put odd characters into text: non-breaking and other Unicode
 * spaces between names, zero-width characters inside every value, soft hyphens, a BOM in the
 * middle of a cell, Unicode hyphens and dashes in A-numbers, full-width digits. None of them
 * may make a value unrecognisable. The result is only judged, never shown.
 *
 * Line breaks are kept as they are, so line numbers in prose stay right.
 */
/** Plain printable ASCII (and tab / line breaks): nothing to do. */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;
/** Invisible format characters: soft hyphen, ZWSP, ZWNJ, ZWJ, word joiner and friends, BOM, bidi marks. */
// eslint-disable-next-line no-misleading-character-class -- combining and joiner characters are listed one by one on purpose
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufe00-\ufe0f]/g;
/** Spaces NFKC leaves alone (or that come from other tools): all become one plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Hyphens, dashes and minus signs. */
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
/**
 * NFKC (full-width digits and letters, ligatures, compatibility spaces), then invisible
 * characters removed, every kind of space made a plain space and every dash a hyphen-minus.
 */
function normalizeText(text) {
    if (PLAIN.test(text))
        return text;
    return text.replace(INVISIBLE, '').normalize('NFKC').replace(SPACES, ' ').replace(DASHES, '-');
}

;// CONCATENATED MODULE: ./src/detect/vocab.ts
/**
 * Word lists the recognizers lean on. Everything is stored folded (lower case, no accents,
 * single spaces) so lookups are one Set.has() after `fold()`.
 */
/** Lower case, accents removed, anything but letters (any script) and digits turned into single spaces. */
const NON_ASCII = /[^\x00-\x7f]/;
function fold(text) {
    const ascii = NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
    return ascii
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
function set(words) {
    return new Set(words
        .split('|')
        .map((w) => fold(w))
        .filter(Boolean));
}
/** Countries in English, Spanish and ICE's upper-case "NAME, QUALIFIER" forms. */
const COUNTRIES = set([
    'afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia and herzegovina|bosnia-herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cabo verde|cape verde|cambodia|cameroon|canada|central african republic|chad|chile|china|china, peoples republic of|china, people s republic of|colombia|comoros|congo|congo, democratic republic of the|democratic republic of the congo|costa rica|cote d ivoire|ivory coast|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kiribati|korea|korea, south|korea, north|south korea|north korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macau|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north macedonia|macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|russian federation|rwanda|saint lucia|samoa|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|timor-leste|togo|tonga|trinidad and tobago|tunisia|turkey|turkiye|turkmenistan|uganda|ukraine|united arab emirates|united kingdom|united states|uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|unknown|stateless',
    // Spanish
    'afganistan|argelia|belice|bolivia|brasil|camerun|canada|chile|china|colombia|corea del sur|cuba|ecuador|egipto|espana|estados unidos|etiopia|filipinas|francia|guatemala|guinea|haiti|honduras|india|irak|iran|italia|jamaica|japon|mexico|marruecos|nicaragua|nigeria|pakistan|panama|paraguay|peru|republica dominicana|rumania|rusia|senegal|siria|sudafrica|turquia|ucrania|uruguay|venezuela|vietnam',
].join('|'));
/** Nationality adjectives (English, Spanish masculine/feminine). */
const NATIONALITIES = set('afghan|albanian|algerian|angolan|argentine|argentinian|armenian|bangladeshi|belizean|bolivian|brazilian|burmese|cameroonian|canadian|chilean|chinese|colombian|congolese|costa rican|cuban|dominican|ecuadorian|egyptian|eritrean|ethiopian|filipino|french|georgian|ghanaian|guatemalan|guinean|haitian|honduran|indian|indonesian|iranian|iraqi|jamaican|kazakh|kyrgyz|mauritanian|mexican|moroccan|nepalese|nepali|nicaraguan|nigerian|pakistani|panamanian|paraguayan|peruvian|romanian|russian|salvadoran|salvadorean|senegalese|somali|sri lankan|syrian|tajik|turkish|ugandan|ukrainian|uzbek|venezuelan|vietnamese|yemeni|mexicano|mexicana|guatemalteco|guatemalteca|hondureno|hondurena|salvadoreno|salvadorena|nicaraguense|venezolano|venezolana|cubano|cubana|haitiano|haitiana|ecuatoriano|ecuatoriana|colombiano|colombiana|peruano|peruana|dominicano|dominicana|chino|china|indio|india|ucraniano|ucraniana|ruso|rusa');
/** Common given names across the populations in detention data (folded). */
const GIVEN_NAMES = set([
    // Spanish / Latin American
    'maria|jose|juan|luis|carlos|jorge|miguel|pedro|francisco|antonio|manuel|jesus|david|daniel|javier|alejandro|fernando|ricardo|roberto|mario|oscar|sergio|eduardo|rafael|raul|hector|victor|edwin|wilmer|wilson|nelson|marvin|kevin|brayan|bryan|bayron|byron|yeferson|jefferson|anderson|erick|eric|elmer|santos|cristian|christian|josue|angel|jairo|william|walter|henry|denis|dennis|alex|alexis|franklin|fredy|freddy|gerson|ever|edgar|rene|mauricio|julio|cesar|ramon|andres|diego|pablo|gabriel|samuel|ivan|omar|hugo|arturo|alberto|enrique|ernesto|guillermo|gustavo|ismael|jaime|joel|lorenzo|marco|marcos|martin|mateo|nicolas|orlando|rodrigo|ruben|salvador|sebastian|tomas|jonathan|brandon|ana|rosa|carmen|marta|martha|gloria|sandra|claudia|patricia|veronica|andrea|paola|diana|karla|keila|dania|yohana|johana|marisol|rosibel|nohemi|noemi|sonia|silvia|lucia|elena|isabel|laura|sofia|valeria|daniela|gabriela|fernanda|alejandra|mariela|maritza|yesenia|glenda|lesly|leslie|wendy|ingrid|evelyn|delmy|reina|blanca|teresa|juana|francisca|guadalupe|lupe|esperanza|dolores|luz|yolanda|miriam|alba|olga|cristina|carolina|jessica|jennifer|kimberly|katherine|heidy|yaneth|janeth|yessica|mayra|iris|norma|lidia|ruth|esther|sara|raquel|rebeca|susana|beatriz|josefa|margarita|irma|aracely|araceli|adriana|monica|elizabeth|nancy|lorena|vilma|zoila',
    // Haitian / West African / French
    'jean|baptiste|jean baptiste|pierre|jacques|louis|marie|nadege|fabiola|wisline|mackenson|woodley|ricardo|guerline|fatoumata|fatou|mamadou|aliou|amadou|ousmane|ibrahima|moussa|abdoulaye|mariama|aissatou|kadiatou|oumar|boubacar|sekou|lamine|cheikh|modou|awa|bintou|adama|issa|souleymane|kofi|kwame|ama|akosua|emmanuel|samuel|joseph|francis|ibrahim|mohamed|mohammed|muhammad|ahmed|ahmad|ali|hassan|hussein|omar|yusuf|abdul|abdullah|samira|fatima|aisha|amina|khadija|mariam|zainab',
    // Eastern European / Asian / South Asian
    'oksana|olena|olga|natalia|tetiana|iryna|svetlana|dmytro|oleksandr|andriy|serhiy|volodymyr|ivan|mykola|vasyl|yuri|sergei|alexei|dmitri|nikolai|tenzin|pema|dorje|lakshmi|priya|gurpreet|harpreet|manpreet|jaspreet|amandeep|rajesh|ramesh|suresh|mahesh|vijay|sanjay|ravi|arjun|rahul|sunil|anil|deepak|kumar|singh|wei|li|ming|jun|hui|yan|mei|ling|xiao|chen|nguyen|tran|minh|anh|thi|van|john|michael|james|robert|mary|linda|susan|karen|lisa|nancy|betty|margaret|paul|mark|george|peter|thomas|richard|charles|steven|andrew|anthony|brian|jason|matthew|jane|emily|anna|sarah|emma|olivia',
].join('|'));
/** Name particles allowed in lower case inside a name ("de la", "van der"). */
const NAME_PARTICLES = set('de|del|de la|la|las|los|y|da|das|do|dos|di|du|van|von|der|den|le|bin|binti|bint|al|el|ibn|ben|mac|st');
/**
 * Words that never occur in a person's name but do occur in capitalised non-name phrases:
 * facilities, organisations, places, column headers, months, statuses, common English words.
 */
const NON_NAME_WORDS = set([
    // facilities and places
    'center|centre|ctr|cntr|fac|det|proc|spc|cdf|igsa|dsgsa|digsa|usms|county|jail|detention|processing|facility|facilities|correctional|corrections|service|services|annex|complex|prison|penitentiary|institution|hold|room|unit|residential|family|shelter|house|academy|camp|station|office|field|contract|federal|state|city|parish|regional|district|department|dept|division|bureau|agency|administration|police|sheriff|marshal|marshals|justice|security|homeland|immigration|customs|enforcement|removal|operations|court|courts|judge|building|road|rd|street|st|avenue|ave|drive|dr|highway|hwy|suite|north|south|east|west|northern|southern|eastern|western|central|new|port|fort|beach|lake|river|valley|mount|saint|san|santa|los|las|el|republic|kingdom|united|states|america|american|peoples|people|democratic|federation|islands|island',
    // US states that are not also common given names or surnames (datelines: "HOUSTON, TEXAS —")
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|hawaii|idaho|illinois|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|nebraska|ohio|oklahoma|oregon|pennsylvania|tennessee|texas|utah|vermont|wisconsin|wyoming|jersey|york|hampshire|calif|fla|ariz|tenn|mass|wash|dc',
    // organisations
    'inc|llc|ltd|corp|corporation|company|co|group|association|foundation|council|committee|commission|university|college|school|institute|hospital|clinic|church|ministry|project|network|coalition|alliance|union|society|trust|fund|bank|partners|solutions|systems|ice|uscis|dhs|cbp|eoir|ero|hsi|doj|bop|usms|geo|cca|corecivic|ahtna|akal|gov|government|national|international|global|public|private|media|press|news|team|staff|management|support|user|users|admin|administrator|microsoft|office|windows|owner|author|unknown',
    // header and table words
    'name|names|number|numbers|no|id|identifier|date|dates|time|year|years|month|months|day|days|country|countries|citizenship|nationality|birth|gender|sex|male|female|age|total|totals|subtotal|count|counts|sum|average|avg|mean|median|percent|percentage|rate|ratio|level|type|types|status|category|categories|code|codes|case|cases|fear|credible|reasonable|decision|decisions|determination|claim|claims|established|positive|negative|vacated|affirmed|referred|pending|granted|denied|approved|relief|asylum|withholding|torture|persecution|removal|release|released|book|booked|in|out|stay|final|order|orders|address|city|zip|aor|alos|adp|fy|ytd|criminal|crim|non|threat|mandatory|guaranteed|minimum|inspection|inspections|standard|standards|meets|acceptable|compliant|deficient|rating|regular|population|capacity|detained|detainee|detainees|alien|aliens|file|data|report|list|table|sheet|summary|note|notes|source|description|details|detailed|information|info|comments|remarks|yes|not|applicable|none|other|misc|adult|adults|single|juvenile|minor|minors|children|child|women|men|operator|provider|medical|health|mental|personnel|per|diem|over|under|first|last|middle|given|family|surname|full|phone|email|signature|title|position|role|expedited|notice|appear|reinstated|voluntary|departure|parole|refugee|refugees|asylee|asylees|resettlement|humanitarian|bond|bonded|removed|returned|transferred|escaped|deceased',
    // months and days
    'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
    // common English / Spanish words that start capitalised phrases
    'the|of|and|for|to|a|an|on|at|by|with|from|as|is|are|was|were|be|this|that|these|those|all|any|each|per|via|or|if|but|not|than|then|there|here|which|who|what|when|where|how|why|our|your|their|its|his|her|we|you|they|it|i|de|del|para|por|con|sin|sobre|el|los|las|un|una',
].join('|'));
/** Titles that mark a named official in prose ("Secretary Jane Smith said"). */
const OFFICIAL_TITLES = set('secretary|director|deputy|acting|assistant|commissioner|administrator|president|vice|senator|sen|representative|rep|congressman|congresswoman|governor|gov|mayor|chief|officer|agent|spokesperson|spokesman|spokeswoman|attorney|general|judge|justice|minister|ambassador|sheriff|warden|superintendent|chairman|chairwoman|chair|professor|prof|dr|ceo|executive|manager|supervisor|inspector|lieutenant|captain|sergeant|commander');
/** US state codes, for DETLOC codes (seven letters, last two are the state). */
const US_STATES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI MP AS'.split(' '));

;// CONCATENATED MODULE: ./src/detect/recognizers.ts


/** Longest cell text a recognizer looks at; longer cells are prose, not values. */
const MAX_CELL = 200;
/** A cell as text: numbers without exponent, dates as ISO, booleans and holes as '', strings normalised (normalize.ts). */
function cellText(value) {
    if (value === null || value === undefined || typeof value === 'boolean')
        return '';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return '';
        return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
    }
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? '' : value.toISOString();
    return normalizeText(value.length > MAX_CELL * 4 ? value.slice(0, MAX_CELL * 4) : value).trim();
}
const isDigit = (c) => c >= 48 && c <= 57;
function allDigits(text) {
    if (!text.length)
        return false;
    for (let i = 0; i < text.length; i++)
        if (!isDigit(text.charCodeAt(i)))
            return false;
    return true;
}
// ---------------------------------------------------------------- A-numbers
const A_PREFIXED = /^A\s*(?:[-#.:]|no\.?|nbr)?\s*[-#:]?\s*(\d{3}[-\s]?\d{3}[-\s]?\d{3}|\d{2}[-\s]\d{3}[-\s]\d{3}|\d{7,9})$/i;
const DIGITS_DASHED_9 = /^\d{3}[-\s]\d{3}[-\s]\d{3}$/;
/** An A-number with its "A" prefix in any written form (A123456789, A-123-456-789, A# 012345678). */
function isPrefixedANumber(text) {
    const c = text.charCodeAt(0);
    if (c !== 65 && c !== 97)
        return false; // 'A' / 'a'
    if (text.length < 8 || text.length > 18)
        return false;
    return A_PREFIXED.test(text);
}
/**
 * Digits that could be an A-number once a header or neighbouring identity columns say so:
 * nine digits, dashed/spaced nine digits, or 7–8 digits (a numeric cell that lost its zeros).
 */
function isBareANumber(text) {
    const n = text.length;
    if (n >= 7 && n <= 9)
        return allDigits(text);
    if (n === 11)
        return DIGITS_DASHED_9.test(text);
    return false;
}
/** Strict bare form: exactly nine digits or 3-3-3 groups (what counts with identity columns but no header). */
function isNineDigits(text) {
    const n = text.length;
    if (n === 9)
        return allDigits(text);
    if (n === 11)
        return DIGITS_DASHED_9.test(text);
    return false;
}
/**
 * Example numbers printed on help pages ("A123456789", "EAC0123456789", "A000000000"): digits
 * all the same, or counting up or down by one. They name no one.
 */
function isPlaceholderNumber(text) {
    const digits = text.replace(/\D/g, '');
    if (digits.length < 7)
        return false;
    let same = true;
    let up = true;
    let down = true;
    for (let i = 1; i < digits.length; i++) {
        const a = digits.charCodeAt(i - 1) - 48;
        const b = digits.charCodeAt(i) - 48;
        if (a !== b)
            same = false;
        if ((a + 1) % 10 !== b)
            up = false;
        if ((b + 1) % 10 !== a)
            down = false;
    }
    return same || up || down;
}
/**
 * An A-number inside longer text: a file-name or slug ("Lastname_A123456789_2019.pdf"), a
 * free-text cell ("detained, A 212-345-678, transferred"), a caption ("File: A212-345-678").
 * Upper-case "A" anywhere on a word boundary; lower-case "a" only glued into a slug
 * ("lastname_a123456789"), never the English article. 8 or 9 digits; examples do not count.
 */
const A_EMBEDDED = /(?:(?<![\p{L}\p{N}])A|(?<=[_/.-])a)(?:\s?[-#:]\s?|\s)?(\d{3}[-\s]\d{3}[-\s]\d{3}|\d{2}[-\s]\d{3}[-\s]\d{3}|\d{9}|\d{8})(?![\p{N}]|-\d)/u;
function containsANumber(text) {
    if (text.length < 9)
        return false;
    const m = A_EMBEDDED.exec(text.length > MAX_CELL * 4 ? text.slice(0, MAX_CELL * 4) : text);
    return m !== null && !isPlaceholderNumber(m[1]);
}
// ---------------------------------------------------------------- other immigration numbers
const RECEIPT = /^(?:EAC|VSC|WAC|CSC|LIN|NSC|SRC|TSC|MSC|NBC|IOE|YSC|PSC)[-\s]?(?:\d{10}|\d{2}[-\s]?\d{3}[-\s]?\d{5})$/i;
const RECEIPT_FIRST = new Set('EVWCLNSTMIYP');
function isReceiptNumber(text) {
    const n = text.length;
    if (n < 13 || n > 17)
        return false;
    if (!RECEIPT_FIRST.has(text[0].toUpperCase()))
        return false;
    return RECEIPT.test(text);
}
const I94 = /^\d{9}[A-Z]\d$/i;
/** I-94 admission number, post-2019 form: nine digits, a letter, a digit. */
function isI94(text) {
    return text.length === 11 && isDigit(text.charCodeAt(0)) && I94.test(text);
}
/** Eleven digits: an older I-94, accepted only under an I-94 header. */
function isElevenDigits(text) {
    return text.length === 11 && allDigits(text);
}
function isSevisId(text) {
    if (text.length !== 11)
        return false;
    const c = text.charCodeAt(0);
    return (c === 78 || c === 110) && allDigits(text.slice(1));
}
const PASSPORT = /^[A-Z0-9]{6,12}$/i;
/** Passport numbers have no reliable shape: only under a passport header, with at least one digit. */
function isPassportLike(text) {
    return text.length >= 6 && text.length <= 12 && PASSPORT.test(text) && /\d/.test(text);
}
// ---------------------------------------------------------------- dates
const MONTHS = {
    jan: 1,
    january: 1,
    enero: 1,
    ene: 1,
    feb: 2,
    february: 2,
    febrero: 2,
    mar: 3,
    march: 3,
    marzo: 3,
    apr: 4,
    april: 4,
    abril: 4,
    abr: 4,
    may: 5,
    mayo: 5,
    jun: 6,
    june: 6,
    junio: 6,
    jul: 7,
    july: 7,
    julio: 7,
    aug: 8,
    august: 8,
    agosto: 8,
    ago: 8,
    sep: 9,
    sept: 9,
    september: 9,
    septiembre: 9,
    oct: 10,
    october: 10,
    octubre: 10,
    nov: 11,
    november: 11,
    noviembre: 11,
    dec: 12,
    december: 12,
    diciembre: 12,
    dic: 12,
};
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUM_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;
const COMPACT_DATE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const DAY_MON_YEAR = /^(\d{1,2})[-\s./]([a-z]{3,10})\.?[-\s./,]+(\d{2,4})$/i;
const MON_DAY_YEAR = /^([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_DE_MON = /^(\d{1,2})\s+de\s+([a-z]{3,10})\s+de\s+(\d{4})$/i;
function validYmd(y, m, d) {
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
function fullYear(y, digits) {
    if (digits === 4)
        return y;
    if (digits === 2)
        return y > 30 ? 1900 + y : 2000 + y;
    return -1;
}
/** The year of a date written in any common form, or -1 when the text is not a date. */
function dateYear(text) {
    const n = text.length;
    if (n < 6 || n > 32)
        return -1;
    const c = text.charCodeAt(0);
    if (isDigit(c)) {
        let m = ISO_DATE.exec(text);
        if (m) {
            const y = +m[1];
            return validYmd(y, +m[2], +m[3]) ? y : -1;
        }
        m = NUM_DATE.exec(text);
        if (m) {
            const [a, b, cc] = [m[1], m[2], m[3]];
            if (a.length === 4)
                return validYmd(+a, +b, +cc) ? +a : -1;
            const y = fullYear(+cc, cc.length);
            if (y < 0)
                return -1;
            // m/d/y or d/m/y: either order is a date.
            return validYmd(y, +a, +b) || validYmd(y, +b, +a) ? y : -1;
        }
        if (n === 8 && COMPACT_DATE.test(text))
            return +text.slice(0, 4);
        m = DAY_MON_YEAR.exec(text) ?? DAY_DE_MON.exec(text);
        if (m) {
            const month = MONTHS[m[2].toLowerCase()];
            const y = fullYear(+m[3], m[3].length);
            return month && y > 0 && validYmd(y, month, +m[1]) ? y : -1;
        }
        return -1;
    }
    const m = MON_DAY_YEAR.exec(text);
    if (m) {
        const month = MONTHS[m[1].toLowerCase()];
        return month && validYmd(+m[3], month, +m[2]) ? +m[3] : -1;
    }
    return -1;
}
function isDateText(text) {
    return dateYear(text) > 0;
}
/** A date cell: a JS Date, or text in a date form. */
function isDateCell(value, text) {
    if (value instanceof Date)
        return !Number.isNaN(value.getTime());
    return typeof value === 'string' && isDateText(text);
}
/** Excel serial day numbers between 1900-01-01 and 2100 (only meaningful under a date header). */
function isExcelSerialDate(value, text) {
    const n = typeof value === 'number' ? value : text.length >= 4 && text.length <= 12 ? Number(text) : NaN;
    return Number.isFinite(n) && n >= 1 && n < 73051;
}
/** A four-digit year between 1900 and 2030. */
function isBirthYear(text) {
    if (text.length !== 4 || !allDigits(text))
        return false;
    const y = +text;
    return y >= 1900 && y <= 2030;
}
// ---------------------------------------------------------------- names
const NAME_CHARS = /^[\p{L}][\p{L}\p{M}'’.\- ,]*$/u;
function isCapitalised(token) {
    const first = token[0];
    return first !== first.toLowerCase() && first === first.toUpperCase();
}
/** Place-like words that begin hyphenated surnames. */
const SURNAME_PREFIXES = new Set(['saint', 'san', 'santa', 'st', 'mc', 'mac']);
const NOT_A_NAME = { ok: false, comma: false, known: false };
/** What one token is, as far as names go. Cached: names repeat their tokens endlessly. */
var TokenClass;
(function (TokenClass) {
    TokenClass[TokenClass["Empty"] = 0] = "Empty";
    TokenClass[TokenClass["Particle"] = 1] = "Particle";
    TokenClass[TokenClass["Initial"] = 2] = "Initial";
    TokenClass[TokenClass["NotCapitalised"] = 3] = "NotCapitalised";
    TokenClass[TokenClass["Abbreviation"] = 4] = "Abbreviation";
    TokenClass[TokenClass["NonName"] = 5] = "NonName";
    TokenClass[TokenClass["Word"] = 6] = "Word";
    TokenClass[TokenClass["KnownGiven"] = 7] = "KnownGiven";
})(TokenClass || (TokenClass = {}));
const TOKEN_CACHE = new Map();
const TOKEN_CACHE_MAX = 50_000;
function classifyToken(token) {
    const cached = TOKEN_CACHE.get(token);
    if (cached !== undefined)
        return cached;
    const result = classifyTokenUncached(token);
    if (TOKEN_CACHE.size >= TOKEN_CACHE_MAX)
        TOKEN_CACHE.clear();
    TOKEN_CACHE.set(token, result);
    return result;
}
function classifyTokenUncached(token) {
    const folded = foldToken(token);
    if (!folded)
        return TokenClass.Empty;
    if (NAME_PARTICLES.has(folded))
        return TokenClass.Particle;
    if ((token.length === 2 && token.endsWith('.')) || token.length === 1)
        return isCapitalised(token) ? TokenClass.Initial : TokenClass.NotCapitalised;
    if (!isCapitalised(token))
        return TokenClass.NotCapitalised;
    if (token.endsWith('.'))
        return TokenClass.Abbreviation; // "Inc.", "Dept."
    if (NON_NAME_WORDS.has(folded))
        return TokenClass.NonName;
    let known = GIVEN_NAMES.has(folded);
    const parts = folded.split(' ');
    for (const part of parts) {
        if (parts.length > 1 && (NAME_PARTICLES.has(part) || SURNAME_PREFIXES.has(part)))
            continue; // "Saint-Fleur", "Ramírez-de-la-Torre"
        if (NON_NAME_WORDS.has(part) && !GIVEN_NAMES.has(part))
            return TokenClass.NonName;
        if (GIVEN_NAMES.has(part))
            known = true;
    }
    return known ? TokenClass.KnownGiven : TokenClass.Word;
}
/**
 * "v." / "vs." between two parties: a court case's caption ("Lopez v. Garland", "LOPEZ VS.
 * GARLAND"). Lower case "v" only: a capital "V." is also a middle initial ("John V. Smith").
 */
const CASE_CAPTION = /\S\s+(?:v\.?|vs\.?|VS\.?)\s+\S/;
/** Whether a text is a court case's caption, not a person's name. */
function isCaseCaption(text) {
    return CASE_CAPTION.test(text);
}
function nameTokensOk(tokens) {
    let words = 0;
    let known = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        let c = classifyToken(token);
        if (c === TokenClass.Empty)
            continue;
        if (c === TokenClass.Particle) {
            if (i > 0 && i < tokens.length - 1)
                continue;
            // A particle at either end ("De", "El") is judged as a word: capitalised, not a non-name word.
            c = isCapitalised(token) && !NON_NAME_WORDS.has(fold(token)) ? TokenClass.Word : TokenClass.NonName;
        }
        if (c === TokenClass.Initial) {
            words++;
            continue;
        }
        if (c === TokenClass.NotCapitalised || c === TokenClass.Abbreviation || c === TokenClass.NonName)
            return { ok: false, known, words };
        if (c === TokenClass.KnownGiven)
            known = true;
        words++;
    }
    return { ok: words >= 1, known, words };
}
/**
 * Shape of a person's name: two to five capitalised tokens (accents, hyphens, apostrophes,
 * particles such as "de la"), or "LAST, FIRST". Not a facility, a country, an organisation,
 * a header or a month.
 */
function nameShape(text) {
    const n = text.length;
    if (n < 2 || n > 60)
        return NOT_A_NAME;
    // A case caption ("Lopez v. Garland", "Matter of X vs. Y") names a court case, not a person.
    if (CASE_CAPTION.test(text))
        return NOT_A_NAME;
    if (CASELESS.test(text))
        return caselessNameShape(text, false) ? CASELESS_NAME : NOT_A_NAME;
    if (n < 4)
        return NOT_A_NAME;
    if (!NAME_CHARS.test(text))
        return NOT_A_NAME;
    const commaAt = text.indexOf(',');
    if (commaAt >= 0) {
        if (text.indexOf(',', commaAt + 1) >= 0)
            return NOT_A_NAME;
        const family = text.slice(0, commaAt).trim().split(/\s+/).filter(Boolean);
        const given = text
            .slice(commaAt + 1)
            .trim()
            .split(/\s+/)
            .filter(Boolean);
        if (!family.length || !given.length || family.length > 3 || given.length > 3)
            return NOT_A_NAME;
        // "Houston, TX": a US state code after the comma is a place, not "LAST, FIRST".
        if (given.length === 1 && given[0].length === 2 && US_STATES.has(given[0]))
            return NOT_A_NAME;
        const a = nameTokensOk(family);
        if (!a.ok)
            return NOT_A_NAME;
        const b = nameTokensOk(given);
        if (!b.ok || isCountryTokens([...family, ...given]))
            return NOT_A_NAME;
        return { ok: true, comma: true, known: a.known || b.known };
    }
    const tokens = text.split(/\s+/).filter(Boolean);
    if (tokens.length < 2 || tokens.length > 6)
        return NOT_A_NAME;
    const r = nameTokensOk(tokens);
    if (!r.ok || r.words < 2)
        return NOT_A_NAME;
    // All-initials ("J. K.") or single letters only are not names.
    if (!tokens.some((t) => t.replace(/[.'’-]/g, '').length > 2))
        return NOT_A_NAME;
    // Countries whose words look like a name ("Costa Rica", "Sierra Leone").
    if (isCountryTokens(tokens))
        return NOT_A_NAME;
    return { ok: true, comma: false, known: r.known };
}
/**
 * Letters of scripts without letter case (Arabic, Hebrew, Han, kana, Hangul, Devanagari and
 * the other Indic scripts, Ge'ez, Thai...): "capitalised" means nothing there, so names in them
 * get their own shape test.
 */
const CASELESS_LETTER = '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}' +
    '\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Oriya}\\p{Script=Tamil}\\p{Script=Telugu}' +
    '\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}\\p{Script=Ethiopic}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}' +
    '\\p{Script=Myanmar}\\p{Script=Tibetan}\\p{Script=Georgian}';
const CASELESS = new RegExp(`[${CASELESS_LETTER}]`, 'u');
/** Only caseless letters, their marks, spaces and the separators names use (middle dots, hyphens, Ge'ez word space). */
const CASELESS_ONLY = new RegExp(`^[${CASELESS_LETTER}\\p{M}\\u30fb\\u00b7\\u1361 '’-]+$`, 'u');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CASELESS_NAME = { ok: true, comma: false, known: false };
/**
 * A name in a caseless script. Han, kana and Hangul names are short and often unspaced
 * ("王伟明", "山田 太郎", "김민준"): two to eight characters in at most three words. Other
 * scripts write given and family names as words: two to five words (one for a single name
 * part) of two to twenty letters. Shape alone cannot tell a name from a place in these
 * scripts: without a header, such a column counts only beside other identity evidence.
 */
function caselessNameShape(text, part) {
    if (!CASELESS_ONLY.test(text))
        return false;
    const words = text.split(/[\s\u30fb\u00b7\u1361]+/).filter(Boolean);
    if (!words.length || words.length > (part ? 3 : 5))
        return false;
    if (CJK.test(text)) {
        const chars = words.join('').length;
        return chars >= (part ? 1 : 2) && chars <= 8 && words.length <= 3;
    }
    if (words.length < (part ? 1 : 2))
        return false;
    return words.every((w) => w.length >= 2 && w.length <= 20);
}
const FOLD_CACHE = new Map();
/** fold() of one token, cached (tokens repeat endlessly in name columns). */
function foldToken(token) {
    let f = FOLD_CACHE.get(token);
    if (f === undefined) {
        f = fold(token);
        if (FOLD_CACHE.size >= TOKEN_CACHE_MAX)
            FOLD_CACHE.clear();
        FOLD_CACHE.set(token, f);
    }
    return f;
}
function isCountryTokens(tokens) {
    const folded = tokens.map(foldToken).filter(Boolean).join(' ');
    return COUNTRIES.has(folded) || NATIONALITIES.has(folded);
}
/** "quispe, marisol" → "Quispe, Marisol" (only letters after a separator are raised). */
function titleCase(text) {
    return text.toLowerCase().replace(/(^|[\s,'’-])(\p{Ll})/gu, (_m, sep, c) => sep + c.toUpperCase());
}
function isPersonName(text) {
    return nameShape(text).ok;
}
/** A single given or family name (under a "First Name" / "Last Name" header). */
function isNamePart(text) {
    const n = text.length;
    if (n < 1 || n > 40)
        return false;
    if (CASELESS.test(text))
        return caselessNameShape(text, true);
    if (n < 2)
        return false;
    if (!NAME_CHARS.test(text) || text.includes(','))
        return false;
    const tokens = text.split(/\s+/).filter(Boolean);
    if (tokens.length > 4)
        return false;
    return nameTokensOk(tokens).ok;
}
// ---------------------------------------------------------------- countries, facilities
const PLACE_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
/**
 * A US place written "City ST" or "City, ST" ("Tacoma WA", "SAN JUAN PR", "Houston, TX"): one
 * to four capitalised words, then a US state or territory code in capitals (a closed official
 * list). One such cell proves nothing (a name in capitals, "KIM OH", has the same shape); a column where
 * most cells end in a state code is a place column (see decideByValues).
 */
function isCityState(text) {
    const n = text.length;
    if (n < 5 || n > 48)
        return false;
    const code = text.slice(n - 2);
    if (!US_STATES.has(code) || text.charCodeAt(n - 3) !== 32)
        return false;
    const place = text
        .slice(0, n - 3)
        .replace(/,\s*$/, '')
        .trim();
    if (!place)
        return false;
    const words = place.split(/\s+/);
    return words.length <= 4 && words.every((w) => PLACE_WORD.test(w));
}
function isCountry(text) {
    const n = text.length;
    if (n < 4 || n > 45)
        return false;
    const folded = fold(text);
    return COUNTRIES.has(folded) || NATIONALITIES.has(folded);
}
const FACILITY = /\b(?:processing cent(?:er|re)|detention (?:cent(?:er|re)|facility|complex)|correctional|corrections|county jail|city jail|jail|service processing|annex|contract detention|residential cent(?:er|re)|family (?:residential|shelter)|hold room|penitentiary|prison|detention|adult detention|justice cent(?:er|re)|law enforcement cent(?:er|re)|public safety|juvenile)\b/i;
/** A lower-case word of four letters or more: "Detention statistics" is a topic, not a place's name. */
const LOWER_WORD = /(?:^|[\s(/-])\p{Ll}{4,}/u;
/** A detention facility's name: a facility word inside a proper name (capitalised or upper-case words). */
function isFacilityName(text) {
    const n = text.length;
    if (n < 6 || n > 120)
        return false;
    return FACILITY.test(text) && !LOWER_WORD.test(text);
}
const DETLOC = /^[A-Z]{7}$/;
const HOLD = /^[A-Z]{3}HOLD$/;
/** A DETLOC code: seven letters ending in a state, or a hold room (XXXHOLD). */
function isDetlocCode(text) {
    if (text.length !== 7)
        return false;
    if (HOLD.test(text))
        return true;
    return DETLOC.test(text) && US_STATES.has(text.slice(5));
}
/** Three-letter legacy facility codes, only under a facility-code header. */
function isShortFacilityCode(text) {
    return (text.length >= 3 && text.length <= 7 && /^[A-Z0-9]+$/.test(text)) || isDetlocCode(text);
}
// ---------------------------------------------------------------- protection claims
/** Claim phrases that say what they are in any case ("credible fear", "asylum", "withholding"). */
const CLAIM = /(?:credible[\s-]+fear|reasonable[\s-]+fear|\bfear (?:claim|determination|decision|interview|screening|finding)|\b(?:positive|negative)\s+(?:fear|cf|rf|cfi|rfi)\b|persecution claim|torture claim|\basyl(?:um|ee)\b|\basilo\b|withholding|convention against torture|\b[TU][- ]visa\b|\bVAWA\b|\bI-?(?:589|870|914|918|360)\b|miedo\s+(?:cre[ií]ble|razonable)|\[(?:8G|8K|5C)\]|referred to (?:the )?IJ|\bIJ (?:vacated|affirmed)|found (?:credible|reasonable) fear|\brefugee\b)/i;
/**
 * Acronyms that are claims only as words in capitals and in context: "CAT" (Convention Against
 * Torture) but not a `.cat` domain or "cat"; "CFR" (credible-fear review) but not "8 CFR 208.6";
 * "RFI" but not a request for information. Case-sensitive, never inside a word, an address or a
 * path.
 */
const CLAIM_ACRONYM = /(?<![\p{L}\p{N}_.@/\\-])(?<!\d\s)(?:CAT|CFR|RFR|CFI|RFI|CFP|CFN)(?![\p{L}\p{N}_@]|[./\\-][\p{L}\p{N}])(?!\s\d)/u;
/** A cell that is nothing but the acronym ("CAT" under a relief header). */
const CLAIM_ACRONYM_CELL = /^(?:CAT|CFR|RFR|CFI|RFI|CFP|CFN)$/;
/** Words that make an acronym a claim: the text is about fear screening or relief. */
const CLAIM_CONTEXT = /\b(?:fear|torture|convention|asylum|asilo|withholding|relief|protection|deferral|persecution|credible|reasonable|interview|screening|determination|referral|referred|granted|denied|grant|deny|positive|negative|established|IJ|immigration judge)\b/i;
/**
 * Where a claim word names an office, a job or a programme, not anyone's claim: "Asylum
 * Officer", "Houston Asylum Office", "Chief, Refugee and Asylum Policy", "Office of Refugee
 * Resettlement". A cell that says only this is a title or a place of work (a staff list), so
 * it is taken out before a cell is judged; any other claim term in the cell still counts.
 */
const CLAIM_INSTITUTION = /\b(?:(?:refugee|asylum)(?:,?\s+(?:and|&)\s+(?:refugee|asylum|international operations))?\s+(?:office|offices|officers?|division|directorate|programs?|policy|unit|section|branch|corps|supervisors?|director|chief|managers?|staff|team|affairs|adjudications?|operations|services|clinic|project|network|coalition|alliance|council)|(?:office of )?refugee resettlement|refugee admissions program)\b/gi;
/** A protection-claim term: credible/reasonable fear, asylum, withholding, CAT, T/U visa, VAWA, ... */
function isClaimText(text) {
    if (text.length < 3)
        return false;
    let t = text.length > MAX_CELL ? text.slice(0, MAX_CELL) : text;
    if (CLAIM.test(t)) {
        CLAIM_INSTITUTION.lastIndex = 0;
        if (!CLAIM_INSTITUTION.test(t))
            return true;
        t = t.replace(CLAIM_INSTITUTION, ' ');
        if (CLAIM.test(t))
            return true;
    }
    return CLAIM_ACRONYM.test(t) && (CLAIM_ACRONYM_CELL.test(t) || CLAIM_CONTEXT.test(t));
}
/** Claim vocabulary inside prose (same vocabulary; acronyms need context in the same text). */
function hasClaimTerm(text) {
    if (CLAIM.test(text))
        return true;
    return CLAIM_ACRONYM.test(text) && CLAIM_CONTEXT.test(text);
}
const FEAR_RESULT = /^(?:positive|negative|pos|neg|yes|no|y|n|established|not established|found|not found|granted|denied|approved|pending|referred|vacated|affirmed|positivo|negativo|s[ií])$/i;
/** A short result cell ("Positive", "Negative", "Yes") under a protection-claim header. */
function isClaimResult(text) {
    return text.length <= 16 && FEAR_RESULT.test(text);
}
/**
 * A result that only a fear screening gives: positive / negative / established / not
 * established (English or Spanish), CFP / CFN. Under a "Result", "Determination" or
 * "Decision" header these make a protection claim; "Approved", "Yes" or "Pass" do not.
 */
const SCREENING_RESULT = /^(?:positive|negative|pos|neg|established|not established|positivo|positiva|negativo|negativa|cfp|cfn|rfp|rfn|(?:positive|negative) (?:cf|rf|cfi|rfi|fear))$/i;
function isScreeningResult(text) {
    return text.length <= 24 && SCREENING_RESULT.test(text);
}
// ---------------------------------------------------------------- small shapes
function isGender(text) {
    return text.length <= 12 && /^(?:m|f|x|male|female|masculino|femenino|hombre|mujer|nonbinary|non-binary|unknown|u)$/i.test(text);
}
function isNumeric(text) {
    return text.length > 0 && text.length < 24 && /^-?[\d,]*\.?\d+%?$/.test(text);
}
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[a-z]{2,}$/i;
function isEmail(text) {
    return text.length >= 6 && text.length <= 254 && text.includes('@') && EMAIL.test(text);
}
const PHONE = /^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/;
function isPhone(text) {
    return text.length >= 10 && text.length <= 18 && PHONE.test(text);
}
/** A cell that holds some value of a kind that must not be shown as a header. */
function looksLikeValue(text) {
    if (!text)
        return false;
    if (/\d{5,}/.test(text))
        return true;
    return (isPrefixedANumber(text) ||
        isReceiptNumber(text) ||
        isI94(text) ||
        isSevisId(text) ||
        isDateText(text) ||
        isPersonName(text) ||
        isCountry(text) ||
        isFacilityName(text) ||
        isDetlocCode(text) ||
        isEmail(text) ||
        isPhone(text));
}

// EXTERNAL MODULE: ./src/readers/containers/archive/file-name.ts
var file_name = __webpack_require__(5742);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
;// CONCATENATED MODULE: ./src/detect/headers.ts
/**
 * Header normalisation and the English/Spanish header vocabulary per column kind.
 * "ALIEN_FILE_NUMBER", "alienFileNumber", "Alien File #" and "Número A" all normalise to
 * comparable word strings.
 */


/**
 * Abbreviations and run-together words agencies write in headers, expanded token by token:
 * "LNAME", "DetaineeFirstNm", "BKIN_DT", "subj_a_num", "COB", "case.anum".
 */
const EXPAND = {
    nm: 'name',
    nme: 'name',
    lname: 'last name',
    fname: 'first name',
    mname: 'middle name',
    lastname: 'last name',
    firstname: 'first name',
    middlename: 'middle name',
    fullname: 'full name',
    givenname: 'given name',
    familyname: 'family name',
    lastnm: 'last name',
    firstnm: 'first name',
    birthdate: 'birth date',
    birthdt: 'birth date',
    dt: 'date',
    dte: 'date',
    bkin: 'book in',
    bookin: 'book in',
    bkout: 'book out',
    bookout: 'book out',
    anum: 'a number',
    anumber: 'a number',
    anbr: 'a number',
    anum9: 'a number',
    alienno: 'alien number',
    aliennumber: 'alien number',
    cob: 'country of birth',
    coc: 'country of citizenship',
    pob: 'place of birth',
    ctry: 'country',
    cntry: 'country',
    citz: 'citizenship',
    nbr: 'number',
    num: 'number',
    no: 'number',
    nr: 'number',
    nro: 'number',
    numero: 'number',
};
/**
 * Header words as tokens: camelCase, snake_case, dotted JSON paths ("person.name.given") and
 * punctuation split; accents dropped (letters of any script kept); abbreviations expanded:
 * "alienFileNo." → "alien file number", "BKIN_DT" → "book in date".
 */
function normaliseHeader(text) {
    const words = normalizeText(text.slice(0, 120))
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC')
        .toLowerCase()
        .replace(/#/g, ' number ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    if (!words)
        return '';
    return words
        .split(' ')
        .map((w) => EXPAND[w] ?? w.replace(/^(\p{L}{2,})(\d+)$/u, '$1 $2'))
        .join(' ');
}
/** Built-in header words per kind (normalised on load). Exact match after normalisation. */
const SYNONYMS = {
    'full-name': [
        'name',
        'names',
        'full name',
        'fullname',
        'person name',
        'detainee name',
        'detainee',
        'alien name',
        'subject name',
        'applicant name',
        'applicant',
        'client name',
        'client',
        'respondent',
        'respondent name',
        'noncitizen name',
        'individual name',
        'last first',
        'last name first name',
        'name last first',
        'name full',
        'full name last first',
        'inmate',
        'inmate name',
        'prisoner name',
        'arrestee name',
        'decedent',
        'decedent name',
        'name of deceased',
        'nom',
        'nom complet',
        'nome',
        'nome completo',
        'фио',
        'ф и о',
        'имя и фамилия',
        'полное имя',
        '姓名',
        '氏名',
        '이름',
        '성명',
        'الاسم',
        'الاسم الكامل',
        'नाम',
        'ስም',
        'nombre',
        'nombre completo',
        'nombres y apellidos',
        'nombre y apellido',
        'apellidos y nombres',
        'nombre del detenido',
        'beneficiary name',
        'petitioner name',
    ],
    'given-name': [
        'name first',
        'name given',
        'name first mi',
        'first name mi',
        'first mi',
        'first middle',
        'first and middle name',
        'prenom',
        'имя',
        'отчество',
        'first name',
        'firstname',
        'given name',
        'given names',
        'forename',
        'fname',
        'first',
        'nombres',
        'primer nombre',
        'middle name',
    ],
    'family-name': [
        'name last',
        'name family',
        'name last suffix',
        'last name suffix',
        'nom de famille',
        'apellido paterno',
        'apellido materno',
        'фамилия',
        'last name',
        'lastname',
        'surname',
        'family name',
        'lname',
        'last',
        'apellido',
        'apellidos',
        'primer apellido',
        'segundo apellido',
    ],
    'a-number': [
        'a number',
        'anumber',
        'a number number',
        'alien registration',
        'alien reg',
        'alien file id',
        'a file id',
        'a number id',
        'alien',
        'alien number',
        'alien file number',
        'alien file',
        'alien registration number',
        'alien id',
        'alien number number',
        'a file number',
        'a file',
        'uscis number',
        'uscis',
        'a',
        'anum',
        'a num',
        'alien reg number',
        'registration number',
        'numero a',
        'number a',
        'a number uscis',
        'uscis a number',
    ],
    'receipt-number': ['receipt number', 'receipt', 'uscis receipt number', 'case receipt number', 'receipt num', 'numero de recibo'],
    'i94-number': ['i 94', 'i 94 number', 'i94', 'i94 number', 'admission number', 'i 94 admission number', 'admission record number'],
    'sevis-id': ['sevis', 'sevis id', 'sevis number'],
    'subject-id': [
        'eid subject id',
        'subject id',
        'eid case id',
        'case id',
        'fin',
        'fins',
        'fingerprint identification number',
        'eid',
        'person id',
        'detainee id',
        'subject number',
        'booking number',
        'event number',
        'eoir case number',
        'ice id',
    ],
    'passport-number': ['passport', 'passport number', 'pasaporte', 'numero de pasaporte', 'travel document number'],
    birthdate: [
        'birth',
        'born',
        'fecha nac',
        'f nac',
        'date de naissance',
        'data de nascimento',
        'дата рождения',
        '出生日期',
        '生年月日',
        '생년월일',
        'تاريخ الميلاد',
        'birth date',
        'birthdate',
        'date of birth',
        'dob',
        'd o b',
        'birthday',
        'fecha de nacimiento',
        'fecha nacimiento',
        'f nacimiento',
        'nacimiento',
        'birth dt',
        'birth date time',
    ],
    'birth-year': ['birth year', 'year of birth', 'yob', 'ano de nacimiento', 'anio de nacimiento'],
    age: ['age', 'edad', 'age at book in', 'age at apprehension'],
    nationality: [
        'nationality',
        'citizenship',
        'citizenship country',
        'country of citizenship',
        'country of nationality',
        'nacionalidad',
        'pais de nacionalidad',
        'ciudadania',
        'country',
        'pais',
        'country of origin',
        'nationalite',
        'гражданство',
        '国籍',
        '국적',
        'الجنسية',
        'pais de origen',
        'citizenship country code',
        'nationality country',
    ],
    'birth-country': [
        'birth country',
        'country of birth',
        'pais de nacimiento',
        'birth place',
        'place of birth',
        'lugar de nacimiento',
        'birthplace',
    ],
    gender: ['gender', 'sex', 'sexo', 'genero', 'm f'],
    facility: [
        'detention facility',
        'facility',
        'facility name',
        'detention center',
        'detention location',
        'current facility',
        'housing facility',
        'centro de detencion',
        'detention facility name',
        'facility of detention',
        'detention site',
        'current detention facility',
    ],
    'facility-code': [
        'detention facility code',
        'facility code',
        'detloc',
        'det loc',
        'detention location code',
        'facility id',
        'current detloc',
    ],
    'book-in-date': [
        'book in date',
        'book in date time',
        'book in',
        'booking date',
        'book in dt',
        'detention book in date',
        'stay book in date',
        'fecha de ingreso',
        'arrest date',
        'apprehension date',
        'detained date',
        'detention date',
    ],
    'book-out-date': [
        'book out date',
        'stay book out date',
        'book out date time',
        'release date',
        'detention release date',
        'fecha de salida',
        'removal date',
        'departure date',
    ],
    'protection-claim': [
        'fear decision',
        'fear determination',
        'credible fear',
        'reasonable fear',
        'cf decision',
        'rf decision',
        'cfi result',
        'rfi result',
        'cf result',
        'rf result',
        'fear result',
        'fear claim',
        'fear interview result',
        'credible fear result',
        'credible fear determination',
        'reasonable fear determination',
        'apso decision',
        'uscis fear decision',
        'asylum',
        'asylum status',
        'asylum claim',
        'asylum application',
        'asylum decision',
        'relief',
        'relief sought',
        'relief type',
        'relief granted',
        'claim type',
        'protection claim',
        'fear decision date',
        'fear decision service date',
        'ij decision',
        'ij review',
        'withholding',
        'cat',
        'cat claim',
        'miedo creible',
        'resultado miedo creible',
        'asilo',
        'solicitud de asilo',
        'decision de miedo',
        'i 589',
        'i589',
        'i 589 filed',
        'vawa',
        't visa',
        'u visa',
        'cfi',
        'rfi',
        'cf',
        'rf',
        'fear',
        'fear outcome',
        'cfi outcome',
        'cfi decision',
        'cfi determination',
        'rfi decision',
        'rfi determination',
        'credible fear outcome',
        'credible fear decision',
        'withholding of removal',
        'convention against torture',
        'cat outcome',
        'cat decision',
        'asylum outcome',
        'asylum granted',
        'asylum result',
        'withholding outcome',
        'withholding result',
        'cat result',
    ],
    'case-status': ['case status', 'estado del caso', 'immigration status', 'detention status'],
    'case-category': [
        'case category',
        'case category code',
        'categoria del caso',
        'case type',
        'processing disposition',
        'final program',
        'lead event type',
    ],
    religion: ['religion', 'religious preference', 'religion preference'],
    ethnicity: ['ethnicity', 'race', 'etnia', 'raza', 'ethnic origin'],
    'marital-status': ['marital status', 'estado civil'],
    address: ['address', 'home address', 'street address', 'direccion', 'residence address', 'mailing address'],
    phone: ['phone', 'phone number', 'telephone', 'tel', 'telefono', 'mobile', 'cell phone'],
    email: ['email', 'e mail', 'email address', 'correo', 'correo electronico'],
    date: ['date', 'fecha'],
    // Ordinary header words that hold no kind of their own: known to be headers (so they may be
    // shown in a finding), judged by their values.
    other: [
        'notes',
        'note',
        'comments',
        'comment',
        'misc',
        'miscellaneous',
        'remarks',
        'reference',
        'ref',
        'description',
        'details',
        'type',
        'category',
        'status',
        'code',
        'id',
        'file',
        'file name',
        'filename',
        'document',
        'documents',
        'link',
        'url',
        'source',
        'title',
        'location',
        'city',
        'state',
        'zip',
        'zip code',
        'county',
        'region',
        'office',
        'field office',
        'aor',
        'program',
        'value',
        'values',
        'label',
        'item',
        'field',
        'column',
        'key',
        'slug',
        'path',
        'text',
        'summary',
        'observaciones',
        'comentarios',
        'notas',
        'ciudad',
        'estado',
        'tipo',
        'result',
        'decision',
        'determination',
        'outcome',
        'disposition',
    ],
    count: ['count', 'total', 'number of', 'cantidad', 'number', 'adp', 'total detained', 'population'],
};
/**
 * The built-in synonyms normalised: once per process, not once per file (some 400
 * normalisations, a millisecond or two per file of a site audit), and shared by every analyzer
 * without configured words.
 */
let builtIn;
function builtInVocabulary() {
    if (!builtIn) {
        const vocab = new Map();
        for (const [kind, words] of Object.entries(SYNONYMS)) {
            for (const word of words)
                vocab.set(normaliseHeader(word), kind);
        }
        builtIn = vocab;
    }
    return builtIn;
}
/** The built-in vocabulary plus the configured synonyms (later entries win on conflicts). */
function buildVocabulary(extra = {}) {
    let vocab;
    for (const [kind, words] of Object.entries(extra ?? {})) {
        if (!model/* COLUMN_KINDS */.Dg.includes(kind))
            continue;
        const list = Array.isArray(words) ? words : typeof words === 'string' ? [words] : [];
        for (const word of list) {
            if (typeof word !== 'string')
                continue;
            const key = normaliseHeader(word);
            if (!key)
                continue;
            vocab ??= new Map(builtInVocabulary());
            vocab.set(key, kind);
        }
    }
    return vocab ?? builtInVocabulary();
}
/** Word cues for kinds when the header is not an exact synonym ("Detainee DOB (mm/dd/yyyy)"). */
const CUES = [
    [/\b(a number|alien (file |registration )?number|alien file|uscis number|numero a)\b/, 'a-number'],
    [/\breceipt\b/, 'receipt-number'],
    [/\bi ?94\b/, 'i94-number'],
    [/\bsevis\b/, 'sevis-id'],
    [/\b(subject id|case id|eid|fin)\b/, 'subject-id'],
    [/\b(passport|pasaporte)\b/, 'passport-number'],
    [/\b(birth ?date|date of birth|dob|fecha de nacimiento|nacimiento)\b/, 'birthdate'],
    [/\b(birth year|year of birth|yob)\b/, 'birth-year'],
    [/\b(birth country|country of birth|pais de nacimiento|place of birth)\b/, 'birth-country'],
    [/\b(citizenship|nationality|nacionalidad|ciudadania)\b/, 'nationality'],
    [/\b(detloc|facility code|facility id)\b/, 'facility-code'],
    [
        /\b(credible fear|reasonable fear|fear decision|fear determination|fear claim|fear result|miedo creible|miedo razonable|asylum|asilo|withholding|persecution|torture|vawa|t visa|u visa|i 589)\b/,
        'protection-claim',
    ],
    [/\b(book in|booking date|fecha de ingreso)\b/, 'book-in-date'],
    [/\b(book out|release date)\b/, 'book-out-date'],
    [/\b(first name|given name|nombres?)\b/, 'given-name'],
    [/\b(last name|surname|family name|apellidos?)\b/, 'family-name'],
    [/\b(full name|detainee name|alien name|person name|applicant name|respondent name)\b/, 'full-name'],
    [/\b(gender|sex|sexo|genero)\b/, 'gender'],
    [/\b(case category)\b/, 'case-category'],
    [/\b(detention facility|facility name|centro de detencion)\b/, 'facility'],
    [/\b(religion)\b/, 'religion'],
    [/\b(ethnicity|race)\b/, 'ethnicity'],
    [/\b(marital)\b/, 'marital-status'],
];
/**
 * Leading words that say whose field it is, not what it holds: "inmate_lastname",
 * "detainee_dob", "subj_a_num", "person.name.given", "case.anum", "record.dob". Stripped one by
 * one when the whole header is not a known header; what remains must name an identifying kind.
 */
const OWNER_WORDS = new Set(('inmate inmates detainee detainees subj subject subjects person persons people alien aliens respondent respondents applicant applicants client clients ' +
    'defendant offender arrestee prisoner individual noncitizen beneficiary petitioner principal primary booking case cases record records data row rows item items ' +
    'member members passenger traveler traveller decedent deceased child minor juvenile parent spouse dependent current ice eid uscis eoir the of').split(' '));
/** Kinds a header may name after its owner words were stripped (not "number", "date", "count"). */
const STRIPPED_KINDS = new Set([
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
    'nationality',
    'birth-country',
    'gender',
    'facility',
    'facility-code',
    'book-in-date',
    'book-out-date',
    'protection-claim',
    'religion',
    'ethnicity',
    'marital-status',
    'age',
]);
/** The kind a header names, if any: the whole header, then without its owner words, then word cues. */
function headerKind(header, vocab) {
    const key = normaliseHeader(header);
    if (!key)
        return undefined;
    const exact = exactKind(key, vocab);
    if (exact)
        return { kind: exact, exact: true };
    if (key.length > 80)
        return undefined;
    for (const [re, kind] of CUES)
        if (re.test(key))
            return { kind, exact: false };
    return undefined;
}
/**
 * Whether a header is a known header word exactly: `headerKind(header, vocab)?.exact`, without
 * trying the word cues (for scans of many cells that only count known headers).
 */
function isExactHeader(header, vocab) {
    const key = normaliseHeader(header);
    return key !== '' && exactKind(key, vocab) !== undefined;
}
/** The kind of a normalised header that is a synonym, or one after owner words ("detainee name"). */
function exactKind(key, vocab) {
    const exact = vocab.get(key);
    if (exact)
        return exact;
    if (key.length > 80)
        return undefined;
    const tokens = key.split(' ');
    while (tokens.length > 1 && OWNER_WORDS.has(tokens[0])) {
        tokens.shift();
        const kind = vocab.get(tokens.join(' '));
        if (kind && STRIPPED_KINDS.has(kind))
            return kind;
    }
    return undefined;
}
/**
 * Role words that head a column of staff, not of people held: "Officer in Charge", "Warden",
 * "Inspector", "Point of Contact", "Facility Administrator". Names under such a header make a
 * staff directory (a names-only notice at most), whatever stands beside them.
 */
const STAFF_WORDS = new Set(('officer officers warden wardens inspector inspectors inspected contact contacts poc manager managers administrator superintendent sheriff director ' +
    'supervisor supervisors chief coordinator liaison representative rep staff employee employees agent agents reviewer reviewers author authors owner ' +
    'prepared approved signed submitted certified reported auditor auditors investigator investigators judge judges attorney attorneys counsel lawyer ' +
    'spokesperson official officials commander captain lieutenant sergeant ombudsman').split(' '));
/** Whether a header names a staff role (the column holds officials' names, not detainees'). */
function isStaffHeader(header) {
    const key = normaliseHeader(header);
    if (!key || key.length > 80)
        return false;
    return key.split(' ').some((w) => STAFF_WORDS.has(w));
}
/** Nouns of places, bodies and things whose names a "<noun> name" column holds. */
const THING_NOUNS = new Set(('site sites hotel hotels venue building property premises place location area region district county city town village country state province street road ' +
    'station school college university hospital clinic company business firm organisation organization org agency office department dept provider vendor ' +
    'operator contractor supplier brand product project program programme scheme service event file document report dataset table sheet column field layer ' +
    'feature source publisher outlet page court route camp centre center accommodation ward constituency authority council facility port airport border ' +
    'crossing sector unit team committee fund grant asset dashboard series indicator measure metric variable').split(' '));
/**
 * A header that names what its names are names of, and it is a place, a body or a thing:
 * "site_name", "hotel name", "Project Name", "area_name". Values under it are that thing's
 * names however person-like their shape ("Crowne Plaza"). A closed list of such nouns, so that
 * a person noun it does not know ("resident_name", "guest name") still reads as people.
 */
function isThingNameHeader(header) {
    const key = normaliseHeader(header);
    if (!key || key.length > 80)
        return false;
    const tokens = key.split(' ');
    const last = tokens[tokens.length - 1];
    if (tokens.length < 2 || !['name', 'names', 'nm', 'nombre'].includes(last))
        return false;
    return THING_NOUNS.has(tokens[tokens.length - 2]);
}
/** Whether a header names a date of some kind (so that Excel serial numbers count as dates). */
function isDateHeader(header) {
    const key = normaliseHeader(header);
    return /\b(date|dt|dob|fecha|birth|born|nacimiento|book in|book out|day)\b/.test(key);
}

;// CONCATENATED MODULE: ./src/detect/custom.ts


/** Longest text a user pattern is ever run on. */
const CUSTOM_MAX_INPUT = 128;
function compileCustom(recognizers) {
    const out = [];
    for (const r of recognizers ?? []) {
        if (!r || typeof r !== 'object')
            continue;
        const kind = r.kind && model/* COLUMN_KINDS */.Dg.includes(r.kind) ? r.kind : 'subject-id';
        let whole;
        let prose;
        if (typeof r.pattern === 'string' && r.pattern.length > 0 && r.pattern.length <= 500 && !looksCatastrophic(r.pattern)) {
            try {
                whole = new RegExp(`^(?:${r.pattern})$`, 'u');
                prose = new RegExp(r.pattern, 'gu');
            }
            catch {
                try {
                    whole = new RegExp(`^(?:${r.pattern})$`);
                    prose = new RegExp(r.pattern, 'g');
                }
                catch {
                    whole = undefined;
                    prose = undefined;
                }
            }
            // A pattern that matches the empty string would flag every cell: ignore it.
            if (whole && whole.test('')) {
                whole = undefined;
                prose = undefined;
            }
        }
        const headerList = Array.isArray(r.headers) ? r.headers : typeof r.headers === 'string' ? [r.headers] : [];
        const headers = new Set(headerList
            .filter((h) => typeof h === 'string')
            .map(normaliseHeader)
            .filter(Boolean));
        if (!whole && !headers.size)
            continue;
        const re = whole;
        out.push({
            id: typeof r.id === 'string' ? r.id : 'custom',
            kind,
            test: re ? (text) => text.length > 0 && text.length <= CUSTOM_MAX_INPUT && re.test(text) : undefined,
            prose,
            headers,
        });
    }
    return out;
}
/**
 * A cheap star-height check: a quantified group that itself contains a quantifier ("(a+)+", "(a|aa)*",
 * "(\\w*x?)*") or a back-reference can backtrack exponentially. Such patterns are ignored; the
 * worker's wall-clock limit is the backstop for anything this misses.
 */
function looksCatastrophic(pattern) {
    if (/\\[1-9]|\\k</.test(pattern))
        return true;
    const stack = [];
    let inner = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            i = close < 0 ? pattern.length : close;
            continue;
        }
        if (c === '(') {
            stack.push(inner);
            inner = false;
        }
        else if (c === ')') {
            const groupHasQuantifier = inner;
            inner = stack.pop() ?? false;
            const next = pattern[i + 1];
            const quantified = next === '*' || next === '+' || next === '{';
            if (quantified && groupHasQuantifier)
                return true;
            inner ||= groupHasQuantifier || quantified;
        }
        else if (c === '*' || c === '+' || c === '{' || c === '|') {
            inner = true; // a quantifier, or an alternation (overlapping branches backtrack too)
        }
    }
    return false;
}
/**
 * Count matches of a custom pattern in prose. The pattern only ever runs on bounded windows
 * (twice CUSTOM_MAX_INPUT characters, so a catastrophic pattern cannot run away on a long line),
 * and the windows overlap so that a match with spaces in it ("LC 1234567") is seen whole: each
 * window counts only the matches that start in its first half, the next window the rest.
 */
function countCustomInProse(custom, text) {
    const re = custom.prose;
    if (!re)
        return 0;
    const step = CUSTOM_MAX_INPUT;
    let count = 0;
    for (let start = 0; start < text.length; start += step) {
        const window = text.slice(start, start + 2 * step);
        const last = start + step >= text.length;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(window)) !== null) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            if (!last && m.index >= step)
                break;
            count++;
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./src/detect/columns.ts


/** Kinds that identify a person directly. */
const NAME_KINDS = new Set(['full-name', 'given-name', 'family-name']);
const NUMBER_KINDS = new Set([
    'a-number',
    'receipt-number',
    'i94-number',
    'sevis-id',
    'subject-id',
    'passport-number',
]);
/** Quasi-identifiers that, beside a direct identifier, make a record identifying on their own. */
const STRONG_QUASI = new Set([
    'birthdate',
    'birth-year',
    'nationality',
    'birth-country',
    'facility',
    'facility-code',
    'book-in-date',
    'book-out-date',
    'religion',
    'ethnicity',
]);
/** Details that count only together with gender ("gender + ..."). */
const WEAK_QUASI = new Set(['gender', 'age', 'marital-status', 'case-status', 'case-category']);
const DISTINCT_CAP = 400;
function newTally(customCount) {
    return {
        nonEmpty: 0,
        prefixedA: 0,
        embeddedA: 0,
        screening: 0,
        bareA: 0,
        fractional: 0,
        nine: 0,
        receipt: 0,
        i94: 0,
        eleven: 0,
        sevis: 0,
        passport: 0,
        date: 0,
        dateBirthRange: 0,
        serial: 0,
        year: 0,
        name: 0,
        nameLenient: 0,
        nameComma: 0,
        nameKnown: 0,
        namePart: 0,
        cityState: 0,
        label: 0,
        country: 0,
        facility: 0,
        detloc: 0,
        shortCode: 0,
        claim: 0,
        claimResult: 0,
        gender: 0,
        numeric: 0,
        withDigit: 0,
        subjectId: 0,
        email: 0,
        phone: 0,
        custom: new Array(customCount).fill(0),
        distinct: new Set(),
    };
}
function tallyCell(t, value, text, custom) {
    if (!text)
        return;
    t.nonEmpty++;
    if (t.distinct.size < DISTINCT_CAP)
        t.distinct.add(text.toLowerCase());
    if (value instanceof Date) {
        t.date++;
        const y = value.getUTCFullYear();
        if (y >= 1920 && y <= 2012)
            t.dateBirthRange++;
        return;
    }
    if (typeof value === 'number' && !Number.isInteger(value))
        t.fractional++;
    const first = text.charCodeAt(0);
    const digitStart = first >= 48 && first <= 57;
    if (/\d/.test(text)) {
        t.withDigit++;
        if (acceptSubjectId(value, text))
            t.subjectId++;
    }
    if (digitStart) {
        if (isNumeric(text))
            t.numeric++;
        if (isBareANumber(text))
            t.bareA++;
        if (isNineDigits(text))
            t.nine++;
        if (isI94(text))
            t.i94++;
        if (isElevenDigits(text))
            t.eleven++;
        if (isBirthYear(text))
            t.year++;
        if (isExcelSerialDate(value, text))
            t.serial++;
        if (isPhone(text))
            t.phone++;
        const y = dateYear(text);
        if (y > 0) {
            t.date++;
            if (y >= 1920 && y <= 2012)
                t.dateBirthRange++;
        }
    }
    else {
        if (isPrefixedANumber(text))
            t.prefixedA++;
        if (isReceiptNumber(text))
            t.receipt++;
        if (isSevisId(text))
            t.sevis++;
        if (text.charCodeAt(0) === 40 && isPhone(text))
            t.phone++;
        const y = dateYear(text);
        if (y > 0) {
            t.date++;
            if (y >= 1920 && y <= 2012)
                t.dateBirthRange++;
        }
        const shape = nameShape(text);
        if (shape.ok || (!isCaseCaption(text) && isPersonName(titleCase(text))))
            t.nameLenient++;
        if (shape.ok) {
            t.name++;
            if (shape.comma)
                t.nameComma++;
            if (shape.known)
                t.nameKnown++;
        }
        if (isNamePart(text))
            t.namePart++;
        if (isCityState(text))
            t.cityState++;
        if (isLabel(text))
            t.label++;
        if (isCountry(text))
            t.country++;
        if (isFacilityName(text))
            t.facility++;
        if (isDetlocCode(text))
            t.detloc++;
        if (isGender(text))
            t.gender++;
        if (isEmail(text))
            t.email++;
        if (isClaimResult(text))
            t.claimResult++;
        if (isScreeningResult(text))
            t.screening++;
    }
    if (containsANumber(text))
        t.embeddedA++;
    if (isShortFacilityCode(text))
        t.shortCode++;
    if (isPassportLike(text))
        t.passport++;
    if (isClaimText(text))
        t.claim++;
    for (let i = 0; i < custom.length; i++)
        if (custom[i].test?.(text))
            t.custom[i]++;
}
/** A category label: short, no digits, at most four words. Answers and amounts are not labels. */
function isLabel(text) {
    return text.length <= 40 && !/\d/.test(text) && text.split(/\s+/).length <= 4;
}
// ------------------------------------------------------------------ per-cell tests
const acceptANumberWithHeader = (_v, t) => isPrefixedANumber(t) || isBareANumber(t);
const acceptANumberBare = (_v, t) => isPrefixedANumber(t) || isNineDigits(t);
const acceptReceipt = (_v, t) => isReceiptNumber(t);
const acceptI94 = (_v, t) => isI94(t) || isElevenDigits(t);
const acceptSevis = (_v, t) => isSevisId(t);
const SUBJECT_ID = /^[A-Z]{0,3}[-\s]?\d{5,15}$/i;
/** EID subject/case IDs and FINs are numbers (sometimes with a short prefix): "2:19-cv-01234" is not one. */
const acceptSubjectId = (_v, t) => t.length >= 5 && t.length <= 20 && SUBJECT_ID.test(t);
const acceptPassport = (_v, t) => isPassportLike(t);
const acceptEmbeddedA = (_v, t) => containsANumber(t);
const acceptFullName = (_v, t) => isPersonName(t);
/** Under a name header, lower-case names count too ("quispe, marisol"). */
const acceptFullNameLenient = (_v, t) => isPersonName(t) || (!isCaseCaption(t) && isPersonName(titleCase(t)));
const acceptNamePart = (_v, t) => isNamePart(t);
const acceptClaimColumn = (_v, t) => t.length > 0 && !isNumeric(t) && !/^(?:n\/?a|none|null|-+|—)$/i.test(t);
const acceptAnyValue = (_v, t) => t.length > 0;
const acceptClaimTerm = (_v, t) => isClaimText(t);
function share(n, t) {
    return t.nonEmpty ? n / t.nonEmpty : 0;
}
/** Classify one column from its header and sample. */
function classifyColumn(sample, ctx) {
    const tally = newTally(ctx.custom.length);
    for (const v of sample.values)
        tallyCell(tally, v, cellText(v), ctx.custom);
    const header = sample.header ? cellText(sample.header).slice(0, 120) : undefined;
    const match = header ? headerKind(header, ctx.vocab) : undefined;
    const customByHeader = header ? customForHeader(header, ctx.custom) : -1;
    const staff = !!header && !match && isStaffHeader(header);
    const base = {
        index: sample.index,
        kind: 'other',
        header: header || undefined,
        headerSafe: !!header && (match !== undefined || customByHeader >= 0 || staff),
        fromValues: false,
        identifier: false,
        claim: false,
        nonEmpty: tally.nonEmpty,
        sampled: sample.values.length,
    };
    let decided = decide(tally, header, match, customByHeader, ctx, staff);
    // Names found by their shape under a header that says whose names they are not ("site_name"
    // over hotel names) are that thing's names: no person's.
    if (decided.fromValues && decided.kind && NAME_KINDS.has(decided.kind) && header && !match && isThingNameHeader(header))
        decided = { kind: 'other', fromValues: true };
    return {
        ...base,
        ...decided,
        identifier: decided.identifier ?? false,
        claim: decided.claim ?? false,
        fromValues: decided.fromValues ?? false,
    };
}
function customForHeader(header, custom) {
    if (!custom.length)
        return -1;
    const key = normaliseHeader(header);
    return custom.findIndex((c) => c.headers.has(key));
}
/**
 * How evidence combines for one column, strongest first; the first rule that holds decides.
 *  1. A custom recognizer (configured by the user) by its header words or its values.
 *  2. Identifiers whose shape speaks for itself (A-prefixed numbers, receipt, SEVIS, I-94
 *     numbers in most cells) whatever the header says; A-numbers inside longer text (slugs,
 *     file names, notes) in half the cells, or in a fifth with at least two of them.
 *  3. A staff-role header over names: officials' names (a staff directory, never a record).
 *  4. A result header ("Result", "Determination", "Decision") over results only a fear
 *     screening gives (Positive, Not Established, CFP): a protection claim.
 *  5. A header that names a kind (vocabulary, owner words stripped, word cues), when the
 *     values agree with it: values always have the last word on identifiers.
 *  6. Values alone. A column whose cells mostly end in a US state code ("Tacoma WA") is a
 *     place, not names. Name-shaped values with a known given name or "LAST, FIRST" form are a
 *     name column; name shape alone (any script, no list hit) is weak evidence that counts
 *     only beside other identity evidence (see identifierColumns). Dates alone are never
 *     birthdates: without a birth header or label a date is just a date.
 * Word lists (given names, countries) only raise confidence; their absence never vetoes a
 * column that a header or its neighbours make a name column.
 */
function decide(t, header, match, customByHeader, ctx, staff) {
    const n = t.nonEmpty;
    // Nothing in the sample (a sorted export whose first rows lack names): the header alone
    // decides, with the kind's strict value test, so the rows further down are still counted.
    if (n === 0)
        return match ? decideForEmptySample(match.kind) : { kind: 'other' };
    // 1. Custom recognizers: by header words (values confirm when a pattern exists) or by values.
    if (customByHeader >= 0) {
        const c = ctx.custom[customByHeader];
        if (!c.test || share(t.custom[customByHeader], t) >= 0.3)
            return customDecision(c, false);
    }
    for (let i = 0; i < ctx.custom.length; i++) {
        if (share(t.custom[i], t) >= 0.5)
            return customDecision(ctx.custom[i], true);
    }
    // 2. Prefixed immigration numbers speak for themselves whatever the header says.
    if (share(t.prefixedA, t) >= 0.5)
        return id('a-number', acceptANumberBare, match?.kind !== 'a-number');
    if (share(t.receipt, t) >= 0.5)
        return id('receipt-number', acceptReceipt, match?.kind !== 'receipt-number');
    if (share(t.sevis, t) >= 0.5)
        return id('sevis-id', acceptSevis, match?.kind !== 'sevis-id');
    if (share(t.i94, t) >= 0.5)
        return id('i94-number', acceptI94, match?.kind !== 'i94-number');
    const bareDigits = share(t.bareA, t) >= 0.5 && match?.kind === 'a-number';
    if (!bareDigits && (share(t.embeddedA, t) >= 0.5 || (t.embeddedA >= 2 && share(t.embeddedA, t) >= 0.2)))
        return id('a-number', acceptEmbeddedA, true);
    // 3. Staff-role header over names.
    if (staff && share(t.nameLenient + t.namePart, t) >= 0.5)
        return { kind: 'full-name', accept: acceptFullNameLenient, identifier: true, staff: true };
    // 4. A result header over screening results.
    if (header &&
        (!match || match.kind === 'other' || match.kind === 'case-status' || match.kind === 'date') &&
        share(t.screening, t) >= 0.5 &&
        isResultHeader(header)) {
        return { kind: 'protection-claim', claim: true, accept: acceptClaimColumn };
    }
    // 5. The header names a kind: accept it when the values agree.
    if (match && match.kind !== 'other') {
        const byHeader = decideByHeader(t, header, match.kind);
        if (byHeader)
            return byHeader;
    }
    // 6. Values alone.
    return decideByValues(t, match);
}
/** Result words in a header; medical and test results ("Test Result", "TB screening") are not fear screenings. */
const RESULT_WORDS = new Set([
    'result',
    'results',
    'determination',
    'determinations',
    'decision',
    'decisions',
    'outcome',
    'outcomes',
    'finding',
    'findings',
    'resultado',
    'decision',
    'determinacion',
    'fear',
    'screening',
]);
const MEDICAL_WORDS = new Set([
    'test',
    'tests',
    'testing',
    'covid',
    'covid19',
    'lab',
    'tb',
    'pcr',
    'hiv',
    'drug',
    'pregnancy',
    'specimen',
    'antigen',
    'antibody',
    'medical',
    'health',
    'swab',
    'prueba',
]);
/** Claim headers of one short word, ambiguous on their own (a survey's "Fear", an animal "Cat"). */
const SHORT_CLAIM_HEADERS = new Set(['fear', 'cf', 'rf', 'cfi', 'rfi', 'cat', 'relief', 'asylum', 'withholding', 'asilo', 'vawa']);
function isResultHeader(header) {
    const words = normaliseHeader(header).split(' ');
    return words.some((w) => RESULT_WORDS.has(w)) && !words.some((w) => MEDICAL_WORDS.has(w));
}
function id(kind, accept, fromValues) {
    return { kind, accept, identifier: true, fromValues };
}
function customDecision(c, fromValues) {
    const accept = c.test ? (_v, t) => c.test(t) : (_v, t) => t.length > 0;
    const identifier = NAME_KINDS.has(c.kind) || NUMBER_KINDS.has(c.kind);
    const claim = c.kind === 'protection-claim';
    return {
        kind: c.kind,
        accept,
        identifier: identifier || (!claim && !STRONG_QUASI.has(c.kind) && !WEAK_QUASI.has(c.kind)),
        claim,
        customId: c.id,
        fromValues,
    };
}
/** The strict test for a kind named by a header whose sampled cells were all empty. */
function decideForEmptySample(kind) {
    switch (kind) {
        case 'a-number':
            return id(kind, acceptANumberWithHeader, false);
        case 'receipt-number':
            return id(kind, acceptReceipt, false);
        case 'i94-number':
            return id(kind, acceptI94, false);
        case 'sevis-id':
            return id(kind, acceptSevis, false);
        case 'full-name':
            return id(kind, acceptFullName, false);
        case 'given-name':
        case 'family-name':
            return id(kind, acceptNamePart, false);
        case 'protection-claim':
            return { kind, claim: true, accept: acceptClaimColumn };
        default:
            return { kind };
    }
}
function decideByHeader(t, header, kind) {
    const dateHeader = isDateHeader(header);
    const dates = t.date + (dateHeader ? Math.max(0, t.serial - t.date) : 0);
    switch (kind) {
        case 'a-number':
            // A column holding fractions (6377563.396 beside 6378137) is a measurement under a short header.
            return share(t.bareA + t.prefixedA, t) >= 0.5 && t.fractional === 0 ? id('a-number', acceptANumberWithHeader, false) : undefined;
        case 'receipt-number':
            return share(t.receipt, t) >= 0.5 ? id(kind, acceptReceipt, false) : undefined;
        case 'i94-number':
            return share(t.i94 + t.eleven, t) >= 0.5 ? id(kind, acceptI94, false) : undefined;
        case 'sevis-id':
            return share(t.sevis, t) >= 0.5 ? id(kind, acceptSevis, false) : undefined;
        case 'subject-id':
            return share(t.subjectId, t) >= 0.5 && share(t.date, t) < 0.5 ? id(kind, acceptSubjectId, false) : undefined;
        case 'passport-number':
            return share(t.passport, t) >= 0.5 ? id(kind, acceptPassport, false) : undefined;
        case 'full-name':
            // Values have the last word: a column of "City ST" places is no name column, whatever its header.
            if (isPlaceColumn(t))
                return undefined;
            if (share(t.name, t) >= 0.5)
                return id(kind, acceptFullName, false);
            if (share(t.nameLenient, t) >= 0.5)
                return id(kind, acceptFullNameLenient, false);
            return undefined;
        case 'given-name':
        case 'family-name':
            if (isPlaceColumn(t))
                return undefined;
            if (share(t.namePart, t) >= 0.5)
                return id(kind, acceptNamePart, false);
            if (share(t.name, t) >= 0.5)
                return id('full-name', acceptFullName, false);
            return undefined;
        case 'birthdate':
        case 'book-in-date':
        case 'book-out-date':
        case 'date':
            return share(dates, t) >= 0.5 ? { kind } : undefined;
        case 'birth-year':
            return share(t.year, t) >= 0.5 ? { kind } : undefined;
        case 'age':
        case 'count':
            // Nine-digit "counts" under a vague header ("Number") are judged by their values.
            return share(t.numeric, t) >= 0.5 && share(t.nine, t) < 0.5 ? { kind } : undefined;
        case 'nationality':
        case 'birth-country':
            return share(t.country, t) >= 0.3 ? { kind } : undefined;
        case 'facility':
            return share(t.facility + t.detloc, t) >= 0.3 ? { kind } : undefined;
        case 'facility-code':
            return share(t.shortCode, t) >= 0.5 ? { kind } : undefined;
        case 'gender':
            return share(t.gender, t) >= 0.5 ? { kind } : undefined;
        case 'protection-claim':
            // "Fear Decision Service Date": a date there says the person had a fear decision.
            if (dateHeader && share(dates, t) >= 0.5)
                return { kind, claim: true, accept: acceptAnyValue };
            if (share(t.numeric, t) >= 0.5)
                return undefined;
            // One short word ("Fear", "CFI", "CAT", "Relief") is a claim header only over results or claim terms.
            if (SHORT_CLAIM_HEADERS.has(normaliseHeader(header)) && share(Math.max(t.claimResult, t.screening, t.claim), t) < 0.5)
                return undefined;
            return { kind, claim: true, accept: acceptClaimColumn };
        case 'ethnicity':
        case 'religion':
        case 'marital-status':
            // Categories, not answers: short labels that repeat ("Hispanic", "Catholic"). Free-text
            // answers under "How much does a Senate race cost?" name no one's race.
            return share(t.label, t) >= 0.5 && t.distinct.size <= Math.max(5, t.nonEmpty / 2) ? { kind } : { kind: 'other' };
        case 'case-category':
        case 'case-status':
            if (share(t.claim, t) >= 0.1)
                return { kind, claim: true, accept: acceptClaimTerm };
            return { kind };
        default:
            return { kind };
    }
}
/** Header kinds a column of places may keep ("Place of Birth" over "City ST" values). */
const PLACE_KINDS = new Set(['birth-country', 'address']);
/**
 * A place column: most cells end in a US state or territory code ("Tacoma WA", "Houston, TX").
 * Two capitalised words are a name's shape too, so without this a city/state column beside
 * facility columns reads as a column of names. Names end in a state code only by accident
 * (a family name "Oh" or "Ma"): never in most cells of a column.
 */
function isPlaceColumn(t) {
    return share(t.cityState, t) >= 0.5;
}
/**
 * Claim terms without a claim header count as each person's claim unless the column is one
 * long text repeated on every row: a topic or a title ("Credible fear interviews after 2019"
 * beside every speaker, a bill's name beside every member's vote) says what the list is about,
 * not what anyone claimed. Long means more than six words or a year in it; an ICE case category
 * ("[8G] Expedited Removal - Credible Fear Referral") repeated down a roster filtered to one
 * category is still a claim, as are short statuses ("Affirmative asylum") and texts that differ
 * from row to row (notes, categories).
 */
function isRepeatedTopic(t) {
    if (t.distinct.size !== 1 || t.nonEmpty < 3)
        return false;
    const text = [...t.distinct][0];
    if (/^\s*\[[0-9a-z]{2}\]/.test(text))
        return false;
    return text.split(/\s+/).length > 6 || /\b(?:19|20)\d\d\b/.test(text);
}
function decideByValues(t, match) {
    const distinctRatio = t.distinct.size / Math.min(t.nonEmpty, DISTINCT_CAP);
    // Places before names: "City ST" values have a name's shape (see isPlaceColumn). A place
    // column keeps a place kind its header names (a place of birth stays a quasi-identifier).
    if (isPlaceColumn(t))
        return match && PLACE_KINDS.has(match.kind) ? { kind: match.kind } : { kind: 'address', fromValues: true };
    const name = share(t.name, t);
    if (name >= 0.6 && (distinctRatio >= 0.5 || t.nonEmpty < 4) && (share(t.nameComma, t) >= 0.3 || share(t.nameKnown, t) >= 0.3)) {
        return id('full-name', acceptFullName, true);
    }
    if (name >= 0.7 && distinctRatio >= 0.7 && t.nonEmpty >= 5) {
        return { kind: 'full-name', accept: acceptFullName, identifier: true, bareOnly: true, fromValues: true };
    }
    if (share(t.claim, t) >= 0.5 && !isRepeatedTopic(t))
        return { kind: 'protection-claim', claim: true, accept: acceptClaimTerm, fromValues: true };
    if (share(t.nine, t) >= 0.8 && distinctRatio >= 0.8) {
        return { kind: 'a-number', accept: acceptANumberBare, identifier: true, bareOnly: true, fromValues: true };
    }
    // Terms of office, air dates and conviction dates fall between 1920 and 2012 too.
    if (share(t.date, t) >= 0.6)
        return { kind: 'date', fromValues: true };
    if (share(t.country, t) >= 0.6)
        return { kind: 'nationality', fromValues: true };
    if (share(t.facility, t) >= 0.6)
        return { kind: 'facility', fromValues: true };
    if (share(t.detloc, t) >= 0.6)
        return { kind: 'facility-code', fromValues: true };
    if (share(t.gender, t) >= 0.8)
        return { kind: 'gender', fromValues: true };
    if (share(t.email, t) >= 0.6)
        return { kind: 'email', fromValues: true };
    if (share(t.phone, t) >= 0.6)
        return { kind: 'phone', fromValues: true };
    if (share(t.numeric, t) >= 0.8)
        return { kind: 'count', fromValues: true };
    // A header kind the values did not confirm stays only for non-identifying kinds.
    if (match && match.kind !== 'other' && !NAME_KINDS.has(match.kind) && !NUMBER_KINDS.has(match.kind) && match.kind !== 'protection-claim')
        return { kind: match.kind };
    return { kind: 'other', fromValues: true };
}

;// CONCATENATED MODULE: ./src/detect/table-decision.ts
/**
 * The table decision: is this a table of people, and how bad is it? A table is person-level
 * when its rows carry a direct identifier (a name column or an immigration-number column) that
 * holds accepted values. Vocabulary alone never makes a finding.
 */



const DEFAULT_SEVERITY = {
    'person-record.protection-claim': 'critical',
    'person-record.quasi-identifier': 'high',
    'person-record.immigration-number': 'high',
    'person-record.names-only': 'notice',
    'prose.protection-claim': 'critical',
    'prose.immigration-number': 'high',
    'prose.name-birthdate': 'high',
    'file-name.identifier': 'high',
    'metadata.author': 'notice',
    'metadata.external-link': 'notice',
    custom: 'high',
};
function emptyCounts() {
    return { personRows: 0, firstRow: 0, lastRow: 0, hiddenPersonRows: 0, claimRows: 0, dataRows: 0 };
}
/**
 * The columns that identify people in this table. Evidence combines like this:
 *  - a strong identifier (a name or number column its header or its values make certain)
 *    identifies on its own;
 *  - weak evidence found without a header (a bare nine-digit column, names with no known given
 *    name, names in a script without letter case) counts only beside other identity evidence:
 *    a strong identifier, a birthdate or birth year (from a header), a protection-claim column,
 *    a quasi-identifier named by its header (nationality, facility, book-in date...), two
 *    quasi-identifiers found by their values, or weak evidence of the other kind;
 *  - staff columns (names under "Officer in Charge", "Warden"...) count only when the table
 *    has no other identifier, and then only as a staff directory (see decideTable).
 */
function identifierColumns(columns) {
    const ids = columns.filter((c) => c.identifier && !c.bareOnly && !c.staff);
    const staff = columns.filter((c) => c.identifier && c.staff);
    const weak = columns.filter((c) => c.identifier && c.bareOnly);
    if (weak.length) {
        const quasi = columns.filter((c) => STRONG_QUASI.has(c.kind) && c.nonEmpty > 0);
        const companion = ids.length > 0 ||
            columns.some((c) => c.kind === 'birthdate' || c.kind === 'birth-year' || c.claim) ||
            quasi.some((c) => !c.fromValues) ||
            quasi.length >= 2 ||
            new Set(weak.map((c) => c.kind)).size >= 2;
        if (companion)
            ids.push(...weak);
    }
    if (!ids.length)
        ids.push(...staff);
    return ids.sort(byIndex);
}
function byIndex(a, b) {
    return a.index - b.index;
}
/**
 * Details that say a row is a record kept about the person named in it, not a mention of a
 * person in a row about something else: birth facts, detention facts, and a citizenship or
 * nationality its header names as such. The bare header "Country" does not: a film's, a team's
 * or an office's country is not a person's citizenship. Without a header (a headerless export),
 * a column of country names filled in most rows counts; one filled in a few rows (a survey's
 * "French" checkbox under "languages") does not.
 */
const RECORD_DETAILS = new Set([
    'birthdate',
    'birth-year',
    'birth-country',
    'facility',
    'facility-code',
    'book-in-date',
    'book-out-date',
]);
const GENERIC_COUNTRY_HEADERS = new Set(['country', 'pais', 'countries', 'country name']);
function isRecordDetail(c) {
    if (RECORD_DETAILS.has(c.kind))
        return true;
    if (c.kind !== 'nationality')
        return false;
    if (c.fromValues)
        return c.nonEmpty >= 3 && c.nonEmpty * 2 >= (c.sampled ?? 0);
    return !!c.header && !GENERIC_COUNTRY_HEADERS.has(normaliseHeader(c.header));
}
/**
 * Whether the identifiers say on their own that each row is a person: an immigration number,
 * a name column its header names, or a configured recognizer. Names recognised only by their
 * values say less: a person is named in the row (a film's subject, a book's author, a race's
 * winner), not that the row is about that person.
 */
function rowsArePeople(ids) {
    return ids.some((c) => NUMBER_KINDS.has(c.kind) || !!c.customId || !c.fromValues);
}
/**
 * How the evidence of a table combines into one verdict:
 *  - no identifier, or no row where one holds a value: no finding;
 *  - staff names only: a names-only notice (a directory of officials);
 *  - a protection-claim column with values in person rows: a protection-claim record (critical);
 *  - quasi-identifiers beside the identifiers: a quasi-identifier record (high), once the rows
 *    are known to be people: by the identifiers themselves (rowsArePeople: a name header, an
 *    immigration number) or, beside names found only by their values, by at least one record
 *    detail (isRecordDetail: birth, detention, citizenship). Then any strong detail (birth,
 *    nationality, facility, ethnicity, religion...) or gender with another weak one (age,
 *    marital status...) makes the record, and all are named. Demographics alone (race, sex,
 *    age, a bare "Country") describe the subjects of any public catalogue (films about public
 *    figures, athletes, candidates) and, with no claim, no number and no birthdate, do not make
 *    such a catalogue a roster;
 *  - otherwise immigration numbers alone (high), then names alone (a notice).
 */
function decideTable(columns, counts) {
    const ids = identifierColumns(columns);
    if (!ids.length || counts.personRows === 0)
        return undefined;
    const idSet = new Set(ids);
    // A staff directory (officials' names beside facilities) is a names-only notice, never a record.
    if (ids.every((c) => c.staff))
        return { rule: 'person-record.names-only', columns: ids };
    // Claim columns count by rows (claimRows), so one empty in the sample still counts further down.
    const rest = columns.filter((c) => !idSet.has(c) && (c.nonEmpty > 0 || c.claim));
    const claims = rest.filter((c) => c.claim);
    // Rows are people by their identifiers, or by a record detail beside value-found names; only
    // then do details make a quasi-identifier record (and all of them are named in the finding).
    const people = rowsArePeople(ids) || rest.some(isRecordDetail);
    const strong = people ? rest.filter((c) => STRONG_QUASI.has(c.kind)) : [];
    const weak = people ? rest.filter((c) => WEAK_QUASI.has(c.kind) && !c.claim) : [];
    const sort = (xs) => xs.sort((a, b) => a.index - b.index);
    const gender = weak.some((c) => c.kind === 'gender');
    const quasi = strong.length ? [...strong, ...weak] : gender && weak.length >= 2 ? weak : [];
    // A claim finding names every sensitive column of the group (identifiers, claims and the
    // quasi-identifiers beside them), so a reviewer sees all that the file would expose.
    if (claims.length && counts.claimRows > 0)
        return { rule: 'person-record.protection-claim', columns: sort([...ids, ...claims, ...quasi.filter((c) => !c.claim)]) };
    if (quasi.length)
        return { rule: 'person-record.quasi-identifier', columns: sort([...ids, ...quasi]) };
    const numbers = ids.filter((c) => NUMBER_KINDS.has(c.kind) && !c.customId);
    if (numbers.length)
        return { rule: 'person-record.immigration-number', columns: ids };
    const names = ids.filter((c) => NAME_KINDS.has(c.kind) && !c.customId);
    if (names.length)
        return { rule: 'person-record.names-only', columns: ids };
    return { rule: 'custom', columns: ids };
}
/** The rule's severity, or its configured override when that is a real severity. */
function severityFor(rule, overrides) {
    const override = overrides?.[rule];
    return (0,model/* isSeverity */._Z)(override) ? override : DEFAULT_SEVERITY[rule];
}

;// CONCATENATED MODULE: ./src/detect/prose.ts








/** Longest run of text examined at once. */
const SEGMENT_CHARS = 4000;
/** Lines up to this length may be linked with the next line (label: value lists). */
const SHORT_LINE = 200;
// Immigration numbers in text. Upper-case "A" only: "a 123..." is ordinary prose.
const A_IN_PROSE = /(?<![\p{L}\d])A(?:\s?[-#:]\s?|\s)?(?:\d{3}[-\s]\d{3}[-\s]\d{3}|\d{2}-\d{3}-\d{3}|\d{9}|\d{8}|\d{7})(?![\d-])/gu;
const A_CUE = /\b(?:A[- ]?(?:number|no\.?|#|nbr)|alien (?:file |registration )?(?:number|no\.?|#)|alien file|USCIS\s?(?:#|number|no\.?)|n[úu]mero\s+A|A-file)/gi;
const CUE_DIGITS = /^[^\d\n]{0,30}?(\d{3}[-\s]\d{3}[-\s]\d{3}|\d{7,9})(?![\d-])/;
const RECEIPT_IN_PROSE = /\b(?:EAC|VSC|WAC|CSC|LIN|NSC|SRC|TSC|MSC|NBC|IOE|YSC|PSC)(?:[-\s]?\d{10}|[-\s]?\d{2}[-\s]\d{3}[-\s]\d{5})\b/g;
const SEVIS_IN_PROSE = /\bN\d{10}\b/g;
const I94_IN_PROSE = /\b\d{9}[A-Z]\d\b/g;
const HAS_DIGITS_7 = /\d{3}[-\s]?\d{3}/;
// Names: runs of capitalised tokens (with particles), or "FAMILY, GIVEN" in capitals.
const NAME_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+(?:(?:de|del|la|las|los|van|von|der|da|dos|do|y|bin|al|el)\s+)*\p{Lu}[\p{L}\p{M}'’-]*\.?){1,5}/gu;
const LAST_FIRST = /(?<![\p{L}])\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?,\s+\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?(?![\p{L}])/gu;
const NAME_LABEL = /(?:name|nombre|nom|detainee|applicant|respondent|client|beneficiary|inmate|decedent|subject|individual|noncitizen|petitioner)\s*[:=-]\s*$/i;
/**
 * The slot after a name that says the name is a person's record: "…, born", "(DOB", "A-number",
 * "A212345678", "age 34", "a citizen of", "nacido".
 */
const RECORD_SLOT_AFTER = /^\s*[,(;:-]?\s*(?:born\b|b\.\s*\d|DOB\b|D\.O\.B|date of birth|fecha de nacimiento|nacid[oa]\b|A[- ]?(?:number|no\.?|#)|A\s?[-#]?\s?\d{3}|alien\b|age[ds]?\s*\d|\d{1,3}[- ]years?[- ]old|a (?:citizen|national|native) of)/i;
/**
 * A claim sentence's subject: "Zarmina Stanekzai received a positive credible fear finding",
 * "… was granted asylum", "… applied for asylum". Only verbs of the claim itself, so a public
 * figure "has expanded asylum restrictions" is no slot.
 */
const CLAIM_SLOT_AFTER = /^\s+(?:(?:has\s+|had\s+)?(?:received|receives|obtained|passed|failed|was|were|has been|had been)\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+)?(?:granted|denied|found|referred|given|positive|negative|credible|reasonable|asylum|withholding|screened|interviewed)|(?:applied|applies|filed|files|sought|seeks|requested|requests|claimed|claims|expressed|expresses)\s+(?:for\s+)?(?:a\s+|an\s+)?(?:asylum|withholding|protection|fear|refugee|credible|reasonable|I-589|CAT\b))/i;
/** List and heading markers before a line that is nothing but a name ("## Name", "- Name", "3. Name"). */
const LINE_MARKER = /^\s*(?:#{1,6}\s+|[-*•+]\s+|\d{1,3}[.)]\s+|\|\s*)?/;
const SPEECH_AFTER = /^\s*(?:,\s*(?:a|an|the)?\s*[\p{L}\s]{0,40}?(?:spokes\w*|secretary|director|officer|official|commissioner|judge|attorney|president|senator|representative|governor|mayor|chief|administrator|minister|ambassador)\b|\s+(?:said|says|stated|states|announced|announces|told|added|noted|testified|wrote|explained|declared|remarked|asked|asks|moderated|moderates|questioned|questions|replied|responded|interrupted|pressed|countered|introduced|thanked|opened|closed))/iu;
/** A byline or attribution before a name: "reported by Jane Smith", "according to Jane Smith". */
const BYLINE_BEFORE = /(?:\bby|\baccording to|\bwritten by|\bphoto:?|\bcredit:?|\bcontact:?|\bsaid|\bsays|\bstated|\badded|\bexplained)\s*$/i;
/** A pronoun that carries a person named in the sentence before into this one. */
const PRONOUN = /\b(?:she|he|her|his|hers|him|ella|él|su|sus)\b/i;
const DATELINE_AFTER = /^\s*(?:[—–-]|\(|\d)/;
const COURTESY = new Set(['mr', 'ms', 'mrs', 'miss', 'sr', 'sra', 'srta', 'senor', 'senora', 'don', 'dona']);
const DOB_CUE = /\b(?:born|DOB|D\.O\.B|date of birth|birth ?date|birthday|fecha de nacimiento|nacid[oa]|F\.? ?Nac)\b/i;
const DATE_IN_PROSE = /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:de\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z]*\.?\s+(?:de\s+)?\d{4})\b/gi;

/** Count immigration numbers in a segment (placeholders printed as examples do not count). */
function countImmigrationNumbers(text) {
    if (!HAS_DIGITS_7.test(text))
        return 0;
    let n = 0;
    const covered = [];
    for (const m of text.matchAll(A_IN_PROSE)) {
        covered.push([m.index, m.index + m[0].length]);
        if (!isPlaceholderNumber(m[0]))
            n++;
    }
    for (const m of text.matchAll(A_CUE)) {
        const after = m.index + m[0].length;
        const d = CUE_DIGITS.exec(text.slice(after, after + 60));
        if (!d)
            continue;
        const at = after + d.index + d[0].length - d[1].length;
        if (covered.some(([s, e]) => at >= s && at < e))
            continue;
        covered.push([at, at + d[1].length]);
        if (!isPlaceholderNumber(d[1]))
            n++;
    }
    for (const re of [RECEIPT_IN_PROSE, SEVIS_IN_PROSE, I94_IN_PROSE]) {
        for (const m of text.matchAll(re))
            if (!covered.some(([s, e]) => m.index >= s && m.index < e) && !isPlaceholderNumber(m[0]))
                n++;
    }
    return n;
}
/**
 * Last words of an office or a title ("Chief, Refugee and Asylum Policy", "USCIS Asylum
 * Division", "Office of Refugee Resettlement", "Asylum Officer"): a claim word inside such a
 * phrase names a unit or a job, not a person's claim.
 */
const ORG_LAST = /(?:Policy|Policies|Division|Office|Offices|Section|Unit|Programs?|Programmes?|Affairs|Directorate|Branch|Bureau|Services?|Resettlement|Corps|Officers?|Clinic|Project|Cent(?:er|re)|Council|Committee|Association|Network|Coalition|Alliance|Agency|Administration|Department|Act|Board|Institute|Foundation|Initiative|Team|Law|Fund|Agreement|Operations|Coordinator|Specialist|Advisor|Adviser|Counsel|Manager|Director|Chief|Ministry|Commission|Studies|Rule|Rules|Regulation|Regulations|Process|Processing|Pathways?|Framework|Strategy|Plan|Report|Statistics|Data|Guidance|Memo|Memorandum)$/u;
const TITLE_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:(?:\s*,\s*|\s+(?:and|of|for|on|the|&|de|del|y|la|para)\s+|\s+)\p{Lu}[\p{L}\p{M}'’-]*)+/gu;
/** An unnamed person sought protection ("a refugee family", "asylum seekers"): not a claim about anyone named. */
const GENERIC_CLAIM = /\b(?:an?|one|another|some|many|other|several|more|most|these|those|all|two|three|four|five|thousands of|hundreds of)\s+(?:[\p{L}-]+\s+){0,2}?(?:refugees?|asylum[- ]seekers?|asylum applicants?|asylees?)\b|\b(?:refugees|asylum[- ]seekers|asylees)\b/giu;
/**
 * A relative clause hanging off an indefinite noun phrase introduces a person who is not named
 * ("a guest who was a refugee…", "a doctor who fled … seeking asylum", "someone whose claim…"):
 * a claim inside it is that unnamed person's. Not after a comma, where the phrase describes the
 * name before it ("Maria Lopez, a mother who sought asylum, …"); cut at the next comma or the
 * end of the sentence, so a named person's own clause after it still counts.
 */
const UNNAMED_CLAUSE = /(?<!,\s?)\b(?:(?:an?|one|another)\s+(?:[\p{L}’'-]+\s+){1,3}?|(?:someone|somebody|anyone)\s+)(?:who|whose|who's)\b[^,;:.!?]*/giu;
const UNNAMED_PERSON = new RegExp(UNNAMED_CLAUSE.source, 'iu');
/** GENERIC_CLAIM without its global state, for a yes/no test. */
const GENERIC_PERSON = new RegExp(GENERIC_CLAIM.source, 'iu');
function stripNonClaims(text) {
    return text
        .replace(UNNAMED_CLAUSE, (clause) => (namesPrivatePerson(clause) ? clause : ' '))
        .replace(TITLE_RUN, (run) => run
        .split(/\s*,\s*/)
        .map((part) => {
        const words = part.split(/\s+/);
        return ORG_LAST.test(words[words.length - 1]) || OFFICIAL_TITLES.has(fold(words[0])) ? ' ' : part;
    })
        .join(', '))
        .replace(GENERIC_CLAIM, ' ');
}
/** A claim term that is about someone: not inside an office or job title, not an unnamed refugee. */
function hasClaim(text) {
    if (!hasClaimTerm(text))
        return false;
    const rest = stripNonClaims(text);
    return rest === text || hasClaimTerm(rest);
}
function hasBirthdate(text) {
    if (!DOB_CUE.test(text))
        return false;
    for (const m of text.matchAll(DATE_IN_PROSE))
        if (isDateText(m[0].replace(/(\d)(?:st|nd|rd|th)/, '$1')))
            return true;
    return false;
}
/**
 * Whether a segment names a person who is not a named official. A candidate must be shaped
 * like a name and either carry a known given name, be written "FAMILY, GIVEN", follow a
 * courtesy title or a "Name:" label.
 */
function namesPrivatePerson(text) {
    return !privateNames(text).next().done;
}
/** Where namesPrivatePerson finds private persons' names: [start, end) of each, lazily. */
function* privateNames(text) {
    for (const m of text.matchAll(LAST_FIRST)) {
        // "ATLANTA, GEORGIA —" opens a press release: a dateline, not a person.
        if (DATELINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
            continue;
        if (inEnumeration(text, m.index, m[0]))
            continue;
        if (nameShape(m[0]).ok)
            yield [m.index, m.index + m[0].length];
    }
    for (const m of text.matchAll(NAME_RUN)) {
        let tokens = m[0].split(/\s+/);
        let official = false;
        let courtesy = false;
        while (tokens.length) {
            const f = fold(tokens[0]);
            if (OFFICIAL_TITLES.has(f))
                official = true;
            else if (COURTESY.has(f))
                courtesy = true;
            else
                break;
            tokens = tokens.slice(1);
        }
        if (tokens.length < 2 && !(courtesy && tokens.length === 1))
            continue;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const lastWordBefore = /([\p{L}.]+)[\s,]*$/u.exec(before)?.[1];
        if (lastWordBefore && OFFICIAL_TITLES.has(fold(lastWordBefore)))
            official = true;
        if (BYLINE_BEFORE.test(before))
            official = true;
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        if (SPEECH_AFTER.test(after))
            official = true;
        // "Temporary Protected Status (TPS)": a term and its acronym, not a person.
        if (abbreviatedAfter(tokens, after))
            continue;
        if (official)
            continue;
        const candidate = tokens.join(' ').replace(/\.$/, '');
        // "Accompaniment Program", "Pro-se Clinic", "Refugee Office": the last word names a body,
        // a programme or a job, not a person.
        const last = tokens[tokens.length - 1];
        if (ORG_LAST.test(last) && !SURNAME_LIKE_ORG_WORDS.has(last))
            continue;
        if (courtesy && tokens.length === 1) {
            // "MR. HOLT:" opens a transcript turn: a speaker, not a subject.
            if (/^\s*:/.test(after))
                continue;
            if (nameShapeSingle(candidate))
                yield [m.index, m.index + m[0].length];
            continue;
        }
        const shape = nameShape(candidate);
        if (!shape.ok)
            continue;
        // A known given name raises confidence; without one, the slot decides (label, record, claim).
        if (shape.known || courtesy || inNameSlot(before, after))
            yield [m.index, m.index + m[0].length];
    }
    yield* caselessNamesInSlot(text);
}
/**
 * "VAWA, CAT" in "removal, VAWA, CAT protection" or "TPS, VAWA, U-visas" is two items of a list
 * in capitals, not "FAMILY, GIVEN". A capitals pair is a list's items when the list goes on
 * before it (", " right before), or when both are acronym-short (at most four letters) and the
 * list goes on after it. After a "Name:" label it is a name, whatever its length.
 */
function inEnumeration(text, at, match) {
    const before = text.slice(Math.max(0, at - 40), at);
    if (NAME_LABEL.test(before))
        return false;
    if (/,\s*$/.test(before))
        return true;
    const acronyms = match.split(/,\s+/).every((part) => /^\p{Lu}{2,4}$/u.test(part));
    return acronyms && /^\s*,\s*\S/.test(text.slice(at + match.length, at + match.length + 8));
}
/** Opens a transcript turn or a question: a speaker's label ("HOLT:", "Q:") before the words. */
const TURN_LABEL = /^\s*(?:[\p{Lu}][\p{Lu}\p{M}.'’ -]{0,30}:\s*)?$/u;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;
/**
 * Whether "he" or "she" in the next sentence can stand for a private person this sentence names.
 * The pronoun takes the last person mentioned, so the named person must be that one:
 *  - not followed by an unnamed person the sentence ties to the claim vocabulary ("Mr. X, … a
 *    guest who was a refugee …": "he" who sought asylum is the guest). An unnamed person with
 *    no claim words ("… met a lawyer who helped her") leaves the named one the subject;
 *  - not the person spoken to: a name that opens the sentence, set off by a comma, in a
 *    sentence that says "you" is an addressee ("Mr. X, … you might recall …"), and one does not
 *    call the addressee "he".
 */
function antecedentIsNamed(sentence) {
    let last;
    for (const span of privateNames(sentence))
        if (!last || span[1] > last[1])
            last = span;
    if (!last)
        return false;
    const tail = sentence.slice(last[1]);
    if (GENERIC_PERSON.test(tail) || hasClaimTerm(UNNAMED_PERSON.exec(tail)?.[0] ?? ''))
        return false;
    const addressee = TURN_LABEL.test(sentence.slice(0, last[0])) && /^\s*,/.test(sentence.slice(last[1])) && SECOND_PERSON.test(sentence);
    return !addressee;
}
/** A name opening a list item or a table cell ("- Name — …", "| Name | …", "3. Name: …"). */
const ITEM_START_BEFORE = /(?:^|\n)\s*(?:[-*•+]|\d{1,3}[.)]|\|)\s*$/;
const ITEM_SEPARATOR_AFTER = /^\s*(?:[-:|,;(]|$)/;
/**
 * Whether the text around a name-shaped run puts it in a person's slot: after a "Name:" label,
 * before a record cue ("…, born", "A-number …"), as the subject of a claim sentence, or as the
 * first thing in a list item or table cell followed by a separator.
 */
function inNameSlot(before, after) {
    return (NAME_LABEL.test(before) ||
        RECORD_SLOT_AFTER.test(after) ||
        CLAIM_SLOT_AFTER.test(after) ||
        (ITEM_START_BEFORE.test(before) && ITEM_SEPARATOR_AFTER.test(after)));
}
const CASELESS_RUN = new RegExp(`[${CASELESS_LETTER}][${CASELESS_LETTER}\\p{M}\\u30fb\\u00b7\\u1361 '’-]{0,40}`, 'gu');
/** Names in a script without letter case, in a slot ("Name: 王伟明", "محمد الأحمد, born …"). */
function* caselessNamesInSlot(text) {
    if (!CASELESS_TEST.test(text))
        return;
    for (const m of text.matchAll(CASELESS_RUN)) {
        const run = m[0].trim();
        if (!caselessNameShape(run, false) && !(CJK_TEST.test(run) && caselessNameShape(run, true) && run.length >= 2))
            continue;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        if (inNameSlot(before, after))
            yield [m.index, m.index + m[0].length];
    }
}
const CASELESS_TEST = new RegExp(`[${CASELESS_LETTER}]`, 'u');
const CJK_TEST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * A line that is nothing but a person's name: a heading over a person's details, a list item,
 * a table cell. Judged by shape (any script), not by a list.
 */
function lineIsName(line) {
    const text = line
        .replace(LINE_MARKER, '')
        .replace(/[\s|:]+$/, '')
        .trim();
    if (text.length < 2 || text.length > 60)
        return false;
    const shape = nameShape(text);
    if (!shape.ok)
        return false;
    const tokens = text.split(/\s+/);
    // One official title ahead of it makes it a staff heading ("Director Jane Smith").
    return !OFFICIAL_TITLES.has(fold(tokens[0]));
}
function nameShapeSingle(token) {
    return token.length >= 2 && nameShape(`${token} ${token}`).ok;
}
/** Sentences of a segment, not split after abbreviations and initials ("Mr.", "J."). */
function sentences(text) {
    const out = [];
    let start = 0;
    const re = /[.!?]+\s+/g;
    let m;
    while ((m = re.exec(text)) !== null) {
        const word = /(\S+)$/.exec(text.slice(Math.max(start, m.index - 12), m.index + 1))?.[1] ?? '';
        if (/^(?:\p{Lu}\.|Mr\.|Ms\.|Mrs\.|Dr\.|Sr\.|Sra\.|St\.|No\.|Jr\.|U\.S\.|D\.O\.B\.|Inc\.)$/u.test(word))
            continue;
        out.push(text.slice(start, m.index + m[0].length));
        start = m.index + m[0].length;
    }
    if (start < text.length)
        out.push(text.slice(start));
    return out;
}
/** Split a long line into segments of at most SEGMENT_CHARS, cutting at whitespace when possible. */
function segments(line) {
    if (line.length <= SEGMENT_CHARS)
        return [line];
    const out = [];
    let at = 0;
    while (at < line.length) {
        let end = Math.min(line.length, at + SEGMENT_CHARS);
        if (end < line.length) {
            const cut = line.lastIndexOf(' ', end);
            if (cut > at + SEGMENT_CHARS / 2)
                end = cut + 1;
        }
        out.push(line.slice(at, end));
        at = end;
    }
    return out;
}
const DIGIT_RUN = /\d{7,9}/;
/**
 * A path (as words) identifies someone when it carries an immigration number, or a private
 * person's name together with a long number, a claim term or a date. A name alone in a path
 * (a staff page, a speaker's bio) is not enough.
 */
function fileNameIdentifies(words) {
    if (countImmigrationNumbers(words) > 0)
        return true;
    if (!namesPrivatePerson(words))
        return false;
    return DIGIT_RUN.test(words) || hasClaim(words) || DOB_CUE.test(words) || /\b(?:19|20)\d{2}\s\d{1,2}\s\d{1,2}\b/.test(words);
}
/** Longest form-like block carried as one record. */
const MAX_FORM_LINES = 12;
/** A parenthesised acronym right after a run of capitalised words. */
const ACRONYM_AFTER = /^\s*\((\p{Lu}{2,6})\)/u;
/**
 * Whether the run is a term its acronym abbreviates: most of the acronym's letters are initials
 * of the run's words ("Temporary Protected Status (TPS)", "Estatus de Protección Temporal
 * (TPS)"). A country code after a name ("Maria Lopez (HND)") shares no initials: still a name.
 */
function abbreviatedAfter(tokens, after) {
    const acronym = ACRONYM_AFTER.exec(after)?.[1];
    if (!acronym)
        return false;
    const initials = new Set(tokens.map((t) => t[0].toUpperCase()));
    let shared = 0;
    for (const letter of acronym)
        if (initials.has(letter))
            shared++;
    return shared * 3 >= acronym.length * 2;
}
/** Body words that are also family names ("Nathan Law"): they end a name run without making it a body. */
const SURNAME_LIKE_ORG_WORDS = new Set(['Law', 'Rule']);
/** A form's "label: value" line is short ("- Credible fear: positive"); a long one is a described item. */
const FORM_LINE_MAX = 80;
/** A list item: a bullet or a number opens the line. */
const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,3}[.)])\s+/;
/** "Label: value" (a form line): a short label, a colon, a value. */
const LABEL_LINE = /^\s*(?:[-*•]\s+)?[\p{L}][\p{L}\p{M} .#/()'-]{0,40}:\s*\S/u;
/**
 * A heading in title case: three or more words, every word of four letters or more
 * capitalised, no "label:" colon and no sentence end ("Asylum Grants & Denials by Year",
 * "How Asylum Works in Immigration Court").
 */
function isTitleHeading(line) {
    const text = line.replace(LINE_MARKER, '').trim();
    if (text.includes(':') || /[.!?]$/.test(text))
        return false;
    const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length < 3)
        return false;
    return words.every((w) => w.length < 4 || /^[^\p{L}]*\p{Lu}/u.test(w));
}
/** Scans prose chunks and aggregates findings per place (entry, sheet, page, surface) and rule. */
class ProseScanner {
    path;
    options;
    custom;
    tallies = new Map();
    previous;
    constructor(path, options, custom) {
        this.path = path;
        this.options = options;
        this.custom = custom;
    }
    scan(raw, where) {
        const text = normalizeText(raw);
        if (where.surface === 'file-name') {
            if (fileNameIdentifies(text.slice(0, SEGMENT_CHARS)))
                this.add('file-name.identifier', where, undefined, 1);
            return;
        }
        const key = placeKey(where);
        if (this.previous && this.previous.key !== key)
            this.previous = undefined;
        let lineNo = where.line;
        let from = 0;
        while (from <= text.length) {
            let nl = text.indexOf('\n', from);
            if (nl < 0)
                nl = text.length;
            const line = text.slice(from, nl);
            if (line.trim())
                this.scanLine(line, where, key, lineNo);
            else
                this.previous = undefined;
            if (nl >= text.length)
                break;
            from = nl + 1;
            if (lineNo !== undefined)
                lineNo++;
        }
    }
    scanLine(line, where, key, lineNo) {
        const short = line.length <= SHORT_LINE;
        // Only the line right after it pairs with a line (texts of one file can skip lines: strings
        // of code far apart, cells of a sheet).
        const adjacent = !this.previous || lineNo === undefined || this.previous.line === undefined || lineNo === this.previous.line + 1;
        const prev = this.previous && adjacent && this.previous.key === key && this.previous.short && short ? this.previous : undefined;
        // In code, a string alone on its line is a value, not a heading: only a name in a slot (or a
        // known given name) counts, never the bare shape of a capitalised string.
        const nameLine = where.fromCode ? () => false : lineIsName;
        let lineIdentity = false;
        let lineClaim = false;
        let lineNumbers = 0;
        let lineDob = false;
        let lineDobLinked = false;
        for (const segment of segments(line)) {
            for (const c of this.custom) {
                const n = countCustomInProse(c, segment);
                if (n)
                    this.add('custom', where, lineNo, n);
            }
            const numbers = countImmigrationNumbers(segment);
            lineNumbers += numbers;
            if (numbers)
                this.add('prose.immigration-number', where, lineNo, numbers);
            const claimHere = hasClaim(segment);
            const dobHere = DOB_CUE.test(segment);
            if (!claimHere && !dobHere)
                continue;
            let previousSentence = '';
            for (const sentence of sentences(segment)) {
                const before = previousSentence;
                previousSentence = sentence;
                const claim = claimHere && hasClaim(sentence);
                const dob = dobHere && hasBirthdate(sentence);
                if (!claim && !dob)
                    continue;
                // How a claim sentence's evidence combines: a claim term that is about someone (not an
                // office or a job title, not an unnamed refugee or a clause about an unnamed person:
                // hasClaim) beside a private person's name or an immigration number in the same
                // sentence; or, in a sentence with "he"/"she", a private person named in the sentence
                // before who is still the one the pronoun stands for (antecedentIsNamed).
                const person = namesPrivatePerson(sentence);
                const identity = person || (claim && countImmigrationNumbers(sentence) > 0);
                if (claim && identity)
                    this.add('prose.protection-claim', where, lineNo, 1);
                // "Marisol Quispe arrived in May. She received a positive credible fear finding."
                else if (claim && before && PRONOUN.test(sentence) && antecedentIsNamed(before))
                    this.add('prose.protection-claim', where, lineNo, 1);
                if (dob && person)
                    this.add('prose.name-birthdate', where, lineNo, 1);
                lineIdentity ||= identity;
                lineClaim ||= claim;
                if (dob && person)
                    lineDobLinked = true;
                lineDob ||= dob;
            }
        }
        // A short "label: value" line tied to the short line before it (names are looked for lazily).
        // A form-like block (a name heading, then "Label: value" lines) is one record: a claim or a
        // birthdate on any of its lines is tied to the name on an earlier one.
        // A heading in title case ("Asylum Grants vs Denials") names a section, not a detail of the
        // person on the line before or after: its claim words tie to no one on another line.
        if (lineClaim && !lineIdentity && isTitleHeading(line))
            lineClaim = false;
        const formLine = short && (LABEL_LINE.test(line) || nameLine(line));
        const block = prev && prev.formLine && formLine && prev.blockLines < MAX_FORM_LINES ? prev : undefined;
        const item = LIST_ITEM.test(line);
        // Two items of one list are siblings, not a heading over its detail: a name-shaped item
        // ("- Estatus de Protección Temporal (TPS)") gives no identity to the item after it
        // ("- Asilo y admisión de refugiados"), nor a claim item to a name after it. Labelled
        // items ("- Name: …", "- Credible fear: …") are a form's lines and still do.
        if (prev && !(item && prev.bareItem())) {
            if (lineClaim && !lineIdentity && (prev.identity() || block?.blockIdentity()))
                this.add('prose.protection-claim', where, lineNo, 1);
            else if (prev.claim && !prev.linked && !lineClaim && (lineNumbers > 0 || namesPrivatePerson(line)))
                this.add('prose.protection-claim', where, lineNo, 1);
            if (lineDob && !lineDobLinked && (prev.identity() || block?.blockIdentity()))
                this.add('prose.name-birthdate', where, lineNo, 1);
            else if (prev.dob && !lineDob && (namesPrivatePerson(line) || nameLine(line)))
                this.add('prose.name-birthdate', where, lineNo, 1);
        }
        const text = short ? line : '';
        let identityMemo = short ? (lineIdentity || lineNumbers > 0 ? true : undefined) : false;
        const identity = () => (identityMemo ??= namesPrivatePerson(text) || nameLine(text));
        let blockMemo;
        this.previous = {
            key,
            short,
            claim: lineClaim,
            linked: lineClaim && lineIdentity,
            identity,
            formLine,
            blockIdentity: () => (blockMemo ??= identity() || (block?.blockIdentity() ?? false)),
            dob: lineDob && !lineDobLinked,
            blockLines: block ? block.blockLines + 1 : 1,
            bareItem: () => item && !(LABEL_LINE.test(line) && line.length <= FORM_LINE_MAX),
            line: lineNo,
        };
    }
    add(rule, where, line, count) {
        const key = `${rule}\u0000${placeKey(where)}`;
        let t = this.tallies.get(key);
        if (!t) {
            const location = { surface: where.surface };
            if (where.entry !== undefined)
                location.entry = where.entry;
            if (where.sheet !== undefined)
                location.sheet = safePlace(where.sheet);
            if (where.sheetState !== undefined)
                location.sheetState = where.sheetState;
            if (where.page !== undefined)
                location.page = where.page;
            t = { rule, location, count: 0 };
            this.tallies.set(key, t);
        }
        t.count += count;
        if (line !== undefined) {
            if (t.first === undefined || line < t.first)
                t.first = line;
            if (t.last === undefined || line > t.last)
                t.last = line;
        }
    }
    findings() {
        const out = [];
        for (const t of this.tallies.values()) {
            const location = { ...t.location };
            if (t.first !== undefined && t.last !== undefined)
                location.lines = { first: t.first, last: t.last };
            out.push({
                rule: t.rule,
                severity: severityFor(t.rule, this.options.severityOverrides ?? {}),
                message: (0,describe/* describeFinding */.jb)(t.rule, location, t.count, 'occurrences'),
                location,
                count: t.count,
                fingerprint: (0,fingerprint/* fingerprint */.R)(this.path, t.rule, location),
            });
        }
        return out;
    }
}
function placeKey(where) {
    return [where.surface, where.entry ?? '', where.sheet ?? '', where.page ?? ''].join('\u0000');
}

;// CONCATENATED MODULE: ./src/detect/safe-place.ts
/**
 * Place names are untrusted too: a sheet can be named after the person it holds (a sheet per
 * detainee). Findings carry such sheet names with the identifying words replaced, the way
 * reports show an identifying file path. Archive entries are left to the reports: they redact
 * an entry that a 'file-name.identifier' finding marks, in the location and in the message.
 */




const LONG_DIGITS = /\d{7,}/;
/** Whether a place name (entry path or sheet name) carries an identifier. */
function placeIdentifies(name) {
    if (LONG_DIGITS.test(name))
        return true;
    const words = (0,file_name/* fileNameText */.$)(name.slice(0, 1000));
    if (fileNameIdentifies(words))
        return true;
    const trimmed = name.trim();
    if (isPersonName(trimmed)) {
        const shape = nameShape(trimmed);
        return shape.comma || shape.known;
    }
    return false;
}
function safePlace(name) {
    if (name === undefined)
        return undefined;
    return placeIdentifies(name) ? (0,redact/* redactIdentifiers */.CA)(name) : name;
}

;// CONCATENATED MODULE: ./src/detect/bag.ts





/** Names needed before loose strings count as a list of people (a few stray names are not). */
const MIN_NAMES = 3;
class BagSink {
    meta;
    ctx;
    names = 0;
    numbers = 0;
    /** Bare nine-digit strings: A-numbers only beside names. */
    bare = 0;
    claims = 0;
    quasi = 0;
    custom = 0;
    first = 0;
    last = 0;
    ended = false;
    constructor(meta, ctx) {
        this.meta = meta;
        this.ctx = ctx;
    }
    row(rowNumber, cells) {
        if (this.ended)
            return;
        for (const value of cells) {
            const text = cellText(value);
            if (!text || text.length > MAX_CELL)
                continue;
            const kind = this.judge(text);
            if (!kind)
                continue;
            if (kind === 'full-name' || kind === 'a-number' || kind === 'subject-id') {
                if (this.first === 0)
                    this.first = rowNumber;
                this.last = rowNumber;
            }
        }
    }
    judge(text) {
        if (this.ctx.custom.some((c) => c.test?.(text))) {
            this.custom++;
            return 'subject-id';
        }
        if (isPrefixedANumber(text) || isReceiptNumber(text) || isSevisId(text) || isI94(text)) {
            this.numbers++;
            return 'a-number';
        }
        if (isNineDigits(text)) {
            this.bare++;
            return 'a-number';
        }
        // Short claim values ("Positive Credible Fear"), not footnote sentences that mention one.
        if (text.length <= 60 && isClaimText(text)) {
            this.claims++;
            return 'protection-claim';
        }
        const shape = nameShape(text);
        if (shape.ok && (shape.comma || shape.known)) {
            this.names++;
            return 'full-name';
        }
        if (isCountry(text) || isFacilityName(text) || dateYear(text) > 0) {
            this.quasi++;
            return 'nationality';
        }
        return undefined;
    }
    end() {
        if (this.ended)
            return;
        this.ended = true;
        const rule = this.decide();
        if (!rule)
            return;
        const meta = this.meta;
        const location = { surface: meta.surface };
        if (meta.entry !== undefined)
            location.entry = meta.entry;
        if (meta.sheet !== undefined)
            location.sheet = safePlace(meta.sheet);
        if (meta.sheetState !== undefined)
            location.sheetState = meta.sheetState;
        location.rows = { first: this.first, last: this.last };
        const count = this.identifiers();
        this.ctx.emit({
            rule,
            severity: severityFor(rule, this.ctx.options.severityOverrides ?? {}),
            message: (0,describe/* describeFinding */.jb)(rule, location, count, 'identifying values'),
            location,
            count,
            fingerprint: (0,fingerprint/* fingerprint */.R)(this.ctx.path, rule, location),
        });
    }
    identifiers() {
        const names = this.names >= MIN_NAMES;
        return (names ? this.names + this.bare : 0) + this.numbers + this.custom;
    }
    decide() {
        const names = this.names >= MIN_NAMES;
        if (!names && !this.numbers && !this.custom)
            return undefined;
        if (this.claims)
            return 'person-record.protection-claim';
        if (this.quasi)
            return 'person-record.quasi-identifier';
        if (this.numbers || (names && this.bare))
            return 'person-record.immigration-number';
        if (names)
            return 'person-record.names-only';
        return 'custom';
    }
}

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
;// CONCATENATED MODULE: ./src/detect/observations.ts







/** Whether a document-property value names a person (not "Microsoft Office User", "ICE", "Administrator"). */
function authorLooksLikePerson(value) {
    const text = normalizeText(value).trim();
    if (text.length < 4 || text.length > 80)
        return false;
    if (/[\d@\\/]/.test(text))
        return false;
    const words = fold(text).split(' ');
    if (words.some((w) => NON_NAME_WORDS.has(w) && w.length > 2))
        return false;
    if (nameShape(text).ok)
        return true;
    // "jsmith" style account names are not names; "Smith, Jane" and "Jane Smith" are caught above.
    return false;
}
/**
 * Whether a link points at an internal file share, a local file or another workbook. A plain
 * web address to a page is not worth a notice; anything else an external-link part holds is.
 */
function linkIsInternal(value) {
    const text = value.trim().slice(0, 2048);
    if (!text)
        return false;
    const workbook = /\.(?:xlsx|xlsm|xlsb|xls|xltx|csv|accdb|mdb|ods)(?:$|[?#\]!'"])/i.test(text);
    if (/^(?:https?|mailto):/i.test(text))
        return workbook;
    return true;
}
class ObservationCollector {
    path;
    options;
    tallies = new Map();
    constructor(path, options) {
        this.path = path;
        this.options = options;
    }
    observe(o) {
        const value = typeof o.value === 'string' ? o.value : '';
        let rule;
        if (o.kind === 'document-author' && authorLooksLikePerson(value))
            rule = 'metadata.author';
        if (o.kind === 'external-link' && linkIsInternal(value))
            rule = 'metadata.external-link';
        if (!rule)
            return;
        const key = `${rule}\u0000${o.entry ?? ''}`;
        let t = this.tallies.get(key);
        if (!t) {
            t = { rule, entry: o.entry, wheres: new Set(), count: 0 };
            this.tallies.set(key, t);
        }
        t.count++;
        if (t.wheres.size < 10 && typeof o.where === 'string')
            t.wheres.add((0,safe_text/* displayText */.W)(o.where, 60));
    }
    findings() {
        const out = [];
        for (const t of this.tallies.values()) {
            const location = { surface: 'metadata' };
            if (t.entry !== undefined)
                location.entry = t.entry;
            const unit = t.rule === 'metadata.author' ? 'properties' : 'links';
            const wheres = [...t.wheres].join('; ');
            out.push({
                rule: t.rule,
                severity: severityFor(t.rule, this.options.severityOverrides ?? {}),
                message: `${(0,describe/* describeFinding */.jb)(t.rule, location, t.count, unit)}${wheres ? ` in ${wheres}` : ''}`,
                location,
                count: t.count,
                fingerprint: (0,fingerprint/* fingerprint */.R)(this.path, t.rule, location),
            });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/detect/segment.ts


/** A claim term with a result word is a value ("Positive Credible Fear"), not a header. */
const CLAIM_RESULT = /\b(?:positive|negative|established|found|vacated|affirmed|granted|denied|referred|positivo|negativo)\b/i;
function isBlank(value) {
    if (value === null || value === undefined || value === '')
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    return false;
}
function rowIsBlank(cells, from = 0, to = cells.length - 1) {
    const end = Math.min(to, cells.length - 1);
    for (let i = from; i <= end; i++)
        if (!isBlank(cells[i]))
            return false;
    return true;
}
function nonEmptyCount(cells, group) {
    let n = 0;
    const end = Math.min(group.to, cells.length - 1);
    for (let i = group.from; i <= end; i++)
        if (!isBlank(cells[i]))
            n++;
    return n;
}
/** Side-by-side tables: groups of columns separated by columns that are empty in every row. */
function splitColumnGroups(rows) {
    let width = 0;
    for (const r of rows)
        width = Math.max(width, r.cells.length);
    const occupied = new Uint8Array(width);
    // Buffered rows may be sparse (cells far to the right of empty columns): forEach skips holes.
    for (const r of rows)
        r.cells.forEach((v, i) => {
            if (!isBlank(v))
                occupied[i] = 1;
        });
    const groups = [];
    let start = -1;
    for (let i = 0; i <= width; i++) {
        const on = i < width && occupied[i] === 1;
        if (on && start < 0)
            start = i;
        if (!on && start >= 0) {
            groups.push({ from: start, to: i - 1 });
            start = -1;
        }
    }
    return groups;
}
const YEAR_HEADER = /^(?:19|20)\d{2}$/;
/** Whether a row reads as a header: text cells, none of which looks like a value. */
function isHeaderLike(cells, group, vocab) {
    let text = 0;
    let known = 0;
    const end = Math.min(group.to, cells.length - 1);
    for (let i = group.from; i <= end; i++) {
        const v = cells[i];
        if (isBlank(v))
            continue;
        if (typeof v === 'number') {
            if (Number.isInteger(v) && YEAR_HEADER.test(String(v)))
                continue; // year columns: 2019, 2020...
            return false;
        }
        if (typeof v !== 'string')
            return false;
        const t = cellText(v);
        const match = headerKind(t, vocab);
        if (match?.exact) {
            known++;
            continue;
        }
        if (looksLikeValue(t) || (CLAIM_RESULT.test(t) && isClaimText(t)))
            return false;
        if (/^-?[\d,.]+%?$/.test(t))
            return false;
        text++;
    }
    return known + text > 0;
}
/** How many rows from the top of a group may be title rows before the header. */
const MAX_TITLE_ROWS = 12;
/**
 * Find the header row of one group: skip narrow title rows (fewer than half the group's widest
 * row); the first wide row is the header when it reads like one, else the table is headerless
 * and that row is its first data row.
 */
function findHeader(rows, group, vocab) {
    let widest = 0;
    const counts = rows.map((r) => nonEmptyCount(r.cells, group));
    for (const c of counts)
        widest = Math.max(widest, c);
    if (widest === 0)
        return { headerAt: -1, dataFrom: rows.length };
    const wide = widest >= 2 ? Math.max(2, Math.ceil(widest * 0.5)) : 1;
    const limit = Math.min(rows.length, MAX_TITLE_ROWS + 1);
    for (let i = 0; i < limit; i++) {
        if (counts[i] < wide)
            continue;
        if (widest >= 2 || rows.length > 1) {
            if (isHeaderLike(rows[i].cells, group, vocab) && hasDataBelow(counts, i))
                return { headerAt: i, dataFrom: i + 1 };
        }
        return { headerAt: -1, dataFrom: firstNonEmpty(counts, 0) };
    }
    return { headerAt: -1, dataFrom: firstNonEmpty(counts, 0) };
}
function hasDataBelow(counts, at) {
    for (let i = at + 1; i < counts.length; i++)
        if (counts[i] > 0)
            return true;
    return false;
}
function firstNonEmpty(counts, from) {
    for (let i = from; i < counts.length; i++)
        if (counts[i] > 0)
            return i;
    return counts.length;
}
/** Widest gap (empty columns) across which two aligned groups merge without further evidence. */
const MAX_MERGE_GAP = 2;
/**
 * Side-by-side groups that are really one table: the same header row (or both headerless), and
 * data on the same rows. The identity half and the claim half of one roster may be any number
 * of empty columns apart, so the gap is not a reason to split. Genuinely separate tables have
 * their own row ranges or header rows; when they line up row for row anyway, merging two
 * aggregates is harmless (no identifiers, no finding). Across a gap wider than MAX_MERGE_GAP,
 * a group that reads as an aggregate (most of its columns are counts) is not merged, so a staff
 * list beside an equally long table of claim outcomes and their counts stays two tables.
 */
function mergeAlignedGroups(rows, groups, vocab) {
    const out = [];
    let prevLayout;
    for (const g of groups) {
        const layout = findHeader(rows, g, vocab);
        const prev = out[out.length - 1];
        if (prev &&
            prevLayout &&
            layout.headerAt === prevLayout.headerAt &&
            layout.dataFrom === prevLayout.dataFrom &&
            rowsAlign(rows, prev, g, layout.dataFrom) &&
            (g.from - prev.to - 1 <= MAX_MERGE_GAP || (!isAggregate(rows, prev, layout.dataFrom) && !isAggregate(rows, g, layout.dataFrom)))) {
            const merged = { from: prev.from, to: g.to };
            out[out.length - 1] = merged;
            prevLayout = findHeader(rows, merged, vocab);
            continue;
        }
        out.push(g);
        prevLayout = layout;
    }
    return out;
}
/** A count: a whole number below a million (A-numbers and other identifiers are longer). */
function isCountCell(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && Math.abs(value) < 1e6;
    if (typeof value !== 'string')
        return false;
    const t = value.trim();
    return /^-?\d{1,3}(?:,\d{3})?(?:\.\d+)?%?$/.test(t) || /^-?\d{1,6}(?:\.\d+)?%?$/.test(t);
}
/** Whether at least half of a group's occupied columns hold counts in most data rows. */
function isAggregate(rows, group, from) {
    let columns = 0;
    let counting = 0;
    for (let c = group.from; c <= group.to; c++) {
        let filled = 0;
        let counts = 0;
        for (let i = from; i < rows.length; i++) {
            const v = rows[i].cells[c];
            if (isBlank(v))
                continue;
            filled++;
            if (isCountCell(v))
                counts++;
        }
        if (!filled)
            continue;
        columns++;
        if (counts >= filled * 0.8)
            counting++;
    }
    return columns > 0 && counting * 2 >= columns;
}
/** Whether two groups hold data on (nearly) the same rows from `from` on. */
function rowsAlign(rows, a, b, from) {
    let both = 0;
    let one = 0;
    for (let i = from; i < rows.length; i++) {
        const inA = nonEmptyCount(rows[i].cells, a) > 0;
        const inB = nonEmptyCount(rows[i].cells, b) > 0;
        if (inA && inB)
            both++;
        else if (inA || inB)
            one++;
    }
    return both >= 2 && one <= both * 0.2;
}
/**
 * Stacked tables with no blank row between them: a later row that reads as a header (two or
 * more known header words, nothing that looks like a value) starts a new table. Returns the
 * window cut into parts, each to be segmented on its own.
 */
function splitAtRepeatedHeaders(rows, vocab) {
    const cuts = [];
    let seenHeader = false;
    // Columns repeat their values (countries, statuses): each distinct cell is looked up once.
    const known = new Map();
    for (let i = 0; i < rows.length; i++) {
        const cells = rows[i].cells;
        if (knownHeaderCells(cells, vocab, known) < 2)
            continue;
        const whole = { from: 0, to: cells.length - 1 };
        if (!isHeaderLike(cells, whole, vocab))
            continue;
        if (seenHeader && i > 0)
            cuts.push(i);
        seenHeader = true;
    }
    if (!cuts.length)
        return [rows];
    const parts = [];
    let from = 0;
    for (const cut of cuts) {
        parts.push(rows.slice(from, cut));
        from = cut;
    }
    parts.push(rows.slice(from));
    return parts;
}
function knownHeaderCells(cells, vocab, known) {
    let n = 0;
    for (const v of cells) {
        if (typeof v !== 'string' || v.length > 80)
            continue;
        let exact = known.get(v);
        if (exact === undefined) {
            exact = isExactHeader(v, vocab);
            known.set(v, exact);
        }
        if (exact)
            n++;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/detect/transpose.ts



/** Labels down the first column: at least this many name a known kind... */
const MIN_KNOWN_LABELS = 3;
/** ...and at least this share of the non-empty labels do. */
const MIN_KNOWN_SHARE = 0.5;
/**
 * Whether the first column of a group reads as field labels: short text cells, none of which
 * looks like a value unless it is a known header, most of which name a column kind (at least two different kinds).
 */
function hasLabelColumn(rows, group, vocab) {
    if (group.to <= group.from)
        return false;
    let labels = 0;
    let known = 0;
    const kinds = new Set();
    for (const r of rows) {
        const v = r.cells[group.from];
        if (isBlank(v))
            continue;
        if (typeof v !== 'string')
            return false;
        const t = cellText(v);
        if (t.length > 80)
            return false;
        const match = headerKind(t, vocab);
        // A known header word is a label even when it could be a value ("Detention Facility").
        if (!match?.exact && looksLikeValue(t))
            return false;
        labels++;
        if (match) {
            known++;
            kinds.add(match.kind);
        }
    }
    return known >= MIN_KNOWN_LABELS && kinds.size >= 2 && known >= labels * MIN_KNOWN_SHARE;
}
/** The group turned a quarter turn, when its first column holds field labels. */
function turnGroup(rows, group, vocab) {
    if (!hasLabelColumn(rows, group, vocab))
        return undefined;
    const fieldRows = [];
    const header = [];
    const source = [];
    for (const r of rows) {
        let any = false;
        for (let c = group.from; c <= group.to && !any; c++)
            any = !isBlank(r.cells[c]);
        if (!any)
            continue;
        fieldRows.push(r.rowNumber);
        header.push(r.cells[group.from]);
        source.push(r);
    }
    const records = [];
    for (let c = group.from + 1; c <= group.to; c++) {
        const cells = source.map((r) => r.cells[c]);
        if (cells.some((v) => !isBlank(v)))
            records.push({ column: c, cells });
    }
    return records.length ? { fieldRows, header, records } : undefined;
}

;// CONCATENATED MODULE: ./src/detect/table.ts










/** Rows buffered per block before classification (title rows + header + sample). */
const WINDOW_ROWS = 220;
/**
 * Non-empty cells kept per buffered row. Counted over occupied cells, not column positions, so a
 * roster parked far to the right of empty columns is still read.
 */
const MAX_COLUMNS = 1024;
/** Characters kept per buffered cell. */
const MAX_CELL_CHARS = 400;
/** Text kept from a rebuilt table for the prose fallback. */
const MAX_REBUILT_TEXT = 1 << 20;
/**
 * A bounded copy of a row for the window: the first MAX_COLUMNS non-empty cells, each at its own
 * column index (a row with cells far to the right becomes a sparse array), long text cut.
 */
function copyCells(cells) {
    const out = [];
    let kept = 0;
    for (let i = 0; i < cells.length && kept < MAX_COLUMNS; i++) {
        const v = cells[i];
        if (isBlank(v))
            continue;
        out[i] = typeof v === 'string' && v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v;
        kept++;
    }
    return out;
}
/** One classified table: counts person rows as rows stream past. */
class ActiveTable {
    meta;
    group;
    columns;
    hasHeader;
    counts = emptyCounts();
    ids;
    claims;
    constructor(meta, group, columns, 
    /** Whether the table had a header row (records always do). */
    hasHeader) {
        this.meta = meta;
        this.group = group;
        this.columns = columns;
        this.hasHeader = hasHeader;
        // Cheap shape tests (numbers) before name tests: the first accepted cell decides the row.
        this.ids = identifierColumns(columns)
            .filter((c) => c.accept)
            .sort((a, b) => costOf(a) - costOf(b));
        this.claims = columns.filter((c) => c.claim && c.accept);
    }
    get hasIdentifiers() {
        return this.ids.length > 0;
    }
    add(rowNumber, cells, hidden) {
        if (rowIsBlank(cells, this.group.from, this.group.to))
            return;
        const counts = this.counts;
        counts.dataRows++;
        if (!this.ids.length)
            return;
        if (!this.anyAccepted(this.ids, cells))
            return;
        counts.personRows++;
        if (counts.firstRow === 0)
            counts.firstRow = rowNumber;
        counts.lastRow = rowNumber;
        if (hidden)
            counts.hiddenPersonRows++;
        if (this.claims.length && this.anyAccepted(this.claims, cells))
            counts.claimRows++;
    }
    anyAccepted(columns, cells) {
        for (const c of columns) {
            const v = cells[c.index];
            if (isBlank(v))
                continue;
            if (c.accept(v, cellText(v)))
                return true;
        }
        return false;
    }
    /** The finding for this table, if it is a person-level table. */
    finding(ctx) {
        const verdict = decideTable(this.columns, this.counts);
        if (!verdict)
            return undefined;
        const meta = this.meta;
        const columns = verdict.columns.map((c) => columnRef(c, meta));
        const location = {
            ...(meta.entry !== undefined ? { entry: meta.entry } : {}),
            ...(meta.sheet !== undefined ? { sheet: safePlace(meta.sheet) } : {}),
            ...(meta.sheetState !== undefined ? { sheetState: meta.sheetState } : {}),
            surface: meta.surface,
            ...(meta.page !== undefined ? { page: meta.page } : {}),
            rows: { first: this.counts.firstRow, last: this.counts.lastRow },
            columns,
        };
        if (this.counts.hiddenPersonRows)
            location.hiddenRows = this.counts.hiddenPersonRows;
        const hiddenColumns = verdict.columns
            .filter((c) => meta.hiddenColumns?.has(c.index))
            .map((c) => (meta.lettered ? (0,safe_text/* columnLetter */.F)(c.index) : `#${c.index + 1}`));
        if (hiddenColumns.length)
            location.hiddenColumns = hiddenColumns;
        const count = this.counts.personRows;
        return {
            rule: verdict.rule,
            severity: severityFor(verdict.rule, ctx.options.severityOverrides ?? {}),
            message: (0,describe/* describeFinding */.jb)(verdict.rule, location, count),
            location,
            count,
            fingerprint: (0,fingerprint/* fingerprint */.R)(ctx.path, verdict.rule, location),
        };
    }
}
/** Whether a row has a non-blank cell right of column `right`. */
function beyond(cells, right) {
    for (let i = right + 1; i < cells.length; i++)
        if (!isBlank(cells[i]))
            return true;
    return false;
}
/**
 * A header row that is really a data row (a headerless table whose first row looked like
 * words) must never be shown: when an identifier column's own test accepts its header cell,
 * and that header is not a known header word, every header of the table is withheld.
 */
function withholdHeadersThatAreValues(columns, ctx) {
    const suspicious = columns.some((c) => {
        if (!c.header || !c.identifier || !c.accept)
            return false;
        if (headerKind(c.header, ctx.vocab)?.exact)
            return false;
        return c.accept(c.header, c.header);
    });
    if (!suspicious)
        return columns;
    return columns.map((c) => ({ ...c, headerSafe: false }));
}
function costOf(c) {
    return NAME_KINDS.has(c.kind) ? 1 : 0;
}
function columnRef(c, meta) {
    const ref = { index: c.index, kind: c.kind };
    if (meta.lettered)
        ref.letter = (0,safe_text/* columnLetter */.F)(c.index);
    if (c.header && c.headerSafe)
        ref.header = (0,safe_text/* displayText */.W)(c.header, 80);
    return ref;
}
/** Classify the columns of one group from the window rows. */
function classifyGroup(rows, group, layout, header, ctx) {
    const columns = [];
    for (let index = group.from; index <= group.to; index++) {
        const values = [];
        for (let r = layout.dataFrom; r < rows.length; r++)
            values.push(rows[r].cells[index]);
        const h = header?.[index];
        columns.push(classifyColumn({ index, header: typeof h === 'string' || typeof h === 'number' ? String(h) : undefined, values }, ctx));
    }
    return withholdHeadersThatAreValues(columns, ctx);
}
/**
 * A table read a quarter turn (transpose.ts): one person per column. Its records are built from
 * the window once; rows that arrive later are further fields of people already counted. The
 * finding names the fields by their rows and the people by their columns.
 */
class TransposedTable extends ActiveTable {
    fieldRows;
    letters;
    constructor(meta, turned, ctx) {
        const records = turned.records.map((r) => ({ rowNumber: r.column + 1, cells: r.cells, hidden: false }));
        const fields = { from: 0, to: turned.header.length - 1 };
        super({ ...meta, lettered: false, hiddenColumns: undefined }, fields, classifyGroup(records, fields, { headerAt: -1, dataFrom: 0 }, turned.header, ctx), true);
        this.fieldRows = turned.fieldRows;
        for (const r of records)
            super.add(r.rowNumber, r.cells, meta.hiddenColumns?.has(r.rowNumber - 1) === true);
        this.letters = meta.lettered === true;
    }
    add() {
        // Later rows are further fields of the same people.
    }
    finding(ctx) {
        const f = super.finding(ctx);
        if (!f)
            return undefined;
        const columns = (f.location.columns ?? []).map((c) => ({ ...c, index: this.fieldRows[c.index] - 1 }));
        const fieldRows = columns.map((c) => c.index + 1);
        const letter = (n) => (this.letters ? (0,safe_text/* columnLetter */.F)(n - 1) : `#${n}`);
        const location = {
            ...f.location,
            columns,
            rows: { first: Math.min(...fieldRows), last: Math.max(...fieldRows) },
            personColumns: { first: letter(this.counts.firstRow), last: letter(this.counts.lastRow) },
        };
        delete location.hiddenColumns;
        return { ...f, location, message: (0,describe/* describeFinding */.jb)(f.rule, location, f.count), fingerprint: (0,fingerprint/* fingerprint */.R)(ctx.path, f.rule, location) };
    }
}
/**
 * The row sink for one reader table. For 'grid' tables: blank rows separate stacked tables,
 * blank columns separate side-by-side tables, each finds its own header. For 'records': the
 * header is given and the whole table is one.
 */
class TableSink {
    meta;
    ctx;
    window = [];
    active;
    pending = [];
    lastRow = 0;
    ended = false;
    /** A rebuilt table's text by line, until a finding says it was read as a table. */
    text;
    /** Whether a finding at the top of the scale came from this table (no prose fallback then). */
    foundRecords = false;
    constructor(meta, ctx) {
        this.meta = meta;
        this.ctx = ctx;
        if (meta.rebuilt && ctx.prose)
            this.text = { first: 0, line: 0, parts: [], size: 0 };
    }
    row(rowNumber, cells, hidden) {
        if (this.ended)
            return;
        if (this.text)
            this.keepText(rowNumber, cells);
        const records = this.meta.shape === 'records';
        // Readers may leave empty rows out: a gap in row numbers is a blank row (not in a rebuilt
        // table, whose rows are numbered by the first page line of each, wrapped cells included).
        if (!records && !this.meta.rebuilt && this.lastRow > 0 && rowNumber > this.lastRow + 1)
            this.blankRow();
        this.lastRow = rowNumber;
        const blank = rowIsBlank(cells);
        if (blank) {
            if (!records)
                this.blankRow();
            return;
        }
        if (this.active && !(this.activeRight >= 0 && beyond(cells, this.activeRight))) {
            for (const t of this.active)
                t.add(rowNumber, cells, hidden === true);
            return;
        }
        // A row with cells right of every column of the tables being counted starts another table
        // (a roster stacked under a long statistics table with no blank row between them): the block
        // ends as at a blank row and this row starts a new window.
        if (this.active)
            this.closeActive();
        this.window.push({ rowNumber, cells: copyCells(cells), hidden: hidden === true });
        if (this.window.length >= WINDOW_ROWS)
            this.analyseWindow();
    }
    /** A blank row in a grid ends the current block (stacked tables). */
    blankRow() {
        if (this.active) {
            this.closeActive();
        }
        else if (this.window.length) {
            this.analyseWindow();
            this.closeActive();
        }
    }
    end() {
        if (this.ended)
            return;
        if (!this.active && this.window.length)
            this.analyseWindow();
        this.closeActive();
        this.emit(this.pending);
        this.pending = [];
        this.ended = true;
        const text = this.text;
        this.text = undefined;
        if (text?.parts.length && !this.foundRecords) {
            const m = this.meta;
            this.ctx.prose(text.parts.join(''), {
                surface: 'text',
                line: text.first,
                ...(m.page !== undefined ? { page: m.page } : {}),
                ...(m.entry !== undefined ? { entry: m.entry } : {}),
            });
        }
    }
    /** A rebuilt row's cells as one line of text, on its own line number. */
    keepText(rowNumber, cells) {
        const t = this.text;
        if (t.size > MAX_REBUILT_TEXT)
            return;
        const line = cells
            .filter((c) => !isBlank(c))
            .map((c) => cellText(c))
            .join('  ');
        if (!line)
            return;
        if (!t.parts.length)
            t.first = rowNumber;
        else
            t.parts.push('\n'.repeat(Math.min(200, Math.max(1, rowNumber - t.line))));
        t.parts.push(line);
        t.line = rowNumber;
        t.size += line.length;
    }
    /**
     * The rightmost column of the grid tables being counted, or -1 when rows are not checked for
     * it (no active table, records, a rebuilt table, or a table read a quarter turn).
     */
    get activeRight() {
        const active = this.active;
        if (!active?.length || this.meta.shape === 'records' || this.meta.rebuilt)
            return -1;
        let right = -1;
        for (const t of active) {
            if (t instanceof TransposedTable)
                return -1;
            right = Math.max(right, t.group.to);
        }
        return right;
    }
    analyseWindow() {
        const rows = this.window;
        this.window = [];
        if (this.meta.shape === 'records') {
            const tables = [];
            const header = (this.meta.header ?? []).slice(0, MAX_COLUMNS);
            let width = header.length;
            for (const r of rows)
                width = Math.max(width, r.cells.length);
            if (width > 0) {
                const group = { from: 0, to: width - 1 };
                const table = new ActiveTable(this.meta, group, classifyGroup(rows, group, { headerAt: -1, dataFrom: 0 }, header, this.ctx), true);
                for (const r of rows)
                    table.add(r.rowNumber, r.cells, r.hidden);
                tables.push(table);
            }
            this.active = tables;
            return;
        }
        const carried = this.pending;
        this.pending = [];
        const continued = new Set();
        const parts = splitAtRepeatedHeaders(rows, this.ctx.vocab);
        let tables = [];
        parts.forEach((part, i) => {
            // A part followed by another header has ended: judge it now.
            if (i > 0)
                this.emit(tables);
            tables = this.analysePart(part, i === 0 ? carried : [], continued);
            if (i === 0)
                this.emit(carried.filter((p) => !continued.has(p)));
        });
        this.active = tables;
    }
    analysePart(rows, carried, continued) {
        const tables = [];
        for (const group of mergeAlignedGroups(rows, splitColumnGroups(rows), this.ctx.vocab)) {
            const layout = findHeader(rows, group, this.ctx.vocab);
            const header = layout.headerAt >= 0 ? rows[layout.headerAt].cells : undefined;
            const columns = classifyGroup(rows, group, layout, header, this.ctx);
            let table = new ActiveTable(this.meta, group, columns, layout.headerAt >= 0);
            if (!table.hasIdentifiers) {
                // One person per column, labels down the first column: read it a quarter turn.
                const turned = turnGroup(rows, group, this.ctx.vocab);
                const transposed = turned && new TransposedTable(this.meta, turned, this.ctx);
                if (transposed?.hasIdentifiers) {
                    tables.push(transposed);
                    continue;
                }
            }
            // A headerless block under a person table (a stray blank row in a roster) continues it.
            if (!table.hasHeader && !table.hasIdentifiers) {
                const previous = carried.find((p) => !continued.has(p) && p.hasHeader && p.hasIdentifiers && group.from >= p.group.from && group.to <= p.group.to);
                if (previous) {
                    continued.add(previous);
                    table = previous;
                }
            }
            for (let r = layout.dataFrom; r < rows.length; r++)
                table.add(rows[r].rowNumber, rows[r].cells, rows[r].hidden);
            tables.push(table);
        }
        return tables;
    }
    /** Stacked tables stay pending after a blank row, in case the next block continues them. */
    closeActive() {
        const active = this.active;
        this.active = undefined;
        if (active)
            this.pending.push(...active);
    }
    emit(tables) {
        for (const t of tables) {
            const f = t.finding(this.ctx);
            if (!f)
                continue;
            this.ctx.emit(f);
            // Short of a claim, cells cut in the wrong places may have hidden one: the text is still judged.
            if (f.rule === 'person-record.protection-claim')
                this.foundRecords = true;
        }
    }
}

;// CONCATENATED MODULE: ./src/detect/analyzer.ts







/** Table findings kept apart per rule and place; past this, further tables fold into the last one. */
const MAX_TABLE_FINDINGS_PER_PLACE = 50;
/**
 * A sheet of thousands of tiny person tables must not become thousands of findings: past the
 * cap, a table's rows and count are folded into the last finding for the same rule and place.
 */
function addTableFinding(all, perPlace, f) {
    const l = f.location;
    const key = [f.rule, l.entry ?? '', l.sheet ?? '', l.surface ?? '', l.page ?? ''].join('\u0000');
    let list = perPlace.get(key);
    if (!list)
        perPlace.set(key, (list = []));
    if (list.length < MAX_TABLE_FINDINGS_PER_PLACE) {
        list.push(f);
        all.push(f);
        return;
    }
    const last = list[list.length - 1];
    last.count += f.count;
    if (last.location.rows && l.rows) {
        last.location.rows = { first: Math.min(last.location.rows.first, l.rows.first), last: Math.max(last.location.rows.last, l.rows.last) };
    }
    if (l.hiddenRows)
        last.location.hiddenRows = (last.location.hiddenRows ?? 0) + l.hiddenRows;
    last.message = (0,describe/* describeFinding */.jb)(last.rule, last.location, last.count);
}
function createAnalyzer(path, options) {
    const custom = compileCustom(options?.customRecognizers);
    const tableFindings = [];
    const perPlace = new Map();
    const sinks = [];
    const detect = {
        severityOverrides: options?.severityOverrides ?? {},
        headerSynonyms: options?.headerSynonyms ?? {},
        customRecognizers: options?.customRecognizers ?? [],
    };
    const ctx = {
        path,
        options: detect,
        vocab: buildVocabulary(detect.headerSynonyms),
        custom,
        emit: (f) => addTableFinding(tableFindings, perPlace, f),
        // A rebuilt table that was no person table is judged as text (TableMeta.rebuilt).
        prose: (text, where) => prose.scan(text, where),
    };
    const prose = new ProseScanner(path, detect, custom);
    const observations = new ObservationCollector(path, detect);
    return {
        beginTable(meta) {
            const sink = meta.surface === 'shared-strings' ? new BagSink(meta, ctx) : new TableSink(meta, ctx);
            sinks.push(sink);
            return sink;
        },
        prose(text, where) {
            if (typeof text === 'string' && text.length)
                prose.scan(text, where);
        },
        observe(o) {
            observations.observe(o);
        },
        finish() {
            // A reader that stopped early (an error) may not have ended its tables: judge what was read.
            for (const s of sinks)
                s.end();
            sinks.length = 0;
            return [...tableFindings, ...prose.findings(), ...observations.findings()];
        },
    };
}

// EXTERNAL MODULE: ./src/readers/loading.ts
var loading = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/readers/index.ts

const READERS = {
    text: async () => (await __webpack_require__.e(/* import() */ 913).then(__webpack_require__.bind(__webpack_require__, 7913))).readPlainText,
    code: async () => (await Promise.all(/* import() */[__webpack_require__.e(268), __webpack_require__.e(987)]).then(__webpack_require__.bind(__webpack_require__, 2987))).readCode,
    notebook: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(815), __webpack_require__.e(268), __webpack_require__.e(987), __webpack_require__.e(140), __webpack_require__.e(29)]).then(__webpack_require__.bind(__webpack_require__, 29))).readNotebook,
    markdown: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(815), __webpack_require__.e(268), __webpack_require__.e(987), __webpack_require__.e(140), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 1549))).readMarkdown,
    html: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(268), __webpack_require__.e(987), __webpack_require__.e(140)]).then(__webpack_require__.bind(__webpack_require__, 1140))).readHtml,
    json: async () => (await __webpack_require__.e(/* import() */ 268).then(__webpack_require__.bind(__webpack_require__, 1268))).readJson,
    ndjson: async () => (await __webpack_require__.e(/* import() */ 268).then(__webpack_require__.bind(__webpack_require__, 1268))).readNdjson,
    delimited: async () => (await __webpack_require__.e(/* import() */ 821).then(__webpack_require__.bind(__webpack_require__, 7821))).readDelimited,
    xml: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(268), __webpack_require__.e(987), __webpack_require__.e(140), __webpack_require__.e(546)]).then(__webpack_require__.bind(__webpack_require__, 2546))).readXml,
    yaml: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(268), __webpack_require__.e(927)]).then(__webpack_require__.bind(__webpack_require__, 7927))).readYaml,
    xlsx: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 114))).readXlsx,
    xls: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 114))).readXls,
    ods: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 114))).readOds,
    pdf: async () => (await Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(512)]).then(__webpack_require__.bind(__webpack_require__, 7512))).readPdf,
    docx: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(649)]).then(__webpack_require__.bind(__webpack_require__, 9649))).readDocx,
    pptx: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(649)]).then(__webpack_require__.bind(__webpack_require__, 9649))).readPptx,
    odt: async () => (await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(649)]).then(__webpack_require__.bind(__webpack_require__, 9649))).readOdt,
    zip: async () => (await __webpack_require__.e(/* import() */ 228).then(__webpack_require__.bind(__webpack_require__, 228))).readArchive,
    ole: async () => (await __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 8279))).readOle,
    gzip: async () => (await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 1961))).readGzip,
    tar: async () => (await __webpack_require__.e(/* import() */ 914).then(__webpack_require__.bind(__webpack_require__, 4914))).readTar,
    bzip2: async () => (await Promise.all(/* import() */[__webpack_require__.e(634), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 9408))).readBzip2,
    xz: async () => (await __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341))).refuseCompressed('xz'),
    '7z': async () => (await __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341))).refuseCompressed('7z'),
    rar: async () => (await __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341))).refuseCompressed('rar'),
    zstd: async () => (await __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341))).refuseCompressed('zstd'),
    lz4: async () => (await __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341))).refuseCompressed('lz4'),
    compress: async () => (await __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341))).refuseCompressed('compress'),
    email: async () => (await __webpack_require__.e(/* import() */ 383).then(__webpack_require__.bind(__webpack_require__, 383))).readEmail,
    mbox: async () => (await __webpack_require__.e(/* import() */ 383).then(__webpack_require__.bind(__webpack_require__, 383))).readMbox,
    'office-owner': async () => (await __webpack_require__.e(/* import() */ 24).then(__webpack_require__.bind(__webpack_require__, 9024))).readOfficeOwner,
    parquet: async () => (await __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 2137))).readParquet,
    dbf: async () => (await __webpack_require__.e(/* import() */ 741).then(__webpack_require__.bind(__webpack_require__, 5741))).readDbf,
    sqlite: async () => (await __webpack_require__.e(/* import() */ 85).then(__webpack_require__.bind(__webpack_require__, 2085))).readSqlite,
    arrow: async () => (await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 6584))).readArrow,
    rdata: async () => (await Promise.all(/* import() */[__webpack_require__.e(634), __webpack_require__.e(775)]).then(__webpack_require__.bind(__webpack_require__, 2775))).readRData,
};
const loaded = new Map();
/**
 * The reader for a format, loading its module on first use (later calls reuse it). The load
 * goes through loadCode: the file's clock stops while reader code loads.
 */
function readerFor(format) {
    const load = Object.hasOwn(READERS, format) ? READERS[format] : undefined;
    if (!load)
        return undefined;
    return async (input, sink, context) => {
        let reader = loaded.get(format);
        if (!reader) {
            reader = await (0,loading/* loadCode */.C_)(load);
            loaded.set(format, reader);
        }
        return reader(input, sink, context);
    };
}

// EXTERNAL MODULE: ./src/readers/sniff.ts
var sniff = __webpack_require__(8292);
// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/scan/input.ts
var scan_input = __webpack_require__(4301);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/readers/containers/zip.ts
var zip = __webpack_require__(234);
;// CONCATENATED MODULE: ./src/scan/container-limits.ts
/**
 * Limits a zip container (workbook, document, archive) must meet before any reader inflates it:
 * the entry count, the total decompressed size its directory declares, and, when the
 * compressed bytes could inflate past the limit whatever the directory says, the size they
 * really inflate to (counted while discarding the output, so a lying size field costs time,
 * bounded by the limit, but never memory).
 */



/** Formats that are zip containers underneath. */
const ZIP_CONTAINERS = new Set(['xlsx', 'ods', 'docx', 'pptx', 'odt', 'zip']);
/** Deflate cannot expand data by more than about 1032 to 1; the slack covers headers. */
const DEFLATE_MAX_RATIO = 1032;
const DEFLATE_SLACK = 1024;
/**
 * Formats whose reader inflates every part as a stream, counted against the shared budget as it
 * comes (spreadsheet/stream/xlsx.ts): inflating them here first would only do the work twice.
 */
const STREAMED_CONTAINERS = new Set(['xlsx']);
/** Throws a ReadError when the container breaks a limit; returns quietly otherwise. */
async function checkZipContainer(buf, limits, format) {
    const entries = (0,zip/* listZipEntries */.kT)(buf, { maxEntries: limits.maxArchiveEntries });
    if ((0,zip/* totalUncompressedSize */.OD)(entries) > limits.maxDecompressedSize)
        throw tooLarge(limits);
    if (worstCaseInflatedSize(entries) <= limits.maxDecompressedSize)
        return;
    // An .xlsb (binary parts) goes to SheetJS, which inflates whole: it is counted here.
    if (format && STREAMED_CONTAINERS.has(format) && !entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name)))
        return;
    await countInflatedBytes(buf, entries, limits);
}
function worstCaseInflatedSize(entries) {
    let total = 0;
    for (const e of entries)
        total += e.method === zip/* METHOD_DEFLATE */.An ? e.compressedSize * DEFLATE_MAX_RATIO + DEFLATE_SLACK : e.compressedSize;
    return total;
}
function tooLarge(limits) {
    return new types/* ReadError */.F('too-large-decompressed', `more than ${limits.maxDecompressedSize} bytes after decompression`);
}
/** Inflate every deflated entry, keeping nothing, and stop as soon as the total passes the limit. */
async function countInflatedBytes(buf, entries, limits) {
    let total = 0;
    for (const entry of entries) {
        if (entry.encrypted)
            continue;
        if (entry.method !== zip/* METHOD_DEFLATE */.An) {
            total += entry.compressedSize;
        }
        else {
            const data = deflatedData(buf, entry);
            if (!data)
                continue; // The reader will name what is wrong with this entry.
            total = await inflateCounting(data, total, limits.maxDecompressedSize);
        }
        if (total > limits.maxDecompressedSize)
            throw tooLarge(limits);
    }
}
function deflatedData(buf, entry) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50)
        return undefined;
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const stop = start + entry.compressedSize;
    return stop <= buf.length ? buf.subarray(start, stop) : undefined;
}
/** The running total after inflating `data`; stops early (returning limit + 1) once past `limit`. */
function inflateCounting(data, startTotal, limit) {
    return new Promise((resolve) => {
        let total = startTotal;
        const inflate = (0,external_node_zlib_.createInflateRaw)();
        let settled = false;
        const settle = (value) => {
            if (settled)
                return;
            settled = true;
            inflate.removeAllListeners('data');
            inflate.destroy();
            resolve(value);
        };
        inflate.on('data', (chunk) => {
            total += chunk.length;
            if (total > limit)
                settle(limit + 1);
        });
        // A broken stream is the reader's to name; its message is never read.
        inflate.on('error', () => settle(total));
        inflate.on('end', () => settle(total));
        inflate.end(data);
    });
}

;// CONCATENATED MODULE: ./src/scan/read-nested.ts



function readerContext(limits, readerFor) {
    const context = {
        limits,
        async readNested(input, sink) {
            if (input.depth > limits.maxArchiveDepth)
                throw new types/* ReadError */.F('too-deep', `containers nest deeper than ${limits.maxArchiveDepth} levels`);
            const format = (0,sniff/* sniffFormat */.OG)(input.name, input.head, input.size);
            if (format === 'empty' || sniff/* SKIPPED_FORMATS */.SI[format])
                return;
            const reader = readerFor(format);
            if (!reader)
                throw new types/* ReadError */.F('unsupported-format', noReaderDetail(format));
            if (ZIP_CONTAINERS.has(format))
                await checkZipContainer(await input.buffer(), limits, format);
            await reader(input, sink, context);
        },
    };
    return context;
}
/** Why a format with no reader blocks, and what to do about it. */
function noReaderDetail(format) {
    if (format === 'binary')
        return 'an unknown binary format that may hold data; if it holds no records, list its path under allowlist in the config file (or in the exclude input)';
    return `no reader for ${format}`;
}

// EXTERNAL MODULE: ./src/scan/timers.ts
var timers = __webpack_require__(2455);
;// CONCATENATED MODULE: ./src/readers/lfs-pointer.ts
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

;// CONCATENATED MODULE: ./src/scan/scan-file.ts
/**
 * One file, start to end, in the current thread: limits, format by content, the reader for it,
 * detection, and the one place where a failure becomes a `not-inspected` result. Partial
 * findings made before a failure are kept. No library message is ever passed on.
 */















const REAL_PARTS = { readerFor: readerFor, createAnalyzer: createAnalyzer };
async function scanFile(target, options, parts = REAL_PARTS) {
    const started = external_node_perf_hooks_.performance.now();
    const result = await scanFileUntimed(target, options, parts);
    // Once, here, before the result leaves the worker: when the path or an archive entry name
    // carries an identifier, every finding's message, entry and fingerprint are redacted, so no
    // channel downstream (reports, annotations, check runs, accepted-finding lists) can repeat it.
    result.findings = result.findings.map((finding) => (0,redact/* shownFinding */.Pg)(result, finding));
    result.ms = Math.round(external_node_perf_hooks_.performance.now() - started);
    return result;
}
/** A failure that is not a ReadError, named without reading its message. */
function failureKind(error) {
    if ((0,types/* isReadError */.L)(error))
        return error.kind;
    if (error instanceof RangeError && /call stack/i.test(String(error.message)))
        return 'too-deep';
    return 'corrupt';
}
/**
 * When scanFile stops waiting for a reader: a little before the pool's hard time limit, so that
 * a reader stuck waiting (not a tight loop, which only the pool can stop) still leaves the
 * findings made so far in a `timed-out` result.
 */
function softDeadlineMs(timeoutMs) {
    const limit = (0,timers/* timerDelay */.n)(timeoutMs);
    return Math.max(1, limit - Math.max(250, Math.min(5_000, Math.round(limit * 0.2))));
}
/**
 * The file's soft deadline, from the start of its scan. Its clock stops while reader code loads
 * (readers/loading.ts): loading is not the file's doing. The pool bounds that time.
 */
class SoftDeadline {
    /** Rejects with ReadError('timed-out') at the deadline. */
    expired;
    timer;
    stopListening;
    constructor(ms) {
        let expire;
        this.expired = new Promise((_, reject) => {
            expire = () => reject(new types/* ReadError */.F('timed-out', 'stopped at the time limit; findings made before are kept'));
        });
        this.expired.catch(() => undefined);
        this.timer = new timers/* PausableTimer */.J(ms, expire);
        if ((0,loading/* codeLoading */.iu)())
            this.timer.pause();
        this.stopListening = (0,loading/* onCodeLoad */.DD)((loading) => (loading ? this.timer.pause() : this.timer.resume()));
    }
    /** Wait for `work`, but no longer than the deadline: then it is a ReadError('timed-out'). */
    async within(work) {
        // A reader given up on may still fail later: that must not become an unhandled rejection.
        work.catch(() => undefined);
        await Promise.race([work, this.expired]);
    }
    clear() {
        this.timer.clear();
        this.stopListening();
    }
}
async function scanFileUntimed(target, options, parts) {
    const deadline = new SoftDeadline(softDeadlineMs(options.limits.timeoutMs));
    try {
        return await scanFileWithin(target, options, parts, deadline);
    }
    finally {
        deadline.clear();
    }
}
async function scanFileWithin(target, options, parts, deadline) {
    const base = { path: target.displayPath, findings: [] };
    let input;
    try {
        if (target.data) {
            input = (0,scan_input/* bufferInput */.zZ)(Buffer.from(target.data.buffer, target.data.byteOffset, target.data.byteLength), target.displayPath);
        }
        else if (target.path) {
            const info = await (0,promises_.lstat)(target.path);
            // A link is published as its target (site builds dereference links): scan the target when
            // it is a file inside the repository; anything else could hide records and is not inspected.
            if (info.isSymbolicLink()) {
                const link = await followLink(target.path, target.root);
                if ('reason' in link)
                    return { ...base, status: 'not-inspected', reason: link.reason, detail: link.detail };
                if ('text' in link)
                    return scanFileWithin({ displayPath: target.displayPath, data: Buffer.from(link.text, 'utf8') }, options, parts, deadline);
                return scanFileWithin({ displayPath: target.displayPath, path: link.path }, options, parts, deadline);
            }
            if (!info.isFile())
                return { ...base, status: 'not-inspected', reason: 'read-error', detail: 'not a regular file' };
            if (info.size > options.limits.maxFileSize) {
                return {
                    ...base,
                    status: 'not-inspected',
                    reason: 'too-large',
                    bytes: info.size,
                    detail: `${info.size} bytes; the limit is ${options.limits.maxFileSize}`,
                };
            }
            input = await (0,scan_input/* fileInput */.Fg)(target.path, target.displayPath, info.size);
        }
        else {
            return { ...base, status: 'not-inspected', reason: 'internal-error' };
        }
    }
    catch {
        return { ...base, status: 'not-inspected', reason: 'read-error' };
    }
    if (input.size > options.limits.maxFileSize) {
        return {
            ...base,
            status: 'not-inspected',
            reason: 'too-large',
            bytes: input.size,
            detail: `${input.size} bytes; the limit is ${options.limits.maxFileSize}`,
        };
    }
    if (input.size <= LFS_POINTER_MAX_BYTES && parseLfsPointer(input.head)) {
        return {
            ...base,
            status: 'not-inspected',
            reason: 'stored-in-git-lfs',
            detail: LFS_ADVICE,
            bytes: input.size,
            findings: fileNameFindings(target.displayPath, options, parts),
        };
    }
    const format = (0,sniff/* sniffFormat */.OG)(target.displayPath, input.head, input.size);
    const withFormat = { ...base, format, bytes: input.size };
    if (format === 'empty')
        return { ...withFormat, status: 'skipped', reason: 'empty', findings: fileNameFindings(target.displayPath, options, parts) };
    const skip = sniff/* SKIPPED_FORMATS */.SI[format];
    if (skip)
        return { ...withFormat, status: 'skipped', reason: skip, findings: fileNameFindings(target.displayPath, options, parts) };
    if (ZIP_CONTAINERS.has(format)) {
        try {
            await checkZipContainer(await input.buffer(), options.limits, format);
        }
        catch (error) {
            return { ...withFormat, status: 'not-inspected', reason: failureKind(error), detail: (0,types/* isReadError */.L)(error) ? error.detail : undefined };
        }
    }
    const reader = parts.readerFor(format);
    if (!reader)
        return { ...withFormat, status: 'not-inspected', reason: 'unsupported-format', detail: noReaderDetail(format) };
    let analyzer;
    try {
        analyzer = parts.createAnalyzer(target.displayPath, options.detect);
    }
    catch {
        return { ...withFormat, status: 'not-inspected', reason: 'internal-error' };
    }
    let failure;
    let detail;
    try {
        pushFileName(analyzer, target.displayPath);
        await deadline.within(reader(input, analyzer, readerContext(options.limits, parts.readerFor)));
    }
    catch (error) {
        failure = failureKind(error);
        if ((0,types/* isReadError */.L)(error))
            detail = error.detail;
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
/** Where a symbolic link leads: a regular file inside `root`, its own text when it leads nowhere, or why it is not followed. */
async function followLink(path, root) {
    const out = {
        reason: 'link-out-of-repository',
        detail: 'a link out of the repository publishes a file the gate does not check: replace the link with the file, or remove it',
    };
    let real;
    try {
        real = await (0,promises_.realpath)(path);
    }
    catch {
        // A dangling link publishes nothing but its own text.
        return { text: await (0,promises_.readlink)(path) };
    }
    if (!root)
        return out;
    const rel = (0,external_node_path_.relative)(await (0,promises_.realpath)(root).catch(() => root), real);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return out;
    const info = await (0,promises_.stat)(real);
    if (info.isDirectory())
        return {
            reason: 'link-to-folder',
            detail: 'a link to a folder publishes every file in it: scan the folder itself, or replace the link',
        };
    if (!info.isFile())
        return out;
    return { path: real };
}
/** The path itself can carry a name or an A-number: detection reads it as words (surface 'file-name'). */
function pushFileName(analyzer, displayPath) {
    analyzer.prose((0,file_name/* fileNameText */.$)(displayPath), { surface: 'file-name' });
}
/** Findings on the path alone, for files whose content is not read (images, empty files). */
function fileNameFindings(displayPath, options, parts) {
    try {
        const analyzer = parts.createAnalyzer(displayPath, options.detect);
        pushFileName(analyzer, displayPath);
        return analyzer.finish();
    }
    catch {
        return [];
    }
}


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
