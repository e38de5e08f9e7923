/**
 * Shards of a whole-repository audit: `i/n` takes the files whose path hashes to slot i of n.
 * The assignment depends on the path alone (SHA-256 of the shown path), so it is stable across
 * runs, machines and file orders, and every file falls in exactly one shard.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export const MAX_SHARDS = 256;

/** `"2/4"` → { index: 2, count: 4 }; anything else (0/4, 5/4, 1/0, 2.5/4) → undefined. */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS || index < 1 || index > count) return undefined;
  return { index, count };
}

/** The 1-based shard a path belongs to, out of `count`. */
export function shardOf(path: string, count: number): number {
  const digest = createHash('sha256').update(path, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(path: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(path, shard.count) === shard.index;
}
