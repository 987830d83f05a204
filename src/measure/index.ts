/**
 * Measuring: an ImageView in, the size contract of DESIGN.md out (per platform, layer and file).
 * Each layer is read once, streaming, with at most `layerConcurrency` layers in flight.
 */
import { TinySizeError } from '../errors.js';
import type { ImageView, LayerRef, PlatformImage } from '../oci/index.js';
import { layerCompression, platformString } from '../oci/index.js';
import { dockerPushManifest } from './docker-manifest.js';
import { EntryKeeper } from './entries.js';
import {
  checkLayerMediaType,
  descriptorOnly,
  type LayerContext,
  type LayerMeasurement,
  measureLayer,
} from './layer.js';
import { mapLimited } from './pool.js';
import type { Figure, ImageSizes, LayerSizes, PlatformSizes } from './types.js';

export { dockerPushManifest } from './docker-manifest.js';
export {
  EntryKeeper,
  maxKeptEntries,
  mergedFilesystem,
  normalisePath,
  type PathSum,
  pathSum,
} from './entries.js';
export { type GzipPath, gzipPaths } from './gzip.js';
export { compressedNotEstimatedNote, estimateCompressedFlag, gzipEstimateNote } from './layer.js';
export { type RootfsSizes, rootfsSizes, type WastedFile } from './rootfs.js';
export { type OnTarEntry, type TarHeader, walkTar } from './tar-walk.js';
export { type ZstdPath, zstdPaths } from './zstd.js';

/** Layers measured at once: inflate is one core each; two overlap I/O without hoarding memory. */
export const layerConcurrency = 2;

export interface MeasureOptions {
  /**
   * Gzip every uncompressed layer (docker save) to estimate `compressed` and `pull`: costly (one
   * core at ~40 MB/s per layer), so done when asked (a budget or growth rule on them, or the
   * --estimate-compressed flag), and always when the image's uncompressed layers total at most
   * `alwaysEstimateBelow` bytes. Otherwise `compressed` is the stored size, marked not estimated.
   */
  estimateCompressed?: boolean;
  /** Overrides `alwaysEstimateBelow` (tests). */
  alwaysEstimateBelow?: number;
  /**
   * The budget's `paths:` patterns: their sums are taken over every entry as layers are walked,
   * so they stay exact when only the largest entries are kept (EntryKeeper).
   */
  paths?: readonly string[];
}

/** Below this many bytes of uncompressed layers, the gzip estimate is cheap enough to always make. */
export const alwaysEstimateBelow = 32 * 1024 * 1024;

export const manifestOnlyNote = 'manifest-only: no layer was read, so files and tar are not measured';

/** A layer known from its descriptor alone. */
async function unreadLayer(context: LayerContext): Promise<LayerMeasurement> {
  return descriptorOnly(context.layer.descriptor, manifestOnlyNote);
}

/** A view built elsewhere (a test, a future source) may pair them wrongly: refuse rather than misattribute. */
function assertDiffIdsMatch(image: PlatformImage, source: string): void {
  const ids = image.config.rootfs.diff_ids;
  if (ids.length !== image.layers.length) {
    throw new TinySizeError(
      `the image config ${image.configDescriptor.digest} lists ${ids.length} diff_ids but the manifest has ${image.layers.length} layers`,
      {
        file: source,
        within: `manifest ${image.manifestDescriptor.digest}`,
        fix: 'The manifest and config do not belong together: produce the image again.',
      },
    );
  }
}

/** Joins distinct estimate notes: "compressed: gzip -6 …; pull: manifest …" (the gate and compare use it too). */
export function joinNotes(notes: (string | undefined)[]): string | undefined {
  const distinct = [...new Set(notes.filter((note): note is string => Boolean(note)))];
  return distinct.length ? distinct.join('; ') : undefined;
}

function figure(bytes: number, estimated: string | undefined): Figure {
  return estimated ? { bytes, estimated } : { bytes };
}

