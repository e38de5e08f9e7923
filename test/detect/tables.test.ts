import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/readers/types.js';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/config/scan-options.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, type Person } from '../fixtures/people.js';
import { analyseGrid, outputs, rules, type Grid } from './helpers.js';

const people = makePeople(40, 7);
const planted = plantedValues(people);

function only<T>(xs: readonly T[]): T {
  expect(xs).toHaveLength(1);
  return xs[0]!;
}

const TITLE_BLOCK: CellValue[][] = [
  ['U.S. Immigration and Customs Enforcement'],
  [
    'These statistics are made available to the public pursuant to the Fiscal Year 2022 Department of Homeland Security Appropriations Bill.',
  ],
  [],
  ['ICE DETENTION DATA, FY22 YTD'],
  ['Aliens with USCIS-Established Fear Decisions in an ICE Detention Facility (credible fear, Alien File Numbers matched)'],
  ['Source: ICE Integrated Decision Support (IIDS), 11/28/2022'],
];

describe('severity paths', () => {
  it('identifier + protection claim is critical, below a title block, with safe headers and no planted value', () => {
    const findings = analyseGrid([...TITLE_BLOCK, ...rosterRows(people)], { sheet: 'Sheet1', sheetState: 'hidden' });
    const f = only(findings);
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.severity).toBe('critical');
    expect(f.count).toBe(40);
    expect(f.location.rows).toEqual({ first: 8, last: 47 });
    expect(f.location.columns?.map((c) => [c.letter, c.header, c.kind])).toEqual([
      ['A', 'Name', 'full-name'],
      ['B', 'Alien File Number', 'a-number'],
      ['C', 'Birth Date', 'birthdate'],
      ['D', 'Citizenship Country', 'nationality'],
      ['E', 'Gender', 'gender'],
      ['F', 'Detention Facility', 'facility'],
      ['G', 'Detention Facility Code', 'facility-code'],
      ['H', 'Book In Date', 'book-in-date'],
      ['I', 'Fear Decision', 'protection-claim'],
      ['J', 'Case Category', 'case-category'],
    ]);
    expect(f.message).toContain("sheet 'Sheet1' (hidden sheet)");
    expectNoLeak(outputs(findings), planted);
  });

  it('writes the target message shape', () => {
    const many = makePeople(313, 3);
    const grid: CellValue[][] = [['Name', 'A-Number', 'Gender', 'Country', 'Notes', 'Fear Determination']];
    for (const p of many) grid.push([p.fullName, `A${p.aNumber}`, p.gender, p.nationality, 'reviewed', p.fearDecision]);
    const f = only(analyseGrid(grid, { sheet: 'Sheet1', sheetState: 'hidden' }));
    expect(f.message).toBe(
      "Person-level records linked to a protection claim — sheet 'Sheet1' (hidden sheet), columns A 'Name' (name), B 'A-Number' (A-number), C 'Gender' (gender), D 'Country' (nationality), F 'Fear Determination' (protection claim): 313 person rows (rows 2–314)",
    );
    expectNoLeak(outputs([f]), plantedValues(many));
  });

  it('identifier + quasi-identifiers is high', () => {
    const grid = [
      ['Full Name', 'DOB', 'Citizenship Country', 'Detention Facility'],
      ...people.map((p) => [p.fullName, p.birthDate, p.nationality, p.facility]),
    ];
    const f = only(analyseGrid(grid));
    expect([f.rule, f.severity]).toEqual(['person-record.quasi-identifier', 'high']);
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'birthdate', 'nationality', 'facility']);
    expectNoLeak(outputs([f]), planted);
  });

  it('gender alone is not enough, gender with another weak detail is', () => {
    const one = analyseGrid([['Name', 'Gender'], ...people.map((p) => [p.fullName, p.gender])]);
    expect(rules(one)).toEqual(['person-record.names-only']);
    const two = analyseGrid([['Name', 'Gender', 'Marital Status'], ...people.map((p) => [p.fullName, p.gender, 'Single'])]);
    expect(rules(two)).toEqual(['person-record.quasi-identifier']);
  });

  it('immigration numbers alone are high', () => {
    const grid = [['A-Number', 'Receipt', 'Remarks'], ...people.map((p) => [p.aNumber, p.receiptNumber, 'ok'])];
    const f = only(analyseGrid(grid));
    expect([f.rule, f.severity]).toEqual(['person-record.immigration-number', 'high']);
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['a-number', 'receipt-number']);
    expectNoLeak(outputs([f]), planted);
  });

  it('names alone (a staff directory) are a notice', () => {
    const grid = [
      ['Name', 'Title', 'Phone', 'Email'],
      ...people.map((p, i) => [p.fullName, 'Case Officer', `(202) 555-01${String(i).padStart(2, '0')}`, `staff${i}@example.org`]),
    ];
    const f = only(analyseGrid(grid));
    expect([f.rule, f.severity]).toEqual(['person-record.names-only', 'notice']);
    expectNoLeak(outputs([f]), planted);
  });
});

