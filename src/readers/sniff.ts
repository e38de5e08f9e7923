/**
 * Decide a file's format by its content, using the name only to break ties: a CSV named .xlsx,
 * a workbook named .txt and a PDF named .csv are read as what they are.
 */
export type Format =
  | 'delimited'
  | 'xlsx'
  | 'xls'
  | 'ods'
  | 'json'
  | 'ndjson'
  | 'html'
  | 'markdown'
  | 'xml'
  | 'yaml'
  | 'text'
  | 'pdf'
  | 'docx'
  | 'pptx'
  | 'odt'
  | 'zip'
  | 'ole'
  | 'media'
  | 'binary'
  | 'empty';

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const MEDIA = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'svgz',
  'mp3', 'wav', 'ogg', 'm4a', 'flac', 'mp4', 'webm', 'mov', 'avi', 'mkv',
  'woff', 'woff2', 'ttf', 'otf', 'eot',
]);

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

export function sniffFormat(name: string, head: Uint8Array): Format {
  const ext = extensionOf(name);
  if (head.length === 0) return 'empty';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    const text = Buffer.from(head).toString('latin1');
    if (text.includes('xl/')) return 'xlsx';
    if (text.includes('word/')) return 'docx';
    if (text.includes('ppt/')) return 'pptx';
    if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (text.includes('application/vnd.oasis.opendocument.text')) return 'odt';
    if (['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb'].includes(ext)) return 'xlsx';
    if (ext === 'ods') return 'ods';
    if (ext === 'docx' || ext === 'docm') return 'docx';
    if (ext === 'pptx') return 'pptx';
    if (ext === 'odt') return 'odt';
    return 'zip';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ext === 'xls' || ext === 'xlt' ? 'xls' : 'ole';
  if (MEDIA.has(ext) && looksBinary(head)) return 'media';
  if (looksBinary(head)) return MEDIA.has(ext) ? 'media' : 'binary';
  return sniffText(ext, decodeHead(head));
}

/** True when the bytes are not text in any encoding the readers handle. */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  if (n === 0) return false;
  // UTF-16 with a BOM, or with a zero in every other byte, is text.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let zeros = 0;
  let zerosEven = 0;
  let zerosOdd = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) {
      zeros++;
      if (i % 2 === 0) zerosEven++;
      else zerosOdd++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (zeros > 0) {
    const half = n / 2;
    const utf16 = (zerosOdd > half * 0.7 && zerosEven === 0) || (zerosEven > half * 0.7 && zerosOdd === 0);
    return !utf16;
  }
  return control / n > 0.1;
}

function decodeHead(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2, 8192));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2, 8192));
  if (head.length > 1 && head[1] === 0 && head[0] !== 0) return new TextDecoder('utf-16le').decode(head.subarray(0, 8192));
  if (head.length > 1 && head[0] === 0 && head[1] !== 0) return new TextDecoder('utf-16be').decode(head.subarray(0, 8192));
  return new TextDecoder('utf-8').decode(head.subarray(0, 8192));
}

function sniffText(ext: string, text: string): Format {
  const t = text.replace(/^\ufeff/, '').trimStart();
  if (/^<\?xml[^>]*\?>\s*(<!--[\s\S]*?-->\s*)*<(html|!doctype html)/i.test(t) || /^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|table|div|p)\b/i.test(t)) return 'html';
  if (t.startsWith('<?xml') || (t.startsWith('<') && ['xml', 'rss', 'atom', 'svg', 'kml', 'gpx'].includes(ext))) return 'xml';
  if (t.startsWith('[') || t.startsWith('{')) {
    if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
    const firstLine = t.split('\n', 1)[0]!.trim();
    if (t.startsWith('{') && firstLine.endsWith('}') && t.split('\n').filter((l) => l.trim()).length > 1 && !/^\{\s*$/.test(firstLine)) return 'ndjson';
    return 'json';
  }
  if (['html', 'htm', 'xhtml'].includes(ext)) return 'html';
  if (['md', 'markdown', 'mdx'].includes(ext)) return 'markdown';
  if (['yml', 'yaml'].includes(ext)) return 'yaml';
  if (['csv', 'tsv', 'tab', 'psv', 'dsv'].includes(ext)) return 'delimited';
  if (looksDelimited(t)) return 'delimited';
  if (/^\s*\|.*\|\s*$/m.test(t) && /^\s*\|?\s*:?-{3,}/m.test(t)) return 'markdown';
  return 'text';
}

/** Several lines with the same non-zero count of one delimiter. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0).slice(0, 20);
  if (lines.length < 2) return false;
  for (const d of [',', '\t', ';', '|']) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const first = counts[0]!;
    if (first > 0 && counts.filter((c) => c === first).length >= Math.ceil(lines.length * 0.8)) return true;
  }
  return false;
}
