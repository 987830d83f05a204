/**
 * Measuring: an ImageView in, the size contract of DESIGN.md out (per platform, layer and file).
 * Each layer is read once, streaming, with at most `layerConcurrency` layers in flight.
 */
import { TinySizeError } from '../errors.js';
import type { ImageView, PlatformImage } from '../oci/index.js';
import { platformString } from '../oci/index.js';
import { dockerPushManifest } from './docker-manifest.js';
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
export { mergedFilesystem, normalisePath } from './entries.js';
export { gzipEstimateNote } from './layer.js';
export { type RootfsSizes, rootfsSizes, type WastedFile } from './rootfs.js';
export { type OnTarEntry, type TarHeader, walkTar } from './tar-walk.js';

/** Layers measured at once: inflate is one core each; two overlap I/O without hoarding memory. */
export const layerConcurrency = 2;

export interface MeasureOptions {
  /**
   * false: read no layer blob (a registry's manifest-only mode). `compressed`, `pull` and `layers`
   * come from the manifests; `files` and `tar` are 0 and marked as not measured.
   */
  layers?: boolean;
}

export const manifestOnlyNote = 'manifest-only: no layer was read, so files and tar are not measured';

/** A layer known from its descriptor alone. */
async function unreadLayer(context: LayerContext): Promise<LayerMeasurement> {
  return descriptorOnly(context.layer.descriptor, manifestOnlyNote);
}

/** `created_by` of the history entries that made a layer (empty_layer entries made none). */
function layerHistory(image: PlatformImage): (string | undefined)[] | undefined {
  const made = (image.config.history ?? []).filter((entry) => entry.empty_layer !== true);
  return made.length === image.layers.length ? made.map((entry) => entry.created_by) : undefined;
}

function diffIds(image: PlatformImage, source: string): string[] {
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
  return ids;
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
  const ids = diffIds(image, view.source);
  const readLayers = options.layers !== false;
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
    diffId: ids[index] as string,
  }));
  // Fail on an unsupported layer before spending time on the others.
  if (readLayers) for (const context of contexts) checkLayerMediaType(context);
  const measured: LayerMeasurement[] = await mapLimited(
    contexts,
    layerConcurrency,
    readLayers ? measureLayer : unreadLayer,
  );

  const history = layerHistory(image);
  const layers: LayerSizes[] = measured.map((m, index) => {
    const ref = image.layers[index];
    const sizes: LayerSizes = {
      index,
      digest: ref?.descriptor.digest ?? '',
      diffId: ids[index] as string,
      mediaType: ref?.descriptor.mediaType ?? '',
      files: m.files,
      tar: m.tar,
      compressed: m.compressed,
      entries: m.entries.length,
    };
    const createdBy = history?.[index] ?? ref?.createdBy;
    if (createdBy !== undefined) sizes.createdBy = createdBy;
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
    entries: measured.flatMap((m) => m.entries),
  };
}

/** Measures every platform of an image, reading each layer blob once (digest-verified). */
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
