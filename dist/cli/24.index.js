export const id = 24;
export const ids = [24];
export const modules = {

/***/ 9024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readOfficeOwner: () => (/* binding */ readOfficeOwner)
/* harmony export */ });
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4449);
/**
 * Office owner ("lock") files, `~$name.xlsx`: Word, Excel and PowerPoint leave one beside a
 * document while it is open, holding the name of the user who opened it. That is document
 * metadata, like a document's author (LibreOffice's `.~lock.name#` files too): observed (a notice when it names a person), never a block.
 */

const readOfficeOwner = async (input, sink) => {
    const data = Buffer.from(await input.buffer());
    const names = (0,_signatures_js__WEBPACK_IMPORTED_MODULE_0__/* .ownerNames */ .M5)(data) ?? (0,_signatures_js__WEBPACK_IMPORTED_MODULE_0__/* .lockFileNames */ .e0)(data) ?? [];
    for (const value of names)
        sink.observe({ kind: 'document-author', where: 'Office owner (lock) file user name', entry: input.entry, value });
};


/***/ })

};
