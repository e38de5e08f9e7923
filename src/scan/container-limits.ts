/**
 * Limits a zip container (workbook, document, archive) must meet before any reader inflates it:
 * the entry count, the total decompressed size its directory declares, and, when the
 * compressed bytes could inflate past the limit whatever the directory says, the size they
 * really inflate to (counted while discarding the output, so a lying size field costs time,
 * bounded by the limit, but never memory).
 */
import { createInflateRaw } from 'node:zlib';
import type { ScanLimits } from '../config/scan-options.js';
import { listZipEntries, METHOD_DEFLATE, totalUncompressedSize, type ZipEntry } from '../readers/containers/zip.js';
import { ReadError } from '../readers/types.js';
import type { Format } from '../readers/sniff.js';

/** Formats that are zip containers underneath. */
export const ZIP_CONTAINERS: ReadonlySet<Format> = new Set<Format>(['xlsx', 'ods', 'docx', 'pptx', 'odt', 'zip']);

/** Deflate cannot expand data by more than about 1032 to 1; the slack covers headers. */
const DEFLATE_MAX_RATIO = 1032;
const DEFLATE_SLACK = 1024;

/**
 * Formats whose reader inflates every part as a stream, counted against the shared budget as it
 * comes (spreadsheet/stream/xlsx.ts): inflating them here first would only do the work twice.
 */
export const STREAMED_CONTAINERS: ReadonlySet<Format> = new Set<Format>(['xlsx']);

/** Throws a ReadError when the container breaks a limit; returns quietly otherwise. */
export async function checkZipContainer(buf: Buffer, limits: ScanLimits, format?: Format): Promise<void> {
  const entries = listZipEntries(buf, { maxEntries: limits.maxArchiveEntries });
  if (totalUncompressedSize(entries) > limits.maxDecompressedSize) throw tooLarge(limits);
  if (worstCaseInflatedSize(entries) <= limits.maxDecompressedSize) return;
  // An .xlsb (binary parts) goes to SheetJS, which inflates whole: it is counted here.
  if (format && STREAMED_CONTAINERS.has(format) && !entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name))) return;
  await countInflatedBytes(buf, entries, limits);
}

export function worstCaseInflatedSize(entries: readonly ZipEntry[]): number {
  let total = 0;
  for (const e of entries) total += e.method === METHOD_DEFLATE ? e.compressedSize * DEFLATE_MAX_RATIO + DEFLATE_SLACK : e.compressedSize;
  return total;
}

function tooLarge(limits: ScanLimits): ReadError {
  return new ReadError('too-large-decompressed', `more than ${limits.maxDecompressedSize} bytes after decompression`);
}

/** Inflate every deflated entry, keeping nothing, and stop as soon as the total passes the limit. */
async function countInflatedBytes(buf: Buffer, entries: readonly ZipEntry[], limits: ScanLimits): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) continue;
    if (entry.method !== METHOD_DEFLATE) {
      total += entry.compressedSize;
    } else {
      const data = deflatedData(buf, entry);
      if (!data) continue; // The reader will name what is wrong with this entry.
      total = await inflateCounting(data, total, limits.maxDecompressedSize);
    }
    if (total > limits.maxDecompressedSize) throw tooLarge(limits);
  }
}

function deflatedData(buf: Buffer, entry: ZipEntry): Buffer | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return undefined;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const stop = start + entry.compressedSize;
  return stop <= buf.length ? buf.subarray(start, stop) : undefined;
}

/** The running total after inflating `data`; stops early (returning limit + 1) once past `limit`. */
function inflateCounting(data: Buffer, startTotal: number, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let total = startTotal;
    const inflate = createInflateRaw();
    let settled = false;
    const settle = (value: number) => {
      if (settled) return;
      settled = true;
      inflate.removeAllListeners('data');
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) settle(limit + 1);
    });
    // A broken stream is the reader's to name; its message is never read.
    inflate.on('error', () => settle(total));
    inflate.on('end', () => settle(total));
    inflate.end(data);
  });
}
