import { describe, expect, it } from 'vitest';
import {
  isForeignLayer,
  isImageConfig,
  isIndex,
  isLayer,
  isManifest,
  isSchema1Manifest,
  layerCompression,
  sniffCompression,
} from '../../../src/oci/media-types.js';

describe('media types', () => {
  it.each([
    ['application/vnd.oci.image.layer.v1.tar', 'none', false],
    ['application/vnd.oci.image.layer.v1.tar+gzip', 'gzip', false],
    ['application/vnd.oci.image.layer.v1.tar+zstd', 'zstd', false],
    ['application/vnd.oci.image.layer.nondistributable.v1.tar', 'none', true],
    ['application/vnd.oci.image.layer.nondistributable.v1.tar+gzip', 'gzip', true],
    ['application/vnd.oci.image.layer.nondistributable.v1.tar+zstd', 'zstd', true],
    ['application/vnd.docker.image.rootfs.diff.tar', 'none', false],
    ['application/vnd.docker.image.rootfs.diff.tar.gzip', 'gzip', false],
    ['application/vnd.docker.image.rootfs.diff.tar.zstd', 'zstd', false],
    ['application/vnd.docker.image.rootfs.foreign.diff.tar.gzip', 'gzip', true],
  ])('layer %s is %s (foreign: %s)', (mediaType, compression, foreign) => {
    expect(layerCompression(mediaType)).toBe(compression);
    expect(isLayer(mediaType)).toBe(true);
    expect(isForeignLayer(mediaType)).toBe(foreign);
    expect(isManifest(mediaType) || isIndex(mediaType)).toBe(false);
  });

  it.each([
    'application/vnd.oci.image.manifest.v1+json',
    'application/octet-stream',
    'application/vnd.in-toto+json',
    'application/vnd.oci.image.layer.v1.tar+bzip2',
    undefined,
  ])('%s is not a known layer', (mediaType) => {
    expect(layerCompression(mediaType)).toBeUndefined();
    expect(isLayer(mediaType)).toBe(false);
  });

  it.each([
    ['application/vnd.oci.image.index.v1+json', 'index'],
    ['application/vnd.docker.distribution.manifest.list.v2+json', 'index'],
    ['application/vnd.oci.image.manifest.v1+json', 'manifest'],
    ['application/vnd.docker.distribution.manifest.v2+json', 'manifest'],
    ['application/vnd.docker.distribution.manifest.v1+prettyjws', 'schema1'],
    ['application/vnd.docker.distribution.manifest.v1+json', 'schema1'],
    ['application/vnd.oci.image.config.v1+json', 'config'],
    ['application/vnd.docker.container.image.v1+json', 'config'],
    ['application/vnd.oci.empty.v1+json', 'other'],
  ])('%s is a %s', (mediaType, kind) => {
    expect(isIndex(mediaType)).toBe(kind === 'index');
    expect(isManifest(mediaType)).toBe(kind === 'manifest');
    expect(isSchema1Manifest(mediaType)).toBe(kind === 'schema1');
    expect(isImageConfig(mediaType)).toBe(kind === 'config');
  });

  it.each([
    [[0x1f, 0x8b, 0x08, 0x00], 'gzip'],
    [[0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
    [[0x28, 0xb5, 0x2f, 0x00], 'none'],
    [[0x2e, 0x2f, 0x00, 0x00], 'none'],
    [[], 'none'],
  ])('sniffs %o as %s', (head, expected) => {
    expect(sniffCompression(Uint8Array.from(head))).toBe(expected);
  });
});
