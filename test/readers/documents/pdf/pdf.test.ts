import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/readers/documents/pdf/index.js';
import { groupLines, toBlocks, type TextRun } from '../../../../src/readers/documents/pdf/layout.js';
import { isReadError } from '../../../../src/readers/types.js';
import { resolveScanOptions } from '../../../../src/config/scan-options.js';
import { scanFile } from '../../../../src/scan/scan-file.js';
import { makePeople, plantedValues, rosterRow, rosterRows, ROSTER_HEADER } from '../../../fixtures/people.js';
import { expectNoLeak } from '../../../fixtures/canary.js';
import { appendRevision, makePdf, prosePage, tablePages } from './make-pdf.js';
import { readBuffer, recordingSink, rejection } from './recording-sink.js';

const people = makePeople(12, 7);
const planted = plantedValues(people);

function rosterPdf(options: { rowsPerPage?: number; repeatHeader?: boolean; flate?: boolean } = {}): Buffer {
  const { pages, width } = tablePages(rosterRows(people), { title: 'Detainee list FY2023', ...options });
  return makePdf(pages, { width, height: 612, flate: options.flate });
}

const PRESS_RELEASE = [
  'FOR IMMEDIATE RELEASE',
  'Acting Director Jordan Whitfield announced on Monday that the agency completed',
  'its review of credible fear procedures. Deputy Secretary Alana Brooks said the',
  'asylum office processed 6,252 fear screenings in fiscal year 2023.',
  'Contact: Office of Public Affairs',
];

async function errorOf(data: Buffer): Promise<unknown> {
  return rejection(readBuffer(readPdf, data, 'doc.pdf', recordingSink()));
}

describe('PDF reader', () => {
  it('rebuilds a roster exported to PDF as one grid table with its page, and the title as prose', async () => {
    const sink = recordingSink();
    await readBuffer(readPdf, rosterPdf(), 'roster.pdf', sink);
    expect(sink.tables).toHaveLength(1);
    const [table] = sink.tables;
    expect(table!.meta).toMatchObject({ surface: 'table', shape: 'grid', page: 1 });
    expect(table!.ended).toBe(true);
    expect(table!.rows[0]!.cells).toEqual([...ROSTER_HEADER]);
    expect(table!.rows.slice(1).map((r) => r.cells)).toEqual(people.map(rosterRow));
    // Row numbers are page lines: the title is line 1, the header line 2.
    expect(table!.rows.map((r) => r.rowNumber)).toEqual([2, ...people.map((_, i) => i + 3)]);
    expect(sink.texts).toEqual([{ text: 'Detainee list FY2023', where: { surface: 'text', page: 1, line: 1, entry: undefined } }]);
  });

  it('gives each page its own table with its page number (Flate streams, repeated header)', async () => {
    const sink = recordingSink();
    await readBuffer(readPdf, rosterPdf({ rowsPerPage: 5, repeatHeader: true, flate: true }), 'roster.pdf', sink);
    expect(sink.tables.map((t) => t.meta.page)).toEqual([1, 2, 3]);
    expect(sink.tables.map((t) => t.rows.length)).toEqual([6, 6, 3]);
    for (const t of sink.tables) expect(t.rows[0]!.cells).toEqual([...ROSTER_HEADER]);
    expect(sink.tables.flatMap((t) => t.rows.slice(1).map((r) => r.cells))).toEqual(people.map(rosterRow));
  });

  it('reads a press release naming officials as prose with page and line, no table', async () => {
    const sink = recordingSink();
    const data = makePdf([prosePage(PRESS_RELEASE), prosePage(['Page two: background on the fear screening process.'])]);
    await readBuffer(readPdf, data, 'release.pdf', sink);
    expect(sink.tables).toEqual([]);
    expect(sink.texts.map((t) => [t.where.page, t.where.line, t.where.surface])).toEqual([
      [1, 1, 'text'],
      [2, 1, 'text'],
    ]);
    expect(sink.texts[0]!.text.split('\n')).toEqual(PRESS_RELEASE);
  });

  it('passes the archive entry on to every table and text', async () => {
    const sink = recordingSink();
    const { bufferInput } = await import('../../../../src/scan/input.js');
    const { DEFAULT_LIMITS } = await import('../../../../src/config/scan-options.js');
    await readPdf(bufferInput(rosterPdf(), 'a.zip', 1, 'inner/roster.pdf'), sink, { limits: DEFAULT_LIMITS });
    expect(sink.tables[0]!.meta.entry).toBe('inner/roster.pdf');
    expect(sink.texts[0]!.where.entry).toBe('inner/roster.pdf');
  });

  it('says no-text-layer for a scan (an image and no text)', async () => {
    const error = await errorOf(makePdf([{ image: true }, { image: true }], { flate: true }));
    expect(isReadError(error) && error.kind).toBe('no-text-layer');
  });

  it('says password-protected for an encrypted PDF', async () => {
    const error = await errorOf(makePdf([prosePage(PRESS_RELEASE)], { encrypt: true }));
    expect(isReadError(error) && error.kind).toBe('password-protected');
  });

  it('says corrupt for bytes that are not a PDF after the header, and never passes a library message', async () => {
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(people.map((p) => p.fullName).join(' '))]);
    const error = await errorOf(garbage);
    expect(isReadError(error) && error.kind).toBe('corrupt');
    expectNoLeak({ error: String(error), detail: String((error as { detail?: string }).detail) }, planted);
  });

  it('keeps the pages it read before a truncation cut the rest', async () => {
    const whole = rosterPdf({ flate: true });
    const error = await errorOf(whole.subarray(0, Math.floor(whole.length / 2)));
    // pdf.js may rebuild a cut file or reject it; either way the result is a named kind or a read.
    if (error !== undefined) expect(isReadError(error) && ['corrupt', 'no-text-layer'].includes(error.kind)).toBe(true);
  });
});

