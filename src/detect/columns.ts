/**
 * Column classification: what a column holds, from its header (synonyms, word cues) AND from a
 * sample of its values (share of non-empty cells each recognizer accepts). Values win over a
 * misleading header; a header without supporting values does not make an identifier column.
 * The result carries `accept`, the per-cell test used to count person rows for the rest of the
 * table.
 */
import type { ColumnKind } from '../core/model.js';
import type { CellValue } from '../readers/types.js';
import type { CompiledCustom } from './custom.js';
import {
  headerKind,
  isDateHeader,
  isStaffHeader,
  isThingNameHeader,
  normaliseHeader,
  type HeaderMatch,
  type HeaderVocabulary,
} from './headers.js';
import * as R from './recognizers.js';

/** Kinds that identify a person directly. */
export const NAME_KINDS: ReadonlySet<ColumnKind> = new Set(['full-name', 'given-name', 'family-name']);
export const NUMBER_KINDS: ReadonlySet<ColumnKind> = new Set([
  'a-number',
  'receipt-number',
  'i94-number',
  'sevis-id',
  'subject-id',
  'passport-number',
]);
/** Quasi-identifiers that, beside a direct identifier, make a record identifying on their own. */
export const STRONG_QUASI: ReadonlySet<ColumnKind> = new Set([
  'birthdate',
  'birth-year',
  'nationality',
  'birth-country',
  'facility',
  'facility-code',
  'book-in-date',
  'book-out-date',
  'religion',
  'ethnicity',
]);
/** Details that count only together with gender ("gender + ..."). */
export const WEAK_QUASI: ReadonlySet<ColumnKind> = new Set(['gender', 'age', 'marital-status', 'case-status', 'case-category']);

export type CellTest = (value: CellValue, text: string) => boolean;

export interface ColumnClass {
  /** 0-based absolute column index. */
  index: number;
  kind: ColumnKind;
  /** Header text (raw, bounded) when the table has a header row. */
  header?: string;
  /**
   * Whether the header may be shown: only a header known to be one (a vocabulary match, a
   * configured synonym, a staff-role header). An unknown header may be a person's name taken
   * from a first row that was really a record, so it is never repeated.
   */
  headerSafe: boolean;
  /** Decided from values only (no header, or the header did not name this kind). */
  fromValues: boolean;
  /** Direct identifier: its accepted cells make a row a person row. */
  identifier: boolean;
  /**
   * Weak evidence found without a header (bare nine-digit numbers, name-shaped values with no
   * known given name): an identifier only beside another identity column.
   */
  bareOnly?: boolean;
  /** Names under a staff-role header ("Officer in Charge", "Warden"): officials, not people held. */
  staff?: boolean;
  /** Carries protection-claim values (a claim column, or a case category holding claim terms). */
  claim: boolean;
  /** The per-cell test for identifier and claim columns. */
  accept?: CellTest;
  /** Set for columns matched by a custom recognizer. */
  customId?: string;
  nonEmpty: number;
  /** Cells in the sample, empty or not (so nonEmpty / sampled says how filled the column is). */
  sampled?: number;
}

/** What the sample saw in one column. */
interface Tally {
  nonEmpty: number;
  prefixedA: number;
  /** A-numbers inside longer text (slugs, file names, notes). */
  embeddedA: number;
  /** Results only a fear screening gives (Positive, Not Established, CFP). */
  screening: number;
  bareA: number;
  /** Numeric cells with a fractional part: measurements, never identifiers. */
  fractional: number;
  nine: number;
  receipt: number;
  i94: number;
  eleven: number;
  sevis: number;
  passport: number;
  date: number;
  dateBirthRange: number;
  serial: number;
  year: number;
  name: number;
  nameLenient: number;
  nameComma: number;
  nameKnown: number;
  namePart: number;
  /** "City ST" / "City, ST": a place ending in a US state or territory code. */
  cityState: number;
  /** Short category labels (at most four words, no digits): "Hispanic", "Catholic", "Married". */
  label: number;
  country: number;
  facility: number;
  detloc: number;
  shortCode: number;
  claim: number;
  claimResult: number;
  gender: number;
  numeric: number;
  withDigit: number;
  subjectId: number;
  email: number;
  phone: number;
  custom: number[];
  distinct: Set<string>;
}

