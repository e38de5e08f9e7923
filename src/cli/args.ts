/**
 * Command-line arguments, parsed without side effects: argv in, a plan or a usage error out.
 * Messages name the flag, never echo a free-form value beyond a bounded, escaped copy.
 */
import { isSeverity, SEVERITIES, type Severity } from '../core/model.js';
import { displayText } from '../core/safe-text.js';
import { parseSize } from '../config/size.js';
import { parseShard, type Shard } from '../scan/shard.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface ScanCommand {
  command: 'scan';
  paths: string[];
  format: Format;
  output?: string;
  failOn: Severity;
  notInspectedBlocks: boolean;
  maxFileSize?: number;
  timeoutMs?: number;
  memoryLimitMb?: number;
  concurrency?: number;
  config?: string;
  /** --no-color given. (Color is also off when stdout is not a TTY or NO_COLOR is set.) */
  noColor: boolean;
  quiet: boolean;
  /** --shard i/n: scan only the files whose path hashes to shard i of n. */
  shard?: Shard;
}

export const MERGE_FORMATS = [...FORMATS, 'summary'] as const;
export type MergeFormat = (typeof MERGE_FORMATS)[number];

/** `merge REPORT.json...`: shard reports in, one report (and verdict) out. */
export interface MergeCommand {
  command: 'merge';
  reports: string[];
  format: MergeFormat;
  output?: string;
  quiet: boolean;
}

export type ParsedArgs =
  ScanCommand | MergeCommand | { command: 'help' } | { command: 'version' } | { command: 'usage-error'; message: string };

export const SYNOPSIS =
  'usage: asylum-pii-gate scan [options] PATH...   (PATH - reads standard input)\n       asylum-pii-gate merge [options] REPORT.json...';

/** What a usage error prints after its message: the synopsis and where the options are. */
export const USAGE_HINT = `${SYNOPSIS}\nRun 'asylum-pii-gate --help' for the options.\n`;

export const USAGE = `usage: asylum-pii-gate scan [options] PATH...
       asylum-pii-gate merge [--format text|json|sarif|summary] [--output FILE] REPORT.json...

Scans files (directories are walked) for person-level asylum-seeker records and reports where
they are without repeating them. PATH '-' reads one file from standard input. Paths are shown
relative to the git repository that holds them (else to the current folder), as the Action
shows them. Exit 0: nothing blocks; 1: something blocks; 2: usage error.

options:
  --format text|json|sarif     output format (default: text)
  --output FILE                write the report to FILE instead of stdout ('-': stdout)
  --fail-on LEVEL              ${SEVERITIES.join('|')}: lowest severity that blocks (default: high)
  --not-inspected block|warn   whether a file that could not be read blocks (default: block)
  --max-file-size SIZE         larger files are not inspected: bytes, or 100MB, 5m, 512k (default: 100MB)
  --timeout SECONDS            time limit per file (default: 120)
  --memory-limit MB            heap limit per scan worker (default: 1024)
  --concurrency N              files scanned at once (default: CPU count, at most 4)
  --config FILE                YAML or JSON config in the Action's schema; the CLI applies all
                               of it: allowlist, severity, header-synonyms, custom-recognizers
                               and accepted-findings
  --no-color                   no colors in text output
  --quiet                      text output lists only files that block; no progress line
  --shard I/N                  scan only shard I of N (files assigned by a hash of their path),
                               for a whole-repository audit split over a job matrix; combine
                               the shards' JSON reports with 'merge', which fails if one is missing
  -h, --help                   show this help
  -V, --version                show the version
`;

function positiveNumber(text: string): number | undefined {
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n > 0 && Number.isFinite(n) ? n : undefined;
}

