/**
 * Byte signatures ("magic numbers") for the sniffer: compressed streams and archives, media,
 * operating-system litter and shapefile parts. A file is skipped as media, litter or geometry
 * only when its bytes say so *and* its name agrees: a CSV named .png is read as CSV, a gzip named
 * .png is decompressed, an unknown binary named .png is not inspected.
 */
import type { Format } from './sniff.js';

function at(head: Uint8Array, offset: number, bytes: readonly number[]): boolean {
  if (head.length < offset + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[offset + i] !== bytes[i]) return false;
  return true;
}

function ascii(head: Uint8Array, offset: number, text: string): boolean {
  return at(
    head,
    offset,
    Array.from(text, (c) => c.charCodeAt(0)),
  );
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** The final extension, lower case, without the dot. */
function extension(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Compressed streams and archives the gate refuses, by signature; the label names the format. */
export const REFUSED_FORMATS = {
  bzip2: 'bzip2',
  xz: 'xz',
  '7z': '7-Zip',
  rar: 'RAR',
  zstd: 'Zstandard (zstd)',
  lz4: 'LZ4',
  compress: 'Unix compress (.Z)',
} as const satisfies Partial<Record<Format, string>>;
export type RefusedFormat = keyof typeof REFUSED_FORMATS;

/** gzip, tar and the refused compressed formats, by content alone (the name plays no part). */
export function sniffCompressed(head: Uint8Array): Format | undefined {
  if (at(head, 0, [0x1f, 0x8b, 0x08])) return 'gzip';
  if (at(head, 0, [0x42, 0x5a, 0x68]) && head[3]! >= 0x31 && head[3]! <= 0x39) return 'bzip2'; // BZh1..9
  if (at(head, 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (at(head, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (ascii(head, 0, 'Rar!\u001a\u0007')) return 'rar';
  if (at(head, 0, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  if (at(head, 0, [0x04, 0x22, 0x4d, 0x18])) return 'lz4';
  if (at(head, 0, [0x1f, 0x9d])) return 'compress';
  if (looksTar(head)) return 'tar';
  return undefined;
}

/** A tar header: the ustar magic at 257, or (old V7 archives) a first block whose checksum holds. */
export function looksTar(head: Uint8Array): boolean {
  if (head.length < 512) return false;
  if (ascii(head, 257, 'ustar')) return tarChecksumHolds(head.subarray(0, 512));
  return head[0] !== 0 && tarChecksumHolds(head.subarray(0, 512));
}

/** The header checksum: the sum of the block's bytes with the checksum field read as spaces. */
export function tarChecksumHolds(block: Uint8Array): boolean {
  const field = Buffer.from(block.subarray(148, 156))
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  const declared = parseInt(field, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return declared === unsigned || declared === signed;
}

const IMAGE = ['png', 'jpg', 'jpeg', 'jfif', 'gif', 'webp', 'avif', 'heic', 'heif', 'ico', 'cur', 'bmp', 'tif', 'tiff'];
const AUDIO = ['mp3', 'wav', 'ogg', 'oga', 'opus', 'm4a', 'aac', 'flac'];
const VIDEO = ['mp4', 'm4v', 'webm', 'mov', 'avi', 'mkv', 'ogv'];
const FONT = ['woff', 'woff2', 'ttf', 'otf', 'eot', 'ttc'];
export const MEDIA_EXTENSIONS: ReadonlySet<string> = new Set([...IMAGE, ...AUDIO, ...VIDEO, ...FONT]);

/** Whether the bytes open like an image, audio, video or font file (any of them: a JPEG named .png is still an image). */
export function mediaSignature(head: Uint8Array): boolean {
  return (
    at(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || // PNG
    at(head, 0, [0xff, 0xd8, 0xff]) || // JPEG
    ascii(head, 0, 'GIF87a') ||
    ascii(head, 0, 'GIF89a') ||
    (ascii(head, 0, 'RIFF') && (ascii(head, 8, 'WEBP') || ascii(head, 8, 'WAVE') || ascii(head, 8, 'AVI '))) ||
    at(head, 0, [0, 0, 1, 0]) || // ICO
    at(head, 0, [0, 0, 2, 0]) || // CUR
    (ascii(head, 0, 'BM') && head.length >= 26 && head[6] === 0 && head[7] === 0 && head[8] === 0 && head[9] === 0) || // BMP: reserved bytes are zero
    at(head, 0, [0x49, 0x49, 0x2a, 0x00]) || // TIFF little-endian
    at(head, 0, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF big-endian
    ascii(head, 4, 'ftyp') || // ISO media: MP4, MOV, M4A, AVIF, HEIC
    ascii(head, 4, 'moov') ||
    ascii(head, 4, 'mdat') ||
    ascii(head, 4, 'wide') ||
    ascii(head, 4, 'free') ||
    ascii(head, 0, 'ID3') || // MP3 with tags
    (head[0] === 0xff && head.length > 1 && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) !== 0) || // MPEG audio frame / ADTS
    ascii(head, 0, 'OggS') ||
    ascii(head, 0, 'fLaC') ||
    at(head, 0, [0x1a, 0x45, 0xdf, 0xa3]) || // Matroska / WebM
    ascii(head, 0, 'wOFF') ||
    ascii(head, 0, 'wOF2') ||
    at(head, 0, [0x00, 0x01, 0x00, 0x00]) || // TrueType
    ascii(head, 0, 'true') ||
    ascii(head, 0, 'OTTO') || // OpenType (CFF)
    ascii(head, 0, 'ttcf') || // font collection
    (head.length >= 36 && head[34] === 0x4c && head[35] === 0x50) // EOT: "LP" magic at 34
  );
}

/** Media whose bytes and name agree. */
export function isMedia(name: string, head: Uint8Array): boolean {
  return MEDIA_EXTENSIONS.has(extension(name)) && mediaSignature(head);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Finder and Explorer litter whose bytes agree with the name: a Finder `.DS_Store` (`Bud1`
 * store), an AppleDouble `._name` resource fork, a Windows `Thumbs.db` / `ehthumbs.db`
 * thumbnail cache (an OLE compound file). Anything else under those names is read as what it is.
 */
export function isOsMetadata(name: string, head: Uint8Array): boolean {
  const base = baseName(name).toLowerCase();
  if (base === '.ds_store') return at(head, 0, [0, 0, 0, 1]) && ascii(head, 4, 'Bud1');
  if (base.startsWith('._')) return at(head, 0, [0x00, 0x05, 0x16, 0x07]); // AppleDouble
  if (base === 'thumbs.db' || base === 'ehthumbs.db' || base === 'ehthumbs_vista.db') return at(head, 0, OLE);
  return false;
}

const SHAPEFILE_CODE = [0x00, 0x00, 0x27, 0x0a]; // 9994, big-endian

/**
 * Shapefile geometry, index and projection parts whose content confirms it: `.shp`/`.shx`/
 * `.sbn`/`.sbx` with the shapefile file code 9994, a `.qix` quadtree (`SQT`), a `.prj` that is
 * one WKT coordinate-system definition, a `.cpg` that names a code page. The attribute table
 * (`.dbf`) is data and is not matched here.
 */
export function isShapefileGeometry(name: string, head: Uint8Array, size: number): boolean {
  const ext = extension(name);
  if (ext === 'shp' || ext === 'shx' || ext === 'sbn' || ext === 'sbx') return at(head, 0, SHAPEFILE_CODE) && head.length >= 100;
  if (ext === 'qix') return ascii(head, 0, 'SQT');
  if (ext !== 'prj' && ext !== 'cpg') return false;
  // Text parts: whole in the head and small, or they are something else.
  if (size > head.length || size > 16 * 1024) return false;
  const text = Buffer.from(head)
    .toString('latin1')
    .replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '')
    .trim();
  if (ext === 'cpg') return /^[A-Za-z0-9_.: -]{1,40}$/.test(text) && !/\s{2,}/.test(text) && text.split(/\s+/).length <= 3;
  return looksWkt(text);
}

const WKT_ROOTS =
  /^(PROJCS|GEOGCS|GEOCCS|COMPD_CS|LOCAL_CS|VERT_CS|FITTED_CS|PROJCRS|GEOGCRS|GEODCRS|GEOGRAPHICCRS|PROJECTEDCRS|BOUNDCRS|COMPOUNDCRS|VERTCRS|ENGCRS)\[/;

/** One WKT definition: KEYWORD[ ... ] with balanced brackets and only keywords, numbers and quoted names. */
function looksWkt(text: string): boolean {
  if (!WKT_ROOTS.test(text) || !text.endsWith(']')) return false;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth < 0 || (depth === 0 && i !== text.length - 1)) return false;
    } else if (!/[A-Za-z0-9_.,+\-\s]/.test(c)) return false;
  }
  return depth === 0 && !quoted;
}

/**
 * An Office owner ("lock") file, `~$name.xlsx`: Word, Excel and PowerPoint write one beside an
 * open document (LibreOffice writes `.~lock.name#`, below). It holds the name of the user who opened it, as a length byte and ANSI text,
 * then (usually) the same name in UTF-16. The bytes must have that layout.
 */
export function isOfficeOwnerFile(name: string, head: Uint8Array, size: number): boolean {
  if (size > 4096 || size < 2) return false;
  const base = baseName(name);
  if (base.startsWith('~$')) return ownerNames(Buffer.from(head)) !== undefined;
  if (base.startsWith('.~lock.') && base.endsWith('#')) return lockFileNames(Buffer.from(head)) !== undefined;
  return false;
}

/**
 * A LibreOffice lock file (`.~lock.name.ods#`): one line, `full name,user,host,dd.mm.yyyy hh:mm,profile;`.
 * The full name and the user name, or undefined when the text does not have that shape.
 */
export function lockFileNames(buf: Buffer): string[] | undefined {
  const text = buf.toString('utf8').trim();
  const m = /^([^,\n]*),([^,\n]*),([^,\n]*),\d{2}\.\d{2}\.\d{4} \d{2}:\d{2},[^\n]*;?$/.exec(text);
  if (!m) return undefined;
  return [m[1]!, m[2]!].map((v) => v.trim()).filter((v) => v.length > 0);
}

/** The user names an owner file holds (ANSI and, when present, UTF-16), or undefined when it is not one. */
export function ownerNames(buf: Buffer): string[] | undefined {
  const n = buf[0]!;
  if (n < 1 || n > 53 || buf.length < 1 + n) return undefined;
  const ansi = buf.toString('latin1', 1, 1 + n);
  if (!/^[\x20-\x7e\xa0-\xff]+$/.test(ansi)) return undefined;
  // The rest of the ANSI field is padding (spaces or zeros) up to byte 54.
  const pad = buf.subarray(1 + n, Math.min(buf.length, 54));
  if (!pad.every((b) => b === 0x20 || b === 0)) return undefined;
  const names = [ansi];
  // Word writes the UTF-16 length at byte 54, Excel one byte later.
  for (const lengthAt of [54, 55]) {
    if (buf.length < lengthAt + 4) break;
    const m = buf.readUInt16LE(lengthAt);
    if (m < 1 || m > 53 || buf.length < lengthAt + 2 + 2 * m) continue;
    const wide = buf.toString('utf16le', lengthAt + 2, lengthAt + 2 + 2 * m);
    if (/^[^\u0000-\u001f]+$/.test(wide)) {
      if (wide !== ansi) names.push(wide);
      break;
    }
  }
  return names;
}
