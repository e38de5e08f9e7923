import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/config/scan-options.js';
import { countImmigrationNumbers, namesPrivatePerson, sentences } from '../../src/detect/prose.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues } from '../fixtures/people.js';
import { analyseProse, outputs, rules } from './helpers.js';

const people = makePeople(12, 5);
const planted = plantedValues(people);
const [p1, p2, p3] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];

const PRESS_RELEASE = `# ICE releases detention statistics

WASHINGTON — On November 28, 2022, Secretary Jane Smith said the Department processed 6,252 credible fear
cases in fiscal year 2022. "Asylum seekers deserve a fair process," Smith said.
Acting Director John Miller announced new reasonable fear screening guidance for APSO officers.
Maria Lopez, a spokesperson for the agency, said credible fear referrals rose by 12 percent.
Call 202-555-0147 for questions. Order number 123456789 refers to the printed report.
`;

describe('prose that must pass', () => {
  it('a press release with fear vocabulary, officials and numbers yields nothing', () => {
    expect(analyseProse(PRESS_RELEASE)).toEqual([]);
  });

  it('"credible fear" and "asylum" alone yield nothing', () => {
    expect(
      analyseProse('Credible fear screenings and asylum applications are described on this page.\nAsylum: see the USCIS page.\n'),
    ).toEqual([]);
  });

  it('dates in a press release without a birth cue are not birthdates', () => {
    expect(analyseProse(`On March 3, 2022 the agency met with ${p1.fullName}.\n`)).toEqual([]);
  });
});

describe('prose that must fail', () => {
  it('A-numbers in prefixed and dashed forms, and bare digits after an A-number cue', () => {
    const a = p1.aNumber;
    const text = [
      `File A${a} was transferred.`,
      `Reference A-${a.slice(0, 3)}-${a.slice(3, 6)}-${a.slice(6)} in the notes.`,
      `A-Number: ${p2.aNumber} (pending)`,
      `Receipt ${p3.receiptNumber} was mailed.`,
      `Phone 202-555-0147 and order 123456789 are not A-numbers.`,
    ].join('\n');
    const findings = analyseProse(text);
    expect(rules(findings)).toEqual(['prose.immigration-number']);
    expect(findings[0]).toMatchObject({ severity: 'high', count: 4, location: { lines: { first: 1, last: 4 } } });
    expectNoLeak(outputs(findings), planted);
  });

  it('a name tied to a protection claim in the same sentence is critical', () => {
    const findings = analyseProse(
      `Case notes.\nOn review, ${p1.fullName} received a positive credible fear determination and was referred to the IJ.\n`,
    );
    expect(rules(findings)).toEqual(['prose.protection-claim']);
    expect(findings[0]).toMatchObject({ severity: 'critical', count: 1, location: { lines: { first: 2, last: 2 } } });
    expectNoLeak(outputs(findings), planted);
  });

  it('"LAST, FIRST" with an A-number and a claim on one line', () => {
    const findings = analyseProse(`${p2.lastFirst} A${p2.aNumber} — Persecution Claim Established\n`);
    expect(rules(findings)).toEqual(['prose.immigration-number', 'prose.protection-claim']);
    expectNoLeak(outputs(findings), planted);
  });

  it('label lines: a name on one short line, the claim on the next', () => {
    const findings = analyseProse(`Detainee: ${p3.fullName}\nResult: negative reasonable fear\n`);
    expect(rules(findings)).toEqual(['prose.protection-claim']);
    expectNoLeak(outputs(findings), planted);
  });

  it('Spanish: a name with miedo creíble', () => {
    const findings = analyseProse(`La señora ${p1.fullName} pasó la entrevista de miedo creíble con resultado positivo.\n`);
    expect(rules(findings)).toEqual(['prose.protection-claim']);
  });

  it('a name with a birthdate is high', () => {
    const findings = analyseProse(
      `${p1.fullName}, DOB ${p1.birthDate}, was booked in.\n${p2.fullName} (born 3/14/1990) is at the facility.\n`,
    );
    expect(rules(findings)).toEqual(['prose.name-birthdate']);
    expect(findings[0]).toMatchObject({ severity: 'high', count: 2 });
    expectNoLeak(outputs(findings), planted);
  });

  it('aggregates per surface and entry, one finding per rule with a count and line range', () => {
    const analyzer = createAnalyzer('site/export.zip', DEFAULT_DETECT_OPTIONS);
    for (let i = 0; i < 5; i++) analyzer.prose(`Note: A${people[i]!.aNumber}\n`, { surface: 'text', line: 10 + i * 3, entry: 'a.txt' });
    analyzer.prose(`A${p1.aNumber}\n`, { surface: 'comments', sheet: 'Roster', cell: 'B7' });
    const findings = analyzer.finish();
    expect(findings).toHaveLength(2);
    const text = findings.find((f) => f.location.surface === 'text')!;
    expect(text).toMatchObject({ count: 5, location: { entry: 'a.txt', lines: { first: 10, last: 22 } } });
    const comments = findings.find((f) => f.location.surface === 'comments')!;
    expect(comments.message).toContain("sheet 'Roster', comments");
    expectNoLeak(outputs(findings), planted);
  });

  it('custom recognizers count in prose', () => {
    const customRecognizers = [{ id: 'case', pattern: 'CR-\\d{6}' }];
    const findings = analyseProse('See CR-123456 and CR-654321.\n', {}, { customRecognizers });
    expect(rules(findings)).toEqual(['custom']);
    expect(findings[0]!.count).toBe(2);
    expect(JSON.stringify(findings)).not.toContain('123456');
  });

  it('custom patterns with spaces match in prose, once each, across window seams', async () => {
    const { countCustomInProse, compileCustom, CUSTOM_MAX_INPUT } = await import('../../src/detect/custom.js');
    const [spaced] = compileCustom([{ id: 'local', pattern: 'LC \\d{7}' }]);
    expect(countCustomInProse(spaced!, 'Case LC 1234567 was merged into LC 7654321.')).toBe(2);
    // Put matches on every side of the window boundaries: each is counted exactly once.
    for (const at of [CUSTOM_MAX_INPUT - 5, CUSTOM_MAX_INPUT, CUSTOM_MAX_INPUT * 2 - 3, CUSTOM_MAX_INPUT * 3 + 1]) {
      const text = `${'x'.repeat(at)}LC 1234567${'y'.repeat(300)} LC 2345678 end`;
      expect(countCustomInProse(spaced!, text), `match at ${at}`).toBe(2);
    }
    const findings = analyseProse('Refer LC 1234567 to the clinic.\n', {}, { customRecognizers: [{ id: 'local', pattern: 'LC \\d{7}' }] });
    expect(rules(findings)).toEqual(['custom']);
    expect(JSON.stringify(findings)).not.toContain('1234567');
  });
});

