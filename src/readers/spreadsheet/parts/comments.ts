/**
 * Comment parts read directly, for when SheetJS placed none of them on a cell: it parses
 * comments after their sheet inside a try that swallows errors, and never reads a comment part
 * no sheet refers to. Notes and threaded comments are pushed as prose with their cell address.
 */
import type { ContentSink } from '../../types.js';
import { attribute, parseXml, partsMatching } from '../xml.js';

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

export function commentPartTexts(data: Uint8Array): Array<{ cell?: string; text: string }> {
  const out: Array<{ cell?: string; text: string }> = [];
  let ref: string | undefined;
  let depth = 0;
  let inText = false;
  let text = '';
  parseXml(data, {
    open(name, a) {
      if (name === 'comment' || name === 'threadedComment') {
        ref = attribute(a, 'ref');
        depth = 1;
        text = '';
      } else if (depth > 0 && (name === 't' || name === 'text')) inText = true;
    },
    text(t) {
      if (inText) text += t;
    },
    close(name) {
      if (name === 't' || name === 'text') inText = false;
      else if ((name === 'comment' || name === 'threadedComment') && depth > 0) {
        depth = 0;
        if (text.trim()) out.push({ cell: ref && CELL.test(ref) ? ref : undefined, text });
      }
    },
  });
  return out;
}

/** Push every comment of every comment part; returns how many. */
export function pushCommentParts(files: ReadonlyMap<string, Uint8Array>, sink: ContentSink, entry?: string): number {
  let pushed = 0;
  for (const path of partsMatching(files, /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i)) {
    for (const c of commentPartTexts(files.get(path)!)) {
      sink.prose(c.text, { surface: 'comments', entry, cell: c.cell });
      pushed++;
    }
  }
  return pushed;
}
