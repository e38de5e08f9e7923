export const id = 649;
export const ids = [649];
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


/***/ }),

/***/ 9649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDocx: () => (/* reexport */ readDocx),
  readOdt: () => (/* reexport */ readOdt),
  readPptx: () => (/* reexport */ readPptx)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/containers/archive/nested.ts
var nested = __webpack_require__(7605);
// EXTERNAL MODULE: ./src/readers/documents/office/xml.ts
var xml = __webpack_require__(3371);
;// CONCATENATED MODULE: ./src/readers/documents/office/common.ts


const CORE_PROPERTIES = [
    ['dc:creator', 'docProps/core.xml creator'],
    ['cp:lastModifiedBy', 'docProps/core.xml lastModifiedBy'],
];
const ODF_PROPERTIES = [
    ['meta:initial-creator', 'meta.xml initial-creator'],
    ['dc:creator', 'meta.xml creator'],
];
/** docProps/core.xml (OOXML) or meta.xml (ODF): who made and who last saved the document. */
function observeAuthors(pkg, sink, entry, kind) {
    const [part, properties] = kind === 'ooxml' ? ['docProps/core.xml', CORE_PROPERTIES] : ['meta.xml', ODF_PROPERTIES];
    const data = pkg.read(part);
    if (!data)
        return;
    const where = new Map(properties);
    const seen = new Set();
    for (const { name, text } of (0,xml/* elementTexts */.FY)(data, new Set(where.keys()))) {
        const value = text.trim();
        const label = where.get(name);
        if (!value || seen.has(label))
            continue;
        seen.add(label);
        sink.observe({ kind: 'document-author', where: label, entry, value });
    }
}
/** Names given by an attribute on comment or author elements (w:comment w:author, p:cmAuthor name). */
function observeNamedAuthors(pkg, part, element, attribute, sink, entry) {
    const data = pkg.read(part);
    if (!data)
        return;
    const names = new Set();
    (0,xml/* parseXml */.NO)(data, {
        open(name, attributes) {
            const value = name === element ? attributes[attribute]?.trim() : undefined;
            if (value)
                names.add(value);
        },
    });
    for (const value of names)
        sink.observe({ kind: 'document-author', where: `${part} author`, entry, value });
}
/**
 * Links out of the document: OOXML relationships marked External (hyperlinks, linked objects
 * and templates on `file:///\\server\share\...`), ODF `xlink:href` attributes. Observed as raw
 * targets: detection decides which point at an internal share or a workbook.
 */
function observeExternalLinks(pkg, sink, entry, kind) {
    const parts = kind === 'ooxml' ? pkg.matching(/(^|\/)_rels\/[^/]+\.rels$/) : pkg.matching(/(^|\/)(content|styles)\.xml$/);
    const targets = new Set();
    for (const part of parts) {
        const data = pkg.read(part);
        if (!data)
            continue;
        (0,xml/* parseXml */.NO)(data, {
            open(name, attributes) {
                if (kind === 'ooxml') {
                    const external = name === 'Relationship' && (attributes['TargetMode'] ?? '').toLowerCase() === 'external';
                    if (external && attributes['Target'])
                        targets.add(attributes['Target']);
                }
                else {
                    const href = attributes['xlink:href'];
                    if (href && !href.startsWith('#') && !href.startsWith('./'))
                        targets.add(href);
                }
            },
        });
    }
    for (const value of targets)
        sink.observe({ kind: 'external-link', where: kind === 'ooxml' ? 'external relationship' : 'link', entry, value });
}
/**
 * Embedded objects (a workbook inside a document) go back through the scan pipeline with the
 * same sink, one level deeper. Without a pipeline to hand them to, they count as not read.
 */
