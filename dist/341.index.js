export const id = 341;
export const ids = [341];
export const modules = {

/***/ 6341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseCompressed: () => (/* binding */ refuseCompressed)
/* harmony export */ });
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4449);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/**
 * Compressed formats the gate does not open (xz, 7-Zip, RAR, Zstandard, LZ4, Unix
 * compress): they can hold anything, so they are not inspected, with a reason that names the
 * format and says what to do.
 */


function refuseCompressed(format) {
    const label = _signatures_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_FORMATS */ .S0[format];
    return async () => {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', `${label} compression is not read; publish the file uncompressed, as .zip or as .gz, or, if it holds no records, list its path under allowlist in the config file`);
    };
}


/***/ })

};
