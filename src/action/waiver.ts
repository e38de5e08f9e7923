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
  baseSha: string;
  baseRef: string;
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
    baseSha: String(data?.base?.sha ?? ''),
    baseRef: String(data?.base?.ref ?? ''),
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

/** Pages of issue events read at most (100 events a page). */
export const EVENT_PAGES_CAP = 100;

/** Thrown when the events do not fit in the page cap: the label's history cannot be known. */
export class EventsCapped extends Error {}

/** Every event of the issue, oldest first (server order), all pages; past the cap it throws. */
export async function listIssueEvents(api: Api, repo: RepoRef, number: number): Promise<IssueEvent[]> {
  const out: IssueEvent[] = [];
  for (let page = 1; ; page++) {
    if (page > EVENT_PAGES_CAP) throw new EventsCapped();
    const { data } = await api('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      ...repoParams(repo),
      issue_number: number,
      per_page: 100,
      page,
    });
    if (!Array.isArray(data)) throw new Error('unexpected events answer');
    out.push(...data);
    if (data.length < 100) break;
  }
  return out;
}

function later(a: IssueEvent, b: IssueEvent): boolean {
  return a.created_at === b.created_at ? a.id > b.id : a.created_at > b.created_at;
}

/** The most recent `labeled` event for the label, and whether a force-push or an `unlabeled` came after it. */
export function latestLabeling(
  events: readonly IssueEvent[],
  label: string,
): { event?: LabelEvent; forcePushedAfter: boolean; unlabeledAfter?: boolean } {
  let latest: IssueEvent | undefined;
  const forLabel = (e: IssueEvent) => Boolean(e.label?.name && sameLogin(e.label.name, label));
  for (const e of events) {
    if (e.event === 'labeled' && forLabel(e) && (!latest || later(e, latest))) latest = e;
  }
  if (!latest) return { forcePushedAfter: false };
  const forcePushedAfter = events.some((e) => e.event === 'head_ref_force_pushed' && later(e, latest!));
  const unlabeledAfter = events.some((e) => e.event === 'unlabeled' && forLabel(e) && later(e, latest!));
  return { event: { actor: String(latest.actor?.login ?? ''), at: latest.created_at, id: latest.id }, forcePushedAfter, unlabeledAfter };
}

/**
 * When the commit `sha` first reached GitHub, by server times: the earliest `created_at` of its
 * check suites and workflow runs. Either list may be unreadable (no checks: read or actions:
 * read); reading fewer only makes the answer later, so the waiver stricter. Neither: undefined.
 */
export async function headArrival(api: Api, repo: RepoRef, sha: string): Promise<string | undefined> {
  const times: number[] = [];
  const add = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const i of items) {
      const t = Date.parse(String((i as { created_at?: unknown })?.created_at ?? ''));
      if (Number.isFinite(t)) times.push(t);
    }
  };
  try {
    const { data } = await api('GET /repos/{owner}/{repo}/commits/{ref}/check-suites', { ...repoParams(repo), ref: sha, per_page: 100 });
    add(data?.check_suites);
  } catch {
    // try the workflow runs
  }
  try {
    const { data } = await api('GET /repos/{owner}/{repo}/actions/runs', { ...repoParams(repo), head_sha: sha, per_page: 100 });
    add(data?.workflow_runs);
  } catch {
    // fall through
  }
  return times.length ? new Date(Math.min(...times)).toISOString() : undefined;
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
  return {
    ok: false,
    reason: `the user who applied the label has ${PERMISSION_LEVELS.includes(role as PermissionLevel) ? role : 'no known'} permission; at least ${settings.minPermission} is required`,
  };
}

/** Rule 4: take a label that predates the head off (it needs issues: write). */
export async function removeLabel(api: Api, repo: RepoRef, number: number, label: string): Promise<string | undefined> {
  try {
    await api('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
      ...repoParams(repo),
      issue_number: number,
      name: label,
    });
    return undefined;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    return describeFailure('removing the waiver label', error);
  }
}

export async function evaluateWaiver(api: Api, repo: RepoRef, run: PullRequestRun, settings: WaiverSettings): Promise<WaiverOutcome> {
  // Read right before deciding: the scan may have taken minutes, and the payload may be stale.
  let live: LivePull;
  try {
    live = await readLivePull(api, repo, run.number);
  } catch (error) {
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
  const reasons: string[] = [];
  if (live.headSha !== run.headSha) {
    reasons.push(
      `this run gates commit ${run.headSha.slice(0, 12)}, but the pull request head is now ${live.headSha.slice(0, 12)}: a waiver applies only to the current head`,
    );
  }
  let events: IssueEvent[];
  try {
    events = await listIssueEvents(api, repo, run.number);
  } catch (error) {
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
    reasons.push(
      'when the head commit arrived could not be read (the token needs checks: read or actions: read), so the label cannot be shown to postdate it',
    );
  } else if (!(Date.parse(event.at) > Date.parse(arrived))) {
    const failure = await removeLabel(api, repo, run.number, settings.label);
    return {
      state: 'voided',
      reasons: [
        `the waiver label was applied at ${event.at}, before the head commit ${run.headSha.slice(0, 12)} arrived (${arrived}, server times): it was given for earlier commits, and must be applied again after the new ones are reviewed`,
        failure ? `the label could not be removed automatically (${failure}): remove it by hand` : 'the label was removed',
      ],
    };
  }
  if (forcePushedAfter) reasons.push('the branch was force-pushed after the waiver label was applied');
  // Rule 3: no self-approval.
  if (!settings.allowSelf && sameLogin(event.actor, live.author))
    reasons.push('the label was applied by the pull request’s author; another approver must apply it');
  // Rule 2: an approver applied it.
  const approver = await checkApprover(api, repo, event.actor, settings);
  if (!approver.ok) reasons.push(approver.reason);
  if (reasons.length) return { state: 'rejected', reasons, label: event };
  return { state: 'holds', audit: { approver: event.actor, at: event.at, headSha: run.headSha } };
}