const DISTINCT_CAP = 400;

function newTally(customCount: number): Tally {
  return {
    nonEmpty: 0,
    prefixedA: 0,
    embeddedA: 0,
    screening: 0,
    bareA: 0,
    fractional: 0,
    nine: 0,
    receipt: 0,
    i94: 0,
    eleven: 0,
    sevis: 0,
    passport: 0,
    date: 0,
    dateBirthRange: 0,
    serial: 0,
    year: 0,
    name: 0,
    nameLenient: 0,
    nameComma: 0,
    nameKnown: 0,
    namePart: 0,
    cityState: 0,
    label: 0,
    country: 0,
    facility: 0,
    detloc: 0,
    shortCode: 0,
    claim: 0,
    claimResult: 0,
    gender: 0,
    numeric: 0,
    withDigit: 0,
    subjectId: 0,
    email: 0,
    phone: 0,
    custom: new Array<number>(customCount).fill(0),
    distinct: new Set(),
  };
}

function tallyCell(t: Tally, value: CellValue, text: string, custom: readonly CompiledCustom[]): void {
  if (!text) return;
  t.nonEmpty++;
  if (t.distinct.size < DISTINCT_CAP) t.distinct.add(text.toLowerCase());
  if (value instanceof Date) {
    t.date++;
    const y = value.getUTCFullYear();
    if (y >= 1920 && y <= 2012) t.dateBirthRange++;
    return;
  }
  if (typeof value === 'number' && !Number.isInteger(value)) t.fractional++;
  const first = text.charCodeAt(0);
  const digitStart = first >= 48 && first <= 57;
  if (/\d/.test(text)) {
    t.withDigit++;
    if (acceptSubjectId(value, text)) t.subjectId++;
  }
  if (digitStart) {
    if (R.isNumeric(text)) t.numeric++;
    if (R.isBareANumber(text)) t.bareA++;
    if (R.isNineDigits(text)) t.nine++;
    if (R.isI94(text)) t.i94++;
    if (R.isElevenDigits(text)) t.eleven++;
    if (R.isBirthYear(text)) t.year++;
    if (R.isExcelSerialDate(value, text)) t.serial++;
    if (R.isPhone(text)) t.phone++;
    const y = R.dateYear(text);
    if (y > 0) {
      t.date++;
      if (y >= 1920 && y <= 2012) t.dateBirthRange++;
    }
  } else {
    if (R.isPrefixedANumber(text)) t.prefixedA++;
    if (R.isReceiptNumber(text)) t.receipt++;
    if (R.isSevisId(text)) t.sevis++;
    if (text.charCodeAt(0) === 40 && R.isPhone(text)) t.phone++;
    const y = R.dateYear(text);
    if (y > 0) {
      t.date++;
      if (y >= 1920 && y <= 2012) t.dateBirthRange++;
    }
    const shape = R.nameShape(text);
    if (shape.ok || (!R.isCaseCaption(text) && R.isPersonName(R.titleCase(text)))) t.nameLenient++;
    if (shape.ok) {
      t.name++;
      if (shape.comma) t.nameComma++;
      if (shape.known) t.nameKnown++;
    }
    if (R.isNamePart(text)) t.namePart++;
    if (R.isCityState(text)) t.cityState++;
    if (isLabel(text)) t.label++;
    if (R.isCountry(text)) t.country++;
    if (R.isFacilityName(text)) t.facility++;
    if (R.isDetlocCode(text)) t.detloc++;
    if (R.isGender(text)) t.gender++;
    if (R.isEmail(text)) t.email++;
    if (R.isClaimResult(text)) t.claimResult++;
    if (R.isScreeningResult(text)) t.screening++;
  }
  if (R.containsANumber(text)) t.embeddedA++;
  if (R.isShortFacilityCode(text)) t.shortCode++;
  if (R.isPassportLike(text)) t.passport++;
  if (R.isClaimText(text)) t.claim++;
  for (let i = 0; i < custom.length; i++) if (custom[i]!.test?.(text)) t.custom[i]!++;
}

