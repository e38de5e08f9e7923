/**
 * The published package as a user gets it: `npm pack` the repository, install the tarball in an
 * empty folder with no registry access, and run `npx asylum-pii-gate` there. The bundle must be
 * self-contained (no runtime dependency to fetch) and the tarball must ship the command line and
 * its documents, never the sources, tests or fixtures.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  engines: { node: string };
  dependencies?: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let tarball: string;
let files: string[];
let app: string;

function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      cmd,
      args,
      { cwd: app, env: { PATH: process.env.PATH, HOME: app, npm_config_cache: join(app, '.npm') } },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'apg-pack-'));
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(out, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path);
  app = mkdtempSync(join(tmpdir(), 'apg-app-'));
  writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}\n');
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: app,
    stdio: 'pipe',
    env: { PATH: process.env.PATH, HOME: app, npm_config_cache: join(app, '.npm') },
  });
}, 180_000);

describe('the npm package', () => {
  it('ships the command line and its documents, not the sources, tests or fixtures', () => {
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('LICENSE');
    expect(files).toContain('README.md');
    expect(files.filter((f) => /^(src|test|scripts|examples)\//.test(f))).toEqual([]);
    expect(pkg.bin[pkg.name]).toBe('dist/cli/index.js');
  });

  it('has no runtime dependency to fetch: the bundle is self-contained', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });

  it('declares the Node.js lines it supports (22 and later: Node 20 is past its end of life)', () => {
    expect(pkg.engines.node).toBe('>=22');
  });

  it('runs as `npx asylum-pii-gate` from an offline install of the tarball', async () => {
    const version = await run('npx', ['--no-install', 'asylum-pii-gate', '--version']);
    expect(version.stdout.trim()).toBe(`${pkg.name} ${pkg.version}`);

    const people = makePeople(12, 5);
    writeFileSync(join(app, 'roster.csv'), toCsv(rosterRows(people)));
    writeFileSync(join(app, 'stats.csv'), 'Country,Detained\nHONDURAS,1203\nGUATEMALA,998\n');
    const pass = await run('npx', ['--no-install', 'asylum-pii-gate', 'scan', 'stats.csv']);
    expect(pass.code).toBe(0);
    const block = await run('npx', ['--no-install', 'asylum-pii-gate', 'scan', '--format', 'json', 'roster.csv']);
    expect(block.code).toBe(1);
    expect(JSON.parse(block.stdout).verdict).toBe('block');
    expectNoLeak({ stdout: block.stdout, stderr: block.stderr }, plantedValues(people));
  });
});
