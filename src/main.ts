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
import { setWorkerDebug } from './scan/debug.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { isZeroSha, readRun, type GateRun, type RepoRef } from './action/event.js';
import { withRetry, type Api, type ApiResponse } from './action/api.js';
import { listPullRequest, listPush, listTree, type ChangedFile, type Listing } from './action/changed-files.js';
import { decide } from './action/filters.js';
import { chooseSource, materialize, readConfigText } from './action/contents.js';
import { evaluateWaiver, readLivePull, type LivePull, type WaiverOutcome } from './action/waiver.js';
import { applyAcceptedFindings, applyWaiver } from './action/acceptance.js';
import { checkAnnotations, publishCheckRun } from './action/checks.js';
import { reportDir, writeReports } from './action/report-files.js';
import { closingError, stepAnnotations, toWorkflowCommand } from './report/annotations.js';
import { blockingSentence } from './report/counts.js';
import { buildSummary, type WaiverStatus } from './report/summary.js';

function log(line: string): void {
  // Fixed prefix: nothing untrusted ever starts a line (workflow-command injection).
  core.info(`asylum-pii-gate: ${line}`);
}

function makeApi(token: string): Api {
  const octokit = github.getOctokit(token);
  return withRetry((route, params) => octokit.request(route, params ?? {}) as unknown as Promise<ApiResponse>);
}

function configRef(run: GateRun): string {
  if (run.kind === 'pull_request') return run.baseRef;
  if (run.kind === 'push') return isZeroSha(run.before) ? run.after : run.before;
  return run.sha;
}

function headCommit(run: GateRun): string {
  return run.kind === 'pull_request' ? run.headSha : run.kind === 'push' ? run.after : run.sha;
}

function subjectOf(run: GateRun): string {
  if (run.kind === 'pull_request') return `pull request #${run.number} at ${run.headSha.slice(0, 12)}`;
  if (run.kind === 'push') return `the push to ${run.ref} (${isZeroSha(run.before) ? 'new branch' : `${run.before.slice(0, 12)}..${run.after.slice(0, 12)}`})`;
  return `the repository at ${run.sha.slice(0, 12)} (workflow_dispatch)`;
}

