export const id = 731;
export const ids = [731,805];
export const modules = {

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyAcceptedFindings: () => (/* binding */ applyAcceptedFindings),
/* harmony export */   applyWaiver: () => (/* binding */ applyWaiver)
/* harmony export */ });
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);
/* harmony import */ var _config_action_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5805);


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
        const redacted = (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .pathCarriesIdentifier */ .Sh)(file.findings) || (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .entryCarriesIdentifier */ .$N)(file.findings);
        return {
            ...file,
            findings: file.findings.map((f) => {
                const entry = byFingerprint.get(f.fingerprint.toLowerCase());
                if (!entry)
                    return f;
                if (!(0,_config_action_config_js__WEBPACK_IMPORTED_MODULE_1__/* .acceptanceActive */ .uC)(entry, today)) {
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


/***/ }),

/***/ 5805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectOptionsFrom: () => (/* binding */ detectOptionsFrom),
/* harmony export */   parseActionConfig: () => (/* binding */ parseActionConfig),
/* harmony export */   uC: () => (/* binding */ acceptanceActive)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONFIG_PATH, DEFAULT_ACTION_CONFIG, defaultActionConfig, validateActionConfig, lineColumn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4146);
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
        if (!_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0.includes(rule))
            errors.push(`severity: unknown rule '${safeKey(rule)}'`);
        else if (!(0,_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(sev))
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
        if (!_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMN_KINDS */ .Dg.includes(kind)) {
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
        if (item.kind !== undefined && !_core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMN_KINDS */ .Dg.includes(item.kind)) {
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
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { prettyErrors: false, maxAliasCount: 100 });
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


/***/ })

};
