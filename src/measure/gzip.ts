/**
 * Gzip layers, by the fastest inflater at hand: `igzip` (Intel ISA-L, Debian's and Ubuntu's
 * `isal` package), which inflates 2-3x faster than zlib in its own process, so inflate and our
 * hashes and walk use two cores; else Node's zlib. zlib is the reference: igzip's result stands
 * only when it succeeded and the blob ends with the length of what it produced (the gzip trailer
 * of a single-member stream); otherwise (several members, trailing bytes, any failure) the layer
 * is measured again with zlib, whose verdict stands. So both paths give the same figures and errors.
 * https://www.rfc-editor.org/rfc/rfc1952#section-2.3.1
 */
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import {
  type ChunkConsumer,
  chosenDecoder,
  commandPresent,
  consumeStage,
  decodeInChild,
  type LastStage,
  outputChunkBytes,
} from './decoders.js';

export type GzipPath = 'igzip' | 'zlib';

/** TINY_SIZE_GATE_GZIP=igzip|zlib picks the inflater (the benchmark times each). */
export const gzipPathVariable = 'TINY_SIZE_GATE_GZIP';

/** The inflaters this process can use, fastest first. */
export function gzipPaths(): GzipPath[] {
  return commandPresent('igzip') ? ['igzip', 'zlib'] : ['zlib'];
}

/** The inflater to use: the one TINY_SIZE_GATE_GZIP names, else the fastest present. */
export function preferredGzipPath(): GzipPath {
  return chosenDecoder(gzipPathVariable, gzipPaths(), 'gzip');
}

/** igzip's result cannot stand alone (it failed, or the stream is not one plain member): ask zlib. */
export class GzipFastPathRefused extends Error {
  override readonly name = 'GzipFastPathRefused';
}

/** igzip -dc, checked against the trailer's ISIZE (the uncompressed length modulo 2^32). */
function inflateWithIgzip(consume: ChunkConsumer): LastStage {
  let tail = Buffer.alloc(0);
  return decodeInChild(
    {
      command: 'igzip',
      args: ['-d', '-c'],
      failure: (detail, ended) => new GzipFastPathRefused(`igzip -d failed: ${detail || ended}`),
      // A copy: a view would keep the whole input chunk alive.
      onInput: (chunk) => {
        tail = Buffer.from(Buffer.concat([tail, chunk.subarray(-4)]).subarray(-4));
      },
      onSuccess: (produced) => {
        if (tail.length < 4 || tail.readUInt32LE(0) !== produced % 2 ** 32) {
          throw new GzipFastPathRefused('the blob does not end with the trailer of one gzip member');
        }
      },
    },
    consume,
  );
}

/** Inflates a gzip stream by `path`, handing the tar's bytes to `consume`. */
export function inflate(blob: Readable, consume: ChunkConsumer, path = preferredGzipPath()): Promise<void> {
  return path === 'igzip'
    ? pipeline(blob, inflateWithIgzip(consume))
    : pipeline(blob, createGunzip({ chunkSize: outputChunkBytes }), consumeStage(consume));
}
