import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { scan } from '../../src/scan/scanner.js';
import { expandPaths } from '../../src/scan/walk.js';

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
});
