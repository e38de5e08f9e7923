import { describe, expect, it } from 'vitest';
import { GitTree, resolveLink } from '../../src/action/tree.js';
import type { TreeEntry } from '../../src/action/changed-files.js';
import { fakeApi, HttpError } from './api-fake.js';

const repo = { owner: 'acme', repo: 'site' };
const HEAD = 'a'.repeat(40);
const blob = (path: string, sha: string, mode = '100644'): TreeEntry => ({ path, mode, type: 'blob', sha });
const folder = (path: string, sha: string): TreeEntry => ({ path, mode: '040000', type: 'tree', sha });

/** A head tree whose recursive listing is cut (truncated), so folders are read one by one. */
function truncatedRepo() {
  const folders: Record<string, TreeEntry[]> = {
    [HEAD]: [folder('site', 's'.repeat(40)), folder('private', 'p'.repeat(40)), blob('top.csv', '1'.repeat(40))],
    ['s'.repeat(40)]: [
      blob('data.csv', 'l'.repeat(40), '120000'),
      blob('up', 'u'.repeat(40), '120000'),
      blob('loop', 'o'.repeat(40), '120000'),
    ],
    ['p'.repeat(40)]: [blob('roster.csv', 'r'.repeat(40))],
  };
  const links: Record<string, string> = { ['l'.repeat(40)]: '../private/roster.csv', ['u'.repeat(40)]: '..', ['o'.repeat(40)]: 'loop' };
  const { api, calls } = fakeApi((route, p) => {
    if (route.includes('/git/trees/')) {
      if (p.recursive) return { truncated: true, tree: [] };
      const t = folders[p.tree_sha as string];
      if (!t) throw new HttpError(404);
      return { truncated: false, tree: t };
    }
    throw new HttpError(404);
  });
  return { api, calls, readLink: async (e: TreeEntry) => links[e.sha] ?? '' };
}

describe('the head tree and symbolic links', () => {
  it('reads folders one by one when GitHub cuts the recursive tree, and resolves links through them', async () => {
    const { api, calls, readLink } = truncatedRepo();
    const tree = await GitTree.load(api, repo, HEAD);
    expect((await tree.get('private/roster.csv'))?.sha).toBe('r'.repeat(40));
    expect(await tree.get('nowhere/x.csv')).toBeUndefined();
    expect(await resolveLink(tree, 'site/data.csv', '../private/roster.csv', readLink)).toMatchObject({
      kind: 'file',
      path: 'private/roster.csv',
    });
    // A link through a link that climbs to the root, then down again.
    expect(await resolveLink(tree, 'x.csv', 'site/up/private/roster.csv', readLink)).toMatchObject({
      kind: 'file',
      path: 'private/roster.csv',
    });
    expect(await resolveLink(tree, 'site/a', '../private', readLink)).toEqual({ kind: 'folder' });
    expect(await resolveLink(tree, 'site/a', '..', readLink)).toEqual({ kind: 'folder' });
    expect(await resolveLink(tree, 'site/a', '../../etc/passwd', readLink)).toEqual({ kind: 'outside' });
    expect(await resolveLink(tree, 'site/a', '/etc/passwd', readLink)).toEqual({ kind: 'outside' });
    expect(await resolveLink(tree, 'site/a', 'loop', readLink)).toEqual({ kind: 'outside' });
    expect(await resolveLink(tree, 'site/a', 'gone.csv', readLink)).toEqual({ kind: 'dangling' });
    // Each folder read once.
    const reads = calls.filter((c) => !c.params.recursive).map((c) => c.params.tree_sha);
    expect(new Set(reads).size).toBe(reads.length);
  });
});
