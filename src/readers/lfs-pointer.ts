/**
 * Git LFS pointer files: the small text blob git stores in place of a file kept in LFS
 * (`version https://git-lfs.github.com/spec/v1`, `oid sha256:<64 hex>`, `size <bytes>`). A
 * pointer names a file the gate has not seen, so it is never "scanned": the scanner reports it
 * as not inspected, and the Action scans the real file only when the checkout holds bytes whose
 * SHA-256 and size are the pointer's.
 */

export interface LfsPointer {
  /** Lower-case hex SHA-256 of the real file. */
  oid: string;
  size: number;
}

/** The spec caps a pointer at 1024 bytes. */
export const LFS_POINTER_MAX_BYTES = 1024;

const VERSION = /^version https:\/\/(?:git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n/;

/** The pointer's oid and size, or undefined when the bytes are not an LFS pointer. */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.length === 0 || bytes.length > LFS_POINTER_MAX_BYTES) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/\r\n/g, '\n');
  if (!VERSION.test(text)) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d{1,15})$/m.exec(text)?.[1];
  if (!oid || size === undefined) return undefined;
  return { oid, size: Number(size) };
}

/** What to do about a pointer, for the not-inspected detail. */
export const LFS_ADVICE = 'check the repository out with Git LFS (actions/checkout with `lfs: true`) so the gate can read the real file';
