/**
 * Header normalisation and the English/Spanish header vocabulary per column kind.
 * "ALIEN_FILE_NUMBER", "alienFileNumber", "Alien File #" and "Número A" all normalise to
 * comparable word strings.
 */
import { COLUMN_KINDS, type ColumnKind } from '../core/model.js';
import { normalizeText } from './normalize.js';

/**
 * Abbreviations and run-together words agencies write in headers, expanded token by token:
 * "LNAME", "DetaineeFirstNm", "BKIN_DT", "subj_a_num", "COB", "case.anum".
 */
const EXPAND: Record<string, string> = {
  nm: 'name',
  nme: 'name',
  lname: 'last name',
  fname: 'first name',
  mname: 'middle name',
  lastname: 'last name',
  firstname: 'first name',
  middlename: 'middle name',
  fullname: 'full name',
  givenname: 'given name',
  familyname: 'family name',
  lastnm: 'last name',
  firstnm: 'first name',
  birthdate: 'birth date',
  birthdt: 'birth date',
  dt: 'date',
  dte: 'date',
  bkin: 'book in',
  bookin: 'book in',
  bkout: 'book out',
  bookout: 'book out',
  anum: 'a number',
  anumber: 'a number',
  anbr: 'a number',
  anum9: 'a number',
  alienno: 'alien number',
  aliennumber: 'alien number',
  cob: 'country of birth',
  coc: 'country of citizenship',
  pob: 'place of birth',
  ctry: 'country',
  cntry: 'country',
  citz: 'citizenship',
  nbr: 'number',
  num: 'number',
  no: 'number',
  nr: 'number',
  nro: 'number',
  numero: 'number',
};

/**
 * Header words as tokens: camelCase, snake_case, dotted JSON paths ("person.name.given") and
 * punctuation split; accents dropped (letters of any script kept); abbreviations expanded:
 * "alienFileNo." → "alien file number", "BKIN_DT" → "book in date".
 */
export function normaliseHeader(text: string): string {
  const words = normalizeText(text.slice(0, 120))
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!words) return '';
  return words
    .split(' ')
    .map((w) => EXPAND[w] ?? w.replace(/^(\p{L}{2,})(\d+)$/u, '$1 $2'))
    .join(' ');
}