describe('PDF layout', () => {
  const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: text.length * size * 0.5, size });

  it('puts right-aligned numbers under their left-aligned header in one column', () => {
    const runs = [
      run('Facility', 50, 700),
      run('Detained', 200, 700),
      run('Krome', 50, 686),
      run('1234', 230, 686),
      run('Otero', 50, 672),
      run('56', 240, 672),
    ];
    const blocks = toBlocks(groupLines(runs));
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          { line: 1, cells: ['Facility', 'Detained'] },
          { line: 2, cells: ['Krome', '1234'] },
          { line: 3, cells: ['Otero', '56'] },
        ],
      },
    ]);
  });

  it('keeps prose with wide word gaps that do not line up as prose', () => {
    // Ragged lines whose wide gaps fall in different places.
    const runs = [
      run('The office', 50, 700),
      run('reviewed all', 120, 700),
      run('cases', 50, 686),
      run('that were then', 95, 686),
      run('closed.', 190, 686),
    ];
    const blocks = toBlocks(groupLines(runs));
    expect(blocks.every((b) => b.kind === 'prose')).toBe(true);
  });

  it('reads two columns of running text as prose, column by column', () => {
    const left = [
      'The agency reviewed its detention standards this',
      'year and published the results of inspections at',
      'every facility holding people over three days.',
    ];
    const right = [
      'Inspectors visited forty facilities in the spring',
      'and found that most met the standards for medical',
      'care, recreation and access to legal materials.',
    ];
    const runs = [...left.map((t, i) => run(t, 50, 700 - i * 14)), ...right.map((t, i) => run(t, 320, 700 - i * 14))];
    expect(toBlocks(groupLines(runs))).toEqual([
      { kind: 'prose', firstLine: 1, text: left.join('\n') },
      { kind: 'prose', firstLine: 1, text: right.join('\n') },
    ]);
  });

  it('joins runs split by pdf.js inside one cell with a space', () => {
    const lines = groupLines([run('Positive', 50, 700), run('Credible', 50 + 8 * 5 + 2.5, 700)]);
    expect(lines[0]!.cells.map((c) => c.text)).toEqual(['Positive Credible']);
  });
});

