import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer, text } from 'node:stream/consumers';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openImage, type ReadableSource } from '../../../src/source/index.js';
import { failure } from '../../support/failure.js';
import { archiveOf, descriptor, Layout, sha256, writeFiles } from './build.js';
import { tempDir } from './temp.js';

const dir = tempDir();
let count = 0;

type Kind = 'oci' | 'oci-archive' | 'oci-archive (gzip)';
/** Writes the layout's files in the form of `kind` and returns the source to open. */
async function materialise(files: Record<string, Buffer>, kind: Kind): Promise<ReadableSource> {
  const path = join(dir, `layout-${++count}`);
  if (kind === 'oci') return { kind: 'oci', path: writeFiles(path, files) };
  const tar = await archiveOf(files);
  writeFileSync(path, kind === 'oci-archive' ? tar : gzipSync(tar));
  return { kind: 'oci-archive', path };
}

const layerFiles = [
  [
    { name: 'bin/', type: 'directory' as const },
    { name: 'bin/hello', content: 'ELF!' },
  ],
  [{ name: 'index.html', content: '<h1>hi</h1>' }],
];

describe.each<Kind>(['oci', 'oci-archive', 'oci-archive (gzip)'])('%s', (kind) => {
  it('reads one image: manifest, config, layers with diff_ids, references', async () => {
    const layout = new Layout();
    const image = await layout.image({ layers: layerFiles, gzip: true });
    layout.manifests.push(
      descriptor(image.manifest, { annotations: { 'org.opencontainers.image.ref.name': 'v1' } }),
    );
    const source = await materialise(layout.files(), kind);
    const view = await openImage(source);

    expect(view.source).toBe(`${source.kind}:${'path' in source ? source.path : ''}`);
    expect(view.references).toEqual(['v1']);
    expect(view.skipped).toEqual([]);
    expect(view.platforms).toHaveLength(1);
    const [platform] = view.platforms;
    expect(platform?.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(platform?.manifestDescriptor.digest).toBe(image.manifest.digest);
    expect(platform?.configDescriptor.digest).toBe(image.config.digest);
    expect(platform?.synthesized).toBeUndefined();
    expect(platform?.layers.map((l) => l.diffId)).toEqual(image.diffIds);
    expect(platform?.layers.map((l) => l.descriptor.digest)).toEqual(image.layers.map((l) => l.digest));
    expect(platform?.layers.map((l) => l.createdBy)).toEqual(['step 0', 'step 1']);

    // Layers stream back whole and verified: the inflated tar hashes to the diff_id.
    for (const layer of platform?.layers ?? []) {
      const chunks: Buffer[] = [];
      for await (const chunk of await view.blobs.open(layer.descriptor)) chunks.push(chunk as Buffer);
      expect(sha256(gunzipSync(Buffer.concat(chunks)))).toBe(layer.diffId);
    }
  });

  it('follows a nested index, takes platforms from descriptors or configs, skips attestations', async () => {
    const layout = new Layout();
    const amd64 = await layout.image({ layers: layerFiles.slice(0, 1), docker: true });
    const arm64 = await layout.image({
      layers: layerFiles.slice(1),
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    });
    const attestation = layout.json(
      { schemaVersion: 2, config: descriptor(amd64.config), layers: [] },
      'application/vnd.oci.image.manifest.v1+json',
    );
    const unknown = layout.json(
      { schemaVersion: 2, config: descriptor(amd64.config), layers: [], annotations: { n: '2' } },
      'application/vnd.oci.image.manifest.v1+json',
    );
    const index = layout.json(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          descriptor(amd64.manifest, { platform: { os: 'linux', architecture: 'amd64' } }),
          descriptor(arm64.manifest), // no platform: the config says linux/arm64/v8
          descriptor(attestation, {
            annotations: {
              'vnd.docker.reference.type': 'attestation-manifest',
              'vnd.docker.reference.digest': amd64.manifest.digest,
            },
          }),
          descriptor(unknown, { platform: { os: 'unknown', architecture: 'unknown' } }),
        ],
      },
      'application/vnd.oci.image.index.v1+json',
    );
    layout.manifests.push(
      descriptor(index, {
        annotations: {
          'io.containerd.image.name': 'example.com/src/app:1',
          'org.opencontainers.image.ref.name': '1',
        },
      }),
    );
    const source = await materialise(layout.files(), kind);

    const view = await openImage(source);
    expect(view.references).toEqual(['example.com/src/app:1']);
    expect(
      view.platforms.map((p) => [p.platform.architecture, p.platform.variant, p.manifestDescriptor.digest]),
    ).toEqual([
      ['amd64', undefined, amd64.manifest.digest],
      ['arm64', 'v8', arm64.manifest.digest],
    ]);
    expect(view.platforms[0]?.layers[0]?.descriptor.mediaType).toBe(
      'application/vnd.docker.image.rootfs.diff.tar.gzip',
    );
    expect(view.skipped.map((s) => [s.descriptor.digest, s.reason])).toEqual([
      [attestation.digest, `attestation manifest for ${amd64.manifest.digest}`],
      [unknown.digest, expect.stringContaining('unknown/unknown')],
    ]);

    const arm = await openImage(source, { platforms: ['linux/arm64'] });
    expect(arm.platforms.map((p) => p.manifestDescriptor.digest)).toEqual([arm64.manifest.digest]);
    const error = await failure(openImage(source, { platforms: ['linux/s390x'] }));
    expect(error.message).toContain('has no image for linux/s390x; it has: linux/amd64, linux/arm64/v8');
  });

  it('keeps serving blobs after a reader stops early', async () => {
    const layout = new Layout();
    const image = await layout.image({ layers: layerFiles });
    layout.manifests.push(descriptor(image.manifest));
    const view = await openImage(await materialise(layout.files(), kind));
    const [first, second] = view.platforms[0]?.layers ?? [];
    if (!first || !second) throw new Error('no layers');
    (await view.blobs.open(first.descriptor)).destroy();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sha256(await buffer(await view.blobs.open(second.descriptor)))).toBe(second.descriptor.digest);
    const chunks: Buffer[] = [];
    for await (const chunk of await view.blobs.open(first.descriptor)) chunks.push(chunk as Buffer);
    expect(sha256(Buffer.concat(chunks))).toBe(first.descriptor.digest);
  });

  it('fails reading a layer whose bytes do not match its digest', async () => {
    const layout = new Layout();
    const image = await layout.image({ layers: layerFiles });
    layout.manifests.push(descriptor(image.manifest));
    const files = layout.files();
    const damaged = image.layers[1]?.digest.slice(7) ?? '';
    const bytes = Buffer.from(files[`blobs/sha256/${damaged}`] ?? '');
    bytes[600] = (bytes[600] ?? 0) ^ 1; // one bit of the file's data
    files[`blobs/sha256/${damaged}`] = bytes;
    const view = await openImage(await materialise(files, kind));
    const layer = view.platforms[0]?.layers[1]?.descriptor;
    if (!layer) throw new Error('no layer');
    const error = await failure(text(await view.blobs.open(layer)));
    expect(error.message).toContain(
      `blob ${layer.digest} does not match its digest: it holds bytes that hash to ${sha256(bytes)}`,
    );
    expect(error.place.within).toBe(`blobs/sha256/${damaged}`);
  });
});