/** Built-in header words per kind (normalised on load). Exact match after normalisation. */
const SYNONYMS: Partial<Record<ColumnKind, string[]>> = {
  'full-name': [
    'name',
    'names',
    'full name',
    'fullname',
    'person name',
    'detainee name',
    'detainee',
    'alien name',
    'subject name',
    'applicant name',
    'applicant',
    'client name',
    'client',
    'respondent',
    'respondent name',
    'noncitizen name',
    'individual name',
    'last first',
    'last name first name',
    'name last first',
    'name full',
    'full name last first',
    'inmate',
    'inmate name',
    'prisoner name',
    'arrestee name',
    'decedent',
    'decedent name',
    'name of deceased',
    'nom',
    'nom complet',
    'nome',
    'nome completo',
    'фио',
    'ф и о',
    'имя и фамилия',
    'полное имя',
    '姓名',
    '氏名',
    '이름',
    '성명',
    'الاسم',
    'الاسم الكامل',
    'नाम',
    'ስም',
    'nombre',
    'nombre completo',
    'nombres y apellidos',
    'nombre y apellido',
    'apellidos y nombres',
    'nombre del detenido',
    'beneficiary name',
    'petitioner name',
  ],
  'given-name': [
    'name first',
    'name given',
    'name first mi',
    'first name mi',
    'first mi',
    'first middle',
    'first and middle name',
    'prenom',
    'имя',
    'отчество',
    'first name',
    'firstname',
    'given name',
    'given names',
    'forename',
    'fname',
    'first',
    'nombres',
    'primer nombre',
    'middle name',
  ],
  'family-name': [
    'name last',
    'name family',
    'name last suffix',
    'last name suffix',
    'nom de famille',
    'apellido paterno',
    'apellido materno',
    'фамилия',
    'last name',
    'lastname',
    'surname',
    'family name',
    'lname',
    'last',
    'apellido',
    'apellidos',
    'primer apellido',
    'segundo apellido',
  ],
  'a-number': [
    'a number',
    'anumber',
    'a number number',
    'alien registration',
    'alien reg',
    'alien file id',
    'a file id',
    'a number id',
    'alien',
    'alien number',
    'alien file number',
    'alien file',
    'alien registration number',
    'alien id',
    'alien number number',
    'a file number',
    'a file',
    'uscis number',
    'uscis',
    'a',
    'anum',
    'a num',
    'alien reg number',
    'registration number',
    'numero a',
    'number a',
    'a number uscis',
    'uscis a number',
  ],
  'receipt-number': ['receipt number', 'receipt', 'uscis receipt number', 'case receipt number', 'receipt num', 'numero de recibo'],
  'i94-number': ['i 94', 'i 94 number', 'i94', 'i94 number', 'admission number', 'i 94 admission number', 'admission record number'],
  'sevis-id': ['sevis', 'sevis id', 'sevis number'],
  'subject-id': [
    'eid subject id',
    'subject id',
    'eid case id',
    'case id',
    'fin',
    'fins',
    'fingerprint identification number',
    'eid',
    'person id',
    'detainee id',
    'subject number',
    'booking number',
    'event number',
    'eoir case number',
    'ice id',
  ],
  'passport-number': ['passport', 'passport number', 'pasaporte', 'numero de pasaporte', 'travel document number'],
  birthdate: [
    'birth',
    'born',
    'fecha nac',
    'f nac',
    'date de naissance',
    'data de nascimento',
    'дата рождения',
    '出生日期',
    '生年月日',
    '생년월일',
    'تاريخ الميلاد',
    'birth date',
    'birthdate',
    'date of birth',
    'dob',
    'd o b',
    'birthday',
    'fecha de nacimiento',
    'fecha nacimiento',
    'f nacimiento',
    'nacimiento',
    'birth dt',
    'birth date time',
  ],
  'birth-year': ['birth year', 'year of birth', 'yob', 'ano de nacimiento', 'anio de nacimiento'],
  age: ['age', 'edad', 'age at book in', 'age at apprehension'],
  nationality: [
    'nationality',
    'citizenship',
    'citizenship country',
    'country of citizenship',
    'country of nationality',
    'nacionalidad',
    'pais de nacionalidad',
    'ciudadania',
    'country',
    'pais',
    'country of origin',
    'nationalite',
    'гражданство',
    '国籍',
    '국적',
    'الجنسية',
    'pais de origen',
    'citizenship country code',
    'nationality country',
  ],
  'birth-country': [
    'birth country',
    'country of birth',
    'pais de nacimiento',
    'birth place',
    'place of birth',
    'lugar de nacimiento',
    'birthplace',
  ],
  gender: ['gender', 'sex', 'sexo', 'genero', 'm f'],
  facility: [
    'detention facility',
    'facility',
    'facility name',
    'detention center',
    'detention location',
    'current facility',
    'housing facility',
    'centro de detencion',
    'detention facility name',
    'facility of detention',
    'detention site',
    'current detention facility',
  ],
  'facility-code': [
    'detention facility code',
    'facility code',
    'detloc',
    'det loc',
    'detention location code',
    'facility id',
    'current detloc',
  ],
  'book-in-date': [
    'book in date',
    'book in date time',
    'book in',
    'booking date',
    'book in dt',
    'detention book in date',
    'stay book in date',
    'fecha de ingreso',
    'arrest date',
    'apprehension date',
    'detained date',
    'detention date',
  ],
  'book-out-date': [
    'book out date',
    'stay book out date',
    'book out date time',
    'release date',
    'detention release date',
    'fecha de salida',
    'removal date',
    'departure date',
  ],
  'protection-claim': [
    'fear decision',
    'fear determination',
    'credible fear',
    'reasonable fear',
    'cf decision',
    'rf decision',
    'cfi result',
    'rfi result',
    'cf result',
    'rf result',
    'fear result',
    'fear claim',
    'fear interview result',
    'credible fear result',
    'credible fear determination',
    'reasonable fear determination',
    'apso decision',
    'uscis fear decision',
    'asylum',
    'asylum status',
    'asylum claim',
    'asylum application',
    'asylum decision',
    'relief',
    'relief sought',
    'relief type',
    'relief granted',
    'claim type',
    'protection claim',
    'fear decision date',
    'fear decision service date',
    'ij decision',
    'ij review',
    'withholding',
    'cat',
    'cat claim',
    'miedo creible',
    'resultado miedo creible',
    'asilo',
    'solicitud de asilo',
    'decision de miedo',
    'i 589',
    'i589',
    'i 589 filed',
    'vawa',
    't visa',
    'u visa',
    'cfi',
    'rfi',
    'cf',
    'rf',
    'fear',
    'fear outcome',
    'cfi outcome',
    'cfi decision',
    'cfi determination',
    'rfi decision',
    'rfi determination',
    'credible fear outcome',
    'credible fear decision',
    'withholding of removal',
    'convention against torture',
    'cat outcome',
    'cat decision',
    'asylum outcome',
    'asylum granted',
    'asylum result',
    'withholding outcome',
    'withholding result',
    'cat result',
  ],
  'case-status': ['case status', 'estado del caso', 'immigration status', 'detention status'],
  'case-category': [
    'case category',
    'case category code',
    'categoria del caso',
    'case type',
    'processing disposition',
    'final program',
    'lead event type',
  ],
  religion: ['religion', 'religious preference', 'religion preference'],
  ethnicity: ['ethnicity', 'race', 'etnia', 'raza', 'ethnic origin'],
  'marital-status': ['marital status', 'estado civil'],
  address: ['address', 'home address', 'street address', 'direccion', 'residence address', 'mailing address'],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'telefono', 'mobile', 'cell phone'],
  email: ['email', 'e mail', 'email address', 'correo', 'correo electronico'],
  date: ['date', 'fecha'],
  // Ordinary header words that hold no kind of their own: known to be headers (so they may be
  // shown in a finding), judged by their values.
  other: [
    'notes',
    'note',
    'comments',
    'comment',
    'misc',
    'miscellaneous',
    'remarks',
    'reference',
    'ref',
    'description',
    'details',
    'type',
    'category',
    'status',
    'code',
    'id',
    'file',
    'file name',
    'filename',
    'document',
    'documents',
    'link',
    'url',
    'source',
    'title',
    'location',
    'city',
    'state',
    'zip',
    'zip code',
    'county',
    'region',
    'office',
    'field office',
    'aor',
    'program',
    'value',
    'values',
    'label',
    'item',
    'field',
    'column',
    'key',
    'slug',
    'path',
    'text',
    'summary',
    'observaciones',
    'comentarios',
    'notas',
    'ciudad',
    'estado',
    'tipo',
    'result',
    'decision',
    'determination',
    'outcome',
    'disposition',
  ],
  count: ['count', 'total', 'number of', 'cantidad', 'number', 'adp', 'total detained', 'population'],
};

