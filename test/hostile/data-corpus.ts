/**
 * The hostile corpus and the clean property-test fixtures for the data formats (Parquet, Arrow,
 * SQLite, R data, dBase), each carrying the hostile corpus' roster. Joined into corpus.ts and
 * fixtures.ts by one spread each.
 */
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { ByteWriter } from 'hyparquet-writer';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { parquetMetadata, type FileMetaData } from 'hyparquet';
import { makePeople, rng, rosterRows } from '../fixtures/people.js';
import { arrowIpc, dbfOf, insertGrid, parquet, rDataFrameOf, rSerialize, sqlite } from '../readers/data/build.js';
import type { HostileCase } from './corpus.js';
import type { Fixture } from './fixtures.js';
import { ROWS } from './fixtures.js';

const SHORT_HEADER = ['NAME', 'A_NUMBER', 'DOB', 'COUNTRY', 'GENDER', 'FACILITY', 'FAC_CODE', 'BOOK_IN', 'FEAR_DEC', 'CASE_CAT'];

export const parquetRoster = () => parquet(ROWS, 4);
/**
 * Written once by SQLite itself (sql.js is asynchronous; the corpus and fixtures are not). The
 * roster is fixtures.ts's (same seed), rebuilt here: this module is evaluated while fixtures.ts,
 * which imports it, is not done yet.
 */
const SQLITE_ROSTER = await sqlite((db) => {
  insertGrid(db, 'facilities', [
    ['Code', 'Facility'],
    ['ABC', 'North Processing Center'],
  ]);
  insertGrid(db, 'detainees', rosterRows(makePeople(12, 4242)));
});
export const sqliteRoster = () => Buffer.from(SQLITE_ROSTER);
const ARROW_ROSTER = await arrowIpc(rosterRows(makePeople(12, 4242)), { lz4: true, batchRows: 4 });
export const arrowRoster = () => Buffer.from(ARROW_ROSTER);
export const dbfRoster = () => dbfOf([SHORT_HEADER, ...ROWS.slice(1)]);
/** Uncompressed XDR (as saveRDS(compress = FALSE) writes), so that mutations reach the parser, not gzip's checksum. */
export const rdsRoster = () => rSerialize(rDataFrameOf(ROWS));

/** The clean fixtures of the data formats, for the property test. */
export function dataFixtures(): Fixture[] {
  return [
    { format: 'parquet', name: 'roster.parquet', bytes: parquetRoster() },
    { format: 'dbf', name: 'roster.dbf', bytes: dbfRoster() },
    { format: 'sqlite', name: 'roster.sqlite', bytes: sqliteRoster() },
    { format: 'arrow', name: 'roster.feather', bytes: arrowRoster() },
    { format: 'rds', name: 'roster.rds', bytes: rdsRoster() },
  ];
}

function flip(data: Buffer, seed: number, flips: number): Buffer {
  const out = Buffer.from(data);
  const r = rng(seed);
  for (let i = 0; i < flips; i++) out[Math.floor(r() * out.length)]! ^= 1 << Math.floor(r() * 8);
  return out;
}

/** A Parquet file whose footer is rewritten after `edit` (sizes and counts the data does not have). */
export function parquetWithFooter(edit: (metadata: FileMetaData) => void): Buffer {
  const good = parquetRoster();
  const length = good.readUInt32LE(good.length - 8);
  const metadata = parquetMetadata(good.buffer.slice(good.byteOffset, good.byteOffset + good.length) as ArrayBuffer);
  edit(metadata);
  const writer = new ByteWriter();
  writeMetadata(writer, metadata as never);
  const footer = Buffer.from(writer.getBuffer());
  const tail = Buffer.from('\0\0\0\0PAR1', 'latin1');
  tail.writeUInt32LE(footer.length, 0);
  return Buffer.concat([good.subarray(0, good.length - 8 - length), footer, tail]);
}

/** The SQLite roster with page `n` (1-based) edited. */
function sqlitePage(n: number, edit: (page: Buffer) => void): Buffer {
  const b = sqliteRoster();
  const size = b.readUInt16BE(16);
  edit(b.subarray((n - 1) * size, n * size));
  return b;
}