async function readEmbedded(pkg, parts, input, sink, context, failures) {
    for (const part of parts) {
        try {
            const data = pkg.read(part);
            if (data)
                await (0,nested/* readInner */.rg)(data, part, input, sink, context);
        }
        catch (error) {
            failures.note(error);
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/documents/office/walker.ts
/**
 * One walker for the text of Word, PowerPoint and OpenDocument parts. A Vocabulary names the
 * elements that make paragraphs, tables, rows, cells and text in each format; the walker turns
 * a part into paragraph and table events in document order:
 * - a paragraph inside a table cell becomes part of the cell's text;
 * - a paragraph inside another paragraph (a text box, an ODF footnote) is its own paragraph;
 * - a table nested in a cell is its own table;
 * - a "table" of one row or one column is layout, not data: its cells become paragraphs.
 */

/** More columns than this in one row are cut (an ODF row repeating an empty cell 16,384 times). */
const MAX_COLUMNS = 512;
function walkPart(data, vocabulary, events) {
    const v = vocabulary;
    const opened = [];
    const containers = [];
    let skipDepth = 0;
    let withinDepth = 0;
    let commentDepth = 0;
    let textDepth = 0;
    const reading = () => skipDepth === 0 && (!v.within || withinDepth > 0);
    const currentParagraph = () => {
        const top = containers[containers.length - 1];
        return top?.kind === 'paragraph' ? top : undefined;
    };
    const append = (text) => {
        const p = currentParagraph();
        if (p)
            p.text += text;
    };
    const emitTable = (rows, isComment) => {
        const nonEmpty = rows.filter((r) => r.some((c) => c.length > 0));
        const width = Math.max(0, ...nonEmpty.map((r) => r.filter((c) => c.length > 0).length));
        if (nonEmpty.length >= 2 && width >= 2) {
            events.table(nonEmpty, isComment);
            return;
        }
        for (const row of nonEmpty)
            for (const cell of row)
                if (cell)
                    events.paragraph(cell, isComment);
    };
    const closeContainer = (closed) => {
        // The nearest enclosing container decides where the closed one's content goes.
        const parent = containers[containers.length - 1];
        if (closed.kind === 'paragraph') {
            const text = normalize(closed.text);
            if (!text)
                return;
            if (parent?.kind === 'cell')
                parent.parts.push(text);
            else
                events.paragraph(text, closed.isComment);
        }
        else if (closed.kind === 'cell') {
            if (parent?.kind !== 'row')
                return;
            const text = closed.parts.join(' ');
            for (let i = 0; i < closed.repeat && parent.cells.length < MAX_COLUMNS; i++) {
                parent.cells.push(text);
                for (let s = 1; s < closed.span && parent.cells.length < MAX_COLUMNS; s++)
                    parent.cells.push('');
            }
        }
        else if (closed.kind === 'row') {
            if (parent?.kind === 'table')
                parent.rows.push(trimTrailingEmpty(closed.cells));
        }
        else {
            emitTable(closed.rows, closed.isComment);
        }
    };
    (0,xml/* parseXml */.NO)(data, {
        open(name, attributes) {
            if (skipDepth > 0 || v.skip.has(name)) {
                skipDepth++;
                opened.push('skip');
                return;
            }
            if (v.within?.has(name)) {
                withinDepth++;
                opened.push('within');
                return;
            }
            if (v.comments.has(name)) {
                commentDepth++;
                opened.push('comment');
                return;
            }
            if (!reading()) {
                opened.push('none');
                return;
            }
            const childSpan = v.childSpan?.(name, attributes);
            const top = containers[containers.length - 1];
            if (childSpan !== undefined && top?.kind === 'cell')
                top.span = clamp(childSpan);
            const isComment = commentDepth > 0;
            let container;
            if (v.paragraphs.has(name))
                container = { kind: 'paragraph', text: '', isComment, raw: v.rawTextParagraphs.has(name) };
            else if (v.tables.has(name))
                container = { kind: 'table', rows: [], isComment };
            else if (v.rows.has(name))
                container = { kind: 'row', cells: [] };
            else if (v.cells.has(name))
                container = {
                    kind: 'cell',
                    parts: [],
                    span: clamp(v.span(attributes)),
                    repeat: Math.min(MAX_COLUMNS, Math.max(0, Math.floor(v.repeat(attributes)) || 0)),
                };
            if (container) {
                containers.push(container);
                opened.push('container');
                return;
            }
            if (v.texts.has(name)) {
                textDepth++;
                opened.push('text');
                return;
            }
            if (v.tabs.has(name))
                append('\t');
            else if (v.breaks.has(name))
                append(' ');
            else if (v.spaces.has(name))
                append(' '.repeat(Math.min(64, clamp(Number(attributes['text:c'] ?? 1)))));
            opened.push('none');
        },
        text(text) {
            if (!reading())
                return;
            const p = currentParagraph();
            if (p && (textDepth > 0 || p.raw))
                p.text += text;
        },
        close() {
            const what = opened.pop();
            if (what === 'skip')
                skipDepth--;
            else if (what === 'within')
                withinDepth--;
            else if (what === 'comment')
                commentDepth--;
            else if (what === 'text')
                textDepth--;
            else if (what === 'container')
                closeContainer(containers.pop());
        },
    });
    // A part cut short still gives what it held.
    while (containers.length)
        closeContainer(containers.pop());
}
function clamp(n) {
    return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_COLUMNS) : 1;
}
function normalize(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function trimTrailingEmpty(cells) {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === '')
        end--;
    return cells.slice(0, end);
}

;// CONCATENATED MODULE: ./src/readers/documents/office/emit.ts

const MAX_PROSE_CHUNK = 64 * 1024;
function partEmitter(target) {
    let line = 0;
    let chunk = [];
    let chunkFirstLine = 0;
    let chunkSize = 0;
    const where = (surface, at) => ({
        surface,
        line: at,
        entry: target.entry,
        ...(target.page !== undefined ? { page: target.page } : {}),
    });
    const flush = () => {
        if (chunk.length)
            target.sink.prose(chunk.join('\n'), where(target.text, chunkFirstLine));
        chunk = [];
        chunkSize = 0;
    };
    return {
        paragraph(text, isComment) {
            if (isComment) {
                target.sink.prose(text, where('comments', line + 1));
                return;
            }
            line++;
            if (!chunk.length)
                chunkFirstLine = line;
            chunk.push(text);
            chunkSize += text.length;
            if (chunkSize > MAX_PROSE_CHUNK)
                flush();
        },
        table(rows, isComment) {
            flush();
            const table = target.sink.beginTable({
                surface: isComment ? 'comments' : target.table,
                shape: 'grid',
                entry: target.entry,
                ...(target.page !== undefined ? { page: target.page } : {}),
            });
            for (const row of rows)
                table.row(++line, row);
            table.end();
        },
        finish: flush,
    };
}
/**
 * One part of a package walked into the sink. What was read before a failure (a part refused
 * as too deep) is still pushed before the failure goes on.
 */
function readPart(pkg, part, vocabulary, target) {
    const data = pkg.read(part);
    if (!data)
        return;
    const emitter = partEmitter(target);
    try {
        walkPart(data, vocabulary, emitter);
    }
    finally {
        emitter.finish();
    }
}

// EXTERNAL MODULE: ./src/readers/containers/zip.ts
var zip = __webpack_require__(234);
// EXTERNAL MODULE: ./src/readers/containers/archive/budget.ts
var archive_budget = __webpack_require__(4675);
;// CONCATENATED MODULE: ./src/readers/documents/office/package.ts
/**
 * A zip-based document package (docx, pptx, odt) opened through the project's bounded zip
 * reader: parts are listed once and inflated on demand, within the file's decompressed-size
 * budget (shared with the archive the document may sit in).
 */


function openPackage(buf, context) {
    const entries = new Map();
    const budget = (0,archive_budget/* decompressionBudget */.F)(context);
    for (const e of (0,zip/* listZipEntries */.kT)(buf, { maxEntries: context.limits.maxArchiveEntries })) {
        if (!e.isDirectory)
            entries.set(e.name, e);
    }
    const names = [...entries.keys()].sort(naturalOrder);
    return {
        names,
        has: (name) => entries.has(name),
        read(name) {
            const entry = entries.get(name);
            if (!entry)
                return undefined;
            const data = (0,zip/* readZipEntry */.g7)(buf, entry, budget.remaining());
            budget.spend(data.length);
            return data;
        },
        matching: (pattern) => names.filter((n) => pattern.test(n)),
    };
}
function naturalOrder(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}

;// CONCATENATED MODULE: ./src/readers/documents/office/vocabularies.ts
const none = new Set();
const one = () => 1;
const WORD = {
    paragraphs: new Set(['w:p']),
    rawTextParagraphs: none,
    // w:delText: text a tracked change deleted is still in the file.
    texts: new Set(['w:t', 'w:delText']),
    tabs: new Set(['w:tab', 'w:ptab']),
    breaks: new Set(['w:br', 'w:cr']),
    spaces: none,
    tables: new Set(['w:tbl']),
    rows: new Set(['w:tr']),
    cells: new Set(['w:tc']),
    span: one,
    repeat: one,
    childSpan: (name, attributes) => (name === 'w:gridSpan' ? Number(attributes['w:val']) : undefined),
    // mc:Fallback repeats a text box's content for old readers; properties hold no text.
    skip: new Set(['mc:Fallback', 'w:pPr', 'w:rPr', 'w:instrText', 'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr']),
    comments: none,
};
const PRESENTATION = {
    // p:text: the text of a legacy PowerPoint comment.
    paragraphs: new Set(['a:p', 'p:text']),
    rawTextParagraphs: new Set(['p:text']),
    texts: new Set(['a:t']),
    tabs: none,
    breaks: new Set(['a:br']),
    spaces: none,
    tables: new Set(['a:tbl']),
    rows: new Set(['a:tr']),
    cells: new Set(['a:tc']),
    span: (attributes) => Number(attributes['gridSpan'] ?? 1),
    // A cell merged into its left neighbour repeats nothing: the neighbour's span covers it.
    repeat: (attributes) => (attributes['hMerge'] === '1' || attributes['hMerge'] === 'true' ? 0 : 1),
    skip: new Set(['mc:Fallback', 'a:rPr', 'a:pPr', 'a:endParaRPr', 'a:tblPr', 'a:tblGrid', 'p:spPr']),
    comments: none,
};
const OPEN_DOCUMENT = {
    paragraphs: new Set(['text:p', 'text:h']),
    rawTextParagraphs: new Set(['text:p', 'text:h']),
    texts: none,
    tabs: new Set(['text:tab']),
    breaks: new Set(['text:line-break']),
    spaces: new Set(['text:s']),
    tables: new Set(['table:table']),
    rows: new Set(['table:table-row']),
    // Spanned columns are written as covered cells, so a span adds nothing.
    cells: new Set(['table:table-cell', 'table:covered-table-cell']),
    span: one,
    repeat: (attributes) => Number(attributes['table:number-columns-repeated'] ?? 1),
    // A note's citation is its number; an annotation's creator and date are not its text.
    skip: new Set([
        'text:note-citation',
        'dc:creator',
        'dc:date',
        'meta:date-string',
        'office:automatic-styles',
        'office:font-face-decls',
        'office:scripts',
    ]),
    comments: new Set(['office:annotation']),
};
/** styles.xml: only the page headers and footers hold text. */
const OPEN_DOCUMENT_HEADERS = {
    ...OPEN_DOCUMENT,
    within: new Set(['style:header', 'style:footer', 'style:header-left', 'style:footer-left', 'style:header-first', 'style:footer-first']),
};

;// CONCATENATED MODULE: ./src/readers/documents/office/docx.ts






const BODY = 'word/document.xml';
/** Parts besides the body, in the order they are read, with where they show. */
const PARTS = [
    { pattern: /^word\/(header|footer)\d*\.xml$/, text: 'header-footer', table: 'header-footer' },
    { pattern: /^word\/(footnotes|endnotes)\.xml$/, text: 'text', table: 'table' },
    { pattern: /^word\/comments\.xml$/, text: 'comments', table: 'comments' },
    { pattern: /^word\/glossary\/document\.xml$/, text: 'text', table: 'table' },
];
/**
 * Parts read as files of their own: embedded objects, imported chunks (altChunk: HTML, MHT, RTF
 * or text pasted in as-is) and custom XML data parts (the data behind content controls).
 */
const EMBEDDED = /^(word\/embeddings\/.+|word\/[^/]+\.(html?|mht|mhtml|txt|rtf)|customXml\/item\d+\.xml)$/i;
const readDocx = async (input, sink, context) => {
    const pkg = openPackage(await input.buffer(), context);
    if (!pkg.has(BODY))
        throw new types/* ReadError */.F('corrupt', 'the document has no body part');
    const failures = new nested/* Failures */.oo();
    (0,nested/* attempt */.CD)(failures, () => readPart(pkg, BODY, WORD, { sink, entry: input.entry, text: 'text', table: 'table' }));
    for (const { pattern, text, table } of PARTS) {
        for (const part of pkg.matching(pattern)) {
            (0,nested/* attempt */.CD)(failures, () => readPart(pkg, part, WORD, { sink, entry: (0,nested/* innerEntry */.XB)(input.entry, part), text, table }));
        }
    }
    (0,nested/* attempt */.CD)(failures, () => observeAuthors(pkg, sink, input.entry, 'ooxml'));
    (0,nested/* attempt */.CD)(failures, () => observeExternalLinks(pkg, sink, input.entry, 'ooxml'));
    (0,nested/* attempt */.CD)(failures, () => observeNamedAuthors(pkg, 'word/comments.xml', 'w:comment', 'w:author', sink, input.entry));
    await readEmbedded(pkg, pkg.matching(EMBEDDED), input, sink, context, failures);
    failures.throwIfAny();
};

;// CONCATENATED MODULE: ./src/readers/documents/office/pptx.ts







const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;
const NOTES = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
const COMMENTS = /^ppt\/comments\/[^/]+\.xml$/;
const readPptx = async (input, sink, context) => {
    const pkg = openPackage(await input.buffer(), context);
    const slides = slidesInOrder(pkg);
    if (!slides.length && !pkg.has('ppt/presentation.xml'))
        throw new types/* ReadError */.F('corrupt', 'the presentation has no slides part');
    const failures = new nested/* Failures */.oo();
    /** Notes and comment parts → the slide they belong to. */
    const slideOf = new Map();
    for (const [i, slide] of slides.entries()) {
        const page = i + 1;
        (0,nested/* attempt */.CD)(failures, () => {
            readPart(pkg, slide, PRESENTATION, { sink, entry: input.entry, page, text: 'text', table: 'table' });
            for (const related of relatedParts(pkg, slide))
                slideOf.set(related, page);
        });
    }
    for (const part of [...pkg.matching(NOTES), ...pkg.matching(COMMENTS)]) {
        const surface = NOTES.test(part) ? 'text' : 'comments';
        const page = slideOf.get(part);
        (0,nested/* attempt */.CD)(failures, () => readPart(pkg, part, PRESENTATION, {
            sink,
            entry: (0,nested/* innerEntry */.XB)(input.entry, part),
            page,
            text: surface,
            table: surface === 'text' ? 'table' : surface,
        }));
    }
    (0,nested/* attempt */.CD)(failures, () => observeAuthors(pkg, sink, input.entry, 'ooxml'));
    (0,nested/* attempt */.CD)(failures, () => observeExternalLinks(pkg, sink, input.entry, 'ooxml'));
    (0,nested/* attempt */.CD)(failures, () => observeNamedAuthors(pkg, 'ppt/commentAuthors.xml', 'p:cmAuthor', 'name', sink, input.entry));
    (0,nested/* attempt */.CD)(failures, () => observeNamedAuthors(pkg, 'ppt/authors.xml', 'p188:author', 'name', sink, input.entry));
    await readEmbedded(pkg, pkg.matching(/^(ppt\/embeddings\/.+|customXml\/item\d+\.xml)$/), input, sink, context, failures);
    failures.throwIfAny();
};
/** Notes and comment parts a slide's relationships point at (`../notesSlides/notesSlide3.xml`). */
function relatedParts(pkg, slide) {
    const rels = pkg.read(slide.replace(/^ppt\/slides\//, 'ppt/slides/_rels/') + '.rels');
    if (!rels)
        return [];
    const out = [];
    (0,xml/* parseXml */.NO)(rels, {
        open(name, attributes) {
            const target = attributes['Target'] ?? '';
            const m = /^\.\.\/(notesSlides|comments)\/([^/]+\.xml)$/.exec(target);
            if (name === 'Relationship' && m)
                out.push(`ppt/${m[1]}/${m[2]}`);
        },
    });
    return out;
}
/**
 * Slide parts in the order of the show (presentation.xml's slide list through its
 * relationships), then slide parts the list leaves out, which are still in the file.
 */
function slidesInOrder(pkg) {
    const targets = new Map();
    const rels = pkg.read('ppt/_rels/presentation.xml.rels');
    if (rels) {
        (0,xml/* parseXml */.NO)(rels, {
            open(name, attributes) {
                const target = attributes['Target'] ?? '';
                if (name === 'Relationship' && attributes['Id'])
                    targets.set(attributes['Id'], target.startsWith('/') ? target.slice(1) : `ppt/${target}`);
            },
        });
    }
    const listed = [];
    const presentation = pkg.read('ppt/presentation.xml');
    if (presentation) {
        (0,xml/* parseXml */.NO)(presentation, {
            open(name, attributes) {
                const part = name === 'p:sldId' ? targets.get(attributes['r:id'] ?? '') : undefined;
                if (part && SLIDE.test(part) && pkg.has(part) && !listed.includes(part))
                    listed.push(part);
            },
        });
    }
    return [...listed, ...pkg.matching(SLIDE).filter((p) => !listed.includes(p))];
}

;// CONCATENATED MODULE: ./src/readers/documents/office/odt.ts
/**
 * OpenDocument text (odt): the body (content.xml) with its tables, notes and annotations
 * (comments), page headers and footers (styles.xml), embedded ODF objects (`Object 1/content.xml`,
 * an embedded spreadsheet's tables read as tables), other embedded files, and the authors in
 * meta.xml. An encrypted package cannot be read: `password-protected`.
 */







const EMBEDDED_CONTENT = /^[^/].*\/content\.xml$/;
/** Whole embedded files: binary objects (`Object 2`) and files in sub-folders, not pictures or settings. */
const EMBEDDED_FILES = /^(Object \d+|(?!Thumbnails\/|ObjectReplacements\/|Pictures\/|META-INF\/|Configurations2\/)[^/]+\/[^/]+)$/;
const readOdt = async (input, sink, context) => {
    const pkg = openPackage(await input.buffer(), context);
    const manifest = pkg.read('META-INF/manifest.xml');
    if (manifest && (0,xml/* decodeXml */.y6)(manifest).includes('encryption-data'))
        throw new types/* ReadError */.F('password-protected', 'the document is encrypted');
    if (!pkg.has('content.xml'))
        throw new types/* ReadError */.F('corrupt', 'the document has no content part');
    const failures = new nested/* Failures */.oo();
    (0,nested/* attempt */.CD)(failures, () => readPart(pkg, 'content.xml', OPEN_DOCUMENT, { sink, entry: input.entry, text: 'text', table: 'table' }));
    (0,nested/* attempt */.CD)(failures, () => readPart(pkg, 'styles.xml', OPEN_DOCUMENT_HEADERS, {
        sink,
        entry: (0,nested/* innerEntry */.XB)(input.entry, 'styles.xml'),
        text: 'header-footer',
        table: 'header-footer',
    }));
    for (const part of pkg.matching(EMBEDDED_CONTENT)) {
        (0,nested/* attempt */.CD)(failures, () => readPart(pkg, part, OPEN_DOCUMENT, { sink, entry: (0,nested/* innerEntry */.XB)(input.entry, part), text: 'text', table: 'table' }));
    }
    (0,nested/* attempt */.CD)(failures, () => observeAuthors(pkg, sink, input.entry, 'odf'));
    (0,nested/* attempt */.CD)(failures, () => observeExternalLinks(pkg, sink, input.entry, 'odf'));
    const subDocuments = new Set(pkg.matching(EMBEDDED_CONTENT).map((p) => p.slice(0, p.indexOf('/') + 1)));
    const files = pkg.matching(EMBEDDED_FILES).filter((p) => ![...subDocuments].some((d) => p.startsWith(d)));
    await readEmbedded(pkg, files, input, sink, context, failures);
    failures.throwIfAny();
};

;// CONCATENATED MODULE: ./src/readers/documents/office/index.ts
/** Word, PowerPoint and OpenDocument text documents. */





/***/ }),

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ elementTexts),
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   y6: () => (/* binding */ decodeXml),
/* harmony export */   zH: () => (/* binding */ MAX_XML_DEPTH)
/* harmony export */ });
/* harmony import */ var htmlparser2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1600);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
/**
 * XML parts of Office (OOXML) and OpenDocument packages, read with htmlparser2 in XML mode.
 * Element names reach handlers without their namespace prefix when asked (`w:p` → `p` is NOT
 * done here: Word, PowerPoint and ODF reuse local names such as `p` with different meanings,
 * so the walkers match qualified names).
 */


