import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/readers/text/markdown.js';
import { readYaml } from '../../../src/readers/text/yaml.js';
import { ReadError } from '../../../src/readers/types.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues } from '../../fixtures/people.js';
import { errorText, memoryInput, record } from './recording-sink.js';

const people = makePeople(3, 31);
const planted = plantedValues(people);

function yamlRoster(): string {
  return (
    [
      'title: Weekly list',
      'detainees:',
      ...people.flatMap((p) => [
        `  - name: "${p.lastFirst}"`,
        `    a_number: "${p.aNumber}"`,
        `    dob: ${p.birthDate}`,
        `    fear: ${p.fearDecision}`,
      ]),
    ].join('\n') + '\n'
  );
}

describe('YAML reader', () => {
  it('a sequence of mappings becomes a records table; dates stay text (core schema)', async () => {
    const { sink, error } = await record(readYaml, memoryInput(yamlRoster(), 'list.yaml'));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta).toMatchObject({ shape: 'records', header: ['name', 'a_number', 'dob', 'fear'] });
    expect(sink.cells(0)).toEqual(people.map((p) => [p.lastFirst, p.aNumber, p.birthDate, p.fearDecision]));
    expect(sink.texts.find((t) => t.text.includes('title: Weekly list'))?.where.line).toBe(1);
  });

  it('custom tags are not constructed and __proto__ keys stay data', async () => {
    const text = 'run: !!python/object/apply:os.system ["echo hi"]\nx: !custom 3\n__proto__:\n  polluted: yes\n';
    const { sink, error } = await record(readYaml, memoryInput(text, 'tags.yml'));
    expect(error).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(sink.allProse()).toContain('polluted: yes');
  });

  it('billion laughs is stopped by the alias limit, as a ReadError', async () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
    ])
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const { error } = await record(readYaml, memoryInput(rows.join('\n') + '\n', 'lol.yaml'));
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).kind).toBe('too-large-decompressed');
  });

  it.each([
    ['a sequence holding itself', 'a: &a [1, *a, *a]\n'],
    ['a record holding itself', '- &r {name: x, self: *r}\n- {name: y}\n'],
  ])('a cycle built with aliases (%s) ends as a ReadError, not a hang', async (_what, text) => {
    const { error } = await record(readYaml, memoryInput(text, 'cycle.yaml'));
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).kind).toBe('too-deep');
  });

  it('invalid YAML is corrupt without library text', async () => {
    const text = `name: "${people[0]!.lastFirst}\n  : [unclosed\n`;
    const { error } = await record(readYaml, memoryInput(text, 'bad.yaml'));
    expect((error as ReadError).kind).toBe('corrupt');
    expectNoLeak({ error: errorText(error) }, planted);
  });

  it('nesting past the limit is too-deep', async () => {
    let text = 'x';
    for (let i = 0; i < 40; i++) text = `[${text}]`;
    const { error } = await record(readYaml, memoryInput(`root: ${text}\n`, 'deep.yaml'), {
      ...(await import('../../../src/config/scan-options.js')).DEFAULT_LIMITS,
      maxNestingDepth: 20,
    });
    expect((error as ReadError).kind).toBe('too-deep');
  });
});

/** Source line of `needle` inside a recorded prose chunk. */
function lineOfText(chunk: { text: string; where: { line?: number } }, needle: string): number {
  const at = chunk.text.indexOf(needle);
  return chunk.where.line! + chunk.text.slice(0, at).split('\n').length - 1;
}

describe('Markdown reader', () => {
  const p = people[0]!;
  const doc = [
    '---', // 1
    'title: Roster', // 2
    'people:', // 3
    `  - name: ${p.fullName}`, // 4
    `    dob: ${p.birthDate}`, // 5
    '---', // 6
    '# Weekly update', // 7
    '', // 8
    '| Name | A-Number | Fear |', // 9
    '|:-----|---------:|:----:|', // 10
    ...people.map((q) => `| ${q.lastFirst.replace(',', '')} | ${q.aNumber} | ${q.fearDecision} |`), // 11-13
    '', // 14
    'Plain text with a | pipe that is not a table.', // 15
    '```', // 16
    '| a | b |', // 17
    '|---|---|', // 18
    '```', // 19
    `Escaped \\| pipe and ${p.aNumber} in prose.`, // 20
  ].join('\n');

  it('pipe tables become grid tables numbered by source line, alignment row dropped', async () => {
    const { sink, error } = await record(readMarkdown, memoryInput(doc, 'update.md'));
    expect(error).toBeUndefined();
    const grids = sink.tables.filter((t) => t.meta.shape === 'grid');
    expect(grids).toHaveLength(1);
    expect(grids[0]!.ended).toBe(true);
    expect(grids[0]!.rows.map((r) => r.rowNumber)).toEqual([9, 11, 12, 13]);
    expect(grids[0]!.rows.map((r) => r.cells)).toEqual([
      ['Name', 'A-Number', 'Fear'],
      ...people.map((q) => [q.lastFirst.replace(',', ''), q.aNumber, q.fearDecision]),
    ]);
  });

  it('front matter goes through YAML (records table) and the rest is prose with lines', async () => {
    const { sink } = await record(readMarkdown, memoryInput(doc, 'update.md'));
    const records = sink.tables.filter((t) => t.meta.shape === 'records');
    expect(records).toHaveLength(1);
    expect(records[0]!.meta.header).toEqual(['name', 'dob']);
    expect(records[0]!.rows[0]!.cells).toEqual([p.fullName, p.birthDate]);
    expect(sink.texts.find((t) => t.text.includes('title: Roster'))?.where.line).toBe(2);
    const body = sink.texts.find((t) => t.text.startsWith('# Weekly update'));
    expect(body?.where.line).toBe(7);
    const after = sink.texts.find((t) => t.text.includes('Plain text with a | pipe'));
    expect(lineOfText(after!, 'Plain text with a | pipe')).toBe(15);
    // The fenced example stays prose, and prose keeps the A-number for detection.
    expect(after?.text).toContain('| a | b |');
    expect(sink.allProse()).toContain(p.aNumber);
  });

  it('front matter that is not YAML is read as prose', async () => {
    const { sink, error } = await record(readMarkdown, memoryInput(`---\nname: "${p.fullName}\n: [\n---\ntext\n`, 'x.md'));
    expect(error).toBeUndefined();
    expect(sink.allProse()).toContain(p.fullName);
  });

  it('a raw HTML table block is read as a table; its text keeps its Markdown line numbers', async () => {
    const q = people[1]!;
    const md = [
      '# Page', // 1
      '', // 2
      '<table>', // 3
      '  <tr><th>Name</th><th>DOB</th></tr>', // 4
      `  <tr><td>${q.lastFirst}</td><td>${q.birthDate}</td></tr>`, // 5
      '  <caption>Detained this week</caption>', // 6
      '</table>', // 7
      '', // 8
      'After the table.', // 9
    ].join('\n');
    const { sink, error } = await record(readMarkdown, memoryInput(md, 'page.md'));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.cells(0)).toEqual([
      ['Name', 'DOB'],
      [q.lastFirst, q.birthDate],
    ]);
    expect(sink.texts.find((x) => x.text.includes('Detained this week'))?.where.line).toBe(6);
    const after = sink.texts.find((x) => x.text.includes('After the table.'))!;
    expect(lineOfText(after, 'After the table.')).toBe(9);
    expect(sink.allProse()).not.toContain('<tr>');
  });
});
