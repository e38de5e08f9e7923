/**
 * Word (docx): the body, then headers and footers, footnotes and endnotes, comments, the
 * glossary, text boxes (inside the parts), embedded objects and the document properties.
 */
import type { Surface } from '../../../core/model.js';
import { ReadError, type Reader } from '../../types.js';
import { observeAuthors, observeExternalLinks, observeNamedAuthors, readEmbedded } from './common.js';
import { readPart } from './emit.js';
import { attempt, Failures, innerEntry } from '../../containers/archive/nested.js';
import { openPackage } from './package.js';
import { WORD } from './vocabularies.js';

const BODY = 'word/document.xml';

/** Parts besides the body, in the order they are read, with where they show. */
const PARTS: ReadonlyArray<{ pattern: RegExp; text: Surface; table: Surface }> = [
  { pattern: /^word\/(header|footer)\d*\.xml$/, text: 'header-footer', table: 'header-footer' },
  { pattern: /^word\/(footnotes|endnotes)\.xml$/, text: 'text', table: 'table' },
  { pattern: /^word\/comments\.xml$/, text: 'comments', table: 'comments' },
  { pattern: /^word\/glossary\/document\.xml$/, text: 'text', table: 'table' },
];

/**
 * Parts read as files of their own: embedded objects, imported chunks (altChunk: HTML, MHT, RTF
 * or text pasted in as-is) and custom XML data parts (the data behind content controls).
 */
const EMBEDDED = /^(word\/embeddings\/.+|word\/[^/]+\.(html?|mht|mhtml|txt|rtf)|customXml\/item\d+\.xml)$/i;

export const readDocx: Reader = async (input, sink, context) => {
  const pkg = openPackage(await input.buffer(), context);
  if (!pkg.has(BODY)) throw new ReadError('corrupt', 'the document has no body part');
  const failures = new Failures();
  attempt(failures, () => readPart(pkg, BODY, WORD, { sink, entry: input.entry, text: 'text', table: 'table' }));
  for (const { pattern, text, table } of PARTS) {
    for (const part of pkg.matching(pattern)) {
      attempt(failures, () => readPart(pkg, part, WORD, { sink, entry: innerEntry(input.entry, part), text, table }));
    }
  }
  attempt(failures, () => observeAuthors(pkg, sink, input.entry, 'ooxml'));
  attempt(failures, () => observeExternalLinks(pkg, sink, input.entry, 'ooxml'));
  attempt(failures, () => observeNamedAuthors(pkg, 'word/comments.xml', 'w:comment', 'w:author', sink, input.entry));
  await readEmbedded(pkg, pkg.matching(EMBEDDED), input, sink, context, failures);
  failures.throwIfAny();
};
