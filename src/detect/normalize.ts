/**
 * The one text normaliser every recognizer, header match and prose scan runs on. Extraction
 * tools and careful leakers alike put odd characters into text: non-breaking and other Unicode
 * spaces between names, zero-width characters inside every value, soft hyphens, a BOM in the
 * middle of a cell, Unicode hyphens and dashes in A-numbers, full-width digits. None of them
 * may make a value unrecognisable. The result is only judged, never shown.
 *
 * Line breaks are kept as they are, so line numbers in prose stay right.
 */

/** Plain printable ASCII (and tab / line breaks): nothing to do. */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;
/** Invisible format characters: soft hyphen, ZWSP, ZWNJ, ZWJ, word joiner and friends, BOM, bidi marks. */
// eslint-disable-next-line no-misleading-character-class -- combining and joiner characters are listed one by one on purpose
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufe00-\ufe0f]/g;
/** Spaces NFKC leaves alone (or that come from other tools): all become one plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Hyphens, dashes and minus signs. */
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;

/**
 * NFKC (full-width digits and letters, ligatures, compatibility spaces), then invisible
 * characters removed, every kind of space made a plain space and every dash a hyphen-minus.
 */
export function normalizeText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(INVISIBLE, '').normalize('NFKC').replace(SPACES, ' ').replace(DASHES, '-');
}
