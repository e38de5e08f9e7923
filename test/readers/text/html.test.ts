import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { capOpenElements, MAX_OPEN_ELEMENTS, readHtml } from '../../../src/readers/text/html.js';
import { ReadError } from '../../../src/readers/types.js';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { makePeople } from '../../fixtures/people.js';
import { memoryInput, record } from './recording-sink.js';

const people = makePeople(3, 51);

function page(): string {
  const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  return [
    '<!doctype html>', // 1
    '<html><head><title>Weekly report</title>', // 2
    '<style>td { color: red } .secret { }</style>', // 3
    '<script>var greeting = "hello";</script>', // 4
    '<script type="application/json">', // 5
    JSON.stringify({
      rows: [
        { name: b.fullName, dob: b.birthDate },
        { name: c.fullName, dob: c.birthDate },
      ],
    }), // 6
    '</script>', // 7
    '</head><body>', // 8
    `<p>Contact <b>Mar&iacute;a</b> Jos&eacute; at the office.</p>`, // 9
    `<img src="x.png" alt="Photo of ${a.fullName}" data-anumber="${a.aNumber}">`, // 10
    '<table>', // 11
    '  <tr><th>Name</th><th colspan="2">Identifiers</th><th>Fear</th></tr>', // 12
    `  <tr><td>${a.lastFirst}</td><td>${a.aNumber}</td><td>${a.receiptNumber}</td><td>${a.fearDecision}<table><tr><td>inner</td><td>cell</td></tr></table></td></tr>`, // 13
    `  <tr><td>${b.lastFirst}<br>second line</td><td>${b.aNumber}</td></tr>`, // 14
    '</table>', // 15
    '<!-- reviewed by staff -->', // 16
    '<div>Footer</div>', // 17
    '</body></html>',
  ].join('\n');
}

describe('HTML reader', () => {
  it('each table is a grid; colspan leaves empty cells; nested tables are separate; rows by index', async () => {
    const { sink, error } = await record(readHtml, memoryInput(page(), 'report.html'));
    expect(error).toBeUndefined();
    const grids = sink.tables.filter((t) => t.meta.shape === 'grid');
    expect(grids).toHaveLength(2);
    expect(grids.every((t) => t.ended)).toBe(true);
    const [outer, inner] = grids as [(typeof grids)[0], (typeof grids)[0]];
    const a = people[0]!;
    const b = people[1]!;
    expect(outer.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
    expect(outer.rows.map((r) => r.cells)).toEqual([
      ['Name', 'Identifiers', '', 'Fear'],
      [a.lastFirst, a.aNumber, a.receiptNumber, a.fearDecision],
      [`${b.lastFirst} second line`, b.aNumber],
    ]);
    expect(inner.rows.map((r) => r.cells)).toEqual([['inner', 'cell']]);
  });

  it('rows hidden with the hidden attribute or display:none are flagged hidden', async () => {
    const html = '<table><tr><td>a</td></tr><tr hidden><td>b</td></tr><tr style="display: none"><td>c</td></tr><tr><td>d</td></tr></table>';
    const { sink } = await record(readHtml, memoryInput(html, 'h.html'));
    expect(sink.tables[0]!.rows.map((r) => [r.cells[0], r.hidden ?? false])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
      ['d', false],
    ]);
  });

  it('JSON script blocks are read as JSON (records table); other scripts are code (their strings are prose); visible text is prose', async () => {
    const { sink } = await record(readHtml, memoryInput(page(), 'report.html'));
    const records = sink.tables.filter((t) => t.meta.shape === 'records');
    expect(records).toHaveLength(1);
    expect(records[0]!.meta.header).toEqual(['name', 'dob']);
    expect(records[0]!.rows.map((r) => r.cells[0])).toEqual([people[1]!.fullName, people[2]!.fullName]);
    const prose = sink.allProse();
    expect(prose).toContain('hello');
    expect(prose).not.toContain('var greeting');
    expect(prose).toContain('Contact María José at the office.');
    expect(prose).not.toContain('color: red');
    expect(prose).toContain('reviewed by staff');
  });

  it('text-carrying attributes are prose, with the line of their tag', async () => {
    const { sink } = await record(readHtml, memoryInput(page(), 'report.html'));
    const a = people[0]!;
    const chunk = sink.texts.find((t) => t.text.includes(`alt: Photo of ${a.fullName}`))!;
    expect(chunk).toBeDefined();
    expect(chunk.text).toContain(`data-anumber: ${a.aNumber}`);
    const before = chunk.text.slice(0, chunk.text.indexOf('alt: Photo'));
    expect(chunk.where.line! + before.split('\n').length - 1).toBe(10);
    const title = sink.texts.find((t) => t.text.includes('Weekly report'))!;
    expect(title.where.line).toBe(2);
  });

  it('a JSON script block nested too deep fails as too-deep after the page is read', async () => {
    const deep = '['.repeat(DEFAULT_LIMITS.maxNestingDepth + 5) + ']'.repeat(DEFAULT_LIMITS.maxNestingDepth + 5);
    const html = `<p>${people[0]!.fullName}</p><script type="application/ld+json">${deep}</script><p>after</p>`;
    const { sink, error } = await record(readHtml, memoryInput(html, 'deep.html'));
    expect((error as ReadError).kind).toBe('too-deep');
    expect(sink.allProse()).toContain('after');
  });

  it('reads the same across tiny chunks (tags and entities split at seams)', async () => {
    const whole = await record(readHtml, memoryInput(page(), 'a.html'));
    const split = await record(readHtml, memoryInput(page(), 'a.html', 7));
    expect(split.sink.tables.map((t) => t.rows)).toEqual(whole.sink.tables.map((t) => t.rows));
    expect(split.sink.allProse().replace(/\s+/g, ' ')).toEqual(whole.sink.allProse().replace(/\s+/g, ' '));
  });

  it('caps open elements as browsers do, so deep nesting stays linear: beyond the cap each open closes the innermost', () => {
    const closes: boolean[] = [];
    const parser = new Parser({ onclosetag: (_name, implied) => closes.push(implied) });
    capOpenElements(parser);
    parser.write('<div>'.repeat(MAX_OPEN_ELEMENTS + 88));
    // Nothing was closed by the page yet: only the cap closed the 88 innermost.
    expect(closes).toEqual(Array(88).fill(true));
  });

  it('reads text and a roster table after 20,000 nested elements', async () => {
    const [a] = people as [(typeof people)[0]];
    const html = `<html><body>${'<div>'.repeat(20_000)}<p>deep text</p>${'</div>'.repeat(20_000)}<table><tr><th>Name</th><th>A-Number</th></tr><tr><td>${a.lastFirst}</td><td>${a.aNumber}</td></tr></table></body></html>`;
    const { sink, error } = await record(readHtml, memoryInput(html, 'deep.html'));
    expect(error).toBeUndefined();
    expect(sink.allProse()).toContain('deep text');
    expect(sink.tables.map((t) => t.rows.length)).toEqual([2]);
  });
});
