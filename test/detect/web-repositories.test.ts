/**
 * Issue 10, precision on a website's own source: what a site about immigration statistics
 * carries in its code and settings is not a roster. JSONC settings (comments, trailing commas)
 * are read, not "corrupt"; CSS class lists in JSX are not prose; acronyms in a list ("VAWA,
 * CAT") are not "FAMILY, GIVEN"; a title-case heading ("Asylum Grants vs Denials") ties no
 * claim to the line next to it. Each beside its near miss that must keep blocking.
 */
import { describe, expect, it } from 'vitest';
import { atLeast, type Finding } from '../../src/core/model.js';
import { readCode } from '../../src/readers/text/code/index.js';
import { readJson } from '../../src/readers/text/json.js';
import { readMarkdown } from '../../src/readers/text/markdown.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { findingsOf, ruleIds } from '../fixtures/detect-reader.js';
import { makePeople, plantedValues } from '../fixtures/people.js';
import { analyseGrid, analyseProse, rules } from './helpers.js';

const blocking = (fs: readonly Finding[]) => fs.filter((f) => atLeast(f.severity, 'high'));
const people = makePeople(12, 808);
const planted = plantedValues(people);

describe('JSON with comments (JSONC)', () => {
  const settings = [
    '{',
    '  // See the docs for workspace recommendations.',
    '  "recommendations": [',
    '    "dbaeumer.vscode-eslint",',
    '    "esbenp.prettier-vscode", /* formatter */',
    '  ],',
    '}',
  ].join('\n');

  it('editor settings with comments and trailing commas are read and pass', async () => {
    expect(await findingsOf(readJson, settings, '.vscode/extensions.json')).toEqual([]);
  });

  it('near miss: a roster in JSONC is still a roster, and a comment is still read', async () => {
    const rows = people.map((p) => `    { "name": "${p.fullName}", "a_number": "${p.aNumber}", "dob": "${p.birthDate}" }, // checked`);
    const jsonc = ['{', '  // detainees', '  "rows": [', ...rows, '  ],', '}'].join('\n');
    const findings = await findingsOf(readJson, jsonc, 'data.jsonc.json');
    expect(ruleIds(blocking(findings))).toContain('person-record.quasi-identifier');
    expectNoLeak({ findings: JSON.stringify(findings) }, planted);
    const p = people[0]!;
    const commented = `{\n  // ${p.fullName} was granted asylum\n  "ok": true,\n}`;
    expect(ruleIds(await findingsOf(readJson, commented, 'x.json'))).toContain('prose.protection-claim');
  });

  it('near miss: JSON that is invalid for another reason stays not inspected', async () => {
    await expect(findingsOf(readJson, '{ "a": [1, 2 }', 'broken.json')).rejects.toMatchObject({ kind: 'corrupt' });
  });
});

describe('a statistics page in JSX', () => {
  const page = [
    'export default function Page({ stats }) {',
    '  return (',
    '    <main>',
    '      {/* Pie Chart */}',
    '      <h2 className="font-heading text-2xl font-bold mb-4">Asylum Grants vs Denials</h2>',
    '      <div className="bg-white border border-gray-200 rounded-xl p-4 mb-12">',
    '        <Pie granted={stats.granted} denied={stats.denied} />',
    '      </div>',
    '      {/* Yearly Chart */}',
    '      <h2 className="font-heading text-2xl font-bold mb-4">Asylum Grants & Denials by Year</h2>',
    '      <div className="text-sm text-green-700">Asylum, cancellation of removal, VAWA, CAT protection</div>',
    '      <li><strong>Special categories:</strong> TPS, VAWA, U-visas for crime victims</li>',
    '    </main>',
    '  );',
    '}',
  ].join('\n');

  it('has no blocking finding', async () => {
    expect(blocking(await findingsOf(readCode, page, 'src/app/asylum/page.tsx'))).toEqual([]);
  });

  it('near miss: a person named in the JSX with their claim still blocks', async () => {
    const p = people[1]!;
    const leak = page.replace('Asylum Grants vs Denials', `${p.fullName} was granted asylum on review`);
    const findings = await findingsOf(readCode, leak, 'src/app/asylum/page.tsx');
    expect(ruleIds(blocking(findings))).toContain('prose.protection-claim');
    expectNoLeak({ findings: JSON.stringify(findings) }, planted);
  });
});

