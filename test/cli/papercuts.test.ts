/**
 * The command line's rough edges (issue 12): standard input, the whole config applied, YAML
 * errors by position, --output checked before the scan, negative numbers, and paths shown from
 * the git top level (else the scanned folder) in every format.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { STDIN_PATH } from '../../src/cli/main.js';
import { cli } from './cli-harness.js';
import { projectRoot } from '../../src/cli/root.js';
import type { JsonReport } from '../../src/report/json.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';
import { sarifProblems } from '../report/sarif-checks.js';

const people = makePeople(20, 1212);
const planted = plantedValues(people);
const roster = toCsv(rosterRows(people));
let dir: string;
let repo: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apg-papercuts-'));
  mkdirSync(join(dir, 'leak'));
  writeFileSync(join(dir, 'leak', 'a.csv'), roster);
  writeFileSync(join(dir, 'leak', 'b.csv'), roster);
  // A git work tree (a `.git` file, as in a worktree): paths are shown from its top level.
  repo = join(dir, 'repo');
  mkdirSync(join(repo, 'site', 'data'), { recursive: true });
  writeFileSync(join(repo, '.git'), 'gitdir: /nowhere\n');
  writeFileSync(join(repo, 'site', 'data', 'roster.csv'), roster);
});

describe('scan - (standard input)', () => {
  it('reads one file from standard input, shows it as (stdin), and never repeats a value', async () => {
    const r = await cli(['scan', '--format', 'json', '-'], dir, { stdin: Readable.from([Buffer.from(roster)]) });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.map((f) => [f.path, f.verdict])).toEqual([[STDIN_PATH, 'block']]);
    expectNoLeak({ stdout: r.stdout, stderr: r.stderr }, planted);
  });

  it('standard input can be named once', async () => {
    const r = await cli(['scan', '-', '-'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'-' \(standard input\) can be given once/);
  });
});

describe('--config applies the allowlist and accepted findings', () => {
  it('leaves allowlisted paths out and accepts findings by fingerprint, as the Action does', async () => {
    const first = JSON.parse((await cli(['scan', '--format', 'json', 'leak'], dir)).stdout) as JsonReport;
    const b = first.files.find((f) => f.path === 'leak/b.csv')!;
    expect(b.verdict).toBe('block');
    const accepted = b.findings
      .filter((f) => f.blocks)
      .map(
        (f) => `  - fingerprint: ${f.fingerprint}\n    reason: "Consent on file"\n    approver: privacy-office\n    expires: 2099-12-31\n`,
      );
    writeFileSync(
      join(dir, 'gate.yml'),
      `allowlist:\n  - path: "leak/a.csv"\n    reason: "Reviewed by hand"\naccepted-findings:\n${accepted.join('')}`,
    );
    const r = await cli(['scan', '--format', 'json', '--config', 'gate.yml', 'leak'], dir, { today: '2026-12-02' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.find((f) => f.path === 'leak/a.csv')).toMatchObject({
      status: 'skipped',
      reason: 'allowlisted',
      detail: 'Reviewed by hand',
    });
    const bAfter = json.files.find((f) => f.path === 'leak/b.csv')!;
    expect(bAfter.verdict).toBe('pass');
    expect(bAfter.findings.filter((f) => f.accepted).length).toBe(accepted.length);

    // Past its expiry date the acceptance no longer holds, and the command line says so.
    const later = await cli(['scan', '--format', 'json', '--config', 'gate.yml', 'leak'], dir, { today: '2100-01-01' });
    expect(later.code).toBe(1);
    expect(later.stderr).toMatch(/accepted-findings entry \(fingerprint [0-9a-f]+\) expired on 2099-12-31/);
  });

  it('a YAML error names its line and column and never quotes the file', async () => {
    const secret = people[0]!.fullName;
    writeFileSync(join(dir, 'broken.yml'), `allowlist:\n  - path: "${secret}\n    reason: x\n`);
    const r = await cli(['scan', '--config', 'broken.yml', 'leak'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid YAML at line \d+, column \d+: a closing quote or bracket is missing/);
    expect(r.stderr).not.toContain(secret);
    writeFileSync(join(dir, 'dup.yml'), 'severity:\n  custom: high\n  custom: notice\n');
    expect((await cli(['scan', '--config', 'dup.yml', 'leak'], dir)).stderr).toMatch(/at line 3, column 3: a key appears twice/);
  });
});

describe('checked before the scan starts', () => {
  it('--output into a missing folder fails at once, before any file is read', async () => {
    let t = 0;
    // A terminal stderr and a clock that jumps: a scan that started would draw its progress line.
    const r = await cli(['scan', '--output', 'missing/dir/out.json', 'leak'], dir, { stderrIsTTY: true, now: () => (t += 10_000) });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: "asylum-pii-gate: the report cannot be written to 'missing/dir/out.json': its folder does not exist\n",
    });
    const folder = await cli(['scan', '--output', 'leak', 'leak'], dir);
    expect(folder.stderr).toMatch(/cannot be written to 'leak': it is a folder/);
  });

  it('a negative --timeout is invalid, not missing', async () => {
    const r = await cli(['scan', '--timeout', '-5', 'leak'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^asylum-pii-gate: --timeout must be a number of seconds above 0, at most 86400 \(got '-5'\)\n/);
  });
});

describe('paths are shown from the git top level, else from the scanned folder', () => {
  it('finds the top level of a work tree from a sub-folder, and falls back outside one', async () => {
    expect(await projectRoot([join(repo, 'site', 'data', 'roster.csv')], join(repo, 'site'))).toEqual({ dir: repo, kind: 'git' });
    expect(await projectRoot([join(dir, 'leak', 'a.csv')], dir)).toEqual({ dir, kind: 'scan' });
    // Outside the current folder and outside any repository: their common folder, never an absolute path.
    expect(await projectRoot([join(dir, 'leak', 'a.csv'), join(dir, 'leak', 'b.csv')], join(repo, 'site'))).toEqual({
      dir: join(dir, 'leak'),
      kind: 'scan',
    });
  });

  it('run from a sub-folder, every format names the file from the repository root, and SARIF URIs are relative', async () => {
    const cwd = join(repo, 'site');
    const r = await cli(['scan', '--format', 'sarif', 'data/roster.csv'], cwd);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(sarifProblems(log)).toEqual([]);
    const uris = new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['site/data/roster.csv']);
    expect(log.runs[0]!.results.every((x) => x.locations[0]!.physicalLocation.region.startLine >= 1)).toBe(true);

    // Outside a repository and outside the current folder: relative to the scanned folder.
    const outside = JSON.parse((await cli(['scan', '--format', 'sarif', join(dir, 'leak', 'a.csv')], cwd)).stdout) as SarifLog;
    expect(outside.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('a.csv');
    expect(outside.runs[0]!.originalUriBaseIds['%SRCROOT%']!.description!.text).toMatch(/folder the command line scanned/);
    expect(readFileSync(join(repo, 'site', 'data', 'roster.csv'), 'utf8')).toBe(roster);
  });
});
