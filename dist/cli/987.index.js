export const id = 987;
export const ids = [987];
export const modules = {

/***/ 2987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  languageByContent: () => (/* reexport */ languages/* languageByContent */.d),
  languageByName: () => (/* reexport */ languages/* languageByName */.H),
  readCode: () => (/* binding */ readCode),
  readSource: () => (/* binding */ readSource)
});

// EXTERNAL MODULE: ./src/readers/text/text.ts
var text_text = __webpack_require__(4551);
// EXTERNAL MODULE: ./src/readers/text/json.ts + 1 modules
var json = __webpack_require__(1268);
;// CONCATENATED MODULE: ./src/readers/text/code/literals.ts
/** A value written as an identifier (a variable, a component): known to be there, not what. */
const UNKNOWN = Symbol('unknown');
const LITERAL_WORDS = {
    true: true,
    false: false,
    null: null,
    undefined: null,
    None: null,
    True: true,
    False: false,
    nil: null,
    NULL: null,
    TRUE: true,
    FALSE: false,
    NA: null,
    NaN: null,
};
const R_CONSTRUCTORS = new Set(['c', 'list', 'data.frame', 'tibble', 'data_frame', 'data.table', 'tribble', 'structure']);
const OPENERS = { '[': ']', '{': '}', '(': ')' };
class LiteralFinder {
    sink;
    options;
    stack = [];
    /** Brackets opened past the depth limit, not tracked. */
    overflow = 0;
    previous;
    constructor(sink, options) {
        this.sink = sink;
        this.options = options;
    }
    /** Feed one token (comments and JSX text are handled by the caller and not fed). */
    push(token) {
        const prev = this.previous;
        this.previous = token;
        const top = this.stack[this.stack.length - 1];
        if (token.kind === 'code-open') {
            this.open('code', '}', token.line);
            return;
        }
        if (token.kind === 'code-close') {
            this.closeTo('}');
            return;
        }
        if (token.kind === 'punct' && OPENERS[token.text]) {
            this.openBracket(token, prev, top);
            return;
        }
        if (token.kind === 'punct' && (token.text === ']' || token.text === '}' || token.text === ')')) {
            this.closeTo(token.text);
            return;
        }
        if (!top || top.kind === 'code') {
            if (token.kind === 'string')
                this.sink.onProse(token.text, token.line);
            else if (token.kind === 'number' && /^\d+$/.test(token.text))
                this.sink.onProse(token.text, token.line);
            return;
        }
        if (!this.accept(top, token)) {
            this.toCode(this.stack.length - 1);
            if (token.kind === 'string')
                this.sink.onProse(token.text, token.line);
        }
    }
    /** End of input: every frame still open is code. */
    finish() {
        if (this.stack.length)
            this.toCode(0);
        this.stack.length = 0;
    }
    openBracket(token, prev, top) {
        const close = OPENERS[token.text];
        const afterValue = prev !== undefined &&
            ((prev.kind === 'word' &&
                !(prev.text in LITERAL_WORDS) &&
                !/^(?:return|in|of|yield|await|case|else|do|print|echo|puts|export|default)$/.test(prev.text)) ||
                prev.kind === 'string' ||
                prev.kind === 'number' ||
                (prev.kind === 'punct' && (prev.text === ')' || prev.text === ']')));
        let kind = 'code';
        let call;
        if (token.text === '(') {
            if (prev?.kind === 'word' && this.options.language === 'r' && R_CONSTRUCTORS.has(prev.text)) {
                kind = 'r-call';
                call = prev.text;
            }
            else if (prev?.kind === 'word' && this.options.language === 'php' && prev.text.toLowerCase() === 'array')
                kind = 'array';
            else if (!afterValue && this.options.language === 'py')
                kind = 'tuple';
        }
        else if (token.text === '[') {
            if (!afterValue || this.options.language === 'r')
                kind = this.options.language === 'r' ? 'code' : 'array';
        }
        else if (this.options.language !== 'r' && this.options.language !== 'sh')
            kind = 'object';
        // Inside a literal, an opening bracket is only a value where a value may stand.
        if (top && top.kind !== 'code' && kind !== 'code') {
            if (top.state !== 'value') {
                // `name(`: a call in a literal (R constructors are values where a value may stand).
                if (!(top.kind === 'r-call' && kind === 'r-call' && top.state === 'after' && prev?.kind === 'word'))
                    kind = 'code';
                else
                    top.key = top.members.pop()?.key; // the constructor's name was taken for an unknown value
            }
        }
        if (top && top.kind !== 'code' && kind === 'code')
            this.toCode(this.stack.length - 1);
        if (kind === 'r-call' && top && top.kind !== 'code' && top.state === 'after')
            top.state = 'value';
        this.open(kind, close, token.line, call);
    }
    open(kind, close, line, call) {
        if (this.stack.length >= this.options.maxDepth) {
            this.overflow++;
            if (this.stack.length)
                this.toCode(0);
            return;
        }
        const top = this.stack[this.stack.length - 1];
        if (kind === 'code' && top && top.kind !== 'code')
            this.toCode(this.stack.length - 1);
        this.stack.push({
            kind,
            close,
            state: kind === 'object' ? 'key' : 'value',
            call,
            members: [],
            scalars: [],
            containers: [],
            negative: false,
            line,
        });
    }
    closeTo(close) {
        if (this.overflow > 0) {
            this.overflow--;
            return;
        }
        // Mismatched brackets (broken code): frames above the match are code.
        let at = this.stack.length - 1;
        while (at >= 0 && this.stack[at].close !== close)
            at--;
        if (at < 0)
            return;
        if (at < this.stack.length - 1)
            this.toCode(at);
        const frame = this.stack.pop();
        if (frame.kind === 'code')
            return;
        if (frame.state === 'colon' || (frame.kind === 'object' && frame.key !== undefined)) {
            // `{a}` (shorthand) or a key with no value: not a literal, nor is what holds it.
            this.turned(frame);
            const parent = this.stack[this.stack.length - 1];
            if (parent && parent.kind !== 'code')
                this.toCode(this.stack.length - 1);
            return;
        }
        const value = frameValue(frame);
        const parent = this.stack[this.stack.length - 1];
        if (parent && parent.kind !== 'code') {
            if (parent.state !== 'value') {
                this.toCode(this.stack.length - 1);
                this.emitData(value, frame.scalars, frame.line);
                return;
            }
            addMember(parent, value, frame.line);
            parent.state = 'after';
            parent.pendingWord = undefined;
            for (const s of frame.scalars)
                parent.scalars.push(s);
            parent.containers.push({ value, scalars: frame.scalars, line: frame.line });
            return;
        }
        this.emitData(value, frame.scalars, frame.line);
    }
    /** Frames from `from` to the top are code: what they held goes out as data and prose. */
    toCode(from) {
        for (let i = from; i < this.stack.length; i++) {
            const frame = this.stack[i];
            if (frame.kind === 'code')
                continue;
            // A frame's finished containers are inside its parent's containers too: only the
            // outermost literal frame emits them (frames above it are emptied as they turn).
            this.turned(frame);
        }
        // Frames below `from` that are literals hold this one as an unfinished member: they are code too.
        for (let i = from - 1; i >= 0; i--) {
            const frame = this.stack[i];
            if (frame.kind === 'code')
                break;
            this.turned(frame);
        }
    }
    turned(frame) {
        if (frame.kind === 'code')
            return;
        const inContainers = new Set();
        for (const c of frame.containers) {
            this.emitData(c.value, c.scalars, c.line);
            for (const s of c.scalars)
                inContainers.add(s);
        }
        for (const s of frame.scalars)
            if (!inContainers.has(s) && s.value !== null)
                this.sink.onProse(String(s.value), s.line);
        frame.kind = 'code';
        frame.members = [];
        frame.scalars = [];
        frame.containers = [];
    }
    emitData(value, scalars, line) {
        this.sink.onData(value, scalars, line);
    }
    /** Whether `token` fits the literal frame's grammar (and takes it in). */
    accept(frame, token) {
        const lang = this.options.language;
        const scalar = scalarOf(token, frame.negative);
        switch (frame.state) {
            case 'value': {
                if (token.kind === 'punct' && token.text === '-' && !frame.negative) {
                    frame.negative = true;
                    return true;
                }
                if (frame.negative && token.kind !== 'number')
                    return false;
                frame.negative = false;
                if (token.kind === 'punct' && token.text === '~' && frame.call === 'tribble') {
                    frame.key = '~';
                    return true;
                }
                if (scalar !== undefined) {
                    const placed = { value: scalar, line: token.line };
                    frame.scalars.push(placed);
                    if (frame.key === '~' && typeof scalar === 'string') {
                        frame.members.push({ key: '~', value: scalar });
                        frame.key = undefined;
                    }
                    else
                        addMember(frame, scalar, token.line);
                    frame.state = 'after';
                    return true;
                }
                if (token.kind === 'word') {
                    if (frame.key === '~') {
                        frame.members.push({ key: '~', value: token.text });
                        frame.key = undefined;
                        frame.scalars.push({ value: token.text, line: token.line });
                    }
                    else
                        addMember(frame, UNKNOWN, token.line);
                    frame.state = 'after';
                    frame.pendingWord = token.text;
                    return true;
                }
                if (token.kind === 'punct' && token.text === ':' && (lang === 'rb' || lang === 'php'))
                    return true; // :symbol
                return false;
            }
            case 'after': {
                if (token.kind === 'punct' && token.text === ',') {
                    frame.state = frame.kind === 'object' ? 'key' : 'value';
                    frame.pendingWord = undefined;
                    return true;
                }
                if (token.kind === 'string' && frame.kind !== 'object' && (lang === 'py' || lang === 'rb')) {
                    // Implicit concatenation of adjacent strings.
                    const last = frame.members[frame.members.length - 1];
                    if (last && typeof last.value === 'string') {
                        last.value += token.text;
                        frame.scalars.push({ value: token.text, line: token.line });
                        return true;
                    }
                }
                if (token.kind === 'punct' &&
                    token.text === '=>' &&
                    (frame.kind === 'array' || frame.kind === 'object') &&
                    (lang === 'php' || lang === 'rb')) {
                    // PHP / Ruby: `key => value` inside an array literal makes it a map.
                    const last = frame.members.pop();
                    frame.key = last && last.value !== UNKNOWN ? String(last.value) : (frame.pendingWord ?? '');
                    frame.kind = frame.kind === 'array' ? 'object' : frame.kind;
                    frame.state = 'value';
                    return true;
                }
                if (token.kind === 'punct' && token.text === '=' && frame.kind === 'r-call') {
                    // R: `name = value`.
                    const last = frame.members.pop();
                    frame.key = last && last.value !== UNKNOWN ? String(last.value) : (frame.pendingWord ?? '');
                    if (last && last.value !== UNKNOWN)
                        frame.scalars.pop();
                    frame.state = 'value';
                    return true;
                }
                return false;
            }
            case 'key': {
                if (token.kind === 'punct' && token.text === ':' && (lang === 'rb' || lang === 'php'))
                    return true;
                if (token.kind === 'string' || token.kind === 'word' || token.kind === 'number') {
                    if (token.kind === 'word' && token.text.startsWith('$'))
                        return false;
                    frame.key = token.text;
                    // A quoted key is text a person wrote (prose if this turns out to be code); a bare one is a name.
                    frame.keyPlaced = token.kind === 'string';
                    if (frame.keyPlaced)
                        frame.scalars.push({ value: token.text, line: token.line });
                    frame.state = 'colon';
                    return true;
                }
                return false;
            }
            case 'colon': {
                if (token.kind === 'punct' && (token.text === ':' || (token.text === '=>' && (lang === 'rb' || lang === 'php')))) {
                    // A key is a name, not a value: keep it out of the prose scalars.
                    if (frame.keyPlaced)
                        frame.scalars.pop();
                    frame.keyPlaced = false;
                    frame.state = 'value';
                    return true;
                }
                return false;
            }
        }
        return false;
    }
}
function scalarOf(token, negative) {
    if (token.kind === 'string')
        return token.text;
    if (token.kind === 'number')
        return numberValue(token.text, negative);
    if (token.kind === 'word' && Object.hasOwn(LITERAL_WORDS, token.text))
        return LITERAL_WORDS[token.text];
    return undefined;
}
/**
 * A numeric literal's value. A digit run with a leading zero keeps its spelling (the zero is part
 * of an identifier such as an A-number); anything else (floats, exponents, hex, separators) is the number it denotes, so
 * `621987552E5` is 62198755200000 and never text shaped like an identifier.
 */
