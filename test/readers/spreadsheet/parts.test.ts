import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { readWorkbook } from '../../../src/readers/spreadsheet/index.js';
import { sheetLayout, sheetTail, stripHeaderCodes } from '../../../src/readers/spreadsheet/parts/sheet-xml.js';
import type { ReaderInput } from '../../../src/readers/types.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues, type Person } from '../../fixtures/people.js';
import { buildWorkbook, editZip, unzipParts } from './build-xlsx.js';
import { readBook, readFailure, readerMade } from './helpers.js';
import { recordingSink } from './recording-sink.js';

const people = makePeople(10, 47);
const planted = plantedValues(people);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const MAIN =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function pivotParts(roster: readonly Person[], stale: Person) {
  const names = [...roster.map((p) => p.lastFirst), stale.lastFirst];
  const countries = [...new Set(roster.map((p) => p.nationality))];
  const decisions = [...new Set(roster.map((p) => p.fearDecision))];
  const definition = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition ${MAIN} r:id="rId1" recordCount="${roster.length}"><cacheSource type="worksheet"><worksheetSource ref="A1:E${roster.length + 1}" sheet="Data"/></cacheSource>
<cacheFields count="5">
<cacheField name="Name" numFmtId="0"><sharedItems count="${names.length}">${names.map((n) => `<s v="${esc(n)}"/>`).join('')}</sharedItems></cacheField>
<cacheField name="Alien File Number" numFmtId="0"><sharedItems containsNumber="1" containsInteger="1"/></cacheField>
<cacheField name="Birth Date" numFmtId="14"><sharedItems containsDate="1"/></cacheField>
<cacheField name="Citizenship Country" numFmtId="0"><sharedItems>${countries.map((c) => `<s v="${esc(c)}"/>`).join('')}</sharedItems></cacheField>
<cacheField name="Fear Decision" numFmtId="0"><sharedItems>${decisions.map((d) => `<s v="${esc(d)}"/>`).join('')}</sharedItems></cacheField>
</cacheFields></pivotCacheDefinition>`;
  const records = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords ${MAIN} count="${roster.length}">${roster
    .map(
      (p, i) =>
        `<r><x v="${i}"/><n v="${Number(p.aNumber)}"/><d v="${p.birthDate}T00:00:00"/><x v="${countries.indexOf(p.nationality)}"/><x v="${decisions.indexOf(p.fearDecision)}"/></r>`,
    )
    .join('')}</pivotCacheRecords>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`;
  return {
    'xl/pivotCache/pivotCacheDefinition1.xml': definition,
    'xl/pivotCache/pivotCacheRecords1.xml': records,
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': rels,
  };
}

