import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/readers/documents/pdf/index.js';
import { expectNoLeak } from '../../../fixtures/canary.js';
import { findingsOf, ruleIds } from '../../../fixtures/detect-reader.js';
import { makePeople, plantedValues } from '../../../fixtures/people.js';
import { makePdf, type PdfText } from './make-pdf.js';
import { groupLines, toBlocks, type TextRun } from '../../../../src/readers/documents/pdf/layout.js';

/** Runs as pdf.js would give them for the fixture's texts (Helvetica is about half an em wide per character). */
function toRuns(texts: readonly PdfText[]): TextRun[] {
  return texts.map((t) => ({ text: t.text, x: t.x, y: t.y, width: t.text.length * (t.size ?? 10) * 0.5, size: t.size ?? 10 }));
}

const people = makePeople(14, 17);
const planted = plantedValues(people);
const leaks = (findings: unknown) => expectNoLeak({ findings: JSON.stringify(findings) }, planted);

describe('PDF pages that do not rebuild as a person table', () => {
  it('A-numbers run together with names in one cell: the page is still judged as text', async () => {
    const texts: PdfText[] = [
      { x: 30, y: 560, text: 'Matched A-Number / Name', size: 8 },
      { x: 250, y: 560, text: 'Country', size: 8 },
      { x: 400, y: 560, text: 'Result', size: 8 },
    ];
    people.forEach((p, i) => {
      const y = 545 - i * 13;
      texts.push(
        { x: 30, y, text: `A${p.aNumber}`, size: 8 },
        { x: 76, y, text: p.lastFirst, size: 8 },
        { x: 250, y, text: p.nationality, size: 8 },
        { x: 400, y, text: p.fearDecision, size: 8 },
      );
    });
    const findings = await findingsOf(readPdf, makePdf([{ texts }]), 'matches.pdf');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.severity === 'high' || f.severity === 'critical')).toBe(true);
    expect(findings.every((f) => f.location.page === 1)).toBe(true);
    leaks(findings);
  });
});

describe('form-like PDF reports', () => {
  const formPage = (ps: typeof people, twoCells: boolean): PdfText[] => {
    const texts: PdfText[] = [{ x: 40, y: 760, text: 'DETAINEE CASE SUMMARY REPORT', size: 12 }];
    let y = 730;
    for (const p of ps) {
      texts.push({ x: 40, y, text: p.lastFirst, size: 11 });
      y -= 14;
      for (const [label, value] of [
        ['Date of Birth', p.birthDate],
        ['Citizenship', p.nationality],
        ['Facility', p.facility],
        ['Fear Decision', p.fearDecision],
      ] as const) {
        if (twoCells) texts.push({ x: 60, y, text: `${label}:`, size: 9 }, { x: 170, y, text: value, size: 9 });
        else texts.push({ x: 60, y, text: `${label}: ${value}`, size: 9 });
        y -= 12;
      }
      y -= 10;
    }
    return texts;
  };

  for (const twoCells of [false, true]) {
    it(`a name as a heading over labelled lines is one record per person (${twoCells ? 'label and value in two cells' : '"Label: value" lines'})`, async () => {
      const findings = await findingsOf(
        readPdf,
        makePdf([{ texts: formPage(people.slice(0, 7), twoCells) }, { texts: formPage(people.slice(7), twoCells) }]),
        'summary.pdf',
      );
      const records = findings.filter((f) => f.rule.startsWith('person-record.'));
      expect(ruleIds(records)).toEqual(['person-record.protection-claim', 'person-record.protection-claim']);
      expect(records.map((f) => [f.location.page, f.count])).toEqual([
        [1, 7],
        [2, 7],
      ]);
      leaks(findings);
    });
  }

  it('near miss: a statistics page with labelled totals and a contact block passes', async () => {
    const lines = [
      'FEAR SCREENING SUMMARY FY2022',
      'Credible fear referrals: 98,012',
      'Positive determinations: 52,201',
      'Negative determinations: 31,908',
      'Source: USCIS Asylum Division',
      '',
      'Media contact',
      'Office: Public Affairs',
      'Phone: (202) 555-0100',
    ];
    const texts = lines.map((text, i) => ({ x: 40, y: 740 - i * 14, text, size: 10 })).filter((t) => t.text);
    expect(await findingsOf(readPdf, makePdf([{ texts }]), 'stats.pdf')).toEqual([]);
  });
});

