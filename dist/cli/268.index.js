export const id = 268;
export const ids = [268];
export const modules = {

/***/ 1268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAP_KEY_COLUMN: () => (/* binding */ MAP_KEY_COLUMN),
  exceedsDepth: () => (/* binding */ exceedsDepth),
  jsonLineFinder: () => (/* binding */ jsonLineFinder),
  parseJsonText: () => (/* binding */ parseJsonText),
  readJson: () => (/* binding */ readJson),
  readNdjson: () => (/* binding */ readNdjson),
  readWholeText: () => (/* binding */ readWholeText),
  stripJsonc: () => (/* binding */ stripJsonc),
  textLineFinder: () => (/* binding */ textLineFinder),
  walkStructured: () => (/* binding */ walkStructured)
});

// EXTERNAL MODULE: ./src/readers/text/encoding.ts
var encoding = __webpack_require__(6993);
// EXTERNAL MODULE: ./src/readers/text/text.ts
var text_text = __webpack_require__(4551);
// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/text/json-layouts.ts
/**
 * The JSON layouts of data-frame libraries, recognised by shape so that they are read as tables:
 *   pandas `columns` (the default of DataFrame.to_json): {"col": {"0": v, "1": v}, ...}
 *   R (jsonlite dataframe="columns") and pandas dict-of-lists: {"col": [v, v], ...}
 *   pandas `split`: {"columns": [...], "index": [...], "data": [[...], ...]}
 *   pandas `values` / R matrices: [[v, v], [v, v]] (a header row or not)
 * pandas `index` ({"0": {"col": v}}) and `records` are maps and arrays of records, which the
 * walk in json.ts reads already. Pure functions over parsed values.
 */
