/**
 * Measures one layer in a single streaming pass: blob → (gunzip | zstd) → sink (count, sha256,
 * tar header walk). The compression is told by the blob's first bytes; where the media type says
 * otherwise, the bytes win and the measurement carries a note (skopeo can label plain tar layers
 * tar+gzip). The blob store verifies the compressed digest as the bytes flow; the sink counts and
 * hashes the tar (checked against the config's diff_id) and, for an uncompressed layer when asked,
 * gzips a copy to estimate what a registry would store. Memory stays bounded: nothing is buffered
 * whole. Inflate runs apart from the hashes and the walk (on libuv's thread pool for zlib and
 * native zstd, in a child process for igzip and the zstd CLI), so two cores work on one layer;
 * large output chunks keep the hand-overs between them few. A gzip layer igzip cannot vouch for
 * is read again by zlib (gzip.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { TinySizeError } from '../errors.js';
import type { BlobStore, Descriptor, LayerRef } from '../oci/index.js';
import { isForeignLayer, type LayerCompression, layerCompression, sniffCompression } from '../oci/index.js';
import { consumeStage, DecoderStopped, outputChunkBytes } from './decoders.js';
import { EntryKeeper, type PathSum, toFileEntry } from './entries.js';
import { GzipFastPathRefused, type GzipPath, inflate, preferredGzipPath } from './gzip.js';
import { consumed } from './scavenge.js';
import { type OnTarEntry, TarFormatError, TarHeaderWalker } from './tar-walk.js';
import type { Figure, FileEntry } from './types.js';
import { decodeZstd, ZstdDataError, type ZstdPath } from './zstd.js';

/** What the estimator's stage buffers: a few blob reads. */
const readBytes = 1024 * 1024;

/** The gzip level `docker push` uses (Go's compress/gzip default), in zlib's terms. */
export const estimateGzipLevel = 6;
export const gzipEstimateNote = 'gzip -6 of the layer tar; a registry push may differ by a few bytes';
/** The flag that asks for the estimate when no budget needs it. */
export const estimateCompressedFlag = '--estimate-compressed';
export const compressedNotEstimatedNote = `the stored (uncompressed) layer size, not a gzip estimate: no \`compressed\` or \`pull\` budget or growth rule needs one (${estimateCompressedFlag} computes it)`;

/**
 * Go's compress/flate (what `docker push` gzips with) ends its last data block unmarked and then
 * writes an empty final stored block. zlib ends with a sync flush (the same empty stored block,
 * unmarked) and then an empty final fixed block of 2 bytes: the same length as Go, plus 2.
 */
const zlibFinishAfterSyncFlush = 2;

export interface LayerMeasurement {
  /** Sum of regular-file sizes, 0 when the layer could not be read (see `unavailable`). */
  files: number;
  /** Bytes of the uncompressed tar. */
  tar: number;
  compressed: Figure;
  /**
   * The digest a registry would list: the blob's own; for an estimate, the digest of our gzip output
   * (not what a push would produce, but of the same length, which is all the manifest estimate needs).
   */
  pushedDigest: string;
  entries: FileEntry[];
  /** Entries left out of `entries` (only the largest are kept); `pathSums` counts them all. */
  entriesOmitted?: number;
  /** The `paths:` patterns' sums over every entry of the layer. */
  pathSums?: Record<string, PathSum>;
  /** Why files and tar could not be measured (a foreign layer whose blob is not in the source). */
  unavailable?: string;
  /** Something the reader should know that changes no figure: a media type that lies about compression. */
  note?: string;
}