describe('bad OCI layouts', () => {
  async function layoutWith(
    change: (files: Record<string, Buffer>, image: Awaited<ReturnType<Layout['image']>>) => void,
  ) {
    const layout = new Layout();
    const image = await layout.image({ layers: layerFiles });
    layout.manifests.push(descriptor(image.manifest));
    const files = layout.files();
    change(files, image);
    return { source: await materialise(files, 'oci-archive'), image };
  }

  it.each<
    [
      string,
      (files: Record<string, Buffer>, image: Awaited<ReturnType<Layout['image']>>) => void,
      RegExp,
      string | undefined,
    ]
  >([
    [
      'index.json that is not JSON',
      (f) => {
        f['index.json'] = Buffer.from('{"schemaVersion":2,');
      },
      /index.json is not valid JSON/,
      'index.json',
    ],
    [
      'index.json failing the schema',
      (f) => {
        f['index.json'] = Buffer.from('{"schemaVersion":2,"manifests":[{"digest":"sha256:00"}]}');
      },
      /index.json does not match its schema: field manifests\[0\]\.mediaType.*field manifests\[0\]\.size/,
      'index.json',
    ],
    [
      'no oci-layout file',
      (f) => {
        delete f['oci-layout'];
      },
      /is not an OCI image layout: it has no oci-layout file/,
      undefined,
    ],
    [
      'a missing manifest blob',
      (f, i) => {
        delete f[`blobs/sha256/${i.manifest.digest.slice(7)}`];
      },
      /blob sha256:[a-f0-9]{64} \(application\/vnd.oci.image.manifest.v1\+json\) is missing from/,
      'manifest',
    ],
    [
      'a damaged manifest',
      (f, i) => {
        f[`blobs/sha256/${i.manifest.digest.slice(7)}`] = Buffer.from(
          i.manifest.bytes.toString().replace('"layers"', '"layerz"'),
        );
      },
      /does not match its digest: it holds bytes that hash to/,
      'manifest',
    ],
    [
      'a config of the wrong size',
      (f, i) => {
        f[`blobs/sha256/${i.config.digest.slice(7)}`] = Buffer.concat([i.config.bytes, Buffer.from(' ')]);
      },
      /the file holds \d+ bytes, but its descriptor declares/,
      'config',
    ],
  ])('refuses %s, naming the place', async (_, change, message, within) => {
    const { source, image } = await layoutWith(change);
    const error = await failure(openImage(source));
    expect(error.message).toMatch(message);
    expect(error.place.file).toBe('path' in source ? source.path : '');
    const expectedWithin =
      within === 'manifest'
        ? `blobs/sha256/${image.manifest.digest.slice(7)}`
        : within === 'config'
          ? `blobs/sha256/${image.config.digest.slice(7)}`
          : within;
    expect(error.place.within).toBe(expectedWithin);
    expect(error.fix).toBeTruthy();
  });

  it('names the manifest field that fails the schema', async () => {
    const layout = new Layout();
    const manifest = layout.json(
      {
        schemaVersion: 2,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: 2 },
        layers: [],
      },
      'application/vnd.oci.image.manifest.v1+json',
    );
    layout.manifests.push(descriptor(manifest));
    const error = await failure(openImage(await materialise(layout.files(), 'oci')));
    expect(error.message).toContain(
      `manifest ${manifest.digest} does not match its schema: field config.digest`,
    );
  });

  it('refuses a truncated archive and a file that is not a tar', async () => {
    const layout = new Layout();
    const image = await layout.image({ layers: layerFiles });
    layout.manifests.push(descriptor(image.manifest));
    const tar = await archiveOf(layout.files());
    const truncated = join(dir, 'truncated.tar');
    writeFileSync(truncated, tar.subarray(0, tar.length - 2048));
    expect((await failure(openImage({ kind: 'oci-archive', path: truncated }))).message).toContain(
      `${truncated} is truncated`,
    );
    const notTar = join(dir, 'not-a-tar.tar');
    writeFileSync(notTar, layout.files()['index.json'] ?? '');
    expect((await failure(openImage({ kind: 'oci-archive', path: notTar }))).message).toContain(
      `${notTar} is not a tar archive`,
    );
    const gzipTruncated = join(dir, 'truncated.tar.gz');
    writeFileSync(gzipTruncated, gzipSync(tar).subarray(0, 200));
    expect((await failure(openImage({ kind: 'oci-archive', path: gzipTruncated }))).message).toContain(
      'gzip-compressed and does not decompress',
    );
    const missing = join(dir, 'nothing-here.tar');
    expect((await failure(openImage({ kind: 'oci-archive', path: missing }))).message).toBe(
      `${missing} does not exist`,
    );
  });

  it('refuses two images of one platform, and a layout of artifacts only', async () => {
    const layout = new Layout();
    const a = await layout.image({ layers: layerFiles.slice(0, 1) });
    const b = await layout.image({ layers: layerFiles.slice(1) });
    layout.manifests.push(descriptor(a.manifest), descriptor(b.manifest));
    const error = await failure(openImage(await materialise(layout.files(), 'oci')));
    expect(error.message).toContain(
      `holds more than one image for linux/amd64 (${a.manifest.digest} and ${b.manifest.digest}`,
    );

    const artifacts = new Layout();
    const config = artifacts.json({}, 'application/vnd.example.sbom.v1+json');
    const manifest = artifacts.json(
      { schemaVersion: 2, config: descriptor(config), layers: [] },
      'application/vnd.oci.image.manifest.v1+json',
    );
    artifacts.manifests.push(descriptor(manifest));
    const none = await failure(openImage(await materialise(artifacts.files(), 'oci')));
    expect(none.message).toContain(
      `holds no runnable image (skipped ${manifest.digest}: an artifact, not a runnable image (config media type application/vnd.example.sbom.v1+json))`,
    );
  });
});
