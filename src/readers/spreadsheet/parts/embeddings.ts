/**
 * Embedded files (xl/embeddings/*: workbooks, documents, OLE packages) are handed to the
 * pipeline's nested reader with the same sink, so a roster pasted as an object is judged like
 * any file. Without a nested reader there is nothing to hand them to (see the reader's notes).
 */
import { bufferInput } from '../../../scan/input.js';
import type { ContentSink, ReaderContext, ReaderInput } from '../../types.js';
import { partsMatching } from '../xml.js';

export function embeddedParts(files: ReadonlyMap<string, Uint8Array>): string[] {
  return partsMatching(files, /^xl\/embeddings\/[^/]+$/i);
}

export async function pushEmbeddings(
  files: ReadonlyMap<string, Uint8Array>,
  input: Pick<ReaderInput, 'entry' | 'depth' | 'name'>,
  sink: ContentSink,
  context: ReaderContext,
): Promise<number> {
  if (!context.readNested) return 0;
  let handed = 0;
  for (const path of embeddedParts(files)) {
    const data = files.get(path)!;
    if (data.length === 0) continue;
    const entry = input.entry ? `${input.entry}!${path}` : path;
    const nested = bufferInput(Buffer.from(data.buffer, data.byteOffset, data.byteLength), path, input.depth + 1, entry);
    await context.readNested(nested, sink);
    handed++;
  }
  return handed;
}
