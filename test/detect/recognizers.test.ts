import { describe, expect, it } from 'vitest';
import * as R from '../../src/detect/recognizers.js';

describe('A-numbers', () => {
  it.each(['A123456789', 'A-123-456-789', 'A# 012345678', 'A 012 345 678', 'a012345678', 'A12345678', 'A-1234567', 'A#012-345-678'])(
    'accepts the prefixed form %s',
    (v) => {
      expect(R.isPrefixedANumber(v)).toBe(true);
    },
  );
  it.each(['A1234', 'AB123456789', 'A1234567890', 'Annex 12', 'A 12 34 56 78 9', 'ADLNTCA'])('rejects %s as a prefixed A-number', (v) => {
    expect(R.isPrefixedANumber(v)).toBe(false);
  });
  it('accepts bare digits only in the 7–9 digit range (numeric cells lose leading zeros)', () => {
    expect(R.isBareANumber('012345678')).toBe(true);
    expect(R.isBareANumber('12345678')).toBe(true);
    expect(R.isBareANumber('1234567')).toBe(true);
    expect(R.isBareANumber('123-456-789')).toBe(true);
    expect(R.isBareANumber('123456')).toBe(false);
    expect(R.isBareANumber('1234567890')).toBe(false);
    expect(R.isBareANumber('12345678a')).toBe(false);
  });
  it('keeps the strict nine-digit form for headerless columns', () => {
    expect(R.isNineDigits('012345678')).toBe(true);
    expect(R.isNineDigits('12345678')).toBe(false);
    expect(R.isNineDigits('(555) 123-4567')).toBe(false);
  });
});

describe('other immigration numbers', () => {
  it.each(['EAC2212345678', 'EAC-22-123-45678', 'WAC2190012345', 'IOE0912345678', 'lin2212345678', 'MSC 22 123 45678'])(
    'accepts the receipt number %s',
    (v) => {
      expect(R.isReceiptNumber(v)).toBe(true);
    },
  );
  it.each(['ABC2212345678', 'EAC221234567', 'EAC22123456789', 'EACH123456789'])('rejects %s as a receipt number', (v) => {
    expect(R.isReceiptNumber(v)).toBe(false);
  });
  it('I-94: nine digits, a letter, a digit; eleven digits only as a separate shape', () => {
    expect(R.isI94('123456789A1')).toBe(true);
    expect(R.isI94('12345678901')).toBe(false);
    expect(R.isElevenDigits('12345678901')).toBe(true);
    expect(R.isI94('A23456789A1')).toBe(false);
  });
  it('SEVIS: N and ten digits', () => {
    expect(R.isSevisId('N0012345678')).toBe(true);
    expect(R.isSevisId('N001234567')).toBe(false);
    expect(R.isSevisId('M0012345678')).toBe(false);
  });
});

describe('dates', () => {
  it.each([
    '1985-03-02',
    '1985-03-02T00:00:00.000Z',
    '03/02/1985',
    '3/2/85',
    '02.03.1985',
    '19850302',
    '2 Mar 1985',
    '02-MAR-85',
    'March 2, 1985',
    'Mar. 2 1985',
    '2 de marzo de 1985',
  ])('reads %s as a date', (v) => {
    expect(R.isDateText(v)).toBe(true);
  });
  it.each(['13/13/1985', '1985-13-01', '123456', 'FY2021', 'Level A', '2021', '1,234'])('rejects %s', (v) => {
    expect(R.isDateText(v)).toBe(false);
  });
  it('takes JS Date cells and Excel serial numbers', () => {
    expect(R.isDateCell(new Date(Date.UTC(1985, 2, 2)), '')).toBe(true);
    expect(R.isDateCell(new Date(NaN), '')).toBe(false);
    expect(R.isExcelSerialDate(31108, '31108')).toBe(true);
    expect(R.isExcelSerialDate(-5, '-5')).toBe(false);
  });
});

