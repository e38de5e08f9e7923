import { createHash } from 'node:crypto';
import type { Location, RuleId } from './model.js';

/**
 * A finding's identity for waivers and accepted-finding lists. It is built from the file path,
 * the rule and the structural place (archive entry, sheet, surface, column kinds and indexes),
 * never from a value: a hash of a nine-digit A-number can be reversed by trying all 10^9.
 * Row ranges are left out so that adding a row to an accepted roster keeps its fingerprint.
 */
export function fingerprint(path: string, rule: RuleId, location: Location): string {
  const columns = (location.columns ?? []).map((c) => `${c.index}:${c.kind}`).join(',');
  const parts = [
    path,
    rule,
    location.entry ?? '',
    location.sheet ?? '',
    location.surface ?? '',
    location.page === undefined ? '' : String(location.page),
    columns,
  ];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}
