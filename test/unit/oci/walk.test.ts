/**
 * The walker on blobs held in memory: which blobs it opens, how it picks a named image, and what
 * manifest-only mode refuses. The same indexes from a layout and a registry: test/itg/source-walk.
 */
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import {
  BlobNotFound,
  type BlobStore,
  type Descriptor,
  manifestOnlyView,
  platformString,
  verified,
  walkImage,
} from '../../../src/oci/index.js';
import { failure } from '../../support/failure.js';
import { descriptor, Layout } from '../source/build.js';

const indexType = 'application/vnd.oci.image.index.v1+json';

/** A BlobStore over a layout's blobs that records every digest opened. */
function store(layout: Layout): BlobStore & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    async open(d: Descriptor) {
      opened.push(d.digest);
      const bytes = layout.blobs.get(d.digest);
      if (!bytes) throw new BlobNotFound(`blob ${d.digest} is missing`);
      return verified(Readable.from([bytes]), d, {});
    },
  };
}

/** The root index (as a layout's index.json) listing `entries`. */
function root(entries: Record<string, unknown>[]) {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: indexType, manifests: entries }));
  return {
    descriptor: { mediaType: indexType, digest: `sha256:${'0'.repeat(64)}`, size: bytes.length },
    bytes,
    document: 'index.json',
  };
}

const files = (content: string) => [[{ name: 'app', content }]];
const named = (name: string) => ({ annotations: { 'org.opencontainers.image.ref.name': name } });
const options = {
  source: 'oci:dir',
  holder: 'the layout',
  sourceFor: (ref: string) => `oci:dir:${ref}`,
};

describe('walkImage', () => {
  it('picks a named image (oci:DIR:REF), and lists the names when several images have none picked', async () => {
    const layout = new Layout();
    const a = await layout.image({ layers: files('a') });
    const b = await layout.image({ layers: files('b'), platform: { os: 'linux', architecture: 'arm64' } });
    const entries = [descriptor(a.manifest, named('one')), descriptor(b.manifest, named('two'))];

    const two = await walkImage(store(layout), root(entries), { ...options, reference: 'two' });
    expect(two.platforms.map((p) => p.manifestDescriptor.digest)).toEqual([b.manifest.digest]);
    expect(two.references).toEqual(['two']);

    const unnamed = await failure(walkImage(store(layout), root(entries), options));
    expect(unnamed.message).toBe('oci:dir holds 2 images (one, two); name the one to measure');
    expect(unnamed.fix).toBe('Write one of: oci:dir:one, oci:dir:two.');

    const wrong = await failure(walkImage(store(layout), root(entries), { ...options, reference: 'three' }));
    expect(wrong.message).toBe('oci:dir holds no image named three; it holds: one, two');
    expect(wrong.fix).toBe('Name one of them: oci:dir:one, oci:dir:two.');
  });

  it("one image under two names is one image; a short name matches containerd's full one", async () => {
    const layout = new Layout();
    const a = await layout.image({ layers: files('a') });
    const entries = [
      descriptor(a.manifest, named('latest')),
      descriptor(a.manifest, { annotations: { 'io.containerd.image.name': 'docker.io/library/app:1' } }),
    ];
    const view = await walkImage(store(layout), root(entries), options);
    expect(view.platforms).toHaveLength(1);
    expect(view.references).toEqual(['latest', 'docker.io/library/app:1']);
    const short = await walkImage(store(layout), root(entries), { ...options, reference: 'app:1' });
    expect(short.references).toEqual(['docker.io/library/app:1']);
  });

  it('opens no manifest of a platform not asked for, and reads each blob once', async () => {
    const layout = new Layout();
    const amd64 = await layout.image({ layers: files('amd64') });
    const arm64 = await layout.image({
      layers: files('arm64'),
      platform: { os: 'linux', architecture: 'arm64' },
    });
    const entry = (built: typeof amd64, architecture: string) =>
      descriptor(built.manifest, { platform: { os: 'linux', architecture } });
    const blobs = store(layout);
    const view = await walkImage(
      blobs,
      root([entry(amd64, 'amd64'), entry(arm64, 'arm64'), entry(arm64, 'arm64')]),
      {
        ...options,
        platforms: ['linux/arm64'],
      },
    );
    expect(view.platforms.map((p) => platformString(p.platform))).toEqual(['linux/arm64']);
    expect(blobs.opened).toEqual([arm64.manifest.digest, arm64.config.digest]);
  });

  it('names the index that lists a manifest the source lacks', async () => {
    const layout = new Layout();
    const amd64 = await layout.image({ layers: files('amd64') });
    const nested = layout.json(
      {
        schemaVersion: 2,
        mediaType: indexType,
        manifests: [descriptor(amd64.manifest, { platform: { os: 'linux', architecture: 'amd64' } })],
      },
      indexType,
    );
    layout.blobs.delete(amd64.manifest.digest);
    const error = await failure(walkImage(store(layout), root([descriptor(nested)]), options));
    expect(error.message).toBe(
      `the image index ${nested.digest} lists manifest ${amd64.manifest.digest} (linux/amd64), which the layout does not have`,
    );
    expect(error.place).toEqual({ file: 'oci:dir', within: `index ${nested.digest}` });
  });

  it('in manifest-only mode serves manifests and configs but refuses layers', async () => {
    const layout = new Layout();
    const image = await layout.image({ layers: files('x'), gzip: true });
    const view = manifestOnlyView(
      await walkImage(store(layout), root([descriptor(image.manifest)]), options),
    );
    expect(view.manifestOnly).toBe(true);
    expect(await buffer(await view.blobs.open(view.platforms[0]?.configDescriptor as Descriptor))).toEqual(
      image.config.bytes,
    );
    const refused = await failure(view.blobs.open(view.platforms[0]?.layers[0]?.descriptor as Descriptor));
    expect(refused.message).toBe(
      `manifest-only mode reads no layer, but layer ${image.layers[0]?.digest} was asked for`,
    );
  });
});
