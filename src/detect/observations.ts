/**
 * Observations readers make outside tables and prose: document authors and external links.
 * The raw value is judged here and never copied: a finding names only where it was seen.
 */
import type { Finding, Location, RuleId } from '../core/model.js';
import { describeFinding } from '../core/describe.js';
import { fingerprint } from '../core/fingerprint.js';
import { displayText } from '../core/safe-text.js';
import type { DetectOptions } from '../config/scan-options.js';
import type { Observation } from '../readers/types.js';
import { normalizeText } from './normalize.js';
import { nameShape } from './recognizers.js';
import { severityFor } from './table-decision.js';
import { NON_NAME_WORDS, fold } from './vocab.js';

/** Whether a document-property value names a person (not "Microsoft Office User", "ICE", "Administrator"). */
export function authorLooksLikePerson(value: string): boolean {
  const text = normalizeText(value).trim();
  if (text.length < 4 || text.length > 80) return false;
  if (/[\d@\\/]/.test(text)) return false;
  const words = fold(text).split(' ');
  if (words.some((w) => NON_NAME_WORDS.has(w) && w.length > 2)) return false;
  if (nameShape(text).ok) return true;
  // "jsmith" style account names are not names; "Smith, Jane" and "Jane Smith" are caught above.
  return false;
}

/**
 * Whether a link points at an internal file share, a local file or another workbook. A plain
 * web address to a page is not worth a notice; anything else an external-link part holds is.
 */
export function linkIsInternal(value: string): boolean {
  const text = value.trim().slice(0, 2048);
  if (!text) return false;
  const workbook = /\.(?:xlsx|xlsm|xlsb|xls|xltx|csv|accdb|mdb|ods)(?:$|[?#\]!'"])/i.test(text);
  if (/^(?:https?|mailto):/i.test(text)) return workbook;
  return true;
}

interface Tally {
  rule: RuleId;
  entry?: string;
  wheres: Set<string>;
  count: number;
}

export class ObservationCollector {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly path: string,
    private readonly options: DetectOptions,
  ) {}

  observe(o: Observation): void {
    const value = typeof o.value === 'string' ? o.value : '';
    let rule: RuleId | undefined;
    if (o.kind === 'document-author' && authorLooksLikePerson(value)) rule = 'metadata.author';
    if (o.kind === 'external-link' && linkIsInternal(value)) rule = 'metadata.external-link';
    if (!rule) return;
    const key = `${rule}\u0000${o.entry ?? ''}`;
    let t = this.tallies.get(key);
    if (!t) {
      t = { rule, entry: o.entry, wheres: new Set(), count: 0 };
      this.tallies.set(key, t);
    }
    t.count++;
    if (t.wheres.size < 10 && typeof o.where === 'string') t.wheres.add(displayText(o.where, 60));
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    for (const t of this.tallies.values()) {
      const location: Location = { surface: 'metadata' };
      if (t.entry !== undefined) location.entry = t.entry;
      const unit = t.rule === 'metadata.author' ? 'properties' : 'links';
      const wheres = [...t.wheres].join('; ');
      out.push({
        rule: t.rule,
        severity: severityFor(t.rule, this.options.severityOverrides ?? {}),
        message: `${describeFinding(t.rule, location, t.count, unit)}${wheres ? ` in ${wheres}` : ''}`,
        location,
        count: t.count,
        fingerprint: fingerprint(this.path, t.rule, location),
      });
    }
    return out;
  }
}
