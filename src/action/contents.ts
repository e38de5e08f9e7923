/**
 * Where file bytes come from. The workspace is used only when it holds the commit this run
 * gates (actions/checkout of the PR head or of the PR merge commit); otherwise every file is
 * fetched as a git blob through the API at the head commit. Nothing from the pull request is
 * ever run, installed or imported: bytes go to the scanner as data.
 */
import { lstat, mkdir, readFile, readlink, realpath, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { FileResult } from '../core/model.js';
import type { ScanTarget } from '../scan/scan-file.js';
import { describeFailure, repoParams, statusOf, type Api } from './api.js';
import type { ChangedFile } from './changed-files.js';
import type { RepoRef } from './event.js';

/** The commit the checkout in `root` is at, read from `.git` files (no git process is run). */
export async function workspaceCommit(root: string): Promise<string | undefined> {
  try {
    const gitDir = join(root, '.git');
    const head = (await readFile(join(gitDir, 'HEAD'), 'utf8')).trim();
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.includes('..')) return undefined;
    try {
      const sha = (await readFile(join(gitDir, ref), 'utf8')).trim();
      if (/^[0-9a-f]{40,64}$/.test(sha)) return sha;
    } catch {
      // fall through to packed-refs
    }
    const packed = await readFile(join(gitDir, 'packed-refs'), 'utf8');
    for (const line of packed.split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
    }
  } catch {
    // no checkout
  }
  return undefined;
}

export type ContentSource = { kind: 'workspace'; root: string; commit: string } | { kind: 'api'; commit: string };

/** Use the workspace when it is at one of the commits whose content this run may scan. */
export async function chooseSource(root: string | undefined, acceptable: readonly string[], apiCommit: string): Promise<ContentSource> {
  if (root) {
    const at = await workspaceCommit(root);
    if (at && acceptable.includes(at)) return { kind: 'workspace', root, commit: at };
  }
  return { kind: 'api', commit: apiCommit };
}

function notInspected(path: string, reason: FileResult['reason'], detail: string): FileResult {
  return { path, status: 'not-inspected', reason, detail, findings: [] };
}

export interface Materialized {
  targets: ScanTarget[];
  /** Files that could not be fetched: already results (not-inspected, blocking). */
  failed: FileResult[];
}

function insideRoot(root: string, path: string): string | undefined {
  if (isAbsolute(path) || path.split('/').includes('..')) return undefined;
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('.git') ? abs : undefined;
}

async function fetchBlob(api: Api, repo: RepoRef, sha: string): Promise<Buffer> {
  const { data } = await api('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repoParams(repo), file_sha: sha });
  if (data?.encoding === 'base64' && typeof data.content === 'string') return Buffer.from(data.content, 'base64');
  if (data?.encoding === 'utf-8' && typeof data.content === 'string') return Buffer.from(data.content, 'utf8');
  throw Object.assign(new Error('unexpected blob answer'), { status: undefined });
}

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Turn the files to scan into scan targets: paths in the workspace, or blobs written to
 * `tempDir`. Order follows `files`; a file that cannot be fetched becomes not-inspected.
 */
export async function materialize(files: readonly ChangedFile[], source: ContentSource, api: Api, repo: RepoRef, tempDir: string, maxFileSize: number): Promise<Materialized> {
  const slots: Array<ScanTarget | FileResult | undefined> = new Array(files.length);
  await mkdir(tempDir, { recursive: true });
  await eachLimited(files, 4, async (file, i) => {
    slots[i] = await oneFile(file, i);
  });
  const targets: ScanTarget[] = [];
  const failed: FileResult[] = [];
  for (const s of slots) {
    if (!s) continue;
    if ('status' in s) failed.push(s);
    else targets.push(s);
  }
  return { targets, failed };

  async function oneFile(file: ChangedFile, index: number): Promise<ScanTarget | FileResult> {
    if (file.special === 'submodule') return notInspected(file.path, 'unsupported-format', 'a submodule link: its content lives in another repository');
    if (source.kind === 'workspace') {
      const abs = insideRoot(source.root, file.path);
      if (abs) {
        try {
          const info = await lstat(abs);
          // A folder on the way may be a link out of the checkout: read only what resolves inside it.
          const real = await realpath(abs).catch(() => undefined);
          const inside = real !== undefined && real.startsWith(`${await realpath(source.root)}${sep}`);
          if (info.isFile() && inside) return { displayPath: file.path, path: abs };
          // A link is scanned as what git stores: the link text.
          if (info.isSymbolicLink()) return { displayPath: file.path, data: Buffer.from(await readlink(abs), 'utf8') };
        } catch {
          // not in the checkout: fetch it
        }
      }
    }
    if (!file.blobSha) return notInspected(file.path, 'read-error', 'the API gave no content id for this file');
    if (file.size !== undefined && file.size > maxFileSize) {
      return { path: file.path, status: 'not-inspected', reason: 'too-large', bytes: file.size, detail: `${file.size} bytes; the limit is ${maxFileSize}`, findings: [] };
    }
    try {
      const bytes = await fetchBlob(api, repo, file.blobSha);
      const path = join(tempDir, `blob-${index}`);
      await writeFile(path, bytes, { mode: 0o600 });
      return { displayPath: file.path, path };
    } catch (error) {
      return notInspected(file.path, 'read-error', describeFailure('fetching the file from the API', error));
    }
  }
}

export type ConfigText = { found: true; text: string } | { found: false } | { error: string };

/** The config file at `ref` (the base branch), through the API. 404 means "no config". */
export async function readConfigText(api: Api, repo: RepoRef, path: string, ref: string): Promise<ConfigText> {
  try {
    const { data } = await api('GET /repos/{owner}/{repo}/contents/{path}', { ...repoParams(repo), path, ref });
    if (Array.isArray(data) || data?.type !== 'file') return { error: 'the config path is not a file on the base branch' };
    if (data.encoding === 'base64' && typeof data.content === 'string') return { found: true, text: Buffer.from(data.content, 'base64').toString('utf8') };
    return { error: 'the config file on the base branch could not be decoded' };
  } catch (error) {
    if (statusOf(error) === 404) return { found: false };
    return { error: describeFailure('reading the config file from the base branch', error) };
  }
}