export interface LayerContext {
  blobs: BlobStore;
  /** The image source, for messages. */
  source: string;
  index: number;
  layer: LayerRef;
  /** rootfs.diff_ids[index] from the config. */
  diffId: string;
  /**
   * Gzip an uncompressed layer to estimate what a registry would store (default true). When
   * false, `compressed` is the stored size, marked as not estimated.
   */
  estimateCompressed?: boolean;
  /** The zstd decoder to use (default: the fastest present); tests and the benchmark pick each. */
  zstdPath?: ZstdPath;
  /** The gzip inflater to use (default: the fastest present). */
  gzipPath?: GzipPath;
  /** `paths:` patterns of the budget, summed over every entry as it passes. */
  paths?: readonly string[];
}

/**
 * Counts and hashes a layer's tar (its diff_id) and walks its headers, one chunk at a time,
 * synchronously: what every decoder hands its output to.
 */
class LayerTally {
  readonly #hash: Hash | undefined;
  readonly #walker: TarHeaderWalker;
  bytes = 0;

  constructor(hashIt: boolean, onEntry: OnTarEntry) {
    this.#hash = hashIt ? createHash('sha256') : undefined;
    this.#walker = new TarHeaderWalker(onEntry);
  }

  readonly take = (chunk: Buffer): void => {
    this.bytes += chunk.length;
    consumed(chunk.length);
    this.#hash?.update(chunk);
    this.#walker.write(chunk);
  };

  /** The tar must end here (a cut entry is a TarFormatError). */
  end(): void {
    this.#walker.end();
  }

  digest(): string | undefined {
    return this.#hash ? `sha256:${this.#hash.digest('hex')}` : undefined;
  }
}

/**
 * The last stage of an uncompressed layer that is gzipped to estimate a push: tallies each chunk
 * and writes it to the estimator, with backpressure, and ends the estimator's stream.
 */
function tallyAndEstimate(tally: LayerTally, gzip: Gzip): Writable {
  return new Writable({
    highWaterMark: readBytes,
    construct(callback) {
      gzip.on('error', (error) => this.destroy(error));
      callback();
    },
    write(chunk: Buffer, _encoding, callback) {
      try {
        tally.take(chunk);
      } catch (error) {
        callback(error as Error);
        return;
      }
      if (gzip.write(chunk)) callback();
      else gzip.once('drain', () => callback());
    },
    final(callback) {
      gzip.once('end', () => callback());
      gzip.once('error', callback);
      gzip.flush(constants.Z_SYNC_FLUSH, () => gzip.end());
    },
  });
}

/** Counts and hashes the gzip estimator's output, which is consumed as fast as it comes. */
function measureOutput(gzip: Gzip): { bytes: () => number; digest: () => string } {
  const hash = createHash('sha256');
  let bytes = 0;
  gzip.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    hash.update(chunk);
  });
  return { bytes: () => bytes - zlibFinishAfterSyncFlush, digest: () => `sha256:${hash.digest('hex')}` };
}

function layerPlace(context: LayerContext): { file: string; within: string } {
  return { file: context.source, within: `layer ${context.index} ${context.layer.descriptor.digest}` };
}

/** Refuses layers that cannot be measured before any byte is read. */
export function checkLayerMediaType(context: LayerContext): LayerCompression {
  const { mediaType, digest } = context.layer.descriptor;
  const compression = layerCompression(mediaType);
  if (compression === undefined) {
    throw new TinySizeError(
      `layer ${context.index} (${digest}) has media type "${mediaType}", which is not a known layer type (tar, tar+gzip or tar+zstd)`,
      {
        ...layerPlace(context),
        fix: 'Measure an image whose layers are OCI or Docker image layers; artifacts (SBOMs, signatures, Helm charts) are not images.',
      },
    );
  }
  return compression;
}

/** Bytes that tell gzip (2) and zstd (4) apart from a tar. */
const magicBytes = 4;

/**
 * The first bytes of a stream, left in it: read until there are enough (or the stream ends), then
 * unshifted. Returns the stream to go on reading, which is a new one when the source had ended.
 */
