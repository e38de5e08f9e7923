import type { Reader } from './types.js';
import { decodeStream } from './encoding.js';

/** Plain text: prose, in chunks of lines, with the line number of each chunk's first line. */
export const readText: Reader = async (input, sink) => {
  let line = 1;
  let carry = '';
  const flush = (text: string) => {
    if (text.length) sink.prose(text, { surface: 'text', line, entry: input.entry });
    line += countNewlines(text);
  };
  for await (const chunk of decodeStream(input)) {
    const text = carry + chunk;
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      carry = text;
      if (carry.length > 1 << 20) {
        flush(carry);
        carry = '';
      }
      continue;
    }
    flush(text.slice(0, cut + 1));
    carry = text.slice(cut + 1);
  }
  flush(carry);
};

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
