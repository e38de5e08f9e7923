export const id = 367;
export const ids = [367];
export const modules = {

/***/ 7367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_BUDGET_BYTES: () => (/* binding */ SUMMARY_BUDGET_BYTES),
  buildSummary: () => (/* binding */ buildSummary),
  compactSummary: () => (/* binding */ compactSummary),
  escapeHtml: () => (/* binding */ escapeHtml),
  fullSummary: () => (/* binding */ fullSummary),
  safe: () => (/* binding */ safe),
  summaryMarkdown: () => (/* binding */ summaryMarkdown)
});

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
// EXTERNAL MODULE: ./src/core/describe.ts
var describe = __webpack_require__(606);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(9478);
// EXTERNAL MODULE: ./src/report/file-status.ts
var file_status = __webpack_require__(4581);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/report/advice.ts
var advice = __webpack_require__(2296);
;// CONCATENATED MODULE: ./src/report/counts.ts

function verdictCounts(report) {
    const counts = { blockingFindings: 0, filesWithBlockingFindings: 0, notInspected: 0, blockingFiles: 0, accepted: 0 };
    for (const file of report.files) {
        const n = file.findings.filter((f) => (0,verdict/* findingBlocks */.Y1)(f, report)).length;
        counts.blockingFindings += n;
        if (n)
            counts.filesWithBlockingFindings += 1;
        if (file.status === 'not-inspected' && report.notInspectedBlocks)
            counts.notInspected += 1;
        if ((0,verdict/* blockingCount */.f7)(file, report) > 0)
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
function safe(text, max = 200) {
    return escapeHtml((0,safe_text/* displayText */.W)(text, max)).replace(/@/g, '@\u200b');
}
const code = (text, max = 160) => `<code>${safe(text, max)}</code>`;
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
    return (0,verdict/* findingBlocks */.Y1)(f, report) ? '<b>blocks</b>' : 'below the fail level';
}
const TABLE_HEAD = '<table>\n<tr><th>Where</th><th>What</th><th>Rows</th><th>Severity</th><th>Hidden</th><th>Status</th></tr>\n';
function findingRow(f, report, acceptances) {
    const cells = [
        safe(whereText(f), 240),
        safe(whatText(f), 200),
        String(f.count),
        escapeHtml(f.severity),
        safe(hiddenText(f), 120),
        statusCell(f, report, acceptances),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>\n`;
}
/** A file's findings: the first few in a table, the rest folded. */
function findingTable(file, report, acceptances) {
    const findings = (0,file_status/* bySeverity */.Np)(file.findings);
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
    const blocking = file.findings.filter((f) => (0,verdict/* findingBlocks */.Y1)(f, report)).length;
    const parts = [];
    if (file.status === 'not-inspected')
        parts.push(`not inspected: ${safe((0,file_status/* reasonText */.uV)(file) ?? 'the file could not be read', 200)}${file.detail ? ` (${safe(file.detail, 200)})` : ''}`);
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
    const step = (0,advice/* nextStep */.s)(file, report, null);
    return `${fileHeading(file, report)}${step ? `**What to do:** ${safe(step, 600)}\n\n` : ''}${findingTable(file, report, acceptances)}`;
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
            ? ` applied by ${code(a.approver, 60)} at ${safe(a.at, 40)} (server time) for head commit ${code(a.headSha.slice(0, 12), 20)}`
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
    return `Gated ${safe(input.subject, 200)}: ${summary_plural(s.files, 'file')}, ${s.scanned} scanned, ${s.skipped} not scanned, ${s.notInspected} not inspected. No value from any file is shown here.\n\n`;
}
function waiverSection(w) {
    const label = code(w.label, 80);
    switch (w.state) {
        case 'not-applicable':
            return '';
        case 'absent':
            return `### Waiver\n\nNo waiver: the label ${label} is not on the pull request (read live).${w.note ? ` ${safe(w.note, 300)}.` : ''}\n\n`;
        case 'holds': {
            const a = w.audit;
            return `### Waiver\n\nThe waiver holds. Audit: label ${label} applied by ${code(a.approver, 60)} at ${safe(a.at, 40)} (server time) for head commit ${code(a.headSha, 64)}; checked live through the API.\n\n`;
        }
        case 'rejected':
        case 'voided': {
            const head = w.state === 'voided'
                ? `The waiver label ${label} was voided:`
                : `The waiver label ${label} is on the pull request, but the waiver does not hold:`;
            return `### Waiver\n\n${head}\n\n${(w.reasons ?? [])
                .slice(0, 20)
                .map((r) => `- ${safe(r, 400)}`)
                .join('\n')}\n\n`;
        }
    }
}
function acceptedSnippet(files, report) {
    const entries = [];
    let total = 0;
    for (const file of files) {
        for (const f of (0,file_status/* bySeverity */.Np)(file.findings)) {
            if (!(0,verdict/* findingBlocks */.Y1)(f, report))
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
        counts.set((0,file_status/* reasonText */.uV)(f) ?? 'skipped', (counts.get((0,file_status/* reasonText */.uV)(f) ?? 'skipped') ?? 0) + 1);
    let out = `<details><summary>Not scanned (${skipped.length})</summary>\n\n${[...counts].map(([why, n]) => `- ${summary_plural(n, 'file')}: ${safe(why, 200)}`).join('\n')}\n`;
    const allowlisted = skipped.filter((f) => f.reason === 'allowlisted');
    if (allowlisted.length) {
        out += `\nAllowlisted by the config file:\n\n<ul>\n${allowlisted
            .slice(0, LIST_MAX)
            .map((f) => `<li>${code((0,redact/* shownPath */.pS)(f))}: ${safe(f.detail ?? '', 200)}</li>`)
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
        .map((b) => `- ${safe(b, 600)}`)
        .join('\n')}${blockers.length > 20 ? `\n- and ${blockers.length - 20} more (see the annotations)` : ''}\n\n`;
}
function notesSection(notes) {
    if (!notes?.length)
        return '';
    return `<details><summary>Notes on this run</summary>\n\n${notes
        .slice(0, 20)
        .map((n) => `- ${safe(n, 500)}`)
        .join('\n')}\n\n</details>\n\n`;
}
/** The acceptances first referenced since `from`, listed once after the tables that point at them. */
function acceptancesSection(acceptances, from = 0) {
    const list = acceptances.list.slice(from);
    if (!list.length)
        return '';
    return `**Accepted** (rows marked ${list.length === 1 ? `A${from + 1}` : `A${from + 1}–A${acceptances.list.length}`}):\n\n${list.map((a, i) => `- A${from + i + 1}: ${safe(a, 300)}`).join('\n')}\n\n`;
}
/** The whole summary, with every file group; may pass the budget (then `compactSummary` is used). */
function fullSummary(input) {
    const { report } = input;
    const counts = verdictCounts(report);
    const acceptances = new Acceptances();
    const blocking = report.files.filter((f) => (0,verdict/* blockingCount */.f7)(f, report) > 0);
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
    const blocking = report.files.filter((f) => (0,verdict/* blockingCount */.f7)(f, report) > 0);
    let list = '';
    let shown = 0;
    for (const file of blocking) {
        const n = file.findings.filter((f) => (0,verdict/* findingBlocks */.Y1)(f, report)).length;
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


/***/ })

};
