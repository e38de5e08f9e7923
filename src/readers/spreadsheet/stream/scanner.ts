/**
 * A small streaming XML tokenizer for the two big parts of a workbook (worksheets and the
 * shared-string table): text goes in chunk by chunk, tags and text come out as callbacks, and
 * only an unfinished tag is carried between chunks, so memory stays flat whatever the part's
 * size. It reads what SpreadsheetML needs (elements with or without a namespace prefix,
 * attributes, entities, CDATA) and skips comments, processing instructions and doctypes (never
 * resolving an entity beyond the five predefined and numeric ones). Nesting is counted and
 * bounded like the office parser's.
 */
import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { ReadError } from '../../types.js';
import { zipEntryChunks, type ZipEntry } from '../../containers/zip.js';
import { MAX_XML_DEPTH } from '../../documents/office/xml.js';

export interface ScanHandlers {
  /**
   * `name` without prefix; `attrs` is the raw attribute text (read with `attr`). Returning true
   * stops the generic scan right after this tag: a subclass's `scan` takes over from there.
   */
  open(name: string, attrs: string, selfClosing: boolean): unknown;
  close(name: string): void;
  /** Text with entities decoded (CDATA as is). */
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,4});/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole;
  });
}

/** An attribute by local name from raw attribute text (`r="A1" t="s"`), entities decoded. */
export function attr(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? ' ' : attrs[at - 1]!;
    if (before !== ' ' && before !== ':' && before !== '\t' && before !== '\n' && before !== '\r') continue;
    let i = from;
    while (attrs[i] === ' ') i++;
    if (attrs[i] !== '=') continue;
    i++;
    while (attrs[i] === ' ') i++;
    const quote = attrs[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = attrs.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    return decodeEntities(attrs.slice(i + 1, end));
  }
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

export class XmlScanner {
  private rest = '';
  /** Elements open now (a subclass that scans on its own counts its elements here too). */
  protected depth = 0;

  constructor(private readonly handlers: ScanHandlers) {}

  /** Feed the next piece of the document. */
  write(chunk: string): void {
    this.rest = this.take(this.rest ? this.rest + chunk : chunk);
  }

  /**
   * Scan `s` (what was kept from before must lead it) and return the unfinished end, which the
   * caller puts before the next piece. feedPart uses it to hand the scan flat strings: `a + b`
   * makes a rope, which indexOf and charCodeAt search several times slower.
   */
  take(s: string): string {
    const stop = this.scan(s, 0);
    const rest = stop < s.length ? s.slice(stop) : '';
    // A "tag" that never ends is not a tag: bound what is carried between chunks.
    if (rest.length > 16 << 20) throw new ReadError('corrupt', 'an XML tag in the workbook never ends');
    return rest;
  }

  /**
   * Tokenize `s` from `i`. Returns where the scan stopped: the end, the start of a token the
   * next chunk must complete (kept for it), or just after a tag whose `open` handler returned true.
   */
  protected scan(s: string, i: number): number {
    const h = this.handlers;
    const length = s.length;
    while (i < length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text up to the end; a trailing partial entity waits for the next chunk.
        const amp = s.lastIndexOf('&');
        const cut = amp >= i && s.indexOf(';', amp) < 0 && length - amp < 12 ? amp : length;
        if (cut > i) h.text(decodeEntities(s.slice(i, cut)));
        return cut;
      }
      if (lt > i) h.text(decodeEntities(s.slice(i, lt)));
      const next = s.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        const end = skipMarkup(s, lt, h);
        if (end < 0) return lt;
        i = end;
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) return lt;
      i = gt + 1;
      if (next === 0x2f /* / */) {
        this.depth--;
        h.close(localName(s.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
        const inner = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
        let nameEnd = 0;
        while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(inner.slice(0, nameEnd));
        const attrs = nameEnd < inner.length ? inner.slice(nameEnd + 1) : '';
        if (!selfClosing) this.enter();
        const stop = h.open(name, attrs, selfClosing);
        if (selfClosing) h.close(name);
        if (stop === true) return i;
      }
    }
    return length;
  }

  /** One more element open: bounded like the office parser's nesting. */
  protected enter(): void {
    if (++this.depth > MAX_XML_DEPTH) throw new ReadError('too-deep', `XML nests deeper than ${MAX_XML_DEPTH} levels`);
  }

  /** The end of the document: an unfinished tag or an element left open means the part is cut short. */
  end(): void {
    if (this.rest.trim() || this.depth !== 0) throw new ReadError('corrupt', 'an XML part of the workbook ends early');
    this.rest = '';
  }
}

/**
 * CDATA (its text to `h.text`), a comment, a processing instruction or a declaration starting at
 * `lt`: returns the index after it, or -1 when the chunk ends first.
 */
export function skipMarkup(s: string, lt: number, h: Pick<ScanHandlers, 'text'>): number {
  if (s.charCodeAt(lt + 1) === 0x3f /* ? */) {
    const end = s.indexOf('?>', lt + 2);
    return end < 0 ? -1 : end + 2;
  }
  if (s.startsWith('<![CDATA[', lt)) {
    const end = s.indexOf(']]>', lt + 9);
    if (end < 0) return -1;
    h.text(s.slice(lt + 9, end));
    return end + 3;
  }
  if (s.startsWith('<!--', lt)) {
    const end = s.indexOf('-->', lt + 4);
    return end < 0 ? -1 : end + 3;
  }
  // A doctype or declaration: skipped (its entities are never defined for the text).
  const end = s.indexOf('>', lt + 2);
  return end < 0 ? -1 : end + 1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The `>` closing a tag that starts before `from`, skipping `>` inside quoted attribute values. */
export function tagEnd(s: string, from: number): number {
  const gt = s.indexOf('>', from);
  if (gt < 0) return -1;
  // Attribute values are usually short and free of '>': walk the quotes only when one opens.
  for (let i = from; i < gt; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x27) return walkTag(s, from);
  }
  return gt;
}

export function walkTag(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

/** The length of `bytes` up to the last whole UTF-8 character (a character cut at the end waits). */
export function wholeUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const b = bytes[length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? length - back : length;
  }
  return length;
}

/**
 * Inflate a zip entry into a scanner, chunk by chunk. UTF-8 (the usual case) is decoded here so
 * that each piece the scanner sees is one flat string: the unfinished end it hands back is put
 * before the next chunk as bytes. UTF-16 (a byte-order mark says so) goes through a decoder.
 */
export async function feedPart(
  buf: Buffer,
  zipEntry: ZipEntry,
  maxBytes: number,
  spend: (n: number) => void,
  scanner: XmlScanner,
): Promise<void> {
  let first = true;
  let utf16: StringDecoder | undefined;
  let carry: Buffer | undefined;
  for await (let chunk of zipEntryChunks(buf, zipEntry, maxBytes, spend)) {
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) {
        utf16 = new StringDecoder('utf16le');
        chunk = chunk.subarray(2);
      } else if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    if (utf16) {
      scanner.write(utf16.write(chunk));
      continue;
    }
    const bytes = carry?.length ? Buffer.concat([carry, chunk]) : chunk;
    const whole = wholeUtf8(bytes);
    const text = bytes.subarray(0, whole);
    // Sheet markup is mostly ASCII: then Latin-1 decoding is a plain copy, and gives the same text.
    const rest = scanner.take(text.toString(isAscii(text) ? 'latin1' : 'utf8'));
    carry = whole < bytes.length ? Buffer.concat([Buffer.from(rest, 'utf8'), bytes.subarray(whole)]) : Buffer.from(rest, 'utf8');
  }
  if (utf16) scanner.write(utf16.end());
  else if (carry?.length) scanner.write(carry.toString('utf8'));
  scanner.end();
}
