/**
 * Office XML parts read with htmlparser2 in XML mode: element callbacks by local name (the
 * namespace prefix dropped, so `c:v`, `x14:formula1` and `v` read alike), and the package
 * relationships that connect parts.
 */
import { parseXml as parseOfficeXml } from '../documents/office/xml.js';

export type { Attributes, XmlHandlers } from '../documents/office/xml.js';
import type { Attributes, XmlHandlers } from '../documents/office/xml.js';

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by exact name, else by local name (asking for "id" finds `r:id`). */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(attributes, name)) return attributes[name];
  for (const key of Object.keys(attributes)) if (localName(key) === name) return attributes[key];
  return undefined;
}

/**
 * Parse a part with the office readers' parser (htmlparser2, XML mode, refused past
 * MAX_XML_DEPTH levels as too-deep), handing element names to the handlers without prefix.
 */
export function parseXml(data: Uint8Array | string, handlers: XmlHandlers): void {
  parseOfficeXml(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, {
    open: handlers.open ? (name, attributes) => handlers.open!(localName(name), attributes) : undefined,
    text: handlers.text,
    close: handlers.close ? (name) => handlers.close!(localName(name)) : undefined,
  });
}

/** Collects the text inside the named elements (concatenated per element). */
export function textCollector(
  names: ReadonlySet<string>,
  onText: (name: string, text: string, attributes: Attributes) => void,
): XmlHandlers {
  let depth = 0;
  let current = '';
  let buffer = '';
  let attrs: Attributes = {};
  return {
    open(name, attributes) {
      if (depth > 0) {
        depth++;
        return;
      }
      if (names.has(name)) {
        depth = 1;
        current = name;
        buffer = '';
        attrs = attributes;
      }
    },
    text(text) {
      if (depth > 0) buffer += text;
    },
    close() {
      if (depth === 0) return;
      depth--;
      if (depth === 0) onText(current, buffer, attrs);
    },
  };
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** `xl/foo/bar.xml` → `xl/foo/_rels/bar.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function parseRelationships(data: Uint8Array | undefined): Relationship[] {
  if (!data) return [];
  const out: Relationship[] = [];
  parseXml(data, {
    open(name, a) {
      if (name !== 'Relationship') return;
      out.push({
        id: attribute(a, 'Id') ?? '',
        type: attribute(a, 'Type') ?? '',
        target: attribute(a, 'Target') ?? '',
        external: (attribute(a, 'TargetMode') ?? '').toLowerCase() === 'external',
      });
    },
  });
  return out;
}

/** An internal relationship target resolved against the part that holds it. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/');
  parts.pop();
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.' && step !== '') parts.push(step);
  }
  return parts.join('/');
}

/** Part names matching a pattern, in natural order (sheet2 before sheet10). */
export function partsMatching(files: ReadonlyMap<string, Uint8Array>, pattern: RegExp): string[] {
  return [...files.keys()].filter((k) => pattern.test(k)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const SAFE_PART = /^(?:[A-Za-z]+\/){0,3}(?:_rels\/)?[A-Za-z]+\d{0,4}\.(?:xml|vml|bin)(?:\.rels)?$|^_rels\/\.rels$/;

/**
 * A part path fit to name in a report: part names come from the file, so only the shapes Office
 * writes (`xl/externalLinks/_rels/externalLink1.xml.rels`) are shown; anything else is described.
 */
export function safePartName(path: string, otherwise = 'a package part'): string {
  return SAFE_PART.test(path) ? path : otherwise;
}
