/**
 * tar archives (`.tar`, and `.tar.gz`/`.tgz` through the gzip reader), read like zip: each
 * entry's path is read as words (surface 'file-name'), each file goes through the scan pipeline
 * one level deeper under `archive.tar!inner/path`. The archive is read as a stream of 512-byte
 * blocks: nothing is written to disk, so absolute and `../` paths are only names; an entry is
 * held in memory only as far as its bytes really arrive, and a declared size past the
 * decompressed-size limit is refused before anything is read. Long names (GNU `L`, pax `path`)
 * are followed; links, folders and devices contribute their names only.
 */
import { ReadError, type ContentSink, type Reader } from '../types.js';
import { tarChecksumHolds } from '../signatures.js';
import { fileNameText } from './archive/file-name.js';
import { Failures, innerEntry, readInner } from './archive/nested.js';

const BLOCK = 512;
/** pax and GNU long-name records larger than this are not names. */
const MAX_META = 1024 * 1024;

export const readTar: Reader = async (input, sink, context) => {
  const blocks = new ByteStream(input.stream()[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  const failures = new Failures();
  const maxEntries = context.limits.maxArchiveEntries;
  const maxSize = context.limits.maxDecompressedSize;
  let entries = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  let global: Record<string, string> = {};
  const owners = new Set<string>();
  try {
    for (;;) {
      const header = await blocks.read(BLOCK);
      if (header.length === 0) break; // Archives that omit the end blocks end here.
      if (header.length < BLOCK) throw new ReadError('truncated', 'the archive ends inside an entry header');
      if (header.every((b) => b === 0)) break; // End of archive: what follows is padding.
      if (!tarChecksumHolds(header)) throw new ReadError('corrupt', 'a tar entry header is damaged');
      const type = String.fromCharCode(header[156]!);
      const size = declaredSize(header);
      if (size === undefined) throw new ReadError('corrupt', 'a tar entry declares an unreadable size');
      if (size > maxSize) throw new ReadError('too-large-decompressed', `a tar entry declares more than ${maxSize} bytes`);
      const padded = Math.ceil(size / BLOCK) * BLOCK;

      if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
        if (size > MAX_META) throw new ReadError('corrupt', 'a tar long-name record is too large');
        const data = await blocks.read(size);
        if (data.length < size) throw truncated();
        await blocks.skip(padded - size);
        if (type === 'x') pax = parsePax(data);
        else if (type === 'g') {
          const { comment, ...rest } = parsePax(data);
          if (comment) sink.prose(comment, { surface: 'metadata', entry: input.entry });
          global = { ...global, ...rest };
        } else if (type === 'L') longName = cString(data, 'utf8');
        else longLink = cString(data, 'utf8');
        continue;
      }

      if (++entries > maxEntries) throw new ReadError('too-many-entries', `more than ${maxEntries} entries; the limit is ${maxEntries}`);
      const name = pax.path ?? global.path ?? longName ?? headerName(header);
      const link = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257), 'utf8');
      const entrySize = pax.size !== undefined && /^\d{1,15}$/.test(pax.size) ? Number(pax.size) : size;
      const entry = innerEntry(input.entry, name || '(unnamed)');
      observeOwners(header, { ...pax, uname: pax.uname ?? global.uname, gname: pax.gname ?? global.gname }, sink, owners, entry);
      pax = {};
      longName = undefined;
      longLink = undefined;
      if (name) sink.prose(fileNameText(name), { surface: 'file-name', entry });
      if ((type === '1' || type === '2') && link) sink.prose(fileNameText(link), { surface: 'file-name', entry });

      const isFile = type === '0' || type === '\0' || type === '7';
      if (entrySize > maxSize) throw new ReadError('too-large-decompressed', `a tar entry declares more than ${maxSize} bytes`);
      const entryBlocks = Math.ceil(entrySize / BLOCK) * BLOCK;
      if (!isFile) {
        // Folders, links, devices: a name only. A sparse or multi-volume file cannot be rebuilt.
        if (type === 'S' || type === 'M') failures.note(new ReadError('unsupported-format', 'a sparse or multi-volume tar entry'));
        await skipOrFail(blocks, entryBlocks);
        continue;
      }
      const data = await blocks.read(entrySize);
      if (data.length < entrySize) throw truncated();
      await skipOrFail(blocks, entryBlocks - entrySize);
      try {
        await readInner(data, name || 'entry', input, sink, context);
      } catch (error) {
        failures.note(error);
      }
    }
  } finally {
    blocks.close();
  }
  failures.throwIfAny();
};

