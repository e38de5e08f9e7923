/**
 * Walk events into the ContentSink for one part: paragraphs are batched into prose with a
 * running line number (one line per paragraph, one per table row, so that every table row and
 * paragraph has its own place in the part); tables become grid tables.
 */
import type { Surface } from '../../../core/model.js';
import type { ContentSink } from '../../types.js';
import { walkPart, type Vocabulary, type WalkEvents } from './walker.js';
import type { DocumentPackage } from './package.js';

export interface PartTarget {
  sink: ContentSink;
  /** Where the part is: the container's entry and, for parts other than the main body, the part. */
  entry?: string;
  /** Slide number for PowerPoint. */
  page?: number;
  /** Surface of the part's paragraphs and tables ('text' and 'table' for a body). */
  text: Surface;
  table: Surface;
}

const MAX_PROSE_CHUNK = 64 * 1024;

export function partEmitter(target: PartTarget): WalkEvents & { finish(): void } {
  let line = 0;
  let chunk: string[] = [];
  let chunkFirstLine = 0;
  let chunkSize = 0;
  const where = (surface: Surface, at: number) => ({
    surface,
    line: at,
    entry: target.entry,
    ...(target.page !== undefined ? { page: target.page } : {}),
  });
  const flush = () => {
    if (chunk.length) target.sink.prose(chunk.join('\n'), where(target.text, chunkFirstLine));
    chunk = [];
    chunkSize = 0;
  };
  return {
    paragraph(text, isComment) {
      if (isComment) {
        target.sink.prose(text, where('comments', line + 1));
        return;
      }
      line++;
      if (!chunk.length) chunkFirstLine = line;
      chunk.push(text);
      chunkSize += text.length;
      if (chunkSize > MAX_PROSE_CHUNK) flush();
    },
    table(rows, isComment) {
      flush();
      const table = target.sink.beginTable({
        surface: isComment ? 'comments' : target.table,
        shape: 'grid',
        entry: target.entry,
        ...(target.page !== undefined ? { page: target.page } : {}),
      });
      for (const row of rows) table.row(++line, row);
      table.end();
    },
    finish: flush,
  };
}

/**
 * One part of a package walked into the sink. What was read before a failure (a part refused
 * as too deep) is still pushed before the failure goes on.
 */
export function readPart(pkg: DocumentPackage, part: string, vocabulary: Vocabulary, target: PartTarget): void {
  const data = pkg.read(part);
  if (!data) return;
  const emitter = partEmitter(target);
  try {
    walkPart(data, vocabulary, emitter);
  } finally {
    emitter.finish();
  }
}
