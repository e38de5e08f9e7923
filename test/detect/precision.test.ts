/**
 * Issue 10, precision on real public repositories: the shapes that were still blocked for the
 * wrong reasons (a "City ST" column beside facilities, a film catalogue of public figures, a
 * pollster survey, a moderator addressing "Mr. X" about an unnamed refugee), each generated in
 * code beside its near-miss that must keep blocking.
 */
import { describe, expect, it } from 'vitest';
import { atLeast, type Finding } from '../../src/core/model.js';
import type { CellValue } from '../../src/readers/types.js';
import { readMarkdown } from '../../src/readers/text/markdown.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { findingsOf } from '../fixtures/detect-reader.js';
import { makePeople, plantedValues, rng } from '../fixtures/people.js';
import { analyseGrid, analyseProse, outputs, rules } from './helpers.js';

const blocking = (fs: readonly Finding[]) => fs.filter((f) => atLeast(f.severity, 'high'));
const people = makePeople(24, 77);
const planted = plantedValues(people);

/** Synthetic place names: a syllable pair, sometimes after "Lake" or "Port". */
function places(count: number, seed: number): string[] {
  const r = rng(seed);
  const head = ['Ash', 'Bel', 'Cor', 'Dun', 'Elm', 'Fair', 'Glen', 'Hol', 'Iver', 'Kel', 'Mar', 'Red'];
  const tail = ['ton', 'ville', 'field', 'port', 'dale', 'brook', 'ford', 'wood'];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const word = pick(head) + pick(tail);
    return i % 4 === 3 ? `${pick(['Lake', 'Port', 'North'])} ${word}` : word;
  });
}
const STATES = ['TX', 'GA', 'LA', 'AZ', 'NM', 'CA', 'WA', 'PR', 'FL', 'NJ'];
const cityState = (n: number, seed: number) => places(n, seed).map((p, i) => `${p} ${STATES[i % STATES.length]!}`);

describe('a "City ST" column is a place column, not names', () => {
  const facilities = places(10, 11).map((p) => `${p} Processing Center`);
  const codes = places(10, 12).map((p, i) => (p.replace(/\W/g, '').toUpperCase() + 'XXXXX').slice(0, 5) + STATES[i % STATES.length]!);
  const cities = cityState(10, 13);

  it('beside a DETLOC code and a facility name (a facility list) there is no finding', () => {
    const grid: CellValue[][] = [
      ['DETLOC', 'DMCP name', 'City/State', 'Likely match'],
      ...cities.map((c, i) => [codes[i]!, facilities[i]!, c, `${300 + i}`]),
    ];
    expect(analyseGrid(grid)).toEqual([]);
  });

  it('the same table as a Markdown table in a long conversation export passes', async () => {
    const table = [
      '| DETLOC | DMCP name | City/State | Likely canonical match |',
      '|--------|-----------|------------|----------------------|',
      ...cities.map((c, i) => `| ${codes[i]} | ${facilities[i]} | ${c} | ${300 + i} — ${facilities[(i + 3) % 10]} |`),
    ];
    const md = ['# Notes', '', 'Eight codes were matched by hand:', '', ...table, '', 'The rest stay open.'].join('\n');
    expect(blocking(await findingsOf(readMarkdown, md, 'conversation-export.md'))).toEqual([]);
  });

  it('without a header, too', () => {
    expect(analyseGrid(cities.map((c, i) => [codes[i]!, facilities[i]!, c]))).toEqual([]);
  });

  it('near miss: a roster whose place of birth is "City ST" beside names, birthdates and A-numbers still blocks', () => {
    const grid: CellValue[][] = [
      ['Name', 'Date of Birth', 'A-Number', 'Place of Birth'],
      ...people.slice(0, 10).map((p, i) => [p.fullName, p.birthDate, p.aNumber, cities[i]!]),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expect(findings[0]!.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'birthdate', 'a-number', 'birth-country']);
    expectNoLeak(outputs(findings), planted);
  });

  it('near miss: a "City/State" column beside detainees and their facility still blocks, and is not counted as names', () => {
    const grid: CellValue[][] = [
      ['Detainee Name', 'Detention Facility', 'City/State'],
      ...people.slice(0, 10).map((p, i) => [p.fullName, p.facility, cities[i]!]),
    ];
    const findings = analyseGrid(grid);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expect(findings[0]!.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'facility']);
  });

  it('near miss: a name column where a few family names happen to be state codes is still names', () => {
    const names = people.slice(0, 10).map((p, i) => (i < 2 ? `${p.givenName} ${['Oh', 'Ma'][i]}` : p.fullName));
    const grid: CellValue[][] = [['Detainee', 'Fecha de nacimiento'], ...names.map((n, i) => [n, people[i]!.birthDate])];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.quasi-identifier']);
  });
});

