/**
 * A path that itself carries an identifier (`cases/Garcia_Jose_A012345678.pdf`) must not be
 * repeated by the reports that point at it. When detection raised 'file-name.identifier' for a
 * file, every output shows its path with the identifying parts replaced by `…`; when it raised
 * it for an entry inside an archive, the entry names are shown redacted the same way, in the
 * location, in the message and in the fingerprint.
 */
import { quote } from './describe.js';
import { fingerprint } from './fingerprint.js';
import type { FileResult, Finding } from './model.js';

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
    .split(/(?=[/!])|(?<=[/!])/)
    .map((part) => (part === '/' || part === '!' ? part : redactSegment(part)))
    .join('');
}

const fileNameFindings = (findings: readonly Finding[]) => findings.filter((f) => f.rule === 'file-name.identifier');

/** Whether the file's own path carries an identifier (a file-name finding not about an archive entry). */
export function pathCarriesIdentifier(findings: readonly Finding[]): boolean {
  return fileNameFindings(findings).some((f) => f.location.entry === undefined);
}

/** Whether the name of an entry inside the file (an archive) carries an identifier. */
export function entryCarriesIdentifier(findings: readonly Finding[]): boolean {
  return fileNameFindings(findings).some((f) => f.location.entry !== undefined);
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
 * A finding as reports show it. Unchanged unless the file's path or an entry name in it carries
 * an identifier; then the entry name is redacted in the location and in the message, and the
 * fingerprint is taken over the redacted path and entry: a hash over a name holding an A-number
 * could be reversed by trying all 10^9 numbers.
 */
export function shownFinding(file: Pick<FileResult, 'path' | 'findings'>, finding: Finding): Finding {
  const redactFilePath = pathCarriesIdentifier(file.findings);
  const redactEntries = entryCarriesIdentifier(file.findings);
  if (!redactFilePath && !redactEntries) return finding;
  const entry = finding.location.entry;
  const shownEntry = redactEntries && entry !== undefined ? redactIdentifiers(entry) : entry;
  const location = shownEntry === entry ? finding.location : { ...finding.location, entry: shownEntry };
  const message = shownEntry === entry ? finding.message : finding.message.split(quote(entry!)).join(quote(shownEntry!));
  const path = redactFilePath ? redactIdentifiers(file.path) : file.path;
  return { ...finding, message, location, fingerprint: fingerprint(path, finding.rule, location) };
}

/** The fingerprint to show for a finding (see shownFinding). */
export function shownFingerprint(file: Pick<FileResult, 'path' | 'findings'>, finding: Finding): string {
  return shownFinding(file, finding).fingerprint;
}
