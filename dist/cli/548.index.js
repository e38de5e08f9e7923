export const id = 548;
export const ids = [548];
export const modules = {

/***/ 7548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT_BLOCK: () => (/* binding */ EXIT_BLOCK),
  EXIT_PASS: () => (/* binding */ EXIT_PASS),
  EXIT_USAGE: () => (/* binding */ EXIT_USAGE),
  STDIN_PATH: () => (/* binding */ STDIN_PATH),
  render: () => (/* binding */ render),
  runCli: () => (/* binding */ runCli),
  useColor: () => (/* binding */ useColor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
;// CONCATENATED MODULE: ./src/core/verdict.ts

/** A finding blocks when it reaches the fail level and nobody accepted it. */
function findingBlocks(finding, policy) {
    return !finding.accepted && (0,model/* atLeast */.jZ)(finding.severity, policy.failOn);
}
/** How many things in this file block: blocking findings, plus the file itself when it was not read. */
function blockingCount(file, policy) {
    const own = file.status === 'not-inspected' && policy.notInspectedBlocks ? 1 : 0;
    return own + file.findings.filter((f) => findingBlocks(f, policy)).length;
}
function summarize(files, policy) {
    const bySeverity = Object.fromEntries(model/* SEVERITIES */.oC.map((s) => [s, 0]));
    let findings = 0;
    let blocking = 0;
    for (const file of files) {
        for (const f of file.findings) {
            bySeverity[f.severity] += 1;
            findings += 1;
        }
        blocking += blockingCount(file, policy);
    }
    return {
        files: files.length,
        scanned: files.filter((f) => f.status === 'scanned').length,
        skipped: files.filter((f) => f.status === 'skipped').length,
        notInspected: files.filter((f) => f.status === 'not-inspected').length,
        findings,
        blocking,
        bySeverity,
    };
}
function verdict_buildReport(files, policy, tool) {
    return {
        tool,
        failOn: policy.failOn,
        notInspectedBlocks: policy.notInspectedBlocks,
        files,
        summary: summarize(files, policy),
    };
}

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
;// CONCATENATED MODULE: ./src/core/tool.ts
/** The tool's name and version as reports show them. Kept in step with package.json by a test. */
const tool_TOOL = { name: 'asylum-pii-gate', version: '0.1.0' };

// EXTERNAL MODULE: ./src/config/scan-options.ts
var scan_options = __webpack_require__(5702);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/action-config.ts
/**
 * The Action's config file (default `.github/asylum-pii-gate.yml`, read from the BASE branch so
 * that a pull request cannot switch the gate off). Its schema and defaults live here and only
 * here; it is validated with plain TypeScript and every error names a field, never a value.
 *
 * ```yaml
 * allowlist:                      # paths never scanned (minimatch, dot + nocase)
 *   - path: "research/aggregates/**"
 *     reason: "Published aggregate tables, reviewed by the privacy office"
 * severity:                       # raise or lower a rule's severity
 *   person-record.names-only: warning
 * header-synonyms:                # extra header words per column kind
 *   a-number: ["expediente", "numero de caso"]
 * custom-recognizers:             # a regex and/or header words that mark a column
 *   - id: local-case-id
 *     pattern: "LC-[0-9]{7}"
 *     headers: ["local case"]
 *     kind: subject-id
 * accepted-findings:              # findings accepted by fingerprint, until an expiry date
 *   - fingerprint: 3f9c0a1b2c3d4e5f60718293
 *     reason: "Consent on file, ticket PRIV-42"
 *     approver: octo-privacy
 *     expires: 2027-01-31
 * ```
 */


const DEFAULT_CONFIG_PATH = '.github/asylum-pii-gate.yml';
/** The defaults: no allowlist, no overrides, nothing accepted. */
const DEFAULT_ACTION_CONFIG = Object.freeze({
    allowlist: [],
    severity: {},
    headerSynonyms: {},
    customRecognizers: [],
    acceptedFindings: [],
});
function defaultActionConfig() {
    return { allowlist: [], severity: {}, headerSynonyms: {}, customRecognizers: [], acceptedFindings: [] };
}
const TOP_KEYS = ['allowlist', 'severity', 'header-synonyms', 'custom-recognizers', 'accepted-findings'];
const MAX_PATTERN_LENGTH = 500;
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function nonEmptyString(value) {
    return typeof value === 'string' && value.trim().length > 0;
}
/** Field names are shown bounded and flattened: a config key is text from the repository. */
function safeKey(key) {
    const flat = key.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
function isIsoDate(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
        return false;
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
function listOf(value, field, errors) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        errors.push(`${field} must be a list`);
        return [];
    }
    return value;
}
function parseAllowlist(value, errors) {
    const out = [];
    listOf(value, 'allowlist', errors).forEach((item, i) => {
        const where = `allowlist[${i}]`;
        if (!isRecord(item))
            return void errors.push(`${where} must be a mapping with path and reason`);
        if (!nonEmptyString(item.path))
            errors.push(`${where}.path must be a non-empty glob`);
        if (!nonEmptyString(item.reason))
            errors.push(`${where}.reason is required: say why the path is safe`);
        if (nonEmptyString(item.path) && nonEmptyString(item.reason))
            out.push({ path: item.path.trim(), reason: item.reason.trim() });
    });
    return out;
}
function parseSeverity(value, errors) {
    const out = {};
    if (value === undefined || value === null)
        return out;
    if (!isRecord(value)) {
        errors.push('severity must be a mapping of rule id to severity');
        return out;
    }
    for (const [rule, sev] of Object.entries(value)) {
        if (!model/* RULES */.y0.includes(rule))
            errors.push(`severity: unknown rule '${safeKey(rule)}'`);
        else if (!(0,model/* isSeverity */._Z)(sev))
            errors.push(`severity.${rule} must be one of notice, warning, high, critical`);
        else
            out[rule] = sev;
    }
    return out;
}
function parseSynonyms(value, errors) {
    const out = {};
    if (value === undefined || value === null)
        return out;
    if (!isRecord(value)) {
        errors.push('header-synonyms must be a mapping of column kind to a list of header words');
        return out;
    }
    for (const [kind, words] of Object.entries(value)) {
        if (!model/* COLUMN_KINDS */.Dg.includes(kind)) {
            errors.push(`header-synonyms: unknown column kind '${safeKey(kind)}'`);
            continue;
        }
        const list = Array.isArray(words) ? words : [words];
        if (!list.every(nonEmptyString)) {
            errors.push(`header-synonyms.${kind} must be a list of non-empty strings`);
            continue;
        }
        out[kind] = list.map((w) => w.trim());
    }
    return out;
}
function parseRecognizers(value, errors) {
    const out = [];
    const ids = new Set();
    listOf(value, 'custom-recognizers', errors).forEach((item, i) => {
        const where = `custom-recognizers[${i}]`;
        if (!isRecord(item))
            return void errors.push(`${where} must be a mapping with id, pattern and/or headers`);
        let ok = true;
        if (!nonEmptyString(item.id) || !/^[A-Za-z0-9._-]{1,64}$/.test(item.id)) {
            errors.push(`${where}.id must be 1-64 letters, digits, '.', '_' or '-'`);
            ok = false;
        }
        else if (ids.has(item.id)) {
            errors.push(`${where}.id is used twice`);
            ok = false;
        }
        const pattern = item.pattern;
        if (pattern !== undefined) {
            if (!nonEmptyString(pattern) || pattern.length > MAX_PATTERN_LENGTH) {
                errors.push(`${where}.pattern must be a regular expression of at most ${MAX_PATTERN_LENGTH} characters`);
                ok = false;
            }
            else {
                try {
                    new RegExp(pattern, 'u');
                }
                catch {
                    errors.push(`${where}.pattern is not a valid regular expression`);
                    ok = false;
                }
            }
        }
        const headers = item.headers;
        if (headers !== undefined && !(Array.isArray(headers) && headers.every(nonEmptyString))) {
            errors.push(`${where}.headers must be a list of non-empty strings`);
            ok = false;
        }
        if (pattern === undefined && headers === undefined) {
            errors.push(`${where} needs a pattern, headers, or both`);
            ok = false;
        }
        if (item.kind !== undefined && !model/* COLUMN_KINDS */.Dg.includes(item.kind)) {
            errors.push(`${where}.kind is not a known column kind`);
            ok = false;
        }
        if (!ok)
            return;
        ids.add(item.id);
        const r = { id: item.id };
        if (pattern !== undefined)
            r.pattern = pattern;
        if (headers !== undefined)
            r.headers = headers.map((h) => h.trim());
        if (item.kind !== undefined)
            r.kind = item.kind;
        out.push(r);
    });
    return out;
}
function parseAccepted(value, errors) {
    const out = [];
    listOf(value, 'accepted-findings', errors).forEach((item, i) => {
        const where = `accepted-findings[${i}]`;
        if (!isRecord(item))
            return void errors.push(`${where} must be a mapping with fingerprint, reason, approver and expires`);
        // YAML reads an unquoted 2027-01-31 as a Date: accept both.
        const expires = item.expires instanceof Date ? item.expires.toISOString().slice(0, 10) : item.expires;
        let ok = true;
        if (typeof item.fingerprint !== 'string' || !/^[0-9a-f]{8,64}$/i.test(item.fingerprint)) {
            errors.push(`${where}.fingerprint must be the hexadecimal fingerprint shown in the report`);
            ok = false;
        }
        if (!nonEmptyString(item.reason)) {
            errors.push(`${where}.reason is required`);
            ok = false;
        }
        if (!nonEmptyString(item.approver)) {
            errors.push(`${where}.approver is required`);
            ok = false;
        }
        if (typeof expires !== 'string' || !isIsoDate(expires)) {
            errors.push(`${where}.expires must be a date written yyyy-mm-dd`);
            ok = false;
        }
        if (item.count !== undefined && !(typeof item.count === 'number' && Number.isInteger(item.count) && item.count > 0)) {
            errors.push(`${where}.count must be a whole number of rows (the count shown in the report)`);
            ok = false;
        }
        if (!ok)
            return;
        out.push({
            fingerprint: item.fingerprint.toLowerCase(),
            reason: item.reason.trim(),
            approver: item.approver.trim(),
            expires: expires,
            ...(typeof item.count === 'number' ? { count: item.count } : {}),
        });
    });
    return out;
}
/** Validate an already-parsed document. An empty document is the defaults. */
function validateActionConfig(doc) {
    if (doc === undefined || doc === null)
        return { ok: true, config: defaultActionConfig() };
    if (!isRecord(doc))
        return { ok: false, errors: ['the config file must be a mapping at the top level'] };
    const errors = [];
    for (const key of Object.keys(doc)) {
        if (!TOP_KEYS.includes(key))
            errors.push(`unknown key '${safeKey(key)}' (known: ${TOP_KEYS.join(', ')})`);
    }
    const config = {
        allowlist: parseAllowlist(doc.allowlist, errors),
        severity: parseSeverity(doc.severity, errors),
        headerSynonyms: parseSynonyms(doc['header-synonyms'], errors),
        customRecognizers: parseRecognizers(doc['custom-recognizers'], errors),
        acceptedFindings: parseAccepted(doc['accepted-findings'], errors),
    };
    return errors.length ? { ok: false, errors } : { ok: true, config };
}
/** What a YAML error code means, in words of our own (the library's message quotes the text). */
const YAML_PROBLEMS = {
    BAD_INDENT: 'the indentation is wrong',
    TAB_AS_INDENT: 'a tab is used for indentation (use spaces)',
    DUPLICATE_KEY: 'a key appears twice in one mapping',
    MISSING_CHAR: 'a closing quote or bracket is missing',
    BAD_DQ_ESCAPE: 'a double-quoted string holds an invalid escape',
    BAD_ALIAS: 'an alias is not defined',
    MULTIPLE_DOCS: 'the file holds more than one YAML document',
    MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (a missing quote or colon?)',
    BLOCK_AS_IMPLICIT_KEY: 'a list or mapping is used as a key',
    UNEXPECTED_TOKEN: 'something unexpected follows',
    RESOURCE_EXHAUSTION: 'aliases expand beyond the limit',
    KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
};
/** 1-based line and column of a character offset. */
function lineColumn(text, offset) {
    const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
    const lastBreak = before.lastIndexOf('\n');
    return { line: before.split('\n').length, column: before.length - lastBreak };
}
/**
 * Parse YAML (or JSON) text. A syntax error is reported by line, column and the kind of problem
 * only: the library's message quotes the text, which is never repeated.
 */
function parseActionConfig(text) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { prettyErrors: false, maxAliasCount: 100 });
    }
    catch (error) {
        const e = error;
        const offset = Array.isArray(e.pos) && typeof e.pos[0] === 'number' ? e.pos[0] : undefined;
        const where = offset === undefined ? '' : ((p) => ` at line ${p.line}, column ${p.column}`)(lineColumn(text, offset));
        const what = typeof e.code === 'string' ? YAML_PROBLEMS[e.code] : undefined;
        return { ok: false, errors: [`the config file is not valid YAML${where}${what ? `: ${what}` : ''}`] };
    }
    return validateActionConfig(doc);
}
/** What detection is told by the config. */
function detectOptionsFrom(config) {
    return {
        severityOverrides: { ...config.severity },
        headerSynonyms: { ...config.headerSynonyms },
        customRecognizers: config.customRecognizers.map((r) => ({ ...r })),
    };
}
/** Whether an accepted-finding entry still holds on `today` (yyyy-mm-dd, UTC). */
function acceptanceActive(entry, today) {
    return entry.expires >= today;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/action/filters.ts
/**
 * Which changed files are scanned: include / exclude globs from the inputs and the config's
 * allowlist. minimatch 11 is regex-free on patterns; `dot` and `nocase` make sure `.github/x`
 * and `DATA.CSV` cannot slip past a pattern written as `**` or `*.csv`.
 */

const GLOB_OPTIONS = { dot: true, nocase: true };
function matchesAny(path, patterns) {
    return patterns.some((p) => (0,esm/* minimatch */.xF)(path, p, GLOB_OPTIONS));
}
/** One path's fate. Order: include (empty = all), then exclude, then the allowlist. */
function decide(path, rules) {
    if (rules.include.length && !matchesAny(path, rules.include))
        return { scan: false, reason: 'excluded', detail: 'matches no include pattern' };
    if (matchesAny(path, rules.exclude))
        return { scan: false, reason: 'excluded', detail: 'matches an exclude pattern' };
    const allowed = rules.allowlist.find((a) => (0,esm/* minimatch */.xF)(path, a.path, GLOB_OPTIONS));
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

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/action/acceptance.ts


/**
 * Config entries accept findings by fingerprint, with two limits:
 * - a finding in a file whose path (or entry name) carries an identifier is never accepted by
 *   fingerprint: its fingerprint is taken over the redacted path, which another roster's path
 *   can share (`cases/A….csv`); only the waiver label can accept it;
 * - an entry with a `count` covers the finding only while it has at most that many rows: new
 *   rows may be different people. An entry without one says, in the summary, how many rows it
 *   now covers.
 */
function applyAcceptedFindings(files, entries, today) {
    const byFingerprint = new Map(entries.map((e) => [e.fingerprint.toLowerCase(), e]));
    const expired = new Set();
    const notes = [];
    let acceptedCount = 0;
    const out = files.map((file) => {
        const redacted = (0,redact/* pathCarriesIdentifier */.Sh)(file.findings) || (0,redact/* entryCarriesIdentifier */.$N)(file.findings);
        return {
            ...file,
            findings: file.findings.map((f) => {
                const entry = byFingerprint.get(f.fingerprint.toLowerCase());
                if (!entry)
                    return f;
                if (!acceptanceActive(entry, today)) {
                    expired.add(entry);
                    return f;
                }
                if (redacted) {
                    notes.push(`the accepted-finding entry with fingerprint ${entry.fingerprint} matches a finding in a file whose name carries an identifier; such findings cannot be accepted by fingerprint (another file whose name is redacted the same way would match), so it counts: use the waiver label`);
                    return f;
                }
                if (entry.count !== undefined && f.count > entry.count) {
                    notes.push(`the finding with fingerprint ${entry.fingerprint} now has ${f.count} row(s), more than the ${entry.count} it was accepted for; the new rows may be other people, so it counts again until it is reviewed and the entry's count raised`);
                    return f;
                }
                if (entry.count === undefined)
                    notes.push(`the acceptance of fingerprint ${entry.fingerprint} has no count: it covers the finding's ${f.count} row(s) now, including any added since it was reviewed; add \`count: ${f.count}\` to hold it to these rows`);
                acceptedCount += 1;
                return { ...f, accepted: { reason: `${entry.reason} (until ${entry.expires})`, by: entry.approver } };
            }),
        };
    });
    return { files: out, acceptedCount, expiredMatches: [...expired], notes };
}
function applyWaiver(files, audit, label) {
    return files.map((file) => ({
        ...file,
        findings: file.findings.map((f) => f.accepted
            ? f
            : {
                ...f,
                accepted: { reason: `waiver label '${label}' applied at ${audit.at} for ${audit.headSha.slice(0, 12)}`, by: audit.approver },
            }),
    }));
}

;// CONCATENATED MODULE: ./src/scan/walk.ts


/** Folders never walked into: tooling, not published content. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** The git work tree holding `dir` (the nearest folder upwards with a `.git`), else `dir`. */
async function repositoryRoot(dir) {
    for (let d = (0,external_node_path_.resolve)(dir);; d = (0,external_node_path_.dirname)(d)) {
        if (await (0,promises_.stat)((0,external_node_path_.join)(d, '.git')).then(() => true, () => false))
            return d;
        if ((0,external_node_path_.dirname)(d) === d)
            return (0,external_node_path_.resolve)(dir);
    }
}
/**
 * Expand the paths given on the command line into files. Directories are walked depth-first in
 * name order (stable output); symbolic links are not walked into: they are listed as files, and
 * the scanner follows a link to a file inside the repository (the git work tree around the path
 * given, or the path's folder) and reports a link out of it or to a folder as not inspected.
 */
async function expandPaths(paths, cwd = process.cwd()) {
    const out = [];
    const seen = new Set();
    let root = cwd;
    const add = (path) => {
        if (seen.has(path))
            return;
        seen.add(path);
        const rel = (0,external_node_path_.relative)(cwd, path);
        const display = (rel && !rel.startsWith('..') ? rel : path).split(external_node_path_.sep).join('/');
        out.push({ path, displayPath: display, root });
    };
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const full = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await walk(full);
            }
            else {
                add(full);
            }
        }
    };
    for (const p of paths) {
        const abs = (0,external_node_path_.resolve)(cwd, p);
        const info = await (0,promises_.lstat)(abs);
        root = await repositoryRoot(info.isDirectory() ? abs : (0,external_node_path_.dirname)(abs));
        if (info.isDirectory())
            await walk(abs);
        else
            add(abs);
    }
    return out;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/scan/timers.ts