describe('spreadsheet reader: parts SheetJS leaves raw', () => {
  it('rebuilds a roster that lives only in a pivot cache under an aggregate sheet', async () => {
    const roster = people.slice(0, 6);
    const stale = people[9]!;
    const base = buildWorkbook([
      {
        name: 'Summary',
        rows: [
          ['Citizenship Country', 'Count'],
          ['HONDURAS', 4],
          ['GUATEMALA', 2],
        ],
      },
    ]);
    const book = await readBook(editZip(base, pivotParts(roster, stale)));
    const [records, ...unused] = book.tablesOn('pivot-cache');
    expect(records!.meta).toMatchObject({
      shape: 'records',
      header: ['Name', 'Alien File Number', 'Birth Date', 'Citizenship Country', 'Fear Decision'],
    });
    expect(records!.rows).toHaveLength(6);
    const first = records!.rows[0]!;
    expect(first.rowNumber).toBe(1);
    expect(first.cells.slice(0, 2)).toEqual([roster[0]!.lastFirst, Number(roster[0]!.aNumber)]);
    expect((first.cells[2] as Date).toISOString().slice(0, 10)).toBe(roster[0]!.birthDate);
    expect(first.cells.slice(3)).toEqual([roster[0]!.nationality, roster[0]!.fearDecision]);
    // The deleted person's name survives only as an unused shared item.
    expect(unused.map((t) => [t.meta.header, t.rows.map((r) => r.cells[0])])).toEqual([[['Name'], [stale.lastFirst]]]);
    expect(book.tablesOn('cells')[0]!.rows).toHaveLength(3);
    expectNoLeak(readerMade(book), planted);
  });

  it('pushes shared strings that no cell uses', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Facility', 'Count'],
        ['STEWART', 3],
      ]),
      'S',
    );
    const base = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
    const sst = unzipParts(base).get('xl/sharedStrings.xml')!.toString('utf8');
    const extra = [people[0]!.lastFirst, people[1]!.lastFirst, 'Alien File Number'];
    const edited = sst
      .replace('</sst>', `${extra.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`)
      .replace(/count="\d+"/, 'count="6"')
      .replace(/uniqueCount="\d+"/, 'uniqueCount="6"');
    const book = await readBook(editZip(base, { 'xl/sharedStrings.xml': edited }));
    const [table] = book.tablesOn('shared-strings');
    expect(table!.meta).toMatchObject({ shape: 'grid', lettered: false });
    expect(table!.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [4, extra[0]],
      [5, extra[1]],
      [6, extra[2]],
    ]);
    expect(book.tablesOn('cells')[0]!.rows.map((r) => r.cells)).toEqual([
      ['Facility', 'Count'],
      ['STEWART', 3],
    ]);
    expectNoLeak(readerMade(book), planted);
  });

  it('refuses a part nested past the depth limit as too-deep', async () => {
    const deep = `<pivotCacheDefinition ${MAIN}>${'<x>'.repeat(3000)}${'</x>'.repeat(3000)}</pivotCacheDefinition>`;
    const failure = await readFailure(
      editZip(buildWorkbook([{ name: 'S', rows: [['x']] }]), { 'xl/pivotCache/pivotCacheDefinition1.xml': deep }),
    );
    expect(failure.kind).toBe('too-deep');
  });

  it('reads external-link cached values and observes the link target', async () => {
    const p = people[2]!;
    const target = 'file:///\\\\ero-share\\detention\\working\\roster.xlsx';
    const link = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink ${MAIN}><externalBook r:id="rId1"><sheetNames><sheetName val="Roster"/></sheetNames>
<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>Name</v></cell><cell r="B1" t="str"><v>Alien File Number</v></cell></row>
<row r="7"><cell r="A7" t="str"><v>${esc(p.lastFirst)}</v></cell><cell r="B7"><v>${Number(p.aNumber)}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
    const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${esc(target)}" TargetMode="External"/></Relationships>`;
    const base = buildWorkbook([{ name: 'Stats', rows: [['x', 1]] }]);
    const book = await readBook(
      editZip(base, { 'xl/externalLinks/externalLink1.xml': link, 'xl/externalLinks/_rels/externalLink1.xml.rels': rels }),
    );
    const [table] = book.tablesOn('external-link');
    expect(table!.meta).toMatchObject({ sheet: 'Roster', shape: 'grid', lettered: true });
    expect(table!.rows).toEqual([
      { rowNumber: 1, cells: ['Name', 'Alien File Number'], hidden: undefined },
      { rowNumber: 7, cells: [p.lastFirst, Number(p.aNumber)], hidden: undefined },
    ]);
    expect(book.observations).toContainEqual({
      kind: 'external-link',
      where: 'xl/externalLinks/_rels/externalLink1.xml.rels Target',
      entry: undefined,
      value: target,
    });
    expectNoLeak(readerMade(book), planted);
  });

  it('observes files and shares named by data connections, not web queries', async () => {
    const source = 'Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\\\ero-share\\intake\\detainees.accdb;Mode=Share Deny None';
    const connections = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<connections ${MAIN}><connection id="1" name="intake" type="5" refreshedVersion="6"><dbPr connection="${esc(source)}" command="Roster" commandType="3"/></connection>
<connection id="2" name="web" type="4"><webPr url="https://www.ice.gov/detain/detention-management"/></connection></connections>`;
    const book = await readBook(editZip(buildWorkbook([{ name: 'S', rows: [['x']] }]), { 'xl/connections.xml': connections }));
    expect(book.observations.filter((o) => o.kind === 'external-link')).toEqual([
      { kind: 'external-link', where: 'xl/connections.xml connection', entry: undefined, value: source },
    ]);
  });

  it('reads inline data-validation lists, their messages, and headers/footers', async () => {
    const [a, b] = people;
    const base = buildWorkbook([
      {
        name: 'Intake',
        rows: [
          ['Name', 'Officer'],
          ['', ''],
        ],
      },
    ]);
    const sheet = unzipParts(base).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const tail =
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:A50" promptTitle="Pick" prompt="Choose the detainee"><formula1>"${esc(a!.lastFirst.replace(',', ''))},${esc(b!.lastFirst.replace(',', ''))}"</formula1></dataValidation>` +
      `<dataValidation type="list" sqref="B2"><formula1>$D$1:$D$4</formula1></dataValidation></dataValidations>` +
      `<headerFooter><oddHeader>&amp;L&amp;"Arial,Bold"Prepared by ${esc(a!.fullName)}&amp;RPage &amp;P</oddHeader></headerFooter>`;
    const edited = sheet.replace(/<\/worksheet>\s*$/, `${tail}</worksheet>`);
    expect(edited).not.toBe(sheet);
    const book = await readBook(editZip(base, { 'xl/worksheets/sheet1.xml': edited }));
    const lists = book.tablesOn('data-validation');
    expect(lists.map((t) => [t.meta.sheet, t.rows.map((r) => r.cells[0])])).toEqual([
      ['Intake', [a!.lastFirst.replace(',', ''), b!.lastFirst.replace(',', '')]],
    ]);
    expect(book.texts.filter((t) => t.where.surface === 'data-validation').map((t) => t.text)).toEqual(['Pick\nChoose the detainee']);
    const header = book.texts.find((t) => t.where.surface === 'header-footer');
    expect(header).toMatchObject({ where: { sheet: 'Intake', sheetState: 'visible' } });
    expect(header!.text).toContain(`Prepared by ${a!.fullName}`);
    expect(header!.text).not.toContain('&');
    expectNoLeak(readerMade(book), planted);
  });

  it('reads chart caches per series', async () => {
    const roster = people.slice(0, 3);
    const chart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:idx val="0"/>
<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Days detained</c:v></c:pt></c:strCache></c:strRef></c:tx>
<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/>${roster.map((p, i) => `<c:pt idx="${i}"><c:v>${esc(p.lastFirst)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>Sheet1!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>12</c:v></c:pt><c:pt idx="2"><c:v>40.5</c:v></c:pt></c:numCache></c:numRef></c:val>
</c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
    const book = await readBook(editZip(buildWorkbook([{ name: 'S', rows: [['x']] }]), { 'xl/charts/chart1.xml': chart }));
    const [table] = book.tablesOn('chart-cache');
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['Days detained', roster[0]!.lastFirst, 12],
      [undefined, roster[1]!.lastFirst, undefined],
      [undefined, roster[2]!.lastFirst, 40.5],
    ]);
    expectNoLeak(readerMade(book), planted);
  });

  it('reads text boxes drawn over a sheet, with the sheet that shows them', async () => {
    const p = people[6]!;
    const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:bodyPr/>
<a:p><a:r><a:t>Pending: </a:t></a:r><a:r><a:t>${esc(p.fullName)}</a:t></a:r></a:p><a:p><a:r><a:t>A${p.aNumber}</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>`;
    const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
    const base = buildWorkbook([
      { name: 'Cover', rows: [['x']] },
      { name: 'Board', rows: [['Facility', 'Count']], hidden: 1 },
    ]);
    const book = await readBook(editZip(base, { 'xl/drawings/drawing1.xml': drawing, 'xl/worksheets/_rels/sheet2.xml.rels': rels }));
    const texts = book.texts.filter((t) => t.where.surface === 'text');
    expect(texts.map((t) => [t.text, t.where.sheet, t.where.sheetState])).toEqual([
      [`Pending: ${p.fullName}\nA${p.aNumber}`, 'Board', 'hidden'],
    ]);
    expectNoLeak(readerMade(book), planted);
  });

  it('reads worksheet parts the workbook no longer lists', async () => {
    const roster = people.slice(0, 3);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Facility', 'Count'],
        ['STEWART', 3],
      ]),
      'Summary',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([['Name', 'Alien File Number'], ...roster.map((p) => [p.lastFirst, Number(p.aNumber)])]),
      'Roster',
    );
    const base = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
    const parts = unzipParts(base);
    // Delete the Roster sheet from the workbook the way a careless edit would: its part stays.
    const workbook = parts
      .get('xl/workbook.xml')!
      .toString('utf8')
      .replace(/<sheet [^>]*name="Roster"[^>]*\/>/, '');
    const orphaned = editZip(base, { 'xl/workbook.xml': workbook });
    const book = await readBook(orphaned);
    const cells = book.tablesOn('cells');
    expect(cells.map((t) => [t.meta.sheet, t.meta.sheetState])).toEqual([
      ['Summary', 'visible'],
      ['(sheet not listed in the workbook: xl/worksheets/sheet2.xml)', 'very-hidden'],
    ]);
    expect(cells[1]!.rows.map((r) => [r.rowNumber, ...r.cells])).toEqual([
      [1, 'Name', 'Alien File Number'],
      ...roster.map((p, i) => [i + 2, p.lastFirst, Number(p.aNumber)]),
    ]);
    expect(book.tablesOn('shared-strings')).toEqual([]);
    expectNoLeak(readerMade(book), planted);
  });

  it('reads comment parts SheetJS placed on no cell (here: a part no sheet refers to)', async () => {
    const p = people[7]!;
    const orphan = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments ${MAIN}><authors><author>x</author></authors><commentList><comment ref="C4" authorId="0"><text><r><t>Detainee </t></r><r><t>${esc(p.fullName)}</t></r></text></comment></commentList></comments>`;
    const book = await readBook(editZip(buildWorkbook([{ name: 'S', rows: [['x']] }]), { 'xl/comments9.xml': orphan }));
    expect(book.texts.filter((t) => t.where.surface === 'comments').map((t) => [t.text, t.where.cell])).toEqual([
      [`Detainee ${p.fullName}`, 'C4'],
    ]);
    // When SheetJS placed comments on cells, the parts are not read a second time.
    const placed = await readBook(buildWorkbook([{ name: 'S', rows: [['x']], comments: { A1: 'once' } }]));
    expect(placed.texts.filter((t) => t.where.surface === 'comments').map((t) => t.text)).toEqual(['once']);
    expectNoLeak(readerMade(book), planted);
  });

  it('reads threaded comments (non-ASCII text decoded, which SheetJS misses) and observes their authors', async () => {
    const p = people[4]!;
    expect(/[^\x00-\x7f]/.test(p.fullName)).toBe(true);
    const ws = XLSX.utils.aoa_to_sheet([
      ['Facility', 'Count'],
      ['OTERO', 2],
    ]);
    ws.B2!.c = [{ a: 'Case Officer', t: `one of them is ${p.fullName}`, T: true } as XLSX.Comment & { T: boolean }] as XLSX.Comments;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Stats');
    const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
    expect([...unzipParts(buf).keys()].some((k) => k.startsWith('xl/threadedComments/'))).toBe(true);
    const book = await readBook(buf);
    const comments = book.texts.filter((t) => t.where.surface === 'comments');
    expect(comments.some((c) => c.where.cell === 'B2' && c.text.includes(p.fullName))).toBe(true);
    expect(book.observations.some((o) => o.where === 'comment author' && o.value === 'Case Officer')).toBe(true);
    expectNoLeak(readerMade(book), planted);
  });

  it('hands embedded files to the nested reader with the same sink', async () => {
    const inner = buildWorkbook([{ name: 'Inner', rows: [['Name'], [people[5]!.lastFirst]] }]);
    const outer = editZip(buildWorkbook([{ name: 'Outer', rows: [['x']] }]), { 'xl/embeddings/Microsoft_Excel_Worksheet1.xlsx': inner });
    const sink = recordingSink();
    const handed: Array<{ entry?: string; depth: number; size: number }> = [];
    const readNested = async (input: ReaderInput, nestedSink: typeof sink) => {
      expect(nestedSink).toBe(sink);
      handed.push({ entry: input.entry, depth: input.depth, size: input.size });
      await readWorkbook(await input.buffer(), 'xlsx', input, nestedSink, { limits: DEFAULT_LIMITS });
    };
    await readWorkbook(outer, 'xlsx', { name: 'outer.xlsx', depth: 0 }, sink, { limits: DEFAULT_LIMITS, readNested });
    expect(handed).toEqual([{ entry: 'xl/embeddings/Microsoft_Excel_Worksheet1.xlsx', depth: 1, size: inner.length }]);
    expect(sink.tablesOn('cells').map((t) => t.meta.sheet)).toEqual(['Outer', 'Inner']);
    // Without a nested reader the embedded file is not read (and the outer one still is).
    const alone = await readBook(outer);
    expect(alone.tablesOn('cells').map((t) => t.meta.sheet)).toEqual(['Outer']);
    expectNoLeak({ ...readerMade(sink), handed: JSON.stringify(handed) }, planted);
  });
});

describe('worksheet XML helpers', () => {
  it('finds hidden rows and columns whatever the prefix, quoting or r= attribute', () => {
    const xml = `<x:worksheet xmlns:x="m"><x:cols><x:col min="2" max="3" hidden="1"/><x:col min="5" max="5" width="3"/></x:cols><x:sheetData>
<x:row r="1"><x:c r="A1"/></x:row><x:row r="4" hidden='true'><x:c r="A4"/></x:row><x:row r="6" hidden="0"/></x:sheetData></x:worksheet>`;
    expect(sheetLayout(Buffer.from(xml))).toEqual({ hiddenRows: new Set([3]), hiddenColumns: new Set([1, 2]) });
    const implicit = `<worksheet><sheetData><row><c/></row><row hidden="1"><c/></row></sheetData></worksheet>`;
    expect(sheetLayout(Buffer.from(implicit)).hiddenRows).toEqual(new Set([1]));
  });

  it('reads x14 validation lists and strips header codes', () => {
    const xml = `<worksheet><sheetData/><extLst><ext><x14:dataValidations><x14:dataValidation type="list"><x14:formula1><xm:f>"Ana,Luis"</xm:f></x14:formula1></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;
    expect(sheetTail(Buffer.from(xml)).validationLists).toEqual([['Ana', 'Luis']]);
    expect(stripHeaderCodes('&L&"Calibri,Regular"&K00FF00&14Draft &D&RPage &P of &N')).toBe('Draft Page of');
  });
});
