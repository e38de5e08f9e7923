import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import type { Finding } from '../../src/core/model.js';
import { buildReport } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';
import { createAnalyzer, type Analyzer } from '../../src/detect/analyzer.js';
import { ReadError, type Reader } from '../../src/readers/types.js';
import { loadCode } from '../../src/readers/loading.js';
import { toJson } from '../../src/report/json.js';
import { toText } from '../../src/report/text.js';
import { scanFile, type ScanParts } from '../../src/scan/scan-file.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows } from '../fixtures/people.js';

const people = makePeople(5, 404);
const planted = plantedValues(people);
const options = resolveScanOptions();

/** An analyzer that makes one finding per table it saw rows in (stands in for detection). */
function countingAnalyzer(): Analyzer {
  const findings: Finding[] = [];
  return {
    beginTable() {
      let rows = 0;
      return {
        row() {
          rows++;
        },
        end() {
          if (rows)
            findings.push({
              rule: 'person-record.protection-claim',
              severity: 'critical',
              message: `${rows} rows of people.`,
              location: { surface: 'cells' },
              count: rows,
              fingerprint: 'fp',
            });
        },
      };
    },
    prose() {},
    observe() {},
    finish: () => findings,
  };
}

/** A reader that pushes the roster, then fails the way `fail` says. */
function rowsThen(fail: () => never, endTable = true): Reader {
  return async (_input, sink) => {
    const table = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true });
    rosterRows(people).forEach((cells, i) => table.row(i + 1, cells));
    if (endTable) table.end();
    fail();
  };
}

const parts = (reader: Reader, analyzer: (path: string) => Analyzer = countingAnalyzer): ScanParts => ({
  readerFor: () => reader,
  createAnalyzer: analyzer,
});

const target = { displayPath: 'data/roster.csv', data: new TextEncoder().encode('a,b\n1,2\n') };

function outputs(result: Awaited<ReturnType<typeof scanFile>>) {
  const report = buildReport([result], options, TOOL);
  return { json: toJson(report), text: toText(report) };
}

describe('scanFile turns failures into not-inspected results', () => {
  it('keeps findings made before a reader fails', async () => {
    const result = await scanFile(
      target,
      options,
      parts(
        rowsThen(() => {
          throw new ReadError('truncated');
        }),
      ),
    );
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'truncated' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.count).toBe(people.length + 1);
    expectNoLeak(outputs(result), planted);
  });

  it('names a library error "corrupt" and never passes its message on', async () => {
    const message = `Invalid row: ${people[0]!.lastFirst},${people[0]!.aNumber}`;
    const result = await scanFile(
      target,
      options,
      parts(
        rowsThen(() => {
          throw new Error(message);
        }),
      ),
    );
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'corrupt' });
    expect(result.detail).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    const out = outputs(result);
    expect(out.text).toContain('not inspected');
    expectNoLeak(out, planted);
  });

  it('names a stack overflow "too-deep"', async () => {
    const overflow: Reader = async () => {
      const deep = (n: number): number => deep(n + 1) + 1;
      deep(0);
    };
    const result = await scanFile(target, options, parts(overflow));
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'too-deep' });
  });

  it('a thrown non-error value is corrupt too', async () => {
    const result = await scanFile(
      target,
      options,
      parts(async () => {
        throw people[0]!.fullName;
      }),
    );
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'corrupt' });
    expectNoLeak(outputs(result), planted);
  });

  it('reports internal-error when detection itself fails', async () => {
    const broken = (): Analyzer => ({
      ...countingAnalyzer(),
      finish: () => {
        throw new Error(people[1]!.fullName);
      },
    });
    const result = await scanFile(
      target,
      options,
      parts(async () => undefined, broken),
    );
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'internal-error' });
    expectNoLeak(outputs(result), planted);
  });

  it('keeps what real detection found before a reader failed', async () => {
    const result = await scanFile(
      target,
      options,
      parts(
        rowsThen(() => {
          throw new Error(people[2]!.aNumber);
        }),
        (path) => createAnalyzer(path, options.detect),
      ),
    );
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'corrupt' });
    expect(result.findings.some((f) => f.severity === 'critical')).toBe(true);
    expectNoLeak(outputs(result), planted);
  });

  it('stops waiting for a stuck reader before the time limit and keeps the findings made so far', async () => {
    const stuck: Reader = async (_input, sink) => {
      const table = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true });
      rosterRows(people).forEach((cells, i) => table.row(i + 1, cells));
      table.end();
      await new Promise(() => undefined);
    };
    const short = resolveScanOptions({ limits: { timeoutMs: 600 } });
    const result = await scanFile(
      target,
      short,
      parts(stuck, (path) => createAnalyzer(path, short.detect)),
    );
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'timed-out' });
    expect(result.findings.some((f) => f.severity === 'critical')).toBe(true);
    expectNoLeak(outputs(result), planted);
  });

  it('does not count the time reader code takes to load against the file', async () => {
    // The reader's code takes three times the file's whole limit to load (a busy machine).
    const short = resolveScanOptions({ limits: { timeoutMs: 600 } });
    const slowLoad: Reader = async (input, sink, context) => {
      const reader = await loadCode(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1_800));
        return rowsThen(() => undefined as never);
      });
      return reader(input, sink, context);
    };
    const result = await scanFile(target, short, parts(slowLoad));
    expect(result.status).toBe('scanned');
    expect(result.findings).toHaveLength(1);
  });

  it('scans when the reader finishes', async () => {
    const result = await scanFile(
      target,
      options,
      parts(async (_i, sink) => sink.beginTable({ surface: 'cells', shape: 'grid' }).end()),
    );
    expect(result.status).toBe('scanned');
  });
});