function positiveInteger(text: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

/** Flags that take a value, and how each value is read into the command. */
type ValueFlag = (command: ScanCommand, value: string) => string | undefined;

const shown = (value: string) => `'${displayText(value, 40)}'`;

const VALUE_FLAGS: Record<string, ValueFlag> = {
  '--format': (c, v) => {
    if (!(FORMATS as readonly string[]).includes(v)) return `--format must be one of ${FORMATS.join(', ')} (got ${shown(v)})`;
    c.format = v as Format;
    return undefined;
  },
  '--output': (c, v) => {
    if (!v) return '--output needs a file name';
    if (v === '-')
      delete c.output; // '-' is stdout, the default
    else c.output = v;
    return undefined;
  },
  '--fail-on': (c, v) => {
    if (!isSeverity(v)) return `--fail-on must be one of ${SEVERITIES.join(', ')} (got ${shown(v)})`;
    c.failOn = v;
    return undefined;
  },
  '--not-inspected': (c, v) => {
    if (v !== 'block' && v !== 'warn') return `--not-inspected must be block or warn (got ${shown(v)})`;
    c.notInspectedBlocks = v === 'block';
    return undefined;
  },
  '--max-file-size': (c, v) => {
    const n = parseSize(v);
    if (n === undefined) return `--max-file-size must be a size such as 100MB, 5m or 2048 (got ${shown(v)})`;
    c.maxFileSize = n;
    return undefined;
  },
  '--timeout': (c, v) => {
    const n = positiveNumber(v);
    // setTimeout cannot wait longer than 2^31-1 ms (about 24.8 days); a day is plenty per file.
    if (n === undefined || n > 86_400) return `--timeout must be a number of seconds above 0, at most 86400 (got ${shown(v)})`;
    c.timeoutMs = Math.round(n * 1000);
    return undefined;
  },
  '--memory-limit': (c, v) => {
    const n = positiveInteger(v);
    if (n === undefined || n < 16 || n > 65_536)
      return `--memory-limit must be a whole number of megabytes from 16 to 65536 (got ${shown(v)})`;
    c.memoryLimitMb = n;
    return undefined;
  },
  '--concurrency': (c, v) => {
    const n = positiveInteger(v);
    if (n === undefined || n > 256) return `--concurrency must be a whole number from 1 to 256 (got ${shown(v)})`;
    c.concurrency = n;
    return undefined;
  },
  '--shard': (c, v) => {
    const shard = parseShard(v);
    if (!shard) return `--shard must be I/N with 1 <= I <= N <= 256, such as 2/4 (got ${shown(v)})`;
    c.shard = shard;
    return undefined;
  },
  '--config': (c, v) => {
    if (!v) return '--config needs a file name';
    c.config = v;
    return undefined;
  },
};

const SWITCHES: Record<string, (c: ScanCommand) => void> = {
  '--no-color': (c) => {
    c.noColor = true;
  },
  '--quiet': (c) => {
    c.quiet = true;
  },
  '-q': (c) => {
    c.quiet = true;
  },
};

const SHORT_ALIASES: Record<string, string> = { '-f': '--format', '-o': '--output' };

function usageError(message: string): ParsedArgs {
  return { command: 'usage-error', message };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.some((a) => a === '--help' || a === '-h') && !argv.includes('--')) return { command: 'help' };
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return { command: 'version' };
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('no command given');
  if (first === 'help') return { command: 'help' };
  if (first === 'version') return { command: 'version' };
  if (first === 'merge') return parseMerge(rest);
  if (first !== 'scan') return usageError(`unknown command ${shown(first)} (the command is 'scan' or 'merge')`);

  const command: ScanCommand = {
    command: 'scan',
    paths: [],
    format: 'text',
    failOn: 'high',
    notInspectedBlocks: true,
    noColor: false,
    quiet: false,
  };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      command.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '--version' || arg === '-V') return { command: 'version' };
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = SHORT_ALIASES[arg] ?? (eq > 0 ? arg.slice(0, eq) : arg);
    const switchFlag = SWITCHES[name];
    if (switchFlag) {
      if (eq > 0) return usageError(`${name} takes no value`);
      switchFlag(command);
      continue;
    }
    const valueFlag = VALUE_FLAGS[name];
    if (!valueFlag) return usageError(`unknown option ${shown(name)}`);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      // A negative number is a value (reported as invalid by the flag), not the next option.
      if (value === undefined || (value.startsWith('-') && value !== '-' && !/^-\d/.test(value)))
        return usageError(`${name} needs a value`);
      i += 1;
    }
    const problem = valueFlag(command, value);
    if (problem) return usageError(problem);
  }
  if (command.paths.length === 0) return usageError('no PATH given: name the files or directories to scan');
  if (command.paths.filter((p) => p === '-').length > 1 && !onlyPaths) return usageError("'-' (standard input) can be given once");
  return command;
}

function parseMerge(rest: readonly string[]): ParsedArgs {
  const command: MergeCommand = { command: 'merge', reports: [], format: 'text', quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      command.reports.push(arg);
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      command.quiet = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = SHORT_ALIASES[arg] ?? (eq > 0 ? arg.slice(0, eq) : arg);
    if (name !== '--format' && name !== '--output') return usageError(`unknown option ${shown(name)} for merge`);
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined) return usageError(`${name} needs a value`);
    if (name === '--output') command.output = value === '-' ? undefined : value;
    else if ((MERGE_FORMATS as readonly string[]).includes(value)) command.format = value as MergeFormat;
    else return usageError(`--format must be one of ${MERGE_FORMATS.join(', ')} (got ${shown(value)})`);
  }
  if (command.reports.length === 0) return usageError('no REPORT given: name the JSON reports of the shards to merge');
  return command;
}
