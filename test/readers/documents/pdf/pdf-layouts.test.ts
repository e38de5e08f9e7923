import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/readers/documents/pdf/index.js';
import { expectNoLeak } from '../../../fixtures/canary.js';
import { findingsOf } from '../../../fixtures/detect-reader.js';
import { makePeople, plantedValues } from '../../../fixtures/people.js';
import { makePdf, type PdfText } from './make-pdf.js';

const people = makePeople(14, 17);
const planted = plantedValues(people);
const leaks = (findings: unknown) => expectNoLeak({ findings: JSON.stringify(findings) }, planted);

describe('PDF pages that do not rebuild as a person table', () => {
  it('A-numbers run together with names in one cell: the page is still judged as text', async () => {
    const texts: PdfText[] = [{ x: 30, y: 560, text: 'Matched A-Number / Name', size: 8 }, { x: 250, y: 560, text: 'Country', size: 8 }, { x: 400, y: 560, text: 'Result', size: 8 }];
    people.forEach((p, i) => {
      const y = 545 - i * 13;
      texts.push({ x: 30, y, text: `A${p.aNumber}`, size: 8 }, { x: 76, y, text: p.lastFirst, size: 8 }, { x: 250, y, text: p.nationality, size: 8 }, { x: 400, y, text: p.fearDecision, size: 8 });
    });
    const findings = await findingsOf(readPdf, makePdf([{ texts }]), 'matches.pdf');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.severity === 'high' || f.severity === 'critical')).toBe(true);
    expect(findings.every((f) => f.location.page === 1)).toBe(true);
    leaks(findings);
  });
});