function numberValue(text, negative = false) {
    const clean = text.replace(/_/g, '').replace(/[nNlLjJ]$/, '');
    if (/^0\d+$/.test(clean) && clean.length <= 15)
        return negative ? `-${clean}` : clean;
    let n = Number(clean);
    if (!Number.isFinite(n) && /^0[oO][0-7]+$/.test(clean))
        n = Number.parseInt(clean.slice(2), 8);
    if (!Number.isFinite(n))
        return null;
    return negative ? -n : n;
}
function addMember(frame, value, _line) {
    if (frame.kind === 'object' || frame.key !== undefined) {
        frame.members.push({ key: frame.key ?? '', value });
        frame.key = undefined;
    }
    else
        frame.members.push({ value });
}
/** The value a closed literal frame stands for. */
function frameValue(frame) {
    const members = frame.members.map((m) => ({ key: m.key, value: m.value === UNKNOWN ? null : m.value }));
    if (frame.kind === 'object')
        return objectOf(members);
    if (frame.kind === 'r-call')
        return rValue(frame.call ?? 'c', members);
    return members.map((m) => m.value);
}
function objectOf(members) {
    const out = Object.create(null);
    for (const m of members)
        out[m.key ?? ''] = m.value;
    return out;
}
/** R: `c()` is a vector, `list()` a list (named: an object), a data frame its rows. */
function rValue(call, members) {
    if (call === 'tribble') {
        const columns = members.filter((m) => m.key === '~').map((m) => String(m.value));
        const values = members.filter((m) => m.key !== '~').map((m) => m.value);
        if (columns.length === 0)
            return values;
        const rows = [];
        for (let i = 0; i < values.length; i += columns.length) {
            rows.push(objectOf(columns.map((c, j) => ({ key: c, value: values[i + j] ?? null }))));
        }
        return rows;
    }
    const named = members.length > 0 && members.every((m) => m.key !== undefined && m.key !== '');
    if (call === 'c')
        return members.flatMap((m) => (Array.isArray(m.value) ? m.value : [m.value]));
    if (!named)
        return members.map((m) => m.value);
    const object = objectOf(members);
    if (call === 'data.frame' || call === 'tibble' || call === 'data_frame' || call === 'data.table')
        return columnsToRows(object) ?? object;
    if (call === 'structure')
        return members[0]?.value ?? object;
    return object;
}
/**
 * An R data frame's columns: at least two columns of scalars with the same length (a lone
 * scalar is recycled, as R does) → rows. Other column layouts are the JSON walk's (json-layouts.ts).
 */