/** Header of the index column of a `split` layout whose index is not just 0, 1, 2, ... */
const INDEX_COLUMN = '(index)';
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function isScalarValue(v) {
    return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
const INTEGER_KEY = /^(?:0|[1-9]\d{0,8})$/;
/**
 * An array of rows: at least two arrays of scalars (nulls between them allowed), most of the
 * same length, of two cells or more.
 */
function isRowArray(value) {
    const lengths = new Map();
    let rows = 0;
    for (const v of value) {
        if (v === null)
            continue;
        if (!Array.isArray(v) || !v.every(isScalarValue))
            return false;
        rows++;
        lengths.set(v.length, (lengths.get(v.length) ?? 0) + 1);
    }
    if (rows < 2)
        return false;
    let [width, most] = [0, 0];
    for (const [length, n] of lengths)
        if (n > most)
            [width, most] = [length, n];
    return width >= 2 && most >= rows * 0.8;
}
/** The column layout of an object, when it is one of the data-frame layouts above. */
function columnLayout(value, keys) {
    return splitLayout(value) ?? columnLists(value, keys) ?? columnMaps(value, keys);
}
/** pandas `split`: `columns` names them, `data` holds the rows, `index` (optional) labels them. */
function splitLayout(value) {
    const columns = value.columns;
    const data = value.data;
    if (!Array.isArray(columns) || !Array.isArray(data) || columns.length === 0 || !columns.every(isScalarValue))
        return undefined;
    if (!data.every((r) => r === null || (Array.isArray(r) && r.every(isScalarValue))))
        return undefined;
    const names = columns.map((c) => String(c));
    const index = Array.isArray(value.index) && value.index.length === data.length ? value.index : undefined;
    const labelled = index !== undefined && !index.every((v, i) => v === i || v === String(i));
    return {
        header: labelled ? [INDEX_COLUMN, ...names] : names,
        rowCount: data.length,
        row: (i) => {
            const r = data[i] ?? [];
            return labelled ? [index[i], ...r] : r;
        },
    };
}
/** Column lists: two or more members, each an array of scalars, all of the same length. */
function columnLists(value, keys) {
    if (keys.length < 2)
        return undefined;
    let length = -1;
    for (const k of keys) {
        const v = value[k];
        if (!Array.isArray(v) || !v.every(isScalarValue))
            return undefined;
        if (length >= 0 && v.length !== length)
            return undefined;
        length = v.length;
    }
    if (length < 1)
        return undefined;
    return { header: [...keys], rowCount: length, row: (i) => keys.map((k) => value[k][i]) };
}
/**
 * pandas `columns`: each member an object of scalars keyed by row index ("0", "1", ...), while
 * the members' own names are not row indexes (that would be pandas `index`, a map of records).
 */
function columnMaps(value, keys) {
    if (keys.length < 1 || keys.every((k) => INTEGER_KEY.test(k)))
        return undefined;
    const rowKeys = [];
    const seen = new Set();
    for (const k of keys) {
        const v = value[k];
        if (!isObj(v))
            return undefined;
        for (const [rk, cell] of Object.entries(v)) {
            if (!INTEGER_KEY.test(rk) || !isScalarValue(cell))
                return undefined;
            if (!seen.has(rk)) {
                seen.add(rk);
                rowKeys.push(rk);
            }
        }
    }
    if (rowKeys.length < 1)
        return undefined;
    return {
        header: [...keys],
        rowCount: rowKeys.length,
        row: (i) => keys.map((k) => {
            const column = value[k];
            const rk = rowKeys[i];
            return Object.hasOwn(column, rk) ? column[rk] : undefined;
        }),
    };
}

;// CONCATENATED MODULE: ./src/readers/text/json.ts
/**
 * JSON and NDJSON, and the walk over parsed structured data that YAML, HTML (JSON script
 * blocks) and Markdown (front matter) share.
 *
 * An array of objects anywhere, or a map of records keyed by id, becomes a 'records' table
 * whose header is the union of the objects' keys (nested objects flattened as `a.b`; a map's
 * keys in a first "(key)" column); row numbers are 1-based element indexes (NDJSON: the line).
 * The column layouts of data-frame libraries are tables too (json-layouts.ts): pandas
 * `columns` (`{"col": {"0": v}}`), R / pandas column lists (`{"col": [...]}`), `split`
 * (`{columns, index, data}`) and `values` (an array of rows, header row or not: a 'grid').
 * Everything else is prose: each object's scalar members as `key: value` lines, each array's
 * scalars one per line, with the source line when it can be found.
 *
 * Keys are data: they are only ever Map keys or header strings, never property names set on an
 * object, so `__proto__` and `constructor` cannot reach a prototype. Depth is guarded before
 * parsing (JSON text) and during the walk (everything), without recursion.
 */




const readJson = async (input, sink, context) => {
    const text = await readWholeText(input);
    const limit = context.limits.maxNestingDepth;
    const unparsed = (error) => {
        // Detection still reads the text (it can say where), and the file fails closed.
        (0,text_text/* emitProse */.Tf)(sink, text, { surface: 'text', line: 1, entry: input.entry });
        return error;
    };
    if (exceedsDepth(text, limit))
        throw unparsed(new types/* ReadError */.F('too-deep', `JSON nests deeper than ${limit} levels`));
    let value = parseJsonText(text);
    let lineText = text;
    if (value === undefined) {
        // JSON with comments and trailing commas (JSONC: tsconfig.json, .vscode/*.json,
        // devcontainer.json) is read whole: its values as JSON, its comments as prose.
        const jsonc = stripJsonc(text);
        if (jsonc) {
            value = parseJsonText(jsonc.json);
            lineText = jsonc.json;
            if (value !== undefined)
                for (const c of jsonc.comments)
                    (0,text_text/* emitProse */.Tf)(sink, c.text, { surface: 'text', line: c.line, entry: input.entry });
        }
    }
    if (value === undefined)
        throw unparsed(new types/* ReadError */.F('corrupt', 'not valid JSON'));
    walkStructured(value, sink, { entry: input.entry, maxDepth: limit, lines: jsonLineFinder(lineText, 1) });
};
/**
 * JSONC to JSON of the same length and lines: comments (`//`, `/* *\/`) and trailing commas
 * become spaces, strings are kept as they are. Undefined when the text has neither (it is then
 * just invalid JSON) or a comment does not end.
 */
function stripJsonc(text) {
    const out = [];
    const comments = [];
    let changed = false;
    let from = 0;
    let i = 0;
    let line = 1;
    let counted = 0;
    const lineAt = (at) => {
        line += (0,text_text/* countNewlines */.Dn)(text, counted, at);
        counted = at;
        return line;
    };
    const blank = (to) => {
        out.push(text.slice(from, i), text.slice(i, to).replace(/[^\n]/g, ' '));
        from = i = to;
        changed = true;
    };
    while (i < text.length) {
        const ch = text.charCodeAt(i);
        if (ch === 0x22) {
            let j = i + 1;
            while (j < text.length && text[j] !== '"' && text[j] !== '\n')
                j += text[j] === '\\' ? 2 : 1;
            i = j + 1;
        }
        else if (ch === 0x2f && text[i + 1] === '/') {
            let j = text.indexOf('\n', i);
            if (j < 0)
                j = text.length;
            comments.push({ text: text.slice(i + 2, j), line: lineAt(i) });
            blank(j);
        }
        else if (ch === 0x2f && text[i + 1] === '*') {
            const j = text.indexOf('*/', i + 2);
            if (j < 0)
                return undefined;
            comments.push({ text: text.slice(i + 2, j), line: lineAt(i) });
            blank(j + 2);
        }
        else
            i++;
    }
    out.push(text.slice(from));
    // Trailing commas, once the comments are spaces: a comma whose next non-space closes.
    const spaced = out.join('');
    const parts = [];
    let start = 0;
    for (let k = 0; k < spaced.length; k++) {
        const c = spaced.charCodeAt(k);
        if (c === 0x22) {
            k++;
            while (k < spaced.length && spaced[k] !== '"' && spaced[k] !== '\n')
                k += spaced[k] === '\\' ? 2 : 1;
        }
        else if (c === 0x2c && closesNext(spaced, k + 1)) {
            parts.push(spaced.slice(start, k), ' ');
            start = k + 1;
            changed = true;
        }
    }
    parts.push(spaced.slice(start));
    return changed ? { json: parts.join(''), comments } : undefined;
}
/** Whether the next character after `from` that is not white space closes an object or array. */
function closesNext(text, from) {
    let k = from;
    while (k < text.length && (text[k] === ' ' || text[k] === '\n' || text[k] === '\r' || text[k] === '\t'))
        k++;
    return text[k] === '}' || text[k] === ']';
}
/**
 * NDJSON / JSON Lines, streamed twice (the input gives a fresh stream each time): first for
 * the union of the records' keys, then for the rows. A line that is not an object goes the
 * prose way; an invalid line is skipped and the file then fails as corrupt.
 */
const readNdjson = async (input, sink, context) => {
    const limit = context.limits.maxNestingDepth;
    const header = new KeyIndex();
    let firstInvalid = 0;
    let tooDeep = 0;
    for await (const { text, line } of (0,text_text/* decodedLines */.EV)(input)) {
        if (!text.trim())
            continue;
        if (exceedsDepth(text, limit)) {
            tooDeep ||= line;
            continue;
        }
        const value = parseJsonText(text);
        if (value === undefined)
            firstInvalid ||= line;
        else if (isRecord(value))
            collectKeys(value, header, limit);
    }
    const table = header.size > 0
        ? sink.beginTable({ surface: 'cells', shape: 'records', header: header.keys, lettered: false, entry: input.entry })
        : undefined;
    try {
        for await (const { text, line } of (0,text_text/* decodedLines */.EV)(input)) {
            if (!text.trim())
                continue;
            const value = exceedsDepth(text, limit) ? undefined : parseJsonText(text);
            if (value === undefined) {
                (0,text_text/* emitProse */.Tf)(sink, text, { surface: 'text', line, entry: input.entry });
                continue;
            }
            const where = { entry: input.entry, maxDepth: limit, lines: jsonLineFinder(text, line) };
            if (isRecord(value) && table) {
                table.row(line, recordCells(value, header, limit));
            }
            else {
                walkStructured(value, sink, where);
            }
        }
    }
    finally {
        table?.end();
    }
    if (tooDeep)
        throw new types/* ReadError */.F('too-deep', `line ${tooDeep} nests deeper than ${limit} levels`);
    if (firstInvalid)
        throw new types/* ReadError */.F('corrupt', `line ${firstInvalid} is not valid JSON`);
};
/** The whole input as text (JSON needs the whole document). */
async function readWholeText(input) {
    const parts = [];
    for await (const chunk of (0,encoding/* decodeStream */.Vn)(input))
        parts.push(chunk);
    return parts.join('').replace(/^\ufeff/, '');
}
/** Parsed JSON, or undefined when the text is not JSON (the engine's message is dropped). */
function parseJsonText(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Whether brackets nest deeper than `limit` outside strings (checked before parsing). */
function exceedsDepth(text, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === 92)
                i++; // backslash: skip the escaped character
            else if (ch === 34)
                inString = false;
        }
        else if (ch === 34)
            inString = true;
        else if (ch === 91 || ch === 123) {
            if (++depth > limit)
                return true;
        }
        else if (ch === 93 || ch === 125)
            depth--;
    }
    return false;
}
/**
 * A line finder over JSON text: it looks for the JSON spelling of a value from where the last
 * value was found, so repeated values resolve to successive places.
 */
