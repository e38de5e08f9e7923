/**
 * The approved-waiver label. It holds only when all of these are true, checked live through the
 * API (a re-run replays a stale payload):
 *  1. the label is on the pull request now;
 *  2. the most recent `labeled` event for it was made by an approver: a listed user or a member
 *     of a listed org/team, or (empty list) a user with at least the minimum permission;
 *  3. that user is not the pull request's author (unless self-waivers are allowed);
 *  4. nothing was pushed after the label: a `synchronize` run removes the label and fails; the
 *     live head must be the commit this run gates; a force-push event after the label voids it.
 *     Commit dates are set by the committer and are never used.
 * Whenever a check cannot be made (API error, missing scope) the waiver does not hold.
 */
import { describeFailure, repoParams, statusOf, type Api } from './api.js';
import type { PullRequestRun, RepoRef } from './event.js';
import { PERMISSION_LEVELS, permissionRank, type PermissionLevel } from './inputs.js';

export interface WaiverSettings {
  label: string;
  approvers: readonly string[];
  minPermission: PermissionLevel;
  allowSelf: boolean;
}

/** The pull request as it is now. */
export interface LivePull {
  author: string;
  headSha: string;
  labels: string[];
  changedFiles?: number;
}

export interface LabelEvent {
  actor: string;
  /** Server time of the event (not a commit date). */
  at: string;
  id: number;
}

export interface WaiverAudit {
  approver: string;
  at: string;
  headSha: string;
}

