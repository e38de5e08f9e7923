/**
 * Header normalisation and the English/Spanish header vocabulary per column kind.
 * "ALIEN_FILE_NUMBER", "alienFileNumber", "Alien File #" and "Número A" all normalise to
 * comparable word strings.
 */
import { COLUMN_KINDS, type ColumnKind } from '../core/model.js';

/** Split camelCase, drop accents and punctuation, lower case: "alienFileNo." → "alien file no". */
export function normaliseHeader(text: string): string {
  return text
    .slice(0, 120)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/\bnbr\b|\bnum\b|\bno\b\.?|\bnr\b|\bnumero\b|\bnro\b/g, ' number ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Built-in header words per kind (normalised on load). Exact match after normalisation. */
const SYNONYMS: Partial<Record<ColumnKind, string[]>> = {
  'full-name': [
    'name', 'names', 'full name', 'fullname', 'person name', 'detainee name', 'detainee', 'alien name', 'subject name', 'applicant name',
    'applicant', 'client name', 'client', 'respondent', 'respondent name', 'noncitizen name', 'individual name', 'last first', 'last name first name',
    'name last first', 'nombre', 'nombre completo', 'nombres y apellidos', 'nombre y apellido', 'apellidos y nombres', 'nombre del detenido', 'beneficiary name', 'petitioner name',
  ],
  'given-name': ['first name', 'firstname', 'given name', 'given names', 'forename', 'fname', 'first', 'nombres', 'primer nombre', 'middle name'],
  'family-name': ['last name', 'lastname', 'surname', 'family name', 'lname', 'last', 'apellido', 'apellidos', 'primer apellido', 'segundo apellido'],
  'a-number': [
    'a number', 'anumber', 'a number number', 'alien number', 'alien file number', 'alien file', 'alien registration number', 'alien id', 'alien number number',
    'a file number', 'a file', 'uscis number', 'uscis', 'a', 'anum', 'a num', 'alien reg number', 'registration number', 'numero a', 'number a', 'a number uscis', 'uscis a number',
  ],
  'receipt-number': ['receipt number', 'receipt', 'uscis receipt number', 'case receipt number', 'receipt num', 'numero de recibo'],
  'i94-number': ['i 94', 'i 94 number', 'i94', 'i94 number', 'admission number', 'i 94 admission number', 'admission record number'],
  'sevis-id': ['sevis', 'sevis id', 'sevis number'],
  'subject-id': [
    'eid subject id', 'subject id', 'eid case id', 'case id', 'fin', 'fins', 'fingerprint identification number', 'eid', 'person id', 'detainee id',
    'subject number', 'booking number', 'event number', 'eoir case number', 'ice id',
  ],
  'passport-number': ['passport', 'passport number', 'pasaporte', 'numero de pasaporte', 'travel document number'],
  birthdate: ['birth date', 'birthdate', 'date of birth', 'dob', 'd o b', 'birthday', 'fecha de nacimiento', 'fecha nacimiento', 'f nacimiento', 'nacimiento', 'birth dt', 'birth date time'],
  'birth-year': ['birth year', 'year of birth', 'yob', 'ano de nacimiento', 'anio de nacimiento'],
  age: ['age', 'edad', 'age at book in', 'age at apprehension'],
  nationality: [
    'nationality', 'citizenship', 'citizenship country', 'country of citizenship', 'country of nationality', 'nacionalidad', 'pais de nacionalidad', 'ciudadania',
    'country', 'pais', 'country of origin', 'pais de origen', 'citizenship country code', 'nationality country',
  ],
  'birth-country': ['birth country', 'country of birth', 'pais de nacimiento', 'birth place', 'place of birth', 'lugar de nacimiento', 'birthplace'],
  gender: ['gender', 'sex', 'sexo', 'genero', 'm f'],
  facility: [
    'detention facility', 'facility', 'facility name', 'detention center', 'detention location', 'current facility', 'housing facility', 'centro de detencion',
    'detention facility name', 'facility of detention', 'detention site', 'current detention facility',
  ],
  'facility-code': ['detention facility code', 'facility code', 'detloc', 'det loc', 'detention location code', 'facility id', 'current detloc'],
  'book-in-date': ['book in date', 'book in date time', 'book in', 'booking date', 'book in dt', 'detention book in date', 'stay book in date', 'fecha de ingreso', 'arrest date', 'apprehension date', 'detained date', 'detention date'],
  'book-out-date': ['book out date', 'stay book out date', 'book out date time', 'release date', 'detention release date', 'fecha de salida', 'removal date', 'departure date'],
  'protection-claim': [
    'fear decision', 'fear determination', 'credible fear', 'reasonable fear', 'cf decision', 'rf decision', 'cfi result', 'rfi result', 'cf result', 'rf result', 'fear result',
    'fear claim', 'fear interview result', 'credible fear result', 'credible fear determination', 'reasonable fear determination', 'apso decision', 'uscis fear decision',
    'asylum', 'asylum status', 'asylum claim', 'asylum application', 'asylum decision', 'relief', 'relief sought', 'relief type', 'relief granted', 'claim type', 'protection claim', 'fear decision date',
    'fear decision service date', 'ij decision', 'ij review', 'withholding', 'cat', 'cat claim', 'miedo creible', 'resultado miedo creible', 'asilo', 'solicitud de asilo', 'decision de miedo',
    'i 589', 'i589', 'i 589 filed', 'vawa', 't visa', 'u visa',
  ],
  'case-status': ['case status', 'estado del caso', 'immigration status', 'detention status'],
  'case-category': ['case category', 'case category code', 'categoria del caso', 'case type', 'processing disposition', 'final program', 'lead event type'],
  religion: ['religion', 'religious preference', 'religion preference'],
  ethnicity: ['ethnicity', 'race', 'etnia', 'raza', 'ethnic origin'],
  'marital-status': ['marital status', 'estado civil'],
  address: ['address', 'home address', 'street address', 'direccion', 'residence address', 'mailing address'],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'telefono', 'mobile', 'cell phone'],
  email: ['email', 'e mail', 'email address', 'correo', 'correo electronico'],
  date: ['date', 'fecha'],
  count: ['count', 'total', 'number of', 'cantidad', 'number', 'adp', 'total detained', 'population'],
};