function jsonLineFinder(text, firstLine) {
    return textLineFinder(text, firstLine, (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
}
function textLineFinder(text, firstLine, spell) {
    let cursor = 0;
    let line = firstLine;
    return {
        lineOf(value) {
            const needle = spell(value);
            if (!needle)
                return undefined;
            const at = text.indexOf(needle, cursor);
            if (at < 0)
                return undefined;
            line += (0,text_text/* countNewlines */.Dn)(text, cursor, at);
            cursor = at;
            return line;
        },
    };
}
/** Walk a parsed value into tables and prose. */
function walkStructured(value, sink, options) {
    walkWork([{ value, depth: 0 }], sink, options);
}
function walkWork(initial, sink, options) {
    // A stack of pending containers, taken in document order (pushed in reverse).
    const stack = initial.reverse();
    while (stack.length > 0) {
        const { value, depth } = stack.pop();
        if (depth > options.maxDepth)
            throw new types/* ReadError */.F('too-deep', `data nests deeper than ${options.maxDepth} levels`);
        const children = [];
        if (Array.isArray(value)) {
            if (isRecordArray(value))
                emitRecords(value, undefined, depth, sink, options);
            else if (isRowArray(value))
                emitGrid(value, sink, options);
            else
                emitScalars(value.map((v) => [undefined, v]), depth, sink, options, children);
        }
        else if (isRecord(value)) {
            const keys = Object.keys(value);
            const columns = columnLayout(value, keys);
            if (columns)
                emitColumns(columns, sink, options);
            else if (isRecordMap(value, keys))
                emitRecords(keys.map((k) => value[k]), keys, depth, sink, options);
            else
                emitScalars(keys.map((k) => [k, value[k]]), depth, sink, options, children);
        }
        else if (isScalar(value) && value !== null) {
            emitProseLines([String(value)], firstLine(options, [value]), sink, options);
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
}
/** Scalars of one container as prose lines (`key: value`); containers go on as children. */
function emitScalars(members, depth, sink, options, children) {
    const texts = [];
    const scalars = [];
    for (const [key, v] of members) {
        if (isScalar(v)) {
            if (v === null)
                continue;
            texts.push(key === undefined ? String(v) : `${key}: ${String(v)}`);
            scalars.push(v);
        }
        else {
            if (key !== undefined)
                texts.push(`${key}:`);
            children.push({ value: v, depth: depth + 1 });
        }
    }
    if (scalars.length > 0 || texts.length > 0)
        emitProseLines(texts, firstLine(options, scalars), sink, options);
}
function emitProseLines(texts, line, sink, options) {
    if (texts.length === 0)
        return;
    (0,text_text/* emitProse */.Tf)(sink, texts.join('\n'), { surface: 'text', entry: options.entry, ...(line !== undefined ? { line } : {}) });
}
function firstLine(options, scalars) {
    if (!options.lines)
        return undefined;
    let found;
    // Every scalar is looked up so the finder's cursor keeps pace with the document.
    for (const s of scalars) {
        if (s === null)
            continue;
        const line = options.lines.lineOf(s);
        if (found === undefined && line !== undefined)
            found = line;
    }
    return found === undefined ? undefined : found + (options.lineOffset ?? 0);
}
/**
 * Records as one table. `keys`, for a map of records (`{"id1": {...}, "id2": {...}}`), are the
 * map's keys: they go in a first column named MAP_KEY_COLUMN, since they are often the identifier.
 */
function emitRecords(records, keys, depth, sink, options) {
    const header = new KeyIndex();
    if (keys)
        header.add(MAP_KEY_COLUMN);
    for (const r of records)
        if (isRecord(r))
            collectKeys(r, header, options.maxDepth - depth);
    const table = sink.beginTable({ surface: 'cells', shape: 'records', header: header.keys, lettered: false, entry: options.entry });
    try {
        records.forEach((r, i) => {
            if (!isRecord(r))
                return;
            const cells = recordCells(r, header, options.maxDepth - depth);
            // A member of the record named like the key column does not displace the key.
            if (keys)
                cells[0] = keys[i];
            table.row(i + 1, cells);
        });
    }
    finally {
        table.end();
    }
}
/** An array of rows (pandas `values`): a grid, so detection finds a header row if there is one. */
function emitGrid(rows, sink, options) {
    const table = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: false, entry: options.entry });
    try {
        rows.forEach((row, i) => table.row(i + 1, row.map(gridCell)));
    }
    finally {
        table.end();
    }
}
/** Column data (pandas `columns` / `split`, R column lists) as a records table. */
function emitColumns(layout, sink, options) {
    const table = sink.beginTable({ surface: 'cells', shape: 'records', header: layout.header, lettered: false, entry: options.entry });
    try {
        for (let i = 0; i < layout.rowCount; i++)
            table.row(i + 1, layout.row(i).map(gridCell));
    }
    finally {
        table.end();
    }
}
function gridCell(v) {
    return isScalar(v) ? v : compactText(v);
}
/** Header of the column holding a map's keys (brackets: it cannot be mistaken for a real key path). */
const MAP_KEY_COLUMN = '(key)';
/** Column names in first-seen order, kept in a Map so no key ever becomes a property. */
class KeyIndex {
    index = new Map();
    keys = [];
    get size() {
        return this.keys.length;
    }
    add(key) {
        if (!this.index.has(key)) {
            this.index.set(key, this.keys.length);
            this.keys.push(key);
        }
    }
    at(key) {
        return this.index.get(key);
    }
}
/**
 * Flattened members of a record in document order: `a.b` for nested objects, arrays of scalars
 * joined with "; ", an array holding containers as compact JSON text in the one cell (so what
 * is nested under a person, such as their cases, stays on the person's row).
 */
function flatten(record, maxDepth, visit) {
    const frames = [
        { prefix: '', object: record, keys: Object.keys(record), next: 0 },
    ];
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        if (frame.next >= frame.keys.length) {
            frames.pop();
            continue;
        }
        const name = frame.keys[frame.next++];
        const key = frame.prefix + name;
        const v = frame.object[name];
        if (isRecord(v)) {
            if (frames.length >= maxDepth)
                throw new types/* ReadError */.F('too-deep', `data nests deeper than the limit`);
            frames.push({ prefix: `${key}.`, object: v, keys: Object.keys(v), next: 0 });
        }
        else if (Array.isArray(v)) {
            visit(key, v.every(isScalar) ? v.filter((x) => x !== null).join('; ') : compactText(v));
        }
        else
            visit(key, isScalar(v) || v instanceof Date ? v : String(v));
    }
}
function collectKeys(record, header, maxDepth) {
    flatten(record, maxDepth, (key) => header.add(key));
}
function recordCells(record, header, maxDepth) {
    const cells = new Array(header.size);
    flatten(record, maxDepth, (key, value) => {
        const i = header.at(key);
        if (i !== undefined)
            cells[i] = value;
    });
    return cells;
}
/** Nested data as one line of JSON; a cycle (possible through YAML aliases) gives ''. */
function compactText(value) {
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return '';
    }
}
function isScalar(v) {
    return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/**
 * A map of records: at least two members, each an object whose members are mostly the same
 * names as the first one's (at least half in common) and which holds no list of objects
 * itself. Sections of a document (`{"meta": {...}, "data": {...}}`) are not records.
 */
function isRecordMap(value, keys) {
    if (keys.length < 2)
        return false;
    let first;
    for (const k of keys) {
        const v = value[k];
        if (!isRecord(v))
            return false;
        const names = Object.keys(v);
        if (names.length === 0 || names.some((n) => Array.isArray(v[n]) && !v[n].every(isScalar)))
            return false;
        if (!first) {
            first = new Set(names);
            continue;
        }
        let shared = 0;
        for (const n of names)
            if (first.has(n))
                shared++;
        if (shared * 2 < Math.max(names.length, first.size))
            return false;
    }
    return true;
}
/** An array whose non-null elements are all objects, with at least one. */
function isRecordArray(v) {
    let objects = 0;
    for (const x of v) {
        if (x === null)
            continue;
        if (!isRecord(x))
            return false;
        objects++;
    }
    return objects > 0;
}


/***/ }),

