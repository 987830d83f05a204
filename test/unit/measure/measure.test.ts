import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { gzipEstimateNote, measureImage, mergedFilesystem } from '../../../src/measure/index.js';
import { MediaType } from '../../../src/oci/media-types.js';
import {
  contentBytes,
  type Entry,
  type FakeLayer,
  fakeImage,
  goGzipLength,
  gzipLayer,
  makeTar,
  sha256,
  tarLayer,
} from './fake-image.js';

const longName = `deep/${'d'.repeat(120)}/file.bin`; // over 100 bytes: needs a pax or GNU long name

const base: Entry[] = [
  { name: 'etc/', type: 'directory' },
  { name: 'etc/a.txt', type: 'file', content: 'a'.repeat(100) },
  { name: './empty', type: 'file', content: '' },
  { name: 'link', type: 'symlink', linkname: 'etc/a.txt' },
  { name: 'hard', type: 'link', linkname: 'etc/a.txt' },
  { name: 'var/cache/', type: 'directory' },
  { name: 'var/cache/x', type: 'file', content: 'x'.repeat(50) },
  { name: 'pipe', type: 'fifo' },
  { name: 'dev/null', type: 'character-device' },
];
const deletions: Entry[] = [
  { name: '.wh.empty', type: 'file', content: '' },
  { name: 'var/cache/.wh..wh..opq', type: 'file', content: '' },
  { name: 'var/cache/y', type: 'file', content: 'y'.repeat(7) },
];
const readds: Entry[] = [
  { name: 'etc/a.txt', type: 'file', content: Buffer.alloc(3000, 7) },
  { name: longName, type: 'file', content: 'z'.repeat(10) },
];

async function threeLayers(): Promise<{ layers: FakeLayer[]; entries: Entry[][] }> {
  const entries = [base, deletions, readds];
  const tars = await Promise.all(entries.map(makeTar));
  // gzip, uncompressed (like docker save), gzip with Docker's media type.
  const layers = [
    gzipLayer(tars[0] as Buffer),
    tarLayer(tars[1] as Buffer),
    gzipLayer(tars[2] as Buffer, MediaType.dockerLayerGzip),
  ];
  return { layers, entries };
}

