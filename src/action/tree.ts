/**
 * The git tree of the commit a run gates, as the API lists it: which paths are files, links,
 * folders and submodules, and their blob ids. The pull-request file list has no file modes, so
 * this is how the gate knows that a changed file is a symbolic link, and where the link leads.
 * One recursive read; when GitHub cuts a large tree, folders are read one by one as needed.
 */
import { describeFailure, repoParams, type Api } from './api.js';
import { ListingError, type TreeEntry } from './changed-files.js';
import type { RepoRef } from './event.js';

export const LINK_MODE = '120000';
const MAX_LINK_HOPS = 40;

export class GitTree {
  private readonly entries = new Map<string, TreeEntry>();
  /** Folders (by path, '' for the root) whose entries are all known. */
  private readonly read = new Set<string>();
  private complete = false;

  private constructor(
    private readonly api: Api,
    private readonly repo: RepoRef,
    private readonly commit: string,
  ) {}

  /** Throws ListingError when the tree cannot be read. */
  static async load(api: Api, repo: RepoRef, commit: string): Promise<GitTree> {
    const tree = new GitTree(api, repo, commit);
    const data = await tree.fetch(commit, true);
    for (const e of data.tree) tree.entries.set(e.path, e);
    tree.complete = !data.truncated;
    if (!tree.complete) {
      tree.entries.clear();
      await tree.readFolder('', commit);
    }
    return tree;
  }

  private async fetch(sha: string, recursive: boolean): Promise<{ tree: TreeEntry[]; truncated?: boolean }> {
    let data: { tree?: TreeEntry[]; truncated?: boolean };
    try {
      ({ data } = await this.api('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        ...repoParams(this.repo),
        tree_sha: sha,
        ...(recursive ? { recursive: '1' } : {}),
      }));
    } catch (error) {
      throw new ListingError(describeFailure('reading the git tree of the head commit', error));
    }
    if (!data || !Array.isArray(data.tree)) throw new ListingError('reading the git tree of the head commit gave an unexpected answer');
    if (!recursive && data.truncated) throw new ListingError('a folder of the head commit is too large for the API to list');
    return { tree: data.tree, truncated: data.truncated };
  }

  private async readFolder(folder: string, sha: string): Promise<void> {
    const data = await this.fetch(sha, false);
    for (const e of data.tree)
      this.entries.set(folder ? `${folder}/${e.path}` : e.path, { ...e, path: folder ? `${folder}/${e.path}` : e.path });
    this.read.add(folder);
  }

  /** The entry at `path`, or undefined when the commit has none. */
  async get(path: string): Promise<TreeEntry | undefined> {
    if (this.complete) return this.entries.get(path);
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (!this.read.has(folder)) {
        const e = folder === '' ? undefined : this.entries.get(folder);
        if (folder !== '' && (!e || e.type !== 'tree')) return undefined;
        await this.readFolder(folder, folder === '' ? this.commit : e!.sha);
      }
    }
    return this.entries.get(path);
  }
}

export type Resolved =
  | { kind: 'file'; path: string; entry: TreeEntry }
  | { kind: 'outside' }
  | { kind: 'folder' }
  | { kind: 'submodule' }
  | { kind: 'dangling' };

/**
 * Where the link at `linkPath` with text `target` leads in the tree: links along the way are
 * followed (their text read with `readLink`), `..` may not climb out of the repository, and an
 * absolute target is out of it.
 */
export async function resolveLink(
  tree: GitTree,
  linkPath: string,
  target: string,
  readLink: (entry: TreeEntry) => Promise<string>,
): Promise<Resolved> {
  const parts = linkPath.split('/').slice(0, -1);
  let hops = 0;
  const split = (t: string) => t.split('/').filter((p) => p !== '' && p !== '.');
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target)) return { kind: 'outside' };
  const rest = split(target);
  while (rest.length) {
    const part = rest.shift()!;
    if (part === '..') {
      if (!parts.length) return { kind: 'outside' };
      parts.pop();
      continue;
    }
    parts.push(part);
    const entry = await tree.get(parts.join('/'));
    if (!entry) return { kind: 'dangling' };
    if (entry.mode === LINK_MODE) {
      if (++hops > MAX_LINK_HOPS) return { kind: 'outside' };
      const next = await readLink(entry);
      parts.pop();
      if (next.startsWith('/') || /^[A-Za-z]:[\\/]/.test(next)) return { kind: 'outside' };
      rest.unshift(...split(next));
      continue;
    }
    if (entry.type === 'commit') return { kind: 'submodule' };
    if (entry.type === 'tree') {
      if (!rest.length) return { kind: 'folder' };
      continue;
    }
    if (rest.length) return { kind: 'dangling' };
    return { kind: 'file', path: parts.join('/'), entry };
  }
  // The link leads to the repository root or to a folder reached by `..`.
  return { kind: 'folder' };
}