export async function peekHead(
  stream: Readable,
  length: number,
): Promise<{ head: Buffer; stream: Readable }> {
  // The source may fail in the gap between this peek and its next consumer (a digest verifier
  // flushes as soon as its input ends): that consumer sees the error as stream.errored, and this
  // listener keeps it from being thrown as uncaught meanwhile.
  stream.on('error', ignore);
  const chunks: Buffer[] = [];
  let have = 0;
  let ended = false;
  while (have < length && !ended) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      chunks.push(chunk);
      have += chunk.length;
      continue;
    }
    // 'end' may already have been emitted, in the same tick as the last 'readable'.
    if (stream.readableEnded) break;
    ended = await new Promise<boolean>((resolve, reject) => {
      const done = (value: boolean) => () => {
        stream.off('readable', onReadable).off('end', onEnd).off('error', onError);
        resolve(value);
      };
      const onReadable = done(false);
      const onEnd = done(true);
      const onError = (error: Error) => {
        stream.off('readable', onReadable).off('end', onEnd);
        reject(error);
      };
      stream.once('readable', onReadable).once('end', onEnd).once('error', onError);
    });
  }
  const head = Buffer.concat(chunks);
  if (ended || stream.readableEnded) return { head, stream: Readable.from(head.length ? [head] : []) };
  stream.unshift(head);
  return { head, stream };
}

function ignore(): void {}

const compressionNames: Record<LayerCompression, string> = {
  none: 'an uncompressed tar',
  gzip: 'gzip',
  zstd: 'zstd',
};

function streamError(error: unknown, context: LayerContext, compression: LayerCompression): TinySizeError {
  if (error instanceof TinySizeError) return error;
  const { digest, mediaType } = context.layer.descriptor;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ZstdDataError && message.includes(' window, over the ')) {
    return new TinySizeError(`layer ${context.index} (${digest}) is refused: ${message}`, {
      ...layerPlace(context),
      cause: error,
      fix: message.includes('install zstd')
        ? 'Install the zstd CLI (apt-get install zstd) or run on Node 22.15 or later; or compress the layer with a window of at most 8 MiB (zstd levels 1-19 without --long).'
        : 'Compress the layer with a window of at most 128 MiB (zstd without --long, or --long=27 at most), as `zstd -d` accepts by default.',
    });
  }
  if (error instanceof DecoderStopped) {
    return new TinySizeError(`layer ${context.index} (${digest}) could not be decoded: ${message}`, {
      ...layerPlace(context),
      cause: error,
      fix: 'Something stopped the decoder from outside, most often the kernel for want of memory: free memory or use a bigger machine, then measure again.',
    });
  }
  if (error instanceof ZstdDataError) {
    return new TinySizeError(`layer ${context.index} (${digest}) is not valid zstd: ${message}`, {
      ...layerPlace(context),
      cause: error,
      fix: `Its bytes begin like zstd (its media type is ${mediaType}) but do not decode: the layer is damaged or truncated; produce the image again.`,
    });
  }
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  if (code.startsWith('Z_')) {
    return new TinySizeError(`layer ${context.index} (${digest}) is not valid gzip: ${message}`, {
      ...layerPlace(context),
      cause: error,
      fix: `Its bytes begin like gzip (its media type is ${mediaType}) but do not inflate: the layer is damaged or truncated; produce the image again.`,
    });
  }
  return new TinySizeError(
    `layer ${context.index} (${digest}) is not a valid tar${compression === 'none' ? '' : ` inside its ${compression}`}: ${message}`,
    {
      ...layerPlace(context),
      cause: error,
      fix: 'The layer is damaged or truncated: produce the image again.',
    },
  );
}

/** A layer known from its descriptor alone (not read): compressed from the manifest, the rest unknown. */
export function descriptorOnly(descriptor: Descriptor, unavailable: string): LayerMeasurement {
  return {
    files: 0,
    tar: 0,
    compressed: { bytes: descriptor.size },
    pushedDigest: descriptor.digest,
    entries: [],
    unavailable,
  };
}