describe('tables that are not about people', () => {
  it('counts by country with a Total row', () => {
    const grid = [
      ['Citizenship Country', 'Count'],
      ['GUATEMALA', 1200],
      ['HONDURAS', 950],
      ['MEXICO', 2210],
      ['Total', 4360],
    ];
    expect(analyseGrid(grid)).toEqual([]);
  });

  it('an ICE-style aggregate sheet: title blocks, stacked and side-by-side tables, fear vocabulary', () => {
    const grid: CellValue[][] = [
      ...TITLE_BLOCK,
      [],
      [
        'ICE Currently Detained by Processing Disposition',
        null,
        null,
        null,
        null,
        'Average Time from USCIS Fear Decision Service Date to ICE Release (In Days)',
      ],
      ['Processing Disposition', 'FRC', 'Adult', 'Total', null, 'ICE Release Fiscal Year', 'FRC', 'Adult', 'Total'],
      ['Total', 833, 26384, 27217, null, 'FY2022', 87.1, 103.0, 102.8],
      ['Expedited Removal (I-860)', 1, 19622, 19623],
      ['Notice to Appear (I-862)', 816, 4971, 5787],
      [],
      ['Aliens with USCIS-Established Fear Decisions'],
      ['Fear Decision', 'Count'],
      ['Positive Credible Fear', 3120],
      ['Negative Credible Fear', 1850],
      ['Positive Reasonable Fear', 1282],
      ['Total', 6252],
      [],
      ['Book-Ins by Month', 'Count'],
      ['October', 1000],
      ['November', 1100],
    ];
    expect(analyseGrid(grid)).toEqual([]);
  });

  it('a facility list (Name column of facility names, DETLOC codes) is not a person table', () => {
    const grid: CellValue[][] = [
      ['ERO Custody Management Division'],
      ['Authorized Facility List'],
      [],
      ['DETLOC', 'Name', 'City', 'State', 'AOR', 'FY18 ADP'],
      ['STWRTGA', 'STEWART DETENTION CENTER', 'LUMPKIN', 'GA', 'ATL', 1802.3],
      ['ADLNTCA', 'ADELANTO ICE PROCESSING CENTER', 'ADELANTO', 'CA', 'LOS', 1691.1],
      ['ALBCONY', 'ALBANY COUNTY JAIL', 'ALBANY', 'NY', 'BUF', 12.5],
      ['KRO', 'KROME NORTH SERVICE PROCESSING CENTER', 'MIAMI', 'FL', 'MIA', 530.2],
      ['ABTHOLD', 'ABILENE HOLD ROOM', 'ABILENE', 'TX', 'DAL', 0],
      ['BTV', 'BUFFALO (BATAVIA) SERVICE PROCESSING CENTER', 'BATAVIA', 'NY', 'BUF', 617.4],
      ['WINNCLA', 'WINN CORRECTIONAL CENTER', 'WINNFIELD', 'LA', 'NOL', 1100],
    ];
    expect(analyseGrid(grid)).toEqual([]);
    // Headerless, the same list is still not people.
    expect(analyseGrid(grid.slice(4))).toEqual([]);
  });

  it('nine-digit order numbers, SKUs and phone numbers are not A-numbers', () => {
    const grid: CellValue[][] = [['Order', 'SKU', 'Phone', 'Qty']];
    for (let i = 0; i < 30; i++) grid.push([String(100000000 + i * 7919), `SKU-${1000 + i}`, `(202) 555-${String(1000 + i)}`, i + 1]);
    expect(analyseGrid(grid)).toEqual([]);
    expect(analyseGrid(grid.slice(1))).toEqual([]);
  });

  it('bare nine digits without a header count beside a name column', () => {
    const grid = people.map((p) => [p.lastFirst, p.aNumber, 'x']);
    const f = only(analyseGrid(grid));
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'a-number']);
    expectNoLeak(outputs([f]), planted);
  });
});