/** A category label: short, no digits, at most four words. Answers and amounts are not labels. */
function isLabel(text: string): boolean {
  return text.length <= 40 && !/\d/.test(text) && text.split(/\s+/).length <= 4;
}

// ------------------------------------------------------------------ per-cell tests

const acceptANumberWithHeader: CellTest = (_v, t) => R.isPrefixedANumber(t) || R.isBareANumber(t);
const acceptANumberBare: CellTest = (_v, t) => R.isPrefixedANumber(t) || R.isNineDigits(t);
const acceptReceipt: CellTest = (_v, t) => R.isReceiptNumber(t);
const acceptI94: CellTest = (_v, t) => R.isI94(t) || R.isElevenDigits(t);
const acceptSevis: CellTest = (_v, t) => R.isSevisId(t);
const SUBJECT_ID = /^[A-Z]{0,3}[-\s]?\d{5,15}$/i;
/** EID subject/case IDs and FINs are numbers (sometimes with a short prefix): "2:19-cv-01234" is not one. */
const acceptSubjectId: CellTest = (_v, t) => t.length >= 5 && t.length <= 20 && SUBJECT_ID.test(t);
const acceptPassport: CellTest = (_v, t) => R.isPassportLike(t);
const acceptEmbeddedA: CellTest = (_v, t) => R.containsANumber(t);
const acceptFullName: CellTest = (_v, t) => R.isPersonName(t);
/** Under a name header, lower-case names count too ("quispe, marisol"). */
const acceptFullNameLenient: CellTest = (_v, t) => R.isPersonName(t) || (!R.isCaseCaption(t) && R.isPersonName(R.titleCase(t)));
const acceptNamePart: CellTest = (_v, t) => R.isNamePart(t);
const acceptClaimColumn: CellTest = (_v, t) => t.length > 0 && !R.isNumeric(t) && !/^(?:n\/?a|none|null|-+|—)$/i.test(t);
const acceptAnyValue: CellTest = (_v, t) => t.length > 0;
const acceptClaimTerm: CellTest = (_v, t) => R.isClaimText(t);

function share(n: number, t: Tally): number {
  return t.nonEmpty ? n / t.nonEmpty : 0;
}

export interface ClassifyContext {
  vocab: HeaderVocabulary;
  custom: readonly CompiledCustom[];
}

export interface ColumnSample {
  index: number;
  header?: string;
  /** Sampled data cells of this column, in row order. */
  values: CellValue[];
}

/** Classify one column from its header and sample. */
export function classifyColumn(sample: ColumnSample, ctx: ClassifyContext): ColumnClass {
  const tally = newTally(ctx.custom.length);
  for (const v of sample.values) tallyCell(tally, v, R.cellText(v), ctx.custom);
  const header = sample.header ? R.cellText(sample.header).slice(0, 120) : undefined;
  const match = header ? headerKind(header, ctx.vocab) : undefined;
  const customByHeader = header ? customForHeader(header, ctx.custom) : -1;
  const staff = !!header && !match && isStaffHeader(header);
  const base: ColumnClass = {
    index: sample.index,
    kind: 'other',
    header: header || undefined,
    headerSafe: !!header && (match !== undefined || customByHeader >= 0 || staff),
    fromValues: false,
    identifier: false,
    claim: false,
    nonEmpty: tally.nonEmpty,
    sampled: sample.values.length,
  };
  let decided = decide(tally, header, match, customByHeader, ctx, staff);
  // Names found by their shape under a header that says whose names they are not ("site_name"
  // over hotel names) are that thing's names: no person's.
  if (decided.fromValues && decided.kind && NAME_KINDS.has(decided.kind) && header && !match && isThingNameHeader(header))
    decided = { kind: 'other', fromValues: true };
  return {
    ...base,
    ...decided,
    identifier: decided.identifier ?? false,
    claim: decided.claim ?? false,
    fromValues: decided.fromValues ?? false,
  };
}

