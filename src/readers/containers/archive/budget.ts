/**
 * The decompressed-size budget of one scanned file, shared by every container inside it (an
 * archive in an archive, a document in an archive): the scan pipeline passes the same
 * ReaderContext down to nested readers, so the budget is kept per context.
 */
import { ReadError, type ReaderContext } from '../../types.js';

export interface DecompressionBudget {
  /** Bytes that may still be inflated. */
  remaining(): number;
  /** Count inflated bytes; over the limit → ReadError('too-large-decompressed'). */
  spend(bytes: number): void;
}

const budgets = new WeakMap<ReaderContext, { used: number }>();

export function decompressionBudget(context: ReaderContext): DecompressionBudget {
  let state = budgets.get(context);
  if (!state) {
    state = { used: 0 };
    budgets.set(context, state);
  }
  const used = state;
  const limit = context.limits.maxDecompressedSize;
  return {
    remaining: () => Math.max(0, limit - used.used),
    spend(bytes) {
      used.used += bytes;
      if (used.used > limit) throw new ReadError('too-large-decompressed', `more than ${limit} bytes after decompression`);
    },
  };
}
