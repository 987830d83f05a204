/**
 * A local double of GitHub's REST API for the calls tiny-size-gate makes: issue comments (list
 * with GitHub's pagination, create, update, delete) and pull requests (get). It keeps state in
 * memory, answers in GitHub's response shapes, and checks every request against GitHub's
 * published OpenAPI description: an invalid request is recorded in `violations` and answered 422.
 * Responses are checked too, so the double cannot drift from the real shapes unnoticed.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubOpenApi, type Operation } from './github-openapi.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON from GitHub, checked by schema not by type
type Json = any;

export interface Violation {
  kind: 'request' | 'response';
  method: string;
  url: string;
  problems: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  /** The authorization scheme only ("token", "bearer"), never the credential. */
  auth: string | undefined;
  at: number;
  /** The JSON a write sent (a comment's body, for one), as parsed. */
  body?: unknown;
}

/** A failure to answer instead of the real response, taken by the first request that matches. */
export interface Fault {
  status: number;
  headers?: Record<string, string>;
  message: string;
  method?: string;
  path?: RegExp;
}

const docs = 'https://docs.github.com/rest';

export const faults = {
  serverError(status = 500, match: Pick<Fault, 'method' | 'path'> = {}): Fault {
    return { status, message: status === 502 ? 'Server Error' : 'Internal Server Error', ...match };
  },
  /** What GitHub sends when too many requests come at once: Retry-After in seconds. */
  secondaryRateLimit(
    retryAfter: number,
    status: 403 | 429 = 429,
    match: Pick<Fault, 'method' | 'path'> = {},
  ): Fault {
    return {
      status,
      headers: {
        'retry-after': String(retryAfter),
        'x-ratelimit-remaining': '4990',
        'x-ratelimit-limit': '5000',
      },
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
      ...match,
    };
  },
  /** The hourly quota used up: x-ratelimit-remaining 0 and the reset time. */
  primaryRateLimit(
    resetInSeconds: number,
    status: 403 | 429 = 403,
    match: Pick<Fault, 'method' | 'path'> = {},
  ): Fault {
    const reset = Math.floor(Date.now() / 1000) + resetInSeconds;
    return {
      status,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
      },
      message: 'API rate limit exceeded for installation ID 1.',
      ...match,
    };
  },
};

export interface GitHubDouble {
  /** The API base URL (what GITHUB_API_URL would be). */
  url: string;
  violations: Violation[];
  requests: RecordedRequest[];
  /** Write requests with this token get 403, as a fork's read-only GITHUB_TOKEN does. */
  markReadOnly(token: string): void;
  injectFault(...faults: Fault[]): void;
  pendingFaults(): number;
  /**
   * Holds the next `count` requests that match until all of them have arrived, then answers them
   * together: a forced interleaving (two runs both list the comments before either creates one).
   * Resolves with the number held once they go on. When fewer arrive within `timeoutMs`, those held
   * go on anyway and a violation says so: a race that did not happen fails the test, never hangs it.
   */
  barrier(match: Pick<Fault, 'method' | 'path'>, count: number, timeoutMs?: number): Promise<number>;
  comments(owner: string, repo: string, issueNumber: number): Json[];
  /** Adds comments as if other users had written them; returns them in GitHub's shape. */
  seedComments(owner: string, repo: string, issueNumber: number, bodies: string[], login?: string): Json[];
  /** Replaces a stored comment's fields (to break the response shape on purpose). */
  corruptComment(id: number, fields: Record<string, unknown>): void;
  seedPullRequest(owner: string, repo: string, pullRequest: Json): void;
  setLabels(owner: string, repo: string, pullNumber: number, names: string[]): void;
  /**
   * An artifact of a workflow run. Its zip download answers 302 to a blob URL (the double's own
   * `/_blobs/<id>`, or `blobUrl`), as GitHub's does; the blob refuses a request carrying a token.
   */
  seedArtifact(
    owner: string,
    repo: string,
    runId: number,
    name: string,
    zip: Buffer,
    blobUrl?: string,
  ): number;
  /** A release's assets (name, size, content), in upload order. */
  releaseAssets(
    owner: string,
    repo: string,
    releaseId: number,
  ): { id: number; name: string; content: Buffer; contentType: string }[];
  seedReleaseAsset(owner: string, repo: string, releaseId: number, name: string, content: Buffer): void;
  /** A branch's files (path -> content) at its tip, or undefined when the branch does not exist. */
  branchFiles(owner: string, repo: string, branch: string): Map<string, Buffer> | undefined;
  /** The commits of a branch, newest first (message and parent count). */
  branchLog(owner: string, repo: string, branch: string): { sha: string; message: string; parents: number }[];
  /** Check runs created, in order. */
  checkRuns(owner: string, repo: string): Json[];
  close(): Promise<void>;
}

