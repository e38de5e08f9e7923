/**
 * The Action: wires the GitHub side (inputs, event, changed files, contents, config from the
 * base branch, waiver) to the scanner and the reporters. Every step is a small module under
 * src/action/; this file only orders them. No error message from a library or the API is ever
 * printed: it could quote a file.
 */
import { EOL } from 'node:os';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { FileResult, ScanReport } from './core/model.js';
import { buildReport } from './core/verdict.js';
import { inShard } from './scan/shard.js';
import { TOOL } from './core/tool.js';
import { resolveScanOptions } from './config/scan-options.js';
import { defaultActionConfig, detectOptionsFrom, parseActionConfig, type ActionConfig } from './config/action-config.js';
import { scanTargets } from './scan/scanner.js';
import type { ScanTarget } from './scan/scan-file.js';
import { DEFAULT_CONFIG_PATH } from './config/action-config.js';
import { setWorkerDebug } from './scan/debug.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { isZeroSha, readRun, type GateRun, type RepoRef } from './action/event.js';
import { octokitApi, type Api } from './action/api.js';
import { Budget } from './action/budget.js';
import { ListingError, listPullRequest, listPush, listTree, type ChangedFile, type Listing } from './action/changed-files.js';
import { decide } from './action/filters.js';
import { prepare, readConfigText, type FileToRead } from './action/contents.js';
import { introducedBlobs } from './action/commits.js';
import { gateChanges } from './action/gate-changes.js';
import { resultAt } from './action/same-content.js';
import { GitTree } from './action/tree.js';
import { evaluateWaiver, readLivePull, type LivePull, type WaiverOutcome } from './action/waiver.js';
import { applyAcceptedFindings, applyWaiver } from './action/acceptance.js';
import { checkAnnotations, publishCheckRun } from './action/checks.js';
import { reportDir, writeReports } from './action/report-files.js';
import { mergeShardReports } from './action/merge-mode.js';
import { settingsDigest } from './report/merge.js';
import { closingError, stepAnnotations, toWorkflowCommand } from './report/annotations.js';
import { blockingSentence } from './report/counts.js';
import { buildSummary, type WaiverStatus } from './report/summary.js';

function log(line: string): void {
  // Fixed prefix: nothing untrusted ever starts a line (workflow-command injection).
  core.info(`asylum-pii-gate: ${line}`);
}

/**
 * Where the config is read: the pull request's live base branch (an `edited` run may carry an
 * old base), the merge queue's base, the branch before a push, and for a new branch the default
 * branch (the pushed commit could carry a config that switches the gate off).
 */
function configRef(run: GateRun, live: LivePull | undefined): string {
  if (run.kind === 'pull_request') return live?.baseRef || run.baseRef;
  if (run.kind === 'merge_group') return run.baseRef;
  if (run.kind === 'push') return isZeroSha(run.before) ? (run.defaultBranch ?? run.after) : run.before;
  return run.sha;
}

function headCommit(run: GateRun): string {
  return run.kind === 'pull_request' || run.kind === 'merge_group' ? run.headSha : run.kind === 'push' ? run.after : run.sha;
}

function subjectOf(run: GateRun): string {
  if (run.kind === 'pull_request') return `pull request #${run.number} at ${run.headSha.slice(0, 12)}`;
  if (run.kind === 'merge_group') return `the merge queue group ${run.headSha.slice(0, 12)} onto ${run.baseRef}`;
  if (run.kind === 'push')
    return `the push to ${run.ref} (${run.deleted ? 'deleted' : isZeroSha(run.before) ? 'new branch' : `${run.before.slice(0, 12)}..${run.after.slice(0, 12)}`})`;
  return `the repository at ${run.sha.slice(0, 12)} (workflow_dispatch)`;
}

