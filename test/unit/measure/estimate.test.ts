/**
 * The gzip estimate of uncompressed layers (docker save) is made only when something needs it: a
 * budget or growth rule on `compressed` or `pull`, the --estimate-compressed flag, or an image
 * small enough that it costs nothing. Otherwise the stored size stands in, and the report says so.
 * Truth: the tars we write and Go-framed gzip lengths computed independently (goGzipLength).
 */
import { describe, expect, it } from 'vitest';
import type { ImageConfigEntry } from '../../../src/budget/index.js';
import { gatesCompressed } from '../../../src/check.js';
import {
  alwaysEstimateBelow,
  compressedNotEstimatedNote,
  gzipEstimateNote,
  measureImage,
} from '../../../src/measure/index.js';
import { MediaType } from '../../../src/oci/media-types.js';
import { fakeImage, goGzipLength, gzipLayer, makeTar, tarLayer } from './fake-image.js';

describe('the compressed estimate of uncompressed layers', async () => {
  const tar = await makeTar([{ name: 'app', type: 'file', content: 'payload '.repeat(5000) }]);
  const other = await makeTar([{ name: 'page', type: 'file', content: 'hello' }]);
  const image = () => fakeImage([tarLayer(tar, MediaType.dockerLayer), gzipLayer(other)]).view;

  it('below the threshold (the default for small images): estimated', async () => {
    expect(tar.length).toBeLessThan(alwaysEstimateBelow);
    const platform = (await measureImage(image())).platforms[0];
    expect(platform?.layers[0]?.compressed).toEqual({
      bytes: goGzipLength(tar),
      estimated: gzipEstimateNote,
    });
  });

  it('above it, without a need: the stored size, marked as not estimated, naming the flag', async () => {
    const platform = (await measureImage(image(), { alwaysEstimateBelow: 0 })).platforms[0];
    expect(platform?.layers[0]?.compressed).toEqual({
      bytes: tar.length,
      estimated: compressedNotEstimatedNote,
    });
    expect(compressedNotEstimatedNote).toContain('--estimate-compressed');
    // The gzip layer's size is read from its descriptor either way; files and tar are exact.
    expect(platform?.layers[1]?.compressed.estimated).toBeUndefined();
    expect(platform?.sizes.tar).toEqual({ bytes: tar.length + other.length });
    expect(platform?.sizes.compressed.estimated).toContain(compressedNotEstimatedNote);
  });

  it('above it, when asked: estimated', async () => {
    const platform = (await measureImage(image(), { alwaysEstimateBelow: 0, estimateCompressed: true }))
      .platforms[0];
    expect(platform?.layers[0]?.compressed).toEqual({
      bytes: goGzipLength(tar),
      estimated: gzipEstimateNote,
    });
  });
});

describe('which budgets need the estimate', () => {
  const entry = (extra: Partial<ImageConfigEntry>): ImageConfigEntry => ({
    name: 'app',
    source: { kind: 'docker-archive', path: 'app.tar' },
    budget: { paths: {} },
    ...extra,
  });

  it.each<[string, Partial<ImageConfigEntry>, boolean]>([
    ['files and tar only', { budget: { files: 1, tar: 2, layers: 1, paths: { '/a': 1 } } }, false],
    ['a compressed budget', { budget: { compressed: 1, paths: {} } }, true],
    ['a pull budget', { budget: { pull: 1, paths: {} } }, true],
    [
      'a pull budget for one platform',
      { budget: { paths: {}, platforms: { 'linux/arm64': { pull: 1, paths: {} } } } },
      true,
    ],
    ['a growth rule on compressed', { growth: { compressed: { bytes: 0 } } }, true],
    ['a growth rule on files only', { growth: { files: { percent: 5 } } }, false],
  ])('%s: %s', (_name, extra, needed) => {
    expect(gatesCompressed(entry(extra))).toBe(needed);
  });
});
