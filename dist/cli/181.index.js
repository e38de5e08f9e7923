export const id = 181;
export const ids = [181];
export const modules = {

/***/ 181:
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
// EXTERNAL MODULE: ./src/core/verdict.ts
var core_verdict = __webpack_require__(9478);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(121);
// EXTERNAL MODULE: ./src/config/scan-options.ts
var scan_options = __webpack_require__(5702);
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
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
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
// EXTERNAL MODULE: ./src/scan/worker-process.ts + 2 modules
var worker_process = __webpack_require__(2549);
;// CONCATENATED MODULE: ./src/scan/pool.ts
/**
 * A small pool of scan workers, reused across files (start-up is paid once per worker, not per
 * file). Each worker is a child process (a copy of the same bundle, started with an empty
 * environment and its own heap limit): V8 may end a whole process when a heap fills, whatever
 * limit a worker thread was given, so only a process boundary keeps one file from taking the
 * scan down. A worker that aborts that way is `out-of-memory` and the scan goes on. Each file gets a wall-clock timeout that starts when its worker is ready and stops
 * while the worker loads reader code (not the file's doing; bounded on its own); a worker that
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
/**
 * How long, in all, one file's reader code may take to load (its clock stops meanwhile): like a
 * worker's start, never less than the file's own limit. A file can thus hold a worker for at most
 * its time limit plus this.
 */
function codeLoadLimitMs(timeoutMs) {
    return (0,timers/* timerDelay */.n)(Math.max(WORKER_START_MS, (0,timers/* timerDelay */.n)(timeoutMs)));
}
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
 * The scan worker: the bundle starts itself; the TypeScript sources start worker-entry.ts. A
 * worker the command line prestarted for the same module and heap limit is adopted first.
 */
const spawnScanWorker = (options) => {
    const entry = (0,worker_entry/* workerModule */.Fh)() ?? (herePath.endsWith('.ts') ? (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(here)), 'worker-entry.ts')).href : here);
    return (0,worker_process/* takePrestartedWorker */._Z)(entry, options) ?? (0,worker_process/* spawnModuleProcess */.p0)(entry, options);
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
        let clock;
        const finish = (result, healthy) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            clock?.clear();
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
            if (message?.id !== id)
                return;
            if ('loading' in message) {
                // Reader code loading: not the file's time (readers/loading.ts).
                if (message.loading === true)
                    clock?.pause();
                else
                    clock?.resume();
            }
            else
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
            // The file's clock stops while its reader's code loads; that time has its own bound.
            clock = new timers/* PausableTimer */.J((0,timers/* timerDelay */.n)(this.options.limits.timeoutMs), () => finish(failed(job.target, 'timed-out'), false), codeLoadLimitMs(this.options.limits.timeoutMs), () => {
                workerDebug('reader code did not load in time');
                finish(failed(job.target, 'internal-error'), false);
            });
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

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/file-status.ts
var file_status = __webpack_require__(4581);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
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
        properties: { severity: finding.severity, blocks: (0,core_verdict/* findingBlocks */.Y1)(finding, report), count: finding.count },
    };
    if (finding.accepted)
        result.suppressions = [{ kind: 'external', justification: (0,safe_text/* displayText */.W)(finding.accepted.reason, 500) }];
    return result;
}
function notInspectedText(file) {
    const reason = (0,file_status/* reasonText */.uV)(file) ?? 'the file could not be read';
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
        for (const finding of (0,file_status/* bySeverity */.Np)(file.findings))
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

// EXTERNAL MODULE: ./src/report/advice.ts
var advice = __webpack_require__(2296);
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
    const reason = (0,file_status/* reasonText */.uV)(file) ?? (file.reason ? (0,safe_text/* displayText */.W)(file.reason, 40) : 'no reason given');
    const detail = file.detail ? ` (${(0,safe_text/* displayText */.W)(file.detail, 120)})` : '';
    return `${reason}${detail}`;
}
function verdictLine(file, verdict, report, p) {
    const path = (0,safe_text/* displayText */.W)((0,redact/* shownPath */.pS)(file), PATH_MAX);
    switch (verdict) {
        case 'block': {
            const n = file.findings.filter((f) => (0,core_verdict/* findingBlocks */.Y1)(f, report)).length;
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
    const blockingFindings = report.files.reduce((n, f) => n + f.findings.filter((x) => (0,core_verdict/* findingBlocks */.Y1)(x, report)).length, 0);
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
        const verdict = (0,file_status/* fileVerdict */.c3)(file, report);
        if (options.quiet && verdict !== 'block')
            continue;
        lines.push(verdictLine(file, verdict, report, p));
        for (const f of (0,file_status/* bySeverity */.Np)(file.findings))
            lines.push(findingLine((0,redact/* shownFinding */.Pg)(file, f), p));
        // Every blocked file closes with one line saying what to do.
        const step = verdict === 'block' ? (0,advice/* nextStep */.s)(file, report) : undefined;
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

// EXTERNAL MODULE: ./src/report/merge.ts
var merge = __webpack_require__(3278);
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
const NAME = tool/* TOOL */.j.name;
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
        return (0,json/* toJson */.aB)(report);
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
    // The config's YAML parser loads only when a config is given (start-up of a plain scan).
    const { parseActionConfig, detectOptionsFrom } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 5805));
    const parsed = parseActionConfig(text);
    if (!parsed.ok) {
        io.stderr(`${NAME}: the config file ${quoted(file)} is not valid:\n${parsed.errors.map((e) => `  - ${(0,safe_text/* displayText */.W)(e, 200)}\n`).join('')}`);
        return { ok: false, code: EXIT_USAGE };
    }
    return { ok: true, value: { config: parsed.config, detect: detectOptionsFrom(parsed.config) } };
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
        ...(config ? { detect: config.detect } : {}),
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
    const allowlist = config.value?.config.allowlist ?? [];
    // Glob matching (minimatch) loads only when there is an allowlist to match.
    const decide = allowlist.length ? (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(997)]).then(__webpack_require__.bind(__webpack_require__, 997))).decide : undefined;
    const results = [];
    const targets = [];
    for (const file of walked.value) {
        const displayPath = shownFrom(root.dir, file.path);
        if (!inShard(displayPath, command.shard))
            continue;
        const d = decide ? decide(displayPath, { include: [], exclude: [], allowlist }) : { scan: true };
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
    const acceptedFindings = config.value?.config.acceptedFindings ?? [];
    const accepted = acceptedFindings.length
        ? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(731)]).then(__webpack_require__.bind(__webpack_require__, 3731))).applyAcceptedFindings(results, acceptedFindings, today(io))
        : { files: results, expiredMatches: [] };
    const report = (0,core_verdict/* buildReport */.FK)(accepted.files, { failOn: command.failOn, notInspectedBlocks: command.notInspectedBlocks }, tool/* TOOL */.j);
    if (command.shard)
        report.shard = command.shard;
    // What decides the findings, so that `merge` refuses shards scanned with other settings.
    report.settings = (0,merge/* settingsDigest */.KI)({
        options: { ...options, concurrency: undefined },
        allowlist,
        accepted: acceptedFindings,
    });
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
    return report.summary.blocking > 0 || report.blockers?.length ? EXIT_BLOCK : EXIT_PASS;
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
 * including the job summary (Markdown) for $GITHUB_STEP_SUMMARY. A REPORT may be a folder (its
 * `.json` files). Exit 1 when anything blocks, 2 when a report cannot be read, is not valid, does
 * not belong to the same audit, or a shard is missing.
 */
