import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { scan } from '../../src/scan/scanner.js';
import { expandPaths } from '../../src/scan/walk.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';

describe('scanner over the worker pool', () => {
  it('scans files in workers and keeps input order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-scan-'));
    writeFileSync(join(dir, 'b.txt'), 'plain words\n');
    writeFileSync(join(dir, 'a.txt'), 'more words\n');
    writeFileSync(join(dir, 'empty.csv'), '');
    const files = await expandPaths([dir], dir);
    expect(files.map((f) => f.displayPath)).toEqual(['a.txt', 'b.txt', 'empty.csv']);
    const report = await scan(files, resolveScanOptions({ concurrency: 2 }));
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['a.txt', 'scanned'],
      ['b.txt', 'scanned'],
      ['empty.csv', 'skipped'],
    ]);
  });

  it('reports a file over the size limit as not-inspected and blocking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-scan-'));
    writeFileSync(join(dir, 'big.csv'), 'x'.repeat(2048));
    const files = await expandPaths([dir], dir);
    const report = await scan(files, resolveScanOptions({ limits: { maxFileSize: 1024 } }));
    expect(report.files[0]).toMatchObject({ status: 'not-inspected', reason: 'too-large' });
    expect(report.summary.blocking).toBe(1);
  });

  it('follows a symbolic link to a file inside the repository, and refuses one out of it, to a device or to a folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'apg-outside-'));
    const people = makePeople(5, 31);
    writeFileSync(join(outside, 'roster.csv'), toCsv(rosterRows(people)));
    const dir = mkdtempSync(join(tmpdir(), 'apg-scan-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private', 'roster.csv'), toCsv(rosterRows(people)));
    mkdirSync(join(dir, 'site'));
    symlinkSync('../private/roster.csv', join(dir, 'site', 'link.csv'));
    symlinkSync(join(outside, 'roster.csv'), join(dir, 'site', 'out.csv'));
    symlinkSync('/dev/zero', join(dir, 'site', 'zero.csv'));
    symlinkSync('../private', join(dir, 'site', 'dirlink'));
    symlinkSync('nowhere.csv', join(dir, 'site', 'dangling.csv'));
    const files = await expandPaths(['site'], dir);
    expect(files.map((f) => f.displayPath)).toEqual([
      'site/dangling.csv',
      'site/dirlink',
      'site/link.csv',
      'site/out.csv',
      'site/zero.csv',
    ]);
    const report = await scan(files, resolveScanOptions({ limits: { timeoutMs: 30_000 } }));
    const by = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(by['site/dangling.csv']).toMatchObject({ status: 'scanned' });
    expect(by['site/dirlink']).toMatchObject({ status: 'not-inspected', reason: 'link-to-folder' });
    expect(by['site/link.csv']!.status).toBe('scanned');
    expect(by['site/link.csv']!.findings.some((x) => x.rule.startsWith('person-record'))).toBe(true);
    expect(by['site/out.csv']).toMatchObject({ status: 'not-inspected', reason: 'link-out-of-repository' });
    expect(by['site/zero.csv']).toMatchObject({ status: 'not-inspected', reason: 'link-out-of-repository' });
    expectNoLeak({ report: JSON.stringify(report) }, plantedValues(people));
  });

  it('reports a Git LFS pointer as not inspected, with what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-scan-'));
    writeFileSync(join(dir, 'roster.csv'), `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 123456\n`);
    writeFileSync(join(dir, 'notes.txt'), 'version https://git-lfs.github.com/spec/v1 is the LFS pointer format.\n');
    const report = await scan(await expandPaths([dir], dir), resolveScanOptions({}));
    expect(report.files.map((f) => [f.path, f.status, f.reason ?? ''])).toEqual([
      ['notes.txt', 'scanned', ''],
      ['roster.csv', 'not-inspected', 'stored-in-git-lfs'],
    ]);
    expect(report.files[1]!.detail).toMatch(/lfs: true/);
    expect(report.summary.blocking).toBe(1);
  });
});
