import { readdir, lstat, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Folders never walked into: tooling, not published content. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface WalkedFile {
  path: string;
  displayPath: string;
  /** The repository a symbolic link may resolve into (see ScanTarget.root). */
  root: string;
}

/** The git work tree holding `dir` (the nearest folder upwards with a `.git`), else `dir`. */
export async function repositoryRoot(dir: string): Promise<string> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (
      await stat(join(d, '.git')).then(
        () => true,
        () => false,
      )
    )
      return d;
    if (dirname(d) === d) return resolve(dir);
  }
}

/**
 * Expand the paths given on the command line into files. Directories are walked depth-first in
 * name order (stable output); symbolic links are not walked into: they are listed as files, and
 * the scanner follows a link to a file inside the repository (the git work tree around the path
 * given, or the path's folder) and reports a link out of it or to a folder as not inspected.
 */
export async function expandPaths(paths: readonly string[], cwd = process.cwd()): Promise<WalkedFile[]> {
  const out: WalkedFile[] = [];
  const seen = new Set<string>();
  let root = cwd;
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const rel = relative(cwd, path);
    const display = (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
    out.push({ path, displayPath: display, root });
  };
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(full);
      } else {
        add(full);
      }
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await lstat(abs);
    root = await repositoryRoot(info.isDirectory() ? abs : dirname(abs));
    if (info.isDirectory()) await walk(abs);
    else add(abs);
  }
  return out;
}
