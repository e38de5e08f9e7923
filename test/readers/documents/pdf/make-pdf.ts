/**
 * A minimal PDF writer for fixtures: text runs at x/y positions (Helvetica, WinAnsi), one or
 * more pages, optional Flate-compressed content streams, an optional (fake) encryption
 * dictionary, and image-only pages for "scanned" documents. No external tools.
 */
import { deflateSync } from 'node:zlib';

export interface PdfText {
  x: number;
  /** From the bottom of the page, as PDF measures it. */
  y: number;
  text: string;
  size?: number;
}

export type PdfAnnotation =
  /** A sticky-note comment with its author (/T). */
  | { kind: 'comment'; contents: string; author?: string }
  /** A filled text form field: internal name (/T), tooltip label (/TU), value (/V). */
  | { kind: 'field'; name: string; value: string; label?: string }
  /** A link to a URI (a web page, or a file on a share). */
  | { kind: 'link'; uri: string };

export interface PdfPage {
  texts?: PdfText[];
  annotations?: PdfAnnotation[];
  /** Draw a filled grey image over the page (a scan has an image and no text). */
  image?: boolean;
}

export interface MakePdfOptions {
  flate?: boolean;
  /** Add a Standard-security-handler /Encrypt dictionary with a user password set. */
  encrypt?: boolean;
  width?: number;
  height?: number;
  /** The document information dictionary (/Author, /Title, ...). */
  info?: Record<string, string>;
  /** Files attached to the document (the /EmbeddedFiles name tree). */
  attachments?: Array<{ name: string; data: Buffer }>;
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function pageContent(page: PdfPage, width: number, height: number): string {
  const ops: string[] = [];
  if (page.image) ops.push(`q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`);
  for (const t of page.texts ?? []) {
    ops.push(`BT /F1 ${t.size ?? 10} Tf ${t.x.toFixed(2)} ${t.y.toFixed(2)} Td (${escapePdfString(t.text)}) Tj ET`);
  }
  return ops.join('\n');
}

export function makePdf(pages: PdfPage[], options: MakePdfOptions = {}): Buffer {
  const width = options.width ?? 612;
  const height = options.height ?? 792;
  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dict: string, data: Buffer, flate: boolean): Buffer => {
    const bytes = flate ? deflateSync(data) : data;
    const filter = flate ? ' /Filter /FlateDecode' : '';
    return Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${bytes.length}${filter} >>\nstream\n`, 'latin1'),
      bytes,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  };

  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const image = add(
    stream('/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.alloc(64, 0x80), true),
  );
  const kids: number[] = [];
  const fields: number[] = [];
  for (const page of pages) {
    const content = add(stream('', Buffer.from(pageContent(page, width, height), 'latin1'), options.flate ?? false));
    const resources = `<< /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >>`;
    const annots = (page.annotations ?? []).map((a, i) => {
      const rect = `/Rect [${72 + i * 30} 72 ${92 + i * 30} 92]`;
      if (a.kind === 'link') return add(`<< /Type /Annot /Subtype /Link ${rect} /A << /S /URI /URI (${escapePdfString(a.uri)}) >> >>`);
      if (a.kind === 'comment')
        return add(
          `<< /Type /Annot /Subtype /Text ${rect} /Contents (${escapePdfString(a.contents)})${a.author ? ` /T (${escapePdfString(a.author)})` : ''} >>`,
        );
      const ref = add(
        `<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 ${rect} /T (${escapePdfString(a.name)})${a.label ? ` /TU (${escapePdfString(a.label)})` : ''} /V (${escapePdfString(a.value)}) >>`,
      );
      fields.push(ref);
      return ref;
    });
    const annotsEntry = annots.length ? ` /Annots [${annots.map((r) => `${r} 0 R`).join(' ')}]` : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources ${resources} /Contents ${content} 0 R${annotsEntry} >>`,
      ),
    );
  }
  const acroForm = fields.length ? ` /AcroForm << /Fields [${fields.map((r) => `${r} 0 R`).join(' ')}] >>` : '';
  const attached = (options.attachments ?? []).map(({ name, data }) => {
    const file = add(stream('/Type /EmbeddedFile', data, true));
    return {
      name,
      spec: add(`<< /Type /Filespec /F (${escapePdfString(name)}) /UF (${escapePdfString(name)}) /EF << /F ${file} 0 R >> >>`),
    };
  });
  const names = attached.length
    ? ` /Names << /EmbeddedFiles << /Names [${attached.map((a) => `(${escapePdfString(a.name)}) ${a.spec} 0 R`).join(' ')}] >> >>`
    : '';
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesObj} 0 R${acroForm}${names} >>`, 'latin1');
  const info = options.info
    ? add(
        `<< ${Object.entries(options.info)
          .map(([k, v]) => `/${k} (${escapePdfString(v)})`)
          .join(' ')} >>`,
      )
    : undefined;
  objects[pagesObj - 1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );
  const encrypt = options.encrypt
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : undefined;

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let offset = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ].join('\n');
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  const trailer = `<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>`;
  parts.push(Buffer.from(`${xref}\ntrailer\n${trailer}\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * Lines of prose from the top of a page down, one text run per line. Keep `top` inside the
 * page: pdf.js drops text outside the page's visible box.
 */
