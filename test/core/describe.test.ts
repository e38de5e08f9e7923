import { describe, expect, it } from 'vitest';
import { describeFinding, singular } from '../../src/core/describe.js';
import { columnLetter, displayText } from '../../src/core/safe-text.js';
import { fingerprint } from '../../src/core/fingerprint.js';

describe('finding descriptions', () => {
  it('names sheet, hidden state, columns, count and row range', () => {
    const text = describeFinding(
      'person-record.protection-claim',
      {
        sheet: 'Sheet1',
        sheetState: 'hidden',
        rows: { first: 2, last: 314 },
        columns: [
          { index: 0, letter: 'A', header: 'Name', kind: 'full-name' },
          { index: 5, letter: 'F', header: 'Fear Determination', kind: 'protection-claim' },
        ],
      },
      313,
    );
    expect(text).toBe(
      "Person-level records linked to a protection claim — sheet 'Sheet1' (hidden sheet), columns A 'Name' (name), F 'Fear Determination' (protection claim): 313 person rows (rows 2–314)",
    );
  });

  it('singularises units', () => {
    expect(singular('properties')).toBe('property');
    expect(singular('person rows')).toBe('person row');
    expect(describeFinding('metadata.author', { surface: 'metadata' }, 1, 'properties')).toContain('1 property');
  });

  it('strips control characters and bounds untrusted text', () => {
    expect(displayText('a\u001b[31mb\nc\u202ed')).toBe('a [31mb c d');
    expect(displayText('x'.repeat(100), 10)).toHaveLength(10);
  });

  it('letters columns like a spreadsheet', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('fingerprints by structure, not rows, so a grown roster keeps its waiver', () => {
    const a = fingerprint('data/x.csv', 'person-record.quasi-identifier', {
      rows: { first: 2, last: 10 },
      columns: [{ index: 1, kind: 'a-number' }],
    });
    const b = fingerprint('data/x.csv', 'person-record.quasi-identifier', {
      rows: { first: 2, last: 99 },
      columns: [{ index: 1, kind: 'a-number' }],
    });
    const c = fingerprint('data/y.csv', 'person-record.quasi-identifier', {
      rows: { first: 2, last: 10 },
      columns: [{ index: 1, kind: 'a-number' }],
    });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{24}$/);
  });
});
