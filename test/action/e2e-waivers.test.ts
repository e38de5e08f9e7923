/** End to end (see e2e-harness.ts): waivers checked live, and a waiver that covers only the head its approver reviewed. */
import { describe, expect, it } from 'vitest';
import { type FakeFile } from './fake-github.js';
import { HEAD, rosterCsv, statisticsCsv, prPayload, runAction, pr, annotations, useActionBundle } from './e2e-harness.js';

useActionBundle();

describe('waivers, checked live', () => {
  const LABEL = 'pii-waiver-approved';
  const roster: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }];
  const labeledBy = (actor: string) => [
    { event: 'labeled', actor: 'someone', label: 'documentation', at: '2026-11-20T10:00:00Z' },
    { event: 'labeled', actor, label: LABEL, at: '2026-11-20T11:00:00Z' },
  ];

  it('holds when a maintainer who is not the author applied the label to this head', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'maintain' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled', { label: { name: LABEL } }) });
    expect(r.code).toBe(0);
    expect(r.outputs.waived).toBe('true');
    expect(r.outputs.blocking).toBe('0');
    expect(r.summary).toMatch(/waiver holds/i);
    expect(r.summary).toContain('privacy-lead');
    expect(r.summary).toContain(HEAD);
    expect(r.summary).toContain('2026-11-20T11:00:00Z');
    expect(annotations(r, 'error')).toHaveLength(0);
  });

  it('accepts an approver listed by team membership', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('counsel'), teams: { 'acme/privacy': ['counsel'] } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled'), inputs: { 'waiver-approvers': 'acme/privacy' } });
    expect(r.outputs.waived).toBe('true');
    expect(r.code).toBe(0);
  });

  it('does not hold when the author applied it', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('contributor'), roles: { contributor: 'admin' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/does not hold/);
    expect(r.summary).toMatch(/author/);
  });

  it('does not hold when the labeler lacks the minimum permission', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('helper'), roles: { helper: 'write' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/has write permission; at least maintain is required/);
  });

  it('does not hold when the permission check cannot be made', async () => {
    const state = pr(
      roster,
      { labels: [LABEL] },
      { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'admin' }, permissionStatus: 500 },
    );
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/permission check could not be made/);
  });

  it('is voided by a push: the synchronize run removes the label and fails', async () => {
    const clean: FakeFile[] = [{ path: 'site/stats/fear-screening.csv', status: 'modified', content: statisticsCsv() }];
    const state = pr(
      clean,
      { labels: [LABEL] },
      { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'maintain' }, arrivals: { [HEAD]: '2026-11-20T12:00:00Z' } },
    );
    const r = await runAction({ state, payload: prPayload(state, 'synchronize') });
    const deletes = r.github.requests.filter((q) => q.method === 'DELETE');
    expect(deletes.map((q) => q.path)).toEqual([`/repos/acme/site/issues/7/labels/${LABEL}`]);
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/voided/);
    expect(r.summary).toMatch(/applied at 2026-11-20T11:00:00Z, before the head commit/);
  });

  it('a re-run of that synchronize run keeps a label applied again after the push', async () => {
    const state = pr(
      roster,
      { labels: [LABEL] },
      { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'maintain' }, arrivals: { [HEAD]: '2026-11-20T10:30:00Z' } },
    );
    const r = await runAction({ state, payload: prPayload(state, 'synchronize') });
    expect(r.github.requests.filter((q) => q.method === 'DELETE')).toHaveLength(0);
    expect(r.github.requests.some((q) => q.path === `/repos/acme/site/commits/${HEAD}/check-suites`)).toBe(true);
    expect(r.outputs.waived).toBe('true');
    expect(r.code).toBe(0);
  });

  it('ignores a stale payload on a re-run: the label in the payload is no longer on the pull request', async () => {
    const state = pr(
      roster,
      { labels: [] },
      {
        events: [...labeledBy('privacy-lead'), { event: 'unlabeled', actor: 'privacy-lead', label: LABEL, at: '2026-11-20T12:00:00Z' }],
        roles: { 'privacy-lead': 'maintain' },
      },
    );
    const payload = prPayload(state, 'labeled', { label: { name: LABEL } });
    (payload.pull_request as { labels: unknown[] }).labels = [{ name: LABEL }];
    const r = await runAction({ state, payload });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/not on the pull request now/);
  });

  it('ignores a re-run of an older head commit', async () => {
    const mergeBase = '9'.repeat(40);
    const state = pr(
      [{ path: 'site/newer.md', status: 'added', content: '# Newer\n' }],
      { labels: [LABEL], headSha: 'd'.repeat(40) },
      {
        events: labeledBy('privacy-lead'),
        roles: { 'privacy-lead': 'maintain' },
        mergeBase,
        trees: { [HEAD]: [{ path: 'data/export.csv', content: rosterCsv() }], [mergeBase]: [] },
      },
    );
    const payload = prPayload(state, 'labeled');
    (payload.pull_request as { head: { sha: string } }).head.sha = HEAD;
    const r = await runAction({ state, payload });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/a waiver applies only to the current head/);
    // The files of the commit this run gates, not those of the newer head.
    const report = JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['data/export.csv']);
  });
});
describe('integrity: a waiver covers only the head its approver reviewed', () => {
  const LABEL = 'pii-waiver-approved';
  const roster: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }];
  const labeled = [{ event: 'labeled', actor: 'privacy-lead', label: LABEL, at: '2026-11-20T11:00:00Z' }];

  it('does not pass a head that arrived after the label on a reopened run, even when the label could not be removed', async () => {
    const state = pr(
      roster,
      { labels: [LABEL] },
      { events: labeled, roles: { 'privacy-lead': 'maintain' }, arrivals: { [HEAD]: '2026-11-20T11:05:00Z' }, removeLabelStatus: 403 },
    );
    const r = await runAction({ state, payload: prPayload(state, 'reopened') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/before the head commit .* arrived/);
    expect(r.summary).toMatch(/could not be removed automatically/);
    expect(r.summary).not.toMatch(/approved by privacy-lead/);
  });

  it('blocks the waiver when the head’s arrival cannot be read', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeled, roles: { 'privacy-lead': 'maintain' }, arrivalsStatus: 403 });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/when the head commit arrived could not be read/);
  });

  it('reads every event page: a pull request padded past the page cap never holds on an older approval', async () => {
    const padding = Array.from({ length: 10_050 }, (_, i) => ({
      event: 'mentioned',
      actor: 'bot',
      at: `2026-11-20T11:${String(10 + (i % 40)).padStart(2, '0')}:00Z`,
    }));
    const events = [
      ...labeled,
      { event: 'unlabeled', actor: 'contributor', label: LABEL, at: '2026-11-20T11:01:00Z' },
      ...padding,
      { event: 'labeled', actor: 'contributor', label: LABEL, at: '2026-11-20T12:00:00Z' },
    ];
    const state = pr(roster, { labels: [LABEL] }, { events, roles: { 'privacy-lead': 'maintain', contributor: 'write' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/more than 10000 events/);
  });
});
