export const id = 228;
export const ids = [228];
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

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readArchive: () => (/* binding */ readArchive)
/* harmony export */ });
/* harmony import */ var _nested_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7605);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(234);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4675);
/* harmony import */ var _file_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5742);
/**
 * Zip archives (and zip-based containers that are not Office/ODF documents), read entry by
 * entry through the scan pipeline: each entry goes to context.readNested with its path as
 * `entry` (`inner.zip!deep/file.csv` when nested) and one more level of depth. Limits: entries
 * per archive, total decompressed size of the whole file (shared with nested containers) and,
 * in readNested, the nesting depth. Each entry's path is also read as words (surface
 * 'file-name'). Encrypted or unreadable entries are noted and the rest is read first; the
 * archive then fails closed with the first failure.
 */





/**
 * macOS resource-fork copies (`__MACOSX/`) repeat every path of the archive: their names are not
 * read again. Their content, like a `.DS_Store` or `Thumbs.db`, is skipped by the sniffer only
 * when its bytes say it is litter, so a roster named `.DS_Store` is still read.
 */
const RESOURCE_FORKS = /(^|\/)__MACOSX\//i;
const readArchive = async (input, sink, context) => {
    const buf = await input.buffer();
    const entries = (0,_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .listZipEntries */ .kT)(buf, { maxEntries: context.limits.maxArchiveEntries });
    const budget = (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .decompressionBudget */ .F)(context);
    const failures = new _nested_js__WEBPACK_IMPORTED_MODULE_0__/* .Failures */ .oo();
    for (const entry of entries) {
        if (entry.isDirectory)
            continue;
        if (!RESOURCE_FORKS.test(entry.name))
            sink.prose((0,_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .fileNameText */ .$)(entry.name), { surface: 'file-name', entry: (0,_nested_js__WEBPACK_IMPORTED_MODULE_0__/* .innerEntry */ .XB)(input.entry, entry.name) });
        try {
            await readEntry(entry);
        }
        catch (error) {
            failures.note(error);
        }
    }
    failures.throwIfAny();
    async function readEntry(entry) {
        if (entry.encrypted)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('password-protected', 'an archive entry is encrypted');
        const data = (0,_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipEntry */ .g7)(buf, entry, budget.remaining());
        budget.spend(data.length);
        await (0,_nested_js__WEBPACK_IMPORTED_MODULE_0__/* .readInner */ .rg)(data, entry.name, input, sink, context);
    }
};


/***/ }),

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   XB: () => (/* binding */ innerEntry),
/* harmony export */   oo: () => (/* binding */ Failures),
/* harmony export */   rg: () => (/* binding */ readInner)
/* harmony export */ });
/* harmony import */ var _scan_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
/**
 * Files found inside a container (an archive entry, an object embedded in a document, a file
 * attached to a PDF) go back through the scan pipeline with the same sink, one level deeper,
 * under the entry `outer!inner`. A container reads all it can and then fails closed with the
 * first failure it met.
 */


/** `inner/path` inside the container at `a.zip!b.docx` → `a.zip!b.docx!inner/path`. */
function innerEntry(containerEntry, inner) {
    return containerEntry ? `${containerEntry}!${inner}` : inner;
}
/** Read one inner file through the pipeline; without a pipeline it cannot be read. */
async function readInner(data, name, container, sink, context) {
    if (!context.readNested)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('unsupported-format', 'a file inside the container could not be read');
    await context.readNested((0,_scan_input_js__WEBPACK_IMPORTED_MODULE_0__/* .bufferInput */ .zZ)(data, name, container.depth + 1, innerEntry(container.entry, name)), sink);
}
/** The first failure of a part that could not be read; the rest of the container is still read. */
class Failures {
    first;
    note(error) {
        const failure = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isReadError */ .L)(error) ? error : new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F('corrupt');
        // A limit on the whole file stops everything: there is no "rest" to read within it.
        if (failure.kind === 'too-large-decompressed' || failure.kind === 'timed-out' || failure.kind === 'out-of-memory')
            throw failure;
        this.first ??= failure;
    }
    throwIfAny() {
        if (this.first)
            throw this.first;
    }
}
/** Run one part's reading, keeping its failure for later. */
function attempt(failures, read) {
    try {
        read();
    }
    catch (error) {
        failures.note(error);
    }
}


/***/ })

};
