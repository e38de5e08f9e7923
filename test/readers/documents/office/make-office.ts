/**
 * Minimal Word, PowerPoint and OpenDocument text packages built in code, shaped like what the
 * real applications write (runs split inside paragraphs, properties elements, mc:AlternateContent
 * with a fallback copy of text boxes, covered cells), zipped with the shared test zip writer.
 */
import { buildZip, type ZipPart } from '../../spreadsheet/build-xlsx.js';

export type Block = { p: string } | { table: string[][] } | { textBox: string[] };

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A run split in two, as Word does after an edit or a spell check. */
function wordRuns(text: string): string {
  const cut = Math.floor(text.length / 2);
  return [text.slice(0, cut), text.slice(cut)]
    .filter(Boolean)
    .map((t) => `<w:r><w:rPr><w:rFonts w:ascii="Calibri"/></w:rPr><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>`)
    .join('');
}

function wordParagraph(text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${wordRuns(text)}</w:p>`;
}

function wordTable(rows: string[][]): string {
  const tr = rows
    .map(
      (r) =>
        `<w:tr><w:trPr/>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr>${wordParagraph(c)}</w:tc>`).join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>${tr}</w:tbl>`;
}

/** A text box inside a paragraph, with the VML fallback copy Word writes next to it. */
function wordTextBox(lines: string[]): string {
  const content = `<w:txbxContent>${lines.map(wordParagraph).join('')}</w:txbxContent>`;
  return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

export function wordBody(blocks: readonly Block[]): string {
  return blocks.map((b) => ('p' in b ? wordParagraph(b.p) : 'table' in b ? wordTable(b.table) : wordTextBox(b.textBox))).join('');
}

function coreProperties(creator?: string, lastModifiedBy?: string): string {
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Report</dc:title>${creator ? `<dc:creator>${xmlEscape(creator)}</dc:creator>` : ''}${lastModifiedBy ? `<cp:lastModifiedBy>${xmlEscape(lastModifiedBy)}</cp:lastModifiedBy>` : ''}</cp:coreProperties>`;
}

export interface DocxSpec {
  body: Block[];
  headers?: Block[][];
  footers?: Block[][];
  footnotes?: string[];
  comments?: Array<{ author: string; text: string }>;
  embeddings?: Array<{ name: string; data: Buffer }>;
  /** Any other parts, by full name. */
  extraParts?: ZipPart[];
  creator?: string;
  lastModifiedBy?: string;
}

export function makeDocx(spec: DocxSpec): Buffer {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: `${XML}<w:document ${W}><w:body>${wordBody(spec.body)}<w:sectPr><w:pgSz w:w="12240"/></w:sectPr></w:body></w:document>`,
    },
  ];
  (spec.headers ?? []).forEach((h, i) => parts.push({ name: `word/header${i + 1}.xml`, data: `${XML}<w:hdr ${W}>${wordBody(h)}</w:hdr>` }));
  (spec.footers ?? []).forEach((f, i) => parts.push({ name: `word/footer${i + 1}.xml`, data: `${XML}<w:ftr ${W}>${wordBody(f)}</w:ftr>` }));
  if (spec.footnotes) {
    const notes = spec.footnotes.map((n, i) => `<w:footnote w:id="${i + 1}">${wordParagraph(n)}</w:footnote>`).join('');
    parts.push({
      name: 'word/footnotes.xml',
      data: `${XML}<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`,
    });
  }
  if (spec.comments) {
    const comments = spec.comments
      .map((c, i) => `<w:comment w:id="${i}" w:author="${xmlEscape(c.author)}" w:initials="X">${wordParagraph(c.text)}</w:comment>`)
      .join('');
    parts.push({ name: 'word/comments.xml', data: `${XML}<w:comments ${W}>${comments}</w:comments>` });
  }
  for (const e of spec.embeddings ?? []) parts.push({ name: `word/embeddings/${e.name}`, data: e.data });
  parts.push(...(spec.extraParts ?? []));
  if (spec.creator || spec.lastModifiedBy)
    parts.push({ name: 'docProps/core.xml', data: coreProperties(spec.creator, spec.lastModifiedBy) });
  return buildZip(parts);
}

const P =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function drawingParagraphs(lines: readonly string[]): string {
  return lines
    .map(
      (l) => `<a:p><a:pPr algn="l"/><a:r><a:rPr lang="en-US" sz="1800"/><a:t>${xmlEscape(l)}</a:t></a:r><a:endParaRPr lang="en-US"/></a:p>`,
    )
    .join('');
}

function slideTable(rows: string[][]): string {
  const tr = rows
    .map(
      (r) =>
        `<a:tr h="370840">${r.map((c) => `<a:tc><a:txBody><a:bodyPr/>${drawingParagraphs([c])}</a:txBody><a:tcPr/></a:tc>`).join('')}</a:tr>`,
    )
    .join('');
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/></p:nvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1"/><a:tblGrid><a:gridCol w="1"/></a:tblGrid>${tr}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
}

export interface SlideSpec {
  title: string;
  bullets?: string[];
  table?: string[][];
  notes?: string[];
  comment?: string;
}

/**
 * Slide parts are named slide1.xml, slide2.xml... in the order given; `order` (0-based indexes)
 * is the order of the show, as after slides were moved (default: as given). Indexes left out
 * of `order` are slide parts the show does not list.
 */
export function makePptx(
  slides: readonly SlideSpec[],
  options: { creator?: string; commentAuthor?: string; order?: number[] } = {},
): Buffer {
  const order = options.order ?? slides.map((_, i) => i);
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    {
      name: 'ppt/presentation.xml',
      data: `${XML}<p:presentation ${P}><p:sldIdLst>${order.map((n) => `<p:sldId id="${256 + n}" r:id="rId${n + 2}"/>`).join('')}</p:sldIdLst></p:presentation>`,
    },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${slides.map((_, i) => `<Relationship Id="rId${i + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${i + 1}.xml"/>`).join('')}</Relationships>`,
    },
  ];
  slides.forEach((s, i) => {
    const n = i + 1;
    const shapes = [
      `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${drawingParagraphs([s.title])}</p:txBody></p:sp>`,
      s.bullets
        ? `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Content 2"/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${drawingParagraphs(s.bullets)}</p:txBody></p:sp>`
        : '',
      s.table ? slideTable(s.table) : '',
    ].join('');
    parts.push({ name: `ppt/slides/slide${n}.xml`, data: `${XML}<p:sld ${P}><p:cSld><p:spTree>${shapes}</p:spTree></p:cSld></p:sld>` });
    const rels: string[] = [];
    if (s.notes) {
      parts.push({
        name: `ppt/notesSlides/notesSlide${n + 10}.xml`,
        data: `${XML}<p:notes ${P}><p:cSld><p:spTree><p:sp><p:txBody>${drawingParagraphs(s.notes)}</p:txBody></p:sp></p:spTree></p:cSld></p:notes>`,
      });
      rels.push(
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide${n + 10}.xml"/>`,
      );
    }
    if (s.comment) {
      parts.push({
        name: `ppt/comments/comment${n}.xml`,
        data: `${XML}<p:cmLst ${P}><p:cm authorId="0" dt="2023-01-01T00:00:00" idx="1"><p:pos x="10" y="10"/><p:text>${xmlEscape(s.comment)}</p:text></p:cm></p:cmLst>`,
      });
      rels.push(
        `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments/comment${n}.xml"/>`,
      );
    }
    if (rels.length)
      parts.push({
        name: `ppt/slides/_rels/slide${n}.xml.rels`,
        data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
      });
  });
  if (options.commentAuthor)
    parts.push({
      name: 'ppt/commentAuthors.xml',
      data: `${XML}<p:cmAuthorLst ${P}><p:cmAuthor id="0" name="${xmlEscape(options.commentAuthor)}" initials="X" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>`,
    });
  if (options.creator) parts.push({ name: 'docProps/core.xml', data: coreProperties(options.creator) });
  return buildZip(parts);
}

