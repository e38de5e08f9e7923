import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../../src/readers/containers/archive/index.js';
import { fileNameText } from '../../../../src/readers/containers/archive/file-name.js';
import { readerFor } from '../../../../src/readers/index.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isReadError, type ContentSink } from '../../../../src/readers/types.js';
import { DEFAULT_LIMITS, resolveScanOptions, type ScanLimits } from '../../../../src/config/scan-options.js';
import { bufferInput } from '../../../../src/scan/input.js';
import { readerContext } from '../../../../src/scan/read-nested.js';
import { scanFile, type ScanParts } from '../../../../src/scan/scan-file.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../../../fixtures/people.js';
import { expectNoLeak } from '../../../fixtures/canary.js';
import { buildZip, type ZipPart } from '../../spreadsheet/build-xlsx.js';
import { xlsx } from '../../../hostile/fixtures.js';
import { recordingSink, rejection, type RecordingSink } from '../../documents/pdf/recording-sink.js';
import { makeDocx } from '../../documents/office/make-office.js';
import { makePdf, tablePages } from '../../documents/pdf/make-pdf.js';

const people = makePeople(10, 99);
const planted = plantedValues(people);
const roster = rosterRows(people);
const csv = Buffer.from(toCsv(roster), 'utf8');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(64)]);

async function readZip(
  data: Buffer,
  limits: Partial<ScanLimits> = {},
  sink: RecordingSink = recordingSink(),
): Promise<{ sink: RecordingSink; error: unknown }> {
  const context = readerContext({ ...DEFAULT_LIMITS, ...limits }, readerFor);
  const error = await rejection(readArchive(bufferInput(data, 'site.zip'), sink, context));
  return { sink, error };
}

/** `depth` archives inside each other, the innermost holding the roster CSV. */
function nestedZip(depth: number): Buffer {
  let data = buildZip([{ name: 'roster.csv', data: csv }]);
  for (let level = depth - 1; level >= 1; level--) data = buildZip([{ name: `level${level + 1}.zip`, data }]);
  return data;
}

const kind = (error: unknown) => (isReadError(error) ? error.kind : error);