var timers = __webpack_require__(2455);
;// CONCATENATED MODULE: ./src/scan/debug.ts
/**
 * Why a scan worker failed, for the Action's step debug log (ACTIONS_STEP_DEBUG) and nothing else.
 * Messages name the worker event and Node's error code only: never an error message or stack
 * (a library's message can quote the file being read) and never file content.
 */
let sink;
function setWorkerDebug(fn) {
    sink = fn;
}
/** Report a worker failure: `event` is ours ('error', 'exit', 'start timeout'...), `error` only lends its code. */
function workerDebug(event, error) {
    if (!sink)
        return;
    const raw = error?.code;
    const code = typeof raw === 'string' && /^[A-Z0-9_]{1,64}$/.test(raw) ? ` (${raw})` : typeof raw === 'number' ? ` (exit code ${raw})` : '';
    sink(`scan worker: ${event}${code}`);
}

// EXTERNAL MODULE: ./src/scan/worker-entry.ts
var worker_entry = __webpack_require__(9462);
;// CONCATENATED MODULE: ./src/scan/pool.ts
/**
 * A small pool of scan workers, reused across files (start-up is paid once per worker, not per
 * file). Each worker is a child process (a copy of the same bundle, started with an empty
 * environment and its own heap limit): V8 may end a whole process when a heap fills, whatever
 * limit a worker thread was given, so only a process boundary keeps one file from taking the
 * scan down. A worker that aborts that way is `out-of-memory` and the scan goes on. Each file gets a wall-clock timeout that starts when its worker is ready; a worker that
 * times out, runs out of memory, throws from a timer or exits is replaced, and its file becomes
 * `not-inspected` with a plain reason. The pool never rejects: every file gets a result.
 * Nothing a worker prints is passed on, and no error text from a worker is ever read: it could
 * quote the file.
 */










const here = import.meta.url;
/** The module's path without a query or hash (tools such as @github/local-action add a query). */
const herePath = new URL(here).pathname;
/** How long a worker may take to start (load its code) before its file is given up on. */
const WORKER_START_MS = 60_000;
/** How long close() waits for workers to stop before it lets go of them. */
const CLOSE_WAIT_MS = 5_000;
function workerResourceLimits(limits) {
    return {
        maxOldGenerationSizeMb: limits.memoryLimitMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(16, Math.round(limits.memoryLimitMb / 16))),
        stackSizeMb: 8,
    };
}
/**
 * Start a worker from a module: a TypeScript source goes through tsx (tests, `tsx src/...`),
 * anything else is loaded as is. stdout and stderr are captured (and dropped by the pool).
 */
function spawnModuleWorker(moduleUrl, workerData, options) {
    const resourceLimits = workerResourceLimits(options.limits);
    if (new URL(moduleUrl).pathname.endsWith('.ts')) {
        const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href;
        const boot = `import(${JSON.stringify(tsx.replace(/\.cjs$/, '.mjs'))}).then((m) => { m.register(); return import(${JSON.stringify(moduleUrl)}); })`;
        return new Worker(boot, { eval: true, workerData, resourceLimits, stdout: true, stderr: true, env: {} });
    }
    // An empty environment: a parser never sees the Action's token or any other variable.
    return new Worker(fileURLToPath(moduleUrl), { workerData, resourceLimits, stdout: true, stderr: true, env: {} });
}
/** Exit codes of a worker process that ran out of memory: V8's fatal handler aborts (SIGABRT); the kernel's OOM killer sends SIGKILL. */
const OUT_OF_MEMORY_EXITS = new Set([134, 137]);
/**
 * A child process that looks like a worker thread to the pool: messages over its IPC channel
 * (structured clone), 'exit' with a code (128 + signal number when killed by a signal).
 */
class ProcessWorker extends external_node_events_.EventEmitter {
    child;
    stdout = null;
    stderr = null;
    constructor(child) {
        super();
        this.child = child;
        child.on('message', (message) => this.emit('message', message));
        child.on('error', (error) => this.emit('error', error));
        child.on('exit', (code, signal) => this.emit('exit', code ?? 128 + signalNumber(signal)));
    }
    postMessage(message) {
        if (!this.child.connected)
            throw new Error('the worker process is gone');
        this.child.send(message);
    }
    terminate() {
        if (this.child.exitCode !== null || this.child.signalCode !== null)
            return Promise.resolve();
        return new Promise((resolve) => {
            // Held until it is gone: an idle (unreferenced) child would otherwise let the process end first.
            this.child.ref();
            this.child.once('exit', resolve);
            this.child.kill('SIGKILL');
        });
    }
    ref() {
        this.child.ref();
        this.child.channel?.ref?.();
    }
    unref() {
        this.child.unref();
        this.child.channel?.unref?.();
    }
}
function signalNumber(signal) {
    return signal ? (osSignals[signal] ?? 0) : 0;
}
const osSignals = { SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGTERM: 15, SIGBUS: 7, SIGILL: 4 };
/**
 * Start a worker process from a module: a TypeScript source goes through tsx (tests), anything
 * else is run as is. The environment is empty (no token or secret reaches the process that
 * parses untrusted files) and nothing it prints is read.
 */
