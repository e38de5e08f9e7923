export const id = 279;
export const ids = [279];
export const modules = {

/***/ 8279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readOle: () => (/* binding */ readOle)
/* harmony export */ });
/* harmony import */ var _spreadsheet_compound_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8267);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/**
 * OLE compound files that are not legacy Excel workbooks. An encrypted Office document (xlsx,
 * docx or pptx saved with a password) is such a container holding EncryptionInfo and
 * EncryptedPackage streams, whatever its name: say so. Anything else (legacy .doc/.ppt, .msg)
 * is a format the gate cannot read and may hold data: not inspected.
 */


const readOle = async (input) => {
    const buf = await input.buffer();
    if ((0,_spreadsheet_compound_file_js__WEBPACK_IMPORTED_MODULE_1__/* .oleHasStream */ .N)(buf, 'EncryptionInfo') || (0,_spreadsheet_compound_file_js__WEBPACK_IMPORTED_MODULE_1__/* .oleHasStream */ .N)(buf, 'EncryptedPackage')) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('password-protected', 'an encrypted Office document');
    }
    if ((0,_spreadsheet_compound_file_js__WEBPACK_IMPORTED_MODULE_1__/* .oleHasStream */ .N)(buf, 'WordDocument'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', 'a legacy Word document (.doc)');
    if ((0,_spreadsheet_compound_file_js__WEBPACK_IMPORTED_MODULE_1__/* .oleHasStream */ .N)(buf, '__properties_version1.0'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', 'an Outlook message (.msg); save it as .eml, which is read with its attachments');
    if ((0,_spreadsheet_compound_file_js__WEBPACK_IMPORTED_MODULE_1__/* .oleHasStream */ .N)(buf, 'PowerPoint Document'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', 'a legacy PowerPoint file (.ppt)');
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('unsupported-format', 'an OLE compound file of unknown kind');
};


/***/ }),

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ oleHasStream),
/* harmony export */   Z: () => (/* binding */ isOle)
/* harmony export */ });
/**
 * OLE compound files (.xls, encrypted Office files): recognising one and finding a stream in it
 * by name, without loading SheetJS (the streaming .xlsx path and the OLE container reader need
 * only this).
 */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
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


/***/ })

};
