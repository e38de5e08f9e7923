import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batches, checkAnnotations, publishCheckRun } from '../../src/action/checks.js';
import { applyAcceptedFindings, applyWaiver } from '../../src/action/acceptance.js';
import { prepare, readConfigText } from '../../src/action/contents.js';
import { Budget } from '../../src/action/budget.js';
import { createHash } from 'node:crypto';
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
    const outcome = await publishCheckRun(api, repo, {
      headSha: 'h',
      conclusion: 'failure',
      title: 't',
      summary: 's',
      annotations: checkAnnotations(many),
    });
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
      expect(
        await publishCheckRun(api, repo, {
          headSha: 'h',
          conclusion: 'failure',
          title: 't',
          summary: 's',
          annotations: checkAnnotations(many),
        }),
      ).toEqual({ state: 'not-permitted', status });
      expect(calls).toHaveLength(1);
    }
  });

  it('annotates file-level at line 1 and leaves identifying paths out', () => {
    const named = 'cases/Quispe_A012345678.csv';
    const r = report([
      scanned('a.xlsx', [rosterFinding('a.xlsx', { sheet: 'S' })], 'xlsx'),
      scanned(named, [{ ...rosterFinding(named), rule: 'file-name.identifier' }]),
    ]);
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
    expect(out[0]!.findings[0]!.accepted).toEqual({
      reason: `waiver label 'pii-waiver-approved' applied at 2026-11-20T11:00:00Z for ${'a'.repeat(12)}`,
      by: 'lead',
    });
  });
});

describe('contents', () => {
  it('reads a checkout file only when it hashes to the listed blob id, else through the API; each blob once; failures block', async () => {
    const root = mkdtempSync(join(tmpdir(), 'apg-ws-'));
    const blob = (text: string) =>
      createHash('sha1')
        .update(`blob ${Buffer.byteLength(text)}\0${text}`)
        .digest('hex');
    writeFileSync(join(root, 'a.csv'), 'x\n');
    writeFileSync(join(root, 'changed.csv'), 'converted\r\n');
    symlinkSync('/etc/passwd', join(root, 'link.csv'));
    const { api, calls } = fakeApi((_route, p) => {
      if (p.file_sha === blob('committed\n')) return { encoding: 'base64', content: Buffer.from('committed\n').toString('base64') };
      if (p.file_sha === '1'.repeat(40)) return { encoding: 'base64', content: Buffer.from('fetched\n').toString('base64') };
      throw new HttpError(500);
    });
    const temp = mkdtempSync(join(tmpdir(), 'apg-blobs-'));
    const out = await prepare(
      [
        { path: 'a.csv', status: 'added', blobSha: blob('x\n') },
        { path: 'copy.csv', status: 'added', blobSha: blob('x\n') },
        { path: 'changed.csv', status: 'added', blobSha: blob('committed\n') },
        { path: 'link.csv', status: 'added', blobSha: '4'.repeat(40) },
        { path: 'missing.csv', status: 'added', blobSha: '1'.repeat(40) },
        { path: '../escape.csv', status: 'added', blobSha: '2'.repeat(40) },
        { path: 'sub', status: 'added', special: 'submodule' },
        { path: 'huge.bin', status: 'added', blobSha: '3'.repeat(40), size: 5000 },
      ],
      { api, repo, root, tempDir: temp, maxFileSize: 1000, budget: new Budget(60_000) },
    );
    expect(out.targets.map((t) => [t.displayPath, t.path?.startsWith(root) ?? false])).toEqual([
      ['a.csv', true],
      ['changed.csv', false],
      ['missing.csv', false],
    ]);
    expect(readFileSync(out.targets[1]!.path!, 'utf8')).toBe('committed\n');
    expect(out.slots.map((s) => ('result' in s ? [s.result.path, s.result.reason, s.result.detail] : [s.path, s.key]))).toEqual([
      ['a.csv', blob('x\n')],
      ['copy.csv', blob('x\n')],
      ['changed.csv', blob('committed\n')],
      ['link.csv', 'read-error', 'fetching the file from the API failed (HTTP 500)'],
      ['missing.csv', '1'.repeat(40)],
      ['../escape.csv', 'read-error', 'fetching the file from the API failed (HTTP 500)'],
      ['sub', 'unsupported-format', 'a submodule link: its content lives in another repository'],
      ['huge.bin', 'too-large', '5000 bytes; the limit is 1000'],
    ]);
    expect(out.fromCheckout).toBe(1);
    expect(calls.map((c) => c.params.file_sha).sort()).toEqual(
      [blob('committed\n'), '1'.repeat(40), '2'.repeat(40), '4'.repeat(40)].sort(),
    );
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
    expect(await readConfigText(denied.api, repo, 'c.yml', 'main')).toEqual({
      error: 'reading the config file from the base branch failed (HTTP 403)',
    });
  });
});

describe('event', () => {
  it('reads pull request, push and dispatch runs and refuses others', () => {
    const pr = readRun({
      eventName: 'pull_request_target',
      payload: {
        action: 'labeled',
        label: { name: 'L' },
        pull_request: {
          number: 3,
          head: { sha: 'h', repo: { full_name: 'fork/site' } },
          base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/site' } },
        },
      },
    });
    expect(pr).toEqual({
      ok: true,
      run: {
        kind: 'pull_request',
        eventName: 'pull_request_target',
        action: 'labeled',
        number: 3,
        headSha: 'h',
        baseSha: 'b',
        baseRef: 'main',
        fromFork: true,
        label: 'L',
      },
    });
    expect(readRun({ eventName: 'push', payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: 'a' } })).toMatchObject({
      ok: true,
      run: { kind: 'push', before: '0'.repeat(40), after: 'a' },
    });
    expect(readRun({ eventName: 'workflow_dispatch', payload: {}, sha: 's', ref: 'refs/heads/main' })).toEqual({
      ok: true,
      run: { kind: 'workflow_dispatch', ref: 'refs/heads/main', sha: 's' },
    });
    expect(readRun({ eventName: 'issue_comment', payload: {} })).toMatchObject({ ok: false });
    expect(readRun({ eventName: 'pull_request', payload: { pull_request: {} } })).toMatchObject({ ok: false });
  });
});