describe('finding tables in a grid', () => {
  it('stacked tables each get their own decision', () => {
    const roster = rosterRows(people.slice(0, 10));
    const grid: CellValue[][] = [
      ['Citizenship Country', 'Count'],
      ['GUATEMALA', 12],
      ['MEXICO', 30],
      [],
      [],
      ...roster,
      [],
      ['Name', 'Phone'],
      ...people.slice(10, 15).map((p) => [p.fullName, '(202) 555-0100']),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.names-only', 'person-record.protection-claim']);
    // The same when the reader leaves the blank rows out and only row numbers show the gaps.
    expect(analyseGrid(grid, {}, {}, { skipBlankRows: true })).toEqual(findings);
    const critical = findings.find((f) => f.rule === 'person-record.protection-claim')!;
    expect(critical.location.rows).toEqual({ first: 7, last: 16 });
    expect(critical.count).toBe(10);
    const names = findings.find((f) => f.rule === 'person-record.names-only')!;
    expect(names.location.rows).toEqual({ first: 19, last: 23 });
    expectNoLeak(outputs(findings), planted);
  });

  it('side-by-side tables separated by a blank column', () => {
    const rows: CellValue[][] = [['Country', 'Count', null, 'Name', 'A-Number', 'Fear Decision']];
    people
      .slice(0, 12)
      .forEach((p, i) =>
        rows.push([i < 3 ? ['GUATEMALA', 'MEXICO', 'HAITI'][i] : null, i < 3 ? 10 + i : null, null, p.fullName, p.aNumber, p.fearDecision]),
      );
    const f = only(analyseGrid(rows));
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.location.columns?.map((c) => c.letter)).toEqual(['D', 'E', 'F']);
    expect(f.count).toBe(12);
    expectNoLeak(outputs([f]), planted);
  });

  it('a headerless roster is judged from values and never shows its first row as a header', () => {
    const grid = people.map((p) => [p.lastFirst, p.aNumber, p.birthDate, p.nationality, p.facility, p.fearDecision]);
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.count).toBe(40);
    expect(f.location.rows).toEqual({ first: 1, last: 40 });
    expect(f.location.columns?.every((c) => c.header === undefined)).toBe(true);
    expectNoLeak(outputs([f]), planted);
  });

  it('a misleading header does not hide identifiers', () => {
    const grid = [
      ['Notes', 'Comments', 'Misc'],
      ...people.map((p) => [`A-${p.aNumber.slice(0, 3)}-${p.aNumber.slice(3, 6)}-${p.aNumber.slice(6)}`, p.lastFirst, p.caseCategory]),
    ];
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.location.columns?.map((c) => [c.kind, c.header])).toEqual([
      ['a-number', 'Notes'],
      ['full-name', 'Comments'],
      ['protection-claim', 'Misc'],
    ]);
    expectNoLeak(outputs([f]), planted);
  });

  it('a header that is itself a value is withheld', () => {
    const p = people[0]!;
    const grid: CellValue[][] = [['Detainee', p.lastFirst], ...people.slice(1).map((q) => [q.fullName, q.lastFirst])];
    const findings = analyseGrid(grid);
    const f = only(findings);
    expect(f.rule).toBe('person-record.names-only');
    expect(f.location.rows).toEqual({ first: 1, last: 40 });
    expect(f.location.columns?.map((c) => c.header)).toEqual([undefined, undefined]);
    expectNoLeak(outputs(findings), planted);
  });

  it('numeric A-numbers that lost their leading zero still count under an A-number header', () => {
    const grid: CellValue[][] = [
      ['ALIEN_FILE_NUMBER', 'citizenship_country', 'birthDate'],
      ...people.map((p) => [Number(p.aNumber), p.nationality, p.birthDate]),
    ];
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.quasi-identifier');
    expect(f.count).toBe(40);
    expect(f.location.columns?.[0]).toMatchObject({ kind: 'a-number', header: 'ALIEN_FILE_NUMBER' });
    expectNoLeak(outputs([f]), planted);
  });

  it('Excel serial dates and JS Date cells under date headers are birthdates', () => {
    const grid: CellValue[][] = [['Apellidos y Nombres', 'Fecha de Nacimiento', 'DOB2']];
    for (const p of people) {
      const d = new Date(`${p.birthDate}T00:00:00Z`);
      grid.push([p.lastFirst, Math.round(d.getTime() / 86400000) + 25569, d]);
    }
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.quasi-identifier');
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'birthdate', 'birthdate']);
  });

  it('Spanish headers', () => {
    const grid = [
      ['Nombre completo', 'Número A', 'Nacionalidad', 'Resultado miedo creíble'],
      ...people.map((p) => [p.fullName, p.aNumber, p.nationality, 'Positivo']),
    ];
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'a-number', 'nationality', 'protection-claim']);
    expectNoLeak(outputs([f]), planted);
  });

  it('flags person rows in hidden rows and involved hidden columns', () => {
    const grid = rosterRows(people);
    const hiddenRows = new Set([5, 6, 7]);
    const f = only(analyseGrid(grid, { hiddenColumns: new Set([1, 8]), sheet: 'Data' }, {}, { hiddenRows }));
    expect(f.location.hiddenRows).toBe(3);
    expect(f.location.hiddenColumns).toEqual(['B', 'I']);
    expect(f.message).toContain('3 in hidden rows');
    expect(f.message).toContain('hidden columns B, I');
  });

  it('records shape takes its header from the reader and has no letters', () => {
    const analyzer = createAnalyzer('data/people.json', DEFAULT_DETECT_OPTIONS);
    const header = ['alienFileNumber', 'fullName', 'birthDate'];
    const sink = analyzer.beginTable({ surface: 'table', shape: 'records', header, entry: 'export.zip!people.json' });
    people.forEach((p, i) => sink.row(i + 1, [p.aNumber, p.fullName, p.birthDate]));
    sink.row(41, []);
    sink.row(42, [people[0]!.aNumber, people[0]!.fullName, people[0]!.birthDate]);
    sink.end();
    const f = only(analyzer.finish());
    expect(f.rule).toBe('person-record.quasi-identifier');
    expect(f.count).toBe(41);
    expect(f.location.columns?.map((c) => [c.letter, c.header])).toEqual([
      [undefined, 'alienFileNumber'],
      [undefined, 'fullName'],
      [undefined, 'birthDate'],
    ]);
    expect(f.location.entry).toBe('export.zip!people.json');
    expectNoLeak(outputs([f]), planted);
  });

  it('other surfaces are judged the same way and named in the message', () => {
    const f = only(analyseGrid(rosterRows(people), { surface: 'pivot-cache', sheet: 'Pivot' }));
    expect(f.location.surface).toBe('pivot-cache');
    expect(f.message).toContain('pivot cache');
  });

  it('streams a long table with bounded work: counts and first/last rows stay right', () => {
    const analyzer = createAnalyzer('big.csv', DEFAULT_DETECT_OPTIONS);
    const sink = analyzer.beginTable({ surface: 'cells', shape: 'grid', lettered: true });
    sink.row(1, ['Name', 'A-Number', 'Citizenship']);
    const pool: Person[] = makePeople(100, 11);
    const total = 200_000;
    const cells: CellValue[] = [];
    for (let i = 0; i < total; i++) {
      const p = pool[i % pool.length]!;
      cells[0] = p.fullName;
      cells[1] = i === total - 1 ? 'n/a' : p.aNumber; // readers may reuse the array
      cells[2] = p.nationality;
      sink.row(i + 2, cells);
    }
    sink.end();
    const f = only(analyzer.finish());
    expect(f.count).toBe(total);
    expect(f.location.rows).toEqual({ first: 2, last: total + 1 });
    expectNoLeak(outputs([f]), plantedValues(pool));
  });
});

