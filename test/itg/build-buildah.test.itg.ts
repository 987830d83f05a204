/**
 * The buildah builder against the real buildah (vfs storage): a multi-stage Dockerfile whose build
 * stage runs busybox (copied with its libraries from this machine, so no base image or registry is
 * needed) and whose final stage is FROM scratch. Truth comes from the inputs we write and from the
 * archive itself read by `tar` and `gzip`, never from the code under test.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildOutcome, BuildSpec } from '../../src/builders/index.js';
import { buildImage } from '../../src/builders/index.js';
import { TinySizeError } from '../../src/errors.js';
import { measureImage } from '../../src/measure/index.js';
import type { ImageSizes } from '../../src/measure/types.js';
import { openImage } from '../../src/source/index.js';
import { removeScratchDirs, requireTool, scratchDir as tempDir } from './real.js';

afterAll(removeScratchDirs);

/** busybox and the shared libraries `ldd` says it needs, at their paths. */
function busyboxRootfs(into: string): Record<string, number> {
  const busybox = requireTool('busybox');
  const libraries = execFileSync('ldd', [busybox], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /(\/\S+) \(0x/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined);
  const sizes: Record<string, number> = {};
  // The Dockerfile runs /bin/busybox, wherever this machine keeps it.
  const files: [string, string][] = [
    [busybox, '/bin/busybox'],
    ...libraries.map((l): [string, string] => [l, l]),
  ];
  for (const [file, path] of files) {
    const target = join(into, path);
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(file, target);
    sizes[path] = statSync(target).size;
  }
  return sizes;
}

/** What `seq 1 N` prints: the file the build stage's RUN makes. */
const seqBytes = (n: number) =>
  Buffer.byteLength(`${Array.from({ length: n }, (_, i) => i + 1).join('\n')}\n`);

interface Archive {
  layers: { mediaType: string; size: number; digest: string }[];
  blobSizes: Record<string, number>;
  tarBytes: number[];
}

/** Reads the oci-archive with tar and gzip: the manifest's layers, blob sizes on disk, layer tar lengths. */
function readArchive(path: string): Archive {
  const dir = tempDir('tsg-buildah-archive-');
  execFileSync('tar', ['-xf', path, '-C', dir]);
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[];
  };
  const blob = (digest: string) => join(dir, 'blobs/sha256', digest.replace('sha256:', ''));
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0]?.digest ?? ''), 'utf8')) as {
    layers: Archive['layers'];
  };
  const blobSizes = Object.fromEntries(
    readdirSync(join(dir, 'blobs/sha256')).map((name) => [
      `sha256:${name}`,
      statSync(join(dir, 'blobs/sha256', name)).size,
    ]),
  );
  const tarBytes = manifest.layers.map(
    (layer) => execFileSync('gzip', ['-dc', blob(layer.digest)], { maxBuffer: 64 * 1024 * 1024 }).length,
  );
  return { layers: manifest.layers, blobSizes, tarBytes };
}

async function measure(outcome: BuildOutcome): Promise<ImageSizes> {
  const view = await openImage(outcome.source, { workDir: tempDir('tsg-buildah-open-') });
  return measureImage(view);
}

