import { describe, expect, it } from 'vitest';
import { readDocx, readOdt, readPptx } from '../../../../src/readers/documents/office/index.js';
import { isReadError, type ContentSink, type ReaderInput } from '../../../../src/readers/types.js';
import { resolveScanOptions } from '../../../../src/config/scan-options.js';
import { scanFile } from '../../../../src/scan/scan-file.js';
import { makePeople, plantedValues, rosterRows } from '../../../fixtures/people.js';
import { expectNoLeak } from '../../../fixtures/canary.js';
import { buildZip } from '../../spreadsheet/build-xlsx.js';
import { readBuffer, recordingSink, rejection } from '../pdf/recording-sink.js';
import { makeDocx, makeOdt, makePptx } from './make-office.js';

const people = makePeople(8, 31);
const planted = plantedValues(people);
const roster = rosterRows(people);

const POLICY = [
  'Credible fear screening procedures',
  'An asylum officer conducts a credible fear interview when a noncitizen in expedited removal expresses a fear of return.',
  'The officer records the determination on Form I-870 and a supervisory asylum officer reviews every negative determination.',
  'A person found to have a credible fear is referred to an immigration judge for full consideration of the asylum claim.',
];

describe('Word (docx)', () => {
  it('reads a roster table as one grid table whose rows follow the paragraphs before it', async () => {
    const sink = recordingSink();
    await readBuffer(readDocx, makeDocx({ body: [{ p: 'Detainees, week 48' }, { table: roster }] }), 'roster.docx', sink);
    expect(sink.tables).toHaveLength(1);
    const [table] = sink.tables;
    expect(table!.meta).toMatchObject({ surface: 'table', shape: 'grid', entry: undefined });
    expect(table!.rows.map((r) => r.cells)).toEqual(roster);
    expect(table!.rows.map((r) => r.rowNumber)).toEqual(roster.map((_, i) => i + 2));
    expect(sink.texts).toEqual([{ text: 'Detainees, week 48', where: { surface: 'text', line: 1, entry: undefined } }]);
  });

  it('reads a policy on credible-fear procedure as prose only, one line per paragraph (runs joined)', async () => {
    const sink = recordingSink();
    await readBuffer(readDocx, makeDocx({ body: POLICY.map((p) => ({ p })) }), 'policy.docx', sink);
    expect(sink.tables).toEqual([]);
    expect(sink.texts).toHaveLength(1);
    expect(sink.texts[0]!.text.split('\n')).toEqual(POLICY);
    expect(sink.texts[0]!.where).toMatchObject({ surface: 'text', line: 1 });
  });

  it('reads headers, footers, footnotes, comments and text boxes with their surface and part', async () => {
    const [a, b] = people;
    const sink = recordingSink();
    const doc = makeDocx({
      body: [{ p: 'Body text' }, { textBox: [`Call ${a!.fullName}`] }, { p: 'After the box' }],
      headers: [[{ p: `Prepared for ${b!.fullName}` }]],
      footers: [
        [
          {
            table: [
              ['Page', '1'],
              ['Case', b!.aNumber],
            ],
          },
        ],
      ],
      footnotes: [`A-number A${a!.aNumber}`],
      comments: [{ author: 'Reviewer Name', text: `Remove ${a!.lastFirst}` }],
      creator: 'Staff Writer',
      lastModifiedBy: 'Staff Editor',
    });
    await readBuffer(readDocx, doc, 'memo.docx', sink);
    const where = sink.texts.map((t) => [t.where.surface, t.where.entry ?? 'body', t.text]);
    expect(where).toEqual([
      ['text', 'body', ['Body text', `Call ${a!.fullName}`, 'After the box'].join('\n')],
      ['header-footer', 'word/header1.xml', `Prepared for ${b!.fullName}`],
      ['text', 'word/footnotes.xml', `A-number A${a!.aNumber}`],
      ['comments', 'word/comments.xml', `Remove ${a!.lastFirst}`],
    ]);
    expect(sink.tables.map((t) => [t.meta.surface, t.meta.entry, t.rows.length])).toEqual([['header-footer', 'word/footer1.xml', 2]]);
    expect(sink.observations.map((o) => [o.kind, o.where, o.value])).toEqual([
      ['document-author', 'docProps/core.xml creator', 'Staff Writer'],
      ['document-author', 'docProps/core.xml lastModifiedBy', 'Staff Editor'],
      ['document-author', 'word/comments.xml author', 'Reviewer Name'],
    ]);
  });

  it('hands an embedded workbook to readNested with its inner path, one level deeper', async () => {
    const workbook = buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    const nested: Array<Pick<ReaderInput, 'name' | 'entry' | 'depth' | 'size'>> = [];
    const readNested = async (input: ReaderInput, _sink: ContentSink) => {
      nested.push({ name: input.name, entry: input.entry, depth: input.depth, size: input.size });
    };
    const doc = makeDocx({
      body: [{ p: 'See the attached table.' }],
      embeddings: [{ name: 'Microsoft_Excel_Worksheet.xlsx', data: workbook }],
    });
    await readBuffer(readDocx, doc, 'memo.docx', recordingSink(), { readNested });
    expect(nested).toEqual([
      {
        name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx',
        entry: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx',
        depth: 1,
        size: workbook.length,
      },
    ]);
  });

  it('hands imported chunks (altChunk) and custom XML data parts to readNested too', async () => {
    const names: string[] = [];
    const readNested = async (input: ReaderInput) => {
      names.push(String(input.entry));
    };
    const doc = makeDocx({
      body: [{ p: 'Body' }],
      embeddings: [],
      extraParts: [
        { name: 'word/afchunk1.htm', data: '<html><body><table><tr><td>x</td></tr></table></body></html>' },
        { name: 'customXml/item1.xml', data: '<?xml version="1.0"?><form><name>x</name></form>' },
        { name: 'word/theme/theme1.xml', data: '<a:theme/>' },
      ],
    });
    await readBuffer(readDocx, doc, 'memo.docx', recordingSink(), { readNested });
    expect(names.sort()).toEqual(['customXml/item1.xml', 'word/afchunk1.htm']);
  });

  it('observes external relationships (a linked workbook on a file share), not internal ones', async () => {
    const share = 'file:///\\\\server\\share\\Detainees.xlsx';
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${share}" TargetMode="External"/></Relationships>`;
    const sink = recordingSink();
    await readBuffer(
      readDocx,
      makeDocx({ body: [{ p: 'See the source workbook.' }], extraParts: [{ name: 'word/_rels/document.xml.rels', data: rels }] }),
      'memo.docx',
      sink,
    );
    expect(sink.observations.filter((o) => o.kind === 'external-link').map((o) => [o.where, o.value])).toEqual([
      ['external relationship', share],
    ]);
  });

  it('reads the rest and then fails closed when an embedded object cannot be read', async () => {
    const sink = recordingSink();
    const doc = makeDocx({ body: [{ p: 'Body text' }], embeddings: [{ name: 'oleObject1.bin', data: Buffer.alloc(64, 1) }] });
    const error = await rejection(readBuffer(readDocx, doc, 'memo.docx', sink));
    expect(isReadError(error) && error.kind).toBe('unsupported-format');
    expect(sink.texts.map((t) => t.text)).toEqual(['Body text']);
  });

  it('says corrupt for a package without a body and truncated for a cut one, without library text', async () => {
    const noBody = buildZip([{ name: 'word/styles.xml', data: `<w:styles>${people[0]!.fullName}</w:styles>` }]);
    const cut = makeDocx({ body: [{ table: roster }] });
    const errors = [
      await rejection(readBuffer(readDocx, noBody, 'a.docx', recordingSink())),
      await rejection(readBuffer(readDocx, cut.subarray(0, cut.length - 30), 'b.docx', recordingSink())),
    ];
    expect(errors.map((e) => isReadError(e) && e.kind)).toEqual(['corrupt', 'truncated']);
    expectNoLeak({ errors: errors.map(String).join('\n') }, planted);
  });
});