describe('configuration', () => {
  it('custom recognizers classify columns (rule custom when they are the only identifier)', () => {
    const customRecognizers = [{ id: 'case-ref', pattern: 'CR-\\d{6}', headers: ['Case Ref'] }];
    const alone = analyseGrid(
      [['Ref', 'Office'], ...people.map((_, i) => [`CR-${String(100000 + i)}`, 'North'])],
      {},
      { customRecognizers },
    );
    expect(rules(alone)).toEqual(['custom']);
    const withClaim = analyseGrid(
      [['Case Ref', 'Fear Decision'], ...people.map((p, i) => [`CR-${String(100000 + i)}`, p.fearDecision])],
      {},
      { customRecognizers },
    );
    expect(rules(withClaim)).toEqual(['person-record.protection-claim']);
  });

  it('invalid and catastrophic custom patterns are ignored', () => {
    const customRecognizers = [
      { id: 'bad', pattern: '([a-z' },
      { id: 'redos', pattern: '(a+)+$' },
      { id: 'empty', pattern: 'x*' },
    ];
    const grid = [['Col'], ...Array.from({ length: 20 }, () => ['a'.repeat(100) + '!'])];
    expect(analyseGrid(grid, {}, { customRecognizers })).toEqual([]);
  });

  it('header synonyms extend the vocabulary', () => {
    const grid = [['Expediente', 'Centro'], ...people.map((p) => [p.aNumber.replace(/^0/, ''), p.facility])];
    expect(analyseGrid(grid)).toEqual([]);
    const f = only(analyseGrid(grid, {}, { headerSynonyms: { 'a-number': ['expediente'] } }));
    expect(f.rule).toBe('person-record.quasi-identifier');
    expect(f.location.columns?.[0]).toMatchObject({ kind: 'a-number', header: 'Expediente' });
  });

  it('severity overrides apply last', () => {
    const grid = [['Name', 'Phone'], ...people.map((p) => [p.fullName, '(202) 555-0100'])];
    const f = only(analyseGrid(grid, {}, { severityOverrides: { 'person-record.names-only': 'high' } }));
    expect(f.severity).toBe('high');
  });
});

