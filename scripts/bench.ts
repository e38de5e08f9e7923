/**
 * `npm run bench`: speed and memory of the scanner as users run it (the bundled command line,
 * whole processes: start-up counts), beside the library or tool each target is measured against,
 * in the same run. Inputs are synthetic and generated under .bench/ (never committed). Prints a
 * table; asserts nothing. See README "Performance".
 *
 *   - XLSX: SheetJS's read alone (a node process that only reads the workbook) vs the scan of a
 *     600,000-row roster workbook; peak RSS of the scan (the largest process: the command line
 *     or its scan worker).
 *   - CSV: fast-csv's parse alone (a node process) vs the scan of a 20 MB roster.
 *   - Start-up: the command line on a two-line CSV, wall time and peak RSS.
 *   - Site audit: a generated 5,000-file site, MB/s and files/s, ripgrep's single-regex pass over
 *     the same tree beside it, and the same site in 4 shards merged (same findings as one run).
 *
 * Each measurement is the median of BENCH_RUNS runs (default 3). BENCH_QUICK=1 uses inputs ten
 * times smaller. BENCH_ONLY=csv,startup (any of xlsx, csv, startup, site) runs only those parts.
 * BENCH_NODE=/path/to/node measures the processes on another Node (the Action runs on Node 24). Peak RSS needs GNU time (/usr/bin/time); without it the column says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream, readdirSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makePeople, rosterRow, ROSTER_HEADER } from '../test/fixtures/people.js';
import { writeBigRosterXlsx } from '../test/fixtures/big-xlsx.js';
import { writeSite } from '../test/fixtures/site.js';

const DIR = '.bench';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const QUICK = process.env.BENCH_QUICK === '1';
const XLSX_ROWS = QUICK ? 60_000 : 600_000;
const CSV_MB = QUICK ? 2 : 20;
const SITE_FILES = QUICK ? 500 : 5_000;
/**
 * The Node that runs every measured process (BENCH_NODE=/path/to/node, e.g. the Node 24 the
 * Action runs on); the bench itself runs on the Node that started it.
 */
const NODE = process.env.BENCH_NODE ?? process.execPath;
const NODE_VERSION = NODE === process.execPath ? process.version : execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
/** The bundle measured (BENCH_CLI to measure another build, e.g. an older one, with the same bench). */
const CLI = process.env.BENCH_CLI ?? 'dist/cli/index.js';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const ONLY = process.env.BENCH_ONLY?.split(',').map((p) => p.trim());
const part = (name: 'xlsx' | 'csv' | 'startup' | 'site') => !ONLY || ONLY.includes(name);

mkdirSync(DIR, { recursive: true });

// ---------------------------------------------------------------- inputs

