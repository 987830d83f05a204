/**
 * Reads an OCI image layout (a directory, or the same files inside a tar): oci-layout,
 * index.json, blobs/<alg>/<hex>. Follows index → nested indexes → manifests.
 * https://github.com/opencontainers/image-spec/blob/main/image-layout.md
 */

import { TinySizeError } from '../errors.js';
import type { ImageView, PlatformImage } from '../oci/index.js';
import {
  type Descriptor,
  defaultJsonCap,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  isImageConfig,
  isIndex,
  isManifest,
  isSchema1Manifest,
  OciLayoutFile,
  parseJsonDocument,
  platformString,
  readJsonBlob,
  readJsonBlobWithBytes,
} from '../oci/index.js';
import { filesBlobStore } from './blob-store.js';
import { readSmallFile, type SourceFiles } from './files.js';
import { platformImage } from './platform.js';

const maxIndexDepth = 8;

export const refNameAnnotation = 'org.opencontainers.image.ref.name';
export const containerdNameAnnotation = 'io.containerd.image.name';
const referenceTypeAnnotation = 'vnd.docker.reference.type';

export interface LayoutOptions {
  /** The source as the user writes it: `oci:out/layout`. */
  source: string;
  /** References known from elsewhere (docker save's RepoTags), listed first. */
  references?: string[];
}

/** Why a manifest descriptor is not a runnable platform, or undefined when it may be one. */
export function skipReason(descriptor: Descriptor): string | undefined {
  if (descriptor.annotations?.[referenceTypeAnnotation] === 'attestation-manifest') {
    return `attestation manifest for ${descriptor.annotations['vnd.docker.reference.digest'] ?? 'an image'}`;
  }
  if (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown') {
    return 'platform unknown/unknown (an attestation or other non-runnable manifest)';
  }
  if (isSchema1Manifest(descriptor.mediaType)) return 'Docker v2 schema 1 manifest (not supported)';
  if (!isIndex(descriptor.mediaType) && !isManifest(descriptor.mediaType)) {
    return `not an image manifest (media type ${descriptor.mediaType})`;
  }
  return undefined;
}

function referencesOf(descriptor: Descriptor): string[] {
  const annotations = descriptor.annotations ?? {};
  const full = annotations[containerdNameAnnotation];
  const ref = annotations[refNameAnnotation];
  // containerd's annotation holds the full name; ref.name is often just the tag.
  if (full) return [full];
  return ref ? [ref] : [];
}

export async function readOciLayout(files: SourceFiles, options: LayoutOptions): Promise<ImageView> {
  const notLayout = (detail: string) =>
    new TinySizeError(`${files.file} is not an OCI image layout: ${detail}`, {
      file: files.file,
      fix: 'Write one with skopeo copy ... oci:DIR (or oci-archive:FILE), buildah push ... oci:DIR, or docker buildx build --output type=oci.',
    });
  const layoutBytes = await readSmallFile(files, 'oci-layout', 64 * 1024, 'oci-layout');
  if (!layoutBytes) throw notLayout('it has no oci-layout file');
  const layout = parseJsonDocument(layoutBytes, OciLayoutFile, 'oci-layout', {
    file: files.file,
    within: 'oci-layout',
  });
  if (!layout.imageLayoutVersion.startsWith('1.')) {
    throw notLayout(`imageLayoutVersion ${layout.imageLayoutVersion} is not 1.x`);
  }
  const indexBytes = await readSmallFile(files, 'index.json', defaultJsonCap, 'index.json');
  if (!indexBytes) throw notLayout('it has no index.json');
  const index = parseJsonDocument(indexBytes, ImageIndex, 'index.json', {
    file: files.file,
    within: 'index.json',
  });

  const blobs = filesBlobStore(files);
  const place = { file: files.file };
  const view: ImageView = {
    source: options.source,
    references: [...(options.references ?? [])],
    platforms: [],
    skipped: [],
    blobs,
  };
  const seen = new Set<string>();

  const walk = async (manifests: Descriptor[], depth: number, top: boolean): Promise<void> => {
    for (const descriptor of manifests) {
      if (top) view.references.push(...referencesOf(descriptor));
      if (seen.has(descriptor.digest)) continue;
      seen.add(descriptor.digest);
      const reason = skipReason(descriptor);
      if (reason) {
        view.skipped.push({ descriptor, reason });
        continue;
      }
      if (isIndex(descriptor.mediaType)) {
        if (depth >= maxIndexDepth) {
          throw new TinySizeError(`image indexes nest deeper than ${maxIndexDepth} levels`, {
            ...place,
            fix: 'The layout is malformed: write it again.',
          });
        }
        const nested = await readJsonBlob(blobs, descriptor, ImageIndex, { what: 'image index', place });
        await walk(nested.manifests, depth + 1, false);
        continue;
      }
      const image = await readManifest(descriptor);
      if (typeof image === 'string') view.skipped.push({ descriptor, reason: image });
      else view.platforms.push(image);
    }
  };

  const readManifest = async (descriptor: Descriptor): Promise<PlatformImage | string> => {
    const { value: manifest } = await readJsonBlobWithBytes(blobs, descriptor, ImageManifest, {
      what: 'manifest',
      place,
    });
    if (!isImageConfig(manifest.config.mediaType)) {
      return `an artifact, not a runnable image (config media type ${manifest.config.mediaType})`;
    }
    const config = await readJsonBlob(blobs, manifest.config, ImageConfig, { what: 'image config', place });
    return platformImage(
      { manifestDescriptor: descriptor, manifest, config, declaredPlatform: descriptor.platform },
      place,
    );
  };

  await walk(index.manifests, 0, true);
  view.references = [...new Set(view.references)];
  assertOneImagePerPlatform(view, files.file);
  return view;
}

/** A layout holding several images of one platform (several tags) is ambiguous to measure. */
function assertOneImagePerPlatform(view: ImageView, file: string): void {
  const byPlatform = new Map<string, string>();
  for (const image of view.platforms) {
    const key = [platformString(image.platform), image.platform['os.version'] ?? ''].join(' ');
    const other = byPlatform.get(key);
    if (other && other !== image.manifestDescriptor.digest) {
      throw new TinySizeError(
        `${file} holds more than one image for ${platformString(image.platform)} (${other} and ${image.manifestDescriptor.digest}; references: ${view.references.join(', ') || 'none'})`,
        {
          file,
          within: 'index.json',
          fix: 'Keep one image per layout: skopeo copy oci:DIR:REF oci:NEWDIR copies one of them.',
        },
      );
    }
    byPlatform.set(key, image.manifestDescriptor.digest);
  }
}
