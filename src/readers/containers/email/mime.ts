/**
 * A small, bounded MIME parser (RFC 5322 headers, RFC 2045–2047 and 2231): it splits a message
 * into header fields and a body, a multipart body into its parts, and decodes base64,
 * quoted-printable, encoded-word headers and parameter values. It works on Buffers (bytes stay
 * bytes until a part is decoded), never throws a library message, and knows no limits itself:
 * the reader bounds depth and part counts.
 */
import { ReadError } from '../../types.js';

export interface HeaderField {
  /** Lower-case field name. */
  name: string;
  /** The unfolded raw value (latin1 view of the bytes). */
  raw: string;
}

export interface MimeEntity {
  headers: HeaderField[];
  body: Buffer;
}

/** Header blocks larger than this are not headers. */
const MAX_HEADER_BYTES = 1024 * 1024;

/** Split a message or part into its header fields and body (the body starts after the first empty line). */
export function splitEntity(buf: Buffer): MimeEntity {
  const end = headerEnd(buf);
  const headerBytes = end ? buf.subarray(0, end.at) : buf.subarray(0, Math.min(buf.length, MAX_HEADER_BYTES + 1));
  if (headerBytes.length > MAX_HEADER_BYTES) throw new ReadError('corrupt', 'an e-mail header block is larger than 1 MiB');
  const body = end ? buf.subarray(end.at + end.length) : Buffer.alloc(0);
  return { headers: parseHeaders(headerBytes.toString('latin1')), body };
}

/** Where the header block ends: the first empty line (CRLF CRLF or LF LF), or at the start for a part without headers. */
function headerEnd(buf: Buffer): { at: number; length: number } | undefined {
  if (buf[0] === 0x0a) return { at: 0, length: 1 };
  if (buf[0] === 0x0d && buf[1] === 0x0a) return { at: 0, length: 2 };
  const limit = Math.min(buf.length, MAX_HEADER_BYTES + 4);
  for (let i = buf.indexOf(0x0a); i >= 0 && i < limit; i = buf.indexOf(0x0a, i + 1)) {
    if (buf[i + 1] === 0x0a) return { at: i + 1, length: 1 };
    if (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a) return { at: i + 1, length: 2 };
  }
  return undefined;
}

function parseHeaders(text: string): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length) {
      fields[fields.length - 1]!.raw += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push({ name: line.slice(0, colon).trim().toLowerCase(), raw: line.slice(colon + 1).trim() });
  }
  return fields;
}

export function header(entity: MimeEntity, name: string): string | undefined {
  return entity.headers.find((h) => h.name === name)?.raw;
}

export interface ContentType {
  /** Lower-case `type/subtype`; `text/plain` when absent. */
  type: string;
  params: Record<string, string>;
}

export function contentType(entity: MimeEntity): ContentType {
  const raw = header(entity, 'content-type');
  if (!raw) return { type: 'text/plain', params: {} };
  const { value, params } = parseParameters(raw);
  const type = /^[\w.+-]+\/[\w.+-]+$/.test(value) ? value.toLowerCase() : 'application/octet-stream';
  return { type, params };
}

/** `value; a=b; c="d;e"; name*=utf-8''%E2%82%AC; title*0=x; title*1=y` → value and decoded parameters (lower-case keys). */
export function parseParameters(raw: string): { value: string; params: Record<string, string> } {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && quoted && i + 1 < raw.length) {
      current += raw[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      pieces.push(current);
      current = '';
    } else current += c;
  }
  pieces.push(current);
  const value = pieces.shift()!.trim();
  const plain = new Map<string, string>();
  const extended = new Map<string, Array<{ index: number; text: string; encoded: boolean }>>();
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    let text = piece.slice(eq + 1).trim();
    if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) text = text.slice(1, -1);
    const star = /^([^*]+)\*(?:(\d+)\*?)?$/.exec(key);
    if (star) {
      const list = extended.get(star[1]!) ?? [];
      list.push({ index: star[2] === undefined ? 0 : Number(star[2]), text, encoded: key.endsWith('*') });
      extended.set(star[1]!, list);
    } else if (!plain.has(key)) plain.set(key, text);
  }
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of plain) params[k] = decodeWords(v);
  for (const [k, list] of extended) params[k] = joinExtended(list.sort((a, b) => a.index - b.index));
  return { value, params };
}

