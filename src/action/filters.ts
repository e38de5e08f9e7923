/**
 * Which changed files are scanned: include / exclude globs from the inputs and the config's
 * allowlist. minimatch 11 is regex-free on patterns; `dot` and `nocase` make sure `.github/x`
 * and `DATA.CSV` cannot slip past a pattern written as `**` or `*.csv`.
 */
import { minimatch } from 'minimatch';
import type { AllowlistEntry } from '../config/action-config.js';

const GLOB_OPTIONS = { dot: true, nocase: true } as const;

export function matchesAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => minimatch(path, p, GLOB_OPTIONS));
}

export interface FilterRules {
  include: readonly string[];
  exclude: readonly string[];
  allowlist: readonly AllowlistEntry[];
}

export type FilterDecision =
  { scan: true } | { scan: false; reason: 'excluded'; detail: string } | { scan: false; reason: 'allowlisted'; detail: string };

/** One path's fate. Order: include (empty = all), then exclude, then the allowlist. */
export function decide(path: string, rules: FilterRules): FilterDecision {
  if (rules.include.length && !matchesAny(path, rules.include))
    return { scan: false, reason: 'excluded', detail: 'matches no include pattern' };
  if (matchesAny(path, rules.exclude)) return { scan: false, reason: 'excluded', detail: 'matches an exclude pattern' };
  const allowed = rules.allowlist.find((a) => minimatch(path, a.path, GLOB_OPTIONS));
  if (allowed) return { scan: false, reason: 'allowlisted', detail: allowed.reason };
  return { scan: true };
}

/** Split paths into those to scan and those left out (with why). Input order is kept. */
export function partition<T extends { path: string }>(
  files: readonly T[],
  rules: FilterRules,
): { scan: T[]; left: Array<T & { decision: Exclude<FilterDecision, { scan: true }> }> } {
  const scan: T[] = [];
  const left: Array<T & { decision: Exclude<FilterDecision, { scan: true }> }> = [];
  for (const f of files) {
    const d = decide(f.path, rules);
    if (d.scan) scan.push(f);
    else left.push({ ...f, decision: d });
  }
  return { scan, left };
}