export type HeaderVocabulary = Map<string, ColumnKind>;

/** The built-in vocabulary plus the configured synonyms (later entries win on conflicts). */
export function buildVocabulary(extra: Partial<Record<ColumnKind, string[]>> = {}): HeaderVocabulary {
  const vocab: HeaderVocabulary = new Map();
  for (const [kind, words] of Object.entries(SYNONYMS) as Array<[ColumnKind, string[]]>) {
    for (const word of words) vocab.set(normaliseHeader(word), kind);
  }
  for (const [kind, words] of Object.entries(extra ?? {}) as Array<[ColumnKind, unknown]>) {
    if (!(COLUMN_KINDS as readonly string[]).includes(kind)) continue;
    const list = Array.isArray(words) ? words : typeof words === 'string' ? [words] : [];
    for (const word of list) {
      if (typeof word !== 'string') continue;
      const key = normaliseHeader(word);
      if (key) vocab.set(key, kind);
    }
  }
  return vocab;
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
  [/\b(credible fear|reasonable fear|fear decision|fear determination|fear claim|fear result|miedo creible|miedo razonable|asylum|asilo|withholding|persecution|torture|vawa|t visa|u visa|i 589)\b/, 'protection-claim'],
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

/** The kind a header names, if any. */
export function headerKind(header: string, vocab: HeaderVocabulary): HeaderMatch | undefined {
  const key = normaliseHeader(header);
  if (!key) return undefined;
  const exact = vocab.get(key);
  if (exact) return { kind: exact, exact: true };
  if (key.length > 80) return undefined;
  for (const [re, kind] of CUES) if (re.test(key)) return { kind, exact: false };
  return undefined;
}

/** Whether a header names a date of some kind (so that Excel serial numbers count as dates). */
export function isDateHeader(header: string): boolean {
  const key = normaliseHeader(header);
  return /\b(date|dt|dob|fecha|birth|born|nacimiento|book in|book out|day)\b/.test(key);
}
