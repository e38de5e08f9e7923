import { DEFAULT_DETECT_OPTIONS, type DetectOptions } from '../../src/config/scan-options.js';
import type { Finding } from '../../src/core/model.js';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import type { CellValue, ProseLocation, TableMeta } from '../../src/readers/types.js';

export type Grid = ReadonlyArray<ReadonlyArray<CellValue>>;

/** Feed a grid to a fresh analyzer as one reader table; rows are numbered from `firstRow`. */
export function analyseGrid(
  grid: Grid,
  meta: Partial<TableMeta> = {},
  options: Partial<DetectOptions> = {},
  extra: { firstRow?: number; hiddenRows?: ReadonlySet<number>; path?: string; skipBlankRows?: boolean } = {},
): Finding[] {
  const analyzer = createAnalyzer(extra.path ?? 'data/file.xlsx', { ...DEFAULT_DETECT_OPTIONS, ...options });
  const sink = analyzer.beginTable({ surface: 'cells', shape: 'grid', lettered: true, ...meta });
  const first = extra.firstRow ?? 1;
  grid.forEach((row, i) => {
    // Spreadsheet readers leave empty rows out: only the row numbers show the gap.
    if (extra.skipBlankRows && row.every((c) => c === null || c === undefined || c === '')) return;
    sink.row(first + i, row, extra.hiddenRows?.has(first + i));
  });
  sink.end();
  return analyzer.finish();
}

export function analyseProse(text: string, where: Partial<ProseLocation> = {}, options: Partial<DetectOptions> = {}): Finding[] {
  const analyzer = createAnalyzer('docs/page.md', { ...DEFAULT_DETECT_OPTIONS, ...options });
  analyzer.prose(text, { surface: 'text', line: 1, ...where });
  return analyzer.finish();
}

/** Everything a finding could put in front of a person, as one text per finding. */
export function outputs(findings: readonly Finding[]): Record<string, string> {
  return Object.fromEntries(findings.map((f, i) => [`finding ${i}`, JSON.stringify(f)]));
}

export function rules(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.rule).sort();
}
