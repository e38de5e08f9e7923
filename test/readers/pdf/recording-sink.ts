/** A ContentSink that records what a reader pushes, for reader tests (pdf, office, archive). */
import type { CellValue, ContentSink, Observation, ProseLocation, Reader, ReaderContext, TableMeta } from '../../../src/readers/types.js';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { bufferInput } from '../../../src/scan/input.js';

export interface RecordedTable {
  meta: TableMeta;
  rows: Array<{ rowNumber: number; cells: string[]; hidden?: boolean }>;
  ended: boolean;
}

export interface RecordingSink extends ContentSink {
  tables: RecordedTable[];
  prose: ContentSink['prose'];
  texts: Array<{ text: string; where: ProseLocation }>;
  observations: Observation[];
  /** Everything pushed, as one string (for "does it contain" checks). */
  allText(): string;
}

export function recordingSink(): RecordingSink {
  const tables: RecordedTable[] = [];
  const texts: Array<{ text: string; where: ProseLocation }> = [];
  const observations: Observation[] = [];
  return {
    tables,
    texts,
    observations,
    beginTable(meta) {
      const table: RecordedTable = { meta, rows: [], ended: false };
      tables.push(table);
      return {
        row(rowNumber: number, cells: readonly CellValue[], hidden?: boolean) {
          table.rows.push({ rowNumber, cells: Array.from(cells, (c) => (c == null ? '' : String(c))), ...(hidden ? { hidden } : {}) });
        },
        end() {
          table.ended = true;
        },
      };
    },
    prose(text, where) {
      texts.push({ text, where });
    },
    observe(o) {
      observations.push(o);
    },
    allText() {
      return [...tables.flatMap((t) => t.rows.map((r) => r.cells.join(' '))), ...texts.map((t) => t.text), ...observations.map((o) => o.value)].join('\n');
    },
  };
}

export async function readBuffer(reader: Reader, data: Buffer, name: string, sink: ContentSink, context: Partial<ReaderContext> = {}): Promise<void> {
  await reader(bufferInput(data, name), sink, { limits: DEFAULT_LIMITS, ...context });
}

/** The error a promise rejects with (or undefined), for asserting on ReadError kinds. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error;
  }
}
