import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readGzip, innerName } from '../../../src/readers/containers/gzip.js';
import { readTar } from '../../../src/readers/containers/tar.js';
import { readerFor } from '../../../src/readers/index.js';
import { sniffFormat, type Format } from '../../../src/readers/sniff.js';
import { type Reader } from '../../../src/readers/types.js';
import { buildZip } from '../spreadsheet/build-xlsx.js';
import { buildTar } from './build-tar.js';
import { blocking, containerKit, kind } from './kit.js';

const { people, roster, csv, scan, read } = containerKit(909);

/** A gzip member whose header stores a file name (FNAME), as `gzip file` writes it. */
function gzipNamed(data: Buffer, stored: string): Buffer {
  const plain = gzipSync(data);
  const head = Buffer.from(plain.subarray(0, 10));
  head[3] = head[3]! | 0x08;
  return Buffer.concat([head, Buffer.from(`${stored}\0`, 'latin1'), plain.subarray(10)]);
}

describe('gzip', () => {
  it('reads a .csv.gz as the CSV it holds, with findings located inside (stats.csv.gz!stats.csv)', async () => {
    const result = await scan('data/detainees.csv.gz', gzipSync(csv));
    expect(result).toMatchObject({ status: 'scanned', format: 'gzip' });
    const found = result.findings.filter(blocking);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.location.entry)).toContain('detainees.csv');
  });

  it('decompresses a gzip under any name: a gzip named .png is read, not skipped as an image', async () => {
    const result = await scan('img/chart.png', gzipSync(csv));
    expect(result).toMatchObject({ status: 'scanned', format: 'gzip' });
    expect(result.findings.some(blocking)).toBe(true);
  });

  it('names the inner file from the outer name: .gz, .tgz → .tar, .svgz → .svg; else the stored name', () => {
    expect(innerName('a/stats.csv.gz', undefined)).toBe('stats.csv');
    expect(innerName('site.tgz', undefined)).toBe('site.tar');
    expect(innerName('map.svgz', 'x')).toBe('map.svg');
    expect(innerName('chart.png', 'roster.csv')).toBe('roster.csv');
    expect(innerName('chart.png', undefined)).toBe('chart.png');
  });

  it('reads the name stored in the gzip header as words (it can carry an identifier)', async () => {
    const { sink, error } = await read(readGzip, 'export.gz', gzipNamed(csv, 'Doe_Jane_A012345678.csv'));
    expect(error).toBeUndefined();
    expect(sink.texts.filter((t) => t.where.surface === 'file-name').map((t) => t.text)).toEqual(['Doe Jane A012345678 csv']);
    expect(sink.tables[0]!.meta.entry).toBe('export');
  });

  it('reads the comment stored in the gzip header as text: a sentence about a person there blocks', async () => {
    const p = people[0]!;
    const plain = gzipSync(Buffer.from('year,count\n2022,5\n'));
    const head = Buffer.from(plain.subarray(0, 10));
    head[3] = head[3]! | 0x10;
    const comment = `Detainee ${p.fullName}, A-number A${p.aNumber}, received a positive credible fear determination.`;
    const gz = Buffer.concat([head, Buffer.from(`${comment}\0`, 'latin1'), plain.subarray(10)]);
    const result = await scan('stats.csv.gz', gz);
    expect(result.status).toBe('scanned');
    expect(result.findings.filter(blocking).map((f) => [f.location.entry, f.location.surface])).toContainEqual(['stats.csv', 'metadata']);
  });

  it('streams: a delimited file inside is read from the stream, never buffered whole', async () => {
    const big = Buffer.concat([csv, Buffer.from('x,y\n'.repeat(200_000))]);
    let buffered = 0;
    const readers = (format: Format): Reader | undefined => {
      const reader = readerFor(format);
      if (format !== 'delimited' || !reader) return reader;
      return (input, sink, context) => reader({ ...input, buffer: () => ((buffered += 1), input.buffer()) }, sink, context);
    };
    const { sink, error } = await read(readGzip, 'big.csv.gz', gzipSync(big), {}, readers);
    expect(error).toBeUndefined();
    expect(buffered).toBe(0);
    expect(sink.tables[0]!.rows.length).toBeGreaterThan(200_000);
  });

  it('nests: gzip inside gzip is read (located a.csv.gz.gz!a.csv.gz!a.csv) and obeys the depth limit', async () => {
    const twice = gzipSync(gzipSync(csv));
    const within = await scan('a.csv.gz.gz', twice);
    expect(within.status).toBe('scanned');
    expect(within.findings.filter(blocking).map((f) => f.location.entry)).toContain('a.csv.gz!a.csv');
    const beyond = await scan('a.csv.gz.gz', twice, { maxArchiveDepth: 1 });
    expect(beyond).toMatchObject({ status: 'not-inspected', reason: 'too-deep' });
  });

  it('stops a gzip bomb at the decompressed-size limit, shared with what is inside', async () => {
    const bomb = gzipSync(Buffer.alloc(24 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await scan('blank.csv.gz', bomb, { maxDecompressedSize: 8 * 1024 * 1024 })).toMatchObject({
      status: 'not-inspected',
      reason: 'too-large-decompressed',
    });
    // A stored (uncompressed) 6 MiB zip entry inside a gzip: each layer alone fits in 8 MiB, together they do not.
    const zip = buildZip([{ name: 'blank.txt', data: Buffer.alloc(6 * 1024 * 1024, 0x20), stored: true }]);
    expect(await scan('files.zip.gz', gzipSync(zip), { maxDecompressedSize: 8 * 1024 * 1024 })).toMatchObject({
      status: 'not-inspected',
      reason: 'too-large-decompressed',
    });
    expect(await scan('files.zip.gz', gzipSync(zip), { maxDecompressedSize: 16 * 1024 * 1024 })).toMatchObject({ status: 'scanned' });
  });

  it('names a truncated or damaged stream (truncated, corrupt) and keeps what was read before', async () => {
    const gz = gzipSync(Buffer.concat([csv, csv, csv]));
    const cut = await scan('roster.csv.gz', gz.subarray(0, gz.length - 12));
    expect(cut).toMatchObject({ status: 'not-inspected', reason: 'truncated' });
    const damaged = Buffer.from(gz);
    damaged[damaged.length - 6]! ^= 0xff; // the CRC-32 / length trailer
    expect(await scan('roster.csv.gz', damaged)).toMatchObject({ status: 'not-inspected', reason: 'corrupt' });
  });
});

