/**
 * The measurement of an image: the size contract of DESIGN.md ("Sizes: the contract"), per image,
 * platform, layer and file. This is the shape the gate reads and the JSON report carries.
 */

export { type ByteMetric, byteMetrics, type Metric, metrics } from '../metrics.js';

/** A size in bytes; `estimated` is set, with the method, when it was computed rather than read. */
export interface Figure {
  bytes: number;
  estimated?: string;
  /**
   * false: not measured (manifest-only mode reads no layer, so `files` and `tar` are unknown). `bytes`
   * is then 0 and means nothing: reports print `—`, the JSON report `null`.
   */
  measured?: false;
}

export interface Sizes {
  /** Sum of tar header `size` of regular-file entries in all layers. */
  files: Figure;
  /** Sum of uncompressed layer tar lengths (what rootfs.diff_ids hash). */
  tar: Figure;
  /** Sum of layers[].size in the manifest. */
  compressed: Figure;
  /** compressed + config.size + the manifest's own bytes. */
  pull: Figure;
  layers: number;
}

export type EntryType =
  | 'file'
  | 'hardlink'
  | 'symlink'
  | 'directory'
  | 'whiteout'
  | 'opaque-whiteout'
  | 'other';

/** One entry of a layer tar. Paths are absolute and normalised: `/index.html`, `/usr/bin/`. */
export interface FileEntry {
  path: string;
  /** Bytes counted in `files`: the tar header size for regular files, 0 for everything else. */
  size: number;
  type: EntryType;
  /** Index of the layer (0 = base) the entry is in. */
  layer: number;
  /** For hard links and symlinks: the target. For whiteouts: the path they delete. */
  target?: string;
  /** Regular files: permission bits (`0o755` = 493), owner and group ids, as the tar header says. */
  mode?: number;
  uid?: number;
  gid?: number;
}

export interface LayerSizes {
  index: number;
  digest: string;
  diffId: string;
  mediaType: string;
  files: number;
  tar: number;
  compressed: Figure;
  entries: number;
  createdBy?: string;
  /** Something the report should say about this layer: its bytes were not what its media type says. */
  note?: string;
  /** false: the layer blob was not read (manifest-only, a foreign layer): files and tar are unknown. */
  read?: false;
}

export interface PlatformSizes {
  /** `linux/amd64`, `linux/arm/v7`. */
  platform: string;
  manifestDigest: string;
  configDigest: string;
  sizes: Sizes;
  layers: LayerSizes[];
  /**
   * Every entry of every layer, in layer order then tar order; past maxKeptEntries only the
   * largest are kept and `entriesOmitted` counts the others.
   */
  entries: FileEntry[];
  /** Entries left out of `entries`: an image of more files than a report can list. */
  entriesOmitted?: number;
  /** Sums of the budget's `paths:` patterns over every entry, kept or left out. */
  pathSums?: Record<string, { bytes: number; matched: number }>;
}

export interface ImageSizes {
  source: string;
  references: string[];
  platforms: PlatformSizes[];
  /** Manifests the source held that are not platforms (attestations), with why. */
  skipped: { digest: string; reason: string }[];
}
