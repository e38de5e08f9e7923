export const id = 546;
export const ids = [546];
export const modules = {

/***/ 2546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readXml: () => (/* binding */ readXml)
});

// EXTERNAL MODULE: ./node_modules/htmlparser2/dist/Parser.js + 7 modules
var Parser = __webpack_require__(1600);
// EXTERNAL MODULE: ./src/readers/text/encoding.ts
var encoding = __webpack_require__(6993);
// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/text/dtd.ts
/**
 * Internal DTD subsets of XML (`<!DOCTYPE svg [ <!ENTITY name "text"> ]>`): an SVG viewer
 * expands such entities, so text can live in entity definitions and show in the picture while
 * the markup holds only `&name;`. The parser (htmlparser2) neither expands nor reports them, so
 * the document is expanded here, as text, before parsing: general entities declared with a
 * literal value are replaced where they are referenced (recursively, bounded in depth and in
 * size: past either, the file is refused, never partly read), external entities are never
 * fetched, and parameter entities are refused. Entities declared but never used are returned
 * as text for the reader to read as prose, so nothing declared is dropped.
 */

/** Nesting of entity references inside entity values followed at most. */
const MAX_ENTITY_DEPTH = 16;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Whether a text (the head of a file) declares an internal DTD subset. */
function hasInternalSubset(text) {
    return /<!DOCTYPE[^>[]*\[/i.test(text);
}
/**
 * Expand the internal subset's entities within `maxChars` characters of output. Returns
 * undefined when the text has no internal subset.
 */
function expandInternalEntities(text, maxChars) {
    const open = /<!DOCTYPE[^>[]*\[/i.exec(text);
    if (!open)
        return undefined;
    const subsetStart = open.index + open[0].length;
    const close = findSubsetEnd(text, subsetStart);
    if (close < 0)
        throw new types/* ReadError */.F('corrupt', 'the XML document type declaration is not closed');
    const subset = text.slice(subsetStart, close);
    const end = text.indexOf('>', close) + 1;
    const lineOf = (at) => 1 + countLines(text, 0, at);
    const values = new Map();
    for (const m of subset.matchAll(/<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|((?:SYSTEM|PUBLIC)[^>]*))\s*>/g)) {
        if (m[1])
            throw new types/* ReadError */.F('unsupported-format', 'the XML declares parameter entities in its DTD; they are not expanded');
        const name = m[2];
        if (values.has(name) || PREDEFINED.has(name))
            continue;
        // External entities are never fetched: they hold nothing of this file.
        values.set(name, { value: m[5] !== undefined ? '' : (m[3] ?? m[4] ?? ''), line: lineOf(subsetStart + m.index) });
    }
    const used = new Set();
    let size = 0;
    const expand = (value, depth) => {
        if (depth > MAX_ENTITY_DEPTH)
            throw new types/* ReadError */.F('too-deep', `XML entities nest deeper than ${MAX_ENTITY_DEPTH} levels`);
        return value.replace(/&([A-Za-z_:][\w.:-]*);/g, (whole, name) => {
            const entity = values.get(name);
            if (!entity)
                return whole;
            used.add(name);
            const out = expand(entity.value, depth + 1);
            size += out.length;
            if (size > maxChars)
                throw new types/* ReadError */.F('too-large-decompressed', `XML entities expand past ${maxChars} characters`);
            return out;
        });
    };
    // Blank the declaration, keeping its line breaks so that lines stay where they were.
    const blanked = text.slice(open.index, end).replace(/[^\n]/g, ' ');
    const body = values.size ? expand(text.slice(end), 0) : text.slice(end);
    const unused = [...values].filter(([name, e]) => !used.has(name) && e.value.trim()).map(([, e]) => ({ value: e.value, line: e.line }));
    return { text: text.slice(0, open.index) + blanked + body, unused };
}
/** The `]` that closes the internal subset (quoted values and comments may hold `]`). */
function findSubsetEnd(text, from) {
    let quote = '';
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '<' && text.startsWith('<!--', i)) {
            const endComment = text.indexOf('-->', i + 4);
            if (endComment < 0)
                return -1;
            i = endComment + 2;
        }
        else if (c === ']')
            return i;
    }
    return -1;
}
function countLines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}

