/**
 * Reads an image from a registry (Distribution API v2) into the one ImageView:
 *
 *   readRegistry('127.0.0.1:5000/app:1', { source: 'registry:127.0.0.1:5000/app:1' }) → ImageView
 *
 * The registry supplies the root manifest (by tag or digest) and blobs by descriptor (manifests
 * from /manifests/, the rest from /blobs/); src/oci's walker reads indexes, manifests and configs
 * now (kilobytes); layer blobs stream later, through `view.blobs`, digest-verified.
 */
import type { ImageView } from '../../oci/index.js';
import { walkImage } from '../../oci/index.js';
import { registryBlobStore } from './blobs.js';
import { RegistryClient, type RegistryClientOptions } from './client.js';
import { fetchManifest } from './manifests.js';
import { formatReference, manifestReference, parseRegistryReference } from './reference.js';

export { RegistryClient, type RegistryClientOptions } from './client.js';
export { type Credentials, credentialsFor } from './credentials.js';
export { RegistryHttpError } from './errors.js';
export {
  formatReference,
  hasRegistryHost,
  isLoopback,
  parseRegistryReference,
  type RegistryReference,
} from './reference.js';
export type { RetryPolicy } from './retry.js';

export interface RegistryOptions extends RegistryClientOptions {
  /** Blobs downloading at once (default 4). */
  maxConcurrentBlobs?: number;
}

export interface ReadRegistryOptions extends RegistryOptions {
  /** The source as the user wrote it, for messages: `registry:127.0.0.1:5000/app:1`. */
  source?: string;
  /** Keep only these platforms; index entries of other platforms are not fetched. */
  platforms?: string[];
}

export async function readRegistry(text: string, options: ReadRegistryOptions = {}): Promise<ImageView> {
  const source = options.source ?? `registry:${text}`;
  const reference = parseRegistryReference(text);
  const client = new RegistryClient(reference, source, options);
  const blobs = registryBlobStore(client, { maxConcurrent: options.maxConcurrentBlobs });
  const top = await fetchManifest(client, manifestReference(reference));
  return walkImage(
    blobs,
    { descriptor: top.descriptor, bytes: top.bytes },
    {
      source,
      holder: 'the registry',
      references: [formatReference(reference)],
      ...(options.platforms ? { platforms: options.platforms } : {}),
    },
  );
}
