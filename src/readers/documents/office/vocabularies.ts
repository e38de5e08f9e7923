/** Which elements carry paragraphs, tables and text in each format. */
import type { Attributes } from './xml.js';
import type { Vocabulary } from './walker.js';

const none: ReadonlySet<string> = new Set();
const one = () => 1;

export const WORD: Vocabulary = {
  paragraphs: new Set(['w:p']),
  rawTextParagraphs: none,
  // w:delText: text a tracked change deleted is still in the file.
  texts: new Set(['w:t', 'w:delText']),
  tabs: new Set(['w:tab', 'w:ptab']),
  breaks: new Set(['w:br', 'w:cr']),
  spaces: none,
  tables: new Set(['w:tbl']),
  rows: new Set(['w:tr']),
  cells: new Set(['w:tc']),
  span: one,
  repeat: one,
  childSpan: (name: string, attributes: Attributes) => (name === 'w:gridSpan' ? Number(attributes['w:val']) : undefined),
  // mc:Fallback repeats a text box's content for old readers; properties hold no text.
  skip: new Set(['mc:Fallback', 'w:pPr', 'w:rPr', 'w:instrText', 'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr']),
  comments: none,
};

export const PRESENTATION: Vocabulary = {
  // p:text: the text of a legacy PowerPoint comment.
  paragraphs: new Set(['a:p', 'p:text']),
  rawTextParagraphs: new Set(['p:text']),
  texts: new Set(['a:t']),
  tabs: none,
  breaks: new Set(['a:br']),
  spaces: none,
  tables: new Set(['a:tbl']),
  rows: new Set(['a:tr']),
  cells: new Set(['a:tc']),
  span: (attributes: Attributes) => Number(attributes['gridSpan'] ?? 1),
  // A cell merged into its left neighbour repeats nothing: the neighbour's span covers it.
  repeat: (attributes: Attributes) => (attributes['hMerge'] === '1' || attributes['hMerge'] === 'true' ? 0 : 1),
  skip: new Set(['mc:Fallback', 'a:rPr', 'a:pPr', 'a:endParaRPr', 'a:tblPr', 'a:tblGrid', 'p:spPr']),
  comments: none,
};

export const OPEN_DOCUMENT: Vocabulary = {
  paragraphs: new Set(['text:p', 'text:h']),
  rawTextParagraphs: new Set(['text:p', 'text:h']),
  texts: none,
  tabs: new Set(['text:tab']),
  breaks: new Set(['text:line-break']),
  spaces: new Set(['text:s']),
  tables: new Set(['table:table']),
  rows: new Set(['table:table-row']),
  // Spanned columns are written as covered cells, so a span adds nothing.
  cells: new Set(['table:table-cell', 'table:covered-table-cell']),
  span: one,
  repeat: (attributes: Attributes) => Number(attributes['table:number-columns-repeated'] ?? 1),
  // A note's citation is its number; an annotation's creator and date are not its text.
  skip: new Set([
    'text:note-citation',
    'dc:creator',
    'dc:date',
    'meta:date-string',
    'office:automatic-styles',
    'office:font-face-decls',
    'office:scripts',
  ]),
  comments: new Set(['office:annotation']),
};

/** styles.xml: only the page headers and footers hold text. */
export const OPEN_DOCUMENT_HEADERS: Vocabulary = {
  ...OPEN_DOCUMENT,
  within: new Set(['style:header', 'style:footer', 'style:header-left', 'style:footer-left', 'style:header-first', 'style:footer-first']),
};
