/**
 * What a PDF holds outside its page text: comments (sticky notes, free text) and their authors,
 * filled form fields (a completed form keeps its answers in field values, not in the page
 * text), and the document information dictionary (author, title, subject, keywords).
 */
import type { ContentSink } from '../../types.js';

export interface PdfAnnotationData {
  subtype?: string;
  contentsObj?: { str?: unknown };
  titleObj?: { str?: unknown };
  fieldType?: string;
  fieldName?: unknown;
  fieldValue?: unknown;
  alternativeText?: unknown;
  /** A file-attachment annotation's file. */
  file?: { filename?: unknown; content?: unknown };
  /** A link annotation's target (unsafeUrl is the raw target, url only when it is a web address). */
  url?: unknown;
  unsafeUrl?: unknown;
}

export interface PageExtras {
  comments: string[];
  /** `label: value` for every filled text or choice field. */
  fields: string[];
  authors: string[];
  /** Link targets, for detection to judge (a `file:///\\server\share` link is worth a notice). */
  links: string[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export function pageExtras(annotations: readonly PdfAnnotationData[]): PageExtras {
  const extras: PageExtras = { comments: [], fields: [], authors: [], links: [] };
  for (const a of annotations) {
    const link = str(a.unsafeUrl) || str(a.url);
    if (link) extras.links.push(link);
    if (a.subtype === 'Widget') {
      if (a.fieldType !== 'Tx' && a.fieldType !== 'Ch') continue;
      const values = (Array.isArray(a.fieldValue) ? a.fieldValue : [a.fieldValue]).map(str).filter(Boolean);
      if (!values.length) continue;
      const label = str(a.alternativeText) || str(a.fieldName);
      extras.fields.push(`${label ? `${label}: ` : ''}${values.join(', ')}`);
      continue;
    }
    // A popup repeats its parent's text.
    if (a.subtype === 'Popup') continue;
    const contents = str(a.contentsObj?.str);
    if (contents) extras.comments.push(contents);
    const author = str(a.titleObj?.str);
    if (author) extras.authors.push(author);
  }
  return extras;
}

/** Information-dictionary entries read as text (they can name the people a file is about). */
const INFO_TEXT = ['Title', 'Subject', 'Keywords'] as const;

export function pushDocumentInfo(info: unknown, sink: ContentSink, entry: string | undefined): void {
  if (!info || typeof info !== 'object') return;
  const get = (key: string) => (Object.prototype.hasOwnProperty.call(info, key) ? str((info as Record<string, unknown>)[key]) : '');
  const author = get('Author');
  if (author) sink.observe({ kind: 'document-author', where: 'PDF document information Author', entry, value: author });
  const texts = INFO_TEXT.map(get).filter(Boolean);
  if (texts.length) sink.prose(texts.join('\n'), { surface: 'metadata', entry });
}
