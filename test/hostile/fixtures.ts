/**
 * Clean fixtures of every format the gate reads, each carrying the same synthetic roster, built
 * by code. The hostile corpus and the property test break them in different ways.
 */
import * as XLSXModule from 'xlsx';
import { gzipSync } from 'node:zlib';
import { buildZip } from '../readers/spreadsheet/build-xlsx.js';
import { buildTar } from '../readers/containers/build-tar.js';
import { attachment, message, multipart } from '../readers/containers/build-mail.js';
import { jsRosterModule, minifiedRosterBundle, pythonColumns, rDataFrame, rosterNotebook, sqlInsert } from '../fixtures/code.js';
import { dataUrlRoster, entitySvgRoster } from '../fixtures/embedded.js';
import { makePeople, plantedValues, rosterRows, toCsv, type Person } from '../fixtures/people.js';
import { dataFixtures } from './data-corpus.js';

/** SheetJS's CommonJS build: `CFB` is only on the default export under ESM. */
export const XLSX = ((XLSXModule as unknown as { default?: typeof XLSXModule }).default ?? XLSXModule) as typeof XLSXModule & {
  CFB: {
    utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, data: Buffer): void };
    write(cfb: unknown, options: { type: 'buffer' }): Buffer;
  };
};

export const PEOPLE: readonly Person[] = makePeople(12, 4242);
export const PLANTED: readonly string[] = plantedValues(PEOPLE);
export const ROWS: string[][] = rosterRows(PEOPLE);

export type FixtureFormat =
  | 'csv'
  | 'tsv'
  | 'json'
  | 'ndjson'
  | 'html'
  | 'md'
  | 'xlsx'
  | 'xls'
  | 'ods'
  | 'zip'
  | 'docx'
  | 'pdf'
  | DataFixtureFormat
  | ContainerFixtureFormat
  | CodeFixtureFormat;
/** The data formats' fixtures live in data-corpus.ts. */
export type DataFixtureFormat = 'parquet' | 'arrow' | 'sqlite' | 'rds' | 'dbf';
export type ContainerFixtureFormat = 'gz' | 'tar' | 'tgz' | 'eml';
/** Source code, notebooks and what pages embed (test/fixtures/code.ts, embedded.ts). */
export type CodeFixtureFormat = 'js' | 'min-js' | 'py' | 'r' | 'sql' | 'ipynb' | 'svg-entities' | 'html-embedded';

export interface Fixture {
  format: FixtureFormat;
  /** File name with the honest extension. */
  name: string;
  bytes: Buffer;
}

export const csv = (rows: ReadonlyArray<ReadonlyArray<string>> = ROWS) => Buffer.from(toCsv(rows), 'utf8');

export function tsv(rows: ReadonlyArray<ReadonlyArray<string>> = ROWS): Buffer {
  return Buffer.from(rows.map((r) => r.join('\t')).join('\n') + '\n', 'utf8');
}

