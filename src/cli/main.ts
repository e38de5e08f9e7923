/**
 * `asylum-pii-gate scan [--format text|json|sarif] [--output FILE] [--fail-on LEVEL] PATH...`
 * Exit 0 when nothing blocks, 1 when something blocks (a finding at or above the fail level, or
 * a file that could not be inspected), 2 for a usage error (bad flags, a missing path, a bad
 * config file, a report that could not be written).
 */
import { lstat, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ScanReport } from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { TOOL } from '../core/tool.js';
import { resolveScanOptions, type DetectOptions, type ScanOptions } from '../config/scan-options.js';
import { detectOptionsFrom, parseActionConfig } from '../config/action-config.js';
import { expandPaths, type WalkedFile } from '../scan/walk.js';
import { scan } from '../scan/scanner.js';
import { toJson } from '../report/json.js';
import { toSarif } from '../report/sarif.js';
import { summaryLine, toText } from '../report/text.js';
import { parseArgs, USAGE, type Format, type ScanCommand } from './args.js';
import { createProgress } from './progress.js';

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
}

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

export function render(report: ScanReport, format: Format, options: { color?: boolean; quiet?: boolean } = {}): string {
  if (format === 'json') return toJson(report);
  if (format === 'sarif') return toSarif(report);
  return toText(report, options);
}

type Step<T> = { ok: true; value: T } | { ok: false; code: number };

/** Every named path must exist; a missing one is a usage error that names it (escaped). */
async function checkPaths(paths: readonly string[], io: CliIo): Promise<Step<void>> {
  for (const p of paths) {
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

/** --config FILE: the same YAML/JSON schema as the Action's config; the detection settings are used. */
async function loadDetectOptions(file: string | undefined, io: CliIo): Promise<Step<DetectOptions | undefined>> {
  if (file === undefined) return { ok: true, value: undefined };
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    io.stderr(`${NAME}: the config file ${quoted(file)} could not be read\n`);
    return { ok: false, code: EXIT_USAGE };
  }
  const parsed = parseActionConfig(text);
  if (!parsed.ok) {
    io.stderr(`${NAME}: the config file ${quoted(file)} is not valid:\n${parsed.errors.map((e) => `  - ${displayText(e, 200)}\n`).join('')}`);
    return { ok: false, code: EXIT_USAGE };
  }
  return { ok: true, value: detectOptionsFrom(parsed.config) };
}

function scanOptions(command: ScanCommand, detect: DetectOptions | undefined): ScanOptions {
  const limits: Partial<ScanOptions['limits']> = {};
  if (command.maxFileSize !== undefined) limits.maxFileSize = command.maxFileSize;
  if (command.timeoutMs !== undefined) limits.timeoutMs = command.timeoutMs;
  if (command.memoryLimitMb !== undefined) limits.memoryLimitMb = command.memoryLimitMb;
  return resolveScanOptions({
    failOn: command.failOn,
    notInspectedBlocks: command.notInspectedBlocks,
    limits,
    ...(command.concurrency !== undefined ? { concurrency: command.concurrency } : {}),
    ...(detect ? { detect } : {}),
  });
}

async function walk(paths: readonly string[], io: CliIo): Promise<Step<WalkedFile[]>> {
  try {
    return { ok: true, value: await expandPaths(paths, io.cwd) };
  } catch {
    io.stderr(`${NAME}: a directory under the given paths could not be read\n`);
    return { ok: false, code: EXIT_USAGE };
  }
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const checked = await checkPaths(command.paths, io);
  if (!checked.ok) return checked.code;
  const detect = await loadDetectOptions(command.config, io);
  if (!detect.ok) return detect.code;
  const files = await walk(command.paths, io);
  if (!files.ok) return files.code;

  const progress = createProgress({ write: io.stderr, enabled: io.stderrIsTTY === true && !command.quiet, ...(io.now ? { now: io.now } : {}) });
  let report: ScanReport;
  try {
    report = await scan(files.value, scanOptions(command, detect.value), { onProgress: (p) => progress.update(p.done, p.total) });
  } finally {
    progress.clear();
  }

  const text = render(report, command.format, { color: useColor(command, io), quiet: command.quiet });
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
  return report.summary.blocking > 0 ? EXIT_BLOCK : EXIT_PASS;
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
      io.stderr(`${NAME}: ${parsed.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    case 'scan':
      return runScan(parsed, io);
  }
}
