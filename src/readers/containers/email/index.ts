/**
 * E-mail messages (`.eml`) and mailboxes (`.mbox`), decided by content. Header fields are read as
 * prose (encoded words decoded; signature and routing fields, which are base64 noise, left out).
 * Every body and attachment is decoded (base64, quoted-printable) and read through the scan
 * pipeline as the file it is: text and HTML bodies at the message's own depth as `body.txt` /
 * `body.html`, attachments one level deeper under their file name (`mail.eml!roster.csv`),
 * attached messages (message/rfc822) as messages one level deeper. Bounds: multipart nesting
 * (MAX_MIME_DEPTH), parts per file (the archive entry limit), messages per mailbox (the same
 * limit) and container depth (the archive depth limit).
 *
 * Hand-written rather than a library (postal-mime, mailparser): those buffer and decode a whole
 * message tree before handing anything back, with no bound on nesting or part count, and their
 * errors quote the input; this parser is ~250 lines over Buffers and every failure is ours.
 */
import { bufferInput } from '../../../scan/input.js';
import { ReadError, type ContentSink, type Reader, type ReaderContext, type ReaderInput } from '../../types.js';
import { fileNameText } from '../archive/file-name.js';
import { Failures, innerEntry } from '../archive/nested.js';
import { MBOX_FROM } from './sniff.js';
import {
  contentType,
  decodeBody,
  decodeCharset,
  decodeWords,
  header,
  parseParameters,
  splitEntity,
  splitMultipart,
  type MimeEntity,
} from './mime.js';
import { extensionForType } from '../../media-types.js';

/** Multiparts nested deeper than this are a MIME bomb, not a message. */
export const MAX_MIME_DEPTH = 32;

/** Fields that carry signatures, routing or transport details: noise to a reader of words. */
const NOISE =
  /^(?:dkim-signature|x-google-dkim-signature|domainkey-signature|arc-seal|arc-message-signature|arc-authentication-results|authentication-results|received-spf|x-ms-exchange-.*|x-microsoft-antispam.*|x-forefront-.*|x-gm-message-state|x-google-smtp-source|x-received|content-transfer-encoding|mime-version)$/;

interface MailState {
  input: ReaderInput;
  sink: ContentSink;
  context: ReaderContext;
  failures: Failures;
  parts: number;
  /** Names used per entry prefix, so two `body.txt` become `body.txt` and `body-2.txt`. */
  used: Map<string, number>;
}

interface Place {
  /** Entry of the message (undefined for the file itself). */
  entry: string | undefined;
  depth: number;
}

export const readEmail: Reader = async (input, sink, context) => {
  const state = newState(input, sink, context);
  await readMessage(state, await input.buffer(), { entry: input.entry, depth: input.depth });
  state.failures.throwIfAny();
};

export const readMbox: Reader = async (input, sink, context) => {
  const state = newState(input, sink, context);
  const messages = splitMbox(await input.buffer());
  const max = context.limits.maxArchiveEntries;
  if (messages.length > max) throw new ReadError('too-many-entries', `${messages.length} messages; the limit is ${max}`);
  for (let i = 0; i < messages.length; i++) {
    const place = { entry: innerEntry(input.entry, `message-${i + 1}.eml`), depth: input.depth + 1 };
    try {
      await readMessage(state, messages[i]!, place);
    } catch (error) {
      state.failures.note(error);
    }
  }
  state.failures.throwIfAny();
};

function newState(input: ReaderInput, sink: ContentSink, context: ReaderContext): MailState {
  return { input, sink, context, failures: new Failures(), parts: 0, used: new Map() };
}

/** Messages of a mailbox: each starts after a `From ` separator line at the start of a line. */
export function splitMbox(buf: Buffer): Buffer[] {
  const starts: number[] = [];
  for (let at = 0; at >= 0 && at < buf.length;) {
    if (at === 0 || buf[at - 1] === 0x0a) {
      const lineEnd = buf.indexOf(0x0a, at);
      const line = buf.toString('latin1', at, lineEnd < 0 ? buf.length : lineEnd);
      if (line.startsWith('From ') && MBOX_FROM.test(line)) starts.push(at);
    }
    const next = buf.indexOf('\nFrom ', at, 'latin1');
    at = next < 0 ? -1 : next + 1;
  }
  if (starts.length === 0) return [buf];
  const messages: Buffer[] = [];
  starts.forEach((start, i) => {
    const lineEnd = buf.indexOf(0x0a, start);
    const from = lineEnd < 0 ? buf.length : lineEnd + 1;
    messages.push(buf.subarray(from, i + 1 < starts.length ? starts[i + 1] : buf.length));
  });
  return messages;
}

