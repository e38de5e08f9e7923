/**
 * Every commit of a pull request, not only its net diff: a roster added in one commit and
 * removed in the next is published with the branch's history unless the pull request is
 * squash-merged. This lists the blobs each commit introduced (its files against its first
 * parent), so the caller scans those the net diff does not already hold. Merge commits are left
 * out: what they bring in is the base branch's, already published, or in the net diff.
 */
import { describeFailure, repoParams, type Api } from './api.js';
import type { RepoRef } from './event.js';

/** The API lists at most 250 commits of a pull request. */
export const PULL_COMMITS_CAP = 250;
/** The commit API lists at most 3,000 files of a commit, 300 a page. */
const COMMIT_FILES_PER_PAGE = 300;
const COMMIT_FILES_CAP = 3000;

export interface IntroducedBlob {
  path: string;
  blobSha: string;
  /** The first commit (in pull-request order) that introduced the blob. */
  commit: string;
}

export interface CommitBlobs {
  blobs: IntroducedBlob[];
  commits: number;
  /** Plain words on what could not be listed; the caller blocks on it. */
  incomplete?: string;
}

interface PullCommit {
  sha: string;
  parents?: Array<{ sha: string }>;
}

async function listCommits(api: Api, repo: RepoRef, number: number): Promise<PullCommit[]> {
  const out: PullCommit[] = [];
  for (let page = 1; page <= Math.ceil(PULL_COMMITS_CAP / 100); page++) {
    const { data } = await api('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
      ...repoParams(repo),
      pull_number: number,
      per_page: 100,
      page,
    });
    if (!Array.isArray(data)) throw new Error('unexpected answer');
    out.push(...data);
    if (data.length < 100) break;
  }
  return out;
}

/**
 * Blobs introduced by the non-merge commits of the pull request up to `head` (the commit this
 * run gates: a re-run of an older head must not judge later commits), skipping `known` blob ids.
 */
export async function introducedBlobs(
  api: Api,
  repo: RepoRef,
  number: number,
  head: string,
  known: ReadonlySet<string>,
): Promise<CommitBlobs> {
  let commits: PullCommit[];
  try {
    commits = await listCommits(api, repo, number);
  } catch (error) {
    return { blobs: [], commits: 0, incomplete: describeFailure('listing the commits of the pull request', error) };
  }
  if (commits.length >= PULL_COMMITS_CAP)
    return {
      blobs: [],
      commits: commits.length,
      incomplete: `the pull request has ${PULL_COMMITS_CAP} or more commits, more than the API lists: squash them, or set scan-every-commit to false if the repository only squash-merges`,
    };
  const at = commits.findIndex((c) => c.sha === head);
  if (at < 0)
    return {
      blobs: [],
      commits: commits.length,
      incomplete: `commit ${head.slice(0, 12)} is not among the pull request’s commits (the branch was rewritten), so its history cannot be listed`,
    };
  commits = commits.slice(0, at + 1);
  const seen = new Set(known);
  const blobs: IntroducedBlob[] = [];
  for (const c of commits) {
    if ((c.parents?.length ?? 1) > 1) continue;
    for (let page = 1; page <= COMMIT_FILES_CAP / COMMIT_FILES_PER_PAGE; page++) {
      let files: Array<{ filename?: string; status?: string; sha?: string | null }>;
      try {
        const { data } = await api('GET /repos/{owner}/{repo}/commits/{ref}', {
          ...repoParams(repo),
          ref: c.sha,
          per_page: COMMIT_FILES_PER_PAGE,
          page,
        });
        files = Array.isArray(data?.files) ? data.files : [];
      } catch (error) {
        return {
          blobs,
          commits: commits.length,
          incomplete: describeFailure(`reading commit ${c.sha.slice(0, 12)} of the pull request`, error),
        };
      }
      for (const f of files) {
        if (!f.filename || !f.sha || f.status === 'removed' || /^0+$/.test(f.sha) || seen.has(f.sha)) continue;
        seen.add(f.sha);
        blobs.push({ path: f.filename, blobSha: f.sha, commit: c.sha });
      }
      if (files.length < COMMIT_FILES_PER_PAGE) break;
      if (page === COMMIT_FILES_CAP / COMMIT_FILES_PER_PAGE)
        return { blobs, commits: commits.length, incomplete: `commit ${c.sha.slice(0, 12)} changes more files than the API lists` };
    }
  }
  return { blobs, commits: commits.length };
}