/** Read-only: analyzers without configured words share the built-in one. */
export type HeaderVocabulary = ReadonlyMap<string, ColumnKind>;

/**
 * The built-in synonyms normalised: once per process, not once per file (some 400
 * normalisations, a millisecond or two per file of a site audit), and shared by every analyzer
 * without configured words.
 */
let builtIn: HeaderVocabulary | undefined;
function builtInVocabulary(): HeaderVocabulary {
  if (!builtIn) {
    const vocab = new Map<string, ColumnKind>();
    for (const [kind, words] of Object.entries(SYNONYMS) as Array<[ColumnKind, string[]]>) {
      for (const word of words) vocab.set(normaliseHeader(word), kind);
    }
    builtIn = vocab;
  }
  return builtIn;
}

/** The built-in vocabulary plus the configured synonyms (later entries win on conflicts). */
export function buildVocabulary(extra: Partial<Record<ColumnKind, string[]>> = {}): HeaderVocabulary {
  let vocab: Map<string, ColumnKind> | undefined;
  for (const [kind, words] of Object.entries(extra ?? {}) as Array<[ColumnKind, unknown]>) {
    if (!(COLUMN_KINDS as readonly string[]).includes(kind)) continue;
    const list = Array.isArray(words) ? words : typeof words === 'string' ? [words] : [];
    for (const word of list) {
      if (typeof word !== 'string') continue;
      const key = normaliseHeader(word);
      if (!key) continue;
      vocab ??= new Map(builtInVocabulary());
      vocab.set(key, kind);
    }
  }
  return vocab ?? builtInVocabulary();
}

