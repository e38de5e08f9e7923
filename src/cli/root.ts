/**
 * The folder the command line shows paths from, and that its fingerprints, allowlist globs and
 * SARIF URIs are relative to: the git repository holding the scanned paths (its top level,
 * found by looking for `.git` upward, never by running git), so that the CLI names a file as the
 * Action does; outside a repository, the current folder when every path is under it, else the
 * deepest folder that holds every path.
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, parse, relative, resolve, sep } from 'node:path';

export interface ProjectRoot {
  /** Absolute path of the folder. */
  dir: string;
  /** 'git': the top level of a git work tree; 'scan': the current folder or the scanned paths' common folder. */
  kind: 'git' | 'scan';
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The nearest folder at or above `start` that holds a `.git` folder or file (a worktree or submodule). */
export async function gitTopLevel(start: string): Promise<string | undefined> {
  let dir = start;
  const top = parse(dir).root;
  for (;;) {
    if (await exists(resolve(dir, '.git'))) return dir;
    if (dir === top) return undefined;
    dir = dirname(dir);
  }
}

function commonFolder(paths: readonly string[]): string {
  let common = paths[0]!;
  for (const p of paths.slice(1)) while (!inside(common, p)) common = dirname(common);
  return common;
}

/**
 * Where paths are shown from. `paths` are absolute; a path that is a file counts by its folder.
 * Standard input has no place on disk and is left out by the caller.
 */
export async function projectRoot(paths: readonly string[], cwd: string): Promise<ProjectRoot> {
  const folders = await Promise.all(
    paths.map(async (p) => {
      try {
        return (await stat(p)).isDirectory() ? p : dirname(p);
      } catch {
        return dirname(p);
      }
    }),
  );
  if (!folders.length) return { dir: cwd, kind: 'scan' };
  const git = await gitTopLevel(folders[0]!);
  if (git && folders.every((f) => inside(git, f))) return { dir: git, kind: 'git' };
  if (folders.every((f) => inside(cwd, f))) return { dir: cwd, kind: 'scan' };
  return { dir: commonFolder(folders), kind: 'scan' };
}

/** A path under `root`, with `/` separators, as reports show it. */
export function shownFrom(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel || '.').split(sep).join('/');
}
