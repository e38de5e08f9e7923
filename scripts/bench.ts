/**
 * `npm run bench`: speed and memory of the scanner on synthetic inputs it generates itself
 * (under .bench/, never committed). Prints a table; asserts nothing. See README "Performance".
 *
 * Each measurement runs after a warm-up, several times; the median is shown.
 *   - CSV: fast-csv parse alone vs the full scan of the same 200,000-row roster, plus a single
 *     regex pass over the bytes (the floor for any text scanner).
 *   - XLSX: SheetJS read alone vs the full scan of the same 100,000-row workbook.
 *   - Memory: peak RSS of the bundled command line scanning a 1,000,000-row CSV.
 *   - Many small files: 500 Markdown/HTML pages through the worker pool vs reading them.
 *   - Start-up: the bundled command line, process start to result, on one small file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream, statSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';
import { parse } from 'fast-csv';
import * as XLSX from 'xlsx';
import { resolveScanOptions } from '../src/config/scan-options.js';
import { scanFile } from '../src/scan/scan-file.js';
import { makePeople, rosterRow, ROSTER_HEADER } from '../test/fixtures/people.js';

const DIR = '.bench';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const QUICK = process.env.BENCH_QUICK === '1';
const CSV_ROWS = QUICK ? 20_000 : 200_000;
const XLSX_ROWS = QUICK ? 10_000 : 100_000;
const BIG_ROWS = QUICK ? 100_000 : 1_000_000;
const SMALL_FILES = 500;

mkdirSync(DIR, { recursive: true });
const options = resolveScanOptions({ concurrency: Math.min(4, os.cpus().length) });

// ---------------------------------------------------------------- inputs

async function writeCsv(path: string, rows: number): Promise<void> {
  if (existsSync(path)) return;
  const people = makePeople(5_000, 7);
  const out = createWriteStream(path);
  out.write(`${ROSTER_HEADER.join(',')}\n`);
  for (let i = 0; i < rows; i++) {
    const row = rosterRow(people[i % people.length]!).map((v) => (v.includes(',') ? `"${v}"` : v)).join(',');
    if (!out.write(`${row}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function writeXlsx(path: string, rows: number): void {
  if (existsSync(path)) return;
  const people = makePeople(5_000, 9);
  const aoa: unknown[][] = [['Detention roster, FY23'], [], [...ROSTER_HEADER]];
  for (let i = 0; i < rows; i++) aoa.push(rosterRow(people[i % people.length]!));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Roster');
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

function writeSmallFiles(dir: string, count: number): void {
  if (existsSync(dir) && readdirSync(dir).length >= count) return;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const md = `# Fear-screening statistics, release ${i}\n\nICE published the number of positive credible fear and reasonable fear\ndeterminations by facility. Asylum officers conducted ${100 + i} interviews.\n\n| Facility | Positive | Negative |\n|---|---|---|\n| Stewart Detention Center | ${i} | ${i * 2} |\n| Otero County Processing Center | ${i + 3} | ${i} |\n`;
    const html = `<!doctype html><html><body><h1>Detention statistics ${i}</h1><p>Credible fear referrals by month.</p><table><tr><th>Month</th><th>Referrals</th></tr><tr><td>October</td><td>${i}</td></tr></table></body></html>`;
    writeFileSync(join(dir, i % 2 ? `page-${i}.md` : `page-${i}.html`), i % 2 ? md : html);
  }
}

// ---------------------------------------------------------------- timing

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function fastCsvParse(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    createReadStream(path, { highWaterMark: 256 * 1024 })
      .pipe(parse({ headers: false, ignoreEmpty: false }))
      .on('data', () => {
        rows++;
      })
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

async function regexPass(path: string): Promise<number> {
  const re = /\b[A-Z]?\d{9}\b/g;
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024, encoding: 'latin1' })) {
    n += (chunk as string).match(re)?.length ?? 0;
  }
  return n;
}

async function scanInProcess(path: string): Promise<void> {
  const r = await scanFile({ path, displayPath: path }, options);
  if (r.status !== 'scanned') throw new Error(`bench: ${path} was ${r.status} (${r.reason})`);
}

/** Peak RSS (MB) and wall time (ms) of the bundled CLI scanning `path`, measured in the child. */
function bundledCli(args: string[]): { ms: number; rssMb: number; code: number | null; stdout: string } {
  const preload = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nMAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))';
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, 'dist/cli/index.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { ms, rssMb: kb / 1024, code: r.status, stdout: r.stdout ?? '' };
}

