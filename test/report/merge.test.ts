/**
 * The shared merge of shard reports (src/report/merge.ts) and the report loader
 * (src/report/load-reports.ts): a lossless round trip through the JSON report, one verdict,
 * fail-closed answers to a missing shard, and refusal of reports that are not one audit's or
 * were edited, without ever repeating what an edited report planted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileResult, ScanReport } from '../../src/core/model.js';
import { buildReport } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';
import { toJsonReport, type JsonReport } from '../../src/report/json.js';
import { mergeReports, settingsDigest, type NamedReport } from '../../src/report/merge.js';
import { expandReportPaths, loadReports } from '../../src/report/load-reports.js';
import { shardOf } from '../../src/scan/shard.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues } from '../fixtures/people.js';
import { sampleFiles } from './sample-report.js';

const COMMIT = 'c0ffee'.padEnd(40, '1');
const SETTINGS = settingsDigest({ failOn: 'high', paths: [] });
const planted = plantedValues(makePeople(5, 77));
const secret = planted.find((v) => /[a-z]/i.test(v) && v.length >= 8)!;

/** The sample files split into `count` shards by path, each a JSON report as the Action writes it. */
function shardJson(count: number, extra: Partial<ScanReport> = {}, files: FileResult[] = sampleFiles()): JsonReport[] {
  return Array.from({ length: count }, (_, i) => {
    const mine = files.filter((f) => shardOf(f.path, count) === i + 1);
    const report = buildReport(mine, { failOn: 'high', notInspectedBlocks: true }, TOOL);
    Object.assign(report, { shard: { index: i + 1, count }, commit: COMMIT, settings: SETTINGS, ...extra });
    return toJsonReport(report);
  });
}

