/**
 * Reading the JSON reports to merge from disk, for the CLI's `merge` and the Action's merge mode:
 * each pattern is a file, a folder (every `.json` file under it, as download-artifact leaves
 * them) or a glob. Files are size-bounded and parsed here; what they hold is judged by
 * report/merge.ts. Problems name the pattern or file (flattened), never a parser's message.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { displayText } from '../core/safe-text.js';
import { MAX_REPORTS, type NamedReport } from './merge.js';

/** Larger than any report of a real site (a 5,000-file audit writes about 2 MB). */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;
const MAX_DEPTH = 8;

export interface LoadedReports {
  reports: NamedReport[];
  /** A pattern that matched nothing, a file that could not be read or is not JSON. */
  problems: string[];
}

const shown = (text: string) => `'${displayText(text, 200)}'`;
const GLOB = /[*?[\]{}]/;

async function kind(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Files under `dir` (not following links into folders), at most MAX_DEPTH deep. */
async function walk(dir: string, depth = 0): Promise<string[]> {
  if (depth > MAX_DEPTH) return [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, depth + 1)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const posix = (path: string) => path.split(sep).join('/');

/** The report files the patterns name, relative to `cwd`, sorted, each once. */
export async function expandReportPaths(patterns: readonly string[], cwd: string): Promise<{ paths: string[]; problems: string[] }> {
  const found = new Set<string>();
  const problems: string[] = [];
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const k = await kind(path);
    let matched: string[];
    if (k === 'file') matched = [path];
    else if (k === 'dir') matched = (await walk(path)).filter((p) => p.toLowerCase().endsWith('.json'));
    else if (GLOB.test(pattern)) {
      // Walk from the part before the first glob character, match the rest with minimatch.
      const parts = posix(pattern).split('/');
      const fixed = parts
        .slice(
          0,
          parts.findIndex((p) => GLOB.test(p)),
        )
        .join('/');
      const base = resolve(cwd, fixed || '.');
      const glob = posix(relative(cwd, resolve(cwd, pattern)));
      matched = (await walk(base)).filter((p) => minimatch(posix(relative(cwd, p)), glob, { dot: true }));
    } else {
      problems.push(`${shown(pattern)} is neither a file nor a folder`);
      continue;
    }
    if (!matched.length) problems.push(`${shown(pattern)} holds no JSON report`);
    for (const m of matched) found.add(m);
  }
  return { paths: [...found].sort().map((p) => relative(cwd, p) || p), problems };
}

/** Read and parse the named files (paths relative to `cwd`); each is named by its path in messages. */
export async function loadReports(paths: readonly string[], cwd: string): Promise<LoadedReports> {
  const reports: NamedReport[] = [];
  const problems: string[] = [];
  if (paths.length > MAX_REPORTS) {
    problems.push(`${paths.length} report files found: at most ${MAX_REPORTS} (one per matrix job) are merged`);
    return { reports, problems };
  }
  for (const path of paths) {
    const name = `report ${shown(path)}`;
    const full = resolve(cwd, path);
    try {
      const size = (await stat(full)).size;
      if (size > MAX_REPORT_BYTES) {
        problems.push(`${name} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB: it is not a report of this tool`);
        continue;
      }
    } catch {
      problems.push(`${name} could not be read`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(await readFile(full, 'utf8'));
    } catch {
      problems.push(`${name} could not be read as JSON`);
      continue;
    }
    reports.push({ name, value });
  }
  return { reports, problems };
}
