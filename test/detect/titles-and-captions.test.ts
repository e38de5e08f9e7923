/**
 * Issue 10, precision: a claim word inside a job title or an office ("Asylum Officer", "Houston
 * Asylum Office") is no one's protection claim, and a court case's caption ("Lopez v. Garland")
 * is not a person's name. Each beside its near miss that must keep blocking.
 */
import { describe, expect, it } from 'vitest';
import { atLeast, type Finding } from '../../src/core/model.js';
import type { CellValue } from '../../src/readers/types.js';
import { isClaimText, nameShape } from '../../src/detect/recognizers.js';
import { makePeople, rng } from '../fixtures/people.js';
import { analyseGrid, rules } from './helpers.js';

const blocking = (fs: readonly Finding[]) => fs.filter((f) => atLeast(f.severity, 'high'));
const people = makePeople(20, 515);

describe('claim words in titles and offices', () => {
  const titles = [
    'Asylum Officer',
    'Supervisory Asylum Officer',
    'Refugee Officer',
    'Chief, Refugee and Asylum Policy',
    'Asylum Division Director',
  ];
  const offices = ['Houston Asylum Office', 'Newark Asylum Office', 'Refugee Affairs Division', 'Office of Refugee Resettlement'];

  it('are not claim text in a cell', () => {
    for (const t of [...titles, ...offices]) expect(isClaimText(t), t).toBe(false);
  });

  it('near miss: a cell that also states a claim still is one', () => {
    for (const t of [
      'Asylum Office referral: credible fear found',
      'affirmative asylum',
      'Asylum granted',
      'Refugee',
      'Withholding of removal',
    ])
      expect(isClaimText(t), t).toBe(true);
  });

  it('a staff list (names, titles, offices, e-mail, start date) has no blocking finding', () => {
    const r = rng(3);
    const grid: CellValue[][] = [
      ['Name', 'Title', 'Office', 'Email', 'Start date'],
      ...people.map((p, i) => [
        p.fullName,
        titles[i % titles.length]!,
        offices[i % offices.length]!,
        `staff${i}@agency.example.gov`,
        `20${10 + Math.floor(r() * 12)}-0${1 + (i % 9)}-15`,
      ]),
    ];
    expect(blocking(analyseGrid(grid))).toEqual([]);
  });

  it('near miss: the same people with a status column of claim values are a claim roster', () => {
    const grid: CellValue[][] = [
      ['Name', 'Office', 'Status'],
      ...people.map((p, i) => [p.fullName, offices[i % offices.length]!, i % 2 ? 'Affirmative asylum pending' : 'Asylum granted']),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });
});

describe('court case captions are not names', () => {
  const captions = people.map((p, i) => `${p.familyName} v. ${['Garland', 'Barr', 'Mayorkas', 'Sessions'][i % 4]}`);

  it('"X v. Y" and "X vs. Y" have no name shape, "X VS. Y" in capitals too', () => {
    for (const c of [...captions, 'Matter of Lopez vs. Holder']) {
      expect(nameShape(c).ok, c).toBe(false);
      expect(nameShape(c.toUpperCase().replace(' V. ', ' VS. ')).ok, c).toBe(false);
    }
  });

  it('near miss: a capital V is a middle initial, not a caption', () => {
    for (const p of people.slice(0, 5)) {
      expect(nameShape(`${p.givenName} V. ${p.familyName}`).ok, p.familyName).toBe(true);
      expect(nameShape(`${p.givenName.toUpperCase()} V ${p.familyName.toUpperCase()}`).ok, p.familyName).toBe(true);
    }
  });

  it('a list of circuit decisions in asylum cases has no blocking finding', () => {
    const grid: CellValue[][] = [
      ['case_name', 'circuit', 'decided', 'outcome', 'topic'],
      ...captions.map((c, i) => [
        c,
        `${1 + (i % 11)}th Cir.`,
        `20${19 + (i % 4)}-0${1 + (i % 9)}-12`,
        i % 2 ? 'petition denied' : 'remanded',
        'asylum',
      ]),
    ];
    expect(blocking(analyseGrid(grid))).toEqual([]);
  });

  it('near miss: the respondents’ own names beside the asylum outcome still block', () => {
    const grid: CellValue[][] = [
      ['respondent_name', 'decided', 'outcome', 'topic'],
      ...people.map((p, i) => [p.fullName, `20${19 + (i % 4)}-0${1 + (i % 9)}-12`, i % 2 ? 'denied' : 'granted', 'asylum']),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });
});

describe('one long claim text repeated down a column is a topic, not a claim', () => {
  it('speakers beside the one talk they gave, and members beside the bill they voted on, have no blocking finding', () => {
    const speakers: CellValue[][] = [
      ['name', 'affiliation', 'talk'],
      ...people.map((p) => [p.fullName, 'Refugee and Asylum Clinic', 'Credible fear interviews after 2019']),
    ];
    expect(blocking(analyseGrid(speakers))).toEqual([]);
    const votes: CellValue[][] = [
      ['member', 'party', 'vote', 'bill'],
      ...people.map((p, i) => [p.fullName, i % 2 ? 'D' : 'R', i % 3 ? 'Yea' : 'Nay', 'H.R. 2 Secure the Border Act (asylum restrictions)']),
    ];
    expect(blocking(analyseGrid(votes))).toEqual([]);
  });

  it('near miss: a short status repeated for everyone (a roster filtered to one claim) is a claim', () => {
    const grid: CellValue[][] = [['name', 'program'], ...people.map((p) => [p.fullName, 'Affirmative asylum'])];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });

  it('near miss: an ICE case category repeated down a roster filtered to it is a claim', () => {
    const grid: CellValue[][] = [
      ['name', 'category'],
      ...people.map((p) => [p.fullName, '[8G] Expedited Removal - Credible Fear Referral']),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });

  it('near miss: long notes that differ per person are claims', () => {
    const grid: CellValue[][] = [
      ['name', 'notes'],
      ...people.map((p, i) => [p.fullName, `Expressed fear at the port on day ${i + 1}; credible fear interview scheduled`]),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });
});