function spawnModuleProcess(moduleUrl, options) {
    const path = (0,external_node_url_.fileURLToPath)(new URL(moduleUrl).href.replace(/[?#].*$/, ''));
    const execArgv = [`--max-old-space-size=${options.limits.memoryLimitMb}`, '--stack-size=4000'];
    if (path.endsWith('.ts'))
        execArgv.unshift('--import', (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(here).resolve('tsx')).href);
    const child = (0,external_node_child_process_.fork)(path, [worker_entry/* WORKER_ARG */.i_], { execArgv, env: {}, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' });
    return new ProcessWorker(child);
}
/** The scan worker: the bundle starts itself; the TypeScript sources start worker-entry.ts. */
const spawnScanWorker = (options) => {
    const entry = (0,worker_entry/* workerModule */.Fh)() ?? (herePath.endsWith('.ts') ? (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(here)), 'worker-entry.ts')).href : here);
    return spawnModuleProcess(entry, options);
};
/** The scan worker as a worker thread (kept for tests of the worker loop itself). */
const spawnScanThread = (options) => {
    const entry = herePath.endsWith('.ts') ? pathToFileURL(join(dirname(fileURLToPath(here)), 'worker-entry.ts')).href : here;
    return spawnModuleWorker(entry, { role: WORKER_ROLE }, options);
};
class ScanPool {
    options;
    spawnWorker;
    slots = [];
    queue = [];
    nextId = 1;
    closed = false;
    constructor(options, spawnWorker = spawnScanWorker) {
        this.options = options;
        this.spawnWorker = spawnWorker;
    }
    scan(target) {
        if (this.closed)
            return Promise.resolve(failed(target, 'internal-error'));
        return new Promise((resolve) => {
            this.queue.push({ target, resolve });
            this.pump();
        });
    }
    async close() {
        this.closed = true;
        for (const job of this.queue.splice(0))
            job.resolve(failed(job.target, 'internal-error'));
        const stopping = this.slots.splice(0).map((s) => this.stop(s));
        await Promise.race([Promise.all(stopping), delay(CLOSE_WAIT_MS)]);
    }
    pump() {
        while (this.queue.length && !this.closed) {
            let slot = this.slots.find((s) => !s.busy);
            if (!slot && this.slots.length < Math.max(1, this.options.concurrency)) {
                slot = this.newSlot();
                if (!slot) {
                    const job = this.queue.shift();
                    job.resolve(failed(job.target, 'internal-error'));
                    continue;
                }
            }
            if (!slot)
                return;
            this.run(slot, this.queue.shift());
        }
    }
    newSlot() {
        let worker;
        try {
            worker = this.spawnWorker(this.options);
        }
        catch {
            return undefined;
        }
        const slot = { worker, busy: false, ready: false };
        worker.unref();
        // Anything a worker prints is dropped: it could quote a file.
        worker.stdout?.resume();
        worker.stderr?.resume();
        // Listeners for the whole life of the worker: an idle worker that errors or exits is simply
        // removed (an 'error' event without a listener would end the whole process).
        worker.on('error', () => this.retire(slot));
        worker.on('exit', () => this.remove(slot));
        worker.on('messageerror', () => this.retire(slot));
        worker.on('message', (message) => {
            if (message?.ready === true && !slot.ready) {
                slot.ready = true;
                slot.onReady?.();
            }
        });
        this.slots.push(slot);
        return slot;
    }
    remove(slot) {
        const i = this.slots.indexOf(slot);
        if (i >= 0)
            this.slots.splice(i, 1);
    }
    stop(slot) {
        return slot.worker.terminate().catch(() => undefined);
    }
    retire(slot) {
        this.remove(slot);
        void this.stop(slot);
    }
    run(slot, job) {
        slot.busy = true;
        const id = this.nextId++;
        const { worker } = slot;
        let done = false;
        let timer;
        const finish = (result, healthy) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            slot.onReady = undefined;
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            worker.off('messageerror', onMessageError);
            if (healthy) {
                slot.busy = false;
                worker.unref();
            }
            else
                this.retire(slot);
            job.resolve(result);
            this.pump();
        };
        const onMessage = (message) => {
            if (message?.id === id)
                finish(checkedResult(message.result, job.target), message.retire !== true);
        };
        const onError = (error) => {
            workerDebug('failed while scanning a file', error);
            const code = error?.code;
            finish(failed(job.target, code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'internal-error'), false);
        };
        const onExit = (exitCode) => {
            workerDebug('exited while scanning a file', { code: exitCode });
            finish(failed(job.target, OUT_OF_MEMORY_EXITS.has(exitCode) ? 'out-of-memory' : 'internal-error'), false);
        };
        const onMessageError = () => finish(failed(job.target, 'internal-error'), false);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.on('messageerror', onMessageError);
        worker.ref();
        const send = () => {
            slot.onReady = undefined;
            clearTimeout(timer);
            timer = setTimeout(() => finish(failed(job.target, 'timed-out'), false), (0,timers/* timerDelay */.n)(this.options.limits.timeoutMs));
            const request = { id, target: job.target, options: this.options };
            try {
                worker.postMessage(request);
            }
            catch {
                finish(failed(job.target, 'internal-error'), false);
            }
        };
        if (slot.ready)
            send();
        else {
            slot.onReady = send;
            timer = setTimeout(() => {
                workerDebug('did not start in time');
                finish(failed(job.target, 'internal-error'), false);
            }, (0,timers/* timerDelay */.n)(Math.max(WORKER_START_MS, this.options.limits.timeoutMs)));
        }
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
function failed(target, reason) {
    return { path: target.displayPath, status: 'not-inspected', reason, findings: [] };
}
/**
 * What a worker sends back is checked before it is believed: a result of the wrong shape is an
 * internal error, and the path is always the one the pool asked about.
 */
const STATUSES = new Set(['scanned', 'skipped', 'not-inspected']);
const isNotInspectedReason = (reason) => typeof reason === 'string' && Object.hasOwn(model/* NOT_INSPECTED_REASONS */.ev, reason);
const isSkipReason = (reason) => typeof reason === 'string' && Object.hasOwn(model/* SKIP_REASONS */.eI, reason);
function checkedResult(raw, target) {
    const r = raw;
    if (!r || typeof r !== 'object' || !STATUSES.has(r.status) || !Array.isArray(r.findings)) {
        return failed(target, 'internal-error');
    }
    if (r.status === 'not-inspected' && !isNotInspectedReason(r.reason))
        return { ...failed(target, 'internal-error'), findings: r.findings };
    if (r.status === 'skipped' && !isSkipReason(r.reason))
        return failed(target, 'internal-error');
    return { ...r, path: target.displayPath };
}

;// CONCATENATED MODULE: ./src/scan/scanner.ts



async function scanTargets(targets, options, hooks = {}) {
    const pool = new ScanPool(options);
    let done = 0;
    const results = new Array(targets.length);
    let next = 0;
    // Files are handed to the pool as lanes free up, so that a deadline can stop the rest.
    const lane = async () => {
        while (next < targets.length) {
            const i = next++;
            const t = targets[i];
            results[i] =
                hooks.deadline !== undefined && Date.now() >= hooks.deadline
                    ? { path: t.displayPath, status: 'not-inspected', reason: 'not-reached', findings: [] }
                    : await pool.scan(t);
            done += 1;
            try {
                hooks.onProgress?.({ done, total: targets.length });
            }
            catch {
                // Progress is cosmetic: a failing hook must not lose a file's result.
            }
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, lane));
        return results;
    }
    finally {
        await pool.close();
    }
}
async function scan(targets, options, hooks = {}) {
    const files = await scanTargets(targets, options, hooks);
    return buildReport(files, options, TOOL);
}

;// CONCATENATED MODULE: ./src/report/file-status.ts
/** What every report format says about one file: its verdict, the plain reason, the order of findings. */


/** The plain sentence for why a file was skipped or not inspected (never a library message). */
function reasonText(file) {
    if (!file.reason)
        return undefined;
    if (file.status === 'not-inspected')
        return model/* NOT_INSPECTED_REASONS */.ev[file.reason];
    if (file.status === 'skipped')
        return model/* SKIP_REASONS */.eI[file.reason];
    return undefined;
}
/** Findings most severe first; ties keep the order detection gave. */
function bySeverity(findings) {
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (0,model/* severityRank */.qs)(b.f.severity) - (0,model/* severityRank */.qs)(a.f.severity) || a.i - b.i)
        .map(({ f }) => f);
}
/** 'block' when anything in the file blocks; otherwise what happened to it. */
function fileVerdict(file, report) {
    if (blockingCount(file, report) > 0)
        return 'block';
    if (file.status === 'not-inspected')
        return 'not-inspected';
    if (file.status === 'skipped')
        return 'skipped';
    return 'pass';
}

;// CONCATENATED MODULE: ./src/report/json.ts





/** Bumped when a field is removed or changes meaning; added fields keep the version. */
const JSON_REPORT_SCHEMA = 'asylum-pii-gate/report-v1';
const TEXT_MAX = 1000;
const safe = (text) => (0,safe_text/* displayText */.W)(text, TEXT_MAX);
function safeColumn(column) {
    return column.header === undefined ? { ...column } : { ...column, header: safe(column.header) };
}
function safeLocation(location) {
    const out = { ...location };
    if (out.entry !== undefined)
        out.entry = safe(out.entry);
    if (out.sheet !== undefined)
        out.sheet = safe(out.sheet);
    if (out.columns)
        out.columns = out.columns.map(safeColumn);
    if (out.hiddenColumns)
        out.hiddenColumns = out.hiddenColumns.map(safe);
    return out;
}
function jsonFinding(file, original, report) {
    const finding = (0,redact/* shownFinding */.Pg)(file, original);
    const out = {
        rule: finding.rule,
        ruleTitle: model/* RULE_TITLES */.Zz[finding.rule],
        severity: finding.severity,
        blocks: findingBlocks(finding, report),
        message: safe(finding.message),
        location: safeLocation(finding.location),
        count: finding.count,
        fingerprint: finding.fingerprint,
    };
    if (finding.accepted) {
        out.accepted = { reason: safe(finding.accepted.reason) };
        if (finding.accepted.by !== undefined)
            out.accepted.by = safe(finding.accepted.by);
    }
    return out;
}
function toJsonReport(report) {
    return {
        $schema: JSON_REPORT_SCHEMA,
        tool: { name: report.tool.name, version: report.tool.version },
        failOn: report.failOn,
        notInspectedBlocks: report.notInspectedBlocks,
        verdict: report.summary.blocking > 0 ? 'block' : 'pass',
        summary: report.summary,
        ...(report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {}),
        files: report.files.map((file) => {
            const out = { path: safe((0,redact/* shownPath */.pS)(file)), status: file.status, verdict: fileVerdict(file, report), findings: [] };
            if ((0,redact/* pathCarriesIdentifier */.Sh)(file.findings))
                out.pathRedacted = true;
            if (file.format !== undefined)
                out.format = file.format;
            if (file.reason !== undefined) {
                out.reason = file.reason;
                const text = reasonText(file);
                if (text)
                    out.reasonText = text;
            }
            if (file.detail !== undefined)
                out.detail = safe(file.detail);
            if (file.bytes !== undefined)
                out.bytes = file.bytes;
            if (file.ms !== undefined)
                out.ms = file.ms;
            out.findings = bySeverity(file.findings).map((f) => jsonFinding(file, f, report));
            return out;
        }),
    };
}
/** The JSON report as text: one document, two-space indented, ending in a newline. */
function toJson(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for code-scanning upload: one run, one rule per RuleId plus 'not-inspected',
 * one result per finding. Messages are the finding sentences (structure only, never a value).
 *
 * What GitHub code scanning needs, and how it is met:
 * - Every result has a region. Text files (CSV/TSV, Markdown, NDJSON, prose) point at the line
 *   of the first row or of the text; workbooks, PDFs, archives and anything inside a container
 *   point at line 1 and name the entry, sheet and cells in a logical location.
 * - URIs are relative to `%SRCROOT%` (the repository root; see originalUriBaseIds), never absolute.
 * - Every result carries its own `partialFingerprints.primaryLocationLineHash`, built from the
 *   finding's structural fingerprint (path, rule, place) and an occurrence number, so that
 *   `upload-sarif` never computes one by hashing the text of the file at the result's line (that
 *   line holds a name and an A-number). No fingerprint is ever derived from content or a value.
 * The builder is a pure function of the report (the CLI, the Action and `merge` share it).
 */






const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const NOT_INSPECTED_RULE = 'not-inspected';
/** The key under which results carry the finding's fingerprint. */
const FINGERPRINT_KEY = 'asylumPiiGate/v1';
/** The key GitHub code scanning reads to follow an alert across runs (see the header). */
const LINE_HASH_KEY = 'primaryLocationLineHash';
/** The base every artifact URI is relative to. */
const SRCROOT = '%SRCROOT%';
/** What each rule is about, what to do, and how loud it is by default. */
const RULE_HELP = {
    'person-record.protection-claim': {
        help: 'Rows identify people (names or immigration numbers) and link them to a protection claim (credible or reasonable fear, asylum, withholding, CAT, T/U visa, VAWA). 8 CFR 208.6 and 8 U.S.C. 1367 forbid disclosing this. Remove the file from the change; publish only aggregates.',
        level: 'error',
        securitySeverity: '9.5',
    },
    'person-record.quasi-identifier': {
        help: 'Rows identify people and carry details such as birthdate, nationality, detention facility or book-in date. Remove the file from the change or publish only aggregates.',
        level: 'error',
        securitySeverity: '8.0',
    },
    'person-record.immigration-number': {
        help: 'A column of immigration numbers (A-numbers, USCIS receipt numbers, I-94 numbers, SEVIS IDs) identifies people. Remove the column or the file.',
        level: 'error',
        securitySeverity: '8.0',
    },
    'person-record.names-only': {
        help: 'A table of names with nothing sensitive beside them (for example a staff directory). Check that publishing the names is intended.',
        level: 'note',
        securitySeverity: '2.0',
    },
    'prose.protection-claim': {
        help: 'Text ties an identified person to a protection claim. Remove the identifying details.',
        level: 'error',
        securitySeverity: '9.0',
    },
    'prose.immigration-number': {
        help: 'Text carries an A-number or another immigration number in context. Remove the number.',
        level: 'error',
        securitySeverity: '7.5',
    },
    'prose.name-birthdate': {
        help: 'Text ties a name to a birthdate. Remove one of them.',
        level: 'error',
        securitySeverity: '7.0',
    },
    'file-name.identifier': {
        help: 'The file name itself carries a name or an immigration number. Rename the file (reports show the path with those parts replaced by …).',
        level: 'error',
        securitySeverity: '7.0',
    },
    'metadata.author': {
        help: 'Document properties (creator, last modified by) name a person. Clear the document properties before publishing.',
        level: 'note',
        securitySeverity: '2.0',
    },
    'metadata.external-link': {
        help: 'The file links to an internal file share or another workbook. Remove the link before publishing.',
        level: 'note',
        securitySeverity: '2.0',
    },
    custom: {
        help: 'A recognizer configured for this repository matched. See the configuration for what it looks for.',
        level: 'warning',
        securitySeverity: '5.0',
    },
    'not-inspected': {
        help: 'The file could not be fully read (too large, corrupt, password-protected, timed out, unsupported...), so the gate cannot say it is safe. Fix or remove the file, or review it by hand.',
        level: 'error',
        securitySeverity: '7.0',
    },
};
const SARIF_RULE_IDS = [...model/* RULES */.y0, NOT_INSPECTED_RULE];
/** Names that would otherwise equal the id (SARIF1001 wants the two to differ). */
const RULE_NAMES = { custom: 'CustomRecognizer' };
function pascal(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function sarifRules() {
    return SARIF_RULE_IDS.map((id) => {
        const title = id === NOT_INSPECTED_RULE ? 'File could not be inspected' : model/* RULE_TITLES */.Zz[id];
        const { help, level, securitySeverity } = RULE_HELP[id];
        return {
            id,
            name: RULE_NAMES[id] ?? pascal(id),
            shortDescription: { text: title },
            fullDescription: { text: help },
            help: { text: help },
            defaultConfiguration: { level },
            properties: { tags: ['security', 'privacy', 'pii'], 'security-severity': securitySeverity },
        };
    });
}
function severityLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'warning')
        return 'warning';
    return 'note';
}
/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function pathToUri(path) {
    const encoded = path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    return path.startsWith('/') ? `file://${encoded}` : encoded;
}
function artifactLocation(path) {
    const uri = pathToUri(path);
    return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: SRCROOT };
}
/** Formats whose row numbers are line numbers (CSV/TSV records, Markdown and NDJSON lines). */
const ROWS_ARE_LINES = new Set(['delimited', 'csv', 'tsv', 'markdown', 'ndjson']);
/** Text formats, where a prose finding's lines are the file's lines. */
const TEXT_FORMATS = new Set([...ROWS_ARE_LINES, 'text', 'html', 'json', 'xml', 'yaml']);
/**
 * The region of a finding: the line of the text or of the first row in a text file; line 1 for
 * a workbook, a PDF, an archive or anything inside a container (the logical location says where).
 * A table gets its first line only (no endLine): GitHub shows the lines of a region beside the
 * alert, and one line is enough to find the table.
 */
