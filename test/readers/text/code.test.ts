import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../../src/config/scan-options.js';
import type { FileResult } from '../../../src/core/model.js';
import { blockingCount } from '../../../src/core/verdict.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { readCode } from '../../../src/readers/text/code/index.js';
import { readNotebook } from '../../../src/readers/text/code/notebook.js';
import { tokenize } from '../../../src/readers/text/code/tokenize.js';
import { scanFile } from '../../../src/scan/scan-file.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import {
  ellipsoidTable,
  jsRosterModule,
  minifiedLibrary,
  minifiedRosterBundle,
  pythonColumns,
  pythonStrayRoster,
  rDataFrame,
  rosterNotebook,
  siteComponent,
  sqlInsert,
  statisticsNotebook,
  streamNotebook,
} from '../../fixtures/code.js';
import { makePeople, plantedValues, ROSTER_HEADER, rosterRows, toCsv } from '../../fixtures/people.js';
import { memoryInput, record } from './recording-sink.js';

const people = makePeople(8, 909);
const planted = plantedValues(people);
const options = resolveScanOptions();
const POLICY = { failOn: 'high', notInspectedBlocks: true } as const;

async function scan(name: string, text: string): Promise<FileResult> {
  return scanFile({ displayPath: name, data: Buffer.from(text, 'utf8') }, options);
}

const blocks = (r: FileResult) => blockingCount(r, POLICY);
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('source code is never sniffed as delimited text', () => {
  // Each line has the same number of commas: the old sniffer took these for CSV, then called them corrupt.
  const rCode = Array.from({ length: 12 }, (_, i) => `x${i} <- c("a", "b", "c")`).join('\n') + '\n';
  const tsCode = Array.from({ length: 12 }, (_, i) => `const v${i} = f("a", 'b', \`c\`);`).join('\n') + '\n';
  const tsxCode = `export const A = () => <div className="a, b">x, "y</div>;\n`.repeat(10);

  it.each([
    ['analysis.R', rCode],
    ['.Rhistory', rCode],
    ['util.ts', tsCode],
    ['page.tsx', tsxCode],
    ['build.mjs', tsCode],
    ['script', `#!/usr/bin/env Rscript\n${rCode}`],
  ])('%s is code, scanned, and does not block', async (name, text) => {
    expect(sniffFormat(name, bytes(text))).toBe('code');
    const result = await scan(name, text);
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBe(0);
  });

  it('a CSV named .js is still read as the CSV it is', async () => {
    const csv = toCsv(rosterRows(people));
    expect(sniffFormat('data.js', bytes(csv))).toBe('delimited');
    expect(blocks(await scan('data.js', csv))).toBeGreaterThan(0);
  });

  it('.ipynb is a notebook; .vue and .svelte are HTML', () => {
    expect(sniffFormat('a.ipynb', bytes(statisticsNotebook()))).toBe('notebook');
    expect(sniffFormat('untitled.json', bytes(statisticsNotebook()))).toBe('notebook');
    expect(sniffFormat('App.vue', bytes('<template>\n  <p>Hi</p>\n</template>\n<script>\nexport default {}\n</script>\n'))).toBe('html');
  });
});

