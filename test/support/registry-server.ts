/**
 * Real registries for tests: Debian's docker-registry (distribution 2.8) on a free loopback port,
 * plain, with htpasswd basic auth, or with token auth; and a raw Distribution API pusher for
 * documents no tool writes (an index with an attestation entry).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RegistryAuth {
  htpasswd?: { users: Record<string, string> };
  token?: { realm: string; service: string; issuer: string; rootCertBundle: string };
}

export interface RunningRegistry {
  /** `127.0.0.1:PORT` */
  host: string;
  dir: string;
  log(): string;
  stop(): Promise<void>;
}

/** A port free right now on 127.0.0.1 (the tiny race with other processes is acceptable in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function authConfig(auth: RegistryAuth | undefined, dir: string): string {
  if (auth?.htpasswd) {
    const lines = Object.entries(auth.htpasswd.users).map(([user, password]) =>
      execFileSync('htpasswd', ['-Bbn', user, password], { encoding: 'utf8' }).trim(),
    );
    const path = join(dir, 'htpasswd');
    writeFileSync(path, `${lines.join('\n')}\n`);
    return `auth: { htpasswd: { realm: tsg-registry, path: ${path} } }\n`;
  }
  if (auth?.token) {
    const t = auth.token;
    return `auth: { token: { realm: "${t.realm}", service: "${t.service}", issuer: "${t.issuer}", rootcertbundle: ${t.rootCertBundle} } }\n`;
  }
  return '';
}

export async function startRegistry(dir: string, auth?: RegistryAuth): Promise<RunningRegistry> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = join(dir, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog: { level: info, accesslog: { disabled: false } }\n` +
      `storage: { filesystem: { rootdirectory: ${join(dir, 'data')} }, delete: { enabled: true } }\n` +
      `http: { addr: "${host}" }\n${authConfig(auth, dir)}`,
  );
  const logPath = join(dir, 'registry.log');
  const out = openSync(logPath, 'a');
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: ['ignore', out, out] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => readFileSync(logPath, 'utf8');
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://${host}/v2/`);
      break;
    } catch {
      if (i > 80 || child.exitCode !== null)
        throw new Error(`docker-registry did not start on ${host}:\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    host,
    dir,
    log,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Pushes a blob with the monolithic upload (POST then PUT ?digest=), as the API spec describes. */
export async function pushBlob(
  host: string,
  repository: string,
  bytes: Buffer,
  headers: Record<string, string> = {},
) {
  const digest = sha256(bytes);
  const start = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
  if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location') ?? '', `http://${host}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status} ${await put.text()}`);
  return { digest, size: bytes.length };
}

export async function pushManifest(
  host: string,
  repository: string,
  reference: string,
  bytes: Buffer,
  mediaType: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': mediaType },
    body: new Uint8Array(bytes),
  });
  if (response.status !== 201)
    throw new Error(`manifest push: HTTP ${response.status} ${await response.text()}`);
  return { mediaType, digest: sha256(bytes), size: bytes.length };
}

/** The raw manifest bytes a registry serves (independent of the code under test). */
export async function rawManifest(host: string, repository: string, reference: string, accept: string[]) {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
    headers: { accept: accept.join(', ') },
  });
  if (!response.ok) throw new Error(`manifest get: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
