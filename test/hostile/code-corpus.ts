/**
 * Hostile cases for source code, notebooks, delimited-text sniffing and what pages embed (CSS
 * content strings, data: URLs, SVG entities): deep nesting, unclosed strings, bombs, rosters
 * under misleading names. Joined to the corpus in corpus.ts.
 */
import { buildZip } from '../readers/spreadsheet/build-xlsx.js';
import { toCsv } from '../fixtures/people.js';
import type { HostileCase } from './corpus.js';
import { PEOPLE, ROWS } from './fixtures.js';

const person = PEOPLE[0]!;
const sentence = `Detainee ${person.fullName}, A-number A${person.aNumber}, born ${person.birthDate}, received a positive credible fear determination.`;
const text = (s: string) => () => Buffer.from(s, 'utf8');

export function codeHostileCases(): HostileCase[] {
  const zipBomb = buildZip([{ name: 'huge.csv', data: Buffer.alloc(64 * 1024 * 1024, 0x20) }]);
  const laughs = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]><svg xmlns="http://www.w3.org/2000/svg"><text>&l9;</text></svg>`;
  return [
    {
      name: 'deep-templates.js',
      what: '100,000 nested template literals, then a sentence about a person',
      bytes: text(`x = ${'`${'.repeat(100_000)}${sentence}`),
      expect: { kind: 'detects', format: 'code' },
      needs: 'code',
    },
    {
      name: 'deep-brackets.js',
      what: '100,000 nested brackets around a string about a person',
      bytes: text(`x = ${'['.repeat(100_000)}${JSON.stringify(sentence)}${']'.repeat(100_000)};`),
      expect: { kind: 'detects', format: 'code' },
      needs: 'code',
    },
    {
      name: 'unclosed.py',
      what: 'a triple-quoted string never closed, holding a sentence about a person',
      bytes: text(`import os\ndoc = """\n${sentence}\n`),
      expect: { kind: 'detects', format: 'code' },
      needs: 'code',
    },
    {
      name: 'roster.js',
      what: 'a roster CSV named .js',
      bytes: text(toCsv(ROWS)),
      expect: { kind: 'detects', format: 'delimited' },
      needs: 'delimited',
    },
    {
      name: 'roster-caret.txt',
      what: 'a ^-delimited roster named .txt',
      bytes: text(toCsv(ROWS, '^')),
      expect: { kind: 'detects', format: 'delimited' },
      needs: 'delimited',
    },
    {
      name: 'deep.ipynb',
      what: 'a notebook nested 100,000 levels deep',
      bytes: text(`{"cells": [${'['.repeat(100_000)}${']'.repeat(100_000)}], "nbformat": 4}`),
      expect: { kind: 'not-inspected', reasons: ['too-deep'], format: 'notebook' },
      needs: 'notebook',
    },
    {
      name: 'entity-bomb.svg',
      what: 'an SVG whose DTD entities expand to a billion characters',
      bytes: text(laughs),
      expect: { kind: 'not-inspected', reasons: ['too-large-decompressed'], format: 'xml' },
    },
    {
      name: 'data-url-bomb.html',
      what: 'a page linking a zip bomb in a base64 data: URL',
      bytes: text(`<!doctype html><html><body><a href="data:application/zip;base64,${zipBomb.toString('base64')}">x</a></body></html>`),
      expect: { kind: 'not-inspected', reasons: ['too-large-decompressed'], format: 'html' },
    },
  ];
}
