export const id = 534;
export const ids = [534];
export const modules = {

/***/ 3534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandReportPaths: () => (/* binding */ expandReportPaths),
/* harmony export */   loadReports: () => (/* binding */ loadReports)
/* harmony export */ });
/* unused harmony export MAX_REPORT_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1138);
/* harmony import */ var _core_safe_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3712);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3278);
/**
 * Reading the JSON reports to merge from disk, for the CLI's `merge` and the Action's merge mode:
 * each pattern is a file, a folder (every `.json` file under it, as download-artifact leaves
 * them) or a glob. Files are size-bounded and parsed here; what they hold is judged by
 * report/merge.ts. Problems name the pattern or file (flattened), never a parser's message.
 */





/** Larger than any report of a real site (a 5,000-file audit writes about 2 MB). */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
const MAX_DEPTH = 8;
const shown = (text) => `'${(0,_core_safe_text_js__WEBPACK_IMPORTED_MODULE_4__/* .displayText */ .W)(text, 200)}'`;
const GLOB = /[*?[\]{}]/;
async function kind(path) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
    }
    catch {
        return undefined;
    }
}
/** Files under `dir` (not following links into folders), at most MAX_DEPTH deep. */
async function walk(dir, depth = 0) {
    if (depth > MAX_DEPTH)
        return [];
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const e of entries) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(p, depth + 1)));
        else if (e.isFile())
            out.push(p);
    }
    return out;
}
const posix = (path) => path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/** The report files the patterns name, relative to `cwd`, sorted, each once. */
async function expandReportPaths(patterns, cwd) {
    const found = new Set();
    const problems = [];
    for (const pattern of patterns) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
        const k = await kind(path);
        let matched;
        if (k === 'file')
            matched = [path];
        else if (k === 'dir')
            matched = (await walk(path)).filter((p) => p.toLowerCase().endsWith('.json'));
        else if (GLOB.test(pattern)) {
            // Walk from the part before the first glob character, match the rest with minimatch.
            const parts = posix(pattern).split('/');
            const fixed = parts
                .slice(0, parts.findIndex((p) => GLOB.test(p)))
                .join('/');
            const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, fixed || '.');
            const glob = posix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern)));
            matched = (await walk(base)).filter((p) => (0,minimatch__WEBPACK_IMPORTED_MODULE_2__/* .minimatch */ .xF)(posix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, p)), glob, { dot: true }));
        }
        else {
            problems.push(`${shown(pattern)} is neither a file nor a folder`);
            continue;
        }
        if (!matched.length)
            problems.push(`${shown(pattern)} holds no JSON report`);
        for (const m of matched)
            found.add(m);
    }
    return { paths: [...found].sort().map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, p) || p), problems };
}
/** Read and parse the named files (paths relative to `cwd`); each is named by its path in messages. */
async function loadReports(paths, cwd) {
    const reports = [];
    const problems = [];
    if (paths.length > _merge_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORTS */ .hk) {
        problems.push(`${paths.length} report files found: at most ${_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORTS */ .hk} (one per matrix job) are merged`);
        return { reports, problems };
    }
    for (const path of paths) {
        const name = `report ${shown(path)}`;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
        try {
            const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full)).size;
            if (size > MAX_REPORT_BYTES) {
                problems.push(`${name} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB: it is not a report of this tool`);
                continue;
            }
        }
        catch {
            problems.push(`${name} could not be read`);
            continue;
        }
        let value;
        try {
            value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8'));
        }
        catch {
            problems.push(`${name} could not be read as JSON`);
            continue;
        }
        reports.push({ name, value });
    }
    return { reports, problems };
}


/***/ })

};