describe('tar', () => {
  it('reads entries like zip: the file as a table under its entry, every path as words', async () => {
    const tar = buildTar([
      { name: 'exports/', type: '5' },
      { name: 'exports/roster.csv', data: csv },
      { name: 'README', data: 'Weekly export.\n' },
    ]);
    expect(sniffFormat('site.tar', tar)).toBe('tar');
    const { sink, error } = await read(readTar, 'site.tar', tar);
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['exports/roster.csv']);
    expect(sink.cells(0)).toEqual(roster);
    expect(sink.texts.filter((t) => t.where.surface === 'file-name').map((t) => t.text)).toEqual([
      'exports',
      'exports roster csv',
      'README',
    ]);
  });

  it('reads a .tar.gz and a .tgz through gzip then tar, with findings located inside', async () => {
    const tgz = gzipSync(buildTar([{ name: 'exports/roster.csv', data: csv }]));
    for (const name of ['site.tar.gz', 'site.tgz']) {
      const result = await scan(name, tgz);
      expect(result).toMatchObject({ status: 'scanned', format: 'gzip' });
      expect(result.findings.filter(blocking).map((f) => f.location.entry)).toContain('site.tar!exports/roster.csv');
    }
  });

  it('treats absolute and ../ paths as names only (nothing is ever written to disk)', async () => {
    const tar = buildTar([
      { name: '/etc/roster.csv', data: csv },
      { name: '../../outside/roster.csv', data: csv },
      { name: 'link', type: '2', linkName: '../../../etc/passwd' },
    ]);
    const { sink, error } = await read(readTar, 'evil.tar', tar);
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['/etc/roster.csv', '../../outside/roster.csv']);
    expect(sink.texts.filter((t) => t.where.entry === 'link').map((t) => t.text)).toEqual(['link', 'etc passwd']);
  });

  it("reports an entry owner's user name that names a person as a metadata notice", async () => {
    const tar = buildTar([{ name: 'a.txt', data: 'hello', uname: people[2]!.fullName }]);
    const result = await scan('site.tar', tar);
    expect(result.findings.map((f) => [f.rule, f.severity, f.location.entry])).toEqual([['metadata.author', 'notice', 'a.txt']]);
  });

  it('follows pax long names', async () => {
    const long = `${'deep-folder/'.repeat(12)}roster.csv`;
    const { sink, error } = await read(readTar, 'long.tar', buildTar([{ name: long, data: csv }]));
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.entry)).toEqual([long]);
  });

  it('refuses a huge declared size before reading (no allocation), and a size that lies as truncated', async () => {
    const huge = buildTar([{ name: 'huge.csv', data: csv, declaredSize: 2 ** 40, base256: true }]);
    const started = process.memoryUsage().arrayBuffers;
    const refused = await read(readTar, 'huge.tar', huge);
    expect(kind(refused.error)).toBe('too-large-decompressed');
    expect(process.memoryUsage().arrayBuffers - started).toBeLessThan(64 * 1024 * 1024);
    const lying = await read(readTar, 'lying.tar', buildTar([{ name: 'a.csv', data: csv, declaredSize: csv.length * 50 }], { end: false }));
    expect(kind(lying.error)).toBe('truncated');
  });

  it('fails closed on a damaged header, a cut archive and too many entries', async () => {
    const good = buildTar([
      { name: 'a.csv', data: csv },
      { name: 'b.csv', data: csv },
    ]);
    expect(
      kind(
        (
          await read(
            readTar,
            'bad.tar',
            buildTar([
              { name: 'a.csv', data: csv },
              { name: 'b.csv', data: csv, badChecksum: true },
            ]),
          )
        ).error,
      ),
    ).toBe('corrupt');
    expect(kind((await read(readTar, 'cut.tar', good.subarray(0, 700))).error)).toBe('truncated');
    const crowded = buildTar(Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    expect(kind((await read(readTar, 'crowded.tar', crowded, { maxArchiveEntries: 10 })).error)).toBe('too-many-entries');
  });
});

describe('compressed formats the gate does not open', () => {
  const samples: Array<[string, Buffer, string]> = [
    ['data.csv.xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 4, 0xe6, 0xd6]), 'xz'],
    ['data.7z', Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2]), '7-Zip'],
    ['data.rar', Buffer.from('Rar!\u001a\u0007\u0001\u0000abc', 'latin1'), 'RAR'],
    ['data.csv.zst', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x24, 0, 1, 2]), 'Zstandard'],
  ];
  it.each(samples)('%s is not inspected, with a reason naming the format and what to do', async (name, data, label) => {
    const result = await scan(name, data);
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'unsupported-format' });
    expect(result.detail).toContain(label);
    expect(result.detail).toMatch(/uncompressed.*\.zip.*\.gz.*allowlist/);
  });
});