function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function user(login: string, id: number, type: 'Bot' | 'User'): Json {
  // GitHub escapes a bot's brackets in its URLs: users/github-actions%5Bbot%5D.
  const api = 'https://api.github.com/users';
  const name = encodeURIComponent(login);
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${api}/${name}`,
    html_url:
      type === 'Bot'
        ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`
        : `https://github.com/${name}`,
    followers_url: `${api}/${name}/followers`,
    following_url: `${api}/${name}/following{/other_user}`,
    gists_url: `${api}/${name}/gists{/gist_id}`,
    starred_url: `${api}/${name}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/${name}/subscriptions`,
    organizations_url: `${api}/${name}/orgs`,
    repos_url: `${api}/${name}/repos`,
    events_url: `${api}/${name}/events{/privacy}`,
    received_events_url: `${api}/${name}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const actionsBot = user('github-actions[bot]', 41898282, 'Bot');

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startGitHubDouble(): Promise<GitHubDouble> {
  const openapi = githubOpenApi();
  const violations: Violation[] = [];
  const requests: RecordedRequest[] = [];
  const readOnly = new Set<string>();
  const queue: Fault[] = [];
  interface Barrier {
    match: Pick<Fault, 'method' | 'path'>;
    count: number;
    held: (() => void)[];
    open: boolean;
    released: () => void;
  }
  const barriers: Barrier[] = [];
  const matches = (match: Pick<Fault, 'method' | 'path'>, method: string, path: string) =>
    (!match.method || match.method === method) && (!match.path || match.path.test(path));
  /** Lets a barrier's held requests go on, once. */
  const release = (barrier: Barrier) => {
    if (barrier.open) return;
    barrier.open = true;
    for (const go of barrier.held) go();
    barrier.released();
  };
  /** "owner/repo#number" -> comments, ascending id. */
  const issues = new Map<string, Json[]>();
  const pulls = new Map<string, Json>();
  /** "owner/repo" -> run id -> artifacts; id -> zip bytes. */
  const artifacts = new Map<string, Map<number, Json[]>>();
  const blobs = new Map<number, { zip: Buffer; url?: string }>();
  const checkRuns = new Map<string, Json[]>();
  let requestContentType = '';
  /** Git data per "owner/repo": refs, commits, trees (a tree is its whole path -> content map). */
  interface GitStore {
    refs: Map<string, string>;
    commits: Map<string, { tree: string; parents: string[]; message: string; date: string }>;
    trees: Map<string, Map<string, Buffer>>;
  }
  const gitStores = new Map<string, GitStore>();
  const gitStore = (owner: string, repo: string): GitStore => {
    const key = `${owner}/${repo}`.toLowerCase();
    const store = gitStores.get(key) ?? { refs: new Map(), commits: new Map(), trees: new Map() };
    gitStores.set(key, store);
    return store;
  };
  const gitSha = () => randomBytes(20).toString('hex');
  const refJson = (owner: string, repo: string, ref: string, sha: string) => ({
    ref,
    node_id: `REF_kwDO${sha.slice(0, 8)}`,
    url: `${baseUrl}/repos/${owner}/${repo}/git/${ref}`,
    object: { type: 'commit', sha, url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${sha}` },
  });
  /** "owner/repo#release" -> assets with their bytes. */
  const assets = new Map<string, { json: Json; content: Buffer }[]>();
  const assetList = (owner: string, repo: string, release: number) => {
    const key = `${owner}/${repo}#${release}`.toLowerCase();
    const list = assets.get(key) ?? [];
    assets.set(key, list);
    return list;
  };
  const makeAsset = (
    owner: string,
    repo: string,
    release: number,
    name: string,
    content: Buffer,
    contentType: string,
  ) => {
    const id = nextId++;
    const now = timestamp();
    return {
      url: `${baseUrl}/repos/${owner}/${repo}/releases/assets/${id}`,
      browser_download_url: `https://github.com/${owner}/${repo}/releases/download/v${release}/${encodeURIComponent(name)}`,
      id,
      node_id: `RA_kwDO${id}`,
      name,
      label: null,
      state: 'uploaded',
      content_type: contentType,
      size: content.length,
      digest: null,
      download_count: 0,
      created_at: now,
      updated_at: now,
      uploader: null,
    };
  };
  let nextId = 2_000_000_001;
  let baseUrl = '';

  const issueKey = (owner: string, repo: string, n: number) =>
    `${owner.toLowerCase()}/${repo.toLowerCase()}#${n}`;
  const thread = (owner: string, repo: string, n: number) => {
    const key = issueKey(owner, repo, n);
    const list = issues.get(key) ?? [];
    issues.set(key, list);
    return list;
  };
  const makeComment = (owner: string, repo: string, n: number, body: string, author: Json): Json => {
    const id = nextId++;
    const now = timestamp();
    return {
      id,
      node_id: `IC_kwDO${randomBytes(9).toString('base64url')}`,
      url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${n}#issuecomment-${id}`,
      body,
      user: author,
      created_at: now,
      updated_at: now,
      issue_url: `${baseUrl}/repos/${owner}/${repo}/issues/${n}`,
      author_association: author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
      reactions: {
        url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    };
  };
  const findComment = (
    owner: string,
    repo: string,
    id: number,
  ): { list: Json[]; index: number } | undefined => {
    const prefix = `${owner.toLowerCase()}/${repo.toLowerCase()}#`;
    for (const [key, list] of issues) {
      if (!key.startsWith(prefix)) continue;
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return { list, index };
    }
    return undefined;
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push({
        kind: 'response',
        method: request.method ?? '',
        url: request.url ?? '',
        problems: [`double crashed: ${error}`],
      });
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', baseUrl);
    const bytes = await readBody(request);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    // A release asset upload sends its bytes as they are; everything else sends JSON, which GitHub
    // reads whatever the content type says (a bare fetch labels a string body text/plain).
    const isUpload = request.method === 'POST' && /\/releases\/\d+\/assets$/.test(url.pathname);
    const binary = bytes.length > 0 && isUpload ? bytes : undefined;
    const raw = binary ? '' : bytes.toString('utf8');
    requestContentType = contentType;
    const authorization = request.headers.authorization;
    if (url.pathname.startsWith('/_blobs/')) {
      // The blob store behind an artifact redirect: public by its signed URL, never given the token.
      const blob = blobs.get(Number(url.pathname.slice('/_blobs/'.length)));
      if (authorization) {
        violations.push({
          kind: 'request',
          method,
          url: url.pathname,
          problems: ['the token was sent to the blob store'],
        });
      }
      requests.push({
        method,
        path: url.pathname,
        query: url.search,
        status: blob ? 200 : 404,
        auth: undefined,
        at: Date.now(),
      });
      if (!blob) return void response.writeHead(404).end();
      response.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(blob.zip.length),
      });
      return void response.end(blob.zip);
    }
    const barrier = barriers.find((b) => !b.open && matches(b.match, method, url.pathname));
    if (barrier) {
      const held = new Promise<void>((go) => barrier.held.push(go));
      if (barrier.held.length >= barrier.count) release(barrier);
      await held;
    }
    const [scheme, token] = authorization?.split(' ') ?? [];
    let status = 0;
    const send = (
      code: number,
      body: Json,
      headers: Record<string, string> = {},
      operation?: Operation,
    ): undefined => {
      status = code;
      if (operation && body !== undefined) {
        const problems = openapi.checkResponse(operation, code, body);
        if (problems.length)
          violations.push({ kind: 'response', method, url: url.pathname + url.search, problems });
      }
      const text = body === undefined ? '' : JSON.stringify(body);
      response.writeHead(code, {
        ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        'x-github-api-version-selected': '2022-11-28',
        'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
        ...headers,
      });
      response.end(text);
    };
    const error = (
      code: number,
      message: string,
      headers: Record<string, string> = {},
      operation?: Operation,
    ) => send(code, { message, documentation_url: docs, status: String(code) }, headers, operation);

    let sent: unknown;
    try {
      let body: unknown;
      if (raw) {
        try {
          sent = body = JSON.parse(raw);
        } catch {
          violations.push({
            kind: 'request',
            method,
            url: request.url ?? '',
            problems: ['the body is not JSON'],
          });
          return error(400, 'Problems parsing JSON');
        }
      }
      const { operation, problems } = openapi.checkRequest({
        method,
        path: url.pathname,
        query: url.searchParams,
        body,
        ...(binary ? { binaryType: contentType } : {}),
      });
      if (problems.length || !operation) {
        violations.push({ kind: 'request', method, url: url.pathname + url.search, problems });
        return error(
          operation ? 422 : 404,
          operation ? `Invalid request.\n\n${problems.join('\n')}` : 'Not Found',
        );
      }
      const isWrite = method !== 'GET' && method !== 'HEAD';
      if (isWrite && !token) return error(401, 'Requires authentication');
      if (isWrite && token && readOnly.has(token))
        return error(403, 'Resource not accessible by integration', {}, operation);
      const faultIndex = queue.findIndex((f) => matches(f, method, url.pathname));
      if (faultIndex >= 0) {
        const [fault] = queue.splice(faultIndex, 1) as [Fault];
        return error(fault.status, fault.message, fault.headers ?? {});
      }
      route(operation, url, (binary ?? body) as Json, send, error);
    } finally {
      requests.push({
        method,
        path: url.pathname,
        query: url.search,
        status,
        auth: scheme?.toLowerCase(),
        at: Date.now(),
        ...(sent === undefined || method === 'GET' ? {} : { body: sent }),
      });
    }
  }

  function route(
    operation: Operation,
    url: URL,
    body: Json,
    send: (code: number, body: Json, headers?: Record<string, string>, operation?: Operation) => undefined,
    error: (
      code: number,
      message: string,
      headers?: Record<string, string>,
      operation?: Operation,
    ) => undefined,
  ): undefined {
    const parts = url.pathname.split('/').map(decodeURIComponent);
    const [, , owner = '', repo = ''] = parts;
    switch (operation.operationId) {
      case 'issues/list-comments': {
        const n = Number(parts[5]);
        const list = issues.get(issueKey(owner, repo, n)) ?? [];
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
        const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
        const last = Math.max(Math.ceil(list.length / perPage), 1);
        const link = (p: number) => {
          const target = new URL(url.pathname, baseUrl);
          for (const [k, v] of url.searchParams) if (k !== 'page') target.searchParams.append(k, v);
          target.searchParams.set('page', String(p));
          return `<${target}>`;
        };
        const rels: string[] = [];
        if (page > 1) rels.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
        if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
        if (page > 1) rels.push(`${link(1)}; rel="first"`);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        return send(200, slice, rels.length ? { link: rels.join(', ') } : {}, operation);
      }
      case 'issues/create-comment': {
        const n = Number(parts[5]);
        const comment = makeComment(owner, repo, n, body.body, actionsBot);
        thread(owner, repo, n).push(comment);
        return send(201, comment, { location: comment.url }, operation);
      }
      case 'issues/update-comment': {
        const found = findComment(owner, repo, Number(parts[6]));
        if (!found) return error(404, 'Not Found', {}, operation);
        const comment = found.list[found.index];
        comment.body = body.body;
        comment.updated_at = timestamp();
        return send(200, comment, {}, operation);
      }
      case 'issues/delete-comment': {
        const found = findComment(owner, repo, Number(parts[6]));
        if (!found) return error(404, 'Not Found', {}, operation);
        found.list.splice(found.index, 1);
        return send(204, undefined);
      }
      case 'pulls/get': {
        const pull = pulls.get(issueKey(owner, repo, Number(parts[5])));
        if (!pull) return error(404, 'Not Found', {}, operation);
        return send(200, pull, {}, operation);
      }
      case 'actions/list-workflow-run-artifacts': {
        const list = artifacts.get(`${owner}/${repo}`.toLowerCase())?.get(Number(parts[6])) ?? [];
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
        const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const next = new URL(url.pathname, baseUrl);
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(page + 1));
        const link: Record<string, string> =
          page * perPage < list.length ? { link: `<${next}>; rel="next"` } : {};
        return send(200, { total_count: list.length, artifacts: slice }, link, operation);
      }
      case 'actions/download-artifact': {
        const id = Number(parts[6]);
        const blob = blobs.get(id);
        if (!blob) return error(404, 'Not Found', {}, operation);
        return send(302, undefined, {
          location: blob.url ?? `${baseUrl}/_blobs/${id}?sig=${randomBytes(6).toString('hex')}`,
        });
      }
      case 'repos/list-release-assets': {
        const list = assetList(owner, repo, Number(parts[5])).map((asset) => asset.json);
        return send(200, list.slice(0, Number(url.searchParams.get('per_page') ?? 30) || 30), {}, operation);
      }
      case 'repos/delete-release-asset': {
        const id = Number(parts[6]);
        for (const list of assets.values()) {
          const index = list.findIndex((asset) => asset.json.id === id);
          if (index >= 0) {
            list.splice(index, 1);
            return send(204, undefined);
          }
        }
        return error(404, 'Not Found', {}, operation);
      }
      case 'repos/upload-release-asset': {
        const name = url.searchParams.get('name') ?? '';
        const list = assetList(owner, repo, Number(parts[5]));
        if (list.some((asset) => asset.json.name === name)) {
          return send(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
            documentation_url: docs,
          });
        }
        const content = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body ?? ''));
        const asset = makeAsset(owner, repo, Number(parts[5]), name, content, requestContentType);
        list.push({ json: asset, content });
        return send(201, asset, {}, operation);
      }
      case 'git/get-ref': {
        const ref = `refs/${parts.slice(6).join('/')}`;
        const sha = gitStore(owner, repo).refs.get(ref);
        if (!sha) return error(404, 'Not Found', {}, operation);
        return send(200, refJson(owner, repo, ref, sha), {}, operation);
      }
      case 'git/create-ref': {
        const store = gitStore(owner, repo);
        if (store.refs.has(body.ref)) return error(422, 'Reference already exists', {}, operation);
        if (!store.commits.has(body.sha)) return error(422, 'Object does not exist', {}, operation);
        store.refs.set(body.ref, body.sha);
        return send(201, refJson(owner, repo, body.ref, body.sha), {}, operation);
      }
      case 'git/update-ref': {
        const store = gitStore(owner, repo);
        const ref = `refs/${parts.slice(6).join('/')}`;
        const current = store.refs.get(ref);
        if (!current) return error(422, 'Reference does not exist', {}, operation);
        const commit = store.commits.get(body.sha);
        if (!commit) return error(422, 'Object does not exist', {}, operation);
        if (!body.force && !commit.parents.includes(current))
          return error(422, 'Update is not a fast forward', {}, operation);
        store.refs.set(ref, body.sha);
        return send(200, refJson(owner, repo, ref, body.sha), {}, operation);
      }
      case 'git/create-tree': {
        const store = gitStore(owner, repo);
        const files = new Map(body.base_tree ? (store.trees.get(body.base_tree) ?? []) : []);
        if (body.base_tree && !store.trees.has(body.base_tree))
          return error(422, 'base_tree is not a tree', {}, operation);
        for (const entry of body.tree as { path: string; content?: string }[]) {
          files.set(entry.path, Buffer.from(entry.content ?? ''));
        }
        const sha = gitSha();
        store.trees.set(sha, files);
        return send(
          201,
          {
            sha,
            url: `${baseUrl}/repos/${owner}/${repo}/git/trees/${sha}`,
            truncated: false,
            tree: [...files.entries()].map(([path, content]) => ({
              path,
              mode: '100644',
              type: 'blob',
              sha: gitSha(),
              size: content.length,
              url: `${baseUrl}/repos/${owner}/${repo}/git/blobs/x`,
            })),
          },
          {},
          operation,
        );
      }
      case 'git/get-commit': {
        const sha = parts[6] ?? '';
        const commit = gitStore(owner, repo).commits.get(sha);
        if (!commit) return error(404, 'Not Found', {}, operation);
        const person = { name: 'github-actions[bot]', email: 'bot@example.invalid', date: commit.date };
        return send(
          200,
          {
            sha,
            node_id: `C_kwDO${sha.slice(0, 8)}`,
            url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${sha}`,
            html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
            author: person,
            committer: person,
            message: commit.message,
            tree: { sha: commit.tree, url: `${baseUrl}/repos/${owner}/${repo}/git/trees/${commit.tree}` },
            parents: commit.parents.map((parent) => ({
              sha: parent,
              url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${parent}`,
              html_url: `https://github.com/${owner}/${repo}/commit/${parent}`,
            })),
            verification: {
              verified: false,
              reason: 'unsigned',
              signature: null,
              payload: null,
              verified_at: null,
            },
          },
          {},
          operation,
        );
      }
      case 'git/create-commit': {
        const store = gitStore(owner, repo);
        if (!store.trees.has(body.tree)) return error(422, 'Tree does not exist', {}, operation);
        const sha = gitSha();
        const date = timestamp();
        const parents = (body.parents ?? []) as string[];
        store.commits.set(sha, { tree: body.tree, parents, message: body.message, date });
        const person = {
          name: 'github-actions[bot]',
          email: '41898282+github-actions[bot]@users.noreply.github.com',
          date,
        };
        return send(
          201,
          {
            sha,
            node_id: `C_kwDO${sha.slice(0, 8)}`,
            url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${sha}`,
            html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
            author: person,
            committer: person,
            message: body.message,
            tree: { sha: body.tree, url: `${baseUrl}/repos/${owner}/${repo}/git/trees/${body.tree}` },
            parents: parents.map((parent) => ({
              sha: parent,
              url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${parent}`,
              html_url: `https://github.com/${owner}/${repo}/commit/${parent}`,
            })),
            verification: {
              verified: false,
              reason: 'unsigned',
              signature: null,
              payload: null,
              verified_at: null,
            },
          },
          {},
          operation,
        );
      }
      case 'repos/get-content': {
        const store = gitStore(owner, repo);
        const path = parts.slice(5).join('/');
        const branch = url.searchParams.get('ref') ?? 'main';
        const tip = store.refs.get(`refs/heads/${branch}`);
        const content = tip ? store.trees.get(store.commits.get(tip)?.tree ?? '')?.get(path) : undefined;
        if (!content) return error(404, 'Not Found', {}, operation);
        const sha = gitSha();
        const self = `${baseUrl}/repos/${owner}/${repo}/contents/${path}?ref=${branch}`;
        return send(
          200,
          {
            type: 'file',
            encoding: 'base64',
            size: content.length,
            name: path.split('/').pop(),
            path,
            content: content.toString('base64'),
            sha,
            url: self,
            git_url: `${baseUrl}/repos/${owner}/${repo}/git/blobs/${sha}`,
            html_url: `https://github.com/${owner}/${repo}/blob/${branch}/${path}`,
            download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${branch}/${path}`,
            _links: {
              git: `${baseUrl}/repos/${owner}/${repo}/git/blobs/${sha}`,
              self,
              html: `https://github.com/${owner}/${repo}/blob/${branch}/${path}`,
            },
          },
          {},
          operation,
        );
      }
      case 'checks/create': {
        const id = nextId++;
        const now = timestamp();
        const run = {
          id,
          head_sha: body.head_sha,
          node_id: `CR_kwDO${id}`,
          external_id: body.external_id ?? '',
          url: `${baseUrl}/repos/${owner}/${repo}/check-runs/${id}`,
          html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
          details_url: body.details_url ?? null,
          status: body.status ?? 'queued',
          conclusion: body.conclusion ?? null,
          started_at: now,
          completed_at: body.status === 'completed' ? now : null,
          output: {
            title: body.output?.title ?? null,
            summary: body.output?.summary ?? null,
            text: body.output?.text ?? null,
            annotations_count: body.output?.annotations?.length ?? 0,
            annotations_url: `${baseUrl}/repos/${owner}/${repo}/check-runs/${id}/annotations`,
          },
          name: body.name,
          check_suite: { id: 5 },
          app: null,
          pull_requests: [],
        };
        const key = `${owner}/${repo}`.toLowerCase();
        checkRuns.set(key, [
          ...(checkRuns.get(key) ?? []),
          { ...structuredClone(run), annotations: body.output?.annotations ?? [] },
        ]);
        return send(201, run, {}, operation);
      }
      default:
        return error(501, `the GitHub double does not implement ${operation.operationId}`);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    violations,
    requests,
    markReadOnly: (token) => void readOnly.add(token),
    injectFault: (...added) => void queue.push(...added),
    pendingFaults: () => queue.length,
    barrier(match, count, timeoutMs = 120_000) {
      return new Promise<number>((resolve) => {
        const timer = setTimeout(() => {
          violations.push({
            kind: 'request',
            method: match.method ?? '*',
            url: String(match.path ?? '*'),
            problems: [`barrier: ${barrier.held.length} of ${count} requests arrived in ${timeoutMs} ms`],
          });
          release(barrier);
        }, timeoutMs);
        const barrier: Barrier = {
          match,
          count,
          held: [],
          open: false,
          released: () => {
            clearTimeout(timer);
            resolve(barrier.held.length);
          },
        };
        barriers.push(barrier);
      });
    },
    comments: (owner, repo, n) => structuredClone(issues.get(issueKey(owner, repo, n)) ?? []),
    seedComments(owner, repo, n, bodies, login = 'octocat') {
      const author = user(login, 583231, 'User');
      const added = bodies.map((body) => makeComment(owner, repo, n, body, author));
      thread(owner, repo, n).push(...added);
      return structuredClone(added);
    },
    corruptComment(id, fields) {
      for (const list of issues.values()) {
        const comment = list.find((c) => c.id === id);
        if (comment) Object.assign(comment, fields);
      }
    },
    seedPullRequest(owner, repo, pullRequest) {
      pulls.set(issueKey(owner, repo, pullRequest.number), structuredClone(pullRequest));
    },
    setLabels(owner, repo, n, names) {
      const pull = pulls.get(issueKey(owner, repo, n));
      if (!pull) throw new Error(`no pull request ${owner}/${repo}#${n} seeded`);
      pull.labels = names.map((name, i) => ({
        id: 1000 + i,
        node_id: `LA_kwDO${i}`,
        url: `${baseUrl}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      }));
    },
    seedArtifact(owner, repo, runId, name, zip, blobUrl) {
      const id = nextId++;
      const now = timestamp();
      const key = `${owner}/${repo}`.toLowerCase();
      const runs = artifacts.get(key) ?? new Map<number, Json[]>();
      artifacts.set(key, runs);
      runs.set(runId, [
        ...(runs.get(runId) ?? []),
        {
          id,
          node_id: `MDg6QXJ0aWZhY3Qx${id}`,
          name,
          size_in_bytes: zip.length,
          url: `${baseUrl}/repos/${owner}/${repo}/actions/artifacts/${id}`,
          archive_download_url: `${baseUrl}/repos/${owner}/${repo}/actions/artifacts/${id}/zip`,
          expired: false,
          created_at: now,
          expires_at: now,
          updated_at: now,
          workflow_run: {
            id: runId,
            repository_id: 1,
            head_repository_id: 2,
            head_branch: 'feature',
            head_sha: '0'.repeat(40),
          },
        },
      ]);
      blobs.set(id, { zip, ...(blobUrl ? { url: blobUrl } : {}) });
      return id;
    },
    releaseAssets: (owner, repo, release) =>
      assetList(owner, repo, release).map(({ json, content }) => ({
        id: json.id,
        name: json.name,
        content,
        contentType: json.content_type,
      })),
    seedReleaseAsset(owner, repo, release, name, content) {
      assetList(owner, repo, release).push({
        json: makeAsset(owner, repo, release, name, content, 'image/svg+xml'),
        content,
      });
    },
    branchFiles(owner, repo, branch) {
      const store = gitStore(owner, repo);
      const tip = store.refs.get(`refs/heads/${branch}`);
      const tree = tip ? store.trees.get(store.commits.get(tip)?.tree ?? '') : undefined;
      return tree ? new Map(tree) : undefined;
    },
    branchLog(owner, repo, branch) {
      const store = gitStore(owner, repo);
      const log: { sha: string; message: string; parents: number }[] = [];
      let sha = store.refs.get(`refs/heads/${branch}`);
      while (sha) {
        const commit = store.commits.get(sha);
        if (!commit) break;
        log.push({ sha, message: commit.message, parents: commit.parents.length });
        sha = commit.parents[0];
      }
      return log;
    },
    checkRuns: (owner, repo) => structuredClone(checkRuns.get(`${owner}/${repo}`.toLowerCase()) ?? []),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const barrier of barriers) release(barrier);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