describe('a roster broken by blank rows', () => {
  it('a headerless block right under a roster continues it', () => {
    const grid: CellValue[][] = [
      ['Alien File Number', 'Citizenship', 'Fear Decision'],
      ...people.slice(0, 20).map((p) => [Number(p.aNumber), p.nationality, p.fearDecision]),
      [],
      ...people.slice(20).map((p) => [Number(p.aNumber), p.nationality, p.fearDecision]),
    ];
    const f = only(analyseGrid(grid));
    expect(f.count).toBe(40);
    expect(f.location.rows).toEqual({ first: 2, last: 42 });
    expectNoLeak(outputs([f]), planted);
  });

  it('a block with its own header is a new table', () => {
    const grid: CellValue[][] = [
      ['Alien File Number', 'Citizenship'],
      ...people.slice(0, 5).map((p) => [p.aNumber, p.nationality]),
      [],
      ['Country', 'Count'],
      ['GUATEMALA', 4],
    ];
    const f = only(analyseGrid(grid));
    expect(f.count).toBe(5);
    expect(f.location.rows).toEqual({ first: 2, last: 6 });
  });
});

describe('more column shapes', () => {
  it('split given/family name columns, I-94 and SEVIS numbers', () => {
    const grid = [
      ['Last Name', 'First Name', 'I-94 Number', 'SEVIS ID'],
      ...people.map((p, i) => [p.familyName, p.givenName, `${p.aNumber}A${i % 10}`, `N0${p.aNumber.slice(1)}0`]),
    ];
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.immigration-number');
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['family-name', 'given-name', 'i94-number', 'sevis-id']);
    expectNoLeak(outputs([f]), planted);
  });

  it('a fear-decision date beside an identifier is a protection claim', () => {
    const grid: CellValue[][] = [
      ['A-Number', 'Fear Decision Service Date'],
      ...people.map((p) => [p.aNumber, 44900 + (Number(p.aNumber) % 300)]),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });

  it('an empty column inside a roster does not split it', () => {
    const grid: CellValue[][] = people.map((p) => [p.lastFirst, p.aNumber, null, p.fearDecision]);
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.location.columns?.map((c) => c.letter)).toEqual(['A', 'B', 'D']);
  });
});

