/**
 * A local double of the GitHub Actions results service: the Twirp JSON API that @actions/cache
 * calls under ACTIONS_RESULTS_URL when ACTIONS_CACHE_SERVICE_V2 is set
 * (`/twirp/github.actions.results.api.v1.CacheService/<Method>`, POST, bearer ACTIONS_RUNTIME_TOKEN,
 * proto field names in the JSON body), and the ArtifactService @actions/artifact uploads through
 * (CreateArtifact, FinalizeArtifact). Its signed URLs are SAS URLs of a real Azurite blob store.
 *
 * Every request is checked (method, path, headers, body fields and their types); anything
 * unexpected is recorded in `problems`, answered 400, and must fail the test.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Azurite } from './cache-azurite.js';

const servicePath = '/twirp/github.actions.results.api.v1.CacheService/';
const artifactServicePath = '/twirp/github.actions.results.api.v1.ArtifactService/';
export const cacheMethods = [
  'CreateCacheEntry',
  'FinalizeCacheEntryUpload',
  'GetCacheEntryDownloadURL',
] as const;
export const artifactMethods = ['CreateArtifact', 'FinalizeArtifact'] as const;
export type CacheMethod = (typeof cacheMethods)[number] | (typeof artifactMethods)[number];

/** An artifact uploaded through the double: its zip is the Azurite blob `blobName`. */
export interface ArtifactEntry {
  id: number;
  name: string;
  blobName: string;
  finalized: boolean;
  sizeBytes?: number;
}

// The runner's ACTIONS_RUNTIME_TOKEN is a JWT whose `scp` claim names the run and job
// (@actions/artifact reads them from it). Unsigned here: nothing checks its signature.
const runBackendId = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const jobBackendId = 'ca395085-040a-526b-2ce8-bdc85f692774';
function runtimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp = `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`;
  return `${part({ typ: 'JWT', alg: 'none' })}.${part({ scp, nonce: randomBytes(8).toString('hex') })}.sig`;
}

/** How the double answers a method: normally, with an HTTP status, or never. */
export type Behaviour = { kind: 'normal' } | { kind: 'status'; status: number } | { kind: 'hang' };

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blobName: string;
  finalized: boolean;
  sizeBytes?: number;
}

export interface CacheRequest {
  method: CacheMethod;
  body: Record<string, unknown>;
}

export interface CacheServiceDouble {
  /** The variables that point @actions/cache at this double. */
  env: Record<string, string>;
  requests: CacheRequest[];
  problems: string[];
  entries: CacheEntry[];
  artifacts: ArtifactEntry[];
  behave(method: CacheMethod, behaviour: Behaviour): void;
  close(): Promise<void>;
}

// The body fields each method may send (protobuf-ts toJson with proto names, defaults omitted).
const backendIds = { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string' } as const;
const fields: Record<CacheMethod, Record<string, 'string' | 'int64' | 'int' | 'strings' | 'object'>> = {
  CreateCacheEntry: { key: 'string', version: 'string', metadata: 'object' },
  FinalizeCacheEntryUpload: { key: 'string', version: 'string', size_bytes: 'int64', metadata: 'object' },
  GetCacheEntryDownloadURL: { key: 'string', version: 'string', restore_keys: 'strings', metadata: 'object' },
  CreateArtifact: {
    ...backendIds,
    name: 'string',
    expires_at: 'string',
    version: 'int',
    mime_type: 'string',
  },
  FinalizeArtifact: { ...backendIds, name: 'string', size: 'int64', hash: 'string' },
};
const required: Record<CacheMethod, string[]> = {
  CreateCacheEntry: ['key', 'version'],
  FinalizeCacheEntryUpload: ['key', 'version'],
  GetCacheEntryDownloadURL: ['key', 'version'],
  CreateArtifact: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'version'],
  FinalizeArtifact: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'size'],
};

