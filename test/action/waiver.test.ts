import { describe, expect, it } from 'vitest';
import type { PullRequestRun } from '../../src/action/event.js';
import { checkApprover, evaluateWaiver, latestLabeling, type LivePull, type WaiverSettings } from '../../src/action/waiver.js';
import { fakeApi, HttpError } from './api-fake.js';

const repo = { owner: 'acme', repo: 'site' };
const LABEL = 'pii-waiver-approved';
const HEAD = 'a'.repeat(40);
const settings: WaiverSettings = { label: LABEL, approvers: [], minPermission: 'maintain', allowSelf: false };
const run = (action = 'labeled', extra: Partial<PullRequestRun> = {}): PullRequestRun => ({
  kind: 'pull_request',
  eventName: 'pull_request',
  action,
  number: 7,
  headSha: HEAD,
  baseSha: 'b'.repeat(40),
  baseRef: 'main',
  fromFork: false,
  ...extra,
});
const live = (extra: Partial<LivePull> = {}): LivePull => ({
  author: 'author',
  headSha: HEAD,
  baseSha: 'b'.repeat(40),
  baseRef: 'main',
  labels: [LABEL],
  ...extra,
});

interface Ev {
  id: number;
  event: string;
  created_at: string;
  actor: { login: string };
  label?: { name: string };
}
const labeled = (actor: string, at = '2026-11-20T11:00:00Z', id = 2): Ev => ({
  id,
  event: 'labeled',
  created_at: at,
  actor: { login: actor },
  label: { name: LABEL },
});

interface Opts {
  events?: Ev[];
  roles?: Record<string, string>;
  permissionError?: number;
  eventsError?: number;
  teams?: Record<string, string[]>;
  teamError?: number;
  deleteError?: number;
  pull?: LivePull;
  /** Server time the head arrived (check suites); undefined with arrivalError: unreadable. */
  arrived?: string;
  arrivalError?: number;
  /** Every events page is full (a padded pull request). */
  endlessEvents?: boolean;
}

function github(opts: Opts) {
  const pull = opts.pull ?? live();
  return fakeApi((route, p) => {
    if (route === 'GET /repos/{owner}/{repo}/pulls/{pull_number}') {
      return {
        user: { login: pull.author },
        head: { sha: pull.headSha },
        base: { sha: pull.baseSha, ref: pull.baseRef },
        labels: pull.labels.map((name) => ({ name })),
      };
    }
    if (route.includes('/check-suites') || route.endsWith('/actions/runs')) {
      if (opts.arrivalError) throw new HttpError(opts.arrivalError);
      const at = opts.arrived ?? '2026-11-20T09:30:00Z';
      return route.includes('/check-suites') ? { check_suites: [{ created_at: at }] } : { workflow_runs: [{ created_at: at }] };
    }
    if (route.includes('/events')) {
      if (opts.eventsError) throw new HttpError(opts.eventsError);
      if (opts.endlessEvents)
        return Array.from({ length: 100 }, (_, i) => ({
          id: i,
          event: 'mentioned',
          created_at: '2026-11-20T08:00:00Z',
          actor: { login: 'x' },
        }));
      return p.page === 1 ? (opts.events ?? []) : [];
    }
    if (route.includes('/permission')) {
      if (opts.permissionError) throw new HttpError(opts.permissionError);
      const role = opts.roles?.[p.username as string] ?? 'read';
      return { role_name: role, permission: role === 'maintain' ? 'write' : role };
    }
    if (route.includes('/memberships/')) {
      if (opts.teamError) throw new HttpError(opts.teamError);
      if ((opts.teams?.[`${p.org}/${p.team_slug}`] ?? []).includes(p.username as string)) return { state: 'active' };
      throw new HttpError(404);
    }
    if (route.startsWith('DELETE')) {
      if (opts.deleteError) throw new HttpError(opts.deleteError);
      return [];
    }
    throw new HttpError(404);
  });
}