function findingRegion(file, location) {
    const text = file.format !== undefined && TEXT_FORMATS.has(file.format) && location.entry === undefined && location.page === undefined;
    if (text && location.lines && location.lines.first >= 1) {
        const { first, last } = location.lines;
        return { startLine: first, ...(last > first ? { endLine: last } : {}) };
    }
    if (text && location.rows && location.rows.first >= 1 && ROWS_ARE_LINES.has(file.format))
        return { startLine: location.rows.first };
    return { startLine: 1 };
}
/** "Roster!A2:F314", "rows 2–314": where in a table, for a logical location. */
function cellRange(location) {
    const cols = (location.columns ?? []).map((c) => c.letter).filter((l) => Boolean(l));
    const rows = location.rows;
    if (cols.length && rows) {
        const sorted = [...cols].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
        return `${sorted[0]}${rows.first}:${sorted[sorted.length - 1]}${rows.last}`;
    }
    if (rows)
        return rows.first === rows.last ? `row ${rows.first}` : `rows ${rows.first}-${rows.last}`;
    if (location.page !== undefined)
        return `page ${location.page}`;
    return undefined;
}
function logicalLocations(location) {
    const range = cellRange(location);
    const parts = [location.entry, location.sheet].filter((p) => p !== undefined).map((p) => (0,safe_text/* displayText */.W)(p, 100));
    if (!parts.length && !range)
        return undefined;
    const name = parts.length ? parts[parts.length - 1] : range;
    const fullyQualifiedName = [...parts, ...(range ? [range] : [])].join('!');
    return [{ name, fullyQualifiedName, kind: location.sheet !== undefined ? 'resource' : 'object' }];
}
function findingLocation(file, path, finding) {
    const out = {
        physicalLocation: { artifactLocation: artifactLocation(path), region: findingRegion(file, finding.location) },
    };
    const logical = logicalLocations(finding.location);
    if (logical)
        out.logicalLocations = logical;
    return out;
}
/** Numbers repeats of the same structural fingerprint, as GitHub numbers repeats of a line hash. */
function occurrences() {
    const seen = new Map();
    return (fingerprint) => {
        const n = (seen.get(fingerprint) ?? 0) + 1;
        seen.set(fingerprint, n);
        return `${fingerprint}:${n}`;
    };
}
function findingResult(file, path, original, report, ruleIndex, lineHash) {
    const finding = (0,redact/* shownFinding */.Pg)(file, original);
    const result = {
        ruleId: finding.rule,
        ruleIndex: ruleIndex.get(finding.rule),
        level: severityLevel(finding.severity),
        message: { text: (0,safe_text/* displayText */.W)(finding.message, 2000) },
        locations: [findingLocation(file, path, finding)],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint, [LINE_HASH_KEY]: lineHash(finding.fingerprint) },
        properties: { severity: finding.severity, blocks: findingBlocks(finding, report), count: finding.count },
    };
    if (finding.accepted)
        result.suppressions = [{ kind: 'external', justification: (0,safe_text/* displayText */.W)(finding.accepted.reason, 500) }];
    return result;
}
function notInspectedText(file) {
    const reason = reasonText(file) ?? 'the file could not be read';
    const detail = file.detail ? ` (${(0,safe_text/* displayText */.W)(file.detail, 200)})` : '';
    return `Not inspected: ${reason}${detail}. The gate cannot say this file is safe.`;
}
/** A not-inspected file's identity across runs: its shown path and the rule, nothing read from it. */
function notInspectedFingerprint(path) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${NOT_INSPECTED_RULE}\u0000${path}`).digest('hex').slice(0, 24);
}
const DEFAULT_ROOT_DESCRIPTION = 'The root of the repository: every artifact URI is relative to it.';
function toSarifLog(report, options = {}) {
    const rules = sarifRules();
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const results = [];
    const notifications = [];
    const lineHash = occurrences();
    for (const file of report.files) {
        const path = (0,redact/* shownPath */.pS)(file);
        if (file.status === 'not-inspected') {
            const blocks = report.notInspectedBlocks;
            const level = blocks ? 'error' : 'warning';
            const text = notInspectedText(file);
            const location = { physicalLocation: { artifactLocation: artifactLocation(path), region: { startLine: 1 } } };
            const fp = notInspectedFingerprint(path);
            results.push({
                ruleId: NOT_INSPECTED_RULE,
                ruleIndex: ruleIndex.get(NOT_INSPECTED_RULE),
                level,
                message: { text },
                locations: [location],
                partialFingerprints: { [FINGERPRINT_KEY]: fp, [LINE_HASH_KEY]: lineHash(fp) },
                properties: { blocks, ...(file.reason ? { reason: file.reason } : {}) },
            });
            notifications.push({ level, message: { text }, locations: [location], descriptor: { id: NOT_INSPECTED_RULE } });
        }
        for (const finding of bySeverity(file.findings))
            results.push(findingResult(file, path, finding, report, ruleIndex, lineHash));
    }
    return {
        $schema: SARIF_SCHEMA,
        version: SARIF_VERSION,
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        rules,
                    },
                },
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
                originalUriBaseIds: { [SRCROOT]: { description: { text: (0,safe_text/* displayText */.W)(options.rootDescription ?? DEFAULT_ROOT_DESCRIPTION, 300) } } },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
function toSarif(report, options = {}) {
    return `${JSON.stringify(toSarifLog(report, options), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/advice.ts

/** For a file that could not be read: what makes it readable, or the way around it. */
const NOT_INSPECTED_STEPS = {
    corrupt: 'fix the file or remove it from the change',
    truncated: 'commit the whole file, or remove it from the change',
    'password-protected': 'remove the password (publish it unprotected only if it holds no records) or remove the file',
    'too-large': 'remove the file, split it, or raise the size limit (max-file-size) if it is meant to be published',
    'too-large-decompressed': 'remove the archive, or publish its files unpacked so each can be scanned',
    'timed-out': 'raise the time limit (timeout) or split the file',
    'out-of-memory': 'raise the memory limit (memory-limit) or split the file',
    'unreadable-encoding': 'save the file as UTF-8, or remove it from the change',
    'unsupported-format': 'publish it in a format the gate reads (CSV, XLSX, PDF with text...), or remove it',
    'no-text-layer': 'publish a version with a text layer (OCR), or remove it and publish aggregates instead',
    'too-deep': 'publish the nested files unpacked, or remove the archive',
    'too-many-entries': 'split the archive, or remove it from the change',
    'read-error': 'check that the file is committed as a regular file, and run the gate again',
    'internal-error': 'run the gate again; if it fails again, report the file kind (never the file) to the maintainers',
    'stored-in-git-lfs': 'check the repository out with Git LFS (actions/checkout with lfs: true) so the real file is scanned',
    'link-out-of-repository': 'replace the link with the file it points to, or remove it',
    'link-to-folder': 'replace the link with the files themselves, or remove it',
    'not-reached': 'raise the time budget (time-budget) or split the change',
};
/** For findings of a rule: how to take the personal data out. */
function findingStep(rules) {
    if ([...rules].some((r) => r.startsWith('person-record.')))
        return 'remove the file from the change and publish aggregates (counts, no names or numbers) instead';
    if ([...rules].some((r) => r.startsWith('prose.')))
        return 'take the names, numbers and birthdates out of the text';
    if (rules.has('file-name.identifier'))
        return 'rename the file so its name carries no name or number';
    if (rules.has('metadata.author'))
        return 'clear the document properties (author, last modified by)';
    if (rules.has('metadata.external-link'))
        return 'remove the link to the internal share or workbook';
    return "remove what the repository's custom recognizer matched";
}
/** The command line's routes: the config file. */
const CONFIG_ROUTE = {
    findings: 'accept its findings in the config (accepted-findings, by the fingerprints in the JSON report)',
    unread: 'review it by hand and allowlist its path in the config (allowlist, with the reason)',
};
/**
 * One line saying what to do about a blocked file, or undefined when nothing in it blocks. With
 * `route` null, only the fix (the caller explains the way to an exception once, elsewhere).
 */
function nextStep(file, report, route = CONFIG_ROUTE) {
    const blockingRules = new Set(file.findings.filter((f) => findingBlocks(f, report)).map((f) => f.rule));
    const unread = file.status === 'not-inspected' && report.notInspectedBlocks;
    if (!blockingRules.size && !unread)
        return undefined;
    const steps = [];
    if (unread)
        steps.push(file.reason && file.reason in NOT_INSPECTED_STEPS ? NOT_INSPECTED_STEPS[file.reason] : 'fix or remove the file');
    if (blockingRules.size)
        steps.push(findingStep(blockingRules));
    const first = steps.join('; then ');
    const fix = `${first[0].toUpperCase()}${first.slice(1)}.`;
    return route ? `${fix} If it must be published as it is, ${blockingRules.size ? route.findings : route.unread}.` : fix;
}

;// CONCATENATED MODULE: ./src/report/text.ts





const sgr = (open) => (text) => `\u001b[${open}m${text}\u001b[0m`;
const COLORS = { red: sgr('1;31'), green: sgr('32'), yellow: sgr('33'), cyan: sgr('36'), dim: sgr('2'), bold: sgr('1') };
const PLAIN = { red: (t) => t, green: (t) => t, yellow: (t) => t, cyan: (t) => t, dim: (t) => t, bold: (t) => t };
/** Longest path shown; a longer one ends in an ellipsis. */
const PATH_MAX = 200;
function severityLabel(severity, p) {
    const label = severity.padEnd(8);
    if (severity === 'critical' || severity === 'high')
        return p.red(label);
    if (severity === 'warning')
        return p.yellow(label);
    return p.cyan(label);
}
function why(file) {
    const reason = reasonText(file) ?? (file.reason ? (0,safe_text/* displayText */.W)(file.reason, 40) : 'no reason given');
    const detail = file.detail ? ` (${(0,safe_text/* displayText */.W)(file.detail, 120)})` : '';
    return `${reason}${detail}`;
}
function verdictLine(file, verdict, report, p) {
    const path = (0,safe_text/* displayText */.W)((0,redact/* shownPath */.pS)(file), PATH_MAX);
    switch (verdict) {
        case 'block': {
            const n = file.findings.filter((f) => findingBlocks(f, report)).length;
            const parts = [];
            if (file.status === 'not-inspected')
                parts.push(`not inspected: ${why(file)}`);
            if (n)
                parts.push(`${n} blocking finding${n === 1 ? '' : 's'}`);
            return `${p.red('BLOCK')}          ${p.bold(path)} — ${parts.join('; ')}`;
        }
        case 'not-inspected':
            return `${p.yellow('not inspected')}  ${path} — ${why(file)} (does not block: not-inspected files are set to warn)`;
        case 'skipped':
            return `${p.dim('skipped')}        ${path} — ${why(file)}`;
        case 'pass': {
            const accepted = file.findings.filter((f) => f.accepted).length;
            const below = file.findings.length - accepted;
            const parts = [
                below ? `${below} finding${below === 1 ? '' : 's'} below the fail level (${report.failOn})` : '',
                accepted ? `${accepted} accepted finding${accepted === 1 ? '' : 's'}` : '',
            ].filter(Boolean);
            return `${p.green('pass')}           ${path}${parts.length ? ` — ${parts.join('; ')}` : ''}`;
        }
    }
}
function findingLine(finding, p) {
    // The message is built by describeFinding from structure only; it is still flattened here so a
    // sheet name or header inside it can never break the line.
    const accepted = finding.accepted ? p.dim(` [accepted: ${(0,safe_text/* displayText */.W)(finding.accepted.reason, 100)}]`) : '';
    return `    ${severityLabel(finding.severity, p)} ${(0,safe_text/* displayText */.W)(finding.message, 1000)}${accepted}`;
}
function summaryLine(report) {
    const s = report.summary;
    const severities = ['critical', 'high', 'warning', 'notice']
        .filter((sev) => s.bySeverity[sev] > 0)
        .map((sev) => `${s.bySeverity[sev]} ${sev}`);
    const findings = `${s.findings} finding${s.findings === 1 ? '' : 's'}${severities.length ? ` (${severities.join(', ')})` : ''}`;
    const blockingFindings = report.files.reduce((n, f) => n + f.findings.filter((x) => findingBlocks(x, report)).length, 0);
    const blockingFiles = s.blocking - blockingFindings;
    const causes = [
        blockingFindings ? `${blockingFindings} blocking finding${blockingFindings === 1 ? '' : 's'}` : '',
        blockingFiles ? `${blockingFiles} file${blockingFiles === 1 ? '' : 's'} not inspected` : '',
    ].filter(Boolean);
    const verdict = s.blocking > 0 ? `BLOCKED (${causes.join(', ')})` : 'nothing blocks';
    return `${s.files} file${s.files === 1 ? '' : 's'}: ${s.scanned} scanned, ${s.skipped} skipped, ${s.notInspected} not inspected; ${findings}; fail level ${report.failOn}: ${verdict}.`;
}
function toText(report, options = {}) {
    const p = options.color ? COLORS : PLAIN;
    const lines = [];
    for (const file of report.files) {
        const verdict = fileVerdict(file, report);
        if (options.quiet && verdict !== 'block')
            continue;
        lines.push(verdictLine(file, verdict, report, p));
        for (const f of bySeverity(file.findings))
            lines.push(findingLine((0,redact/* shownFinding */.Pg)(file, f), p));
        // Every blocked file closes with one line saying what to do.
        const step = verdict === 'block' ? nextStep(file, report) : undefined;
        if (step)
            lines.push(`    ${p.bold('what to do:')} ${step}`);
    }
    if (lines.length)
        lines.push('');
    const summary = summaryLine(report);
    lines.push(report.summary.blocking > 0 ? p.red(summary) : p.green(summary));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/config/size.ts
const SIZE_UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1024,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
    gib: 1024 ** 3,
};
/**
 * "104857600", "100MB", "5m", "1.5 GiB", "512k" → bytes (binary multiples, as the 100 MB default
 * is); undefined when the text is not a positive size. Shared by the Action's inputs and the CLI.
 */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = SIZE_UNITS[m[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    const bytes = Math.floor(Number(m[1]) * unit);
    return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

;// CONCATENATED MODULE: ./src/scan/shard.ts
/**
 * Shards of a whole-repository audit: `i/n` takes the files whose path hashes to slot i of n.
 * The assignment depends on the path alone (SHA-256 of the shown path), so it is stable across
 * runs, machines and file orders, and every file falls in exactly one shard.
 */

const MAX_SHARDS = 256;
/** `"2/4"` → { index: 2, count: 4 }; anything else (0/4, 5/4, 1/0, 2.5/4) → undefined. */
function parseShard(text) {
    const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    if (!m)
        return undefined;
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS || index < 1 || index > count)
        return undefined;
    return { index, count };
}
/** The 1-based shard a path belongs to, out of `count`. */
function shardOf(path, count) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(path, 'utf8').digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function inShard(path, shard) {
    return !shard || shard.count === 1 || shardOf(path, shard.count) === shard.index;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Command-line arguments, parsed without side effects: argv in, a plan or a usage error out.
 * Messages name the flag, never echo a free-form value beyond a bounded, escaped copy.
 */




const FORMATS = ['text', 'json', 'sarif'];
const MERGE_FORMATS = [...FORMATS, 'summary'];
const SYNOPSIS = 'usage: asylum-pii-gate scan [options] PATH...   (PATH - reads standard input)\n       asylum-pii-gate merge [options] REPORT.json...';
/** What a usage error prints after its message: the synopsis and where the options are. */
const USAGE_HINT = `${SYNOPSIS}\nRun 'asylum-pii-gate --help' for the options.\n`;
const USAGE = `usage: asylum-pii-gate scan [options] PATH...
       asylum-pii-gate merge [--format text|json|sarif|summary] [--output FILE] REPORT.json...

Scans files (directories are walked) for person-level asylum-seeker records and reports where
they are without repeating them. PATH '-' reads one file from standard input. Paths are shown
relative to the git repository that holds them (else to the current folder), as the Action
shows them. Exit 0: nothing blocks; 1: something blocks; 2: usage error.

options:
  --format text|json|sarif     output format (default: text)
  --output FILE                write the report to FILE instead of stdout ('-': stdout)
  --fail-on LEVEL              ${model/* SEVERITIES */.oC.join('|')}: lowest severity that blocks (default: high)
  --not-inspected block|warn   whether a file that could not be read blocks (default: block)
  --max-file-size SIZE         larger files are not inspected: bytes, or 100MB, 5m, 512k (default: 100MB)
  --timeout SECONDS            time limit per file (default: 120)
  --memory-limit MB            heap limit per scan worker (default: 1024)
  --concurrency N              files scanned at once (default: CPU count, at most 4)
  --config FILE                YAML or JSON config in the Action's schema; the CLI applies all
                               of it: allowlist, severity, header-synonyms, custom-recognizers
                               and accepted-findings
  --no-color                   no colors in text output
  --quiet                      text output lists only files that block; no progress line
  --shard I/N                  scan only shard I of N (files assigned by a hash of their path),
                               for a whole-repository audit split over a job matrix; combine
                               the shards' JSON reports with 'merge', which fails if one is missing
  -h, --help                   show this help
  -V, --version                show the version
`;
function positiveNumber(text) {
    if (!/^\s*\d+(?:\.\d+)?\s*$/.test(text))
        return undefined;
    const n = Number(text);
    return n > 0 && Number.isFinite(n) ? n : undefined;
}
function positiveInteger(text) {
    if (!/^\s*\d+\s*$/.test(text))
        return undefined;
    const n = Number(text);
    return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
const shown = (value) => `'${(0,safe_text/* displayText */.W)(value, 40)}'`;
const VALUE_FLAGS = {
    '--format': (c, v) => {
        if (!FORMATS.includes(v))
            return `--format must be one of ${FORMATS.join(', ')} (got ${shown(v)})`;
        c.format = v;
        return undefined;
    },
    '--output': (c, v) => {
        if (!v)
            return '--output needs a file name';
        if (v === '-')
            delete c.output; // '-' is stdout, the default
        else
            c.output = v;
        return undefined;
    },
    '--fail-on': (c, v) => {
        if (!(0,model/* isSeverity */._Z)(v))
            return `--fail-on must be one of ${model/* SEVERITIES */.oC.join(', ')} (got ${shown(v)})`;
        c.failOn = v;
        return undefined;
    },
    '--not-inspected': (c, v) => {
        if (v !== 'block' && v !== 'warn')
            return `--not-inspected must be block or warn (got ${shown(v)})`;
        c.notInspectedBlocks = v === 'block';
        return undefined;
    },
    '--max-file-size': (c, v) => {
        const n = parseSize(v);
        if (n === undefined)
            return `--max-file-size must be a size such as 100MB, 5m or 2048 (got ${shown(v)})`;
        c.maxFileSize = n;
        return undefined;
    },
    '--timeout': (c, v) => {
        const n = positiveNumber(v);
        // setTimeout cannot wait longer than 2^31-1 ms (about 24.8 days); a day is plenty per file.
        if (n === undefined || n > 86_400)
            return `--timeout must be a number of seconds above 0, at most 86400 (got ${shown(v)})`;
        c.timeoutMs = Math.round(n * 1000);
        return undefined;
    },
    '--memory-limit': (c, v) => {
        const n = positiveInteger(v);
        if (n === undefined || n < 16 || n > 65_536)
            return `--memory-limit must be a whole number of megabytes from 16 to 65536 (got ${shown(v)})`;
        c.memoryLimitMb = n;
        return undefined;
    },
    '--concurrency': (c, v) => {
        const n = positiveInteger(v);
        if (n === undefined || n > 256)
            return `--concurrency must be a whole number from 1 to 256 (got ${shown(v)})`;
        c.concurrency = n;
        return undefined;
    },
    '--shard': (c, v) => {
        const shard = parseShard(v);
        if (!shard)
            return `--shard must be I/N with 1 <= I <= N <= 256, such as 2/4 (got ${shown(v)})`;
        c.shard = shard;
        return undefined;
    },
    '--config': (c, v) => {
        if (!v)
            return '--config needs a file name';
        c.config = v;
        return undefined;
    },
};
const SWITCHES = {
    '--no-color': (c) => {
        c.noColor = true;
    },
    '--quiet': (c) => {
        c.quiet = true;
    },
    '-q': (c) => {
        c.quiet = true;
    },
};
const SHORT_ALIASES = { '-f': '--format', '-o': '--output' };
function usageError(message) {
    return { command: 'usage-error', message };
}
function parseArgs(argv) {
    if (argv.some((a) => a === '--help' || a === '-h') && !argv.includes('--'))
        return { command: 'help' };
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V'))
        return { command: 'version' };
    const [first, ...rest] = argv;
    if (first === undefined)
        return usageError('no command given');
    if (first === 'help')
        return { command: 'help' };
    if (first === 'version')
        return { command: 'version' };
    if (first === 'merge')
        return parseMerge(rest);
    if (first !== 'scan')
        return usageError(`unknown command ${shown(first)} (the command is 'scan' or 'merge')`);
    const command = {
        command: 'scan',
        paths: [],
        format: 'text',
        failOn: 'high',
        notInspectedBlocks: true,
        noColor: false,
        quiet: false,
    };
    let onlyPaths = false;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
            command.paths.push(arg);
            continue;
        }
        if (arg === '--') {
            onlyPaths = true;
            continue;
        }
        if (arg === '--version' || arg === '-V')
            return { command: 'version' };
        const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
        const name = SHORT_ALIASES[arg] ?? (eq > 0 ? arg.slice(0, eq) : arg);
        const switchFlag = SWITCHES[name];
        if (switchFlag) {
            if (eq > 0)
                return usageError(`${name} takes no value`);
            switchFlag(command);
            continue;
        }
        const valueFlag = VALUE_FLAGS[name];
        if (!valueFlag)
            return usageError(`unknown option ${shown(name)}`);
        let value;
        if (eq > 0)
            value = arg.slice(eq + 1);
        else {
            value = rest[i + 1];
            // A negative number is a value (reported as invalid by the flag), not the next option.
            if (value === undefined || (value.startsWith('-') && value !== '-' && !/^-\d/.test(value)))
                return usageError(`${name} needs a value`);
            i += 1;
        }
        const problem = valueFlag(command, value);
        if (problem)
            return usageError(problem);
    }
    if (command.paths.length === 0)
        return usageError('no PATH given: name the files or directories to scan');
    if (command.paths.filter((p) => p === '-').length > 1 && !onlyPaths)
        return usageError("'-' (standard input) can be given once");
    return command;
}
function parseMerge(rest) {
    const command = { command: 'merge', reports: [], format: 'text', quiet: false };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!arg.startsWith('-') || arg === '-') {
            command.reports.push(arg);
            continue;
        }
        if (arg === '--quiet' || arg === '-q') {
            command.quiet = true;
            continue;
        }
        const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
        const name = SHORT_ALIASES[arg] ?? (eq > 0 ? arg.slice(0, eq) : arg);
        if (name !== '--format' && name !== '--output')
            return usageError(`unknown option ${shown(name)} for merge`);
        const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
        if (value === undefined)
            return usageError(`${name} needs a value`);
        if (name === '--output')
            command.output = value === '-' ? undefined : value;
        else if (MERGE_FORMATS.includes(value))
            command.format = value;
        else
            return usageError(`--format must be one of ${MERGE_FORMATS.join(', ')} (got ${shown(value)})`);
    }
    if (command.reports.length === 0)
        return usageError('no REPORT given: name the JSON reports of the shards to merge');
    return command;
}

;// CONCATENATED MODULE: ./src/report/merge.ts
/**
 * Merging the JSON reports of a sharded audit (`scan --shard i/n` on an Actions matrix) into one
 * report: the files of every shard, one verdict. Reports are read as untrusted input (an
 * artifact could be tampered with): each is checked field by field, and problems are named by
 * report and field, never by quoting a value. Shards must be complete: a missing shard (a
 * matrix job that failed) makes the merge fail instead of passing what was never scanned.
 */



const merge_STATUSES = new Set(['scanned', 'skipped', 'not-inspected']);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
function finding(raw) {
    if (!isObject(raw) || typeof raw.rule !== 'string' || !Object.hasOwn(model/* RULE_TITLES */.Zz, raw.rule) || !(0,model/* isSeverity */._Z)(raw.severity))
        return undefined;
    if (typeof raw.message !== 'string' || !isObject(raw.location) || !isCount(raw.count) || typeof raw.fingerprint !== 'string')
        return undefined;
    const out = {
        rule: raw.rule,
        severity: raw.severity,
        message: raw.message,
        location: raw.location,
        count: raw.count,
        fingerprint: raw.fingerprint,
    };
    const accepted = raw.accepted;
    if (isObject(accepted) && typeof accepted.reason === 'string')
        out.accepted = { reason: accepted.reason, ...(typeof accepted.by === 'string' ? { by: accepted.by } : {}) };
    return out;
}
function file(raw) {
    if (!isObject(raw) || typeof raw.path !== 'string' || !merge_STATUSES.has(raw.status) || !Array.isArray(raw.findings))
        return undefined;
    const status = raw.status;
    const reasons = status === 'not-inspected' ? model/* NOT_INSPECTED_REASONS */.ev : model/* SKIP_REASONS */.eI;
    if (status !== 'scanned' && (typeof raw.reason !== 'string' || !Object.hasOwn(reasons, raw.reason)))
        return undefined;
    const findings = raw.findings.map(finding);
    if (findings.some((f) => f === undefined))
        return undefined;
    const out = { path: raw.path, status, findings: findings };
    if (status !== 'scanned')
        out.reason = raw.reason;
    if (typeof raw.detail === 'string')
        out.detail = raw.detail;
    if (typeof raw.format === 'string')
        out.format = raw.format;
    if (isCount(raw.bytes))
        out.bytes = raw.bytes;
    if (isCount(raw.ms))
        out.ms = raw.ms;
    return out;
}
/** One JSON report (as parsed JSON) back into the engine's model. */
function reportFromJson(value, name) {
    const bad = (what) => ({ ok: false, error: `${name}: ${what}` });
    if (!isObject(value) || value.$schema !== JSON_REPORT_SCHEMA)
        return bad(`not an asylum-pii-gate JSON report (${JSON_REPORT_SCHEMA})`);
    if (!(0,model/* isSeverity */._Z)(value.failOn) || typeof value.notInspectedBlocks !== 'boolean' || !Array.isArray(value.files))
        return bad('the report header (failOn, notInspectedBlocks, files) is not valid');
    const tool = isObject(value.tool) && typeof value.tool.name === 'string' && typeof value.tool.version === 'string'
        ? { name: value.tool.name, version: value.tool.version }
        : undefined;
    if (!tool)
        return bad('the report names no tool');
    const files = [];
    for (let i = 0; i < value.files.length; i++) {
        const f = file(value.files[i]);
        if (!f)
            return bad(`file entry ${i + 1} is not valid`);
        files.push(f);
    }
    const report = verdict_buildReport(files, { failOn: value.failOn, notInspectedBlocks: value.notInspectedBlocks }, tool);
    const shard = value.shard;
    if (shard !== undefined) {
        if (!isObject(shard) ||
            !isCount(shard.index) ||
            !isCount(shard.count) ||
            shard.count < 1 ||
            shard.index < 1 ||
            shard.index > shard.count)
            return bad('its shard is not valid');
        report.shard = { index: shard.index, count: shard.count };
    }
    return { ok: true, report };
}
/** Merge shard reports (or any reports over disjoint files) into one report with one verdict. */
function mergeReports(inputs) {
    const errors = [];
    const reports = [];
    for (const input of inputs) {
        const r = reportFromJson(input.value, input.name);
        if (r.ok)
            reports.push({ name: input.name, report: r.report });
        else
            errors.push(r.error);
    }
    if (errors.length)
        return { ok: false, errors };
    if (!reports.length)
        return { ok: false, errors: ['no report given'] };
    const first = reports[0].report;
    for (const { name, report } of reports) {
        if (report.failOn !== first.failOn || report.notInspectedBlocks !== first.notInspectedBlocks)
            errors.push(`${name}: scanned with another fail level or not-inspected policy than the first report`);
    }
    const sharded = reports.filter((r) => r.report.shard);
    if (sharded.length) {
        const count = sharded[0].report.shard.count;
        if (sharded.length !== reports.length || sharded.some((r) => r.report.shard.count !== count))
            errors.push('the reports are not shards of one audit (every report needs a shard i/n with the same n)');
        else {
            const seen = new Map();
            for (const r of sharded)
                seen.set(r.report.shard.index, (seen.get(r.report.shard.index) ?? 0) + 1);
            for (let i = 1; i <= count; i++) {
                if (!seen.has(i))
                    errors.push(`shard ${i}/${count} is missing: its files were not scanned (did its job fail?)`);
                else if (seen.get(i) > 1)
                    errors.push(`shard ${i}/${count} is given more than once`);
            }
        }
    }
    const files = [];
    const paths = new Set();
    let repeated = 0;
    for (const { report } of reports) {
        for (const f of report.files) {
            if (paths.has(f.path))
                repeated++;
            else {
                paths.add(f.path);
                files.push(f);
            }
        }
    }
    if (repeated)
        errors.push(`${repeated} file(s) appear in more than one report: the reports overlap`);
    if (errors.length)
        return { ok: false, errors };
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { ok: true, report: verdict_buildReport(files, { failOn: first.failOn, notInspectedBlocks: first.notInspectedBlocks }, first.tool) };
}

// EXTERNAL MODULE: ./src/core/describe.ts
var describe = __webpack_require__(606);
;// CONCATENATED MODULE: ./src/report/counts.ts

function verdictCounts(report) {
    const counts = { blockingFindings: 0, filesWithBlockingFindings: 0, notInspected: 0, blockingFiles: 0, accepted: 0 };
    for (const file of report.files) {
        const n = file.findings.filter((f) => findingBlocks(f, report)).length;
        counts.blockingFindings += n;
        if (n)
            counts.filesWithBlockingFindings += 1;
        if (file.status === 'not-inspected' && report.notInspectedBlocks)
            counts.notInspected += 1;
        if (blockingCount(file, report) > 0)
            counts.blockingFiles += 1;
        counts.accepted += file.findings.filter((f) => f.accepted).length;
    }
    return counts;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/**
 * "2 files block: 5 findings in 1 file, 1 file not inspected; 1 gate problem" — the closing
 * error and the check run's title. Empty when nothing blocks.
 */
function blockingSentence(report, problems = 0) {
    const c = verdictCounts(report);
    const parts = [
        c.blockingFindings ? `${plural(c.blockingFindings, 'blocking finding')} in ${plural(c.filesWithBlockingFindings, 'file')}` : '',
        c.notInspected ? `${plural(c.notInspected, 'file')} not inspected` : '',
        problems ? `${plural(problems, 'gate problem')} (see the summary)` : '',
    ].filter(Boolean);
    return parts.length ? `blocked: ${parts.join(', ')}` : '';
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY). It leads with the verdict and what to do next (for the
 * author, and for an approver), then the files that block, one group per file (what to do about
 * it, a table of its findings, longer lists folded in `<details>`), then what did not block,
 * what was left out, the waiver, notes, and how to keep the JSON report as an artifact.
 * Fingerprints are folded away in a ready-to-paste `accepted-findings` snippet; a waiver's audit
 * line is shown once, not on every row.
 *
 * GitHub renders it as Markdown with raw HTML and escapes nothing, so every piece of untrusted
 * text is HTML-escaped here. A step summary over 1 MiB is dropped whole, so, as
 * dependency-review-action does, when the full summary would pass the budget a compact one is
 * written instead (verdict, what to do, the blocking files with their counts), and the compact
 * one is bounded piece by piece whatever the input.
 *
 * `summaryMarkdown` is a pure function of its input (the Action and `merge` share it).
 */








/** The summary the Action writes, bounded well under GitHub's 1 MiB per step. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
/** Untrusted text, flattened, bounded and escaped; `@` broken so it mentions no one. */
function summary_safe(text, max = 200) {
    return escapeHtml((0,safe_text/* displayText */.W)(text, max)).replace(/@/g, '@\u200b');
}
const code = (text, max = 160) => `<code>${summary_safe(text, max)}</code>`;
const summary_plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Findings shown in a file's table before the rest is folded into `<details>`. */
const ROWS_OPEN = 5;
/** Blocking files shown open before the rest is folded into `<details>`. */
const FILES_OPEN = 10;
/** At most this many items in any list of the summary; the rest is counted. */
const LIST_MAX = 200;
function hiddenText(f) {
    const l = f.location;
    const parts = [];
    if (l.sheetState === 'hidden')
        parts.push('hidden sheet');
    if (l.sheetState === 'very-hidden')
        parts.push('very hidden sheet');
    if (l.hiddenRows)
        parts.push(`${l.hiddenRows} hidden rows`);
    if (l.hiddenColumns?.length)
        parts.push(`hidden column${l.hiddenColumns.length === 1 ? '' : 's'} ${l.hiddenColumns.join(', ')}`);
    if (l.surface &&
        ['hidden-rows', 'hidden-columns', 'comments', 'defined-names', 'pivot-cache', 'metadata', 'external-link', 'chart-cache'].includes(l.surface))
        parts.push(l.surface.replace(/-/g, ' '));
    return parts.length ? `yes: ${parts.join(', ')}` : 'no';
}
function whereText(f) {
    const l = f.location;
    const bits = [(0,describe/* describePlace */.df)(l)].filter(Boolean);
    const letters = (l.columns ?? []).map((c) => c.letter ?? `#${c.index + 1}`);
    if (letters.length)
        bits.push(`column${letters.length === 1 ? '' : 's'} ${letters.join(', ')}`);
    if (l.rows)
        bits.push(l.rows.first === l.rows.last ? `row ${l.rows.first}` : `rows ${l.rows.first}–${l.rows.last}`);
    if (l.lines)
        bits.push(l.lines.first === l.lines.last ? `line ${l.lines.first}` : `lines ${l.lines.first}–${l.lines.last}`);
    return bits.join(', ') || 'whole file';
}
function whatText(f) {
    const kinds = [...new Set((f.location.columns ?? []).map((c) => (0,describe/* kindWords */.Gk)(c.kind)))];
    return `${model/* RULE_TITLES */.Zz[f.rule]}${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
}
/** Acceptances are listed once (A1, A2...) and rows point at them, so no audit line repeats. */
class Acceptances {
    keys = new Map();
    list = [];
    ref(accepted) {
        const text = `${accepted.reason}${accepted.by ? ` (by ${accepted.by})` : ''}`;
        let n = this.keys.get(text);
        if (n === undefined) {
            n = this.list.length + 1;
            this.keys.set(text, n);
            this.list.push(text);
        }
        return `A${n}`;
    }
}
function statusCell(f, report, acceptances) {
    if (f.accepted)
        return `accepted (${acceptances.ref(f.accepted)})`;
    return findingBlocks(f, report) ? '<b>blocks</b>' : 'below the fail level';
}
const TABLE_HEAD = '<table>\n<tr><th>Where</th><th>What</th><th>Rows</th><th>Severity</th><th>Hidden</th><th>Status</th></tr>\n';
function findingRow(f, report, acceptances) {
    const cells = [
        summary_safe(whereText(f), 240),
        summary_safe(whatText(f), 200),
        String(f.count),
        escapeHtml(f.severity),
        summary_safe(hiddenText(f), 120),
        statusCell(f, report, acceptances),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>\n`;
}
/** A file's findings: the first few in a table, the rest folded. */
function findingTable(file, report, acceptances) {
    const findings = bySeverity(file.findings);
    if (!findings.length)
        return '';
    // shownFinding looks at every finding of the file: call it only for the rows shown.
    const open = findings.slice(0, ROWS_OPEN).map((f) => (0,redact/* shownFinding */.Pg)(file, f));
    const folded = findings.slice(ROWS_OPEN, LIST_MAX).map((f) => (0,redact/* shownFinding */.Pg)(file, f));
    let out = `${TABLE_HEAD}${open.map((f) => findingRow(f, report, acceptances)).join('')}</table>\n\n`;
    if (folded.length)
        out += `<details><summary>${summary_plural(findings.length - ROWS_OPEN, 'more finding')} in this file</summary>\n\n${TABLE_HEAD}${folded.map((f) => findingRow(f, report, acceptances)).join('')}</table>\n${findings.length > LIST_MAX ? `\n${findings.length - LIST_MAX} more are in the JSON report.\n` : ''}</details>\n\n`;
    return out;
}
function fileHeading(file, report) {
    const blocking = file.findings.filter((f) => findingBlocks(f, report)).length;
    const parts = [];
    if (file.status === 'not-inspected')
        parts.push(`not inspected: ${summary_safe(reasonText(file) ?? 'the file could not be read', 200)}${file.detail ? ` (${summary_safe(file.detail, 200)})` : ''}`);
    if (blocking)
        parts.push(summary_plural(blocking, 'blocking finding'));
    const accepted = file.findings.filter((f) => f.accepted).length;
    const below = file.findings.length - blocking - accepted;
    if (accepted)
        parts.push(summary_plural(accepted, 'accepted finding'));
    if (below)
        parts.push(`${summary_plural(below, 'finding')} below the fail level (${escapeHtml(report.failOn)})`);
    return `#### ${code((0,redact/* shownPath */.pS)(file))}\n\n${parts.join('; ')}.\n\n`;
}
function blockingFileGroup(file, report, acceptances) {
    // Only the fix: the way to an exception is said once, under "What to do next".
    const step = nextStep(file, report, null);
    return `${fileHeading(file, report)}${step ? `**What to do:** ${summary_safe(step, 600)}\n\n` : ''}${findingTable(file, report, acceptances)}`;
}
function whoMayApprove(policy) {
    if (!policy)
        return 'an approver';
    const self = policy.allowSelf ? '' : ' (not the author of the pull request)';
    if (policy.approvers.length) {
        const names = policy.approvers.slice(0, 20).map((a) => code(a.includes('/') ? `${a} (team)` : a, 80));
        return `one of the configured approvers${self}: ${names.join(', ')}${policy.approvers.length > 20 ? `, and ${policy.approvers.length - 20} more` : ''}`;
    }
    return `someone with at least ${code(policy.minPermission, 20)} permission on this repository${self}`;
}
/** Paragraph lines; `null` drops a line that does not apply, `''` separates blocks. */
function paragraphs(lines) {
    return `${lines
        .filter((l) => l !== null)
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')}\n\n`;
}
function whatNext(input, counts) {
    const { waiver } = input;
    const label = code(waiver.label, 80);
    const head = input.headSha ? ` (${code(input.headSha.slice(0, 12), 20)})` : '';
    const config = code(input.approval?.configPath ?? '.github/asylum-pii-gate.yml', 120);
    const first = input.blockers?.length
        ? '- First, solve the problems listed under **Blocked: the gate could not judge every file** below.'
        : null;
    const unread = counts.notInspected
        ? '- A file that was not inspected: do what its **What to do** line says (the gate could not read it, so it cannot say it is safe).'
        : null;
    if (waiver.state === 'not-applicable') {
        return paragraphs([
            '### What to do next',
            '',
            first,
            '- Remove the files that block (listed below) with a new commit, or replace person-level rows with aggregates (counts by month, country or facility; no names or numbers). The history keeps a file until it is rewritten: if it reached a public branch, ask the repository administrators to purge it.',
            unread,
            `- If the data must be published as it is, the repository's privacy approvers can accept a finding in the config on the default branch (${config}, ${code('accepted-findings', 40)}: fingerprint, reason, approver, expiry date). The fingerprints are folded below.`,
        ]);
    }
    return paragraphs([
        '### What to do next',
        '',
        first,
        first ? '' : null,
        '**If you wrote this pull request**',
        '',
        '- Remove the files that block (listed below) from the pull request, or publish aggregates instead of person-level rows (counts by month, country or facility; no names or numbers). Remove them from every commit of the branch (rewrite or squash): a merge keeps what earlier commits added.',
        unread,
        `- If the data must be published as it is, ask ${whoMayApprove(input.approval)} to review the files and apply the label ${label}.`,
        '',
        '**If you are an approver**',
        '',
        `- The label ${label} says: I reviewed the files listed here and accept publishing them. The gate checks who applied it and when, live through the API.`,
        `- It covers this head commit only${head}: a new push voids it, and the label must be applied again after a new review.`,
        `- For a lasting acceptance (a table that will keep changing), add its fingerprints to ${code('accepted-findings', 40)} in ${config} on the base branch, with a reason, your login and an expiry date. The fingerprints are folded below, ready to paste.`,
    ]);
}
function summary_verdictLine(input, counts) {
    const blockers = input.blockers?.length ?? 0;
    const s = input.report.summary;
    if (blockers || counts.blockingFiles) {
        const parts = [
            counts.blockingFindings
                ? `${summary_plural(counts.blockingFindings, 'finding')} at or above the fail level (${escapeHtml(input.report.failOn)}) in ${summary_plural(counts.filesWithBlockingFindings, 'file')}`
                : '',
            counts.notInspected ? `${summary_plural(counts.notInspected, 'file')} that could not be inspected` : '',
            blockers ? `the gate could not judge every file (${summary_plural(blockers, 'problem')})` : '',
        ].filter(Boolean);
        return `## ❌ Blocked (asylum-pii-gate)\n\n**${parts.join('; ')}.**`;
    }
    if (input.waiver.state === 'holds') {
        const a = input.waiver.audit;
        const who = a
            ? ` applied by ${code(a.approver, 60)} at ${summary_safe(a.at, 40)} (server time) for head commit ${code(a.headSha.slice(0, 12), 20)}`
            : '';
        const waived = [
            counts.accepted ? `${summary_plural(counts.accepted, 'finding')} accepted` : '',
            s.notInspected ? `${summary_plural(s.notInspected, 'file')} not inspected` : '',
        ]
            .filter(Boolean)
            .join(', ');
        return `## ✅ Passed under an approved waiver (asylum-pii-gate)\n\n**The label ${code(input.waiver.label, 80)}${who} waives what would block (${waived}).** It covers this commit only.`;
    }
    return `## ✅ Passed (asylum-pii-gate)\n\n**Nothing blocks**: ${summary_plural(s.scanned, 'file')} scanned, ${summary_plural(s.findings, 'finding')} (${counts.accepted} accepted, ${s.findings - counts.accepted} below the fail level ${escapeHtml(input.report.failOn)}).`;
}
function scopeLine(input) {
    const s = input.report.summary;
    return `Gated ${summary_safe(input.subject, 200)}: ${summary_plural(s.files, 'file')}, ${s.scanned} scanned, ${s.skipped} not scanned, ${s.notInspected} not inspected. No value from any file is shown here.\n\n`;
}
function waiverSection(w) {
    const label = code(w.label, 80);
    switch (w.state) {
        case 'not-applicable':
            return '';
        case 'absent':
            return `### Waiver\n\nNo waiver: the label ${label} is not on the pull request (read live).${w.note ? ` ${summary_safe(w.note, 300)}.` : ''}\n\n`;
        case 'holds': {
            const a = w.audit;
            return `### Waiver\n\nThe waiver holds. Audit: label ${label} applied by ${code(a.approver, 60)} at ${summary_safe(a.at, 40)} (server time) for head commit ${code(a.headSha, 64)}; checked live through the API.\n\n`;
        }
        case 'rejected':
        case 'voided': {
            const head = w.state === 'voided'
                ? `The waiver label ${label} was voided:`
                : `The waiver label ${label} is on the pull request, but the waiver does not hold:`;
            return `### Waiver\n\n${head}\n\n${(w.reasons ?? [])
                .slice(0, 20)
                .map((r) => `- ${summary_safe(r, 400)}`)
                .join('\n')}\n\n`;
        }
    }
}
function acceptedSnippet(files, report) {
    const entries = [];
    let total = 0;
    for (const file of files) {
        for (const f of bySeverity(file.findings)) {
            if (!findingBlocks(f, report))
                continue;
            total += 1;
            if (entries.length >= LIST_MAX)
                continue;
            const shown = (0,redact/* shownFinding */.Pg)(file, f);
            entries.push(`  # ${escapeHtml((0,safe_text/* displayText */.W)(`${(0,redact/* shownPath */.pS)(file)} — ${whereText(shown)}`, 200))}\n  - fingerprint: ${escapeHtml(shown.fingerprint)}\n    reason: "…"\n    approver: your-login\n    expires: yyyy-mm-dd`);
        }
    }
    if (!entries.length)
        return '';
    return `<details><summary>Fingerprints of the blocking findings (for <code>accepted-findings</code>)</summary>\n\n<pre>accepted-findings:\n${entries.join('\n')}\n</pre>\n${total > entries.length ? `\n${total - entries.length} more are in the JSON report.\n` : ''}\n</details>\n\n`;
}
function skippedSection(report) {
    const skipped = report.files.filter((f) => f.status === 'skipped');
    if (!skipped.length)
        return '';
    const counts = new Map();
    for (const f of skipped)
        counts.set(reasonText(f) ?? 'skipped', (counts.get(reasonText(f) ?? 'skipped') ?? 0) + 1);
    let out = `<details><summary>Not scanned (${skipped.length})</summary>\n\n${[...counts].map(([why, n]) => `- ${summary_plural(n, 'file')}: ${summary_safe(why, 200)}`).join('\n')}\n`;
    const allowlisted = skipped.filter((f) => f.reason === 'allowlisted');
    if (allowlisted.length) {
        out += `\nAllowlisted by the config file:\n\n<ul>\n${allowlisted
            .slice(0, LIST_MAX)
            .map((f) => `<li>${code((0,redact/* shownPath */.pS)(f))}: ${summary_safe(f.detail ?? '', 200)}</li>`)
            .join('\n')}\n</ul>\n${allowlisted.length > LIST_MAX ? `\n${allowlisted.length - LIST_MAX} more are in the JSON report.\n` : ''}`;
    }
    return `${out}\n</details>\n\n`;
}
const ARTIFACT_EXAMPLE = `<details><summary>Keep the JSON report and the SARIF file</summary>

The gate writes them on the runner (step outputs <code>report</code> and <code>sarif</code>); they are gone when the job ends. To keep the JSON report, give the gate's step <code>id: gate</code> and add:

<pre>- uses: actions/upload-artifact@v4
  if: always()
  with:
    name: asylum-pii-gate-report
    path: \${{ steps.gate.outputs.report }}</pre>

</details>

`;
function blockersSection(blockers) {
    if (!blockers?.length)
        return '';
    return `### Blocked: the gate could not judge every file\n\n${blockers
        .slice(0, 20)
        .map((b) => `- ${summary_safe(b, 600)}`)
        .join('\n')}${blockers.length > 20 ? `\n- and ${blockers.length - 20} more (see the annotations)` : ''}\n\n`;
}
function notesSection(notes) {
    if (!notes?.length)
        return '';
    return `<details><summary>Notes on this run</summary>\n\n${notes
        .slice(0, 20)
        .map((n) => `- ${summary_safe(n, 500)}`)
        .join('\n')}\n\n</details>\n\n`;
}
/** The acceptances first referenced since `from`, listed once after the tables that point at them. */
function acceptancesSection(acceptances, from = 0) {
    const list = acceptances.list.slice(from);
    if (!list.length)
        return '';
    return `**Accepted** (rows marked ${list.length === 1 ? `A${from + 1}` : `A${from + 1}–A${acceptances.list.length}`}):\n\n${list.map((a, i) => `- A${from + i + 1}: ${summary_safe(a, 300)}`).join('\n')}\n\n`;
}
/** The whole summary, with every file group; may pass the budget (then `compactSummary` is used). */
function fullSummary(input) {
    const { report } = input;
    const counts = verdictCounts(report);
    const acceptances = new Acceptances();
    const blocking = report.files.filter((f) => blockingCount(f, report) > 0);
    const blockingSet = new Set(blocking);
    const others = report.files.filter((f) => !blockingSet.has(f) && (f.findings.length > 0 || f.status === 'not-inspected'));
    let out = `${summary_verdictLine(input, counts)}\n\n${scopeLine(input)}`;
    if (blocking.length || input.blockers?.length)
        out += whatNext(input, counts);
    out += blockersSection(input.blockers);
    if (blocking.length) {
        out += `### Files that block (${blocking.length})\n\n`;
        out += blocking
            .slice(0, FILES_OPEN)
            .map((f) => blockingFileGroup(f, report, acceptances))
            .join('');
        if (blocking.length > FILES_OPEN) {
            const folded = blocking.slice(FILES_OPEN, LIST_MAX);
            out += `<details><summary>${summary_plural(blocking.length - FILES_OPEN, 'more file')} that block</summary>\n\n${folded.map((f) => blockingFileGroup(f, report, acceptances)).join('')}${blocking.length > LIST_MAX ? `${blocking.length - LIST_MAX} more are in the JSON report.\n\n` : ''}</details>\n\n`;
        }
    }
    out += acceptancesSection(acceptances);
    if (others.length) {
        const title = input.waiver.state === 'holds' ? 'Accepted under the waiver, or below the fail level' : 'Findings that do not block';
        const from = acceptances.list.length;
        const listed = others
            .slice(0, LIST_MAX)
            .map((f) => `${fileHeading(f, report)}${findingTable(f, report, acceptances)}`)
            .join('');
        out += `<details${blocking.length ? '' : ' open'}><summary>${title} (${summary_plural(others.length, 'file')})</summary>\n\n${listed}${others.length > LIST_MAX ? `${others.length - LIST_MAX} more are in the JSON report.\n\n` : ''}${acceptancesSection(acceptances, from)}</details>\n\n`;
    }
    out += acceptedSnippet(blocking, report);
    out += waiverSection(input.waiver);
    out += skippedSection(report);
    out += notesSection(input.notes);
    out += ARTIFACT_EXAMPLE;
    return out;
}
/**
 * The summary when the full one is too large: verdict, what to do, and one line per blocking
 * file (with its counts), each piece bounded so the whole stays under `budget` whatever the input.
 */
function compactSummary(input, budget = SUMMARY_BUDGET_BYTES) {
    const { report } = input;
    const counts = verdictCounts(report);
    const head = `${summary_verdictLine(input, counts)}\n\n${scopeLine(input)}${counts.blockingFiles || input.blockers?.length ? whatNext(input, counts) : ''}${blockersSection(input.blockers)}`;
    const tail = `The full summary would pass GitHub's 1 MiB limit for a step summary, so this is the short version: every finding, with its sheet, columns, rows and fingerprint, is in the JSON report and the SARIF file.\n\n${waiverSection(input.waiver)}${ARTIFACT_EXAMPLE}`;
    const room = budget - Buffer.byteLength(head) - Buffer.byteLength(tail) - 1024;
    const blocking = report.files.filter((f) => blockingCount(f, report) > 0);
    let list = '';
    let shown = 0;
    for (const file of blocking) {
        const n = file.findings.filter((f) => findingBlocks(f, report)).length;
        const what = [file.status === 'not-inspected' ? 'not inspected' : '', n ? summary_plural(n, 'blocking finding') : '']
            .filter(Boolean)
            .join(', ');
        const line = `- ${code((0,redact/* shownPath */.pS)(file))}: ${what}\n`;
        if (Buffer.byteLength(list) + Buffer.byteLength(line) > room)
            break;
        list += line;
        shown += 1;
    }
    const files = blocking.length
        ? `### Files that block (${blocking.length})\n\n${list}${shown < blocking.length ? `- and ${blocking.length - shown} more (see the JSON report)\n` : ''}\n`
        : '';
    return `${head}${files}${tail}`;
}
/** The summary to write: the full one when it fits the budget, else the compact one. */
function summaryMarkdown(input, budget = SUMMARY_BUDGET_BYTES) {
    const full = fullSummary(input);
    return Buffer.byteLength(full) <= budget ? full : compactSummary(input, budget);
}
/** Add the summary to `writer` (the real `core.summary`) and return it. */
function buildSummary(writer, input, budget = SUMMARY_BUDGET_BYTES) {
    writer.addRaw(summaryMarkdown(input, budget));
    return writer;
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
const ERASE_LINE = '\r\u001b[2K';
function progressText(done, total) {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    return `asylum-pii-gate: scanned ${done} of ${total} file${total === 1 ? '' : 's'} (${pct}%)`;
}
function createProgress(options) {
    const now = options.now ?? Date.now;
    const delay = options.delayMs ?? 1000;
    const interval = options.intervalMs ?? 100;
    const started = now();
    let drawn = false;
    let lastDraw = -Infinity;
    return {
        update(done, total) {
            if (!options.enabled)
                return;
            const t = now();
            if (t - started < delay || t - lastDraw < interval)
                return;
            lastDraw = t;
            drawn = true;
            options.write(`${ERASE_LINE}${progressText(done, total)}`);
        },
        clear() {
            if (!drawn)
                return;
            drawn = false;
            options.write(ERASE_LINE);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/root.ts
/**
 * The folder the command line shows paths from, and that its fingerprints, allowlist globs and
 * SARIF URIs are relative to: the git repository holding the scanned paths (its top level,
 * found by looking for `.git` upward, never by running git), so that the CLI names a file as the
 * Action does; outside a repository, the current folder when every path is under it, else the
 * deepest folder that holds every path.
 */


function inside(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The nearest folder at or above `start` that holds a `.git` folder or file (a worktree or submodule). */
async function gitTopLevel(start) {
    let dir = start;
    const top = (0,external_node_path_.parse)(dir).root;
    for (;;) {
        if (await exists((0,external_node_path_.resolve)(dir, '.git')))
            return dir;
        if (dir === top)
            return undefined;
        dir = (0,external_node_path_.dirname)(dir);
    }
}
function commonFolder(paths) {
    let common = paths[0];
    for (const p of paths.slice(1))
        while (!inside(common, p))
            common = (0,external_node_path_.dirname)(common);
    return common;
}
/**
 * Where paths are shown from. `paths` are absolute; a path that is a file counts by its folder.
 * Standard input has no place on disk and is left out by the caller.
 */
async function projectRoot(paths, cwd) {
    const folders = await Promise.all(paths.map(async (p) => {
        try {
            return (await (0,promises_.stat)(p)).isDirectory() ? p : (0,external_node_path_.dirname)(p);
        }
        catch {
            return (0,external_node_path_.dirname)(p);
        }
    }));
    if (!folders.length)
        return { dir: cwd, kind: 'scan' };
    const git = await gitTopLevel(folders[0]);
    if (git && folders.every((f) => inside(git, f)))
        return { dir: git, kind: 'git' };
    if (folders.every((f) => inside(cwd, f)))
        return { dir: cwd, kind: 'scan' };
    return { dir: commonFolder(folders), kind: 'scan' };
}
/** A path under `root`, with `/` separators, as reports show it. */
function shownFrom(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return (rel || '.').split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `asylum-pii-gate scan [--format text|json|sarif] [--output FILE] [--fail-on LEVEL] PATH...`
 * Exit 0 when nothing blocks, 1 when something blocks (a finding at or above the fail level, or
 * a file that could not be inspected), 2 for a usage error (bad flags, a missing path, a bad
 * config file, a report that could not be written). Everything that can be checked before the
 * scan (paths, config, the output file) is checked first.
 */




















/** How standard input is shown in reports (it has no path). */
const STDIN_PATH = '(stdin)';
const EXIT_PASS = 0;
const EXIT_BLOCK = 1;
const EXIT_USAGE = 2;
const NAME = tool_TOOL.name;
const quoted = (text) => `'${(0,safe_text/* displayText */.W)(text, 200)}'`;
/** Colors only for text going to a terminal, and never when NO_COLOR is set (no-color.org) or --no-color given. */
function useColor(command, io) {
    if (command.format !== 'text' || command.output !== undefined || command.noColor)
        return false;
    if (io.env?.NO_COLOR)
        return false;
    return io.stdoutIsTTY === true;
}
function render(report, format, options = {}) {
    if (format === 'json')
        return toJson(report);
    if (format === 'sarif') {
        const rootDescription = options.root?.kind === 'scan'
            ? 'The folder the command line scanned from (not inside a git repository): every artifact URI is relative to it.'
            : undefined;
        return toSarif(report, rootDescription ? { rootDescription } : {});
    }
    return toText(report, options);
}
/** Every named path must exist; a missing one is a usage error that names it (escaped). */
async function checkPaths(paths, io) {
    for (const p of paths) {
        if (p === '-')
            continue;
        try {
            await (0,promises_.lstat)((0,external_node_path_.resolve)(io.cwd, p));
        }
        catch (error) {
            const code = error?.code;
            const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or directory' : 'cannot be read';
            io.stderr(`${NAME}: ${quoted(p)}: ${why}\n`);
            return { ok: false, code: EXIT_USAGE };
        }
    }
    return { ok: true, value: undefined };
}
/** --config FILE: the Action's YAML/JSON schema, applied whole (allowlist, detection settings, accepted findings). */
async function loadConfig(file, io) {
    if (file === undefined)
        return { ok: true, value: undefined };
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
    }
    catch {
        io.stderr(`${NAME}: the config file ${quoted(file)} could not be read\n`);
        return { ok: false, code: EXIT_USAGE };
    }
    const parsed = parseActionConfig(text);
    if (!parsed.ok) {
        io.stderr(`${NAME}: the config file ${quoted(file)} is not valid:\n${parsed.errors.map((e) => `  - ${(0,safe_text/* displayText */.W)(e, 200)}\n`).join('')}`);
        return { ok: false, code: EXIT_USAGE };
    }
    return { ok: true, value: parsed.config };
}
/** --output FILE must be writable before minutes are spent scanning: an existing file, or a new one in an existing folder. */
async function checkOutput(output, io) {
    if (output === undefined)
        return { ok: true, value: undefined };
    const path = (0,external_node_path_.resolve)(io.cwd, output);
    let why;
    try {
        const info = await (0,promises_.stat)(path);
        if (info.isDirectory())
            why = 'it is a folder';
        else
            await (0,promises_.access)(path, promises_.constants.W_OK).catch(() => (why = 'it cannot be written'));
    }
    catch {
        try {
            const parent = await (0,promises_.stat)((0,external_node_path_.dirname)(path));
            if (!parent.isDirectory())
                why = 'its folder does not exist';
            else
                await (0,promises_.access)((0,external_node_path_.dirname)(path), promises_.constants.W_OK).catch(() => (why = 'its folder cannot be written'));
        }
        catch {
            why = 'its folder does not exist';
        }
    }
    if (!why)
        return { ok: true, value: undefined };
    io.stderr(`${NAME}: the report cannot be written to ${quoted(output)}: ${why}\n`);
    return { ok: false, code: EXIT_USAGE };
}
function scanOptions(command, config) {
    const limits = {};
    if (command.maxFileSize !== undefined)
        limits.maxFileSize = command.maxFileSize;
    if (command.timeoutMs !== undefined)
        limits.timeoutMs = command.timeoutMs;
    if (command.memoryLimitMb !== undefined)
        limits.memoryLimitMb = command.memoryLimitMb;
    return (0,scan_options/* resolveScanOptions */.Sm)({
        failOn: command.failOn,
        notInspectedBlocks: command.notInspectedBlocks,
        limits,
        ...(command.concurrency !== undefined ? { concurrency: command.concurrency } : {}),
        ...(config ? { detect: detectOptionsFrom(config) } : {}),
    });
}
/** Standard input, read up to one byte over the size limit (the scanner then reports it too large). */
async function readStdin(stream, limit) {
    if (!stream)
        return new Uint8Array();
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        chunks.push(buf);
        size += buf.length;
        if (size > limit)
            break;
    }
    return Buffer.concat(chunks).subarray(0, limit + 1);
}
async function walk(paths, root, io) {
    try {
        return { ok: true, value: await expandPaths(paths, root) };
    }
    catch {
        io.stderr(`${NAME}: a directory under the given paths could not be read\n`);
        return { ok: false, code: EXIT_USAGE };
    }
}
function today(io) {
    return io.today ?? new Date().toISOString().slice(0, 10);
}
async function runScan(command, io) {
    const checked = await checkPaths(command.paths, io);
    if (!checked.ok)
        return checked.code;
    const config = await loadConfig(command.config, io);
    if (!config.ok)
        return config.code;
    const output = await checkOutput(command.output, io);
    if (!output.ok)
        return output.code;
    const onDisk = command.paths.filter((p) => p !== '-').map((p) => (0,external_node_path_.resolve)(io.cwd, p));
    const root = await projectRoot(onDisk, io.cwd);
    const walked = await walk(onDisk, root.dir, io);
    if (!walked.ok)
        return walked.code;
    const options = scanOptions(command, config.value);
    // The config's allowlist leaves files out as the Action does (matched on the shown path).
    const allowlist = config.value?.allowlist ?? [];
    const results = [];
    const targets = [];
    for (const file of walked.value) {
        const displayPath = shownFrom(root.dir, file.path);
        if (!inShard(displayPath, command.shard))
            continue;
        const d = decide(displayPath, { include: [], exclude: [], allowlist });
        if (!d.scan)
            results.push({ path: displayPath, status: 'skipped', reason: d.reason, detail: d.detail, findings: [] });
        else {
            targets.push({ index: results.length, target: { path: file.path, displayPath } });
            results.push(undefined);
        }
    }
    if (command.paths.includes('-')) {
        targets.push({
            index: results.length,
            target: { displayPath: STDIN_PATH, data: await readStdin(io.stdin, options.limits.maxFileSize) },
        });
        results.push(undefined);
    }
    const progress = createProgress({
        write: io.stderr,
        enabled: io.stderrIsTTY === true && !command.quiet,
        ...(io.now ? { now: io.now } : {}),
    });
    try {
        const scanned = await scanTargets(targets.map((t) => t.target), options, { onProgress: (p) => progress.update(p.done, p.total) });
        targets.forEach((t, i) => (results[t.index] = scanned[i]));
    }
    finally {
        progress.clear();
    }
    const accepted = applyAcceptedFindings(results, config.value?.acceptedFindings ?? [], today(io));
    const report = verdict_buildReport(accepted.files, { failOn: command.failOn, notInspectedBlocks: command.notInspectedBlocks }, tool_TOOL);
    if (command.shard)
        report.shard = command.shard;
    for (const e of accepted.expiredMatches)
        io.stderr(`${NAME}: an accepted-findings entry (fingerprint ${(0,safe_text/* displayText */.W)(e.fingerprint, 64)}) expired on ${e.expires}: its finding counts again\n`);
    const text = render(report, command.format, { color: useColor(command, io), quiet: command.quiet, root });
    return emit(report, text, command, io);
}
/** Write the report to --output or stdout; the exit code says whether anything blocks. */
async function emit(report, text, command, io) {
    if (command.output !== undefined) {
        try {
            await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, command.output), text);
        }
        catch {
            io.stderr(`${NAME}: the report could not be written to ${quoted(command.output)}\n`);
            return EXIT_USAGE;
        }
        if (!command.quiet)
            io.stderr(`${summaryLine(report)}\n${NAME}: report written to ${quoted(command.output)}\n`);
    }
    else {
        io.stdout(text);
    }
    return report.summary.blocking > 0 ? EXIT_BLOCK : EXIT_PASS;
}
/** A job-summary writer that only collects text (the merge step prints it or writes it to a file). */
class TextSummary {
    text = '';
    addRaw(text, addEOL = false) {
        this.text += addEOL ? `${text}\n` : text;
        return this;
    }
    stringify() {
        return this.text;
    }
}
/**
 * `merge REPORT.json...`: the JSON reports of a sharded audit become one report in any format,
 * including the job summary (Markdown) for $GITHUB_STEP_SUMMARY. Exit 1 when anything blocks,
 * 2 when a report cannot be read, is not valid, or a shard is missing.
 */
async function runMerge(command, io) {
    const inputs = [];
    for (const path of command.reports) {
        let value;
        try {
            value = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, path), 'utf8'));
        }
        catch {
            io.stderr(`${NAME}: the report ${quoted(path)} could not be read as JSON\n`);
            return EXIT_USAGE;
        }
        inputs.push({ name: `report ${quoted(path)}`, value });
    }
    const merged = mergeReports(inputs);
    if (!merged.ok) {
        io.stderr(`${NAME}: the reports cannot be merged:\n${merged.errors.map((e) => `  - ${e}\n`).join('')}`);
        return EXIT_USAGE;
    }
    const report = merged.report;
    const text = command.format === 'summary'
        ? buildSummary(new TextSummary(), {
            report,
            subject: `${command.reports.length} shard report(s) of a whole-repository audit`,
            waiver: { state: 'not-applicable', label: '' },
        }).stringify()
        : render(report, command.format, { quiet: command.quiet });
    return emit(report, text, command, io);
}
async function runCli(argv, io) {
    const parsed = parseArgs(argv);
    switch (parsed.command) {
        case 'help':
            io.stdout(USAGE);
            return EXIT_PASS;
        case 'version':
            io.stdout(`${tool_TOOL.name} ${tool_TOOL.version}\n`);
            return EXIT_PASS;
        case 'usage-error':
            io.stderr(`${NAME}: ${parsed.message}\n${USAGE_HINT}`);
            return EXIT_USAGE;
        case 'scan':
            return runScan(parsed, io);
        case 'merge':
            return runMerge(parsed, io);
    }
}


/***/ }),