/** Word cues for kinds when the header is not an exact synonym ("Detainee DOB (mm/dd/yyyy)"). */
const CUES: Array<[RegExp, ColumnKind]> = [
  [/\b(a number|alien (file |registration )?number|alien file|uscis number|numero a)\b/, 'a-number'],
  [/\breceipt\b/, 'receipt-number'],
  [/\bi ?94\b/, 'i94-number'],
  [/\bsevis\b/, 'sevis-id'],
  [/\b(subject id|case id|eid|fin)\b/, 'subject-id'],
  [/\b(passport|pasaporte)\b/, 'passport-number'],
  [/\b(birth ?date|date of birth|dob|fecha de nacimiento|nacimiento)\b/, 'birthdate'],
  [/\b(birth year|year of birth|yob)\b/, 'birth-year'],
  [/\b(birth country|country of birth|pais de nacimiento|place of birth)\b/, 'birth-country'],
  [/\b(citizenship|nationality|nacionalidad|ciudadania)\b/, 'nationality'],
  [/\b(detloc|facility code|facility id)\b/, 'facility-code'],
  [
    /\b(credible fear|reasonable fear|fear decision|fear determination|fear claim|fear result|miedo creible|miedo razonable|asylum|asilo|withholding|persecution|torture|vawa|t visa|u visa|i 589)\b/,
    'protection-claim',
  ],
  [/\b(book in|booking date|fecha de ingreso)\b/, 'book-in-date'],
  [/\b(book out|release date)\b/, 'book-out-date'],
  [/\b(first name|given name|nombres?)\b/, 'given-name'],
  [/\b(last name|surname|family name|apellidos?)\b/, 'family-name'],
  [/\b(full name|detainee name|alien name|person name|applicant name|respondent name)\b/, 'full-name'],
  [/\b(gender|sex|sexo|genero)\b/, 'gender'],
  [/\b(case category)\b/, 'case-category'],
  [/\b(detention facility|facility name|centro de detencion)\b/, 'facility'],
  [/\b(religion)\b/, 'religion'],
  [/\b(ethnicity|race)\b/, 'ethnicity'],
  [/\b(marital)\b/, 'marital-status'],
];

export interface HeaderMatch {
  kind: ColumnKind;
  /** Exact synonym (true) or a word cue inside a longer header (false). */
  exact: boolean;
}

/**
 * Leading words that say whose field it is, not what it holds: "inmate_lastname",
 * "detainee_dob", "subj_a_num", "person.name.given", "case.anum", "record.dob". Stripped one by
 * one when the whole header is not a known header; what remains must name an identifying kind.
 */
const OWNER_WORDS = new Set(
  (
    'inmate inmates detainee detainees subj subject subjects person persons people alien aliens respondent respondents applicant applicants client clients ' +
    'defendant offender arrestee prisoner individual noncitizen beneficiary petitioner principal primary booking case cases record records data row rows item items ' +
    'member members passenger traveler traveller decedent deceased child minor juvenile parent spouse dependent current ice eid uscis eoir the of'
  ).split(' '),
);

/** Kinds a header may name after its owner words were stripped (not "number", "date", "count"). */
const STRIPPED_KINDS: ReadonlySet<ColumnKind> = new Set([
  'full-name',
  'given-name',
  'family-name',
  'a-number',
  'receipt-number',
  'i94-number',
  'sevis-id',
  'subject-id',
  'passport-number',
  'birthdate',
  'birth-year',
  'nationality',
  'birth-country',
  'gender',
  'facility',
  'facility-code',
  'book-in-date',
  'book-out-date',
  'protection-claim',
  'religion',
  'ethnicity',
  'marital-status',
  'age',
]);