describe('capitals in a list are not "FAMILY, GIVEN"', () => {
  it('acronyms in an enumeration name no one', () => {
    expect(analyseProse('Relief: asylum, cancellation of removal, VAWA, CAT protection.')).toEqual([]);
    expect(analyseProse('Definitions for asylum, removal proceedings, NTA, BIA, EOIR, voluntary departure.')).toEqual([]);
    expect(analyseProse('Special categories: TPS, VAWA, U-visas for crime victims, SIJ for children.')).toEqual([]);
  });

  it('near miss: a name in capitals still ties to the claim', () => {
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    const upper = `${a.familyName.toUpperCase()}, ${a.givenName.toUpperCase()}`;
    expect(rules(analyseProse(`${upper} received a positive credible fear determination.`))).toEqual(['prose.protection-claim']);
    expect(rules(analyseProse(`Detainee: KIM, LI, asylum application pending.`))).toEqual(['prose.protection-claim']);
    expect(rules(analyseProse(`Seen today: ${b.familyName.toUpperCase()}, ${b.givenName.toUpperCase()}, who applied for asylum.`))).toEqual(
      ['prose.protection-claim'],
    );
  });
});

describe('a title-case heading is a section, not a detail', () => {
  it('a two-word line over a statistics heading ties nothing', async () => {
    const md = ['Pie Chart', 'Asylum Grants vs Denials by Year', '', 'Counts by fiscal year.'].join('\n');
    expect(blocking(await findingsOf(readMarkdown, md, 'notes.md'))).toEqual([]);
  });

  it('near miss: a name heading over a claim detail still blocks', async () => {
    const p = people[2]!;
    const md = [`## ${p.fullName}`, 'Asylum granted by the immigration judge', '', 'Other notes.'].join('\n');
    expect(ruleIds(blocking(await findingsOf(readMarkdown, md, 'notes.md')))).toContain('prose.protection-claim');
  });
});

describe('items of one list are siblings', () => {
  it('a list of topics (a term and its acronym beside asylum) ties nothing', async () => {
    const md = [
      'LO QUE NO CAMBIÓ',
      '',
      '  - DACA',
      '  - Estatus de Protección Temporal (TPS)',
      '  - Asilo y admisión de refugiados',
      '  - Green cards por empleo',
    ].join('\n');
    expect(blocking(await findingsOf(readMarkdown, md, 'es.txt'))).toEqual([]);
    expect(analyseProse('Temporary Protected Status (TPS) and asylum were not changed.')).toEqual([]);
  });

  it('near miss: a labelled form as list items, and a name and claim in one item, still block', async () => {
    const p = people[3]!;
    const form = ['- Name: ' + p.fullName, '- Credible fear: positive'].join('\n');
    expect(ruleIds(blocking(await findingsOf(readMarkdown, form, 'form.md')))).toContain('prose.protection-claim');
    const item = ['- ' + p.fullName + ' (Honduras) applied for asylum in May', '- Other news'].join('\n');
    expect(ruleIds(blocking(await findingsOf(readMarkdown, item, 'item.md')))).toContain('prose.protection-claim');
  });
});

describe('strings of code and lines far apart are separate values', () => {
  it('an organisation string over a dashboard title in a test file ties nothing', async () => {
    const src = [
      'expect(',
      '  rows.some(',
      '    (row) =>',
      '      row.organisation === "Migration Yorkshire" &&',
      '      row.assetTitle === "Refugee and asylum seeker Power BI dashboard",',
      '  ),',
      ');',
    ].join('\n');
    expect(blocking(await findingsOf(readCode, src, 'tests/watch.test.ts'))).toEqual([]);
    const r = [
      'data |>',
      '  filter(`Case outcome` != "Other Withdrawal") |>',
      '  filter(`Case outcome` != "UASC Leave") |>',
      '  filter(`Case outcome` != "Refugee Permission")',
    ].join('\n');
    expect(blocking(await findingsOf(readCode, r, 'analysis.R'))).toEqual([]);
  });

  it('a claim line does not pair with a line 30 lines above it', async () => {
    const src = [
      'const label = "Contingency Accommodation";',
      ...Array(30).fill('const x = 1;'),
      'const note = "The asylum appeals series ends in 2023.";',
    ].join('\n');
    expect(blocking(await findingsOf(readCode, src, 'transform.mjs'))).toEqual([]);
  });

  it('near miss: a form in one template string, and a sentence split over two strings, still block', async () => {
    const p = people[4]!;
    const form = ['const card = `Name: ' + p.fullName, 'Credible fear: positive`;'].join('\n');
    expect(ruleIds(blocking(await findingsOf(readCode, form, 'card.js')))).toContain('prose.protection-claim');
    const split = ['const a = "' + p.fullName + ', born ' + p.birthDate + ', " +', '  "was granted asylum in May";'].join('\n');
    expect(ruleIds(blocking(await findingsOf(readCode, split, 'split.js')))).toContain('prose.protection-claim');
  });
});

