import { describe, expect, it } from 'vitest';
import { listPullRequest, listPush, listTree, mayBeCut, underAny } from '../../src/action/changed-files.js';
import { fakeApi, HttpError } from './api-fake.js';

const repo = { owner: 'acme', repo: 'site' };
const pr = { number: 7, headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40) };

function pullFiles(n: number, status = 'added') {
  return Array.from({ length: n }, (_, i) => ({ filename: `f${i}.csv`, status, sha: String(i).padStart(40, '0') }));
}

function paged(all: unknown[]) {
  return (route: string, p: Record<string, unknown>) => {
    if (route.endsWith('/files')) {
      const per = Number(p.per_page);
      const page = Number(p.page);
      return all.slice((page - 1) * per, page * per);
    }
    throw new HttpError(404);
  };
}

describe('changed-file listing', () => {
  it('follows pages until a short page', async () => {
    const { api, calls } = fakeApi(paged(pullFiles(250)));
    const listing = await listPullRequest(api, repo, { ...pr, changedFiles: 250 });
    expect(listing.complete).toBe(true);
    expect(listing.files).toHaveLength(250);
    expect(calls.map((c) => c.params.page)).toEqual([1, 2, 3]);
    expect(calls.every((c) => c.params.per_page === 100)).toBe(true);
  });

  it('asks for one more page when the last one is exactly full', async () => {
    const { api, calls } = fakeApi(paged(pullFiles(200)));
    const listing = await listPullRequest(api, repo, { ...pr, changedFiles: 200 });
    expect(listing.files).toHaveLength(200);
    expect(calls).toHaveLength(3);
  });

  it('keeps renames with their previous path and drops the blob of removed files', async () => {
    const { api } = fakeApi(() => [
      { filename: 'new.csv', status: 'renamed', previous_filename: 'old.csv', sha: 'a'.repeat(40) },
      { filename: 'gone.csv', status: 'removed', sha: 'c'.repeat(40) },
    ]);
    const listing = await listPullRequest(api, repo, pr);
    expect(listing.files).toEqual([
      { path: 'new.csv', status: 'renamed', previousPath: 'old.csv', blobSha: 'a'.repeat(40) },
      { path: 'gone.csv', status: 'removed' },
    ]);
  });

  it('knows when the list may be cut at 3,000 files', () => {
    expect(mayBeCut(3000, 3000)).toBe(false);
    expect(mayBeCut(3000, 3400)).toBe(true);
    expect(mayBeCut(3000, undefined)).toBe(true);
    expect(mayBeCut(2999, undefined)).toBe(false);
  });

  it('lists every file by diffing trees when the API stops at 3,000', async () => {
    const head = Array.from({ length: 3200 }, (_, i) => ({
      path: `f${i}.csv`,
      mode: '100644',
      type: 'blob',
      sha: `${i}`.padStart(40, 'a'),
    }));
    const base = [...head.slice(0, 10), { path: 'gone.csv', mode: '100644', type: 'blob', sha: 'e'.repeat(40) }];
    const { api, calls } = fakeApi((route, p) => {
      if (route.endsWith('/files')) return paged(pullFiles(3000))(route, p);
      if (route.includes('/compare/')) return { merge_base_commit: { sha: 'm'.repeat(40) } };
      if (route.includes('/git/trees/')) return { tree: p.tree_sha === pr.headSha ? head : base, truncated: false };
      throw new HttpError(404);
    });
    const listing = await listPullRequest(api, repo, { ...pr, changedFiles: 3191 });
    expect(calls.filter((c) => c.route.endsWith('/files'))).toHaveLength(30);
    expect(listing.complete).toBe(true);
    expect(listing.source).toBe('tree-diff');
    expect(listing.files.filter((f) => f.status !== 'removed')).toHaveLength(3190);
    expect(listing.files.find((f) => f.path === 'gone.csv')?.status).toBe('removed');
    expect(listing.note).toMatch(/3000 files/);
    expect(calls.find((c) => c.route.includes('/compare/'))?.params.basehead).toBe(`${pr.baseSha}...${pr.headSha}`);
  });

  it('is incomplete (and says why) when the trees cannot be listed either', async () => {
    const { api } = fakeApi((route, p) => {
      if (route.endsWith('/files')) return paged(pullFiles(3000))(route, p);
      if (route.includes('/compare/')) return { merge_base_commit: { sha: 'm'.repeat(40) } };
      return { tree: [], truncated: true };
    });
    const listing = await listPullRequest(api, repo, { ...pr, changedFiles: 5000 });
    expect(listing.complete).toBe(false);
    expect(listing.files).toHaveLength(3000);
    expect(listing.note).toMatch(/too large/);
  });

  it('is incomplete when a page fails', async () => {
    const { api } = fakeApi((_route, p) => {
      if (p.page === 2) throw new HttpError(502);
      return pullFiles(100);
    });
    const listing = await listPullRequest(api, repo, pr);
    expect(listing).toMatchObject({ complete: false, note: 'listing the changed files (page 2) failed (HTTP 502)' });
  });

  it('diffs the pushed range and treats a new branch as all added', async () => {
    const trees: Record<string, unknown[]> = {
      before: [
        { path: 'a.md', mode: '100644', type: 'blob', sha: '1'.repeat(40) },
        { path: 'b.md', mode: '100644', type: 'blob', sha: '2'.repeat(40) },
      ],
      after: [
        { path: 'a.md', mode: '100644', type: 'blob', sha: '1'.repeat(40) },
        { path: 'b.md', mode: '100644', type: 'blob', sha: '3'.repeat(40) },
        { path: 'c.csv', mode: '100644', type: 'blob', sha: '4'.repeat(40), size: 10 },
        { path: 'sub', mode: '160000', type: 'commit', sha: '5'.repeat(40) },
        { path: 'dir', mode: '040000', type: 'tree', sha: '6'.repeat(40) },
      ],
    };
    const { api } = fakeApi((_r, p) => ({ tree: trees[p.tree_sha as string], truncated: false }));
    const push = await listPush(api, repo, 'before', 'after');
    expect(push.files.map((f) => [f.path, f.status, f.special ?? ''])).toEqual([
      ['b.md', 'modified', ''],
      ['c.csv', 'added', ''],
      ['sub', 'added', 'submodule'],
    ]);
    const fresh = await listPush(api, repo, null, 'after');
    expect(fresh.files).toHaveLength(4);
    expect(fresh.note).toMatch(/new branch/);
  });

  it('narrows a whole-tree listing to the given paths', async () => {
    const { api } = fakeApi(() => ({
      tree: ['site/a.md', 'site2/b.md', 'private/c.csv', 'docs/x.CSV'].map((path, i) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: String(i).padStart(40, '0'),
      })),
      truncated: false,
    }));
    const listing = await listTree(api, repo, 's'.repeat(40), ['site/', '**/*.csv']);
    expect(listing.files.map((f) => f.path)).toEqual(['docs/x.CSV', 'private/c.csv', 'site/a.md']);
    expect(underAny('anything', [])).toBe(true);
    expect(underAny('anything', ['.'])).toBe(true);
  });
});

describe('a re-run of an older head', () => {
  it('lists the files of the commit the run gates, not the current head', async () => {
    const trees: Record<string, unknown[]> = {
      [pr.headSha]: [{ path: 'old-head.csv', mode: '100644', type: 'blob', sha: '1'.repeat(40) }],
      ['m'.repeat(40)]: [],
    };
    const { api, calls } = fakeApi((route, p) => {
      if (route.includes('/compare/')) return { merge_base_commit: { sha: 'm'.repeat(40) } };
      if (route.includes('/git/trees/')) return { tree: trees[p.tree_sha as string], truncated: false };
      throw new HttpError(404);
    });
    const listing = await listPullRequest(api, repo, { ...pr, headMoved: true });
    expect(listing.files.map((f) => f.path)).toEqual(['old-head.csv']);
    expect(calls.some((c) => c.route.endsWith('/files'))).toBe(false);
  });
});