async function runMerge(command, io) {
    // Report loading (minimatch for folders) loads only for a merge.
    const { expandReportPaths, loadReports } = await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 3534));
    const expanded = await expandReportPaths(command.reports, io.cwd);
    const loaded = await loadReports(expanded.paths, io.cwd);
    const unread = [...expanded.problems, ...loaded.problems];
    const merged = unread.length ? undefined : (0,merge/* mergeReports */.C1)(loaded.reports);
    const problems = merged ? [...merged.refused, ...merged.missing] : unread;
    if (problems.length) {
        io.stderr(`${NAME}: the reports cannot be merged:\n${problems.map((e) => `  - ${e}\n`).join('')}`);
        return EXIT_USAGE;
    }
    const report = merged.report;
    for (const b of report.blockers ?? [])
        io.stderr(`${NAME}: blocked: ${(0,safe_text/* displayText */.W)(b, 1000)}\n`);
    const text = command.format === 'summary'
        ? (await __webpack_require__.e(/* import() */ 367).then(__webpack_require__.bind(__webpack_require__, 7367)))
            .buildSummary(new TextSummary(), {
            report,
            subject: `${loaded.reports.length} shard report(s) of a whole-repository audit${report.commit ? ` at ${report.commit.slice(0, 12)}` : ''}`,
            waiver: { state: 'not-applicable', label: '' },
            ...(report.commit ? { headSha: report.commit } : {}),
            blockers: report.blockers ?? [],
        })
            .stringify()
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
            io.stdout(`${tool/* TOOL */.j.name} ${tool/* TOOL */.j.version}\n`);
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

