/**
 * A small stand-in for the GitHub REST API on 127.0.0.1 (node:http), enough for the Action:
 * pull requests and their files (paginated), git blobs and trees, compare, contents (the
 * config file per ref), issue events, label removal, permissions, team memberships and check
 * runs. Every request is recorded with its body so tests can assert that nothing planted was
 * ever sent to the API.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeFile {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'removed';
  previousPath?: string;
  /** New content (absent for removed files). */
  content?: Buffer | string;
}

/** An entry of a git tree: a file, or a symbolic link (`link` holds the target path). */
export interface FakeTreeEntry {
  path: string;
  content: Buffer | string;
  mode?: '100644' | '100755' | '120000';
}

/** A commit of the pull request and the files it changed against its first parent. */
export interface FakeCommit {
  sha: string;
  parents?: string[];
  files: FakeFile[];
}

/** A forced answer: the first `times` requests whose path contains `path` get it. */
export interface FakeFault {
  path: string;
  method?: string;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  times: number;
}

export interface FakeEvent {
  event: string;
  actor: string;
  label?: string;
  /** Server time. */
  at: string;
}

export interface FakeState {
  owner: string;
  repo: string;
  pull: {
    number: number;
    author: string;
    headSha: string;
    baseSha: string;
    baseRef: string;
    /** Labels on the pull request now. */
    labels: string[];
    files: FakeFile[];
    /** Overrides `changed_files` (default: files.length). */
    changedFiles?: number;
    /** The commits of the pull request (default: one commit, the head, with `files`). */
    commits?: FakeCommit[];
  };
  /**
   * Trees per commit sha (for push, workflow_dispatch, symbolic links and the 3,000-file
   * fallback). Without one, the head's tree is made of the pull request's files.
   */
  trees: Record<string, FakeTreeEntry[]>;
  /** Server time a commit arrived (its check suites and workflow runs); default 09:30 for every sha. */
  arrivals?: Record<string, string>;
  /** HTTP status forced on check-suite and workflow-run listings (e.g. 403: no checks/actions read). */
  arrivalsStatus?: number;
  /** Forced answers (rate limits, outages). */
  faults?: FakeFault[];
  mergeBase?: string;
  /** Config file text per ref (branch name or sha). */
  config: Record<string, string>;
  events: FakeEvent[];
  /** role_name per user; absent users have 'read'. */
  roles: Record<string, string>;
  /** `org/team` → members. */
  teams: Record<string, string[]>;
  /** HTTP status forced on POST check-runs (e.g. 403 for a fork's token). */
  checkRunsStatus?: number;
  /** HTTP status forced on the permission endpoint (e.g. 500). */
  permissionStatus?: number;
  /** HTTP status forced on label removal. */
  removeLabelStatus?: number;
  /** Server creation time of workflow runs (GET actions/runs/{id}); absent: 403 (no actions: read). */
  runCreatedAt?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: string;
}