function records(rows: ReadonlyArray<ReadonlyArray<string>> = ROWS): Array<Record<string, string>> {
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

export const json = (rows = ROWS) => Buffer.from(JSON.stringify({ records: records(rows) }, null, 1), 'utf8');

export const ndjson = (rows = ROWS) =>
  Buffer.from(
    records(rows)
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
    'utf8',
  );

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function html(rows = ROWS): Buffer {
  const [header, ...body] = rows;
  const tr = (cells: readonly string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return Buffer.from(
    `<!doctype html><html><body><h1>Detainees</h1><table>${tr(header!, 'th')}${body.map((r) => tr(r, 'td')).join('\n')}</table></body></html>\n`,
    'utf8',
  );
}

export function markdown(rows = ROWS): Buffer {
  const [header, ...body] = rows;
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return Buffer.from(`# Detainees\n\n${line(header!)}\n|${header!.map(() => ' --- ').join('|')}|\n${body.map(line).join('\n')}\n`, 'utf8');
}

/** A workbook written by SheetJS. Sheet names may be `__proto__` and friends. */
export function workbook(sheets: Array<{ name: string; rows: unknown[][] }>, bookType: 'xlsx' | 'biff8' | 'ods' = 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  for (const { name, rows } of sheets) {
    // defineProperty: a plain assignment to wb.Sheets['__proto__'] would set its prototype.
    Object.defineProperty(wb.Sheets, name, { value: XLSX.utils.aoa_to_sheet(rows), enumerable: true, writable: true, configurable: true });
    wb.SheetNames.push(name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

export const xlsx = (rows: unknown[][] = ROWS) => workbook([{ name: 'Detainees', rows }]);

/** A zip archive holding a CSV roster. */
export const zip = (rows = ROWS) =>
  buildZip([
    { name: 'exports/roster.csv', data: csv(rows) },
    { name: 'README.txt', data: 'Weekly export.\n' },
  ]);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A gzip-compressed CSV roster. */
export const gz = (rows = ROWS) => gzipSync(csv(rows));

/** A tar archive holding a CSV roster. */
export const tar = (rows = ROWS) =>
  buildTar([
    { name: 'exports/', type: '5' },
    { name: 'exports/roster.csv', data: csv(rows) },
    { name: 'README.txt', data: 'Weekly export.\n' },
  ]);

/** An e-mail with a text body and the roster attached in base64. */
export const eml = (rows = ROWS) =>
  message(
    {
      From: 'Records <records@example.org>',
      To: 'team@example.org',
      Subject: 'Weekly export',
      Date: 'Mon, 28 Nov 2022 09:45:00 -0500',
      'Message-ID': '<1@example.org>',
      'MIME-Version': '1.0',
    },
    multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'See the attached export.' },
      attachment('roster.csv', 'text/csv', csv(rows)),
    ]),
  );

/** A minimal Word document: one table with the roster. */
export function docx(rows = ROWS): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;
  const table = `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Detainees</w:t></w:r></w:p>${table}</w:body></w:document>`;
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: document },
  ]);
}

/** A one-page PDF whose text layer lists the roster, one person per line (WinAnsi text). */
export function pdf(rows = ROWS): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const lines = rows.map((r) => `(${escape(r.join('  '))}) '`).join('\n');
  const content = `BT /F1 6 Tf 20 780 Td 9 TL\n${lines}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** One clean fixture per format. */
export function cleanFixtures(): Fixture[] {
  return [
    { format: 'csv', name: 'roster.csv', bytes: csv() },
    { format: 'tsv', name: 'roster.tsv', bytes: tsv() },
    { format: 'json', name: 'roster.json', bytes: json() },
    { format: 'ndjson', name: 'roster.ndjson', bytes: ndjson() },
    { format: 'html', name: 'roster.html', bytes: html() },
    { format: 'md', name: 'roster.md', bytes: markdown() },
    { format: 'xlsx', name: 'roster.xlsx', bytes: xlsx() },
    { format: 'xls', name: 'roster.xls', bytes: workbook([{ name: 'Detainees', rows: ROWS }], 'biff8') },
    { format: 'ods', name: 'roster.ods', bytes: workbook([{ name: 'Detainees', rows: ROWS }], 'ods') },
    { format: 'zip', name: 'roster.zip', bytes: zip() },
    { format: 'docx', name: 'roster.docx', bytes: docx() },
    { format: 'pdf', name: 'roster.pdf', bytes: pdf() },
    { format: 'gz', name: 'roster.csv.gz', bytes: gz() },
    { format: 'tar', name: 'roster.tar', bytes: tar() },
    { format: 'tgz', name: 'roster.tgz', bytes: gzipSync(tar()) },
    { format: 'eml', name: 'roster.eml', bytes: eml() },
    ...dataFixtures(),
    { format: 'js', name: 'roster.ts', bytes: Buffer.from(jsRosterModule(PEOPLE)) },
    { format: 'min-js', name: 'roster.min.js', bytes: Buffer.from(minifiedRosterBundle(PEOPLE, 'json-parse')) },
    { format: 'py', name: 'roster.py', bytes: Buffer.from(pythonColumns(PEOPLE)) },
    { format: 'r', name: 'roster.R', bytes: Buffer.from(rDataFrame(PEOPLE)) },
    { format: 'sql', name: 'roster.sql', bytes: Buffer.from(sqlInsert(PEOPLE)) },
    { format: 'ipynb', name: 'roster.ipynb', bytes: Buffer.from(rosterNotebook(PEOPLE)) },
    { format: 'svg-entities', name: 'roster.svg', bytes: Buffer.from(entitySvgRoster(PEOPLE, true)) },
    { format: 'html-embedded', name: 'roster.html', bytes: Buffer.from(dataUrlRoster(PEOPLE, 'href')) },
  ];
}