// EXTERNAL MODULE: ./src/readers/text/json.ts + 1 modules
var json = __webpack_require__(1268);
// EXTERNAL MODULE: ./src/readers/containers/archive/budget.ts
var archive_budget = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/readers/text/html.ts + 2 modules
var html = __webpack_require__(1140);
;// CONCATENATED MODULE: ./src/readers/text/xml.ts
/**
 * XML, streamed through htmlparser2 in xmlMode (nothing fetched). Entities of an internal DTD
 * subset (SVG viewers expand them) are expanded first, within limits (dtd.ts); a subset the
 * reader meets too late to expand is refused, never skipped. An element whose children are all leaves is a record
 * (its attributes `@name`, its leaf children `child` and their attributes `child@name`);
 * records repeated under one parent with the same element name become a 'records' table
 * (rows numbered by their index among those siblings). Everything else — lone records, leaf
 * values beside structure, attributes of structural elements, comments, mixed text — is prose
 * with the source line of its element.
 *
 * An Excel 2003 XML workbook (SpreadsheetML: Workbook > Worksheet > Table > Row > Cell > Data)
 * is read as what it is: each worksheet a lettered grid named after the sheet, rows and
 * columns placed by their ss:Index, hidden rows flagged, cell comments as prose.
 *
 * Streaming: a group's first records are held until the header is clear (the union of their
 * keys); after that rows go straight out, and a record with a key the header lacks starts a
 * new table with the wider header.
 */