describe('person names', () => {
  it.each([
    'Marisol Quispe',
    'QUISPE, MARISOL',
    'Ramírez-Oxlaj, José Luis',
    'María José de la Cruz',
    'Jean-Baptiste Saint-Fleur',
    'Nadège Camara',
    'Coc Tiul, Wilmer',
    "D'Souza, Priya",
    'J. Smith Baptiste',
  ])('accepts %s', (v) => {
    expect(R.isPersonName(v)).toBe(true);
  });
  it.each([
    'STEWART DETENTION CENTER',
    'ADELANTO ICE PROCESSING CENTER',
    'KROME NORTH SERVICE PROCESSING CENTER',
    'CHINA, PEOPLES REPUBLIC OF',
    'KOREA, SOUTH',
    'El Salvador',
    'GEO Group Inc.',
    'Department of Homeland Security',
    'Alien File Number',
    'Birth Date',
    'Fear Decision',
    'March April',
    'Total',
    'Meets Standard',
    'Single Adult',
    'Female/Male',
    'marisol quispe',
    'Level A',
    'ICE Threat Level 1',
  ])('rejects %s', (v) => {
    expect(R.isPersonName(v)).toBe(false);
  });
  it('tells comma form and known given names apart', () => {
    expect(R.nameShape('QUISPE, MARISOL')).toEqual({ ok: true, comma: true, known: true });
    expect(R.nameShape('Xicará Tzoc').known).toBe(false);
  });
});

describe('countries, facilities, codes', () => {
  it.each(['GUATEMALA', 'El Salvador', 'CHINA, PEOPLES REPUBLIC OF', 'México', 'guatemalteco', 'Honduran', 'ESTADOS UNIDOS'])(
    'accepts the country or nationality %s',
    (v) => {
      expect(R.isCountry(v)).toBe(true);
    },
  );
  it.each(['Guatemala City', 'Chicago', 'Total'])('rejects %s as a country', (v) => {
    expect(R.isCountry(v)).toBe(false);
  });
  it.each([
    'ADELANTO ICE PROCESSING CENTER',
    'Stewart Detention Center',
    'WINN CORRECTIONAL CENTER',
    'ALBANY COUNTY JAIL',
    'KROME NORTH SERVICE PROCESSING CENTER',
    'Elizabeth Contract Detention Facility',
    'ABILENE HOLD ROOM',
  ])('accepts the facility %s', (v) => {
    expect(R.isFacilityName(v)).toBe(true);
  });
  it('accepts DETLOC codes ending in a state and hold rooms; not any seven letters', () => {
    expect(R.isDetlocCode('ADLNTCA')).toBe(true);
    expect(R.isDetlocCode('STWRTGA')).toBe(true);
    expect(R.isDetlocCode('ABTHOLD')).toBe(true);
    expect(R.isDetlocCode('PENDING')).toBe(false);
    expect(R.isDetlocCode('KRO')).toBe(false);
    expect(R.isShortFacilityCode('KRO')).toBe(true);
  });
});

describe('protection claims', () => {
  it.each([
    'Positive Credible Fear',
    'Negative Reasonable Fear',
    'Persecution Claim Established',
    'Torture Claim Established',
    'Vacated - DHS Decision and Found Reasonable Fear',
    '[8G] Expedited Removal - Credible Fear Referral',
    '[5C] Relief Granted - Withholding of Removal',
    'CFI',
    'Asylum',
    'CAT',
    'T visa',
    'VAWA self-petition',
    'I-589 filed',
    'miedo creíble',
    'Miedo razonable positivo',
    'asilo',
  ])('recognizes %s', (v) => {
    expect(R.isClaimText(v)).toBe(true);
  });
  it.each(['Catalog', 'Expedited Removal (I-860)', 'Notice to Appear (I-862)', 'fearless', 'Bonded Out-IJ'])(
    'does not take %s for a claim',
    (v) => {
      expect(R.isClaimText(v)).toBe(false);
    },
  );
});

describe('values that must not be shown as headers', () => {
  it('flags values and leaves ordinary headers alone', () => {
    expect(R.looksLikeValue('QUISPE, MARISOL')).toBe(true);
    expect(R.looksLikeValue('012345678')).toBe(true);
    expect(R.looksLikeValue('1985-03-02')).toBe(true);
    expect(R.looksLikeValue('GUATEMALA')).toBe(true);
    expect(R.looksLikeValue('Name')).toBe(false);
    expect(R.looksLikeValue('Notes')).toBe(false);
    expect(R.looksLikeValue('Fear Determination')).toBe(false);
  });
});
