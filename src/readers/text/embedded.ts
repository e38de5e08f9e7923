/**
 * What a page carries inside itself: text in CSS `content:` strings (shown by the browser,
 * invisible in the markup) and files in `data:` URLs (href, src, CSS `url()`). The strings are
 * prose; each data: URL is decoded, counted against the file's decompressed-size budget, and
 * read as the nested file it is (`page.html!data: URL 1`), so a roster in a base64 link blocks
 * like the same roster as a file. Images and fonts in data: URLs are passed over by the nested
 * reading (their bytes and declared type agree) as files of their own would be.
 */
import { bufferInput } from '../../scan/input.js';
import { decompressionBudget } from '../containers/archive/budget.js';
import { Failures, innerEntry } from '../containers/archive/nested.js';
import { ReadError, type ContentSink, type ReaderContext, type ReaderInput } from '../types.js';
import { extensionForType } from '../media-types.js';

/** A data: URL found in markup: its text (decoded later) and the line it was on. */
export interface FoundDataUrl {
  url: string;
  line: number;
}

/** data: URLs in an attribute value or a stylesheet (quoted or not, inside url() or bare). */
const DATA_URL = /data:([\w.+-]+\/[\w.+-]+)?((?:;[\w.+-]+=[\w.+-]+)*)(;base64)?,([^"'()\s<>]*)/gi;

export function findDataUrls(text: string, line: number, into: FoundDataUrl[]): void {
  if (!/data:/i.test(text)) return;
  for (const m of text.matchAll(DATA_URL)) into.push({ url: m[0], line });
}

/**
 * The strings of CSS `content:` declarations (`content: "…"`, several strings, `attr()` left
 * out), with CSS escapes (`\41 `, `\"`) decoded.
 */
export function cssContentStrings(css: string): string[] {
  const out: string[] = [];
  const declaration = /(?:^|[;{\s])content\s*:\s*([^;}]*)/gi;
  for (const m of css.matchAll(declaration)) {
    const parts: string[] = [];
    for (const s of m[1]!.matchAll(/"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g)) parts.push(decodeCssEscapes(s[1] ?? s[2] ?? ''));
    const text = parts.join('');
    if (text.trim()) out.push(text);
  }
  return out;
}

function decodeCssEscapes(s: string): string {
  return s.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(\r\n|[\s\S])/g, (_, hex: string | undefined, ch: string | undefined) => {
    if (hex) {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ch === '\n' || ch === '\r\n' ? '' : (ch ?? '');
  });
}

/** The bytes of a data: URL, or undefined when it holds none. */
export function decodeDataUrl(url: string): { bytes: Buffer; type: string } | undefined {
  const m = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w.+-]+=[\w.+-]+)*)(;base64)?,([\s\S]*)$/i.exec(url);
  if (!m) return undefined;
  const type = (m[1] ?? 'text/plain').toLowerCase();
  const payload = m[4] ?? '';
  let bytes: Buffer;
  if (m[3])
    bytes = Buffer.from(
      payload
        .replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
        .replace(/[^A-Za-z0-9+/=_-]/g, ''),
      'base64',
    );
  else {
    // Percent-encoded: undecodable escapes stay as written.
    const parts = payload.split(/(%[0-9a-fA-F]{2})/);
    bytes = Buffer.concat(
      parts.map((p) => (p.length === 3 && p[0] === '%' ? Buffer.from([Number.parseInt(p.slice(1), 16)]) : Buffer.from(p, 'utf8'))),
    );
  }
  return bytes.length ? { bytes, type } : undefined;
}

/**
 * Read every data: URL found in a container as a nested file. The first failure is raised
 * after all are read (a limit on the whole file stops at once).
 */
export async function readDataUrls(
  urls: readonly FoundDataUrl[],
  container: ReaderInput,
  sink: ContentSink,
  context: ReaderContext,
): Promise<void> {
  if (urls.length === 0) return;
  const failures = new Failures();
  const budget = decompressionBudget(context);
  let n = 0;
  for (const found of urls) {
    const decoded = decodeDataUrl(found.url);
    if (!decoded) continue;
    n++;
    budget.spend(decoded.bytes.length);
    const ext = extensionForType(decoded.type) ?? 'bin';
    const label = `data: URL ${n} (line ${found.line})`;
    try {
      if (!context.readNested) throw new ReadError('unsupported-format', 'a file in a data: URL could not be read');
      await context.readNested(
        bufferInput(decoded.bytes, `${label}.${ext}`, container.depth + 1, innerEntry(container.entry, label)),
        sink,
      );
    } catch (error) {
      failures.note(error);
    }
  }
  failures.throwIfAny();
}