/***/ 5702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ resolveScanOptions),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
/* unused harmony exports DEFAULT_DETECT_OPTIONS, defaultConcurrency, DEFAULT_SCAN_OPTIONS */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_LIMITS = {
    maxFileSize: 100 * 1024 * 1024,
    maxDecompressedSize: 1024 * 1024 * 1024,
    timeoutMs: 120_000,
    memoryLimitMb: 1024,
    maxArchiveDepth: 3,
    maxArchiveEntries: 10_000,
    maxNestingDepth: 512,
};
const DEFAULT_DETECT_OPTIONS = {
    severityOverrides: {},
    headerSynonyms: {},
    customRecognizers: [],
};
function defaultConcurrency() {
    const cpus = typeof (node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism() : node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus().length;
    return Math.max(1, Math.min(4, cpus));
}
const DEFAULT_SCAN_OPTIONS = {
    failOn: 'high',
    notInspectedBlocks: true,
    limits: DEFAULT_LIMITS,
    concurrency: defaultConcurrency(),
    detect: DEFAULT_DETECT_OPTIONS,
};
/** Fill a partial set of options with the defaults, one level deep for the nested groups. */
function resolveScanOptions(partial = {}) {
    return {
        failOn: partial.failOn ?? DEFAULT_SCAN_OPTIONS.failOn,
        notInspectedBlocks: partial.notInspectedBlocks ?? DEFAULT_SCAN_OPTIONS.notInspectedBlocks,
        concurrency: partial.concurrency ?? DEFAULT_SCAN_OPTIONS.concurrency,
        limits: { ...DEFAULT_LIMITS, ...partial.limits },
        detect: {
            severityOverrides: { ...partial.detect?.severityOverrides },
            headerSynonyms: { ...partial.detect?.headerSynonyms },
            customRecognizers: [...(partial.detect?.customRecognizers ?? [])],
        },
    };
}


/***/ }),