/***/ 121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/** The tool's name and version as reports show them. Kept in step with package.json by a test. */
const TOOL = { name: 'asylum-pii-gate', version: '0.1.0' };


/***/ }),

/***/ 9478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Y1: () => (/* binding */ findingBlocks),
/* harmony export */   f7: () => (/* binding */ blockingCount)
/* harmony export */ });
/* unused harmony export summarize */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4146);

/** A finding blocks when it reaches the fail level and nobody accepted it. */
function findingBlocks(finding, policy) {
    return !finding.accepted && (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(finding.severity, policy.failOn);
}
/** How many things in this file block: blocking findings, plus the file itself when it was not read. */
function blockingCount(file, policy) {
    const own = file.status === 'not-inspected' && policy.notInspectedBlocks ? 1 : 0;
    return own + file.findings.filter((f) => findingBlocks(f, policy)).length;
}
function summarize(files, policy) {
    const bySeverity = Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
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
function buildReport(files, policy, tool) {
    return {
        tool,
        failOn: policy.failOn,
        notInspectedBlocks: policy.notInspectedBlocks,
        files,
        summary: summarize(files, policy),
    };
}


/***/ }),

/***/ 2296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ nextStep)
/* harmony export */ });
/* unused harmony export CONFIG_ROUTE */
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9478);

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
    const blockingRules = new Set(file.findings.filter((f) => (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .findingBlocks */ .Y1)(f, report)).map((f) => f.rule));
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


/***/ }),

/***/ 4581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   c3: () => (/* binding */ fileVerdict),
/* harmony export */   uV: () => (/* binding */ reasonText)
/* harmony export */ });
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4146);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9478);
/** What every report format says about one file: its verdict, the plain reason, the order of findings. */


/** The plain sentence for why a file was skipped or not inspected (never a library message). */
function reasonText(file) {
    if (!file.reason)
        return undefined;
    if (file.status === 'not-inspected')
        return _core_model_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_INSPECTED_REASONS */ .ev[file.reason];
    if (file.status === 'skipped')
        return _core_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SKIP_REASONS */ .eI[file.reason];
    return undefined;
}
/** Findings most severe first; ties keep the order detection gave. */
function bySeverity(findings) {
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (0,_core_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.f.severity) - (0,_core_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.f.severity) || a.i - b.i)
        .map(({ f }) => f);
}
/** 'block' when anything in the file blocks; otherwise what happened to it. */
function fileVerdict(file, report) {
    if ((0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .blockingCount */ .f7)(file, report) > 0)
        return 'block';
    if (file.status === 'not-inspected')
        return 'not-inspected';
    if (file.status === 'skipped')
        return 'skipped';
    return 'pass';
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OQ: () => (/* binding */ JSON_REPORT_SCHEMA),
/* harmony export */   aB: () => (/* binding */ toJson)
/* harmony export */ });
/* unused harmony export toJsonReport */
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4146);
/* harmony import */ var _core_safe_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3712);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9478);
/* harmony import */ var _file_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4581);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2258);