describe('unused shared strings (a bag of loose values)', () => {
  function bag(values: string[]) {
    const analyzer = createAnalyzer('book.xlsx', DEFAULT_DETECT_OPTIONS);
    const sink = analyzer.beginTable({ surface: 'shared-strings', shape: 'grid', lettered: false, entry: 'xl/sharedStrings.xml' });
    values.forEach((v, i) => sink.row(i + 1, [v]));
    sink.end();
    return analyzer.finish();
  }

  it('a cleared roster left in the string table is found', () => {
    const values = people.slice(0, 10).flatMap((p) => [p.lastFirst, p.nationality, p.fearDecision, p.facility]);
    const f = only(bag(values));
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.count).toBe(10);
    expect(f.message).toContain('shared strings');
    expectNoLeak(outputs([f]), planted);
  });

  it('footnotes, titles and a stray name are not', () => {
    expect(
      bag([
        'Records related to credible fear are USCIS records, and are provided to ICE by USCIS.',
        'ICE DETENTION DATA, FY21 YTD',
        'GUATEMALA',
        'Marisol Quispe',
        'Total',
      ]),
    ).toEqual([]);
  });
});

describe('header safety', () => {
  it('a first row taken for a header is withheld when its cells are values of their column', () => {
    const customRecognizers = [{ id: 'code', pattern: '[A-Z]{3}-[A-Z]{3}' }];
    const code = (i: number) => `${String.fromCharCode(65 + (i % 26))}QR-${String.fromCharCode(65 + ((i * 7) % 26))}ST`;
    const grid: CellValue[][] = [['KLM-NOP', 'Okay'], ...people.map((_, i) => [code(i), 'yes'])];
    const f = only(analyseGrid(grid, {}, { customRecognizers }));
    expect(f.rule).toBe('custom');
    expect(f.location.columns?.map((c) => c.header)).toEqual([undefined]);
    expect(JSON.stringify(f)).not.toContain('KLM-NOP');
    // The same table under a real header shows it.
    const named = only(analyseGrid([['Reference', 'Okay'], ...grid.slice(1)], {}, { customRecognizers }));
    expect(named.location.columns?.map((c) => c.header)).toEqual(['Reference']);
  });
});

