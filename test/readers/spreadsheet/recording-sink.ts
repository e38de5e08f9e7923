/** A ContentSink that records everything pushed into it, copying rows (readers reuse arrays). */
import type { CellValue, ContentSink, Observation, ProseLocation, TableMeta } from '../../../src/readers/types.js';

export interface RecordedTable {
  meta: TableMeta;
  rows: Array<{ rowNumber: number; cells: CellValue[]; hidden?: boolean }>;
  ended: boolean;
}

export interface RecordingSink extends ContentSink {
  tables: RecordedTable[];
  prose: ContentSink['prose'];
  texts: Array<{ text: string; where: ProseLocation }>;
  observations: Observation[];
  /** Tables on a surface (and sheet, when given). */
  tablesOn(surface: TableMeta['surface'], sheet?: string): RecordedTable[];
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
        row(rowNumber, cells, hidden) {
          if (table.ended) throw new Error('row after end');
          table.rows.push({ rowNumber, cells: [...cells], hidden });
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
    tablesOn(surface, sheet) {
      return tables.filter((t) => t.meta.surface === surface && (sheet === undefined || t.meta.sheet === sheet));
    },
  };
}