describe('PDF end to end through scanFile', () => {
  const options = resolveScanOptions();

  it('scans a roster PDF and a press release', async () => {
    const roster = await scanFile({ displayPath: 'reports/roster.pdf', data: rosterPdf({ flate: true }) }, options);
    expect(roster).toMatchObject({ status: 'scanned', format: 'pdf' });
    const release = await scanFile({ displayPath: 'news/release.pdf', data: makePdf([prosePage(PRESS_RELEASE)]) }, options);
    expect(release).toMatchObject({ status: 'scanned', format: 'pdf' });
    // The near-miss passes: officials named in a release about credible fear are not a leak.
    expect(release.findings.filter((f) => f.severity === 'high' || f.severity === 'critical')).toEqual([]);
    expect(roster.findings.some((f) => f.rule === 'person-record.protection-claim' && f.location.page === 1)).toBe(true);
    expectNoLeak({ roster: JSON.stringify(roster), release: JSON.stringify(release) }, planted);
  });

  it('reports a scan, an encrypted and a corrupt PDF as not-inspected with plain reasons', async () => {
    const results = await Promise.all([
      scanFile({ displayPath: 'scan.pdf', data: makePdf([{ image: true }]) }, options),
      scanFile({ displayPath: 'locked.pdf', data: makePdf([prosePage(['x'])], { encrypt: true }) }, options),
      scanFile(
        {
          displayPath: 'broken.pdf',
          data: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(people.map((p) => p.lastFirst).join('\n'))]),
        },
        options,
      ),
    ]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['not-inspected', 'no-text-layer'],
      ['not-inspected', 'password-protected'],
      ['not-inspected', 'corrupt'],
    ]);
    expectNoLeak({ results: JSON.stringify(results) }, planted);
  });
});

describe('PDF comments, form fields and document information', () => {
  const [a] = people;

  it('reads filled form fields and comments by page, and observes authors', async () => {
    const sink = recordingSink();
    const data = makePdf(
      [
        prosePage(['Application for asylum and for withholding of removal']),
        {
          texts: [{ x: 72, y: 700, text: 'Part A. Information about you' }],
          annotations: [
            { kind: 'field', name: 'form1[0].FamilyName[0]', label: 'Family name', value: a!.familyName },
            { kind: 'field', name: 'form1[0].ANumber[0]', value: `A${a!.aNumber}` },
            { kind: 'comment', contents: 'Check the birth date', author: 'Case Reviewer' },
          ],
        },
      ],
      { info: { Author: 'Office Staffer', Title: 'Intake form' } },
    );
    await readBuffer(readPdf, data, 'form.pdf', sink);
    expect(sink.texts.map((t) => [t.where.surface, t.where.page, t.text])).toEqual([
      ['metadata', undefined, 'Intake form'],
      ['text', 1, 'Application for asylum and for withholding of removal'],
      ['text', 2, 'Part A. Information about you'],
      ['comments', 2, 'Check the birth date'],
      ['text', 2, `Family name: ${a!.familyName}\nform1[0].ANumber[0]: A${a!.aNumber}`],
    ]);
    expect(sink.observations.map((o) => [o.where, o.value])).toEqual([
      ['PDF document information Author', 'Office Staffer'],
      ['PDF comment author', 'Case Reviewer'],
    ]);
  });

  it('counts a form with answers but no page text as read, and a scan with only a title as a scan', async () => {
    const form = makePdf([{ annotations: [{ kind: 'field', name: 'Name', value: a!.fullName }] }]);
    await expect(readBuffer(readPdf, form, 'form.pdf', recordingSink())).resolves.toBeUndefined();
    const scan = makePdf([{ image: true }], { info: { Title: 'Scanned roster' } });
    const error = await errorOf(scan);
    expect(isReadError(error) && error.kind).toBe('no-text-layer');
  });
});

