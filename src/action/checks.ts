/**
 * Every finding as a check-run annotation through the Checks API, 50 per request (the API's
 * limit; later updates append). A token that may not create check runs (a fork's read-only
 * token: 403, or 404) is not an error: the workflow-command annotations and the job summary
 * still carry the result. Paths that themselves carry an identifier are left out.
 */
import { RULE_TITLES, type ScanReport } from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { findingBlocks } from '../core/verdict.js';
import { reasonText } from '../report/file-status.js';
import { pathCarriesIdentifier } from '../core/redact.js';
import { describeFailure, repoParams, statusOf, type Api } from './api.js';
import type { RepoRef } from './event.js';

export const CHECK_NAME = 'asylum-pii-gate';
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_TEXT_LIMIT = 65_535;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export function checkAnnotations(report: ScanReport): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const file of report.files) {
    if (pathCarriesIdentifier(file.findings)) continue;
    if (file.status === 'not-inspected') {
      out.push({
        path: file.path,
        start_line: 1,
        end_line: 1,
        annotation_level: report.notInspectedBlocks ? 'failure' : 'warning',
        title: 'File not inspected',
        message: `Not inspected: ${reasonText(file) ?? 'the file could not be read'}${file.detail ? ` (${displayText(file.detail, 200)})` : ''}. The gate cannot say this file is safe.`,
      });
    }
    for (const f of file.findings) {
      const lines = f.location.lines;
      out.push({
        path: file.path,
        start_line: lines?.first ?? 1,
        end_line: lines?.last ?? lines?.first ?? 1,
        annotation_level: findingBlocks(f, report) ? 'failure' : f.severity === 'notice' ? 'notice' : 'warning',
        title: `${RULE_TITLES[f.rule]} [${f.severity}]`,
        message: `${f.message}${f.accepted ? ` Accepted: ${displayText(f.accepted.reason, 200)}.` : ''} Fingerprint ${f.fingerprint}.`,
      });
    }
  }
  return out;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type CheckOutcome =
  { state: 'published'; id: number; requests: number } | { state: 'not-permitted'; status: number } | { state: 'failed'; reason: string };

export interface CheckRunInput {
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: readonly CheckAnnotation[];
}

export async function publishCheckRun(api: Api, repo: RepoRef, input: CheckRunInput): Promise<CheckOutcome> {
  const summary = input.summary.length > OUTPUT_TEXT_LIMIT ? `${input.summary.slice(0, OUTPUT_TEXT_LIMIT - 1)}…` : input.summary;
  const groups = batches(input.annotations, CHECK_ANNOTATIONS_PER_REQUEST);
  let id: number;
  try {
    const { data } = await api('POST /repos/{owner}/{repo}/check-runs', {
      ...repoParams(repo),
      name: CHECK_NAME,
      head_sha: input.headSha,
      status: 'in_progress',
      output: { title: input.title, summary, annotations: groups[0] ?? [] },
    });
    id = Number(data?.id);
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) return { state: 'not-permitted', status };
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
  } catch (error) {
    return { state: 'failed', reason: describeFailure('updating the check run', error) };
  }
  return { state: 'published', id, requests };
}
