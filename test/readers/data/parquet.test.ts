import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readParquet } from '../../../src/readers/data/parquet.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { errorText, memoryInput, record } from '../text/recording-sink.js';
import { blocking, parquet, PEOPLE, PLANTED, ROSTER, scanBytes, STATISTICS } from './build.js';

describe('Parquet reader', () => {
  it('is sniffed by its magic whatever the name', () => {
    expect(sniffFormat('data.bin', parquet())).toBe('parquet');
    expect(sniffFormat('roster.csv', parquet())).toBe('parquet');
  });

  it('reads column names as the header and every row group in order, rows numbered over the file', async () => {
    const { sink, error } = await record(readParquet, memoryInput(parquet(ROSTER, 5), 'roster.parquet'));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta).toMatchObject({ shape: 'records', header: ROSTER[0] });
    expect(sink.tables[0]!.rows.map((r) => r.rowNumber)).toEqual(PEOPLE.map((_, i) => i + 1));
    expect(sink.cells(0)).toEqual(ROSTER.slice(1));
    expect(sink.tables[0]!.ended).toBe(true);
  });

  it('flattens structs into dotted columns and joins lists', async () => {
    const p = PEOPLE[0]!;
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: [1, 2] },
        { name: 'person', data: [{ name: p.fullName, birth: { date: p.birthDate } }, null] },
        { name: 'aliases', data: [[p.lastFirst, 'x'], []] },
      ],
      schema: [
        { name: 'root', num_children: 3 },
        { name: 'id', type: 'INT32', repetition_type: 'REQUIRED' },
        { name: 'person', repetition_type: 'OPTIONAL', num_children: 2 },
        { name: 'name', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
        { name: 'birth', repetition_type: 'OPTIONAL', num_children: 1 },
        { name: 'date', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
        { name: 'aliases', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      ],
    });
    const { sink, error } = await record(readParquet, memoryInput(Buffer.from(bytes), 'nested.parquet'));
    expect(error).toBeUndefined();
    expect(sink.tables[0]!.meta.header).toEqual(['id', 'person.name', 'person.birth.date', 'aliases']);
    expect(sink.tables[0]!.rows[0]!.cells).toEqual([1, p.fullName, p.birthDate, `${p.lastFirst}; x`]);
    expect(sink.tables[0]!.rows[1]!.cells).toEqual([2, null, null, null]);
  });

  it('a roster blocks, a statistics table passes', async () => {
    const roster = await scanBytes('exports/roster.parquet', parquet());
    expect(roster.status).toBe('scanned');
    expect(roster.format).toBe('parquet');
    expect(blocking(roster).length).toBeGreaterThan(0);
    expect(roster.findings[0]!.location.rows).toBeDefined();
    expectNoLeak({ json: JSON.stringify(roster) }, PLANTED);
    const stats = await scanBytes('stats/fear.parquet', parquet(STATISTICS));
    expect(stats.status).toBe('scanned');
    expect(stats.findings).toEqual([]);
  });

  it('a cut file is truncated; a footer that lies is corrupt, and no library message passes', async () => {
    const good = parquet();
    const cut = await record(readParquet, memoryInput(good.subarray(0, good.length - 20), 'cut.parquet'));
    expect(cut.error).toMatchObject({ name: 'ReadError', kind: 'truncated' });
    const lying = Buffer.from(good);
    lying.writeUInt32LE(0x7fffffff, lying.length - 8); // footer length far past the file
    const bad = await record(readParquet, memoryInput(lying, 'lying.parquet'));
    expect(bad.error).toMatchObject({ name: 'ReadError', kind: 'corrupt' });
    expect(errorText(bad.error)).not.toMatch(/parquet metadata length/);
    expectNoLeak({ error: errorText(cut.error) + errorText(bad.error) }, PLANTED);
  });

  it('pages that declare more than the decompressed-size limit are refused before allocation', async () => {
    const { error } = await record(readParquet, memoryInput(parquet(), 'roster.parquet'), {
      ...(await import('../../../src/config/scan-options.js')).DEFAULT_LIMITS,
      maxDecompressedSize: 100,
    });
    expect(error).toMatchObject({ name: 'ReadError', kind: 'too-large-decompressed' });
  });
});
