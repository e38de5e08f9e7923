import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../../src/config/scan-options.js';
import type { FileResult } from '../../../src/core/model.js';
import { blockingCount } from '../../../src/core/verdict.js';
import { cssContentStrings, decodeDataUrl } from '../../../src/readers/text/embedded.js';
import { expandInternalEntities } from '../../../src/readers/text/dtd.js';
import { scanFile } from '../../../src/scan/scan-file.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../../fixtures/people.js';
import { cssContentRoster, dataUrlRoster, entitySvgRoster, iconPage } from '../../fixtures/embedded.js';

const people = makePeople(8, 5150);
const planted = plantedValues(people);
const options = resolveScanOptions();
const blocks = (r: FileResult) => blockingCount(r, { failOn: 'high', notInspectedBlocks: true });
const scan = (name: string, text: string | Buffer, o = options) =>
  scanFile({ displayPath: name, data: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') }, o);

describe('HTML: CSS content strings and data: URLs', () => {
  it('a roster in CSS content: strings blocks', async () => {
    const result = await scan('site/index.html', cssContentRoster(people));
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBeGreaterThan(0);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it.each(['href', 'css-url', 'src'] as const)(
    'a roster CSV in a base64 data: URL (%s) is read as a nested file and blocks',
    async (where) => {
      const result = await scan('site/report.html', dataUrlRoster(people, where));
      expect(blocks(result)).toBeGreaterThan(0);
      expect(result.findings.some((f) => f.location.surface === 'cells' && /data: URL 1/.test(f.location.entry ?? ''))).toBe(true);
      expectNoLeak({ result: JSON.stringify(result) }, planted);
    },
  );

  it('a data: URL larger than the decompressed-size budget is not inspected', async () => {
    const small = resolveScanOptions({ limits: { maxDecompressedSize: 1024 } });
    const result = await scan('site/report.html', dataUrlRoster(people, 'href'), small);
    expect(result.status).toBe('not-inspected');
    expect(result.reason).toBe('too-large-decompressed');
  });

  it('a page with inline fonts, icons and decorative content strings passes', async () => {
    const result = await scan('site/about.html', iconPage());
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBe(0);
  });

  it('decodes CSS escapes and several strings in one content declaration', () => {
    expect(cssContentStrings('a::before{content:"\\41 b" \'c\'} b::after { content: attr(title) }')).toEqual(['Abc']);
  });

  it('decodes base64 and percent-encoded data: URLs', () => {
    expect(decodeDataUrl('data:text/csv;base64,YSxiCjEsMgo=')?.bytes.toString()).toBe('a,b\n1,2\n');
    expect(decodeDataUrl('data:text/plain,a%2Cb%0A')).toEqual({ bytes: Buffer.from('a,b\n'), type: 'text/plain' });
  });
});

describe('SVG (XML) with internal DTD entities', () => {
  it('a roster hidden in entity definitions and referenced in the picture blocks', async () => {
    const result = await scan('img/chart.svg', entitySvgRoster(people, true));
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBeGreaterThan(0);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('entities declared but never referenced are still read', async () => {
    const result = await scan('img/chart.svg', entitySvgRoster(people, false));
    expect(blocks(result)).toBeGreaterThan(0);
  });

  it('an entity bomb is refused, not read partly', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]><svg xmlns="http://www.w3.org/2000/svg"><text>&l9;</text></svg>`;
    const result = await scan('img/bomb.svg', laughs);
    expect(result.status).toBe('not-inspected');
    expect(result.reason).toBe('too-large-decompressed');
  });

  it('parameter entities are refused', async () => {
    const result = await scan(
      'img/p.svg',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY % p "x">]><svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    expect(result.status).toBe('not-inspected');
  });

  it('an ordinary SVG with a public DOCTYPE and a colour entity passes', async () => {
    const svg = `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n<!ENTITY brand "#1a73e8">\n]>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect fill="&brand;" width="120" height="40"/><text x="10" y="25">Detention statistics, FY2023</text></svg>\n`;
    const result = await scan('img/logo.svg', svg);
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBe(0);
  });

  it('expansion keeps lines and reports unused values', () => {
    const out = expandInternalEntities('<!DOCTYPE a [\n<!ENTITY x "one">\n<!ENTITY y "two">\n]>\n<a>&x;</a>', 1000)!;
    expect(out.text.split('\n')).toHaveLength(5);
    expect(out.text).toContain('<a>one</a>');
    expect(out.unused).toEqual([{ value: 'two', line: 3 }]);
  });

  it('the roster CSV itself is unchanged by all this', async () => {
    expect(blocks(await scan('x.csv', toCsv(rosterRows(people))))).toBeGreaterThan(0);
  });
});
