import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { readJson, readNdjson } from '../../../src/readers/text/json.js';
import { ReadError } from '../../../src/readers/types.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues } from '../../fixtures/people.js';
import { errorText, memoryInput, record } from './recording-sink.js';

const people = makePeople(4, 21);
const planted = plantedValues(people);

describe('JSON reader', () => {
  it('an array of records anywhere becomes a records table with the union of keys, nested keys flattened', async () => {
    const doc = {
      meta: { title: 'export', generated: '2022-11-28' },
      data: {
        detainees: people.map((p, i) => ({
          name: p.lastFirst,
          aNumber: p.aNumber,
          birth: { date: p.birthDate, country: p.nationality },
          ...(i === 2 ? { fear: p.fearDecision } : {}),
        })),
      },
    };
    const { sink, error } = await record(readJson, memoryInput(JSON.stringify(doc, null, 2), 'export.json'));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    const table = sink.tables[0]!;
    expect(table.meta).toMatchObject({ shape: 'records', header: ['name', 'aNumber', 'birth.date', 'birth.country', 'fear'] });
    expect(table.ended).toBe(true);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    expect(table.rows[2]!.cells).toEqual([
      people[2]!.lastFirst,
      people[2]!.aNumber,
      people[2]!.birthDate,
      people[2]!.nationality,
      people[2]!.fearDecision,
    ]);
    expect(table.rows[0]!.cells[4]).toBeUndefined();
    // The rest is prose with a line.
    const title = sink.texts.find((t) => t.text.includes('title: export'));
    expect(title?.where.line).toBe(3);
  });

  it("an array of objects under a record stays on that record's row as compact text", async () => {
    const p = people[0]!;
    const text = JSON.stringify([
      { name: p.fullName, cases: [{ kind: 'CFI', result: p.fearDecision }], tags: ['a', 'b'] },
      { name: 'x', cases: [] },
    ]);
    const { sink } = await record(readJson, memoryInput(text, 'cases.json'));
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta.header).toEqual(['name', 'cases', 'tags']);
    expect(sink.tables[0]!.rows[0]!.cells).toEqual([p.fullName, `[{"kind":"CFI","result":"${p.fearDecision}"}]`, 'a; b']);
  });

  it('a map of records keyed by identifier becomes a records table with the key as first column', async () => {
    const map = Object.fromEntries(people.map((p) => [p.aNumber, { name: p.lastFirst, dob: p.birthDate }]));
    const { sink } = await record(readJson, memoryInput(JSON.stringify({ generated: 'today', detainees: map }), 'map.json'));
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta.header).toEqual(['(key)', 'name', 'dob']);
    // (JavaScript lists integer-like keys first, so rows follow key order, not always the file's.)
    const byKey = (rows: string[][]) => [...rows].sort((x, y) => x[0]!.localeCompare(y[0]!));
    expect(byKey(sink.cells(0))).toEqual(byKey(people.map((p) => [p.aNumber, p.lastFirst, p.birthDate])));
    // Sections that share no member names are not records.
    const sections = await record(readJson, memoryInput(JSON.stringify({ meta: { title: 't' }, data: { rows: 1 } }), 's.json'));
    expect(sections.sink.tables).toHaveLength(0);
  });

  it('keys such as __proto__ and constructor are data and pollute nothing', async () => {
    const text = `[{"__proto__": {"polluted": "yes"}, "constructor": "${people[0]!.lastFirst}", "toString": 1}, {"__proto__": {"polluted": "no"}, "constructor": "x", "toString": 2}]`;
    const { sink, error } = await record(readJson, memoryInput(text, 'p.json'));
    expect(error).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(sink.tables[0]!.meta.header).toEqual(['__proto__.polluted', 'constructor', 'toString']);
    expect(sink.tables[0]!.rows[0]!.cells).toEqual(['yes', people[0]!.lastFirst, 1]);
  });

  it('nesting past the limit is not-inspected (too-deep), not a crash', async () => {
    const depth = DEFAULT_LIMITS.maxNestingDepth + 10;
    const text = '['.repeat(depth) + '"x"' + ']'.repeat(depth);
    const { error } = await record(readJson, memoryInput(text, 'deep.json'));
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).kind).toBe('too-deep');
    const ok = await record(readJson, memoryInput('['.repeat(50) + '"x"' + ']'.repeat(50), 'ok.json'));
    expect(ok.error).toBeUndefined();
    expect(ok.sink.allProse()).toContain('x');
  });

  it('brackets inside strings do not count as nesting', async () => {
    const text = JSON.stringify({ note: '['.repeat(2000) });
    const { error, sink } = await record(readJson, memoryInput(text, 's.json'));
    expect(error).toBeUndefined();
    expect(sink.allProse()).toContain('note: [[[');
  });

  it('invalid JSON is corrupt, and the error never quotes the input', async () => {
    const text = `[{"name": "${people[0]!.lastFirst}", "a": "${people[0]!.aNumber}" `;
    const { error } = await record(readJson, memoryInput(text, 'bad.json'));
    expect((error as ReadError).kind).toBe('corrupt');
    expectNoLeak({ error: errorText(error) }, planted);
  });

  it('a single person object (not in an array) reaches detection as prose lines', async () => {
    const p = people[1]!;
    const text = JSON.stringify({ person: { name: p.fullName, dob: p.birthDate, a_number: Number(p.aNumber) } }, null, 1);
    const { sink } = await record(readJson, memoryInput(text, 'one.json'));
    expect(sink.tables).toHaveLength(0);
    expect(sink.allProse()).toContain(`name: ${p.fullName}\ndob: ${p.birthDate}\na_number: ${Number(p.aNumber)}`);
  });
});

describe('NDJSON reader', () => {
  it('streams each line as a record of one table, numbered by line, keys unioned over all lines', async () => {
    const lines = people.map((p, i) =>
      JSON.stringify(i === 3 ? { name: p.fullName, a: p.aNumber, extra: { fear: p.fearDecision } } : { name: p.fullName, a: p.aNumber }),
    );
    const text = [lines[0], '', lines[1], '"a loose string"', lines[2], lines[3]].join('\n') + '\n';
    const { sink, error } = await record(readNdjson, memoryInput(text, 'r.ndjson', 50));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta).toMatchObject({ shape: 'records', header: ['name', 'a', 'extra.fear'] });
    expect(sink.tables[0]!.rows.map((r) => r.rowNumber)).toEqual([1, 3, 5, 6]);
    expect(sink.tables[0]!.rows[3]!.cells).toEqual([people[3]!.fullName, people[3]!.aNumber, people[3]!.fearDecision]);
    expect(sink.texts.find((t) => t.text === 'a loose string')?.where.line).toBe(4);
  });

  it('an invalid line: the other lines are read, then corrupt naming only the line', async () => {
    const text = `{"name":"${people[0]!.fullName}"}\n{"name": "${people[1]!.fullName}\n{"name":"${people[2]!.fullName}"}\n`;
    const { sink, error } = await record(readNdjson, memoryInput(text, 'r.jsonl'));
    expect((error as ReadError).kind).toBe('corrupt');
    expect((error as ReadError).detail).toBe('line 2 is not valid JSON');
    expect(sink.tables[0]!.rows.map((r) => r.cells[0])).toEqual([people[0]!.fullName, people[2]!.fullName]);
    expectNoLeak({ error: errorText(error) }, planted);
  });
});