const O =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"';

/** An ODF paragraph with a span and a run of spaces written as text:s, as LibreOffice does. */
function odfParagraph(text: string, tag = 'text:p'): string {
  const words = xmlEscape(text).split('  ');
  return `<${tag} text:style-name="P1"><text:span text:style-name="T1">${words.join('<text:s text:c="2"/>')}</text:span></${tag}>`;
}

function odfTable(rows: string[][]): string {
  const tr = rows
    .map(
      (r) =>
        `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${odfParagraph(c)}</table:table-cell>`).join('')}<table:table-cell table:number-columns-repeated="3"/></table:table-row>`,
    )
    .join('');
  return `<table:table table:name="Table1"><table:table-column table:number-columns-repeated="${rows[0]?.length ?? 1}"/>${tr}</table:table>`;
}

export interface OdtSpec {
  heading?: string;
  body: Block[];
  /** A comment (office:annotation) attached to the first paragraph. */
  annotation?: { author: string; text: string };
  header?: string;
  creator?: string;
  encrypted?: boolean;
  /** An embedded ODF spreadsheet object holding this table. */
  embeddedTable?: string[][];
  /** A hyperlink paragraph pointing here. */
  link?: string;
}

export function makeOdt(spec: OdtSpec): Buffer {
  const blocks = spec.body.map((b, i) => {
    if ('table' in b) return odfTable(b.table);
    if ('textBox' in b)
      return `<text:p><draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><draw:text-box>${b.textBox.map((l) => odfParagraph(l)).join('')}</draw:text-box></draw:frame></text:p>`;
    const annotation =
      i === 0 && spec.annotation
        ? `<office:annotation><dc:creator>${xmlEscape(spec.annotation.author)}</dc:creator><dc:date>2023-01-01T00:00:00</dc:date>${odfParagraph(spec.annotation.text)}</office:annotation>`
        : '';
    return odfParagraph(b.p).replace('<text:span', `${annotation}<text:span`);
  });
  const heading = spec.heading ? odfParagraph(spec.heading, 'text:h') : '';
  if (spec.link)
    blocks.push(
      `<text:p><text:a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:type="simple" xlink:href="${xmlEscape(spec.link)}">source</text:a></text:p>`,
    );
  const content = `${XML}<office:document-content ${O}><office:automatic-styles><style:style style:name="P1"/></office:automatic-styles><office:body><office:text>${heading}${blocks.join('')}</office:text></office:body></office:document-content>`;
  const parts: ZipPart[] = [
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
    { name: 'content.xml', data: content },
    {
      name: 'styles.xml',
      data: `${XML}<office:document-styles ${O}><office:styles/><office:master-styles><style:master-page style:name="Standard">${spec.header ? `<style:header>${odfParagraph(spec.header)}</style:header>` : ''}</style:master-page></office:master-styles></office:document-styles>`,
    },
    {
      name: 'META-INF/manifest.xml',
      data: `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${spec.encrypted ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>' : ''}</manifest:file-entry></manifest:manifest>`,
    },
  ];
  if (spec.creator)
    parts.push({
      name: 'meta.xml',
      data: `${XML}<office:document-meta ${O}><office:meta><meta:initial-creator>${xmlEscape(spec.creator)}</meta:initial-creator></office:meta></office:document-meta>`,
    });
  if (spec.embeddedTable) {
    parts.push({
      name: 'Object 1/content.xml',
      data: `${XML}<office:document-content ${O}><office:body><office:spreadsheet>${odfTable(spec.embeddedTable)}</office:spreadsheet></office:body></office:document-content>`,
    });
  }
  return buildZip(parts);
}
