/**
 * One blob, many paths: identical content is scanned once, and its result is shown for every
 * path that holds it. Findings about the content are kept; findings about the path itself come
 * from that path (its name alone is scanned); every fingerprint is taken over the path shown,
 * redacted when that path carries an identifier, so an acceptance stays tied to one file.
 */
import { fingerprint } from '../core/fingerprint.js';
import type { FileResult, Finding } from '../core/model.js';
import { shownFinding } from '../core/redact.js';

/** A finding about the file's path (its name), not about its content. */
export function aboutPath(f: Finding): boolean {
  return f.location.entry === undefined && (f.location.surface === 'file-name' || f.rule === 'file-name.identifier');
}

/**
 * `scanned` (the result for the content) shown under `shown`. `named`: the findings of scanning
 * the name of the path that holds the content, when it is not the path `scanned` was made for.
 */
export function resultAt(scanned: FileResult, shown: string, named?: readonly Finding[]): FileResult {
  const findings = named ? [...scanned.findings.filter((f) => !aboutPath(f)), ...named] : scanned.findings;
  const base: FileResult = { ...scanned, path: shown, findings };
  return { ...base, findings: findings.map((f) => shownFinding(base, { ...f, fingerprint: fingerprint(shown, f.rule, f.location) })) };
}
