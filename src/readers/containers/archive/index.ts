/**
 * Zip archives (and zip-based containers that are not Office/ODF documents), read entry by
 * entry through the scan pipeline: each entry goes to context.readNested with its path as
 * `entry` (`inner.zip!deep/file.csv` when nested) and one more level of depth. Limits: entries
 * per archive, total decompressed size of the whole file (shared with nested containers) and,
 * in readNested, the nesting depth. Each entry's path is also read as words (surface
 * 'file-name'). Encrypted or unreadable entries are noted and the rest is read first; the
 * archive then fails closed with the first failure.
 */
import { Failures, innerEntry, readInner } from './nested.js';
import { ReadError, type Reader } from '../../types.js';
import { listZipEntries, readZipEntry, type ZipEntry } from '../zip.js';
import { decompressionBudget } from './budget.js';
import { fileNameText } from './file-name.js';

/**
 * macOS resource-fork copies (`__MACOSX/`) repeat every path of the archive: their names are not
 * read again. Their content, like a `.DS_Store` or `Thumbs.db`, is skipped by the sniffer only
 * when its bytes say it is litter, so a roster named `.DS_Store` is still read.
 */
const RESOURCE_FORKS = /(^|\/)__MACOSX\//i;

export const readArchive: Reader = async (input, sink, context) => {
  const buf = await input.buffer();
  const entries = listZipEntries(buf, { maxEntries: context.limits.maxArchiveEntries });
  const budget = decompressionBudget(context);
  const failures = new Failures();
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    if (!RESOURCE_FORKS.test(entry.name))
      sink.prose(fileNameText(entry.name), { surface: 'file-name', entry: innerEntry(input.entry, entry.name) });
    try {
      await readEntry(entry);
    } catch (error) {
      failures.note(error);
    }
  }
  failures.throwIfAny();

  async function readEntry(entry: ZipEntry): Promise<void> {
    if (entry.encrypted) throw new ReadError('password-protected', 'an archive entry is encrypted');
    const data = readZipEntry(buf, entry, budget.remaining());
    budget.spend(data.length);
    await readInner(data, entry.name, input, sink, context);
  }
};
