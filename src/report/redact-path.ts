/**
 * A path that itself carries an identifier (`cases/Garcia_Jose_A012345678.pdf`) must not be
 * repeated by the reports that point at it. When detection raised 'file-name.identifier' for a
 * file, every output shows its path with the identifying parts replaced by `…`.
 */
import { fingerprint } from '../core/fingerprint.js';
import type { FileResult, Finding } from '../core/model.js';

export const REDACTED = '…';

/** Seven or more digits: an A-number (with or without its leading zeros) or a similar number. */
const LONG_DIGITS = /\d{7,}/g;
/**
 * A capitalised word: an upper-case letter followed by at least one more letter (accents,
 * apostrophes and inner hyphens included), such as Garcia, GARCIA, O'Brien, Núñez, Saint-Fleur.
 */
const NAME_LIKE = /\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*[\p{L}\p{M}]/gu;
/** A short extension stays: it tells the reader what kind of file it is and names no one. */
const EXTENSION = /(\.[A-Za-z0-9]{1,5})$/;

function redactSegment(segment: string): string {
  const ext = EXTENSION.exec(segment);
  const stem = ext && ext.index > 0 ? segment.slice(0, ext.index) : segment;
  const tail = ext && ext.index > 0 ? ext[1]! : '';
  const redacted = stem.replace(LONG_DIGITS, REDACTED).replace(NAME_LIKE, REDACTED);
  return redacted + tail;
}

/** Replace long digit runs and capitalised name-like words in every segment of a path. */
export function redactIdentifiers(path: string): string {
  return path
    .split('/')
    .map((segment) => redactSegment(segment))
    .join('/');
}

export function pathCarriesIdentifier(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.rule === 'file-name.identifier');
}

/** The path to show for a file: as given, or redacted when the path itself carries an identifier. */
export function redactPath(path: string, findings: readonly Finding[]): string {
  return pathCarriesIdentifier(findings) ? redactIdentifiers(path) : path;
}

/** Convenience for reporters: the path to show for a file result. */
export function shownPath(file: Pick<FileResult, 'path' | 'findings'>): string {
  return redactPath(file.path, file.findings);
}

/**
 * The fingerprint to show for a finding. A fingerprint hashes the file path; when the path
 * carries an A-number, that hash could be reversed by trying all 10^9 numbers. For such a file
 * the fingerprint is derived from the redacted path instead (same rule and structural place), so
 * it stays stable across runs and holds nothing to brute-force.
 */
export function shownFingerprint(file: Pick<FileResult, 'path' | 'findings'>, finding: Finding): string {
  if (!pathCarriesIdentifier(file.findings)) return finding.fingerprint;
  return fingerprint(redactIdentifiers(file.path), finding.rule, finding.location);
}
