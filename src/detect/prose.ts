/**
 * Prose: text files, Markdown, HTML text, comments, PDF text. What counts is a link, not a
 * word: an A-number in context, a person's name tied to a protection claim in the same sentence
 * (or on the next short line), a name with a birthdate. Vocabulary alone ("credible fear" in a
 * press release) and named officials ("Secretary Jane Smith said") are nothing.
 *
 * Text arrives in chunks, possibly one enormous line: it is cut into bounded segments and only
 * a few flags are carried from one line to the next. Findings are aggregated per place and rule.
 */
import type { Finding, Location, RuleId } from '../core/model.js';
import { describeFinding } from '../core/describe.js';
import { fingerprint } from '../core/fingerprint.js';
import type { DetectOptions } from '../config/scan-options.js';
import type { ProseLocation } from '../readers/types.js';
import { countCustomInProse, type CompiledCustom } from './custom.js';
import { CASELESS_LETTER, caselessNameShape, hasClaimTerm, isDateText, isPlaceholderNumber, nameShape } from './recognizers.js';
import { normalizeText } from './normalize.js';
import { safePlace } from './safe-place.js';
import { severityFor } from './table-decision.js';
import { OFFICIAL_TITLES, fold } from './vocab.js';

/** Longest run of text examined at once. */
export const SEGMENT_CHARS = 4000;
/** Lines up to this length may be linked with the next line (label: value lists). */
const SHORT_LINE = 200;

