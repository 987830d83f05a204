/**
 * Measuring against the real engine and registry: a FROM scratch image with several layers
 * (files of known sizes, an empty file, a symlink, a hard link and a whiteout from ADDed tars,
 * a file re-added in a later layer), saved with `docker save` and pushed to the local registry.
 * Truth comes from Docker (`image inspect` Size, `export`), the saved `<id>/layer.tar` files, and
 * the manifest the registry serves after `docker push`.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureImage, mergedFilesystem, normalisePath } from '../../src/measure/index.js';
import type { PlatformSizes } from '../../src/measure/types.js';
import { openImage, parseSourceRef } from '../../src/source/index.js';
import { docker, dockerEngine, removeImages, tempDir } from './real.js';

const image = 'measure-itg:latest';
// The image and its registry tag go when the file is done: a run leaves the engine as it found it.
afterAll(() => removeImages([image, `${dockerEngine().TSG_REGISTRY}/${image}`]));

async function tarOf(
  entries: { name: string; type?: 'file' | 'link' | 'directory'; content?: string; linkname?: string }[],
) {
  const pack = tar.pack();
  for (const { name, type = 'file', content, linkname } of entries) {
    if (type === 'file') pack.entry({ name, mode: 0o644 }, content ?? '');
    else pack.entry({ name, type, mode: 0o755, ...(linkname ? { linkname } : {}) });
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Entry names of a tar stream, with their type flags, read by tar-stream (for `docker export`). */
async function tarNames(bytes: Buffer): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      names.set(normalisePath(header.name), header.type);
      stream.on('end', () => next());
      stream.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([bytes]).pipe(extract as unknown as NodeJS.WritableStream);
  await done;
  return names;
}

interface RegistryManifest {
  config: { size: number; digest: string };
  layers: { size: number; digest: string; mediaType: string }[];
}

