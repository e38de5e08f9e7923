/**
 * What the container reader tests share: a synthetic roster, scanning through scanFile with the
 * no-leak check on the reports, and reading with one reader through the real pipeline.
 */
import { DEFAULT_LIMITS, resolveScanOptions, type ScanLimits } from '../../../src/config/scan-options.js';
import { buildReport } from '../../../src/core/verdict.js';
import { TOOL } from '../../../src/core/tool.js';
import { readerFor } from '../../../src/readers/index.js';
import type { Format } from '../../../src/readers/sniff.js';
import { isReadError, type Reader } from '../../../src/readers/types.js';
import { toJson } from '../../../src/report/json.js';
import { toText } from '../../../src/report/text.js';
import { bufferInput } from '../../../src/scan/input.js';
import { readerContext } from '../../../src/scan/read-nested.js';
import { scanFile } from '../../../src/scan/scan-file.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../../fixtures/people.js';
import { recordingSink, rejection } from '../documents/pdf/recording-sink.js';

export const kind = (error: unknown) => (isReadError(error) ? error.kind : error);
export const blocking = (f: { severity: string }) => f.severity === 'high' || f.severity === 'critical';

export function containerKit(seed: number) {
  const people = makePeople(10, seed);
  const planted = plantedValues(people);
  const roster = rosterRows(people);
  const csv = Buffer.from(toCsv(roster), 'utf8');

  /** scanFile on bytes; the JSON and text reports must not repeat a planted value. */
  async function scan(name: string, data: Buffer, limits: Partial<ScanLimits> = {}) {
    const options = resolveScanOptions({ limits });
    const result = await scanFile({ displayPath: name, data }, options);
    const report = buildReport([result], options, TOOL);
    expectNoLeak({ json: toJson(report), text: toText(report) }, planted);
    return result;
  }

  /** One reader over bytes, with the real pipeline for what is nested; returns the sink and the error. */
  async function read(
    reader: Reader,
    name: string,
    data: Buffer,
    limits: Partial<ScanLimits> = {},
    readers: (f: Format) => Reader | undefined = readerFor,
  ) {
    const sink = recordingSink();
    const context = readerContext({ ...DEFAULT_LIMITS, ...limits }, readers);
    const error = await rejection(reader(bufferInput(data, name), sink, context));
    return { sink, error };
  }

  return { people, planted, roster, csv, scan, read };
}