/** SpreadsheetML / Office document properties that name a person. */
const AUTHOR_FIELDS = new Set(['Author', 'LastAuthor', 'Manager']);
/** Records of a group held before its table starts. */
const HEADER_SAMPLE = 1000;
/** Leaf children past which an element is a list, not a record. */
const MAX_RECORD_FIELDS = 500;
const readXml = async (input, sink, context) => {
    const maxDepth = context.limits.maxNestingDepth;
    const lines = new html.LineTracker();
    const stack = [];
    let parser;
    let tooDeep = false;
    /** Inside a worksheet of an Excel 2003 XML workbook (SpreadsheetML): rows are a grid. */
    let sheet;
    const lineNow = () => lines.lineAt(parser.startIndex);
    const proseOf = (fields) => emitFields(sink, input.entry, fields);
    const { source, unused } = await expandedSource(input, context);
    let lateSubset = false;
    const closeFrame = (frame) => {
        const parent = stack[stack.length - 1];
        const text = frame.text.join('').trim();
        if (!frame.hasChildren && !text && frame.attributes.length > 0 && parent) {
            // <row id="1" name="..."/>: a record made of attributes.
            if (!parent.structural)
                markStructural(parent, proseOf);
            group(parent, frame.name, sink, input.entry).add(frame.attributes, frame.line);
            return;
        }
        if (!frame.hasChildren &&
            text &&
            parent &&
            localName(parent.name) === 'DocumentProperties' &&
            AUTHOR_FIELDS.has(localName(frame.name))) {
            sink.observe({ kind: 'document-author', where: `DocumentProperties ${localName(frame.name)}`, entry: input.entry, value: text });
            return;
        }
        if (!frame.hasChildren) {
            // A leaf: its text (and attributes) belong to the parent, or are prose at the root.
            const own = [
                ...(text ? [{ key: frame.name, value: text, line: frame.line }] : []),
                ...frame.attributes.map((a) => ({ ...a, key: `${frame.name}${a.key}` })),
            ];
            if (parent)
                addLeaves(parent, own, proseOf);
            else
                proseOf(own);
            return;
        }
        if (!frame.structural && parent) {
            if (!parent.structural)
                markStructural(parent, proseOf);
            const fields = [...frame.attributes, ...frame.leaves];
            if (text)
                fields.push({ key: '#text', value: text, line: frame.line });
            group(parent, frame.name, sink, input.entry).add(fields, frame.line);
            return;
        }
        for (const g of frame.groups.values())
            g.finish(proseOf);
        proseOf([
            ...frame.attributes.map((a) => ({ ...a, key: `${frame.name}${a.key}` })),
            ...frame.leaves,
            ...(text ? [{ key: frame.name, value: text, line: frame.line }] : []),
        ]);
    };
    parser = new Parser/* Parser */.i({
        onopentag(name, attribs) {
            if (sheet) {
                lineNow(); // keeps the line tracker's window short
                sheet.open(name, attribs);
                return;
            }
            if (localName(name) === 'Worksheet' && stack.length > 0 && localName(stack[0].name) === 'Workbook') {
                sheet = new SpreadsheetMlSheet(sink, input.entry, attribute(attribs, 'Name'), proseOf);
                return;
            }
            if (stack.length >= maxDepth) {
                tooDeep = true;
                parser.pause();
                return;
            }
            const line = lineNow();
            const parent = stack[stack.length - 1];
            if (parent) {
                parent.hasChildren = true;
                // The parent's parent now holds a child with children: it is structure, not a record.
                const grand = stack[stack.length - 2];
                if (grand && !grand.structural)
                    markStructural(grand, proseOf);
            }
            stack.push({
                name,
                line,
                attributes: Object.entries(attribs)
                    .filter(([, v]) => v.trim())
                    .map(([k, v]) => ({ key: `@${k}`, value: v, line })),
                text: [],
                leaves: [],
                structural: false,
                hasChildren: false,
                groups: new Map(),
            });
        },
        onclosetag(name) {
            if (sheet) {
                if (!sheet.close(name))
                    return;
                sheet = undefined;
                return;
            }
            const frame = stack.pop();
            if (frame)
                closeFrame(frame);
        },
        ontext(text) {
            if (sheet) {
                sheet.text(text, lineNow());
                return;
            }
            const frame = stack[stack.length - 1];
            // Indentation between children is not content (and would pile up under a long list).
            if (frame && frame.hasChildren && !text.trim())
                return;
            if (frame)
                frame.text.push(text);
            else if (text.trim())
                proseOf([{ key: '', value: text.trim(), line: lineNow() }]);
        },
        oncomment(text) {
            if (text.trim())
                proseOf([{ key: '', value: text.trim(), line: lineNow() }]);
        },
        onprocessinginstruction(name, data) {
            // A DTD subset the expansion did not see (declarations the parser would drop).
            if (/^!(?:doctype|entity)$/i.test(name) && (/\[/.test(data) || /^!entity/i.test(name)))
                lateSubset = true;
        },
    }, { xmlMode: true, decodeEntities: true });
    try {
        for await (const chunk of source) {
            lines.append(chunk);
            parser.write(chunk);
            if (tooDeep)
                break;
        }
        for (const e of unused)
            proseOf([{ key: '', value: e.value, line: e.line }]);
        if (!tooDeep)
            parser.end();
    }
    catch (error) {
        if (error instanceof types/* ReadError */.F)
            throw error;
        throw new types/* ReadError */.F('corrupt', 'the XML could not be parsed');
    }
    finally {
        // Unclosed elements (a truncated file, or a stop at the depth limit) still hand on what they hold.
        sheet?.end();
        while (stack.length > 0)
            closeFrame(stack.pop());
    }
    if (tooDeep)
        throw new types/* ReadError */.F('too-deep', `XML nests deeper than ${maxDepth} levels`);
    if (lateSubset)
        throw new types/* ReadError */.F('unsupported-format', 'the XML declares entities in a DTD the reader could not expand');
};
/** Largest document an entity expansion may produce (also counted against the decompressed-size budget). */
const MAX_EXPANDED_CHARS = 32 * 1024 * 1024;
/** The text to parse: as streamed, or, with an internal DTD subset, the whole text expanded. */
async function expandedSource(input, context) {
    if (!hasInternalSubset((0,encoding/* decodeHead */.Jk)(input.head)))
        return { source: (0,encoding/* decodeStream */.Vn)(input), unused: [] };
    const whole = await (0,json.readWholeText)(input);
    const budget = (0,archive_budget/* decompressionBudget */.F)(context);
    const expanded = expandInternalEntities(whole, Math.min(MAX_EXPANDED_CHARS, whole.length + budget.remaining()));
    if (!expanded)
        return { source: [whole], unused: [] };
    budget.spend(Math.max(0, expanded.text.length - whole.length));
    return { source: [expanded.text], unused: expanded.unused };
}
function addLeaves(parent, fields, prose) {
    if (parent.structural) {
        prose(fields);
        return;
    }
    parent.leaves.push(...fields);
    if (parent.leaves.length > MAX_RECORD_FIELDS)
        markStructural(parent, prose);
}
/** An element found to be structure: its held leaf values become prose now. */
function markStructural(frame, prose) {
    frame.structural = true;
    prose(frame.leaves);
    frame.leaves = [];
}
function group(parent, name, sink, entry) {
    let g = parent.groups.get(name);
    if (!g) {
        g = new RecordGroup(sink, entry);
        parent.groups.set(name, g);
    }
    return g;
}
/** Same-named sibling records: a table once there are two, prose if there is only one. */
class RecordGroup {
    sink;
    entry;
    held = [];
    table;
    header = [];
    index = new Map();
    count = 0;
    constructor(sink, entry) {
        this.sink = sink;
        this.entry = entry;
    }
    add(fields, line) {
        if (!this.table) {
            this.held.push({ fields, line });
            if (this.held.length >= HEADER_SAMPLE)
                this.open();
            return;
        }
        if (fields.some((f) => !this.index.has(f.key))) {
            this.table.end();
            this.table = undefined;
            this.held = [{ fields, line }];
            this.open();
            return;
        }
        this.row(fields);
    }
    finish(prose) {
        if (!this.table && this.held.length === 1 && this.count === 0)
            prose(this.held[0].fields);
        else if (!this.table && this.held.length > 0)
            this.open();
        this.table?.end();
        this.table = undefined;
    }
    open() {
        for (const { fields } of this.held) {
            for (const f of fields) {
                if (!this.index.has(f.key)) {
                    this.index.set(f.key, this.header.length);
                    this.header.push(f.key);
                }
            }
        }
        this.table = this.sink.beginTable({ surface: 'cells', shape: 'records', header: [...this.header], lettered: false, entry: this.entry });
        for (const { fields } of this.held)
            this.row(fields);
        this.held = [];
    }
    row(fields) {
        const cells = new Array(this.header.length);
        for (const f of fields) {
            const i = this.index.get(f.key);
            // A repeated child name in one record: values joined, like a multi-valued cell.
            cells[i] = cells[i] === undefined ? f.value : `${String(cells[i])}; ${f.value}`;
        }
        this.table.row(++this.count, cells);
    }
}
/** Fields as prose, one `key: value` per source line (same-line fields side by side). */
function emitFields(sink, entry, fields) {
    if (fields.length === 0)
        return;
    const prose = new html.ProseBuffer(sink, entry);
    for (const f of [...fields].sort((a, b) => a.line - b.line))
        prose.add(f.key ? `${f.key}: ${f.value}` : f.value, f.line);
    prose.flush();
}
function localName(name) {
    const colon = name.lastIndexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
}
/** An attribute by its local name (`ss:Index` and `Index` alike). */
function attribute(attribs, local) {
    for (const [k, v] of Object.entries(attribs))
        if (localName(k) === local)
            return v;
    return undefined;
}
/** One SpreadsheetML worksheet, from its <Worksheet> open tag to its close. */
class SpreadsheetMlSheet {
    sink;
    entry;
    name;
    prose;
    table;
    depth = 1;
    rowNumber = 0;
    column = 0;
    cells;
    hidden = false;
    cellText;
    inData = false;
    inComment = 0;
    mergeAcross = 0;
    constructor(sink, entry, name, prose) {
        this.sink = sink;
        this.entry = entry;
        this.name = name;
        this.prose = prose;
    }
    open(tag, attribs) {
        this.depth++;
        const local = localName(tag);
        if (local === 'Comment')
            this.inComment++;
        else if (this.inComment > 0)
            return;
        else if (local === 'Row') {
            this.endRow();
            const index = Number(attribute(attribs, 'Index'));
            this.rowNumber = Number.isInteger(index) && index > this.rowNumber ? index : this.rowNumber + 1;
            this.cells = [];
            this.column = 0;
            this.hidden = attribute(attribs, 'Hidden') === '1';
        }
        else if (local === 'Cell' && this.cells) {
            const index = Number(attribute(attribs, 'Index'));
            if (Number.isInteger(index) && index > this.column && index <= 16384)
                this.column = index - 1;
            const merge = Number(attribute(attribs, 'MergeAcross'));
            this.mergeAcross = Number.isInteger(merge) && merge > 0 ? Math.min(merge, 16384) : 0;
            this.cellText = [];
        }
        else if (local === 'Data' && this.cellText)
            this.inData = true;
    }
    /** Returns true when this closes the worksheet itself. */
    close(tag) {
        this.depth--;
        const local = localName(tag);
        if (this.depth === 0) {
            this.end();
            return true;
        }
        if (local === 'Comment')
            this.inComment = Math.max(0, this.inComment - 1);
        else if (this.inComment > 0)
            return false;
        else if (local === 'Data')
            this.inData = false;
        else if (local === 'Cell' && this.cells && this.cellText) {
            const value = this.cellText.join('');
            if (value !== '')
                this.cells[this.column] = value;
            this.column += 1 + this.mergeAcross;
            this.cellText = undefined;
        }
        else if (local === 'Row')
            this.endRow();
        return false;
    }
    text(text, line) {
        if (this.inData && this.cellText && this.inComment === 0)
            this.cellText.push(text);
        else if (text.trim())
            this.prose([{ key: '', value: text.trim(), line }]);
    }
    end() {
        this.endRow();
        this.table?.end();
        this.table = undefined;
    }
    endRow() {
        if (!this.cells)
            return;
        this.table ??= this.sink.beginTable({
            surface: 'cells',
            shape: 'grid',
            lettered: true,
            entry: this.entry,
            ...(this.name !== undefined ? { sheet: this.name } : {}),
        });
        this.table.row(this.rowNumber, this.cells, this.hidden || undefined);
        this.cells = undefined;
    }
}


/***/ })

};