/** Git's blob id: sha1 of "blob <size>\0" + content. */
export function blobSha(content: Buffer | string): string {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${buf.length}\0`), buf]))
    .digest('hex');
}

export function fakeState(partial: Omit<Partial<FakeState>, 'pull'> & { pull?: Partial<FakeState['pull']> } = {}): FakeState {
  return {
    owner: 'acme',
    repo: 'site',
    trees: {},
    config: {},
    events: [],
    roles: {},
    teams: {},
    ...partial,
    pull: {
      number: 7,
      author: 'contributor',
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      baseRef: 'main',
      labels: [],
      files: [],
      ...partial.pull,
    },
  };
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startFakeGitHub(state: FakeState): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const blobs = new Map<string, Buffer>();
  const addBlob = (c: Buffer | string) => {
    const buf = Buffer.isBuffer(c) ? c : Buffer.from(c);
    const sha = blobSha(buf);
    blobs.set(sha, buf);
    return sha;
  };
  let nextCheckRun = 1000;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const query = Object.fromEntries(url.searchParams.entries());
    const path = decodeURIComponent(url.pathname);
    requests.push({ method: req.method ?? 'GET', path, query, body });
    const fault = state.faults?.find((f) => f.times > 0 && path.includes(f.path) && (!f.method || f.method === req.method));
    if (fault) {
      fault.times -= 1;
      const text = JSON.stringify({ message: fault.message ?? 'error' });
      res.writeHead(fault.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        ...fault.headers,
      });
      return res.end(text);
    }
    const base = `/repos/${state.owner}/${state.repo}`;
    const pr = state.pull;
    const m = (re: RegExp) => re.exec(url.pathname);
    let r: RegExpExecArray | null;

    if (req.method === 'GET' && url.pathname === `${base}/pulls/${pr.number}`) {
      return send(res, 200, {
        number: pr.number,
        state: 'open',
        user: { login: pr.author },
        head: { sha: pr.headSha, ref: 'feature', repo: { full_name: `${state.owner}/${state.repo}` } },
        base: { sha: pr.baseSha, ref: pr.baseRef, repo: { full_name: `${state.owner}/${state.repo}` } },
        labels: pr.labels.map((name, i) => ({ id: i + 1, name })),
        changed_files: pr.changedFiles ?? pr.files.length,
      });
    }
    if (req.method === 'GET' && url.pathname === `${base}/pulls/${pr.number}/files`) {
      const per = Math.min(100, Number(query.per_page ?? 30));
      const page = Number(query.page ?? 1);
      const capped = pr.files.slice(0, 3000);
      const slice = capped.slice((page - 1) * per, page * per);
      return send(
        res,
        200,
        slice.map((f) => ({
          filename: f.path,
          status: f.status,
          ...(f.previousPath ? { previous_filename: f.previousPath } : {}),
          sha: f.content !== undefined ? addBlob(f.content) : '0'.repeat(40),
          additions: 1,
          deletions: 0,
          changes: 1,
        })),
      );
    }
    if (req.method === 'GET' && (r = m(new RegExp(`^${base}/git/blobs/([0-9a-f]{40})$`)))) {
      // Blobs of the pull request's files are known once listed; trees add theirs.
      for (const f of pr.files) if (f.content !== undefined) addBlob(f.content);
      const blob = blobs.get(r[1]!);
      if (!blob) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, {
        sha: r[1],
        size: blob.length,
        encoding: 'base64',
        content: blob.toString('base64').replace(/(.{60})/g, '$1\n'),
      });
    }
    if (req.method === 'GET' && (r = m(new RegExp(`^${base}/git/trees/([0-9a-f]{40})$`)))) {
      const tree =
        state.trees[r[1]!] ??
        (r[1] === pr.headSha
          ? pr.files.filter((f) => f.content !== undefined).map((f) => ({ path: f.path, content: f.content! }))
          : undefined);
      if (!tree) return send(res, 404, { message: 'Not Found' });
      const folders = new Set<string>();
      for (const e of tree)
        e.path
          .split('/')
          .slice(0, -1)
          .forEach((_, i, parts) => folders.add(parts.slice(0, i + 1).join('/')));
      return send(res, 200, {
        sha: r[1],
        truncated: false,
        tree: [
          ...[...folders].map((path) => ({ path, mode: '040000', type: 'tree', sha: blobSha(`tree ${path}`) })),
          ...tree.map((e) => {
            const sha = addBlob(e.content);
            return { path: e.path, mode: e.mode ?? '100644', type: 'blob', sha, size: Buffer.byteLength(e.content) };
          }),
        ],
      });
    }
    if (req.method === 'GET' && url.pathname === `${base}/pulls/${pr.number}/commits`) {
      const commits = pr.commits ?? [{ sha: pr.headSha, files: pr.files }];
      const per = Math.min(100, Number(query.per_page ?? 30));
      const page = Number(query.page ?? 1);
      return send(
        res,
        200,
        commits
          .slice((page - 1) * per, page * per)
          .map((c) => ({ sha: c.sha, parents: (c.parents ?? ['p'.repeat(40)]).map((sha) => ({ sha })) })),
      );
    }
    if (req.method === 'GET' && (r = m(new RegExp(`^${base}/commits/([0-9a-f]{40})$`)))) {
      const c = (pr.commits ?? [{ sha: pr.headSha, files: pr.files }]).find((x) => x.sha === r![1]);
      if (!c) return send(res, 404, { message: 'Not Found' });
      const per = Math.min(300, Number(query.per_page ?? 300));
      const page = Number(query.page ?? 1);
      return send(res, 200, {
        sha: c.sha,
        parents: (c.parents ?? ['p'.repeat(40)]).map((sha) => ({ sha })),
        files: c.files
          .slice((page - 1) * per, page * per)
          .map((f) => ({ filename: f.path, status: f.status, sha: f.content !== undefined ? addBlob(f.content) : '0'.repeat(40) })),
      });
    }
    if (req.method === 'GET' && (r = m(new RegExp(`^${base}/commits/([0-9a-f]{40})/check-suites$`)))) {
      if (state.arrivalsStatus) return send(res, state.arrivalsStatus, { message: 'Resource not accessible by integration' });
      const at = state.arrivals?.[r[1]!] ?? '2026-11-20T09:30:00Z';
      return send(res, 200, {
        total_count: 2,
        check_suites: [
          { id: 1, created_at: '2026-11-20T23:00:00Z' },
          { id: 2, created_at: at },
        ],
      });
    }
    if (req.method === 'GET' && url.pathname === `${base}/actions/runs`) {
      if (state.arrivalsStatus) return send(res, state.arrivalsStatus, { message: 'Resource not accessible by integration' });
      const at = state.arrivals?.[query.head_sha ?? ''] ?? '2026-11-20T09:30:00Z';
      return send(res, 200, { total_count: 1, workflow_runs: [{ id: 42, created_at: at, head_sha: query.head_sha }] });
    }
    if (req.method === 'GET' && (r = m(new RegExp(`^${base}/compare/(.+)$`)))) {
      if (!state.mergeBase) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { merge_base_commit: { sha: state.mergeBase }, files: [] });
    }
    if (req.method === 'GET' && url.pathname.startsWith(`${base}/contents/`)) {
      const text = state.config[query.ref ?? ''];
      if (text === undefined) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
        path: path.slice(`${base}/contents/`.length),
      });
    }
    if (req.method === 'GET' && url.pathname === `${base}/issues/${pr.number}/events`) {
      const per = Math.min(100, Number(query.per_page ?? 30));
      const page = Number(query.page ?? 1);
      const all = state.events.map((e, i) => ({
        id: 5000 + i,
        event: e.event,
        created_at: e.at,
        actor: { login: e.actor },
        ...(e.label ? { label: { name: e.label, color: 'ff0000' } } : {}),
      }));
      return send(res, 200, all.slice((page - 1) * per, page * per));
    }
    if (req.method === 'DELETE' && (r = m(new RegExp(`^${base}/issues/${pr.number}/labels/(.+)$`)))) {
      if (state.removeLabelStatus) return send(res, state.removeLabelStatus, { message: 'Resource not accessible by integration' });
      const name = decodeURIComponent(r[1]!);
      const before = pr.labels.length;
      pr.labels = pr.labels.filter((l) => l !== name);
      if (pr.labels.length === before) return send(res, 404, { message: 'Label does not exist' });
      return send(
        res,
        200,
        pr.labels.map((n) => ({ name: n })),
      );
    }
    if (req.method === 'GET' && (r = m(new RegExp(`^${base}/collaborators/([^/]+)/permission$`)))) {
      if (state.permissionStatus) return send(res, state.permissionStatus, { message: 'error' });
      const role = state.roles[r[1]!] ?? 'read';
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      return send(res, 200, { permission, role_name: role, user: { login: r[1] } });
    }
    if (req.method === 'GET' && (r = m(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/))) {
      const members = state.teams[`${r[1]}/${r[2]}`] ?? [];
      if (!members.includes(r[3]!)) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { state: 'active', role: 'member' });
    }
    if (req.method === 'GET' && (r = m(new RegExp(`^${base}/actions/runs/(\\d+)$`)))) {
      if (!state.runCreatedAt) return send(res, 403, { message: 'Resource not accessible by integration' });
      return send(res, 200, { id: Number(r[1]), created_at: state.runCreatedAt, event: 'pull_request' });
    }
    if (req.method === 'POST' && url.pathname === `${base}/check-runs`) {
      if (state.checkRunsStatus) return send(res, state.checkRunsStatus, { message: 'Resource not accessible by integration' });
      return send(res, 201, { id: nextCheckRun++ });
    }
    if (req.method === 'PATCH' && (r = m(new RegExp(`^${base}/check-runs/(\\d+)$`)))) {
      return send(res, 200, { id: Number(r[1]) });
    }
    return send(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
