import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/config/scan-options.js';
import { atLeast } from '../../src/core/model.js';
import type { CellValue } from '../../src/readers/types.js';

const REAL = [join(process.cwd(), '..', 'shared', 'corpus', 'real'), '/work/shared/corpus/real'].find((d) => existsSync(d)) ?? '';
const present = REAL !== '';

/** Real public ICE workbooks (aggregates, facility lists, credible-fear footnotes) must pass. */
describe.skipIf(!present)('real public ICE files', () => {
  const workbooks = present ? readdirSync(REAL).filter((f) => f.endsWith('.xlsx')) : [];
  it.each(workbooks)('%s: every sheet as a grid, nothing at high or above', (name) => {
    const wb = XLSX.read(readFileSync(join(REAL, name)), { type: 'buffer', cellDates: true });
    const analyzer = createAnalyzer(name, DEFAULT_DETECT_OPTIONS);
    for (const sheet of wb.SheetNames) {
      const rows = XLSX.utils.sheet_to_json<CellValue[]>(wb.Sheets[sheet]!, { header: 1, defval: null, blankrows: true, raw: true });
      const sink = analyzer.beginTable({ surface: 'cells', shape: 'grid', sheet, lettered: true });
      rows.forEach((r, i) => sink.row(i + 1, r));
      sink.end();
      // As the spreadsheet reader does: empty rows left out, only the row numbers show them.
      const sparse = analyzer.beginTable({ surface: 'cells', shape: 'grid', sheet, lettered: true });
      rows.forEach((r, i) => {
        if ((r ?? []).some((c) => c !== null && c !== undefined && c !== '')) sparse.row(i + 1, r);
      });
      sparse.end();
    }
    const findings = analyzer.finish();
    expect(findings.filter((f) => atLeast(f.severity, 'high')).map((f) => f.message)).toEqual([]);
  });

  it('the facility-codes CSV rows as a grid pass', () => {
    const file = join(REAL, 'ice_facility_codes_2017-11-06.csv');
    if (!existsSync(file)) return;
    const analyzer = createAnalyzer('codes.csv', DEFAULT_DETECT_OPTIONS);
    const sink = analyzer.beginTable({ surface: 'cells', shape: 'grid', lettered: true });
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => sink.row(i + 1, line.split(',')));
    sink.end();
    expect(analyzer.finish().filter((f) => atLeast(f.severity, 'high'))).toEqual([]);
  });
});