describe('PowerPoint (pptx)', () => {
  it('reads slides with their number, a table on a slide, notes and comments linked to it', async () => {
    const [a] = people;
    const sink = recordingSink();
    const deck = makePptx(
      [
        { title: 'Quarterly numbers', bullets: ['Fear screenings rose', 'Processing times fell'] },
        { title: 'Cases', table: roster.slice(0, 4), notes: [`Mention ${a!.fullName}`], comment: `Check A${a!.aNumber}` },
      ],
      { creator: 'Deck Author', commentAuthor: 'Deck Reviewer' },
    );
    await readBuffer(readPptx, deck, 'deck.pptx', sink);
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta).toMatchObject({ surface: 'table', shape: 'grid', page: 2 });
    expect(sink.tables[0]!.rows.map((r) => r.cells)).toEqual(roster.slice(0, 4));
    expect(sink.texts.map((t) => [t.where.surface, t.where.page, t.where.entry ?? 'slide', t.text])).toEqual([
      ['text', 1, 'slide', 'Quarterly numbers\nFear screenings rose\nProcessing times fell'],
      ['text', 2, 'slide', 'Cases'],
      ['text', 2, 'ppt/notesSlides/notesSlide12.xml', `Mention ${a!.fullName}`],
      ['comments', 2, 'ppt/comments/comment2.xml', `Check A${a!.aNumber}`],
    ]);
    expect(sink.observations.map((o) => [o.where, o.value])).toEqual([
      ['docProps/core.xml creator', 'Deck Author'],
      ['ppt/commentAuthors.xml author', 'Deck Reviewer'],
    ]);
  });
});