async function writeCsv(path: string, megabytes: number): Promise<number> {
  if (!existsSync(path)) {
    const people = makePeople(5_000, 7);
    const out = createWriteStream(path);
    out.write(`${ROSTER_HEADER.join(',')}\n`);
    let bytes = 0;
    for (let i = 0; bytes < megabytes * 1024 * 1024; i++) {
      const row = `${rosterRow(people[i % people.length]!)
        .map((v) => (v.includes(',') ? `"${v}"` : v))
        .join(',')}\n`;
      bytes += Buffer.byteLength(row);
      if (!out.write(row)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  return readFileSync(path, 'latin1').split('\n').length - 2;
}

// ---------------------------------------------------------------- whole processes

interface Run {
  ms: number;
  /** Peak RSS of the largest process of the run, MB (NaN without GNU time). */
  rssMb: number;
  code: number | null;
  stdout: string;
}

/** One whole process: wall time from spawn to exit, and its peak RSS through GNU time. */
function proc(args: string[]): Run {
  const command = TIME ? TIME : NODE;
  const argv = TIME ? ['-f', 'MAXRSS_KB=%M', NODE, ...args] : args;
  const t = performance.now();
  const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { ms, rssMb: kb / 1024, code: r.status, stdout: r.stdout ?? '' };
}

/** The median run (by time) of `RUNS` runs; the peak RSS is the largest seen. */
function median(args: string[], runs = RUNS): Run {
  const all = Array.from({ length: runs }, () => proc(args));
  all.sort((a, b) => a.ms - b.ms);
  const mid = all[Math.floor(all.length / 2)]!;
  return { ...mid, rssMb: Math.max(...all.map((r) => r.rssMb)) };
}

const readXlsxAlone = (path: string) => [
  '-e',
  `require(${JSON.stringify(join(process.cwd(), 'node_modules/xlsx'))}).read(require('fs').readFileSync(${JSON.stringify(path)}), { type: 'buffer' })`,
];
const parseCsvAlone = (path: string) => [
  '-e',
  `let n = 0; require('fs').createReadStream(${JSON.stringify(path)}, { highWaterMark: 256 * 1024 }).pipe(require(${JSON.stringify(join(process.cwd(), 'node_modules/fast-csv'))}).parse({ headers: false })).on('data', () => n++).on('end', () => process.stdout.write(String(n)))`,
];

function outcome(stdout: string): string {
  try {
    const r = JSON.parse(stdout) as { files: Array<{ status: string; reason?: string; findings: Array<{ count: number }> }> };
    const f = r.files[0]!;
    return `${f.status}${f.reason ? ` (${f.reason})` : ''}, ${f.findings.reduce((n, x) => Math.max(n, x.count), 0).toLocaleString('en')} person rows found`;
  } catch {
    return 'no report';
  }
}

// ---------------------------------------------------------------- report

interface Row {
  what: string;
  size: string;
  baseline: string;
  scan: string;
  ratio: string;
  rate: string;
  rss: string;
}
const table: Row[] = [];
const mb = (bytes: number) => bytes / 1024 / 1024;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const rss = (r: Run, target?: number) =>
  Number.isNaN(r.rssMb) ? 'n/a (no /usr/bin/time)' : `${r.rssMb.toFixed(0)} MB${target ? ` (target ≤ ${target})` : ''}`;
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

function treeBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

function ripgrep(dir: string): number | undefined {
  const found = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) return undefined;
  const times = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    spawnSync('rg', ['-c', '--no-messages', '-e', '\\b[A-Z]?\\d{9}\\b', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) execFileSync('npm', ['run', '-s', 'bundle'], { stdio: 'inherit' });
  const xlsx = join(DIR, `roster-${XLSX_ROWS}.xlsx`);
  const csv = join(DIR, `roster-${CSV_MB}mb.csv`);
  const tiny = join(DIR, 'tiny.csv');
  const site = join(DIR, `site-${SITE_FILES}`);
  log('generating inputs (first run only)…');
  if (part('xlsx') && !existsSync(xlsx)) await writeBigRosterXlsx(xlsx, XLSX_ROWS);
  const csvRows = await writeCsv(csv, CSV_MB);
  writeFileSync(tiny, 'Country,Count\nHONDURAS,3\n');
  if (part('site') && !existsSync(site)) writeSite(site, SITE_FILES);

  if (part('xlsx')) {
    // XLSX: SheetJS's read alone vs the scan, both whole processes.
    log('XLSX…');
    const xlsxBytes = statSync(xlsx).size;
    const sheetjs = median(readXlsxAlone(xlsx));
    const xScan = median([CLI, 'scan', '--format', 'json', xlsx]);
    table.push({
      what: `XLSX roster, ${XLSX_ROWS.toLocaleString('en')} rows: SheetJS read alone`,
      size: `${mb(xlsxBytes).toFixed(1)} MB`,
      baseline: fmt(sheetjs.ms),
      scan: '',
      ratio: '',
      rate: '',
      rss: rss(sheetjs),
    });
    table.push({
      what: `XLSX roster: scan (${outcome(xScan.stdout)})`,
      size: '',
      baseline: fmt(sheetjs.ms),
      scan: fmt(xScan.ms),
      ratio: `${(xScan.ms / sheetjs.ms).toFixed(2)}× (target ≤ 0.30×)`,
      rate: `${(mb(xlsxBytes) / (xScan.ms / 1000)).toFixed(1)} MB/s`,
      rss: rss(xScan, 300),
    });
  }

  if (part('csv')) {
    // CSV: fast-csv's parse alone vs the scan, both whole processes.
    log('CSV…');
    const csvBytes = statSync(csv).size;
    const fastCsv = median(parseCsvAlone(csv));
    const cScan = median([CLI, 'scan', '--format', 'json', csv]);
    table.push({
      what: `CSV roster, ${csvRows.toLocaleString('en')} rows: fast-csv parse alone`,
      size: `${mb(csvBytes).toFixed(1)} MB`,
      baseline: fmt(fastCsv.ms),
      scan: '',
      ratio: '',
      rate: `${(mb(csvBytes) / (fastCsv.ms / 1000)).toFixed(1)} MB/s`,
      rss: rss(fastCsv),
    });
    table.push({
      what: `CSV roster: scan (${outcome(cScan.stdout)})`,
      size: '',
      baseline: fmt(fastCsv.ms),
      scan: fmt(cScan.ms),
      ratio: `${(cScan.ms / fastCsv.ms).toFixed(2)}× (target ≤ 1.00×)`,
      rate: `${(mb(csvBytes) / (cScan.ms / 1000)).toFixed(1)} MB/s`,
      rss: rss(cScan),
    });
  }

  if (part('startup')) {
    // Start-up: the command line on a two-line CSV; `node -e 0` beside it.
    log('start-up…');
    const bare = median(['-e', '0'], 5);
    const small = median([CLI, 'scan', tiny], 5);
    table.push({
      what: 'node -e 0 (process start-up alone)',
      size: '',
      baseline: fmt(bare.ms),
      scan: '',
      ratio: '',
      rate: '',
      rss: rss(bare),
    });
    table.push({
      what: 'CLI on a two-line CSV, end to end',
      size: '',
      baseline: fmt(bare.ms),
      scan: fmt(small.ms),
      ratio: 'target ≤ 200 ms',
      rate: '',
      rss: rss(small, 80),
    });
  }

  if (part('site')) {
    // Site audit: one run, ripgrep beside it, then 4 shards merged.
    log('site audit…');
    const tree = treeBytes(site);
    const audit = median([CLI, 'scan', '--format', 'json', site], Math.min(RUNS, 3));
    const rg = ripgrep(site);
    const perSecond = `${(mb(tree.bytes) / (audit.ms / 1000)).toFixed(2)} MB/s, ${Math.round(tree.files / (audit.ms / 1000))} files/s`;
    table.push({
      what: `Site audit: ${tree.files.toLocaleString('en')} files, one run`,
      size: `${mb(tree.bytes).toFixed(1)} MB`,
      baseline: rg === undefined ? 'rg not installed' : `rg ${fmt(rg)}`,
      scan: fmt(audit.ms),
      ratio: rg === undefined ? '' : `${(audit.ms / rg).toFixed(0)}× ripgrep's single regex`,
      rate: perSecond,
      rss: rss(audit),
    });
    const shardDir = join(DIR, 'shards');
    rmSync(shardDir, { recursive: true, force: true });
    mkdirSync(shardDir);
    const shardRuns = [1, 2, 3, 4].map((i) => {
      const out = join(shardDir, `shard-${i}.json`);
      const r = proc([CLI, 'scan', '--format', 'json', '--shard', `${i}/4`, '--output', out, site]);
      return { ...r, out };
    });
    const merged = proc([CLI, 'merge', '--format', 'json', ...shardRuns.map((r) => r.out)]);
    const findings = (stdout: string) => {
      try {
        const r = JSON.parse(stdout) as {
          files: Array<{ path: string; status: string; findings: Array<{ fingerprint: string; count: number }> }>;
        };
        return JSON.stringify(r.files.map((f) => [f.path, f.status, f.findings.map((x) => [x.fingerprint, x.count])]));
      } catch {
        return 'no report';
      }
    };
    const same = findings(merged.stdout) !== 'no report' && findings(merged.stdout) === findings(audit.stdout);
    const slowest = Math.max(...shardRuns.map((r) => r.ms));
    table.push({
      what: `Site audit in 4 shards + merge: ${same ? 'same findings as one run' : 'FINDINGS DIFFER from one run'}`,
      size: '',
      baseline: '',
      scan: `slowest shard ${fmt(slowest)}, merge ${fmt(merged.ms)}`,
      ratio: '',
      rate: '',
      rss: '',
    });
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nasylum-pii-gate benchmark — ${os.cpus().length} × ${cpu}, Node ${NODE_VERSION}, whole processes, median of ${RUNS} runs${QUICK ? ', QUICK sizes' : ''}\n`,
  );
  const cols: Array<keyof Row> = ['what', 'size', 'baseline', 'scan', 'ratio', 'rate', 'rss'];
  const heads: Record<keyof Row, string> = {
    what: 'measurement',
    size: 'size',
    baseline: 'baseline',
    scan: 'scan',
    ratio: 'ratio / target',
    rate: 'throughput',
    rss: 'peak RSS',
  };
  console.log(`| ${cols.map((c) => heads[c]).join(' | ')} |`);
  console.log(`|${cols.map(() => '---').join('|')}|`);
  for (const r of table) console.log(`| ${cols.map((c) => r[c]).join(' | ')} |`);
}

main().catch((error: unknown) => {
  // The inputs are synthetic (generated above), so the bench may show its own errors.
  console.error('bench: failed:', error instanceof Error ? error.message : 'unknown error');
  process.exitCode = 1;
});
