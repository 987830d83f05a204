/**
 * One walker, two sources: the same indexes served from an OCI layout (index.json lists the root
 * index's entries) and from the real registry (TSG_REGISTRY, the root index pushed under a tag)
 * give the same platforms, skip reasons and errors (issue 8, item 1). Blobs are made here with
 * tar-stream and node:crypto, so every digest is known apart from the code under test.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TinySizeError } from '../../src/errors.js';
import { platformString } from '../../src/oci/index.js';
import { openImage, type ReadableSource } from '../../src/source/index.js';
import { pushBlob, pushManifest } from '../support/registry-server.js';
import { type Blob, type BuiltImage, descriptor, Layout, writeFiles } from '../unit/source/build.js';
import { dockerEngine, tempDir } from './real.js';

const indexType = 'application/vnd.oci.image.index.v1+json';
const manifestType = 'application/vnd.oci.image.manifest.v1+json';
const work = tempDir('tsg-walk-itg-');
const repository = `tsg-walk-itg/p${process.pid}`;
let host: string;
/** Manifests pushed, deleted afterwards so the shared registry keeps nothing of this run. */
const pushed: string[] = [];

interface Case {
  name: string;
  /** The root index's entries, built in a layout (every blob the case needs is in it). */
  build: (layout: Layout) => Promise<Record<string, unknown>[]>;
  /** Blobs to leave out of both sources (a manifest the index lists but nobody has). */
  missing?: (layout: Layout) => string[];
  platforms?: string[];
  expected: { platforms: string[]; skipped: string[] } | { error: (holder: string) => string | RegExp };
}

const files = [{ name: 'app', content: 'ELF!' }];
const image = (layout: Layout, architecture: string, content = 'ELF!') =>
  layout.image({ layers: [[{ ...files[0], content } as never]], platform: { os: 'linux', architecture } });
const entry = (built: BuiltImage, architecture?: string, extra: Record<string, unknown> = {}) =>
  descriptor(built.manifest, {
    ...(architecture ? { platform: { os: 'linux', architecture } } : {}),
    ...extra,
  });
const index = (layout: Layout, manifests: Record<string, unknown>[]): Blob =>
  layout.json({ schemaVersion: 2, mediaType: indexType, manifests }, indexType);

let built: Record<string, { amd64: BuiltImage; arm64: BuiltImage }> = {};

