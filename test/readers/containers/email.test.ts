import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readEmail, readMbox } from '../../../src/readers/containers/email/index.js';
import { decodeWords, parseParameters } from '../../../src/readers/containers/email/mime.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { attachment, message, mimeBomb, multipart, quotedPrintable } from './build-mail.js';
import { XLSX } from '../../hostile/fixtures.js';
import { blocking, containerKit, kind } from './kit.js';

const { roster, csv, scan, read } = containerKit(1717);

const weekly = () =>
  message(
    {
      From: 'Records Office <records@example.org>',
      To: 'team@example.org',
      Subject: 'Weekly export',
      Date: 'Mon, 28 Nov 2022 09:45:00 -0500',
      'Message-ID': '<1@example.org>',
    },
    multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'See the attached export.\n' },
      attachment('roster.csv', 'text/csv', csv),
    ]),
  );

describe('e-mail', () => {
  it('an .eml with a base64 roster attachment blocks, located at mail.eml!roster.csv (it passed as scanned before)', async () => {
    const eml = weekly();
    expect(sniffFormat('mail.eml', eml)).toBe('email');
    const result = await scan('inbox/mail.eml', eml);
    expect(result).toMatchObject({ status: 'scanned', format: 'email' });
    expect(result.findings.filter(blocking).map((f) => f.location.entry)).toContain('roster.csv');
  });

  it('reads headers and bodies as prose, and the attachment as the file it is', async () => {
    const { sink, error } = await read(readEmail, 'mail.eml', weekly());
    expect(error).toBeUndefined();
    const headers = sink.texts.find((t) => t.where.surface === 'text' && t.where.entry === undefined)!;
    expect(headers.text).toContain('subject: Weekly export');
    expect(sink.texts.some((t) => t.where.entry === 'body.txt' && t.text.includes('See the attached export.'))).toBe(true);
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['roster.csv']);
    expect(sink.cells(0)).toEqual(roster);
    expect(sink.texts.filter((t) => t.where.surface === 'file-name').map((t) => [t.where.entry, t.text])).toEqual([
      ['roster.csv', 'roster csv'],
    ]);
  });

  it('decodes quoted-printable bodies, encoded-word headers and RFC 2231 file names', async () => {
    expect(decodeWords('=?utf-8?B?w5NzY2Fy?= =?iso-8859-1?Q?Ib=E1=F1ez?=')).toBe('ÓscarIbáñez');
    expect(parseParameters(`attachment; filename*=utf-8''lista%20de%20detenidos.csv`).params.filename).toBe('lista de detenidos.csv');
    expect(parseParameters('attachment; filename*0="part"; filename*1="two.csv"').params.filename).toBe('parttwo.csv');
    const eml = message(
      { From: 'a@example.org', Subject: '=?utf-8?Q?Lista_semanal?=', 'MIME-Version': '1.0' },
      multipart('mixed', [
        {
          headers: { 'Content-Type': 'text/csv; name="list.csv"', 'Content-Transfer-Encoding': 'quoted-printable' },
          body: quotedPrintable(csv.toString('utf8')),
        },
      ]),
    );
    const { sink, error } = await read(readEmail, 'mail.eml', eml);
    expect(error).toBeUndefined();
    expect(sink.texts[0]!.text).toContain('subject: Lista semanal');
    expect(sink.cells(0)).toEqual(roster);
  });

  it('reads nested multiparts, an HTML body as HTML, and an attached message (message/rfc822) with its own attachment', async () => {
    const inner = message(
      { From: 'b@example.org', Subject: 'Fwd', 'Message-ID': '<2@x>' },
      multipart('mixed', [attachment('inner.csv.gz', 'application/gzip', gzipSync(csv))]),
    );
    const eml = message(
      { From: 'a@example.org', Subject: 'Nested', 'MIME-Version': '1.0' },
      multipart('mixed', [
        {
          ...multipart('alternative', [
            { headers: { 'Content-Type': 'text/plain' }, body: 'plain' },
            { headers: { 'Content-Type': 'text/html' }, body: `<table><tr><td>x</td></tr></table>` },
          ]),
        },
        { headers: { 'Content-Type': 'message/rfc822' }, body: inner.toString('latin1') },
      ]),
    );
    const { sink, error } = await read(readEmail, 'mail.eml', eml);
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['body.html', 'message.eml!inner.csv.gz!inner.csv']);
    expect(sink.texts.some((t) => t.where.entry === 'message.eml' && t.text.includes('subject: Fwd'))).toBe(true);
  });

  it('reads every message of an mbox, located message-N.eml', async () => {
    const mbox = Buffer.concat([
      Buffer.from('From a@example.org Mon Nov 28 09:45:00 2022\n'),
      weekly(),
      Buffer.from('\nFrom b@example.org Tue Nov 29 10:00:00 2022\n'),
      weekly(),
    ]);
    expect(sniffFormat('archive.mbox', mbox)).toBe('mbox');
    const { sink, error } = await read(readMbox, 'archive.mbox', mbox);
    expect(error).toBeUndefined();
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['message-1.eml!roster.csv', 'message-2.eml!roster.csv']);
    const result = await scan('archive.mbox', mbox);
    expect(result.findings.some(blocking)).toBe(true);
  });

  it('bounds a MIME bomb: deep multipart nesting is too-deep, a flood of parts is too-many-entries', async () => {
    const deep = await scan('bomb.eml', mimeBomb({ depth: 5_000 }));
    expect(deep).toMatchObject({ status: 'not-inspected', reason: 'too-deep' });
    const wide = await scan('bomb.eml', mimeBomb({ parts: 20_000 }));
    expect(wide).toMatchObject({ status: 'not-inspected', reason: 'too-many-entries' });
  });

  it('fails closed when an attachment cannot be read, after reading the rest', async () => {
    const eml = message(
      { From: 'a@example.org', 'Message-ID': '<3@x>', Subject: 's' },
      multipart('mixed', [
        attachment('tool.bin', 'application/octet-stream', Buffer.from([0x4d, 0x5a, 0, 0, 1, 2, 0, 0, 0])),
        attachment('roster.csv', 'text/csv', csv),
      ]),
    );
    const { sink, error } = await read(readEmail, 'mail.eml', eml);
    expect(kind(error)).toBe('unsupported-format');
    expect(sink.tables.map((t) => t.meta.entry)).toEqual(['roster.csv']);
  });

  it('names an Outlook .msg (an OLE container) and says to save it as .eml', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/__properties_version1.0', Buffer.alloc(64, 0));
    XLSX.CFB.utils.cfb_add(cfb, '/__substg1.0_0037001F', Buffer.from('Weekly export', 'utf16le'));
    const result = await scan('mail.msg', XLSX.CFB.write(cfb, { type: 'buffer' }));
    expect(result).toMatchObject({ status: 'not-inspected', reason: 'unsupported-format', format: 'ole' });
    expect(result.detail).toMatch(/Outlook.*\.eml/);
  });

  it('does not take a memo with a From line, a YAML file or a CSV for mail', () => {
    expect(sniffFormat('memo.txt', Buffer.from('From: the director\nThis memo explains the weekly statistics.\n'))).toBe('text');
    expect(sniffFormat('config.yml', Buffer.from('from: a\nto: b\nsubject: c\ndate: d\n\nrest: 1\n'))).toBe('yaml');
    expect(sniffFormat('data.csv', csv)).toBe('delimited');
  });
});
