/**
 * Streaming zstd decompression for layers (`application/vnd.oci.image.layer.v1.tar+zstd`), by the
 * fastest decoder at hand: Node's own (zlib.createZstdDecompress, Node >= 22.15 and 23.8, so the
 * action's node24), else the `zstd` CLI when installed, else fzstd (pure JS, 3-4x slower).
 * Every path first passes the bytes through a frame scanner that refuses a window above 2^27
 * bytes, as `zstd -d` does by default: a frame may declare a 1 GiB window, which a decoder would
 * allocate. https://www.rfc-editor.org/rfc/rfc8878#name-frame-header
 */
import { type Duplex, type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { Decompress } from 'fzstd';
import {
  type ChunkConsumer,
  chosenDecoder,
  commandPresent,
  consumeStage,
  DecoderStopped,
  decodeInChild,
  type LastStage,
  outputChunkBytes,
} from './decoders.js';

/** The bytes are not valid zstd (or declare more than we decode), as opposed to an I/O or digest error. */
export class ZstdDataError extends Error {
  override readonly name = 'ZstdDataError';
}

/** `zstd -d`'s default limit (its --memory=128MB): a window up to 2^27 bytes. */
export const maxWindowLog = 27;
/**
 * fzstd copies its whole window after every block, so a big window costs window × blocks:
 * 10^9 zeros with `--long=27` take 72 s. It is the last resort, limited to the 8 MiB window of
 * zstd's levels 1-19; bigger windows need native zstd or the CLI, and the message says so.
 */
export const fzstdMaxWindowLog = 23;

export type ZstdPath = 'native' | 'cli' | 'fzstd';

type NativeZstd = (options: zlib.ZlibOptions & { params?: Record<number, number> }) => Duplex;

function nativeZstd(): NativeZstd | undefined {
  const create = (zlib as unknown as { createZstdDecompress?: NativeZstd }).createZstdDecompress;
  return typeof create === 'function' ? create : undefined;
}

/** The decoders this process can use, fastest first. */
export function zstdPaths(): ZstdPath[] {
  const paths: ZstdPath[] = [];
  if (nativeZstd()) paths.push('native');
  if (commandPresent('zstd')) paths.push('cli');
  paths.push('fzstd');
  return paths;
}

/** TINY_SIZE_GATE_ZSTD=native|cli|fzstd picks the decoder (the benchmark times each). */
export const zstdPathVariable = 'TINY_SIZE_GATE_ZSTD';

/** The decoder to use: the one TINY_SIZE_GATE_ZSTD names, else the fastest present. */
export function preferredZstdPath(): ZstdPath {
  return chosenDecoder(zstdPathVariable, zstdPaths(), 'zstd');
}

function sizeText(bytes: number): string {
  return bytes >= 2 ** 20 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`;
}

/**
 * Walks zstd frames (RFC 8878) as the bytes pass, without decoding: frame headers, block headers,
 * checksums and skippable frames. Refuses a window above 2^windowLogMax before any decoder
 * allocates it. Cheap: it looks at a few bytes per block of up to 128 KiB.
 */
export class ZstdFrameScanner extends Transform {
  readonly #limitLog: number;
  readonly #limitHint: string;
  /** Bytes collected for the field being read, and how many it needs. */
  #field = Buffer.alloc(18);
  #fill = 0;
  #need = 4;
  #state: 'magic' | 'descriptor' | 'header' | 'block' | 'skippable' = 'magic';
  #skip = 0;
  #descriptor = 0;
  #afterLastBlock = 0;

  constructor(windowLogMax = maxWindowLog, limitHint = '') {
    super({ highWaterMark: 1 << 20 });
    this.#limitLog = windowLogMax;
    this.#limitHint = limitHint;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.#scan(chunk);
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, chunk);
  }

  #scan(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.#skip > 0) {
        const step = Math.min(this.#skip, chunk.length - at);
        this.#skip -= step;
        at += step;
        continue;
      }
      const step = Math.min(this.#need - this.#fill, chunk.length - at);
      chunk.copy(this.#field, this.#fill, at, at + step);
      this.#fill += step;
      at += step;
      if (this.#fill === this.#need) {
        this.#fill = 0;
        this.#onField();
      }
    }
  }

  #onField(): void {
    const field = this.#field;
    switch (this.#state) {
      case 'magic': {
        const magic = field.readUInt32LE(0);
        if (magic === 0xfd2fb528) {
          this.#state = 'descriptor';
          this.#need = 1;
        } else if ((magic & 0xfffffff0) === 0x184d2a50) {
          this.#state = 'skippable';
          this.#need = 4;
        } else {
          throw new ZstdDataError(`unknown zstd frame magic 0x${magic.toString(16)}`);
        }
        return;
      }
      case 'skippable':
        this.#skip = field.readUInt32LE(0);
        this.#state = 'magic';
        this.#need = 4;
        return;
      case 'descriptor': {
        const descriptor = field[0] as number;
        if (descriptor & 0x08) throw new ZstdDataError('a zstd frame header sets its reserved bit');
        this.#descriptor = descriptor;
        const singleSegment = (descriptor & 0x20) !== 0;
        const fcsFlag = descriptor >> 6;
        const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag] as number;
        const dictBytes = [0, 1, 2, 4][descriptor & 3] as number;
        this.#need = (singleSegment ? 0 : 1) + dictBytes + fcsBytes;
        this.#state = 'header';
        if (this.#need === 0) this.#onField();
        return;
      }
      case 'header': {
        const descriptor = this.#descriptor;
        const singleSegment = (descriptor & 0x20) !== 0;
        let window: number;
        if (singleSegment) {
          // The window is the frame's content size, the last field of the header.
          const dictBytes = [0, 1, 2, 4][descriptor & 3] as number;
          const fcsBytes = this.#need - dictBytes;
          window =
            fcsBytes === 1
              ? (field[dictBytes] as number)
              : fcsBytes === 2
                ? field.readUInt16LE(dictBytes) + 256
                : fcsBytes === 4
                  ? field.readUInt32LE(dictBytes)
                  : Number(field.readBigUInt64LE(dictBytes));
        } else {
          const byte = field[0] as number;
          const base = 2 ** (10 + (byte >> 3));
          window = base + (base / 8) * (byte & 7);
        }
        if (window > 2 ** this.#limitLog) {
          throw new ZstdDataError(
            `a zstd frame declares a ${sizeText(window)} window, over the ${sizeText(2 ** this.#limitLog)} limit (2^${this.#limitLog})${this.#limitHint}`,
          );
        }
        this.#afterLastBlock = descriptor & 0x04 ? 4 : 0;
        this.#state = 'block';
        this.#need = 3;
        return;
      }
      case 'block': {
        const header = (field[0] as number) | ((field[1] as number) << 8) | ((field[2] as number) << 16);
        const last = header & 1;
        const type = (header >> 1) & 3;
        const size = header >>> 3;
        if (type === 3) throw new ZstdDataError('a zstd block has the reserved block type');
        this.#skip = type === 1 ? 1 : size;
        if (last) {
          this.#skip += this.#afterLastBlock;
          this.#state = 'magic';
          this.#need = 4;
        }
        return;
      }
    }
  }

  override _flush(callback: TransformCallback): void {
    const inside = this.#state !== 'magic' || this.#fill > 0 || this.#skip > 0;
    callback(inside ? new ZstdDataError('truncated zstd stream (unexpected end)') : null);
  }
}

