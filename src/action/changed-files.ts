/**
 * The list of files a run gates.
 * - Pull request: `pulls.listFiles`, 100 a page. The API stops at 3,000 files; when the list may
 *   be cut, every file is listed again by diffing the git trees of the merge base and the head.
 *   When that is not possible either, the listing is marked incomplete (and the run blocks).
 * - Push: the trees of `before` and `after` are diffed (exact, no 300-file compare cap).
 * - workflow_dispatch: the whole tree at the commit, narrowed to the given paths.
 */
import { minimatch } from 'minimatch';
import { describeFailure, repoParams, type Api } from './api.js';
import type { RepoRef } from './event.js';

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'removed' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  previousPath?: string;
  /** Git blob id of the new content (absent for removed files). */
  blobSha?: string;
  size?: number;
  /** A symbolic link or submodule: its content is not a file in the checkout. */
  special?: 'symlink' | 'submodule';
}

export interface Listing {
  files: ChangedFile[];
  /** False when some changed files may be missing from `files`. */
  complete: boolean;
  /** How the list was made, for the summary. */
  source: 'pull-request-files' | 'tree-diff' | 'tree';
  /** Plain words on what happened, when something did (no file names). */
  note?: string;
}

export const PULL_FILES_PER_PAGE = 100;
export const PULL_FILES_CAP = 3000;

/** Thrown when a listing cannot be made complete. */
export class ListingError extends Error {}

interface PullFile {
  filename: string;
  status: ChangeStatus;
  previous_filename?: string;
  sha?: string | null;
}

/** Every page of `pulls.listFiles`, up to the API's cap. */
export async function listPullFilesPages(api: Api, repo: RepoRef, number: number): Promise<ChangedFile[]> {
  const out: ChangedFile[] = [];
  for (let page = 1; page <= PULL_FILES_CAP / PULL_FILES_PER_PAGE; page++) {
    let data: PullFile[];
    try {
      ({ data } = await api('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        ...repoParams(repo),
        pull_number: number,
        per_page: PULL_FILES_PER_PAGE,
        page,
      }));
    } catch (error) {
      throw new ListingError(describeFailure(`listing the changed files (page ${page})`, error));
    }
    if (!Array.isArray(data)) throw new ListingError('listing the changed files gave an unexpected answer');
    for (const f of data) {
      out.push({
        path: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
        ...(f.sha && f.status !== 'removed' ? { blobSha: f.sha } : {}),
      });
    }
    if (data.length < PULL_FILES_PER_PAGE) break;
  }
  return out;
}

/** Whether the pull-request file list may have been cut by the API's cap. */
export function mayBeCut(listed: number, changedFiles: number | undefined): boolean {
  if (typeof changedFiles === 'number') return listed < changedFiles;
  return listed >= PULL_FILES_CAP;
}

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

