import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readRData } from '../../../src/readers/data/rdata.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { memoryInput, record } from '../text/recording-sink.js';
import { bzip2 } from '../../fixtures/bzip2.js';
import {
  blocking,
  PEOPLE,
  PLANTED,
  rDataFrame,
  rInt,
  rRoster,
  rSerialize,
  rStatistics,
  rStr,
  scanBytes,
  STATISTICS,
  type RValue,
} from './build.js';

const rds = (value: RValue, form: 'xdr' | 'binary' | 'ascii' = 'xdr') => gzipSync(rSerialize(value, form));
const read = (bytes: Buffer, name = 'x.rds') => record(readRData, memoryInput(bytes, name));

describe('R data reader', () => {
  it('reads a data frame as a records table: factors as levels, Dates as ISO text', async () => {
    const { sink, error } = await read(rds(rRoster()));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta).toMatchObject({
      shape: 'records',
      header: ['name', 'a_number', 'birth_date', 'nationality', 'fear_decision'],
    });
    expect(sink.cells(0)).toEqual(PEOPLE.map((p) => [p.lastFirst, p.aNumber, p.birthDate, p.nationality, p.fearDecision]));
  });

  it('reads XDR, native binary and ASCII serializations, gzip-compressed or not', async () => {
    for (const form of ['xdr', 'binary', 'ascii'] as const) {
      for (const bytes of [rSerialize(rRoster(), form), rds(rRoster(), form)]) {
        expect(sniffFormat('roster.rds', bytes)).toBe('rdata');
        const { sink, error } = await read(bytes);
        expect(error, form).toBeUndefined();
        expect(sink.cells(0)[3], form).toEqual([
          PEOPLE[3]!.lastFirst,
          PEOPLE[3]!.aNumber,
          PEOPLE[3]!.birthDate,
          PEOPLE[3]!.nationality,
          PEOPLE[3]!.fearDecision,
        ]);
      }
    }
  });

  it('a roster in .rds blocks without repeating it; a statistics tibble passes', async () => {
    const r = await scanBytes('analysis/detainees.rds', rds(rRoster()));
    expect(r.status).toBe('scanned');
    expect(r.format).toBe('rdata');
    expect(blocking(r).length).toBeGreaterThan(0);
    expectNoLeak({ json: JSON.stringify(r) }, PLANTED);
    const stats = await scanBytes('analysis/fear-referrals.rds', rds(rStatistics()));
    expect(stats.status).toBe('scanned');
    expect(stats.findings).toEqual([]);
  });

  it('an .RData file: every saved object, named by its variable', async () => {
    const bytes = gzipSync(
      rSerialize({ kind: 'null' }, 'xdr', [
        ['referrals', rStatistics()],
        ['detained', rRoster()],
      ]),
    );
    expect(sniffFormat('workspace.RData', bytes)).toBe('rdata');
    const { sink, error } = await read(bytes, 'workspace.RData');
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.sheet)).toEqual(['referrals', 'detained']);
    expect(sink.tables[0]!.rows.map((r) => r.cells)).toEqual(STATISTICS.slice(1));
    const r = await scanBytes('workspace.RData', bytes);
    expect(blocking(r).length).toBeGreaterThan(0);
  });

  it('walks named lists; reads ALTREP compact sequences (row names, columns)', async () => {
    const list: RValue = {
      kind: 'list',
      items: [
        rRoster({ altrepRowNames: true }),
        rDataFrame(
          [
            ['id', { kind: 'intseq', n: 4, start: 10 }],
            ['x', rStr(['a', null, 'c', 'd'])],
          ],
          4,
        ),
      ],
      attrs: [['names', rStr(['people', 'ids'])]],
    };
    const { sink, error } = await read(rds(list));
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.sheet)).toEqual(['people', 'ids']);
    expect(sink.tables[0]!.rows).toHaveLength(PEOPLE.length);
    expect(sink.tables[1]!.rows.map((r) => r.cells)).toEqual([
      [10, 'a'],
      [11, null],
      [12, 'c'],
      [13, 'd'],
    ]);
  });

  it('reads deferred strings and wrapped vectors; spreads data-frame columns; walks nested tibbles', async () => {
    const frame = rDataFrame(
      [
        ['code', { kind: 'altrep', cls: 'deferred_string', state: { kind: 'pairlist', items: [rInt([7, null, 9]), rInt([1])] } }],
        ['label', { kind: 'altrep', cls: 'wrap_string', state: { kind: 'list', items: [rStr(['p', 'q', 'r']), rInt([0, 0])] } }],
        ['address', rDataFrame([['city', rStr(['X', 'Y', 'Z'])]], 3)],
        ['data', { kind: 'list', items: [rRoster(), { kind: 'null' }, { kind: 'null' }] }],
      ],
      3,
    );
    const { sink, error } = await read(rds(frame));
    expect(error).toBeUndefined();
    expect(sink.tables[0]!.meta.header).toEqual(['code', 'label', 'address.city', 'data']);
    expect(sink.tables[0]!.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['7', 'p', 'X'],
      [null, 'q', 'Y'],
      ['9', 'r', 'Z'],
    ]);
    expect(sink.tables[1]!.meta.sheet).toBe('data[[1]]');
    expect(sink.tables[1]!.rows).toHaveLength(PEOPLE.length);
  });

  it('a named list of equal-length columns (a data frame without its class) is one table', async () => {
    const roster = rRoster() as Extract<RValue, { kind: 'list' }>;
    const bare: RValue = { kind: 'list', items: roster.items, attrs: [roster.attrs![0]!] };
    const { sink, error } = await read(rds(bare));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta.header).toEqual(['name', 'a_number', 'birth_date', 'nationality', 'fear_decision']);
    expect(blocking(await scanBytes('bare.rds', rds(bare))).length).toBeGreaterThan(0);
  });

  it('an ALTREP class it does not know, with no plain vector as its state, is not-inspected', async () => {
    const { error } = await read(rds({ kind: 'altrep', cls: 'mmap_real', state: { kind: 'pairlist', items: [rStr(['/tmp/x'])] } }));
    expect(error).toMatchObject({ name: 'ReadError', kind: 'unsupported-format' });
  });

  it('xz is not-inspected, naming the compression and what to do', async () => {
    const r = await scanBytes(
      'data/roster.rds',
      Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0]), Buffer.alloc(64, 7)]),
    );
    expect(r.status).toBe('not-inspected');
    expect(r.reason).toBe('unsupported-format');
    expect(r.detail).toContain('xz');
    expect(r.detail).toContain('gzip');
  });

  it('bzip2 (usethis::use_data saves .rda so by default) is decompressed and read; damaged bzip2 is not inspected', async () => {
    const saved = bzip2(rSerialize({ kind: 'null' }, 'xdr', [['detained', rRoster()]]));
    expect(sniffFormat('data/detained.rda', saved)).toBe('rdata');
    const r = await scanBytes('data/detained.rda', saved);
    expect(r).toMatchObject({ status: 'scanned', format: 'rdata' });
    expect(blocking(r).length).toBeGreaterThan(0);
    expectNoLeak({ json: JSON.stringify(r) }, PLANTED);
    const stats = await scanBytes('data/referrals.rda', bzip2(rSerialize({ kind: 'null' }, 'xdr', [['referrals', rStatistics()]])));
    expect(stats).toMatchObject({ status: 'scanned', findings: [] });
    const bad = await scanBytes('data/roster.rds', Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.alloc(64, 7)]));
    expect(bad.status).toBe('not-inspected');
    expect(['corrupt', 'truncated']).toContain(bad.reason);
  });

  it('a huge declared length is refused before anything is allocated', async () => {
    for (const ints of [
      [16, 0x7fffffff], // a character vector of 2^31-1 strings
      [14, -1, 0x7fff, 0], // a long-length double vector
      [19, 0x40000000], // a list
    ]) {
      const { error } = await read(rSerialize({ kind: 'raw', ints }));
      expect(error).toMatchObject({ name: 'ReadError', kind: 'corrupt' });
    }
    const r = await scanBytes('big.rds', rds({ kind: 'raw', ints: [13, 0x7ffffff0] }));
    expect(r.status).toBe('not-inspected');
  });

  it('a file cut short is not-inspected (truncated)', async () => {
    const full = rSerialize(rRoster());
    const { error } = await read(full.subarray(0, full.length - 40));
    expect(error).toMatchObject({ name: 'ReadError', kind: 'truncated' });
    const r = await scanBytes('cut.rds', gzipSync(full).subarray(0, 200));
    expect(r.status).toBe('not-inspected');
  });

  it('nesting deeper than the limit is too-deep, not a blown stack', async () => {
    let v: RValue = rStr(['x']);
    for (let i = 0; i < 2000; i++) v = { kind: 'list', items: [v] };
    const { error } = await read(rds(v));
    expect(error).toMatchObject({ name: 'ReadError', kind: 'too-deep' });
  });

  it('a long pairlist is iterated, not recursed', async () => {
    const entries = Array.from({ length: 5000 }, (_, i) => [`v${i}`, rInt([i])] as const);
    const { error } = await read(gzipSync(rSerialize({ kind: 'null' }, 'xdr', entries)), 'many.RData');
    expect(error).toBeUndefined();
  });

  it('byte code is not-inspected', async () => {
    const { error } = await read(rSerialize({ kind: 'raw', ints: [21, 1] }));
    expect(error).toMatchObject({ name: 'ReadError', kind: 'unsupported-format' });
  });
});
