/**
 * Authentication against real registries: htpasswd (a Basic challenge) and token auth (a Bearer
 * challenge answered by a token issuer whose JWTs the registry verifies against its
 * rootcertbundle). Images are pushed by skopeo, which does its own login; credentials come from
 * options or a Docker config.json. Failures say which reference, which scope and what to check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureImage } from '../../src/measure/index.js';
import { type OpenImageOptions, openImage, parseSourceRef } from '../../src/source/index.js';
import { failure } from '../support/failure.js';
import { skopeoAsync, writeOciLayout } from '../support/registry-images.js';
import { type FaultProxy, startFaultProxy } from '../support/registry-proxy.js';
import { type RunningRegistry, startRegistry } from '../support/registry-server.js';
import { startTokenIssuer, type TokenIssuer } from '../support/registry-token.js';
import { requireTool, tempDir } from './real.js';

const work = tempDir('tsg-registry-auth-');
const files = { 'index.html': '<h1>auth</h1>\n', 'app.bin': 'x'.repeat(2048) };
const fileBytes = Object.values(files).reduce((sum, c) => sum + Buffer.byteLength(c), 0);
const users = { alice: 'wonder-land:1' };
const emptyConfig = join(work, 'no-docker-config');

let basic: RunningRegistry;
let token: RunningRegistry;
let issuer: TokenIssuer;
let proxy: FaultProxy;

async function files_(reference: string, options: OpenImageOptions): Promise<number> {
  const measured = await measureImage(await openImage(parseSourceRef(`registry:${reference}`), options));
  expect(measured.platforms).toHaveLength(1);
  return measured.platforms[0]?.sizes.files.bytes ?? -1;
}

async function push(host: string, repository: string): Promise<void> {
  await skopeoAsync([
    'copy',
    '-q',
    '--preserve-digests',
    '--dest-tls-verify=false',
    '--dest-creds',
    `alice:${users.alice}`,
    `oci:${join(work, 'layout')}:latest`,
    `docker://${host}/${repository}:1`,
  ]);
}

const withCredentials: OpenImageOptions = {
  registry: { username: 'alice', password: users.alice, dockerConfigDir: emptyConfig },
};
const anonymous: OpenImageOptions = { registry: { dockerConfigDir: emptyConfig } };

beforeAll(async () => {
  requireTool('docker-registry');
  requireTool('skopeo');
  requireTool('htpasswd', 'apt-get install apache2-utils');
  requireTool('openssl');
  mkdirSync(emptyConfig);
  await writeOciLayout(join(work, 'layout'), { os: 'linux', architecture: 'amd64' }, files);
  basic = await startRegistry(tempDir('tsg-registry-basic-'), { htpasswd: { users } });
  issuer = await startTokenIssuer(work, users);
  token = await startRegistry(tempDir('tsg-registry-token-'), {
    token: {
      realm: issuer.realm,
      service: issuer.service,
      issuer: issuer.issuer,
      rootCertBundle: issuer.certPath,
    },
  });
  await push(basic.host, 'registry-auth/app');
  await push(token.host, 'private/app');
  await push(token.host, 'public/app');
  proxy = await startFaultProxy(basic.host, {
    storageAuthorization: `Basic ${Buffer.from(`alice:${users.alice}`).toString('base64')}`,
  });
});

afterAll(async () => {
  await proxy?.close();
  await basic?.stop();
  await token?.stop();
  await issuer?.close();
});

describe('htpasswd registry (Basic challenge)', () => {
  it('reads with the given username and password', async () => {
    expect(await files_(`${basic.host}/registry-auth/app:1`, withCredentials)).toBe(fileBytes);
  });

  it('reads with the credentials docker login writes to config.json', async () => {
    const dir = join(work, 'docker-config');
    mkdirSync(dir);
    const auth = Buffer.from(`alice:${users.alice}`).toString('base64');
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [`http://${basic.host}`]: { auth } } }),
    );
    expect(await files_(`${basic.host}/registry-auth/app:1`, { registry: { dockerConfigDir: dir } })).toBe(
      fileBytes,
    );
  });

  it('asks for docker login when there are no credentials', async () => {
    const error = await failure(
      openImage(parseSourceRef(`registry:${basic.host}/registry-auth/app:1`), anonymous),
    );
    expect(error.message).toBe(
      `${basic.host} requires authentication to fetch manifest 1 of ${basic.host}/registry-auth/app:1 (scope repository:registry-auth/app:pull; HTTP 401: UNAUTHORIZED authentication required)`,
    );
    expect(error.fix).toContain(
      `run \`docker login ${basic.host}\` or set registry-username and registry-password`,
    );
    expect(error.fix).toContain(join(emptyConfig, 'config.json'));
  });

  it('says which credentials were refused', async () => {
    const error = await failure(
      openImage(parseSourceRef(`registry:${basic.host}/registry-auth/app:1`), {
        registry: { username: 'alice', password: 'wrong' },
      }),
    );
    expect(error.message).toMatch(/requires authentication .* HTTP 401/);
    expect(error.fix).toMatch(/^Check the credentials from the given registry username and password/);
  });

  it('follows a blob redirect to another origin without sending the credentials there', async () => {
    proxy.reset([
      {
        match: /\/blobs\/sha256:/,
        action: {
          kind: 'redirect',
          to: (path) => `http://localhost:${proxy.host.split(':')[1]}/_storage${path}`,
        },
      },
    ]);
    expect(await files_(`${proxy.host}/registry-auth/app:1`, withCredentials)).toBe(fileBytes);
    const redirected = proxy.requests.filter((r) => r.path.startsWith('/_storage/'));
    const blobRequests = proxy.requests.filter(
      (r) => r.path.includes('/blobs/') && !r.path.startsWith('/_storage/'),
    );
    expect(redirected.length).toBe(blobRequests.length);
    expect(redirected.length).toBeGreaterThanOrEqual(2);
    expect(blobRequests.every((r) => r.authorization?.startsWith('Basic '))).toBe(true);
    expect(redirected.every((r) => r.authorization === undefined)).toBe(true);
  });
});

describe('token-auth registry (Bearer challenge)', () => {
  it('fetches a pull token with basic credentials, then reads', async () => {
    issuer.requests.length = 0;
    expect(await files_(`${token.host}/private/app:1`, withCredentials)).toBe(fileBytes);
    expect(issuer.requests).toEqual([
      { user: 'alice', scopes: ['repository:private/app:pull'], status: 200 },
    ]);
  });

  it('fetches an anonymous token for a public repository', async () => {
    issuer.requests.length = 0;
    expect(await files_(`${token.host}/public/app:1`, anonymous)).toBe(fileBytes);
    expect(issuer.requests).toEqual([
      { user: undefined, scopes: ['repository:public/app:pull'], status: 200 },
    ]);
  });

  it('names the scope when an anonymous token grants nothing', async () => {
    const error = await failure(openImage(parseSourceRef(`registry:${token.host}/private/app:1`), anonymous));
    expect(error.message).toMatch(
      new RegExp(
        `^${token.host} requires authentication to fetch manifest 1 of ${token.host}/private/app:1 \\(scope repository:private/app:pull; HTTP 401`,
      ),
    );
    expect(error.fix).toContain(`docker login ${token.host}`);
  });

  it('says the token server refused the credentials', async () => {
    const error = await failure(
      openImage(parseSourceRef(`registry:${token.host}/private/app:1`), {
        registry: { username: 'alice', password: 'wrong' },
      }),
    );
    expect(error.message).toBe(
      `the token server ${new URL(issuer.realm).origin} refused a token for repository:private/app:pull (HTTP 401: UNAUTHORIZED bad username or password) while fetching manifest 1 of ${token.host}/private/app:1`,
    );
    expect(error.fix).toMatch(/^Check the credentials from the given registry username and password/);
  });
});
