import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/readers/text/html.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { findingsOf, ruleIds } from '../../fixtures/detect-reader.js';
import { makePeople, plantedValues, type Person } from '../../fixtures/people.js';
import { memoryInput, record } from './recording-sink.js';

const people = makePeople(12, 63);
const planted = plantedValues(people);
const page = (body: string) =>
  `<!doctype html><html><head><title>Cases</title></head><body><h1>Open cases</h1>\n${body}\n<footer>Contact the clinic.</footer></body></html>`;

const layouts: Record<string, (p: Person) => string> = {
  'div cards with a heading and "Label: value" paragraphs': (p) =>
    `<div class="card">\n  <h3>${p.fullName}</h3>\n  <p><strong>Date of Birth:</strong> ${p.birthDate}</p>\n  <p>Country: ${p.nationality}</p>\n  <p>Credible Fear: ${p.fearDecision}</p>\n</div>`,
  'li items with fields labelled by class': (p) =>
    `<li class="person"><span class="name">${p.lastFirst}</span> <span class="a-number">A${p.aNumber}</span> <span class="dob">${p.birthDate}</span> <span class="cfi-result">${p.fearDecision}</span></li>`,
  'articles holding a definition list': (p) =>
    `<article><h2>${p.fullName}</h2><dl><dt>Date of birth</dt><dd>${p.birthDate}</dd><dt>Citizenship</dt><dd>${p.nationality}</dd><dt>Fear decision</dt><dd>${p.fearDecision}</dd></dl></article>`,
  'sections with an itemprop name and nested detail divs': (p) =>
    `<section class="client"><div class="head"><span itemprop="name">${p.fullName}</span></div><div class="details"><div>DOB: ${p.birthDate}</div><div>A-Number: A${p.aNumber}</div><div>Asylum claim: ${p.fearDecision}</div></div></section>`,
};

describe('HTML where each person is a block', () => {
  for (const [what, card] of Object.entries(layouts)) {
    it(`${what}: one record per block, a protection claim`, async () => {
      const body = what.startsWith('li') ? `<ul class="people">${people.map(card).join('\n')}</ul>` : people.map(card).join('\n');
      const findings = await findingsOf(readHtml, page(body), 'cases.html');
      expect(ruleIds(findings.filter((f) => f.rule.startsWith('person-record')))).toEqual(['person-record.protection-claim']);
      expect(findings.find((f) => f.rule === 'person-record.protection-claim')!.count).toBe(12);
      expectNoLeak({ findings: JSON.stringify(findings) }, planted);
    });
  }

  it('one definition list whose labels repeat holds one record per person', async () => {
    const dl = `<dl>${people.map((p) => `<dt>Name</dt><dd>${p.lastFirst}</dd><dt>DOB</dt><dd>${p.birthDate}</dd><dt>CFI Result</dt><dd>${p.fearDecision}</dd>`).join('')}</dl>`;
    const { sink } = await record(readHtml, memoryInput(page(dl), 'x.html'));
    const table = sink.tables.find((t) => t.meta.shape === 'records');
    expect(table?.meta.header).toEqual(['Name', 'DOB', 'CFI Result']);
    expect(table?.rows).toHaveLength(12);
    expect(ruleIds(await findingsOf(readHtml, page(dl), 'x.html'))).toContain('person-record.protection-claim');
  });

  it('near miss: staff cards and a press-release list do not block', async () => {
    const staff = people
      .slice(0, 5)
      .map(
        (p) =>
          `<div class="staff"><h3>${p.fullName}</h3><p>Title: Field Office Director</p><p>Phone: (202) 555-01${10 + people.indexOf(p)}</p><p>Office: Washington, DC</p></div>`,
      )
      .join('\n');
    const releases = [
      'ICE removes fugitive wanted for homicide',
      'ICE announces new detention standards',
      'Credible fear screenings resume at the border',
      'ICE releases annual report',
    ]
      .map(
        (t, i) =>
          `<li class="release"><h3>${t}</h3><p>Date: 2022-0${i + 1}-15</p><p>Location: Washington, DC</p><p>Topic: Enforcement and Removal</p></li>`,
      )
      .join('\n');
    const findings = await findingsOf(readHtml, page(`${staff}<ul>${releases}</ul>`), 'newsroom.html');
    expect(findings.filter((f) => f.severity === 'high' || f.severity === 'critical')).toEqual([]);
  });
});
