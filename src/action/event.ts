/**
 * What this run gates, read from the event payload. The payload is only trusted for what cannot
 * change (which PR, which commit this run is for); labels and authorship are read live later.
 */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestRun {
  kind: 'pull_request';
  eventName: 'pull_request' | 'pull_request_target';
  /** opened, synchronize, reopened, labeled, unlabeled... */
  action: string;
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** Whether the head lives in another repository (a fork). */
  fromFork: boolean;
  /** Label name of a labeled/unlabeled event (informational only). */
  label?: string;
}

export interface PushRun {
  kind: 'push';
  ref: string;
  /** The commit before the push; all zeros for a new branch. */
  before: string;
  /** All zeros when the push deleted the branch or tag. */
  after: string;
  defaultBranch?: string;
  /** The push deleted a branch or tag: nothing is published. */
  deleted: boolean;
}

/** A merge queue's group: the queue's merge commit against the base it will land on. */
export interface MergeGroupRun {
  kind: 'merge_group';
  headSha: string;
  baseSha: string;
  /** Branch name (refs/heads/ stripped). */
  baseRef: string;
}

export interface DispatchRun {
  kind: 'workflow_dispatch';
  ref: string;
  sha: string;
}

export type GateRun = PullRequestRun | PushRun | MergeGroupRun | DispatchRun;

export type RunResult = { ok: true; run: GateRun } | { ok: false; error: string };

const ZERO_SHA = /^0+$/;

export function isZeroSha(sha: string): boolean {
  return ZERO_SHA.test(sha);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

interface Env {
  eventName: string;
  payload: Record<string, unknown>;
  sha?: string;
  ref?: string;
}

/** Decide the run from the event name and payload (pure). */
export function readRun({ eventName, payload, sha, ref }: Env): RunResult {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an untyped webhook payload, read field by field through str()/Number()
    const pr = payload.pull_request as Record<string, any> | undefined;
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
        label: str((payload.label as Record<string, unknown> | undefined)?.name),
      },
    };
  }
  if (eventName === 'push') {
    const after = str(payload.after) ?? sha;
    const before = str(payload.before);
    if (!after || !before) return { ok: false, error: 'the push event payload lacks its before or after commit' };
    const repository = payload.repository as Record<string, unknown> | undefined;
    const deleted = payload.deleted === true || isZeroSha(after);
    return {
      ok: true,
      run: { kind: 'push', ref: str(payload.ref) ?? ref ?? '', before, after, defaultBranch: str(repository?.default_branch), deleted },
    };
  }
  if (eventName === 'merge_group') {
    const group = payload.merge_group as Record<string, unknown> | undefined;
    const headSha = str(group?.head_sha);
    const baseSha = str(group?.base_sha);
    const baseRef = str(group?.base_ref)?.replace(/^refs\/heads\//, '');
    if (!headSha || !baseSha || !baseRef) return { ok: false, error: 'the merge_group event payload lacks its head or base commit' };
    return { ok: true, run: { kind: 'merge_group', headSha, baseSha, baseRef } };
  }
  // A scheduled run audits the repository at the default branch's head, as a manual run does.
  if (eventName === 'workflow_dispatch' || eventName === 'schedule') {
    if (!sha) return { ok: false, error: 'GITHUB_SHA is not set' };
    return { ok: true, run: { kind: 'workflow_dispatch', ref: ref ?? '', sha } };
  }
  return {
    ok: false,
    error: `the event '${eventName.replace(/[^a-z_]/g, '')}' is not supported: use pull_request, pull_request_target, merge_group, push, workflow_dispatch or schedule`,
  };
}