/**
 * Input is fed to fzstd in slices this small because one RLE block turns 4 input bytes into 128 KiB:
 * a 64 KiB chunk of them would inflate to 2 GiB inside one push. 256 B bound that to 8 MiB.
 */
export const sliceBytes = 256;

/** Decompresses a zstd stream (one or more frames) with fzstd; for stream.pipeline. */
export async function* decompressZstd(source: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<Buffer> {
  const ready: Buffer[] = [];
  const decoder = new Decompress((data) => {
    if (data.length) ready.push(Buffer.from(data.buffer, data.byteOffset, data.length));
  });
  const push = (bytes: Uint8Array, final: boolean) => {
    try {
      decoder.push(bytes, final);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ZstdDataError(
        message === 'unexpected EOF' ? 'truncated zstd stream (unexpected end)' : message,
        { cause: error },
      );
    }
  };
  for await (const chunk of source) {
    for (let at = 0; at < chunk.length; at += sliceBytes) {
      push(chunk.subarray(at, at + sliceBytes), false);
      while (ready.length) yield ready.shift() as Buffer;
    }
  }
  push(new Uint8Array(0), true);
  while (ready.length) yield ready.shift() as Buffer;
}

/** Decompresses with `zstd -dc` in a child process (its default 128 MiB memory limit applies). */
function decompressZstdCli(consume: ChunkConsumer): LastStage {
  return decodeInChild(
    {
      command: 'zstd',
      args: ['-d', '-c', '-q', '--no-progress'],
      failure: (detail, ended) =>
        ended.startsWith('killed')
          ? new DecoderStopped(`zstd -d was ${ended}${detail ? `: ${detail}` : ''}`)
          : new ZstdDataError(
              /unexpected end|truncated/i.test(detail)
                ? 'truncated zstd stream (unexpected end)'
                : `zstd -d failed: ${detail || ended}`,
            ),
    },
    consume,
  );
}

/** Node's own zstd decoder, when this Node has one. */
function nativeDecoder(create: NativeZstd): Duplex {
  const windowLogMax = (zlib.constants as unknown as Record<string, number>).ZSTD_d_windowLogMax as number;
  const decoder = create({ chunkSize: outputChunkBytes, params: { [windowLogMax]: maxWindowLog } });
  // Turn zlib's errors into data errors with zstd -d's wording for a cut stream.
  const original = decoder.destroy.bind(decoder);
  decoder.destroy = (error?: Error) => {
    if (error && !(error instanceof ZstdDataError)) {
      const code = String((error as { code?: unknown }).code ?? '');
      if (code === 'Z_BUF_ERROR') error = new ZstdDataError('truncated zstd stream (unexpected end)');
      else if (code.startsWith('ZSTD_error')) error = new ZstdDataError(error.message, { cause: error });
    }
    return original(error);
  };
  return decoder;
}

/**
 * Decodes a zstd stream, handing the tar's bytes to `consume`: the frame scanner (window bound)
 * first, then the fastest decoder available, or `path` when given (tests and the benchmark pick each).
 */
export function decodeZstd(
  blob: Readable,
  consume: ChunkConsumer,
  path = preferredZstdPath(),
): Promise<void> {
  if (path === 'native') {
    const create = nativeZstd();
    if (!create) throw new Error(`this Node (${process.version}) has no zlib.createZstdDecompress`);
    return pipeline(blob, new ZstdFrameScanner(), nativeDecoder(create), consumeStage(consume));
  }
  if (path === 'cli') return pipeline(blob, new ZstdFrameScanner(), decompressZstdCli(consume));
  const scanner = new ZstdFrameScanner(
    fzstdMaxWindowLog,
    `; this Node (${process.version}) has no native zstd and the zstd CLI is not installed, and the pure-JS fallback decodes windows up to 2^${fzstdMaxWindowLog} only: install zstd, or run on Node 22.15 or later`,
  );
  return pipeline(blob, scanner, decompressZstd, consumeStage(consume));
}
