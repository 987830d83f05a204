/**
 * Joins a manifest and its config into a PlatformImage: layers paired with their diff_ids and
 * the history entries that made them.
 */
import type { Place } from '../errors.js';
import { TinySizeError } from '../errors.js';
import type { LayerRef, PlatformImage } from './image.js';
import type { Descriptor, ImageConfig, ImageManifest, Platform } from './types.js';

export interface PlatformParts {
  manifestDescriptor: Descriptor;
  manifest: ImageManifest;
  config: ImageConfig;
  /** The platform the index declares for this manifest, if any; else the config's. */
  declaredPlatform?: Platform;
  synthesized?: string;
}

export function platformOfConfig(config: ImageConfig): Platform {
  const platform: Platform = { architecture: config.architecture, os: config.os };
  if (config.variant) platform.variant = config.variant;
  if (config['os.version']) platform['os.version'] = config['os.version'];
  return platform;
}

export function platformImage(parts: PlatformParts, place: Place): PlatformImage {
  const { manifest, config } = parts;
  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== manifest.layers.length) {
    throw new TinySizeError(
      `manifest ${parts.manifestDescriptor.digest} lists ${manifest.layers.length} layers but its config ${manifest.config.digest} has ${diffIds.length} rootfs.diff_ids`,
      { ...place, fix: 'The image is inconsistent: build or save it again.' },
    );
  }
  // History entries with empty_layer made no layer: the others pair with layers in order.
  const makers = (config.history ?? [])
    .filter((entry) => !entry.empty_layer)
    .map((entry) => entry.created_by);
  const layers: LayerRef[] = manifest.layers.map((descriptor, i) => {
    const layer: LayerRef = { descriptor, diffId: diffIds[i] as string };
    const createdBy = makers.length === manifest.layers.length ? makers[i] : undefined;
    if (createdBy !== undefined) layer.createdBy = createdBy;
    return layer;
  });
  const image: PlatformImage = {
    platform: parts.declaredPlatform ?? platformOfConfig(config),
    manifestDescriptor: parts.manifestDescriptor,
    manifest,
    configDescriptor: manifest.config,
    config,
    layers,
  };
  if (parts.synthesized) image.synthesized = parts.synthesized;
  return image;
}
