/**
 * Cell and phrase recognizers. Each takes one cell's text (already trimmed) and says whether it
 * is a value of one kind. They run on millions of cells, so each starts with a cheap check
 * (length, first character) before any regular expression. All regexes are compiled once here.
 */
import type { CellValue } from '../readers/types.js';
import { normalizeText } from './normalize.js';
import { COUNTRIES, GIVEN_NAMES, NAME_PARTICLES, NATIONALITIES, NON_NAME_WORDS, US_STATES, fold } from './vocab.js';

/** Longest cell text a recognizer looks at; longer cells are prose, not values. */
export const MAX_CELL = 200;

/** A cell as text: numbers without exponent, dates as ISO, booleans and holes as '', strings normalised (normalize.ts). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return normalizeText(value.length > MAX_CELL * 4 ? value.slice(0, MAX_CELL * 4) : value).trim();
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function allDigits(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

// ---------------------------------------------------------------- A-numbers

const A_PREFIXED = /^A\s*(?:[-#.:]|no\.?|nbr)?\s*[-#:]?\s*(\d{3}[-\s]?\d{3}[-\s]?\d{3}|\d{2}[-\s]\d{3}[-\s]\d{3}|\d{7,9})$/i;
const DIGITS_DASHED_9 = /^\d{3}[-\s]\d{3}[-\s]\d{3}$/;

/** An A-number with its "A" prefix in any written form (A123456789, A-123-456-789, A# 012345678). */
export function isPrefixedANumber(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 65 && c !== 97) return false; // 'A' / 'a'
  if (text.length < 8 || text.length > 18) return false;
  return A_PREFIXED.test(text);
}

/**
 * Digits that could be an A-number once a header or neighbouring identity columns say so:
 * nine digits, dashed/spaced nine digits, or 7–8 digits (a numeric cell that lost its zeros).
 */
export function isBareANumber(text: string): boolean {
  const n = text.length;
  if (n >= 7 && n <= 9) return allDigits(text);
  if (n === 11) return DIGITS_DASHED_9.test(text);
  return false;
}

/** Strict bare form: exactly nine digits or 3-3-3 groups (what counts with identity columns but no header). */
export function isNineDigits(text: string): boolean {
  const n = text.length;
  if (n === 9) return allDigits(text);
  if (n === 11) return DIGITS_DASHED_9.test(text);
  return false;
}

/**
 * Example numbers printed on help pages ("A123456789", "EAC0123456789", "A000000000"): digits
 * all the same, or counting up or down by one. They name no one.
 */
export function isPlaceholderNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7) return false;
  let same = true;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const a = digits.charCodeAt(i - 1) - 48;
    const b = digits.charCodeAt(i) - 48;
    if (a !== b) same = false;
    if ((a + 1) % 10 !== b) up = false;
    if ((b + 1) % 10 !== a) down = false;
  }
  return same || up || down;
}

/**
 * An A-number inside longer text: a file-name or slug ("Lastname_A123456789_2019.pdf"), a
 * free-text cell ("detained, A 212-345-678, transferred"), a caption ("File: A212-345-678").
 * Upper-case "A" anywhere on a word boundary; lower-case "a" only glued into a slug
 * ("lastname_a123456789"), never the English article. 8 or 9 digits; examples do not count.
 */
