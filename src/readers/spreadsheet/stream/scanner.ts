/**
 * A small streaming XML tokenizer for the two big parts of a workbook (worksheets and the
 * shared-string table): text goes in chunk by chunk, tags and text come out as callbacks, and
 * only an unfinished tag is carried between chunks, so memory stays flat whatever the part's
 * size. It reads what SpreadsheetML needs (elements with or without a namespace prefix,
 * attributes, entities, CDATA) and skips comments, processing instructions and doctypes (never
 * resolving an entity beyond the five predefined and numeric ones). Nesting is counted and
 * bounded like the office parser's.
 */
import { ReadError } from '../../types.js';
import { MAX_XML_DEPTH } from '../../documents/office/xml.js';

export interface ScanHandlers {
  /** `name` without prefix; `attrs` is the raw attribute text (read with `attr`). */
  open(name: string, attrs: string, selfClosing: boolean): void;
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
  private depth = 0;

  constructor(private readonly handlers: ScanHandlers) {}

  /** Feed the next piece of the document. */
  write(chunk: string): void {
    const s = this.rest ? this.rest + chunk : chunk;
    const h = this.handlers;
    const length = s.length;
    let i = 0;
    while (i < length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text up to the end; a trailing partial entity waits for the next chunk.
        const amp = s.lastIndexOf('&');
        const cut = amp >= i && s.indexOf(';', amp) < 0 && length - amp < 12 ? amp : length;
        if (cut > i) h.text(decodeEntities(s.slice(i, cut)));
        this.rest = s.slice(cut);
        return;
      }
      if (lt > i) h.text(decodeEntities(s.slice(i, lt)));
      const next = s.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */) {
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) return this.keep(s, lt);
          h.text(s.slice(lt + 9, end));
          i = end + 3;
        } else if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) return this.keep(s, lt);
          i = end + 3;
        } else {
          // A doctype or declaration: skipped (its entities are never defined for the text).
          const end = s.indexOf('>', lt + 2);
          if (end < 0) return this.keep(s, lt);
          i = end + 1;
        }
        continue;
      }
      if (next === 0x3f /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) return this.keep(s, lt);
        i = end + 2;
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) return this.keep(s, lt);
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
        if (!selfClosing && ++this.depth > MAX_XML_DEPTH) throw new ReadError('too-deep', `XML nests deeper than ${MAX_XML_DEPTH} levels`);
        h.open(name, attrs, selfClosing);
        if (selfClosing) h.close(name);
      }
      i = gt + 1;
    }
    this.rest = '';
  }

  /** The end of the document: an unfinished tag or an element left open means the part is cut short. */
  end(): void {
    if (this.rest.trim() || this.depth !== 0) throw new ReadError('corrupt', 'an XML part of the workbook ends early');
    this.rest = '';
  }

  private keep(s: string, from: number): void {
    this.rest = s.slice(from);
    // A "tag" that never ends is not a tag: bound what is carried between chunks.
    if (this.rest.length > 16 << 20) throw new ReadError('corrupt', 'an XML tag in the workbook never ends');
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The `>` closing a tag that starts before `from`, skipping `>` inside quoted attribute values. */
function tagEnd(s: string, from: number): number {
  const gt = s.indexOf('>', from);
  if (gt < 0) return -1;
  // Attribute values are usually short and free of '>': walk the quotes only when one opens.
  for (let i = from; i < gt; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x27) return walkTag(s, from);
  }
  return gt;
}

function walkTag(s: string, from: number): number {
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
