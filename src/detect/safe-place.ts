/**
 * Place names are untrusted too: a sheet can be named after the person it holds (a sheet per
 * detainee). Findings carry such sheet names with the identifying words replaced, the way
 * reports show an identifying file path. Archive entries are left to the reports: they redact
 * an entry that a 'file-name.identifier' finding marks, in the location and in the message.
 */
import { fileNameText } from '../readers/containers/archive/file-name.js';
import { redactIdentifiers } from '../core/redact.js';
import { fileNameIdentifies } from './prose.js';
import { isPersonName, nameShape } from './recognizers.js';

const LONG_DIGITS = /\d{7,}/;

/** Whether a place name (entry path or sheet name) carries an identifier. */
export function placeIdentifies(name: string): boolean {
  if (LONG_DIGITS.test(name)) return true;
  const words = fileNameText(name.slice(0, 1000));
  if (fileNameIdentifies(words)) return true;
  const trimmed = name.trim();
  if (isPersonName(trimmed)) {
    const shape = nameShape(trimmed);
    return shape.comma || shape.known;
  }
  return false;
}

export function safePlace(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return placeIdentifies(name) ? redactIdentifiers(name) : name;
}