/***/ 606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ kindWords),
/* harmony export */   df: () => (/* binding */ describePlace),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   jb: () => (/* binding */ describeFinding)
/* harmony export */ });
/* unused harmony exports describeColumn, singular */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4146);
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3712);


/** Human words for what a column holds. */
const KIND_WORDS = {
    'full-name': 'name',
    'given-name': 'given name',
    'family-name': 'family name',
    'a-number': 'A-number',
    'receipt-number': 'USCIS receipt number',
    'i94-number': 'I-94 number',
    'sevis-id': 'SEVIS ID',
    'subject-id': 'subject/case ID',
    'passport-number': 'passport number',
    birthdate: 'birthdate',
    'birth-year': 'birth year',
    age: 'age',
    nationality: 'nationality',
    'birth-country': 'birth country',
    gender: 'gender',
    facility: 'detention facility',
    'facility-code': 'facility code',
    'book-in-date': 'book-in date',
    'book-out-date': 'book-out date',
    'protection-claim': 'protection claim',
    'case-status': 'case status',
    'case-category': 'case category',
    religion: 'religion',
    ethnicity: 'ethnicity',
    'marital-status': 'marital status',
    address: 'address',
    phone: 'phone number',
    email: 'email address',
    date: 'date',
    count: 'count',
    other: 'other',
};
function kindWords(kind) {
    return KIND_WORDS[kind] ?? kind;
}
function quote(text) {
    return `'${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(text, 60).replace(/'/g, '’')}'`;
}
function describeColumn(column) {
    const where = column.letter ?? `#${column.index + 1}`;
    const header = column.header ? ` ${quote(column.header)}` : '';
    return `${where}${header} (${kindWords(column.kind)})`;
}
/** "archive.zip entry 'x.csv', sheet 'Roster' (hidden), comments" — the place, without counts. */
function describePlace(location) {
    const parts = [];
    if (location.entry)
        parts.push(`entry ${quote(location.entry)}`);
    if (location.page !== undefined)
        parts.push(`page ${location.page}`);
    if (location.sheet !== undefined) {
        const state = location.sheetState === 'hidden' ? ' (hidden sheet)' : location.sheetState === 'very-hidden' ? ' (very hidden sheet)' : '';
        parts.push(`sheet ${quote(location.sheet)}${state}`);
    }
    if (location.surface && location.surface !== 'cells' && location.surface !== 'text' && location.surface !== 'table') {
        parts.push(location.surface.replace(/-/g, ' '));
    }
    return parts.join(', ');
}
function range(word, r) {
    if (!r)
        return '';
    return r.first === r.last ? `${word} ${r.first}` : `${word}s ${r.first}–${r.last}`;
}
/**
 * The one sentence every output uses for a finding. Only structure goes in: rule title, place,
 * column letters and safe headers, counts, row ranges and hidden flags.
 */
