/**
 * bzip2: a `.bz2` file is read as the file it holds (`roster.csv.bz2!roster.csv`), every
 * decompressed byte counts against the decompressed-size budget, and a stream cut short or
 * damaged is not inspected with a plain reason (never seek-bzip's own message).
 */
import { describe, expect, it } from 'vitest';
import { innerName, readBzip2 } from '../../../src/readers/containers/bzip2.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { bzip2 } from '../../fixtures/bzip2.js';
import { blocking, containerKit, kind } from './kit.js';

const { csv, scan, read } = containerKit(4242);

describe('bzip2', () => {
  it('reads a .csv.bz2 as the CSV it holds, with findings located inside', async () => {
    const result = await scan('data/detainees.csv.bz2', bzip2(csv));
    expect(result).toMatchObject({ status: 'scanned', format: 'bzip2' });
    const found = result.findings.filter(blocking);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.location.entry)).toContain('detainees.csv');
  });

  it('reads concatenated streams (pbzip2) whole: the rows of the second stream count too', async () => {
    const cut = csv.indexOf('\n', Math.floor(csv.length / 2)) + 1;
    const whole = (await scan('one.csv.bz2', bzip2(csv))).findings.filter(blocking);
    const split = (await scan('two.csv.bz2', Buffer.concat([bzip2(csv.subarray(0, cut)), bzip2(csv.subarray(cut))]))).findings.filter(
      blocking,
    );
    expect(split.map((f) => f.location.rows)).toEqual(whole.map((f) => f.location.rows));
    expect(whole[0]!.location.rows).toEqual({ first: 2, last: 11 });
  });

  it('content larger than one decompressed piece (1 MB) is read whole: a roster after 3 MB of statistics is found', async () => {
    const stats = 'Country,Detained\n' + 'HONDURAS,1203\n'.repeat(220_000);
    const result = await scan('late.csv.bz2', bzip2(Buffer.concat([Buffer.from(stats), Buffer.from('\n'), csv])));
    expect(result.status).toBe('scanned');
    expect(result.findings.some(blocking)).toBe(true);
  });

  it('a statistics file compressed with bzip2 passes', async () => {
    const result = await scan('stats.csv.bz2', bzip2('Country,Detained\nHONDURAS,1203\nGUATEMALA,998\nMEXICO,1500\n'));
    expect(result).toMatchObject({ status: 'scanned', format: 'bzip2' });
    expect(result.findings.filter(blocking)).toEqual([]);
  });

  it('is sniffed by its magic under any name', () => {
    expect(sniffFormat('upload.bin', bzip2(csv).subarray(0, 64))).toBe('bzip2');
  });

  it('names the inner file from the outer name', () => {
    expect(innerName('a/stats.csv.bz2')).toBe('stats.csv');
    expect(innerName('site.tbz2')).toBe('site.tar');
    expect(innerName('blob')).toBe('blob');
  });

  it('a stream cut short is truncated, damaged bytes are corrupt, and a bomb stops at the limit', async () => {
    const good = bzip2(csv);
    expect(kind((await read(readBzip2, 'cut.csv.bz2', good.subarray(0, good.length - 20))).error)).toBe('truncated');
    const damaged = Buffer.from(good);
    for (let i = 40; i < damaged.length - 10; i += 7) damaged[i] = damaged[i]! ^ 0x5a;
    expect(['corrupt', 'truncated']).toContain(kind((await read(readBzip2, 'bad.csv.bz2', damaged)).error));
    const bomb = bzip2(Buffer.alloc(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024);
    expect(kind((await read(readBzip2, 'bomb.bz2', bomb, { maxDecompressedSize: 2 * 1024 * 1024 })).error)).toBe('too-large-decompressed');
  });

  it('through scanFile, a damaged file is not inspected and says so in plain words', async () => {
    const result = await scan('data.csv.bz2', Buffer.from('BZh91AY&SY\u0001\u0002\u0003', 'latin1'));
    expect(result.status).toBe('not-inspected');
    expect(['corrupt', 'truncated']).toContain(result.reason);
    expect(result.detail).toMatch(/^the bzip2-compressed file /);
  });
});