/** The kind a header names, if any: the whole header, then without its owner words, then word cues. */
export function headerKind(header: string, vocab: HeaderVocabulary): HeaderMatch | undefined {
  const key = normaliseHeader(header);
  if (!key) return undefined;
  const exact = exactKind(key, vocab);
  if (exact) return { kind: exact, exact: true };
  if (key.length > 80) return undefined;
  for (const [re, kind] of CUES) if (re.test(key)) return { kind, exact: false };
  return undefined;
}

/**
 * Whether a header is a known header word exactly: `headerKind(header, vocab)?.exact`, without
 * trying the word cues (for scans of many cells that only count known headers).
 */
export function isExactHeader(header: string, vocab: HeaderVocabulary): boolean {
  const key = normaliseHeader(header);
  return key !== '' && exactKind(key, vocab) !== undefined;
}

/** The kind of a normalised header that is a synonym, or one after owner words ("detainee name"). */
function exactKind(key: string, vocab: HeaderVocabulary): ColumnKind | undefined {
  const exact = vocab.get(key);
  if (exact) return exact;
  if (key.length > 80) return undefined;
  const tokens = key.split(' ');
  while (tokens.length > 1 && OWNER_WORDS.has(tokens[0]!)) {
    tokens.shift();
    const kind = vocab.get(tokens.join(' '));
    if (kind && STRIPPED_KINDS.has(kind)) return kind;
  }
  return undefined;
}

/**
 * Role words that head a column of staff, not of people held: "Officer in Charge", "Warden",
 * "Inspector", "Point of Contact", "Facility Administrator". Names under such a header make a
 * staff directory (a names-only notice at most), whatever stands beside them.
 */
const STAFF_WORDS = new Set(
  (
    'officer officers warden wardens inspector inspectors inspected contact contacts poc manager managers administrator superintendent sheriff director ' +
    'supervisor supervisors chief coordinator liaison representative rep staff employee employees agent agents reviewer reviewers author authors owner ' +
    'prepared approved signed submitted certified reported auditor auditors investigator investigators judge judges attorney attorneys counsel lawyer ' +
    'spokesperson official officials commander captain lieutenant sergeant ombudsman'
  ).split(' '),
);

/** Whether a header names a staff role (the column holds officials' names, not detainees'). */
export function isStaffHeader(header: string): boolean {
  const key = normaliseHeader(header);
  if (!key || key.length > 80) return false;
  return key.split(' ').some((w) => STAFF_WORDS.has(w));
}

/** Nouns of places, bodies and things whose names a "<noun> name" column holds. */
const THING_NOUNS = new Set(
  (
    'site sites hotel hotels venue building property premises place location area region district county city town village country state province street road ' +
    'station school college university hospital clinic company business firm organisation organization org agency office department dept provider vendor ' +
    'operator contractor supplier brand product project program programme scheme service event file document report dataset table sheet column field layer ' +
    'feature source publisher outlet page court route camp centre center accommodation ward constituency authority council facility port airport border ' +
    'crossing sector unit team committee fund grant asset dashboard series indicator measure metric variable'
  ).split(' '),
);

/**
 * A header that names what its names are names of, and it is a place, a body or a thing:
 * "site_name", "hotel name", "Project Name", "area_name". Values under it are that thing's
 * names however person-like their shape ("Crowne Plaza"). A closed list of such nouns, so that
 * a person noun it does not know ("resident_name", "guest name") still reads as people.
 */
export function isThingNameHeader(header: string): boolean {
  const key = normaliseHeader(header);
  if (!key || key.length > 80) return false;
  const tokens = key.split(' ');
  const last = tokens[tokens.length - 1]!;
  if (tokens.length < 2 || !['name', 'names', 'nm', 'nombre'].includes(last)) return false;
  return THING_NOUNS.has(tokens[tokens.length - 2]!);
}

/** Whether a header names a date of some kind (so that Excel serial numbers count as dates). */
export function isDateHeader(header: string): boolean {
  const key = normaliseHeader(header);
  return /\b(date|dt|dob|fecha|birth|born|nacimiento|book in|book out|day)\b/.test(key);
}
