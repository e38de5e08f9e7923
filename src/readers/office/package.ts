/**
 * A zip-based document package (docx, pptx, odt) opened through the project's bounded zip
 * reader: parts are listed once and inflated on demand, each within the decompressed-size limit.
 */
import type { ScanLimits } from '../../config/scan-options.js';
import { listZipEntries, readZipEntry, type ZipEntry } from '../zip.js';
import { ReadError } from '../types.js';

export interface DocumentPackage {
  /** Part names in natural order (slide2 before slide10). */
  names: string[];
  has(name: string): boolean;
  /** The part's bytes, or undefined when the package has no such part. */
  read(name: string): Buffer | undefined;
  /** Part names matching a pattern, in natural order. */
  matching(pattern: RegExp): string[];
}

export function openPackage(buf: Buffer, limits: ScanLimits): DocumentPackage {
  const entries = new Map<string, ZipEntry>();
  for (const e of listZipEntries(buf, { maxEntries: limits.maxArchiveEntries })) {
    if (!e.isDirectory) entries.set(e.name, e);
  }
  const names = [...entries.keys()].sort(naturalOrder);
  let inflated = 0;
  return {
    names,
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const data = readZipEntry(buf, entry, Math.max(0, limits.maxDecompressedSize - inflated));
      inflated += data.length;
      if (inflated > limits.maxDecompressedSize) throw new ReadError('too-large-decompressed');
      return data;
    },
    matching: (pattern) => names.filter((n) => pattern.test(n)),
  };
}

export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