/** Bumped when a field is removed or changes meaning; added fields keep the version. */
const JSON_REPORT_SCHEMA = 'asylum-pii-gate/report-v1';
const TEXT_MAX = 1000;
const safe = (text) => (0,_core_safe_text_js__WEBPACK_IMPORTED_MODULE_4__/* .displayText */ .W)(text, TEXT_MAX);
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
    const finding = (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .shownFinding */ .Pg)(file, original);
    const out = {
        rule: finding.rule,
        ruleTitle: _core_model_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_TITLES */ .Zz[finding.rule],
        severity: finding.severity,
        blocks: (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .findingBlocks */ .Y1)(finding, report),
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
        verdict: report.summary.blocking > 0 || report.blockers?.length ? 'block' : 'pass',
        summary: report.summary,
        ...(report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {}),
        ...(report.commit !== undefined ? { commit: report.commit } : {}),
        ...(report.settings !== undefined ? { settings: report.settings } : {}),
        ...(report.blockers?.length ? { blockers: report.blockers.map(safe) } : {}),
        files: report.files.map((file) => {
            const out = { path: safe((0,_core_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .pS)(file)), status: file.status, verdict: (0,_file_status_js__WEBPACK_IMPORTED_MODULE_2__/* .fileVerdict */ .c3)(file, report), findings: [] };
            if ((0,_core_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .pathCarriesIdentifier */ .Sh)(file.findings))
                out.pathRedacted = true;
            if (file.format !== undefined)
                out.format = file.format;
            if (file.reason !== undefined) {
                out.reason = file.reason;
                const text = (0,_file_status_js__WEBPACK_IMPORTED_MODULE_2__/* .reasonText */ .uV)(file);
                if (text)
                    out.reasonText = text;
            }
            if (file.detail !== undefined)
                out.detail = safe(file.detail);
            if (file.bytes !== undefined)
                out.bytes = file.bytes;
            if (file.ms !== undefined)
                out.ms = file.ms;
            out.findings = (0,_file_status_js__WEBPACK_IMPORTED_MODULE_2__/* .bySeverity */ .Np)(file.findings).map((f) => jsonFinding(file, f, report));
            return out;
        }),
    };
}
/** The JSON report as text: one document, two-space indented, ending in a newline. */
function toJson(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}


/***/ }),

/***/ 3278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ mergeReports),
/* harmony export */   KI: () => (/* binding */ settingsDigest),
/* harmony export */   hk: () => (/* binding */ MAX_REPORTS)
/* harmony export */ });
/* unused harmony export reportFromJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4146);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9478);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(121);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2794);
/**
 * Merging the JSON reports of a sharded audit (`shard: i/n` on an Actions matrix, or the CLI's
 * `scan --shard i/n`) into one report with one verdict. Pure: the CLI's `merge` command and the
 * Action's merge mode both call mergeReports and differ only in how they read files and report.
 *
 * Reports are data from an earlier job (an artifact could be edited): each is checked field by
 * field against the report schema and rebuilt from the known fields only (unknown ones are
 * dropped, so nothing else in the file can reach an output); its declared summary and verdict
 * must match its files. Problems are named by report and field, never by quoting a value.
 *
 * Fail closed: the reports must be shards of ONE audit (same commit, settings, tool, fail level,
 * every shard i of n once, no file twice), or the merge is refused and blocks. A missing shard
 * (its matrix job failed or uploaded nothing) leaves the other shards' files merged, and blocks.
 */





