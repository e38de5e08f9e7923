/**
 * The JSON layouts of data-frame libraries, recognised by shape so that they are read as tables:
 *   pandas `columns` (the default of DataFrame.to_json): {"col": {"0": v, "1": v}, ...}
 *   R (jsonlite dataframe="columns") and pandas dict-of-lists: {"col": [v, v], ...}
 *   pandas `split`: {"columns": [...], "index": [...], "data": [[...], ...]}
 *   pandas `values` / R matrices: [[v, v], [v, v]] (a header row or not)
 * pandas `index` ({"0": {"col": v}}) and `records` are maps and arrays of records, which the
 * walk in json.ts reads already. Pure functions over parsed values.
 */

/** A table read from column data: its header and its rows, built on demand. */
export interface ColumnLayout {
  header: string[];
  rowCount: number;
  row(i: number): unknown[];
}

/** Header of the index column of a `split` layout whose index is not just 0, 1, 2, ... */
export const INDEX_COLUMN = '(index)';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function isScalarValue(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

const INTEGER_KEY = /^(?:0|[1-9]\d{0,8})$/;

/**
 * An array of rows: at least two arrays of scalars (nulls between them allowed), most of the
 * same length, of two cells or more.
 */
export function isRowArray(value: readonly unknown[]): boolean {
  const lengths = new Map<number, number>();
  let rows = 0;
  for (const v of value) {
    if (v === null) continue;
    if (!Array.isArray(v) || !v.every(isScalarValue)) return false;
    rows++;
    lengths.set(v.length, (lengths.get(v.length) ?? 0) + 1);
  }
  if (rows < 2) return false;
  let [width, most] = [0, 0];
  for (const [length, n] of lengths) if (n > most) [width, most] = [length, n];
  return width >= 2 && most >= rows * 0.8;
}

/** The column layout of an object, when it is one of the data-frame layouts above. */
export function columnLayout(value: Obj, keys: readonly string[]): ColumnLayout | undefined {
  return splitLayout(value) ?? columnLists(value, keys) ?? columnMaps(value, keys);
}

/** pandas `split`: `columns` names them, `data` holds the rows, `index` (optional) labels them. */
function splitLayout(value: Obj): ColumnLayout | undefined {
  const columns = value.columns;
  const data = value.data;
  if (!Array.isArray(columns) || !Array.isArray(data) || columns.length === 0 || !columns.every(isScalarValue)) return undefined;
  if (!data.every((r) => r === null || (Array.isArray(r) && r.every(isScalarValue)))) return undefined;
  const names = columns.map((c) => String(c));
  const index = Array.isArray(value.index) && value.index.length === data.length ? (value.index as unknown[]) : undefined;
  const labelled = index !== undefined && !index.every((v, i) => v === i || v === String(i));
  return {
    header: labelled ? [INDEX_COLUMN, ...names] : names,
    rowCount: data.length,
    row: (i) => {
      const r = (data[i] as unknown[] | null) ?? [];
      return labelled ? [index![i], ...r] : r;
    },
  };
}

/** Column lists: two or more members, each an array of scalars, all of the same length. */
function columnLists(value: Obj, keys: readonly string[]): ColumnLayout | undefined {
  if (keys.length < 2) return undefined;
  let length = -1;
  for (const k of keys) {
    const v = value[k];
    if (!Array.isArray(v) || !v.every(isScalarValue)) return undefined;
    if (length >= 0 && v.length !== length) return undefined;
    length = v.length;
  }
  if (length < 1) return undefined;
  return { header: [...keys], rowCount: length, row: (i) => keys.map((k) => (value[k] as unknown[])[i]) };
}

/**
 * pandas `columns`: each member an object of scalars keyed by row index ("0", "1", ...), while
 * the members' own names are not row indexes (that would be pandas `index`, a map of records).
 */
function columnMaps(value: Obj, keys: readonly string[]): ColumnLayout | undefined {
  if (keys.length < 1 || keys.every((k) => INTEGER_KEY.test(k))) return undefined;
  const rowKeys: string[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    const v = value[k];
    if (!isObj(v)) return undefined;
    for (const [rk, cell] of Object.entries(v)) {
      if (!INTEGER_KEY.test(rk) || !isScalarValue(cell)) return undefined;
      if (!seen.has(rk)) {
        seen.add(rk);
        rowKeys.push(rk);
      }
    }
  }
  if (rowKeys.length < 1) return undefined;
  return {
    header: [...keys],
    rowCount: rowKeys.length,
    row: (i) =>
      keys.map((k) => {
        const column = value[k] as Obj;
        const rk = rowKeys[i]!;
        return Object.hasOwn(column, rk) ? column[rk] : undefined;
      }),
  };
}
