/**
 * An in-memory image for measuring tests: layer tars built with tar-stream, real sha256 digests,
 * and a blob store that verifies every read like the real sources do.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { constants, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { TinySizeError } from '../../../src/errors.js';
import { verified } from '../../../src/oci/digest.js';
import type { BlobStore, ImageView, PlatformImage } from '../../../src/oci/image.js';
import { MediaType } from '../../../src/oci/media-types.js';
import { platformImage } from '../../../src/oci/platform-image.js';
import type { Descriptor, ImageConfig, ImageManifest } from '../../../src/oci/types.js';

export const fakeSource = 'oci:test/fake';

export type Entry =
  | { name: string; type: 'file'; content: string | Buffer }
  | { name: string; type: 'directory' | 'fifo' | 'character-device' }
  | { name: string; type: 'symlink' | 'link'; linkname: string };

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export async function makeTar(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  for (const entry of entries) {
    const mtime = new Date(0);
    if (entry.type === 'file') pack.entry({ name: entry.name, mtime }, entry.content);
    else if (entry.type === 'symlink' || entry.type === 'link')
      pack.entry({ name: entry.name, type: entry.type, linkname: entry.linkname, mtime });
    else pack.entry({ name: entry.name, type: entry.type, mtime });
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The regular-file bytes written: what `files` must come to, computed from the inputs. */
export function contentBytes(entries: Entry[]): number {
  return entries.reduce((sum, e) => sum + (e.type === 'file' ? Buffer.byteLength(e.content) : 0), 0);
}

export interface FakeLayer {
  /** The uncompressed tar. */
  tar: Buffer;
  /** The blob as stored: the tar itself, or its gzip. */
  blob: Buffer;
  mediaType: string;
  /** Overrides the diff_id written into the config (to make a mismatch). */
  diffId?: string;
  /** Leaves the blob out of the store (a foreign layer fetched from urls). */
  absent?: boolean;
}

export function gzipLayer(tarBytes: Buffer, mediaType: string = MediaType.ociLayerGzip): FakeLayer {
  return { tar: tarBytes, blob: gzipSync(tarBytes, { level: 9 }), mediaType };
}

export function tarLayer(tarBytes: Buffer, mediaType: string = MediaType.ociLayer): FakeLayer {
  return { tar: tarBytes, blob: tarBytes, mediaType };
}

export class MemoryBlobStore implements BlobStore {
  readonly blobs = new Map<string, Buffer>();
  /** Streams open now, and the most ever open at once. */
  open_ = 0;
  maxOpen = 0;

  put(bytes: Buffer): string {
    const digest = sha256(bytes);
    this.blobs.set(digest, bytes);
    return digest;
  }

  async open(descriptor: Descriptor): Promise<Readable> {
    const bytes = this.blobs.get(descriptor.digest);
    if (!bytes)
      throw new TinySizeError(`blob ${descriptor.digest} is not in the store`, { file: fakeSource });
    this.open_++;
    this.maxOpen = Math.max(this.maxOpen, this.open_);
    // Small chunks, so that headers and data straddle chunk boundaries as they do on disk.
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 97) chunks.push(bytes.subarray(at, at + 97));
    const stream = verified(Readable.from(chunks), descriptor, { within: descriptor.digest });
    stream.once('close', () => this.open_--);
    return stream;
  }
}

export interface FakeImage {
  view: ImageView;
  store: MemoryBlobStore;
  configBytes: Buffer;
  manifestBytes: Buffer;
  image: PlatformImage;
}

export function fakeImage(
  layers: FakeLayer[],
  options: { history?: ImageConfig['history']; synthesized?: string } = {},
): FakeImage {
  const store = new MemoryBlobStore();
  const descriptors: Descriptor[] = layers.map((layer) => {
    const descriptor: Descriptor = {
      mediaType: layer.mediaType,
      digest: sha256(layer.blob),
      size: layer.blob.length,
    };
    if (!layer.absent) store.put(layer.blob);
    return descriptor;
  });
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId ?? sha256(layer.tar)) },
    ...(options.history ? { history: options.history } : {}),
  };
  const configBytes = Buffer.from(JSON.stringify(config));
  const configDescriptor: Descriptor = {
    mediaType: MediaType.ociConfig,
    digest: store.put(configBytes),
    size: configBytes.length,
  };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: descriptors,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
  // Layers paired with diff_ids and history as every source pairs them.
  const image = platformImage(
    {
      manifestDescriptor: {
        mediaType: MediaType.ociManifest,
        digest: store.put(manifestBytes),
        size: manifestBytes.length,
      },
      manifest,
      config,
      ...(options.synthesized ? { synthesized: options.synthesized } : {}),
    },
    { file: fakeSource },
  );
  const view: ImageView = {
    source: fakeSource,
    references: ['fake:latest'],
    platforms: [image],
    skipped: [],
    blobs: store,
  };
  return { view, store, configBytes, manifestBytes, image };
}

/**
 * The length of Go's compress/gzip output at level 6 (`docker push`) when its deflate stream equals
 * zlib's: Go closes with an empty final stored block, the same bytes as zlib's sync-flush marker,
 * then the 8-byte trailer (CRC-32 and length).
 */
export function goGzipLength(tarBytes: Buffer): number {
  return gzipSync(tarBytes, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }).length + 8;
}
