/**
 * zstd layers from the real skopeo: one image copied from the real engine three ways into OCI
 * layouts: gzip (skopeo's default), zstd (--dest-compress-format zstd), and uncompressed layers
 * that skopeo labels tar+gzip (--dest-oci-accept-uncompressed-layers). files, tar and the entries
 * must agree across the three; compressed must be the blob sizes on disk, exact.
 * Images: the Debian builder rootfs (one 200 MB layer, ~10,000 entries) and a small FROM scratch
 * image of several layers built by the engine.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureImage } from '../../src/measure/index.js';
import { measureLayer } from '../../src/measure/layer.js';
import type { PlatformSizes } from '../../src/measure/types.js';
import { openImage } from '../../src/source/index.js';
import {
  docker,
  dockerEngine,
  removeImages,
  removeScratchDirs,
  repoRoot,
  requireTool,
  scratchDir as tempDir,
} from './real.js';

afterAll(() => {
  removeScratchDirs();
  removeImages(['buildah-zstd-small:latest']);
});

type Variant = 'gzip' | 'zstd' | 'uncompressed';
const flags: Record<Variant, string[]> = {
  gzip: [],
  zstd: ['--dest-compress-format', 'zstd'],
  uncompressed: ['--dest-oci-accept-uncompressed-layers'],
};

interface Copy {
  dir: string;
  /** The manifest's layers as skopeo wrote them, read with JSON.parse. */
  layers: { mediaType: string; size: number; digest: string }[];
  platform: PlatformSizes;
}

function skopeoCopy(image: string, dir: string, variant: Variant): void {
  const { DOCKER_HOST } = dockerEngine();
  execFileSync(
    'skopeo',
    [
      'copy',
      '--quiet',
      '--src-daemon-host',
      DOCKER_HOST,
      ...flags[variant],
      `docker-daemon:${image}`,
      `oci:${dir}:img`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function manifestLayers(dir: string): Copy['layers'] {
  const blob = (digest: string) =>
    readFileSync(join(dir, 'blobs/sha256', digest.replace('sha256:', '')), 'utf8');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[];
  };
  return (JSON.parse(blob(index.manifests[0]?.digest ?? '')) as { layers: Copy['layers'] }).layers;
}

const blobSize = (dir: string, digest: string) =>
  statSync(join(dir, 'blobs/sha256', digest.replace('sha256:', ''))).size;

function smallImage(): string {
  const context = tempDir('tsg-zstd-ctx-');
  writeFileSync(join(context, 'random.bin'), randomBytes(20_000));
  writeFileSync(join(context, 'text.txt'), 'zstd and gzip must agree on every byte\n'.repeat(2000));
  writeFileSync(join(context, 'empty'), '');
  writeFileSync(
    join(context, 'Dockerfile'),
    'FROM scratch\nCOPY random.bin /bin/random.bin\nCOPY text.txt /srv/text.txt\nCOPY empty /srv/empty\nCOPY text.txt /srv/again.txt\n',
  );
  const tag = 'buildah-zstd-small:latest';
  docker(['build', '--quiet', '--tag', tag, context]);
  return tag;
}

function builderImage(): string {
  requireTool('mmdebstrap');
  const out = execFileSync('bash', [join(repoRoot, 'scripts/make-builder-image.sh')], {
    env: { ...process.env, ...dockerEngine() },
    encoding: 'utf8',
  });
  return out.trim().split('\n').at(-1) ?? '';
}

describe.each([
  ['a small FROM scratch image of four layers', smallImage],
  ['the Debian builder image (one 200 MB layer)', builderImage],
])('skopeo copies of %s', (_name, makeImage) => {
  const copies = {} as Record<Variant, Copy>;

  beforeAll(async () => {
    requireTool('skopeo');
    const image = makeImage();
    for (const variant of ['gzip', 'zstd', 'uncompressed'] as const) {
      const dir = join(tempDir(`tsg-zstd-${variant}-`), 'layout');
      skopeoCopy(image, dir, variant);
      const view = await openImage({ kind: 'oci', path: dir }, { workDir: tempDir('tsg-zstd-open-') });
      const platform = (await measureImage(view)).platforms[0];
      if (!platform) throw new Error(`no platform in ${dir}`);
      copies[variant] = { dir, layers: manifestLayers(dir), platform };
    }
  });

  it('skopeo wrote zstd layers, gzip layers, and plain tars labelled gzip', () => {
    const types = (variant: Variant) => [...new Set(copies[variant].layers.map((l) => l.mediaType))];
    expect(types('zstd')).toEqual(['application/vnd.oci.image.layer.v1.tar+zstd']);
    expect(types('gzip')).toEqual(['application/vnd.oci.image.layer.v1.tar+gzip']);
    expect(types('uncompressed')).toEqual(['application/vnd.oci.image.layer.v1.tar+gzip']);
    // Uncompressed blobs are the tars themselves: their digests are the diff_ids.
    expect(copies.uncompressed.layers.map((l) => l.digest)).toEqual(
      copies.gzip.platform.layers.map((l) => l.diffId),
    );
  });

  it.each([
    'zstd',
    'uncompressed',
  ] as const)('%s: files, tar, layers and every entry equal the gzip copy’s', (variant) => {
    const { platform } = copies[variant];
    const gzip = copies.gzip.platform;
    expect(platform.sizes.files).toEqual(gzip.sizes.files);
    expect(platform.sizes.tar).toEqual(gzip.sizes.tar);
    expect(platform.sizes.layers).toBe(gzip.sizes.layers);
    expect(platform.entries).toEqual(gzip.entries);
    expect(platform.sizes.files.bytes).toBeGreaterThan(0);
  });

  it.each([
    'zstd',
    'gzip',
    'uncompressed',
  ] as const)('%s: compressed is exact, the sum of the blob sizes on disk', (variant) => {
    const { dir, layers, platform } = copies[variant];
    expect(platform.sizes.compressed).toEqual({
      bytes: layers.reduce((sum, l) => sum + blobSize(dir, l.digest), 0),
    });
  });

  it('tar is what the uncompressed copy stores (independent of any decoder)', () => {
    const { dir, layers } = copies.uncompressed;
    expect(copies.zstd.platform.sizes.tar.bytes).toBe(
      layers.reduce((sum, l) => sum + blobSize(dir, l.digest), 0),
    );
  });

  it('the mislabelled layers carry a note saying what they really are', async () => {
    const { dir } = copies.uncompressed;
    const view = await openImage({ kind: 'oci', path: dir }, { workDir: tempDir('tsg-zstd-open-') });
    const image = view.platforms[0];
    const ref = image?.layers[0];
    if (!image || !ref) throw new Error('no layer');
    const measured = await measureLayer({
      blobs: view.blobs,
      source: view.source,
      index: 0,
      layer: ref,
      diffId: ref.diffId,
    });
    expect(measured.note).toMatch(/tar\+gzip but its bytes are an uncompressed tar/);
  });
});
