/**
 * The comparison of two measurements (a pull request's images and its baseline, or any two images
 * for `tiny-size-gate diff`): per image, platform, metric, layer and file, largest change first.
 * Pure: no I/O. The growth gate, the pull request comment and `diff` read it.
 *
 * Images pair by name, platforms by `os/arch[/variant]`.
 *
 * Layers pair first by diffId: a head layer whose diffId is in the base (at any index) is the same
 * bytes, so it is unchanged even when it moved. A head layer left over pairs with the base layer at
 * its index when that one is left over too (it was rebuilt: changed); otherwise it was added. Base
 * layers left over were removed.
 *
 * Files pair by path, each path's size being the sum of its regular-file entries in all layers,
 * the same sum the `files` metric and `paths:` budgets count: a file rewritten in a later layer counts
 * twice, a file deleted by a whiteout still counts. So the per-file deltas add up to the `files` delta
 * exactly, and a file that only moved to another layer is unchanged. A file whose size is the same
 * but whose mode or owner (of its last copy, the one a container sees) changed is listed too.
 */
import type { Figure, FileEntry, ImageSizes, LayerSizes, Metric, PlatformSizes } from '../measure/index.js';
import { joinNotes } from '../measure/index.js';
import { metrics } from '../metrics.js';

/** An image by name: a ReportImage of the JSON report fits. */
export interface NamedSizes {
  name: string;
  sizes: ImageSizes;
}

/** added: only in head; removed: only in the base; changed: some size differs. */
export type ChangeStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface MetricDelta {
  metric: Metric;
  /** Absent when the image or platform is not in the base. */
  base?: number;
  /** Absent when the image or platform is not in head. */
  head?: number;
  /** head - base, an absent side counting 0. Bytes; a count of layers for `layers`. */
  delta: number;
  /** delta / base in %, when base > 0. */
  percent?: number;
  /** How a figure of either side was estimated (see measure/types.ts Figure). */
  estimated?: string;
  /** The same, per side: the base column and the head column each carry their own `*`. */
  baseEstimated?: string;
  headEstimated?: string;
  /** A side whose figure was not measured (manifest-only): printed `—`, never 0. */
  baseUnmeasured?: true;
  headUnmeasured?: true;
}

export interface LayerFigures {
  files: number;
  tar: number;
  compressed: number;
}

export interface LayerDelta {
  status: ChangeStatus;
  /** Index in head (absent for a removed layer). */
  index?: number;
  /** Index in the base (absent for an added layer). */
  baseIndex?: number;
  /** Of the head layer, or of the base layer when removed. */
  digest: string;
  createdBy?: string;
  base?: LayerFigures;
  head?: LayerFigures;
  delta: LayerFigures;
  estimated?: string;
}

/** By size first; `mode` and `owner` when the size is the same and only they changed. */
export type FileStatus = 'added' | 'removed' | 'grew' | 'shrank' | 'mode' | 'owner';

export interface FileDelta {
  path: string;
  status: FileStatus;
  /** Sum of the path's regular-file entries in the base (0 when absent). */
  base: number;
  head: number;
  delta: number;
  /** Permission bits of the last copy, base then head, when they differ (with any status). */
  mode?: [number, number];
  /** `uid:gid` of the last copy, base then head, when they differ. */
  owner?: [string, string];
}

export interface PlatformComparison {
  platform: string;
  /** changed when some metric differs; files or layers may differ with every size equal. */
  status: ChangeStatus;
  metrics: MetricDelta[];
  /** Every layer of both sides: head order, then the removed ones; see largestLayerChanges(). */
  layers: LayerDelta[];
  /** Only the paths that changed, largest |delta| first (then added/removed, then by path). */
  files: FileDelta[];
  /** Paths present in both with the same size. */
  unchangedFiles: number;
}

export interface ImageComparison {
  name: string;
  status: ChangeStatus;
  platforms: PlatformComparison[];
}

export interface Comparison {
  /** Head's images in head's order, then the removed ones in the base's order. */
  images: ImageComparison[];
}

/** A metric's figure, with how it was estimated when it was. */
export function metricFigure(platform: PlatformSizes, metric: Metric): Figure {
  return metric === 'layers' ? { bytes: platform.sizes.layers } : platform.sizes[metric];
}

export function percentOf(delta: number, base: number | undefined): number | undefined {
  return base ? (delta / base) * 100 : undefined;
}

