/**
 * Reading what a container holds (an archive entry, a workbook embedded in a document) through
 * the same steps as a file: the depth limit, the format by content, the container limits, and
 * the reader for the format, pushing into the same sink with the same context (so the
 * decompressed-size budget is shared by the whole file). Images and empty entries are passed
 * over; a format with no reader fails closed.
 */
import type { ScanLimits } from '../config/scan-options.js';
import { SKIPPED_FORMATS, sniffFormat, type Format } from '../readers/sniff.js';
import { ReadError, type Reader, type ReaderContext } from '../readers/types.js';
import { checkZipContainer, ZIP_CONTAINERS } from './container-limits.js';

export function readerContext(limits: ScanLimits, readerFor: (format: Format) => Reader | undefined): ReaderContext {
  const context: ReaderContext = {
    limits,
    async readNested(input, sink) {
      if (input.depth > limits.maxArchiveDepth)
        throw new ReadError('too-deep', `containers nest deeper than ${limits.maxArchiveDepth} levels`);
      const format = sniffFormat(input.name, input.head, input.size);
      if (format === 'empty' || SKIPPED_FORMATS[format]) return;
      const reader = readerFor(format);
      if (!reader) throw new ReadError('unsupported-format', noReaderDetail(format));
      if (ZIP_CONTAINERS.has(format)) await checkZipContainer(await input.buffer(), limits, format);
      await reader(input, sink, context);
    },
  };
  return context;
}

/** Why a format with no reader blocks, and what to do about it. */
export function noReaderDetail(format: Format): string {
  if (format === 'binary')
    return 'an unknown binary format that may hold data; if it holds no records, list its path under allowlist in the config file (or in the exclude input)';
  return `no reader for ${format}`;
}