describe('name columns under a header', () => {
  it('lower-case names count under a name header, not without one', () => {
    const grid = [['Detainee Name', 'Citizenship'], ...people.map((p) => [p.lastFirst.toLowerCase(), p.nationality])];
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.quasi-identifier');
    expectNoLeak(outputs([f]), planted);
    expect(analyseGrid([['Notes', 'Citizenship'], ...grid.slice(1)])).toEqual([]);
  });

  it('a staff directory with a free-text location column stays a notice', () => {
    const grid = [
      ['Name', 'Location', 'Email'],
      ...people.map((p, i) => [p.fullName, i % 2 ? 'Washington, DC' : 'Remote', `s${i}@example.org`]),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.names-only']);
  });
});

describe('stacked tables without a blank row', () => {
  it('a second header row starts a new table', () => {
    const grid: CellValue[][] = [
      ['Citizenship Country', 'Count'],
      ['GUATEMALA', 12],
      ['MEXICO', 30],
      ['Name', 'Alien File Number', 'Fear Decision'],
      ...people.map((p) => [p.lastFirst, Number(p.aNumber), p.fearDecision]),
    ];
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.protection-claim');
    expect(f.location.columns?.map((c) => [c.header, c.kind])).toEqual([
      ['Name', 'full-name'],
      ['Alien File Number', 'a-number'],
      ['Fear Decision', 'protection-claim'],
    ]);
    expect(f.location.rows).toEqual({ first: 5, last: 44 });
  });
});

describe('website data that is not a roster', () => {
  it('a blog index (author, date, category, status) is at most a notice', () => {
    const analyzer = createAnalyzer('site/posts.json', DEFAULT_DETECT_OPTIONS);
    const sink = analyzer.beginTable({ surface: 'cells', shape: 'records', header: ['title', 'author', 'date', 'category', 'status'] });
    people.forEach((p, i) => sink.row(i + 2, [`Update ${i}`, p.fullName, `2023-0${1 + (i % 9)}-1${i % 9}`, 'News', 'published']));
    sink.end();
    expect(rules(analyzer.finish())).toEqual(['person-record.names-only']);
  });

  it('a litigation list with court case numbers has no subject IDs', () => {
    const grid = [['Case', 'Case ID', 'Court'], ...people.map((_, i) => [`Doe v. Agency ${i}`, `2:19-cv-0${1000 + i}`, 'D. Ariz.'])];
    expect(analyseGrid(grid)).toEqual([]);
  });

  it('EID subject IDs beside a gender and an age are a quasi-identifier table', () => {
    const grid = [['EID Subject ID', 'Gender', 'Age'], ...people.map((p, i) => [String(300000000 + i * 37), p.gender, 20 + (i % 40)])];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.quasi-identifier']);
  });
});

describe('many small tables', () => {
  it('fold into a bounded number of findings with the full count', () => {
    const grid: CellValue[][] = [];
    for (let i = 0; i < 120; i++) grid.push(['Name', 'Birth Date'], [people[i % 40]!.fullName, people[i % 40]!.birthDate], []);
    const findings = analyseGrid(grid);
    expect(findings.length).toBe(50);
    expect(findings.reduce((n, f) => n + f.count, 0)).toBe(120);
    expect(findings[49]!.location.rows).toEqual({ first: 149, last: 359 });
    expectNoLeak(outputs(findings), planted);
  });
});

describe('weak evidence needs a companion', () => {
  const rare = [
    'Xicará Tzoc',
    'Ajanel Batz',
    'Ixcoy Quispe',
    'Coc Tiul',
    'Saint-Fleur Osei',
    'Tamang Camara',
    'Mejía Nuñez',
    'Kovalenko Diallo',
  ];
  it('unfamiliar name-shaped values alone are not a person table; beside bare nine digits they are', () => {
    expect(analyseGrid(rare.map((n) => [n, 'x']))).toEqual([]);
    const f = only(analyseGrid(rare.map((n, i) => [n, people[i]!.aNumber])));
    expect(f.rule).toBe('person-record.immigration-number');
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'a-number']);
    expectNoLeak(outputs([f]), planted);
  });
});

describe('vague headers', () => {
  it('nine-digit values under "Number" beside names are A-numbers', () => {
    const grid = [['Name', 'Number'], ...people.map((p) => [p.fullName, p.aNumber])];
    const f = only(analyseGrid(grid));
    expect(f.rule).toBe('person-record.immigration-number');
    expect(f.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'a-number']);
  });
});

describe('identifying place names', () => {
  it('a sheet named after a person is shown redacted; ordinary names are kept', () => {
    const p = people[0]!;
    for (const sheet of [p.lastFirst, `${p.fullName} A${p.aNumber}`, `A${p.aNumber}`]) {
      const findings = analyseGrid(rosterRows(people.slice(1)), { sheet });
      const f = only(findings);
      expect(f.location.sheet).toContain('…');
      expectNoLeak(outputs(findings), planted);
    }
    const plain = only(analyseGrid(rosterRows(people), { entry: 'exports/stats-2022.zip!data/roster.csv', sheet: 'Detention FY22' }));
    expect(plain.location).toMatchObject({ entry: 'exports/stats-2022.zip!data/roster.csv', sheet: 'Detention FY22' });
  });

  it('an identifying archive entry gets a file-name finding that marks it for the reports to redact', () => {
    const analyzer = createAnalyzer('site/export.zip', DEFAULT_DETECT_OPTIONS);
    const p = people[1]!;
    const entry = `${p.familyName}_${p.givenName}_A${p.aNumber}.pdf`;
    analyzer.prose(`${p.familyName} ${p.givenName} A${p.aNumber} pdf`, { surface: 'file-name', entry });
    const findings = analyzer.finish();
    expect(findings.map((f) => [f.rule, f.location.entry])).toEqual([['file-name.identifier', entry]]);
  });
});