/** Most reports one merge reads (a matrix has at most 256 jobs), and limits on what one may hold. */
const MAX_REPORTS = 256;
const MAX_TEXT = 4096;
const MAX_BLOCKERS = 100;
const STATUSES = new Set(['scanned', 'skipped', 'not-inspected']);
/** Every Surface and SheetState (a Record, so that the compiler notices a new one). */
const SURFACES = {
    cells: true,
    'hidden-rows': true,
    'hidden-columns': true,
    comments: true,
    'defined-names': true,
    'pivot-cache': true,
    'shared-strings': true,
    'external-link': true,
    'data-validation': true,
    'chart-cache': true,
    'header-footer': true,
    metadata: true,
    text: true,
    table: true,
    'file-name': true,
};
const SHEET_STATES = { visible: true, hidden: true, 'very-hidden': true };
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;
const isRange = (v) => isObject(v) && isCount(v.first) && isCount(v.last);
const isHex = (v, min, max) => typeof v === 'string' && v.length >= min && v.length <= max && /^[0-9a-f]+$/.test(v);
/** Marks a field that is present but not valid (distinct from absent). */
const BAD = Symbol('bad');
function optional(value, check) {
    if (value === undefined)
        return undefined;
    return check(value) ? value : BAD;
}
function column(raw) {
    if (!isObject(raw) || !isCount(raw.index) || !_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMN_KINDS */ .Dg.includes(raw.kind))
        return undefined;
    const out = { index: raw.index, kind: raw.kind };
    if (raw.letter !== undefined) {
        if (!isText(raw.letter, 16))
            return undefined;
        out.letter = raw.letter;
    }
    if (raw.header !== undefined) {
        if (!isText(raw.header))
            return undefined;
        out.header = raw.header;
    }
    return out;
}
/** A finding's location, rebuilt from the known fields only. */
function location(raw) {
    if (!isObject(raw))
        return undefined;
    const out = {};
    const entry = optional(raw.entry, (v) => isText(v));
    const sheet = optional(raw.sheet, (v) => isText(v));
    const sheetState = optional(raw.sheetState, (v) => typeof v === 'string' && Object.hasOwn(SHEET_STATES, v));
    const surface = optional(raw.surface, (v) => typeof v === 'string' && Object.hasOwn(SURFACES, v));
    const page = optional(raw.page, isCount);
    const rows = optional(raw.rows, isRange);
    const lines = optional(raw.lines, isRange);
    const hiddenRows = optional(raw.hiddenRows, isCount);
    const personColumns = optional(raw.personColumns, (v) => isObject(v) && isText(v.first, 16) && isText(v.last, 16));
    const hiddenColumns = optional(raw.hiddenColumns, (v) => Array.isArray(v) && v.every((c) => isText(c, 16)));
    const fields = [entry, sheet, sheetState, surface, page, rows, lines, hiddenRows, personColumns, hiddenColumns];
    if (fields.includes(BAD))
        return undefined;
    if (entry !== undefined)
        out.entry = entry;
    if (sheet !== undefined)
        out.sheet = sheet;
    if (sheetState !== undefined)
        out.sheetState = sheetState;
    if (surface !== undefined)
        out.surface = surface;
    if (page !== undefined)
        out.page = page;
    if (rows !== undefined)
        out.rows = { first: rows.first, last: rows.last };
    if (lines !== undefined)
        out.lines = { first: lines.first, last: lines.last };
    if (personColumns !== undefined) {
        const p = personColumns;
        out.personColumns = { first: p.first, last: p.last };
    }
    if (hiddenRows !== undefined)
        out.hiddenRows = hiddenRows;
    if (hiddenColumns !== undefined)
        out.hiddenColumns = [...hiddenColumns];
    if (raw.columns !== undefined) {
        if (!Array.isArray(raw.columns))
            return undefined;
        const columns = raw.columns.map(column);
        if (columns.some((c) => c === undefined))
            return undefined;
        out.columns = columns;
    }
    return out;
}
function finding(raw) {
    if (!isObject(raw) || typeof raw.rule !== 'string' || !Object.hasOwn(_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_TITLES */ .Zz, raw.rule) || !(0,_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(raw.severity))
        return undefined;
    // Fingerprints are hexadecimal (see core/fingerprint.ts): nothing else can ride in one.
    if (!isText(raw.message) || !isCount(raw.count) || !isHex(raw.fingerprint, 8, 64))
        return undefined;
    const where = location(raw.location);
    if (!where)
        return undefined;
    const out = {
        rule: raw.rule,
        severity: raw.severity,
        message: raw.message,
        location: where,
        count: raw.count,
        fingerprint: raw.fingerprint,
    };
    const accepted = raw.accepted;
    if (accepted !== undefined) {
        if (!isObject(accepted) || !isText(accepted.reason) || (accepted.by !== undefined && !isText(accepted.by, 200)))
            return undefined;
        out.accepted = { reason: accepted.reason, ...(accepted.by !== undefined ? { by: accepted.by } : {}) };
    }
    return out;
}
function file(raw) {
    if (!isObject(raw) || !isText(raw.path) || raw.path === '' || !STATUSES.has(raw.status) || !Array.isArray(raw.findings))
        return undefined;
    const status = raw.status;
    const reasons = status === 'not-inspected' ? _core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_INSPECTED_REASONS */ .ev : _core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SKIP_REASONS */ .eI;
    if (status !== 'scanned' && (typeof raw.reason !== 'string' || !Object.hasOwn(reasons, raw.reason)))
        return undefined;
    const findings = raw.findings.map(finding);
    if (findings.some((f) => f === undefined))
        return undefined;
    const out = { path: raw.path, status, findings: findings };
    if (status !== 'scanned')
        out.reason = raw.reason;
    const detail = optional(raw.detail, (v) => isText(v));
    const format = optional(raw.format, (v) => typeof v === 'string' && /^[a-z0-9][a-z0-9.+-]{0,39}$/i.test(v));
    const bytes = optional(raw.bytes, isCount);
    const ms = optional(raw.ms, isCount);
    if ([detail, format, bytes, ms].includes(BAD))
        return undefined;
    if (detail !== undefined)
        out.detail = detail;
    if (format !== undefined)
        out.format = format;
    if (bytes !== undefined)
        out.bytes = bytes;
    if (ms !== undefined)
        out.ms = ms;
    return out;
}
const SUMMARY_COUNTS = ['files', 'scanned', 'skipped', 'notInspected', 'findings', 'blocking'];
/** One JSON report (as parsed JSON) back into the engine's model, or why it is not a valid one. */
function reportFromJson(value, name) {
    const bad = (what) => ({ ok: false, error: `${name}: ${what}` });
    if (!isObject(value) || value.$schema !== _json_js__WEBPACK_IMPORTED_MODULE_4__/* .JSON_REPORT_SCHEMA */ .OQ)
        return bad(`not an asylum-pii-gate JSON report (${_json_js__WEBPACK_IMPORTED_MODULE_4__/* .JSON_REPORT_SCHEMA */ .OQ})`);
    if (!(0,_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(value.failOn) || typeof value.notInspectedBlocks !== 'boolean' || !Array.isArray(value.files))
        return bad('the report header (failOn, notInspectedBlocks, files) is not valid');
    const tool = isObject(value.tool) && isText(value.tool.name, 100) && isText(value.tool.version, 100)
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
    const report = (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)(files, { failOn: value.failOn, notInspectedBlocks: value.notInspectedBlocks }, tool);
    const shard = value.shard;
    if (shard !== undefined) {
        if (!isObject(shard) || !isCount(shard.index) || !isCount(shard.count) || shard.index < 1 || shard.index > shard.count)
            return bad('its shard is not valid');
        report.shard = { index: shard.index, count: shard.count };
    }
    // A commit is a git object id (SHA-1 or SHA-256); settings a hexadecimal digest.
    if (value.commit !== undefined) {
        if (!isHex(value.commit, 40, 64))
            return bad('its commit is not a commit id');
        report.commit = value.commit;
    }
    if (value.settings !== undefined) {
        if (!isHex(value.settings, 16, 64))
            return bad('its settings digest is not valid');
        report.settings = value.settings;
    }
    if (value.blockers !== undefined) {
        if (!Array.isArray(value.blockers) || value.blockers.length > MAX_BLOCKERS || !value.blockers.every((b) => isText(b, 2000)))
            return bad('its blockers are not valid');
        if (value.blockers.length)
            report.blockers = [...value.blockers];
    }
    // What the report says about itself must follow from its files: an edited report rarely does.
    const declared = value.summary;
    if (!isObject(declared) || SUMMARY_COUNTS.some((k) => declared[k] !== report.summary[k]))
        return bad('its summary does not match its files (was it edited?)');
    const verdict = report.summary.blocking > 0 || report.blockers?.length ? 'block' : 'pass';
    if (value.verdict !== verdict)
        return bad('its verdict does not match its files (was it edited?)');
    return { ok: true, report };
}
/**
 * A digest of the settings that decide what a scan looks at and how it judges (a canonical JSON
 * of them, SHA-256, 32 hex digits). Shards scanned with different settings are not one audit.
 */
function settingsDigest(settings) {
    const canonical = (v) => Array.isArray(v)
        ? v.map(canonical)
        : isObject(v)
            ? Object.fromEntries(Object.keys(v)
                .sort()
                .filter((k) => v[k] !== undefined)
                .map((k) => [k, canonical(v[k])]))
            : v;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify(canonical(settings)), 'utf8')
        .digest('hex')
        .slice(0, 32);
}
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/**
 * Merge shard reports (or any reports over disjoint files) into one report with one verdict.
 * `fallbackFailOn` is the fail level of the empty report when the merge is refused.
 */
function mergeReports(inputs, fallbackFailOn = 'high') {
    const refused = [];
    const reports = [];
    if (inputs.length > MAX_REPORTS)
        refused.push(`${inputs.length} reports given: at most ${MAX_REPORTS} (one per matrix job) are merged`);
    for (const input of inputs.slice(0, MAX_REPORTS)) {
        const r = reportFromJson(input.value, input.name);
        if (r.ok)
            reports.push({ name: input.name, report: r.report });
        else
            refused.push(`${r.error}; it is refused`);
    }
    if (!inputs.length)
        refused.push('no report was given: nothing was merged');
    const first = reports[0]?.report;
    const missing = [];
    let shards;
    // Which shards are missing is only known when every report could be read as one.
    const allValid = reports.length === inputs.length;
    if (first) {
        for (const { name, report } of reports.slice(1)) {
            if (report.tool.name !== first.tool.name || report.tool.version !== first.tool.version)
                refused.push(`${name}: made by another version of the tool than the first report`);
            if (report.commit !== first.commit)
                refused.push(`${name}: scanned another commit than the first report`);
            if (report.settings !== first.settings || report.failOn !== first.failOn || report.notInspectedBlocks !== first.notInspectedBlocks)
                refused.push(`${name}: scanned with other settings (config, filters, limits or fail level) than the first report`);
        }
        const sharded = reports.filter((r) => r.report.shard);
        if (sharded.length) {
            const count = sharded[0].report.shard.count;
            if (sharded.length !== reports.length || sharded.some((r) => r.report.shard.count !== count))
                refused.push('the reports are not shards of one audit (every report needs a shard i/n with the same n)');
            else {
                shards = { count, given: reports.length };
                const seen = new Map();
                for (const r of sharded)
                    seen.set(r.report.shard.index, (seen.get(r.report.shard.index) ?? 0) + 1);
                for (let i = 1; i <= count; i++) {
                    if (!seen.has(i)) {
                        if (allValid)
                            missing.push(`shard ${i}/${count} is missing: its files were not scanned (did its job fail, or upload no report?)`);
                    }
                    else if (seen.get(i) > 1)
                        refused.push(`shard ${i}/${count} is given more than once`);
                }
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
        refused.push(`${repeated} file(s) appear in more than one report: the reports overlap`);
    const policy = first && !refused.length ? first : { failOn: fallbackFailOn, notInspectedBlocks: true };
    const report = (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)(refused.length ? [] : files.sort(byPath), policy, first?.tool ?? _core_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL */ .j);
    if (refused.length) {
        report.blockers = [...refused, ...missing];
        return { report, refused, missing, ...(shards ? { shards } : {}) };
    }
    if (first.commit !== undefined)
        report.commit = first.commit;
    if (first.settings !== undefined)
        report.settings = first.settings;
    const carried = [...reports]
        .sort((a, b) => (a.report.shard?.index ?? 0) - (b.report.shard?.index ?? 0))
        .flatMap(({ report: r }) => (r.blockers ?? []).map((b) => (r.shard ? `shard ${r.shard.index}/${r.shard.count}: ${b}` : b)));
    const blockers = [...missing, ...carried];
    if (blockers.length)
        report.blockers = blockers;
    return { report, refused, missing, ...(shards ? { shards } : {}) };
}


/***/ }),

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ PausableTimer),
/* harmony export */   n: () => (/* binding */ timerDelay)
/* harmony export */ });
/* harmony import */ var _config_scan_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5702);
/**
 * Timers for the per-file time limits: a limit as a timer delay, and a timer whose clock stops
 * while reader code loads.
 */

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
/**
 * A one-shot timer whose clock can stop: a file's time limit, stopped while reader code loads
 * (readers/loading.ts). Stopped time is bounded on its own: past `pauseLimitMs` in all,
 * `onPauseLimit` fires (left out, a stopped timer simply waits).
 */
