import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer, text } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openImage } from '../../../src/source/index.js';
import { failure } from '../../support/failure.js';
import { archiveOf, descriptor, Layout, legacyDockerArchive, sha256 } from './build.js';
import { tempDir } from './temp.js';

const dir = tempDir();
let count = 0;
async function writeArchive(
  files: Record<string, Buffer>,
  options: { gzip?: boolean; extra?: Parameters<typeof archiveOf>[1] } = {},
) {
  const tar = await archiveOf(files, options.extra);
  const path = join(dir, `archive-${++count}.tar`);
  writeFileSync(path, options.gzip ? gzipSync(tar) : tar);
  return { kind: 'docker-archive' as const, path };
}

const layers = [
  [{ name: 'hello', content: 'ELF' }],
  [
    { name: 'index.html', content: '<p>x</p>' },
    { name: '.wh.hello', content: '' },
  ],
];

describe('legacy docker save archives', () => {
  it.each([false, true])('synthesizes a manifest from the uncompressed layers (gzip: %s)', async (gzip) => {
    const built = await legacyDockerArchive(layers, ['src-unit:1', 'src-unit:latest']);
    const source = await writeArchive(built.files, { gzip });
    const view = await openImage(source);

    expect(view.source).toBe(`docker-archive:${source.path}`);
    expect(view.references).toEqual(['src-unit:1', 'src-unit:latest']);
    const [image] = view.platforms;
    if (!image) throw new Error('no platform');
    expect(image.synthesized).toMatch(/^No manifest is stored in a legacy docker save archive/);
    expect(image.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(image.configDescriptor.digest).toBe(built.configDigest);
    expect(image.layers.map((l) => l.diffId)).toEqual(built.diffIds);
    expect(image.layers.map((l) => l.descriptor)).toEqual(
      built.tars.map((tar) => ({
        mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
        digest: sha256(tar),
        size: tar.length,
      })),
    );
    expect(image.layers.map((l) => l.createdBy)).toEqual(['step 0', 'step 1']);

    // The synthesized manifest, config and layers are all readable and verified through blobs.
    const manifestBytes = await buffer(await view.blobs.open(image.manifestDescriptor));
    expect(sha256(manifestBytes)).toBe(image.manifestDescriptor.digest);
    expect(JSON.parse(manifestBytes.toString())).toEqual(image.manifest);
    expect(sha256(await buffer(await view.blobs.open(image.configDescriptor)))).toBe(built.configDigest);
    for (const [i, layer] of image.layers.entries()) {
      expect((await buffer(await view.blobs.open(layer.descriptor))).equals(built.tars[i] as Buffer)).toBe(
        true,
      );
    }
  });

  it('fails reading a layer whose bytes changed', async () => {
    const built = await legacyDockerArchive(layers);
    const path = Object.keys(built.files).find((name) => name.endsWith('layer.tar')) as string;
    const tar = Buffer.from(built.files[path] as Buffer);
    tar[512] = 0x58; // first data byte of the first file: 'E' → 'X'
    built.files[path] = tar;
    const view = await openImage(await writeArchive(built.files));
    const layer = view.platforms[0]?.layers[0]?.descriptor;
    if (!layer) throw new Error('no layer');
    const error = await failure(text(await view.blobs.open(layer)));
    expect(error.message).toBe(
      `blob ${built.diffIds[0]} does not match its digest: it holds bytes that hash to ${sha256(tar)}`,
    );
    expect(error.place.within).toBe(path);
  });

  it.each<[string, (files: Record<string, Buffer>, configName: string) => void, RegExp]>([
    [
      'a changed config',
      (f, c) => {
        f[c] = Buffer.from((f[c] as Buffer).toString().replace('amd64', 'arm64'));
      },
      /does not match its digest: the image config [a-f0-9]{64}\.json hashes to sha256:/,
    ],
    [
      'a missing layer',
      (f) => {
        delete f[Object.keys(f).find((n) => n.endsWith('layer.tar')) as string];
      },
      /layer [a-f0-9]{64}\/layer.tar \(manifest.json Layers\[0\]\) is missing from the archive/,
    ],
    [
      'manifest.json that is not JSON',
      (f) => {
        f['manifest.json'] = Buffer.from('[{');
      },
      /manifest.json is not valid JSON/,
    ],
    [
      'manifest.json failing the schema',
      (f) => {
        f['manifest.json'] = Buffer.from('[{"Config":"x.json","Layers":"a"}]');
      },
      /manifest.json does not match its schema: field \[0\]\.Layers/,
    ],
    [
      'a layer path outside the archive',
      (f) => {
        f['manifest.json'] = Buffer.from(
          (f['manifest.json'] as Buffer).toString().replace(/"Layers":\["/, '"Layers":["../'),
        );
      },
      /refusing the path "\.\.\/[a-f0-9]{64}\/layer.tar"/,
    ],
  ])('refuses %s', async (_, change, message) => {
    const built = await legacyDockerArchive(layers);
    change(built.files, `${built.configDigest.slice(7)}.json`);
    const source = await writeArchive(built.files);
    const error = await failure(openImage(source));
    expect(error.message).toMatch(message);
    expect(error.place.file).toBe(source.path);
  });

  it('refuses an archive of several images, naming them', async () => {
    const built = await legacyDockerArchive(layers, ['src-unit:a']);
    const entry = JSON.parse((built.files['manifest.json'] as Buffer).toString())[0];
    built.files['manifest.json'] = Buffer.from(
      JSON.stringify([entry, { ...entry, RepoTags: ['src-unit:b'] }]),
    );
    const error = await failure(openImage(await writeArchive(built.files)));
    expect(error.message).toContain('holds 2 images (src-unit:a, src-unit:b); expected exactly one');
  });

  it('points an OCI archive named docker-archive: at oci-archive:', async () => {
    const layout = new Layout();
    layout.manifests.push(descriptor((await layout.image({ layers })).manifest));
    const source = await writeArchive(layout.files());
    const error = await failure(openImage(source));
    expect(error.message).toContain('is not a docker save archive: it has no manifest.json');
    expect(error.fix).toBe(`It is an OCI layout archive: write oci-archive:${source.path}.`);
  });
});

describe('Docker 25+ archives (an OCI layout beside manifest.json)', () => {
  it('reads the OCI layout, with real manifests, and links <id>/layer.tar to blobs', async () => {
    const layout = new Layout();
    const image = await layout.image({ layers });
    layout.manifests.push(
      descriptor(image.manifest, {
        annotations: {
          'io.containerd.image.name': 'docker.io/library/src-unit:25',
          'org.opencontainers.image.ref.name': '25',
        },
      }),
    );
    const files = layout.files();
    files['manifest.json'] = Buffer.from(
      JSON.stringify([
        {
          Config: `blobs/sha256/${image.config.digest.slice(7)}`,
          RepoTags: ['src-unit:25'],
          Layers: image.layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`),
        },
      ]),
    );
    const links = image.layers.map((l, i) => ({
      name: `legacy${i}/layer.tar`,
      type: 'symlink' as const,
      linkname: `../blobs/sha256/${l.digest.slice(7)}`,
    }));
    const view = await openImage(await writeArchive(files, { extra: links }));
    expect(view.references).toEqual(['src-unit:25', 'docker.io/library/src-unit:25']);
    const [platform] = view.platforms;
    expect(platform?.synthesized).toBeUndefined();
    expect(platform?.manifestDescriptor.digest).toBe(image.manifest.digest);
    expect(platform?.layers.map((l) => l.descriptor.digest)).toEqual(image.layers.map((l) => l.digest));
    expect(platform?.layers.map((l) => l.diffId)).toEqual(image.diffIds);
  });
});
