/**
 * Issue 10: detection that generalizes. One fixture per item, each beside its near-miss: names
 * of every tradition and script, messy text, agency headers, screening results, A-numbers in
 * every guise, and the public tables that were blocked for the wrong reasons.
 */
import { describe, expect, it } from 'vitest';
import { atLeast, type Finding } from '../../src/core/model.js';
import { buildVocabulary, headerKind } from '../../src/detect/headers.js';
import type { CellValue } from '../../src/readers/types.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues } from '../fixtures/people.js';
import { birthDates, TRADITIONS, worldNames, type Tradition } from '../fixtures/world-names.js';
import { analyseGrid, analyseProse, outputs, rules } from './helpers.js';

const high = (fs: readonly Finding[]) => fs.filter((f) => atLeast(f.severity, 'high'));
const people = makePeople(12, 41);
const dobs = birthDates(12);
const COUNTRY = ['AFGHANISTAN', 'HAITI', 'GHANA', 'UZBEKISTAN', 'GUATEMALA', 'ETHIOPIA'];

describe('1. names of every tradition and script', () => {
  const traditions = Object.keys(TRADITIONS) as Tradition[];

  it.each(traditions)('%s names under a Name header beside a birthdate make a person record', (t) => {
    const names = worldNames(t, 12);
    const grid: CellValue[][] = [
      ['Name', 'Date of Birth', 'Country of Citizenship'],
      ...names.map((n, i) => [n, dobs[i]!, COUNTRY[i % COUNTRY.length]!]),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expectNoLeak(outputs(findings), [...names, ...dobs]);
  });

  it.each(traditions)('%s names with no naming header count beside a nationality and a facility column', (t) => {
    const names = worldNames(t, 12);
    const grid: CellValue[][] = [
      ['Person', 'Nationality', 'Detention Facility'],
      ...names.map((n, i) => [n, COUNTRY[i % COUNTRY.length]!, 'STEWART DETENTION CENTER']),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.quasi-identifier']);
  });

  it.each(traditions)('near miss: %s name-shaped values beside counts only are not a record', (t) => {
    const names = worldNames(t, 12);
    const grid: CellValue[][] = [['Title', 'Pages'], ...names.map((n, i) => [n, 10 + i])];
    expect(high(analyseGrid(grid))).toEqual([]);
  });

  it('a Latin-script name no list covers is found by its slot in prose ("…, born", a claim sentence)', () => {
    const text = 'Zarmina Stanekzai, born 03/14/1991, was granted asylum in 2019.';
    expect(rules(analyseProse(text))).toEqual(['prose.name-birthdate', 'prose.protection-claim']);
    expect(rules(analyseProse('Wislande Dorvilus received a positive credible fear determination.'))).toEqual(['prose.protection-claim']);
  });

  it('near miss: no name in the slot, or a named official', () => {
    expect(analyseProse('Born in 1991, the program has since helped many families seeking asylum.')).toEqual([]);
    expect(analyseProse('Secretary Zarmina Stanekzai said asylum claims rose in 2019.')).toEqual([]);
    expect(analyseProse('Jovenel Dorvilus has expanded asylum restrictions this year.')).toEqual([]);
  });

  it('names in scripts without letter case are found after a Name label or before "born"', () => {
    expect(rules(analyseProse('Name: 王伟明\nDate of birth: 1990-03-02\n'))).toEqual(['prose.name-birthdate']);
    expect(rules(analyseProse('محمد الأحمد, born 02/03/1990, arrived in May.'))).toEqual(['prose.name-birthdate']);
    expect(rules(analyseProse('Name: አበበ ተስፋዬ\nCredible fear: positive\n'))).toEqual(['prose.protection-claim']);
  });

  it('near miss: caseless-script text with no slot', () => {
    expect(analyseProse('The report (تقرير اللجوء) was published on 02/03/2020.')).toEqual([]);
    expect(analyseProse('Name: Asylum Statistics Report\nDate: 2020-03-02\n')).toEqual([]);
  });

  it('a heading over a person’s details is one record', () => {
    const text = '## Gulalai Popalzai\n- Date of birth: 1988-07-21\n- Citizenship: Afghanistan\n- Credible fear: positive\n';
    expect(rules(analyseProse(text))).toEqual(['prose.name-birthdate', 'prose.protection-claim']);
  });

  it('a list item that opens with a name no list covers', () => {
    expect(rules(analyseProse('- Kwabena Mensah — positive credible fear, released on parole\n'))).toEqual(['prose.protection-claim']);
    expect(rules(analyseProse('| Dilnoza Tursunova | asylum granted |\n'))).toEqual(['prose.protection-claim']);
  });

  it('near miss: a list item that opens with a programme name', () => {
    expect(analyseProse('- Refugee Resettlement — funding rose in 2021\n- Asylum Processing Rule: published in May\n')).toEqual([]);
  });

  it('near miss: a heading over statistics', () => {
    expect(analyseProse('## Credible Fear Statistics\n- Fiscal year: 2021\n- Positive determinations: 1,203\n')).toEqual([]);
  });
});

describe('2. text is normalised before every recognizer and header match', () => {
  const zw = (s: string) => s.split('').join('\u200b');
  it('a roster with non-breaking spaces, zero-width characters, Unicode hyphens and full-width digits is found', () => {
    const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const grid: CellValue[][] = [
      ['Full\u00a0Name', 'A\u2011Number', 'Date\u00a0of\u00a0Birth'],
      ...people.map((p) => [
        zw(p.fullName.replace(/ /g, '\u00a0')),
        fullWidth(`A\u2011${p.aNumber.slice(0, 3)}\u2011${p.aNumber.slice(3, 6)}\u2011${p.aNumber.slice(6)}`),
        `\u00ad${p.birthDate}\ufeff`,
      ]),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expect(findings[0]!.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'a-number', 'birthdate']);
    expectNoLeak(outputs(findings), plantedValues(people));
  });

  it('prose with a zero-width space in every name', () => {
    const p = people[0]!;
    expect(rules(analyseProse(`${zw(p.fullName)} received a positive credible\u00a0fear determination.`))).toEqual([
      'prose.protection-claim',
    ]);
  });

  it('near miss: a statistics table with the same odd characters', () => {
    const grid: CellValue[][] = [['Country\u00a0of\u00a0Citizenship', 'Detained'], ...COUNTRY.map((c, i) => [zw(c), `１${i}３`])];
    expect(high(analyseGrid(grid))).toEqual([]);
  });
});

describe('3. headers as agencies write them', () => {
  const vocab = buildVocabulary();
  it.each([
    ['inmate_lastname', 'family-name'],
    ['inmate_firstname', 'given-name'],
    ['detainee_dob', 'birthdate'],
    ['DetaineeFirstNm', 'given-name'],
    ['subj_a_num', 'a-number'],
    ['aNumber', 'a-number'],
    ['Alien #', 'a-number'],
    ['A Number', 'a-number'],
    ['Nombre completo', 'full-name'],
    ['LNAME', 'family-name'],
    ['FNAME', 'given-name'],
    ['DOB', 'birthdate'],
    ['COB', 'birth-country'],
    ['COC', 'nationality'],
    ['BKIN_DT', 'book-in-date'],
    ['person.name.given', 'given-name'],
    ['person.name.family', 'family-name'],
    ['case.anum', 'a-number'],
    ['Name_Last', 'family-name'],
    ['Name_First_MI', 'given-name'],
    ['姓名', 'full-name'],
    ['Фамилия', 'family-name'],
  ])('%s names %s', (header, kind) => {
    expect(headerKind(header, vocab)?.kind).toBe(kind);
  });

  it.each([
    ['Facility Name', 'facility'],
    ['inmate_count', undefined],
    ['case_number', undefined],
    ['booking_date', 'book-in-date'],
  ])('near miss: %s is not a name or number column', (header, kind) => {
    expect(headerKind(header, vocab)?.kind).toBe(kind);
  });

  it('a jail roster headed inmate_lastname / inmate_firstname / dob / facility is a person record', () => {
    const grid: CellValue[][] = [
      ['inmate_lastname', 'inmate_firstname', 'inmate_dob', 'facility'],
      ...people.map((p) => [p.familyName, p.givenName, p.birthDate, p.facility]),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expect(findings[0]!.location.columns?.map((c) => c.header)).toEqual(['inmate_lastname', 'inmate_firstname', 'inmate_dob', 'facility']);
  });

  it('nested JSON paths as record keys, A-numbers as integers that lost their zero', () => {
    const header = ['person.name.given', 'person.name.family', 'case.anum', 'person.dob'];
    const grid: CellValue[][] = people.map((p) => [p.givenName, p.familyName, Number(`1${p.aNumber.slice(2)}`), p.birthDate]);
    const findings = analyseGrid(grid, { shape: 'records', header, lettered: false });
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expect(findings[0]!.location.columns?.map((c) => c.kind)).toEqual(['given-name', 'family-name', 'a-number', 'birthdate']);
  });
});

describe('4. screening results under a result header are protection claims', () => {
  const cases: Array<[string, string[]]> = [
    ['Result', ['Positive', 'Negative']],
    ['CFI', ['CFP', 'CFN']],
    ['Determinación', ['Positivo', 'Negativo']],
    ['Decision', ['Established', 'Not Established']],
    ['RFI', ['Positive', 'Negative']],
  ];
  it.each(cases)('%s over %j', (header, values) => {
    const grid: CellValue[][] = [['Name', header], ...people.map((p, i) => [p.fullName, values[i % 2]!])];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });

  it('near miss: a one-word claim header over other values ("Fear" in a survey)', () => {
    const survey = [['Name', 'Fear', 'Nationality'], ...people.map((p, i) => [p.fullName, i % 2 ? 'High' : 'Low', p.nationality])];
    expect(rules(analyseGrid(survey))).toEqual(['person-record.quasi-identifier']);
  });

  it('near miss: a test result, or a permit decision, is not a claim', () => {
    const test = [['Name', 'COVID Test Result'], ...people.map((p, i) => [p.fullName, i % 2 ? 'Positive' : 'Negative'])];
    expect(rules(analyseGrid(test))).toEqual(['person-record.names-only']);
    const permit = [['Name', 'Decision'], ...people.map((p, i) => [p.fullName, i % 2 ? 'Approved' : 'Denied'])];
    expect(rules(analyseGrid(permit))).toEqual(['person-record.names-only']);
  });
});

describe('5. A-numbers in every guise', () => {
  it('8-digit A-numbers written A12-345-678 beside names', () => {
    const grid: CellValue[][] = [
      ['Detainee', 'Alien'],
      ...people.map((p) => [p.fullName, `A${p.aNumber.slice(1, 3)}-${p.aNumber.slice(3, 6)}-${p.aNumber.slice(6)}`]),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.immigration-number']);
  });

  it('an appeals data set whose file-name column carries name and A-number beside asylum, withholding and CAT outcomes', () => {
    const outcome = (i: number) => (i % 3 ? 'Denied' : 'Granted');
    const grid: CellValue[][] = [
      ['file_name', 'country', 'asylum', 'withholding', 'cat', 'year'],
      ...people.map((p, i) => [
        `${p.familyName.replace(/\s+/g, '')}_A${p.aNumber}_2019.pdf`,
        p.nationality,
        outcome(i),
        outcome(i + 1),
        outcome(i + 2),
        2019,
      ]),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.protection-claim']);
    expect(findings[0]!.location.columns?.[0]).toMatchObject({ kind: 'a-number', header: 'file_name' });
    expectNoLeak(outputs(findings), plantedValues(people));
  });

  it('near miss: a file-name column of decisions without A-numbers', () => {
    const grid: CellValue[][] = [
      ['file_name', 'country', 'asylum'],
      ...people.map((p, i) => [`decision_2019_${String(i).padStart(4, '0')}.pdf`, p.nationality, i % 2 ? 'Granted' : 'Denied']),
    ];
    expect(high(analyseGrid(grid))).toEqual([]);
  });

  it('A-numbers inside a free-text cell', () => {
    const grid: CellValue[][] = [
      ['Case notes', 'Nationality'],
      ...people.map((p) => [
        `Detained at Stewart; A ${p.aNumber.slice(0, 3)}-${p.aNumber.slice(3, 6)}-${p.aNumber.slice(6)}; transferred`,
        p.nationality,
      ]),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.quasi-identifier']);
  });

  it('a court caption in prose', () => {
    expect(rules(analyseProse('File: A212-345-678 – Houston, TX\nIn the Matter of the respondent.'))).toEqual(['prose.immigration-number']);
  });

  it('near miss: example numbers and a lower-case article', () => {
    expect(analyseProse('Enter your number as A123456789 or a 9-digit value such as 000000000.')).toEqual([]);
  });
});

describe('6. precision: what was blocked for the wrong reasons', () => {
  it('terms of office are not birthdates', () => {
    const grid: CellValue[][] = [
      ['Name', 'Term Start', 'Term End'],
      ...people.map((p, i) => [p.fullName, `${1950 + i * 4}-01-20`, `${1954 + i * 4}-01-20`]),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.names-only']);
  });

  it('recall counterpart: the same dates under a birth header are birthdates', () => {
    const grid: CellValue[][] = [['Name', 'Born'], ...people.map((p) => [p.fullName, p.birthDate])];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.quasi-identifier']);
  });

  it('"City, ST" is not "LAST, FIRST"', () => {
    const cities = [
      'Houston, TX',
      'Atlanta, GA',
      'Miami, FL',
      'Denver, CO',
      'Tacoma, WA',
      'Newark, NJ',
      'Elizabeth, NJ',
      'Adelanto, CA',
      'Conroe, TX',
      'Laredo, TX',
    ];
    const grid: CellValue[][] = [['Location', 'Reported', 'Count'], ...cities.map((c, i) => [c, `${1990 + i}-05-0${1 + (i % 9)}`, 10 + i])];
    expect(analyseGrid(grid)).toEqual([]);
  });

  it('"CAT" in a .cat e-mail domain is no claim; CAT as a word in context is', () => {
    expect(analyseProse('"author": "Maria Puig <maria.puig@softcatala.cat>",\n"homepage": "https://example.cat/"')).toEqual([]);
    expect(analyseProse('The agreement cites 8 CFR 208.6 and Maria Lopez signed it.')).toEqual([]);
    expect(rules(analyseProse('Maria Lopez was granted CAT deferral by the immigration judge.'))).toEqual(['prose.protection-claim']);
  });

  it('a staff directory beside facilities is a names-only notice', () => {
    const grid: CellValue[][] = [
      ['Facility', 'City', 'State', 'Officer in Charge'],
      ...people.map((p) => [p.facility, 'Houston', 'TX', p.fullName]),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.names-only']);
    expect(findings[0]!.severity).toBe('notice');
    for (const header of ['Warden', 'Inspector', 'Point of Contact']) {
      expect(high(analyseGrid([['Facility Name', header], ...grid.slice(1).map((r) => [r[0]!, r[3]!])]))).toEqual([]);
    }
  });

  it('recall counterpart: detainees beside facilities are a person record', () => {
    const grid: CellValue[][] = [['Detainee Name', 'Detention Facility'], ...people.map((p) => [p.fullName, p.facility])];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.quasi-identifier']);
  });

  it('an official’s job title under their name is no claim', () => {
    expect(analyseProse('Maria Lopez\nChief, Refugee and Asylum Policy\n')).toEqual([]);
    expect(analyseProse('Jose Perez, USCIS Asylum Division, Houston\n')).toEqual([]);
  });

  it('recall counterpart: a claim on the line under a name is one', () => {
    expect(rules(analyseProse('Maria Lopez\nPositive credible fear determination\n'))).toEqual(['prose.protection-claim']);
  });

  it('a moderator’s “Mr. X” in a sentence about an unnamed refugee is no claim about X', () => {
    expect(analyseProse('MR. HOLT: Let me ask you about a refugee family that fled Syria.')).toEqual([]);
    expect(analyseProse('Mr. Holt asked about a refugee who was denied asylum last year.')).toEqual([]);
  });

  it('recall counterpart: “Mr. X” who sought asylum', () => {
    expect(rules(analyseProse('Mr. Quispe was denied asylum last year.'))).toEqual(['prose.protection-claim']);
  });
});

describe('7. a header is shown only when known to be one', () => {
  it('a first row that is a record is never shown, even when no recognizer accepts it', () => {
    const grid: CellValue[][] = [
      ['Nasrin', 'Cardiac arrest'],
      ...people.map((p, i) => [p.fullName, i % 2 ? 'Respiratory failure' : 'Sepsis']),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.names-only']);
    expect(findings[0]!.location.columns?.map((c) => c.header)).toEqual([undefined]);
    expectNoLeak(outputs(findings), ['Nasrin', ...plantedValues(people)]);
  });
});

describe('what passes today keeps passing', () => {
  it('a data dictionary describing Name / A-Number / DOB columns holds no records', () => {
    const grid: CellValue[][] = [
      ['Field', 'Description', 'Type'],
      ['Name', 'Full name of the detainee, LAST, FIRST', 'text'],
      ['inmate_lastname', 'Family name', 'text'],
      ['A-Number', 'Alien registration number, nine digits (A000000000)', 'text'],
      ['DOB', 'Date of birth (mm/dd/yyyy)', 'date'],
      ['Citizenship Country', 'Country of citizenship', 'text'],
      ['Fear Decision', 'Result of the credible fear interview: Positive / Negative', 'text'],
    ];
    expect(analyseGrid(grid)).toEqual([]);
    expect(analyseGrid([grid.map((r) => r[0]!), grid.map((r) => r[1]!)])).toEqual([]);
    expect(
      analyseProse(
        grid
          .slice(1)
          .map((r) => `${r[0]}: ${r[1]}`)
          .join('\n'),
      ),
    ).toEqual([]);
  });

  it('a FOIA log of requesters and dates is at most a notice', () => {
    const grid: CellValue[][] = [
      ['Request ID', 'Requester', 'Subject', 'Received', 'Closed'],
      ...people.map((p, i) => [
        `2021-FOIA-${1000 + i}`,
        p.fullName,
        'Detention statistics',
        `2021-0${1 + (i % 9)}-1${i % 10}`,
        `2022-0${1 + (i % 9)}-2${i % 8}`,
      ]),
    ];
    expect(high(analyseGrid(grid))).toEqual([]);
  });

  it('air dates beside presenters, without a header, are not birthdates', () => {
    const grid: CellValue[][] = people.map((p, i) => [p.fullName, `${1975 + i}-09-1${i % 10}`, `Episode ${i + 1}`]);
    expect(high(analyseGrid(grid))).toEqual([]);
  });

  it('a press release naming officials and asylum statistics', () => {
    const text =
      'WASHINGTON — Director Maria Lopez said the Asylum Division completed 41,000 credible fear screenings.\nJose Perez, Chief, Refugee and Asylum Policy, added that refugees wait longer.\n';
    expect(analyseProse(text)).toEqual([]);
  });
});