// ---------------------------------------------------------------- report

interface Row {
  what: string;
  size: string;
  rows: string;
  parse: string;
  scan: string;
  ratio: string;
  mbps: string;
  rss: string;
}
const table: Row[] = [];
const mb = (bytes: number) => bytes / 1024 / 1024;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function main(): Promise<void> {
  if (!existsSync('dist/cli/index.js')) execFileSync('npm', ['run', '-s', 'bundle'], { stdio: 'inherit' });
  const csv = join(DIR, `roster-${CSV_ROWS}.csv`);
  const xlsx = join(DIR, `roster-${XLSX_ROWS}.xlsx`);
  const big = join(DIR, `roster-${BIG_ROWS}.csv`);
  const small = join(DIR, 'pages');
  process.stderr.write('bench: generating inputs (first run only)…\n');
  await writeCsv(csv, CSV_ROWS);
  writeXlsx(xlsx, XLSX_ROWS);
  await writeCsv(big, BIG_ROWS);
  writeSmallFiles(small, SMALL_FILES);

  // CSV
  process.stderr.write('bench: CSV…\n');
  const csvBytes = statSync(csv).size;
  const tParse = await median(() => fastCsvParse(csv));
  const tRegex = await median(() => regexPass(csv));
  const tScan = await median(() => scanInProcess(csv));
  table.push({ what: 'CSV roster: fast-csv parse alone', size: `${mb(csvBytes).toFixed(1)} MB`, rows: String(CSV_ROWS), parse: fmt(tParse), scan: '', ratio: '', mbps: (mb(csvBytes) / (tParse / 1000)).toFixed(1), rss: '' });
  table.push({ what: 'CSV roster: one regex pass (floor)', size: '', rows: '', parse: fmt(tRegex), scan: '', ratio: '', mbps: (mb(csvBytes) / (tRegex / 1000)).toFixed(1), rss: '' });
  table.push({ what: 'CSV roster: full scan', size: '', rows: '', parse: fmt(tParse), scan: fmt(tScan), ratio: `${(tScan / tParse).toFixed(2)}× (target ≤ 1.30×)`, mbps: (mb(csvBytes) / (tScan / 1000)).toFixed(1), rss: '' });

  // XLSX
  process.stderr.write('bench: XLSX…\n');
  const xlsxBytes = statSync(xlsx).size;
  const xbuf = readFileSync(xlsx);
  const tXParse = await median(async () => XLSX.read(xbuf, { type: 'buffer' }));
  const tXScan = await median(() => scanInProcess(xlsx));
  table.push({ what: 'XLSX roster: SheetJS read alone', size: `${mb(xlsxBytes).toFixed(1)} MB`, rows: String(XLSX_ROWS), parse: fmt(tXParse), scan: '', ratio: '', mbps: (mb(xlsxBytes) / (tXParse / 1000)).toFixed(1), rss: '' });
  table.push({ what: 'XLSX roster: full scan', size: '', rows: '', parse: fmt(tXParse), scan: fmt(tXScan), ratio: `${(tXScan / tXParse).toFixed(2)}× (target ≤ 1.30×)`, mbps: (mb(xlsxBytes) / (tXScan / 1000)).toFixed(1), rss: '' });

  // Memory: the bundled CLI on a 1,000,000-row CSV, and on a CSV ten times shorter.
  process.stderr.write('bench: memory…\n');
  // The size limit is raised so that the file is really scanned (the default, 100 MiB, would
  // turn it away unread); the run must end 'scanned' with the roster found, or the row says so.
  const memoryArgs = (path: string) => ['scan', '--format', 'json', '--max-file-size', '1GB', path];
  const outcome = (stdout: string) => {
    try {
      const r = JSON.parse(stdout) as { files: Array<{ status: string; findings: Array<{ count: number }> }> };
      const f = r.files[0]!;
      return `${f.status}, ${f.findings.reduce((n, x) => n + x.count, 0)} person rows found`;
    } catch {
      return 'no report';
    }
  };
  const bigRun = bundledCli(memoryArgs(big));
  const smallRun = bundledCli(memoryArgs(csv));
  table.push({ what: `CLI bundle: ${BIG_ROWS.toLocaleString('en')}-row CSV`, size: `${mb(statSync(big).size).toFixed(1)} MB`, rows: String(BIG_ROWS), parse: '', scan: fmt(bigRun.ms), ratio: outcome(bigRun.stdout), mbps: (mb(statSync(big).size) / (bigRun.ms / 1000)).toFixed(1), rss: `${bigRun.rssMb.toFixed(0)} MB (target ≤ 300)` });
  table.push({ what: `CLI bundle: ${CSV_ROWS.toLocaleString('en')}-row CSV (growth check)`, size: `${mb(csvBytes).toFixed(1)} MB`, rows: String(CSV_ROWS), parse: '', scan: fmt(smallRun.ms), ratio: outcome(smallRun.stdout), mbps: '', rss: `${smallRun.rssMb.toFixed(0)} MB` });

  // Start-up: the bundled command line, process start to result, on one tiny file.
  const tiny = join(DIR, 'tiny.csv');
  writeFileSync(tiny, 'Country,Count\nHONDURAS,3\n');
  const medianOf = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const startup = medianOf([0, 1, 2, 3, 4].map(() => bundledCli(['scan', tiny]).ms));
  table.push({ what: 'CLI bundle start-up: one tiny file, end to end', size: '', rows: '', parse: '', scan: fmt(startup), ratio: '', mbps: '', rss: '' });

  // Many small files: the bundled command line over 500 pages (workers start once and are
  // reused), against reading the same files and against the one-file start-up above.
  process.stderr.write('bench: many small files…\n');
  const files = readdirSync(small).map((f) => join(small, f));
  const tRead = await median(async () => Promise.all(files.map((f) => readFile(f))));
  const pages = medianOf([0, 1, 2].map(() => bundledCli(['scan', '--quiet', small]).ms));
  const smallBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const perFile = (pages - startup) / SMALL_FILES;
  table.push({ what: `CLI bundle: ${SMALL_FILES} Markdown/HTML pages (read alone vs scan)`, size: `${mb(smallBytes).toFixed(2)} MB`, rows: '', parse: fmt(tRead), scan: fmt(pages), ratio: `${perFile.toFixed(2)} ms/file after start-up`, mbps: '', rss: '' });

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nasylum-pii-gate benchmark — ${os.cpus().length} × ${cpu}, Node ${process.version}, ${RUNS} runs after a warm-up (median)${QUICK ? ', QUICK sizes' : ''}\n`);
  const cols: Array<keyof Row> = ['what', 'size', 'rows', 'parse', 'scan', 'ratio', 'mbps', 'rss'];
  const heads: Record<keyof Row, string> = { what: 'measurement', size: 'size', rows: 'rows', parse: 'parse-only', scan: 'scan', ratio: 'ratio', mbps: 'MB/s', rss: 'peak RSS' };
  console.log(`| ${cols.map((c) => heads[c]).join(' | ')} |`);
  console.log(`|${cols.map(() => '---').join('|')}|`);
  for (const r of table) console.log(`| ${cols.map((c) => r[c]).join(' | ')} |`);
}

main().catch((error: unknown) => {
  // The inputs are synthetic (generated above), so the bench may show its own errors.
  console.error('bench: failed:', error instanceof Error ? error.message : 'unknown error');
  process.exitCode = 1;
});
