/**
 * Reads an image from a registry (Distribution API v2) into the one ImageView:
 *
 *   readRegistry('127.0.0.1:5000/app:1', { source: 'registry:127.0.0.1:5000/app:1' }) → ImageView
 *
 * Manifests and configs are fetched now (kilobytes); layer blobs stream later, through
 * `view.blobs`, digest-verified. With `manifestOnly` the blob store refuses layers.
 */
import { TinySizeError } from '../../errors.js';
import type { ImageView, PlatformImage } from '../../oci/index.js';
import {
  type Descriptor,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  isImageConfig,
  isIndex,
  type Platform,
  parseJsonDocument,
  platformString,
  readJsonBlob,
} from '../../oci/index.js';
import { skipReason } from '../oci-layout.js';
import { platformImage } from '../platform.js';
import { registryBlobStore } from './blobs.js';
import { RegistryClient, type RegistryClientOptions } from './client.js';
import { fetchManifest } from './manifests.js';
import { formatReference, manifestReference, parseRegistryReference } from './reference.js';

export { RegistryClient, type RegistryClientOptions } from './client.js';
export { type Credentials, credentialsFor } from './credentials.js';
export {
  formatReference,
  isLoopback,
  parseRegistryReference,
  type RegistryReference,
} from './reference.js';
export type { RetryPolicy } from './retry.js';

export interface RegistryOptions extends RegistryClientOptions {
  /** Read manifests and configs only; layer blobs are never requested (compressed and pull only). */
  manifestOnly?: boolean;
  /** Blobs downloading at once (default 4). */
  maxConcurrentBlobs?: number;
}

export interface ReadRegistryOptions extends RegistryOptions {
  /** The source as the user wrote it, for messages: `registry:127.0.0.1:5000/app:1`. */
  source?: string;
  /** Keep only the index entries whose platform this accepts (openImage's `platforms`). */
  selectPlatform?: (platform: Platform) => boolean;
  /** The platforms asked for, for the message when none matches. */
  platforms?: string[];
}

const maxIndexDepth = 4;

export async function readRegistry(text: string, options: ReadRegistryOptions = {}): Promise<ImageView> {
  const source = options.source ?? `registry:${text}`;
  const reference = parseRegistryReference(text);
  const client = new RegistryClient(reference, source, options);
  const blobs = registryBlobStore(client, {
    maxConcurrent: options.maxConcurrentBlobs,
    manifestOnly: options.manifestOnly,
  });
  const view: ImageView = {
    source,
    references: [formatReference(reference)],
    platforms: [],
    skipped: [],
    blobs,
  };
  const place = { file: source };
  const unselected: string[] = [];

  const readImage = async (descriptor: Descriptor, bytes: Buffer): Promise<PlatformImage | string> => {
    const manifest = parseJsonDocument(bytes, ImageManifest, `manifest ${descriptor.digest}`, {
      ...place,
      within: `manifest ${descriptor.digest}`,
    });
    if (!isImageConfig(manifest.config.mediaType)) {
      return `an artifact, not a runnable image (config media type ${manifest.config.mediaType})`;
    }
    const config = await readJsonBlob(blobs, manifest.config, ImageConfig, {
      what: 'image config',
      place: { ...place, within: `config ${manifest.config.digest}` },
    });
    return platformImage(
      { manifestDescriptor: descriptor, manifest, config, declaredPlatform: descriptor.platform },
      {
        ...place,
        within: `manifest ${descriptor.digest}`,
      },
    );
  };

  const walkIndex = async (bytes: Buffer, digest: string, depth: number): Promise<void> => {
    const index = parseJsonDocument(bytes, ImageIndex, `image index ${digest}`, {
      ...place,
      within: `index ${digest}`,
    });
    for (const child of index.manifests) {
      const reason = skipReason(child);
      if (reason) {
        view.skipped.push({ descriptor: child, reason });
        continue;
      }
      if (child.platform && options.selectPlatform && !options.selectPlatform(child.platform)) {
        unselected.push(platformString(child.platform));
        continue;
      }
      const fetched = await fetchManifest(client, child.digest, child).catch((error: unknown) => {
        throw missingChild(error, child, digest, source);
      });
      if (isIndex(fetched.mediaType)) {
        if (depth >= maxIndexDepth) {
          throw new TinySizeError(`image indexes nest deeper than ${maxIndexDepth} levels`, {
            ...place,
            within: `index ${digest}`,
            fix: 'The image index is malformed: push the image again.',
          });
        }
        await walkIndex(fetched.bytes, child.digest, depth + 1);
        continue;
      }
      const image = await readImage({ ...child, mediaType: fetched.mediaType }, fetched.bytes);
      if (typeof image === 'string') view.skipped.push({ descriptor: child, reason: image });
      else view.platforms.push(image);
    }
  };

  const top = await fetchManifest(client, manifestReference(reference));
  if (isIndex(top.mediaType)) {
    await walkIndex(top.bytes, top.descriptor.digest, 0);
  } else {
    const image = await readImage(top.descriptor, top.bytes);
    if (typeof image === 'string') view.skipped.push({ descriptor: top.descriptor, reason: image });
    else view.platforms.push(image);
  }
  if (view.platforms.length === 0 && unselected.length > 0) {
    const wanted = options.platforms?.join(', ') ?? 'the platforms asked for';
    throw new TinySizeError(`${source} has no image for ${wanted}; it has: ${unselected.join(', ')}`, {
      file: source,
      fix: `Measure one of the platforms it has (${unselected.join(', ')}), or push the image for ${wanted}.`,
    });
  }
  return view;
}

/** A manifest an index lists but the registry does not have: say which index, which entry. */
function missingChild(error: unknown, child: Descriptor, index: string, source: string): unknown {
  if (!(error instanceof TinySizeError) || !/HTTP 404/.test(error.message)) return error;
  const platform = child.platform ? ` (${platformString(child.platform)})` : '';
  return new TinySizeError(
    `the image index ${index} lists manifest ${child.digest}${platform}, which the registry does not have`,
    {
      file: source,
      within: `index ${index}`,
      cause: error,
      fix: 'The index is incomplete (a platform was deleted or never pushed): push the whole image again, e.g. buildah manifest push --all or docker buildx build --push.',
    },
  );
}
