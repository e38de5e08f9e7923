import { describe, expect, it } from 'vitest';
import { RULE_TITLES } from '../../src/core/model.js';
import { TOOL } from '../../src/core/tool.js';
import { JSON_REPORT_SCHEMA, toJson, type JsonReport } from '../../src/report/json.js';
import { CONTROL, hostileReport, IDENTIFYING_PATH, ROSTER_PATH, sampleReport } from './sample-report.js';

describe('JSON report', () => {
  const report = sampleReport();
  const text = toJson(report);
  const doc = JSON.parse(text) as JsonReport;
  const file = (path: string) => doc.files.find((f) => f.path.endsWith(path))!;

  it('is one document with schema, tool version, fail level, verdict and summary', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(doc.$schema).toBe(JSON_REPORT_SCHEMA);
    expect(doc.$schema).toMatch(/v\d+$/);
    expect(doc.tool).toEqual({ name: TOOL.name, version: TOOL.version });
    expect(doc.failOn).toBe('high');
    expect(doc.notInspectedBlocks).toBe(true);
    expect(doc.verdict).toBe('block');
    expect(doc.summary).toEqual(report.summary);
    expect(doc.files).toHaveLength(report.files.length);
  });

  it('gives every file its status, verdict and, when not scanned, the reason in words', () => {
    expect(file('roster.xlsx')).toMatchObject({ path: ROSTER_PATH, status: 'scanned', verdict: 'block', format: 'xlsx', bytes: 40000 });
    expect(file('stats.csv')).toMatchObject({ status: 'scanned', verdict: 'pass', findings: [] });
    expect(file('huge.csv')).toMatchObject({
      status: 'not-inspected',
      verdict: 'block',
      reason: 'too-large',
      reasonText: 'the file is larger than the size limit',
      detail: '2048 bytes; the limit is 1024',
    });
    expect(file('logo.png')).toMatchObject({ status: 'skipped', verdict: 'skipped', reason: 'binary-media' });
    expect(file('logo.png').reasonText).toMatch(/^an image/);
    expect(file('stats.csv')).not.toHaveProperty('reasonText');
  });

  it('lists findings most severe first with rule title, blocking flag and fingerprint', () => {
    const findings = file('roster.xlsx').findings;
    expect(findings.map((f) => f.severity)).toEqual(['critical', 'high', 'notice']);
    expect(findings.map((f) => f.blocks)).toEqual([true, true, false]);
    const original = report.files[0]!.findings.find((f) => f.severity === 'critical')!;
    expect(findings[0]).toMatchObject({
      rule: 'person-record.protection-claim',
      ruleTitle: RULE_TITLES['person-record.protection-claim'],
      message: original.message,
      count: 313,
      fingerprint: original.fingerprint,
      location: { sheet: 'Roster', sheetState: 'hidden', rows: { first: 2, last: 314 } },
    });
    expect(file('accepted.csv').findings[0]).toMatchObject({
      blocks: false,
      accepted: { reason: 'Consent on file, ticket PRIV-42', by: 'octo-privacy' },
    });
  });

  it('says pass when nothing blocks', () => {
    const pass = JSON.parse(toJson(sampleReport({ failOn: 'critical', notInspectedBlocks: false }))) as JsonReport;
    expect(pass.verdict).toBe('block'); // the critical roster still blocks
    expect(pass.files.find((f) => f.path.endsWith('huge.csv'))!.verdict).toBe('not-inspected');
  });

  it('redacts a path that carries an identifier and says so', () => {
    const f = doc.files.find((x) => x.path.startsWith('cases/'))!;
    expect(f.path).toBe('cases/…_…_A….pdf');
    expect(f.pathRedacted).toBe(true);
    const original = report.files.find((x) => x.path === IDENTIFYING_PATH)!.findings[0]!.fingerprint;
    expect(f.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{24}$/);
    expect(f.findings[0]!.fingerprint).not.toBe(original);
    expect(text).not.toContain('012345678');
    expect(text).not.toContain(IDENTIFYING_PATH);
    expect(file('roster.xlsx')).not.toHaveProperty('pathRedacted');
  });

  it('flattens control characters out of paths, sheet names, headers and details', () => {
    const hostile = JSON.parse(toJson(hostileReport())) as JsonReport;
    const strings: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(hostile);
    expect(strings.length).toBeGreaterThan(10);
    for (const s of strings) expect(s).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(hostile.files[0]!.findings[0]!.location.sheet).toContain('::warning::injected');
    expect(CONTROL.test(hostileReport().files[0]!.findings[0]!.location.sheet!)).toBe(true);
  });
});
