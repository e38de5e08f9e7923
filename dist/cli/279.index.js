export const id = 279;
export const ids = [279];
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

/***/ 8279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readOle: () => (/* binding */ readOle)
/* harmony export */ });
/* harmony import */ var _spreadsheet_open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2277);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/**
 * OLE compound files that are not legacy Excel workbooks. An encrypted Office document (xlsx,
 * docx or pptx saved with a password) is such a container holding EncryptionInfo and
 * EncryptedPackage streams, whatever its name: say so. Anything else (legacy .doc/.ppt, .msg)
 * is a format the gate cannot read and may hold data: not inspected.
 */


const readOle = async (input) => {
    const buf = await input.buffer();
    if ((0,_spreadsheet_open_js__WEBPACK_IMPORTED_MODULE_0__/* .oleHasStream */ .NX)(buf, 'EncryptionInfo') || (0,_spreadsheet_open_js__WEBPACK_IMPORTED_MODULE_0__/* .oleHasStream */ .NX)(buf, 'EncryptedPackage')) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('password-protected', 'an encrypted Office document');
    }
    if ((0,_spreadsheet_open_js__WEBPACK_IMPORTED_MODULE_0__/* .oleHasStream */ .NX)(buf, 'WordDocument'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', 'a legacy Word document (.doc)');
    if ((0,_spreadsheet_open_js__WEBPACK_IMPORTED_MODULE_0__/* .oleHasStream */ .NX)(buf, '__properties_version1.0'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', 'an Outlook message (.msg); save it as .eml, which is read with its attachments');
    if ((0,_spreadsheet_open_js__WEBPACK_IMPORTED_MODULE_0__/* .oleHasStream */ .NX)(buf, 'PowerPoint Document'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', 'a legacy PowerPoint file (.ppt)');
    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', 'an OLE compound file of unknown kind');
};


/***/ }),

/***/ 2277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ openWorkbook),
/* harmony export */   NX: () => (/* binding */ oleHasStream),
/* harmony export */   Z0: () => (/* binding */ isOle)
/* harmony export */ });
/* unused harmony exports READ_OPTIONS, checkContainer, checkDecompressedSize, parseWorkbook, rawParts */
/* harmony import */ var xlsx__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3592);
/* harmony import */ var xlsx__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(xlsx__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/* harmony import */ var _containers_archive_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4675);
/* harmony import */ var _containers_zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(234);
/**
 * Opening a workbook safely: container checks before SheetJS sees the bytes (zip structure,
 * decompression bombs, encryption), then SheetJS with the options the reader needs, with every
 * SheetJS error turned into a ReadError kind. SheetJS messages quote the input: none is kept.
 */




const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const READ_OPTIONS = {
    type: 'buffer',
    // Styles cost a fifth of the read time: hidden rows and columns of zip workbooks are read from
    // the sheet XML instead (parts/sheet-xml.ts). BIFF files need them for !rows / !cols.
    cellStyles: false,
    // Date-formatted numbers arrive as Date objects.
    cellDates: true,
    // Raw values are what detection judges; formatted text and rich-text HTML cost time only.
    cellText: false,
    cellHTML: false,
    // Number formats (cell.z): an identifier shown through a format ("A"000000000) is judged as shown.
    cellNF: true,
    // Formulas are kept for the string literals they may hold (=IF(A2>0,"a name","")).
    cellFormula: true,
    // Raw parts SheetJS does not parse (pivot caches, external links, charts, docProps).
    bookFiles: true,
    // Never run macros or keep VBA; never throw on unknown features.
    bookVBA: false,
    WTF: false,
};
function isOle(buf) {
    return buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b);
}
/**
 * Whether an OLE compound file has a stream or storage with this name. Directory entries are
 * 128 bytes, sector-aligned, and begin with the UTF-16LE name followed (at +64) by its byte length
 * including the terminator: matching that shape avoids parsing the whole container.
 */
function oleHasStream(buf, name) {
    const needle = Buffer.from(`${name}\0`, 'utf16le');
    let at = buf.indexOf(needle, 512);
    while (at >= 0) {
        if (at % 128 === 0 && at + 66 <= buf.length && buf.readUInt16LE(at + 64) === needle.length)
            return true;
        at = buf.indexOf(needle, at + 2);
    }
    return false;
}
/** Refuse what must not reach SheetJS; returns the zip entries for zip-based formats. */
/**
 * `budget`: decompressed bytes this workbook may still use (the file's limit, less what the
 * containers around it have inflated); what it inflates is spent from it.
 */
