/**
 * Jupyter notebooks (.ipynb): each cell under the entry `cell N`. Code cells are source code in
 * the notebook's language (strings and comments as prose, data literals as tables); Markdown
 * and raw cells go through the Markdown reader (pipe tables are tables). Outputs are what a
 * notebook publishes: printed text (stream, text/plain, errors) and HTML and Markdown outputs
 * are read as the files they are (a pandas DataFrame's HTML is a table), JSON outputs are
 * walked like JSON. Images are passed over. A file that is JSON but no notebook is read as JSON.
 */
import { bufferInput } from '../../../scan/input.js';
import { readHtml } from '../html.js';
import { exceedsDepth, parseJsonText, readJson, readWholeText, walkStructured } from '../json.js';
import { readMarkdown } from '../markdown.js';
import { readPlainText as readText } from '../fixed-width.js';
import { ReadError, type ContentSink, type Reader, type ReaderContext, type ReaderInput } from '../../types.js';
import { readSource } from './index.js';
import type { CodeKind } from './languages.js';

const LANGUAGES: Record<string, CodeKind> = {
  python: { language: 'py', jsx: false },
  r: { language: 'r', jsx: false },
  javascript: { language: 'js', jsx: false },
  typescript: { language: 'ts', jsx: false },
  ruby: { language: 'rb', jsx: false },
  sql: { language: 'sql', jsx: false },
};

interface Cell {
  cell_type?: unknown;
  source?: unknown;
  outputs?: unknown;
}

export const readNotebook: Reader = async (input, sink, context) => {
  const text = await readWholeText(input);
  const maxDepth = context.limits.maxNestingDepth;
  if (exceedsDepth(text, maxDepth)) throw new ReadError('too-deep', `the notebook nests deeper than ${maxDepth} levels`);
  const nb = parseJsonText(text) as { cells?: unknown; metadata?: Record<string, unknown> } | undefined;
  if (!nb || typeof nb !== 'object' || !Array.isArray(nb.cells)) {
    await readJson(input, sink, context);
    return;
  }
  const kind = notebookLanguage(nb.metadata);
  const cells = nb.cells as unknown[];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell || typeof cell !== 'object') continue;
    const { cell_type: type, source, outputs } = cell as Cell;
    const entry = innerName(input.entry, `cell ${i + 1}`);
    const code = joined(source);
    if (code.trim()) {
      if (type === 'code') readSource(code, cellLanguage(code, kind), sink, { entry, maxDepth });
      else await readPart(readMarkdown, code, 'cell.md', entry, input, sink, context);
    }
    if (!Array.isArray(outputs)) continue;
    for (let j = 0; j < outputs.length; j++) await readOutput(outputs[j], innerName(entry, `output ${j + 1}`), input, sink, context);
  }
};

function innerName(outer: string | undefined, inner: string): string {
  return outer ? `${outer}!${inner}` : inner;
}

/** Notebook text fields are a string or a list of lines. */
function joined(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join('');
  return '';
}

function notebookLanguage(metadata: Record<string, unknown> | undefined): CodeKind {
  const info = metadata?.language_info as { name?: unknown } | undefined;
  const spec = metadata?.kernelspec as { language?: unknown } | undefined;
  const name = String(info?.name ?? spec?.language ?? 'python').toLowerCase();
  return Object.hasOwn(LANGUAGES, name) ? LANGUAGES[name]! : LANGUAGES.python!;
}

/** `%%sql` and `%%R` cell magics switch the language of one cell. */
function cellLanguage(code: string, kind: CodeKind): CodeKind {
  const magic = /^\s*%%(\w+)/.exec(code);
  if (magic && Object.hasOwn(LANGUAGES, magic[1]!.toLowerCase())) return LANGUAGES[magic[1]!.toLowerCase()]!;
  return kind;
}

async function readOutput(
  output: unknown,
  entry: string,
  container: ReaderInput,
  sink: ContentSink,
  context: ReaderContext,
): Promise<void> {
  if (!output || typeof output !== 'object') return;
  const o = output as { output_type?: unknown; text?: unknown; data?: unknown; ename?: unknown; evalue?: unknown; traceback?: unknown };
  if (o.output_type === 'stream') {
    await readPart(readText, joined(o.text), 'output.txt', entry, container, sink, context);
    return;
  }
  if (o.output_type === 'error') {
    const lines = [o.ename, o.evalue, ...(Array.isArray(o.traceback) ? o.traceback : [])].filter((v): v is string => typeof v === 'string');
    // Tracebacks carry terminal colour codes.
    await readPart(readText, lines.join('\n').replace(/\u001b\[[0-9;]*m/g, ''), 'output.txt', entry, container, sink, context);
    return;
  }
  const data = o.data;
  if (!data || typeof data !== 'object') return;
  const bundle = data as Record<string, unknown>;
  const html = joined(bundle['text/html']);
  if (html.trim()) await readPart(readHtml, html, 'output.html', entry, container, sink, context);
  const markdown = joined(bundle['text/markdown']);
  if (markdown.trim()) await readPart(readMarkdown, markdown, 'output.md', entry, container, sink, context);
  // Plain text beside HTML is the same table printed: read it too (it may show what HTML hides).
  const plain = joined(bundle['text/plain']);
  if (plain.trim()) await readPart(readText, plain, 'output.txt', entry, container, sink, context);
  for (const [type, value] of Object.entries(bundle)) {
    if (!/json$/i.test(type) || value === null || typeof value !== 'object') continue;
    walkStructured(value, sink, { entry, maxDepth: context.limits.maxNestingDepth });
  }
}

/**
 * One part of the notebook read by the reader for its kind, under its entry. Printed text goes
 * through the scan pipeline's nested reading when there is one (so a CSV printed by a cell is
 * read as delimited text); otherwise through the reader given.
 */
async function readPart(
  reader: Reader,
  text: string,
  name: string,
  entry: string,
  container: ReaderInput,
  sink: ContentSink,
  context: ReaderContext,
): Promise<void> {
  const input = bufferInput(Buffer.from(text, 'utf8'), name, container.depth, entry);
  if (reader === readText && context.readNested) {
    await context.readNested({ ...input, depth: container.depth + 1 }, sink);
    return;
  }
  await reader(input, sink, context);
}