async function readMessage(state: MailState, data: Buffer, place: Place): Promise<void> {
  const max = state.context.limits.maxArchiveDepth;
  if (place.depth > max) throw new ReadError('too-deep', `containers nest deeper than ${max} levels`);
  const message = splitEntity(data);
  const lines = message.headers.filter((h) => !NOISE.test(h.name)).map((h) => `${h.name}: ${decodeWords(h.raw)}`);
  if (lines.length) state.sink.prose(`${lines.join('\n')}\n`, { surface: 'text', entry: place.entry });
  await readEntity(state, message, place, 0);
}

async function readEntity(state: MailState, entity: MimeEntity, place: Place, mimeDepth: number): Promise<void> {
  if (mimeDepth > MAX_MIME_DEPTH) throw new ReadError('too-deep', `multipart sections nest deeper than ${MAX_MIME_DEPTH} levels`);
  const type = contentType(entity);
  const description = header(entity, 'content-description');
  if (description && mimeDepth > 0) state.sink.prose(decodeWords(description), { surface: 'text', entry: place.entry });

  const boundary = type.params.boundary;
  if (type.type.startsWith('multipart/') && boundary) {
    const max = state.context.limits.maxArchiveEntries;
    const parts = splitMultipart(entity.body, boundary, max - state.parts);
    state.parts += parts.length;
    for (const part of parts) {
      try {
        await readEntity(state, splitEntity(part), place, mimeDepth + 1);
      } catch (error) {
        if (error instanceof ReadError && (error.kind === 'too-deep' || error.kind === 'too-many-entries')) throw error;
        state.failures.note(error);
      }
    }
    return;
  }

  const disposition = parseParameters(header(entity, 'content-disposition') ?? '');
  const fileName = cleanName(disposition.params.filename ?? type.params.name);
  const data = decodeBody(entity);

  if (type.type === 'message/rfc822' || type.type === 'message/global') {
    const name = unique(state, place.entry, fileName ?? 'message.eml');
    const entry = innerEntry(place.entry, name);
    if (fileName) state.sink.prose(fileNameText(fileName), { surface: 'file-name', entry });
    await readMessage(state, data, { entry, depth: place.depth + 1 });
    return;
  }

  const attached = disposition.value.toLowerCase() === 'attachment' || fileName !== undefined || !type.type.startsWith('text/');
  if (!attached) {
    // A body: re-encoded as UTF-8 from its declared charset, read at the message's own depth.
    const name = unique(state, place.entry, type.type === 'text/html' ? 'body.html' : 'body.txt');
    const text = Buffer.from(decodeCharset(data, type.params.charset), 'utf8');
    await nested(state, text, name, place.entry, place.depth);
    return;
  }
  const name = unique(state, place.entry, fileName ?? `attachment.${extensionForType(type.type) ?? 'bin'}`);
  if (fileName) state.sink.prose(fileNameText(fileName), { surface: 'file-name', entry: innerEntry(place.entry, name) });
  await nested(state, data, name, place.entry, place.depth + 1);
}

async function nested(state: MailState, data: Buffer, name: string, entry: string | undefined, depth: number): Promise<void> {
  if (data.length === 0) return;
  if (!state.context.readNested) throw new ReadError('unsupported-format', 'a file inside the message could not be read');
  await state.context.readNested(bufferInput(data, name, depth, innerEntry(entry, name)), state.sink);
}

/** A file name from a header: untrusted text, kept as a name (never a path on disk), control characters removed. */
function cleanName(name: string | undefined): string | undefined {
  const clean = name
    ?.replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, 255);
  return clean ? clean : undefined;
}

function unique(state: MailState, entry: string | undefined, name: string): string {
  const key = `${entry ?? ''}\u0000${name.toLowerCase()}`;
  const seen = (state.used.get(key) ?? 0) + 1;
  state.used.set(key, seen);
  if (seen === 1) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${seen}${name.slice(dot)}` : `${name}-${seen}`;
}