/**
 * Deeper than any real document (nested tables and text boxes stay in the tens). htmlparser2
 * keeps its open-element stack in an array it shifts and unshifts, so depth costs quadratic
 * time: a crafted part is refused here instead of running into the time limit.
 */
const MAX_XML_DEPTH = 2000;
function decodeXml(data) {
    if (data[0] === 0xff && data[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(data.subarray(2));
    if (data[0] === 0xfe && data[1] === 0xff)
        return new TextDecoder('utf-16be').decode(data.subarray(2));
    return new TextDecoder('utf-8').decode(data);
}
function parseXml(data, handlers) {
    let depth = 0;
    const parser = new htmlparser2__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .i({
        onopentag(name, attributes) {
            if (++depth > MAX_XML_DEPTH)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F('too-deep', `XML nests deeper than ${MAX_XML_DEPTH} levels`);
            handlers.open?.(name, attributes);
        },
        ontext: handlers.text,
        onclosetag(name) {
            depth--;
            handlers.close?.(name);
        },
    }, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
    parser.write(decodeXml(data));
    parser.end();
}
/** The text of every element with one of these qualified names, in document order. */
function elementTexts(data, names) {
    const out = [];
    let depth = 0;
    let current = '';
    let buffer = '';
    parseXml(data, {
        open(name) {
            if (depth > 0)
                depth++;
            else if (names.has(name)) {
                depth = 1;
                current = name;
                buffer = '';
            }
        },
        text(text) {
            if (depth > 0)
                buffer += text;
        },
        close() {
            if (depth === 0)
                return;
            depth--;
            if (depth === 0)
                out.push({ name: current, text: buffer });
        },
    });
    return out;
}


/***/ })

};
