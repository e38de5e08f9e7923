import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { readXml } from '../../../src/readers/text/xml.js';
import { ReadError } from '../../../src/readers/types.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { makePeople, ROSTER_HEADER, rosterRow } from '../../fixtures/people.js';
import { memoryInput, record } from './recording-sink.js';

const people = makePeople(4, 61);

function feed(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>', // 1
    '<export generated="2022-11-28">', // 2
    '  <title>Detention list</title>', // 3
    '  <detainees>', // 4
    ...people.map(
      (p, i) =>
        `    <detainee id="${i + 1}"><name>${p.lastFirst}</name><aNumber>${p.aNumber}</aNumber><dob>${p.birthDate}</dob>${i === 3 ? `<fear>${p.fearDecision}</fear>` : ''}</detainee>`,
    ), // 5-8
    '  </detainees>', // 9
    `  <contact><name>${people[0]!.fullName}</name><phone>555</phone></contact>`, // 10
    '  <codes><code type="A" label="first"/><code type="B" label="second"/></codes>', // 11
    '  <!-- prepared for review -->', // 12
    '</export>',
  ].join('\n');
}

describe('XML reader', () => {
  it('repeated sibling records become a records table with the union of their fields', async () => {
    const { sink, error } = await record(readXml, memoryInput(feed(), 'feed.xml'));
    expect(error).toBeUndefined();
    const detainees = sink.tables.find((t) => t.meta.header?.includes('aNumber'))!;
    expect(detainees.meta).toMatchObject({ shape: 'records', header: ['@id', 'name', 'aNumber', 'dob', 'fear'] });
    expect(detainees.ended).toBe(true);
    expect(detainees.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    const p = people[3]!;
    expect(detainees.rows[3]!.cells).toEqual(['4', p.lastFirst, p.aNumber, p.birthDate, p.fearDecision]);
  });

  it('attribute-only elements are records too', async () => {
    const { sink } = await record(readXml, memoryInput(feed(), 'feed.xml'));
    const codes = sink.tables.find((t) => t.meta.header?.includes('@type'))!;
    expect(codes.rows.map((r) => r.cells)).toEqual([
      ['A', 'first'],
      ['B', 'second'],
    ]);
  });

  it('a lone record, leaf values, attributes and comments are prose with their lines', async () => {
    const { sink } = await record(readXml, memoryInput(feed(), 'feed.xml'));
    const contact = sink.texts.find((t) => t.text.includes(`name: ${people[0]!.fullName}`));
    expect(contact?.where.line).toBe(10);
    expect(contact?.text).toContain('phone: 555');
    expect(sink.texts.find((t) => t.text.includes('title: Detention list'))?.where.line).toBe(3);
    expect(sink.allProse()).toContain('prepared for review');
    expect(sink.allProse()).toContain('export@generated: 2022-11-28');
  });

  it('holds at most a sample before the header is set, and widens it for a later new field', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => (i === 1200 ? `<r><a>${i}</a><b>x</b></r>` : `<r><a>${i}</a></r>`));
    const { sink } = await record(readXml, memoryInput(`<rows>${rows.join('\n')}</rows>`, 'many.xml', 4096));
    expect(sink.tables.map((t) => t.meta.header)).toEqual([['a'], ['a', 'b']]);
    const numbers = sink.tables.flatMap((t) => t.rows.map((r) => r.rowNumber));
    expect(numbers).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
    expect(sink.tables[1]!.rows[0]!.cells).toEqual(['1200', 'x']);
  });

  it('entities declared in a DTD are not expanded, and nesting past the limit is too-deep', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><v>&x;</v></r>';
    const safe = await record(readXml, memoryInput(xxe, 'x.xml'));
    expect(safe.error).toBeUndefined();
    expect(safe.sink.allProse()).not.toContain('root:');
    const depth = DEFAULT_LIMITS.maxNestingDepth + 3;
    const deep = '<a>'.repeat(depth) + '</a>'.repeat(depth);
    const { error } = await record(readXml, memoryInput(deep, 'deep.xml'));
    expect((error as ReadError).kind).toBe('too-deep');
  });

  it('an Excel 2003 XML workbook (SpreadsheetML), even named .xls, is read as lettered grids per sheet', async () => {
    const cell = (v: string, extra = '') => `<Cell${extra}><Data ss:Type="String">${v}</Data></Cell>`;
    const p = people[0]!;
    const q = people[1]!;
    const xml = [
      '<?xml version="1.0"?>',
      '<?mso-application progid="Excel.Sheet"?>',
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
      ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>someone</Author></DocumentProperties>',
      ' <Worksheet ss:Name="Roster"><Table>',
      `  <Row>${ROSTER_HEADER.slice(0, 3)
        .map((h) => cell(h))
        .join('')}</Row>`,
      `  <Row ss:Hidden="1">${rosterRow(p)
        .slice(0, 3)
        .map((v) => cell(v))
        .join('')}</Row>`,
      `  <Row ss:Index="5">${cell(q.lastFirst)}${cell(q.birthDate, ' ss:Index="3"')}<Cell><Data ss:Type="String">x</Data><Comment><ss:Data>note on ${q.aNumber}</ss:Data></Comment></Cell></Row>`,
      ' </Table></Worksheet>',
      ' <Worksheet ss:Name="Totals"><Table><Row>' + cell('Total', ' ss:MergeAcross="1"') + cell('2') + '</Row></Table></Worksheet>',
      '</Workbook>',
    ].join('\n');
    expect(sniffFormat('roster.xls', new Uint8Array(Buffer.from(xml)))).toBe('xml');
    const { sink, error } = await record(readXml, memoryInput(xml, 'roster.xls', 100));
    expect(error).toBeUndefined();
    const grids = sink.tables.filter((t) => t.meta.shape === 'grid');
    expect(grids.map((t) => [t.meta.sheet, t.meta.lettered, t.meta.surface, t.ended])).toEqual([
      ['Roster', true, 'cells', true],
      ['Totals', true, 'cells', true],
    ]);
    expect(grids[0]!.rows.map((r) => [r.rowNumber, r.hidden ?? false])).toEqual([
      [1, false],
      [2, true],
      [5, false],
    ]);
    expect(sink.cells(sink.tables.indexOf(grids[0]!))).toEqual([
      [...ROSTER_HEADER.slice(0, 3)],
      rosterRow(p).slice(0, 3),
      [q.lastFirst, '', q.birthDate, 'x'],
    ]);
    expect(grids[1]!.rows[0]!.cells).toEqual(['Total', undefined, '2']);
    expect(sink.allProse()).toContain(`note on ${q.aNumber}`);
    expect(sink.observations).toEqual([
      { kind: 'document-author', where: 'DocumentProperties Author', entry: undefined, value: 'someone' },
    ]);
  });
});
