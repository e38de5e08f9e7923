/**
 * The pre-commit hook as a team runs it: `pre-commit try-repo` on this repository (its
 * .pre-commit-hooks.yaml and committed dist/) inside a fresh git repository holding a synthetic
 * roster and public statistics. The hook must fail on the roster, pass the statistics, and never
 * print a planted value. Skipped where the `pre-commit` tool is not installed (.ci/run installs it).
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';

const root = resolve(import.meta.dirname, '../..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

function preCommit(cwd: string, files: string[]): Promise<{ code: number; output: string }> {
  const env = { PATH: process.env.PATH, HOME: cwd, PRE_COMMIT_HOME: join(cwd, '.cache'), GIT_CONFIG_NOSYSTEM: '1' };
  return new Promise((done) => {
    execFile('pre-commit', ['try-repo', root, 'asylum-pii-gate', '--files', ...files], { cwd, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: String(stdout) + String(stderr) });
    });
  });
}

describe.skipIf(!hasPreCommit)('the pre-commit hook', () => {
  it('blocks a commit that adds a roster and passes one that adds statistics, without repeating a value', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'apg-precommit-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe', env: { PATH: process.env.PATH, HOME: repo } });
    git('init', '-q');
    const people = makePeople(15, 8);
    writeFileSync(join(repo, 'roster.csv'), toCsv(rosterRows(people)));
    writeFileSync(join(repo, 'stats.csv'), 'Country,Detained\nHONDURAS,1203\nGUATEMALA,998\n');
    git('add', 'roster.csv', 'stats.csv');

    const pass = await preCommit(repo, ['stats.csv']);
    expect(pass.output).toMatch(/asylum-pii-gate.*Passed/);
    expect(pass.code).toBe(0);

    const block = await preCommit(repo, ['roster.csv', 'stats.csv']);
    expect(block.code).toBe(1);
    expect(block.output).toMatch(/asylum-pii-gate.*Failed/);
    expect(block.output).toContain('roster.csv');
    expectNoLeak({ output: block.output }, plantedValues(people));
  }, 120_000);
});