function customForHeader(header: string, custom: readonly CompiledCustom[]): number {
  if (!custom.length) return -1;
  const key = normaliseHeader(header);
  return custom.findIndex((c) => c.headers.has(key));
}

type Decision = Partial<ColumnClass> & { kind: ColumnKind };

/**
 * How evidence combines for one column, strongest first; the first rule that holds decides.
 *  1. A custom recognizer (configured by the user) by its header words or its values.
 *  2. Identifiers whose shape speaks for itself (A-prefixed numbers, receipt, SEVIS, I-94
 *     numbers in most cells) whatever the header says; A-numbers inside longer text (slugs,
 *     file names, notes) in half the cells, or in a fifth with at least two of them.
 *  3. A staff-role header over names: officials' names (a staff directory, never a record).
 *  4. A result header ("Result", "Determination", "Decision") over results only a fear
 *     screening gives (Positive, Not Established, CFP): a protection claim.
 *  5. A header that names a kind (vocabulary, owner words stripped, word cues), when the
 *     values agree with it: values always have the last word on identifiers.
 *  6. Values alone. A column whose cells mostly end in a US state code ("Tacoma WA") is a
 *     place, not names. Name-shaped values with a known given name or "LAST, FIRST" form are a
 *     name column; name shape alone (any script, no list hit) is weak evidence that counts
 *     only beside other identity evidence (see identifierColumns). Dates alone are never
 *     birthdates: without a birth header or label a date is just a date.
 * Word lists (given names, countries) only raise confidence; their absence never vetoes a
 * column that a header or its neighbours make a name column.
 */
function decide(
  t: Tally,
  header: string | undefined,
  match: HeaderMatch | undefined,
  customByHeader: number,
  ctx: ClassifyContext,
  staff: boolean,
): Decision {
  const n = t.nonEmpty;
  // Nothing in the sample (a sorted export whose first rows lack names): the header alone
  // decides, with the kind's strict value test, so the rows further down are still counted.
  if (n === 0) return match ? decideForEmptySample(match.kind) : { kind: 'other' };

  // 1. Custom recognizers: by header words (values confirm when a pattern exists) or by values.
  if (customByHeader >= 0) {
    const c = ctx.custom[customByHeader]!;
    if (!c.test || share(t.custom[customByHeader]!, t) >= 0.3) return customDecision(c, false);
  }
  for (let i = 0; i < ctx.custom.length; i++) {
    if (share(t.custom[i]!, t) >= 0.5) return customDecision(ctx.custom[i]!, true);
  }

  // 2. Prefixed immigration numbers speak for themselves whatever the header says.
  if (share(t.prefixedA, t) >= 0.5) return id('a-number', acceptANumberBare, match?.kind !== 'a-number');
  if (share(t.receipt, t) >= 0.5) return id('receipt-number', acceptReceipt, match?.kind !== 'receipt-number');
  if (share(t.sevis, t) >= 0.5) return id('sevis-id', acceptSevis, match?.kind !== 'sevis-id');
  if (share(t.i94, t) >= 0.5) return id('i94-number', acceptI94, match?.kind !== 'i94-number');
  const bareDigits = share(t.bareA, t) >= 0.5 && match?.kind === 'a-number';
  if (!bareDigits && (share(t.embeddedA, t) >= 0.5 || (t.embeddedA >= 2 && share(t.embeddedA, t) >= 0.2)))
    return id('a-number', acceptEmbeddedA, true);

  // 3. Staff-role header over names.
  if (staff && share(t.nameLenient + t.namePart, t) >= 0.5)
    return { kind: 'full-name', accept: acceptFullNameLenient, identifier: true, staff: true };

  // 4. A result header over screening results.
  if (
    header &&
    (!match || match.kind === 'other' || match.kind === 'case-status' || match.kind === 'date') &&
    share(t.screening, t) >= 0.5 &&
    isResultHeader(header)
  ) {
    return { kind: 'protection-claim', claim: true, accept: acceptClaimColumn };
  }

  // 5. The header names a kind: accept it when the values agree.
  if (match && match.kind !== 'other') {
    const byHeader = decideByHeader(t, header!, match.kind);
    if (byHeader) return byHeader;
  }

  // 6. Values alone.
  return decideByValues(t, match);
}