describe('measureImage: the size contract', async () => {
  const { layers, entries } = await threeLayers();
  const history = [
    { created_by: 'ADD base' },
    { created_by: 'ENV X=1', empty_layer: true },
    { created_by: 'ADD deletions' },
    { created_by: 'CMD ["/x"]', empty_layer: true },
    { created_by: 'COPY readds' },
  ];
  const { view, configBytes, manifestBytes } = fakeImage(layers, { history });
  const sizes = await measureImage(view);
  const platform = sizes.platforms[0];
  if (!platform) throw new Error('no platform measured');
  const gzipEstimate = goGzipLength(layers[1]?.tar as Buffer);
  const compressed = (layers[0]?.blob.length ?? 0) + gzipEstimate + (layers[2]?.blob.length ?? 0);

  it.each([
    ['files', platform.sizes.files.bytes, entries.reduce((sum, e) => sum + contentBytes(e), 0)],
    ['tar', platform.sizes.tar.bytes, layers.reduce((sum, l) => sum + l.tar.length, 0)],
    ['compressed', platform.sizes.compressed.bytes, compressed],
    ['pull', platform.sizes.pull.bytes, compressed + configBytes.length + manifestBytes.length],
    ['layers', platform.sizes.layers, 3],
  ])('%s', (_metric, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('measures each layer on its own', () => {
    expect(
      platform.layers.map((l) => ({
        files: l.files,
        tar: l.tar,
        compressed: l.compressed.bytes,
        diffId: l.diffId,
      })),
    ).toEqual(
      layers.map((l, i) => ({
        files: contentBytes(entries[i] as Entry[]),
        tar: l.tar.length,
        compressed: i === 1 ? gzipEstimate : l.blob.length,
        diffId: sha256(l.tar),
      })),
    );
    expect(platform.layers.map((l) => l.entries)).toEqual(entries.map((e) => e.length));
  });

  it('marks estimates: the uncompressed layer, compressed and pull; files and tar are exact', () => {
    expect(platform.layers.map((l) => l.compressed.estimated)).toEqual([
      undefined,
      gzipEstimateNote,
      undefined,
    ]);
    expect(platform.sizes.compressed.estimated).toBe(gzipEstimateNote);
    expect(platform.sizes.pull.estimated).toBe(gzipEstimateNote);
    expect(platform.sizes.files.estimated).toBeUndefined();
    expect(platform.sizes.tar.estimated).toBeUndefined();
  });

  it('takes createdBy from the history entries that made layers', () => {
    expect(platform.layers.map((l) => l.createdBy)).toEqual(['ADD base', 'ADD deletions', 'COPY readds']);
  });

  it('lists every entry with normalised paths, types and targets', () => {
    expect(
      platform.entries.map(({ layer, path, type, size, target }) => [layer, path, type, size, target]),
    ).toEqual([
      [0, '/etc', 'directory', 0, undefined],
      [0, '/etc/a.txt', 'file', 100, undefined],
      [0, '/empty', 'file', 0, undefined],
      [0, '/link', 'symlink', 0, 'etc/a.txt'],
      [0, '/hard', 'hardlink', 0, '/etc/a.txt'],
      [0, '/var/cache', 'directory', 0, undefined],
      [0, '/var/cache/x', 'file', 50, undefined],
      [0, '/pipe', 'other', 0, undefined],
      [0, '/dev/null', 'other', 0, undefined],
      [1, '/.wh.empty', 'whiteout', 0, '/empty'],
      [1, '/var/cache/.wh..wh..opq', 'opaque-whiteout', 0, '/var/cache'],
      [1, '/var/cache/y', 'file', 7, undefined],
      [2, '/etc/a.txt', 'file', 3000, undefined],
      [2, `/${longName}`, 'file', 10, undefined],
    ]);
  });

  it('merges the layers into the final filesystem', () => {
    expect(mergedFilesystem(platform.entries).map((e) => [e.path, e.layer, e.size])).toEqual(
      [
        ['/etc', 0, 0],
        ['/etc/a.txt', 2, 3000],
        ['/link', 0, 0],
        ['/hard', 0, 0],
        ['/var/cache', 0, 0],
        ['/var/cache/y', 1, 7],
        ['/pipe', 0, 0],
        ['/dev/null', 0, 0],
        [`/${longName}`, 2, 10],
      ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    );
  });

  it('reports the view as the source gave it', () => {
    expect(sizes.source).toBe(view.source);
    expect(sizes.references).toEqual(view.references);
    expect(platform.platform).toBe('linux/amd64');
    expect(platform.manifestDigest).toBe(sha256(manifestBytes));
    expect(platform.configDigest).toBe(sha256(configBytes));
  });
});

describe('measureImage: a synthesized manifest (legacy docker save)', () => {
  it('estimates pull with the manifest docker push would write', async () => {
    const tars = await Promise.all([base, readds].map(makeTar));
    const layers = tars.map((t) => tarLayer(t, MediaType.dockerLayer));
    const { view, configBytes } = fakeImage(layers, {
      synthesized: 'made from a legacy docker save archive',
    });
    const platform = (await measureImage(view)).platforms[0];
    const gzips = tars.map((t) => ({ length: goGzipLength(t), digest: sha256(t) }));
    // The text `docker push` writes (Go json.MarshalIndent, three spaces), spelled out by hand.
    const layerText = gzips
      .map(
        (g) =>
          `      {\n         "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",\n         "size": ${g.length},\n         "digest": "${g.digest}"\n      }`,
      )
      .join(',\n');
    const manifestText = `{\n   "schemaVersion": 2,\n   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",\n   "config": {\n      "mediaType": "application/vnd.docker.container.image.v1+json",\n      "size": ${configBytes.length},\n      "digest": "${sha256(configBytes)}"\n   },\n   "layers": [\n${layerText}\n   ]\n}`;
    const compressed = gzips.reduce((sum, g) => sum + g.length, 0);
    expect(platform?.sizes.compressed.bytes).toBe(compressed);
    expect(platform?.sizes.pull.bytes).toBe(
      compressed + configBytes.length + Buffer.byteLength(manifestText),
    );
    expect(platform?.sizes.pull.estimated).toContain(gzipEstimateNote);
    expect(platform?.sizes.pull.estimated).toContain('docker push');
  });
});

const gzipMagic = Buffer.from([0x1f, 0x8b]);
const zstdMagic = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

describe('measureImage: refusals and damaged images', () => {
  it.each([
    {
      name: 'a layer whose tar does not hash to its diff_id',
      layer: async () => ({ ...gzipLayer(await makeTar(base)), diffId: sha256('something else') }),
      message: /layer 0 \(sha256:[0-9a-f]{64}\) does not match the image config: .*rootfs\.diff_ids\[0\]/,
    },
    {
      name: 'an uncompressed layer whose diff_id is another digest',
      layer: async () => ({ ...tarLayer(await makeTar(base)), diffId: sha256('something else') }),
      message: /does not match the image config/,
    },
    {
      // zstd layers are read since issue 5; these bytes only begin like zstd (see zstd.test.ts).
      name: 'a zstd layer that is not zstd',
      layer: async () => ({
        ...tarLayer(Buffer.concat([zstdMagic, await makeTar(base)])),
        mediaType: MediaType.ociLayerZstd,
      }),
      message: /layer 0 \(sha256:[0-9a-f]{64}\) is not valid zstd/,
      fix: /damaged or truncated/,
    },
    {
      name: 'an unknown media type',
      layer: async () => ({
        ...gzipLayer(await makeTar(base)),
        mediaType: 'application/vnd.example.sbom+json',
      }),
      message: /"application\/vnd\.example\.sbom\+json", which is not a known layer type/,
    },
    {
      // A plain tar labelled gzip is read as a tar (see zstd.test.ts); these bytes only begin like gzip.
      name: 'a gzip layer that is not gzip',
      layer: async () => ({
        ...tarLayer(Buffer.concat([gzipMagic, await makeTar(base)])),
        mediaType: MediaType.ociLayerGzip,
      }),
      message: /layer 0 \(sha256:[0-9a-f]{64}\) is not valid gzip/,
    },
    {
      name: 'a truncated tar',
      layer: async () => tarLayer((await makeTar(base)).subarray(0, 700)),
      message: /is not a valid tar/,
    },
    {
      name: 'a missing blob',
      layer: async () => ({ ...gzipLayer(await makeTar(base)), absent: true }),
      message: /is not in the store/,
    },
  ])('$name is a TinySizeError', async ({ layer, message, fix }) => {
    const { view } = fakeImage([await layer()]);
    const error = await measureImage(view).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).message).toMatch(message);
    expect((error as TinySizeError).place.file).toBe(view.source);
    if (fix) expect((error as TinySizeError).fix).toMatch(fix);
  });

  it('a blob whose bytes do not match its digest is refused by the store', async () => {
    const { view, store, image } = fakeImage([gzipLayer(await makeTar(base))]);
    const digest = image.layers[0]?.descriptor.digest as string;
    const bytes = Buffer.from(store.blobs.get(digest) as Buffer);
    bytes.writeUInt8((bytes.at(-1) ?? 0) ^ 1, bytes.length - 1);
    store.blobs.set(digest, bytes);
    const error = await measureImage(view).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as Error).message).toMatch(/does not match its digest/);
  });

  it('a config with more diff_ids than layers is refused', async () => {
    const { view, image } = fakeImage([gzipLayer(await makeTar(base))]);
    image.config.rootfs.diff_ids.push(sha256('extra'));
    await expect(measureImage(view)).rejects.toThrow(/lists 2 diff_ids but the manifest has 1 layers/);
  });
});