function checkContainer(buf, format, limits, budget) {
    if (isOle(buf)) {
        if (oleHasStream(buf, 'EncryptionInfo') || oleHasStream(buf, 'EncryptedPackage')) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('password-protected', 'the workbook is encrypted');
        }
        if (format !== 'xls')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'an OLE container where a zip workbook was expected');
        // A compound file is a whole number of 512-byte sectors after its header.
        if (buf.length < 1024)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('truncated', 'the compound file is shorter than its header');
        return [];
    }
    if (format === 'xls')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'not an OLE compound file');
    const entries = (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .listZipEntries */ .kT)(buf, { maxEntries: limits.maxArchiveEntries });
    if (entries.some((e) => e.encrypted))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('password-protected', 'the workbook zip is encrypted');
    if (format === 'ods' && odsIsEncrypted(buf, entries, limits))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('password-protected', 'the OpenDocument parts are encrypted');
    const inflated = checkDecompressedSize(buf, entries, budget ? budget.remaining() : limits.maxDecompressedSize);
    budget?.spend(inflated);
    return entries;
}
/**
 * A password-protected OpenDocument file is an ordinary zip whose parts are ciphertext; only its
 * manifest says so (<manifest:encryption-data>). SheetJS would read nothing and say nothing.
 */
function odsIsEncrypted(buf, entries, limits) {
    const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml');
    if (!manifest)
        return false;
    return (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipEntry */ .g7)(buf, manifest, Math.min(limits.maxDecompressedSize, 16 << 20)).includes('encryption-data');
}
/**
 * Decompression bombs: the declared sizes (central directory and local headers, which SheetJS
 * trusts) must fit the limit, and so must the real output: every deflated part is inflated with
 * a hard bound on what is left of the budget (this also finds damaged deflate streams).
 */
function checkDecompressedSize(buf, entries, limit) {
    let declared = (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .totalUncompressedSize */ .OD)(entries);
    for (const e of entries)
        declared += Math.max(0, localDeclaredSize(buf, e) - e.uncompressedSize);
    if (declared > limit)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-large-decompressed', `declared ${declared} bytes; the limit is ${limit}`);
    let left = limit;
    for (const e of entries) {
        if (e.method !== _containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .METHOD_DEFLATE */ .An && e.method !== _containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .METHOD_STORED */ .y$)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', `zip compression method ${e.method}`);
        left -= (0,_containers_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipEntry */ .g7)(buf, e, left).length;
    }
    return limit - left;
}
/** The uncompressed size in the entry's local header (0 when it defers to a data descriptor). */
function localDeclaredSize(buf, entry) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('truncated', 'zip entry lies past the end of the file');
    return buf.readUInt32LE(at + 22);
}
/**
 * SheetJS read, with its errors reduced to a kind. `binaryParts` (BIFF, or an xlsb zip) means
 * hidden rows and columns cannot be read from XML, so SheetJS reads styles for them.
 */
function parseWorkbook(buf, format, binaryParts = format === 'xls') {
    let wb;
    try {
        wb = xlsx__WEBPACK_IMPORTED_MODULE_3__.read(buf, binaryParts ? { ...READ_OPTIONS, cellStyles: true } : READ_OPTIONS);
    }
    catch (error) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadError */ .L)(error))
            throw error;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F(classifyLibraryError(error, buf, format));
    }
    if (!wb || !Array.isArray(wb.SheetNames) || typeof wb.Sheets !== 'object' || wb.Sheets === null) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('corrupt', 'the workbook has no sheets');
    }
    return wb;
}
/** Look at a SheetJS error only to pick a kind; its text never leaves this function. */
function classifyLibraryError(error, buf, format) {
    const message = error instanceof Error ? error.message : '';
    if (error instanceof RangeError && /allocation|array length|buffer/i.test(message))
        return 'out-of-memory';
    if (/password|encrypt/i.test(message))
        return 'password-protected';
    if (format === 'xls' && (buf.length - 512) % 512 !== 0)
        return 'truncated';
    return 'corrupt';
}
/** The raw parts kept by bookFiles, by path, as bytes. */
function rawParts(wb) {
    const out = new Map();
    const files = wb.files;
    if (!files || typeof files !== 'object')
        return out;
    for (const key of Object.keys(files)) {
        const part = files[key];
        const content = part?.content;
        const name = key.replace(/^\/+/, '');
        if (!name || name.endsWith('/'))
            continue;
        if (content instanceof Uint8Array)
            out.set(name, content);
        else if (typeof content === 'string')
            out.set(name, Buffer.from(content, 'latin1'));
    }
    return out;
}
function openWorkbook(buf, format, context) {
    const entries = checkContainer(buf, format, context.limits, (0,_containers_archive_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .decompressionBudget */ .F)(context));
    const xlsb = entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name));
    const wb = parseWorkbook(buf, format, format === 'xls' || xlsb);
    return { wb, files: format === 'xls' ? new Map() : rawParts(wb), entries };
}


/***/ })

};