describe('waiver rules', () => {
  it('holds for a maintainer who is not the author, with an audit line', async () => {
    const { api } = github({ events: [labeled('lead')], roles: { lead: 'maintain' } });
    expect(await evaluateWaiver(api, repo, run(), settings)).toEqual({
      state: 'holds',
      audit: { approver: 'lead', at: '2026-11-20T11:00:00Z', headSha: HEAD },
    });
  });

  it('rule 1: the label must be on the pull request now (a stale payload is not enough)', async () => {
    const { api, calls } = github({ events: [labeled('lead')], roles: { lead: 'admin' }, pull: live({ labels: ['other'] }) });
    const outcome = await evaluateWaiver(api, repo, run('labeled', { label: LABEL }), settings);
    expect(outcome).toEqual({ state: 'absent', note: expect.stringMatching(/not on the pull request now/) });
    expect(calls.map((c) => c.route)).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}']);
  });

  it('rule 2: the most recent labeling counts, not an earlier one by an approver', async () => {
    const { api } = github({
      events: [
        labeled('lead', '2026-11-20T09:00:00Z', 1),
        { id: 2, event: 'unlabeled', created_at: '2026-11-20T10:00:00Z', actor: { login: 'x' }, label: { name: LABEL } },
        labeled('intern', '2026-11-20T11:00:00Z', 3),
      ],
      roles: { lead: 'admin', intern: 'triage' },
    });
    const outcome = await evaluateWaiver(api, repo, run(), settings);
    expect(outcome.state).toBe('rejected');
    expect(outcome.state === 'rejected' && outcome.reasons).toEqual([
      'the user who applied the label has triage permission; at least maintain is required',
    ]);
  });

  it('rule 2: listed users and team members approve; others do not', async () => {
    const team = { ...settings, approvers: ['Lead', 'acme/privacy'] };
    const { api } = github({ teams: { 'acme/privacy': ['counsel'] } });
    expect(await checkApprover(api, repo, 'lead', team)).toEqual({ ok: true, how: 'listed in waiver-approvers' });
    expect(await checkApprover(api, repo, 'counsel', team)).toEqual({ ok: true, how: 'member of acme/privacy' });
    expect(await checkApprover(api, repo, 'admin-person', team)).toEqual({
      ok: false,
      reason: 'the user who applied the label is not in waiver-approvers',
    });
  });

  it('rule 2: a check that cannot be made means the waiver does not hold', async () => {
    const perm = github({ events: [labeled('lead')], permissionError: 403 });
    const o1 = await evaluateWaiver(perm.api, repo, run(), settings);
    expect(o1.state === 'rejected' && o1.reasons.join()).toMatch(/permission check could not be made.*HTTP 403/);
    const team = github({ events: [labeled('lead')], teamError: 403 });
    const o2 = await evaluateWaiver(team.api, repo, run(), { ...settings, approvers: ['acme/privacy'] });
    expect(o2.state === 'rejected' && o2.reasons.join()).toMatch(/approver check could not be made/);
    const events = github({ eventsError: 500 });
    const o3 = await evaluateWaiver(events.api, repo, run(), settings);
    expect(o3.state === 'rejected' && o3.reasons.join()).toMatch(/could not be checked.*HTTP 500/);
  });

  it('rule 3: the author cannot approve their own pull request unless allowed', async () => {
    const { api } = github({ events: [labeled('Author')], roles: { Author: 'admin' } });
    const outcome = await evaluateWaiver(api, repo, run(), settings);
    expect(outcome.state === 'rejected' && outcome.reasons).toEqual([
      'the label was applied by the pull request’s author; another approver must apply it',
    ]);
    expect((await evaluateWaiver(api, repo, run(), { ...settings, allowSelf: true })).state).toBe('holds');
  });

  it('rule 4: a label applied before the head commit arrived is voided and removed, whatever the event', async () => {
    for (const action of ['synchronize', 'labeled', 'reopened']) {
      const { api, calls } = github({
        events: [labeled('lead', '2026-11-20T11:00:00Z')],
        roles: { lead: 'admin' },
        arrived: '2026-11-20T11:30:00Z',
      });
      const outcome = await evaluateWaiver(api, repo, run(action), settings);
      expect(outcome.state, action).toBe('voided');
      expect(outcome.state === 'voided' && outcome.reasons[0]).toMatch(
        /applied at 2026-11-20T11:00:00Z, before the head commit .* arrived \(2026-11-20T11:30:00.000Z, server times\)/,
      );
      expect(calls.filter((c) => c.route.startsWith('DELETE')).map((c) => c.params.name)).toEqual([LABEL]);
    }
  });

  it('rule 4: a label applied after the head arrived holds, on a synchronize run too', async () => {
    const { api, calls } = github({
      events: [labeled('lead', '2026-11-20T11:00:00Z')],
      roles: { lead: 'admin' },
      arrived: '2026-11-20T10:59:00Z',
    });
    expect((await evaluateWaiver(api, repo, run('synchronize'), settings)).state).toBe('holds');
    expect(calls.some((c) => c.route.startsWith('DELETE'))).toBe(false);
  });

  it('rule 4: when the head’s arrival cannot be read, the waiver does not hold', async () => {
    const { api } = github({ events: [labeled('lead')], roles: { lead: 'admin' }, arrivalError: 403 });
    const outcome = await evaluateWaiver(api, repo, run(), settings);
    expect(outcome.state === 'rejected' && outcome.reasons.join()).toMatch(/when the head commit arrived could not be read/);
  });

  it('rule 4: says so when the label cannot be removed', async () => {
    const { api } = github({ events: [labeled('lead')], deleteError: 403, arrived: '2026-11-20T12:00:00Z' });
    const outcome = await evaluateWaiver(api, repo, run('synchronize'), settings);
    expect(outcome.state === 'voided' && outcome.reasons.join(' ')).toMatch(
      /could not be removed automatically \(removing the waiver label failed \(HTTP 403\)\)/,
    );
  });

  it('rule 1: an unlabeled event after the latest labeling voids it, and a padded event list never holds', async () => {
    const unlabeled = { id: 9, event: 'unlabeled', created_at: '2026-11-20T12:00:00Z', actor: { login: 'x' }, label: { name: LABEL } };
    const o1 = await evaluateWaiver(github({ events: [labeled('lead'), unlabeled], roles: { lead: 'admin' } }).api, repo, run(), settings);
    expect(o1.state).toBe('voided');
    const padded = github({ endlessEvents: true, roles: { lead: 'admin' } });
    const o2 = await evaluateWaiver(padded.api, repo, run(), settings);
    expect(o2.state === 'rejected' && o2.reasons.join()).toMatch(/more than 10000 events/);
    expect(padded.calls.filter((c) => c.route.includes('/events'))).toHaveLength(100);
  });

  it('rule 4: the live head must be the commit this run gates, and a force-push after the label voids it', async () => {
    const { api } = github({
      events: [labeled('lead'), { id: 9, event: 'head_ref_force_pushed', created_at: '2026-11-20T12:00:00Z', actor: { login: 'author' } }],
      roles: { lead: 'admin' },
      pull: live({ headSha: 'c'.repeat(40) }),
    });
    const outcome = await evaluateWaiver(api, repo, run(), settings);
    expect(outcome.state === 'rejected' && outcome.reasons).toEqual([
      `this run gates commit ${HEAD.slice(0, 12)}, but the pull request head is now ${'c'.repeat(12)}: a waiver applies only to the current head`,
      'the branch was force-pushed after the waiver label was applied',
    ]);
  });

  it('orders label events by server time and id, never by anything in commits', () => {
    const events = [
      labeled('b', '2026-11-20T11:00:00Z', 5),
      labeled('a', '2026-11-20T11:00:00Z', 4),
      labeled('c', '2026-11-19T11:00:00Z', 6),
    ];
    expect(latestLabeling(events, LABEL).event?.actor).toBe('b');
    expect(latestLabeling([], LABEL)).toEqual({ forcePushedAfter: false });
  });
});
