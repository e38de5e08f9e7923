export const id = 565;
export const ids = [565];
export const modules = {

/***/ 565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  partsSheetJsDropped: () => (/* binding */ partsSheetJsDropped),
  readWithSheetJs: () => (/* binding */ readWithSheetJs)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/spreadsheet/names.ts
var names = __webpack_require__(5301);
// EXTERNAL MODULE: ./node_modules/xlsx/xlsx.js
var xlsx = __webpack_require__(3592);
// EXTERNAL MODULE: ./src/readers/containers/archive/budget.ts
var budget = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/readers/containers/zip.ts
var zip = __webpack_require__(234);
// EXTERNAL MODULE: ./src/readers/spreadsheet/compound-file.ts
var compound_file = __webpack_require__(8267);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/open.ts
/**
 * Opening a workbook safely: container checks before SheetJS sees the bytes (zip structure,
 * decompression bombs, encryption), then SheetJS with the options the reader needs, with every
 * SheetJS error turned into a ReadError kind. SheetJS messages quote the input: none is kept.
 */






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
/** Refuse what must not reach SheetJS; returns the zip entries for zip-based formats. */
/**
 * `budget`: decompressed bytes this workbook may still use (the file's limit, less what the
 * containers around it have inflated); what it inflates is spent from it.
 */
function checkContainer(buf, format, limits, budget) {
    if ((0,compound_file/* isOle */.Z)(buf)) {
        if ((0,compound_file/* oleHasStream */.N)(buf, 'EncryptionInfo') || (0,compound_file/* oleHasStream */.N)(buf, 'EncryptedPackage')) {
            throw new types/* ReadError */.F('password-protected', 'the workbook is encrypted');
        }
        if (format !== 'xls')
            throw new types/* ReadError */.F('corrupt', 'an OLE container where a zip workbook was expected');
        // A compound file is a whole number of 512-byte sectors after its header.
        if (buf.length < 1024)
            throw new types/* ReadError */.F('truncated', 'the compound file is shorter than its header');
        return [];
    }
    if (format === 'xls')
        throw new types/* ReadError */.F('corrupt', 'not an OLE compound file');
    const entries = (0,zip/* listZipEntries */.kT)(buf, { maxEntries: limits.maxArchiveEntries });
    if (entries.some((e) => e.encrypted))
        throw new types/* ReadError */.F('password-protected', 'the workbook zip is encrypted');
    if (format === 'ods' && odsIsEncrypted(buf, entries, limits))
        throw new types/* ReadError */.F('password-protected', 'the OpenDocument parts are encrypted');
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
    return (0,zip/* readZipEntry */.g7)(buf, manifest, Math.min(limits.maxDecompressedSize, 16 << 20)).includes('encryption-data');
}
/**
 * Decompression bombs: the declared sizes (central directory and local headers, which SheetJS
 * trusts) must fit the limit, and so must the real output: every deflated part is inflated with
 * a hard bound on what is left of the budget (this also finds damaged deflate streams).
 */
function checkDecompressedSize(buf, entries, limit) {
    let declared = (0,zip/* totalUncompressedSize */.OD)(entries);
    for (const e of entries)
        declared += Math.max(0, localDeclaredSize(buf, e) - e.uncompressedSize);
    if (declared > limit)
        throw new types/* ReadError */.F('too-large-decompressed', `declared ${declared} bytes; the limit is ${limit}`);
    let left = limit;
    for (const e of entries) {
        if (e.method !== zip/* METHOD_DEFLATE */.An && e.method !== zip/* METHOD_STORED */.y$)
            throw new types/* ReadError */.F('unsupported-format', `zip compression method ${e.method}`);
        left -= (0,zip/* readZipEntry */.g7)(buf, e, left).length;
    }
    return limit - left;
}
/** The uncompressed size in the entry's local header (0 when it defers to a data descriptor). */
function localDeclaredSize(buf, entry) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length)
        throw new types/* ReadError */.F('truncated', 'zip entry lies past the end of the file');
    return buf.readUInt32LE(at + 22);
}
/**
 * SheetJS read, with its errors reduced to a kind. `binaryParts` (BIFF, or an xlsb zip) means
 * hidden rows and columns cannot be read from XML, so SheetJS reads styles for them.
 */