/** Result words in a header; medical and test results ("Test Result", "TB screening") are not fear screenings. */
const RESULT_WORDS = new Set([
  'result',
  'results',
  'determination',
  'determinations',
  'decision',
  'decisions',
  'outcome',
  'outcomes',
  'finding',
  'findings',
  'resultado',
  'decision',
  'determinacion',
  'fear',
  'screening',
]);
const MEDICAL_WORDS = new Set([
  'test',
  'tests',
  'testing',
  'covid',
  'covid19',
  'lab',
  'tb',
  'pcr',
  'hiv',
  'drug',
  'pregnancy',
  'specimen',
  'antigen',
  'antibody',
  'medical',
  'health',
  'swab',
  'prueba',
]);

/** Claim headers of one short word, ambiguous on their own (a survey's "Fear", an animal "Cat"). */
const SHORT_CLAIM_HEADERS = new Set(['fear', 'cf', 'rf', 'cfi', 'rfi', 'cat', 'relief', 'asylum', 'withholding', 'asilo', 'vawa']);

function isResultHeader(header: string): boolean {
  const words = normaliseHeader(header).split(' ');
  return words.some((w) => RESULT_WORDS.has(w)) && !words.some((w) => MEDICAL_WORDS.has(w));
}

function id(kind: ColumnKind, accept: CellTest, fromValues: boolean): Decision {
  return { kind, accept, identifier: true, fromValues };
}

function customDecision(c: CompiledCustom, fromValues: boolean): Decision {
  const accept: CellTest = c.test ? (_v, t) => c.test!(t) : (_v, t) => t.length > 0;
  const identifier = NAME_KINDS.has(c.kind) || NUMBER_KINDS.has(c.kind);
  const claim = c.kind === 'protection-claim';
  return {
    kind: c.kind,
    accept,
    identifier: identifier || (!claim && !STRONG_QUASI.has(c.kind) && !WEAK_QUASI.has(c.kind)),
    claim,
    customId: c.id,
    fromValues,
  };
}

/** The strict test for a kind named by a header whose sampled cells were all empty. */
function decideForEmptySample(kind: ColumnKind): Decision {
  switch (kind) {
    case 'a-number':
      return id(kind, acceptANumberWithHeader, false);
    case 'receipt-number':
      return id(kind, acceptReceipt, false);
    case 'i94-number':
      return id(kind, acceptI94, false);
    case 'sevis-id':
      return id(kind, acceptSevis, false);
    case 'full-name':
      return id(kind, acceptFullName, false);
    case 'given-name':
    case 'family-name':
      return id(kind, acceptNamePart, false);
    case 'protection-claim':
      return { kind, claim: true, accept: acceptClaimColumn };
    default:
      return { kind };
  }
}

