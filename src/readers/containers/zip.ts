/**
 * A small zip container reader over a Buffer, using only node:zlib. It reads the central
 * directory (never trusting local headers for sizes) and inflates one entry at a time with a
 * hard output bound, so a size field that lies cannot turn into a decompression bomb.
 *
 * Every failure is a ReadError with a named kind; zlib's own messages are never passed on.
 */
import * as zlib from 'node:zlib';
import { inflateRawSync } from 'node:zlib';
import { ReadError } from '../types.js';

export interface ZipEntry {
  /** Path inside the archive, as stored (UTF-8 when flagged, else read as latin1). */
  name: string;
  compressedSize: number;
  /** As declared by the central directory: an upper bound is enforced when reading. */
  uncompressedSize: number;
  /** 0 stored, 8 deflate; anything else is unsupported. */
  method: number;
  localHeaderOffset: number;
  /** General-purpose flag bit 0 (traditional or AES encryption). */
  encrypted: boolean;
  isDirectory: boolean;
  /** CRC-32 of the uncompressed bytes, from the central directory. */
  crc32: number;
}

export interface ListZipOptions {
  /** More entries than this → ReadError('too-many-entries'). */
  maxEntries?: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

/** True when the bytes start like a zip (a local header or an empty archive's end record). */
export function looksLikeZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && ((buf[2] === 3 && buf[3] === 4) || (buf[2] === 5 && buf[3] === 6));
}

/** Entries from the central directory, in directory order. */
export function listZipEntries(buf: Buffer, options: ListZipOptions = {}): ZipEntry[] {
  const end = findEndOfCentralDirectory(buf);
  const directory = readDirectoryBounds(buf, end);
  if (options.maxEntries !== undefined && directory.count > options.maxEntries) {
    throw new ReadError('too-many-entries', `${directory.count} entries; the limit is ${options.maxEntries}`);
  }
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  const stop = directory.offset + directory.size;
  for (let i = 0; i < directory.count; i++) {
    if (at + 46 > stop || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ReadError('corrupt', 'zip central directory is malformed');
    const entry = readCentralEntry(buf, at, stop);
    entries.push(entry.entry);
    at = entry.next;
  }
  return entries;
}

export function totalUncompressedSize(entries: readonly ZipEntry[]): number {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  return total;
}

/**
 * The entry's bytes, inflated with at most `maxBytes` of output. A declared or actual size over
 * the bound → ReadError('too-large-decompressed'); bytes whose CRC-32 does not match the
 * directory (a damaged or altered part) → ReadError('corrupt').
 */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const out = inflateZipEntry(buf, entry, maxBytes);
  if (crc32(out) !== entry.crc32) throw new ReadError('corrupt', 'zip entry fails its checksum');
  return out;
}

function inflateZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new ReadError('password-protected', 'zip entry is encrypted');
  if (entry.uncompressedSize > maxBytes) throw tooLarge(maxBytes);
  const data = compressedData(buf, entry);
  if (entry.method === METHOD_STORED) {
    if (data.length > maxBytes) throw tooLarge(maxBytes);
    return data;
  }
  if (entry.method !== METHOD_DEFLATE) throw new ReadError('unsupported-format', `zip compression method ${entry.method}`);
  if (data.length === 0) return Buffer.alloc(0);
  try {
    // maxOutputLength must be at least 1; a zero budget still rejects any real output below.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    if (out.length > maxBytes) throw tooLarge(maxBytes);
    return out;
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
    if (code === 'Z_BUF_ERROR') throw new ReadError('truncated', 'zip entry ends early');
    throw new ReadError('corrupt', 'zip entry does not inflate');
  }
}

/** The entry with this exact name, or undefined. */
export function findZipEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  return entries.find((e) => e.name === name);
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 (zip's checksum): node:zlib's where it exists (Node ≥ 22.2), a table otherwise. */
export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function tooLarge(maxBytes: number): ReadError {
  return new ReadError('too-large-decompressed', `more than ${maxBytes} bytes after decompression`);
}

interface EndRecord {
  at: number;
  count: number;
  size: number;
  offset: number;
}

function findEndOfCentralDirectory(buf: Buffer): EndRecord {
  const lowest = Math.max(0, buf.length - EOCD_MIN - MAX_COMMENT);
  for (let at = buf.length - EOCD_MIN; at >= lowest; at--) {
    if (buf[at] !== 0x50 || buf.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
    const commentLength = buf.readUInt16LE(at + 20);
    if (at + EOCD_MIN + commentLength > buf.length) continue;
    return {
      at,
      count: buf.readUInt16LE(at + 10),
      size: buf.readUInt32LE(at + 12),
      offset: buf.readUInt32LE(at + 16),
    };
  }
  // A zip with its tail cut off has lost its end record but still starts like a zip.
  if (looksLikeZip(buf)) throw new ReadError('truncated', 'zip end-of-directory record is missing');
  throw new ReadError('corrupt', 'not a zip container');
}

function readDirectoryBounds(buf: Buffer, end: EndRecord): { count: number; size: number; offset: number } {
  let { count, size, offset } = end;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end.at - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new ReadError('corrupt', 'zip64 locator is missing');
    const record = readSafeUInt64(buf, locator + 8);
    if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE)
      throw new ReadError('corrupt', 'zip64 end record is malformed');
    count = readSafeUInt64(buf, record + 32);
    size = readSafeUInt64(buf, record + 40);
    offset = readSafeUInt64(buf, record + 48);
  }
  if (offset + size > buf.length) throw new ReadError('truncated', 'zip central directory lies past the end of the file');
  // Each central record is at least 46 bytes: a count the directory cannot hold is a lie.
  if (count * 46 > size) throw new ReadError('corrupt', 'zip entry count does not fit its directory');
  return { count, size, offset };
}