describe('a "<thing> name" column holds a thing’s names', () => {
  // Hotels named like people's names: two capitalised words.
  const hotels = [
    'Ashton Belford',
    'Corwen Hale',
    'Marlow Keane',
    'Dunmore Fairley',
    'Elsworth Grant',
    'Holbrook Avery',
    'Kelby Morton',
    'Redford Lyle',
    'Iverson Dale',
  ];
  it('hotel names under site_name beside headlines about asylum hotels pass', () => {
    const grid = [
      ['site_id', 'site_name', 'area_name', 'status', 'source_title'],
      ...hotels.map((h, i) => [`s${i}`, h, `Area ${i}`, 'open', `Asylum hotel ${h} in area ${i} to close, council says after review`]),
    ];
    expect(blocking(analyseGrid(grid))).toEqual([]);
  });

  it('near miss: residents’ names under resident_name beside their claim still block', () => {
    const grid = [
      ['hotel_name', 'resident_name', 'status'],
      ...people.map((p, i) => [hotels[i % hotels.length]!, p.fullName, 'Asylum claim pending']),
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });
});

describe('programmes and bodies in a list are not people', () => {
  it('"- Accompaniment Program: …" over an item about asylum applications ties nothing', async () => {
    const md = [
      "**The coalition's programs include:**",
      '- Accompaniment Program: pairs undocumented people with trained volunteers who go with them to their hearings and check-ins.',
      '- Pro-se Clinic: a weekly clinic where people prepare documents (asylum applications, juvenile visas, etc.) for their case.',
    ].join('\n');
    expect(blocking(await findingsOf(readMarkdown, md, 'README.md'))).toEqual([]);
    expect(analyseProse('- Refugee Resettlement Program: applied for asylum funding in 2021.')).toEqual([]);
  });

  it('near miss: a person as a list item with their claim, and a short labelled form, still block', async () => {
    const p = people[5]!;
    expect(rules(analyseProse(`- ${p.fullName}: applied for asylum in 2021 and is detained.`))).toEqual(['prose.protection-claim']);
    const form = ['- Name: ' + p.fullName, '- Status: asylum application pending'].join('\n');
    expect(ruleIds(blocking(await findingsOf(readMarkdown, form, 'form.md')))).toContain('prose.protection-claim');
  });
});

describe('near misses of the term and body rules', () => {
  it('a name followed by a country code, and a family name that is also a body word, are still names', () => {
    const p = people[6]!;
    expect(rules(analyseProse(`${p.fullName} (HND) applied for asylum in May.`))).toEqual(['prose.protection-claim']);
    expect(rules(analyseProse(`Nathan Law was granted asylum in 2021.`))).toEqual(['prose.protection-claim']);
  });

  it('"party_name" in court data holds litigants, not a thing’s names', () => {
    const grid = [['party_name', 'decision', 'topic'], ...people.map((p, i) => [p.fullName, i % 2 ? 'granted' : 'denied', 'asylum'])];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });
});

describe('class strings never swallow values', () => {
  it('a lower-case string holding an A-number or a birthdate is still read', async () => {
    const p = people[7]!;
    const src = [
      `const a = "${p.fullName} applied for asylum";`,
      `const b = "a-number ${p.aNumber.toLowerCase()} dob ${p.birthDate}";`,
    ].join('\n');
    const findings = await findingsOf(readCode, src, 'case.js');
    expect(ruleIds(findings)).toContain('prose.immigration-number');
  });
});
