/**
 * `asylum-pii-gate scan [--format text|json|sarif] [--output FILE] [--fail-on LEVEL] PATH...`
 * Exit 0 when nothing blocks, 1 when something blocks (a finding at or above the fail level, or
 * a file that could not be inspected), 2 for a usage error (bad flags, a missing path, a bad
 * config file, a report that could not be written). Everything that can be checked before the
 * scan (paths, config, the output file) is checked first.
 */
import { access, constants, lstat, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileResult, ScanReport } from '../core/model.js';
import { buildReport } from '../core/verdict.js';
import { displayText } from '../core/safe-text.js';
import { TOOL } from '../core/tool.js';
import { resolveScanOptions, type ScanOptions } from '../config/scan-options.js';
import type { ActionConfig } from '../config/action-config.js';
import { expandPaths, type WalkedFile } from '../scan/walk.js';
import { scanTargets } from '../scan/scanner.js';
import type { ScanTarget } from '../scan/scan-file.js';
import { toJson } from '../report/json.js';
import { toSarif } from '../report/sarif.js';
import { summaryLine, toText } from '../report/text.js';
import { parseArgs, USAGE, USAGE_HINT, type Format, type MergeCommand, type ScanCommand } from './args.js';
import { inShard } from '../scan/shard.js';
import { mergeReports, settingsDigest } from '../report/merge.js';
import type { SummaryWriter } from '../report/summary.js';
import { createProgress } from './progress.js';
import { projectRoot, shownFrom, type ProjectRoot } from './root.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout / stderr are terminals (colors, progress line). Default false. */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Environment (NO_COLOR). Default: none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Clock for the progress line (tests). Default Date.now. */
  now?: () => number;
  /** Standard input, read for the path '-'. */
  stdin?: Readable;
  /** Today as yyyy-mm-dd (UTC), for accepted-findings expiry (tests). Default: the clock. */
  today?: string;
}

/** How standard input is shown in reports (it has no path). */
export const STDIN_PATH = '(stdin)';

export const EXIT_PASS = 0;
export const EXIT_BLOCK = 1;
export const EXIT_USAGE = 2;

const NAME = TOOL.name;
const quoted = (text: string) => `'${displayText(text, 200)}'`;

/** Colors only for text going to a terminal, and never when NO_COLOR is set (no-color.org) or --no-color given. */
export function useColor(command: Pick<ScanCommand, 'format' | 'output' | 'noColor'>, io: Pick<CliIo, 'stdoutIsTTY' | 'env'>): boolean {
  if (command.format !== 'text' || command.output !== undefined || command.noColor) return false;
  if (io.env?.NO_COLOR) return false;
  return io.stdoutIsTTY === true;
}

export function render(report: ScanReport, format: Format, options: { color?: boolean; quiet?: boolean; root?: ProjectRoot } = {}): string {
  if (format === 'json') return toJson(report);
  if (format === 'sarif') {
    const rootDescription =
      options.root?.kind === 'scan'
        ? 'The folder the command line scanned from (not inside a git repository): every artifact URI is relative to it.'
        : undefined;
    return toSarif(report, rootDescription ? { rootDescription } : {});
  }
  return toText(report, options);
}

type Step<T> = { ok: true; value: T } | { ok: false; code: number };

/** Every named path must exist; a missing one is a usage error that names it (escaped). */
async function checkPaths(paths: readonly string[], io: CliIo): Promise<Step<void>> {
  for (const p of paths) {
    if (p === '-') continue;
    try {
      await lstat(resolve(io.cwd, p));
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or directory' : 'cannot be read';
      io.stderr(`${NAME}: ${quoted(p)}: ${why}\n`);
      return { ok: false, code: EXIT_USAGE };
    }
  }
  return { ok: true, value: undefined };
}

/** --config FILE: the Action's YAML/JSON schema, applied whole (allowlist, detection settings, accepted findings). */
/** A config file as read, with the detection settings it gives. */
interface LoadedConfig {
  config: ActionConfig;
  detect: ScanOptions['detect'];
}

async function loadConfig(file: string | undefined, io: CliIo): Promise<Step<LoadedConfig | undefined>> {
  if (file === undefined) return { ok: true, value: undefined };
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    io.stderr(`${NAME}: the config file ${quoted(file)} could not be read\n`);
    return { ok: false, code: EXIT_USAGE };
  }
  // The config's YAML parser loads only when a config is given (start-up of a plain scan).
  const { parseActionConfig, detectOptionsFrom } = await import('../config/action-config.js');
  const parsed = parseActionConfig(text);
  if (!parsed.ok) {
    io.stderr(
      `${NAME}: the config file ${quoted(file)} is not valid:\n${parsed.errors.map((e) => `  - ${displayText(e, 200)}\n`).join('')}`,
    );
    return { ok: false, code: EXIT_USAGE };
  }
  return { ok: true, value: { config: parsed.config, detect: detectOptionsFrom(parsed.config) } };
}

