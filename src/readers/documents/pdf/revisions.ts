/**
 * Earlier revisions of a PDF. An incremental save appends the changes and keeps every earlier
 * version in the file: text "redacted" by an incremental update is still there, in the
 * revision before it. Each earlier revision is the file cut at one of its earlier `%%EOF`
 * markers; its pages whose text differs from the current version are read as well, under the
 * entry `revision N`. A cut that does not open is not a revision (a `%%EOF` inside a stream).
 */
import type { ContentSink } from '../../types.js';
import { innerEntry } from '../../containers/archive/nested.js';
import type { TextRun } from './layout.js';

/** Earlier revisions read at most (the newest ones). */
const MAX_REVISIONS = 4;
const EOF_MARK = Buffer.from('%%EOF');
const STARTXREF = Buffer.from('startxref');

/** End offsets of the earlier revisions, oldest first (the last `%%EOF` ends the current one). */
export function earlierRevisionEnds(data: Uint8Array): number[] {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const ends: number[] = [];
  for (let at = buf.indexOf(EOF_MARK); at >= 0; at = buf.indexOf(EOF_MARK, at + EOF_MARK.length)) {
    const trailer = buf.lastIndexOf(STARTXREF, at);
    if (trailer >= 0 && at - trailer < 64) ends.push(at + EOF_MARK.length);
  }
  ends.pop();
  return ends.slice(-MAX_REVISIONS);
}

export interface RevisionPage {
  page: number;
  runs: TextRun[];
}

export function pageKey(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join(' ');
}

/**
 * Push the pages of earlier revisions that differ from the current text (and from each other).
 * `current` maps page numbers to pageKey() of the current version.
 */
export function pushChangedPages(
  revision: number,
  pages: readonly RevisionPage[],
  current: ReadonlyMap<number, string>,
  seen: Set<string>,
  push: (runs: readonly TextRun[], page: number, sink: ContentSink, entry?: string) => void,
  sink: ContentSink,
  entry: string | undefined,
): void {
  for (const { page, runs } of pages) {
    const key = pageKey(runs);
    if (!key.trim() || current.get(page) === key || seen.has(`${page}\u0000${key}`)) continue;
    seen.add(`${page}\u0000${key}`);
    push(runs, page, sink, innerEntry(entry, `revision ${revision}`));
  }
}