describe('PowerPoint slide order', () => {
  it('numbers slides in the order of the show, then reads slide parts the show leaves out', async () => {
    const sink = recordingSink();
    const deck = makePptx([{ title: 'Part one' }, { title: 'Part two' }, { title: 'Part three' }, { title: 'Dropped slide' }], {
      order: [2, 0, 1],
    });
    await readBuffer(readPptx, deck, 'deck.pptx', sink);
    expect(sink.texts.map((t) => [t.where.page, t.text])).toEqual([
      [1, 'Part three'],
      [2, 'Part one'],
      [3, 'Part two'],
      [4, 'Dropped slide'],
    ]);
  });
});

describe('OpenDocument text (odt)', () => {
  it('reads the body, tables, annotations, headers, embedded objects and the author', async () => {
    const [a] = people;
    const sink = recordingSink();
    const doc = makeOdt({
      heading: 'Weekly  report',
      body: [{ p: 'Opening paragraph' }, { table: roster.slice(0, 3) }, { textBox: ['Boxed note'] }, { p: 'Closing' }],
      annotation: { author: 'Annotating Person', text: `Ask ${a!.fullName}` },
      header: 'Internal draft',
      creator: 'Odt Author',
      embeddedTable: roster.slice(0, 2),
    });
    await readBuffer(readOdt, doc, 'report.odt', sink);
    expect(sink.texts.map((t) => [t.where.surface, t.where.entry ?? 'body', t.where.line, t.text])).toEqual([
      ['comments', 'body', 2, `Ask ${a!.fullName}`],
      ['text', 'body', 1, 'Weekly report\nOpening paragraph'],
      ['text', 'body', 6, 'Boxed note\nClosing'],
      ['header-footer', 'styles.xml', 1, 'Internal draft'],
    ]);
    expect(sink.tables.map((t) => [t.meta.surface, t.meta.entry ?? 'body', t.rows.map((r) => r.cells)])).toEqual([
      ['table', 'body', roster.slice(0, 3)],
      ['table', 'Object 1/content.xml', roster.slice(0, 2)],
    ]);
    expect(sink.observations.map((o) => [o.where, o.value])).toEqual([['meta.xml initial-creator', 'Odt Author']]);
  });

  it('observes hyperlinks for detection to judge, and reads the link text as text', async () => {
    const share = 'file:///\\\\server\\share\\roster.xlsx';
    const sink = recordingSink();
    await readBuffer(readOdt, makeOdt({ body: [{ p: 'Intro' }], link: share }), 'links.odt', sink);
    expect(sink.observations.map((o) => [o.kind, o.where, o.value])).toEqual([['external-link', 'link', share]]);
    expect(sink.texts.map((t) => t.text)).toEqual(['Intro\nsource']);
  });

  it('says password-protected for an encrypted package', async () => {
    const error = await rejection(readBuffer(readOdt, makeOdt({ body: [{ p: 'secret' }], encrypted: true }), 'x.odt', recordingSink()));
    expect(isReadError(error) && error.kind).toBe('password-protected');
  });
});

