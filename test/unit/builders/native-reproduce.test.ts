/**
 * Where two builds differ, on real native builds: the epoch (mtime and `created`), one file's bytes,
 * the owner, the mode, and the gzip header of an otherwise equal layer.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createdImages } from '../../../src/builders/index.js';
import { buildNative } from '../../../src/builders/native/index.js';
import { sha256Digest } from '../../../src/oci/index.js';
import { checkReproducible, compareImages, describeDifference } from '../../../src/reproduce/index.js';
import { openImage } from '../../../src/source/index.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function built(dockerfile: string, files: Record<string, string>, epoch = 0) {
  const root = mkdtempSync(join(tmpdir(), 'tsg-native-reproduce-'));
  dirs.push(root);
  const ctx = join(root, 'ctx');
  mkdirSync(ctx);
  writeFileSync(join(ctx, 'Dockerfile'), dockerfile);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(ctx, name), content);
  const output = join(root, 'layout');
  await buildNative(
    { context: ctx, dockerfile: join(ctx, 'Dockerfile'), buildArgs: {} },
    { workDir: root, output, epoch },
  );
  return { output, view: await openImage({ kind: 'oci', path: output }) };
}

const dockerfile = 'FROM scratch\nCOPY a b /srv/\nCOPY c /\n';
const files = { a: 'A', b: 'B', c: 'C' };

describe('compareImages', () => {
  it('another epoch: every file and directory by mtime, and the config by created and history', async () => {
    const difference = await compareImages(
      (await built(dockerfile, files)).view,
      (await built(dockerfile, files, 5)).view,
    );
    expect(difference.layer).toBe(0);
    expect(difference.files).toEqual([
      { path: '/srv', how: ['mtime'] },
      { path: '/srv/a', how: ['mtime'] },
      { path: '/srv/b', how: ['mtime'] },
    ]);
    expect(difference.layersDiffering).toBe(2);
    expect(difference.config).toEqual(['created', 'history']);
    expect(describeDifference(difference)).toBe(
      'layer 1 differs first, in /srv (mtime), /srv/a (mtime), /srv/b (mtime); 2 layers differ in all; the config differs in created, history',
    );
  });

  it("one file's bytes, a mode and an owner, in the second layer", async () => {
    const a = await built(dockerfile, files);
    const b = await built('FROM scratch\nCOPY a b /srv/\nCOPY --chmod=700 --chown=1:1 c /\n', {
      ...files,
      c: 'c',
    });
    const difference = await compareImages(a.view, b.view);
    expect(difference.layer).toBe(1);
    expect(difference.files).toEqual([{ path: '/c', how: ['content', 'owner', 'mode'] }]);
    expect(difference.config).toEqual(['history']);
  });

  it('the same tar with another gzip header', async () => {
    const a = await built(dockerfile, files);
    const b = await built(dockerfile, files);
    // Rewrite b's second layer with a time in its gzip header, as a builder that does not pin it would.
    const index = JSON.parse(readFileSync(join(b.output, 'index.json'), 'utf8'));
    const blob = (digest: string) => join(b.output, 'blobs/sha256', digest.slice(7));
    const manifest = JSON.parse(readFileSync(blob(index.manifests[0].digest), 'utf8'));
    const layer = manifest.layers[1];
    const gzip = readFileSync(blob(layer.digest));
    gzip.writeUInt32LE(1_700_000_000, 4);
    layer.digest = sha256Digest(gzip);
    writeFileSync(blob(layer.digest), gzip);
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    index.manifests[0] = {
      ...index.manifests[0],
      digest: sha256Digest(manifestBytes),
      size: manifestBytes.length,
    };
    writeFileSync(blob(index.manifests[0].digest), manifestBytes);
    writeFileSync(join(b.output, 'index.json'), JSON.stringify(index));
    const difference = await compareImages(a.view, await openImage({ kind: 'oci', path: b.output }));
    expect(difference).toMatchObject({ layer: 1, layerHow: 'gzip header', files: [], config: [] });
  });
});

describe('createdImages (what the classic builder made, which it removes itself)', () => {
  it("reads the image ids a classic build made from its log, not the base image's or the containers'", () => {
    const log =
      'Step 1/4 : ARG BUILDER_IMAGE\nStep 2/4 : FROM tiny/builder AS clock\n ---> 0123456789ab\nStep 3/4 : RUN date > /stamp\n ---> Running in fedcba987654\nRemoving intermediate container fedcba987654\n ---> aaaaaaaaaaaa\nSuccessfully built aaaaaaaaaaaa\n';
    expect(createdImages(log)).toEqual(['aaaaaaaaaaaa']);
  });
});

describe('checkReproducible', () => {
  it('builds twice and once more with compare-builder, in fresh copies, and finds one digest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tsg-native-reproduce-'));
    const temps = mkdtempSync(join(tmpdir(), 'tsg-native-reproduce-'));
    dirs.push(root, temps);
    writeFileSync(join(root, 'Dockerfile'), dockerfile);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
    const source = {
      kind: 'build' as const,
      context: root,
      dockerfile: join(root, 'Dockerfile'),
      buildArgs: {},
      builder: 'native' as const,
    };
    const result = await checkReproducible(
      { name: 'app', source, budget: { paths: {} }, reproducible: { compareBuilder: 'native' } },
      { budgetFile: 'tiny-size.yml', pauseMs: 10, tempRoot: temps },
    );
    expect(result.reproducible).toBe(true);
    expect(result.builds).toHaveLength(3);
    expect(new Set(result.builds.map((b) => b.manifestDigest)).size).toBe(1);
    expect(readdirSync(temps)).toEqual([]);
  });

  it('needs a build', async () => {
    await expect(
      checkReproducible(
        { name: 'app', source: { kind: 'oci', path: '/x' }, budget: { paths: {} }, reproducible: {} },
        { budgetFile: 'tiny-size.yml' },
      ),
    ).rejects.toThrow(/`reproducible: true` needs a build/);
  });
});