const cases: Case[] = [
  {
    name: 'a nested index',
    build: async (layout) => {
      const amd64 = await image(layout, 'amd64');
      const arm64 = await image(layout, 'arm64');
      return [descriptor(index(layout, [entry(amd64, 'amd64'), entry(arm64)]))];
    },
    expected: { platforms: ['linux/amd64', 'linux/arm64'], skipped: [] },
  },
  {
    name: 'an attestation manifest',
    build: async (layout) => {
      const amd64 = await image(layout, 'amd64');
      const attestation = layout.json(
        { schemaVersion: 2, mediaType: manifestType, config: descriptor(amd64.config), layers: [] },
        manifestType,
      );
      return [
        entry(amd64, 'amd64'),
        descriptor(attestation, {
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: {
            'vnd.docker.reference.type': 'attestation-manifest',
            'vnd.docker.reference.digest': amd64.manifest.digest,
          },
        }),
      ];
    },
    expected: { platforms: ['linux/amd64'], skipped: ['attestation manifest for sha256:'] },
  },
  {
    name: 'an unknown media type',
    build: async (layout) => {
      const amd64 = await image(layout, 'amd64');
      const other = layout.json({ hello: 'world' }, 'application/vnd.example.thing.v1+json');
      return [entry(amd64, 'amd64'), descriptor(other)];
    },
    expected: {
      platforms: ['linux/amd64'],
      skipped: ['not an image manifest (media type application/vnd.example.thing.v1+json)'],
    },
  },
  {
    name: 'a duplicate platform',
    build: async (layout) => {
      const a = await image(layout, 'amd64', 'one');
      const b = await image(layout, 'amd64', 'two');
      return [entry(a, 'amd64'), entry(b, 'amd64')];
    },
    expected: { error: () => /holds more than one image for linux\/amd64 \(sha256:\w+ and sha256:\w+;/ },
  },
  {
    // sha256 makes a true self-reference impossible to write; an index reached twice is what a loop would do.
    name: 'an index reached twice (a self-reference under content addressing)',
    build: async (layout) => {
      const amd64 = await image(layout, 'amd64');
      const inner = descriptor(index(layout, [entry(amd64, 'amd64')]));
      return [inner, descriptor(index(layout, [inner, entry(amd64, 'amd64')])), entry(amd64, 'amd64')];
    },
    expected: { platforms: ['linux/amd64'], skipped: [] },
  },
  {
    name: 'indexes nested 8 deep (the limit)',
    build: async (layout) => {
      let top: Record<string, unknown> = entry(await image(layout, 'amd64'), 'amd64');
      for (let level = 0; level < 8; level++) top = descriptor(index(layout, [top]));
      return [top];
    },
    expected: { platforms: ['linux/amd64'], skipped: [] },
  },
  {
    name: 'indexes nested 9 deep (over the limit)',
    build: async (layout) => {
      let top: Record<string, unknown> = entry(await image(layout, 'amd64'), 'amd64');
      for (let level = 0; level < 9; level++) top = descriptor(index(layout, [top]));
      return [top];
    },
    expected: { error: () => 'image indexes nest deeper than 8 levels' },
  },
  {
    name: 'a platform the index does not have',
    build: async (layout) => {
      const amd64 = await image(layout, 'amd64');
      const arm64 = await image(layout, 'arm64');
      return [entry(amd64, 'amd64'), entry(arm64, 'arm64')];
    },
    platforms: ['linux/s390x'],
    expected: { error: () => /has no image for linux\/s390x; it has: linux\/amd64, linux\/arm64$/ },
  },
  {
    name: 'a manifest the source does not have',
    build: async (layout) => {
      const amd64 = await image(layout, 'amd64');
      // Content no other case has: the shared repository must not hold this manifest already.
      const arm64 = await image(layout, 'arm64', `never pushed ${process.pid}`);
      built.missing = { amd64, arm64 };
      return [descriptor(index(layout, [entry(amd64, 'amd64'), entry(arm64, 'arm64')]))];
    },
    missing: () => [built.missing?.arm64.manifest.digest ?? ''],
    expected: {
      error: (holder) =>
        new RegExp(
          `^the image index sha256:\\w+ lists manifest ${built.missing?.arm64.manifest.digest} \\(linux/arm64\\), which ${holder} does not have$`,
        ),
    },
  },
];

/** Serves one case both ways: an OCI layout directory and a tag in the registry. */
async function serve(
  testCase: Case,
  slot: number,
): Promise<{ layout: ReadableSource; registry: ReadableSource }> {
  const layout = new Layout();
  const top = await testCase.build(layout);
  // index.json names the image as a tag names it in the registry.
  layout.manifests.push(
    ...top.map((d) => ({
      ...d,
      annotations: { ...(d.annotations as object), 'org.opencontainers.image.ref.name': `case-${slot}` },
    })),
  );

  // Registry: blobs first, then manifests and indexes children before parents (they are pushed by digest).
  const documents = new Map<string, { bytes: Buffer; mediaType: string }>();
  for (const [digest, bytes] of layout.blobs) {
    const mediaType = (
      JSON.parse(bytes.toString('utf8').startsWith('{') ? bytes.toString('utf8') : '{}') as {
        mediaType?: string;
      }
    ).mediaType;
    if (mediaType === indexType || mediaType === manifestType) documents.set(digest, { bytes, mediaType });
    else await pushBlob(host, repository, bytes);
  }
  const pending = [...documents.entries()];
  while (pending.length) {
    const ready = pending.findIndex(([, doc]) =>
      [...doc.bytes.toString('utf8').matchAll(/"digest":"(sha256:\w+)"/g)].every(
        (m) => !pending.some(([digest]) => digest === m[1]),
      ),
    );
    const [[digest, doc]] = pending.splice(ready, 1) as [[string, { bytes: Buffer; mediaType: string }]];
    await pushManifest(host, repository, digest, doc.bytes, doc.mediaType);
    pushed.push(digest);
  }
  const root = index(layout, top);
  await pushManifest(host, repository, `case-${slot}`, root.bytes, indexType);
  pushed.push(root.digest);
  // A registry refuses an index whose manifests it lacks: push them, then delete the missing ones.
  for (const digest of testCase.missing?.(layout) ?? []) {
    const deleted = await fetch(`http://${host}/v2/${repository}/manifests/${digest}`, { method: 'DELETE' });
    expect(deleted.status).toBe(202);
    layout.blobs.delete(digest);
  }
  const dir = writeFiles(join(work, `case-${slot}`), layout.files());
  return {
    layout: { kind: 'oci', path: dir },
    registry: { kind: 'registry', reference: `${host}/${repository}:case-${slot}` },
  };
}

async function outcome(source: ReadableSource, platforms?: string[]) {
  try {
    const view = await openImage(source, platforms ? { platforms } : {});
    return {
      platforms: view.platforms.map((p) => platformString(p.platform)),
      skipped: view.skipped.map((s) => s.reason),
    };
  } catch (error) {
    if (!(error instanceof TinySizeError)) throw error;
    return { error: error.message, fix: error.fix };
  }
}

beforeAll(() => {
  host = dockerEngine().TSG_REGISTRY;
});

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  for (const digest of pushed.reverse()) {
    const response = await fetch(`http://${host}/v2/${repository}/manifests/${digest}`, { method: 'DELETE' });
    expect([202, 404]).toContain(response.status);
  }
});

describe('one walker: an OCI layout and the registry agree', () => {
  it.each(cases.map((c, slot) => [c.name, c, slot] as const))('%s', async (_name, testCase, slot) => {
    built = {};
    const sources = await serve(testCase, slot);
    const fromLayout = await outcome(sources.layout, testCase.platforms);
    const fromRegistry = await outcome(sources.registry, testCase.platforms);
    const expected = testCase.expected;
    if ('error' in expected) {
      expect(fromLayout.error).toMatch(expected.error('the layout'));
      expect(fromRegistry.error).toMatch(expected.error('the registry'));
      // The same sentence from both, once the source's own name is taken out.
      const neutral = (text = '') =>
        text
          .replaceAll(`oci:${join(work, `case-${slot}`)}`, 'SOURCE')
          .replaceAll(join(work, `case-${slot}`), 'SOURCE')
          .replaceAll(`registry:${host}/${repository}:case-${slot}`, 'SOURCE')
          .replaceAll(`${host}/${repository}:case-${slot}`, 'REF')
          .replaceAll(`case-${slot}`, 'REF')
          .replace(/the layout|the registry/, 'HOLDER');
      expect(neutral(fromLayout.error)).toBe(neutral(fromRegistry.error));
      expect(fromLayout.fix).toBe(fromRegistry.fix);
    } else {
      expect(fromLayout).toEqual({ platforms: expected.platforms, skipped: expect.any(Array) });
      expect(fromLayout.skipped).toHaveLength(expected.skipped.length);
      for (const [i, reason] of expected.skipped.entries()) expect(fromLayout.skipped?.[i]).toContain(reason);
      expect(fromRegistry).toEqual(fromLayout);
    }
  });
});
