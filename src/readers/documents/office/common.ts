/**
 * What the Office readers share: document properties that name people, links out of the
 * document, and embedded objects handed to the scan pipeline.
 */
import type { ContentSink, ReaderContext, ReaderInput } from '../../types.js';
import { readInner, type Failures } from '../../containers/archive/nested.js';
import type { DocumentPackage } from './package.js';
import { elementTexts, parseXml } from './xml.js';

const CORE_PROPERTIES: ReadonlyArray<[string, string]> = [
  ['dc:creator', 'docProps/core.xml creator'],
  ['cp:lastModifiedBy', 'docProps/core.xml lastModifiedBy'],
];

const ODF_PROPERTIES: ReadonlyArray<[string, string]> = [
  ['meta:initial-creator', 'meta.xml initial-creator'],
  ['dc:creator', 'meta.xml creator'],
];

/** docProps/core.xml (OOXML) or meta.xml (ODF): who made and who last saved the document. */
export function observeAuthors(pkg: DocumentPackage, sink: ContentSink, entry: string | undefined, kind: 'ooxml' | 'odf'): void {
  const [part, properties] = kind === 'ooxml' ? (['docProps/core.xml', CORE_PROPERTIES] as const) : (['meta.xml', ODF_PROPERTIES] as const);
  const data = pkg.read(part);
  if (!data) return;
  const where = new Map(properties);
  const seen = new Set<string>();
  for (const { name, text } of elementTexts(data, new Set(where.keys()))) {
    const value = text.trim();
    const label = where.get(name)!;
    if (!value || seen.has(label)) continue;
    seen.add(label);
    sink.observe({ kind: 'document-author', where: label, entry, value });
  }
}

/** Names given by an attribute on comment or author elements (w:comment w:author, p:cmAuthor name). */
export function observeNamedAuthors(
  pkg: DocumentPackage,
  part: string,
  element: string,
  attribute: string,
  sink: ContentSink,
  entry: string | undefined,
): void {
  const data = pkg.read(part);
  if (!data) return;
  const names = new Set<string>();
  parseXml(data, {
    open(name, attributes) {
      const value = name === element ? attributes[attribute]?.trim() : undefined;
      if (value) names.add(value);
    },
  });
  for (const value of names) sink.observe({ kind: 'document-author', where: `${part} author`, entry, value });
}

/**
 * Links out of the document: OOXML relationships marked External (hyperlinks, linked objects
 * and templates on `file:///\\server\share\...`), ODF `xlink:href` attributes. Observed as raw
 * targets: detection decides which point at an internal share or a workbook.
 */
export function observeExternalLinks(pkg: DocumentPackage, sink: ContentSink, entry: string | undefined, kind: 'ooxml' | 'odf'): void {
  const parts = kind === 'ooxml' ? pkg.matching(/(^|\/)_rels\/[^/]+\.rels$/) : pkg.matching(/(^|\/)(content|styles)\.xml$/);
  const targets = new Set<string>();
  for (const part of parts) {
    const data = pkg.read(part);
    if (!data) continue;
    parseXml(data, {
      open(name, attributes) {
        if (kind === 'ooxml') {
          const external = name === 'Relationship' && (attributes['TargetMode'] ?? '').toLowerCase() === 'external';
          if (external && attributes['Target']) targets.add(attributes['Target']);
        } else {
          const href = attributes['xlink:href'];
          if (href && !href.startsWith('#') && !href.startsWith('./')) targets.add(href);
        }
      },
    });
  }
  for (const value of targets)
    sink.observe({ kind: 'external-link', where: kind === 'ooxml' ? 'external relationship' : 'link', entry, value });
}

/**
 * Embedded objects (a workbook inside a document) go back through the scan pipeline with the
 * same sink, one level deeper. Without a pipeline to hand them to, they count as not read.
 */
export async function readEmbedded(
  pkg: DocumentPackage,
  parts: readonly string[],
  input: ReaderInput,
  sink: ContentSink,
  context: ReaderContext,
  failures: Failures,
): Promise<void> {
  for (const part of parts) {
    try {
      const data = pkg.read(part);
      if (data) await readInner(data, part, input, sink, context);
    } catch (error) {
      failures.note(error);
    }
  }
}