function truncated(): ReadError {
  return new ReadError('truncated', 'the archive ends inside an entry');
}

async function skipOrFail(blocks: ByteStream, bytes: number): Promise<void> {
  if (bytes > 0 && (await blocks.skip(bytes)) < bytes) throw truncated();
}

/** The size field: octal text, or GNU base-256 (high bit set) for large sizes. Undefined when unreadable. */
export function declaredSize(header: Uint8Array): number | undefined {
  const field = header.subarray(124, 136);
  if (field[0]! & 0x80) {
    if (field[0] === 0xff) return undefined; // negative
    let value = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) {
      value = value * 256 + field[i]!;
      if (value > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
    }
    return value;
  }
  const text = Buffer.from(field)
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (text === '') return 0;
  if (!/^[0-7]{1,12}$/.test(text)) return undefined;
  return parseInt(text, 8);
}

function headerName(header: Uint8Array): string {
  const name = cString(header.subarray(0, 100), 'utf8');
  const ustar = Buffer.from(header.subarray(257, 262)).toString('latin1') === 'ustar';
  const prefix = ustar ? cString(header.subarray(345, 500), 'utf8') : '';
  return prefix ? `${prefix}/${name}` : name;
}

function cString(bytes: Uint8Array, encoding: BufferEncoding): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.indexOf(0);
  return buf.toString(encoding, 0, end < 0 ? buf.length : end).replace(/[\u0000-\u001f\u007f]/g, ' ');
}

const PAX_KEYS = new Set(['path', 'linkpath', 'size', 'uname', 'gname', 'comment']);

/**
 * The owner's user and group names each entry records (ustar `uname`/`gname`, pax overrides):
 * like a document's author, observed once per name (a notice when it names a person). A pax
 * comment is text.
 */
function observeOwners(
  header: Uint8Array,
  pax: Record<string, string>,
  sink: ContentSink,
  seen: Set<string>,
  entry: string | undefined,
): void {
  const ustar = Buffer.from(header.subarray(257, 262)).toString('latin1') === 'ustar';
  const names = [
    pax.uname ?? (ustar ? cString(header.subarray(265, 297), 'utf8') : ''),
    pax.gname ?? (ustar ? cString(header.subarray(297, 329), 'utf8') : ''),
  ];
  for (const value of names) {
    if (!value.trim() || seen.has(value) || seen.size >= 100) continue;
    seen.add(value);
    sink.observe({ kind: 'document-author', where: 'tar entry owner name', entry, value });
  }
  if (pax.comment) sink.prose(pax.comment, { surface: 'metadata', entry });
}

/** pax records: `<length> <key>=<value>\n`. Only the keys this reader uses are kept. */
export function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0 || space - at > 20) break;
    const length = Number(data.toString('latin1', at, space));
    if (!Number.isInteger(length) || length <= space - at || at + length > data.length) break;
    const record = data.toString('utf8', space + 1, at + length - 1);
    const eq = record.indexOf('=');
    if (eq > 0) {
      const key = record.slice(0, eq);
      if (PAX_KEYS.has(key)) out[key] = record.slice(eq + 1).replace(/[\u0000-\u001f\u007f]/g, ' ');
    }
    at += length;
  }
  return out;
}

/** Exact-length reads over a stream of chunks; memory held is what was asked for and arrived. */
class ByteStream {
  private pending: Buffer[] = [];
  private buffered = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as Uint8Array);
    if (chunk.length) {
      this.pending.push(chunk);
      this.buffered += chunk.length;
    }
    return true;
  }

  /** `n` bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Buffer> {
    while (this.buffered < n && (await this.more()));
    const take = Math.min(n, this.buffered);
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.buffered);
    const out = all.subarray(0, take);
    const rest = all.subarray(take);
    this.pending = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }

  /** Drop `n` bytes without keeping them; returns how many were dropped. */
  async skip(n: number): Promise<number> {
    let dropped = 0;
    while (dropped < n) {
      if (this.buffered === 0 && !(await this.more())) break;
      const first = this.pending[0]!;
      const take = Math.min(n - dropped, first.length);
      dropped += take;
      this.buffered -= take;
      if (take === first.length) this.pending.shift();
      else this.pending[0] = first.subarray(take);
    }
    return dropped;
  }

  close(): void {
    void this.source.return?.();
  }
}
