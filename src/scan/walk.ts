import { readdir, lstat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** Folders never walked into: tooling, not published content. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface WalkedFile {
  path: string;
  displayPath: string;
}

/**
 * Expand the paths given on the command line into files. Directories are walked depth-first in
 * name order (stable output); symbolic links are not followed (a link could point outside the
 * tree): they are listed as files, and the scanner reads the link's own text, never its target.
 */
export async function expandPaths(paths: readonly string[], cwd = process.cwd()): Promise<WalkedFile[]> {
  const out: WalkedFile[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const rel = relative(cwd, path);
    const display = (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
    out.push({ path, displayPath: display });
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
    if (info.isDirectory()) await walk(abs);
    else add(abs);
  }
  return out;
}