export async function startCacheService(azurite: Azurite): Promise<CacheServiceDouble> {
  const token = runtimeToken();
  const requests: CacheRequest[] = [];
  const problems: string[] = [];
  const entries: CacheEntry[] = [];
  const artifacts: ArtifactEntry[] = [];
  const behaviours = new Map<CacheMethod, Behaviour>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      problems.push(`the double failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) twirpError(response, 500, 'internal', 'double failed');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const where = `${request.method} ${request.url}`;
    const problem = (text: string) => {
      problems.push(`${where}: ${text}`);
      twirpError(response, 400, 'malformed', text);
    };
    if (request.method !== 'POST') return problem('method is not POST');
    const isArtifact = request.url?.startsWith(artifactServicePath) ?? false;
    if (!isArtifact && !request.url?.startsWith(servicePath)) return problem('not a CacheService path');
    const method = (request.url ?? '').slice(
      (isArtifact ? artifactServicePath : servicePath).length,
    ) as CacheMethod;
    const known: readonly string[] = isArtifact ? artifactMethods : cacheMethods;
    if (!known.includes(method)) return problem(`unknown method ${method}`);
    if (request.headers['content-type'] !== 'application/json') {
      return problem(`content-type is ${request.headers['content-type']}`);
    }
    if (request.headers.authorization !== `Bearer ${token}`) return problem('no bearer runtime token');
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return problem('body is not JSON');
    }
    const invalid = checkBody(method, body);
    if (invalid) return problem(invalid);
    requests.push({ method, body });

    const behaviour = behaviours.get(method) ?? { kind: 'normal' };
    if (behaviour.kind === 'hang') return; // the socket stays open until close()
    if (behaviour.kind === 'status') {
      return twirpError(response, behaviour.status, 'internal', `injected failure ${behaviour.status}`);
    }
    if (method === 'CreateArtifact' || method === 'FinalizeArtifact') {
      if (
        body.workflow_run_backend_id !== runBackendId ||
        body.workflow_job_run_backend_id !== jobBackendId
      ) {
        return problem('the backend ids are not those of the runtime token');
      }
      const name = body.name as string;
      if (method === 'CreateArtifact') {
        if (artifacts.some((artifact) => artifact.name === name && artifact.finalized)) {
          return twirpError(response, 409, 'already_exists', 'an artifact with this name exists in the run');
        }
        const artifact = {
          id: 7000 + artifacts.length,
          name,
          blobName: `artifact-${artifacts.length + 1}.zip`,
          finalized: false,
        };
        artifacts.push(artifact);
        return json(response, { ok: true, signed_upload_url: azurite.signedUrl(artifact.blobName, 'cw') });
      }
      const artifact = artifacts.find((a) => a.name === name && !a.finalized);
      if (!artifact)
        return problem(`finalize of artifact ${name} that was not created or is already finalized`);
      const blob = await azurite.container
        .getBlobClient(artifact.blobName)
        .getProperties()
        .catch(() => undefined);
      if (!blob) return problem(`finalize of artifact ${name} before its blob was uploaded`);
      if (blob.contentLength !== Number(body.size)) {
        return problem(`finalize says ${body.size} B, the uploaded blob has ${blob.contentLength} B`);
      }
      artifact.finalized = true;
      artifact.sizeBytes = Number(body.size);
      return json(response, { ok: true, artifact_id: String(artifact.id) });
    }

    const key = body.key as string;
    const version = body.version as string;

    if (method === 'CreateCacheEntry') {
      if (entries.some((entry) => entry.key === key && entry.version === version)) {
        return twirpError(
          response,
          409,
          'already_exists',
          'cache entry with the same key and version exists',
        );
      }
      const entry = {
        id: entries.length + 1,
        key,
        version,
        blobName: `entry-${entries.length + 1}`,
        finalized: false,
      };
      entries.push(entry);
      return json(response, { ok: true, signed_upload_url: azurite.signedUrl(entry.blobName, 'cw') });
    }

    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
      if (!entry) return problem(`finalize of ${key} that was not created or is already finalized`);
      const sizeBytes = Number(body.size_bytes);
      const blob = await azurite.container
        .getBlobClient(entry.blobName)
        .getProperties()
        .catch(() => undefined);
      if (!blob) return problem(`finalize of ${key} before its blob was uploaded`);
      if (blob.contentLength !== sizeBytes) {
        return problem(`finalize says ${sizeBytes} B, the uploaded blob has ${blob.contentLength} B`);
      }
      entry.finalized = true;
      entry.sizeBytes = sizeBytes;
      return json(response, { ok: true, entry_id: String(entry.id) });
    }

    // GetCacheEntryDownloadURL: the key exactly, else the newest entry a restore key prefixes.
    const usable = entries.filter((entry) => entry.finalized && entry.version === version);
    const restoreKeys = (body.restore_keys as string[] | undefined) ?? [];
    const match =
      usable.find((entry) => entry.key === key) ??
      restoreKeys
        .map((prefix) => usable.filter((entry) => entry.key.startsWith(prefix)).at(-1))
        .find((entry) => entry !== undefined);
    if (!match) return json(response, { ok: false, signed_download_url: '', matched_key: '' });
    return json(response, {
      ok: true,
      signed_download_url: azurite.signedUrl(match.blobName, 'r'),
      matched_key: match.key,
    });
  }

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;

  return {
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
      ACTIONS_RUNTIME_TOKEN: token,
    },
    requests,
    problems,
    entries,
    artifacts,
    behave(method, behaviour) {
      behaviours.set(method, behaviour);
    },
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

function checkBody(method: CacheMethod, body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not a JSON object';
  const allowed = fields[method];
  for (const [name, value] of Object.entries(body)) {
    const type = allowed[name];
    if (!type) return `unexpected field ${name}`;
    const ok =
      type === 'string'
        ? typeof value === 'string'
        : type === 'int64'
          ? typeof value === 'string' && /^\d+$/.test(value)
          : type === 'int'
            ? Number.isInteger(value)
            : type === 'strings'
              ? Array.isArray(value) && value.every((item) => typeof item === 'string')
              : typeof value === 'object' && value !== null;
    if (!ok) return `field ${name} is not ${type}: ${JSON.stringify(value)}`;
  }
  const record = body as Record<string, unknown>;
  for (const name of required[method]) if (!record[name]) return `missing field ${name}`;
  if (method === 'CreateArtifact' || method === 'FinalizeArtifact') return undefined;
  const key = record.key as string;
  if (key.length > 512 || key.includes(',')) return `invalid key ${key}`;
  if (!/^[0-9a-f]{64}$/.test(record.version as string)) return `version is not a sha256: ${record.version}`;
  if (method === 'FinalizeCacheEntryUpload' && record.size_bytes === undefined)
    return 'missing field size_bytes';
  return undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > 1024 * 1024) request.destroy(new Error('request body over 1 MiB'));
      else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function twirpError(response: ServerResponse, status: number, code: string, msg: string): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ code, msg }));
}