/** All blobs (and submodule links) of the tree of a commit. Throws when GitHub cut the tree. */
export async function readTree(api: Api, repo: RepoRef, sha: string): Promise<Map<string, TreeEntry>> {
  let data: { tree?: TreeEntry[]; truncated?: boolean };
  try {
    ({ data } = await api('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repoParams(repo), tree_sha: sha, recursive: '1' }));
  } catch (error) {
    throw new ListingError(describeFailure('reading a git tree', error));
  }
  if (!data || !Array.isArray(data.tree)) throw new ListingError('reading a git tree gave an unexpected answer');
  if (data.truncated) throw new ListingError('the git tree is too large for the API to list in full');
  const map = new Map<string, TreeEntry>();
  for (const e of data.tree) if (e.type !== 'tree') map.set(e.path, e);
  return map;
}

function fromEntry(e: TreeEntry, status: ChangeStatus): ChangedFile {
  const special = e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'symlink' : undefined;
  return {
    path: e.path,
    status,
    blobSha: e.type === 'blob' ? e.sha : undefined,
    ...(e.size !== undefined ? { size: e.size } : {}),
    ...(special ? { special } : {}),
  };
}

/** Files that differ between two commits (`from` null: everything in `to` is added). */
export async function diffTrees(api: Api, repo: RepoRef, from: string | null, to: string): Promise<ChangedFile[]> {
  const after = await readTree(api, repo, to);
  const before = from ? await readTree(api, repo, from) : new Map<string, TreeEntry>();
  const out: ChangedFile[] = [];
  for (const [path, e] of after) {
    const old = before.get(path);
    if (!old) out.push(fromEntry(e, 'added'));
    else if (old.sha !== e.sha || old.mode !== e.mode) out.push(fromEntry(e, 'modified'));
  }
  for (const [path] of before) if (!after.has(path)) out.push({ path, status: 'removed' });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function mergeBase(api: Api, repo: RepoRef, base: string, head: string): Promise<string> {
  try {
    const { data } = await api('GET /repos/{owner}/{repo}/compare/{basehead}', {
      ...repoParams(repo),
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    const sha = data?.merge_base_commit?.sha;
    if (typeof sha === 'string' && sha) return sha;
  } catch (error) {
    throw new ListingError(describeFailure('finding the merge base', error));
  }
  throw new ListingError('finding the merge base gave an unexpected answer');
}

export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
  /** `changed_files` of the live pull request, when known. */
  changedFiles?: number;
  /** The live head is not `headSha` (a re-run of an older event): list by tree diff. */
  headMoved?: boolean;
}

export async function listPullRequest(api: Api, repo: RepoRef, pr: PullRequestRef): Promise<Listing> {
  if (pr.headMoved) {
    // The files API answers for the current head; this run gates an older one (a re-run).
    try {
      const base = await mergeBase(api, repo, pr.baseSha, pr.headSha);
      return {
        files: await diffTrees(api, repo, base, pr.headSha),
        complete: true,
        source: 'tree-diff',
        note: 'the pull request head has moved since this run’s event: the files of the commit this run gates were listed by comparing git trees',
      };
    } catch (error) {
      if (!(error instanceof ListingError)) throw error;
      return {
        files: [],
        complete: false,
        source: 'tree-diff',
        note: `the pull request head has moved since this run’s event and the files of this run’s commit could not be listed: ${error.message}`,
      };
    }
  }
  let files: ChangedFile[];
  try {
    files = await listPullFilesPages(api, repo, pr.number);
  } catch (error) {
    if (!(error instanceof ListingError)) throw error;
    return { files: [], complete: false, source: 'pull-request-files', note: error.message };
  }
  if (!mayBeCut(files.length, pr.changedFiles)) return { files, complete: true, source: 'pull-request-files' };
  const cut = `the pull request lists ${files.length} files through the API${pr.changedFiles ? ` of ${pr.changedFiles} changed` : ''} (the API stops at ${PULL_FILES_CAP})`;
  try {
    const base = await mergeBase(api, repo, pr.baseSha, pr.headSha);
    const all = await diffTrees(api, repo, base, pr.headSha);
    return {
      files: all,
      complete: true,
      source: 'tree-diff',
      note: `${cut}; every changed file was listed instead by comparing the git trees of the merge base and the head`,
    };
  } catch (error) {
    if (!(error instanceof ListingError)) throw error;
    return { files, complete: false, source: 'pull-request-files', note: `${cut}, and listing them another way failed: ${error.message}` };
  }
}

export async function listPush(api: Api, repo: RepoRef, before: string | null, after: string): Promise<Listing> {
  try {
    return {
      files: await diffTrees(api, repo, before, after),
      complete: true,
      source: 'tree-diff',
      ...(before ? {} : { note: 'a new branch: every file of the pushed commit is scanned' }),
    };
  } catch (error) {
    if (!(error instanceof ListingError)) throw error;
    return { files: [], complete: false, source: 'tree-diff', note: error.message };
  }
}

/** Whether `path` is inside one of the requested paths (a folder, a file, or a glob). */
export function underAny(path: string, wanted: readonly string[]): boolean {
  if (!wanted.length) return true;
  return wanted.some((w) => {
    const p = w.replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (p === '' || p === '.') return true;
    return path === p || path.startsWith(`${p}/`) || minimatch(path, p, { dot: true, nocase: true });
  });
}

export async function listTree(api: Api, repo: RepoRef, sha: string, paths: readonly string[]): Promise<Listing> {
  try {
    const tree = await readTree(api, repo, sha);
    const files = [...tree.values()].filter((e) => underAny(e.path, paths)).map((e) => fromEntry(e, 'unchanged'));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, complete: true, source: 'tree' };
  } catch (error) {
    if (!(error instanceof ListingError)) throw error;
    return { files: [], complete: false, source: 'tree', note: error.message };
  }
}
