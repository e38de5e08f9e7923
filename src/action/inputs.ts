/**
 * The Action's inputs, with their defaults in ONE place (action.yml repeats them for the
 * marketplace page; a test keeps the two in step). Reading is pure: give it a getter.
 */
import { isSeverity, type Severity } from '../core/model.js';
import { DEFAULT_CONFIG_PATH } from '../config/action-config.js';
import { DEFAULT_LIMITS } from '../config/scan-options.js';
import { parseSize } from '../config/size.js';
import { parseShard, type Shard } from '../scan/shard.js';

export const PERMISSION_LEVELS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export function permissionRank(level: string): number {
  return (PERMISSION_LEVELS as readonly string[]).indexOf(level);
}

export interface ActionInputs {
  token: string;
  include: string[];
  exclude: string[];
  failOn: Severity;
  waiverLabel: string;
  /** Users (`octocat`) and teams (`org/team-slug`). Empty: anyone with waiverMinPermission. */
  waiverApprovers: string[];
  waiverMinPermission: PermissionLevel;
  allowSelfWaiver: boolean;
  maxFileSize: number;
  /** Wall-clock limit per file, milliseconds. */
  timeoutMs: number;
  /** Heap limit per scan worker, MB. */
  memoryLimitMb: number;
  config: string;
  /** workflow_dispatch only: paths (folders or globs) of the repository to scan. Empty: all. */
  paths: string[];
  /** Scan every blob any commit of a pull request introduced, not only the net diff. */
  scanEveryCommit: boolean;
  /** On `pull_request`, a change to workflow files or the gate's config blocks. */
  blockGateChanges: boolean;
  /** The whole run's time budget, milliseconds. */
  timeBudgetMs: number;
  /** workflow_dispatch / schedule only: scan shard i of n of the listed files (a job matrix). */
  shard?: Shard;
  /** 'scan' (the default) scans; 'merge' combines shard reports (the merge job of a matrix). */
  mode: ActionMode;
  /** mode 'merge': files, folders or globs of the shard JSON reports, relative to the workspace. */
  reports: string[];
}

export const ACTION_MODES = ['scan', 'merge'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** The default of every input, as action.yml states it. */
export const INPUT_DEFAULTS = {
  include: '',
  exclude: '',
  'fail-on': 'high',
  'waiver-label': 'pii-waiver-approved',
  'waiver-approvers': '',
  'waiver-min-permission': 'maintain',
  'allow-self-waiver': 'false',
  'max-file-size': String(DEFAULT_LIMITS.maxFileSize),
  timeout: String(DEFAULT_LIMITS.timeoutMs / 1000),
  'memory-limit': String(DEFAULT_LIMITS.memoryLimitMb),
  config: DEFAULT_CONFIG_PATH,
  paths: '',
  'scan-every-commit': 'true',
  'block-gate-changes': 'true',
  'time-budget': '7200',
  shard: '',
  mode: 'scan',
  reports: '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS | 'token';

export type InputResult = { ok: true; inputs: ActionInputs } | { ok: false; errors: string[] };

/** Newline-separated list (globs may hold commas in braces); blank lines and `#` comments dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

/** Names: newline-, comma- or space-separated. */
export function splitNames(text: string): string[] {
  return splitList(text)
    .flatMap((line) => line.split(/[\s,]+/))
    .filter(Boolean);
}

function boundedNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(t)) return true;
  if (['false', 'no', 'off', '0', ''].includes(t)) return false;
  return undefined;
}

/** `get` returns the raw input ('' when unset), like core.getInput. */
export function readInputs(get: (name: InputName) => string): InputResult {
  const raw = (name: keyof typeof INPUT_DEFAULTS) => {
    const v = get(name).trim();
    return v === '' ? INPUT_DEFAULTS[name] : v;
  };
  const errors: string[] = [];
  const failOn = raw('fail-on').toLowerCase();
  if (!isSeverity(failOn)) errors.push('fail-on must be one of notice, warning, high, critical');
  const minPermission = raw('waiver-min-permission').toLowerCase();
  if (permissionRank(minPermission) < 0) errors.push(`waiver-min-permission must be one of ${PERMISSION_LEVELS.join(', ')}`);
  const allowSelf = parseBoolean(raw('allow-self-waiver'));
  if (allowSelf === undefined) errors.push('allow-self-waiver must be true or false');
  const maxFileSize = parseSize(raw('max-file-size'));
  if (maxFileSize === undefined) errors.push('max-file-size must be a size in bytes, optionally with a unit (KB, MB, GB)');
  // Same bounds as the CLI: past 2^31 ms Node's timers overflow and every file would time out.
  const timeout = boundedNumber(raw('timeout'), 1, 86_400);
  if (timeout === undefined) errors.push('timeout must be a number of seconds from 1 to 86400');
  const memoryLimit = boundedNumber(raw('memory-limit'), 16, 65_536);
  if (memoryLimit === undefined || !Number.isInteger(memoryLimit))
    errors.push('memory-limit must be a whole number of MB from 16 to 65536');
  const everyCommit = parseBoolean(raw('scan-every-commit'));
  if (everyCommit === undefined) errors.push('scan-every-commit must be true or false');
  const gateChanges = parseBoolean(raw('block-gate-changes'));
  if (gateChanges === undefined) errors.push('block-gate-changes must be true or false');
  // Well under the runner's 6-hour job limit, so that the gate always gets to report.
  const budget = boundedNumber(raw('time-budget'), 1, 18_000);
  if (budget === undefined) errors.push('time-budget must be a number of seconds from 1 to 18000 (5 hours)');
  const shardText = raw('shard');
  const shard = shardText ? parseShard(shardText) : undefined;
  if (shardText && !shard) errors.push('shard must be I/N with 1 <= I <= N <= 256, such as 2/4 (from a job matrix)');
  const mode = raw('mode').toLowerCase();
  if (!(ACTION_MODES as readonly string[]).includes(mode)) errors.push('mode must be scan or merge');
  const reports = splitList(raw('reports'));
  if (mode === 'merge' && !reports.length)
    errors.push('mode merge needs reports: the folder (or globs) where the shard jobs’ JSON reports were downloaded');
  if (mode === 'merge' && shard) errors.push('shard applies to the scanning jobs of a matrix, not to mode merge');
  if (mode === 'scan' && reports.length) errors.push('reports applies to mode merge only');
  const waiverLabel = raw('waiver-label');
  const approvers = splitNames(raw('waiver-approvers')).map((a) => a.replace(/^@/, ''));
  for (const a of approvers) {
    if (!/^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(a))
      errors.push('waiver-approvers holds an entry that is neither a user name nor an org/team slug');
  }
  const token = get('token').trim();
  if (!token) errors.push('token is empty: pass a token with at least contents: read and pull-requests: read');
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    inputs: {
      token,
      include: splitList(raw('include')),
      exclude: splitList(raw('exclude')),
      failOn: failOn as Severity,
      waiverLabel,
      waiverApprovers: approvers,
      waiverMinPermission: minPermission as PermissionLevel,
      allowSelfWaiver: allowSelf!,
      maxFileSize: maxFileSize!,
      timeoutMs: Math.round(timeout! * 1000),
      memoryLimitMb: memoryLimit!,
      config: raw('config'),
      paths: splitList(raw('paths')),
      scanEveryCommit: everyCommit!,
      blockGateChanges: gateChanges!,
      timeBudgetMs: Math.round(budget! * 1000),
      ...(shard ? { shard } : {}),
      mode: mode as ActionMode,
      reports,
    },
  };
}