describe('Office documents end to end through scanFile', () => {
  const options = resolveScanOptions();

  it('scans every format, reports failures with plain reasons, and never repeats a value', async () => {
    const [a] = people;
    const files: Array<[string, Buffer]> = [
      [
        'roster.docx',
        makeDocx({
          body: [{ p: 'Detainees' }, { table: roster }],
          comments: [{ author: 'Reviewer Name', text: `Remove ${a!.lastFirst}` }],
          creator: a!.fullName,
        }),
      ],
      ['policy.docx', makeDocx({ body: POLICY.map((p) => ({ p })) })],
      ['deck.pptx', makePptx([{ title: 'Cases', table: roster, notes: [`Call ${a!.fullName}`] }])],
      ['report.odt', makeOdt({ body: [{ table: roster }], annotation: { author: a!.fullName, text: `A${a!.aNumber}` } })],
      ['locked.odt', makeOdt({ body: [{ table: roster }], encrypted: true })],
      ['cut.docx', makeDocx({ body: [{ table: roster }] }).subarray(0, 400)],
    ];
    const results = await Promise.all(files.map(([displayPath, data]) => scanFile({ displayPath, data }, options)));
    expect(results.map((r) => [r.path, r.format, r.status, r.reason])).toEqual([
      ['roster.docx', 'docx', 'scanned', undefined],
      ['policy.docx', 'docx', 'scanned', undefined],
      ['deck.pptx', 'pptx', 'scanned', undefined],
      ['report.odt', 'odt', 'scanned', undefined],
      ['locked.odt', 'odt', 'not-inspected', 'password-protected'],
      ['cut.docx', 'docx', 'not-inspected', 'truncated'],
    ]);
    // The roster blocks wherever it sits; the policy on credible-fear procedure passes.
    const blocking = (i: number) => results[i]!.findings.filter((f) => f.severity === 'high' || f.severity === 'critical');
    expect(blocking(0).length).toBeGreaterThan(0);
    expect(blocking(1)).toEqual([]);
    expect(blocking(2).length).toBeGreaterThan(0);
    expect(blocking(3).length).toBeGreaterThan(0);
    expectNoLeak({ results: JSON.stringify(results) }, planted);
  });
});

describe('hostile Office XML', () => {
  it('does not expand entities, refuses absurd nesting as too-deep, and keeps what it read', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    const deep = '<w:tbl><w:tr><w:tc>'.repeat(20000) + '</w:tc></w:tr></w:tbl>'.repeat(20000);
    // Nesting that real documents have (tables in tables) is read.
    const nested = makeDocx({
      body: [
        {
          table: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
      ],
    });
    await expect(readBuffer(readDocx, nested, 'ok.docx', recordingSink())).resolves.toBeUndefined();
    const body = `${laughs}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Before &c;</w:t></w:r></w:p>${deep}<w:p><w:r><w:t>After</w:t></w:r></w:p></w:body></w:document>`;
    const doc = buildZip([{ name: 'word/document.xml', data: body }]);
    const sink = recordingSink();
    const error = await rejection(readBuffer(readDocx, doc, 'hostile.docx', sink));
    expect(isReadError(error) && error.kind).toBe('too-deep');
    expect(sink.texts.map((t) => t.text)).toEqual(['Before &c;']);
  });
});
