/**
 * One reader per format; this table says which reads what. A format with no reader here is
 * either skipped (media) or not-inspected (a risky container the gate cannot open yet).
 */
import type { Reader } from './types.js';
import type { Format } from './sniff.js';
import { readDelimited } from './text/delimited.js';
import { readJson, readNdjson } from './text/json.js';
import { readYaml } from './text/yaml.js';
import { readMarkdown } from './text/markdown.js';
import { readHtml } from './text/html.js';
import { readXml } from './text/xml.js';
import { readText } from './text/text.js';
import { readOds, readXls, readXlsx } from './spreadsheet/index.js';
import { readPdf } from './documents/pdf/index.js';
import { readDocx, readOdt, readPptx } from './documents/office/index.js';
import { readArchive } from './containers/archive/index.js';
import { readOle } from './containers/ole.js';
import { readGzip } from './containers/gzip.js';
import { readTar } from './containers/tar.js';
import { refuseCompressed } from './containers/refused.js';
import { readEmail, readMbox } from './containers/email/index.js';
import { readOfficeOwner } from './documents/office/owner-file.js';

export const READERS: Partial<Record<Format, Reader>> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
  json: readJson,
  ndjson: readNdjson,
  delimited: readDelimited,
  xml: readXml,
  yaml: readYaml,
  xlsx: readXlsx,
  xls: readXls,
  ods: readOds,
  pdf: readPdf,
  docx: readDocx,
  pptx: readPptx,
  odt: readOdt,
  zip: readArchive,
  ole: readOle,
  gzip: readGzip,
  tar: readTar,
  bzip2: refuseCompressed('bzip2'),
  xz: refuseCompressed('xz'),
  '7z': refuseCompressed('7z'),
  rar: refuseCompressed('rar'),
  zstd: refuseCompressed('zstd'),
  lz4: refuseCompressed('lz4'),
  compress: refuseCompressed('compress'),
  email: readEmail,
  mbox: readMbox,
  'office-owner': readOfficeOwner,
};

export function readerFor(format: Format): Reader | undefined {
  return READERS[format];
}
