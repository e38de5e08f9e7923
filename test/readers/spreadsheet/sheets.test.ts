import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { readWorkbook } from '../../../src/readers/spreadsheet/index.js';
import { decodeAddress, walkCells } from '../../../src/readers/spreadsheet/sheets.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows } from '../../fixtures/people.js';
import { buildWorkbook, buildZip, editZip, unzipParts } from './build-xlsx.js';
import { readBook, readFailure, readerMade } from './helpers.js';
import { recordingSink } from './recording-sink.js';

const people = makePeople(12, 31);
const planted = plantedValues(people);

describe('spreadsheet reader: sheets and cells', () => {
  it('reads visible, hidden and very hidden sheets with their state', async () => {
    const buf = buildWorkbook([
      {
        name: 'Summary',
        rows: [
          ['Facility', 'Count'],
          ['STEWART', 4],
        ],
      },
      { name: 'Roster', rows: rosterRows(people.slice(0, 4)), hidden: 1 },
      { name: 'Working', rows: rosterRows(people.slice(4, 8)), hidden: 2 },
    ]);
    const book = await readBook(buf);
    const cells = book.tablesOn('cells');
    expect(cells.map((t) => [t.meta.sheet, t.meta.sheetState, t.meta.shape, t.meta.lettered, t.rows.length, t.ended])).toEqual([
      ['Summary', 'visible', 'grid', true, 2, true],
      ['Roster', 'hidden', 'grid', true, 5, true],
      ['Working', 'very-hidden', 'grid', true, 5, true],
    ]);
    expect(cells[2]!.rows[1]!.cells[0]).toBe(people[4]!.lastFirst);
    expect(book.counts).toMatchObject({ sheets: 3, rows: 12 });
    expectNoLeak(readerMade(book), planted);
  });

  it('keeps absolute row numbers and column indexes, and flags hidden rows and columns', async () => {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, [['Name', 'A-Number'], [people[0]!.lastFirst, 'x'], [], [people[1]!.lastFirst, 'y']], { origin: 'C5' });
    ws['!rows'] = [];
    ws['!rows'][5] = { hidden: true };
    ws['!cols'] = [{}, {}, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Offset');
    const book = await readBook(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const [table] = book.tablesOn('cells');
    expect(table!.meta.hiddenColumns).toEqual(new Set([3]));
    expect(table!.rows.map((r) => [r.rowNumber, r.hidden, r.cells.length, r.cells[2], r.cells[3]])).toEqual([
      [5, false, 4, 'Name', 'A-Number'],
      [6, true, 4, people[0]!.lastFirst, 'x'],
      [8, false, 4, people[1]!.lastFirst, 'y'],
    ]);
    expect(table!.rows[0]!.cells[0]).toBeUndefined();
    expectNoLeak(readerMade(book), planted);
  });

  it('keeps numbers as numbers (an A-number loses its leading zero), dates as dates, strings as strings', async () => {
    const p = people.find((x) => x.aNumber.startsWith('0'))!;
    const buf = buildWorkbook([
      {
        name: 'S',
        rows: [
          ['A-Number', 'Birth Date', 'Name', 'Flag'],
          [Number(p.aNumber), new Date(`${p.birthDate}T00:00:00Z`), p.fullName, true],
        ],
      },
    ]);
    const [table] = (await readBook(buf)).tablesOn('cells');
    const [aNumber, birth, name, flag] = table!.rows[1]!.cells;
    expect(aNumber).toBe(Number(p.aNumber));
    expect(birth).toBeInstanceOf(Date);
    expect((birth as Date).toISOString().slice(0, 10)).toBe(p.birthDate);
    expect(name).toBe(p.fullName);
    expect(flag).toBe(true);
  });

  it('pushes comments as prose with the cell address, and observes comment authors', async () => {
    const p = people[2]!;
    const buf = buildWorkbook([
      {
        name: 'Stats',
        rows: [
          ['Facility', 'Count'],
          ['STEWART', 3],
        ],
        comments: { B2: `includes ${p.fullName}, A${p.aNumber}`, D9: 'a note on an empty cell' },
      },
    ]);
    const book = await readBook(buf);
    const comments = book.texts.filter((t) => t.where.surface === 'comments');
    expect(comments.map((c) => [c.where.cell, c.where.sheet, c.where.sheetState, c.text.includes(p.fullName)])).toEqual([
      ['B2', 'Stats', 'visible', true],
      ['D9', 'Stats', 'visible', false],
    ]);
    expect(book.observations).toContainEqual({ kind: 'document-author', where: 'comment author', entry: undefined, value: 'Reviewer' });
    expectNoLeak(readerMade(book), planted);
  });

  it('reads defined names holding constants and array constants, not range names', async () => {
    const [a, b] = people;
    const buf = buildWorkbook(
      [{ name: 'S', rows: [['x']] }],
      [
        { Name: 'Contact', Ref: `"${a!.fullName}"` },
        { Name: 'Roster', Ref: `{"${a!.lastFirst}","${a!.aNumber}";"${b!.lastFirst}","${b!.aNumber}"}` },
        { Name: 'Area', Ref: 'S!$A$1:$B$2' },
        { Name: 'Label', Ref: `IF(S!$A$1>0,"${b!.fullName}","none")` },
      ],
    );
    const book = await readBook(buf);
    const [table] = book.tablesOn('defined-names');
    expect(table!.rows.map((r) => r.cells)).toEqual([
      [a!.lastFirst, a!.aNumber],
      [b!.lastFirst, b!.aNumber],
    ]);
    const texts = book.texts.filter((t) => t.where.surface === 'defined-names').map((t) => t.text);
    expect(texts).toEqual([a!.fullName, `${b!.fullName}\nnone`]);
    expectNoLeak(readerMade(book), planted);
  });

  it('reads a 32,767-character cell whole, in its row and as prose with its address', async () => {
    const p = people[3]!;
    const long = `${'Case notes. '.repeat(2700)}${p.fullName} A${p.aNumber}`.padEnd(32_767, '.');
    const buf = buildWorkbook([{ name: 'Notes', rows: [['Notes'], [long]] }]);
    const book = await readBook(buf);
    expect(book.tablesOn('cells')[0]!.rows[1]!.cells[0]).toBe(long);
    const prose = book.texts.find((t) => t.where.cell === 'A2');
    expect(prose).toMatchObject({ text: long, where: { surface: 'cells', sheet: 'Notes', cell: 'A2' } });
    expectNoLeak(readerMade(book), planted);
  });

  it('reads sheets named __proto__ and constructor without touching Object.prototype', async () => {
    const buf = buildWorkbook([
      { name: '__proto__', rows: rosterRows(people.slice(0, 2)), hidden: 1 },
      { name: 'constructor', rows: [['y']] },
      { name: 'hasOwnProperty', rows: [['z']] },
    ]);
    const book = await readBook(buf);
    expect(book.tablesOn('cells').map((t) => [t.meta.sheet, t.meta.sheetState, t.rows.length])).toEqual([
      ['__proto__', 'hidden', 3],
      ['constructor', 'visible', 1],
      ['hasOwnProperty', 'visible', 1],
    ]);
    expect(book.tablesOn('cells')[0]!.rows[1]!.cells[0]).toBe(people[0]!.lastFirst);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['!ref']).toBeUndefined();
    expectNoLeak(readerMade(book), planted);
  });

  it('observes docProps creator, last modifier, manager and company', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'S');
    wb.Props = { Author: 'Dana Officer', LastAuthor: 'Lee Analyst', Manager: 'Pat Supervisor', Company: 'Field Office' };
    const book = await readBook(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(book.observations.filter((o) => o.kind === 'document-author').map((o) => [o.where, o.value])).toEqual([
      ['docProps/core.xml creator', 'Dana Officer'],
      ['docProps/core.xml lastModifiedBy', 'Lee Analyst'],
      ['docProps/app.xml Manager', 'Pat Supervisor'],
      ['docProps/app.xml Company', 'Field Office'],
    ]);
  });

  it('pushes string literals held in formulas, once per sheet, with the first cell', async () => {
    const p = people[5]!;
    const ws = XLSX.utils.aoa_to_sheet([['Flag', 'Who']]);
    ws.A2 = { t: 'n', v: 1, f: 'IF(B1>0,1,0)' };
    ws.B2 = { t: 's', v: 'none', f: `IF(A2>5,"${p.fullName}","none")` };
    ws.B3 = { t: 's', v: 'none', f: `IF(A2>9,"${p.fullName}","none")` };
    ws['!ref'] = 'A1:B3';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Calc');
    const book = await readBook(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const texts = book.texts.filter((t) => t.where.surface === 'cells');
    expect(texts.map((t) => [t.text, t.where.cell, t.where.sheet])).toEqual([[p.fullName, 'B2', 'Calc']]);
    expectNoLeak(readerMade(book), planted);
  });

  it('pushes descriptive and custom document properties as metadata prose, and sheet names as a table', async () => {
    const tabs = people.slice(0, 3).map((p) => `${p.familyName.toUpperCase()} ${p.aNumber}`);
    const wb = XLSX.utils.book_new();
    for (const tab of tabs) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), tab);
    wb.Props = { Title: 'Intake list', Subject: `for ${people[0]!.fullName}`, Keywords: 'asylum', Comments: 'draft' };
    (wb as { Custprops?: Record<string, string> }).Custprops = { PreparedFor: people[1]!.fullName };
    const book = await readBook(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const metadata = book.texts.filter((t) => t.where.surface === 'metadata');
    expect(metadata).toHaveLength(1);
    expect(metadata[0]!.text.split('\n')).toEqual(['Intake list', `for ${people[0]!.fullName}`, 'asylum', 'draft', people[1]!.fullName]);
    const [names] = book.tablesOn('metadata');
    expect(names!.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual(tabs.map((t, i) => [i + 1, t]));
    // Here the sheet names are the data: only locations other than the sheet name are the reader's own.
    expectNoLeak({ where: JSON.stringify(book.texts.map((t) => ({ ...t.where, sheet: undefined }))) }, planted);
  });

  it('reads .xls (BIFF8) and .ods sheets (and .xls hidden state)', async () => {
    for (const [bookType, format] of [
      ['xls', 'xls'],
      ['ods', 'ods'],
    ] as const) {
      const buf = buildWorkbook(
        [
          {
            name: 'Visible',
            rows: [
              ['Facility', 'Count'],
              ['STEWART', 3],
            ],
          },
          { name: 'Roster', rows: rosterRows(people.slice(0, 3)), hidden: 1 },
        ],
        [],
        bookType,
      );
      const book = await readBook(buf, format);
      const cells = book.tablesOn('cells');
      expect(
        cells.map((t) => [t.meta.sheet, t.rows.length]),
        format,
      ).toEqual([
        ['Visible', 2],
        ['Roster', 4],
      ]);
      expect(cells[1]!.rows[1]!.cells[0]).toBe(people[0]!.lastFirst);
      if (format === 'xls') expect(cells[1]!.meta.sheetState).toBe('hidden');
      // SheetJS writes no comments into BIFF8 or ODS: comment reading there is SheetJS's own.
    }
  });
});

