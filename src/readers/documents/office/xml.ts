/**
 * XML parts of Office (OOXML) and OpenDocument packages, read with htmlparser2 in XML mode.
 * Element names reach handlers without their namespace prefix when asked (`w:p` → `p` is NOT
 * done here: Word, PowerPoint and ODF reuse local names such as `p` with different meanings,
 * so the walkers match qualified names).
 */
import { Parser } from 'htmlparser2';
import { ReadError } from '../../types.js';

/**
 * Deeper than any real document (nested tables and text boxes stay in the tens). htmlparser2
 * keeps its open-element stack in an array it shifts and unshifts, so depth costs quadratic
 * time: a crafted part is refused here instead of running into the time limit.
 */
export const MAX_XML_DEPTH = 2000;

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

export function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data);
}

export function parseXml(data: Uint8Array, handlers: XmlHandlers): void {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_XML_DEPTH) throw new ReadError('too-deep', `XML nests deeper than ${MAX_XML_DEPTH} levels`);
        handlers.open?.(name, attributes);
      },
      ontext: handlers.text,
      onclosetag(name) {
        depth--;
        handlers.close?.(name);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(decodeXml(data));
  parser.end();
}

/** The text of every element with one of these qualified names, in document order. */
export function elementTexts(data: Uint8Array, names: ReadonlySet<string>): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  let depth = 0;
  let current = '';
  let buffer = '';
  parseXml(data, {
    open(name) {
      if (depth > 0) depth++;
      else if (names.has(name)) {
        depth = 1;
        current = name;
        buffer = '';
      }
    },
    text(text) {
      if (depth > 0) buffer += text;
    },
    close() {
      if (depth === 0) return;
      depth--;
      if (depth === 0) out.push({ name: current, text: buffer });
    },
  });
  return out;
}
