import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/config/scan-options.js';
import { authorLooksLikePerson, linkIsInternal } from '../../src/detect/observations.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { outputs, rules } from './helpers.js';

describe('document properties and external links', () => {
  it.each(['Jane Smith', 'SMITH, JANE', 'María José Pérez'])('%s names a person', (v) => expect(authorLooksLikePerson(v)).toBe(true));
  it.each(['Microsoft Office User', 'ICE', 'Administrator', 'jsmith', 'User1', 'ERO Custody Management Division', 'Windows User', ''])(
    '%s does not',
    (v) => expect(authorLooksLikePerson(v)).toBe(false),
  );

  it.each([
    'file:///\\\\server\\share\\detention\\roster.xlsx',
    '\\\\ice-fs01\\ERO\\stats.xlsx',
    'C:\\Users\\jdoe\\Desktop\\Book1.xlsx',
    'Book2.xlsx',
    'https://example.gov/data.xlsx',
  ])('%s is an internal link or another workbook', (v) => expect(linkIsInternal(v)).toBe(true));
  it.each(['https://www.ice.gov/detain/detention-management', 'mailto:foia@example.gov', ''])('%s is not', (v) =>
    expect(linkIsInternal(v)).toBe(false),
  );

  it('makes notices that name where, never the value', () => {
    const analyzer = createAnalyzer('stats.xlsx', DEFAULT_DETECT_OPTIONS);
    analyzer.observe({ kind: 'document-author', where: 'docProps/core.xml creator', value: 'Yohana Quispe' });
    analyzer.observe({ kind: 'document-author', where: 'docProps/core.xml lastModifiedBy', value: 'Marisol Ajanel' });
    analyzer.observe({ kind: 'document-author', where: 'docProps/app.xml Company', value: 'ICE' });
    analyzer.observe({
      kind: 'external-link',
      where: 'xl/externalLinks/externalLink1.xml',
      value: 'file:///\\\\fs\\share\\Quispe roster.xlsx',
    });
    const findings = analyzer.finish();
    expect(rules(findings)).toEqual(['metadata.author', 'metadata.external-link']);
    expect(findings.every((f) => f.severity === 'notice')).toBe(true);
    const author = findings.find((f) => f.rule === 'metadata.author')!;
    expect(author.count).toBe(2);
    expect(author.message).toContain('docProps/core.xml creator');
    expectNoLeak(outputs(findings), ['Yohana Quispe', 'Marisol Ajanel', 'Quispe roster', '\\\\fs\\share']);
  });
});