describe('builder: buildah (real buildah, vfs storage)', () => {
  requireTool('buildah');
  const context = tempDir('tsg-buildah-ctx-');
  const greeting = 'hello from a build arg';
  const indexHtml = `<!doctype html><title>buildah</title><p>${randomBytes(40).toString('hex')}</p>\n`;
  const blob = randomBytes(5000);
  let rootfs: Record<string, number>;
  let spec: BuildSpec;
  let outcome: BuildOutcome;
  let sizes: ImageSizes;
  let archive: Archive;

  beforeAll(async () => {
    rootfs = busyboxRootfs(join(context, 'rootfs'));
    writeFileSync(join(context, 'index.html'), indexHtml);
    writeFileSync(join(context, 'blob.bin'), blob);
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch AS build',
        'COPY rootfs/ /',
        'ARG GREETING',
        'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox seq 1 300 > /seq.txt && /bin/busybox printf %s \\"$GREETING\\" > /greeting"]',
        '',
        'FROM scratch AS final',
        'COPY index.html /index.html',
        'COPY --from=build /seq.txt /greeting /data/',
        'COPY blob.bin /blob.bin',
        '',
      ].join('\n'),
    );
    spec = {
      kind: 'build',
      context,
      dockerfile: join(context, 'Dockerfile'),
      target: 'final',
      buildArgs: { GREETING: greeting },
      builder: 'buildah',
    };
    outcome = await buildImage(spec, {
      workDir: tempDir('tsg-buildah-work-'),
      tag: 'buildah-itg:latest',
      storageDriver: 'vfs',
    });
    if (outcome.source.kind !== 'oci-archive')
      throw new Error(`expected an oci-archive, got ${outcome.source.kind}`);
    archive = readArchive(outcome.source.path);
    sizes = await measure(outcome);
  });

  it('writes an OCI archive and says how', () => {
    expect(outcome.source.kind).toBe('oci-archive');
    expect(outcome.method).toBe('buildah bud + buildah push oci-archive (storage: vfs, as configured)');
  });

  it('files: exactly the bytes of the files put in (the RUN output and the build arg included)', () => {
    const expected = Buffer.byteLength(indexHtml) + seqBytes(300) + Buffer.byteLength(greeting) + blob.length;
    expect(sizes.platforms[0]?.sizes.files).toEqual({ bytes: expected });
  });

  it('one layer per COPY of the final stage, gzip-compressed by buildah', () => {
    expect(sizes.platforms[0]?.sizes.layers).toBe(3);
    expect(archive.layers.map((layer) => layer.mediaType)).toEqual(
      Array(3).fill('application/vnd.oci.image.layer.v1.tar+gzip'),
    );
  });

  it('tar: the lengths gzip -dc gives for the layer blobs', () => {
    expect(sizes.platforms[0]?.sizes.tar).toEqual({ bytes: archive.tarBytes.reduce((a, b) => a + b, 0) });
  });

  it('compressed: exact (not estimated), the manifest sizes, which are the blob sizes on disk', () => {
    const onDisk = archive.layers.reduce(
      (sum, layer) => sum + (archive.blobSizes[layer.digest] ?? Number.NaN),
      0,
    );
    expect(sizes.platforms[0]?.sizes.compressed).toEqual({ bytes: onDisk });
    expect(archive.layers.reduce((sum, layer) => sum + layer.size, 0)).toBe(onDisk);
    expect(sizes.platforms[0]?.layers.map((layer) => layer.compressed.bytes)).toEqual(
      archive.layers.map((layer) => layer.size),
    );
  });

  it('--target picks the stage: the build stage holds busybox, its libraries and what RUN made', async () => {
    const built = await buildImage(
      { ...spec, target: 'build' },
      { workDir: tempDir('tsg-buildah-work-'), tag: 'buildah-itg:build', storageDriver: 'vfs' },
    );
    const stage = await measure(built);
    const rootfsBytes = Object.values(rootfs).reduce((a, b) => a + b, 0);
    expect(stage.platforms[0]?.sizes.files.bytes).toBe(
      rootfsBytes + seqBytes(300) + Buffer.byteLength(greeting),
    );
  });

  it('a failing build names the Dockerfile and the line, with the last lines of the log', async () => {
    writeFileSync(
      join(context, 'Broken.Dockerfile'),
      'FROM scratch\nCOPY index.html /index.html\n\nCOPY   not-there.txt /x\n',
    );
    const error = await buildImage(
      { ...spec, dockerfile: join(context, 'Broken.Dockerfile'), target: undefined },
      { workDir: tempDir('tsg-buildah-work-'), tag: 'buildah-itg:broken', storageDriver: 'vfs' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    const { message, place } = error as TinySizeError;
    expect(place).toEqual({ file: join(context, 'Broken.Dockerfile'), line: 4 });
    expect(message).toContain('not-there.txt');
    expect(message).toMatch(/^buildah bud failed for .*Broken\.Dockerfile at `COPY {3}not-there\.txt \/x`/);
  });
});
