import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/readers/types.js';
import { findZipEntry, listZipEntries, readZipEntry, totalUncompressedSize } from '../../../src/readers/containers/zip.js';
import { buildWorkbook, buildZip } from './build-xlsx.js';

function kindOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return (error as ReadError).kind;
  }
  return undefined;
}

describe('zip container', () => {
  it('lists entries from the central directory and reads deflated and stored parts', () => {
    const zip = buildZip([
      { name: 'a.txt', data: 'hello '.repeat(100) },
      { name: 'dir/b.bin', data: Buffer.from([1, 2, 3]), stored: true },
      { name: 'ñame.xml', data: '<x/>' },
    ]);
    const entries = listZipEntries(zip);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 8, 600],
      ['dir/b.bin', 0, 3],
      ['ñame.xml', 8, 4],
    ]);
    expect(totalUncompressedSize(entries)).toBe(607);
    expect(readZipEntry(zip, entries[0]!, 1000).toString()).toBe('hello '.repeat(100));
    expect([...readZipEntry(zip, findZipEntry(entries, 'dir/b.bin')!, 1000)]).toEqual([1, 2, 3]);
    expect(entries.every((e) => !e.encrypted)).toBe(true);
  });

  it('reads a workbook written by SheetJS', () => {
    const zip = buildWorkbook([{ name: 'S', rows: [['x', 1]] }]);
    const names = listZipEntries(zip).map((e) => e.name);
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('xl/worksheets/sheet1.xml');
  });

  it('rejects output over the bound even when the declared size lies', () => {
    const honest = buildZip([{ name: 'big', data: Buffer.alloc(50_000) }]);
    expect(kindOf(() => readZipEntry(honest, listZipEntries(honest)[0]!, 10_000))).toBe('too-large-decompressed');
    const lying = buildZip([{ name: 'big', data: Buffer.alloc(50_000), declaredSize: 10 }]);
    const [entry] = listZipEntries(lying);
    expect(entry!.uncompressedSize).toBe(10);
    expect(kindOf(() => readZipEntry(lying, entry!, 10_000))).toBe('too-large-decompressed');
    const stored = buildZip([{ name: 'big', data: Buffer.alloc(50_000), stored: true, declaredSize: 10 }]);
    expect(kindOf(() => readZipEntry(stored, listZipEntries(stored)[0]!, 10_000))).toBe('too-large-decompressed');
  });

  it('reports declared sizes so a caller can refuse a bomb before inflating', () => {
    const bomb = buildZip([
      { name: 'a', data: 'x', declaredSize: 0xfffffff0 },
      { name: 'b', data: 'y', declaredSize: 0xfffffff0 },
    ]);
    const entries = listZipEntries(bomb);
    expect(totalUncompressedSize(entries)).toBe(2 * 0xfffffff0);
    expect(kindOf(() => readZipEntry(bomb, entries[0]!, 1 << 20))).toBe('too-large-decompressed');
  });

  it('calls a zip cut short truncated', () => {
    const zip = buildZip([
      { name: 'a.txt', data: 'some text '.repeat(500) },
      { name: 'b.txt', data: 'more' },
    ]);
    expect(kindOf(() => listZipEntries(zip.subarray(0, zip.length - 10)))).toBe('truncated');
    expect(kindOf(() => listZipEntries(zip.subarray(0, 40)))).toBe('truncated');
  });

  it('calls a deflate stream cut short truncated and a damaged one corrupt', () => {
    const body = deflateRawSync(Buffer.from('abcdefghij'.repeat(1000)));
    const entry = {
      name: 'x',
      compressedSize: 10,
      uncompressedSize: 10_000,
      method: 8,
      localHeaderOffset: 0,
      encrypted: false,
      isDirectory: false,
      crc32: 0,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const cut = Buffer.concat([local, body.subarray(0, 10)]);
    expect(kindOf(() => readZipEntry(cut, entry, 1 << 20))).toBe('truncated');
    const damaged = Buffer.concat([local, Buffer.from([0xff, 0xff, 0xff, 0x00])]);
    expect(kindOf(() => readZipEntry(damaged, { ...entry, compressedSize: 4 }, 1 << 20))).toBe('corrupt');
    expect(kindOf(() => readZipEntry(cut, { ...entry, compressedSize: 1000 }, 1 << 20))).toBe('truncated');
  });

  it('calls a part whose bytes fail their checksum corrupt', () => {
    const zip = buildZip([{ name: 'a.xml', data: '<row>plain text</row>', stored: true }]);
    const damaged = Buffer.from(zip);
    damaged[30 + 'a.xml'.length + 6]! ^= 0x01;
    expect(readZipEntry(zip, listZipEntries(zip)[0]!, 100).toString()).toBe('<row>plain text</row>');
    expect(kindOf(() => readZipEntry(damaged, listZipEntries(damaged)[0]!, 100))).toBe('corrupt');
  });

  it('calls non-zip bytes and a broken directory corrupt', () => {
    expect(kindOf(() => listZipEntries(Buffer.from('not a zip at all, just words')))).toBe('corrupt');
    const zip = buildZip([{ name: 'a', data: 'x' }]);
    const directoryAt = zip.readUInt32LE(zip.length - 6);
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0xdeadbeef, directoryAt);
    expect(kindOf(() => listZipEntries(broken))).toBe('corrupt');
    const lyingCount = Buffer.from(zip);
    lyingCount.writeUInt16LE(5000, zip.length - 12);
    expect(kindOf(() => listZipEntries(lyingCount))).toBe('corrupt');
  });

  it('refuses encrypted entries, unknown methods and too many entries', () => {
    const zip = buildZip([{ name: 'a', data: 'x', encrypted: true }]);
    const [entry] = listZipEntries(zip);
    expect(entry!.encrypted).toBe(true);
    expect(kindOf(() => readZipEntry(zip, entry!, 100))).toBe('password-protected');
    const plain = buildZip([{ name: 'a', data: 'x' }]);
    expect(kindOf(() => readZipEntry(plain, { ...listZipEntries(plain)[0]!, method: 12 }, 100))).toBe('unsupported-format');
    const many = buildZip([
      { name: 'a', data: 'x' },
      { name: 'b', data: 'y' },
      { name: 'c', data: 'z' },
    ]);
    expect(kindOf(() => listZipEntries(many, { maxEntries: 2 }))).toBe('too-many-entries');
  });
});
