/**
 * The report files the Action writes under RUNNER_TEMP: a shard's are named after it, so that
 * download-artifact's merge-multiple keeps the shards' reports apart for the merge job.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReports } from '../../src/action/report-files.js';
import { sampleReport } from '../report/sample-report.js';

describe('writeReports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apg-report-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a shard’s report report-i-of-n, and any other report.json', async () => {
    const whole = await writeReports(sampleReport(), dir);
    expect(whole).toEqual({ report: join(dir, 'report.json'), sarif: join(dir, 'report.sarif') });
    const report = { ...sampleReport(), shard: { index: 2, count: 4 } };
    const shard = await writeReports(report, dir);
    expect(shard).toEqual({ report: join(dir, 'report-2-of-4.json'), sarif: join(dir, 'report-2-of-4.sarif') });
    expect(JSON.parse(readFileSync(shard.report, 'utf8')).shard).toEqual({ index: 2, count: 4 });
  });
});