/** --output FILE must be writable before minutes are spent scanning: an existing file, or a new one in an existing folder. */
async function checkOutput(output: string | undefined, io: CliIo): Promise<Step<void>> {
  if (output === undefined) return { ok: true, value: undefined };
  const path = resolve(io.cwd, output);
  let why: string | undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) why = 'it is a folder';
    else await access(path, constants.W_OK).catch(() => (why = 'it cannot be written'));
  } catch {
    try {
      const parent = await stat(dirname(path));
      if (!parent.isDirectory()) why = 'its folder does not exist';
      else await access(dirname(path), constants.W_OK).catch(() => (why = 'its folder cannot be written'));
    } catch {
      why = 'its folder does not exist';
    }
  }
  if (!why) return { ok: true, value: undefined };
  io.stderr(`${NAME}: the report cannot be written to ${quoted(output)}: ${why}\n`);
  return { ok: false, code: EXIT_USAGE };
}

function scanOptions(command: ScanCommand, config: LoadedConfig | undefined): ScanOptions {
  const limits: Partial<ScanOptions['limits']> = {};
  if (command.maxFileSize !== undefined) limits.maxFileSize = command.maxFileSize;
  if (command.timeoutMs !== undefined) limits.timeoutMs = command.timeoutMs;
  if (command.memoryLimitMb !== undefined) limits.memoryLimitMb = command.memoryLimitMb;
  return resolveScanOptions({
    failOn: command.failOn,
    notInspectedBlocks: command.notInspectedBlocks,
    limits,
    ...(command.concurrency !== undefined ? { concurrency: command.concurrency } : {}),
    ...(config ? { detect: config.detect } : {}),
  });
}

/** Standard input, read up to one byte over the size limit (the scanner then reports it too large). */
async function readStdin(stream: Readable | undefined, limit: number): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(buf);
    size += buf.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit + 1);
}

async function walk(paths: readonly string[], root: string, io: CliIo): Promise<Step<WalkedFile[]>> {
  try {
    return { ok: true, value: await expandPaths(paths, root) };
  } catch {
    io.stderr(`${NAME}: a directory under the given paths could not be read\n`);
    return { ok: false, code: EXIT_USAGE };
  }
}

function today(io: CliIo): string {
  return io.today ?? new Date().toISOString().slice(0, 10);
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const checked = await checkPaths(command.paths, io);
  if (!checked.ok) return checked.code;
  const config = await loadConfig(command.config, io);
  if (!config.ok) return config.code;
  const output = await checkOutput(command.output, io);
  if (!output.ok) return output.code;

  const onDisk = command.paths.filter((p) => p !== '-').map((p) => resolve(io.cwd, p));
  const root = await projectRoot(onDisk, io.cwd);
  const walked = await walk(onDisk, root.dir, io);
  if (!walked.ok) return walked.code;
  const options = scanOptions(command, config.value);

  // The config's allowlist leaves files out as the Action does (matched on the shown path).
  const allowlist = config.value?.config.allowlist ?? [];
  // Glob matching (minimatch) loads only when there is an allowlist to match.
  const decide = allowlist.length ? (await import('../action/filters.js')).decide : undefined;
  const results: Array<FileResult | undefined> = [];
  const targets: Array<{ index: number; target: ScanTarget }> = [];
  for (const file of walked.value) {
    const displayPath = shownFrom(root.dir, file.path);
    if (!inShard(displayPath, command.shard)) continue;
    const d = decide ? decide(displayPath, { include: [], exclude: [], allowlist }) : ({ scan: true } as const);
    if (!d.scan) results.push({ path: displayPath, status: 'skipped', reason: d.reason, detail: d.detail, findings: [] });
    else {
      targets.push({ index: results.length, target: { path: file.path, displayPath } });
      results.push(undefined);
    }
  }
  if (command.paths.includes('-')) {
    targets.push({
      index: results.length,
      target: { displayPath: STDIN_PATH, data: await readStdin(io.stdin, options.limits.maxFileSize) },
    });
    results.push(undefined);
  }

  const progress = createProgress({
    write: io.stderr,
    enabled: io.stderrIsTTY === true && !command.quiet,
    ...(io.now ? { now: io.now } : {}),
  });
  try {
    const scanned = await scanTargets(
      targets.map((t) => t.target),
      options,
      { onProgress: (p) => progress.update(p.done, p.total) },
    );
    targets.forEach((t, i) => (results[t.index] = scanned[i]));
  } finally {
    progress.clear();
  }
  const acceptedFindings = config.value?.config.acceptedFindings ?? [];
  const accepted = acceptedFindings.length
    ? (await import('../action/acceptance.js')).applyAcceptedFindings(results as FileResult[], acceptedFindings, today(io))
    : { files: results as FileResult[], expiredMatches: [] };
  const report = buildReport(accepted.files, { failOn: command.failOn, notInspectedBlocks: command.notInspectedBlocks }, TOOL);
  if (command.shard) report.shard = command.shard;
  // What decides the findings, so that `merge` refuses shards scanned with other settings.
  report.settings = settingsDigest({
    options: { ...options, concurrency: undefined },
    allowlist,
    accepted: acceptedFindings,
  });
  for (const e of accepted.expiredMatches)
    io.stderr(
      `${NAME}: an accepted-findings entry (fingerprint ${displayText(e.fingerprint, 64)}) expired on ${e.expires}: its finding counts again\n`,
    );

  const text = render(report, command.format, { color: useColor(command, io), quiet: command.quiet, root });
  return emit(report, text, command, io);
}

