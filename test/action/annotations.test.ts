import { describe, expect, it } from 'vitest';
import {
  buildAnnotations,
  closingError,
  escapeData,
  escapeProperty,
  stepAnnotations,
  toWorkflowCommand,
} from '../../src/report/annotations.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { finding, report, rosterFinding, scanned } from './report-fixtures.js';

describe('workflow-command annotations', () => {
  it('escapes data and properties so untrusted text cannot start a command', () => {
    expect(escapeData('50% done\r\n::error::x')).toBe('50%25 done%0D%0A::error::x');
    expect(escapeProperty('a:b,c%\nd')).toBe('a%3Ab%2Cc%25%0Ad');
    const line = toWorkflowCommand({
      level: 'error',
      message: 'm\n::set-output name=x::y',
      properties: { file: 'evil,line=1:\n::warning::x.csv', title: 't' },
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('::error file=evil%2Cline=1%3A%0A%3A%3Awarning%3A%3Ax.csv,title=t::m%0A::set-output name=x::y');
  });

  it('is file-level for binaries with the sheet in the message, and has lines for text', () => {
    const xlsx = scanned('stats.xlsx', [rosterFinding('stats.xlsx', { sheet: 'Data', sheetState: 'hidden' })], 'xlsx');
    const text = scanned(
      'notes.md',
      [finding('notes.md', 'prose.immigration-number', 'high', { surface: 'text', lines: { first: 3, last: 9 } }, 2)],
      'markdown',
    );
    const [a, b] = buildAnnotations(report([xlsx, text]));
    expect(a!.properties).toEqual({ title: 'asylum-pii-gate: Person-level records linked to a protection claim', file: 'stats.xlsx' });
    expect(a!.message).toMatch(/sheet 'Data' \(hidden sheet\)/);
    expect(b!.properties).toMatchObject({ file: 'notes.md', line: 3, endLine: 9 });
  });

  it('groups findings on the same file and columns, most severe first', () => {
    const cols = { columns: [{ index: 1, letter: 'B', kind: 'a-number' as const }] };
    const f = scanned('roster.csv', [
      finding('roster.csv', 'person-record.immigration-number', 'high', cols),
      finding('roster.csv', 'person-record.protection-claim', 'critical', cols),
      finding('roster.csv', 'metadata.author', 'notice', { surface: 'metadata' }, 1),
    ]);
    const out = buildAnnotations(report([f]));
    expect(out.map((a) => a.level)).toEqual(['error', 'notice']);
    expect(out[0]!.message).toMatch(/^Person-level records linked to a protection claim/);
    expect(out[0]!.message).toMatch(/\+1 more finding in the same place: Immigration numbers/);
  });

  it('shows at most 10 per level, the 10th saying how many more', () => {
    const files = Array.from({ length: 14 }, (_, i) => scanned(`f${i}.csv`, [rosterFinding(`f${i}.csv`, {}, 'critical', 10 + i)]));
    const warn = Array.from({ length: 3 }, (_, i) => scanned(`w${i}.csv`, [rosterFinding(`w${i}.csv`, {}, 'warning')]));
    const out = buildAnnotations(report([...files, ...warn]));
    const errors = out.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]!.properties.file).toBe('f13.csv');
    expect(errors[9]!.message).toMatch(/^5 more blocking finding groups not shown/);
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(3);
    const reserved = buildAnnotations(report([...files, ...warn]), undefined, 2).filter((a) => a.level === 'error');
    expect(reserved).toHaveLength(8);
    expect(reserved[7]!.message).toMatch(/^7 more blocking finding groups/);
  });

  it('puts not-inspected files first and keeps identifying paths out of the file property', () => {
    const broken = { path: 'big.xlsx', status: 'not-inspected' as const, reason: 'timed-out' as const, findings: [] };
    const named = scanned('cases/Quispe_Marisol_A012345678.csv', [
      finding('cases/Quispe_Marisol_A012345678.csv', 'file-name.identifier', 'high', { surface: 'file-name' }, 1),
    ]);
    const out = buildAnnotations(report([named, broken]));
    expect(out[0]!.message).toMatch(/^Not inspected: reading the file took longer than the time limit/);
    expect(out[1]!.properties.file).toBeUndefined();
    expectNoLeak({ annotations: out.map(toWorkflowCommand).join('\n') }, ['Quispe', 'Marisol', '012345678']);
  });

  it('keeps one of the 10 error slots for the closing error, whatever else blocks', () => {
    const files = Array.from({ length: 30 }, (_, i) => scanned(`f${i}.csv`, [rosterFinding(`f${i}.csv`, {}, 'critical', 10 + i)]));
    for (const blockers of [[], ['the list of changed files may be incomplete'], ['a', 'b', 'c', 'd', 'e']]) {
      const errors = stepAnnotations(report(files), blockers).filter((a) => a.level === 'error');
      expect(errors).toHaveLength(9);
      expect(errors.filter((a) => a.message.startsWith('Blocked: '))).toHaveLength(Math.min(blockers.length, 3));
      expect(errors.at(-1)!.message).toMatch(/more blocking finding groups not shown/);
    }
  });

  it('closes with one error whose counts add up', () => {
    const r = report([
      scanned('a.csv', [
        rosterFinding('a.csv'),
        rosterFinding('a.csv', { sheet: 'S2' }),
        finding('a.csv', 'metadata.author', 'notice', { surface: 'metadata' }, 1),
      ]),
      scanned('b.csv', [rosterFinding('b.csv'), rosterFinding('b.csv', { sheet: 'S2' }), rosterFinding('b.csv', { sheet: 'S3' })]),
      { path: 'c.xlsx', status: 'not-inspected', reason: 'timed-out', findings: [] },
      { path: 'd.pdf', status: 'not-inspected', reason: 'corrupt', findings: [] },
    ]);
    // Before: "7 blocking item(s)", with "6 finding(s)" counted from every finding.
    expect(closingError(r)).toBe(
      'asylum-pii-gate: blocked: 5 blocking findings in 2 files, 2 files not inspected. See the annotations and the job summary.',
    );
    expect(closingError(r, ['x'], true)).toBe(
      'asylum-pii-gate: blocked: 5 blocking findings in 2 files, 2 files not inspected, 1 gate problem (see the summary); new commits voided the waiver; it must be applied again after review. See the annotations and the job summary.',
    );
    expect(closingError(report([scanned('s.csv', [])]))).toBeUndefined();
  });
});