function parseWorkbook(buf, format, binaryParts = format === 'xls') {
    let wb;
    try {
        wb = xlsx.read(buf, binaryParts ? { ...READ_OPTIONS, cellStyles: true } : READ_OPTIONS);
    }
    catch (error) {
        if ((0,types/* isReadError */.L)(error))
            throw error;
        throw new types/* ReadError */.F(classifyLibraryError(error, buf, format));
    }
    if (!wb || !Array.isArray(wb.SheetNames) || typeof wb.Sheets !== 'object' || wb.Sheets === null) {
        throw new types/* ReadError */.F('corrupt', 'the workbook has no sheets');
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
    const entries = checkContainer(buf, format, context.limits, (0,budget/* decompressionBudget */.F)(context));
    const xlsb = entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name));
    const wb = parseWorkbook(buf, format, format === 'xls' || xlsb);
    return { wb, files: format === 'xls' ? new Map() : rawParts(wb), entries };
}

// EXTERNAL MODULE: ./src/readers/spreadsheet/properties.ts
var properties = __webpack_require__(9744);
// EXTERNAL MODULE: ./src/readers/spreadsheet/sheets.ts
var spreadsheet_sheets = __webpack_require__(2557);
// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/index.ts + 7 modules
var parts = __webpack_require__(7497);
// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/comments.ts
var comments = __webpack_require__(3764);
// EXTERNAL MODULE: ./src/readers/spreadsheet/xml.ts
var xml = __webpack_require__(6796);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/ods-layout.ts
/**
 * Hidden sheets, rows and columns of an OpenDocument spreadsheet, which SheetJS 0.18.5 does not
 * report: a table is hidden by its automatic style (`table:display="false"`), rows and columns
 * by `table:visibility="collapse"` (or "filter"). content.xml is parsed a second time only when
 * it holds one of those markers.
 */

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
function odsLayout(content) {
    const layout = { hiddenTables: new Set(), hiddenRows: new Map(), hiddenColumns: new Map() };
    const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    if (buf.indexOf('display="false"') < 0 && buf.indexOf('visibility="') < 0)
        return layout;
    const hiddenStyles = new Set();
    let style;
    let table;
    let row = 0;
    let column = 0;
    let depth = 0;
    let tableDepth = -1;
    (0,xml/* parseXml */.NO)(buf, {
        open(name, a) {
            depth++;
            if (name === 'style' && (0,xml/* attribute */.lt)(a, 'family') === 'table')
                style = (0,xml/* attribute */.lt)(a, 'name');
            else if (name === 'table-properties' && style && (0,xml/* attribute */.lt)(a, 'display') === 'false')
                hiddenStyles.add(style);
            else if (name === 'table' && tableDepth < 0) {
                table = (0,xml/* attribute */.lt)(a, 'name') ?? '';
                tableDepth = depth;
                row = 0;
                column = 0;
                const styleName = (0,xml/* attribute */.lt)(a, 'style-name');
                if (styleName && hiddenStyles.has(styleName))
                    layout.hiddenTables.add(table);
            }
            else if (table !== undefined && name === 'table-row') {
                row = mark(layout.hiddenRows, table, row, a, 'number-rows-repeated', MAX_ROWS);
            }
            else if (table !== undefined && name === 'table-column') {
                column = mark(layout.hiddenColumns, table, column, a, 'number-columns-repeated', MAX_COLUMNS);
            }
        },
        close(name) {
            if (name === 'style')
                style = undefined;
            if (name === 'table' && depth === tableDepth) {
                table = undefined;
                tableDepth = -1;
            }
            depth--;
        },
    });
    return layout;
}
/** Mark a (possibly repeated) hidden row or column; returns the next index. */
function mark(target, table, at, a, repeatName, max) {
    const repeat = Math.max(1, Math.min(Number((0,xml/* attribute */.lt)(a, repeatName) ?? 1) || 1, max));
    const visibility = (0,xml/* attribute */.lt)(a, 'visibility');
    if (visibility === 'collapse' || visibility === 'filter') {
        let set = target.get(table);
        if (!set)
            target.set(table, (set = new Set()));
        // A long hidden run is usually the empty rest of the sheet: mark what could hold cells.
        for (let i = at; i < Math.min(at + repeat, max, at + 65_536); i++)
            set.add(i);
    }
    return at + repeat;
}

// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/sheet-xml.ts
var sheet_xml = __webpack_require__(6651);
// EXTERNAL MODULE: ./src/readers/spreadsheet/parts/orphan-sheets.ts
var orphan_sheets = __webpack_require__(5433);
;// CONCATENATED MODULE: ./src/readers/spreadsheet/sheetjs.ts











