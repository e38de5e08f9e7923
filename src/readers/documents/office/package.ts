/**
 * A zip-based document package (docx, pptx, odt) opened through the project's bounded zip
 * reader: parts are listed once and inflated on demand, within the file's decompressed-size
 * budget (shared with the archive the document may sit in).
 */
import { listZipEntries, readZipEntry, type ZipEntry } from '../../containers/zip.js';
import type { ReaderContext } from '../../types.js';
import { decompressionBudget } from '../../containers/archive/budget.js';

export interface DocumentPackage {
  /** Part names in natural order (slide2 before slide10). */
  names: string[];
  has(name: string): boolean;
  /** The part's bytes, or undefined when the package has no such part. */
  read(name: string): Buffer | undefined;
  /** Part names matching a pattern, in natural order. */
  matching(pattern: RegExp): string[];
}

export function openPackage(buf: Buffer, context: ReaderContext): DocumentPackage {
  const entries = new Map<string, ZipEntry>();
  const budget = decompressionBudget(context);
  for (const e of listZipEntries(buf, { maxEntries: context.limits.maxArchiveEntries })) {
    if (!e.isDirectory) entries.set(e.name, e);
  }
  const names = [...entries.keys()].sort(naturalOrder);
  return {
    names,
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const data = readZipEntry(buf, entry, budget.remaining());
      budget.spend(data.length);
      return data;
    },
    matching: (pattern) => names.filter((n) => pattern.test(n)),
  };
}

export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