describe('walking cells', () => {
  it('visits every cell once in row order, whatever the key order, !ref or stray keys', () => {
    const ws = {
      '!ref': 'A1:B2',
      B2: { t: 's', v: 'x' },
      A1: { t: 'n', v: 1 },
      XFD1048576: { t: 's', v: 'far' },
      A2: { t: 'z' },
      C1: { t: 'e', v: 7, w: '#N/A' },
      a1: { t: 's', v: 'not an address' },
      A0: { t: 's', v: 'not an address' },
      AAAA1: { t: 's', v: 'not an address' },
    } as unknown as XLSX.WorkSheet;
    const rows: Array<[number, unknown[], boolean]> = [];
    const visited: string[] = [];
    walkCells(
      ws,
      (n, cells, hidden) => rows.push([n, [...cells], hidden]),
      (address) => visited.push(address),
      (r) => r === 1,
    );
    expect(visited).toEqual(['A1', 'C1', 'A2', 'B2', 'XFD1048576']);
    expect(rows.map(([n, cells, hidden]) => [n, cells.length, cells.filter((c) => c !== undefined), hidden])).toEqual([
      [1, 3, [1, '#N/A'], false],
      [2, 2, ['x'], true],
      [1048576, 16384, ['far'], false],
    ]);
    expect(rows[1]![1][1]).toBe('x');
    expect(rows[2]![1][16383]).toBe('far');
    expect([
      decodeAddress('A1'),
      decodeAddress('B2'),
      decodeAddress('XFD1048576'),
      decodeAddress('XFE1'),
      decodeAddress('A1048577'),
    ]).toEqual([0, 16385, 1048575 * 16384 + 16383, -1, -1]);
  });
});

