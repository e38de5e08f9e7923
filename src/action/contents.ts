/**
 * Where file bytes come from. A file of the checkout is used only when its bytes hash to the
 * blob id the listing gave (so the checkout may be any commit, and filters, encodings and
 * case-colliding paths cannot change what is scanned); otherwise the blob is fetched through
 * the API. Each distinct blob is read and scanned once. Nothing from the pull request is ever
 * run, installed or imported: bytes go to the scanner as data.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, realpath, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { FileResult } from '../core/model.js';
import type { ScanTarget } from '../scan/scan-file.js';
import { parseLfsPointer, type LfsPointer } from '../readers/lfs-pointer.js';
import { describeFailure, repoParams, statusOf, type Api } from './api.js';
import type { Budget } from './budget.js';
import type { ChangedFile, TreeEntry } from './changed-files.js';
import type { RepoRef } from './event.js';
import { LINK_MODE, resolveLink, type GitTree, type Resolved } from './tree.js';

function notInspected(path: string, reason: FileResult['reason'], detail: string): FileResult {
  return { path, status: 'not-inspected', reason, detail, findings: [] };
}

function insideRoot(root: string, path: string): string | undefined {
  if (isAbsolute(path) || path.split('/').includes('..')) return undefined;
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('.git') ? abs : undefined;
}

async function hashFile(path: string, algorithm: 'sha1' | 'sha256', prefix?: string): Promise<string> {
  const hash = createHash(algorithm);
  if (prefix) hash.update(prefix);
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A regular file at `path` of the checkout (no link on the way out of it), with its size. */
async function checkoutFile(root: string, path: string): Promise<{ abs: string; size: number } | undefined> {
  const abs = insideRoot(root, path);
  if (!abs) return undefined;
  try {
    const info = await lstat(abs);
    if (!info.isFile()) return undefined;
    const real = await realpath(abs);
    if (!real.startsWith(`${await realpath(root)}${sep}`)) return undefined;
    return { abs: real, size: info.size };
  } catch {
    return undefined;
  }
}

/**
 * The checkout's file at `path` when its bytes are the blob `blobSha` of the gated commit
 * (hashed as git does), else undefined: `.gitattributes` encodings and filters, line-ending
 * conversion, case-colliding paths and smudged LFS files all change the bytes.
 */
export async function verifiedCheckoutFile(root: string, path: string, blobSha: string): Promise<string | undefined> {
  const file = await checkoutFile(root, path);
  if (!file) return undefined;
  const algorithm = blobSha.length === 64 ? 'sha256' : 'sha1';
  const id = await hashFile(file.abs, algorithm, `blob ${file.size}\0`).catch(() => undefined);
  return id === blobSha.toLowerCase() ? file.abs : undefined;
}

