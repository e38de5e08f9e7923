export const id = 927;
export const ids = [927];
export const modules = {

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ALIAS_COUNT: () => (/* binding */ MAX_ALIAS_COUNT),
/* harmony export */   readYaml: () => (/* binding */ readYaml),
/* harmony export */   walkYamlText: () => (/* binding */ walkYamlText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4551);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5629);
/**
 * YAML, parsed with the `yaml` package's safe core schema: no custom tags are constructed
 * (an unknown tag leaves its value as plain data) and alias expansion is capped against
 * billion-laughs documents. Every document of a stream is walked like JSON: sequences of
 * mappings become 'records' tables, the rest prose with source lines.
 */




/** Alias nodes a document may resolve (the yaml default). */
const MAX_ALIAS_COUNT = 100;
const readYaml = async (input, sink, context) => {
    const text = await (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.readWholeText)(input);
    try {
        walkYamlText(text, sink, { entry: input.entry, maxDepth: context.limits.maxNestingDepth, firstLine: 1 });
    }
    catch (error) {
        // Detection still reads the text as written (aliases unexpanded), and the file fails closed.
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isReadError */ .L)(error))
            (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .emitProse */ .Tf)(sink, text, { surface: 'text', line: 1, entry: input.entry });
        throw error;
    }
};
/** Parse YAML text and walk every document into the sink. Throws only ReadError. */
function walkYamlText(text, sink, options) {
    const values = parseYaml(text);
    const lines = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.textLineFinder)(text, options.firstLine, (v) => String(v));
    for (const value of values)
        (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.walkStructured)(value, sink, { entry: options.entry, maxDepth: options.maxDepth, lines });
}
function parseYaml(text) {
    let documents;
    try {
        documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { schema: 'core', prettyErrors: false, uniqueKeys: false, merge: false });
    }
    catch (error) {
        throw yamlFailure(error);
    }
    const list = Array.isArray(documents) ? documents : [documents];
    const values = [];
    for (const doc of list) {
        if (doc.errors.length > 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('corrupt', 'not valid YAML');
        try {
            values.push(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
        }
        catch (error) {
            throw yamlFailure(error);
        }
    }
    return values;
}
/** A library failure as a ReadError of our own words (the library's message is dropped). */
function yamlFailure(error) {
    if (error instanceof RangeError)
        return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('too-deep', 'YAML nests too deeply to parse');
    if (error instanceof ReferenceError)
        return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('too-large-decompressed', 'YAML aliases expand past the limit');
    return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadError */ .F('corrupt', 'not valid YAML');
}


/***/ })

};
