import { describe, expect, it } from 'vitest';
import { readSqlite, tableColumns } from '../../../src/readers/data/sqlite.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { errorText, memoryInput, record } from '../text/recording-sink.js';
import { blocking, insertGrid, PEOPLE, PLANTED, ROSTER, scanBytes, sqlite, STATISTICS } from './build.js';

const roster = () => sqlite((db) => insertGrid(db, 'detainees', ROSTER));

describe('SQLite reader', () => {
  it('is sniffed by its magic whatever the name', async () => {
    const bytes = await roster();
    expect(sniffFormat('site/data.db', bytes)).toBe('sqlite');
    expect(sniffFormat('export.bin', bytes)).toBe('sqlite');
  });

  it('reads every table with its column names; the table name is the location', async () => {
    const bytes = await sqlite((db) => {
      insertGrid(db, 'detainees', ROSTER);
      insertGrid(db, 'stats', STATISTICS);
      db.run('CREATE INDEX by_name ON detainees ("Name"); CREATE VIEW v AS SELECT "Name" FROM detainees;');
    });
    const { sink, error } = await record(readSqlite, memoryInput(bytes, 'site.db'));
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.sheet)).toEqual(['detainees', 'stats']);
    expect(sink.tables[0]!.meta).toMatchObject({ shape: 'records', header: ROSTER[0] });
    expect(sink.cells(0)).toEqual(ROSTER.slice(1));
    expect(sink.tables[0]!.rows.map((r) => r.rowNumber)).toEqual(PEOPLE.map((_, i) => i + 1));
    expect(sink.tables[1]!.rows[0]!.cells).toEqual(STATISTICS[1]);
  });

  it('follows interior pages and overflow chains, and fills an INTEGER PRIMARY KEY from the rowid', async () => {
    const long = 'x'.repeat(10_000);
    const bytes = await sqlite((db) => {
      db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, notes TEXT, n REAL, b BLOB)');
      const stmt = db.prepare('INSERT INTO t (name, notes, n, b) VALUES (?, ?, ?, ?)');
      for (let i = 0; i < 3000; i++)
        stmt.run([PEOPLE[i % PEOPLE.length]!.fullName, i === 1500 ? long : 'short', i / 2, new Uint8Array([1, 2, 3])]);
      stmt.free();
    });
    const { sink, error } = await record(readSqlite, memoryInput(bytes, 'big.sqlite'));
    expect(error).toBeUndefined();
    const rows = sink.tables[0]!.rows;
    expect(rows).toHaveLength(3000);
    expect(rows[1500]!.cells).toEqual([1501, PEOPLE[1500 % PEOPLE.length]!.fullName, long, 750, null]);
    expect(rows[2999]!.cells[0]).toBe(3000);
  });

  it('reads WITHOUT ROWID tables in declared column order, and UTF-16 databases', async () => {
    const p = PEOPLE[0]!;
    const bytes = await sqlite((db) => {
      db.run('CREATE TABLE w (name TEXT, a_number TEXT, PRIMARY KEY (a_number)) WITHOUT ROWID');
      db.run('INSERT INTO w VALUES (?, ?)', [p.fullName, p.aNumber]);
    });
    expect((await record(readSqlite, memoryInput(bytes, 'w.db'))).sink.cells(0)).toEqual([[p.fullName, p.aNumber]]);
    const utf16 = await sqlite((db) => {
      db.run('PRAGMA encoding = "UTF-16le"');
      db.run('CREATE TABLE u (name TEXT)');
      db.run('INSERT INTO u VALUES (?)', ['José Núñez']);
    });
    expect((await record(readSqlite, memoryInput(utf16, 'u.db'))).sink.cells(0)).toEqual([['José Núñez']]);
  });

  it('takes column names from any CREATE TABLE and skips table constraints', () => {
    expect(
      tableColumns('CREATE TABLE "a(b" ("x y" TEXT, [z] INT, `w` , v -- c\n, CONSTRAINT pk PRIMARY KEY (v), UNIQUE (z), CHECK (z > 0))')
        .names,
    ).toEqual(['x y', 'z', 'w', 'v']);
    expect(tableColumns('CREATE TABLE t (id INTEGER PRIMARY KEY, a)')).toMatchObject({ rowidAlias: 0 });
    expect(tableColumns('CREATE TABLE t (id INT PRIMARY KEY, a)')).toMatchObject({ rowidAlias: -1 });
  });

  it('a roster blocks, a statistics table passes', async () => {
    const r = await scanBytes('site/detainees.db', await roster());
    expect(r.status).toBe('scanned');
    expect(r.format).toBe('sqlite');
    expect(blocking(r).length).toBeGreaterThan(0);
    expect(blocking(r)[0]!.location.sheet).toBe('detainees');
    expectNoLeak({ json: JSON.stringify(r) }, PLANTED);
    const stats = await scanBytes('site/stats.sqlite', await sqlite((db) => insertGrid(db, 'fear', STATISTICS)));
    expect(stats.status).toBe('scanned');
    expect(stats.findings).toEqual([]);
  });

  it('a corrupt page, a page cycle and a cut file end not-inspected with our own words', async () => {
    const good = await sqlite((db) => {
      insertGrid(db, 'a', STATISTICS);
      insertGrid(db, 'detainees', ROSTER);
    });
    const pageSize = good.readUInt16BE(16);
    const corrupt = Buffer.from(good);
    corrupt[2 * pageSize] = 0x77; // the type byte of the third page
    const bad = await record(readSqlite, memoryInput(corrupt, 'bad.db'));
    expect(bad.error).toMatchObject({ name: 'ReadError', kind: 'corrupt' });
    expect(bad.sink.tables.length).toBeGreaterThan(0); // the tables before it were read
    const cut = await record(readSqlite, memoryInput(good.subarray(0, pageSize * 2), 'cut.db'));
    expect(cut.error).toMatchObject({ name: 'ReadError', kind: 'truncated' });
    expectNoLeak({ a: errorText(bad.error), b: errorText(cut.error) }, PLANTED);
  });
});
