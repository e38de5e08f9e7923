/**
 * Whether a text is an e-mail message (RFC 5322: header fields, a blank line, a body) or an
 * mbox mailbox (messages each opened by a `From ` line), decided by content: header fields only
 * until the first blank line, and fields that only mail carries.
 */

/** A header field: a name of printable characters other than the colon, then a colon. */
const FIELD = /^([!-9;-~]+):/;
/** Fields that only mail carries (set by mail servers and clients). */
const MAIL_ONLY = new Set([
  'message-id',
  'mime-version',
  'received',
  'return-path',
  'delivered-to',
  'x-mailer',
  'dkim-signature',
  'x-originating-ip',
  'thread-index',
  'in-reply-to',
  'references',
  'x-ms-exchange-organization-authas',
  'arc-seal',
  'authentication-results',
  'x-received',
]);
/** Fields a memo written as text can carry too. */
const ADDRESSING = new Set(['from', 'to', 'cc', 'subject', 'date', 'reply-to', 'sender']);
const MAIL_EXTENSIONS = new Set(['eml', 'mbox', 'mbx', 'mail', 'msg', 'emlx']);
/** Files whose own syntax also has `name: value` lines: only fields that only mail carries decide. */
const STRUCTURED_EXTENSIONS = new Set([
  'yml',
  'yaml',
  'json',
  'csv',
  'tsv',
  'md',
  'markdown',
  'toml',
  'ini',
  'cfg',
  'conf',
  'properties',
  'http',
]);

/** An mbox separator line: `From <sender> <date>` (asctime-style, ending in a year). */
export const MBOX_FROM = /^From [^\r\n]*\d{4}\s*$/;

export function sniffMail(text: string, ext: string): 'email' | 'mbox' | undefined {
  const lines = text.split(/\r?\n/, 400);
  let start = 0;
  let mbox = false;
  if (lines[0]?.startsWith('From ')) {
    if (!MBOX_FROM.test(lines[0])) return undefined;
    mbox = true;
    start = 1;
  }
  const names = new Set<string>();
  let ended = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      ended = true;
      break;
    }
    if (/^[ \t]/.test(line) && names.size > 0) continue;
    const field = FIELD.exec(line);
    if (!field) return undefined;
    names.add(field[1]!.toLowerCase());
  }
  // A header block cut by the end of the head still counts; a text that is only fields does not.
  if (!ended && lines.length < 400 && names.size < 4) return undefined;
  const mailOnly = [...names].filter((n) => MAIL_ONLY.has(n)).length;
  const addressing = [...names].filter((n) => ADDRESSING.has(n)).length;
  const isMail =
    (mailOnly >= 1 && addressing >= 1) ||
    mailOnly >= 2 ||
    (!STRUCTURED_EXTENSIONS.has(ext) && names.has('from') && names.has('date') && (names.has('to') || names.has('subject'))) ||
    (MAIL_EXTENSIONS.has(ext) && addressing >= 2);
  if (!isMail) return undefined;
  return mbox || ext === 'mbox' || ext === 'mbx' ? 'mbox' : 'email';
}