describe('configuration mistakes do not break detection', () => {
  it('a bad override severity falls back to the default; a synonym given as a string still works', () => {
    const grid = [['Expediente', 'Centro'], ...people.map((p) => [p.aNumber, p.facility])];
    const options = {
      severityOverrides: { 'person-record.quasi-identifier': 'blocker' },
      headerSynonyms: { 'a-number': 'Expediente', bogus: ['x'] },
    } as never;
    const f = only(analyseGrid(grid, {}, options));
    expect([f.rule, f.severity]).toEqual(['person-record.quasi-identifier', 'high']);
  });
});

describe('custom recognizer configuration mistakes', () => {
  it('headers given as a string and junk entries are tolerated', () => {
    const customRecognizers = [null, 42, { id: 'ref', headers: 'Case Ref' }, { id: 'x', pattern: 7 }] as never;
    const grid = [['Case Ref', 'Fear Decision'], ...people.map((p, i) => [`R${i}`, p.fearDecision])];
    expect(rules(analyseGrid(grid, {}, { customRecognizers }))).toEqual(['person-record.protection-claim']);
  });
});

describe('anonymised FOIA-style extracts', () => {
  it('an anonymized identifier is not a direct identifier', () => {
    const grid = [
      ['Anonymized Identifier', 'Birth Year', 'Citizenship Country', 'Gender'],
      ...people.map((p, i) => [String(700000 + i), p.birthDate.slice(0, 4), p.nationality, p.gender]),
    ];
    expect(analyseGrid(grid)).toEqual([]);
  });
});

describe('a roster parked far to the right', () => {
  it('is found past the first 1,024 columns (the cap counts occupied cells, not positions)', () => {
    const pad = 1500;
    const grid: Grid = rosterRows(people).map((row, i) => {
      const cells: CellValue[] = new Array(pad + row.length).fill('');
      cells[0] = i === 0 ? 'Country' : 'HONDURAS';
      cells[1] = i === 0 ? 'Count' : 100 + i;
      row.forEach((v, j) => (cells[pad + j] = v));
      return cells;
    });
    const findings = analyseGrid(grid, { sheet: 'Summary' });
    const roster = findings.find((f) => f.rule === 'person-record.protection-claim');
    expect(roster?.count).toBe(people.length);
    expect(roster?.location.columns?.[0]?.letter).toBe('BES');
    expectNoLeak(outputs(findings), planted);
  });
});

describe('a roster whose first rows lack identifiers', () => {
  it('counts the rows further down when the sample of an identifier column was empty', () => {
    const header = ['Name', 'A-Number', 'Detention Facility', 'Fear Decision'];
    const grid: CellValue[][] = [header];
    // A database export that sorts empty names first: 300 rows without a name or number.
    for (let i = 0; i < 300; i++) grid.push(['', '', people[i % people.length]!.facility, '']);
    for (const p of people) grid.push([p.fullName, `A${p.aNumber}`, p.facility, p.fearDecision]);
    const findings = analyseGrid(grid);
    const roster = findings.find((f) => f.rule === 'person-record.protection-claim');
    expect(roster?.count).toBe(people.length);
    expect(roster?.location.rows).toEqual({ first: 302, last: 301 + people.length });
    expectNoLeak(outputs(findings), planted);
  });

  it('still finds nothing when such a column stays empty', () => {
    const grid: CellValue[][] = [['Name', 'A-Number', 'Detention Facility', 'Count']];
    for (let i = 0; i < 300; i++) grid.push(['', '', people[i % people.length]!.facility, i]);
    expect(analyseGrid(grid)).toEqual([]);
  });
});