/** Reads one layer once, to the end, and measures it. */
export async function measureLayer(context: LayerContext): Promise<LayerMeasurement> {
  const { layer, index, diffId } = context;
  const { descriptor } = layer;
  const declared = checkLayerMediaType(context);

  let opened: Readable;
  try {
    opened = await context.blobs.open(descriptor);
  } catch (error) {
    // A foreign layer's bytes live at its urls, not in the source: count what the manifest says.
    if (!isForeignLayer(descriptor.mediaType)) throw error;
    const why = error instanceof Error ? error.message : String(error);
    return descriptorOnly(
      descriptor,
      `foreign layer ${index} (${descriptor.digest}) is not in ${context.source} (${why}); its files and tar bytes are not counted`,
    );
  }

  let peeked: { head: Buffer; stream: Readable };
  try {
    peeked = await peekHead(opened, magicBytes);
  } catch (error) {
    throw streamError(error, context, declared);
  }
  const { stream: blob } = peeked;
  const compression = sniffCompression(peeked.head);
  const note =
    compression === declared
      ? undefined
      : `layer ${index} (${descriptor.digest}) has media type ${descriptor.mediaType} but its bytes are ${compressionNames[compression]}; read as ${compressionNames[compression]}`;

  // An uncompressed layer's blob digest is its diff_id, already verified by the blob store.
  const hashTar = !(compression === 'none' && descriptor.digest === diffId);
  // Only a layer stored uncompressed by intent (docker save) is gzipped to estimate a push.
  const storedUncompressed = declared === 'none' && compression === 'none';
  const estimator =
    storedUncompressed && context.estimateCompressed !== false
      ? createGzip({ level: estimateGzipLevel, chunkSize: outputChunkBytes })
      : undefined;
  const estimate = estimator ? measureOutput(estimator) : undefined;
  const kept = new EntryKeeper(context.paths);
  let files = 0;
  const tally = new LayerTally(hashTar, (header) => {
    const entry = toFileEntry(header, index);
    files += entry.size;
    kept.add(entry);
  });

  const gzipPath = compression === 'gzip' ? (context.gzipPath ?? preferredGzipPath()) : undefined;
  try {
    if (gzipPath) await inflate(blob, tally.take, gzipPath);
    else if (compression === 'zstd') await decodeZstd(blob, tally.take, context.zstdPath);
    else await pipeline(blob, estimator ? tallyAndEstimate(tally, estimator) : consumeStage(tally.take));
    tally.end();
  } catch (error) {
    estimator?.destroy();
    // zlib is the reference: what igzip could not vouch for is read again by it (see gzip.ts).
    if (gzipPath === 'igzip' && (error instanceof GzipFastPathRefused || error instanceof TarFormatError)) {
      return measureLayer({ ...context, gzipPath: 'zlib' });
    }
    throw streamError(error, context, compression);
  }

  const tarDigest = tally.digest();
  if (tarDigest !== undefined && tarDigest !== diffId) {
    throw new TinySizeError(
      `layer ${index} (${descriptor.digest}) does not match the image config: its uncompressed tar hashes to ${tarDigest}, but rootfs.diff_ids[${index}] is ${diffId}`,
      {
        ...layerPlace(context),
        fix: 'The config and the layer come from different images, or the layer is damaged: produce the image again.',
      },
    );
  }

  return {
    files,
    tar: tally.bytes,
    compressed: estimate
      ? { bytes: estimate.bytes(), estimated: gzipEstimateNote }
      : storedUncompressed
        ? { bytes: descriptor.size, estimated: compressedNotEstimatedNote }
        : { bytes: descriptor.size },
    pushedDigest: estimate ? estimate.digest() : descriptor.digest,
    entries: kept.entries(),
    ...(kept.omitted ? { entriesOmitted: kept.omitted } : {}),
    pathSums: kept.pathSums,
    ...(note ? { note } : {}),
  };
}