function readCentralEntry(buf: Buffer, at: number, stop: number): { entry: ZipEntry; next: number } {
  const flags = buf.readUInt16LE(at + 8);
  const method = buf.readUInt16LE(at + 10);
  let compressedSize = buf.readUInt32LE(at + 20);
  let uncompressedSize = buf.readUInt32LE(at + 24);
  const nameLength = buf.readUInt16LE(at + 28);
  const extraLength = buf.readUInt16LE(at + 30);
  const commentLength = buf.readUInt16LE(at + 32);
  let localHeaderOffset = buf.readUInt32LE(at + 42);
  const nameStart = at + 46;
  const next = nameStart + nameLength + extraLength + commentLength;
  if (next > stop) throw new ReadError('corrupt', 'zip central directory is malformed');
  const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', nameStart, nameStart + nameLength);
  if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
    const zip64 = readZip64Extra(buf, nameStart + nameLength, extraLength, {
      uncompressed: uncompressedSize === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: localHeaderOffset === 0xffffffff,
    });
    uncompressedSize = zip64.uncompressed ?? uncompressedSize;
    compressedSize = zip64.compressed ?? compressedSize;
    localHeaderOffset = zip64.offset ?? localHeaderOffset;
  }
  return {
    entry: {
      name,
      compressedSize,
      uncompressedSize,
      method,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
      isDirectory: name.endsWith('/'),
      crc32: buf.readUInt32LE(at + 16),
    },
    next,
  };
}

function readZip64Extra(
  buf: Buffer,
  start: number,
  length: number,
  want: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  let at = start;
  const stop = start + length;
  while (at + 4 <= stop) {
    const id = buf.readUInt16LE(at);
    const size = buf.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const take = (): number => {
        if (p + 8 > at + 4 + size) throw new ReadError('corrupt', 'zip64 extra field is malformed');
        const v = readSafeUInt64(buf, p);
        p += 8;
        return v;
      };
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      if (want.uncompressed) out.uncompressed = take();
      if (want.compressed) out.compressed = take();
      if (want.offset) out.offset = take();
      return out;
    }
    at += 4 + size;
  }
  throw new ReadError('corrupt', 'zip64 extra field is missing');
}

function readSafeUInt64(buf: Buffer, at: number): number {
  if (at + 8 > buf.length) throw new ReadError('truncated', 'zip record ends early');
  const value = buf.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ReadError('corrupt', 'zip size field is out of range');
  return Number(value);
}

function compressedData(buf: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length) throw new ReadError('truncated', 'zip entry lies past the end of the file');
  if (buf.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new ReadError('corrupt', 'zip local header is malformed');
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const stop = start + entry.compressedSize;
  if (stop > buf.length) throw new ReadError('truncated', 'zip entry lies past the end of the file');
  return buf.subarray(start, stop);
}

/**
 * The entry's bytes as chunks, inflated as a stream (never the whole part in memory), checked
 * against `maxBytes` as they come and against the directory's CRC-32 at the end. Each chunk's
 * size is passed to `spend` first (the shared decompressed-size budget).
 */
export async function* zipEntryChunks(
  buf: Buffer,
  entry: ZipEntry,
  maxBytes: number,
  spend: (bytes: number) => void = () => undefined,
): AsyncGenerator<Buffer> {
  if (entry.encrypted) throw new ReadError('password-protected', 'zip entry is encrypted');
  if (entry.uncompressedSize > maxBytes) throw tooLarge(maxBytes);
  const data = compressedData(buf, entry);
  let total = 0;
  let crc = 0;
  const take = (chunk: Buffer) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    spend(chunk.length);
    crc = nativeCrc32 ? (zlib as unknown as { crc32: (d: Uint8Array, v: number) => number }).crc32(chunk, crc) : 0;
  };
  if (entry.method === METHOD_STORED) {
    for (let at = 0; at < data.length; at += 1 << 20) {
      const chunk = data.subarray(at, Math.min(data.length, at + (1 << 20)));
      take(chunk);
      yield chunk;
    }
  } else if (entry.method === METHOD_DEFLATE) {
    const inflate = zlib.createInflateRaw({ chunkSize: 1 << 18 });
    inflate.end(data);
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        take(chunk);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ReadError) throw error;
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'Z_BUF_ERROR') throw new ReadError('truncated', 'zip entry ends early');
      throw new ReadError('corrupt', 'zip entry does not inflate');
    } finally {
      inflate.destroy();
    }
  } else throw new ReadError('unsupported-format', `zip compression method ${entry.method}`);
  if (nativeCrc32 && crc >>> 0 !== entry.crc32 >>> 0) throw new ReadError('corrupt', 'zip entry fails its checksum');
}
