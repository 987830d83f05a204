/**
 * Reading images from a real registry (Debian's docker-registry on a free loopback port): pushed
 * by the Docker engine, by skopeo (OCI format, zstd) and as a multi-platform index by buildah.
 * The same image is also copied to an OCI layout, an oci-archive and saved by `docker save`:
 * the figures must agree (issue 5, point 6). Truth comes from the files written into the image,
 * the manifests the registry serves (fetched here with plain fetch) and sha256 of the bytes.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureImage } from '../../src/measure/index.js';
import type { ImageSizes } from '../../src/measure/types.js';
import { manifestOnlyView, platformString } from '../../src/oci/index.js';
import { openImage, parseSourceRef } from '../../src/source/index.js';
import { failure } from '../support/failure.js';
import { buildah, skopeo, writeOciLayout, writeScratchContext } from '../support/registry-images.js';
import { type FaultProxy, startFaultProxy } from '../support/registry-proxy.js';
import {
  pushBlob,
  pushManifest,
  type RunningRegistry,
  rawManifest,
  sha256,
  startRegistry,
} from '../support/registry-server.js';
import { docker, dockerEngine, removeImages, requireTool, tempDir } from './real.js';

const work = tempDir('tsg-registry-itg-');
const tag = 'registry-itg-app:1';
const listName = `registry-itg-list-${process.pid}`;
const arm64Files = { 'index.html': '<h1>arm64</h1>\n', 'bin/app': randomBytes(1500) };
const accept = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

let registry: RunningRegistry;
let proxy: FaultProxy;
let engine: { DOCKER_HOST: string };
let fileBytes: number;

interface RawManifest {
  config: { digest: string; size: number };
  layers: { digest: string; size: number; mediaType: string }[];
}

async function manifestOf(repository: string, reference: string) {
  const bytes = await rawManifest(registry.host, repository, reference, accept);
  return { bytes, manifest: JSON.parse(bytes.toString('utf8')) as RawManifest };
}

async function measure(text: string, options: Parameters<typeof openImage>[1] = {}): Promise<ImageSizes> {
  return measureImage(await openImage(parseSourceRef(text), options));
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

beforeAll(async () => {
  requireTool('docker-registry');
  requireTool('skopeo');
  requireTool('buildah');
  engine = dockerEngine();
  registry = await startRegistry(tempDir('tsg-registry-plain-'));
  proxy = await startFaultProxy(registry.host);
  const daemon = ['--src-daemon-host', engine.DOCKER_HOST];
  const host = registry.host;

  const context = join(work, 'context');
  fileBytes = writeScratchContext(context, [
    { 'index.html': '<h1>registry</h1>\n' },
    { 'bin/app': randomBytes(4096), 'bin/empty': '' },
    { 'data/a.txt': 'a'.repeat(1000), 'data/deep/b.txt': 'the quick brown fox\n'.repeat(40) },
  ]);
  docker(['build', '--quiet', '--tag', tag, context]);
  docker(['tag', tag, `${host}/registry-itg/app:1`]);
  docker(['push', '--quiet', `${host}/registry-itg/app:1`]);
  docker(['save', '--output', join(work, 'docker.tar'), tag]);

  // The pushed image, copied out of the registry: the same blobs in an OCI layout and archive.
  skopeo([
    'copy',
    '-q',
    '--src-tls-verify=false',
    `docker://${host}/registry-itg/app:1`,
    `oci:${join(work, 'layout')}:app`,
  ]);
  skopeo([
    'copy',
    '-q',
    '--src-tls-verify=false',
    `docker://${host}/registry-itg/app:1`,
    `oci-archive:${join(work, 'oci.tar')}:app`,
  ]);
  skopeo([
    'copy',
    '-q',
    ...daemon,
    '--dest-tls-verify=false',
    '--format',
    'oci',
    `docker-daemon:${tag}`,
    `docker://${host}/registry-itg/app-oci:1`,
  ]);
  // zstd through a local layout, pushed with --preserve-digests: skopeo would otherwise reuse the
  // gzip blobs the registry already holds for the same layers.
  const zstdLayout = `oci:${join(work, 'zstd')}:app`;
  skopeo([
    'copy',
    '-q',
    ...daemon,
    '--format',
    'oci',
    '--dest-compress-format',
    'zstd',
    `docker-daemon:${tag}`,
    zstdLayout,
  ]);
  skopeo([
    'copy',
    '-q',
    '--preserve-digests',
    '--dest-tls-verify=false',
    zstdLayout,
    `docker://${host}/registry-itg/app-zstd:1`,
  ]);

  // A second platform the engine cannot build here: an arm64 layout written by hand.
  await writeOciLayout(join(work, 'arm64'), { os: 'linux', architecture: 'arm64' }, arm64Files);
  buildah(['manifest', 'create', listName]);
  buildah(['manifest', 'add', listName, `oci:${join(work, 'layout')}:app`]);
  buildah(['manifest', 'add', listName, `oci:${join(work, 'arm64')}:latest`]);
  buildah([
    'manifest',
    'push',
    '--all',
    '--tls-verify=false',
    listName,
    `docker://${host}/registry-itg/multi:1`,
  ]);
});

afterAll(async () => {
  removeImages(registry ? [tag, `${registry.host}/registry-itg/app:1`] : [tag]);
  try {
    buildah(['manifest', 'rm', listName]);
  } catch {
    // Already gone.
  }
  await proxy?.close();
  await registry?.stop();
});

describe('registry source: the same image, the same figures', () => {
  it('agrees with the OCI layout, oci-archive and docker save of the image the engine pushed', async () => {
    const fromRegistry = await measure(`registry:${registry.host}/registry-itg/app:1`);
    const fromLayout = await measure(`oci:${join(work, 'layout')}`);
    const fromOciArchive = await measure(`oci-archive:${join(work, 'oci.tar')}`);
    const fromDockerSave = await measure(`docker-archive:${join(work, 'docker.tar')}`);
    const [r, l, a, d] = [fromRegistry, fromLayout, fromOciArchive, fromDockerSave].map((m) =>
      only(m.platforms),
    );
    if (!r || !l || !a || !d) throw new Error('unreachable');

    // files: exactly the bytes written into the context.
    expect(r.sizes.files).toEqual({ bytes: fileBytes });
    for (const other of [l, a, d]) {
      expect(other.sizes.files.bytes).toBe(r.sizes.files.bytes);
      expect(other.sizes.tar.bytes).toBe(r.sizes.tar.bytes);
      expect(other.sizes.layers).toBe(r.sizes.layers);
      expect(other.entries.map((e) => [e.path, e.size, e.layer])).toEqual(
        r.entries.map((e) => [e.path, e.size, e.layer]),
      );
    }
    expect(r.sizes.layers).toBe(3);
    // compressed: the same blobs in the registry and the layouts copied from it.
    expect(l.sizes.compressed).toEqual(r.sizes.compressed);
    expect(a.sizes.compressed).toEqual(r.sizes.compressed);
    expect(l.layers.map((x) => x.digest)).toEqual(r.layers.map((x) => x.digest));

    // The registry's own manifest, fetched independently.
    const { bytes, manifest } = await manifestOf('registry-itg/app', '1');
    const compressed = manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(r.sizes.compressed).toEqual({ bytes: compressed });
    expect(r.sizes.pull).toEqual({ bytes: compressed + manifest.config.size + bytes.length });
    expect(r.manifestDigest).toBe(sha256(bytes));
    expect(r.configDigest).toBe(manifest.config.digest);
    expect(fromRegistry.references).toEqual([`${registry.host}/registry-itg/app:1`]);
    console.log(`registry itg: ${JSON.stringify({ registry: r.sizes, dockerSave: d.sizes })}`);
  });

  it('reads an OCI-format push by skopeo, by tag and by digest', async () => {
    const { bytes, manifest } = await manifestOf('registry-itg/app-oci', '1');
    const digest = sha256(bytes);
    const byTag = only((await measure(`registry:${registry.host}/registry-itg/app-oci:1`)).platforms);
    const byDigest = only(
      (await measure(`docker://${registry.host}/registry-itg/app-oci@${digest}`)).platforms,
    );
    const both = only(
      (await measure(`registry:${registry.host}/registry-itg/app-oci:1@${digest}`)).platforms,
    );
    const compressed = manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
    for (const p of [byTag, byDigest, both]) {
      expect(p.manifestDigest).toBe(digest);
      expect(p.sizes.compressed).toEqual({ bytes: compressed });
      expect(p.sizes.pull).toEqual({ bytes: compressed + manifest.config.size + bytes.length });
      expect(p.sizes.files).toEqual({ bytes: fileBytes });
    }
    expect(manifest.layers.every((l) => l.mediaType === 'application/vnd.oci.image.layer.v1.tar+gzip')).toBe(
      true,
    );
    const saved = only((await measure(`docker-archive:${join(work, 'docker.tar')}`)).platforms);
    expect(byTag.sizes.tar).toEqual(saved.sizes.tar);
  });

  it('streams zstd layers verified, and measures them from the manifest alone', async () => {
    const { bytes, manifest } = await manifestOf('registry-itg/app-zstd', '1');
    expect(manifest.layers.map((l) => l.mediaType)).toEqual(
      Array(3).fill('application/vnd.oci.image.layer.v1.tar+zstd'),
    );
    const view = await openImage(parseSourceRef(`registry:${registry.host}/registry-itg/app-zstd:1`));
    const image = only(view.platforms);
    for (const layer of image.layers) {
      const blob = await buffer(await view.blobs.open(layer.descriptor));
      expect(sha256(blob)).toBe(layer.descriptor.digest);
      expect([...blob.subarray(0, 4)]).toEqual([0x28, 0xb5, 0x2f, 0xfd]);
    }
    const sizes = only((await measureImage(manifestOnlyView(view))).platforms);
    const compressed = manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(sizes.sizes.compressed).toEqual({ bytes: compressed });
    expect(sizes.sizes.pull).toEqual({ bytes: compressed + manifest.config.size + bytes.length });

    // Read in full, the zstd image holds the same files and tars as the gzip one.
    const full = only((await measureImage(view)).platforms);
    const gzip = only((await measure(`registry:${registry.host}/registry-itg/app:1`)).platforms);
    expect(full.sizes.compressed).toEqual(sizes.sizes.compressed);
    expect([full.sizes.files, full.sizes.tar]).toEqual([gzip.sizes.files, gzip.sizes.tar]);
  });
});

describe('registry source: multi-platform indexes', () => {
  it('measures every platform of a buildah manifest push, each like its single image', async () => {
    const measured = await measure(`registry:${registry.host}/registry-itg/multi:1`);
    expect(measured.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    const [amd64, arm64] = measured.platforms;
    const single = only((await measure(`oci:${join(work, 'layout')}`)).platforms);
    expect(amd64?.manifestDigest).toBe(single.manifestDigest);
    expect(amd64?.sizes).toEqual(single.sizes);
    const armBytes = Object.values(arm64Files).reduce((sum, c) => sum + Buffer.byteLength(c), 0);
    expect(arm64?.sizes.files).toEqual({ bytes: armBytes });
    expect(arm64?.entries.map((e) => e.path).sort()).toEqual(['/bin/app', '/index.html']);
  });

  it('lists attestation manifests apart and fetches only the platforms asked for', async () => {
    const index = JSON.parse(
      (await rawManifest(registry.host, 'registry-itg/multi', '1', accept)).toString('utf8'),
    ) as {
      manifests: { digest: string; platform?: { architecture: string } }[];
    };
    // An in-toto attestation manifest, as BuildKit attaches one, pushed with the raw API.
    const repo = 'registry-itg/multi';
    const config = await pushBlob(registry.host, repo, Buffer.from('{}'));
    const statement = await pushBlob(
      registry.host,
      repo,
      Buffer.from('{"_type":"https://in-toto.io/Statement/v0.1"}'),
    );
    const attestation = await pushManifest(
      registry.host,
      repo,
      'attestation',
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
          layers: [{ mediaType: 'application/vnd.in-toto+json', ...statement }],
        }),
      ),
      'application/vnd.oci.image.manifest.v1+json',
    );
    const amd64 = index.manifests.find((m) => m.platform?.architecture === 'amd64');
    await pushManifest(
      registry.host,
      repo,
      'with-attestation',
      Buffer.from(
        JSON.stringify({
          ...index,
          manifests: [
            ...index.manifests,
            {
              ...attestation,
              platform: { architecture: 'unknown', os: 'unknown' },
              annotations: {
                'vnd.docker.reference.type': 'attestation-manifest',
                'vnd.docker.reference.digest': amd64?.digest,
              },
            },
          ],
        }),
      ),
      'application/vnd.oci.image.index.v1+json',
    );

    const all = await measure(`registry:${registry.host}/${repo}:with-attestation`);
    expect(all.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(all.skipped).toEqual([
      { digest: attestation.digest, reason: expect.stringContaining('attestation') },
    ]);

    proxy.reset();
    const view = await openImage(parseSourceRef(`registry:${proxy.host}/${repo}:with-attestation`), {
      platforms: ['linux/arm64'],
    });
    expect(view.platforms.map((p) => platformString(p.platform))).toEqual(['linux/arm64']);
    const asked = proxy.requests.map((r) => r.path);
    expect(asked.some((path) => path.includes(amd64?.digest ?? '-'))).toBe(false);
    expect(asked.some((path) => path.includes(attestation.digest))).toBe(false);

    const none = await failure(
      openImage(parseSourceRef(`registry:${registry.host}/${repo}:1`), { platforms: ['linux/s390x'] }),
    );
    expect(none.message).toContain('has no image for linux/s390x; it has: linux/amd64, linux/arm64');
  });
});

describe('registry source: manifest-only', () => {
  it('gives compressed and pull without requesting any layer blob', async () => {
    const full = only((await measure(`registry:${registry.host}/registry-itg/app:1`)).platforms);
    proxy.reset();
    const view = await openImage(parseSourceRef(`registry:${proxy.host}/registry-itg/app:1`), {
      manifestOnly: true,
    });
    const sizes = only((await measureImage(view)).platforms);
    expect(sizes.sizes.compressed).toEqual(full.sizes.compressed);
    expect(sizes.sizes.pull).toEqual(full.sizes.pull);
    expect(sizes.sizes.layers).toBe(full.sizes.layers);
    // Not measured, and said so: never a figure of 0 (the JSON report writes null).
    expect(sizes.sizes.files).toEqual({ bytes: 0, measured: false });
    expect(sizes.sizes.tar).toEqual({ bytes: 0, measured: false });
    expect(sizes.layers.every((layer) => layer.read === false)).toBe(true);

    const layerDigests = full.layers.map((l) => l.digest);
    const blobRequests = proxy.requests.filter((r) => r.path.includes('/blobs/'));
    expect(blobRequests.map((r) => r.path)).toEqual([`/v2/registry-itg/app/blobs/${full.configDigest}`]);
    expect(proxy.requests.some((r) => layerDigests.some((d) => r.path.includes(d)))).toBe(false);
    const bytes = proxy.requests.length;
    expect(bytes).toBeLessThanOrEqual(3);

    const layer = view.platforms[0]?.layers[0];
    if (!layer) throw new Error('no layer');
    const refused = await failure(view.blobs.open(layer.descriptor));
    expect(refused.message).toContain('manifest-only mode reads no layer');
  });
});

describe('registry source: what is missing', () => {
  it.each([
    [
      'an unknown tag',
      'registry-itg/app:nope',
      /has no manifest nope .*HTTP 404: MANIFEST_UNKNOWN/,
      /the tag nope/,
    ],
    [
      'an unknown repository',
      'registry-itg/nothing:1',
      /HTTP 404: MANIFEST_UNKNOWN/,
      /repository name registry-itg\/nothing/,
    ],
    [
      'an unknown digest',
      `registry-itg/app@sha256:${'0'.repeat(64)}`,
      /HTTP 404: MANIFEST_UNKNOWN/,
      /the digest; the image may have been deleted/,
    ],
  ])('names %s, the reference and what to check', async (_name, reference, message, fix) => {
    const error = await failure(openImage(parseSourceRef(`registry:${registry.host}/${reference}`)));
    expect(error.message).toMatch(message);
    expect(error.message).toContain(registry.host);
    expect(error.fix).toMatch(fix);
    expect(error.place.file).toBe(`registry:${registry.host}/${reference}`);
  });
});