function compareMetrics(head: PlatformSizes | undefined, base: PlatformSizes | undefined): MetricDelta[] {
  return metrics.map((metric) => {
    const h = head && metricFigure(head, metric);
    const b = base && metricFigure(base, metric);
    const delta = (h?.bytes ?? 0) - (b?.bytes ?? 0);
    const percent = percentOf(delta, b?.bytes);
    const estimated = joinNotes([h?.estimated, b?.estimated]);
    return {
      metric,
      ...(b ? { base: b.bytes } : {}),
      ...(h ? { head: h.bytes } : {}),
      delta,
      ...(percent !== undefined ? { percent } : {}),
      ...(estimated ? { estimated } : {}),
      ...(b?.estimated ? { baseEstimated: b.estimated } : {}),
      ...(h?.estimated ? { headEstimated: h.estimated } : {}),
      ...(b?.measured === false ? { baseUnmeasured: true as const } : {}),
      ...(h?.measured === false ? { headUnmeasured: true as const } : {}),
    };
  });
}

function figures(layer: LayerSizes | undefined): LayerFigures {
  return layer
    ? { files: layer.files, tar: layer.tar, compressed: layer.compressed.bytes }
    : { files: 0, tar: 0, compressed: 0 };
}

function layerDelta(
  status: ChangeStatus,
  head: LayerSizes | undefined,
  base: LayerSizes | undefined,
): LayerDelta {
  const h = figures(head);
  const b = figures(base);
  const shown = (head ?? base) as LayerSizes;
  const estimated = joinNotes([head?.compressed.estimated, base?.compressed.estimated]);
  return {
    status,
    ...(head ? { index: head.index } : {}),
    ...(base ? { baseIndex: base.index } : {}),
    digest: shown.digest,
    ...(shown.createdBy !== undefined ? { createdBy: shown.createdBy } : {}),
    ...(base ? { base: b } : {}),
    ...(head ? { head: h } : {}),
    delta: { files: h.files - b.files, tar: h.tar - b.tar, compressed: h.compressed - b.compressed },
    ...(estimated ? { estimated } : {}),
  };
}

export function compareLayers(head: LayerSizes[], base: LayerSizes[]): LayerDelta[] {
  const baseByDiffId = new Map<string, LayerSizes[]>();
  for (const layer of base)
    baseByDiffId.set(layer.diffId, [...(baseByDiffId.get(layer.diffId) ?? []), layer]);
  const used = new Set<LayerSizes>();
  const paired = new Map<LayerSizes, LayerSizes>();
  for (const layer of head) {
    const same = baseByDiffId.get(layer.diffId)?.find((candidate) => !used.has(candidate));
    if (!same) continue;
    used.add(same);
    paired.set(layer, same);
  }
  const headDiffIds = new Set(head.map((layer) => layer.diffId));
  const result = head.map((layer) => {
    const same = paired.get(layer);
    if (same) return layerDelta('unchanged', layer, same);
    const atIndex = base[layer.index];
    if (atIndex && !used.has(atIndex) && !headDiffIds.has(atIndex.diffId)) {
      used.add(atIndex);
      return layerDelta('changed', layer, atIndex);
    }
    return layerDelta('added', layer, undefined);
  });
  for (const layer of base) if (!used.has(layer)) result.push(layerDelta('removed', undefined, layer));
  return result;
}

/** Changed, added and removed layers, largest |tar delta| first, then |compressed delta|. */
export function largestLayerChanges(layers: LayerDelta[]): LayerDelta[] {
  return layers
    .filter((layer) => layer.status !== 'unchanged')
    .sort(
      (a, b) =>
        Math.abs(b.delta.tar) - Math.abs(a.delta.tar) ||
        Math.abs(b.delta.compressed) - Math.abs(a.delta.compressed) ||
        (a.index ?? a.baseIndex ?? 0) - (b.index ?? b.baseIndex ?? 0),
    );
}

interface FileSum {
  size: number;
  /** The last copy: the one a container sees. */
  last: FileEntry;
}

function fileSums(platform: PlatformSizes | undefined): Map<string, FileSum> {
  const sums = new Map<string, FileSum>();
  for (const entry of platform?.entries ?? []) {
    if (entry.type === 'file')
      sums.set(entry.path, { size: (sums.get(entry.path)?.size ?? 0) + entry.size, last: entry });
  }
  return sums;
}

const statusOrder: Record<FileStatus, number> = {
  added: 0,
  removed: 1,
  grew: 2,
  shrank: 3,
  mode: 4,
  owner: 5,
};