/***/ 4551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ countNewlines),
/* harmony export */   EV: () => (/* binding */ decodedLines),
/* harmony export */   Tf: () => (/* binding */ emitProse),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports MAX_PROSE_CHUNK, PROSE_OVERLAP */
/* harmony import */ var _encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6993);

/** Largest prose chunk handed to the sink at once. */
const MAX_PROSE_CHUNK = 1 << 20;
/**
 * Characters repeated at the start of the next piece when a long run of text is cut, so that a
 * value cut at the seam (an A-number, a name) is whole in one of the two pieces.
 */
const PROSE_OVERLAP = 64;
/**
 * Hand `text` to the sink in pieces of at most MAX_PROSE_CHUNK characters, cut preferably at a
 * line break; a cut inside a line repeats the last PROSE_OVERLAP characters in the next piece.
 * `where.line` (when set) is the line of the first character and is carried forward.
 */
function emitProse(sink, text, where) {
    let line = where.line;
    let start = 0;
    while (text.length - start > MAX_PROSE_CHUNK) {
        const limit = start + MAX_PROSE_CHUNK;
        const nl = text.lastIndexOf('\n', limit - 1);
        const atBreak = nl > start;
        const end = atBreak ? nl + 1 : limit;
        const piece = text.slice(start, end);
        sink.prose(piece, line === undefined ? where : { ...where, line });
        const next = atBreak ? end : end - PROSE_OVERLAP;
        if (line !== undefined)
            line += countNewlines(text, start, next);
        start = next;
    }
    if (start < text.length)
        sink.prose(start === 0 ? text : text.slice(start), line === undefined ? where : { ...where, line });
}
/** Plain text: prose, in chunks of lines, with the line number of each chunk's first line. */
const readText = async (input, sink) => {
    let line = 1;
    let carry = '';
    const flush = (text) => {
        if (text.length)
            emitProse(sink, text, { surface: 'text', line, entry: input.entry });
        line += countNewlines(text);
    };
    for await (const chunk of (0,_encoding_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeStream */ .Vn)(input)) {
        const text = carry + chunk;
        const cut = text.lastIndexOf('\n');
        if (cut < 0) {
            carry = text;
            if (carry.length > MAX_PROSE_CHUNK) {
                // One very long line: hand it on in pieces that overlap, on the same line number.
                emitProse(sink, carry.slice(0, carry.length - PROSE_OVERLAP), { surface: 'text', line, entry: input.entry });
                carry = carry.slice(carry.length - 2 * PROSE_OVERLAP);
            }
            continue;
        }
        flush(text.slice(0, cut + 1));
        carry = text.slice(cut + 1);
    }
    flush(carry);
};
function countNewlines(text, from = 0, to = text.length) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** The input's lines (without the line break; a CR before it is kept), with 1-based numbers. */
async function* decodedLines(input) {
    let carry = '';
    let line = 1;
    for await (const chunk of (0,_encoding_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeStream */ .Vn)(input)) {
        carry += chunk;
        let start = 0;
        for (let nl = carry.indexOf('\n'); nl >= 0; nl = carry.indexOf('\n', start)) {
            yield { text: carry.slice(start, nl), line: line++ };
            start = nl + 1;
        }
        carry = carry.slice(start);
    }
    if (carry)
        yield { text: carry, line };
}


/***/ })

};
