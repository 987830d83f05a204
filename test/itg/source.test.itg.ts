/**
 * Every way of reading an image, against the real engine and tools: one small multi-layer
 * FROM scratch image (files, an empty file, a symlink, a hard link, a deleted file), built with
 * the Docker engine, then saved, copied and pushed by docker, skopeo and buildah into each form.
 * The truth comes from the engine (`docker image inspect`), from the files the tools wrote
 * (read with JSON.parse, sha256sum and tar), never from the code under test.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageView } from '../../src/oci/image.js';
import { layerCompression } from '../../src/oci/media-types.js';
import { openImage, parseSourceRef, type ReadableSource } from '../../src/source/index.js';
import { failure } from '../support/failure.js';
import { docker, dockerEngine, requireTool, tempDir } from './real.js';

const tag = 'src-itg-image:1';
const uniqueContent = 'src-itg unique file content\n';
const work = tempDir('tsg-src-itg-');

let engine: { DOCKER_HOST: string };
let truth: { id: string; diffIds: string[] };
const sources: Record<string, ReadableSource> = {};

function sh(command: string, args: string[], cwd = work): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...engine } });
}

function sha256sum(path: string): string {
  return `sha256:${sh('sha256sum', [path]).split(' ')[0]}`;
}

/** The context: busybox and its libraries (for RUN), then files, then a RUN that deletes and hard-links. */
function writeContext(dir: string): void {
  const root = join(dir, 'rootfs');
  mkdirSync(join(root, 'bin'), { recursive: true });
  const busybox = requireTool('busybox');
  copyFileSync(busybox, join(root, 'bin/busybox'));
  for (const tool of ['sh', 'rm', 'ln']) symlinkSync('busybox', join(root, 'bin', tool));
  // Debian's busybox is dynamically linked: bring the libraries ldd names, at the same paths.
  for (const [, lib] of sh('ldd', [busybox]).matchAll(/(\/\S+) \(0x/g)) {
    mkdirSync(join(root, dirname(lib as string)), { recursive: true });
    copyFileSync(lib as string, join(root, lib as string));
  }
  const files = join(dir, 'files');
  mkdirSync(files);
  writeFileSync(join(files, 'index.html'), '<h1>tiny</h1>\n');
  writeFileSync(join(files, 'unique.txt'), uniqueContent);
  writeFileSync(join(files, 'gone.txt'), 'deleted in the next layer\n');
  writeFileSync(join(files, 'empty'), '');
  symlinkSync('index.html', join(files, 'link.html'));
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY rootfs/ /',
      'COPY files/ /data/',
      'RUN rm /data/gone.txt && echo hard > /data/h1 && ln /data/h1 /data/h2',
    ].join('\n'),
  );
}

/**
 * Reads every layer through the view's blobs (verified on read), decompresses it with an
 * independent tool (zlib for gzip, the zstd CLI for zstd) and returns sha256sum of each tar.
 */
async function uncompressedDigests(view: ImageView): Promise<string[]> {
  const digests: string[] = [];
  for (const layer of view.platforms[0]?.layers ?? []) {
    const bytes = await buffer(await view.blobs.open(layer.descriptor));
    const file = join(work, 'layer.tmp');
    writeFileSync(file, bytes);
    const compression = layerCompression(layer.descriptor.mediaType);
    if (compression === 'gzip') writeFileSync(file, gunzipSync(bytes));
    if (compression === 'zstd') execFileSync('zstd', ['-d', '-q', '-f', file, '-o', `${file}.tar`]);
    digests.push(sha256sum(compression === 'zstd' ? `${file}.tar` : file));
  }
  return digests;
}