async function loadConfig(
  api: Api,
  repo: RepoRef,
  inputs: ActionInputs,
  ref: string,
  blockers: string[],
  notes: string[],
): Promise<ActionConfig> {
  const text = await readConfigText(api, repo, inputs.config, ref);
  if ('error' in text) {
    blockers.push(`${text.error}; the gate ran with the default config and fails closed`);
    return defaultActionConfig();
  }
  if (!text.found) {
    if (inputs.config !== DEFAULT_CONFIG_PATH) {
      // A config path someone set that is missing: its allowlist or recognizers are not applied.
      blockers.push(
        'the config file set in the config input is missing on the base branch; the gate ran with the default config and fails closed',
      );
      return defaultActionConfig();
    }
    notes.push('no config file on the base branch: defaults apply');
    return defaultActionConfig();
  }
  const parsed = parseActionConfig(text.text);
  if (!parsed.ok) {
    blockers.push(
      `the config file on the base branch is invalid (${parsed.errors.join('; ')}); the gate ran with the default config and fails closed`,
    );
    return defaultActionConfig();
  }
  notes.push('config read from the base branch');
  return parsed.config;
}

async function listFiles(api: Api, repo: RepoRef, run: GateRun, inputs: ActionInputs, live: LivePull | undefined): Promise<Listing> {
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
  if (run.kind === 'merge_group') return listPush(api, repo, run.baseSha, run.headSha);
  if (run.kind === 'push') return listPush(api, repo, isZeroSha(run.before) ? null : run.before, run.after);
  return listTree(api, repo, run.sha, inputs.paths);
}

function skipped(file: ChangedFile, reason: FileResult['reason'], detail?: string): FileResult {
  return { path: file.path, status: 'skipped', reason, ...(detail ? { detail } : {}), findings: [] };
}