function columnsToRows(value) {
    const keys = Object.keys(value);
    if (keys.length < 2)
        return undefined;
    let length = 0;
    for (const k of keys) {
        const v = value[k];
        if (Array.isArray(v)) {
            if (!v.every((x) => x === null || typeof x !== 'object'))
                return undefined;
            if (length && v.length !== length && v.length !== 1)
                return undefined;
            length = Math.max(length, v.length);
        }
        else if (v !== null && typeof v === 'object')
            return undefined;
    }
    if (length < 2)
        return undefined;
    const rows = [];
    for (let i = 0; i < length; i++) {
        const row = Object.create(null);
        for (const k of keys) {
            const v = value[k];
            row[k] = Array.isArray(v) ? (v.length === 1 ? v[0] : v[i]) : v;
        }
        rows.push(row);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/readers/text/code/sql.ts

class InsertReader {
    sink;
    entry;
    state = 'idle';
    tableName = [];
    columns = [];
    cells = [];
    cell = [];
    cellNull = false;
    negative = false;
    depth = 0;
    open;
    constructor(sink, entry) {
        this.sink = sink;
        this.entry = entry;
    }
    /** Whether the token was taken as part of an INSERT statement. */
    take(token) {
        const word = token.kind === 'word' ? token.text.toLowerCase() : undefined;
        const punct = token.kind === 'punct' ? token.text : undefined;
        switch (this.state) {
            case 'idle':
                if (word !== 'insert')
                    return false;
                this.state = 'table';
                this.tableName = [];
                this.columns = [];
                return true;
            case 'table':
                if (word === 'values')
                    this.state = 'tuples';
                else if (punct === '(')
                    this.state = 'columns';
                else if (word === 'select' || word === 'set' || word === 'default')
                    return this.abort();
                else if (token.kind === 'word' &&
                    !['into', 'ignore', 'or', 'replace', 'low_priority', 'delayed', 'high_priority', 'only'].includes(word))
                    this.tableName.push(token.text);
                else if (punct !== '.' && token.kind !== 'word')
                    return this.abort();
                return true;
            case 'columns':
                if (token.kind === 'word')
                    this.columns.push(token.text);
                else if (punct === ')')
                    this.state = 'values';
                else if (punct !== ',')
                    return this.abort();
                return true;
            case 'values':
                if (word === 'values') {
                    this.state = 'tuples';
                    return true;
                }
                return this.abort();
            case 'tuples':
                if (punct === '(') {
                    this.state = 'tuple';
                    this.depth = 1;
                    this.cells = [];
                    this.startCell();
                    return true;
                }
                if (punct === ',')
                    return true;
                this.state = 'idle';
                return punct === ';';
            case 'tuple':
                return this.inTuple(token, word, punct);
        }
    }
    finish() {
        this.open?.rows.end();
        this.open = undefined;
        this.state = 'idle';
    }
    abort() {
        this.state = 'idle';
        return false;
    }
    startCell() {
        this.cell = [];
        this.cellNull = false;
        this.negative = false;
    }
    endCell() {
        this.cells.push(this.cellNull && this.cell.length === 0 ? null : this.cell.length === 1 ? this.cell[0] : this.cell.join(' '));
        this.startCell();
    }
    inTuple(token, word, punct) {
        if (punct === '(')
            this.depth++;
        else if (punct === ')') {
            this.depth--;
            if (this.depth === 0) {
                this.endCell();
                this.row();
                this.state = 'tuples';
            }
        }
        else if (punct === ',' && this.depth === 1)
            this.endCell();
        else if (punct === '-')
            this.negative = true;
        else if (token.kind === 'string')
            this.cell.push(token.text);
        else if (token.kind === 'number') {
            const v = numberValue(token.text, this.negative);
            if (v !== null && typeof v !== 'boolean')
                this.cell.push(v);
            this.negative = false;
        }
        else if (word === 'null')
            this.cellNull = true;
        else if (word === 'true' || word === 'false')
            this.cell.push(word);
        return true;
    }
    row() {
        const key = `${this.tableName.join('.')}\u0000${this.columns.join('\u0000')}`;
        if (!this.open || this.open.key !== key) {
            this.open?.rows.end();
            const rows = this.columns.length
                ? this.sink.beginTable({ surface: 'cells', shape: 'records', header: [...this.columns], lettered: false, entry: this.entry })
                : this.sink.beginTable({ surface: 'cells', shape: 'grid', lettered: false, entry: this.entry });
            this.open = { key, rows, count: 0 };
        }
        this.open.rows.row(++this.open.count, this.cells);
    }
}

;// CONCATENATED MODULE: ./src/readers/text/code/tokenize.ts
/**
 * A bounded, hand-written tokenizer for source code: JavaScript/TypeScript (with JSX and
 * template literals), Python, R, Ruby, PHP, SQL and shell. It never executes or evaluates
 * anything; it only tells strings, comments and text (JSX text, PHP's inline HTML) apart from
 * identifiers, numbers and punctuation, with the 1-based line each token starts on.
 *
 * One pass, no backtracking: every character is looked at a bounded number of times. Text the
 * tokenizer cannot make sense of (an unclosed string or comment) runs to the end of the file as
 * that token, so nothing is lost. Nesting (templates in JSX in templates) is a mode stack with
 * a cap; past the cap the rest of the file is one text token.
 */
/** Deepest nesting of templates and JSX the tokenizer follows. */
const MAX_MODES = 256;
const REGEX_AFTER_WORDS = new Set([
    'return',
    'typeof',
    'instanceof',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'case',
    'do',
    'else',
    'yield',
    'await',
    'and',
    'or',
    'not',
    'when',
    'if',
    'unless',
    'while',
]);
const MULTI_PUNCT = ['...', '=>', '<-', '->', '::', '<<', '>>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.'];
const PY_PREFIX = /^(?:[rbuf]|rb|br|fr|rf)$/i;
const isDigit = (c) => c >= 48 && c <= 57;
const isIdentStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
const isIdentPart = (c) => isIdentStart(c) || isDigit(c);
const isSpace = (c) => c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;
function* tokenize(text, language, options = {}) {
    const t = new Tokenizer(text, language, options.jsx ?? false);
    yield* t.run();
}
class Tokenizer {
    src;
    lang;
    jsx;
    pos = 0;
    line = 1;
    modes = [{ kind: 'code', braces: 0 }];
    /** The last token that was not a comment: decides regex versus division, JSX versus less-than. */
    last;
    /** Heredoc terminators waiting for the end of the current line. */
    heredocs = [];
    hashComments;
    constructor(src, lang, jsx) {
        this.src = src;
        this.lang = lang;
        this.jsx = jsx;
        this.hashComments = lang === 'py' || lang === 'r' || lang === 'rb' || lang === 'sh' || lang === 'php';
    }
    *run() {
        if (this.lang === 'php')
            yield* this.phpOutside();
        while (this.pos < this.src.length) {
            const mode = this.modes[this.modes.length - 1];
            if (this.modes.length > MAX_MODES) {
                yield this.make('text', this.src.slice(this.pos), this.line);
                this.pos = this.src.length;
                return;
            }
            if (mode.kind === 'template')
                yield* this.template();
            else if (mode.kind === 'jsx')
                yield* this.jsxStep(mode);
            else
                yield* this.codeStep(mode);
        }
    }
    make(kind, text, line) {
        const token = { kind, text, line };
        if (kind !== 'comment')
            this.last = token;
        return token;
    }
    advanceTo(end) {
        const s = this.src.slice(this.pos, end);
        for (let i = this.src.indexOf('\n', this.pos); i >= 0 && i < end; i = this.src.indexOf('\n', i + 1))
            this.line++;
        this.pos = end;
        return s;
    }
    /** PHP: everything outside `<?php ... ?>` is inline HTML, read as text. */
    *phpOutside() {
        const open = this.src.indexOf('<?', this.pos);
        const end = open < 0 ? this.src.length : open;
        const line = this.line;
        const html = this.advanceTo(end);
        if (html.trim())
            yield this.make('text', html, line);
        if (open >= 0)
            this.pos += this.src.startsWith('<?php', this.pos) ? 5 : this.src.startsWith('<?=', this.pos) ? 3 : 2;
    }
    regexAllowed() {
        const last = this.last;
        if (!last)
            return true;
        if (last.kind === 'word')
            return REGEX_AFTER_WORDS.has(last.text);
        if (last.kind === 'punct')
            return !(last.text === ')' || last.text === ']' || last.text === '}');
        return last.kind === 'code-open' || last.kind === 'opaque';
    }
    *codeStep(mode) {
        const src = this.src;
        const c = src.charCodeAt(this.pos);
        if (c === 10) {
            this.pos++;
            this.line++;
            if (this.heredocs.length)
                yield* this.heredocBodies();
            return;
        }
        if (isSpace(c)) {
            this.pos++;
            return;
        }
        const line = this.line;
        const ch = src[this.pos];
        const next = src[this.pos + 1];
        // Comments.
        if ((ch === '/' &&
            next === '/' &&
            this.lang !== 'py' &&
            this.lang !== 'r' &&
            this.lang !== 'sh' &&
            this.lang !== 'sql' &&
            this.lang !== 'rb') ||
            (ch === '-' && next === '-' && this.lang === 'sql')) {
            const end = this.lineEnd(this.pos);
            yield this.make('comment', this.advanceTo(end).slice(2), line);
            return;
        }
        if (ch === '/' && next === '*' && (this.lang === 'js' || this.lang === 'ts' || this.lang === 'php' || this.lang === 'sql')) {
            const close = src.indexOf('*/', this.pos + 2);
            const end = close < 0 ? src.length : close + 2;
            yield this.make('comment', this.advanceTo(end).slice(2, close < 0 ? undefined : -2), line);
            return;
        }
        if (ch === '#' &&
            this.hashComments &&
            !(this.lang === 'php' && next === '[') &&
            !(this.lang === 'sh' && this.pos > 0 && !isSpace(src.charCodeAt(this.pos - 1)))) {
            const end = this.lineEnd(this.pos);
            yield this.make('comment', this.advanceTo(end).slice(1), line);
            return;
        }
        if (this.lang === 'rb' && ch === '=' && src.startsWith('=begin', this.pos) && (this.pos === 0 || src[this.pos - 1] === '\n')) {
            const close = src.indexOf('\n=end', this.pos);
            const end = close < 0 ? src.length : this.lineEnd(close + 1);
            yield this.make('comment', this.advanceTo(end), line);
            return;
        }
        if (this.lang === 'php' && ch === '?' && next === '>') {
            this.pos += 2;
            yield this.make('punct', ';', line);
            yield* this.phpOutside();
            return;
        }
        // Strings.
        if (ch === '"' ||
            ch === "'" ||
            (ch === '`' && (this.lang === 'js' || this.lang === 'ts' || this.lang === 'sh' || this.lang === 'rb'))) {
            if (ch === '`' && (this.lang === 'js' || this.lang === 'ts')) {
                this.pos++;
                this.modes.push({ kind: 'template' });
                return;
            }
            if (this.lang === 'sql' && ch === '"') {
                // A quoted identifier.
                yield this.make('word', this.quoted(ch, false, true), line);
                return;
            }
            if (this.lang === 'py' && src.startsWith(ch.repeat(3), this.pos)) {
                yield this.make('string', this.tripleQuoted(ch, false), line);
                return;
            }
            const singleLine = this.lang === 'js' || this.lang === 'ts' || this.lang === 'py';
            yield this.make('string', this.quoted(ch, singleLine, this.lang === 'sql'), line);
            return;
        }
        if (this.lang === 'sql' && ch === '`') {
            yield this.make('word', this.quoted(ch, false, true), line);
            return;
        }
        if (this.lang === 'sql' && ch === '$') {
            const tag = /^\$[A-Za-z_]*\$/.exec(src.slice(this.pos, this.pos + 64));
            if (tag) {
                const close = src.indexOf(tag[0], this.pos + tag[0].length);
                const end = close < 0 ? src.length : close + tag[0].length;
                const body = this.advanceTo(end);
                yield this.make('string', body.slice(tag[0].length, close < 0 ? undefined : -tag[0].length), line);
                return;
            }
        }
        // Heredocs (Ruby, PHP, shell): the body starts on the next line.
        if (ch === '<' && next === '<' && (this.lang === 'rb' || this.lang === 'php' || this.lang === 'sh')) {
            const m = /^<<<?([~-]?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(src.slice(this.pos, this.pos + 80));
            if (m && (this.lang !== 'rb' || /^[A-Z_]/.test(m[3]))) {
                this.pos += m[0].length;
                this.heredocs.push({ id: m[3], indented: m[1] !== '' || this.lang === 'php' });
                this.last = { kind: 'punct', text: '<<', line };
                return;
            }
        }
        // Numbers.
        if (isDigit(c) || (ch === '.' && next !== undefined && isDigit(next.charCodeAt(0)))) {
            let end = this.pos + 1;
            while (end < src.length) {
                const d = src.charCodeAt(end);
                if (isIdentPart(d) || d === 46)
                    end++;
                else if ((d === 43 || d === 45) && /[eE]/.test(src[end - 1]) && !/^0[xX]/.test(src.slice(this.pos, end)))
                    end++;
                else
                    break;
            }
            yield this.make('number', this.advanceTo(end), line);
            return;
        }
        // Identifiers (PHP variables keep their `$`; R names may hold dots).
        if (isIdentStart(c) || (this.lang === 'r' && ch === '.' && next !== undefined && isIdentStart(next.charCodeAt(0)))) {
            let end = this.pos + 1;
            while (end < src.length && (isIdentPart(src.charCodeAt(end)) || (this.lang === 'r' && src[end] === '.')))
                end++;
            const word = src.slice(this.pos, end);
            const after = src[end];
            if (this.lang === 'py' && (after === '"' || after === "'") && PY_PREFIX.test(word)) {
                this.pos = end;
                const raw = /r/i.test(word);
                yield this.make('string', src.startsWith(after.repeat(3), end) ? this.tripleQuoted(after, raw) : this.quoted(after, true, false, raw), line);
                return;
            }
            this.pos = end;
            yield this.make('word', word, line);
            return;
        }
        if (this.lang === 'r' && ch === '`') {
            yield this.make('word', this.quoted('`', false, false, true), line);
            return;
        }
        // Regular expressions (JavaScript, Ruby): opaque.
        if (ch === '/' && (this.lang === 'js' || this.lang === 'ts' || this.lang === 'rb') && this.regexAllowed()) {
            const end = this.regexEnd(this.pos + 1);
            if (end > 0) {
                this.advanceTo(end);
                yield this.make('opaque', 'regex', line);
                return;
            }
        }
        // JSX.
        if (ch === '<' && this.jsx && this.regexAllowed() && next !== undefined && (next === '>' || isIdentStart(next.charCodeAt(0)))) {
            this.modes.push({ kind: 'jsx', depth: 0, inTag: false, closing: false });
            yield this.make('opaque', 'jsx', line);
            return;
        }
        // Braces that end an embedded expression.
        if (ch === '{')
            mode.braces++;
        if (ch === '}') {
            if (mode.braces === 0 && mode.closes) {
                this.pos++;
                this.modes.pop();
                yield this.make('code-close', '}', line);
                return;
            }
            mode.braces = Math.max(0, mode.braces - 1);
        }
        const multi = MULTI_PUNCT.find((p) => src.startsWith(p, this.pos));
        const punct = multi ?? ch;
        this.pos += punct.length;
        yield this.make('punct', punct, line);
    }
    lineEnd(from) {
        const nl = this.src.indexOf('\n', from);
        return nl < 0 ? this.src.length : nl;
    }
    /** A quoted string from the opening quote; returns its content with escapes decoded. */
    quoted(quote, singleLine, doubledEscape, raw = false) {
        const src = this.src;
        let i = this.pos + 1;
        const out = [];
        let start = i;
        while (i < src.length) {
            const c = src[i];
            if (c === '\\' && !raw && !doubledEscape) {
                out.push(src.slice(start, i), decodeEscape(src, i));
                i += escapeLength(src, i);
                start = i;
                continue;
            }
            if (c === quote) {
                if (doubledEscape && src[i + 1] === quote) {
                    out.push(src.slice(start, i + 1));
                    i += 2;
                    start = i;
                    continue;
                }
                out.push(src.slice(start, i));
                this.advanceTo(i + 1);
                return out.join('');
            }
            if (c === '\n' && singleLine)
                break;
            i++;
        }
        // Unclosed: the string runs to the line end (single-line strings) or to the end of the file.
        out.push(src.slice(start, i));
        this.advanceTo(i);
        return out.join('');
    }
    tripleQuoted(quote, raw) {
        const fence = quote.repeat(3);
        const close = this.src.indexOf(fence, this.pos + 3);
        const end = close < 0 ? this.src.length : close + 3;
        const body = this.advanceTo(end).slice(3, close < 0 ? undefined : -3);
        return raw ? body : body.replace(/\\(["'\\])/g, '$1');
    }
    /** The end of a regular expression literal starting after its `/`, or -1 when it is not one. */
    regexEnd(from) {
        const src = this.src;
        let inClass = false;
        for (let i = from; i < src.length; i++) {
            const c = src[i];
            if (c === '\n')
                return -1;
            if (c === '\\')
                i++;
            else if (c === '[')
                inClass = true;
            else if (c === ']')
                inClass = false;
            else if (c === '/' && !inClass) {
                let end = i + 1;
                while (end < src.length && /[a-z]/i.test(src[end]))
                    end++;
                return end;
            }
        }
        return -1;
    }
    /** Bodies of heredocs opened on the line that just ended, each one string token. */
    *heredocBodies() {
        const pending = this.heredocs;
        this.heredocs = [];
        for (const doc of pending) {
            const line = this.line;
            const bodyStart = this.pos;
            let at = bodyStart;
            let end = this.src.length;
            let next = this.src.length;
            while (at < this.src.length) {
                const nl = this.lineEnd(at);
                const text = this.src.slice(at, nl).replace(/\r$/, '');
                const candidate = doc.indented ? text.trim() : text;
                if (candidate === doc.id || (doc.indented && candidate.startsWith(doc.id) && /^[;,)\s]*$/.test(candidate.slice(doc.id.length)))) {
                    end = at;
                    next = nl;
                    break;
                }
                at = nl + 1;
            }
            const body = this.src.slice(bodyStart, end);
            this.advanceTo(Math.min(next, this.src.length));
            yield this.make('string', body, line);
        }
    }
    /** Inside a template literal: static text up to `${` or the closing backtick. */
    *template() {
        const src = this.src;
        const line = this.line;
        const out = [];
        let i = this.pos;
        let start = i;
        while (i < src.length) {
            const c = src[i];
            if (c === '\\') {
                out.push(src.slice(start, i), decodeEscape(src, i));
                i += escapeLength(src, i);
                start = i;
            }
            else if (c === '`') {
                out.push(src.slice(start, i));
                this.advanceTo(i + 1);
                this.modes.pop();
                yield this.make('string', out.join(''), line);
                return;
            }
            else if (c === '$' && src[i + 1] === '{') {
                out.push(src.slice(start, i));
                this.advanceTo(i + 2);
                const text = out.join('');
                if (text)
                    yield this.make('string', text, line);
                this.modes.push({ kind: 'code', braces: 0, closes: 'template' });
                yield this.make('code-open', '${', this.line);
                return;
            }
            else
                i++;
        }
        out.push(src.slice(start, i));
        this.advanceTo(i);
        this.modes.pop();
        yield this.make('string', out.join(''), line);
    }
    /** One step of JSX: a tag's name and attributes, or children text. */
    *jsxStep(mode) {
        const src = this.src;
        if (!mode.inTag) {
            // Children (or the start of the root tag).
            if (mode.depth > 0) {
                let end = this.pos;
                while (end < src.length && src[end] !== '<' && src[end] !== '{')
                    end++;
                const line = this.line;
                const text = this.advanceTo(end);
                if (text.trim())
                    yield this.make('text', text, line);
                if (end >= src.length)
                    return;
                if (src[end] === '{') {
                    this.pos++;
                    this.modes.push({ kind: 'code', braces: 0, closes: 'jsx' });
                    yield this.make('code-open', '{', this.line);
                    return;
                }
            }
            // At `<`.
            this.pos++;
            mode.inTag = true;
            mode.closing = src[this.pos] === '/';
            if (mode.closing)
                this.pos++;
            const name = /^[A-Za-z0-9_$.:-]*/.exec(src.slice(this.pos, this.pos + 200))[0];
            this.pos += name.length;
            return;
        }
        // Inside a tag: attributes up to `>` or `/>`.
        const c = src[this.pos];
        if (c === '\n') {
            this.line++;
            this.pos++;
            return;
        }
        if (isSpace(c.charCodeAt(0))) {
            this.pos++;
            return;
        }
        const line = this.line;
        if (c === '/' && src[this.pos + 1] === '>') {
            this.pos += 2;
            mode.inTag = false;
            if (mode.depth === 0)
                this.endJsx();
            return;
        }
        if (c === '>') {
            this.pos++;
            mode.inTag = false;
            if (mode.closing) {
                mode.depth--;
                if (mode.depth <= 0)
                    this.endJsx();
            }
            else
                mode.depth++;
            return;
        }
        if (c === '"' || c === "'") {
            yield this.make('string', this.quoted(c, false, false, true), line);
            return;
        }
        if (c === '{') {
            this.pos++;
            this.modes.push({ kind: 'code', braces: 0, closes: 'jsx' });
            yield this.make('code-open', '{', line);
            return;
        }
        // An attribute name, `=`, or anything else in a tag.
        let end = this.pos + 1;
        while (end < src.length && !/[\s=/>{"']/.test(src[end]))
            end++;
        this.advanceTo(end);
    }
    endJsx() {
        this.modes.pop();
        this.last = { kind: 'punct', text: ')', line: this.line };
    }
}
function escapeLength(src, at) {
    const c = src[at + 1];
    if (c === 'u' && src[at + 2] === '{') {
        const close = src.indexOf('}', at + 3);
        return close > 0 && close - at < 12 ? close - at + 1 : 2;
    }
    if (c === 'u')
        return /^[0-9a-fA-F]{4}$/.test(src.slice(at + 2, at + 6)) ? 6 : 2;
    if (c === 'x')
        return /^[0-9a-fA-F]{2}$/.test(src.slice(at + 2, at + 4)) ? 4 : 2;
    if (c === '\r' && src[at + 2] === '\n')
        return 3;
    return c === undefined ? 1 : 2;
}
function decodeEscape(src, at) {
    const c = src[at + 1];
    const n = escapeLength(src, at);
    switch (c) {
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'r':
            return '\r';
        case '\n':
        case '\r':
            return '';
        case 'u':
        case 'x': {
            if (n === 2)
                return c;
            const hex = src.slice(at + 2, at + n).replace(/[{}]/g, '');
            const code = Number.parseInt(hex, 16);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
        case undefined:
            return '';
        default:
            return c;
    }
}

// EXTERNAL MODULE: ./src/readers/text/code/languages.ts
var languages = __webpack_require__(2637);
;// CONCATENATED MODULE: ./src/readers/text/code/index.ts
/**
 * Source code (JavaScript/TypeScript and JSX, Python, R, Ruby, PHP, SQL, shell) read as what a
 * person could hide data in, never as delimited text:
 * - string literals, comments, JSX text and PHP's inline HTML are prose, with their lines;
 * - data literals are tables (an array of objects, a JSON object assigned to a variable, a
 *   dict of columns, an R data frame, SQL `INSERT ... VALUES`), walked like JSON (json.ts);
 * - a string that is itself JSON (bundlers ship data as `JSON.parse('...')`) is walked too;
 * - identifiers, operators and numbers outside literals are code, not prose (a float such as
 *   `621987552E5` in a minified bundle is no identifier), except plain integers beside strings;
 * - a line with several words or numbers and no code punctuation at all (a roster pasted into
 *   a script, a CSV named .py) is prose as it stands, so nothing written outside strings hides.
 * Shell scripts are prose as a whole (their unquoted words are data).
 */







const readCode = async (input, sink, context) => {
    const kind = (0,languages/* languageByName */.H)(input.name) ?? { language: 'js', jsx: false };
    if (kind.language === 'sh') {
        await (0,text_text/* readText */.yR)(input, sink, context);
        return;
    }
    const text = await (0,json.readWholeText)(input);
    const resolved = (0,languages/* languageByName */.H)(input.name) ? kind : ((0,languages/* languageByContent */.d)(text) ?? kind);
    readSource(text, resolved, sink, { entry: input.entry, maxDepth: context.limits.maxNestingDepth });
};
/** One token of a class list or a key: lower case, digits and the punctuation CSS classes use. */
const CLASS_TOKEN = /^[a-z0-9!][a-z0-9:/.[\]%#_!-]*$/;
/**
 * A string of CSS classes or keys ("font-heading text-2xl mb-4", "bg-white border"): every
 * token lower case with no letter of a name's shape, at least one with a hyphen or a digit,
 * and none a value (a date, a number, a long run of digits).
 * Not prose: it would run into the text on its line ("… mb-4 Asylum Grants vs Denials").
 */
function isClassList(piece) {
    // A value in lower case is never taken for classes: a long run of digits ("a123456789"), a
    // token of digits and separators only (a date, a number).
    if (/\d{5,}/.test(piece))
        return false;
    const tokens = piece.trim().split(/\s+/);
    if (tokens.length > 200)
        return false;
    return tokens.every((t) => CLASS_TOKEN.test(t) && !/^[\d./:-]+$/.test(t)) && tokens.some((t) => /[-\d:]/.test(t));
}
/** Punctuation that only code has: a line without any of it is not code. */
const CODE_PUNCT = new Set(['=', '(', ')', '{', '}', '[', ']', ';', '=>', '<-', '->', '::', '==', '<', '>', ':']);
/** Read source text of a known language into the sink. */
function readSource(text, kind, sink, options) {
    const offset = options.lineOffset ?? 0;
    const pieces = [];
    const lineWords = [];
    const linePunct = [];
    const addProse = (piece, line) => {
        if (!piece.trim() || isClassList(piece))
            return;
        if (looksLikeJsonData(piece) && walkJsonString(piece, line + offset, sink, options))
            return;
        pieces.push({ line, text: piece });
    };
    const finder = new LiteralFinder({
        onData: (value, scalars, line) => emitData(value, scalars, line, sink, options),
        onProse: addProse,
    }, { maxDepth: options.maxDepth, language: kind.language });
    const inserts = kind.language === 'sql' ? new InsertReader(sink, options.entry) : undefined;
    const count = (token) => {
        if (token.kind === 'word' || token.kind === 'number')
            lineWords[token.line] = (lineWords[token.line] ?? 0) + 1;
        else if (token.kind !== 'string' && (token.kind !== 'punct' || CODE_PUNCT.has(token.text)))
            linePunct[token.line] = (linePunct[token.line] ?? 0) + 1;
    };
    try {
        for (const token of tokenize(text, kind.language, { jsx: kind.jsx })) {
            if (token.kind === 'comment' || token.kind === 'text') {
                addProse(token.text, token.line);
                continue;
            }
            count(token);
            if (inserts?.take(token))
                continue;
            finder.push(token);
        }
    }
    finally {
        finder.finish();
        inserts?.finish();
        emitPieces(text, pieces, lineWords, linePunct, sink, options);
    }
}
/** Prose pieces in line order; a line of words with no code punctuation is taken whole. */
function emitPieces(text, pieces, lineWords, linePunct, sink, options) {
    const offset = options.lineOffset ?? 0;
    const stray = new Set();
    lineWords.forEach((words, line) => {
        if (words >= 3 && !linePunct[line])
            stray.add(line);
    });
    // A stray line already carries its own strings: its pieces give way to the whole line.
    const kept = stray.size ? pieces.filter((p) => !stray.has(p.line)) : pieces;
    if (stray.size) {
        const lines = text.split('\n');
        for (const line of stray)
            kept.push({ line, text: lines[line - 1] ?? '' });
    }
    kept.sort((a, b) => a.line - b.line);
    // Pieces on nearby lines go out together, line breaks in place, so that a sentence split over
    // strings on consecutive lines is read as one text.
    let chunk = [];
    let first = 0;
    let current = 0;
    let size = 0;
    const flush = () => {
        if (chunk.length)
            (0,text_text/* emitProse */.Tf)(sink, chunk.join(''), { surface: 'text', line: first + offset, entry: options.entry, fromCode: true });
        chunk = [];
        size = 0;
    };
    for (const p of kept) {
        if (chunk.length && (p.line - current > 20 || size > 256 * 1024))
            flush();
        if (!chunk.length)
            first = current = p.line;
        else if (p.line > current) {
            chunk.push('\n'.repeat(p.line - current));
            current = p.line;
        }
        else
            chunk.push(' ');
        chunk.push(p.text);
        size += p.text.length;
        current += (0,text_text/* countNewlines */.Dn)(p.text);
    }
    flush();
}
/** A string that holds a JSON array or object (bundlers ship data as `JSON.parse('[...]')`). */
function looksLikeJsonData(text) {
    const t = text.trimStart();
    return t.length >= 16 && (/^\{\s*"/.test(t) || /^\[\s*[[{"]/.test(t));
}
function walkJsonString(text, line, sink, options) {
    if ((0,json.exceedsDepth)(text, options.maxDepth))
        return false;
    const value = (0,json.parseJsonText)(text);
    if (value === undefined || value === null || typeof value !== 'object')
        return false;
    emitValue(value, undefined, line, sink, options);
    return true;
}
/** A literal found in code: skipped when it holds no text at all (only numbers and booleans). */
function emitData(value, scalars, line, sink, options) {
    const hasKeys = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
    if (!hasKeys && !scalars.some((s) => typeof s.value === 'string') && !containsObject(value))
        return;
    emitValue(value, placedFinder(scalars), line + (options.lineOffset ?? 0), sink, options);
}
function containsObject(value) {
    return Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
}
/** The JSON walk: records, column layouts and lists of rows are tables, the rest prose. */
function emitValue(value, lines, line, sink, options) {
    (0,json.walkStructured)(value, sink, {
        entry: options.entry,
        maxDepth: options.maxDepth,
        lines: lines ?? fixedLine(line),
        lineOffset: lines ? (options.lineOffset ?? 0) : 0,
    });
}
function fixedLine(line) {
    return { lineOf: () => line };
}
/** Lines of a literal's scalars, looked up in document order (a bounded look-ahead). */
function placedFinder(scalars) {
    let cursor = 0;
    return {
        lineOf(value) {
            // The walk takes an object's own scalars before its children's: look ahead, then back.
            const wanted = String(value);
            for (let i = cursor; i < scalars.length && i < cursor + 1000; i++) {
                if (String(scalars[i].value) === wanted) {
                    cursor = i + 1;
                    return scalars[i].line;
                }
            }
            for (let i = Math.max(0, cursor - 1000); i < cursor; i++)
                if (String(scalars[i].value) === wanted)
                    return scalars[i].line;
            return undefined;
        },
    };
}


/***/ })

};
