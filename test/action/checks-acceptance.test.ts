import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batches, checkAnnotations, publishCheckRun } from '../../src/action/checks.js';
import { applyAcceptedFindings, applyWaiver } from '../../src/action/acceptance.js';
import { chooseSource, materialize, readConfigText, workspaceCommit } from '../../src/action/contents.js';
import { readRun } from '../../src/action/event.js';
import { buildReport } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';
import { fakeApi, HttpError } from './api-fake.js';
import { report, rosterFinding, scanned } from './report-fixtures.js';

const repo = { owner: 'acme', repo: 'site' };

describe('check runs', () => {
  const many = report(Array.from({ length: 120 }, (_, i) => scanned(`f${i}.csv`, [rosterFinding(`f${i}.csv`)])));

  it('sends every finding in batches of 50, then completes', async () => {
    const { api, calls } = fakeApi((route) => (route.startsWith('POST') ? { id: 9 } : {}));
    const outcome = await publishCheckRun(api, repo, { headSha: 'h', conclusion: 'failure', title: 't', summary: 's', annotations: checkAnnotations(many) });
    expect(outcome).toEqual({ state: 'published', id: 9, requests: 4 });
    const sizes = calls.map((c) => ((c.params.output as { annotations?: unknown[] }).annotations ?? []).length);
    expect(sizes).toEqual([50, 50, 20, 0]);
    expect(calls.at(-1)!.params).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(batches([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  it('degrades quietly when the token may not create check runs', async () => {
    for (const status of [403, 404]) {
      const { api, calls } = fakeApi(() => {
        throw new HttpError(status);
      });
      expect(await publishCheckRun(api, repo, { headSha: 'h', conclusion: 'failure', title: 't', summary: 's', annotations: checkAnnotations(many) })).toEqual({ state: 'not-permitted', status });
      expect(calls).toHaveLength(1);
    }
  });

  it('annotates file-level at line 1 and leaves identifying paths out', () => {
    const named = 'cases/Quispe_A012345678.csv';
    const r = report([scanned('a.xlsx', [rosterFinding('a.xlsx', { sheet: 'S' })], 'xlsx'), scanned(named, [{ ...rosterFinding(named), rule: 'file-name.identifier' }])]);
    const out = checkAnnotations(r);
    expect(out.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([['a.xlsx', 1, 'failure']]);
  });
});

describe('accepted findings and the waiver', () => {
  const f = rosterFinding('a.csv');
  const files = [scanned('a.csv', [f])];

  it('accepts by fingerprint until the expiry date, then the finding blocks again', () => {
    const entry = { fingerprint: f.fingerprint.toUpperCase(), reason: 'Consent on file', approver: 'privacy', expires: '2026-12-31' };
    const live = applyAcceptedFindings(files, [entry], '2026-12-31');
    expect(live.acceptedCount).toBe(1);
    expect(live.files[0]!.findings[0]!.accepted).toEqual({ reason: 'Consent on file (until 2026-12-31)', by: 'privacy' });
    expect(buildReport(live.files, { failOn: 'high', notInspectedBlocks: true }, TOOL).summary.blocking).toBe(0);
    const expired = applyAcceptedFindings(files, [entry], '2027-01-01');
    expect(expired.expiredMatches).toEqual([entry]);
    expect(buildReport(expired.files, { failOn: 'high', notInspectedBlocks: true }, TOOL).summary.blocking).toBe(1);
    expect(files[0]!.findings[0]!.accepted).toBeUndefined();
  });

  it('a holding waiver accepts every finding with its audit', () => {
    const out = applyWaiver(files, { approver: 'lead', at: '2026-11-20T11:00:00Z', headSha: 'a'.repeat(40) }, 'pii-waiver-approved');
    expect(out[0]!.findings[0]!.accepted).toEqual({ reason: `waiver label 'pii-waiver-approved' applied at 2026-11-20T11:00:00Z for ${'a'.repeat(12)}`, by: 'lead' });
  });
});

describe('contents', () => {
  it('reads the checkout commit from .git without running git', async () => {
    const root = mkdtempSync(join(tmpdir(), 'apg-ws-'));
    mkdirSync(join(root, '.git', 'refs', 'heads'), { recursive: true });
    writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(root, '.git', 'packed-refs'), `# pack-refs\n${'f'.repeat(40)} refs/heads/main\n`);
    expect(await workspaceCommit(root)).toBe('f'.repeat(40));
    writeFileSync(join(root, '.git', 'refs', 'heads', 'main'), `${'e'.repeat(40)}\n`);
    expect(await workspaceCommit(root)).toBe('e'.repeat(40));
    expect(await chooseSource(root, ['e'.repeat(40)], 'h')).toEqual({ kind: 'workspace', root, commit: 'e'.repeat(40) });
    expect(await chooseSource(root, ['d'.repeat(40)], 'h')).toEqual({ kind: 'api', commit: 'h' });
    expect(await workspaceCommit(join(root, 'nope'))).toBeUndefined();
  });

  it('scans checkout files in place, links as their text, and fetches what is missing; failures block', async () => {
    const root = mkdtempSync(join(tmpdir(), 'apg-ws-'));
    writeFileSync(join(root, 'a.csv'), 'x\n');
    symlinkSync('/etc/passwd', join(root, 'link.csv'));
    const outside = mkdtempSync(join(tmpdir(), 'apg-outside-'));
    writeFileSync(join(outside, 'secret.csv'), 'outside\n');
    symlinkSync(outside, join(root, 'dirlink'));
    const { api, calls } = fakeApi((_route, p) => {
      if (p.file_sha === '1'.repeat(40)) return { encoding: 'base64', content: Buffer.from('fetched\n').toString('base64') };
      throw new HttpError(500);
    });
    const temp = mkdtempSync(join(tmpdir(), 'apg-blobs-'));
    const out = await materialize(
      [
        { path: 'a.csv', status: 'added', blobSha: '0'.repeat(40) },
        { path: 'link.csv', status: 'added', blobSha: '0'.repeat(40) },
        { path: 'dirlink/secret.csv', status: 'added', blobSha: '4'.repeat(40) },
        { path: 'missing.csv', status: 'added', blobSha: '1'.repeat(40) },
        { path: '../escape.csv', status: 'added', blobSha: '2'.repeat(40) },
        { path: 'sub', status: 'added', special: 'submodule' },
        { path: 'huge.bin', status: 'added', blobSha: '3'.repeat(40), size: 5000 },
      ],
      { kind: 'workspace', root, commit: 'x' },
      api,
      repo,
      temp,
      1000,
    );
    expect(out.targets.map((t) => [t.displayPath, t.path?.startsWith(root) ?? false, t.data ? Buffer.from(t.data).toString() : ''])).toEqual([
      ['a.csv', true, ''],
      ['link.csv', false, '/etc/passwd'],
      ['missing.csv', false, ''],
    ]);
    expect(out.failed.map((f) => [f.path, f.reason, f.detail])).toEqual([
      ['dirlink/secret.csv', 'read-error', 'fetching the file from the API failed (HTTP 500)'],
      ['../escape.csv', 'read-error', 'fetching the file from the API failed (HTTP 500)'],
      ['sub', 'unsupported-format', 'a submodule link: its content lives in another repository'],
      ['huge.bin', 'too-large', '5000 bytes; the limit is 1000'],
    ]);
    expect(calls.map((c) => c.params.file_sha).sort()).toEqual(['1'.repeat(40), '2'.repeat(40), '4'.repeat(40)]);
  });

  it('reads the config at the base ref; 404 is "no config", other failures are errors', async () => {
    const ok = fakeApi(() => ({ type: 'file', encoding: 'base64', content: Buffer.from('allowlist: []\n').toString('base64') }));
    expect(await readConfigText(ok.api, repo, '.github/asylum-pii-gate.yml', 'main')).toEqual({ found: true, text: 'allowlist: []\n' });
    expect(ok.calls[0]!.params).toMatchObject({ path: '.github/asylum-pii-gate.yml', ref: 'main' });
    const missing = fakeApi(() => {
      throw new HttpError(404);
    });
    expect(await readConfigText(missing.api, repo, 'c.yml', 'main')).toEqual({ found: false });
    const denied = fakeApi(() => {
      throw new HttpError(403);
    });
    expect(await readConfigText(denied.api, repo, 'c.yml', 'main')).toEqual({ error: 'reading the config file from the base branch failed (HTTP 403)' });
  });
});

describe('event', () => {
  it('reads pull request, push and dispatch runs and refuses others', () => {
    const pr = readRun({ eventName: 'pull_request_target', payload: { action: 'labeled', label: { name: 'L' }, pull_request: { number: 3, head: { sha: 'h', repo: { full_name: 'fork/site' } }, base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/site' } } } } });
    expect(pr).toEqual({ ok: true, run: { kind: 'pull_request', eventName: 'pull_request_target', action: 'labeled', number: 3, headSha: 'h', baseSha: 'b', baseRef: 'main', fromFork: true, label: 'L' } });
    expect(readRun({ eventName: 'push', payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: 'a' } })).toMatchObject({ ok: true, run: { kind: 'push', before: '0'.repeat(40), after: 'a' } });
    expect(readRun({ eventName: 'workflow_dispatch', payload: {}, sha: 's', ref: 'refs/heads/main' })).toEqual({ ok: true, run: { kind: 'workflow_dispatch', ref: 'refs/heads/main', sha: 's' } });
    expect(readRun({ eventName: 'issue_comment', payload: {} })).toMatchObject({ ok: false });
    expect(readRun({ eventName: 'pull_request', payload: { pull_request: {} } })).toMatchObject({ ok: false });
  });
});
