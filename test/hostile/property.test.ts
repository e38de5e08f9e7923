/**
 * Property: whatever is done to a file's bytes (bit flips, truncation, insertions, duplicated
 * chunks), scanning it never throws, ends scanned / not-inspected / skipped, and no planted
 * value reaches the JSON, text or SARIF report. Every format is mutated, in-process through
 * scanFile and (fewer cases) through the worker pool. Bounded: fixed seeds, fixed case counts.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import type { FileResult } from '../../src/core/model.js';
import { buildReport } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';
import { toJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { toText } from '../../src/report/text.js';
import { scanFile } from '../../src/scan/scan-file.js';
import { scan } from '../../src/scan/scanner.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { captureOutput, hasStackTrace } from './capture.js';
import { cleanFixtures, PLANTED, type Fixture, type FixtureFormat } from './fixtures.js';

const SEED = 20_221_128;
/**
 * `npm test` runs a quarter of the cases (same seeds, so the first quarter of the full run);
 * `npm run test:full-property` (APG_PROPERTY_FULL=1, a separate CI step) runs them all.
 */
const SCALE = process.env.APG_PROPERTY_FULL ? 1 : 0.25;
/** Cases per format in-process; PDF parsing is slower, so it gets fewer. */
const IN_PROCESS_RUNS: Partial<Record<FixtureFormat, number>> = { pdf: Math.ceil(100 * SCALE) };
const DEFAULT_RUNS = Math.ceil(200 * SCALE);
/** Cases per format through the worker pool. */
const POOL_RUNS = Math.ceil(8 * SCALE);

const options = resolveScanOptions({ concurrency: 4, limits: { maxDecompressedSize: 64 * 1024 * 1024, timeoutMs: 30_000 } });

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate'; from: number; length: number; to: number };

/**
 * Positions are fractions of the current length, so one mutation list fits any file. Unbiased:
 * fast-check's default bias towards 0 would make most truncations empty files.
 */
const FRACTION_STEPS = 1 << 20;
const position = fc.noBias(fc.integer({ min: 0, max: FRACTION_STEPS - 1 })).map((n) => n / FRACTION_STEPS);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 64 }),
      // Bytes that matter to parsers: quotes, delimiters, brackets, NUL, BOMs, angle brackets.
      fc.constantFrom(
        ...['"', ',', '\t', '\n', '\r', '{', '[', '}', ']', '<', '>', '\u0000', '\ufeff', '\\', '|', '%PDF', 'PK\u0003\u0004'].map(
          (s) => new Uint8Array(Buffer.from(s, 'utf8')),
        ),
      ),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), from: position, length: fc.integer({ min: 1, max: 4096 }), to: position }),
);

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

export function applyMutation(data: Buffer, m: Mutation): Buffer {
  const at = (f: number) => Math.floor(f * data.length);
  switch (m.kind) {
    case 'flip': {
      if (data.length === 0) return data;
      const out = Buffer.from(data);
      out[at(m.at)]! ^= 1 << m.bit;
      return out;
    }
    case 'truncate':
      return data.subarray(0, at(m.at));
    case 'insert':
      return Buffer.concat([data.subarray(0, at(m.at)), m.bytes, data.subarray(at(m.at))]);
    case 'duplicate': {
      const from = at(m.from);
      const chunk = data.subarray(from, from + m.length);
      return Buffer.concat([data.subarray(0, at(m.to)), chunk, data.subarray(at(m.to))]);
    }
  }
}

const mutate = (data: Buffer, ms: readonly Mutation[]) => ms.reduce(applyMutation, data);

const STATUSES = ['scanned', 'not-inspected', 'skipped'];

function reportOutputs(results: FileResult[]): Record<string, string> {
  const report = buildReport(results, options, TOOL);
  return { json: toJson(report), text: toText(report), sarif: toSarif(report) };
}

function checkOutputs(outputs: Record<string, string>): void {
  expectNoLeak(outputs, PLANTED);
  for (const [channel, text] of Object.entries(outputs)) expect(hasStackTrace(text), channel).toBe(false);
}

const tally = { cases: 0, mutations: 0, poolCases: 0, byStatus: {} as Record<string, number>, byFormat: {} as Record<string, number> };

function count(result: FileResult, ms: readonly Mutation[]): void {
  tally.mutations += ms.length;
  const key = result.status === 'scanned' ? 'scanned' : `${result.status}:${result.reason}`;
  tally.byStatus[key] = (tally.byStatus[key] ?? 0) + 1;
}

const fixtures = cleanFixtures();

describe('the fixtures before mutation', () => {
  // Otherwise the property below could pass by only ever feeding files that fail at once.
  it.each(fixtures.map((f) => [f.format, f] as const))('%s is read and its roster blocks', async (_format, fixture) => {
    const result = await scanFile({ displayPath: `clean/${fixture.name}`, data: fixture.bytes }, options);
    expect(result.status).toBe('scanned');
    expect(result.findings.some((f) => f.severity === 'critical' || f.severity === 'high')).toBe(true);
    checkOutputs(reportOutputs([result]));
  });
});

describe('mutated fixtures of every format, in-process', () => {
  fixtures.forEach((fixture, index) => {
    const runs = IN_PROCESS_RUNS[fixture.format] ?? DEFAULT_RUNS;
    it(`${fixture.format}: ${runs} mutated files never throw, always end in a status, never leak`, async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => {
          const bytes = mutate(fixture.bytes, ms);
          // Captured: what a library prints in-process (SheetJS logs unknown XLS records) must not quote the file either.
          const {
            value: result,
            stdout,
            stderr,
          } = await captureOutput(() => scanFile({ displayPath: `mutated/${fixture.name}`, data: bytes }, options), 0);
          expect(STATUSES).toContain(result.status);
          checkOutputs({ ...reportOutputs([result]), stdout, stderr });
          count(result, ms);
          tally.cases += 1;
          tally.byFormat[fixture.format] = (tally.byFormat[fixture.format] ?? 0) + 1;
        }),
        { seed: SEED + index, numRuns: runs, endOnFailure: true },
      );
    }, 120_000);
  });
});

describe('mutated fixtures through the worker pool', () => {
  it(`${POOL_RUNS} mutated files per format through scan(): every file a result, nothing printed, nothing leaked`, async () => {
    const picked: Array<{ fixture: Fixture; ms: Mutation[] }> = [];
    fixtures.forEach((fixture, index) => {
      for (const ms of fc.sample(mutations, { seed: SEED + 1000 + index, numRuns: POOL_RUNS })) picked.push({ fixture, ms });
    });
    const targets = picked.map(({ fixture, ms }, i) => ({ displayPath: `mutated/${i}-${fixture.name}`, data: mutate(fixture.bytes, ms) }));
    const { value: report, stdout, stderr } = await captureOutput(() => scan(targets, options));
    expect(report.files.map((f) => f.path)).toEqual(targets.map((t) => t.displayPath));
    for (const f of report.files) expect(STATUSES).toContain(f.status);
    checkOutputs({ json: toJson(report), text: toText(report), sarif: toSarif(report), stdout, stderr });
    expect(stdout + stderr).toBe('');
    report.files.forEach((f, i) => count(f, picked[i]!.ms));
    tally.poolCases += report.files.length;
  }, 180_000);
});

afterAll(() => {
  // One line for the lead's report: how many cases and mutations ran, and how they ended.
  console.log(
    `property test: ${tally.cases} in-process cases + ${tally.poolCases} pool cases, ${tally.mutations} mutations; per format ${JSON.stringify(tally.byFormat)}; outcomes ${JSON.stringify(tally.byStatus)}`,
  );
});