describe('measureImage: foreign layers', () => {
  it('counts an absent foreign layer in compressed and marks files and tar as lower bounds', async () => {
    const foreignTar = await makeTar(readds);
    const foreign: FakeLayer = { ...gzipLayer(foreignTar, MediaType.dockerForeignLayerGzip), absent: true };
    const present = gzipLayer(await makeTar(base));
    const { view, configBytes, manifestBytes } = fakeImage([foreign, present]);
    const platform = (await measureImage(view)).platforms[0];
    expect(platform?.sizes.compressed).toEqual({ bytes: foreign.blob.length + present.blob.length });
    expect(platform?.sizes.pull.bytes).toBe(
      foreign.blob.length + present.blob.length + configBytes.length + manifestBytes.length,
    );
    expect(platform?.sizes.files.bytes).toBe(contentBytes(base));
    expect(platform?.sizes.tar.bytes).toBe(present.tar.length);
    expect(platform?.sizes.files.estimated).toMatch(
      /lower bound: foreign layer 0 .* is not in oci:test\/fake/,
    );
    expect(platform?.sizes.tar.estimated).toMatch(/lower bound/);
  });

  it('measures a foreign layer whose blob is present like any other', async () => {
    const foreign = gzipLayer(await makeTar(readds), MediaType.ociForeignLayerGzip);
    const platform = (await measureImage(fakeImage([foreign]).view)).platforms[0];
    expect(platform?.sizes.files).toEqual({ bytes: contentBytes(readds) });
  });
});

describe('measureImage: bounded concurrency', () => {
  it('never has more than two layer blobs open at once', async () => {
    const tars = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        makeTar([{ name: `f${i}`, type: 'file', content: 'q'.repeat(5000 * (i + 1)) }]),
      ),
    );
    const { view, store } = fakeImage(tars.map((t) => gzipLayer(t)));
    const platform = (await measureImage(view)).platforms[0];
    expect(platform?.sizes.layers).toBe(6);
    expect(store.maxOpen).toBe(2);
    expect(store.open_).toBe(0);
  });
});