describe('PDF text padded into columns with spaces', () => {
  const people4 = people.slice(0, 4);

  it('reads lines with the same number of cells as table rows even when the cells do not line up', () => {
    const rows = rosterRows(people4).map((r) => r.slice(0, 4));
    // Cells laid out one after another with a wide gap, as pdf.js splits padded text.
    const runs = rows.flatMap((cells, i) => {
      let x = 20;
      return cells.map((text) => {
        const r: TextRun = { text, x, y: 700 - i * 9, width: text.length * 3, size: 6 };
        x += r.width + 6;
        return r;
      });
    });
    expect(toBlocks(groupLines(runs))).toEqual([{ kind: 'table', rows: rows.map((cells, i) => ({ line: i + 1, cells })) }]);
  });

  it('reads a roster printed as space-padded lines through pdf.js as one table', async () => {
    const rows = rosterRows(people);
    const sink = recordingSink();
    await readBuffer(
      readPdf,
      makePdf(
        [
          prosePage(
            rows.map((r) => r.join('    ')),
            6,
          ),
        ],
        { width: 1400 },
      ),
      'report.pdf',
      sink,
    );
    expect(sink.tables.map((t) => t.rows.map((r) => r.cells))).toEqual([rows]);
  });
});

describe('files attached to a PDF', () => {
  it('reads an attached roster through the scan pipeline under its file name', async () => {
    const { readerContext } = await import('../../../../src/scan/read-nested.js');
    const { readerFor } = await import('../../../../src/readers/index.js');
    const { DEFAULT_LIMITS } = await import('../../../../src/config/scan-options.js');
    const { bufferInput } = await import('../../../../src/scan/input.js');
    const { toCsv } = await import('../../../fixtures/people.js');
    const csv = Buffer.from(toCsv(rosterRows(people)), 'utf8');
    const sink = recordingSink();
    const data = makePdf([{ image: true }], { attachments: [{ name: 'roster.csv', data: csv }] });
    await readPdf(bufferInput(data, 'cover.pdf'), sink, readerContext(DEFAULT_LIMITS, readerFor));
    expect(sink.tables.map((t) => [t.meta.entry, t.rows.length])).toEqual([['roster.csv', people.length + 1]]);
    // Without a pipeline to read it, an attachment is not read and the PDF fails closed.
    const error = await errorOf(data);
    expect(isReadError(error) && error.kind).toBe('unsupported-format');
  });
});

describe('links out of a PDF', () => {
  it('observes link targets for detection to judge', async () => {
    const sink = recordingSink();
    const share = 'file:///\\\\fileserver\\ero\\exports\\detainees.xlsx';
    const data = makePdf([
      {
        texts: [{ x: 72, y: 700, text: 'Sources' }],
        annotations: [
          { kind: 'link', uri: share },
          { kind: 'link', uri: 'https://www.ice.gov/detain/detention-management' },
        ],
      },
    ]);
    await readBuffer(readPdf, data, 'sources.pdf', sink);
    expect(sink.observations.filter((o) => o.kind === 'external-link').map((o) => [o.where, o.value])).toEqual([
      ['PDF link', share],
      ['PDF link', 'https://www.ice.gov/detain/detention-management'],
    ]);
  });
});

describe('earlier revisions of a PDF', () => {
  it('reads the pages an incremental update changed, under the entry "revision N", and nothing twice', async () => {
    const { pages, width } = tablePages(rosterRows(people), { title: 'Detainees' });
    const original = makePdf([...pages, prosePage(['Unchanged closing page'], 11, 500)], { width, height: 612 });
    const redacted = appendRevision(original, [{ x: 20, y: 560, text: '[REDACTED]' }]);
    const sink = recordingSink();
    await readBuffer(readPdf, redacted, 'release.pdf', sink);
    // The current version: the redaction notice on page 1, the closing page.
    expect(sink.texts.filter((t) => t.where.entry === undefined).map((t) => [t.where.page, t.text])).toEqual([
      [1, '[REDACTED]'],
      [2, 'Unchanged closing page'],
    ]);
    // The revision before it still holds the roster; the unchanged page is not read again.
    expect(sink.tables.map((t) => [t.meta.entry, t.meta.page, t.rows.length])).toEqual([['revision 1', 1, people.length + 1]]);
    expect(sink.texts.filter((t) => t.where.entry === 'revision 1').map((t) => t.where.page)).toEqual([1]);
  });

  it('reads a PDF saved once as it is, with no revisions', async () => {
    const sink = recordingSink();
    await readBuffer(readPdf, makePdf([prosePage(PRESS_RELEASE)]), 'release.pdf', sink);
    expect(sink.texts.every((t) => t.where.entry === undefined)).toBe(true);
  });
});
