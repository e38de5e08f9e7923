import { describe, expect, it } from 'vitest';
import { lz4Frame, readArrow } from '../../../src/readers/data/arrow.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { errorText, memoryInput, record } from '../text/recording-sink.js';
import { arrowIpc, blocking, lz4FrameOf, PEOPLE, PLANTED, ROSTER, scanBytes, STATISTICS } from './build.js';

describe('Arrow IPC / Feather reader', () => {
  it('is sniffed by its magic (files and Feather v2), streams by their name', async () => {
    expect(sniffFormat('data.bin', await arrowIpc(ROSTER))).toBe('arrow');
    expect(sniffFormat('roster.feather', await arrowIpc(ROSTER, { stream: true }))).toBe('arrow');
    expect(sniffFormat('old.feather', Buffer.from('FEA1\0\0\0\0 rest'))).toBe('arrow');
  });

  it('reads field names as the header and every batch, rows numbered over the file', async () => {
    for (const stream of [false, true]) {
      const { sink, error } = await record(readArrow, memoryInput(await arrowIpc(ROSTER, { stream, batchRows: 5 }), 'roster.arrows'));
      expect(error).toBeUndefined();
      expect(sink.tables[0]!.meta).toMatchObject({ shape: 'records', header: ROSTER[0] });
      expect(sink.cells(0)).toEqual(ROSTER.slice(1));
      expect(sink.tables[0]!.rows.map((r) => r.rowNumber)).toEqual(PEOPLE.map((_, i) => i + 1));
    }
  });

  it('flattens structs into dotted columns', async () => {
    const arrow = await import('apache-arrow');
    const p = PEOPLE[0]!;
    const table = arrow.tableFromJSON([{ id: 1, person: { name: p.fullName, birth: p.birthDate } }]);
    const { sink, error } = await record(readArrow, memoryInput(Buffer.from(arrow.tableToIPC(table, 'file')), 'n.arrow'));
    expect(error).toBeUndefined();
    expect(sink.tables[0]!.meta.header).toEqual(['id', 'person.name', 'person.birth']);
    expect(sink.cells(0)).toEqual([['1', p.fullName, p.birthDate]]);
  });

  it('reads LZ4-compressed bodies (the Feather default) within the decompressed-size budget', async () => {
    const bytes = await arrowIpc(ROSTER, { lz4: true });
    const { sink, error } = await record(readArrow, memoryInput(bytes, 'roster.feather'));
    expect(error).toBeUndefined();
    expect(sink.cells(0)).toEqual(ROSTER.slice(1));
    const small = await record(readArrow, memoryInput(bytes, 'roster.feather'), { ...DEFAULT_LIMITS, maxDecompressedSize: 64 });
    expect(small.error).toMatchObject({ name: 'ReadError', kind: 'too-large-decompressed' });
  });

  it('the LZ4 decoder handles matches and refuses to write past the declared size', () => {
    // "abc", then a match of 4 at offset 3, then 5 literals: "abcabcabcabc".
    const block = Buffer.from([0x30, 0x61, 0x62, 0x63, 0x03, 0x00, 0x50, 0x62, 0x63, 0x61, 0x62, 0x63]);
    const frame = Buffer.concat([Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x70, 0x73, block.length, 0, 0, 0]), block, Buffer.alloc(4)]);
    expect(Buffer.from(lz4Frame(frame, 12, 1)).toString()).toBe('abcabcabcabc');
    expect(() => lz4Frame(frame, 8)).toThrow(expect.objectContaining({ kind: 'too-large-decompressed' }));
    expect(() => lz4Frame(Buffer.concat([frame, Buffer.from([1])]), 100)).toThrow(expect.objectContaining({ kind: 'corrupt' }));
    expect(Buffer.from(lz4Frame(lz4FrameOf(Buffer.from('hello'), true), 5)).toString()).toBe('hello');
    const text = Buffer.from('the same words again and again, the same words again and again, '.repeat(50));
    expect(Buffer.from(lz4Frame(lz4FrameOf(text), 1 << 20)).equals(text)).toBe(true);
  });

  it('a roster blocks, a statistics table passes, Feather v1 is not inspected with what to do', async () => {
    const r = await scanBytes('data/roster.feather', await arrowIpc(ROSTER, { lz4: true }));
    expect(r.status).toBe('scanned');
    expect(r.format).toBe('arrow');
    expect(blocking(r).length).toBeGreaterThan(0);
    expectNoLeak({ json: JSON.stringify(r) }, PLANTED);
    const stats = await scanBytes('data/stats.arrow', await arrowIpc(STATISTICS));
    expect(stats.status).toBe('scanned');
    expect(stats.findings).toEqual([]);
    const v1 = await scanBytes('data/old.feather', Buffer.from('FEA1\0\0\0\0 rest of an old file FEA1'));
    expect(v1).toMatchObject({ status: 'not-inspected', reason: 'unsupported-format' });
    expect(v1.detail).toMatch(/Feather version 1/);
  });

  it('a cut or lying file ends not-inspected with our own words', async () => {
    const good = await arrowIpc(ROSTER);
    const cut = await record(readArrow, memoryInput(good.subarray(0, Math.floor(good.length * 0.6)), 'cut.arrow'));
    expect(cut.error).toMatchObject({ name: 'ReadError' });
    expect(errorText(cut.error)).toMatch(/Arrow/);
    expectNoLeak({ e: errorText(cut.error) }, PLANTED);
  });
});