export type WaiverOutcome =
  | { state: 'absent'; note?: string }
  | { state: 'holds'; audit: WaiverAudit }
  | { state: 'rejected'; reasons: string[]; label?: LabelEvent }
  | { state: 'voided'; reasons: string[] };

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export async function readLivePull(api: Api, repo: RepoRef, number: number): Promise<LivePull> {
  const { data } = await api('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repoParams(repo), pull_number: number });
  const labels = Array.isArray(data?.labels) ? data.labels.map((l: { name?: unknown }) => String(l?.name ?? '')) : [];
  return {
    author: String(data?.user?.login ?? ''),
    headSha: String(data?.head?.sha ?? ''),
    labels,
    ...(typeof data?.changed_files === 'number' ? { changedFiles: data.changed_files } : {}),
  };
}

interface IssueEvent {
  id: number;
  event: string;
  created_at: string;
  actor?: { login?: string } | null;
  label?: { name?: string } | null;
}

/** Every event of the issue, oldest first (server order), all pages. */
export async function listIssueEvents(api: Api, repo: RepoRef, number: number): Promise<IssueEvent[]> {
  const out: IssueEvent[] = [];
  for (let page = 1; page <= 100; page++) {
    const { data } = await api('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { ...repoParams(repo), issue_number: number, per_page: 100, page });
    if (!Array.isArray(data)) throw new Error('unexpected events answer');
    out.push(...data);
    if (data.length < 100) break;
  }
  return out;
}

function later(a: IssueEvent, b: IssueEvent): boolean {
  return a.created_at === b.created_at ? a.id > b.id : a.created_at > b.created_at;
}

/** The most recent `labeled` event for the label, and whether a force-push came after it. */
export function latestLabeling(events: readonly IssueEvent[], label: string): { event?: LabelEvent; forcePushedAfter: boolean } {
  let latest: IssueEvent | undefined;
  for (const e of events) {
    if (e.event === 'labeled' && e.label?.name && sameLogin(e.label.name, label) && (!latest || later(e, latest))) latest = e;
  }
  if (!latest) return { forcePushedAfter: false };
  const forcePushedAfter = events.some((e) => e.event === 'head_ref_force_pushed' && later(e, latest!));
  return { event: { actor: String(latest.actor?.login ?? ''), at: latest.created_at, id: latest.id }, forcePushedAfter };
}

export type ApproverCheck = { ok: true; how: string } | { ok: false; reason: string };

/** Rule 2: is `user` an approver? Any check that cannot be made means no. */
export async function checkApprover(api: Api, repo: RepoRef, user: string, settings: WaiverSettings): Promise<ApproverCheck> {
  if (settings.approvers.length) {
    if (settings.approvers.some((a) => !a.includes('/') && sameLogin(a, user))) return { ok: true, how: 'listed in waiver-approvers' };
    const failures: string[] = [];
    for (const team of settings.approvers.filter((a) => a.includes('/'))) {
      const [org, slug] = team.split('/') as [string, string];
      try {
        const { data } = await api('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: user });
        if (data?.state === 'active') return { ok: true, how: `member of ${team}` };
      } catch (error) {
        if (statusOf(error) !== 404) failures.push(describeFailure(`checking membership of ${team}`, error));
      }
    }
    if (failures.length) return { ok: false, reason: `the approver check could not be made: ${failures.join('; ')}` };
    return { ok: false, reason: `the user who applied the label is not in waiver-approvers` };
  }
  let data: { permission?: string; role_name?: string };
  try {
    ({ data } = await api('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repoParams(repo), username: user }));
  } catch (error) {
    return { ok: false, reason: `the permission check could not be made: ${describeFailure('reading the repository permission', error)}` };
  }
  const role = permissionRank(String(data?.role_name ?? '')) >= 0 ? String(data.role_name) : String(data?.permission ?? 'none');
  const rank = permissionRank(role);
  if (rank >= permissionRank(settings.minPermission)) return { ok: true, how: `${role} permission` };
  return { ok: false, reason: `the user who applied the label has ${PERMISSION_LEVELS.includes(role as PermissionLevel) ? role : 'no known'} permission; at least ${settings.minPermission} is required` };
}

/** Rule 4 on a `synchronize` run: take the label off (it needs issues: write). */
export async function removeLabel(api: Api, repo: RepoRef, number: number, label: string): Promise<string | undefined> {
  try {
    await api('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...repoParams(repo), issue_number: number, name: label });
    return undefined;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    return describeFailure('removing the waiver label', error);
  }
}

/**
 * Whether the label was applied after the push that started this `synchronize` run (so an
 * approver re-applied it after reviewing the new commits, and a re-run must not take it off
 * again). Both times are server times: the workflow run's creation and the label event. Any
 * failure (no `actions: read`, an API error) answers no, and the label is removed.
 */
export async function labeledAfterThisPush(api: Api, repo: RepoRef, number: number, label: string, runId: number | undefined): Promise<boolean> {
  if (!runId || !Number.isFinite(runId)) return false;
  try {
    const { data } = await api('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repoParams(repo), run_id: runId });
    const created = typeof data?.created_at === 'string' ? data.created_at : undefined;
    if (!created) return false;
    const { event } = latestLabeling(await listIssueEvents(api, repo, number), label);
    return event !== undefined && Date.parse(event.at) > Date.parse(created);
  } catch {
    return false;
  }
}

export async function evaluateWaiver(api: Api, repo: RepoRef, run: PullRequestRun, live: LivePull, settings: WaiverSettings, runId?: number): Promise<WaiverOutcome> {
  // Rule 1: the label is there now.
  if (!live.labels.some((l) => sameLogin(l, settings.label))) {
    const stale = run.action === 'labeled' && run.label !== undefined && sameLogin(run.label, settings.label);
    return stale ? { state: 'absent', note: 'the event says the waiver label was applied, but it is not on the pull request now (read live)' } : { state: 'absent' };
  }
  // Rule 4: a push after the label voids it.
  if (run.action === 'synchronize' && !(await labeledAfterThisPush(api, repo, run.number, settings.label, runId))) {
    const failure = await removeLabel(api, repo, run.number, settings.label);
    const reasons = ['new commits were pushed after the waiver label was applied; the label must be applied again after the new commits are reviewed'];
    reasons.push(failure ? `the label could not be removed automatically (${failure}): remove it by hand` : 'the label was removed');
    return { state: 'voided', reasons };
  }
  const reasons: string[] = [];
  if (live.headSha !== run.headSha) {
    reasons.push(`this run gates commit ${run.headSha.slice(0, 12)}, but the pull request head is now ${live.headSha.slice(0, 12)}: a waiver applies only to the current head`);
  }
  let events: IssueEvent[];
  try {
    events = await listIssueEvents(api, repo, run.number);
  } catch (error) {
    return { state: 'rejected', reasons: [...reasons, `who applied the label could not be checked: ${describeFailure('reading the pull request events', error)}`] };
  }
  const { event, forcePushedAfter } = latestLabeling(events, settings.label);
  if (!event || !event.actor) return { state: 'rejected', reasons: [...reasons, 'no labeled event was found for the waiver label, so its approver is unknown'] };
  if (forcePushedAfter) reasons.push('the branch was force-pushed after the waiver label was applied');
  // Rule 3: no self-approval.
  if (!settings.allowSelf && sameLogin(event.actor, live.author)) reasons.push('the label was applied by the pull request’s author; another approver must apply it');
  // Rule 2: an approver applied it.
  const approver = await checkApprover(api, repo, event.actor, settings);
  if (!approver.ok) reasons.push(approver.reason);
  if (reasons.length) return { state: 'rejected', reasons, label: event };
  return { state: 'holds', audit: { approver: event.actor, at: event.at, headSha: run.headSha } };
}