/** The checkout's file at `path` when it is the real file an LFS pointer names (SHA-256 and size). */
export async function checkoutLfsFile(root: string, path: string, pointer: LfsPointer): Promise<string | undefined> {
  const file = await checkoutFile(root, path);
  if (!file || file.size !== pointer.size) return undefined;
  const oid = await hashFile(file.abs, 'sha256').catch(() => undefined);
  return oid === pointer.oid ? file.abs : undefined;
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

/** A file to read: a changed file, or a blob an earlier commit of the pull request introduced. */
export interface FileToRead extends ChangedFile {
  /** The path its result is shown under, when not `path` (a blob of an earlier commit). */
  label?: string;
}

export interface ReadContext {
  api: Api;
  repo: RepoRef;
  /** The checkout (GITHUB_WORKSPACE), when there is one: used file by file, only when verified. */
  root?: string;
  /** The gated commit's tree: modes (links) and link targets. */
  tree?: GitTree;
  tempDir: string;
  maxFileSize: number;
  budget: Budget;
}

/** One distinct content to scan; `key` is its blob id. */
export type KeyedTarget = ScanTarget & { key: string };

export type Slot = { result: FileResult } | { key: string; path: string; label?: string };

export interface Prepared {
  targets: KeyedTarget[];
  /** One per input file, in order. */
  slots: Slot[];
  fromCheckout: number;
  fromApi: number;
}

type Content = { target: KeyedTarget } | { result: (path: string) => FileResult };

/**
 * Turn the files to scan into scan targets, each distinct blob once. Bytes come from the
 * checkout only when they hash to the listed blob id, otherwise from the API. A symbolic link is
 * resolved in the gated commit's tree and its target is scanned under the link's path.
 */
export async function prepare(files: readonly FileToRead[], ctx: ReadContext): Promise<Prepared> {
  await mkdir(ctx.tempDir, { recursive: true });
  const byKey = new Map<string, Promise<Content>>();
  const slots: Slot[] = new Array(files.length);
  let fromCheckout = 0;
  let fromApi = 0;
  let n = 0;

  const content = (path: string, blobSha: string, size: number | undefined): Promise<Content> => {
    let p = byKey.get(blobSha);
    if (!p) {
      p = load(path, blobSha, size);
      byKey.set(blobSha, p);
    }
    return p;
  };

  async function load(path: string, blobSha: string, size: number | undefined): Promise<Content> {
    if (ctx.budget.expired())
      return { result: (p) => notInspected(p, 'not-reached', 'raise the time-budget input, or split the pull request') };
    if (size !== undefined && size > ctx.maxFileSize)
      return {
        result: (p) => ({
          path: p,
          status: 'not-inspected',
          reason: 'too-large',
          bytes: size,
          detail: `${size} bytes; the limit is ${ctx.maxFileSize}`,
          findings: [],
        }),
      };
    if (ctx.root) {
      const verified = await verifiedCheckoutFile(ctx.root, path, blobSha);
      if (verified) {
        fromCheckout += 1;
        return { target: { key: blobSha, displayPath: path, path: verified } };
      }
    }
    let bytes: Buffer;
    try {
      bytes = await fetchBlob(ctx.api, ctx.repo, blobSha);
    } catch (error) {
      const detail = describeFailure('fetching the file from the API', error);
      return { result: (p) => notInspected(p, 'read-error', detail) };
    }
    fromApi += 1;
    const pointer = parseLfsPointer(bytes);
    const real = pointer && ctx.root ? await checkoutLfsFile(ctx.root, path, pointer) : undefined;
    if (real) return { target: { key: blobSha, displayPath: path, path: real } };
    const file = join(ctx.tempDir, `blob-${n++}`);
    await writeFile(file, bytes, { mode: 0o600 });
    return { target: { key: blobSha, displayPath: path, path: file } };
  }

  await eachLimited(files, 4, async (file, i) => {
    const shown = file.label ?? file.path;
    const settle = async (c: Promise<Content>): Promise<Slot> => {
      const got = await c;
      return 'result' in got
        ? { result: got.result(shown) }
        : { key: got.target.key, path: file.path, ...(file.label ? { label: file.label } : {}) };
    };
    if (file.special === 'submodule')
      return void (slots[i] = {
        result: notInspected(shown, 'unsupported-format', 'a submodule link: its content lives in another repository'),
      });
    if (!file.blobSha) return void (slots[i] = { result: notInspected(shown, 'read-error', 'the API gave no content id for this file') });
    const entry = file.label ? undefined : await ctx.tree?.get(file.path);
    if (entry?.mode === LINK_MODE || file.special === 'symlink') {
      slots[i] = await link(file, shown, settle);
      return;
    }
    slots[i] = await settle(content(file.path, file.blobSha, file.size));
  });

  async function link(file: FileToRead, shown: string, settle: (c: Promise<Content>) => Promise<Slot>): Promise<Slot> {
    if (!ctx.tree)
      return { result: notInspected(shown, 'read-error', 'the git tree needed to follow this symbolic link could not be read') };
    let text: string;
    const readLink = async (e: TreeEntry) => (await fetchBlob(ctx.api, ctx.repo, e.sha)).toString('utf8');
    let resolved: Resolved;
    try {
      text = await readLink({ path: file.path, mode: LINK_MODE, type: 'blob', sha: file.blobSha! });
      resolved = await resolveLink(ctx.tree, file.path, text, readLink);
    } catch (error) {
      return { result: notInspected(shown, 'read-error', describeFailure('following the symbolic link', error)) };
    }
    switch (resolved.kind) {
      case 'file':
        return settle(content(resolved.path, resolved.entry.sha, resolved.entry.size));
      case 'outside':
        return {
          result: notInspected(
            shown,
            'link-out-of-repository',
            'a link out of the repository publishes a file the gate does not check: replace the link with the file, or remove it',
          ),
        };
      case 'folder':
        return {
          result: notInspected(
            shown,
            'link-to-folder',
            'a link to a folder publishes every file in it, and the gate checks only changed files: replace the link with the files',
          ),
        };
      case 'submodule':
        return { result: notInspected(shown, 'unsupported-format', 'a link into a submodule: its content lives in another repository') };
      case 'dangling': {
        // A link to nothing publishes nothing but its own text.
        const key = `link:${file.blobSha}`;
        if (!byKey.has(key)) byKey.set(key, Promise.resolve({ target: { key, displayPath: file.path, data: Buffer.from(text, 'utf8') } }));
        return settle(byKey.get(key)!);
      }
    }
  }

  const targets = (await Promise.all(byKey.values())).flatMap((c) => ('target' in c ? [c.target] : []));
  return { targets, slots, fromCheckout, fromApi };
}

export type ConfigText = { found: true; text: string } | { found: false } | { error: string };

/** The config file at `ref` (the base branch), through the API. 404 means "no config". */
export async function readConfigText(api: Api, repo: RepoRef, path: string, ref: string): Promise<ConfigText> {
  try {
    const { data } = await api('GET /repos/{owner}/{repo}/contents/{path}', { ...repoParams(repo), path, ref });
    if (Array.isArray(data) || data?.type !== 'file') return { error: 'the config path is not a file on the base branch' };
    if (data.encoding === 'base64' && typeof data.content === 'string')
      return { found: true, text: Buffer.from(data.content, 'base64').toString('utf8') };
    return { error: 'the config file on the base branch could not be decoded' };
  } catch (error) {
    if (statusOf(error) === 404) return { found: false };
    return { error: describeFailure('reading the config file from the base branch', error) };
  }
}