beforeAll(() => {
  engine = dockerEngine();
  process.env.DOCKER_HOST = engine.DOCKER_HOST;
  requireTool('skopeo');
  requireTool('buildah');
  requireTool('zstd');
  const context = join(work, 'context');
  mkdirSync(context);
  writeContext(context);
  docker(['build', '--network', 'none', '-t', tag, context]);
  const inspected = JSON.parse(docker(['image', 'inspect', tag]))[0] as {
    Id: string;
    RootFS: { Layers: string[] };
  };
  truth = { id: inspected.Id, diffIds: inspected.RootFS.Layers };

  const saved = join(work, 'saved.tar');
  docker(['save', '-o', saved, tag]);
  sources['docker-archive (legacy, docker save)'] = { kind: 'docker-archive', path: saved };

  sh('skopeo', ['copy', '-q', `docker-archive:${saved}`, `oci:${join(work, 'skopeo-oci')}:${tag}`]);
  sources['oci (skopeo copy)'] = { kind: 'oci', path: join(work, 'skopeo-oci') };
  sh('skopeo', ['copy', '-q', `docker-archive:${saved}`, `oci-archive:${join(work, 'skopeo.tar')}`]);
  sources['oci-archive (skopeo copy)'] = { kind: 'oci-archive', path: join(work, 'skopeo.tar') };
  sh('skopeo', [
    'copy',
    '-q',
    '--src-daemon-host',
    engine.DOCKER_HOST,
    `docker-daemon:${tag}`,
    `oci:${join(work, 'daemon-oci')}`,
  ]);
  sources['oci (skopeo copy docker-daemon:)'] = { kind: 'oci', path: join(work, 'daemon-oci') };

  const storage = [
    '--storage-driver',
    'vfs',
    '--root',
    join(work, 'buildah-root'),
    '--runroot',
    join(work, 'buildah-run'),
  ];
  sh('buildah', [...storage, 'pull', '-q', `docker-archive:${saved}`]);
  sh('buildah', [...storage, 'push', '-q', tag, `oci:${join(work, 'buildah-oci')}`]);
  sources['oci (buildah push)'] = { kind: 'oci', path: join(work, 'buildah-oci') };
  sh('buildah', [
    ...storage,
    'push',
    '-q',
    '--compression-format',
    'zstd',
    tag,
    `oci-archive:${join(work, 'buildah-zstd.tar')}`,
  ]);
  sources['oci-archive (buildah push, zstd)'] = { kind: 'oci-archive', path: join(work, 'buildah-zstd.tar') };

  // Docker 25+ writes an OCI layout (uncompressed layers) beside manifest.json; this engine (20.10)
  // cannot, so build one the same way: skopeo's layout plus the manifest.json Docker 25 adds.
  const modern = join(work, 'modern');
  sh('skopeo', [
    'copy',
    '-q',
    '--dest-oci-accept-uncompressed-layers',
    `docker-archive:${saved}`,
    `oci:${modern}`,
  ]);
  // skopeo labels these uncompressed blobs tar+gzip (it keeps docker-archive's claimed type):
  // relabel them application/vnd.oci.image.layer.v1.tar as Docker 25 does, and re-point index.json.
  const index = JSON.parse(readFileSync(join(modern, 'index.json'), 'utf8'));
  const original = JSON.parse(
    readFileSync(join(modern, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'),
  );
  const manifest = {
    ...original,
    layers: original.layers.map((layer: object) => ({
      ...layer,
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
    })),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  writeFileSync(join(modern, 'manifest.tmp'), manifestBytes);
  const manifestDigest = sha256sum(join(modern, 'manifest.tmp'));
  renameSync(join(modern, 'manifest.tmp'), join(modern, 'blobs/sha256', manifestDigest.slice(7)));
  index.manifests[0] = {
    ...index.manifests[0],
    digest: manifestDigest,
    size: manifestBytes.length,
    annotations: {
      'io.containerd.image.name': `docker.io/library/${tag}`,
      'org.opencontainers.image.ref.name': '1',
    },
  };
  writeFileSync(join(modern, 'index.json'), JSON.stringify(index));
  writeFileSync(
    join(modern, 'manifest.json'),
    JSON.stringify([
      {
        Config: `blobs/sha256/${manifest.config.digest.slice(7)}`,
        RepoTags: [tag],
        Layers: manifest.layers.map((layer: { digest: string }) => `blobs/sha256/${layer.digest.slice(7)}`),
      },
    ]),
  );
  sh('tar', ['-C', modern, '-cf', join(work, 'modern.tar'), '.']);
  sources['docker-archive (Docker 25+ layout)'] = { kind: 'docker-archive', path: join(work, 'modern.tar') };

  sources['docker (the engine)'] = { kind: 'docker', reference: tag };
});

afterAll(() => {
  docker(['rmi', tag]);
  rmSync(work, { recursive: true, force: true });
});

describe('every source reads the same image', () => {
  const names = [
    'docker-archive (legacy, docker save)',
    'oci (skopeo copy)',
    'oci-archive (skopeo copy)',
    'oci (skopeo copy docker-daemon:)',
    'oci (buildah push)',
    'oci-archive (buildah push, zstd)',
    'docker-archive (Docker 25+ layout)',
    'docker (the engine)',
  ];

  it.each(names)('%s: same layers and diff_ids as the engine, every blob verified', async (name) => {
    const source = sources[name] as ReadableSource;
    const view = await openImage(source, { workDir: work });
    expect(view.platforms).toHaveLength(1);
    const [image] = view.platforms;
    if (!image) throw new Error('no platform');
    expect(image.platform).toMatchObject({ os: 'linux', architecture: 'amd64' });
    expect(image.layers).toHaveLength(truth.diffIds.length);
    expect(image.layers.map((l) => l.diffId)).toEqual(truth.diffIds);
    expect(await uncompressedDigests(view)).toEqual(truth.diffIds);

    const config = await buffer(await view.blobs.open(image.configDescriptor));
    const configFile = join(work, 'config.tmp');
    writeFileSync(configFile, config);
    expect(sha256sum(configFile)).toBe(image.configDescriptor.digest);
    expect(JSON.parse(config.toString()).rootfs.diff_ids).toEqual(truth.diffIds);

    if (source.kind === 'docker' || name.includes('legacy')) {
      // docker save keeps the engine's config bytes: the image ID is the config digest.
      expect(image.configDescriptor.digest).toBe(truth.id);
      expect(image.synthesized).toMatch(/made up from the uncompressed layer tars/);
      expect(view.references).toEqual([tag]);
    } else {
      expect(image.synthesized).toBeUndefined();
    }
    if (source.kind === 'oci') {
      // The layout's own files, read without our code: index.json → manifest → config.
      const index = JSON.parse(readFileSync(join(source.path, 'index.json'), 'utf8'));
      const manifestPath = join(source.path, 'blobs/sha256', index.manifests[0].digest.slice(7));
      expect(image.manifestDescriptor.digest).toBe(sha256sum(manifestPath));
      expect(image.manifestDescriptor.size).toBe(statSync(manifestPath).size);
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      expect(image.configDescriptor.digest).toBe(manifest.config.digest);
      expect(image.layers.map((l) => l.descriptor.digest)).toEqual(
        manifest.layers.map((l: { digest: string }) => l.digest),
      );
      for (const layer of manifest.layers) {
        expect(sha256sum(join(source.path, 'blobs/sha256', layer.digest.slice(7)))).toBe(layer.digest);
      }
    }
    if (name.includes('zstd')) {
      expect(image.layers.map((l) => layerCompression(l.descriptor.mediaType))).toEqual([
        'zstd',
        'zstd',
        'zstd',
      ]);
    }
    if (name.includes('Docker 25')) {
      expect(view.references).toEqual([tag, `docker.io/library/${tag}`]);
      expect(image.layers.map((l) => l.descriptor.mediaType)).toEqual(
        truth.diffIds.map(() => 'application/vnd.oci.image.layer.v1.tar'),
      );
      expect(image.layers.map((l) => l.descriptor.digest)).toEqual(truth.diffIds);
    }
  });

  it('guesses the kind of each path', () => {
    for (const name of names.filter((n) => !n.startsWith('docker (the'))) {
      const source = sources[name] as ReadableSource & { path: string };
      expect(parseSourceRef(source.path)).toEqual(source);
    }
  });
});

describe('damage is caught on read', () => {
  it('a flipped byte in a layer of an OCI layout fails that layer with the digest error', async () => {
    const copy = join(work, 'damaged-oci');
    cpSync(join(work, 'skopeo-oci'), copy, { recursive: true });
    const index = JSON.parse(readFileSync(join(copy, 'index.json'), 'utf8'));
    const manifest = JSON.parse(
      readFileSync(join(copy, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'),
    );
    const layer = manifest.layers[0];
    const path = join(copy, 'blobs/sha256', layer.digest.slice(7));
    const bytes = readFileSync(path);
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);

    const view = await openImage({ kind: 'oci', path: copy });
    const error = await failure(
      buffer(await view.blobs.open(view.platforms[0]?.layers[0]?.descriptor as never)),
    );
    expect(error.message).toContain(
      `blob ${layer.digest} does not match its digest: it holds bytes that hash to ${sha256sum(path)}`,
    );
    expect(error.place).toEqual({ file: copy, within: `blobs/sha256/${layer.digest.slice(7)}` });
  });

  it.each([
    ['oci-archive (skopeo copy)', 'skopeo.tar'],
    ['docker-archive (legacy, docker save)', 'saved.tar'],
  ])('a changed byte of a file inside a layer of %s fails that layer', async (name, file) => {
    const bytes = readFileSync(join(work, file));
    const at = bytes.indexOf(bytesToDamage(name, file));
    expect(at).toBeGreaterThan(0);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const damaged = join(work, `damaged-${file}`);
    writeFileSync(damaged, bytes);
    const source = { ...(sources[name] as ReadableSource & { path: string }), path: damaged };
    const view = await openImage(source);
    const results = await Promise.allSettled(
      (view.platforms[0]?.layers ?? []).map(async (layer) => buffer(await view.blobs.open(layer.descriptor))),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(String((failed[0] as PromiseRejectedResult).reason.message)).toMatch(/does not match its digest/);
  });
});

/**
 * Bytes to damage: the unique file's content inside an uncompressed layer of a docker save, or the
 * middle of a gzip layer blob of an OCI archive (found by unpacking the archive with tar).
 */
function bytesToDamage(name: string, file: string): Buffer {
  if (name.includes('legacy')) return Buffer.from(uniqueContent);
  const unpacked = join(work, `unpacked-${file}`);
  mkdirSync(unpacked);
  sh('tar', ['-xf', join(work, file), '-C', unpacked]);
  const index = JSON.parse(readFileSync(join(unpacked, 'index.json'), 'utf8'));
  const manifest = JSON.parse(
    readFileSync(join(unpacked, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'),
  );
  const blob = readFileSync(join(unpacked, 'blobs/sha256', manifest.layers[0].digest.slice(7)));
  return blob.subarray(Math.floor(blob.length / 2), Math.floor(blob.length / 2) + 64);
}

describe('the engine as a source', () => {
  it('names the missing image', async () => {
    const error = await failure(openImage({ kind: 'docker', reference: 'src-itg-missing:nope' }));
    expect(error.message).toBe(
      `the image src-itg-missing:nope is not in the Docker engine at ${engine.DOCKER_HOST}`,
    );
  });

  it('says the engine is not running, and names the other ways', async () => {
    const socket = `unix://${join(work, 'no-engine.sock')}`;
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = socket;
    try {
      const error = await failure(openImage({ kind: 'docker', reference: tag }));
      expect(error.message).toBe(`the Docker engine is not running at ${socket}`);
      expect(error.fix).toContain('oci:DIR, oci-archive:FILE or docker-archive:FILE');
    } finally {
      process.env.DOCKER_HOST = saved;
    }
  });
});