describe('zip archives', () => {
  it('reads a CSV roster inside a zip as a table under its entry path, and the entry path as words', async () => {
    const { sink, error } = await readZip(
      buildZip([
        { name: 'exports/roster.csv', data: csv },
        { name: 'README.txt', data: 'Weekly export.\n' },
      ]),
    );
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta.entry).toBe('exports/roster.csv');
    expect(sink.tables[0]!.rows.map((r) => r.cells)).toEqual(roster);
    expect(sink.texts.filter((t) => t.where.surface === 'file-name').map((t) => [t.where.entry, t.text])).toEqual([
      ['exports/roster.csv', 'exports roster csv'],
      ['README.txt', 'README txt'],
    ]);
    expect(sink.texts.find((t) => t.where.surface === 'text')).toMatchObject({ text: 'Weekly export.\n', where: { entry: 'README.txt' } });
  });

  it('names entries of nested archives outer-first (inner.zip!deep/file.csv)', async () => {
    const inner = buildZip([{ name: 'deep/roster.csv', data: csv }]);
    const { sink, error } = await readZip(buildZip([{ name: 'inner.zip', data: inner, stored: true }]));
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['inner.zip!deep/roster.csv']);
  });

  it('reads documents inside an archive with the same readers (PDF, docx)', async () => {
    const { pages, width } = tablePages(roster);
    const { sink, error } = await readZip(
      buildZip([
        { name: 'a/roster.pdf', data: makePdf(pages, { width, height: 612 }) },
        { name: 'b/memo.docx', data: makeDocx({ body: [{ table: roster }] }) },
      ]),
    );
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => [t.meta.entry, t.meta.page, t.rows.length])).toEqual([
      ['a/roster.pdf', 1, roster.length],
      ['b/memo.docx', undefined, roster.length],
    ]);
  });

  it('stops at the depth limit with too-deep, after reading what lies within it', async () => {
    const within = await readZip(nestedZip(3), { maxArchiveDepth: 3 });
    expect(within.error).toBeUndefined();
    expect(within.sink.tables.map((t) => t.meta.entry)).toEqual(['level2.zip!level3.zip!roster.csv']);
    const data = buildZip([
      { name: 'top.csv', data: csv },
      { name: 'deep.zip', data: nestedZip(4) },
    ]);
    const beyond = await readZip(data, { maxArchiveDepth: 3 });
    expect(kind(beyond.error)).toBe('too-deep');
    expect(beyond.sink.tables.map((t) => t.meta.entry)).toEqual(['top.csv']);
  });

  it('refuses more entries than the limit with too-many-entries', async () => {
    const parts: ZipPart[] = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }));
    expect(kind((await readZip(buildZip(parts), { maxArchiveEntries: 5 })).error)).toBe('too-many-entries');
    expect((await readZip(buildZip(parts), { maxArchiveEntries: 6 })).error).toBeUndefined();
  });

  it('stops a decompression bomb with too-large-decompressed, also when the size field lies and inside a nested archive', async () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    const limits = { maxDecompressedSize: 1024 * 1024 };
    const honest = buildZip([{ name: 'bomb.txt', data: zeros }]);
    const lying = buildZip([{ name: 'bomb.txt', data: zeros, declaredSize: 10 }]);
    const nested = buildZip([
      {
        name: 'inner.zip',
        data: buildZip([
          { name: 'a.txt', data: Buffer.alloc(700 * 1024) },
          { name: 'b.txt', data: Buffer.alloc(700 * 1024) },
        ]),
      },
    ]);
    for (const data of [honest, lying, nested]) expect(kind((await readZip(data, limits)).error)).toBe('too-large-decompressed');
  });

  it('reads the other entries, then fails closed with password-protected for an encrypted entry', async () => {
    const { sink, error } = await readZip(
      buildZip([
        { name: 'locked.csv', data: csv, encrypted: true },
        { name: 'open.csv', data: csv },
      ]),
    );
    expect(kind(error)).toBe('password-protected');
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['open.csv']);
  });

  it('passes over images and OS litter, and fails closed on an unknown binary', async () => {
    const appleDouble = Buffer.concat([Buffer.from([0x00, 0x05, 0x16, 0x07]), Buffer.alloc(28, 0)]);
    const finder = Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from('Bud1'), Buffer.alloc(24, 0)]);
    const quiet = await readZip(
      buildZip([
        { name: 'img/photo.png', data: PNG },
        { name: '__MACOSX/._roster.csv', data: appleDouble },
        { name: '.DS_Store', data: finder },
      ]),
    );
    expect(quiet.error).toBeUndefined();
    const binary = await readZip(
      buildZip([
        { name: 'tool.exe', data: Buffer.from([0x4d, 0x5a, 0, 0, 1, 2, 3, 0, 0, 0, 0, 0]) },
        { name: 'roster.csv', data: csv },
      ]),
    );
    expect(kind(binary.error)).toBe('unsupported-format');
    expect(binary.sink.tables.map((t) => t.meta.entry)).toEqual(['roster.csv']);
  });

  it('reads an unknown zip-based container (not Office/ODF) as an archive', async () => {
    const epub = buildZip([
      { name: 'mimetype', data: 'application/epub+zip', stored: true },
      { name: 'OEBPS/roster.csv', data: csv },
    ]);
    const result = await scanFile({ displayPath: 'book.epub', data: epub }, resolveScanOptions());
    expect(result).toMatchObject({ status: 'scanned', format: 'zip' });
  });

  it('scans a file with a very long path, reading the whole path as words', async () => {
    const long = `${'a-very-long-folder-name/'.repeat(180)}roster.csv`;
    const sink = recordingSink();
    const parts: ScanParts = { readerFor, createAnalyzer: () => Object.assign(sink as ContentSink, { finish: () => [] }) };
    const result = await scanFile({ displayPath: long, data: csv }, resolveScanOptions(), parts);
    expect(result).toMatchObject({ path: long, status: 'scanned', format: 'delimited' });
    expect(sink.texts.find((t) => t.where.surface === 'file-name')!.text).toBe(fileNameText(long));
    expect(fileNameText(long).split(' ')).toHaveLength(180 * 5 + 2);
    expect(sink.tables).toHaveLength(1);
  });

  it('keeps a very long entry path whole', async () => {
    const long = `${'nested-folder/'.repeat(40)}roster.csv`;
    const { sink, error } = await readZip(buildZip([{ name: long, data: csv }]));
    expect(error).toBeUndefined();
    expect(sink.tables[0]!.meta.entry).toBe(long);
  });
});