async function loadConfig(api: Api, repo: RepoRef, inputs: ActionInputs, run: GateRun, blockers: string[], notes: string[]): Promise<ActionConfig> {
  const text = await readConfigText(api, repo, inputs.config, configRef(run));
  if ('error' in text) {
    blockers.push(`${text.error}; the gate ran with the default config and fails closed`);
    return defaultActionConfig();
  }
  if (!text.found) {
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

async function listFiles(api: Api, repo: RepoRef, run: GateRun, inputs: ActionInputs, live: LivePull | undefined): Promise<Listing> {
  if (run.kind === 'pull_request') {
    const headMoved = live !== undefined && live.headSha !== run.headSha;
    return listPullRequest(api, repo, { number: run.number, headSha: run.headSha, baseSha: run.baseSha, changedFiles: headMoved ? undefined : live?.changedFiles, headMoved });
  }
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
  const { context } = github;
  const runRead = readRun({ eventName: context.eventName ?? '', payload: context.payload as Record<string, unknown>, sha: context.sha, ref: context.ref });
  if (!runRead.ok) {
    core.setFailed(`asylum-pii-gate: ${runRead.error}`);
    return;
  }
  const run = runRead.run;
  const repo = context.repo;
  const api = makeApi(inputs.token);
  const blockers: string[] = [];
  const notes: string[] = [];
  log(`gating ${subjectOf(run)}`);

  const config = await loadConfig(api, repo, inputs, run, blockers, notes);

  let live: LivePull | undefined;
  if (run.kind === 'pull_request') {
    try {
      live = await readLivePull(api, repo, run.number);
    } catch {
      notes.push('the pull request could not be read live; the waiver cannot hold');
    }
  }

  const listing = await listFiles(api, repo, run, inputs, live);
  if (listing.note) notes.push(listing.note);
  if (!listing.complete) blockers.push(`the list of changed files may be incomplete (${listing.note ?? 'listing failed'})`);

  // A shard of a whole-repository audit takes its share of the listed files (merged later by `merge`).
  if (inputs.shard && run.kind !== 'workflow_dispatch') blockers.push('the shard input applies to workflow_dispatch and scheduled runs over the whole repository only');
  const listed = inputs.shard ? listing.files.filter((f) => inShard(f.path, inputs.shard)) : listing.files;
  const results: Array<FileResult | undefined> = [];
  const toScan: Array<{ index: number; file: ChangedFile }> = [];
  listed.forEach((file, index) => {
    if (file.status === 'removed') return void results.push(skipped(file, 'removed'));
    const d = decide(file.path, { include: inputs.include, exclude: inputs.exclude, allowlist: config.allowlist });
    if (!d.scan) return void results.push(skipped(file, d.reason, d.detail));
    results.push(undefined);
    toScan.push({ index, file });
  });

  const head = headCommit(run);
  const acceptable = [head, ...(run.kind === 'pull_request' && run.eventName === 'pull_request' && context.sha ? [context.sha] : [])];
  const source = await chooseSource(process.env.GITHUB_WORKSPACE, acceptable, head);
  log(`${toScan.length} file(s) to scan, read from ${source.kind === 'workspace' ? 'the checkout' : 'the API at the head commit'}`);
  notes.push(source.kind === 'workspace' ? `file contents read from the checkout at ${source.commit.slice(0, 12)}` : `file contents read through the API at ${head.slice(0, 12)} (no checkout of that commit)`);

  const dir = reportDir();
  const blobDir = join(dir, 'blobs');
  const options = resolveScanOptions({ failOn: inputs.failOn, limits: { maxFileSize: inputs.maxFileSize, timeoutMs: inputs.timeoutMs, memoryLimitMb: inputs.memoryLimitMb }, detect: detectOptionsFrom(config) });
  try {
    const { targets, failed } = await materialize(toScan.map((t) => t.file), source, api, repo, blobDir, inputs.maxFileSize);
    const scanned = await scanTargets(targets, options);
    const byPath = new Map<string, FileResult>([...failed, ...scanned].map((r) => [r.path, r]));
    for (const { index, file } of toScan) results[index] = byPath.get(file.path) ?? { path: file.path, status: 'not-inspected', reason: 'internal-error', findings: [] };
  } finally {
    await rm(blobDir, { recursive: true, force: true }).catch(() => undefined);
  }

  const today = new Date().toISOString().slice(0, 10);
  const accepted = applyAcceptedFindings(results as FileResult[], config.acceptedFindings, today);
  if (accepted.acceptedCount) notes.push(`${accepted.acceptedCount} finding(s) accepted by the config file`);
  for (const e of accepted.expiredMatches) notes.push(`an accepted-finding entry (fingerprint ${e.fingerprint}) expired on ${e.expires}: its finding counts again`);

  let outcome: WaiverOutcome | undefined;
  if (run.kind === 'pull_request') {
    const settings = { label: inputs.waiverLabel, approvers: inputs.waiverApprovers, minPermission: inputs.waiverMinPermission, allowSelf: inputs.allowSelfWaiver };
    outcome = live ? await evaluateWaiver(api, repo, run, live, settings, context.runId) : { state: 'absent', note: 'the pull request could not be read live, so no waiver can hold' };
  }
  const waiver = waiverStatus(run, outcome, inputs.waiverLabel);
  const waived = outcome?.state === 'holds';
  const files = outcome?.state === 'holds' ? applyWaiver(accepted.files, outcome.audit, inputs.waiverLabel) : accepted.files;
  const report = buildReport(files, { failOn: inputs.failOn, notInspectedBlocks: !waived }, TOOL);
  if (inputs.shard) report.shard = inputs.shard;
  const blocking = report.summary.blocking + blockers.length;

  const written = await writeReports(report, dir);

  // Gate problems first, then findings, with one error slot kept for the closing error (10 per step).
  for (const a of stepAnnotations(report, blockers)) process.stdout.write(toWorkflowCommand(a) + EOL);

  const check = await publishCheckRun(api, repo, {
    headSha: head,
    conclusion: blocking > 0 ? 'failure' : 'success',
    title: blocking > 0 ? capitalized(blockingSentence(report, blockers.length)) : waived ? 'Passed under an approved waiver' : 'No blocking findings',
    summary: checkSummary(report, waiver, blockers),
    annotations: checkAnnotations(report),
  });
  if (check.state === 'not-permitted') notes.push(`no check run: the token may not create check runs (HTTP ${check.status}; usual for pull requests from forks); annotations and this summary carry the result`);
  if (check.state === 'failed') notes.push(`no check run: ${check.reason}`);

  if (process.env.GITHUB_STEP_SUMMARY) {
    const approval = { approvers: inputs.waiverApprovers, minPermission: inputs.waiverMinPermission, allowSelf: inputs.allowSelfWaiver, configPath: inputs.config };
    try {
      await buildSummary(core.summary, { report, subject: subjectOf(run), waiver, approval, headSha: head, blockers, notes, reportPath: written.report }).write();
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
  log(`${s.files} file(s), ${s.scanned} scanned, ${s.notInspected} not inspected, ${s.findings} finding(s), ${blocking} blocking; waiver: ${waiver.state}`);
  // One closing error (its slot is kept free among the 10 GitHub shows), with counts that add up.
  const closing = closingError(report, blockers, waiver.state === 'voided');
  if (closing) core.setFailed(closing);
  if (blocking === 0 && (waiver.state === 'rejected' || waiver.state === 'voided')) core.info('asylum-pii-gate: nothing blocks, so the waiver is not needed.');
}

export async function run(): Promise<void> {
  // With step debug logging on, say why a scan worker failed (its event and error code, never a value).
  setWorkerDebug(core.isDebug() ? (message) => core.debug(message) : undefined);
  try {
    await gate();
  } catch (error) {
    // Only the error's kind and where it happened: its message could quote a file or an API answer.
    const frames = String((error as Error)?.stack ?? '').split('\n').slice(1, 6).join('\n');
    core.debug(`internal error ${(error as Error)?.name ?? 'unknown'}\n${frames}`);
    core.setFailed('asylum-pii-gate: an internal error stopped the gate; nothing was judged safe.');
  }
}
