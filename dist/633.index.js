export const id = 633;
export const ids = [633];
export const modules = {

/***/ 633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gate: () => (/* binding */ gate),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/scan/worker-process.ts
/**
 * Scan worker processes: how one is started (a copy of the same bundle, an empty environment,
 * its own heap limit, nothing it prints is read) and the wrapper that makes a child process look
 * like a worker thread to the pool. Small on purpose: the command line's entry imports it to
 * start a worker before it loads its own code (prestartScanWorker), so that the two start-ups
 * overlap; the pool then adopts that worker instead of starting one.
 */





/**
 * A child process that looks like a worker thread to the pool: messages over its IPC channel
 * (structured clone), 'exit' with a code (128 + signal number when killed by a signal).
 */
class ProcessWorker extends external_node_events_.EventEmitter {
    child;
    stdout = null;
    stderr = null;
    /** Whether the worker said it listens (a prestarted worker may say so before anyone hears). */
    ready = false;
    constructor(child) {
        super();
        this.child = child;
        child.on('message', (message) => {
            if (message?.ready === true)
                this.ready = true;
            this.emit('message', message);
        });
        child.on('error', (error) => this.emit('error', error));
        child.on('exit', (code, signal) => this.emit('exit', code ?? 128 + signalNumber(signal)));
    }
    /** Whether the process has ended (or was never started). */
    get gone() {
        return this.child.exitCode !== null || this.child.signalCode !== null || !this.child.connected;
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
    /** Kill at once, without waiting (from a process 'exit' handler, where nothing can wait). */
    killNow() {
        if (this.child.exitCode === null && this.child.signalCode === null)
            this.child.kill('SIGKILL');
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
        execArgv.unshift('--import', (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(import.meta.url).resolve('tsx')).href);
    const child = (0,external_node_child_process_.fork)(path, [worker_entry/* WORKER_ARG */.i_], { execArgv, env: {}, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' });
    return new ProcessWorker(child);
}
/** A worker started before its pool existed, waiting to be adopted. */
let prestarted;
/**
 * Start a scan worker now, for the first pool of this process to adopt (takePrestartedWorker).
 * Until then it is idle and holds nothing open: the process may end without it, and it is
 * killed when the process exits. Never throws (a failed start only means no head start).
 * Returns the worker (for tests: the pool is what uses it).
 */
function prestartScanWorker(moduleUrl, options) {
    if (prestarted)
        return prestarted.worker;
    let worker;
    try {
        worker = spawnModuleProcess(moduleUrl, options);
    }
    catch {
        return undefined;
    }
    // An 'error' with no listener would end the process; the pool listens once it adopts it.
    worker.on('error', () => undefined);
    worker.unref();
    process.once('exit', () => worker.killNow());
    prestarted = { worker, moduleUrl, memoryLimitMb: options.limits.memoryLimitMb };
    return worker;
}
/**
 * The prestarted worker, when it runs the same module with the same heap limit and is still
 * alive; it is handed out once. A worker that does not fit is stopped.
 */
function takePrestartedWorker(moduleUrl, options) {
    const p = prestarted;
    prestarted = undefined;
    if (!p)
        return undefined;
    if (p.worker.gone || p.moduleUrl !== moduleUrl || p.memoryLimitMb !== options.limits.memoryLimitMb) {
        void p.worker.terminate();
        return undefined;
    }
    const { worker } = p;
    // It may have said it is ready before the pool listened: say it again once the pool listens.
    if (worker.ready)
        setImmediate(() => worker.emit('message', { ready: true }));
    return worker;
}

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
    return takePrestartedWorker(entry, options) ?? spawnModuleProcess(entry, options);
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

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The Action's inputs, with their defaults in ONE place (action.yml repeats them for the
 * marketplace page; a test keeps the two in step). Reading is pure: give it a getter.
 */





const PERMISSION_LEVELS = ['read', 'triage', 'write', 'maintain', 'admin'];
function permissionRank(level) {
    return PERMISSION_LEVELS.indexOf(level);
}
const ACTION_MODES = ['scan', 'merge'];
/** The default of every input, as action.yml states it. */
const INPUT_DEFAULTS = {
    include: '',
    exclude: '',
    'fail-on': 'high',
    'waiver-label': 'pii-waiver-approved',
    'waiver-approvers': '',
    'waiver-min-permission': 'maintain',
    'allow-self-waiver': 'false',
    'max-file-size': String(scan_options/* DEFAULT_LIMITS */.dR.maxFileSize),
    timeout: String(scan_options/* DEFAULT_LIMITS */.dR.timeoutMs / 1000),
    'memory-limit': String(scan_options/* DEFAULT_LIMITS */.dR.memoryLimitMb),
    config: DEFAULT_CONFIG_PATH,
    paths: '',
    'scan-every-commit': 'true',
    'block-gate-changes': 'true',
    'time-budget': '7200',
    shard: '',
    mode: 'scan',
    reports: '',
};
/** Newline-separated list (globs may hold commas in braces); blank lines and `#` comments dropped. */
function splitList(text) {
    return text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
/** Names: newline-, comma- or space-separated. */
function splitNames(text) {
    return splitList(text)
        .flatMap((line) => line.split(/[\s,]+/))
        .filter(Boolean);
}
function boundedNumber(text, min, max) {
    if (!/^\s*\d+(?:\.\d+)?\s*$/.test(text))
        return undefined;
    const n = Number(text);
    return n >= min && n <= max ? n : undefined;
}
function parseBoolean(text) {
    const t = text.trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(t))
        return true;
    if (['false', 'no', 'off', '0', ''].includes(t))
        return false;
    return undefined;
}
/** `get` returns the raw input ('' when unset), like core.getInput. */
function readInputs(get) {
    const raw = (name) => {
        const v = get(name).trim();
        return v === '' ? INPUT_DEFAULTS[name] : v;
    };
    const errors = [];
    const failOn = raw('fail-on').toLowerCase();
    if (!(0,model/* isSeverity */._Z)(failOn))
        errors.push('fail-on must be one of notice, warning, high, critical');
    const minPermission = raw('waiver-min-permission').toLowerCase();
    if (permissionRank(minPermission) < 0)
        errors.push(`waiver-min-permission must be one of ${PERMISSION_LEVELS.join(', ')}`);
    const allowSelf = parseBoolean(raw('allow-self-waiver'));
    if (allowSelf === undefined)
        errors.push('allow-self-waiver must be true or false');
    const maxFileSize = parseSize(raw('max-file-size'));
    if (maxFileSize === undefined)
        errors.push('max-file-size must be a size in bytes, optionally with a unit (KB, MB, GB)');
    // Same bounds as the CLI: past 2^31 ms Node's timers overflow and every file would time out.
    const timeout = boundedNumber(raw('timeout'), 1, 86_400);
    if (timeout === undefined)
        errors.push('timeout must be a number of seconds from 1 to 86400');
    const memoryLimit = boundedNumber(raw('memory-limit'), 16, 65_536);
    if (memoryLimit === undefined || !Number.isInteger(memoryLimit))
        errors.push('memory-limit must be a whole number of MB from 16 to 65536');
    const everyCommit = parseBoolean(raw('scan-every-commit'));
    if (everyCommit === undefined)
        errors.push('scan-every-commit must be true or false');
    const gateChanges = parseBoolean(raw('block-gate-changes'));
    if (gateChanges === undefined)
        errors.push('block-gate-changes must be true or false');
    // Well under the runner's 6-hour job limit, so that the gate always gets to report.
    const budget = boundedNumber(raw('time-budget'), 1, 18_000);
    if (budget === undefined)
        errors.push('time-budget must be a number of seconds from 1 to 18000 (5 hours)');
    const shardText = raw('shard');
    const shard = shardText ? parseShard(shardText) : undefined;
    if (shardText && !shard)
        errors.push('shard must be I/N with 1 <= I <= N <= 256, such as 2/4 (from a job matrix)');
    const mode = raw('mode').toLowerCase();
    if (!ACTION_MODES.includes(mode))
        errors.push('mode must be scan or merge');
    const reports = splitList(raw('reports'));
    if (mode === 'merge' && !reports.length)
        errors.push('mode merge needs reports: the folder (or globs) where the shard jobs’ JSON reports were downloaded');
    if (mode === 'merge' && shard)
        errors.push('shard applies to the scanning jobs of a matrix, not to mode merge');
    if (mode === 'scan' && reports.length)
        errors.push('reports applies to mode merge only');
    const waiverLabel = raw('waiver-label');
    const approvers = splitNames(raw('waiver-approvers')).map((a) => a.replace(/^@/, ''));
    for (const a of approvers) {
        if (!/^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(a))
            errors.push('waiver-approvers holds an entry that is neither a user name nor an org/team slug');
    }
    const token = get('token').trim();
    if (!token)
        errors.push('token is empty: pass a token with at least contents: read and pull-requests: read');
    if (errors.length)
        return { ok: false, errors };
    return {
        ok: true,
        inputs: {
            token,
            include: splitList(raw('include')),
            exclude: splitList(raw('exclude')),
            failOn: failOn,
            waiverLabel,
            waiverApprovers: approvers,
            waiverMinPermission: minPermission,
            allowSelfWaiver: allowSelf,
            maxFileSize: maxFileSize,
            timeoutMs: Math.round(timeout * 1000),
            memoryLimitMb: memoryLimit,
            config: raw('config'),
            paths: splitList(raw('paths')),
            scanEveryCommit: everyCommit,
            blockGateChanges: gateChanges,
            timeBudgetMs: Math.round(budget * 1000),
            ...(shard ? { shard } : {}),
            mode: mode,
            reports,
        },
    };
}

;// CONCATENATED MODULE: ./src/action/event.ts
const ZERO_SHA = /^0+$/;
function isZeroSha(sha) {
    return ZERO_SHA.test(sha);
}
function str(v) {
    return typeof v === 'string' && v ? v : undefined;
}
/** Decide the run from the event name and payload (pure). */
function readRun({ eventName, payload, sha, ref }) {
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an untyped webhook payload, read field by field through str()/Number()
        const pr = payload.pull_request;
        const number = Number(pr?.number ?? payload.number);
        const headSha = str(pr?.head?.sha);
        const baseSha = str(pr?.base?.sha);
        const baseRef = str(pr?.base?.ref);
        if (!pr || !Number.isInteger(number) || !headSha || !baseSha || !baseRef) {
            return { ok: false, error: 'the pull request event payload lacks its number, head or base commit' };
        }
        const headRepo = str(pr.head?.repo?.full_name);
        const baseRepo = str(pr.base?.repo?.full_name);
        return {
            ok: true,
            run: {
                kind: 'pull_request',
                eventName,
                action: str(payload.action) ?? '',
                number,
                headSha,
                baseSha,
                baseRef,
                fromFork: Boolean(headRepo && baseRepo && headRepo !== baseRepo),
                label: str(payload.label?.name),
            },
        };
    }
    if (eventName === 'push') {
        const after = str(payload.after) ?? sha;
        const before = str(payload.before);
        if (!after || !before)
            return { ok: false, error: 'the push event payload lacks its before or after commit' };
        const repository = payload.repository;
        const deleted = payload.deleted === true || isZeroSha(after);
        return {
            ok: true,
            run: { kind: 'push', ref: str(payload.ref) ?? ref ?? '', before, after, defaultBranch: str(repository?.default_branch), deleted },
        };
    }
    if (eventName === 'merge_group') {
        const group = payload.merge_group;
        const headSha = str(group?.head_sha);
        const baseSha = str(group?.base_sha);
        const baseRef = str(group?.base_ref)?.replace(/^refs\/heads\//, '');
        if (!headSha || !baseSha || !baseRef)
            return { ok: false, error: 'the merge_group event payload lacks its head or base commit' };
        return { ok: true, run: { kind: 'merge_group', headSha, baseSha, baseRef } };
    }
    // A scheduled run audits the repository at the default branch's head, as a manual run does.
    if (eventName === 'workflow_dispatch' || eventName === 'schedule') {
        if (!sha)
            return { ok: false, error: 'GITHUB_SHA is not set' };
        return { ok: true, run: { kind: 'workflow_dispatch', ref: ref ?? '', sha } };
    }
    return {
        ok: false,
        error: `the event '${eventName.replace(/[^a-z_]/g, '')}' is not supported: use pull_request, pull_request_target, merge_group, push, workflow_dispatch or schedule`,
    };
}

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/action/budget.ts
/**
 * One overall time budget for the run (the runner kills a job at 6 hours and then reports
 * nothing). Every step that can take long asks it: the API client waits for a rate limit only
 * within it, files are fetched and scanned only before it runs out, and what was not reached is
 * listed and blocks.
 */
class Budget {
    totalMs;
    now;
    deadline;
    constructor(totalMs, now = Date.now) {
        this.totalMs = totalMs;
        this.now = now;
        this.deadline = now() + totalMs;
    }
    remainingMs() {
        return Math.max(0, this.deadline - this.now());
    }
    expired() {
        return this.remainingMs() <= 0;
    }
}
/** The longest single wait for a rate limit, whatever the budget left (seconds). */
const RATE_LIMIT_WAIT_CAP_S = 600;
/** Whether to wait `retryAfterS` seconds for a rate limit (a few times at most, never past the budget). */
function shouldWaitForRateLimit(retryAfterS, retryCount, budget) {
    return retryCount < 3 && retryAfterS <= Math.min(RATE_LIMIT_WAIT_CAP_S, budget.remainingMs() / 1000 - 60);
}

;// CONCATENATED MODULE: ./src/action/api.ts
/**
 * The slice of the GitHub REST API the Action uses: one `request(route, params)` function, the
 * shape of Octokit's `octokit.request`, so that unit tests can pass a plain function.
 */




/** The HTTP status of a failed request, if it has one (Octokit's RequestError carries it). */
function statusOf(error) {
    const s = error?.status;
    return typeof s === 'number' ? s : undefined;
}
function repoParams(repo) {
    return { owner: repo.owner, repo: repo.repo };
}
/** A plain description of a failed call that never repeats a response body. */
function describeFailure(what, error) {
    const status = statusOf(error);
    return status ? `${what} failed (HTTP ${status})` : `${what} failed (no response)`;
}
function header(error, name) {
    const headers = error?.response?.headers;
    const v = headers?.[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}
/**
 * Seconds a 403/429 answer asks to wait (`Retry-After`, or `x-ratelimit-reset` when no requests
 * are left), or undefined when it is no rate limit.
 */
function rateLimitWait(error, now = Date.now()) {
    const status = statusOf(error);
    if (status !== 403 && status !== 429)
        return undefined;
    const after = header(error, 'retry-after');
    if (after !== undefined && /^\d+$/.test(after))
        return Number(after);
    const reset = header(error, 'x-ratelimit-reset');
    if (header(error, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset))
        return Math.max(0, Math.ceil(Number(reset) - now / 1000) + 1);
    return undefined;
}
/**
 * The last line against rate limits, behind Octokit's retry and throttling plugins (which handle
 * 5xx answers and the rate limits GitHub marks as such): a 403/429 that still asks to wait is
 * waited for when `shouldWait` agrees, then tried again. Anything else is thrown as it came.
 */
function withRetry(api, options) {
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    return async (route, params) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await api(route, params);
            }
            catch (error) {
                const wait = rateLimitWait(error);
                if (wait === undefined || !options.shouldWait(wait, attempt))
                    throw error;
                await sleep(wait * 1000);
            }
        }
    };
}
/**
 * The real client: Octokit with the retry plugin (5xx and network failures, a few times) and the
 * throttling plugin (GitHub's primary and secondary rate limits, waited for within the cap and
 * the run's budget), and withRetry for a 403/429 with Retry-After that neither recognised.
 */
function octokitApi(token, budget) {
    const wait = (seconds, _options, _octokit, retryCount) => shouldWaitForRateLimit(seconds, retryCount, budget);
    const octokit = github/* getOctokit */.Q(token, {
        throttle: { onRateLimit: wait, onSecondaryRateLimit: wait },
        // 403 and 429 are rate limits (the throttling plugin's) or refusals: never blind retries.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const request = (route, params) => octokit.request(route, params ?? {});
    return withRetry(request, { shouldWait: (seconds, attempt) => shouldWaitForRateLimit(seconds, attempt, budget) });
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/action/changed-files.ts
/**
 * The list of files a run gates.
 * - Pull request: `pulls.listFiles`, 100 a page. The API stops at 3,000 files; when the list may
 *   be cut, every file is listed again by diffing the git trees of the merge base and the head.
 *   When that is not possible either, the listing is marked incomplete (and the run blocks).
 * - Push: the trees of `before` and `after` are diffed (exact, no 300-file compare cap).
 * - workflow_dispatch: the whole tree at the commit, narrowed to the given paths.
 */


const PULL_FILES_PER_PAGE = 100;
const PULL_FILES_CAP = 3000;
/** Thrown when a listing cannot be made complete. */
class ListingError extends Error {
}
/** Every page of `pulls.listFiles`, up to the API's cap. */
async function listPullFilesPages(api, repo, number) {
    const out = [];
    for (let page = 1; page <= PULL_FILES_CAP / PULL_FILES_PER_PAGE; page++) {
        let data;
        try {
            ({ data } = await api('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
                ...repoParams(repo),
                pull_number: number,
                per_page: PULL_FILES_PER_PAGE,
                page,
            }));
        }
        catch (error) {
            throw new ListingError(describeFailure(`listing the changed files (page ${page})`, error));
        }
        if (!Array.isArray(data))
            throw new ListingError('listing the changed files gave an unexpected answer');
        for (const f of data) {
            out.push({
                path: f.filename,
                status: f.status,
                ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
                ...(f.sha && f.status !== 'removed' ? { blobSha: f.sha } : {}),
            });
        }
        if (data.length < PULL_FILES_PER_PAGE)
            break;
    }
    return out;
}
/** Whether the pull-request file list may have been cut by the API's cap. */
function mayBeCut(listed, changedFiles) {
    if (typeof changedFiles === 'number')
        return listed < changedFiles;
    return listed >= PULL_FILES_CAP;
}
/** All blobs (and submodule links) of the tree of a commit. Throws when GitHub cut the tree. */
async function readTree(api, repo, sha) {
    let data;
    try {
        ({ data } = await api('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repoParams(repo), tree_sha: sha, recursive: '1' }));
    }
    catch (error) {
        throw new ListingError(describeFailure('reading a git tree', error));
    }
    if (!data || !Array.isArray(data.tree))
        throw new ListingError('reading a git tree gave an unexpected answer');
    if (data.truncated)
        throw new ListingError('the git tree is too large for the API to list in full');
    const map = new Map();
    for (const e of data.tree)
        if (e.type !== 'tree')
            map.set(e.path, e);
    return map;
}
function fromEntry(e, status) {
    const special = e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'symlink' : undefined;
    return {
        path: e.path,
        status,
        blobSha: e.type === 'blob' ? e.sha : undefined,
        ...(e.size !== undefined ? { size: e.size } : {}),
        ...(special ? { special } : {}),
    };
}
/** Files that differ between two commits (`from` null: everything in `to` is added). */
async function diffTrees(api, repo, from, to) {
    const after = await readTree(api, repo, to);
    const before = from ? await readTree(api, repo, from) : new Map();
    const out = [];
    for (const [path, e] of after) {
        const old = before.get(path);
        if (!old)
            out.push(fromEntry(e, 'added'));
        else if (old.sha !== e.sha || old.mode !== e.mode)
            out.push(fromEntry(e, 'modified'));
    }
    for (const [path] of before)
        if (!after.has(path))
            out.push({ path, status: 'removed' });
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
async function mergeBase(api, repo, base, head) {
    try {
        const { data } = await api('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...repoParams(repo),
            basehead: `${base}...${head}`,
            per_page: 1,
        });
        const sha = data?.merge_base_commit?.sha;
        if (typeof sha === 'string' && sha)
            return sha;
    }
    catch (error) {
        throw new ListingError(describeFailure('finding the merge base', error));
    }
    throw new ListingError('finding the merge base gave an unexpected answer');
}
async function listPullRequest(api, repo, pr) {
    if (pr.headMoved) {
        // The files API answers for the current head; this run gates an older one (a re-run).
        try {
            const base = await mergeBase(api, repo, pr.baseSha, pr.headSha);
            return {
                files: await diffTrees(api, repo, base, pr.headSha),
                complete: true,
                source: 'tree-diff',
                note: 'the pull request head has moved since this run’s event: the files of the commit this run gates were listed by comparing git trees',
            };
        }
        catch (error) {
            if (!(error instanceof ListingError))
                throw error;
            return {
                files: [],
                complete: false,
                source: 'tree-diff',
                note: `the pull request head has moved since this run’s event and the files of this run’s commit could not be listed: ${error.message}`,
            };
        }
    }
    let files;
    try {
        files = await listPullFilesPages(api, repo, pr.number);
    }
    catch (error) {
        if (!(error instanceof ListingError))
            throw error;
        return { files: [], complete: false, source: 'pull-request-files', note: error.message };
    }
    if (!mayBeCut(files.length, pr.changedFiles))
        return { files, complete: true, source: 'pull-request-files' };
    const cut = `the pull request lists ${files.length} files through the API${pr.changedFiles ? ` of ${pr.changedFiles} changed` : ''} (the API stops at ${PULL_FILES_CAP})`;
    try {
        const base = await mergeBase(api, repo, pr.baseSha, pr.headSha);
        const all = await diffTrees(api, repo, base, pr.headSha);
        return {
            files: all,
            complete: true,
            source: 'tree-diff',
            note: `${cut}; every changed file was listed instead by comparing the git trees of the merge base and the head`,
        };
    }
    catch (error) {
        if (!(error instanceof ListingError))
            throw error;
        return { files, complete: false, source: 'pull-request-files', note: `${cut}, and listing them another way failed: ${error.message}` };
    }
}
async function listPush(api, repo, before, after) {
    try {
        return {
            files: await diffTrees(api, repo, before, after),
            complete: true,
            source: 'tree-diff',
            ...(before ? {} : { note: 'a new branch: every file of the pushed commit is scanned' }),
        };
    }
    catch (error) {
        if (!(error instanceof ListingError))
            throw error;
        return { files: [], complete: false, source: 'tree-diff', note: error.message };
    }
}
/** Whether `path` is inside one of the requested paths (a folder, a file, or a glob). */
function underAny(path, wanted) {
    if (!wanted.length)
        return true;
    return wanted.some((w) => {
        const p = w.replace(/^\.\/+/, '').replace(/\/+$/, '');
        if (p === '' || p === '.')
            return true;
        return path === p || path.startsWith(`${p}/`) || (0,esm/* minimatch */.xF)(path, p, { dot: true, nocase: true });
    });
}
async function listTree(api, repo, sha, paths) {
    try {
        const tree = await readTree(api, repo, sha);
        const files = [...tree.values()].filter((e) => underAny(e.path, paths)).map((e) => fromEntry(e, 'unchanged'));
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        return { files, complete: true, source: 'tree' };
    }
    catch (error) {
        if (!(error instanceof ListingError))
            throw error;
        return { files: [], complete: false, source: 'tree', note: error.message };
    }
}

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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/readers/lfs-pointer.ts
var lfs_pointer = __webpack_require__(7955);
;// CONCATENATED MODULE: ./src/action/tree.ts
/**
 * The git tree of the commit a run gates, as the API lists it: which paths are files, links,
 * folders and submodules, and their blob ids. The pull-request file list has no file modes, so
 * this is how the gate knows that a changed file is a symbolic link, and where the link leads.
 * One recursive read; when GitHub cuts a large tree, folders are read one by one as needed.
 */


const LINK_MODE = '120000';
const MAX_LINK_HOPS = 40;
class GitTree {
    api;
    repo;
    commit;
    entries = new Map();
    /** Folders (by path, '' for the root) whose entries are all known. */
    read = new Set();
    complete = false;
    constructor(api, repo, commit) {
        this.api = api;
        this.repo = repo;
        this.commit = commit;
    }
    /** Throws ListingError when the tree cannot be read. */
    static async load(api, repo, commit) {
        const tree = new GitTree(api, repo, commit);
        const data = await tree.fetch(commit, true);
        for (const e of data.tree)
            tree.entries.set(e.path, e);
        tree.complete = !data.truncated;
        if (!tree.complete) {
            tree.entries.clear();
            await tree.readFolder('', commit);
        }
        return tree;
    }
    async fetch(sha, recursive) {
        let data;
        try {
            ({ data } = await this.api('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
                ...repoParams(this.repo),
                tree_sha: sha,
                ...(recursive ? { recursive: '1' } : {}),
            }));
        }
        catch (error) {
            throw new ListingError(describeFailure('reading the git tree of the head commit', error));
        }
        if (!data || !Array.isArray(data.tree))
            throw new ListingError('reading the git tree of the head commit gave an unexpected answer');
        if (!recursive && data.truncated)
            throw new ListingError('a folder of the head commit is too large for the API to list');
        return { tree: data.tree, truncated: data.truncated };
    }
    async readFolder(folder, sha) {
        const data = await this.fetch(sha, false);
        for (const e of data.tree)
            this.entries.set(folder ? `${folder}/${e.path}` : e.path, { ...e, path: folder ? `${folder}/${e.path}` : e.path });
        this.read.add(folder);
    }
    /** The entry at `path`, or undefined when the commit has none. */
    async get(path) {
        if (this.complete)
            return this.entries.get(path);
        const parts = path.split('/');
        for (let i = 0; i < parts.length; i++) {
            const folder = parts.slice(0, i).join('/');
            if (!this.read.has(folder)) {
                const e = folder === '' ? undefined : this.entries.get(folder);
                if (folder !== '' && (!e || e.type !== 'tree'))
                    return undefined;
                await this.readFolder(folder, folder === '' ? this.commit : e.sha);
            }
        }
        return this.entries.get(path);
    }
}
/**
 * Where the link at `linkPath` with text `target` leads in the tree: links along the way are
 * followed (their text read with `readLink`), `..` may not climb out of the repository, and an
 * absolute target is out of it.
 */
async function resolveLink(tree, linkPath, target, readLink) {
    const parts = linkPath.split('/').slice(0, -1);
    let hops = 0;
    const split = (t) => t.split('/').filter((p) => p !== '' && p !== '.');
    if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target))
        return { kind: 'outside' };
    const rest = split(target);
    while (rest.length) {
        const part = rest.shift();
        if (part === '..') {
            if (!parts.length)
                return { kind: 'outside' };
            parts.pop();
            continue;
        }
        parts.push(part);
        const entry = await tree.get(parts.join('/'));
        if (!entry)
            return { kind: 'dangling' };
        if (entry.mode === LINK_MODE) {
            if (++hops > MAX_LINK_HOPS)
                return { kind: 'outside' };
            const next = await readLink(entry);
            parts.pop();
            if (next.startsWith('/') || /^[A-Za-z]:[\\/]/.test(next))
                return { kind: 'outside' };
            rest.unshift(...split(next));
            continue;
        }
        if (entry.type === 'commit')
            return { kind: 'submodule' };
        if (entry.type === 'tree') {
            if (!rest.length)
                return { kind: 'folder' };
            continue;
        }
        if (rest.length)
            return { kind: 'dangling' };
        return { kind: 'file', path: parts.join('/'), entry };
    }
    // The link leads to the repository root or to a folder reached by `..`.
    return { kind: 'folder' };
}

;// CONCATENATED MODULE: ./src/action/contents.ts
/**
 * Where file bytes come from. A file of the checkout is used only when its bytes hash to the
 * blob id the listing gave (so the checkout may be any commit, and filters, encodings and
 * case-colliding paths cannot change what is scanned); otherwise the blob is fetched through
 * the API. Each distinct blob is read and scanned once. Nothing from the pull request is ever
 * run, installed or imported: bytes go to the scanner as data.
 */







function notInspected(path, reason, detail) {
    return { path, status: 'not-inspected', reason, detail, findings: [] };
}
function insideRoot(root, path) {
    if ((0,external_node_path_.isAbsolute)(path) || path.split('/').includes('..'))
        return undefined;
    const abs = (0,external_node_path_.resolve)(root, path);
    const rel = (0,external_node_path_.relative)(root, abs);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) && !rel.split(external_node_path_.sep).includes('.git') ? abs : undefined;
}
async function hashFile(path, algorithm, prefix) {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    if (prefix)
        hash.update(prefix);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** A regular file at `path` of the checkout (no link on the way out of it), with its size. */
async function checkoutFile(root, path) {
    const abs = insideRoot(root, path);
    if (!abs)
        return undefined;
    try {
        const info = await (0,promises_.lstat)(abs);
        if (!info.isFile())
            return undefined;
        const real = await (0,promises_.realpath)(abs);
        if (!real.startsWith(`${await (0,promises_.realpath)(root)}${external_node_path_.sep}`))
            return undefined;
        return { abs: real, size: info.size };
    }
    catch {
        return undefined;
    }
}
/**
 * The checkout's file at `path` when its bytes are the blob `blobSha` of the gated commit
 * (hashed as git does), else undefined: `.gitattributes` encodings and filters, line-ending
 * conversion, case-colliding paths and smudged LFS files all change the bytes.
 */
async function verifiedCheckoutFile(root, path, blobSha) {
    const file = await checkoutFile(root, path);
    if (!file)
        return undefined;
    const algorithm = blobSha.length === 64 ? 'sha256' : 'sha1';
    const id = await hashFile(file.abs, algorithm, `blob ${file.size}\0`).catch(() => undefined);
    return id === blobSha.toLowerCase() ? file.abs : undefined;
}
/** The checkout's file at `path` when it is the real file an LFS pointer names (SHA-256 and size). */
async function checkoutLfsFile(root, path, pointer) {
    const file = await checkoutFile(root, path);
    if (!file || file.size !== pointer.size)
        return undefined;
    const oid = await hashFile(file.abs, 'sha256').catch(() => undefined);
    return oid === pointer.oid ? file.abs : undefined;
}
async function fetchBlob(api, repo, sha) {
    const { data } = await api('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repoParams(repo), file_sha: sha });
    if (data?.encoding === 'base64' && typeof data.content === 'string')
        return Buffer.from(data.content, 'base64');
    if (data?.encoding === 'utf-8' && typeof data.content === 'string')
        return Buffer.from(data.content, 'utf8');
    throw Object.assign(new Error('unexpected blob answer'), { status: undefined });
}
async function eachLimited(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/**
 * Turn the files to scan into scan targets, each distinct blob once. Bytes come from the
 * checkout only when they hash to the listed blob id, otherwise from the API. A symbolic link is
 * resolved in the gated commit's tree and its target is scanned under the link's path.
 */
async function prepare(files, ctx) {
    await (0,promises_.mkdir)(ctx.tempDir, { recursive: true });
    const byKey = new Map();
    const slots = new Array(files.length);
    let fromCheckout = 0;
    let fromApi = 0;
    let n = 0;
    const content = (path, blobSha, size) => {
        let p = byKey.get(blobSha);
        if (!p) {
            p = load(path, blobSha, size);
            byKey.set(blobSha, p);
        }
        return p;
    };
    async function load(path, blobSha, size) {
        if (ctx.budget.expired())
            return { result: (p) => notInspected(p, 'not-reached', 'raise the time-budget input, or split the pull request') };
        if (size !== undefined && size > ctx.maxFileSize)
            return {
                result: (p) => ({
                    path: p,
                    status: 'not-inspected',
                    reason: 'too-large',
                    bytes: size,
                    detail: `${size} bytes; the limit is ${ctx.maxFileSize}`,
                    findings: [],
                }),
            };
        if (ctx.root) {
            const verified = await verifiedCheckoutFile(ctx.root, path, blobSha);
            if (verified) {
                fromCheckout += 1;
                return { target: { key: blobSha, displayPath: path, path: verified } };
            }
        }
        let bytes;
        try {
            bytes = await fetchBlob(ctx.api, ctx.repo, blobSha);
        }
        catch (error) {
            const detail = describeFailure('fetching the file from the API', error);
            return { result: (p) => notInspected(p, 'read-error', detail) };
        }
        fromApi += 1;
        const pointer = (0,lfs_pointer/* parseLfsPointer */.y)(bytes);
        const real = pointer && ctx.root ? await checkoutLfsFile(ctx.root, path, pointer) : undefined;
        if (real)
            return { target: { key: blobSha, displayPath: path, path: real } };
        const file = (0,external_node_path_.join)(ctx.tempDir, `blob-${n++}`);
        await (0,promises_.writeFile)(file, bytes, { mode: 0o600 });
        return { target: { key: blobSha, displayPath: path, path: file } };
    }
    await eachLimited(files, 4, async (file, i) => {
        const shown = file.label ?? file.path;
        const settle = async (c) => {
            const got = await c;
            return 'result' in got
                ? { result: got.result(shown) }
                : { key: got.target.key, path: file.path, ...(file.label ? { label: file.label } : {}) };
        };
        if (file.special === 'submodule')
            return void (slots[i] = {
                result: notInspected(shown, 'unsupported-format', 'a submodule link: its content lives in another repository'),
            });
        if (!file.blobSha)
            return void (slots[i] = { result: notInspected(shown, 'read-error', 'the API gave no content id for this file') });
        const entry = file.label ? undefined : await ctx.tree?.get(file.path);
        if (entry?.mode === LINK_MODE || file.special === 'symlink') {
            slots[i] = await link(file, shown, settle);
            return;
        }
        slots[i] = await settle(content(file.path, file.blobSha, file.size));
    });
    async function link(file, shown, settle) {
        if (!ctx.tree)
            return { result: notInspected(shown, 'read-error', 'the git tree needed to follow this symbolic link could not be read') };
        let text;
        const readLink = async (e) => (await fetchBlob(ctx.api, ctx.repo, e.sha)).toString('utf8');
        let resolved;
        try {
            text = await readLink({ path: file.path, mode: LINK_MODE, type: 'blob', sha: file.blobSha });
            resolved = await resolveLink(ctx.tree, file.path, text, readLink);
        }
        catch (error) {
            return { result: notInspected(shown, 'read-error', describeFailure('following the symbolic link', error)) };
        }
        switch (resolved.kind) {
            case 'file':
                return settle(content(resolved.path, resolved.entry.sha, resolved.entry.size));
            case 'outside':
                return {
                    result: notInspected(shown, 'link-out-of-repository', 'a link out of the repository publishes a file the gate does not check: replace the link with the file, or remove it'),
                };
            case 'folder':
                return {
                    result: notInspected(shown, 'link-to-folder', 'a link to a folder publishes every file in it, and the gate checks only changed files: replace the link with the files'),
                };
            case 'submodule':
                return { result: notInspected(shown, 'unsupported-format', 'a link into a submodule: its content lives in another repository') };
            case 'dangling': {
                // A link to nothing publishes nothing but its own text.
                const key = `link:${file.blobSha}`;
                if (!byKey.has(key))
                    byKey.set(key, Promise.resolve({ target: { key, displayPath: file.path, data: Buffer.from(text, 'utf8') } }));
                return settle(byKey.get(key));
            }
        }
    }
    const targets = (await Promise.all(byKey.values())).flatMap((c) => ('target' in c ? [c.target] : []));
    return { targets, slots, fromCheckout, fromApi };
}
/** The config file at `ref` (the base branch), through the API. 404 means "no config". */
async function readConfigText(api, repo, path, ref) {
    try {
        const { data } = await api('GET /repos/{owner}/{repo}/contents/{path}', { ...repoParams(repo), path, ref });
        if (Array.isArray(data) || data?.type !== 'file')
            return { error: 'the config path is not a file on the base branch' };
        if (data.encoding === 'base64' && typeof data.content === 'string')
            return { found: true, text: Buffer.from(data.content, 'base64').toString('utf8') };
        return { error: 'the config file on the base branch could not be decoded' };
    }
    catch (error) {
        if (statusOf(error) === 404)
            return { found: false };
        return { error: describeFailure('reading the config file from the base branch', error) };
    }
}

;// CONCATENATED MODULE: ./src/action/commits.ts
/**
 * Every commit of a pull request, not only its net diff: a roster added in one commit and
 * removed in the next is published with the branch's history unless the pull request is
 * squash-merged. This lists the blobs each commit introduced (its files against its first
 * parent), so the caller scans those the net diff does not already hold. Merge commits are left
 * out: what they bring in is the base branch's, already published, or in the net diff.
 */

/** The API lists at most 250 commits of a pull request. */
const PULL_COMMITS_CAP = 250;
/** The commit API lists at most 3,000 files of a commit, 300 a page. */
const COMMIT_FILES_PER_PAGE = 300;
const COMMIT_FILES_CAP = 3000;
async function listCommits(api, repo, number) {
    const out = [];
    for (let page = 1; page <= Math.ceil(PULL_COMMITS_CAP / 100); page++) {
        const { data } = await api('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
            ...repoParams(repo),
            pull_number: number,
            per_page: 100,
            page,
        });
        if (!Array.isArray(data))
            throw new Error('unexpected answer');
        out.push(...data);
        if (data.length < 100)
            break;
    }
    return out;
}
/**
 * Blobs introduced by the non-merge commits of the pull request up to `head` (the commit this
 * run gates: a re-run of an older head must not judge later commits), skipping `known` blob ids.
 */
async function introducedBlobs(api, repo, number, head, known) {
    let commits;
    try {
        commits = await listCommits(api, repo, number);
    }
    catch (error) {
        return { blobs: [], commits: 0, incomplete: describeFailure('listing the commits of the pull request', error) };
    }
    if (commits.length >= PULL_COMMITS_CAP)
        return {
            blobs: [],
            commits: commits.length,
            incomplete: `the pull request has ${PULL_COMMITS_CAP} or more commits, more than the API lists: squash them, or set scan-every-commit to false if the repository only squash-merges`,
        };
    const at = commits.findIndex((c) => c.sha === head);
    if (at < 0)
        return {
            blobs: [],
            commits: commits.length,
            incomplete: `commit ${head.slice(0, 12)} is not among the pull request’s commits (the branch was rewritten), so its history cannot be listed`,
        };
    commits = commits.slice(0, at + 1);
    const seen = new Set(known);
    const blobs = [];
    for (const c of commits) {
        if ((c.parents?.length ?? 1) > 1)
            continue;
        for (let page = 1; page <= COMMIT_FILES_CAP / COMMIT_FILES_PER_PAGE; page++) {
            let files;
            try {
                const { data } = await api('GET /repos/{owner}/{repo}/commits/{ref}', {
                    ...repoParams(repo),
                    ref: c.sha,
                    per_page: COMMIT_FILES_PER_PAGE,
                    page,
                });
                files = Array.isArray(data?.files) ? data.files : [];
            }
            catch (error) {
                return {
                    blobs,
                    commits: commits.length,
                    incomplete: describeFailure(`reading commit ${c.sha.slice(0, 12)} of the pull request`, error),
                };
            }
            for (const f of files) {
                if (!f.filename || !f.sha || f.status === 'removed' || /^0+$/.test(f.sha) || seen.has(f.sha))
                    continue;
                seen.add(f.sha);
                blobs.push({ path: f.filename, blobSha: f.sha, commit: c.sha });
            }
            if (files.length < COMMIT_FILES_PER_PAGE)
                break;
            if (page === COMMIT_FILES_CAP / COMMIT_FILES_PER_PAGE)
                return { blobs, commits: commits.length, incomplete: `commit ${c.sha.slice(0, 12)} changes more files than the API lists` };
        }
    }
    return { blobs, commits: commits.length };
}

;// CONCATENATED MODULE: ./src/action/gate-changes.ts
const WORKFLOWS = /^\.github\/workflows\//i;
/** A plain sentence when the pull request changes its own gate, else undefined. No path is repeated. */
function gateChanges(files, configPath) {
    const config = configPath.replace(/^\.\/+/, '').toLowerCase();
    const touches = (p, test) => p !== undefined && test(p);
    const workflows = files.filter((f) => touches(f.path, (p) => WORKFLOWS.test(p)) || touches(f.previousPath, (p) => WORKFLOWS.test(p))).length;
    const configs = files.filter((f) => touches(f.path, (p) => p.toLowerCase() === config) || touches(f.previousPath, (p) => p.toLowerCase() === config)).length;
    if (!workflows && !configs)
        return undefined;
    const what = [workflows ? `${workflows} workflow file(s)` : '', configs ? 'the gate’s config file' : ''].filter(Boolean).join(' and ');
    return `this pull request changes ${what}; on pull_request it runs its own copy of them, so the gate cannot vouch for itself: an approver’s waiver lifts this (or run the gate on pull_request_target, see the README)`;
}

// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(5527);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/action/same-content.ts
/**
 * One blob, many paths: identical content is scanned once, and its result is shown for every
 * path that holds it. Findings about the content are kept; findings about the path itself come
 * from that path (its name alone is scanned); every fingerprint is taken over the path shown,
 * redacted when that path carries an identifier, so an acceptance stays tied to one file.
 */


/** A finding about the file's path (its name), not about its content. */
function aboutPath(f) {
    return f.location.entry === undefined && (f.location.surface === 'file-name' || f.rule === 'file-name.identifier');
}
/**
 * `scanned` (the result for the content) shown under `shown`. `named`: the findings of scanning
 * the name of the path that holds the content, when it is not the path `scanned` was made for.
 */
function resultAt(scanned, shown, named) {
    const findings = named ? [...scanned.findings.filter((f) => !aboutPath(f)), ...named] : scanned.findings;
    const base = { ...scanned, path: shown, findings };
    return { ...base, findings: findings.map((f) => (0,redact/* shownFinding */.Pg)(base, { ...f, fingerprint: (0,fingerprint/* fingerprint */.R)(shown, f.rule, f.location) })) };
}

;// CONCATENATED MODULE: ./src/action/waiver.ts
/**
 * The approved-waiver label. It holds only when all of these are true, checked live through the
 * API right before the decision (a re-run replays a stale payload, and a scan takes time):
 *  1. the label is on the pull request now, and no `unlabeled` event for it came after the
 *     latest `labeled` one (every event page read; past the page cap nothing holds);
 *  2. the most recent `labeled` event for it was made by an approver: a listed user or a member
 *     of a listed org/team, or (empty list) a user with at least the minimum permission;
 *  3. that user is not the pull request's author (unless self-waivers are allowed);
 *  4. the label was applied after the gated head commit arrived: the label event's server time
 *     is later than the earliest check suite or workflow run for the head SHA (server times;
 *     commit dates are set by the committer and never count). The live head must be the commit
 *     this run gates. A label that predates the head is voided and taken off when the token may.
 * Whenever a check cannot be made (API error, missing scope) the waiver does not hold.
 */


function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
async function readLivePull(api, repo, number) {
    const { data } = await api('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repoParams(repo), pull_number: number });
    const labels = Array.isArray(data?.labels) ? data.labels.map((l) => String(l?.name ?? '')) : [];
    return {
        author: String(data?.user?.login ?? ''),
        headSha: String(data?.head?.sha ?? ''),
        baseSha: String(data?.base?.sha ?? ''),
        baseRef: String(data?.base?.ref ?? ''),
        labels,
        ...(typeof data?.changed_files === 'number' ? { changedFiles: data.changed_files } : {}),
    };
}
/** Pages of issue events read at most (100 events a page). */
const EVENT_PAGES_CAP = 100;
/** Thrown when the events do not fit in the page cap: the label's history cannot be known. */
class EventsCapped extends Error {
}
/** Every event of the issue, oldest first (server order), all pages; past the cap it throws. */
async function listIssueEvents(api, repo, number) {
    const out = [];
    for (let page = 1;; page++) {
        if (page > EVENT_PAGES_CAP)
            throw new EventsCapped();
        const { data } = await api('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
            ...repoParams(repo),
            issue_number: number,
            per_page: 100,
            page,
        });
        if (!Array.isArray(data))
            throw new Error('unexpected events answer');
        out.push(...data);
        if (data.length < 100)
            break;
    }
    return out;
}
function later(a, b) {
    return a.created_at === b.created_at ? a.id > b.id : a.created_at > b.created_at;
}
/** The most recent `labeled` event for the label, and whether a force-push or an `unlabeled` came after it. */
function latestLabeling(events, label) {
    let latest;
    const forLabel = (e) => Boolean(e.label?.name && sameLogin(e.label.name, label));
    for (const e of events) {
        if (e.event === 'labeled' && forLabel(e) && (!latest || later(e, latest)))
            latest = e;
    }
    if (!latest)
        return { forcePushedAfter: false };
    const forcePushedAfter = events.some((e) => e.event === 'head_ref_force_pushed' && later(e, latest));
    const unlabeledAfter = events.some((e) => e.event === 'unlabeled' && forLabel(e) && later(e, latest));
    return { event: { actor: String(latest.actor?.login ?? ''), at: latest.created_at, id: latest.id }, forcePushedAfter, unlabeledAfter };
}
/**
 * When the commit `sha` first reached GitHub, by server times: the earliest `created_at` of its
 * check suites and workflow runs. Either list may be unreadable (no checks: read or actions:
 * read); reading fewer only makes the answer later, so the waiver stricter. Neither: undefined.
 */
async function headArrival(api, repo, sha) {
    const times = [];
    const add = (items) => {
        if (!Array.isArray(items))
            return;
        for (const i of items) {
            const t = Date.parse(String(i?.created_at ?? ''));
            if (Number.isFinite(t))
                times.push(t);
        }
    };
    try {
        const { data } = await api('GET /repos/{owner}/{repo}/commits/{ref}/check-suites', { ...repoParams(repo), ref: sha, per_page: 100 });
        add(data?.check_suites);
    }
    catch {
        // try the workflow runs
    }
    try {
        const { data } = await api('GET /repos/{owner}/{repo}/actions/runs', { ...repoParams(repo), head_sha: sha, per_page: 100 });
        add(data?.workflow_runs);
    }
    catch {
        // fall through
    }
    return times.length ? new Date(Math.min(...times)).toISOString() : undefined;
}
/** Rule 2: is `user` an approver? Any check that cannot be made means no. */
async function checkApprover(api, repo, user, settings) {
    if (settings.approvers.length) {
        if (settings.approvers.some((a) => !a.includes('/') && sameLogin(a, user)))
            return { ok: true, how: 'listed in waiver-approvers' };
        const failures = [];
        for (const team of settings.approvers.filter((a) => a.includes('/'))) {
            const [org, slug] = team.split('/');
            try {
                const { data } = await api('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: user });
                if (data?.state === 'active')
                    return { ok: true, how: `member of ${team}` };
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    failures.push(describeFailure(`checking membership of ${team}`, error));
            }
        }
        if (failures.length)
            return { ok: false, reason: `the approver check could not be made: ${failures.join('; ')}` };
        return { ok: false, reason: `the user who applied the label is not in waiver-approvers` };
    }
    let data;
    try {
        ({ data } = await api('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repoParams(repo), username: user }));
    }
    catch (error) {
        return { ok: false, reason: `the permission check could not be made: ${describeFailure('reading the repository permission', error)}` };
    }
    const role = permissionRank(String(data?.role_name ?? '')) >= 0 ? String(data.role_name) : String(data?.permission ?? 'none');
    const rank = permissionRank(role);
    if (rank >= permissionRank(settings.minPermission))
        return { ok: true, how: `${role} permission` };
    return {
        ok: false,
        reason: `the user who applied the label has ${PERMISSION_LEVELS.includes(role) ? role : 'no known'} permission; at least ${settings.minPermission} is required`,
    };
}
/** Rule 4: take a label that predates the head off (it needs issues: write). */
async function removeLabel(api, repo, number, label) {
    try {
        await api('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
            ...repoParams(repo),
            issue_number: number,
            name: label,
        });
        return undefined;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        return describeFailure('removing the waiver label', error);
    }
}
async function evaluateWaiver(api, repo, run, settings) {
    // Read right before deciding: the scan may have taken minutes, and the payload may be stale.
    let live;
    try {
        live = await readLivePull(api, repo, run.number);
    }
    catch (error) {
        return {
            state: 'absent',
            note: `the pull request could not be read live (${describeFailure('reading the pull request', error)}), so no waiver can hold`,
        };
    }
    // Rule 1: the label is there now.
    if (!live.labels.some((l) => sameLogin(l, settings.label))) {
        const stale = run.action === 'labeled' && run.label !== undefined && sameLogin(run.label, settings.label);
        return stale
            ? { state: 'absent', note: 'the event says the waiver label was applied, but it is not on the pull request now (read live)' }
            : { state: 'absent' };
    }
    const reasons = [];
    if (live.headSha !== run.headSha) {
        reasons.push(`this run gates commit ${run.headSha.slice(0, 12)}, but the pull request head is now ${live.headSha.slice(0, 12)}: a waiver applies only to the current head`);
    }
    let events;
    try {
        events = await listIssueEvents(api, repo, run.number);
    }
    catch (error) {
        if (error instanceof EventsCapped)
            return {
                state: 'rejected',
                reasons: [
                    ...reasons,
                    `the pull request has more than ${EVENT_PAGES_CAP * 100} events, so who applied the label, and when, cannot be read with certainty`,
                ],
            };
        return {
            state: 'rejected',
            reasons: [...reasons, `who applied the label could not be checked: ${describeFailure('reading the pull request events', error)}`],
        };
    }
    const { event, forcePushedAfter, unlabeledAfter } = latestLabeling(events, settings.label);
    if (!event || !event.actor)
        return { state: 'rejected', reasons: [...reasons, 'no labeled event was found for the waiver label, so its approver is unknown'] };
    if (unlabeledAfter)
        return { state: 'voided', reasons: ['the waiver label was removed after it was last applied; it must be applied again'] };
    // Rule 4: the label came after the head commit arrived.
    const arrived = await headArrival(api, repo, run.headSha);
    if (!arrived) {
        reasons.push('when the head commit arrived could not be read (the token needs checks: read or actions: read), so the label cannot be shown to postdate it');
    }
    else if (!(Date.parse(event.at) > Date.parse(arrived))) {
        const failure = await removeLabel(api, repo, run.number, settings.label);
        return {
            state: 'voided',
            reasons: [
                `the waiver label was applied at ${event.at}, before the head commit ${run.headSha.slice(0, 12)} arrived (${arrived}, server times): it was given for earlier commits, and must be applied again after the new ones are reviewed`,
                failure ? `the label could not be removed automatically (${failure}): remove it by hand` : 'the label was removed',
            ],
        };
    }
    if (forcePushedAfter)
        reasons.push('the branch was force-pushed after the waiver label was applied');
    // Rule 3: no self-approval.
    if (!settings.allowSelf && sameLogin(event.actor, live.author))
        reasons.push('the label was applied by the pull request’s author; another approver must apply it');
    // Rule 2: an approver applied it.
    const approver = await checkApprover(api, repo, event.actor, settings);
    if (!approver.ok)
        reasons.push(approver.reason);
    if (reasons.length)
        return { state: 'rejected', reasons, label: event };
    return { state: 'holds', audit: { approver: event.actor, at: event.at, headSha: run.headSha } };
}

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

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
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

;// CONCATENATED MODULE: ./src/action/checks.ts
/**
 * Every finding as a check-run annotation through the Checks API, 50 per request (the API's
 * limit; later updates append). A token that may not create check runs (a fork's read-only
 * token: 403, or 404) is not an error: the workflow-command annotations and the job summary
 * still carry the result. Paths that themselves carry an identifier are left out.
 */






const CHECK_NAME = 'asylum-pii-gate';
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_TEXT_LIMIT = 65_535;
function checkAnnotations(report) {
    const out = [];
    for (const file of report.files) {
        if ((0,redact/* pathCarriesIdentifier */.Sh)(file.findings))
            continue;
        if (file.status === 'not-inspected') {
            out.push({
                path: file.path,
                start_line: 1,
                end_line: 1,
                annotation_level: report.notInspectedBlocks ? 'failure' : 'warning',
                title: 'File not inspected',
                message: `Not inspected: ${reasonText(file) ?? 'the file could not be read'}${file.detail ? ` (${(0,safe_text/* displayText */.W)(file.detail, 200)})` : ''}. The gate cannot say this file is safe.`,
            });
        }
        for (const f of file.findings) {
            const lines = f.location.lines;
            out.push({
                path: file.path,
                start_line: lines?.first ?? 1,
                end_line: lines?.last ?? lines?.first ?? 1,
                annotation_level: findingBlocks(f, report) ? 'failure' : f.severity === 'notice' ? 'notice' : 'warning',
                title: `${model/* RULE_TITLES */.Zz[f.rule]} [${f.severity}]`,
                message: `${f.message}${f.accepted ? ` Accepted: ${(0,safe_text/* displayText */.W)(f.accepted.reason, 200)}.` : ''} Fingerprint ${f.fingerprint}.`,
            });
        }
    }
    return out;
}
function batches(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
async function publishCheckRun(api, repo, input) {
    const summary = input.summary.length > OUTPUT_TEXT_LIMIT ? `${input.summary.slice(0, OUTPUT_TEXT_LIMIT - 1)}…` : input.summary;
    const groups = batches(input.annotations, CHECK_ANNOTATIONS_PER_REQUEST);
    let id;
    try {
        const { data } = await api('POST /repos/{owner}/{repo}/check-runs', {
            ...repoParams(repo),
            name: CHECK_NAME,
            head_sha: input.headSha,
            status: 'in_progress',
            output: { title: input.title, summary, annotations: groups[0] ?? [] },
        });
        id = Number(data?.id);
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404)
            return { state: 'not-permitted', status };
        return { state: 'failed', reason: describeFailure('creating the check run', error) };
    }
    let requests = 1;
    try {
        for (const group of groups.slice(1)) {
            await api('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                ...repoParams(repo),
                check_run_id: id,
                output: { title: input.title, summary, annotations: group },
            });
            requests += 1;
        }
        await api('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...repoParams(repo),
            check_run_id: id,
            status: 'completed',
            conclusion: input.conclusion,
            completed_at: new Date().toISOString(),
            output: { title: input.title, summary },
        });
        requests += 1;
    }
    catch (error) {
        return { state: 'failed', reason: describeFailure('updating the check run', error) };
    }
    return { state: 'published', id, requests };
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
        verdict: report.summary.blocking > 0 || report.blockers?.length ? 'block' : 'pass',
        summary: report.summary,
        ...(report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {}),
        ...(report.commit !== undefined ? { commit: report.commit } : {}),
        ...(report.settings !== undefined ? { settings: report.settings } : {}),
        ...(report.blockers?.length ? { blockers: report.blockers.map(safe) } : {}),
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

;// CONCATENATED MODULE: ./src/action/report-files.ts
/** The JSON report and the SARIF file, written under RUNNER_TEMP (never into the workspace). */





function reportDir(env = process.env) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'asylum-pii-gate');
}
/**
 * `report.json` and `report.sarif`; a shard's are `report-2-of-4.*`, so that the shards' reports
 * keep apart when download-artifact merges them into one folder (merge-multiple).
 */
async function writeReports(report, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const name = report.shard ? `report-${report.shard.index}-of-${report.shard.count}` : 'report';
    const paths = { report: (0,external_node_path_.join)(dir, `${name}.json`), sarif: (0,external_node_path_.join)(dir, `${name}.sarif`) };
    await (0,promises_.writeFile)(paths.report, toJson(report));
    await (0,promises_.writeFile)(paths.sarif, toSarif(report));
    return paths;
}

;// CONCATENATED MODULE: ./src/report/merge.ts
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
const merge_STATUSES = new Set(['scanned', 'skipped', 'not-inspected']);
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
    if (!isObject(raw) || !isCount(raw.index) || !model/* COLUMN_KINDS */.Dg.includes(raw.kind))
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
function merge_location(raw) {
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
    if (!isObject(raw) || typeof raw.rule !== 'string' || !Object.hasOwn(model/* RULE_TITLES */.Zz, raw.rule) || !(0,model/* isSeverity */._Z)(raw.severity))
        return undefined;
    // Fingerprints are hexadecimal (see core/fingerprint.ts): nothing else can ride in one.
    if (!isText(raw.message) || !isCount(raw.count) || !isHex(raw.fingerprint, 8, 64))
        return undefined;
    const where = merge_location(raw.location);
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
    if (!isObject(raw) || !isText(raw.path) || raw.path === '' || !merge_STATUSES.has(raw.status) || !Array.isArray(raw.findings))
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
    if (!isObject(value) || value.$schema !== JSON_REPORT_SCHEMA)
        return bad(`not an asylum-pii-gate JSON report (${JSON_REPORT_SCHEMA})`);
    if (!(0,model/* isSeverity */._Z)(value.failOn) || typeof value.notInspectedBlocks !== 'boolean' || !Array.isArray(value.files))
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
    const report = verdict_buildReport(files, { failOn: value.failOn, notInspectedBlocks: value.notInspectedBlocks }, tool);
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
    return (0,external_node_crypto_.createHash)('sha256')
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
    const report = verdict_buildReport(refused.length ? [] : files.sort(byPath), policy, first?.tool ?? tool_TOOL);
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

;// CONCATENATED MODULE: ./src/report/load-reports.ts
/**
 * Reading the JSON reports to merge from disk, for the CLI's `merge` and the Action's merge mode:
 * each pattern is a file, a folder (every `.json` file under it, as download-artifact leaves
 * them) or a glob. Files are size-bounded and parsed here; what they hold is judged by
 * report/merge.ts. Problems name the pattern or file (flattened), never a parser's message.
 */





/** Larger than any report of a real site (a 5,000-file audit writes about 2 MB). */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
const MAX_DEPTH = 8;
const shown = (text) => `'${(0,safe_text/* displayText */.W)(text, 200)}'`;
const GLOB = /[*?[\]{}]/;
async function kind(path) {
    try {
        const s = await (0,promises_.stat)(path);
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
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const e of entries) {
        const p = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(p, depth + 1)));
        else if (e.isFile())
            out.push(p);
    }
    return out;
}
const posix = (path) => path.split(external_node_path_.sep).join('/');
/** The report files the patterns name, relative to `cwd`, sorted, each once. */
async function expandReportPaths(patterns, cwd) {
    const found = new Set();
    const problems = [];
    for (const pattern of patterns) {
        const path = (0,external_node_path_.resolve)(cwd, pattern);
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
            const base = (0,external_node_path_.resolve)(cwd, fixed || '.');
            const glob = posix((0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, pattern)));
            matched = (await walk(base)).filter((p) => (0,esm/* minimatch */.xF)(posix((0,external_node_path_.relative)(cwd, p)), glob, { dot: true }));
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
    return { paths: [...found].sort().map((p) => (0,external_node_path_.relative)(cwd, p) || p), problems };
}
/** Read and parse the named files (paths relative to `cwd`); each is named by its path in messages. */
async function loadReports(paths, cwd) {
    const reports = [];
    const problems = [];
    if (paths.length > MAX_REPORTS) {
        problems.push(`${paths.length} report files found: at most ${MAX_REPORTS} (one per matrix job) are merged`);
        return { reports, problems };
    }
    for (const path of paths) {
        const name = `report ${shown(path)}`;
        const full = (0,external_node_path_.resolve)(cwd, path);
        try {
            const size = (await (0,promises_.stat)(full)).size;
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
            value = JSON.parse(await (0,promises_.readFile)(full, 'utf8'));
        }
        catch {
            problems.push(`${name} could not be read as JSON`);
            continue;
        }
        reports.push({ name, value });
    }
    return { reports, problems };
}

;// CONCATENATED MODULE: ./src/action/merge-mode.ts




async function mergeShardReports(inputs, workspace) {
    const expanded = await expandReportPaths(inputs.reports, workspace);
    const loaded = await loadReports(expanded.paths, workspace);
    const unread = [...expanded.problems, ...loaded.problems];
    const notes = [];
    if (unread.length) {
        // A report that cannot be read may be the one that blocks: nothing is merged.
        const report = verdict_buildReport([], { failOn: inputs.failOn, notInspectedBlocks: true }, tool_TOOL);
        report.blockers = [...unread.map((p) => `${p}: the shard reports were not merged`)];
        return { report, subject: 'the shard reports of a whole-repository audit (not merged)', notes };
    }
    const merged = mergeReports(loaded.reports, inputs.failOn);
    const report = merged.report;
    const at = report.commit ? ` at ${report.commit.slice(0, 12)}` : '';
    if (merged.refused.length)
        return { report, subject: `the shard reports of a whole-repository audit${at} (refused: not merged)`, notes };
    const shards = merged.shards;
    const subject = shards
        ? `the whole repository${at}, merged from ${shards.given} of ${shards.count} shard report(s)`
        : `the repository${at}, merged from ${loaded.reports.length} report(s)`;
    notes.push(`${loaded.reports.length} report(s) merged: the verdict is taken over all their files at once; findings are the shards’ own (nothing was scanned again)`);
    if (report.failOn !== inputs.failOn)
        notes.push(`the shards were judged at fail level ${report.failOn}, which this verdict keeps; this step’s fail-on (${inputs.failOn}) is not used: set fail-on on the shard jobs`);
    notes.push('the waiver label does not apply to an audit (there is no pull request); accept findings with accepted-findings in the config file');
    return { report, subject, notes };
}

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

;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Workflow-command annotations (`::error file=...::message`). GitHub shows at most 10 errors and
 * 10 warnings (and 10 notices) per step and drops the rest silently, so findings are grouped by
 * file and columns, ordered most severe first, and the last slot of a level says how many more
 * there are. Text files get line ranges; binary files (workbooks, PDFs, archives) get file-level
 * annotations with the sheet and cells in the message. File names and sheet names are untrusted:
 * every property and message is escaped so it cannot start a new workflow command.
 */






/** GitHub's per-step display limit for each level. */
const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL_RANK = { error: 2, warning: 1, notice: 0 };
/** Data part of a workflow command: `%`, CR and LF. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values also escape `:` and `,`, which end a property. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function toWorkflowCommand(a) {
    const props = Object.entries(a.properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${a.level}${props ? ` ${props}` : ''}::${escapeData(a.message)}`;
}
/** The level a finding is shown at: blocking → error; otherwise warning (or notice for notices). */
function findingLevel(finding, report) {
    if (findingBlocks(finding, report))
        return 'error';
    return finding.severity === 'notice' ? 'notice' : 'warning';
}
function groupKey(f) {
    const l = f.location;
    const cols = (l.columns ?? [])
        .map((c) => c.index)
        .sort((a, b) => a - b)
        .join(',');
    return [l.entry ?? '', l.sheet ?? '', l.page ?? '', cols].join('\u0000');
}
function fileProperties(file) {
    // A path that itself carries an identifier is not put in the file property: it would be shown verbatim.
    return (0,redact/* pathCarriesIdentifier */.Sh)(file.findings) ? {} : { file: file.path };
}
function findingGroups(file, report, order) {
    const byKey = new Map();
    for (const f of file.findings) {
        const k = groupKey(f);
        byKey.set(k, [...(byKey.get(k) ?? []), f]);
    }
    const groups = [];
    for (const findings of byKey.values()) {
        findings.sort((a, b) => LEVEL_RANK[findingLevel(b, report)] - LEVEL_RANK[findingLevel(a, report)] || (0,model/* severityRank */.qs)(b.severity) - (0,model/* severityRank */.qs)(a.severity));
        const lead = findings[0];
        const level = findingLevel(lead, report);
        const others = findings.length - 1;
        const accepted = lead.accepted ? ` Accepted: ${(0,safe_text/* displayText */.W)(lead.accepted.reason, 120)}.` : '';
        const path = (0,redact/* pathCarriesIdentifier */.Sh)(file.findings) ? `${(0,safe_text/* displayText */.W)((0,redact/* shownPath */.pS)(file), 200)}: ` : '';
        const message = `${path}${lead.message}${others ? ` (+${others} more finding${others === 1 ? '' : 's'} in the same place: ${[...new Set(findings.slice(1).map((f) => model/* RULE_TITLES */.Zz[f.rule]))].join('; ')})` : ''}.${accepted} [${lead.severity}]`;
        const lines = findings.map((f) => f.location.lines).filter((x) => Boolean(x));
        const properties = { title: `asylum-pii-gate: ${model/* RULE_TITLES */.Zz[lead.rule]}`, ...fileProperties(file) };
        if (lines.length && properties.file) {
            properties.line = Math.min(...lines.map((l) => l.first));
            const end = Math.max(...lines.map((l) => l.last));
            if (end > properties.line)
                properties.endLine = end;
        }
        groups.push({
            level,
            rank: (0,model/* severityRank */.qs)(lead.severity),
            count: findings.reduce((n, f) => n + f.count, 0),
            order: order(),
            annotation: { level, message, properties },
        });
    }
    return groups;
}
function notInspectedGroup(file, report, order) {
    const level = report.notInspectedBlocks ? 'error' : 'warning';
    const reason = reasonText(file) ?? 'the file could not be read';
    const detail = file.detail ? ` (${(0,safe_text/* displayText */.W)(file.detail, 200)})` : '';
    const path = (0,redact/* pathCarriesIdentifier */.Sh)(file.findings) ? `${(0,safe_text/* displayText */.W)((0,redact/* shownPath */.pS)(file), 200)}: ` : '';
    return {
        level,
        rank: (0,model/* severityRank */.qs)('critical') + 1,
        count: 0,
        order,
        annotation: {
            level,
            message: `${path}Not inspected: ${reason}${detail}. The gate cannot say this file is safe.`,
            properties: { title: 'asylum-pii-gate: file not inspected', ...fileProperties(file) },
        },
    };
}
/**
 * Every annotation worth showing, most severe first, capped per level with an overflow line.
 * `reservedErrors` error slots are kept for annotations the caller prints itself.
 */
function buildAnnotations(report, limit = ANNOTATIONS_PER_LEVEL, reservedErrors = 0) {
    let n = 0;
    const groups = [];
    for (const file of report.files) {
        if (file.status === 'not-inspected')
            groups.push(notInspectedGroup(file, report, n++));
        groups.push(...findingGroups(file, report, () => n++));
    }
    groups.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.rank - a.rank || b.count - a.count || a.order - b.order);
    const out = [];
    for (const level of ['error', 'warning', 'notice']) {
        const ofLevel = groups.filter((g) => g.level === level);
        const cap = level === 'error' ? Math.max(1, limit - reservedErrors) : limit;
        if (ofLevel.length <= cap) {
            out.push(...ofLevel.map((g) => g.annotation));
            continue;
        }
        out.push(...ofLevel.slice(0, cap - 1).map((g) => g.annotation));
        const more = ofLevel.length - (cap - 1);
        out.push({
            level,
            message: `${more} more ${level === 'error' ? 'blocking ' : ''}finding group${more === 1 ? '' : 's'} not shown as annotations: see the job summary and the JSON report.`,
            properties: { title: 'asylum-pii-gate: more findings' },
        });
    }
    return out;
}
/** Problems that stop the gate from judging every file, shown first; the rest are in the summary. */
const BLOCKER_ANNOTATIONS = 3;
/**
 * Every annotation the step prints, within GitHub's 10 errors per step: up to three gate
 * problems first, then the findings, and one error slot always left for the closing error the
 * step fails with (`closingError`), so that it is never the one GitHub drops.
 */
function stepAnnotations(report, blockers = [], limit = ANNOTATIONS_PER_LEVEL) {
    const first = blockers
        .slice(0, BLOCKER_ANNOTATIONS)
        .map((b) => ({ level: 'error', message: `Blocked: ${(0,safe_text/* displayText */.W)(b, 600)}.`, properties: { title: 'asylum-pii-gate' } }));
    return [...first, ...buildAnnotations(report, limit, first.length + 1)];
}
/**
 * The one error the step fails with, or undefined when it passes. Its counts are the summary's
 * (files and findings that block, files not inspected, gate problems), so they add up.
 */
function closingError(report, blockers = [], waiverVoided = false) {
    const sentence = blockingSentence(report, blockers.length);
    const voided = waiverVoided ? 'new commits voided the waiver; it must be applied again after review' : '';
    if (!sentence && !voided)
        return undefined;
    return `asylum-pii-gate: ${[sentence, voided].filter(Boolean).join('; ')}. See the annotations and the job summary.`;
}

// EXTERNAL MODULE: ./src/core/describe.ts
var describe = __webpack_require__(606);
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
function verdictLine(input, counts) {
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
    let out = `${verdictLine(input, counts)}\n\n${scopeLine(input)}`;
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
    const head = `${verdictLine(input, counts)}\n\n${scopeLine(input)}${counts.blockingFiles || input.blockers?.length ? whatNext(input, counts) : ''}${blockersSection(input.blockers)}`;
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

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The Action: wires the GitHub side (inputs, event, changed files, contents, config from the
 * base branch, waiver) to the scanner and the reporters. Every step is a small module under
 * src/action/; this file only orders them. No error message from a library or the API is ever
 * printed: it could quote a file.
 */

































function log(line) {
    // Fixed prefix: nothing untrusted ever starts a line (workflow-command injection).
    core/* info */.pq(`asylum-pii-gate: ${line}`);
}
/**
 * Where the config is read: the pull request's live base branch (an `edited` run may carry an
 * old base), the merge queue's base, the branch before a push, and for a new branch the default
 * branch (the pushed commit could carry a config that switches the gate off).
 */
function configRef(run, live) {
    if (run.kind === 'pull_request')
        return live?.baseRef || run.baseRef;
    if (run.kind === 'merge_group')
        return run.baseRef;
    if (run.kind === 'push')
        return isZeroSha(run.before) ? (run.defaultBranch ?? run.after) : run.before;
    return run.sha;
}
function headCommit(run) {
    return run.kind === 'pull_request' || run.kind === 'merge_group' ? run.headSha : run.kind === 'push' ? run.after : run.sha;
}
function subjectOf(run) {
    if (run.kind === 'pull_request')
        return `pull request #${run.number} at ${run.headSha.slice(0, 12)}`;
    if (run.kind === 'merge_group')
        return `the merge queue group ${run.headSha.slice(0, 12)} onto ${run.baseRef}`;
    if (run.kind === 'push')
        return `the push to ${run.ref} (${run.deleted ? 'deleted' : isZeroSha(run.before) ? 'new branch' : `${run.before.slice(0, 12)}..${run.after.slice(0, 12)}`})`;
    return `the repository at ${run.sha.slice(0, 12)} (workflow_dispatch)`;
}
async function loadConfig(api, repo, inputs, ref, blockers, notes) {
    const text = await readConfigText(api, repo, inputs.config, ref);
    if ('error' in text) {
        blockers.push(`${text.error}; the gate ran with the default config and fails closed`);
        return defaultActionConfig();
    }
    if (!text.found) {
        if (inputs.config !== DEFAULT_CONFIG_PATH) {
            // A config path someone set that is missing: its allowlist or recognizers are not applied.
            blockers.push('the config file set in the config input is missing on the base branch; the gate ran with the default config and fails closed');
            return defaultActionConfig();
        }
        notes.push('no config file on the base branch: defaults apply');
        return defaultActionConfig();
    }
    const parsed = parseActionConfig(text.text);
    if (!parsed.ok) {
        blockers.push(`the config file on the base branch is invalid (${parsed.errors.join('; ')}); the gate ran with the default config and fails closed`);
        return defaultActionConfig();
    }
    notes.push('config read from the base branch');
    return parsed.config;
}
async function listFiles(api, repo, run, inputs, live) {
    if (run.kind === 'pull_request') {
        const headMoved = live !== undefined && live.headSha !== run.headSha;
        const baseSha = live?.baseSha || run.baseSha;
        return listPullRequest(api, repo, {
            number: run.number,
            headSha: run.headSha,
            baseSha,
            changedFiles: headMoved ? undefined : live?.changedFiles,
            headMoved,
        });
    }
    if (run.kind === 'merge_group')
        return listPush(api, repo, run.baseSha, run.headSha);
    if (run.kind === 'push')
        return listPush(api, repo, isZeroSha(run.before) ? null : run.before, run.after);
    return listTree(api, repo, run.sha, inputs.paths);
}
function skipped(file, reason, detail) {
    return { path: file.path, status: 'skipped', reason, ...(detail ? { detail } : {}), findings: [] };
}
function waiverStatus(run, outcome, label) {
    if (run.kind !== 'pull_request' || !outcome)
        return { state: 'not-applicable', label };
    switch (outcome.state) {
        case 'absent':
            return { state: 'absent', label, note: outcome.note };
        case 'holds':
            return { state: 'holds', label, audit: outcome.audit };
        default:
            return { state: outcome.state, label, reasons: outcome.reasons };
    }
}
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
function checkSummary(report, waiver, blockers) {
    const s = report.summary;
    const lines = [
        `${s.files} file(s): ${s.scanned} scanned, ${s.skipped} skipped, ${s.notInspected} not inspected; ${s.findings} finding(s) in all (fail level ${report.failOn}). ${capitalized(blockingSentence(report, blockers.length)) || 'Nothing blocks'}.`,
        `Waiver: ${waiver.state}${waiver.audit ? ` (approved by ${waiver.audit.approver} at ${waiver.audit.at} for ${waiver.audit.headSha.slice(0, 12)})` : ''}.`,
        ...blockers.map((b) => `Blocked: ${b}.`),
        'The job summary lists every finding by file, sheet, column and row range. No value is repeated.',
    ];
    return lines.join('\n\n');
}
async function gate() {
    const read = readInputs((name) => core/* getInput */.V4(name));
    if (!read.ok) {
        core/* setFailed */.C1(`asylum-pii-gate: invalid inputs: ${read.errors.join('; ')}`);
        return;
    }
    const inputs = read.inputs;
    const budget = new Budget(inputs.timeBudgetMs);
    const { /* context */ "_": context } = github;
    if (inputs.mode === 'merge')
        return mergeMode(inputs, budget);
    const runRead = readRun({
        eventName: context.eventName ?? '',
        payload: context.payload,
        sha: context.sha,
        ref: context.ref,
    });
    if (!runRead.ok) {
        core/* setFailed */.C1(`asylum-pii-gate: ${runRead.error}`);
        return;
    }
    const run = runRead.run;
    const repo = context.repo;
    const api = octokitApi(inputs.token, budget);
    const blockers = [];
    /** Blockers an approved waiver lifts (a pull request that changes its own gate). */
    const waivable = [];
    const notes = [];
    log(`gating ${subjectOf(run)}`);
    if (run.kind === 'push' && run.deleted) {
        // Nothing is published by deleting a branch or tag, and there is no commit to report on.
        await finish({
            report: verdict_buildReport([], { failOn: inputs.failOn, notInspectedBlocks: true }, tool_TOOL),
            head: headCommit(run),
            subject: subjectOf(run),
            inputs,
            waiver: waiverStatus(run, undefined, inputs.waiverLabel),
            blockers,
            notes: ['the push deleted a branch or tag: nothing is published, so there is nothing to scan'],
            dir: reportDir(),
            api,
            repo,
            check: false,
        });
        return;
    }
    let live;
    if (run.kind === 'pull_request') {
        try {
            live = await readLivePull(api, repo, run.number);
            if (live.baseRef && live.baseRef !== run.baseRef)
                notes.push('the pull request’s base branch changed since this run’s event: it was judged against the live base');
        }
        catch {
            notes.push('the pull request could not be read live; the waiver cannot hold');
        }
    }
    const config = await loadConfig(api, repo, inputs, configRef(run, live), blockers, notes);
    const listing = await listFiles(api, repo, run, inputs, live);
    if (listing.note)
        notes.push(listing.note);
    if (!listing.complete)
        blockers.push(`the list of changed files may be incomplete (${listing.note ?? 'listing failed'})`);
    if (run.kind === 'pull_request' && run.eventName === 'pull_request' && inputs.blockGateChanges) {
        const changed = gateChanges(listing.files, inputs.config);
        if (changed)
            waivable.push(changed);
    }
    // A shard of a whole-repository audit takes its share of the listed files (merged later by `merge`).
    if (inputs.shard && run.kind !== 'workflow_dispatch')
        blockers.push('the shard input applies to workflow_dispatch and scheduled runs over the whole repository only');
    const listed = inputs.shard ? listing.files.filter((f) => inShard(f.path, inputs.shard)) : listing.files;
    const results = [];
    const toRead = [];
    const filters = { include: inputs.include, exclude: inputs.exclude, allowlist: config.allowlist };
    listed.forEach((file, index) => {
        if (file.status === 'removed')
            return void results.push(skipped(file, 'removed'));
        const d = decide(file.path, filters);
        if (!d.scan)
            return void results.push(skipped(file, d.reason, d.detail));
        results.push(undefined);
        toRead.push({ index, file });
    });
    const head = headCommit(run);
    if (run.kind === 'pull_request' && inputs.scanEveryCommit) {
        // Blobs earlier commits introduced, beyond the net diff (each distinct blob once).
        const known = new Set(listing.files.flatMap((f) => (f.blobSha ? [f.blobSha] : [])));
        const history = await introducedBlobs(api, repo, run.number, run.headSha, known);
        if (history.incomplete)
            blockers.push(`not every commit of the pull request could be read (${history.incomplete})`);
        let extra = 0;
        for (const b of history.blobs) {
            if (!decide(b.path, filters).scan)
                continue;
            results.push(undefined);
            toRead.push({
                index: results.length - 1,
                file: { path: b.path, status: 'added', blobSha: b.blobSha, label: `${b.path} (commit ${b.commit.slice(0, 12)})` },
            });
            extra += 1;
        }
        if (extra)
            notes.push(`${extra} earlier version(s) of files, introduced by the pull request’s ${history.commits} commits and no longer in its head, were scanned too (shown as “path (commit …)”)`);
    }
    let tree;
    if (toRead.length) {
        try {
            tree = await GitTree.load(api, repo, head);
        }
        catch (error) {
            blockers.push(`which changed files are symbolic links could not be checked (${error instanceof ListingError ? error.message : 'reading the git tree failed'})`);
        }
    }
    const dir = reportDir();
    const blobDir = (0,external_node_path_.join)(dir, 'blobs');
    const options = (0,scan_options/* resolveScanOptions */.Sm)({
        failOn: inputs.failOn,
        limits: { maxFileSize: inputs.maxFileSize, timeoutMs: inputs.timeoutMs, memoryLimitMb: inputs.memoryLimitMb },
        detect: detectOptionsFrom(config),
    });
    try {
        const prepared = await prepare(toRead.map((t) => t.file), { api, repo, root: process.env.GITHUB_WORKSPACE || undefined, tree, tempDir: blobDir, maxFileSize: inputs.maxFileSize, budget });
        log(`${toRead.length} file(s) to scan, ${prepared.targets.length} distinct: ${prepared.fromCheckout} read from the checkout, ${prepared.fromApi} through the API`);
        if (toRead.length)
            notes.push(`${prepared.fromCheckout} file(s) read from the checkout (each verified against its git blob id), ${prepared.fromApi} through the API${prepared.targets.length < toRead.length ? `; identical contents were scanned once` : ''}`);
        // A path that shares its content with another is scanned by name alone, for its own name findings.
        const byKey = new Map(prepared.targets.map((t) => [t.key, t]));
        const nameTargets = [];
        const nameIndex = new Map();
        prepared.slots.forEach((slot, i) => {
            if ('key' in slot && byKey.get(slot.key).displayPath !== slot.path) {
                nameIndex.set(i, nameTargets.length);
                nameTargets.push({ displayPath: slot.path, data: new Uint8Array(0) });
            }
        });
        const scanned = await scanTargets([...prepared.targets, ...nameTargets], options, { deadline: budget.deadline });
        const byTarget = new Map(prepared.targets.map((t, i) => [t.key, scanned[i]]));
        prepared.slots.forEach((slot, i) => {
            const { index, file } = toRead[i];
            if ('result' in slot)
                return void (results[index] = slot.result);
            const content = byTarget.get(slot.key) ?? { path: file.path, status: 'not-inspected', reason: 'internal-error', findings: [] };
            const named = nameIndex.has(i) ? scanned[prepared.targets.length + nameIndex.get(i)].findings : undefined;
            results[index] = resultAt(content, slot.label ?? slot.path, named);
        });
    }
    finally {
        await (0,promises_.rm)(blobDir, { recursive: true, force: true }).catch(() => undefined);
    }
    const notReached = results.filter((r) => r?.reason === 'not-reached').length;
    if (notReached)
        blockers.push(`the run’s time budget (${Math.round(inputs.timeBudgetMs / 1000)} s) ran out: ${notReached} file(s) were not reached and are listed as not inspected`);
    const today = new Date().toISOString().slice(0, 10);
    const accepted = applyAcceptedFindings(results, config.acceptedFindings, today);
    if (accepted.acceptedCount)
        notes.push(`${accepted.acceptedCount} finding(s) accepted by the config file`);
    notes.push(...accepted.notes);
    for (const e of accepted.expiredMatches)
        notes.push(`an accepted-finding entry (fingerprint ${e.fingerprint}) expired on ${e.expires}: its finding counts again`);
    let outcome;
    if (run.kind === 'pull_request') {
        const settings = {
            label: inputs.waiverLabel,
            approvers: inputs.waiverApprovers,
            minPermission: inputs.waiverMinPermission,
            allowSelf: inputs.allowSelfWaiver,
        };
        outcome = await evaluateWaiver(api, repo, run, settings);
    }
    const waiver = waiverStatus(run, outcome, inputs.waiverLabel);
    const waived = outcome?.state === 'holds';
    if (waived && waivable.length)
        notes.push(`the approved waiver also covers: ${waivable.join('; ')}`);
    const files = outcome?.state === 'holds' ? applyWaiver(accepted.files, outcome.audit, inputs.waiverLabel) : accepted.files;
    const report = verdict_buildReport(files, { failOn: inputs.failOn, notInspectedBlocks: !waived }, tool_TOOL);
    if (inputs.shard)
        report.shard = inputs.shard;
    report.commit = head;
    report.settings = settingsDigest({
        failOn: inputs.failOn,
        include: inputs.include,
        exclude: inputs.exclude,
        paths: inputs.paths,
        limits: options.limits,
        config,
        configPath: inputs.config,
        scanEveryCommit: inputs.scanEveryCommit,
    });
    await finish({
        report,
        head,
        subject: subjectOf(run),
        inputs,
        waiver,
        blockers: waived ? blockers : [...waivable, ...blockers],
        notes,
        dir,
        api,
        repo,
        check: true,
    });
}
async function finish({ report, head, subject, inputs, waiver, blockers, notes, dir, api, repo, check: publish }) {
    const waived = waiver.state === 'holds';
    const blocking = report.summary.blocking + blockers.length;
    // The JSON report carries what blocks besides the files, so that a merge of shards keeps it.
    report.blockers = blockers.length ? [...blockers] : undefined;
    if (!report.blockers)
        delete report.blockers;
    const written = await writeReports(report, dir);
    // Gate problems first, then findings, with one error slot kept for the closing error (10 per step).
    for (const a of stepAnnotations(report, blockers))
        process.stdout.write(toWorkflowCommand(a) + external_node_os_.EOL);
    if (publish) {
        const check = await publishCheckRun(api, repo, {
            headSha: head,
            conclusion: blocking > 0 ? 'failure' : 'success',
            title: blocking > 0
                ? capitalized(blockingSentence(report, blockers.length))
                : waived
                    ? 'Passed under an approved waiver'
                    : 'No blocking findings',
            summary: checkSummary(report, waiver, blockers),
            annotations: checkAnnotations(report),
        });
        if (check.state === 'not-permitted')
            notes.push(`no check run: the token may not create check runs (HTTP ${check.status}; usual for pull requests from forks); annotations and this summary carry the result`);
        if (check.state === 'failed')
            notes.push(`no check run: ${check.reason}`);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
        const approval = {
            approvers: inputs.waiverApprovers,
            minPermission: inputs.waiverMinPermission,
            allowSelf: inputs.allowSelfWaiver,
            configPath: inputs.config,
        };
        try {
            await buildSummary(core/* summary */.z, {
                report,
                subject,
                waiver,
                approval,
                headSha: head,
                blockers,
                notes,
                reportPath: written.report,
            }).write();
        }
        catch {
            // The summary is a courtesy: the verdict stands on the annotations, the outputs and the exit code.
            log('the job summary could not be written');
        }
    }
    core/* setOutput */.uH('blocking', String(blocking));
    core/* setOutput */.uH('findings', String(report.summary.findings));
    core/* setOutput */.uH('not-inspected', String(report.summary.notInspected));
    core/* setOutput */.uH('waived', waived ? 'true' : 'false');
    core/* setOutput */.uH('report', written.report);
    core/* setOutput */.uH('sarif', written.sarif);
    const s = report.summary;
    log(`${s.files} file(s), ${s.scanned} scanned, ${s.notInspected} not inspected, ${s.findings} finding(s), ${blocking} blocking; waiver: ${waiver.state}`);
    // One closing error (its slot is kept free among the 10 GitHub shows), with counts that add up.
    const closing = closingError(report, blockers, waiver.state === 'voided');
    if (closing)
        core/* setFailed */.C1(closing);
    if (blocking === 0 && (waiver.state === 'rejected' || waiver.state === 'voided'))
        core/* info */.pq('asylum-pii-gate: nothing blocks, so the waiver is not needed.');
}
/**
 * Mode merge (the merge job of a matrix audit): the shard reports become one report, judged and
 * published exactly as a scan's (summary, annotations, check run, outputs, report files). It reads
 * no event and no file of the repository, only the reports; no waiver applies (an audit has no
 * pull request: accept findings with accepted-findings in the config the shards read).
 */
async function mergeMode(inputs, budget) {
    const { /* context */ "_": context } = github;
    const merged = await mergeShardReports(inputs, process.env.GITHUB_WORKSPACE || process.cwd());
    log(`merging ${merged.subject}`);
    await finish({
        report: merged.report,
        head: merged.report.commit ?? context.sha,
        subject: merged.subject,
        inputs,
        waiver: { state: 'not-applicable', label: inputs.waiverLabel },
        blockers: merged.report.blockers ?? [],
        notes: merged.notes,
        dir: reportDir(),
        api: octokitApi(inputs.token, budget),
        repo: context.repo,
        check: true,
    });
}
async function run() {
    // With step debug logging on, say why a scan worker failed (its event and error code, never a value).
    setWorkerDebug(core/* isDebug */._o() ? (message) => core/* debug */.Yz(message) : undefined);
    try {
        await gate();
    }
    catch (error) {
        // Only the error's kind and where it happened: its message could quote a file or an API answer.
        const frames = String(error?.stack ?? '')
            .split('\n')
            .slice(1, 6)
            .join('\n');
        core/* debug */.Yz(`internal error ${error?.name ?? 'unknown'}\n${frames}`);
        core/* setFailed */.C1('asylum-pii-gate: an internal error stopped the gate; nothing was judged safe.');
    }
}


/***/ })

};
