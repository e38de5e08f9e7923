/**
 * Document properties that name people: creator and last-modified-by (docProps/core.xml),
 * Manager and Company (docProps/app.xml), and the authors of cell comments. They are observed,
 * not judged here: detection decides whether a value names a person. Descriptive properties
 * (title, subject, keywords, comments, category) and custom properties are text anyone can
 * fill, so they are pushed as prose, surface 'metadata'.
 */
import type * as XLSX from 'xlsx';
import type { ContentSink } from '../types.js';
import type { WorkbookFormat } from './open.js';

const PROPERTIES: ReadonlyArray<{ key: string; xlsx: string; other: string }> = [
  { key: 'Author', xlsx: 'docProps/core.xml creator', other: 'document properties author' },
  { key: 'LastAuthor', xlsx: 'docProps/core.xml lastModifiedBy', other: 'document properties last author' },
  { key: 'Manager', xlsx: 'docProps/app.xml Manager', other: 'document properties manager' },
  { key: 'Company', xlsx: 'docProps/app.xml Company', other: 'document properties company' },
];

export function pushDocumentProperties(
  wb: XLSX.WorkBook,
  format: WorkbookFormat,
  sink: ContentSink,
  entry: string | undefined,
  commentAuthors: ReadonlySet<string>,
): void {
  const props = (wb.Props ?? {}) as Record<string, unknown>;
  for (const p of PROPERTIES) {
    const value = Object.prototype.hasOwnProperty.call(props, p.key) ? props[p.key] : undefined;
    if (typeof value !== 'string' || !value.trim()) continue;
    sink.observe({ kind: 'document-author', where: format === 'xlsx' ? p.xlsx : p.other, entry, value });
  }
  for (const author of commentAuthors) sink.observe({ kind: 'document-author', where: 'comment author', entry, value: author });
}

const DESCRIPTIVE = ['Title', 'Subject', 'Keywords', 'Comments', 'Description', 'Category', 'ContentStatus', 'Identifier'];

export function pushDescriptiveProperties(wb: XLSX.WorkBook, sink: ContentSink, entry: string | undefined): void {
  const texts: string[] = [];
  const props = (wb.Props ?? {}) as Record<string, unknown>;
  for (const key of DESCRIPTIVE) {
    const value = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
    if (typeof value === 'string' && value.trim()) texts.push(value);
  }
  const custom = (wb as { Custprops?: unknown }).Custprops;
  if (custom && typeof custom === 'object') {
    for (const key of Object.keys(custom)) {
      const value = (custom as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim()) texts.push(value);
    }
  }
  if (texts.length) sink.prose(texts.join('\n'), { surface: 'metadata', entry });
}
