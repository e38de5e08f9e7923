import { describe, expect, it } from 'vitest';
import { buildVocabulary, headerKind, isExactHeader, normaliseHeader } from '../../src/detect/headers.js';

describe('header normalisation and vocabulary', () => {
  it('normalises case, snake_case, camelCase, punctuation, accents and number marks', () => {
    expect(normaliseHeader('ALIEN_FILE_NUMBER')).toBe('alien file number');
    expect(normaliseHeader('alienFileNumber')).toBe('alien file number');
    expect(normaliseHeader('Alien File #')).toBe('alien file number');
    expect(normaliseHeader('A-No.')).toBe('a number');
    expect(normaliseHeader('Número A')).toBe('number a');
    expect(normaliseHeader('  Fecha de Nacimiento ')).toBe('fecha de nacimiento');
  });

  const vocab = buildVocabulary({ 'a-number': ['Expediente'], facility: ['Centro'] });
  it.each([
    ['A-Number', 'a-number'],
    ['USCIS#', 'a-number'],
    ['Alien No', 'a-number'],
    ['alien_file_number', 'a-number'],
    ['Número A', 'a-number'],
    ['Expediente', 'a-number'],
    ['EID Subject ID', 'subject-id'],
    ['Birth Date', 'birthdate'],
    ['DOB', 'birthdate'],
    ['Fecha de nacimiento', 'birthdate'],
    ['Birth Year', 'birth-year'],
    ['citizenship_country', 'nationality'],
    ['Nacionalidad', 'nationality'],
    ['Birth Country', 'birth-country'],
    ['Detention Facility', 'facility'],
    ['Centro', 'facility'],
    ['Detention Facility Code', 'facility-code'],
    ['Book In Date Time', 'book-in-date'],
    ['Stay Book Out Date', 'book-out-date'],
    ['Fear Decision', 'protection-claim'],
    ['Resultado miedo creíble', 'protection-claim'],
    ['Case Category', 'case-category'],
    ['Gender', 'gender'],
    ['Apellidos', 'family-name'],
    ['First Name', 'given-name'],
    ['Detainee Name', 'full-name'],
    ['Detainee DOB (mm/dd/yyyy)', 'birthdate'],
  ])('%s names %s', (header, kind) => {
    expect(headerKind(header, vocab)?.kind).toBe(kind);
  });

  it.each(['Term', 'Definition', 'FY21 ALOS', 'Level A', 'Address Line', 'Notes'].map((h) => [h]))(
    '%s names no identifying kind',
    (header) => {
      const kind = headerKind(header, vocab)?.kind;
      expect(['full-name', 'a-number', 'birthdate', 'protection-claim', 'nationality'].includes(kind ?? '')).toBe(false);
    },
  );
});

describe('isExactHeader', () => {
  const vocab = buildVocabulary({ 'a-number': ['Expediente'] });
  it('says exactly what headerKind(...).exact says: synonyms, owner words, cues, values', () => {
    const samples = [
      ...[...vocab.keys()].flatMap((k) => [k, k.toUpperCase(), `Detainee ${k}`, `Subject_${k.replace(/ /g, '_')}`, `${k} text`]),
      ...['Expediente', 'Detainee Last Name Text', 'Officer in Charge', 'Booking Date Time', 'Positive Credible Fear', 'HONDURAS'],
      ...['AJANEL, MARISOL', '269902870', '1983-05-14', 'Male', '', '  ', '#', 'Nº', 'Alien File #', 'x'.repeat(90)],
    ];
    for (const s of samples) expect(isExactHeader(s, vocab), s).toBe(headerKind(s, vocab)?.exact === true);
  });
});

describe('buildVocabulary', () => {
  it('gives each analyzer its own vocabulary: configured words never reach the next one', () => {
    const plain = buildVocabulary();
    const extended = buildVocabulary({ facility: ['Centro de Retención'], 'a-number': ['Expediente'] });
    expect(extended.get('centro de retencion')).toBe('facility');
    expect(extended.get('expediente')).toBe('a-number');
    const again = buildVocabulary();
    expect(again.has('centro de retencion')).toBe(false);
    expect(again.has('expediente')).toBe(false);
    expect([...again]).toEqual([...plain]);
    // A configured word may also move a built-in one to another kind, for that analyzer only.
    const moved = buildVocabulary({ nationality: ['Birth Country'] });
    expect(moved.get('birth country')).toBe('nationality');
    expect(buildVocabulary().get('birth country')).toBe('birth-country');
  });
});
