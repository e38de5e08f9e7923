/**
 * Compressed formats the gate does not open (xz, 7-Zip, RAR, Zstandard, LZ4, Unix
 * compress): they can hold anything, so they are not inspected, with a reason that names the
 * format and says what to do.
 */
import { REFUSED_FORMATS, type RefusedFormat } from '../signatures.js';
import { ReadError, type Reader } from '../types.js';

export function refuseCompressed(format: RefusedFormat): Reader {
  const label = REFUSED_FORMATS[format];
  return async () => {
    throw new ReadError(
      'unsupported-format',
      `${label} compression is not read; publish the file uncompressed, as .zip or as .gz, or, if it holds no records, list its path under allowlist in the config file`,
    );
  };
}
