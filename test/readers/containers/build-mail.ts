/** Builds MIME messages for tests: headers, multiparts, base64 and quoted-printable parts, bombs. */
export interface Part {
  headers: Record<string, string>;
  body: string;
}

let counter = 0;

export function multipart(subtype: string, parts: Part[]): Part {
  const boundary = `b${++counter}_${'='.repeat(3)}x`;
  const body = `${parts.map((p) => `--${boundary}\r\n${headerLines(p.headers)}\r\n${p.body}\r\n`).join('')}--${boundary}--\r\n`;
  return { headers: { 'Content-Type': `multipart/${subtype}; boundary="${boundary}"` }, body };
}

export function attachment(name: string, type: string, data: Buffer): Part {
  const b64 = data.toString('base64').replace(/.{76}/g, '$&\r\n');
  return {
    headers: {
      'Content-Type': `${type}; name="${name}"`,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Content-Transfer-Encoding': 'base64',
    },
    body: b64,
  };
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
}

export function message(headers: Record<string, string>, root: Part): Buffer {
  return Buffer.from(`${headerLines({ ...headers, ...root.headers })}\r\n${root.body}`, 'latin1');
}

export function quotedPrintable(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const piece =
      b === 0x0a
        ? '\r\n'
        : b === 0x3d || b > 126 || (b < 32 && b !== 0x0d)
          ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
          : b === 0x0d
            ? ''
            : String.fromCharCode(b);
    if (piece === '\r\n') line = 0;
    else if (line + piece.length > 72) {
      out += '=\r\n';
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

/** A MIME bomb: multiparts nested `depth` deep, or one multipart with `parts` empty parts. */
export function mimeBomb(options: { depth?: number; parts?: number }): Buffer {
  const head = 'From: a@example.org\r\nMessage-ID: <bomb@x>\r\nSubject: s\r\nMIME-Version: 1.0\r\n';
  if (options.parts) {
    const body = `${'--B\r\nContent-Type: text/plain\r\n\r\nx\r\n'.repeat(options.parts)}--B--\r\n`;
    return Buffer.from(`${head}Content-Type: multipart/mixed; boundary="B"\r\n\r\n${body}`, 'latin1');
  }
  const depth = options.depth ?? 1000;
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += `--L${i}\r\nContent-Type: multipart/mixed; boundary="L${i + 1}"\r\n\r\n`;
    close = `\r\n--L${i}--\r\n${close}`;
  }
  return Buffer.from(
    `${head}Content-Type: multipart/mixed; boundary="L0"\r\n\r\n${open}--L${depth}\r\nContent-Type: text/plain\r\n\r\nx\r\n--L${depth}--${close}`,
    'latin1',
  );
}