describe('spreadsheet reader: what SheetJS does not report for .ods and .xlsb', () => {
  it('reads hidden .ods tables, rows and columns from content.xml', async () => {
    const base = buildWorkbook(
      [
        {
          name: 'Visible',
          rows: [
            ['Facility', 'Count'],
            ['STEWART', 3],
            ['OTERO', 2],
          ],
        },
        { name: 'Roster', rows: rosterRows(people.slice(0, 2)) },
      ],
      [],
      'ods',
    );
    const content = unzipParts(base).get('content.xml')!.toString('utf8');
    const edited = content
      .replace(
        '</office:automatic-styles>',
        '<style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>',
      )
      .replace('<table:table table:name="Roster" table:style-name="ta1">', '<table:table table:name="Roster" table:style-name="taHidden">')
      .replace(
        /(<table:table table:name="Visible"[^>]*>\s*)<table:table-row>(\s*<table:table-cell[^]*?<\/table:table-row>\s*)<table:table-row>/,
        '$1<table:table-column/><table:table-column table:visibility="collapse"/><table:table-row>$2<table:table-row table:visibility="collapse">',
      );
    expect(edited.match(/taHidden|collapse/g)).toHaveLength(4);
    const book = await readBook(editZip(base, { 'content.xml': edited }), 'ods');
    const [visible, roster] = book.tablesOn('cells');
    expect([visible!.meta.sheetState, roster!.meta.sheetState]).toEqual(['visible', 'hidden']);
    expect(visible!.meta.hiddenColumns).toEqual(new Set([1]));
    expect(visible!.rows.map((r) => [r.rowNumber, r.hidden])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('reads hidden rows of an .xlsb through SheetJS', async () => {
    const buf = buildWorkbook([{ name: 'S', rows: rosterRows(people.slice(0, 3)), hiddenRows: [2] }], [], 'xlsb');
    const [table] = (await readBook(buf)).tablesOn('cells');
    expect(table!.rows.map((r) => r.hidden)).toEqual([false, false, true, false]);
  });
});

describe('spreadsheet reader: files it cannot read', () => {
  const roster = buildWorkbook([{ name: 'Roster', rows: rosterRows(people) }]);

  it('calls a truncated xlsx truncated, without library text', async () => {
    for (const cut of [roster.length - 30, Math.floor(roster.length / 2), 100]) {
      const failure = await readFailure(roster.subarray(0, cut));
      expect(failure.kind).toBe('truncated');
      expectNoLeak({ message: failure.message }, planted);
    }
  });

  it('calls bit-flipped xlsx files corrupt (or reads them), never with library text', async () => {
    const kinds = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const damaged = Buffer.from(roster);
      const at = 200 + Math.floor((i / 40) * (damaged.length - 400));
      damaged[at] = damaged[at]! ^ 0x5a;
      const failure = await readFailure(damaged);
      kinds.add(failure.kind);
      expect(['corrupt', 'truncated', 'no error']).toContain(failure.kind);
      expectNoLeak({ message: failure.message }, planted);
    }
    expect(kinds.has('corrupt')).toBe(true);
  });

  it('refuses a zip bomb by its declared sizes before SheetJS inflates it', async () => {
    const failure = await readFailure(roster, 'xlsx', { maxDecompressedSize: 10_000 });
    expect(failure.kind).toBe('too-large-decompressed');
  });

  it('refuses a part whose real size passes the limit even when its declared size is small', async () => {
    const parts = unzipParts(roster);
    const padded = parts
      .get('xl/worksheets/sheet1.xml')!
      .toString('utf8')
      .replace('</worksheet>', `<!--${' '.repeat(200_000)}--></worksheet>`);
    const lying = buildZip(
      [...parts].map(([name, data]) => (name === 'xl/worksheets/sheet1.xml' ? { name, data: padded, declaredSize: 100 } : { name, data })),
    );
    const failure = await readFailure(lying, 'xlsx', { maxDecompressedSize: 150_000 });
    expect(failure.kind).toBe('too-large-decompressed');
    // The same part with the room it needs reads.
    const honest = buildZip([...parts].map(([name, data]) => ({ name, data: name === 'xl/worksheets/sheet1.xml' ? padded : data })));
    expect((await readBook(honest, 'xlsx', { maxDecompressedSize: 400_000 })).counts.rows).toBe(people.length + 1);
  });

  it('spends the decompressed size from the budget the whole scanned file shares', async () => {
    const inflated = [...unzipParts(roster).values()].reduce((n, part) => n + part.length, 0);
    const context = { limits: { ...DEFAULT_LIMITS, maxDecompressedSize: Math.round(inflated * 1.5) } };
    await readWorkbook(roster, 'xlsx', { name: 'a.xlsx', depth: 1 }, recordingSink(), context);
    await expect(readWorkbook(roster, 'xlsx', { name: 'b.xlsx', depth: 1 }, recordingSink(), context)).rejects.toMatchObject({
      kind: 'too-large-decompressed',
    });
    // A fresh context (another scanned file) has its own budget.
    await readWorkbook(roster, 'xlsx', { name: 'c.xlsx', depth: 0 }, recordingSink(), { limits: context.limits });
  });

  it('calls an OLE container with an EncryptionInfo stream password-protected', async () => {
    const CFB = ((XLSX as unknown as { CFB?: unknown }).CFB ?? (XLSX as unknown as { default: { CFB: unknown } }).default.CFB) as {
      utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, content: Buffer): void };
      write(c: unknown, o: { type: 'buffer' }): Buffer;
    };
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.alloc(200, 4));
    CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(5000, 7));
    const ole = CFB.write(container, { type: 'buffer' });
    expect((await readFailure(Buffer.from(ole), 'xlsx')).kind).toBe('password-protected');
    expect((await readFailure(Buffer.from(ole), 'xls')).kind).toBe('password-protected');
  });

  it('calls an OpenDocument spreadsheet whose manifest declares encryption password-protected', async () => {
    const ods = buildWorkbook([{ name: 'Roster', rows: rosterRows(people) }], [], 'ods');
    const manifest = unzipParts(ods).get('META-INF/manifest.xml')!.toString('utf8');
    const encrypted = manifest.replace(
      /(<manifest:file-entry [^>]*manifest:full-path="content.xml"[^>]*?)\/>/,
      '$1><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry>',
    );
    expect(encrypted).not.toBe(manifest);
    expect((await readFailure(editZip(ods, { 'META-INF/manifest.xml': encrypted }), 'ods')).kind).toBe('password-protected');
    expect((await readBook(ods, 'ods')).counts.sheets).toBe(1);
  });

  it('fails closed when SheetJS silently drops a worksheet or the string table, after pushing the rest', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rosterRows(people.slice(0, 3))), 'Roster');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Facility'], ['STEWART']]), 'Other');
    const base = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
    const parts = unzipParts(base);
    // One cell pointing past the string table: SheetJS leaves the whole sheet out, silently.
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString('utf8').replace('<v>0</v>', '<v>99999</v>');
    const droppedSheet = editZip(base, { 'xl/worksheets/sheet1.xml': sheet });
    const failure = await readFailure(droppedSheet);
    expect(failure.kind).toBe('corrupt');
    expectNoLeak({ message: failure.message }, planted);
    const sink = recordingSink();
    await expect(readWorkbook(droppedSheet, 'xlsx', { name: 'x.xlsx', depth: 0 }, sink, { limits: DEFAULT_LIMITS })).rejects.toMatchObject({
      kind: 'corrupt',
    });
    expect(sink.tablesOn('cells').find((t) => t.meta.sheet === 'Other')!.rows).toHaveLength(2);
    // The dropped sheet's cells were still read directly, so a finding can say where the roster is.
    const dropped = sink.tablesOn('cells').find((t) => t.meta.sheet === 'Roster')!;
    expect(dropped.rows.map((r) => r.cells[0])).toEqual([undefined, ...people.slice(0, 3).map((p) => p.lastFirst)]);
    expect(dropped.rows[0]!.cells[1]).toBe('Alien File Number');
    // A damaged string table comes back empty.
    const sst = parts.get('xl/sharedStrings.xml')!.toString('utf8');
    const damaged = editZip(base, { 'xl/sharedStrings.xml': sst.replace('<si>', '<si><r><rPr><sz val="x"/></rPr>').slice(0, -20) });
    expect((await readFailure(damaged)).kind).toBe('corrupt');
  });

  it('calls a non-workbook where a workbook was expected corrupt', async () => {
    expect((await readFailure(Buffer.from('Name,A-Number\nx,y\n'), 'xlsx')).kind).toBe('corrupt');
    expect((await readFailure(Buffer.from('Name,A-Number\nx,y\n'), 'xls')).kind).toBe('corrupt');
  });
});
