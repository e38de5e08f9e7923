import { describe, expect, it } from 'vitest';
import { emitProse, MAX_PROSE_CHUNK, PROSE_OVERLAP, readText } from '../../../src/readers/text/text.js';
import { makePeople } from '../../fixtures/people.js';
import { memoryInput, record, RecordingSink } from './recording-sink.js';

const person = makePeople(1, 41)[0]!;

describe('plain text reader', () => {
  it('a 50 MB single line with an A-number at the end reaches the sink in bounded chunks, the A-number whole', async () => {
    const tail = ` A${person.aNumber}`;
    const text = 'x'.repeat(50 * 1024 * 1024 - tail.length) + tail;
    const { sink, error } = await record(readText, memoryInput(text, 'big.txt'));
    expect(error).toBeUndefined();
    expect(Math.max(...sink.texts.map((t) => t.text.length))).toBeLessThanOrEqual(MAX_PROSE_CHUNK + 2 * PROSE_OVERLAP + 256 * 1024);
    expect(sink.texts.every((t) => t.where.line === 1)).toBe(true);
    expect(sink.texts.some((t) => t.text.includes(`A${person.aNumber}`))).toBe(true);
  });

  it('a value cut at any chunk seam is whole in one piece', () => {
    const value = `A${person.aNumber}`;
    for (const offset of [-12, -6, -1, 0, 1, 5]) {
      const text = 'y'.repeat(MAX_PROSE_CHUNK + offset) + value + 'z'.repeat(100);
      const sink = new RecordingSink();
      emitProse(sink, text, { surface: 'text', line: 1 });
      expect(sink.texts.length).toBeGreaterThan(1);
      expect(sink.texts.some((t) => t.text.includes(value))).toBe(true);
    }
  });

  it('numbers prose chunks by their first line', async () => {
    const { sink } = await record(readText, memoryInput('one\ntwo\nthree\n', 'a.txt', 5));
    const lines = sink.texts.flatMap((t) =>
      t.text
        .split('\n')
        .slice(0, -1)
        .map((s, i) => [t.where.line! + i, s]),
    );
    expect(lines).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ]);
  });
});
