/**
 * YAML, parsed with the `yaml` package's safe core schema: no custom tags are constructed
 * (an unknown tag leaves its value as plain data) and alias expansion is capped against
 * billion-laughs documents. Every document of a stream is walked like JSON: sequences of
 * mappings become 'records' tables, the rest prose with source lines.
 */
import { parseAllDocuments } from 'yaml';
import { readWholeText, textLineFinder, walkStructured } from './json.js';
import { emitProse } from './text.js';
import { isReadError, ReadError, type ContentSink, type Reader } from '../types.js';

/** Alias nodes a document may resolve (the yaml default). */
export const MAX_ALIAS_COUNT = 100;

export const readYaml: Reader = async (input, sink, context) => {
  const text = await readWholeText(input);
  try {
    walkYamlText(text, sink, { entry: input.entry, maxDepth: context.limits.maxNestingDepth, firstLine: 1 });
  } catch (error) {
    // Detection still reads the text as written (aliases unexpanded), and the file fails closed.
    if (isReadError(error)) emitProse(sink, text, { surface: 'text', line: 1, entry: input.entry });
    throw error;
  }
};

export interface YamlTextOptions {
  entry?: string;
  maxDepth: number;
  /** Line of the text's first line in the file (front matter starts at 2). */
  firstLine: number;
}

/** Parse YAML text and walk every document into the sink. Throws only ReadError. */
export function walkYamlText(text: string, sink: ContentSink, options: YamlTextOptions): void {
  const values = parseYaml(text);
  const lines = textLineFinder(text, options.firstLine, (v) => String(v));
  for (const value of values) walkStructured(value, sink, { entry: options.entry, maxDepth: options.maxDepth, lines });
}

function parseYaml(text: string): unknown[] {
  let documents;
  try {
    documents = parseAllDocuments(text, { schema: 'core', prettyErrors: false, uniqueKeys: false, merge: false });
  } catch (error) {
    throw yamlFailure(error);
  }
  const list = Array.isArray(documents) ? documents : [documents];
  const values: unknown[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0) throw new ReadError('corrupt', 'not valid YAML');
    try {
      values.push(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (error) {
      throw yamlFailure(error);
    }
  }
  return values;
}

/** A library failure as a ReadError of our own words (the library's message is dropped). */
function yamlFailure(error: unknown): ReadError {
  if (error instanceof RangeError) return new ReadError('too-deep', 'YAML nests too deeply to parse');
  if (error instanceof ReferenceError) return new ReadError('too-large-decompressed', 'YAML aliases expand past the limit');
  return new ReadError('corrupt', 'not valid YAML');
}
