/**
 * A real registry behind a fault-injecting proxy: dropped connections, delays, 429 with
 * Retry-After and 5xx are retried and the read completes; a permanent failure ends with a clear
 * message after the bound. Bad input (a manifest altered in transit, a tampered blob, an index
 * naming a deleted manifest, an HTML answer) ends in a TinySizeError that says what happened.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureImage } from '../../src/measure/index.js';
import type { PlatformSizes } from '../../src/measure/types.js';
import { type OpenImageOptions, openImage, parseSourceRef } from '../../src/source/index.js';
import { failure } from '../support/failure.js';
import { skopeo, writeOciLayout } from '../support/registry-images.js';
import { type FaultProxy, type FaultRule, startFaultProxy } from '../support/registry-proxy.js';
import {
  pushManifest,
  type RunningRegistry,
  rawManifest,
  sha256,
  startRegistry,
} from '../support/registry-server.js';
import { requireTool, tempDir } from './real.js';

const work = tempDir('tsg-registry-faults-');
const repo = 'registry-faults/app';
const files = { 'big.bin': randomBytes(300_000), 'index.html': '<h1>faults</h1>\n' };
const fileBytes = Object.values(files).reduce((sum, c) => sum + Buffer.byteLength(c), 0);
const fast: OpenImageOptions = {
  registry: { retry: { attempts: 4, baseDelayMs: 20, maxDelayMs: 100 }, timeoutMs: 500 },
};

let registry: RunningRegistry;
let proxy: FaultProxy;
let truth: PlatformSizes;
let layerDigest: string;
let configDigest: string;

async function measureThroughProxy(reference = `${repo}:1`, options = fast): Promise<PlatformSizes> {
  const measured = await measureImage(
    await openImage(parseSourceRef(`registry:${proxy.host}/${reference}`), options),
  );
  expect(measured.platforms).toHaveLength(1);
  return measured.platforms[0] as PlatformSizes;
}

/** Reads the layer blob to the end through the source's BlobStore (the digest verifier included). */
async function readLayerThroughProxy(): Promise<void> {
  const view = await openImage(parseSourceRef(`registry:${proxy.host}/${repo}:1`), fast);
  const layer = view.platforms[0]?.layers[0];
  if (!layer) throw new Error('no layer');
  await pipeline(
    await view.blobs.open(layer.descriptor),
    new Writable({ write: (_chunk, _encoding, done) => done() }),
  );
}

const manifestPath = new RegExp(`^/v2/${repo}/manifests/`);
const layerPath = () => new RegExp(`/blobs/${layerDigest}$`);
const configPath = () => new RegExp(`/blobs/${configDigest}$`);

beforeAll(async () => {
  requireTool('docker-registry');
  requireTool('skopeo');
  registry = await startRegistry(tempDir('tsg-registry-faults-reg-'));
  await writeOciLayout(join(work, 'amd64'), { os: 'linux', architecture: 'amd64' }, files);
  await writeOciLayout(join(work, 'arm64'), { os: 'linux', architecture: 'arm64' }, { 'arm.txt': 'arm\n' });
  for (const [dir, tag] of [
    ['amd64', '1'],
    ['arm64', 'arm64'],
  ]) {
    skopeo([
      'copy',
      '-q',
      '--preserve-digests',
      '--dest-tls-verify=false',
      `oci:${join(work, dir as string)}:latest`,
      `docker://${registry.host}/${repo}:${tag}`,
    ]);
  }
  proxy = await startFaultProxy(registry.host);
  const measured = await measureImage(await openImage(parseSourceRef(`registry:${registry.host}/${repo}:1`)));
  truth = measured.platforms[0] as PlatformSizes;
  layerDigest = truth.layers[0]?.digest ?? '';
  configDigest = truth.configDigest;
  expect(truth.sizes.files.bytes).toBe(fileBytes);
});

afterAll(async () => {
  await proxy?.close();
  await registry?.stop();
});