describe('a catalogue of works about public figures is not a roster', () => {
  const r = rng(21);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const rows = people.map((p, i) => ({
    title: `The ${pick(['Long', 'Last', 'Quiet', 'Bright', 'Lost'])} ${pick(['Road', 'Summer', 'Season', 'River', 'Game'])}`,
    country: pick(['US', 'UK', 'US/UK', 'Canada', 'US/Canada']),
    year: String(1950 + i),
    director: people[(i + 5) % people.length]!.fullName,
    subject: p.fullName,
    race: pick(['White', 'Black', 'Hispanic (Latino)', 'Asian American', 'Unknown']),
    sex: p.gender,
    actor: people[(i + 11) % people.length]!.fullName,
  }));
  const header = ['title', 'country', 'year_release', 'director', 'subject', 'subject_race', 'subject_sex', 'lead_actor_actress'];
  const body = rows.map((x) => [x.title, x.country, x.year, x.director, x.subject, x.race, x.sex, x.actor]);

  it('names found by their values beside country, race and sex are a names-only notice', () => {
    const findings = analyseGrid([header, ...body]);
    expect(rules(findings)).toEqual(['person-record.names-only']);
    expect(blocking(findings)).toEqual([]);
    expectNoLeak(outputs(findings), planted);
  });

  it('near miss: the same names beside a birthdate are a person record', () => {
    const findings = analyseGrid([[...header, 'subject_birth_date'], ...body.map((row, i) => [...row, people[i]!.birthDate])]);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expectNoLeak(outputs(findings), planted);
  });

  it('near miss: beside a citizenship its header names, or an A-number, or a claim', () => {
    const withCitizenship = analyseGrid([['Person', 'Citizenship', 'Sex'], ...people.map((p) => [p.fullName, p.nationality, p.gender])]);
    expect(rules(withCitizenship)).toEqual(['person-record.quasi-identifier']);
    const withNumber = analyseGrid([['Person', 'A-Number', 'Sex'], ...people.map((p) => [p.fullName, p.aNumber, p.gender])]);
    expect(blocking(withNumber).length).toBe(1);
    const withClaim = analyseGrid([['Person', 'Country', 'Fear Decision'], ...people.map((p) => [p.fullName, 'US', p.fearDecision])]);
    expect(rules(withClaim)).toEqual(['person-record.protection-claim']);
  });

  it('near miss: a headerless export of names, dates, countries and sexes is a person record', () => {
    const findings = analyseGrid(people.map((p) => [p.fullName, p.birthDate, p.nationality, p.gender]));
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expect(findings[0]!.location.columns?.map((c) => c.kind)).toEqual(['full-name', 'nationality', 'gender']);
    expectNoLeak(outputs(findings), planted);
  });

  it('near miss: under a name header, demographics still make a record (a list of people)', () => {
    const findings = analyseGrid([
      ['name', 'age', 'gender', 'raceethnicity'],
      ...people.map((p, i) => [p.fullName, String(20 + i), p.gender, pick(['White', 'Black', 'Hispanic/Latino'])]),
    ]);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
  });
});

