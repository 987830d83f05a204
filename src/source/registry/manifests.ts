/**
 * Fetching the root manifest or index: the Accept header for every OCI and Docker type, a size
 * cap, and the bytes' sha256 checked against the digest asked for and the registry's
 * Docker-Content-Digest header.
 */
import { Readable } from 'node:stream';
import { TinySizeError } from '../../errors.js';
import type { Descriptor } from '../../oci/index.js';
import {
  defaultJsonCap,
  documentMediaType,
  isIndex,
  isManifest,
  isSchema1Manifest,
  MediaType,
  readCapped,
  sha256Digest,
} from '../../oci/index.js';
import type { RegistryClient } from './client.js';

export const manifestAccept = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest,
];

export interface FetchedManifest {
  bytes: Buffer;
  /** The document's media type (its own mediaType field, else the Content-Type). */
  mediaType: string;
  descriptor: Descriptor;
}

/**
 * Fetches the root manifest or index by tag or digest (entries of an index are blobs to the walker).
 */
export async function fetchManifest(
  client: RegistryClient,
  reference: string,
  cap = defaultJsonCap,
): Promise<FetchedManifest> {
  const path = client.repositoryPath(`manifests/${reference}`);
  const what = `manifest ${reference}`;
  const place = { file: client.source, within: `GET ${path}` };
  const response = await client.get(path, { accept: manifestAccept, what });
  const contentType = response.headers.get('content-type');
  const bytes = await readCapped(
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    cap,
    place,
    what,
  );
  const actual = sha256Digest(bytes);
  const wanted = reference.includes(':') ? reference : undefined;
  if (wanted && wanted !== actual) {
    throw new TinySizeError(
      `${client.host} served a manifest for ${reference} whose bytes hash to ${actual}, not to the digest asked for`,
      {
        ...place,
        fix: 'The registry or something between it and here altered the manifest: do not trust this image; check the registry and any proxy.',
      },
    );
  }
  const header = response.headers.get('docker-content-digest');
  if (header?.startsWith('sha256:') && header !== actual) {
    throw new TinySizeError(
      `${client.host} served a manifest for ${reference} whose bytes hash to ${actual}, but its Docker-Content-Digest header says ${header}`,
      {
        ...place,
        fix: 'The manifest was altered in transit or the registry is broken: check the registry and any proxy, then run again.',
      },
    );
  }
  const mediaType = documentMediaType(bytes, contentType);
  if (mediaType === undefined) {
    const html = /html/i.test(contentType ?? '') || /^\s*</.test(bytes.subarray(0, 256).toString('utf8'));
    throw new TinySizeError(
      html
        ? `${client.host} answered ${what} with an HTML page (Content-Type ${contentType ?? 'none'}), not a manifest`
        : `${client.host} answered ${what} with something that is not JSON (Content-Type ${contentType ?? 'none'})`,
      {
        ...place,
        fix: `Check that ${client.host} is a container registry (Distribution API v2) and not a web page, login portal or proxy; check the registry name in the reference.`,
      },
    );
  }
  if (isSchema1Manifest(mediaType)) {
    throw new TinySizeError(`${what} is a Docker v2 schema 1 manifest, which is not supported`, {
      ...place,
      fix: 'Push the image again with a current docker, buildah or skopeo (they write schema 2 or OCI).',
    });
  }
  if (!isIndex(mediaType) && !isManifest(mediaType)) {
    throw new TinySizeError(`${what} has media type ${mediaType}, which is not an image manifest or index`, {
      ...place,
      fix: 'Point at a container image; artifacts (Helm charts, signatures) are not images.',
    });
  }
  return { bytes, mediaType, descriptor: { mediaType, digest: actual, size: bytes.length } };
}
