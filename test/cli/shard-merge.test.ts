/**
 * A whole-repository audit split over a job matrix: `scan --shard i/n` on each job, `merge` of
 * the JSON reports. The shards together scan every file exactly once and the merged report has
 * the findings of one single run; a missing or repeated shard fails the merge (exit 2).
 * (The bench runs the same on a 5,000-file site; here 160 files keep the test quick.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { JsonReport } from '../../src/report/json.js';
import { parseShard, shardOf } from '../../src/scan/shard.js';
import { writeSite } from '../fixtures/site.js';
import { parseArgs } from '../../src/cli/args.js';
import { readInputs, type InputName } from '../../src/action/inputs.js';
import { readRun } from '../../src/action/event.js';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const essence = (r: JsonReport) =>
  r.files.map((f) => ({
    path: f.path,
    status: f.status,
    reason: f.reason,
    findings: f.findings.map((x) => [x.rule, x.severity, x.count, x.fingerprint, x.message]),
  }));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apg-shard-'));
  writeSite(join(dir, 'site'), 160, 40);
});

describe('shards', () => {
  it('parse i/n and reject everything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '2.5/4', '2', '-1/4', '1/257', 'a/b']) expect(parseShard(bad)).toBeUndefined();
    expect(parseArgs(['scan', '--shard', '3/2', 'x'])).toMatchObject({ command: 'usage-error' });
  });

  it('are an Action input for scheduled and manual audits', () => {
    const get = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name] ?? '';
    const ok = readInputs(get({ token: 't', shard: '2/4' }));
    expect(ok.ok && ok.inputs.shard).toEqual({ index: 2, count: 4 });
    const bad = readInputs(get({ token: 't', shard: '4/2' }));
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringContaining('shard must be I/N')]);
    expect(readRun({ eventName: 'schedule', payload: {}, sha: 'a'.repeat(40), ref: 'refs/heads/main' })).toMatchObject({
      ok: true,
      run: { kind: 'workflow_dispatch' },
    });
  });

  it('assign a path to the same shard every time, and spread paths over all shards', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`site/page-${i}.html`, 4) - 1]!++;
    expect(shardOf('site/a.csv', 4)).toBe(shardOf('site/a.csv', 4));
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it('scanned in 4 shards and merged give the findings of one run', async () => {
    const one = await cli(['scan', '--format', 'json', 'site'], dir);
    expect(one.code).toBe(1);
    const single = JSON.parse(one.stdout) as JsonReport;
    expect(single.files).toHaveLength(160);
    expect(single.files.filter((f) => f.findings.some((x) => x.blocks))).toHaveLength(4);
    const names: string[] = [];
    const sizes: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const r = await cli(['scan', '--format', 'json', '--shard', `${i}/4`, 'site'], dir);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.shard).toEqual({ index: i, count: 4 });
      sizes.push(report.files.length);
      writeFileSync(join(dir, `shard-${i}.json`), r.stdout);
      names.push(`shard-${i}.json`);
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(160);
    expect(Math.min(...sizes)).toBeGreaterThan(0);

    const merged = await cli(['merge', '--format', 'json', ...names], dir);
    expect(merged.code).toBe(1);
    const report = JSON.parse(merged.stdout) as JsonReport;
    expect(essence(report)).toEqual(essence(single));
    expect(report.summary).toEqual(single.summary);
    expect(report.verdict).toBe('block');

    const sarif = await cli(['merge', '--format', 'sarif', '--output', 'merged.sarif', ...names], dir);
    expect(sarif.code).toBe(1);
    expect(
      (JSON.parse(readFileSync(join(dir, 'merged.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.length,
    ).toBeGreaterThanOrEqual(4);
    const summary = await cli(['merge', '--format', 'summary', ...names], dir);
    expect(summary.stdout).toContain('Blocked');

    const missing = await cli(['merge', ...names.slice(0, 3)], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('shard 4/4 is missing');
    writeFileSync(join(dir, 'shard-1-again.json'), readFileSync(join(dir, names[0]!)));
    const twice = await cli(['merge', ...names, 'shard-1-again.json'], dir);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('shard 1/4 is given more than once');
  }, 300_000);

  it('refuse a report that is not one, without quoting it', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({
        $schema: 'asylum-pii-gate/report-v1',
        failOn: 'high',
        notInspectedBlocks: true,
        tool: { name: 'x', version: '1' },
        files: [{ path: 'Marisol Quispe', status: 'exploded', findings: [] }],
      }),
    );
    const r = await cli(['merge', 'bad.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('file entry 1 is not valid');
    expect(r.stderr).not.toContain('Marisol');
  });
});