const named = (reports: unknown[]): NamedReport[] => reports.map((value, i) => ({ name: `report 'shard-${i + 1}.json'`, value }));
/** Through JSON text, as a file would carry it. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);

describe('mergeReports', () => {
  it('gives back, from 3 shards, the report of one run: every file, finding and field, one verdict', () => {
    const whole = toJsonReport(buildReport(sampleFiles(), { failOn: 'high', notInspectedBlocks: true }, TOOL));
    const shards = shardJson(3).map(copy);
    expect(shards.every((s) => s.files.length > 0)).toBe(true);
    const out = mergeReports(named(shards));
    expect(out.refused).toEqual([]);
    expect(out.missing).toEqual([]);
    expect(out.shards).toEqual({ count: 3, given: 3 });
    const merged = toJsonReport(out.report);
    expect(merged.files).toEqual([...whole.files].sort(byPath));
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.verdict).toBe('block');
    expect(merged.commit).toBe(COMMIT);
    expect(merged.settings).toBe(SETTINGS);
    expect(merged.shard).toBeUndefined();
    expect(merged.blockers).toBeUndefined();
  });

  it('blocks on a missing shard, keeping the files of the others, even when they are all clean', () => {
    const clean: FileResult[] = Array.from({ length: 12 }, (_, i) => ({ path: `site/p-${i}.md`, status: 'scanned', findings: [] }));
    const shards = shardJson(4, {}, clean);
    const out = mergeReports(named([shards[0], shards[1], shards[3]]));
    expect(out.refused).toEqual([]);
    expect(out.missing).toEqual([expect.stringMatching(/^shard 3\/4 is missing/)]);
    expect(out.report.files.length).toBe(12 - shards[2]!.files.length);
    expect(out.report.summary.blocking).toBe(0);
    const json = toJsonReport(out.report);
    expect(json.verdict).toBe('block');
    expect(json.blockers).toEqual([expect.stringMatching(/^shard 3\/4 is missing/)]);
  });

  it('keeps what blocked a shard besides its files (an incomplete listing), naming the shard', () => {
    const shards = shardJson(2);
    const blocked = shardJson(2, { blockers: ['the list of changed files may be incomplete (the tree is truncated)'] })[1]!;
    const out = mergeReports(named([shards[0], copy(blocked)]));
    expect(out.refused).toEqual([]);
    expect(out.report.blockers).toEqual(['shard 2/2: the list of changed files may be incomplete (the tree is truncated)']);
  });

  it.each([
    ['another commit', (r: JsonReport) => void (r.commit = 'd'.repeat(40)), /scanned another commit/],
    ['other settings', (r: JsonReport) => void (r.settings = settingsDigest({ failOn: 'high', paths: ['site'] })), /other settings/],
    ['another tool version', (r: JsonReport) => void (r.tool = { ...r.tool, version: '9.9.9' }), /another version of the tool/],
    ['a report of a 3-shard run', (r: JsonReport) => void (r.shard = { index: 2, count: 3 }), /not shards of one audit/],
    ['a report without a shard', (r: JsonReport) => void delete r.shard, /not shards of one audit/],
    ['shard 1 twice', (r: JsonReport) => void (r.shard = { index: 1, count: 2 }), /shard 1\/2 is given more than once/],
  ])('refuses %s: nothing is merged and the verdict blocks', (_what, edit, message) => {
    const shards = shardJson(2).map(copy);
    edit(shards[1]!);
    const out = mergeReports(named(shards), 'critical');
    expect(out.refused).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect(out.report.files).toEqual([]);
    expect(out.report.failOn).toBe('critical');
    expect(toJsonReport(out.report).verdict).toBe('block');
  });

  it('refuses overlapping reports and an empty list', () => {
    const one = shardJson(1).map(copy)[0]!;
    delete one.shard;
    expect(mergeReports(named([one, copy(one)])).refused).toEqual([expect.stringMatching(/appear in more than one report/)]);
    const none = mergeReports([]);
    expect(none.refused).toEqual(['no report was given: nothing was merged']);
    expect(toJsonReport(none.report).verdict).toBe('block');
  });

  it('drops unknown fields, so a value planted in one never reaches the merged report', () => {
    const shards = shardJson(2).map(copy);
    const file = shards[0]!.files.find((f) => f.findings.length)!;
    Object.assign(file, { note: secret });
    Object.assign(file.findings[0]!, { sample: secret });
    Object.assign(file.findings[0]!.location, { value: secret });
    Object.assign(shards[0]!, { extra: { secret } });
    const out = mergeReports(named(shards));
    expect(out.refused).toEqual([]);
    expectNoLeak({ merged: JSON.stringify(toJsonReport(out.report)) }, planted);
  });

  it.each([
    [
      'a finding removed without its summary',
      (r: JsonReport) => void r.files.find((f) => f.findings.length)!.findings.pop(),
      /summary does not match/,
    ],
    ['the verdict turned to pass', (r: JsonReport) => void (r.verdict = 'pass'), /verdict does not match/],
    [
      'a value as fingerprint',
      (r: JsonReport) => void (r.files.find((f) => f.findings.length)!.findings[0]!.fingerprint = secret),
      /file entry \d+ is not valid/,
    ],
    [
      'a value as column kind',
      (r: JsonReport) =>
        void (r.files.find((f) => f.findings.length)!.findings[0]!.location.columns = [{ index: 0, kind: secret as 'other' }]),
      /file entry \d+ is not valid/,
    ],
    ['an unknown status', (r: JsonReport) => void ((r.files[0] as { status: string }).status = secret), /file entry 1 is not valid/],
    ['a value as commit', (r: JsonReport) => void (r.commit = secret), /commit is not a commit id/],
    [
      'a blocker that is not text',
      (r: JsonReport) => void ((r as { blockers: unknown }).blockers = [{ secret }]),
      /blockers are not valid/,
    ],
    ['another schema', (r: JsonReport) => void ((r as { $schema: string }).$schema = secret), /not an asylum-pii-gate JSON report/],
  ])('refuses a report with %s, naming it and the field, never the value', (_what, edit, message) => {
    const shards = shardJson(2).map(copy);
    // Make sure shard 1 has a finding to edit.
    const target = shards.find((s) => s.files.some((f) => f.findings.length))!;
    edit(target);
    const out = mergeReports(named(shards));
    expect(out.refused).toEqual([expect.stringMatching(message)]);
    expect(out.refused[0]).toMatch(/^report 'shard-\d\.json': .*; it is refused$/);
    expectNoLeak({ refused: out.refused.join('\n'), merged: JSON.stringify(toJsonReport(out.report)) }, planted);
  });
});

describe('settingsDigest', () => {
  it('ignores key order and undefined fields, and changes with any setting', () => {
    const a = settingsDigest({ failOn: 'high', limits: { timeoutMs: 1, maxFileSize: 2 }, x: undefined });
    expect(settingsDigest({ limits: { maxFileSize: 2, timeoutMs: 1 }, failOn: 'high' })).toBe(a);
    expect(settingsDigest({ failOn: 'high', limits: { timeoutMs: 1, maxFileSize: 3 } })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('loading report files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apg-merge-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes folders (every .json under them), globs and files, each once, and says what matched nothing', async () => {
    mkdirSync(join(dir, 'reports', 'pii-report-1'), { recursive: true });
    mkdirSync(join(dir, 'reports', 'pii-report-2'), { recursive: true });
    writeFileSync(join(dir, 'reports', 'pii-report-1', 'report-1-of-2.json'), '{}');
    writeFileSync(join(dir, 'reports', 'pii-report-2', 'report-2-of-2.json'), '{}');
    writeFileSync(join(dir, 'reports', 'pii-report-2', 'report-2-of-2.sarif'), '{}');
    const folder = await expandReportPaths(['reports'], dir);
    expect(folder).toEqual({ paths: ['reports/pii-report-1/report-1-of-2.json', 'reports/pii-report-2/report-2-of-2.json'], problems: [] });
    const glob = await expandReportPaths(['reports/*/report-*.json', 'reports/pii-report-1/report-1-of-2.json'], dir);
    expect(glob.paths).toEqual(folder.paths);
    const none = await expandReportPaths(['nowhere', 'reports/*.json'], dir);
    expect(none.problems).toEqual(["'nowhere' is neither a file nor a folder", "'reports/*.json' holds no JSON report"]);
  });

  it('names a file that is not JSON without quoting it', async () => {
    writeFileSync(join(dir, 'bad.json'), `{"path": "${secret}`);
    const r = await loadReports(['bad.json'], dir);
    expect(r.reports).toEqual([]);
    expect(r.problems).toEqual(["report 'bad.json' could not be read as JSON"]);
  });
});
