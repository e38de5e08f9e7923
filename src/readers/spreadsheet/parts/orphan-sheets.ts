/**
 * Worksheet parts the workbook does not list: a sheet deleted from workbook.xml by hand or by a
 * tool can leave its part, cells and all, in the package, and SheetJS never reads it. Those
 * parts are read here (cell values, shared strings resolved) as grids on surface 'cells', with
 * a reader-made sheet label and state 'very-hidden' (no one opening the file can see them).
 */
import type * as XLSX from 'xlsx';
import type { CellValue, ContentSink } from '../../types.js';
import { decodeAddress } from '../sheets.js';
import { attribute, parseXml, partsMatching, safePartName } from '../xml.js';

const COLUMN_SPAN = 16_384;

export function readWorksheetPart(
  data: Uint8Array,
  strings: readonly unknown[],
  onRow: (rowNumber: number, cells: readonly CellValue[]) => void,
): void {
  let row: CellValue[] = [];
  let rowNumber = 0;
  let column = -1;
  let type = 'n';
  let text: string | undefined;
  let inValue = false;
  parseXml(data, {
    open(name, a) {
      if (name === 'row') {
        const r = Number(attribute(a, 'r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        row = [];
        column = -1;
      } else if (name === 'c') {
        const at = decodeAddress(attribute(a, 'r') ?? '');
        column = at >= 0 ? at % COLUMN_SPAN : column + 1;
        type = attribute(a, 't') ?? 'n';
        text = undefined;
      } else if (name === 'v' || (name === 't' && type === 'inlineStr')) {
        inValue = true;
        text ??= '';
      }
    },
    text(t) {
      if (inValue) text += t;
    },
    close(name) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && text !== undefined && column >= 0) row[column] = cellValue(type, text, strings);
      else if (name === 'row' && row.some((v) => v !== undefined && v !== '')) onRow(rowNumber, row);
    },
  });
}

function cellValue(type: string, text: string, strings: readonly unknown[]): CellValue {
  switch (type) {
    case 's': {
      const s = strings[Number(text)] as { t?: unknown } | undefined;
      // An index past the table points at nothing.
      return typeof s?.t === 'string' ? s.t : undefined;
    }
    case 'b':
      return text === '1' || text === 'true';
    case 'n': {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
    default:
      return text;
  }
}

export function pushOrphanSheets(
  files: ReadonlyMap<string, Uint8Array>,
  listed: ReadonlySet<string>,
  wb: XLSX.WorkBook,
  sink: ContentSink,
  entry?: string,
  seenStrings?: Set<string>,
): number {
  const table = (wb as { Strings?: unknown }).Strings;
  const strings: readonly unknown[] = Array.isArray(table) ? table : [];
  let found = 0;
  for (const path of partsMatching(files, /^xl\/worksheets\/[^/]+\.xml$/i)) {
    if (listed.has(path)) continue;
    const label = `(sheet not listed in the workbook: ${safePartName(path)})`;
    const rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, sheet: label, sheetState: 'very-hidden', entry });
    readWorksheetPart(files.get(path)!, strings, (n, cells) => {
      if (seenStrings) for (const v of cells) if (typeof v === 'string') seenStrings.add(v);
      rows.row(n, cells);
    });
    rows.end();
    found++;
  }
  return found;
}