async function readWithSheetJs(buf, format, input, sink, context) {
    const { wb, files, entries } = openWorkbook(buf, format, context);
    const entry = input.entry;
    const sheets = (0,spreadsheet_sheets/* listSheets */.Jk)(wb);
    const seenStrings = hasSharedStrings(wb) ? new Set() : undefined;
    const counts = { sheets: sheets.length, rows: 0, cells: 0 };
    let commented = 0;
    const authors = new Set();
    const sheetParts = format === 'xlsx' ? (0,sheet_xml/* sheetPartPaths */.T0)(files, sheets) : new Map();
    const ods = format === 'ods' ? odsLayoutOf(buf, entries, context.limits.maxDecompressedSize) : undefined;
    if (ods)
        for (const sheet of sheets)
            if (ods.hiddenTables.has(sheet.name))
                sheet.state = 'hidden';
    for (const sheet of sheets) {
        const part = sheetParts.get(sheet);
        const data = part && /\.xml$/i.test(part) ? files.get(part) : undefined;
        const layout = data
            ? (0,sheet_xml/* sheetLayout */.Mw)(data)
            : ods && {
                hiddenRows: ods.hiddenRows.get(sheet.name) ?? new Set(),
                hiddenColumns: ods.hiddenColumns.get(sheet.name) ?? new Set(),
            };
        if (!sheet.ws && data && /\/worksheets\//i.test(part)) {
            // SheetJS dropped this sheet (see partsSheetJsDropped): read its cells directly anyway.
            pushUnparsedSheet(sheet, data, wb, sink, entry, layout?.hiddenRows);
            continue;
        }
        const sheetCounts = (0,spreadsheet_sheets/* pushSheet */.I1)(sheet, sink, { entry, seenStrings, layout });
        counts.rows += sheetCounts.rows;
        counts.cells += sheetCounts.cells;
        commented += sheetCounts.commented;
        for (const a of sheetCounts.authors)
            authors.add(a);
    }
    (0,spreadsheet_sheets/* pushSheetNames */.yC)(sheets, sink, entry);
    (0,names/* pushDefinedNames */.qB)(wb, sheets, sink, entry);
    (0,properties/* pushDocumentProperties */.H)(wb, format, sink, entry, authors);
    (0,properties/* pushDescriptiveProperties */.y)(wb, sink, entry);
    // Comments SheetJS placed on no cell (a swallowed parse error, or a part no sheet refers to).
    if (commented === 0)
        (0,comments/* pushCommentParts */.I)(files, sink, entry);
    await (0,parts/* pushWorkbookParts */.H)({ wb, files, sheets, sheetParts, sink, entry, seenStrings, input, context });
    // Everything readable has been pushed (findings made so far are kept); now fail closed.
    const lost = partsSheetJsDropped(wb, files, sheetParts);
    if (lost)
        throw new types/* ReadError */.F('corrupt', lost);
    return counts;
}
/**
 * SheetJS swallows errors while parsing a worksheet or the shared-string table and simply
 * leaves them out (one cell pointing past the string table is enough). A worksheet part
 * that came back as no sheet, or a string table with entries that came back empty, means data
 * went unread.
 */
function partsSheetJsDropped(wb, files, sheetParts) {
    let dropped = 0;
    for (const [sheet, part] of sheetParts) {
        const data = files.get(part);
        if (!sheet.ws && data && /\/worksheets\/[^/]+\.xml$/i.test(part))
            dropped++;
    }
    if (dropped)
        return `${dropped} worksheet(s) could not be parsed`;
    for (const [name, data] of files) {
        if (!/(^|\/)sharedStrings\.xml$/i.test(name))
            continue;
        if (!hasSharedStrings(wb) && Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('<si') >= 0)
            return 'the shared-string table could not be parsed';
    }
    return undefined;
}
function pushUnparsedSheet(sheet, data, wb, sink, entry, hiddenRows) {
    const table = wb.Strings;
    const rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, sheet: sheet.name, sheetState: sheet.state, entry });
    (0,orphan_sheets/* readWorksheetPart */.M)(data, Array.isArray(table) ? table : [], (n, cells) => rows.row(n, cells, hiddenRows?.has(n - 1) ?? false));
    rows.end();
}
function odsLayoutOf(buf, entries, maxBytes) {
    const content = (0,zip/* findZipEntry */.j2)(entries, 'content.xml');
    return content ? odsLayout((0,zip/* readZipEntry */.g7)(buf, content, maxBytes)) : undefined;
}
function hasSharedStrings(wb) {
    const strings = wb.Strings;
    return Array.isArray(strings) && strings.length > 0;
}


/***/ })

};
