import { describe, expect, it } from 'vitest';
import { RULE_TITLES, RULES } from '../../src/core/model.js';
import { TOOL } from '../../src/core/tool.js';
import {
  FINGERPRINT_KEY,
  LINE_HASH_KEY,
  NOT_INSPECTED_RULE,
  pathToUri,
  severityLevel,
  SRCROOT,
  toSarif,
  type SarifLog,
  type SarifResult,
} from '../../src/report/sarif.js';
import { sarifProblems } from './sarif-checks.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import { bySeverity } from '../../src/report/file-status.js';
import { redactIdentifiers } from '../../src/core/redact.js';
import { CONTROL, hostileReport, IDENTIFYING_PATH, NOTES_PATH, ROSTER_PATH, sampleReport } from './sample-report.js';

const parse = (text: string) => JSON.parse(text) as SarifLog;

describe('SARIF report', () => {
  const report = sampleReport();
  const log = parse(toSarif(report));
  const run = log.runs[0]!;
  const resultsFor = (uriEnd: string) => run.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(uriEnd));

  it('passes the structural checks of the 2.1.0 schema', () => {
    expect(sarifProblems(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('the structural checks catch what they check (they can fail)', () => {
    const broken = parse(toSarif(report));
    broken.version = '2.0.0' as '2.1.0';
    const r0 = broken.runs[0]!.results[0]!;
    r0.ruleIndex = 999;
    r0.level = 'fatal' as 'error';
    r0.locations[0]!.physicalLocation.artifactLocation.uri = 'a b.csv';
    r0.locations[0]!.physicalLocation.region = { startLine: 0 };
    (r0 as { message: unknown }).message = {};
    const r1 = broken.runs[0]!.results[1]!;
    delete (r1.locations[0]!.physicalLocation as { region?: unknown }).region;
    r1.locations[0]!.physicalLocation.artifactLocation.uri = 'file:///home/x/a.csv';
    delete r1.partialFingerprints[LINE_HASH_KEY];
    const problems = sarifProblems(broken);
    expect(problems.join('\n')).toMatch(/results\[1\].*region with startLine/);
    expect(problems.join('\n')).toMatch(/results\[1\].*relative to the repository root/);
    expect(problems.join('\n')).toMatch(/results\[1\].*primaryLocationLineHash/);
    expect(problems.join('\n')).toMatch(/version/);
    expect(problems.join('\n')).toMatch(/ruleIndex/);
    expect(problems.join('\n')).toMatch(/level/);
    expect(problems.join('\n')).toMatch(/percent-encoded/);
    expect(problems.join('\n')).toMatch(/startLine/);
    expect(problems.join('\n')).toMatch(/message needs text/);
  });

  it('describes the tool with one rule per RuleId plus not-inspected', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: TOOL.name, version: TOOL.version });
    // No made-up address: informationUri is optional in SARIF and the project has no public home yet.
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r) => r.id)).toEqual([...RULES, NOT_INSPECTED_RULE]);
    for (const rule of driver.rules) {
      if (rule.id !== NOT_INSPECTED_RULE) expect(rule.shortDescription.text).toBe(RULE_TITLES[rule.id as keyof typeof RULE_TITLES]);
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('maps severities to levels', () => {
    expect([severityLevel('critical'), severityLevel('high'), severityLevel('warning'), severityLevel('notice')]).toEqual([
      'error',
      'error',
      'warning',
      'note',
    ]);
    expect(resultsFor('roster.xlsx').map((r) => r.level)).toEqual(['error', 'error', 'note']);
  });

  it('uses the finding message and fingerprint, and points at lines only for text', () => {
    const original = report.files[0]!.findings.find((f) => f.severity === 'critical')!;
    const [critical] = resultsFor('roster.xlsx') as [SarifResult];
    expect(critical.ruleId).toBe('person-record.protection-claim');
    expect(critical.message.text).toBe(original.message);
    expect(critical.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: original.fingerprint, [LINE_HASH_KEY]: `${original.fingerprint}:1` });
    // A workbook has no lines: line 1, and the sheet and cells in a logical location.
    expect(critical.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: ROSTER_PATH, uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    expect(critical.locations[0]!.logicalLocations).toEqual([{ name: 'Roster', fullyQualifiedName: 'Roster!A2:F314', kind: 'resource' }]);
    expect(critical.message.text).toContain("sheet 'Roster'");
    expect(critical.properties).toMatchObject({ severity: 'critical', blocks: true, count: 313 });

    const [prose] = resultsFor('notes.md') as [SarifResult];
    expect(prose.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: NOTES_PATH, uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, endLine: 5 },
    });
    expect(prose.locations[0]!.logicalLocations).toBeUndefined();

    // A CSV table points at the line of its first row (and only that line).
    const [csv] = resultsFor('directory.csv') as [SarifResult];
    expect(csv.locations[0]!.physicalLocation.region).toEqual({ startLine: 2 });
    expect(csv.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName).toBe('A2:A40');
  });

  it('never carries a hash other than the structural fingerprints, taken over the redacted path when the path identifies', () => {
    const expected = report.files.flatMap((file) =>
      bySeverity(file.findings).map((f) =>
        file.path === IDENTIFYING_PATH ? fingerprint(redactIdentifiers(IDENTIFYING_PATH), f.rule, f.location) : f.fingerprint,
      ),
    );
    const shown = run.results.filter((x) => x.ruleId !== NOT_INSPECTED_RULE).map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(shown).toEqual(expected);
    const identifying = report.files.find((f) => f.path === IDENTIFYING_PATH)!.findings[0]!.fingerprint;
    expect(shown).not.toContain(identifying);
  });

  it('gives every result a region, a relative URI under %SRCROOT%, and a structural line hash (GitHub code scanning)', () => {
    expect(run.results.length).toBeGreaterThan(5);
    for (const r of run.results) {
      const pl = r.locations[0]!.physicalLocation;
      expect(pl.region.startLine).toBeGreaterThanOrEqual(1);
      expect(pl.artifactLocation.uriBaseId).toBe(SRCROOT);
      expect(pl.artifactLocation.uri).not.toMatch(/^(file:|\/)/);
      // The line hash is the result's own structural fingerprint with an occurrence number,
      // so upload-sarif never hashes the line of the file (a name and an A-number).
      expect(r.partialFingerprints[LINE_HASH_KEY]).toBe(`${r.partialFingerprints[FINGERPRINT_KEY]}:1`);
    }
    expect(run.originalUriBaseIds[SRCROOT]).toEqual({ description: { text: expect.stringMatching(/root of the repository/) } });
    const custom = parse(toSarif(report, { rootDescription: 'The folder scanned' })).runs[0]!;
    expect(custom.originalUriBaseIds[SRCROOT]!.description!.text).toBe('The folder scanned');
  });

  it('numbers repeats of one structural fingerprint so line hashes stay distinct', () => {
    const twice = sampleReport();
    const roster = twice.files[0]!;
    roster.findings.push({ ...roster.findings[1]!, location: { ...roster.findings[1]!.location, rows: { first: 400, last: 420 } } });
    const hashes = parse(toSarif(twice)).runs[0]!.results.map((r) => r.partialFingerprints[LINE_HASH_KEY]);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.filter((h) => h!.startsWith(roster.findings[1]!.fingerprint))).toEqual([
      `${roster.findings[1]!.fingerprint}:1`,
      `${roster.findings[1]!.fingerprint}:2`,
    ]);
  });

  it('points inside a container or a PDF page at line 1 with a logical location, never at a made-up line', () => {
    const r = sampleReport();
    r.files[1]!.format = 'pdf';
    r.files[1]!.findings[0]!.location = { surface: 'text', page: 2, lines: { first: 7, last: 9 } };
    r.files[3]!.findings[0]!.location = { ...r.files[3]!.findings[0]!.location, entry: 'inner/list.csv' };
    const results = parse(toSarif(r)).runs[0]!.results;
    const pdf = results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('notes.md'))!;
    expect(pdf.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    expect(pdf.locations[0]!.logicalLocations).toEqual([{ name: 'page 2', fullyQualifiedName: 'page 2', kind: 'object' }]);
    const inner = results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('directory.csv'))!;
    expect(inner.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    expect(inner.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName).toBe('inner/list.csv!A2:A40');
  });

  it('marks accepted findings as suppressed', () => {
    const [accepted] = resultsFor('accepted.csv') as [SarifResult];
    expect(accepted.suppressions).toEqual([{ kind: 'external', justification: 'Consent on file, ticket PRIV-42' }]);
    expect(accepted.properties.blocks).toBe(false);
  });

  it('reports not-inspected files as results and as tool notifications', () => {
    const [ni] = resultsFor('huge.csv') as [SarifResult];
    expect(ni).toMatchObject({ ruleId: NOT_INSPECTED_RULE, level: 'error', properties: { blocks: true, reason: 'too-large' } });
    expect(ni.message.text).toBe(
      'Not inspected: the file is larger than the size limit (2048 bytes; the limit is 1024). The gate cannot say this file is safe.',
    );
    const notes = run.invocations[0]!.toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ level: 'error', descriptor: { id: NOT_INSPECTED_RULE }, message: { text: ni.message.text } });
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    const warn = parse(toSarif(sampleReport({ notInspectedBlocks: false }))).runs[0]!;
    expect(warn.results.find((r) => r.ruleId === NOT_INSPECTED_RULE)!.level).toBe('warning');
    expect(warn.invocations[0]!.toolExecutionNotifications[0]!.level).toBe('warning');
  });

  it('gives skipped files and clean files no result', () => {
    expect(resultsFor('logo.png')).toEqual([]);
    expect(resultsFor('stats.csv')).toEqual([]);
  });

  it('encodes paths as relative URIs and redacts identifying ones', () => {
    expect(pathToUri('site/my data/#1 100%.csv')).toBe('site/my%20data/%231%20100%25.csv');
    expect(pathToUri('site/Año/ñ.csv')).toBe('site/A%C3%B1o/%C3%B1.csv');
    expect(pathToUri('/tmp/x y.csv')).toBe('file:///tmp/x%20y.csv');
    const text = toSarif(report);
    expect(text).not.toContain('Garcia');
    expect(text).not.toContain('012345678');
    expect(resultsFor('.pdf')[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`cases/${encodeURIComponent('…_…_A….pdf')}`);
  });

  it('keeps hostile names inert', () => {
    const hostile = parse(toSarif(hostileReport()));
    expect(sarifProblems(hostile)).toEqual([]);
    const strings: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(hostile);
    for (const s of strings) expect(s).not.toMatch(CONTROL);
    for (const s of strings) expect(s).not.toMatch(/[\r\n]/);
  });
});
