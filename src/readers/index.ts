/**
 * One reader per format; this table says which reads what. A format with no reader here is
 * either skipped (media) or not-inspected (a risky container the gate cannot open yet).
 *
 * Each entry is a loader (`() => import(...)`): a reader's module, and the libraries behind it
 * (pdf.js, SheetJS, the data-format readers), load only when a file of that format is read.
 * Start-up pays for none of them. A new format is one folder plus one line here.
 */
import type { Reader } from './types.js';
import type { Format } from './sniff.js';
import { loadCode } from './loading.js';

export type ReaderLoader = () => Promise<Reader>;

export const READERS: Partial<Record<Format, ReaderLoader>> = {
  text: async () => (await import('./text/fixed-width.js')).readPlainText,
  code: async () => (await import('./text/code/index.js')).readCode,
  notebook: async () => (await import('./text/code/notebook.js')).readNotebook,
  markdown: async () => (await import('./text/markdown.js')).readMarkdown,
  html: async () => (await import('./text/html.js')).readHtml,
  json: async () => (await import('./text/json.js')).readJson,
  ndjson: async () => (await import('./text/json.js')).readNdjson,
  delimited: async () => (await import('./text/delimited.js')).readDelimited,
  xml: async () => (await import('./text/xml.js')).readXml,
  yaml: async () => (await import('./text/yaml.js')).readYaml,
  xlsx: async () => (await import('./spreadsheet/index.js')).readXlsx,
  xls: async () => (await import('./spreadsheet/index.js')).readXls,
  ods: async () => (await import('./spreadsheet/index.js')).readOds,
  pdf: async () => (await import('./documents/pdf/index.js')).readPdf,
  docx: async () => (await import('./documents/office/index.js')).readDocx,
  pptx: async () => (await import('./documents/office/index.js')).readPptx,
  odt: async () => (await import('./documents/office/index.js')).readOdt,
  zip: async () => (await import('./containers/archive/index.js')).readArchive,
  ole: async () => (await import('./containers/ole.js')).readOle,
  gzip: async () => (await import('./containers/gzip.js')).readGzip,
  tar: async () => (await import('./containers/tar.js')).readTar,
  bzip2: async () => (await import('./containers/bzip2.js')).readBzip2,
  xz: async () => (await import('./containers/refused.js')).refuseCompressed('xz'),
  '7z': async () => (await import('./containers/refused.js')).refuseCompressed('7z'),
  rar: async () => (await import('./containers/refused.js')).refuseCompressed('rar'),
  zstd: async () => (await import('./containers/refused.js')).refuseCompressed('zstd'),
  lz4: async () => (await import('./containers/refused.js')).refuseCompressed('lz4'),
  compress: async () => (await import('./containers/refused.js')).refuseCompressed('compress'),
  email: async () => (await import('./containers/email/index.js')).readEmail,
  mbox: async () => (await import('./containers/email/index.js')).readMbox,
  'office-owner': async () => (await import('./documents/office/owner-file.js')).readOfficeOwner,
  parquet: async () => (await import('./data/parquet.js')).readParquet,
  dbf: async () => (await import('./data/dbf.js')).readDbf,
  sqlite: async () => (await import('./data/sqlite.js')).readSqlite,
  arrow: async () => (await import('./data/arrow.js')).readArrow,
  rdata: async () => (await import('./data/rdata.js')).readRData,
};

const loaded = new Map<Format, Reader>();

/**
 * The reader for a format, loading its module on first use (later calls reuse it). The load
 * goes through loadCode: the file's clock stops while reader code loads.
 */
export function readerFor(format: Format): Reader | undefined {
  const load = Object.hasOwn(READERS, format) ? READERS[format] : undefined;
  if (!load) return undefined;
  return async (input, sink, context) => {
    let reader = loaded.get(format);
    if (!reader) {
      reader = await loadCode(load);
      loaded.set(format, reader);
    }
    return reader(input, sink, context);
  };
}