/** Write the report to --output or stdout; the exit code says whether anything blocks. */
async function emit(report: ScanReport, text: string, command: { output?: string; quiet: boolean }, io: CliIo): Promise<number> {
  if (command.output !== undefined) {
    try {
      await writeFile(resolve(io.cwd, command.output), text);
    } catch {
      io.stderr(`${NAME}: the report could not be written to ${quoted(command.output)}\n`);
      return EXIT_USAGE;
    }
    if (!command.quiet) io.stderr(`${summaryLine(report)}\n${NAME}: report written to ${quoted(command.output)}\n`);
  } else {
    io.stdout(text);
  }
  return report.summary.blocking > 0 || report.blockers?.length ? EXIT_BLOCK : EXIT_PASS;
}

/** A job-summary writer that only collects text (the merge step prints it or writes it to a file). */
class TextSummary implements SummaryWriter {
  private text = '';
  addRaw(text: string, addEOL = false): SummaryWriter {
    this.text += addEOL ? `${text}\n` : text;
    return this;
  }
  stringify(): string {
    return this.text;
  }
}

/**
 * `merge REPORT.json...`: the JSON reports of a sharded audit become one report in any format,
 * including the job summary (Markdown) for $GITHUB_STEP_SUMMARY. A REPORT may be a folder (its
 * `.json` files). Exit 1 when anything blocks, 2 when a report cannot be read, is not valid, does
 * not belong to the same audit, or a shard is missing.
 */
async function runMerge(command: MergeCommand, io: CliIo): Promise<number> {
  // Report loading (minimatch for folders) loads only for a merge.
  const { expandReportPaths, loadReports } = await import('../report/load-reports.js');
  const expanded = await expandReportPaths(command.reports, io.cwd);
  const loaded = await loadReports(expanded.paths, io.cwd);
  const unread = [...expanded.problems, ...loaded.problems];
  const merged = unread.length ? undefined : mergeReports(loaded.reports);
  const problems = merged ? [...merged.refused, ...merged.missing] : unread;
  if (problems.length) {
    io.stderr(`${NAME}: the reports cannot be merged:\n${problems.map((e) => `  - ${e}\n`).join('')}`);
    return EXIT_USAGE;
  }
  const report = merged!.report;
  for (const b of report.blockers ?? []) io.stderr(`${NAME}: blocked: ${displayText(b, 1000)}\n`);
  const text =
    command.format === 'summary'
      ? (await import('../report/summary.js'))
          .buildSummary(new TextSummary(), {
            report,
            subject: `${loaded.reports.length} shard report(s) of a whole-repository audit${report.commit ? ` at ${report.commit.slice(0, 12)}` : ''}`,
            waiver: { state: 'not-applicable', label: '' },
            ...(report.commit ? { headSha: report.commit } : {}),
            blockers: report.blockers ?? [],
          })
          .stringify()
      : render(report, command.format, { quiet: command.quiet });
  return emit(report, text, command, io);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.command) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_PASS;
    case 'version':
      io.stdout(`${TOOL.name} ${TOOL.version}\n`);
      return EXIT_PASS;
    case 'usage-error':
      io.stderr(`${NAME}: ${parsed.message}\n${USAGE_HINT}`);
      return EXIT_USAGE;
    case 'scan':
      return runScan(parsed, io);
    case 'merge':
      return runMerge(parsed, io);
  }
}