function describeFinding(rule, location, count, unit = 'person rows') {
    const bits = [];
    const place = describePlace(location);
    if (place)
        bits.push(place);
    const transposed = location.personColumns;
    if (location.columns?.length && transposed) {
        const fields = location.columns
            .map((c) => `row ${c.index + 1}${c.header ? ` ${quote(c.header)}` : ''} (${kindWords(c.kind)})`)
            .join(', ');
        bits.push(`one person per column, fields ${fields}`);
    }
    else if (location.columns?.length) {
        const cols = location.columns.map(describeColumn).join(', ');
        bits.push(`column${location.columns.length === 1 ? '' : 's'} ${cols}`);
    }
    const where = bits.length ? `${bits.join(', ')}: ` : '';
    // A transposed table's people are columns (letters), its fields are the rows named above.
    const rows = transposed
        ? transposed.first === transposed.last
            ? `column ${transposed.first}`
            : `columns ${transposed.first}–${transposed.last}`
        : range('row', location.rows);
    const lines = range('line', location.lines);
    const span = [rows, lines].filter(Boolean).join(', ');
    const hidden = [];
    if (location.hiddenRows)
        hidden.push(`${location.hiddenRows} in hidden rows`);
    if (location.hiddenColumns?.length)
        hidden.push(`hidden column${location.hiddenColumns.length === 1 ? '' : 's'} ${location.hiddenColumns.join(', ')}`);
    const extra = [span, ...hidden].filter(Boolean).join('; ');
    const what = transposed && unit === 'person rows' ? 'person columns' : unit;
    return `${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_TITLES */ .Zz[rule]} — ${where}${count} ${count === 1 ? singular(what) : what}${extra ? ` (${extra})` : ''}`;
}
/** "person rows" → "person row", "properties" → "property". */
function singular(unit) {
    if (unit.endsWith('ies'))
        return `${unit.slice(0, -3)}y`;
    return unit.replace(/s$/, '');
}


