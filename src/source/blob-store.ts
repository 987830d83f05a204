/**
 * A BlobStore over the files of a source: finds a blob's file, refuses a missing or wrongly
 * sized one up front, and verifies the digest of every byte streamed.
 */
import { Readable } from 'node:stream';
import { TinySizeError } from '../errors.js';
import type { BlobStore, Descriptor } from '../oci/index.js';
import { assertVerifiableDigest, BlobNotFound, blobPath, isForeignLayer, verified } from '../oci/index.js';
import type { SourceFiles } from './files.js';

export interface BlobStoreOptions {
  /** Where a blob's file is; default: the OCI layout path `blobs/<alg>/<hex>`. */
  locate?: (descriptor: Descriptor) => string | undefined;
  /** Blobs that exist only in memory (a synthesized manifest), by digest. */
  inMemory?: Map<string, Buffer>;
}

export function filesBlobStore(files: SourceFiles, options: BlobStoreOptions = {}): BlobStore {
  const locate = options.locate ?? ((descriptor) => blobPath(descriptor.digest));
  return {
    async open(descriptor) {
      assertVerifiableDigest(descriptor.digest, { file: files.file, within: blobPath(descriptor.digest) });
      const bytes = options.inMemory?.get(descriptor.digest);
      if (bytes)
        return verified(Readable.from([bytes]), descriptor, { file: files.file, within: 'in memory' });

      const name = locate(descriptor);
      const place = { file: files.file, within: name ?? blobPath(descriptor.digest) };
      const size = name === undefined ? undefined : await files.size(name);
      if (size === undefined) {
        const foreign = isForeignLayer(descriptor.mediaType);
        throw new BlobNotFound(
          `blob ${descriptor.digest} (${descriptor.mediaType}) is missing from ${files.file}` +
            (foreign ? ': it is a non-distributable layer, whose bytes live at its urls' : ''),
          {
            ...place,
            fix: foreign
              ? 'Copy the image with its foreign layers included (skopeo copy --preserve-digests ... or docker save).'
              : 'The image source is incomplete: write it again (docker save, skopeo copy, buildah push).',
          },
        );
      }
      if (size !== descriptor.size) {
        throw new TinySizeError(
          `blob ${descriptor.digest} does not match its digest: the file holds ${size} bytes, but its descriptor declares ${descriptor.size}`,
          {
            ...place,
            fix: 'The file was changed or damaged after it was written: produce the image again (docker save, skopeo copy, buildah push).',
          },
        );
      }
      return verified(files.open(name as string), descriptor, place);
    },
  };
}