export function prosePage(lines: readonly string[], size = 11, top = 720): PdfPage {
  return { texts: lines.map((text, i) => ({ x: 72, y: top - i * size * 1.4, text, size })) };
}

/**
 * A table laid out like a spreadsheet exported to PDF: one text run per cell, columns at fixed
 * x positions wide enough for their longest cell, rows split over pages of `rowsPerPage`.
 * `repeatHeader` repeats the first row at the top of every page (Excel's "print titles").
 */
export function tablePages(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  opts: { size?: number; rowsPerPage?: number; repeatHeader?: boolean; title?: string } = {},
): { pages: PdfPage[]; width: number } {
  const size = opts.size ?? 6;
  const charWidth = size * 0.72;
  const columns = Math.max(...rows.map((r) => r.length));
  const xs: number[] = [];
  let x = 20;
  for (let c = 0; c < columns; c++) {
    xs.push(x);
    x += Math.max(...rows.map((r) => (r[c] ?? '').length)) * charWidth + size * 2;
  }
  const width = Math.ceil(x + 20);
  const rowsPerPage = opts.rowsPerPage ?? 40;
  const [header, ...body] = rows;
  const pages: PdfPage[] = [];
  for (let start = 0; start < Math.max(1, body.length); start += rowsPerPage) {
    const chunk = body.slice(start, start + rowsPerPage);
    const pageRows = start === 0 || opts.repeatHeader ? [header!, ...chunk] : chunk;
    const texts: PdfText[] = [];
    let y = 560;
    if (opts.title && start === 0) {
      texts.push({ x: 20, y: 580, text: opts.title, size: size + 4 });
    }
    for (const row of pageRows) {
      row.forEach((cell, c) => {
        if (cell) texts.push({ x: xs[c]!, y, text: cell, size });
      });
      y -= size * 1.6;
    }
    pages.push({ texts });
  }
  return { pages, width };
}

/**
 * An incremental update, as an editor saves one: the first page's content stream (object 5,
 * see makePdf's numbering) replaced by new text, appended after the original with its own
 * xref section and trailer pointing back at the previous one. The original stays in the file.
 */
export function appendRevision(pdf: Buffer, newTexts: PdfText[]): Buffer {
  const text = pdf.toString('latin1');
  const previousXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1]);
  const content = Buffer.from(pageContent({ texts: newTexts }, 0, 0), 'latin1');
  const body = Buffer.concat([
    Buffer.from(`5 0 obj\n<< /Length ${content.length} >>\nstream\n`, 'latin1'),
    content,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
  const objectAt = pdf.length;
  const xrefAt = objectAt + body.length;
  const tail = `xref\n0 1\n0000000000 65535 f \n5 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size} /Root 1 0 R /Prev ${previousXref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, body, Buffer.from(tail, 'latin1')]);
}