function decideByHeader(t: Tally, header: string, kind: ColumnKind): Decision | undefined {
  const dateHeader = isDateHeader(header);
  const dates = t.date + (dateHeader ? Math.max(0, t.serial - t.date) : 0);
  switch (kind) {
    case 'a-number':
      // A column holding fractions (6377563.396 beside 6378137) is a measurement under a short header.
      return share(t.bareA + t.prefixedA, t) >= 0.5 && t.fractional === 0 ? id('a-number', acceptANumberWithHeader, false) : undefined;
    case 'receipt-number':
      return share(t.receipt, t) >= 0.5 ? id(kind, acceptReceipt, false) : undefined;
    case 'i94-number':
      return share(t.i94 + t.eleven, t) >= 0.5 ? id(kind, acceptI94, false) : undefined;
    case 'sevis-id':
      return share(t.sevis, t) >= 0.5 ? id(kind, acceptSevis, false) : undefined;
    case 'subject-id':
      return share(t.subjectId, t) >= 0.5 && share(t.date, t) < 0.5 ? id(kind, acceptSubjectId, false) : undefined;
    case 'passport-number':
      return share(t.passport, t) >= 0.5 ? id(kind, acceptPassport, false) : undefined;
    case 'full-name':
      // Values have the last word: a column of "City ST" places is no name column, whatever its header.
      if (isPlaceColumn(t)) return undefined;
      if (share(t.name, t) >= 0.5) return id(kind, acceptFullName, false);
      if (share(t.nameLenient, t) >= 0.5) return id(kind, acceptFullNameLenient, false);
      return undefined;
    case 'given-name':
    case 'family-name':
      if (isPlaceColumn(t)) return undefined;
      if (share(t.namePart, t) >= 0.5) return id(kind, acceptNamePart, false);
      if (share(t.name, t) >= 0.5) return id('full-name', acceptFullName, false);
      return undefined;
    case 'birthdate':
    case 'book-in-date':
    case 'book-out-date':
    case 'date':
      return share(dates, t) >= 0.5 ? { kind } : undefined;
    case 'birth-year':
      return share(t.year, t) >= 0.5 ? { kind } : undefined;
    case 'age':
    case 'count':
      // Nine-digit "counts" under a vague header ("Number") are judged by their values.
      return share(t.numeric, t) >= 0.5 && share(t.nine, t) < 0.5 ? { kind } : undefined;
    case 'nationality':
    case 'birth-country':
      return share(t.country, t) >= 0.3 ? { kind } : undefined;
    case 'facility':
      return share(t.facility + t.detloc, t) >= 0.3 ? { kind } : undefined;
    case 'facility-code':
      return share(t.shortCode, t) >= 0.5 ? { kind } : undefined;
    case 'gender':
      return share(t.gender, t) >= 0.5 ? { kind } : undefined;
    case 'protection-claim':
      // "Fear Decision Service Date": a date there says the person had a fear decision.
      if (dateHeader && share(dates, t) >= 0.5) return { kind, claim: true, accept: acceptAnyValue };
      if (share(t.numeric, t) >= 0.5) return undefined;
      // One short word ("Fear", "CFI", "CAT", "Relief") is a claim header only over results or claim terms.
      if (SHORT_CLAIM_HEADERS.has(normaliseHeader(header)) && share(Math.max(t.claimResult, t.screening, t.claim), t) < 0.5)
        return undefined;
      return { kind, claim: true, accept: acceptClaimColumn };
    case 'ethnicity':
    case 'religion':
    case 'marital-status':
      // Categories, not answers: short labels that repeat ("Hispanic", "Catholic"). Free-text
      // answers under "How much does a Senate race cost?" name no one's race.
      return share(t.label, t) >= 0.5 && t.distinct.size <= Math.max(5, t.nonEmpty / 2) ? { kind } : { kind: 'other' };
    case 'case-category':
    case 'case-status':
      if (share(t.claim, t) >= 0.1) return { kind, claim: true, accept: acceptClaimTerm };
      return { kind };
    default:
      return { kind };
  }
}

/** Header kinds a column of places may keep ("Place of Birth" over "City ST" values). */
const PLACE_KINDS: ReadonlySet<ColumnKind> = new Set(['birth-country', 'address']);