describe('bounded prose handling', () => {
  it('one enormous line in chunks is handled in bounded segments', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40_000); // ~1 MB
    const analyzer = createAnalyzer('big.txt', DEFAULT_DETECT_OPTIONS);
    analyzer.prose(filler, { surface: 'text', line: 1 });
    analyzer.prose(`${filler} A${p1.aNumber} ${filler}`, { surface: 'text', line: 1 });
    const findings = analyzer.finish();
    expect(rules(findings)).toEqual(['prose.immigration-number']);
    expect(findings[0]!.count).toBe(1);
  });

  it('helpers: sentences keep initials together, private names exclude officials', () => {
    expect(sentences('Mr. J. Smith arrived. He left.')).toHaveLength(2);
    expect(namesPrivatePerson('Secretary Jane Smith said so')).toBe(false);
    expect(namesPrivatePerson(`${p1.fullName} said so`)).toBe(false);
    expect(namesPrivatePerson(`the file of ${p1.fullName} was reviewed`)).toBe(true);
    expect(countImmigrationNumbers('call 202-555-0147 or 123456789')).toBe(0);
  });
});

describe('file names', () => {
  it('a path with an A-number, or a name with a number or a claim, identifies someone', () => {
    const analyzer = createAnalyzer(`cases/${p1.familyName}_${p1.givenName}_A${p1.aNumber}.csv`, DEFAULT_DETECT_OPTIONS);
    analyzer.prose(`cases ${p1.familyName} ${p1.givenName} A${p1.aNumber} csv`, { surface: 'file-name' });
    analyzer.prose(`${p2.givenName} ${p2.familyName} credible fear pdf`, { surface: 'file-name', entry: 'inner/x.pdf' });
    const findings = analyzer.finish();
    expect(findings.map((f) => [f.rule, f.severity, f.count])).toEqual([
      ['file-name.identifier', 'high', 1],
      ['file-name.identifier', 'high', 1],
    ]);
    expectNoLeak(outputs(findings), planted);
  });

  it('ordinary paths, a name alone, and numbers without a cue do not', () => {
    for (const words of [
      'docs press 2022 11 28 detention stats md',
      `team ${p1.fullName} md`,
      'reports order 123456789 pdf',
      'ice FY21 detentionStats07082021 xlsx',
    ]) {
      expect(analyseProse(words, { surface: 'file-name', line: undefined })).toEqual([]);
    }
  });
});

describe('example numbers on help pages', () => {
  it('placeholder A-numbers and receipt numbers do not count', () => {
    const text = 'Your A-number looks like A123456789 or A-000-000-000. A receipt number looks like EAC0123456789.\nA-Number: 987654321\n';
    expect(analyseProse(text)).toEqual([]);
    expect(countImmigrationNumbers(`A${p1.aNumber}`)).toBe(1);
  });
});

describe('attributions', () => {
  it('a byline or an attribution is not the person the claim is about', () => {
    expect(
      analyseProse(
        'Asylum grants fell last year, according to Maria Lopez of the policy institute.\nCredible fear story reported by John Baptiste.\n',
      ),
    ).toEqual([]);
  });
});

describe('datelines', () => {
  it('"CITY, STATE —" openings of press releases are not names', () => {
    expect(
      analyseProse(
        'HOUSTON, TEXAS — ICE processed 400 credible fear cases this month.\nATLANTA, GEORGIA – Asylum officers interviewed 120 people.\nBROWNSVILLE, Texas (AP) — Asylum claims rose.\n',
      ),
    ).toEqual([]);
  });
});

describe('quotes', () => {
  it('"…," said Jane Smith is a speaker, not a claimant', () => {
    expect(analyseProse('"Credible fear screenings continue," said Maria Lopez, the field office director.\n')).toEqual([]);
  });
});

describe('the sentence before', () => {
  it('a claim in the next sentence about "she"/"he" is tied to the person just named', () => {
    const findings = analyseProse(
      `${p1.fullName} arrived at the facility in May. She later received a positive credible fear determination.\n`,
    );
    expect(rules(findings)).toEqual(['prose.protection-claim']);
    expectNoLeak(outputs(findings), planted);
  });

  it('not when the person named before is an official, or when no pronoun refers back', () => {
    expect(analyseProse('Secretary Jane Smith visited the facility. She said credible fear screenings continue.\n')).toEqual([]);
    expect(analyseProse(`${p1.fullName} visited the office. Credible fear screenings continue nationwide.\n`)).toEqual([]);
  });
});