describe('data literals in code are tables', () => {
  it.each([
    ['dashboard/data.ts', () => jsRosterModule(people)],
    ['assets/main.3f2a.js', () => minifiedRosterBundle(people, 'literal')],
    ['assets/chunk.9c1d.js', () => minifiedRosterBundle(people, 'json-parse')],
    ['notebooks/load.py', () => pythonColumns(people)],
    ['R/load.R', () => rDataFrame(people)],
    ['db/seed.sql', () => sqlInsert(people)],
  ])('%s: the roster is a table and blocks, and nothing is echoed', async (name, build) => {
    const text = build();
    const { sink, error } = await record(readCode, memoryInput(text, name));
    expect(error).toBeUndefined();
    const table = sink.tables.find((t) => t.rows.length === people.length);
    expect(table).toBeDefined();
    const result = await scan(name, text);
    expect(result.status).toBe('scanned');
    expect(result.findings.some((f) => f.location.surface === 'cells' && f.severity !== 'notice')).toBe(true);
    expect(blocks(result)).toBeGreaterThan(0);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('an SQL column list is the header', async () => {
    const { sink } = await record(readCode, memoryInput(sqlInsert(people), 'seed.sql'));
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta).toMatchObject({ shape: 'records' });
    expect(sink.tables[0]!.meta.header).toEqual(ROSTER_HEADER.map((h) => h.toLowerCase().replace(/[^a-z0-9]+/g, '_')));
  });

  it('R data frames and pandas column dicts become one row per person', async () => {
    for (const [name, text] of [
      ['a.R', rDataFrame(people)],
      ['a.py', pythonColumns(people)],
    ] as const) {
      const { sink } = await record(readCode, memoryInput(text, name));
      const t = sink.tables.find((x) => x.rows.length === people.length)!;
      expect(t.meta.shape).toBe('records');
      expect(t.rows[0]!.cells).toContain(people[0]!.lastFirst);
    }
  });

  it('a roster pasted as bare lines outside strings is still read (as prose)', async () => {
    const result = await scan('tools/fix.py', pythonStrayRoster(people));
    expect(blocks(result)).toBeGreaterThan(0);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('strings and comments are prose with their lines; identifiers and operators are not', async () => {
    const text = '// Contact the data desk\nconst greeting = "Hello world";\nconst total = alpha + beta * 3;\n/* multi\n line */\n';
    const { sink } = await record(readCode, memoryInput(text, 'x.ts'));
    const prose = sink.allProse();
    expect(prose).toContain('Contact the data desk');
    expect(prose).toContain('Hello world');
    expect(prose).toContain('multi');
    expect(prose).not.toContain('alpha');
    const chunk = sink.texts.find((t) => t.text.includes('Hello world'))!;
    expect(chunk.where.line! + chunk.text.slice(0, chunk.text.indexOf('Hello world')).split('\n').length - 1).toBe(2);
  });
});

describe('near-misses pass', () => {
  it('a minified library whose float literals look like I-94 numbers', async () => {
    const result = await scan('vendor/utils.min.js', minifiedLibrary());
    expect(result.status).toBe('scanned');
    expect(result.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('the minified float literals are numbers, never identifier-shaped text', () => {
    const numbers = [...tokenize(minifiedLibrary(), 'js')].filter((t) => t.kind === 'number').map((t) => t.text);
    expect(numbers).toContain('621987552E5');
  });

  it('a projection library whose ellipsoid table has a column "a" of 7-digit axes', async () => {
    const { sink } = await record(readCode, memoryInput(ellipsoidTable(), 'proj4.min.js'));
    expect(sink.tables.some((t) => t.meta.header?.includes('a'))).toBe(true);
    const result = await scan('libs/proj4.min.js', ellipsoidTable());
    expect(blocks(result)).toBe(0);
  });

  it('a site page component with statistics, library names and a byline', async () => {
    const result = await scan('src/components/Stats.tsx', siteComponent());
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBe(0);
  });

  it('a notebook of statistics', async () => {
    const result = await scan('analysis/adp.ipynb', statisticsNotebook());
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBe(0);
  });

  it("a notebook whose cells print R vectors ('[1] 7214' opens like a JSON array)", async () => {
    const cell = (text: string) => ({
      cell_type: 'code',
      source: 'nrow(df)',
      execution_count: 1,
      metadata: {},
      outputs: [{ output_type: 'stream', name: 'stdout', text: [text] }],
    });
    const nb = JSON.stringify({
      cells: [cell('[1] 7214\n'), cell('[1] 0.207329'), cell('[1] 45.51199')],
      metadata: { language_info: { name: 'R' } },
      nbformat: 4,
      nbformat_minor: 2,
    });
    const result = await scan('analysis/counts.ipynb', nb);
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBe(0);
  });
});

describe('notebooks', () => {
  it('an HTML output table holding the roster blocks, located in its cell', async () => {
    const { sink } = await record(readNotebook, memoryInput(rosterNotebook(people), 'check.ipynb'));
    const table = sink.tables.find((t) => t.meta.surface === 'table');
    expect(table?.meta.entry).toBe('cell 2!output 1');
    const result = await scan('check.ipynb', rosterNotebook(people));
    expect(blocks(result)).toBeGreaterThan(0);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('a printed (stream) roster blocks', async () => {
    const result = await scan('print.ipynb', streamNotebook(people));
    expect(blocks(result)).toBeGreaterThan(0);
  });

  it('cell sources are code: their strings are prose, markdown cells are Markdown', async () => {
    const { sink } = await record(readNotebook, memoryInput(statisticsNotebook(), 'n.ipynb'));
    expect(sink.allProse()).toContain('Average daily population by facility');
    expect(sink.tables.some((t) => t.meta.entry === 'cell 2!output 1')).toBe(true);
  });

  it('JSON that is not a notebook is read as JSON', async () => {
    const { sink, error } = await record(
      readNotebook,
      memoryInput('{"cells": 3, "nbformat": 4, "items": [{"a": "x"}, {"a": "y"}]}', 'x.ipynb'),
    );
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
  });
});

describe('tokenizer', () => {
  const kinds = (src: string, lang: Parameters<typeof tokenize>[1], jsx = false) =>
    [...tokenize(src, lang, { jsx })].map((t) => `${t.kind}:${t.text}`);

  it('tells regular expressions from division, and keeps quotes inside them out of strings', () => {
    expect(kinds('a = b / c; d = /"x/g.test(e); f = "ok"', 'js')).toContain('string:ok');
    expect(kinds('a = b / c; d = /"x/g.test(e); f = "ok"', 'js')).toContain('opaque:regex');
  });

  it('reads template literals and their expressions', () => {
    expect(kinds('t = `Dear ${name}, hello`', 'js')).toEqual([
      'word:t',
      'punct:=',
      'string:Dear ',
      'code-open:${',
      'word:name',
      'code-close:}',
      'string:, hello',
    ]);
  });

  it('reads JSX text and attribute strings', () => {
    const k = kinds('const x = <p title="Greeting">Hello {name} there</p>;', 'js', true);
    expect(k).toContain('string:Greeting');
    expect(k).toContain('text:Hello ');
    expect(k).toContain('text: there');
    expect(k).toContain('word:name');
  });

  it('reads Python triple-quoted and prefixed strings, R comments, SQL doubled quotes, heredocs', () => {
    expect(kinds('x = r"a\\b" + """two\nlines"""', 'py')).toEqual(['word:x', 'punct:=', 'string:a\\b', 'punct:+', 'string:two\nlines']);
    expect(kinds('x <- 1 # note', 'r')).toContain('comment: note');
    expect(kinds("select 'it''s'", 'sql')).toContain("string:it's");
    expect(kinds('text = <<~EOS\n  Hello\nEOS\nputs text', 'rb')).toContain('string:  Hello\n');
  });

  it('an unclosed string or comment runs to the end instead of being lost', () => {
    expect(kinds('x = "never closed\n', 'r')).toContain('string:never closed\n');
    expect(kinds('/* never closed', 'js')).toContain('comment: never closed');
  });

  it('nesting past the cap makes the rest one text token (never dropped)', () => {
    const deep = '`${'.repeat(400) + 'tail';
    const tokens = [...tokenize(deep, 'js')];
    expect(tokens[tokens.length - 1]!.kind).toBe('text');
    expect(tokens[tokens.length - 1]!.text).toContain('tail');
  });
});

describe('inline scripts in HTML are code', () => {
  it('a data literal in a page script is a table; a minified float in it is no I-94 number', async () => {
    const page = `<!doctype html><html><body><h1>Dashboard</h1>\n<script>${minifiedLibrary()}</script>\n<script>window.__DATA__ = ${JSON.stringify(people.map((p) => ({ name: p.lastFirst, a_number: p.aNumber, dob: p.birthDate })))};</script>\n</body></html>\n`;
    const result = await scan('site/index.html', page);
    expect(result.findings.some((f) => f.location.surface === 'cells' && f.severity !== 'notice')).toBe(true);
    expect(result.findings.some((f) => f.rule === 'prose.immigration-number')).toBe(false);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('a page whose only script is a minified library passes', async () => {
    const result = await scan(
      'site/lib.html',
      `<!doctype html><html><body><p>Charts</p><script>${minifiedLibrary()}</script></body></html>`,
    );
    expect(blocks(result)).toBe(0);
  });
});