const A_EMBEDDED =
  /(?:(?<![\p{L}\p{N}])A|(?<=[_/.-])a)(?:\s?[-#:]\s?|\s)?(\d{3}[-\s]\d{3}[-\s]\d{3}|\d{2}[-\s]\d{3}[-\s]\d{3}|\d{9}|\d{8})(?![\p{N}]|-\d)/u;

export function containsANumber(text: string): boolean {
  if (text.length < 9) return false;
  const m = A_EMBEDDED.exec(text.length > MAX_CELL * 4 ? text.slice(0, MAX_CELL * 4) : text);
  return m !== null && !isPlaceholderNumber(m[1]!);
}

// ---------------------------------------------------------------- other immigration numbers

const RECEIPT = /^(?:EAC|VSC|WAC|CSC|LIN|NSC|SRC|TSC|MSC|NBC|IOE|YSC|PSC)[-\s]?(?:\d{10}|\d{2}[-\s]?\d{3}[-\s]?\d{5})$/i;
const RECEIPT_FIRST = new Set('EVWCLNSTMIYP');

export function isReceiptNumber(text: string): boolean {
  const n = text.length;
  if (n < 13 || n > 17) return false;
  if (!RECEIPT_FIRST.has(text[0]!.toUpperCase())) return false;
  return RECEIPT.test(text);
}

const I94 = /^\d{9}[A-Z]\d$/i;

/** I-94 admission number, post-2019 form: nine digits, a letter, a digit. */
export function isI94(text: string): boolean {
  return text.length === 11 && isDigit(text.charCodeAt(0)) && I94.test(text);
}

/** Eleven digits: an older I-94, accepted only under an I-94 header. */
export function isElevenDigits(text: string): boolean {
  return text.length === 11 && allDigits(text);
}

export function isSevisId(text: string): boolean {
  if (text.length !== 11) return false;
  const c = text.charCodeAt(0);
  return (c === 78 || c === 110) && allDigits(text.slice(1));
}

const PASSPORT = /^[A-Z0-9]{6,12}$/i;
/** Passport numbers have no reliable shape: only under a passport header, with at least one digit. */
export function isPassportLike(text: string): boolean {
  return text.length >= 6 && text.length <= 12 && PASSPORT.test(text) && /\d/.test(text);
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  enero: 1,
  ene: 1,
  feb: 2,
  february: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  abril: 4,
  abr: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  junio: 6,
  jul: 7,
  july: 7,
  julio: 7,
  aug: 8,
  august: 8,
  agosto: 8,
  ago: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septiembre: 9,
  oct: 10,
  october: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  diciembre: 12,
  dic: 12,
};

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUM_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;
const COMPACT_DATE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const DAY_MON_YEAR = /^(\d{1,2})[-\s./]([a-z]{3,10})\.?[-\s./,]+(\d{2,4})$/i;
const MON_DAY_YEAR = /^([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_DE_MON = /^(\d{1,2})\s+de\s+([a-z]{3,10})\s+de\s+(\d{4})$/i;

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function fullYear(y: number, digits: number): number {
  if (digits === 4) return y;
  if (digits === 2) return y > 30 ? 1900 + y : 2000 + y;
  return -1;
}

/** The year of a date written in any common form, or -1 when the text is not a date. */
export function dateYear(text: string): number {
  const n = text.length;
  if (n < 6 || n > 32) return -1;
  const c = text.charCodeAt(0);
  if (isDigit(c)) {
    let m = ISO_DATE.exec(text);
    if (m) {
      const y = +m[1]!;
      return validYmd(y, +m[2]!, +m[3]!) ? y : -1;
    }
    m = NUM_DATE.exec(text);
    if (m) {
      const [a, b, cc] = [m[1]!, m[2]!, m[3]!];
      if (a.length === 4) return validYmd(+a, +b, +cc) ? +a : -1;
      const y = fullYear(+cc, cc.length);
      if (y < 0) return -1;
      // m/d/y or d/m/y: either order is a date.
      return validYmd(y, +a, +b) || validYmd(y, +b, +a) ? y : -1;
    }
    if (n === 8 && COMPACT_DATE.test(text)) return +text.slice(0, 4);
    m = DAY_MON_YEAR.exec(text) ?? DAY_DE_MON.exec(text);
    if (m) {
      const month = MONTHS[m[2]!.toLowerCase()];
      const y = fullYear(+m[3]!, m[3]!.length);
      return month && y > 0 && validYmd(y, month, +m[1]!) ? y : -1;
    }
    return -1;
  }
  const m = MON_DAY_YEAR.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month && validYmd(+m[3]!, month, +m[2]!) ? +m[3]! : -1;
  }
  return -1;
}

export function isDateText(text: string): boolean {
  return dateYear(text) > 0;
}

/** A date cell: a JS Date, or text in a date form. */
export function isDateCell(value: CellValue, text: string): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return typeof value === 'string' && isDateText(text);
}

/** Excel serial day numbers between 1900-01-01 and 2100 (only meaningful under a date header). */
export function isExcelSerialDate(value: CellValue, text: string): boolean {
  const n = typeof value === 'number' ? value : text.length >= 4 && text.length <= 12 ? Number(text) : NaN;
  return Number.isFinite(n) && n >= 1 && n < 73051;
}

/** A four-digit year between 1900 and 2030. */
export function isBirthYear(text: string): boolean {
  if (text.length !== 4 || !allDigits(text)) return false;
  const y = +text;
  return y >= 1900 && y <= 2030;
}

// ---------------------------------------------------------------- names

const NAME_CHARS = /^[\p{L}][\p{L}\p{M}'’.\- ,]*$/u;

function isCapitalised(token: string): boolean {
  const first = token[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export interface NameShape {
  /** Whether the text is shaped like a person's name. */
  ok: boolean;
  /** "LAST, FIRST" form. */
  comma: boolean;
  /** At least one token is a known given name. */
  known: boolean;
}

/** Place-like words that begin hyphenated surnames. */
const SURNAME_PREFIXES = new Set(['saint', 'san', 'santa', 'st', 'mc', 'mac']);

const NOT_A_NAME: NameShape = { ok: false, comma: false, known: false };

/** What one token is, as far as names go. Cached: names repeat their tokens endlessly. */
const enum TokenClass {
  Empty,
  Particle,
  Initial,
  NotCapitalised,
  Abbreviation,
  NonName,
  Word,
  KnownGiven,
}

const TOKEN_CACHE = new Map<string, TokenClass>();
const TOKEN_CACHE_MAX = 50_000;

function classifyToken(token: string): TokenClass {
  const cached = TOKEN_CACHE.get(token);
  if (cached !== undefined) return cached;
  const result = classifyTokenUncached(token);
  if (TOKEN_CACHE.size >= TOKEN_CACHE_MAX) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(token, result);
  return result;
}

function classifyTokenUncached(token: string): TokenClass {
  const folded = foldToken(token);
  if (!folded) return TokenClass.Empty;
  if (NAME_PARTICLES.has(folded)) return TokenClass.Particle;
  if ((token.length === 2 && token.endsWith('.')) || token.length === 1)
    return isCapitalised(token) ? TokenClass.Initial : TokenClass.NotCapitalised;
  if (!isCapitalised(token)) return TokenClass.NotCapitalised;
  if (token.endsWith('.')) return TokenClass.Abbreviation; // "Inc.", "Dept."
  if (NON_NAME_WORDS.has(folded)) return TokenClass.NonName;
  let known = GIVEN_NAMES.has(folded);
  const parts = folded.split(' ');
  for (const part of parts) {
    if (parts.length > 1 && (NAME_PARTICLES.has(part) || SURNAME_PREFIXES.has(part))) continue; // "Saint-Fleur", "Ramírez-de-la-Torre"
    if (NON_NAME_WORDS.has(part) && !GIVEN_NAMES.has(part)) return TokenClass.NonName;
    if (GIVEN_NAMES.has(part)) known = true;
  }
  return known ? TokenClass.KnownGiven : TokenClass.Word;
}

/**
 * "v." / "vs." between two parties: a court case's caption ("Lopez v. Garland", "LOPEZ VS.
 * GARLAND"). Lower case "v" only: a capital "V." is also a middle initial ("John V. Smith").
 */
const CASE_CAPTION = /\S\s+(?:v\.?|vs\.?|VS\.?)\s+\S/;

/** Whether a text is a court case's caption, not a person's name. */
export function isCaseCaption(text: string): boolean {
  return CASE_CAPTION.test(text);
}

function nameTokensOk(tokens: string[]): { ok: boolean; known: boolean; words: number } {
  let words = 0;
  let known = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let c = classifyToken(token);
    if (c === TokenClass.Empty) continue;
    if (c === TokenClass.Particle) {
      if (i > 0 && i < tokens.length - 1) continue;
      // A particle at either end ("De", "El") is judged as a word: capitalised, not a non-name word.
      c = isCapitalised(token) && !NON_NAME_WORDS.has(fold(token)) ? TokenClass.Word : TokenClass.NonName;
    }
    if (c === TokenClass.Initial) {
      words++;
      continue;
    }
    if (c === TokenClass.NotCapitalised || c === TokenClass.Abbreviation || c === TokenClass.NonName) return { ok: false, known, words };
    if (c === TokenClass.KnownGiven) known = true;
    words++;
  }
  return { ok: words >= 1, known, words };
}

/**
 * Shape of a person's name: two to five capitalised tokens (accents, hyphens, apostrophes,
 * particles such as "de la"), or "LAST, FIRST". Not a facility, a country, an organisation,
 * a header or a month.
 */
export function nameShape(text: string): NameShape {
  const n = text.length;
  if (n < 2 || n > 60) return NOT_A_NAME;
  // A case caption ("Lopez v. Garland", "Matter of X vs. Y") names a court case, not a person.
  if (CASE_CAPTION.test(text)) return NOT_A_NAME;
  if (CASELESS.test(text)) return caselessNameShape(text, false) ? CASELESS_NAME : NOT_A_NAME;
  if (n < 4) return NOT_A_NAME;
  if (!NAME_CHARS.test(text)) return NOT_A_NAME;
  const commaAt = text.indexOf(',');
  if (commaAt >= 0) {
    if (text.indexOf(',', commaAt + 1) >= 0) return NOT_A_NAME;
    const family = text.slice(0, commaAt).trim().split(/\s+/).filter(Boolean);
    const given = text
      .slice(commaAt + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (!family.length || !given.length || family.length > 3 || given.length > 3) return NOT_A_NAME;
    // "Houston, TX": a US state code after the comma is a place, not "LAST, FIRST".
    if (given.length === 1 && given[0]!.length === 2 && US_STATES.has(given[0]!)) return NOT_A_NAME;
    const a = nameTokensOk(family);
    if (!a.ok) return NOT_A_NAME;
    const b = nameTokensOk(given);
    if (!b.ok || isCountryTokens([...family, ...given])) return NOT_A_NAME;
    return { ok: true, comma: true, known: a.known || b.known };
  }
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 6) return NOT_A_NAME;
  const r = nameTokensOk(tokens);
  if (!r.ok || r.words < 2) return NOT_A_NAME;
  // All-initials ("J. K.") or single letters only are not names.
  if (!tokens.some((t) => t.replace(/[.'’-]/g, '').length > 2)) return NOT_A_NAME;
  // Countries whose words look like a name ("Costa Rica", "Sierra Leone").
  if (isCountryTokens(tokens)) return NOT_A_NAME;
  return { ok: true, comma: false, known: r.known };
}

/**
 * Letters of scripts without letter case (Arabic, Hebrew, Han, kana, Hangul, Devanagari and
 * the other Indic scripts, Ge'ez, Thai...): "capitalised" means nothing there, so names in them
 * get their own shape test.
 */
export const CASELESS_LETTER =
  '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}' +
  '\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Oriya}\\p{Script=Tamil}\\p{Script=Telugu}' +
  '\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}\\p{Script=Ethiopic}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}' +
  '\\p{Script=Myanmar}\\p{Script=Tibetan}\\p{Script=Georgian}';
const CASELESS = new RegExp(`[${CASELESS_LETTER}]`, 'u');
/** Only caseless letters, their marks, spaces and the separators names use (middle dots, hyphens, Ge'ez word space). */
const CASELESS_ONLY = new RegExp(`^[${CASELESS_LETTER}\\p{M}\\u30fb\\u00b7\\u1361 '’-]+$`, 'u');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CASELESS_NAME: NameShape = { ok: true, comma: false, known: false };

/**
 * A name in a caseless script. Han, kana and Hangul names are short and often unspaced
 * ("王伟明", "山田 太郎", "김민준"): two to eight characters in at most three words. Other
 * scripts write given and family names as words: two to five words (one for a single name
 * part) of two to twenty letters. Shape alone cannot tell a name from a place in these
 * scripts: without a header, such a column counts only beside other identity evidence.
 */
export function caselessNameShape(text: string, part: boolean): boolean {
  if (!CASELESS_ONLY.test(text)) return false;
  const words = text.split(/[\s\u30fb\u00b7\u1361]+/).filter(Boolean);
  if (!words.length || words.length > (part ? 3 : 5)) return false;
  if (CJK.test(text)) {
    const chars = words.join('').length;
    return chars >= (part ? 1 : 2) && chars <= 8 && words.length <= 3;
  }
  if (words.length < (part ? 1 : 2)) return false;
  return words.every((w) => w.length >= 2 && w.length <= 20);
}

const FOLD_CACHE = new Map<string, string>();

/** fold() of one token, cached (tokens repeat endlessly in name columns). */
function foldToken(token: string): string {
  let f = FOLD_CACHE.get(token);
  if (f === undefined) {
    f = fold(token);
    if (FOLD_CACHE.size >= TOKEN_CACHE_MAX) FOLD_CACHE.clear();
    FOLD_CACHE.set(token, f);
  }
  return f;
}

function isCountryTokens(tokens: readonly string[]): boolean {
  const folded = tokens.map(foldToken).filter(Boolean).join(' ');
  return COUNTRIES.has(folded) || NATIONALITIES.has(folded);
}

/** "quispe, marisol" → "Quispe, Marisol" (only letters after a separator are raised). */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s,'’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export function isPersonName(text: string): boolean {
  return nameShape(text).ok;
}

/** A single given or family name (under a "First Name" / "Last Name" header). */
export function isNamePart(text: string): boolean {
  const n = text.length;
  if (n < 1 || n > 40) return false;
  if (CASELESS.test(text)) return caselessNameShape(text, true);
  if (n < 2) return false;
  if (!NAME_CHARS.test(text) || text.includes(',')) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length > 4) return false;
  return nameTokensOk(tokens).ok;
}

// ---------------------------------------------------------------- countries, facilities

const PLACE_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;

/**
 * A US place written "City ST" or "City, ST" ("Tacoma WA", "SAN JUAN PR", "Houston, TX"): one
 * to four capitalised words, then a US state or territory code in capitals (a closed official
 * list). One such cell proves nothing (a name in capitals, "KIM OH", has the same shape); a column where
 * most cells end in a state code is a place column (see decideByValues).
 */
export function isCityState(text: string): boolean {
  const n = text.length;
  if (n < 5 || n > 48) return false;
  const code = text.slice(n - 2);
  if (!US_STATES.has(code) || text.charCodeAt(n - 3) !== 32) return false;
  const place = text
    .slice(0, n - 3)
    .replace(/,\s*$/, '')
    .trim();
  if (!place) return false;
  const words = place.split(/\s+/);
  return words.length <= 4 && words.every((w) => PLACE_WORD.test(w));
}

export function isCountry(text: string): boolean {
  const n = text.length;
  if (n < 4 || n > 45) return false;
  const folded = fold(text);
  return COUNTRIES.has(folded) || NATIONALITIES.has(folded);
}

const FACILITY =
  /\b(?:processing cent(?:er|re)|detention (?:cent(?:er|re)|facility|complex)|correctional|corrections|county jail|city jail|jail|service processing|annex|contract detention|residential cent(?:er|re)|family (?:residential|shelter)|hold room|penitentiary|prison|detention|adult detention|justice cent(?:er|re)|law enforcement cent(?:er|re)|public safety|juvenile)\b/i;

/** A lower-case word of four letters or more: "Detention statistics" is a topic, not a place's name. */
const LOWER_WORD = /(?:^|[\s(/-])\p{Ll}{4,}/u;

/** A detention facility's name: a facility word inside a proper name (capitalised or upper-case words). */
export function isFacilityName(text: string): boolean {
  const n = text.length;
  if (n < 6 || n > 120) return false;
  return FACILITY.test(text) && !LOWER_WORD.test(text);
}

const DETLOC = /^[A-Z]{7}$/;
const HOLD = /^[A-Z]{3}HOLD$/;

/** A DETLOC code: seven letters ending in a state, or a hold room (XXXHOLD). */
export function isDetlocCode(text: string): boolean {
  if (text.length !== 7) return false;
  if (HOLD.test(text)) return true;
  return DETLOC.test(text) && US_STATES.has(text.slice(5));
}

/** Three-letter legacy facility codes, only under a facility-code header. */
export function isShortFacilityCode(text: string): boolean {
  return (text.length >= 3 && text.length <= 7 && /^[A-Z0-9]+$/.test(text)) || isDetlocCode(text);
}

// ---------------------------------------------------------------- protection claims

/** Claim phrases that say what they are in any case ("credible fear", "asylum", "withholding"). */
const CLAIM =
  /(?:credible[\s-]+fear|reasonable[\s-]+fear|\bfear (?:claim|determination|decision|interview|screening|finding)|\b(?:positive|negative)\s+(?:fear|cf|rf|cfi|rfi)\b|persecution claim|torture claim|\basyl(?:um|ee)\b|\basilo\b|withholding|convention against torture|\b[TU][- ]visa\b|\bVAWA\b|\bI-?(?:589|870|914|918|360)\b|miedo\s+(?:cre[ií]ble|razonable)|\[(?:8G|8K|5C)\]|referred to (?:the )?IJ|\bIJ (?:vacated|affirmed)|found (?:credible|reasonable) fear|\brefugee\b)/i;
/**
 * Acronyms that are claims only as words in capitals and in context: "CAT" (Convention Against
 * Torture) but not a `.cat` domain or "cat"; "CFR" (credible-fear review) but not "8 CFR 208.6";
 * "RFI" but not a request for information. Case-sensitive, never inside a word, an address or a
 * path.
 */
const CLAIM_ACRONYM = /(?<![\p{L}\p{N}_.@/\\-])(?<!\d\s)(?:CAT|CFR|RFR|CFI|RFI|CFP|CFN)(?![\p{L}\p{N}_@]|[./\\-][\p{L}\p{N}])(?!\s\d)/u;
/** A cell that is nothing but the acronym ("CAT" under a relief header). */
const CLAIM_ACRONYM_CELL = /^(?:CAT|CFR|RFR|CFI|RFI|CFP|CFN)$/;
/** Words that make an acronym a claim: the text is about fear screening or relief. */
const CLAIM_CONTEXT =
  /\b(?:fear|torture|convention|asylum|asilo|withholding|relief|protection|deferral|persecution|credible|reasonable|interview|screening|determination|referral|referred|granted|denied|grant|deny|positive|negative|established|IJ|immigration judge)\b/i;

/**
 * Where a claim word names an office, a job or a programme, not anyone's claim: "Asylum
 * Officer", "Houston Asylum Office", "Chief, Refugee and Asylum Policy", "Office of Refugee
 * Resettlement". A cell that says only this is a title or a place of work (a staff list), so
 * it is taken out before a cell is judged; any other claim term in the cell still counts.
 */
const CLAIM_INSTITUTION =
  /\b(?:(?:refugee|asylum)(?:,?\s+(?:and|&)\s+(?:refugee|asylum|international operations))?\s+(?:office|offices|officers?|division|directorate|programs?|policy|unit|section|branch|corps|supervisors?|director|chief|managers?|staff|team|affairs|adjudications?|operations|services|clinic|project|network|coalition|alliance|council)|(?:office of )?refugee resettlement|refugee admissions program)\b/gi;

/** A protection-claim term: credible/reasonable fear, asylum, withholding, CAT, T/U visa, VAWA, ... */
export function isClaimText(text: string): boolean {
  if (text.length < 3) return false;
  let t = text.length > MAX_CELL ? text.slice(0, MAX_CELL) : text;
  if (CLAIM.test(t)) {
    CLAIM_INSTITUTION.lastIndex = 0;
    if (!CLAIM_INSTITUTION.test(t)) return true;
    t = t.replace(CLAIM_INSTITUTION, ' ');
    if (CLAIM.test(t)) return true;
  }
  return CLAIM_ACRONYM.test(t) && (CLAIM_ACRONYM_CELL.test(t) || CLAIM_CONTEXT.test(t));
}

/** Claim vocabulary inside prose (same vocabulary; acronyms need context in the same text). */
export function hasClaimTerm(text: string): boolean {
  if (CLAIM.test(text)) return true;
  return CLAIM_ACRONYM.test(text) && CLAIM_CONTEXT.test(text);
}

const FEAR_RESULT =
  /^(?:positive|negative|pos|neg|yes|no|y|n|established|not established|found|not found|granted|denied|approved|pending|referred|vacated|affirmed|positivo|negativo|s[ií])$/i;

/** A short result cell ("Positive", "Negative", "Yes") under a protection-claim header. */
export function isClaimResult(text: string): boolean {
  return text.length <= 16 && FEAR_RESULT.test(text);
}

/**
 * A result that only a fear screening gives: positive / negative / established / not
 * established (English or Spanish), CFP / CFN. Under a "Result", "Determination" or
 * "Decision" header these make a protection claim; "Approved", "Yes" or "Pass" do not.
 */
const SCREENING_RESULT =
  /^(?:positive|negative|pos|neg|established|not established|positivo|positiva|negativo|negativa|cfp|cfn|rfp|rfn|(?:positive|negative) (?:cf|rf|cfi|rfi|fear))$/i;

export function isScreeningResult(text: string): boolean {
  return text.length <= 24 && SCREENING_RESULT.test(text);
}

// ---------------------------------------------------------------- small shapes

export function isGender(text: string): boolean {
  return text.length <= 12 && /^(?:m|f|x|male|female|masculino|femenino|hombre|mujer|nonbinary|non-binary|unknown|u)$/i.test(text);
}

export function isNumeric(text: string): boolean {
  return text.length > 0 && text.length < 24 && /^-?[\d,]*\.?\d+%?$/.test(text);
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[a-z]{2,}$/i;
export function isEmail(text: string): boolean {
  return text.length >= 6 && text.length <= 254 && text.includes('@') && EMAIL.test(text);
}

const PHONE = /^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/;
export function isPhone(text: string): boolean {
  return text.length >= 10 && text.length <= 18 && PHONE.test(text);
}

/** A cell that holds some value of a kind that must not be shown as a header. */
export function looksLikeValue(text: string): boolean {
  if (!text) return false;
  if (/\d{5,}/.test(text)) return true;
  return (
    isPrefixedANumber(text) ||
    isReceiptNumber(text) ||
    isI94(text) ||
    isSevisId(text) ||
    isDateText(text) ||
    isPersonName(text) ||
    isCountry(text) ||
    isFacilityName(text) ||
    isDetlocCode(text) ||
    isEmail(text) ||
    isPhone(text)
  );
}