/** RFC 2231: the first encoded piece may start with `charset'language'`; encoded pieces are %-escaped. */
function joinExtended(list: Array<{ text: string; encoded: boolean }>): string {
  let charset = 'utf-8';
  const bytes: number[] = [];
  list.forEach((piece, i) => {
    let text = piece.text;
    if (i === 0 && piece.encoded) {
      const m = /^([^']*)'[^']*'(.*)$/.exec(text);
      if (m) {
        charset = m[1] || charset;
        text = m[2]!;
      }
    }
    if (piece.encoded) {
      for (let j = 0; j < text.length; j++) {
        if (text[j] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(j + 1, j + 3))) {
          bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
          j += 2;
        } else bytes.push(text.charCodeAt(j) & 0xff);
      }
    } else for (const b of Buffer.from(text, 'latin1')) bytes.push(b);
  });
  return decodeCharset(Buffer.from(bytes), charset);
}

/** RFC 2047 encoded words (`=?utf-8?B?...?=`, `=?iso-8859-1?Q?...?=`) in a header value; the rest is read as UTF-8 when it is UTF-8. */
export function decodeWords(raw: string): string {
  const plain = utf8OrLatin1(Buffer.from(raw, 'latin1'));
  return plain.replace(/=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=(\s+(?==\?))?/g, (_m, charset: string, encoding: string, text: string) => {
    const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qDecode(text);
    return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
  });
}

function qDecode(text: string): Buffer {
  return decodeQuotedPrintable(Buffer.from(text.replace(/_/g, ' '), 'latin1'));
}

function utf8OrLatin1(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** Bytes in a named charset as text; an unknown charset is read as UTF-8 (damage becomes U+FFFD). */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  try {
    return new TextDecoder(label || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Quoted-printable (RFC 2045): `=XX` escapes and `=` soft line breaks. Lenient on damage. */
export function decodeQuotedPrintable(data: Buffer): Buffer {
  const out = Buffer.alloc(data.length);
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b !== 0x3d) {
      out[n++] = b;
      continue;
    }
    if (data[i + 1] === 0x0d && data[i + 2] === 0x0a) {
      i += 2;
      continue;
    }
    if (data[i + 1] === 0x0a) {
      i += 1;
      continue;
    }
    const hex = data.toString('latin1', i + 1, i + 3);
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = b;
  }
  return out.subarray(0, n);
}

/** The decoded body of a leaf part, by its Content-Transfer-Encoding. */
export function decodeBody(entity: MimeEntity): Buffer {
  const encoding = (header(entity, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(entity.body.toString('latin1').replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body);
  return entity.body;
}

/**
 * The parts of a multipart body: the bytes between `--boundary` delimiter lines, up to the
 * closing `--boundary--` (or the end). `maxParts` bounds the count: one more is a ReadError.
 */
export function splitMultipart(body: Buffer, boundary: string, maxParts: number): Buffer[] {
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const parts: Buffer[] = [];
  let partStart = -1;
  for (let at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + delimiter.length)) {
    if (at > 0 && body[at - 1] !== 0x0a) continue; // Not at the start of a line.
    const after = at + delimiter.length;
    const closing = body[after] === 0x2d && body[after + 1] === 0x2d;
    // `--boundary` must be the whole delimiter, not the start of a longer (nested) boundary.
    const next = body[after];
    if (!closing && next !== undefined && next !== 0x0d && next !== 0x0a && next !== 0x20 && next !== 0x09) continue;
    // The line break before a delimiter belongs to the delimiter.
    if (partStart >= 0) {
      let end = at;
      if (body[end - 1] === 0x0a) end--;
      if (body[end - 1] === 0x0d) end--;
      parts.push(body.subarray(partStart, Math.max(partStart, end)));
      if (parts.length > maxParts) throw new ReadError('too-many-entries', `more than ${maxParts} parts in one message`);
    }
    if (closing) return parts;
    const lineEnd = body.indexOf(0x0a, after);
    if (lineEnd < 0) return parts;
    partStart = lineEnd + 1;
  }
  // No closing delimiter: the last part runs to the end.
  if (partStart >= 0 && partStart < body.length) parts.push(body.subarray(partStart));
  if (parts.length > maxParts) throw new ReadError('too-many-entries', `more than ${maxParts} parts in one message`);
  return parts;
}
