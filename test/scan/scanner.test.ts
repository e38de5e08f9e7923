import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('never follows a symbolic link: a link to a roster or to a device is read as its own text', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'apg-outside-'));
    const people = makePeople(5, 31);
    writeFileSync(join(outside, 'roster.csv'), toCsv(rosterRows(people)));
    const dir = mkdtempSync(join(tmpdir(), 'apg-scan-'));
    symlinkSync(join(outside, 'roster.csv'), join(dir, 'link.csv'));
    symlinkSync('/dev/zero', join(dir, 'zero.csv'));
    symlinkSync(outside, join(dir, 'dirlink'));
    const files = await expandPaths([dir], dir);
    expect(files.map((f) => f.displayPath)).toEqual(['dirlink', 'link.csv', 'zero.csv']);
    const report = await scan(files, resolveScanOptions({ limits: { timeoutMs: 30_000 } }));
    for (const f of report.files) {
      expect(f.status, f.path).toBe('scanned');
      expect(f.findings.filter((x) => x.rule.startsWith('person-record')), f.path).toEqual([]);
    }
    expectNoLeak({ report: JSON.stringify(report) }, plantedValues(people));
  });
});