/***/ }),

/***/ 5527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A finding's identity for waivers and accepted-finding lists. It is built from the file path,
 * the rule and the structural place (archive entry, sheet, surface, column kinds and indexes),
 * never from a value: a hash of a nine-digit A-number can be reversed by trying all 10^9.
 * Row ranges are left out so that adding a row to an accepted roster keeps its fingerprint.
 */
function fingerprint(path, rule, location) {
    const columns = (location.columns ?? []).map((c) => `${c.index}:${c.kind}`).join(',');
    const parts = [
        path,
        rule,
        location.entry ?? '',
        location.sheet ?? '',
        location.surface ?? '',
        location.page === undefined ? '' : String(location.page),
        columns,
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}


/***/ }),

/***/ 4146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ COLUMN_KINDS),
/* harmony export */   Zz: () => (/* binding */ RULE_TITLES),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   eI: () => (/* binding */ SKIP_REASONS),
/* harmony export */   ev: () => (/* binding */ NOT_INSPECTED_REASONS),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/**
 * The shapes every concern shares: what a finding is, what a file's result is, what a scan
 * report is. Nothing here may ever hold a detected value: a finding is described by rule,
 * column header (only when the header is safe to show), location and count.
 */
const SEVERITIES = ['notice', 'warning', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function isSeverity(value) {
    return typeof value === 'string' && SEVERITIES.includes(value);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
/** Every rule the gate can raise. Adding one means adding its title in RULE_TITLES. */
const RULES = [
    /** A table whose rows identify people and link them to a protection claim. */
    'person-record.protection-claim',
    /** A table whose rows identify people and carry a quasi-identifier (birthdate, nationality...). */
    'person-record.quasi-identifier',
    /** A column of immigration numbers (A-numbers, receipt numbers, I-94, SEVIS). */
    'person-record.immigration-number',
    /** A table of names with nothing sensitive beside them (a staff directory). */
    'person-record.names-only',
    /** Prose that ties a person to a protection claim. */
    'prose.protection-claim',
    /** Prose carrying an A-number or other immigration number in context. */
    'prose.immigration-number',
    /** Prose tying a name to a birthdate. */
    'prose.name-birthdate',
    /** A file path that itself carries a name or an immigration number. */
    'file-name.identifier',
    /** Document properties naming people (creator, last modified by). */
    'metadata.author',
    /** A link to an internal file share or another workbook. */
    'metadata.external-link',
    /** A user-configured recognizer matched. */
    'custom',
];
const RULE_TITLES = {
    'person-record.protection-claim': 'Person-level records linked to a protection claim',
    'person-record.quasi-identifier': 'Person-level records with identifying details',
    'person-record.immigration-number': 'Immigration numbers',
    'person-record.names-only': 'A list of names',
    'prose.protection-claim': 'Text tying a person to a protection claim',
    'prose.immigration-number': 'Immigration number in text',
    'prose.name-birthdate': 'Name with a birthdate in text',
    'file-name.identifier': 'File name carries a personal identifier',
    'metadata.author': 'Document properties name a person',
    'metadata.external-link': 'Link to an internal file share or workbook',
    custom: 'Custom recognizer',
};
/** What a column holds, decided from its header and its values. */
const COLUMN_KINDS = [
    'full-name',
    'given-name',
    'family-name',
    'a-number',
    'receipt-number',
    'i94-number',
    'sevis-id',
    'subject-id',
    'passport-number',
    'birthdate',
    'birth-year',
    'age',
    'nationality',
    'birth-country',
    'gender',
    'facility',
    'facility-code',
    'book-in-date',
    'book-out-date',
    'protection-claim',
    'case-status',
    'case-category',
    'religion',
    'ethnicity',
    'marital-status',
    'address',
    'phone',
    'email',
    'date',
    'count',
    'other',
];
/** Why a file could not be fully inspected. Plain words; never a library message. */
const NOT_INSPECTED_REASONS = {
    corrupt: 'the file is corrupt or not what its format claims',
    truncated: 'the file ends before its structure does (truncated)',
    'password-protected': 'the file is password-protected or encrypted',
    'too-large': 'the file is larger than the size limit',
    'too-large-decompressed': 'the file would exceed the decompressed-size limit',
    'timed-out': 'reading the file took longer than the time limit',
    'out-of-memory': 'reading the file needed more memory than the limit',
    'unreadable-encoding': 'the text encoding could not be read',
    'unsupported-format': 'the format is not supported and may hold data',
    'no-text-layer': 'the document has no text layer (a scan or image)',
    'too-deep': 'the file nests deeper than the limit',
    'too-many-entries': 'the archive holds more entries than the limit',
    'read-error': 'the file could not be read from disk',
    'internal-error': 'the scanner failed on this file',
    'stored-in-git-lfs': 'the file is stored in Git LFS: only its pointer was in the checkout',
    'link-out-of-repository': 'the file is a symbolic link that points out of the repository',
    'link-to-folder': 'the file is a symbolic link to a folder, whose files a site build would publish',
    'not-reached': 'the run’s overall time budget ran out before this file was reached',
};
const SKIP_REASONS = {
    excluded: 'excluded by configuration',
    allowlisted: 'allowlisted by configuration',
    'binary-media': 'an image, audio, video or font file: it holds no tabular or text data the gate reads',
    'os-metadata': 'a Finder or Windows folder file (.DS_Store, ._ resource fork, Thumbs.db): it holds folder settings and thumbnails, not records',
    'geometry-only': 'a shapefile geometry, index or projection part: it holds shapes and coordinates; the records are in the .dbf',
    removed: 'the file was removed',
    empty: 'the file is empty',
};


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ entryCarriesIdentifier),
/* harmony export */   CA: () => (/* binding */ redactIdentifiers),
/* harmony export */   Pg: () => (/* binding */ shownFinding),
/* harmony export */   Sh: () => (/* binding */ pathCarriesIdentifier),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* unused harmony exports REDACTED, redactPath, shownFingerprint */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(606);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5527);
/**
 * A path that itself carries an identifier (`cases/Garcia_Jose_A012345678.pdf`) must not be
 * repeated by the reports that point at it. When detection raised 'file-name.identifier' for a
 * file, every output shows its path with the identifying parts replaced by `…`; when it raised
 * it for an entry inside an archive, the entry names are shown redacted the same way, in the
 * location, in the message and in the fingerprint.
 */


const REDACTED = '…';
/** Seven or more digits: an A-number (with or without its leading zeros) or a similar number. */
const LONG_DIGITS = /\d{7,}/g;
/**
 * A capitalised word: an upper-case letter followed by at least one more letter (accents,
 * apostrophes and inner hyphens included), such as Garcia, GARCIA, O'Brien, Núñez, Saint-Fleur.
 */
const NAME_LIKE = /\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*[\p{L}\p{M}]/gu;
/** A short extension stays: it tells the reader what kind of file it is and names no one. */
const EXTENSION = /(\.[A-Za-z0-9]{1,5})$/;
function redactSegment(segment) {
    const ext = EXTENSION.exec(segment);
    const stem = ext && ext.index > 0 ? segment.slice(0, ext.index) : segment;
    const tail = ext && ext.index > 0 ? ext[1] : '';
    const redacted = stem.replace(LONG_DIGITS, REDACTED).replace(NAME_LIKE, REDACTED);
    return redacted + tail;
}
/** Replace long digit runs and capitalised name-like words in every segment of a path. */
function redactIdentifiers(path) {
    return path
        .split(/(?=[/!])|(?<=[/!])/)
        .map((part) => (part === '/' || part === '!' ? part : redactSegment(part)))
        .join('');
}
const fileNameFindings = (findings) => findings.filter((f) => f.rule === 'file-name.identifier');
/** Whether the file's own path carries an identifier (a file-name finding not about an archive entry). */
function pathCarriesIdentifier(findings) {
    return fileNameFindings(findings).some((f) => f.location.entry === undefined);
}
/** Whether the name of an entry inside the file (an archive) carries an identifier. */
function entryCarriesIdentifier(findings) {
    return fileNameFindings(findings).some((f) => f.location.entry !== undefined);
}
/** The path to show for a file: as given, or redacted when the path itself carries an identifier. */
function redactPath(path, findings) {
    return pathCarriesIdentifier(findings) ? redactIdentifiers(path) : path;
}
/** Convenience for reporters: the path to show for a file result. */
function shownPath(file) {
    return redactPath(file.path, file.findings);
}
/**
 * A finding as reports show it. Unchanged unless the file's path or an entry name in it carries
 * an identifier; then the entry name is redacted in the location and in the message, and the
 * fingerprint is taken over the redacted path and entry: a hash over a name holding an A-number
 * could be reversed by trying all 10^9 numbers.
 */
function shownFinding(file, finding) {
    const redactFilePath = pathCarriesIdentifier(file.findings);
    const redactEntries = entryCarriesIdentifier(file.findings);
    if (!redactFilePath && !redactEntries)
        return finding;
    const entry = finding.location.entry;
    const shownEntry = redactEntries && entry !== undefined ? redactIdentifiers(entry) : entry;
    const location = shownEntry === entry ? finding.location : { ...finding.location, entry: shownEntry };
    const message = shownEntry === entry ? finding.message : finding.message.split((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(entry)).join((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(shownEntry));
    const path = redactFilePath ? redactIdentifiers(file.path) : file.path;
    return { ...finding, message, location, fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .R)(path, finding.rule, location) };
}
/** The fingerprint to show for a finding (see shownFinding). */
function shownFingerprint(file, finding) {
    return shownFinding(file, finding).fingerprint;
}


/***/ }),

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ columnLetter),
/* harmony export */   W: () => (/* binding */ displayText)
/* harmony export */ });
/**
 * Untrusted text (file paths, sheet names, header text) made safe to show: control characters
 * and line breaks removed, length bounded. Format-specific escaping (Markdown, HTML, workflow
 * commands) happens in the reporter on top of this.
 */
function displayText(text, max = 80) {
    const flat = text
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (flat.length <= max)
        return flat;
    return `${flat.slice(0, max - 1)}…`;
}
/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
function columnLetter(index) {
    let n = index + 1;
    let out = '';
    while (n > 0) {
        const rem = (n - 1) % 26;
        out = String.fromCharCode(65 + rem) + out;
        n = Math.floor((n - 1) / 26);
    }
    return out;
}


/***/ }),

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ timerDelay)
/* harmony export */ });
/* harmony import */ var _config_scan_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5702);

/** The longest delay a Node timer takes; anything longer fires at once (with a warning). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * A time limit as a timer delay: over the timer's range it is the longest delay (about 24 days)
 * rather than Node's "fire now"; a limit that is not a positive number means the default.
 */
function timerDelay(ms) {
    if (!(ms > 0))
        return _config_scan_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LIMITS */ .dR.timeoutMs;
    return Math.min(ms, MAX_TIMER_MS);
}


/***/ })

};