describe('a survey of pollsters: answers are not nationality or ethnicity', () => {
  const answers = ['Between $20,000 and $30,000', 'It depends on the state', 'Less than before.', 'About 15k', 'We do not say.'];
  const header = [
    'Please enter your information',
    'In what languages do you poll?',
    '',
    'How much does it cost you to poll one Senate race?',
  ];
  const body = people
    .slice(0, 14)
    .map((p, i) => [p.fullName, i % 5 === 0 ? 'French' : '', i % 7 === 0 ? 'Vietnamese' : '', answers[i % answers.length]!]);

  it('respondents’ names beside languages and cost answers are a names-only notice', () => {
    const findings = analyseGrid([header, ...body]);
    expect(blocking(findings)).toEqual([]);
    expect(findings.flatMap((f) => f.location.columns ?? []).some((c) => c.kind === 'ethnicity')).toBe(false);
  });

  it('a "race" in a question over free-text answers is not an ethnicity column, even under a name header', () => {
    const findings = analyseGrid([['Name', 'How much does a Senate race cost?'], ...body.map((row) => [row[0]!, row[3]!])]);
    expect(rules(findings)).toEqual(['person-record.names-only']);
  });

  it('near miss: a race column of category labels under a name header is a quasi-identifier', () => {
    const races = ['White', 'Black', 'Hispanic', 'Asian'];
    const findings = analyseGrid([['Name', 'Race', 'Sex'], ...people.slice(0, 14).map((p, i) => [p.fullName, races[i % 4]!, p.gender])]);
    expect(rules(findings)).toEqual(['person-record.quasi-identifier']);
    expect(findings[0]!.location.columns?.map((c) => c.kind)).toContain('ethnicity');
  });
});

describe('a claim sentence must tie the claim to the named person', () => {
  const [a, b] = [people[0]!.familyName.split(' ')[0]!, people[1]!.familyName.split(' ')[0]!];

  it('a moderator addresses "Mr. X" about an unnamed refugee who fled seeking asylum', () => {
    const turn =
      `MODERATOR: Mr. ${a}, at the town hall in March, the mayor pointed to a guest who was a refugee you might recall ` +
      'whose wife and children were killed in the war. And he fled that country seeking asylum here, and now works at a clinic. ' +
      'The mayor says that doctor is the real face of these refugees. How do you answer that?';
    expect(analyseProse(`${turn}\n${b.toUpperCase()}: It is not fear, it is reality.\n`)).toEqual([]);
  });

  it('a question to "Mr. X" about a doctor who sought asylum is no claim about X', () => {
    expect(analyseProse(`Mr. ${a}, what would you tell a doctor who fled the war seeking asylum here?`)).toEqual([]);
    expect(analyseProse(`Mr. ${a} met someone who was denied asylum last year.`)).toEqual([]);
  });

  it('near miss: the named person is the subject of the claim', () => {
    expect(rules(analyseProse(`Mr. ${a}, who is seeking asylum, arrived in May.`))).toEqual(['prose.protection-claim']);
    expect(rules(analyseProse(`Mr. ${a} arrived in May. He fled the country seeking asylum.`))).toEqual(['prose.protection-claim']);
    expect(
      rules(analyseProse(`${people[5]!.fullName} met a lawyer who helped her. She received a positive credible fear finding.`)),
    ).toEqual(['prose.protection-claim']);
    expect(rules(analyseProse(`${people[2]!.fullName}, a mother who sought asylum in 2019, was detained in May.`))).toEqual([
      'prose.protection-claim',
    ]);
  });

  it('near miss: a named person after the unnamed one is still tied to their own claim', () => {
    expect(rules(analyseProse(`A guard who spoke to reporters confirmed that ${people[3]!.fullName}, 34, was denied asylum.`))).toEqual([
      'prose.protection-claim',
    ]);
    expect(rules(analyseProse(`They met a lawyer who knew the family. ${people[4]!.fullName} applied for asylum in May.`))).toEqual([
      'prose.protection-claim',
    ]);
  });
});
