/**
 * Hidden sheets, rows and columns of an OpenDocument spreadsheet, which SheetJS 0.18.5 does not
 * report: a table is hidden by its automatic style (`table:display="false"`), rows and columns
 * by `table:visibility="collapse"` (or "filter"). content.xml is parsed a second time only when
 * it holds one of those markers.
 */
import { attribute, parseXml } from './xml.js';

export interface OdsLayout {
  hiddenTables: Set<string>;
  hiddenRows: Map<string, Set<number>>;
  hiddenColumns: Map<string, Set<number>>;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export function odsLayout(content: Uint8Array): OdsLayout {
  const layout: OdsLayout = { hiddenTables: new Set(), hiddenRows: new Map(), hiddenColumns: new Map() };
  const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (buf.indexOf('display="false"') < 0 && buf.indexOf('visibility="') < 0) return layout;
  const hiddenStyles = new Set<string>();
  let style: string | undefined;
  let table: string | undefined;
  let row = 0;
  let column = 0;
  let depth = 0;
  let tableDepth = -1;
  parseXml(buf, {
    open(name, a) {
      depth++;
      if (name === 'style' && attribute(a, 'family') === 'table') style = attribute(a, 'name');
      else if (name === 'table-properties' && style && attribute(a, 'display') === 'false') hiddenStyles.add(style);
      else if (name === 'table' && tableDepth < 0) {
        table = attribute(a, 'name') ?? '';
        tableDepth = depth;
        row = 0;
        column = 0;
        const styleName = attribute(a, 'style-name');
        if (styleName && hiddenStyles.has(styleName)) layout.hiddenTables.add(table);
      } else if (table !== undefined && name === 'table-row') {
        row = mark(layout.hiddenRows, table, row, a, 'number-rows-repeated', MAX_ROWS);
      } else if (table !== undefined && name === 'table-column') {
        column = mark(layout.hiddenColumns, table, column, a, 'number-columns-repeated', MAX_COLUMNS);
      }
    },
    close(name) {
      if (name === 'style') style = undefined;
      if (name === 'table' && depth === tableDepth) {
        table = undefined;
        tableDepth = -1;
      }
      depth--;
    },
  });
  return layout;
}

/** Mark a (possibly repeated) hidden row or column; returns the next index. */
function mark(
  target: Map<string, Set<number>>,
  table: string,
  at: number,
  a: Readonly<Record<string, string>>,
  repeatName: string,
  max: number,
): number {
  const repeat = Math.max(1, Math.min(Number(attribute(a, repeatName) ?? 1) || 1, max));
  const visibility = attribute(a, 'visibility');
  if (visibility === 'collapse' || visibility === 'filter') {
    let set = target.get(table);
    if (!set) target.set(table, (set = new Set()));
    // A long hidden run is usually the empty rest of the sheet: mark what could hold cells.
    for (let i = at; i < Math.min(at + repeat, max, at + 65_536); i++) set.add(i);
  }
  return at + repeat;
}