describe('measureImage on a real docker save archive and registry push', () => {
  let dir: string;
  let platform: PlatformSizes;
  let savedLayerTars: number[];
  let registry: { manifest: RegistryManifest; manifestBytes: number };

  beforeAll(async () => {
    const { TSG_REGISTRY } = dockerEngine();
    dir = tempDir('tsg-measure-');
    const context = join(dir, 'context');
    mkdirSync(join(context, 'tree/sub'), { recursive: true });
    writeFileSync(join(context, 'a.bin'), randomBytes(4096));
    writeFileSync(join(context, 'b.txt'), 'the quick brown fox jumps over the lazy dog\n'.repeat(500));
    writeFileSync(join(context, 'tree/empty'), '');
    writeFileSync(join(context, 'tree/sub/c.txt'), 'c'.repeat(333));
    symlinkSync('../a.bin', join(context, 'tree/link'));
    writeFileSync(join(context, 'c2.txt'), `${randomBytes(600).toString('base64')}\n`);
    writeFileSync(
      join(context, 'links.tar'),
      await tarOf([
        { name: 'links/', type: 'directory' },
        { name: 'links/orig', content: 'o'.repeat(777) },
        { name: 'links/hard', type: 'link', linkname: 'links/orig' },
      ]),
    );
    // ADD unpacks the tar as is; the layer diff then holds `.wh.b.txt`, a whiteout of /b.txt.
    writeFileSync(join(context, 'delete.tar'), await tarOf([{ name: '.wh.b.txt' }]));
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY a.bin /a.bin',
        'COPY b.txt /b.txt',
        'LABEL purpose=measure',
        'COPY tree/ /tree/',
        'ADD links.tar /',
        'ADD delete.tar /',
        'COPY c2.txt /tree/sub/c.txt',
        'CMD ["/a.bin"]',
        '',
      ].join('\n'),
    );
    docker(['build', '--quiet', '--tag', image, context]);

    const archive = join(dir, 'image.tar');
    docker(['save', '--output', archive, image]);
    const extracted = join(dir, 'saved');
    mkdirSync(extracted);
    execFileSync('tar', ['-xf', archive, '-C', extracted]);
    const saved = JSON.parse(readFileSync(join(extracted, 'manifest.json'), 'utf8')) as {
      Layers: string[];
    }[];
    savedLayerTars = (saved[0]?.Layers ?? []).map((layer) => statSync(join(extracted, layer)).size);

    const remote = `${TSG_REGISTRY}/${image}`;
    docker(['tag', image, remote]);
    docker(['push', '--quiet', remote]);
    const [name, tag] = image.split(':');
    const response = await fetch(`http://${TSG_REGISTRY}/v2/${name}/manifests/${tag}`, {
      headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
    });
    const body = Buffer.from(await response.arrayBuffer());
    registry = {
      manifest: JSON.parse(body.toString('utf8')) as RegistryManifest,
      manifestBytes: body.length,
    };

    const view = await openImage(parseSourceRef(`docker-archive:${archive}`));
    const measured = await measureImage(view);
    if (!measured.platforms[0]) throw new Error('no platform measured');
    platform = measured.platforms[0];
  });

  it('files equals docker image inspect .Size to the byte', () => {
    const size = Number(docker(['image', 'inspect', '--format', '{{.Size}}', image]).trim());
    expect(platform.sizes.files).toEqual({ bytes: size });
  });

  it('tar equals the sum of the saved <id>/layer.tar lengths, layer by layer', () => {
    expect(platform.layers.map((l) => l.tar)).toEqual(savedLayerTars);
    expect(platform.sizes.tar).toEqual({ bytes: savedLayerTars.reduce((a, b) => a + b, 0) });
  });

  it('counts the layers the registry holds', () => {
    expect(platform.sizes.layers).toBe(registry.manifest.layers.length);
    expect(platform.sizes.layers).toBe(6);
  });

  it('matches each layer to the history entry that made it', () => {
    const history = JSON.parse(
      docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', image]),
    ) as string[];
    expect(platform.layers.map((l) => l.diffId)).toEqual(history);
    expect(platform.layers.map((l) => l.createdBy?.match(/(COPY|ADD) \S+/)?.[0].split(' ')[0])).toEqual([
      'COPY',
      'COPY',
      'COPY',
      'ADD',
      'ADD',
      'COPY',
    ]);
  });

  it('sees the symlink, the hard link, the empty file and the whiteout as Docker wrote them', () => {
    const byPath = (path: string) => platform.entries.filter((e) => e.path === path);
    expect(byPath('/tree/link').map((e) => [e.type, e.target])).toEqual([['symlink', '../a.bin']]);
    // Docker's layer diff writes changes sorted by path: the first name of the inode (`hard`) becomes
    // the regular file and the second (`orig`) the hard link, whatever the ADDed tar said.
    const links = [...byPath('/links/hard'), ...byPath('/links/orig')];
    expect(links.map((e) => [e.path, e.type, e.target, e.size])).toEqual([
      ['/links/hard', 'file', undefined, 777],
      ['/links/orig', 'hardlink', '/links/hard', 0],
    ]);
    expect(byPath('/tree/empty').map((e) => [e.type, e.size])).toEqual([['file', 0]]);
    expect(byPath('/.wh.b.txt').map((e) => [e.type, e.target])).toEqual([['whiteout', '/b.txt']]);
    expect(byPath('/tree/sub/c.txt').map((e) => e.size)).toEqual([
      333,
      statSync(join(dir, 'context/c2.txt')).size,
    ]);
  });

  it('merges the layers into the filesystem a container sees (docker export)', async () => {
    const id = docker(['create', image]).trim();
    const exported = await tarNames(Buffer.from(execFileSyncBuffer(['export', id])));
    docker(['rm', id]);
    // The engine's init layer adds these to every container; they are not in the image.
    const runtime = /^\/(\.dockerenv|dev|proc|sys|etc)(\/|$)/;
    const fromDocker = [...exported.keys()].filter((p) => p !== '/' && !runtime.test(p)).sort();
    const ours = mergedFilesystem(platform.entries)
      .map((e) => e.path)
      .filter((p) => p !== '/')
      .sort();
    expect(ours).toEqual(fromDocker);
    expect(ours).not.toContain('/b.txt');
  });

  it('estimates compressed and pull close to what docker push wrote, and says so', () => {
    const realLayers = registry.manifest.layers.map((l) => l.size);
    const ours = platform.layers.map((l) => l.compressed.bytes);
    const realCompressed = realLayers.reduce((a, b) => a + b, 0);
    const realPull = realCompressed + registry.manifest.config.size + registry.manifestBytes;
    const report = {
      layers: realLayers.map((real, i) => ({ real, ours: ours[i], diff: (ours[i] ?? 0) - real })),
      compressed: { real: realCompressed, ours: platform.sizes.compressed.bytes },
      manifest: {
        real: registry.manifestBytes,
        ours: platform.sizes.pull.bytes - platform.sizes.compressed.bytes - registry.manifest.config.size,
      },
      pull: { real: realPull, ours: platform.sizes.pull.bytes },
    };
    console.log(`measure itg: estimates vs registry ${JSON.stringify(report)}`);
    expect(registry.manifest.config.digest).toBe(platform.configDigest);
    // Our framing is Go's (header, closing empty stored block, trailer: see src/measure/layer.ts), and
    // Go's flate and zlib use the same level-6 parameters (lazy 16, good 8, nice 128, chain 128), so
    // only their match and Huffman choices differ: ±1 B per layer here. Allow 16 B + 1% per layer.
    for (const [i, real] of realLayers.entries()) {
      expect(Math.abs((ours[i] ?? 0) - real)).toBeLessThanOrEqual(16 + real * 0.01);
    }
    // The manifest text is Docker's exactly; only a size that crosses a power of ten moves it, 1 B each.
    expect(Math.abs(report.manifest.ours - report.manifest.real)).toBeLessThanOrEqual(realLayers.length);
    expect(Math.abs(platform.sizes.pull.bytes - realPull)).toBeLessThanOrEqual(
      realLayers.length * 17 + realCompressed * 0.01,
    );
    expect(platform.sizes.compressed.estimated).toMatch(/gzip -6 of the layer tar/);
    expect(platform.sizes.pull.estimated).toMatch(/docker push/);
    expect(platform.layers.every((l) => l.compressed.estimated)).toBe(true);
  });
});

function execFileSyncBuffer(args: string[]): Buffer {
  // docker() decodes output as text; export is binary.
  return execFileSync('/usr/bin/docker', args, {
    env: { ...process.env, ...dockerEngine() },
    maxBuffer: 1 << 28,
  });
}
