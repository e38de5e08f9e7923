export const id = 997;
export const ids = [997];
export const modules = {

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decide: () => (/* binding */ decide),
/* harmony export */   matchesAny: () => (/* binding */ matchesAny),
/* harmony export */   partition: () => (/* binding */ partition)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
/**
 * Which changed files are scanned: include / exclude globs from the inputs and the config's
 * allowlist. minimatch 11 is regex-free on patterns; `dot` and `nocase` make sure `.github/x`
 * and `DATA.CSV` cannot slip past a pattern written as `**` or `*.csv`.
 */

const GLOB_OPTIONS = { dot: true, nocase: true };
function matchesAny(path, patterns) {
    return patterns.some((p) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(path, p, GLOB_OPTIONS));
}
/** One path's fate. Order: include (empty = all), then exclude, then the allowlist. */
function decide(path, rules) {
    if (rules.include.length && !matchesAny(path, rules.include))
        return { scan: false, reason: 'excluded', detail: 'matches no include pattern' };
    if (matchesAny(path, rules.exclude))
        return { scan: false, reason: 'excluded', detail: 'matches an exclude pattern' };
    const allowed = rules.allowlist.find((a) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(path, a.path, GLOB_OPTIONS));
    if (allowed)
        return { scan: false, reason: 'allowlisted', detail: allowed.reason };
    return { scan: true };
}
/** Split paths into those to scan and those left out (with why). Input order is kept. */
function partition(files, rules) {
    const scan = [];
    const left = [];
    for (const f of files) {
        const d = decide(f.path, rules);
        if (d.scan)
            scan.push(f);
        else
            left.push({ ...f, decision: d });
    }
    return { scan, left };
}


/***/ })

};