// Immigration numbers in text. Upper-case "A" only: "a 123..." is ordinary prose.
const A_IN_PROSE = /(?<![\p{L}\d])A(?:\s?[-#:]\s?|\s)?(?:\d{3}[-\s]\d{3}[-\s]\d{3}|\d{2}-\d{3}-\d{3}|\d{9}|\d{8}|\d{7})(?![\d-])/gu;
const A_CUE =
  /\b(?:A[- ]?(?:number|no\.?|#|nbr)|alien (?:file |registration )?(?:number|no\.?|#)|alien file|USCIS\s?(?:#|number|no\.?)|n[úu]mero\s+A|A-file)/gi;
const CUE_DIGITS = /^[^\d\n]{0,30}?(\d{3}[-\s]\d{3}[-\s]\d{3}|\d{7,9})(?![\d-])/;
const RECEIPT_IN_PROSE = /\b(?:EAC|VSC|WAC|CSC|LIN|NSC|SRC|TSC|MSC|NBC|IOE|YSC|PSC)(?:[-\s]?\d{10}|[-\s]?\d{2}[-\s]\d{3}[-\s]\d{5})\b/g;
const SEVIS_IN_PROSE = /\bN\d{10}\b/g;
const I94_IN_PROSE = /\b\d{9}[A-Z]\d\b/g;
const HAS_DIGITS_7 = /\d{3}[-\s]?\d{3}/;

// Names: runs of capitalised tokens (with particles), or "FAMILY, GIVEN" in capitals.
const NAME_RUN =
  /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+(?:(?:de|del|la|las|los|van|von|der|da|dos|do|y|bin|al|el)\s+)*\p{Lu}[\p{L}\p{M}'’-]*\.?){1,5}/gu;
const LAST_FIRST = /(?<![\p{L}])\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?,\s+\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?(?![\p{L}])/gu;
const NAME_LABEL =
  /(?:name|nombre|nom|detainee|applicant|respondent|client|beneficiary|inmate|decedent|subject|individual|noncitizen|petitioner)\s*[:=-]\s*$/i;
/**
 * The slot after a name that says the name is a person's record: "…, born", "(DOB", "A-number",
 * "A212345678", "age 34", "a citizen of", "nacido".
 */
const RECORD_SLOT_AFTER =
  /^\s*[,(;:-]?\s*(?:born\b|b\.\s*\d|DOB\b|D\.O\.B|date of birth|fecha de nacimiento|nacid[oa]\b|A[- ]?(?:number|no\.?|#)|A\s?[-#]?\s?\d{3}|alien\b|age[ds]?\s*\d|\d{1,3}[- ]years?[- ]old|a (?:citizen|national|native) of)/i;
/**
 * A claim sentence's subject: "Zarmina Stanekzai received a positive credible fear finding",
 * "… was granted asylum", "… applied for asylum". Only verbs of the claim itself, so a public
 * figure "has expanded asylum restrictions" is no slot.
 */
const CLAIM_SLOT_AFTER =
  /^\s+(?:(?:has\s+|had\s+)?(?:received|receives|obtained|passed|failed|was|were|has been|had been)\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+)?(?:granted|denied|found|referred|given|positive|negative|credible|reasonable|asylum|withholding|screened|interviewed)|(?:applied|applies|filed|files|sought|seeks|requested|requests|claimed|claims|expressed|expresses)\s+(?:for\s+)?(?:a\s+|an\s+)?(?:asylum|withholding|protection|fear|refugee|credible|reasonable|I-589|CAT\b))/i;
/** List and heading markers before a line that is nothing but a name ("## Name", "- Name", "3. Name"). */
const LINE_MARKER = /^\s*(?:#{1,6}\s+|[-*•+]\s+|\d{1,3}[.)]\s+|\|\s*)?/;
const SPEECH_AFTER =
  /^\s*(?:,\s*(?:a|an|the)?\s*[\p{L}\s]{0,40}?(?:spokes\w*|secretary|director|officer|official|commissioner|judge|attorney|president|senator|representative|governor|mayor|chief|administrator|minister|ambassador)\b|\s+(?:said|says|stated|states|announced|announces|told|added|noted|testified|wrote|explained|declared|remarked|asked|asks|moderated|moderates|questioned|questions|replied|responded|interrupted|pressed|countered|introduced|thanked|opened|closed))/iu;
/** A byline or attribution before a name: "reported by Jane Smith", "according to Jane Smith". */
const BYLINE_BEFORE =
  /(?:\bby|\baccording to|\bwritten by|\bphoto:?|\bcredit:?|\bcontact:?|\bsaid|\bsays|\bstated|\badded|\bexplained)\s*$/i;
/** A pronoun that carries a person named in the sentence before into this one. */
const PRONOUN = /\b(?:she|he|her|his|hers|him|ella|él|su|sus)\b/i;
const DATELINE_AFTER = /^\s*(?:[—–-]|\(|\d)/;
const COURTESY = new Set(['mr', 'ms', 'mrs', 'miss', 'sr', 'sra', 'srta', 'senor', 'senora', 'don', 'dona']);

const DOB_CUE = /\b(?:born|DOB|D\.O\.B|date of birth|birth ?date|birthday|fecha de nacimiento|nacid[oa]|F\.? ?Nac)\b/i;
const DATE_IN_PROSE =
  /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:de\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z]*\.?\s+(?:de\s+)?\d{4})\b/gi;

export { isPlaceholderNumber };

/** Count immigration numbers in a segment (placeholders printed as examples do not count). */
export function countImmigrationNumbers(text: string): number {
  if (!HAS_DIGITS_7.test(text)) return 0;
  let n = 0;
  const covered: Array<[number, number]> = [];
  for (const m of text.matchAll(A_IN_PROSE)) {
    covered.push([m.index, m.index + m[0].length]);
    if (!isPlaceholderNumber(m[0])) n++;
  }
  for (const m of text.matchAll(A_CUE)) {
    const after = m.index + m[0].length;
    const d = CUE_DIGITS.exec(text.slice(after, after + 60));
    if (!d) continue;
    const at = after + d.index + d[0].length - d[1]!.length;
    if (covered.some(([s, e]) => at >= s && at < e)) continue;
    covered.push([at, at + d[1]!.length]);
    if (!isPlaceholderNumber(d[1]!)) n++;
  }
  for (const re of [RECEIPT_IN_PROSE, SEVIS_IN_PROSE, I94_IN_PROSE]) {
    for (const m of text.matchAll(re)) if (!covered.some(([s, e]) => m.index >= s && m.index < e) && !isPlaceholderNumber(m[0])) n++;
  }
  return n;
}

/**
 * Last words of an office or a title ("Chief, Refugee and Asylum Policy", "USCIS Asylum
 * Division", "Office of Refugee Resettlement", "Asylum Officer"): a claim word inside such a
 * phrase names a unit or a job, not a person's claim.
 */
const ORG_LAST =
  /(?:Policy|Policies|Division|Office|Offices|Section|Unit|Programs?|Programmes?|Affairs|Directorate|Branch|Bureau|Services?|Resettlement|Corps|Officers?|Clinic|Project|Cent(?:er|re)|Council|Committee|Association|Network|Coalition|Alliance|Agency|Administration|Department|Act|Board|Institute|Foundation|Initiative|Team|Law|Fund|Agreement|Operations|Coordinator|Specialist|Advisor|Adviser|Counsel|Manager|Director|Chief|Ministry|Commission|Studies|Rule|Rules|Regulation|Regulations|Process|Processing|Pathways?|Framework|Strategy|Plan|Report|Statistics|Data|Guidance|Memo|Memorandum)$/u;
const TITLE_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:(?:\s*,\s*|\s+(?:and|of|for|on|the|&|de|del|y|la|para)\s+|\s+)\p{Lu}[\p{L}\p{M}'’-]*)+/gu;
/** An unnamed person sought protection ("a refugee family", "asylum seekers"): not a claim about anyone named. */
const GENERIC_CLAIM =
  /\b(?:an?|one|another|some|many|other|several|more|most|these|those|all|two|three|four|five|thousands of|hundreds of)\s+(?:[\p{L}-]+\s+){0,2}?(?:refugees?|asylum[- ]seekers?|asylum applicants?|asylees?)\b|\b(?:refugees|asylum[- ]seekers|asylees)\b/giu;

/**
 * A relative clause hanging off an indefinite noun phrase introduces a person who is not named
 * ("a guest who was a refugee…", "a doctor who fled … seeking asylum", "someone whose claim…"):
 * a claim inside it is that unnamed person's. Not after a comma, where the phrase describes the
 * name before it ("Maria Lopez, a mother who sought asylum, …"); cut at the next comma or the
 * end of the sentence, so a named person's own clause after it still counts.
 */
const UNNAMED_CLAUSE =
  /(?<!,\s?)\b(?:(?:an?|one|another)\s+(?:[\p{L}’'-]+\s+){1,3}?|(?:someone|somebody|anyone)\s+)(?:who|whose|who's)\b[^,;:.!?]*/giu;
const UNNAMED_PERSON = new RegExp(UNNAMED_CLAUSE.source, 'iu');

/** GENERIC_CLAIM without its global state, for a yes/no test. */
const GENERIC_PERSON = new RegExp(GENERIC_CLAIM.source, 'iu');

function stripNonClaims(text: string): string {
  return text
    .replace(UNNAMED_CLAUSE, (clause) => (namesPrivatePerson(clause) ? clause : ' '))
    .replace(TITLE_RUN, (run) =>
      run
        .split(/\s*,\s*/)
        .map((part) => {
          const words = part.split(/\s+/);
          return ORG_LAST.test(words[words.length - 1]!) || OFFICIAL_TITLES.has(fold(words[0]!)) ? ' ' : part;
        })
        .join(', '),
    )
    .replace(GENERIC_CLAIM, ' ');
}

/** A claim term that is about someone: not inside an office or job title, not an unnamed refugee. */
function hasClaim(text: string): boolean {
  if (!hasClaimTerm(text)) return false;
  const rest = stripNonClaims(text);
  return rest === text || hasClaimTerm(rest);
}

function hasBirthdate(text: string): boolean {
  if (!DOB_CUE.test(text)) return false;
  for (const m of text.matchAll(DATE_IN_PROSE)) if (isDateText(m[0].replace(/(\d)(?:st|nd|rd|th)/, '$1'))) return true;
  return false;
}

/**
 * Whether a segment names a person who is not a named official. A candidate must be shaped
 * like a name and either carry a known given name, be written "FAMILY, GIVEN", follow a
 * courtesy title or a "Name:" label.
 */
export function namesPrivatePerson(text: string): boolean {
  return !privateNames(text).next().done;
}

/** Where namesPrivatePerson finds private persons' names: [start, end) of each, lazily. */
function* privateNames(text: string): Generator<[number, number]> {
  for (const m of text.matchAll(LAST_FIRST)) {
    // "ATLANTA, GEORGIA —" opens a press release: a dateline, not a person.
    if (DATELINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (inEnumeration(text, m.index, m[0])) continue;
    if (nameShape(m[0]).ok) yield [m.index, m.index + m[0].length];
  }
  for (const m of text.matchAll(NAME_RUN)) {
    let tokens = m[0].split(/\s+/);
    let official = false;
    let courtesy = false;
    while (tokens.length) {
      const f = fold(tokens[0]!);
      if (OFFICIAL_TITLES.has(f)) official = true;
      else if (COURTESY.has(f)) courtesy = true;
      else break;
      tokens = tokens.slice(1);
    }
    if (tokens.length < 2 && !(courtesy && tokens.length === 1)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const lastWordBefore = /([\p{L}.]+)[\s,]*$/u.exec(before)?.[1];
    if (lastWordBefore && OFFICIAL_TITLES.has(fold(lastWordBefore))) official = true;
    if (BYLINE_BEFORE.test(before)) official = true;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (SPEECH_AFTER.test(after)) official = true;
    // "Temporary Protected Status (TPS)": a term and its acronym, not a person.
    if (abbreviatedAfter(tokens, after)) continue;
    if (official) continue;
    const candidate = tokens.join(' ').replace(/\.$/, '');
    // "Accompaniment Program", "Pro-se Clinic", "Refugee Office": the last word names a body,
    // a programme or a job, not a person.
    const last = tokens[tokens.length - 1]!;
    if (ORG_LAST.test(last) && !SURNAME_LIKE_ORG_WORDS.has(last)) continue;
    if (courtesy && tokens.length === 1) {
      // "MR. HOLT:" opens a transcript turn: a speaker, not a subject.
      if (/^\s*:/.test(after)) continue;
      if (nameShapeSingle(candidate)) yield [m.index, m.index + m[0].length];
      continue;
    }
    const shape = nameShape(candidate);
    if (!shape.ok) continue;
    // A known given name raises confidence; without one, the slot decides (label, record, claim).
    if (shape.known || courtesy || inNameSlot(before, after)) yield [m.index, m.index + m[0].length];
  }
  yield* caselessNamesInSlot(text);
}

/**
 * "VAWA, CAT" in "removal, VAWA, CAT protection" or "TPS, VAWA, U-visas" is two items of a list
 * in capitals, not "FAMILY, GIVEN". A capitals pair is a list's items when the list goes on
 * before it (", " right before), or when both are acronym-short (at most four letters) and the
 * list goes on after it. After a "Name:" label it is a name, whatever its length.
 */
function inEnumeration(text: string, at: number, match: string): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (NAME_LABEL.test(before)) return false;
  if (/,\s*$/.test(before)) return true;
  const acronyms = match.split(/,\s+/).every((part) => /^\p{Lu}{2,4}$/u.test(part));
  return acronyms && /^\s*,\s*\S/.test(text.slice(at + match.length, at + match.length + 8));
}

/** Opens a transcript turn or a question: a speaker's label ("HOLT:", "Q:") before the words. */
const TURN_LABEL = /^\s*(?:[\p{Lu}][\p{Lu}\p{M}.'’ -]{0,30}:\s*)?$/u;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;

/**
 * Whether "he" or "she" in the next sentence can stand for a private person this sentence names.
 * The pronoun takes the last person mentioned, so the named person must be that one:
 *  - not followed by an unnamed person the sentence ties to the claim vocabulary ("Mr. X, … a
 *    guest who was a refugee …": "he" who sought asylum is the guest). An unnamed person with
 *    no claim words ("… met a lawyer who helped her") leaves the named one the subject;
 *  - not the person spoken to: a name that opens the sentence, set off by a comma, in a
 *    sentence that says "you" is an addressee ("Mr. X, … you might recall …"), and one does not
 *    call the addressee "he".
 */
function antecedentIsNamed(sentence: string): boolean {
  let last: [number, number] | undefined;
  for (const span of privateNames(sentence)) if (!last || span[1] > last[1]) last = span;
  if (!last) return false;
  const tail = sentence.slice(last[1]);
  if (GENERIC_PERSON.test(tail) || hasClaimTerm(UNNAMED_PERSON.exec(tail)?.[0] ?? '')) return false;
  const addressee = TURN_LABEL.test(sentence.slice(0, last[0])) && /^\s*,/.test(sentence.slice(last[1])) && SECOND_PERSON.test(sentence);
  return !addressee;
}

/** A name opening a list item or a table cell ("- Name — …", "| Name | …", "3. Name: …"). */
const ITEM_START_BEFORE = /(?:^|\n)\s*(?:[-*•+]|\d{1,3}[.)]|\|)\s*$/;
const ITEM_SEPARATOR_AFTER = /^\s*(?:[-:|,;(]|$)/;

/**
 * Whether the text around a name-shaped run puts it in a person's slot: after a "Name:" label,
 * before a record cue ("…, born", "A-number …"), as the subject of a claim sentence, or as the
 * first thing in a list item or table cell followed by a separator.
 */
function inNameSlot(before: string, after: string): boolean {
  return (
    NAME_LABEL.test(before) ||
    RECORD_SLOT_AFTER.test(after) ||
    CLAIM_SLOT_AFTER.test(after) ||
    (ITEM_START_BEFORE.test(before) && ITEM_SEPARATOR_AFTER.test(after))
  );
}

const CASELESS_RUN = new RegExp(`[${CASELESS_LETTER}][${CASELESS_LETTER}\\p{M}\\u30fb\\u00b7\\u1361 '’-]{0,40}`, 'gu');

/** Names in a script without letter case, in a slot ("Name: 王伟明", "محمد الأحمد, born …"). */
function* caselessNamesInSlot(text: string): Generator<[number, number]> {
  if (!CASELESS_TEST.test(text)) return;
  for (const m of text.matchAll(CASELESS_RUN)) {
    const run = m[0].trim();
    if (!caselessNameShape(run, false) && !(CJK_TEST.test(run) && caselessNameShape(run, true) && run.length >= 2)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (inNameSlot(before, after)) yield [m.index, m.index + m[0].length];
  }
}
const CASELESS_TEST = new RegExp(`[${CASELESS_LETTER}]`, 'u');
const CJK_TEST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A line that is nothing but a person's name: a heading over a person's details, a list item,
 * a table cell. Judged by shape (any script), not by a list.
 */
export function lineIsName(line: string): boolean {
  const text = line
    .replace(LINE_MARKER, '')
    .replace(/[\s|:]+$/, '')
    .trim();
  if (text.length < 2 || text.length > 60) return false;
  const shape = nameShape(text);
  if (!shape.ok) return false;
  const tokens = text.split(/\s+/);
  // One official title ahead of it makes it a staff heading ("Director Jane Smith").
  return !OFFICIAL_TITLES.has(fold(tokens[0]!));
}

function nameShapeSingle(token: string): boolean {
  return token.length >= 2 && nameShape(`${token} ${token}`).ok;
}

/** Sentences of a segment, not split after abbreviations and initials ("Mr.", "J."). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const word = /(\S+)$/.exec(text.slice(Math.max(start, m.index - 12), m.index + 1))?.[1] ?? '';
    if (/^(?:\p{Lu}\.|Mr\.|Ms\.|Mrs\.|Dr\.|Sr\.|Sra\.|St\.|No\.|Jr\.|U\.S\.|D\.O\.B\.|Inc\.)$/u.test(word)) continue;
    out.push(text.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Split a long line into segments of at most SEGMENT_CHARS, cutting at whitespace when possible. */
export function segments(line: string): string[] {
  if (line.length <= SEGMENT_CHARS) return [line];
  const out: string[] = [];
  let at = 0;
  while (at < line.length) {
    let end = Math.min(line.length, at + SEGMENT_CHARS);
    if (end < line.length) {
      const cut = line.lastIndexOf(' ', end);
      if (cut > at + SEGMENT_CHARS / 2) end = cut + 1;
    }
    out.push(line.slice(at, end));
    at = end;
  }
  return out;
}

const DIGIT_RUN = /\d{7,9}/;

/**
 * A path (as words) identifies someone when it carries an immigration number, or a private
 * person's name together with a long number, a claim term or a date. A name alone in a path
 * (a staff page, a speaker's bio) is not enough.
 */
export function fileNameIdentifies(words: string): boolean {
  if (countImmigrationNumbers(words) > 0) return true;
  if (!namesPrivatePerson(words)) return false;
  return DIGIT_RUN.test(words) || hasClaim(words) || DOB_CUE.test(words) || /\b(?:19|20)\d{2}\s\d{1,2}\s\d{1,2}\b/.test(words);
}

interface Tally {
  rule: RuleId;
  location: Location;
  count: number;
  first?: number;
  last?: number;
}

interface LineFlags {
  key: string;
  short: boolean;
  claim: boolean;
  /** The line's claim was already tied to an identity on the same line. */
  linked: boolean;
  /** Whether the line names a private person or carries an immigration number (computed on demand). */
  identity(): boolean;
  /** The line is a "label: value" line or a name on its own (part of a form-like block). */
  formLine: boolean;
  /** Identity anywhere in the form-like block this line ends (Name / Citizenship / DOB lines). */
  blockIdentity(): boolean;
  /** A birthdate on this line not yet tied to a name. */
  dob: boolean;
  /** Lines in the form-like block so far (a record's block is short). */
  blockLines: number;
  /** A list item that is not a "label: value" line: its identity stays in the item. */
  bareItem(): boolean;
  /** The line's number, when the reader gave one: only the next line pairs with it. */
  line: number | undefined;
}

/** Longest form-like block carried as one record. */
const MAX_FORM_LINES = 12;

/** A parenthesised acronym right after a run of capitalised words. */
const ACRONYM_AFTER = /^\s*\((\p{Lu}{2,6})\)/u;

/**
 * Whether the run is a term its acronym abbreviates: most of the acronym's letters are initials
 * of the run's words ("Temporary Protected Status (TPS)", "Estatus de Protección Temporal
 * (TPS)"). A country code after a name ("Maria Lopez (HND)") shares no initials: still a name.
 */
function abbreviatedAfter(tokens: readonly string[], after: string): boolean {
  const acronym = ACRONYM_AFTER.exec(after)?.[1];
  if (!acronym) return false;
  const initials = new Set(tokens.map((t) => t[0]!.toUpperCase()));
  let shared = 0;
  for (const letter of acronym) if (initials.has(letter)) shared++;
  return shared * 3 >= acronym.length * 2;
}

/** Body words that are also family names ("Nathan Law"): they end a name run without making it a body. */
const SURNAME_LIKE_ORG_WORDS = new Set(['Law', 'Rule']);

/** A form's "label: value" line is short ("- Credible fear: positive"); a long one is a described item. */
const FORM_LINE_MAX = 80;

/** A list item: a bullet or a number opens the line. */
const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,3}[.)])\s+/;

/** "Label: value" (a form line): a short label, a colon, a value. */
const LABEL_LINE = /^\s*(?:[-*•]\s+)?[\p{L}][\p{L}\p{M} .#/()'-]{0,40}:\s*\S/u;

/**
 * A heading in title case: three or more words, every word of four letters or more
 * capitalised, no "label:" colon and no sentence end ("Asylum Grants & Denials by Year",
 * "How Asylum Works in Immigration Court").
 */
function isTitleHeading(line: string): boolean {
  const text = line.replace(LINE_MARKER, '').trim();
  if (text.includes(':') || /[.!?]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  return words.every((w) => w.length < 4 || /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** Scans prose chunks and aggregates findings per place (entry, sheet, page, surface) and rule. */
export class ProseScanner {
  private readonly tallies = new Map<string, Tally>();
  private previous: LineFlags | undefined;

  constructor(
    private readonly path: string,
    private readonly options: DetectOptions,
    private readonly custom: readonly CompiledCustom[],
  ) {}

  scan(raw: string, where: ProseLocation): void {
    const text = normalizeText(raw);
    if (where.surface === 'file-name') {
      if (fileNameIdentifies(text.slice(0, SEGMENT_CHARS))) this.add('file-name.identifier', where, undefined, 1);
      return;
    }
    const key = placeKey(where);
    if (this.previous && this.previous.key !== key) this.previous = undefined;
    let lineNo = where.line;
    let from = 0;
    while (from <= text.length) {
      let nl = text.indexOf('\n', from);
      if (nl < 0) nl = text.length;
      const line = text.slice(from, nl);
      if (line.trim()) this.scanLine(line, where, key, lineNo);
      else this.previous = undefined;
      if (nl >= text.length) break;
      from = nl + 1;
      if (lineNo !== undefined) lineNo++;
    }
  }

  private scanLine(line: string, where: ProseLocation, key: string, lineNo: number | undefined): void {
    const short = line.length <= SHORT_LINE;
    // Only the line right after it pairs with a line (texts of one file can skip lines: strings
    // of code far apart, cells of a sheet).
    const adjacent = !this.previous || lineNo === undefined || this.previous.line === undefined || lineNo === this.previous.line + 1;
    const prev = this.previous && adjacent && this.previous.key === key && this.previous.short && short ? this.previous : undefined;
    // In code, a string alone on its line is a value, not a heading: only a name in a slot (or a
    // known given name) counts, never the bare shape of a capitalised string.
    const nameLine = where.fromCode ? () => false : lineIsName;
    let lineIdentity = false;
    let lineClaim = false;
    let lineNumbers = 0;
    let lineDob = false;
    let lineDobLinked = false;
    for (const segment of segments(line)) {
      for (const c of this.custom) {
        const n = countCustomInProse(c, segment);
        if (n) this.add('custom', where, lineNo, n);
      }
      const numbers = countImmigrationNumbers(segment);
      lineNumbers += numbers;
      if (numbers) this.add('prose.immigration-number', where, lineNo, numbers);
      const claimHere = hasClaim(segment);
      const dobHere = DOB_CUE.test(segment);
      if (!claimHere && !dobHere) continue;
      let previousSentence = '';
      for (const sentence of sentences(segment)) {
        const before = previousSentence;
        previousSentence = sentence;
        const claim = claimHere && hasClaim(sentence);
        const dob = dobHere && hasBirthdate(sentence);
        if (!claim && !dob) continue;
        // How a claim sentence's evidence combines: a claim term that is about someone (not an
        // office or a job title, not an unnamed refugee or a clause about an unnamed person:
        // hasClaim) beside a private person's name or an immigration number in the same
        // sentence; or, in a sentence with "he"/"she", a private person named in the sentence
        // before who is still the one the pronoun stands for (antecedentIsNamed).
        const person = namesPrivatePerson(sentence);
        const identity = person || (claim && countImmigrationNumbers(sentence) > 0);
        if (claim && identity) this.add('prose.protection-claim', where, lineNo, 1);
        // "Marisol Quispe arrived in May. She received a positive credible fear finding."
        else if (claim && before && PRONOUN.test(sentence) && antecedentIsNamed(before))
          this.add('prose.protection-claim', where, lineNo, 1);
        if (dob && person) this.add('prose.name-birthdate', where, lineNo, 1);
        lineIdentity ||= identity;
        lineClaim ||= claim;
        if (dob && person) lineDobLinked = true;
        lineDob ||= dob;
      }
    }
    // A short "label: value" line tied to the short line before it (names are looked for lazily).
    // A form-like block (a name heading, then "Label: value" lines) is one record: a claim or a
    // birthdate on any of its lines is tied to the name on an earlier one.
    // A heading in title case ("Asylum Grants vs Denials") names a section, not a detail of the
    // person on the line before or after: its claim words tie to no one on another line.
    if (lineClaim && !lineIdentity && isTitleHeading(line)) lineClaim = false;
    const formLine = short && (LABEL_LINE.test(line) || nameLine(line));
    const block = prev && prev.formLine && formLine && prev.blockLines < MAX_FORM_LINES ? prev : undefined;
    const item = LIST_ITEM.test(line);
    // Two items of one list are siblings, not a heading over its detail: a name-shaped item
    // ("- Estatus de Protección Temporal (TPS)") gives no identity to the item after it
    // ("- Asilo y admisión de refugiados"), nor a claim item to a name after it. Labelled
    // items ("- Name: …", "- Credible fear: …") are a form's lines and still do.
    if (prev && !(item && prev.bareItem())) {
      if (lineClaim && !lineIdentity && (prev.identity() || block?.blockIdentity())) this.add('prose.protection-claim', where, lineNo, 1);
      else if (prev.claim && !prev.linked && !lineClaim && (lineNumbers > 0 || namesPrivatePerson(line)))
        this.add('prose.protection-claim', where, lineNo, 1);
      if (lineDob && !lineDobLinked && (prev.identity() || block?.blockIdentity())) this.add('prose.name-birthdate', where, lineNo, 1);
      else if (prev.dob && !lineDob && (namesPrivatePerson(line) || nameLine(line))) this.add('prose.name-birthdate', where, lineNo, 1);
    }
    const text = short ? line : '';
    let identityMemo: boolean | undefined = short ? (lineIdentity || lineNumbers > 0 ? true : undefined) : false;
    const identity = () => (identityMemo ??= namesPrivatePerson(text) || nameLine(text));
    let blockMemo: boolean | undefined;
    this.previous = {
      key,
      short,
      claim: lineClaim,
      linked: lineClaim && lineIdentity,
      identity,
      formLine,
      blockIdentity: () => (blockMemo ??= identity() || (block?.blockIdentity() ?? false)),
      dob: lineDob && !lineDobLinked,
      blockLines: block ? block.blockLines + 1 : 1,
      bareItem: () => item && !(LABEL_LINE.test(line) && line.length <= FORM_LINE_MAX),
      line: lineNo,
    };
  }

  private add(rule: RuleId, where: ProseLocation, line: number | undefined, count: number): void {
    const key = `${rule}\u0000${placeKey(where)}`;
    let t = this.tallies.get(key);
    if (!t) {
      const location: Location = { surface: where.surface };
      if (where.entry !== undefined) location.entry = where.entry;
      if (where.sheet !== undefined) location.sheet = safePlace(where.sheet);
      if (where.sheetState !== undefined) location.sheetState = where.sheetState;
      if (where.page !== undefined) location.page = where.page;
      t = { rule, location, count: 0 };
      this.tallies.set(key, t);
    }
    t.count += count;
    if (line !== undefined) {
      if (t.first === undefined || line < t.first) t.first = line;
      if (t.last === undefined || line > t.last) t.last = line;
    }
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    for (const t of this.tallies.values()) {
      const location: Location = { ...t.location };
      if (t.first !== undefined && t.last !== undefined) location.lines = { first: t.first, last: t.last };
      out.push({
        rule: t.rule,
        severity: severityFor(t.rule, this.options.severityOverrides ?? {}),
        message: describeFinding(t.rule, location, t.count, 'occurrences'),
        location,
        count: t.count,
        fingerprint: fingerprint(this.path, t.rule, location),
      });
    }
    return out;
  }
}

function placeKey(where: ProseLocation): string {
  return [where.surface, where.entry ?? '', where.sheet ?? '', where.page ?? ''].join('\u0000');
}