function waiverStatus(run: GateRun, outcome: WaiverOutcome | undefined, label: string): WaiverStatus {
  if (run.kind !== 'pull_request' || !outcome) return { state: 'not-applicable', label };
  switch (outcome.state) {
    case 'absent':
      return { state: 'absent', label, note: outcome.note };
    case 'holds':
      return { state: 'holds', label, audit: outcome.audit };
    default:
      return { state: outcome.state, label, reasons: outcome.reasons };
  }
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function checkSummary(report: ScanReport, waiver: WaiverStatus, blockers: readonly string[]): string {
  const s = report.summary;
  const lines = [
    `${s.files} file(s): ${s.scanned} scanned, ${s.skipped} skipped, ${s.notInspected} not inspected; ${s.findings} finding(s) in all (fail level ${report.failOn}). ${capitalized(blockingSentence(report, blockers.length)) || 'Nothing blocks'}.`,
    `Waiver: ${waiver.state}${waiver.audit ? ` (approved by ${waiver.audit.approver} at ${waiver.audit.at} for ${waiver.audit.headSha.slice(0, 12)})` : ''}.`,
    ...blockers.map((b) => `Blocked: ${b}.`),
    'The job summary lists every finding by file, sheet, column and row range. No value is repeated.',
  ];
  return lines.join('\n\n');
}

export async function gate(): Promise<void> {
  const read = readInputs((name) => core.getInput(name));
  if (!read.ok) {
    core.setFailed(`asylum-pii-gate: invalid inputs: ${read.errors.join('; ')}`);
    return;
  }
  const inputs = read.inputs;
  const budget = new Budget(inputs.timeBudgetMs);
  const { context } = github;
  if (inputs.mode === 'merge') return mergeMode(inputs, budget);
  const runRead = readRun({
    eventName: context.eventName ?? '',
    payload: context.payload as Record<string, unknown>,
    sha: context.sha,
    ref: context.ref,
  });
  if (!runRead.ok) {
    core.setFailed(`asylum-pii-gate: ${runRead.error}`);
    return;
  }
  const run = runRead.run;
  const repo = context.repo;
  const api = octokitApi(inputs.token, budget);
  const blockers: string[] = [];
  /** Blockers an approved waiver lifts (a pull request that changes its own gate). */
  const waivable: string[] = [];
  const notes: string[] = [];
  log(`gating ${subjectOf(run)}`);

  if (run.kind === 'push' && run.deleted) {
    // Nothing is published by deleting a branch or tag, and there is no commit to report on.
    await finish({
      report: buildReport([], { failOn: inputs.failOn, notInspectedBlocks: true }, TOOL),
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

  let live: LivePull | undefined;
  if (run.kind === 'pull_request') {
    try {
      live = await readLivePull(api, repo, run.number);
      if (live.baseRef && live.baseRef !== run.baseRef)
        notes.push('the pull request’s base branch changed since this run’s event: it was judged against the live base');
    } catch {
      notes.push('the pull request could not be read live; the waiver cannot hold');
    }
  }

  const config = await loadConfig(api, repo, inputs, configRef(run, live), blockers, notes);

  const listing = await listFiles(api, repo, run, inputs, live);
  if (listing.note) notes.push(listing.note);
  if (!listing.complete) blockers.push(`the list of changed files may be incomplete (${listing.note ?? 'listing failed'})`);

  if (run.kind === 'pull_request' && run.eventName === 'pull_request' && inputs.blockGateChanges) {
    const changed = gateChanges(listing.files, inputs.config);
    if (changed) waivable.push(changed);
  }

  // A shard of a whole-repository audit takes its share of the listed files (merged later by `merge`).
  if (inputs.shard && run.kind !== 'workflow_dispatch')
    blockers.push('the shard input applies to workflow_dispatch and scheduled runs over the whole repository only');
  const listed = inputs.shard ? listing.files.filter((f) => inShard(f.path, inputs.shard)) : listing.files;
  const results: Array<FileResult | undefined> = [];
  const toRead: Array<{ index: number; file: FileToRead }> = [];
  const filters = { include: inputs.include, exclude: inputs.exclude, allowlist: config.allowlist };
  listed.forEach((file, index) => {
    if (file.status === 'removed') return void results.push(skipped(file, 'removed'));
    const d = decide(file.path, filters);
    if (!d.scan) return void results.push(skipped(file, d.reason, d.detail));
    results.push(undefined);
    toRead.push({ index, file });
  });

  const head = headCommit(run);
  if (run.kind === 'pull_request' && inputs.scanEveryCommit) {
    // Blobs earlier commits introduced, beyond the net diff (each distinct blob once).
    const known = new Set(listing.files.flatMap((f) => (f.blobSha ? [f.blobSha] : [])));
    const history = await introducedBlobs(api, repo, run.number, run.headSha, known);
    if (history.incomplete) blockers.push(`not every commit of the pull request could be read (${history.incomplete})`);
    let extra = 0;
    for (const b of history.blobs) {
      if (!decide(b.path, filters).scan) continue;
      results.push(undefined);
      toRead.push({
        index: results.length - 1,
        file: { path: b.path, status: 'added', blobSha: b.blobSha, label: `${b.path} (commit ${b.commit.slice(0, 12)})` },
      });
      extra += 1;
    }
    if (extra)
      notes.push(
        `${extra} earlier version(s) of files, introduced by the pull request’s ${history.commits} commits and no longer in its head, were scanned too (shown as “path (commit …)”)`,
      );
  }

  let tree: GitTree | undefined;
  if (toRead.length) {
    try {
      tree = await GitTree.load(api, repo, head);
    } catch (error) {
      blockers.push(
        `which changed files are symbolic links could not be checked (${error instanceof ListingError ? error.message : 'reading the git tree failed'})`,
      );
    }
  }

  const dir = reportDir();
  const blobDir = join(dir, 'blobs');
  const options = resolveScanOptions({
    failOn: inputs.failOn,
    limits: { maxFileSize: inputs.maxFileSize, timeoutMs: inputs.timeoutMs, memoryLimitMb: inputs.memoryLimitMb },
    detect: detectOptionsFrom(config),
  });
  try {
    const prepared = await prepare(
      toRead.map((t) => t.file),
      { api, repo, root: process.env.GITHUB_WORKSPACE || undefined, tree, tempDir: blobDir, maxFileSize: inputs.maxFileSize, budget },
    );
    log(
      `${toRead.length} file(s) to scan, ${prepared.targets.length} distinct: ${prepared.fromCheckout} read from the checkout, ${prepared.fromApi} through the API`,
    );
    if (toRead.length)
      notes.push(
        `${prepared.fromCheckout} file(s) read from the checkout (each verified against its git blob id), ${prepared.fromApi} through the API${prepared.targets.length < toRead.length ? `; identical contents were scanned once` : ''}`,
      );
    // A path that shares its content with another is scanned by name alone, for its own name findings.
    const byKey = new Map(prepared.targets.map((t) => [t.key, t]));
    const nameTargets: ScanTarget[] = [];
    const nameIndex = new Map<number, number>();
    prepared.slots.forEach((slot, i) => {
      if ('key' in slot && byKey.get(slot.key)!.displayPath !== slot.path) {
        nameIndex.set(i, nameTargets.length);
        nameTargets.push({ displayPath: slot.path, data: new Uint8Array(0) });
      }
    });
    const scanned = await scanTargets([...prepared.targets, ...nameTargets], options, { deadline: budget.deadline });
    const byTarget = new Map(prepared.targets.map((t, i) => [t.key, scanned[i]!]));
    prepared.slots.forEach((slot, i) => {
      const { index, file } = toRead[i]!;
      if ('result' in slot) return void (results[index] = slot.result);
      const content = byTarget.get(slot.key) ?? { path: file.path, status: 'not-inspected', reason: 'internal-error', findings: [] };
      const named = nameIndex.has(i) ? scanned[prepared.targets.length + nameIndex.get(i)!]!.findings : undefined;
      results[index] = resultAt(content, slot.label ?? slot.path, named);
    });
  } finally {
    await rm(blobDir, { recursive: true, force: true }).catch(() => undefined);
  }
  const notReached = (results as FileResult[]).filter((r) => r?.reason === 'not-reached').length;
  if (notReached)
    blockers.push(
      `the run’s time budget (${Math.round(inputs.timeBudgetMs / 1000)} s) ran out: ${notReached} file(s) were not reached and are listed as not inspected`,
    );

  const today = new Date().toISOString().slice(0, 10);
  const accepted = applyAcceptedFindings(results as FileResult[], config.acceptedFindings, today);
  if (accepted.acceptedCount) notes.push(`${accepted.acceptedCount} finding(s) accepted by the config file`);
  notes.push(...accepted.notes);
  for (const e of accepted.expiredMatches)
    notes.push(`an accepted-finding entry (fingerprint ${e.fingerprint}) expired on ${e.expires}: its finding counts again`);

  let outcome: WaiverOutcome | undefined;
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
  if (waived && waivable.length) notes.push(`the approved waiver also covers: ${waivable.join('; ')}`);
  const files = outcome?.state === 'holds' ? applyWaiver(accepted.files, outcome.audit, inputs.waiverLabel) : accepted.files;
  const report = buildReport(files, { failOn: inputs.failOn, notInspectedBlocks: !waived }, TOOL);
  if (inputs.shard) report.shard = inputs.shard;
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

interface Finish {
  report: ScanReport;
  /** The commit judged (check run, summary). */
  head: string;
  /** What was judged, plain text for the summary. */
  subject: string;
  inputs: ActionInputs;
  waiver: WaiverStatus;
  blockers: string[];
  notes: string[];
  dir: string;
  api: Api;
  repo: RepoRef;
  /** Whether to publish a check run (not for a deleted branch: there is no commit). */
  check: boolean;
}

async function finish({ report, head, subject, inputs, waiver, blockers, notes, dir, api, repo, check: publish }: Finish): Promise<void> {
  const waived = waiver.state === 'holds';
  const blocking = report.summary.blocking + blockers.length;
  // The JSON report carries what blocks besides the files, so that a merge of shards keeps it.
  report.blockers = blockers.length ? [...blockers] : undefined;
  if (!report.blockers) delete report.blockers;
  const written = await writeReports(report, dir);

  // Gate problems first, then findings, with one error slot kept for the closing error (10 per step).
  for (const a of stepAnnotations(report, blockers)) process.stdout.write(toWorkflowCommand(a) + EOL);

  if (publish) {
    const check = await publishCheckRun(api, repo, {
      headSha: head,
      conclusion: blocking > 0 ? 'failure' : 'success',
      title:
        blocking > 0
          ? capitalized(blockingSentence(report, blockers.length))
          : waived
            ? 'Passed under an approved waiver'
            : 'No blocking findings',
      summary: checkSummary(report, waiver, blockers),
      annotations: checkAnnotations(report),
    });
    if (check.state === 'not-permitted')
      notes.push(
        `no check run: the token may not create check runs (HTTP ${check.status}; usual for pull requests from forks); annotations and this summary carry the result`,
      );
    if (check.state === 'failed') notes.push(`no check run: ${check.reason}`);
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    const approval = {
      approvers: inputs.waiverApprovers,
      minPermission: inputs.waiverMinPermission,
      allowSelf: inputs.allowSelfWaiver,
      configPath: inputs.config,
    };
    try {
      await buildSummary(core.summary, {
        report,
        subject,
        waiver,
        approval,
        headSha: head,
        blockers,
        notes,
        reportPath: written.report,
      }).write();
    } catch {
      // The summary is a courtesy: the verdict stands on the annotations, the outputs and the exit code.
      log('the job summary could not be written');
    }
  }

  core.setOutput('blocking', String(blocking));
  core.setOutput('findings', String(report.summary.findings));
  core.setOutput('not-inspected', String(report.summary.notInspected));
  core.setOutput('waived', waived ? 'true' : 'false');
  core.setOutput('report', written.report);
  core.setOutput('sarif', written.sarif);

  const s = report.summary;
  log(
    `${s.files} file(s), ${s.scanned} scanned, ${s.notInspected} not inspected, ${s.findings} finding(s), ${blocking} blocking; waiver: ${waiver.state}`,
  );
  // One closing error (its slot is kept free among the 10 GitHub shows), with counts that add up.
  const closing = closingError(report, blockers, waiver.state === 'voided');
  if (closing) core.setFailed(closing);
  if (blocking === 0 && (waiver.state === 'rejected' || waiver.state === 'voided'))
    core.info('asylum-pii-gate: nothing blocks, so the waiver is not needed.');
}

/**
 * Mode merge (the merge job of a matrix audit): the shard reports become one report, judged and
 * published exactly as a scan's (summary, annotations, check run, outputs, report files). It reads
 * no event and no file of the repository, only the reports; no waiver applies (an audit has no
 * pull request: accept findings with accepted-findings in the config the shards read).
 */
async function mergeMode(inputs: ActionInputs, budget: Budget): Promise<void> {
  const { context } = github;
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

export async function run(): Promise<void> {
  // With step debug logging on, say why a scan worker failed (its event and error code, never a value).
  setWorkerDebug(core.isDebug() ? (message) => core.debug(message) : undefined);
  try {
    await gate();
  } catch (error) {
    // Only the error's kind and where it happened: its message could quote a file or an API answer.
    const frames = String((error as Error)?.stack ?? '')
      .split('\n')
      .slice(1, 6)
      .join('\n');
    core.debug(`internal error ${(error as Error)?.name ?? 'unknown'}\n${frames}`);
    core.setFailed('asylum-pii-gate: an internal error stopped the gate; nothing was judged safe.');
  }
}
