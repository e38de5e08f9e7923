/**
 * OpenDocument text (odt): the body (content.xml) with its tables, notes and annotations
 * (comments), page headers and footers (styles.xml), embedded ODF objects (`Object 1/content.xml`,
 * an embedded spreadsheet's tables read as tables), other embedded files, and the authors in
 * meta.xml. An encrypted package cannot be read: `password-protected`.
 */
import { ReadError, type Reader } from '../../types.js';
import { observeAuthors, observeExternalLinks, readEmbedded } from './common.js';
import { readPart } from './emit.js';
import { attempt, Failures, innerEntry } from '../../containers/archive/nested.js';
import { openPackage } from './package.js';
import { OPEN_DOCUMENT, OPEN_DOCUMENT_HEADERS } from './vocabularies.js';
import { decodeXml } from './xml.js';

const EMBEDDED_CONTENT = /^[^/].*\/content\.xml$/;
/** Whole embedded files: binary objects (`Object 2`) and files in sub-folders, not pictures or settings. */
const EMBEDDED_FILES = /^(Object \d+|(?!Thumbnails\/|ObjectReplacements\/|Pictures\/|META-INF\/|Configurations2\/)[^/]+\/[^/]+)$/;

export const readOdt: Reader = async (input, sink, context) => {
  const pkg = openPackage(await input.buffer(), context);
  const manifest = pkg.read('META-INF/manifest.xml');
  if (manifest && decodeXml(manifest).includes('encryption-data')) throw new ReadError('password-protected', 'the document is encrypted');
  if (!pkg.has('content.xml')) throw new ReadError('corrupt', 'the document has no content part');
  const failures = new Failures();
  attempt(failures, () => readPart(pkg, 'content.xml', OPEN_DOCUMENT, { sink, entry: input.entry, text: 'text', table: 'table' }));
  attempt(failures, () =>
    readPart(pkg, 'styles.xml', OPEN_DOCUMENT_HEADERS, {
      sink,
      entry: innerEntry(input.entry, 'styles.xml'),
      text: 'header-footer',
      table: 'header-footer',
    }),
  );
  for (const part of pkg.matching(EMBEDDED_CONTENT)) {
    attempt(failures, () =>
      readPart(pkg, part, OPEN_DOCUMENT, { sink, entry: innerEntry(input.entry, part), text: 'text', table: 'table' }),
    );
  }
  attempt(failures, () => observeAuthors(pkg, sink, input.entry, 'odf'));
  attempt(failures, () => observeExternalLinks(pkg, sink, input.entry, 'odf'));
  const subDocuments = new Set(pkg.matching(EMBEDDED_CONTENT).map((p) => p.slice(0, p.indexOf('/') + 1)));
  const files = pkg.matching(EMBEDDED_FILES).filter((p) => ![...subDocuments].some((d) => p.startsWith(d)));
  await readEmbedded(pkg, files, input, sink, context, failures);
  failures.throwIfAny();
};
