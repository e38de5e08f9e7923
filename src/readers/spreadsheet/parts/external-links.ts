/**
 * External links: a workbook that refers to another workbook keeps a cached copy of the values
 * it used (xl/externalLinks/externalLink*.xml, sheetDataSet) and the other file's path in the
 * part's relationships, often an internal file share. The cached values are pushed as one grid
 * per external sheet (surface 'external-link'); the path is observed. Other relationships that
 * point at files (not web pages) are observed too, and so are the files and databases named by
 * data connections (xl/connections.xml).
 */
import type { CellValue, ContentSink } from '../../types.js';
import { addressColumn } from '../sheets.js';
import { attribute, parseRelationships, parseXml, partsMatching, relsPathOf, safePartName } from '../xml.js';

export interface ExternalSheetData {
  sheet: string;
  rows: Array<{ rowNumber: number; cells: CellValue[] }>;
}

/** Cached external sheets of one externalLink part (kept in memory: they are small copies). */
export function parseExternalLink(data: Uint8Array): ExternalSheetData[] {
  const names: string[] = [];
  const sheets: ExternalSheetData[] = [];
  let sheet: ExternalSheetData | undefined;
  let row: { rowNumber: number; cells: CellValue[] } | undefined;
  let cell: { column: number; type: string } | undefined;
  let inValue = false;
  let text = '';
  let nextRow = 1;
  parseXml(data, {
    open(name, a) {
      if (name === 'sheetName') names.push(attribute(a, 'val') ?? '');
      else if (name === 'sheetData') {
        const id = Number(attribute(a, 'sheetId'));
        sheet = { sheet: names[id] ?? '', rows: [] };
        sheets.push(sheet);
        nextRow = 1;
      } else if (name === 'row' && sheet) {
        const r = Number(attribute(a, 'r'));
        row = { rowNumber: Number.isInteger(r) && r > 0 ? r : nextRow, cells: [] };
        nextRow = row.rowNumber + 1;
      } else if (name === 'cell' && row) {
        const ref = attribute(a, 'r');
        const column = ref ? addressColumn(ref.replace(/\$/g, '')) : row.cells.length;
        cell = { column: column >= 0 ? column : row.cells.length, type: attribute(a, 't') ?? 'n' };
      } else if (name === 'v' && cell) {
        inValue = true;
        text = '';
      }
    },
    text(t) {
      if (inValue) text += t;
    },
    close(name) {
      if (name === 'v' && cell && row) {
        inValue = false;
        row.cells[cell.column] = cachedValue(cell.type, text);
      } else if (name === 'cell') cell = undefined;
      else if (name === 'row' && row && sheet) {
        if (row.cells.some((c) => c !== undefined && c !== '')) sheet.rows.push(row);
        row = undefined;
      } else if (name === 'sheetData') sheet = undefined;
    },
  });
  return sheets.filter((s) => s.rows.length > 0);
}

function cachedValue(type: string, text: string): CellValue {
  if (type === 'n') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  if (type === 'b') return text === '1' || text === 'true';
  return text;
}

const FILE_TARGET = /^(file:|\\\\|[a-z]:[\\/])|\.(xls[xmb]?|xlt[xm]?|csv|ods|mdb|accdb)$/i;
/** A path to a share, a drive or a workbook/database file anywhere in a connection string. */
const FILE_IN_TEXT = /(file:|\\\\[^\\\s;"]+\\|\b[a-z]:[\\/])|\.(xls[xmb]?|csv|mdb|accdb|odc)\b/i;
const CONNECTION_ATTRIBUTES = ['sourceFile', 'odcFile', 'connection', 'url'];

/** Files and shares named by the workbook's data connections. */
export function connectionTargets(data: Uint8Array): Array<{ attribute: string; value: string }> {
  const out: Array<{ attribute: string; value: string }> = [];
  parseXml(data, {
    open(_name, a) {
      for (const name of CONNECTION_ATTRIBUTES) {
        const value = attribute(a, name);
        if (value && FILE_IN_TEXT.test(value)) out.push({ attribute: name, value });
      }
    },
  });
  return out;
}

export function pushExternalLinks(files: ReadonlyMap<string, Uint8Array>, sink: ContentSink, entry?: string): void {
  const linkParts = partsMatching(files, /^xl\/externalLinks\/[^/]+\.xml$/i);
  const observed = new Set<string>();
  for (const path of linkParts) {
    for (const external of parseExternalLink(files.get(path)!)) {
      const table = sink.beginTable({ surface: 'external-link', shape: 'grid', lettered: true, sheet: external.sheet || undefined, entry });
      for (const r of external.rows) table.row(r.rowNumber, r.cells);
      table.end();
    }
    const relsPath = relsPathOf(path);
    for (const rel of parseRelationships(files.get(relsPath))) {
      if (!rel.external || !rel.target) continue;
      observed.add(`${relsPath}\n${rel.target}`);
      sink.observe({ kind: 'external-link', where: `${safePartName(relsPath, 'a relationships part')} Target`, entry, value: rel.target });
    }
  }
  const connections = files.get('xl/connections.xml');
  if (connections) {
    for (const target of connectionTargets(connections)) {
      sink.observe({ kind: 'external-link', where: `xl/connections.xml ${target.attribute}`, entry, value: target.value });
    }
  }
  // Other relationships to files: hyperlinks to a share, linked OLE objects, data connections.
  for (const relsPath of partsMatching(files, /(^|\/)_rels\/[^/]+\.rels$/i)) {
    for (const rel of parseRelationships(files.get(relsPath))) {
      if (!rel.external || !FILE_TARGET.test(rel.target) || observed.has(`${relsPath}\n${rel.target}`)) continue;
      sink.observe({ kind: 'external-link', where: `${safePartName(relsPath, 'a relationships part')} Target`, entry, value: rel.target });
    }
  }
}
