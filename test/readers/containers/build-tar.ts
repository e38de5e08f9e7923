/**
 * Builds tar archives for tests: ustar headers with a correct checksum, pax long names, and
 * hostile variants (a declared size that lies, a type flag, a damaged checksum).
 */
export interface TarPart {
  name: string;
  data?: Buffer | string;
  /** Type flag: '0' file (default), '5' folder, '2' symlink, 'x' pax header... */
  type?: string;
  linkName?: string;
  /** Size written in the header instead of the real one (the data written stays the real data). */
  declaredSize?: number;
  /** Write the size as GNU base-256 (for sizes octal cannot hold). */
  base256?: boolean;
  /** Owner user name (ustar uname). */
  uname?: string;
  /** Break the header checksum. */
  badChecksum?: boolean;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(part: TarPart, size: number): Buffer {
  const h = Buffer.alloc(512, 0);
  const name = Buffer.from(part.name, 'utf8');
  name.copy(h, 0, 0, Math.min(100, name.length));
  h.write(octal(0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  if (part.base256) {
    h[124] = 0x80;
    let v = BigInt(size);
    for (let i = 135; i > 124; i--) {
      h[i] = Number(v & 0xffn);
      v >>= 8n;
    }
  } else h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(0, 12), 136, 'latin1');
  h.write(part.type ?? '0', 156, 'latin1');
  if (part.linkName) h.write(part.linkName, 157, 'utf8');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  if (part.uname) h.write(part.uname, 265, 'utf8');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  if (part.badChecksum) sum += 7;
  h.write(octal(sum, 7) + ' ', 148, 'latin1');
  return h;
}

function pad(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest ? Buffer.concat([data, Buffer.alloc(512 - rest)]) : data;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 1;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return `${length}${body}`;
}

export function buildTar(parts: readonly TarPart[], options: { end?: boolean } = {}): Buffer {
  const out: Buffer[] = [];
  for (const part of parts) {
    const data = Buffer.from(part.data ?? '');
    if (Buffer.byteLength(part.name) > 100) {
      const pax = Buffer.from(paxRecord('path', part.name), 'utf8');
      out.push(header({ name: 'PaxHeader', type: 'x' }, pax.length), pad(pax));
    }
    out.push(header(part, part.declaredSize ?? data.length), pad(data));
  }
  if (options.end !== false) out.push(Buffer.alloc(1024));
  return Buffer.concat(out);
}