describe('nested inputs through scanFile', () => {
  const options = resolveScanOptions();
  /** The real readers with a recording analyzer, to see what reaches detection end to end. */
  const recordingParts = (sink: RecordingSink): ScanParts => ({
    readerFor,
    createAnalyzer: () => Object.assign(sink as ContentSink, { finish: () => [] }),
  });

  it('reads a workbook embedded in a docx through readNested, under the embedding path', async () => {
    const sink = recordingSink();
    const doc = makeDocx({
      body: [{ p: 'Summary: see the attached workbook.' }],
      embeddings: [{ name: 'Microsoft_Excel_Worksheet1.xlsx', data: xlsx(roster) }],
    });
    const result = await scanFile({ displayPath: 'memo.docx', data: doc }, options, recordingParts(sink));
    expect(result).toMatchObject({ status: 'scanned', format: 'docx' });
    const embedded = sink.tables.filter((t) => t.meta.entry === 'word/embeddings/Microsoft_Excel_Worksheet1.xlsx');
    expect(embedded).toHaveLength(1);
    expect(embedded[0]!.rows.map((r) => r.cells.slice(0, 2))).toEqual(roster.map((r) => r.slice(0, 2)));
  });

  it('scans a zip holding a CSV roster and reports limits as plain not-inspected reasons, without leaking', async () => {
    const ok = await scanFile({ displayPath: 'downloads/site.zip', data: buildZip([{ name: 'exports/roster.csv', data: csv }]) }, options);
    expect(ok).toMatchObject({ status: 'scanned', format: 'zip' });
    // The roster is found, and found under its entry path.
    expect(ok.findings.filter((f) => f.rule.startsWith('person-record.')).map((f) => f.location.entry)).toContain('exports/roster.csv');
    const deep = await scanFile({ displayPath: 'deep.zip', data: nestedZip(6) }, options);
    expect(deep).toMatchObject({ status: 'not-inspected', reason: 'too-deep' });
    const locked = await scanFile(
      { displayPath: 'locked.zip', data: buildZip([{ name: `${people[0]!.lastFirst}.csv`, data: csv, encrypted: true }]) },
      options,
    );
    expect(locked).toMatchObject({ status: 'not-inspected', reason: 'password-protected' });
    expectNoLeak({ results: JSON.stringify([ok, deep, locked]) }, planted);
  });

  it('pushes the file path as words before reading, also for files it skips', async () => {
    const [p] = people;
    const path = `cases/${p!.familyName}_${p!.givenName}_A${p!.aNumber}`;
    for (const [name, data] of [
      [`${path}.pdf`, makePdf([{ texts: [{ x: 72, y: 700, text: 'Notice of hearing' }] }])],
      [`${path}.png`, PNG],
    ] as const) {
      const sink = recordingSink();
      await scanFile({ displayPath: name, data }, options, recordingParts(sink));
      expect(sink.texts.filter((t) => t.where.surface === 'file-name').map((t) => t.text)).toEqual([fileNameText(name)]);
    }
    expect(fileNameText(`${path}.pdf`)).toBe(`cases ${p!.familyName} ${p!.givenName} A${p!.aNumber} pdf`);
  });

  it('gives every nested failure a plain reason and no library text, whatever the file holds', async () => {
    const garbageZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(people.map((p) => p.fullName).join(','))]);
    const badDeflate = buildZip([{ name: 'roster.csv', data: csv }]);
    // Corrupt the compressed bytes of the one entry (after its local header and name).
    badDeflate.fill(0xff, 30 + 'roster.csv'.length, 30 + 'roster.csv'.length + 40);
    const results = await Promise.all([
      scanFile({ displayPath: 'a.zip', data: garbageZip }, options),
      scanFile({ displayPath: 'b.zip', data: badDeflate }, options),
      scanFile({ displayPath: 'c.zip', data: buildZip([{ name: 'inner.zip', data: garbageZip, stored: true }]) }, options),
    ]);
    for (const r of results) expect(r.status).toBe('not-inspected');
    expectNoLeak({ results: JSON.stringify(results) }, planted);
  });
});

describe('telling a zip from an Office package by its entry names', () => {
  it('sniffs a zip holding a workbook or a document as a zip, and the packages themselves as what they are', async () => {
    const { sniffFormat } = await import('../../../../src/readers/sniff.js');
    const book = xlsx(roster);
    const doc = makeDocx({ body: [{ p: 'x' }] });
    // Stored, the inner package's own `xl/` and `word/` names sit in the outer zip's head.
    expect(sniffFormat('site.zip', buildZip([{ name: 'data/book.xlsx', data: book, stored: true }]))).toBe('zip');
    expect(sniffFormat('site.zip', buildZip([{ name: 'data/memo.docx', data: doc, stored: true }]))).toBe('zip');
    expect(sniffFormat('book.bin', book)).toBe('xlsx');
    expect(sniffFormat('memo.bin', doc)).toBe('docx');
    expect(sniffFormat('report.bin', (await import('../../documents/office/make-office.js')).makeOdt({ body: [{ p: 'x' }] }))).toBe('odt');
  });
});

const REAL = '/work/shared/corpus/real';

describe.skipIf(!existsSync(REAL))("ICE's real public files inside an archive and a document", () => {
  it('pass: zipped together, and a real workbook embedded in a docx', async () => {
    const files = readdirSync(REAL).filter((f) => !f.endsWith('.md'));
    const zipped = await scanFile(
      { displayPath: 'real.zip', data: buildZip(files.map((f) => ({ name: `data/${f}`, data: readFileSync(`${REAL}/${f}`) }))) },
      resolveScanOptions(),
    );
    const workbook = files.find((f) => f.endsWith('.xlsx'))!;
    const embedded = await scanFile(
      {
        displayPath: 'real.docx',
        data: makeDocx({ body: [{ p: 'Statistics' }], embeddings: [{ name: 'stats.xlsx', data: readFileSync(`${REAL}/${workbook}`) }] }),
      },
      resolveScanOptions(),
    );
    for (const result of [zipped, embedded]) {
      expect(result.status).toBe('scanned');
      expect(result.findings.filter((f) => f.severity === 'high' || f.severity === 'critical')).toEqual([]);
    }
  });
});