class PausableTimer {
    onTimeout;
    pauseLimitMs;
    onPauseLimit;
    timer;
    remaining;
    since = performance.now();
    pausedSince;
    paused = 0;
    done = false;
    constructor(ms, onTimeout, pauseLimitMs = Infinity, onPauseLimit) {
        this.onTimeout = onTimeout;
        this.pauseLimitMs = pauseLimitMs;
        this.onPauseLimit = onPauseLimit;
        this.remaining = ms;
        this.arm(ms, onTimeout);
    }
    /** Stop the clock (nothing if stopped already or over). */
    pause() {
        if (this.done || this.pausedSince !== undefined)
            return;
        const now = performance.now();
        this.remaining -= now - this.since;
        this.pausedSince = now;
        clearTimeout(this.timer);
        this.timer = undefined;
        if (this.onPauseLimit)
            this.arm(this.pauseLimitMs - this.paused, this.onPauseLimit);
    }
    /** Start the clock again with the time that was left. */
    resume() {
        if (this.done || this.pausedSince === undefined)
            return;
        const now = performance.now();
        this.paused += now - this.pausedSince;
        this.pausedSince = undefined;
        this.since = now;
        clearTimeout(this.timer);
        this.arm(this.remaining, this.onTimeout);
    }
    clear() {
        this.done = true;
        clearTimeout(this.timer);
        this.timer = undefined;
    }
    arm(ms, fire) {
        this.timer = setTimeout(() => {
            this.done = true;
            fire();
        }, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    }
}


/***/ })

};