describe('registry faults that heal', () => {
  it.each<[string, () => FaultRule[], (requests: FaultProxy['requests']) => void]>([
    [
      'a 500 on the first manifest request',
      () => [{ match: manifestPath, times: 1, action: { kind: 'status', status: 500, body: 'boom' } }],
      (requests) =>
        expect(requests.filter((r) => manifestPath.test(r.path)).map((r) => r.fault)).toEqual([
          'status',
          undefined,
        ]),
    ],
    [
      '429 with Retry-After: 1 on the config',
      () => [
        {
          match: configPath(),
          times: 1,
          action: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
        },
      ],
      (requests) => {
        const tries = requests.filter((r) => configPath().test(r.path));
        expect(tries).toHaveLength(2);
        // Retry-After is honoured over the 20 ms backoff.
        expect((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
      },
    ],
    [
      'a dropped connection on the layer',
      () => [{ match: layerPath(), times: 2, action: { kind: 'drop' } }],
      (requests) => expect(requests.filter((r) => layerPath().test(r.path))).toHaveLength(3),
    ],
    [
      'a connection dropped after 100000 bytes of the layer, resumed with Range',
      () => [{ match: layerPath(), times: 1, action: { kind: 'drop-after', bytes: 100_000 } }],
      (requests) => {
        const tries = requests.filter((r) => layerPath().test(r.path));
        expect(tries).toHaveLength(2);
        const from = Number(/^bytes=(\d+)-$/.exec(tries[1]?.range ?? '')?.[1]);
        expect(from).toBeGreaterThan(0);
        expect(from).toBeLessThanOrEqual(100_000);
      },
    ],
    [
      'a manifest answer delayed past the 500 ms timeout',
      () => [{ match: manifestPath, times: 1, action: { kind: 'delay', ms: 1500 } }],
      (requests) => expect(requests.filter((r) => manifestPath.test(r.path))).toHaveLength(2),
    ],
  ])('completes after %s', async (_name, rules, check) => {
    proxy.reset(rules());
    const measured = await measureThroughProxy();
    expect(measured.sizes).toEqual(truth.sizes);
    check(proxy.requests);
  });
});

describe('registry faults that do not heal', () => {
  it('gives up after the bound on a permanent 503, naming the last failure', async () => {
    proxy.reset([
      { match: manifestPath, action: { kind: 'status', status: 503, body: 'down for maintenance' } },
    ]);
    const error = await failure(measureThroughProxy());
    expect(error.message).toBe(
      `127.0.0.1:${proxy.host.split(':')[1]} did not serve manifest 1 after 4 tries (last: HTTP 503: down for maintenance)`,
    );
    expect(error.fix).toContain('is up and reachable');
    expect(proxy.requests.filter((r) => manifestPath.test(r.path))).toHaveLength(4);
  });

  it('fails at once when Retry-After asks for longer than allowed', async () => {
    proxy.reset([
      { match: manifestPath, action: { kind: 'status', status: 429, headers: { 'retry-after': '3600' } } },
    ]);
    const error = await failure(measureThroughProxy());
    expect(error.message).toMatch(/asked to wait 3600 s \(Retry-After\) before fetching manifest 1/);
    expect(error.fix).toMatch(/rate limiting/);
    expect(proxy.requests).toHaveLength(1);
  });

  it('fails after the bound when every layer download is cut', async () => {
    proxy.reset([{ match: layerPath(), action: { kind: 'drop-after', bytes: 5000 } }]);
    const error = await failure(readLayerThroughProxy());
    expect(error.message).toMatch(
      new RegExp(`the download of blob ${layerDigest} from .* broke off after 20000 of \\d+ bytes`),
    );
    // Each try resumes where the last one broke off, 5000 bytes further.
    expect(proxy.requests.filter((r) => layerPath().test(r.path)).map((r) => r.range)).toEqual([
      undefined,
      'bytes=5000-',
      'bytes=10000-',
      'bytes=15000-',
    ]);
  });
});

describe('registry answers that are wrong', () => {
  it('refuses a manifest whose bytes do not hash to the digest asked for', async () => {
    const digest = truth.manifestDigest;
    proxy.reset([
      {
        match: manifestPath,
        action: { kind: 'tamper', edit: (body) => Buffer.concat([body, Buffer.from('\n')]) },
      },
    ]);
    const error = await failure(measureThroughProxy(`${repo}@${digest}`));
    expect(error.message).toContain(`served a manifest for ${digest} whose bytes hash to sha256:`);
    expect(error.message).toContain('not to the digest asked for');
  });

  it('refuses a manifest that does not match its Docker-Content-Digest', async () => {
    proxy.reset([
      {
        match: manifestPath,
        action: {
          kind: 'tamper',
          edit: (body) =>
            Buffer.from(body.toString('utf8').replace('"schemaVersion":2', '"schemaVersion": 2')),
        },
      },
    ]);
    const error = await failure(measureThroughProxy());
    expect(error.message).toContain(`but its Docker-Content-Digest header says ${truth.manifestDigest}`);
  });

  it('refuses a layer blob whose bytes were altered', async () => {
    proxy.reset([
      {
        match: layerPath(),
        action: {
          kind: 'tamper',
          edit: (body) => {
            const copy = Buffer.from(body);
            copy[copy.length - 100] = (copy[copy.length - 100] ?? 0) ^ 0xff;
            return copy;
          },
        },
      },
    ]);
    const error = await failure(readLayerThroughProxy());
    expect(error.message).toMatch(
      new RegExp(`blob ${layerDigest} does not match its digest: it holds bytes that hash to sha256:`),
    );
  });

  it('says so when the registry answers with an HTML page', async () => {
    proxy.reset([
      {
        match: manifestPath,
        action: {
          kind: 'status',
          status: 200,
          headers: { 'content-type': 'text/html' },
          body: '<!doctype html><html><body>Sign in</body></html>',
        },
      },
    ]);
    const error = await failure(measureThroughProxy());
    expect(error.message).toMatch(
      /answered manifest 1 with an HTML page \(Content-Type text\/html\), not a manifest/,
    );
    expect(error.fix).toMatch(/is a container registry/);
  });

  it('names the index and the entry when an index lists a manifest the registry lacks', async () => {
    const accept = ['application/vnd.oci.image.manifest.v1+json'];
    const amd64 = await rawManifest(registry.host, repo, '1', accept);
    const arm64 = await rawManifest(registry.host, repo, 'arm64', accept);
    const entry = (bytes: Buffer, architecture: string) => ({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: sha256(bytes),
      size: bytes.length,
      platform: { os: 'linux', architecture },
    });
    const index = await pushManifest(
      registry.host,
      repo,
      'list',
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: [entry(amd64, 'amd64'), entry(arm64, 'arm64')],
        }),
      ),
      'application/vnd.oci.image.index.v1+json',
    );
    const deleted = await fetch(`http://${registry.host}/v2/${repo}/manifests/${sha256(arm64)}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(202);
    proxy.reset();
    const error = await failure(measureThroughProxy(`${repo}:list`));
    expect(error.message).toBe(
      `the image index ${index.digest} lists manifest ${sha256(arm64)} (linux/arm64), which the registry does not have`,
    );
    expect(error.fix).toMatch(/push the whole image again/);
    // Asking only for the platform that is there still works.
    const amdOnly = await openImage(parseSourceRef(`registry:${proxy.host}/${repo}:list`), {
      ...fast,
      platforms: ['linux/amd64'],
    });
    expect(amdOnly.platforms).toHaveLength(1);
  });
});
