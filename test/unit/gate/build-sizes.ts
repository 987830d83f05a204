/**
 * Measurements built by hand for the growth gate, the comparison and the reports: every total is
 * derived from the layers and files given here, as the size contract defines it, so the tests'
 * expectations come from these inputs and not from the code under test.
 */
import type { ImageConfigEntry } from '../../../src/budget/types.js';
import type { FileEntry, ImageSizes, LayerSizes, PlatformSizes, Sizes } from '../../../src/measure/types.js';

export interface LayerSpec {
  /** Stands for the layer's content: equal ids are equal layers. */
  id: string;
  /** [path, size] of the regular files in the layer. */
  files?: [string, number][];
  /** Other entries (directories, whiteouts...), which count 0 bytes. */
  others?: FileEntry['type'][];
  compressed?: number;
  estimated?: string;
  createdBy?: string;
}

/** A tar's length: a 512-byte header per entry, data padded to 512, and two zero blocks. */
export function tarLength(layer: LayerSpec): number {
  const files = layer.files ?? [];
  const data = files.reduce((sum, [, size]) => sum + Math.ceil(size / 512) * 512, 0);
  return 512 * (files.length + (layer.others?.length ?? 0)) + data + 1024;
}

const hex = (text: string) =>
  [...text]
    .map((char) => char.charCodeAt(0).toString(16))
    .join('')
    .padEnd(64, '0')
    .slice(0, 64);

export interface PlatformSpec {
  platform?: string;
  layers: LayerSpec[];
  config?: number;
  manifest?: number;
}

export const amd64 = 'linux/amd64';

export function platformSizes(spec: PlatformSpec): PlatformSizes {
  const entries: FileEntry[] = [];
  const layers: LayerSizes[] = spec.layers.map((layer, index) => {
    for (const [path, size] of layer.files ?? []) entries.push({ path, size, type: 'file', layer: index });
    for (const [n, type] of (layer.others ?? []).entries()) {
      entries.push({ path: `/other-${index}-${n}`, size: 0, type, layer: index });
    }
    const tar = tarLength(layer);
    return {
      index,
      digest: `sha256:${hex(`d${layer.id}`)}`,
      diffId: `sha256:${hex(layer.id)}`,
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      files: (layer.files ?? []).reduce((sum, [, size]) => sum + size, 0),
      tar,
      compressed: {
        bytes: layer.compressed ?? Math.ceil(tar / 4),
        ...(layer.estimated ? { estimated: layer.estimated } : {}),
      },
      entries: (layer.files?.length ?? 0) + (layer.others?.length ?? 0),
      ...(layer.createdBy ? { createdBy: layer.createdBy } : {}),
    };
  });
  const sum = (pick: (layer: LayerSizes) => number) =>
    layers.reduce((total, layer) => total + pick(layer), 0);
  const estimated = layers.find((layer) => layer.compressed.estimated)?.compressed.estimated;
  const compressed = sum((layer) => layer.compressed.bytes);
  const extra = (spec.config ?? 400) + (spec.manifest ?? 500);
  return {
    platform: spec.platform ?? amd64,
    manifestDigest: `sha256:${'1'.repeat(64)}`,
    configDigest: `sha256:${'2'.repeat(64)}`,
    sizes: {
      files: { bytes: sum((layer) => layer.files) },
      tar: { bytes: sum((layer) => layer.tar) },
      compressed: { bytes: compressed, ...(estimated ? { estimated } : {}) },
      pull: { bytes: compressed + extra, ...(estimated ? { estimated } : {}) },
      layers: layers.length,
    },
    layers,
    entries,
  };
}

export function imageSizes(...platforms: PlatformSpec[]): ImageSizes {
  return { source: 'oci:test', references: [], platforms: platforms.map(platformSizes), skipped: [] };
}

export function configEntry(
  name: string,
  extra: Partial<Omit<ImageConfigEntry, 'budget'>> & { budget?: Partial<ImageConfigEntry['budget']> } = {},
): ImageConfigEntry {
  const { budget, ...rest } = extra;
  return { name, source: { kind: 'oci', path: '/x' }, budget: { paths: {}, ...budget }, ...rest };
}

/** A platform's sizes written by hand, every figure 0 unless given: the truth of a case is its inputs. */
export function platform(name: string, sizes: Partial<Sizes>, entries: FileEntry[] = []): PlatformSizes {
  return {
    platform: name,
    manifestDigest: `sha256:${'1'.repeat(64)}`,
    configDigest: `sha256:${'2'.repeat(64)}`,
    sizes: {
      files: { bytes: 0 },
      tar: { bytes: 0 },
      compressed: { bytes: 0 },
      pull: { bytes: 0 },
      layers: 0,
      ...sizes,
    },
    layers: [],
    entries,
  };
}
