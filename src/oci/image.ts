/**
 * The one in-memory view of an image that every source yields and measuring reads.
 * Measuring, gating and reporting never know where an image came from.
 * Spec: https://github.com/opencontainers/image-spec/blob/main/spec.md
 */
import type { Readable } from 'node:stream';
import { TinySizeError } from '../errors.js';
import type { Descriptor, ImageConfig, ImageManifest, Platform } from './types.js';

/** Blobs of one image, readable by descriptor. Every read is checked against the descriptor's digest and size. */
export interface BlobStore {
  /**
   * Streams a blob's bytes. The stream errors (with a TinySizeError naming the source and digest)
   * when the bytes do not match the descriptor's digest or size; callers must consume it to the end.
   */
  open(descriptor: Descriptor): Promise<Readable>;
}

/**
 * A blob the source does not hold (a missing file, a registry's 404). The walker catches it to
 * name the index that lists the blob.
 */
export class BlobNotFound extends TinySizeError {}

/** How a layer is stored in the source, which decides whether `compressed` is exact. */
export interface LayerRef {
  /** The descriptor as the manifest lists it (for a legacy docker save: a synthesized one, see `synthesized`). */
  descriptor: Descriptor;
  /** rootfs.diff_ids[i] from the config: the digest of the uncompressed tar. */
  diffId: string;
  /** The `created_by` of the config history entry that made this layer, when known. */
  createdBy?: string;
}

/** One platform's image: a manifest, its config, and its layers. */
export interface PlatformImage {
  platform: Platform;
  /** The manifest's descriptor: digest and size of its exact bytes. */
  manifestDescriptor: Descriptor;
  manifest: ImageManifest;
  configDescriptor: Descriptor;
  config: ImageConfig;
  layers: LayerRef[];
  /**
   * Set when no real manifest exists in the source (a legacy `docker save` archive): the manifest
   * and layer descriptors were made up from uncompressed tars, so `compressed` and `pull` must be
   * estimated. The text says how the manifest was made.
   */
  synthesized?: string;
}

export interface ImageView {
  /** Where the image came from, as the user would write it: `docker-archive:out/hello.tar`. */
  source: string;
  /** Image references found in the source (annotations, RepoTags), for display. */
  references: string[];
  /** Every runnable platform; attestation manifests (`unknown/unknown`) are not platforms. */
  platforms: PlatformImage[];
  /** Manifests in the index that are not runnable images (attestations, unknown types), for display. */
  skipped: { descriptor: Descriptor; reason: string }[];
  blobs: BlobStore;
  /** Manifests and configs only: `blobs` refuses every layer, and measuring reads none. */
  manifestOnly?: boolean;
  /**
   * Releases what the source holds open (an archive's descriptor, a decompressed archive's
   * temporary file, blob streams still reading). Whoever opened the image calls it once done with
   * `blobs`, on failure too; absent when the source holds nothing (a registry).
   */
  close?(): Promise<void>;
}