async function measurePlatform(
  view: ImageView,
  image: PlatformImage,
  options: MeasureOptions,
): Promise<PlatformSizes> {
  // The view's layers carry their diff_ids and history (paired once, where the view is made).
  assertDiffIdsMatch(image, view.source);
  const readLayers = view.manifestOnly !== true;
  if (!readLayers && image.synthesized) {
    throw new TinySizeError(
      `${view.source} stores no manifest, so it cannot be measured from manifests alone`,
      {
        file: view.source,
        fix: 'Measure it with its layers, or measure the pushed image in its registry.',
      },
    );
  }
  const contexts: LayerContext[] = image.layers.map((layer, index) => ({
    blobs: view.blobs,
    source: view.source,
    index,
    layer,
    diffId: layer.diffId,
    ...(options.paths ? { paths: options.paths } : {}),
  }));
  // Fail on an unsupported layer before spending time on the others.
  if (readLayers) for (const context of contexts) checkLayerMediaType(context);
  const uncompressedBytes = contexts
    .filter((context) => layerCompression(context.layer.descriptor.mediaType) === 'none')
    .reduce((sum, context) => sum + context.layer.descriptor.size, 0);
  const estimateCompressed =
    options.estimateCompressed === true ||
    uncompressedBytes <= (options.alwaysEstimateBelow ?? alwaysEstimateBelow);
  for (const context of contexts) context.estimateCompressed = estimateCompressed;
  const measured: LayerMeasurement[] = await mapLimited(
    contexts,
    layerConcurrency,
    readLayers ? measureLayer : unreadLayer,
    (context) => context.layer.descriptor.size,
  );

  const layers: LayerSizes[] = measured.map((m, index) => {
    const ref = image.layers[index] as LayerRef;
    const sizes: LayerSizes = {
      index,
      digest: ref.descriptor.digest,
      diffId: ref.diffId,
      mediaType: ref.descriptor.mediaType,
      files: m.files,
      tar: m.tar,
      compressed: m.compressed,
      entries: m.entries.length + (m.entriesOmitted ?? 0),
    };
    if (ref.createdBy !== undefined) sizes.createdBy = ref.createdBy;
    if (m.note) sizes.note = m.note;
    if (!readLayers) sizes.read = false;
    return sizes;
  });

  const unavailable = joinNotes(measured.map((m) => m.unavailable));
  const contentNote = unavailable ? `lower bound: ${unavailable}` : undefined;
  // No layer read (manifest-only): files and tar are not measured at all, not a lower bound of 0.
  const content = (bytes: number): Figure =>
    readLayers ? figure(bytes, contentNote) : { bytes: 0, measured: false };
  const compressedNote = joinNotes(measured.map((m) => m.compressed.estimated));
  const compressedBytes = measured.reduce((sum, m) => sum + m.compressed.bytes, 0);

  let manifestBytes = image.manifestDescriptor.size;
  let manifestNote: string | undefined;
  if (image.synthesized) {
    manifestBytes = Buffer.byteLength(
      dockerPushManifest(
        { digest: image.configDescriptor.digest, size: image.configDescriptor.size },
        measured.map((m) => ({ digest: m.pushedDigest, size: m.compressed.bytes })),
      ),
    );
    manifestNote = `manifest bytes: the ${manifestBytes}-byte Docker schema 2 manifest \`docker push\` would write (the source stores none)`;
  }

  const kept = new EntryKeeper(options.paths);
  for (const m of measured)
    kept.merge({ entries: m.entries, omitted: m.entriesOmitted ?? 0, pathSums: m.pathSums });

  return {
    platform: platformString(image.platform),
    manifestDigest: image.manifestDescriptor.digest,
    configDigest: image.configDescriptor.digest,
    sizes: {
      files: content(measured.reduce((sum, m) => sum + m.files, 0)),
      tar: content(measured.reduce((sum, m) => sum + m.tar, 0)),
      compressed: figure(compressedBytes, compressedNote),
      pull: figure(
        compressedBytes + image.configDescriptor.size + manifestBytes,
        joinNotes([compressedNote, manifestNote]),
      ),
      layers: layers.length,
    },
    layers,
    entries: kept.entries(),
    ...(kept.omitted ? { entriesOmitted: kept.omitted } : {}),
    ...(options.paths?.length ? { pathSums: kept.pathSums } : {}),
  };
}

/**
 * Measures every platform of an image, reading each layer blob once (digest-verified). A view
 * opened with `manifestOnly` reads no layer: `files` and `tar` are marked as not measured.
 */
export async function measureImage(view: ImageView, options: MeasureOptions = {}): Promise<ImageSizes> {
  const platforms: PlatformSizes[] = [];
  // Platforms one after another: the layer pool already bounds the work in flight.
  for (const image of view.platforms) platforms.push(await measurePlatform(view, image, options));
  return {
    source: view.source,
    references: [...view.references],
    platforms,
    skipped: view.skipped.map((s) => ({ digest: s.descriptor.digest, reason: s.reason })),
  };
}
export * from './types.js';