/**
 * A place column: most cells end in a US state or territory code ("Tacoma WA", "Houston, TX").
 * Two capitalised words are a name's shape too, so without this a city/state column beside
 * facility columns reads as a column of names. Names end in a state code only by accident
 * (a family name "Oh" or "Ma"): never in most cells of a column.
 */
function isPlaceColumn(t: Tally): boolean {
  return share(t.cityState, t) >= 0.5;
}

/**
 * Claim terms without a claim header count as each person's claim unless the column is one
 * long text repeated on every row: a topic or a title ("Credible fear interviews after 2019"
 * beside every speaker, a bill's name beside every member's vote) says what the list is about,
 * not what anyone claimed. Long means more than six words or a year in it; an ICE case category
 * ("[8G] Expedited Removal - Credible Fear Referral") repeated down a roster filtered to one
 * category is still a claim, as are short statuses ("Affirmative asylum") and texts that differ
 * from row to row (notes, categories).
 */
function isRepeatedTopic(t: Tally): boolean {
  if (t.distinct.size !== 1 || t.nonEmpty < 3) return false;
  const text = [...t.distinct][0]!;
  if (/^\s*\[[0-9a-z]{2}\]/.test(text)) return false;
  return text.split(/\s+/).length > 6 || /\b(?:19|20)\d\d\b/.test(text);
}

function decideByValues(t: Tally, match: HeaderMatch | undefined): Decision {
  const distinctRatio = t.distinct.size / Math.min(t.nonEmpty, DISTINCT_CAP);
  // Places before names: "City ST" values have a name's shape (see isPlaceColumn). A place
  // column keeps a place kind its header names (a place of birth stays a quasi-identifier).
  if (isPlaceColumn(t)) return match && PLACE_KINDS.has(match.kind) ? { kind: match.kind } : { kind: 'address', fromValues: true };
  const name = share(t.name, t);
  if (name >= 0.6 && (distinctRatio >= 0.5 || t.nonEmpty < 4) && (share(t.nameComma, t) >= 0.3 || share(t.nameKnown, t) >= 0.3)) {
    return id('full-name', acceptFullName, true);
  }
  if (name >= 0.7 && distinctRatio >= 0.7 && t.nonEmpty >= 5) {
    return { kind: 'full-name', accept: acceptFullName, identifier: true, bareOnly: true, fromValues: true };
  }
  if (share(t.claim, t) >= 0.5 && !isRepeatedTopic(t))
    return { kind: 'protection-claim', claim: true, accept: acceptClaimTerm, fromValues: true };
  if (share(t.nine, t) >= 0.8 && distinctRatio >= 0.8) {
    return { kind: 'a-number', accept: acceptANumberBare, identifier: true, bareOnly: true, fromValues: true };
  }
  // Terms of office, air dates and conviction dates fall between 1920 and 2012 too.
  if (share(t.date, t) >= 0.6) return { kind: 'date', fromValues: true };
  if (share(t.country, t) >= 0.6) return { kind: 'nationality', fromValues: true };
  if (share(t.facility, t) >= 0.6) return { kind: 'facility', fromValues: true };
  if (share(t.detloc, t) >= 0.6) return { kind: 'facility-code', fromValues: true };
  if (share(t.gender, t) >= 0.8) return { kind: 'gender', fromValues: true };
  if (share(t.email, t) >= 0.6) return { kind: 'email', fromValues: true };
  if (share(t.phone, t) >= 0.6) return { kind: 'phone', fromValues: true };
  if (share(t.numeric, t) >= 0.8) return { kind: 'count', fromValues: true };
  // A header kind the values did not confirm stays only for non-identifying kinds.
  if (match && match.kind !== 'other' && !NAME_KINDS.has(match.kind) && !NUMBER_KINDS.has(match.kind) && match.kind !== 'protection-claim')
    return { kind: match.kind };
  return { kind: 'other', fromValues: true };
}
