/**
 * PowerPoint (pptx): every slide (page = its number in the show, then any slide part the show
 * does not list) with its tables, the speaker notes and
 * comments linked to it, comment authors, embedded objects and the document properties.
 */
import type { Surface } from '../../../core/model.js';
import { ReadError, type Reader } from '../../types.js';
import { observeAuthors, observeExternalLinks, observeNamedAuthors, readEmbedded } from './common.js';
import { readPart } from './emit.js';
import { attempt, Failures, innerEntry } from '../../containers/archive/nested.js';
import { openPackage, type DocumentPackage } from './package.js';
import { PRESENTATION } from './vocabularies.js';
import { parseXml } from './xml.js';

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;
const NOTES = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
const COMMENTS = /^ppt\/comments\/[^/]+\.xml$/;

export const readPptx: Reader = async (input, sink, context) => {
  const pkg = openPackage(await input.buffer(), context);
  const slides = slidesInOrder(pkg);
  if (!slides.length && !pkg.has('ppt/presentation.xml')) throw new ReadError('corrupt', 'the presentation has no slides part');
  const failures = new Failures();
  /** Notes and comment parts → the slide they belong to. */
  const slideOf = new Map<string, number>();
  for (const [i, slide] of slides.entries()) {
    const page = i + 1;
    attempt(failures, () => {
      readPart(pkg, slide, PRESENTATION, { sink, entry: input.entry, page, text: 'text', table: 'table' });
      for (const related of relatedParts(pkg, slide)) slideOf.set(related, page);
    });
  }
  for (const part of [...pkg.matching(NOTES), ...pkg.matching(COMMENTS)]) {
    const surface: Surface = NOTES.test(part) ? 'text' : 'comments';
    const page = slideOf.get(part);
    attempt(failures, () =>
      readPart(pkg, part, PRESENTATION, {
        sink,
        entry: innerEntry(input.entry, part),
        page,
        text: surface,
        table: surface === 'text' ? 'table' : surface,
      }),
    );
  }
  attempt(failures, () => observeAuthors(pkg, sink, input.entry, 'ooxml'));
  attempt(failures, () => observeExternalLinks(pkg, sink, input.entry, 'ooxml'));
  attempt(failures, () => observeNamedAuthors(pkg, 'ppt/commentAuthors.xml', 'p:cmAuthor', 'name', sink, input.entry));
  attempt(failures, () => observeNamedAuthors(pkg, 'ppt/authors.xml', 'p188:author', 'name', sink, input.entry));
  await readEmbedded(pkg, pkg.matching(/^(ppt\/embeddings\/.+|customXml\/item\d+\.xml)$/), input, sink, context, failures);
  failures.throwIfAny();
};

/** Notes and comment parts a slide's relationships point at (`../notesSlides/notesSlide3.xml`). */
function relatedParts(pkg: DocumentPackage, slide: string): string[] {
  const rels = pkg.read(slide.replace(/^ppt\/slides\//, 'ppt/slides/_rels/') + '.rels');
  if (!rels) return [];
  const out: string[] = [];
  parseXml(rels, {
    open(name, attributes) {
      const target = attributes['Target'] ?? '';
      const m = /^\.\.\/(notesSlides|comments)\/([^/]+\.xml)$/.exec(target);
      if (name === 'Relationship' && m) out.push(`ppt/${m[1]}/${m[2]}`);
    },
  });
  return out;
}

/**
 * Slide parts in the order of the show (presentation.xml's slide list through its
 * relationships), then slide parts the list leaves out, which are still in the file.
 */
function slidesInOrder(pkg: DocumentPackage): string[] {
  const targets = new Map<string, string>();
  const rels = pkg.read('ppt/_rels/presentation.xml.rels');
  if (rels) {
    parseXml(rels, {
      open(name, attributes) {
        const target = attributes['Target'] ?? '';
        if (name === 'Relationship' && attributes['Id'])
          targets.set(attributes['Id'], target.startsWith('/') ? target.slice(1) : `ppt/${target}`);
      },
    });
  }
  const listed: string[] = [];
  const presentation = pkg.read('ppt/presentation.xml');
  if (presentation) {
    parseXml(presentation, {
      open(name, attributes) {
        const part = name === 'p:sldId' ? targets.get(attributes['r:id'] ?? '') : undefined;
        if (part && SLIDE.test(part) && pkg.has(part) && !listed.includes(part)) listed.push(part);
      },
    });
  }
  return [...listed, ...pkg.matching(SLIDE).filter((p) => !listed.includes(p))];
}
