/**
 * Pivot caches: a pivot table keeps a full copy of its source rows in
 * xl/pivotCache/pivotCacheRecords*.xml, so a roster can live only there while every sheet shows
 * an aggregate. The records are rebuilt as a 'records' table whose header is the cache field
 * names, with shared items resolved. Shared items no record uses (kept after their rows were
 * deleted), or all of them when the cache saved no records, follow as one-column tables.
 */
import type { CellValue, ContentSink } from '../../types.js';
import { attribute, parseRelationships, parseXml, partsMatching, relsPathOf, resolveTarget, type Attributes } from '../xml.js';

export interface CacheField {
  name: string;
  items: CellValue[];
}

const ITEM_TAGS = new Set(['s', 'n', 'd', 'b', 'e', 'm']);

function itemValue(tag: string, attributes: Attributes): CellValue {
  const v = attribute(attributes, 'v');
  switch (tag) {
    case 'n': {
      const n = Number(v);
      return v !== undefined && Number.isFinite(n) ? n : v;
    }
    case 'd': {
      const d = v ? new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`) : undefined;
      return d && !Number.isNaN(d.getTime()) ? d : v;
    }
    case 'b':
      return v === '1' || v === 'true';
    case 'm':
      return undefined;
    default:
      return v;
  }
}

/** Field names and shared items of a pivotCacheDefinition part. */
export function parseCacheDefinition(data: Uint8Array): { fields: CacheField[]; recordsRelId?: string } {
  const fields: CacheField[] = [];
  let recordsRelId: string | undefined;
  let current: CacheField | undefined;
  let inShared = false;
  parseXml(data, {
    open(name, a) {
      if (name === 'pivotCacheDefinition') recordsRelId = attribute(a, 'id');
      else if (name === 'cacheField') {
        current = { name: attribute(a, 'name') ?? '', items: [] };
        fields.push(current);
      } else if (name === 'sharedItems') inShared = true;
      else if (inShared && current && ITEM_TAGS.has(name)) current.items.push(itemValue(name, a));
    },
    close(name) {
      if (name === 'sharedItems') inShared = false;
      else if (name === 'cacheField') current = undefined;
    },
  });
  return { fields, recordsRelId };
}

/** Stream the records of a pivotCacheRecords part: one call per <r>, cells in field order. */
export function parseCacheRecords(
  data: Uint8Array,
  fields: readonly CacheField[],
  onRecord: (cells: readonly CellValue[], used: ReadonlyArray<Set<number>>) => void,
): Array<Set<number>> {
  const used = fields.map(() => new Set<number>());
  const cells: CellValue[] = new Array<CellValue>(fields.length).fill(undefined);
  let column = -1;
  let inRecord = false;
  parseXml(data, {
    open(name, a) {
      if (name === 'r') {
        inRecord = true;
        column = 0;
        return;
      }
      if (!inRecord) return;
      if (name === 'x') {
        const index = Number(attribute(a, 'v'));
        const field = fields[column];
        if (field && Number.isInteger(index)) {
          cells[column] = field.items[index];
          used[column]!.add(index);
        }
        column++;
      } else if (ITEM_TAGS.has(name)) {
        cells[column] = itemValue(name, a);
        column++;
      }
    },
    close(name) {
      if (name !== 'r' || !inRecord) return;
      inRecord = false;
      onRecord(cells, used);
      cells.fill(undefined);
    },
  });
  return used;
}

export function pushPivotCaches(files: ReadonlyMap<string, Uint8Array>, sink: ContentSink, entry?: string): number {
  let records = 0;
  for (const path of partsMatching(files, /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i)) {
    const { fields, recordsRelId } = parseCacheDefinition(files.get(path)!);
    if (!fields.length) continue;
    const header = fields.map((f) => f.name);
    const recordsPath = recordsPathOf(files, path, recordsRelId);
    const recordsPart = recordsPath ? files.get(recordsPath) : undefined;
    let used: Array<Set<number>> = fields.map(() => new Set());
    if (recordsPart) {
      const table = sink.beginTable({ surface: 'pivot-cache', shape: 'records', header, lettered: false, entry });
      let n = 0;
      used = parseCacheRecords(recordsPart, fields, (cells) => table.row(++n, cells));
      table.end();
      records += n;
    }
    fields.forEach((field, i) => {
      const unused = field.items
        .map((v, index) => ({ v, index }))
        .filter(({ v, index }) => !used[i]!.has(index) && v !== undefined && v !== '');
      if (!unused.length) return;
      const table = sink.beginTable({ surface: 'pivot-cache', shape: 'records', header: [field.name], lettered: false, entry });
      for (const { v, index } of unused) table.row(index + 1, [v]);
      table.end();
    });
  }
  return records;
}

function recordsPathOf(files: ReadonlyMap<string, Uint8Array>, definitionPath: string, relId: string | undefined): string | undefined {
  if (relId) {
    const rel = parseRelationships(files.get(relsPathOf(definitionPath))).find((r) => r.id === relId && !r.external);
    if (rel) return resolveTarget(definitionPath, rel.target);
  }
  const guess = definitionPath.replace(/pivotCacheDefinition([^/]*)$/i, 'pivotCacheRecords$1');
  return files.has(guess) ? guess : undefined;
}