const ownerOf = (entry: FileEntry) => `${entry.uid ?? '?'}:${entry.gid ?? '?'}`;

/** Mode and owner changes between two copies; nothing when either side did not record them. */
function attributeChanges(base: FileEntry, head: FileEntry): Pick<FileDelta, 'mode' | 'owner'> {
  const changes: Pick<FileDelta, 'mode' | 'owner'> = {};
  if (base.mode !== undefined && head.mode !== undefined && base.mode !== head.mode)
    changes.mode = [base.mode, head.mode];
  const known = (entry: FileEntry) => entry.uid !== undefined || entry.gid !== undefined;
  if (known(base) && known(head) && ownerOf(base) !== ownerOf(head))
    changes.owner = [ownerOf(base), ownerOf(head)];
  return changes;
}

export function compareFiles(
  head: PlatformSizes | undefined,
  base: PlatformSizes | undefined,
): { files: FileDelta[]; unchangedFiles: number } {
  const headSums = fileSums(head);
  const baseSums = fileSums(base);
  const files: FileDelta[] = [];
  let unchangedFiles = 0;
  for (const [path, { size, last }] of headSums) {
    const before = baseSums.get(path);
    if (before === undefined) {
      files.push({ path, status: 'added', base: 0, head: size, delta: size });
      continue;
    }
    const changes = attributeChanges(before.last, last);
    const status: FileStatus | undefined =
      size > before.size
        ? 'grew'
        : size < before.size
          ? 'shrank'
          : changes.mode
            ? 'mode'
            : changes.owner
              ? 'owner'
              : undefined;
    if (status === undefined) unchangedFiles++;
    else files.push({ path, status, base: before.size, head: size, delta: size - before.size, ...changes });
  }
  for (const [path, { size }] of baseSums) {
    if (!headSums.has(path)) files.push({ path, status: 'removed', base: size, head: 0, delta: -size });
  }
  files.sort(
    (a, b) =>
      Math.abs(b.delta) - Math.abs(a.delta) ||
      statusOrder[a.status] - statusOrder[b.status] ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return { files, unchangedFiles };
}

export function comparePlatform(
  head: PlatformSizes | undefined,
  base: PlatformSizes | undefined,
): PlatformComparison {
  const platform = (head ?? base)?.platform;
  if (platform === undefined) throw new TypeError('comparePlatform needs at least one side');
  const metricDeltas = compareMetrics(head, base);
  const status: ChangeStatus = !base
    ? 'added'
    : !head
      ? 'removed'
      : metricDeltas.some((m) => m.delta !== 0)
        ? 'changed'
        : 'unchanged';
  return {
    platform,
    status,
    metrics: metricDeltas,
    layers: compareLayers(head?.layers ?? [], base?.layers ?? []),
    ...compareFiles(head, base),
  };
}

export function compareImage(head: ImageSizes | undefined, base: ImageSizes | undefined, name: string) {
  const headPlatforms = head?.platforms ?? [];
  const basePlatforms = base?.platforms ?? [];
  const platforms = [
    ...headPlatforms.map((p) =>
      comparePlatform(
        p,
        basePlatforms.find((b) => b.platform === p.platform),
      ),
    ),
    ...basePlatforms
      .filter((b) => !headPlatforms.some((p) => p.platform === b.platform))
      .map((b) => comparePlatform(undefined, b)),
  ];
  const status: ChangeStatus = !base
    ? 'added'
    : !head
      ? 'removed'
      : platforms.some((p) => p.status !== 'unchanged')
        ? 'changed'
        : 'unchanged';
  return { name, status, platforms } satisfies ImageComparison;
}

export function compareImages(head: readonly NamedSizes[], base: readonly NamedSizes[]): Comparison {
  const baseByName = new Map(base.map((image) => [image.name, image.sizes]));
  const headNames = new Set(head.map((image) => image.name));
  return {
    images: [
      ...head.map((image) => compareImage(image.sizes, baseByName.get(image.name), image.name)),
      ...base
        .filter((image) => !headNames.has(image.name))
        .map((image) => compareImage(undefined, image.sizes, image.name)),
    ],
  };
}

/** Any size that differs, or any image or platform added or removed: for `comment: on-change`. */
export function comparisonHasChanges(comparison: Comparison): boolean {
  return comparison.images.some((image) => image.status !== 'unchanged');
}
