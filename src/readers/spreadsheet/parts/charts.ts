/**
 * Chart caches: a chart keeps a copy of the values it plots (c:strCache / c:numCache) even after
 * the source cells are deleted or the chart is moved into another workbook. Each series becomes
 * a small grid (surface 'chart-cache'): one column per cache in document order (series name,
 * categories, values), one row per point.
 */
import type { CellValue, ContentSink } from '../../types.js';
import { attribute, parseXml, partsMatching } from '../xml.js';

type Cache = { numeric: boolean; points: CellValue[] };

/** Series of one chart part, each as columns of cached points. */
export function parseChartCaches(data: Uint8Array): Cache[][] {
  const series: Cache[][] = [];
  let current: Cache[] | undefined;
  let cache: Cache | undefined;
  let index = -1;
  let inValue = false;
  let text = '';
  parseXml(data, {
    open(name, a) {
      if (name === 'ser') current = [];
      else if ((name === 'strCache' || name === 'numCache' || name === 'lvl') && current) {
        cache = { numeric: name === 'numCache', points: [] };
        current.push(cache);
      } else if (name === 'pt' && cache) index = Number(attribute(a, 'idx') ?? cache.points.length);
      else if (name === 'v' && cache) {
        inValue = true;
        text = '';
      }
    },
    text(t) {
      if (inValue) text += t;
    },
    close(name) {
      if (name === 'v' && cache && inValue) {
        inValue = false;
        const n = Number(text);
        const i = Number.isInteger(index) && index >= 0 && index < 1_048_576 ? index : cache.points.length;
        cache.points[i] = cache.numeric && text.trim() !== '' && Number.isFinite(n) ? n : text;
      } else if (name === 'strCache' || name === 'numCache' || name === 'lvl') cache = undefined;
      else if (name === 'ser' && current) {
        if (current.some((c) => c.points.length)) series.push(current);
        current = undefined;
      }
    },
  });
  return series;
}

export function pushChartCaches(files: ReadonlyMap<string, Uint8Array>, sink: ContentSink, entry?: string): void {
  for (const path of partsMatching(files, /^xl\/charts\/chart[^/]*\.xml$/i)) {
    for (const columns of parseChartCaches(files.get(path)!)) {
      const length = Math.max(...columns.map((c) => c.points.length));
      const table = sink.beginTable({ surface: 'chart-cache', shape: 'grid', lettered: false, entry });
      const cells: CellValue[] = new Array<CellValue>(columns.length);
      for (let r = 0; r < length; r++) {
        columns.forEach((c, i) => (cells[i] = c.points[r]));
        table.row(r + 1, cells);
      }
      table.end();
    }
  }
}