/** Wrap a text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * A table whose cells wrap onto several lines, as a PDF export of a formatted sheet draws it:
 * each cell's lines at the cell's left edge, rows separated by more space than wrapped lines.
 */
function wrappedTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[], size = 7): PdfText[] {
  const xs: number[] = [];
  let x = 30;
  for (const w of widths) {
    xs.push(x);
    x += w * size * 0.62 + size * 1.5;
  }
  const texts: PdfText[] = [];
  let y = 560;
  for (const row of [header, ...rows]) {
    const cells = row.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...cells.map((c) => c.length));
    cells.forEach((lines, i) => lines.forEach((text, k) => texts.push({ x: xs[i]!, y: y - k * size * 1.25, text, size })));
    y -= (height - 1) * size * 1.25 + size * 2.2;
  }
  return texts;
}

describe('PDF tables whose cells wrap onto several lines', () => {
  const header = ['Detainee Name', 'A-Number', 'Date of Birth', 'Detention Facility', 'Fear Decision'];
  const rows = people.map((p) => [p.lastFirst, p.aNumber, p.birthDate, p.facility, p.fearDecision]);
  const widths = [14, 10, 10, 18, 16];

  it('continuation lines are merged into the row above: one person per row, a critical record', async () => {
    const findings = await findingsOf(readPdf, makePdf([{ texts: wrappedTable(header, rows, widths) }], { width: 700 }), 'deaths.pdf');
    const records = findings.filter((f) => f.rule.startsWith('person-record.'));
    expect(ruleIds(records)).toEqual(['person-record.protection-claim']);
    expect(records[0]!.count).toBe(14);
    leaks(findings);
  });

  it('the rebuilt rows hold whole cells', () => {
    const lines = groupLines(toRuns(wrappedTable(header, rows.slice(0, 3), widths)));
    const blocks = toBlocks(lines);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells)).toEqual([header, ...rows.slice(0, 3)]);
  });

  it('near miss: a statistics table with wrapped headers passes', async () => {
    const statsHeader = [
      'Citizenship Country',
      'Credible Fear Referrals Received',
      'Positive Fear Determinations',
      'Average Length of Stay (days)',
    ];
    const stats = ['MEXICO', 'GUATEMALA', 'HONDURAS', 'EL SALVADOR', 'HAITI', 'CUBA'].map((c, i) => [
      c,
      String(10000 + i * 731),
      String(2000 + i * 97),
      String(20 + i),
    ]);
    const findings = await findingsOf(readPdf, makePdf([{ texts: wrappedTable(statsHeader, stats, [12, 12, 12, 12]) }]), 'stats.pdf');
    expect(findings).toEqual([]);
  });
});

describe('a spreadsheet printed to PDF with cut-off cells', () => {
  // Columns too narrow for their text: names run on under the next column, dates show as ###.
  const xs = [30, 85, 140, 190, 290];
  const header = ['Name', 'A-Number', 'DOB', 'Facility', 'CFI Result'];
  const page = (): PdfText[] => {
    const texts: PdfText[] = header.map((text, i) => ({ x: xs[i]!, y: 560, text, size: 8 }));
    people.forEach((p, r) => {
      const y = 548 - r * 11;
      const cells = [p.lastFirst, p.aNumber, '########', p.facility, p.fearDecision];
      cells.forEach((text, i) => texts.push({ x: xs[i]!, y, text, size: 8 }));
    });
    return texts;
  };

  it('text running under the next column stays in its own cell, and the roster is found', async () => {
    const findings = await findingsOf(readPdf, makePdf([{ texts: page() }]), 'printed.pdf');
    const records = findings.filter((f) => f.rule.startsWith('person-record.'));
    expect(ruleIds(records)).toEqual(['person-record.protection-claim']);
    // Rows where pdf.js joined a short name and its A-number into one run may still be missed.
    expect(records[0]!.count).toBeGreaterThanOrEqual(12);
    expect(records[0]!.location.columns?.map((c) => c.kind)).toEqual(expect.arrayContaining(['full-name', 'a-number']));
    leaks(findings);
  });

  it('overlapping runs are separate cells', () => {
    const lines = groupLines(toRuns(page()));
    expect(lines[1]!.cells.map((c) => c.text)).toEqual([
      people[0]!.lastFirst,
      people[0]!.aNumber,
      '########',
      people[0]!.facility,
      people[0]!.fearDecision,
    ]);
  });
});
