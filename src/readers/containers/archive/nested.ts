/**
 * Files found inside a container (an archive entry, an object embedded in a document, a file
 * attached to a PDF) go back through the scan pipeline with the same sink, one level deeper,
 * under the entry `outer!inner`. A container reads all it can and then fails closed with the
 * first failure it met.
 */
import { bufferInput } from '../../../scan/input.js';
import { isReadError, ReadError, type ContentSink, type ReaderContext, type ReaderInput } from '../../types.js';

/** `inner/path` inside the container at `a.zip!b.docx` → `a.zip!b.docx!inner/path`. */
export function innerEntry(containerEntry: string | undefined, inner: string): string {
  return containerEntry ? `${containerEntry}!${inner}` : inner;
}

/** Read one inner file through the pipeline; without a pipeline it cannot be read. */
export async function readInner(
  data: Buffer,
  name: string,
  container: ReaderInput,
  sink: ContentSink,
  context: ReaderContext,
): Promise<void> {
  if (!context.readNested) throw new ReadError('unsupported-format', 'a file inside the container could not be read');
  await context.readNested(bufferInput(data, name, container.depth + 1, innerEntry(container.entry, name)), sink);
}

/** The first failure of a part that could not be read; the rest of the container is still read. */
export class Failures {
  private first: ReadError | undefined;

  note(error: unknown): void {
    const failure = isReadError(error) ? error : new ReadError('corrupt');
    // A limit on the whole file stops everything: there is no "rest" to read within it.
    if (failure.kind === 'too-large-decompressed' || failure.kind === 'timed-out' || failure.kind === 'out-of-memory') throw failure;
    this.first ??= failure;
  }

  throwIfAny(): void {
    if (this.first) throw this.first;
  }
}

/** Run one part's reading, keeping its failure for later. */
export function attempt(failures: Failures, read: () => void): void {
  try {
    read();
  } catch (error) {
    failures.note(error);
  }
}
