import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { readDelimited } from '../../../src/readers/text/delimited.js';
import { readHtml } from '../../../src/readers/text/html.js';
import { readJson, readNdjson } from '../../../src/readers/text/json.js';
import { readMarkdown } from '../../../src/readers/text/markdown.js';
import { readText } from '../../../src/readers/text/text.js';
import { isReadError, type Reader } from '../../../src/readers/types.js';
import { readXml } from '../../../src/readers/text/xml.js';
import { readYaml } from '../../../src/readers/text/yaml.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues, rosterRow } from '../../fixtures/people.js';
import { errorText, memoryInput, record } from './recording-sink.js';

const people = makePeople(3, 81);
const planted = plantedValues(people);
const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
const line = rosterRow(a).join(',');

/** Broken or hostile inputs, each carrying planted values next to the place that breaks. */
const CASES: Array<[string, Reader, string]> = [
  [
    'csv: quote opened before a name',
    readDelimited,
    `Name,A\n"${a.lastFirst},${a.aNumber}\n${b.lastFirst.replace(',', '')},${b.aNumber}\n`,
  ],
  ['csv: text after a closing quote', readDelimited, `Name,A\n"${a.familyName}"${a.givenName},${a.aNumber}\n`],
  ['csv: only a quote', readDelimited, `"${line}`],
  ['json: cut off', readJson, `{"people": [{"name": "${a.fullName}", "dob": "${a.birthDate}"`],
  ['json: bad token next to a value', readJson, `[{"a": ${a.aNumber}x}]`],
  ['json: too deep after a value', readJson, `[{"name": "${a.fullName}"}, ${'['.repeat(DEFAULT_LIMITS.maxNestingDepth + 1)}`],
  ['ndjson: broken line', readNdjson, `{"a":"${a.aNumber}"}\n{"a":"${b.aNumber}\n`],
  ['yaml: broken', readYaml, `- name: "${a.lastFirst}\n  dob: [${a.birthDate}\n`],
  ['yaml: tab indentation', readYaml, `people:\n\t- ${a.lastFirst}\n`],
  ['markdown: broken front matter', readMarkdown, `---\nname: "${a.fullName}\n---\n| ${a.lastFirst} |\n|---|\n`],
  [
    'html: unclosed everything',
    readHtml,
    `<table><tr><td>${a.lastFirst}<td>${a.aNumber}<script type="application/json">{"a": "${b.fullName}"`,
  ],
  ['xml: unclosed', readXml, `<r><p><n>${a.lastFirst}</n><a>${a.aNumber}</a></p><p><n>${b.lastFirst}`],
  ['xml: mismatched tags', readXml, `<r><p>${a.fullName}</q></r>`],
  ['text: NUL bytes', readText, `\u0000${a.fullName}\u0000${a.aNumber}`],
];

describe('no reader error repeats the input', () => {
  it.each(CASES)('%s', async (_what, reader, text) => {
    for (const pieces of [undefined, 5]) {
      const { error, sink } = await record(reader, memoryInput(text, 'hostile.dat', pieces));
      if (error !== undefined) expect(isReadError(error)).toBe(true);
      expectNoLeak({ error: errorText(error) }, planted);
      // Whatever was read still reached the sink (tables or prose), so detection is not blind.
      const seen = sink.tables.reduce((n, t) => n + t.rows.length, 0) + sink.texts.length;
      expect(seen).toBeGreaterThan(0);
    }
  });
});
