/**
 * `measure --manifest-only` beyond registries, through the committed bundle: an OCI layout and an
 * oci-archive written by skopeo from an image the real engine built. The figures are the manifest's
 * own (its layer sizes, its config's, its length), and no layer blob is read: the layers are
 * corrupted, then deleted, and it still measures, while a measure without the flag refuses the
 * corrupt layer. A `docker save` archive, whose manifest.json records no sizes, is refused.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skopeo } from '../support/registry-images.js';
import {
  docker,
  dockerEngine,
  removeImages,
  removeScratchDirs,
  repoRoot,
  requireTool,
  scratchDir,
} from './real.js';

const cliPath = join(repoRoot, 'dist/cli/index.js');
const tag = `tsg-manifest-only-${randomBytes(6).toString('hex')}:1`;
let dir: string;
let archive: string;
let layout: string;

function measure(...args: string[]) {
  const run = spawnSync(process.execPath, [cliPath, 'measure', ...args], {
    cwd: dir,
    env: { ...process.env, ...dockerEngine() },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The sizes of the JSON report of `measure --json`. */
function sizesOf(stdout: string) {
  return JSON.parse(stdout).image.platforms[0].sizes as Record<string, { bytes: number | null } | number>;
}

interface Descriptor {
  digest: string;
  size: number;
}

/** What the layout's own documents say: the manifest's descriptor, its layers and config. */
function documents(dir: string): { manifest: Descriptor; layers: Descriptor[]; config: Descriptor } {
  const blob = (digest: string) => join(dir, 'blobs/sha256', digest.slice('sha256:'.length));
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const manifest = index.manifests[0] as Descriptor;
  const document = JSON.parse(readFileSync(blob(manifest.digest), 'utf8'));
  return { manifest, layers: document.layers, config: document.config };
}

const layerPath = (dir: string, layer: Descriptor) => join(dir, 'blobs/sha256', layer.digest.slice(7));

beforeAll(() => {
  requireTool('skopeo');
  dockerEngine();
  dir = scratchDir('tsg-manifest-only-');
  const context = join(dir, 'context');
  mkdirSync(join(context, 'www'), { recursive: true });
  writeFileSync(join(context, 'server'), randomBytes(1500));
  writeFileSync(join(context, 'www/index.html'), '<!doctype html><title>hi</title><p>tiny</p>\n');
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY server /server\nCOPY www/ /www/\n');
  try {
    docker(['build', '--quiet', '--tag', tag, context]);
    archive = join(dir, 'image.tar');
    docker(['save', '--output', archive, tag]);
  } finally {
    removeImages([tag]);
  }
  // skopeo compresses the archive's plain tar layers with gzip on the way to an OCI layout.
  layout = join(dir, 'layout');
  skopeo(['copy', '--quiet', `docker-archive:${archive}`, `oci:${layout}:app`]);
});

afterAll(() => {
  removeImages([tag]);
  removeScratchDirs();
});

describe('measure --manifest-only of an OCI layout', () => {
  it("gives the manifest's compressed, pull and layers, and reads no layer blob", () => {
    const { manifest, layers, config } = documents(layout);
    expect(layers).toHaveLength(2);
    const compressed = layers.reduce((sum, layer) => sum + layer.size, 0);
    const expected = {
      compressed: { bytes: compressed },
      pull: { bytes: compressed + config.size + manifest.size },
      layers: 2,
      files: { bytes: null },
      tar: { bytes: null },
    };
    // Read in full, the same layout has the same compressed figure: exact either way.
    const full = measure(`oci:${layout}`, '--json');
    expect(full.status, full.stderr).toBe(0);
    expect(sizesOf(full.stdout).compressed).toEqual(expected.compressed);

    // Every layer blob corrupted (same length, other bytes): reading one would fail its digest.
    const corrupt = join(dir, 'corrupt');
    cpSync(layout, corrupt, { recursive: true });
    for (const layer of layers) writeFileSync(layerPath(corrupt, layer), Buffer.alloc(layer.size, 0x55));
    const refused = measure(`oci:${corrupt}`);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`layer 0 (${layers[0]?.digest})`);
    const corrupted = measure(`oci:${corrupt}`, '--manifest-only', '--json');
    expect(corrupted.status, corrupted.stderr).toBe(0);
    expect(sizesOf(corrupted.stdout)).toMatchObject(expected);

    // And gone: the layout holds only its index, manifest and config.
    for (const layer of layers) rmSync(layerPath(corrupt, layer));
    const gone = measure(`oci:${corrupt}`, '--manifest-only', '--json');
    expect(gone.status, gone.stderr).toBe(0);
    expect(sizesOf(gone.stdout)).toMatchObject(expected);
    const text = measure(`oci:${corrupt}`, '--manifest-only');
    expect(text.stdout).toMatch(new RegExp(`compressed\\s+${compressed.toLocaleString('en-US')} B`));
    expect(text.stdout).toContain('not measured');
  });

  it('reads an oci-archive the same way, with no layer blob in it', () => {
    const { manifest, layers, config } = documents(layout);
    const stripped = join(dir, 'stripped');
    cpSync(layout, stripped, { recursive: true });
    for (const layer of layers) rmSync(layerPath(stripped, layer));
    const file = join(dir, 'image.oci.tar');
    const tar = spawnSync('tar', ['-cf', file, '-C', stripped, '.'], { encoding: 'utf8' });
    expect(tar.status, tar.stderr).toBe(0);
    expect(statSync(file).size).toBeLessThan(layers.reduce((sum, layer) => sum + layer.size, 0) + 20_000);

    const run = measure(`oci-archive:${file}`, '--manifest-only', '--json');
    expect(run.status, run.stderr).toBe(0);
    const compressed = layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(sizesOf(run.stdout)).toMatchObject({
      compressed: { bytes: compressed },
      pull: { bytes: compressed + config.size + manifest.size },
      layers: 2,
      files: { bytes: null },
    });
  });
});

describe('measure --manifest-only of a docker save archive', () => {
  it('is refused, saying that its manifest.json records no sizes and what to do instead', () => {
    for (const source of [`docker-archive:${archive}`, archive]) {
      const run = measure(source, '--manifest-only');
      expect(run.status, source).toBe(2);
      expect(run.stderr).toContain(`--manifest-only cannot measure docker-archive:${archive}`);
      expect(run.stderr).toContain('not their sizes');
      expect(run.stderr).toContain('measure it without --manifest-only');
      expect(run.stdout).toBe('');
    }
    // Without the flag it measures, estimating compressed from its layers.
    expect(measure(`docker-archive:${archive}`).status).toBe(0);
  });
});