const survives = { kind: 'survives', statuses: ['scanned', 'not-inspected'] } as const;

export function dataHostileCases(): HostileCase[] {
  return [
    {
      name: 'truncated.parquet',
      what: 'a Parquet file cut at 70%',
      bytes: () => parquetRoster().subarray(0, Math.floor(parquetRoster().length * 0.7)),
      expect: { kind: 'not-inspected', reasons: ['truncated', 'corrupt'] },
    },
    ...[1, 2].map((seed): HostileCase => ({
      name: `bit-flipped-${seed}.parquet`,
      what: `a Parquet file with 8 flipped bits (seed ${seed})`,
      bytes: () => flip(parquetRoster(), seed, 8),
      expect: survives,
    })),
    {
      name: 'absurd-footer.parquet',
      what: 'a Parquet footer declaring 2 GB of metadata',
      bytes: () => {
        const b = Buffer.from(parquetRoster());
        b.writeUInt32LE(0x7fffffff, b.length - 8);
        return b;
      },
      expect: { kind: 'not-inspected', reasons: ['corrupt'], format: 'parquet' },
    },
    {
      name: 'absurd-sizes.parquet',
      what: 'Parquet column chunks declaring a terabyte after decompression',
      bytes: () =>
        parquetWithFooter((m) => m.row_groups.forEach((g) => g.columns.forEach((c) => (c.meta_data!.total_uncompressed_size = 2n ** 40n)))),
      expect: { kind: 'not-inspected', reasons: ['too-large-decompressed'], format: 'parquet' },
    },
    {
      name: 'absurd-rows.parquet',
      what: 'Parquet row groups declaring a trillion rows',
      bytes: () =>
        parquetWithFooter((m) => {
          m.num_rows = 10n ** 12n;
          m.row_groups.forEach((g) => (g.num_rows = 10n ** 12n));
        }),
      expect: { kind: 'blocks', reasons: ['corrupt', 'out-of-memory', 'too-large-decompressed'], format: 'parquet' },
    },
    {
      name: 'truncated.sqlite',
      what: 'a SQLite database cut in its last table',
      bytes: () => sqliteRoster().subarray(0, sqliteRoster().length - 100),
      expect: { kind: 'blocks', reasons: ['truncated', 'corrupt'], format: 'sqlite' },
    },
    ...[1, 2].map((seed): HostileCase => ({
      name: `bit-flipped-${seed}.sqlite`,
      what: `a SQLite database with 8 flipped bits (seed ${seed})`,
      bytes: () => flip(sqliteRoster(), seed + 10, 8),
      expect: survives,
    })),
    {
      name: 'corrupt-page.sqlite',
      what: 'a SQLite database whose roster page has an unknown type',
      bytes: () => sqlitePage(3, (p) => (p[0] = 0x77)),
      expect: { kind: 'not-inspected', reasons: ['corrupt'], format: 'sqlite' },
    },
    {
      name: 'page-cycle.sqlite',
      what: 'a SQLite b-tree page that points at itself',
      bytes: () =>
        sqlitePage(3, (p) => {
          p[0] = 0x05; // interior table page ...
          p.writeUInt16BE(0, 3); // ... with no cells ...
          p.writeUInt32BE(3, 8); // ... whose right-most child is itself
        }),
      expect: { kind: 'not-inspected', reasons: ['corrupt'], format: 'sqlite' },
    },
    {
      name: 'absurd-record.sqlite',
      what: 'a SQLite cell declaring a record of 2^34 bytes',
      bytes: () =>
        sqlitePage(3, (p) => {
          const cell = p.readUInt16BE(8);
          p.set([0x87, 0xff, 0xff, 0xff, 0x7f], cell);
        }),
      expect: { kind: 'not-inspected', reasons: ['corrupt'], format: 'sqlite' },
    },
    {
      name: 'truncated.feather',
      what: 'a Feather (Arrow IPC) file cut at 70%',
      bytes: () => arrowRoster().subarray(0, Math.floor(arrowRoster().length * 0.7)),
      expect: { kind: 'blocks', reasons: ['truncated', 'corrupt'], format: 'arrow' },
    },
    ...[1, 2].map((seed): HostileCase => ({
      name: `bit-flipped-${seed}.feather`,
      what: `a Feather file with 8 flipped bits (seed ${seed})`,
      bytes: () => flip(arrowRoster(), seed + 20, 8),
      expect: survives,
    })),
    {
      name: 'absurd-message.arrow',
      what: 'an Arrow file whose first message declares 2 GB of metadata',
      bytes: () => {
        const b = arrowRoster();
        b.writeInt32LE(0x7fffffff, 12); // after "ARROW1\0\0" and the continuation marker
        return b;
      },
      expect: { kind: 'blocks', reasons: ['corrupt', 'truncated', 'out-of-memory'], format: 'arrow' },
    },
    {
      name: 'lz4-bomb.feather',
      what: 'a Feather file whose LZ4 body inflates past the decompressed-size limit',
      write: async (path) => writeFile(path, await arrowIpc([['notes'], ['x'.repeat(40 * 1024 * 1024)]], { lz4: true })),
      expect: { kind: 'not-inspected', reasons: ['too-large-decompressed'], format: 'arrow' },
    },
    {
      name: 'truncated.dbf',
      what: 'a dBase table cut in its records',
      bytes: () => dbfRoster().subarray(0, Math.floor(dbfRoster().length * 0.7)),
      expect: { kind: 'blocks', reasons: ['truncated'], format: 'dbf' },
    },
    {
      name: 'truncated.rds',
      what: 'a gzip-compressed R data frame cut at 70%',
      bytes: () => {
        const gz = gzipSync(rdsRoster());
        return gz.subarray(0, Math.floor(gz.length * 0.7));
      },
      expect: { kind: 'not-inspected', reasons: ['truncated', 'corrupt'], format: 'rdata' },
    },
    ...[1, 2].map((seed): HostileCase => ({
      name: `bit-flipped-${seed}.rds`,
      what: `an R data frame with 8 flipped bits (seed ${seed})`,
      bytes: () => flip(rdsRoster(), seed + 30, 8),
      expect: survives,
    })),
    {
      name: 'absurd-length.rds',
      what: 'an R character vector declaring 2^31-1 strings',
      bytes: () => rSerialize({ kind: 'raw', ints: [16, 0x7fffffff, 9, 1, 0x41000000] }),
      expect: { kind: 'not-inspected', reasons: ['corrupt'], format: 'rdata' },
    },
    {
      name: 'deep.rds',
      what: 'R lists nested 100 000 deep',
      bytes: () => gzipSync(rSerialize({ kind: 'raw', ints: [...Array.from({ length: 100_000 }, () => [19, 1]).flat(), 254] })),
      expect: { kind: 'not-inspected', reasons: ['too-deep'], format: 'rdata' },
    },
    {
      name: 'gzip-bomb.rds',
      what: 'an R file whose gzip body inflates past the decompressed-size limit',
      write: async (path) =>
        writeFile(
          path,
          gzipSync(Buffer.concat([rSerialize({ kind: 'raw', ints: [24, 40 * 1024 * 1024] }), Buffer.alloc(40 * 1024 * 1024)])),
        ),
      expect: { kind: 'not-inspected', reasons: ['too-large-decompressed'], format: 'rdata' },
    },
    {
      name: 'bzip2-saved.rds',
      what: 'an .rds claiming bzip2 whose stream is garbage',
      bytes: () => Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.alloc(64, 3)]),
      expect: { kind: 'not-inspected', reasons: ['corrupt', 'truncated'], format: 'rdata' },
    },
    { name: 'bit-flipped.dbf', what: 'a dBase table with 8 flipped bits', bytes: () => flip(dbfRoster(), 5, 8), expect: survives },
    {
      name: 'absurd-count.dbf',
      what: 'a dBase header declaring 4 billion records',
      bytes: () => {
        const b = dbfRoster();
        b.writeUInt32LE(0xffffffff, 4);
        return b.subarray(0, b.length - 1); // without the end-of-file marker
      },
      expect: { kind: 'blocks', reasons: ['truncated'], format: 'dbf' },
    },
  ];
}
