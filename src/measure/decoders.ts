/**
 * What gzip and zstd layers share: the choice among decoders (the fastest present, or the one an
 * environment variable names), and a decompressor run as a child process (`zstd -dc`, `igzip -dc`)
 * as a stream.pipeline stage: the compressed bytes go to its stdin, its stdout comes back, and a
 * non-zero exit is an error carrying the tool's own message. The child is killed when the
 * pipeline stops early.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { TinySizeError } from '../errors.js';

/**
 * Output chunks of the in-process decoders (zlib, native zstd) and of the gzip estimator: zlib's
 * 16 KiB default costs 2.5x in hand-overs between the thread pool and the main thread.
 */
export const outputChunkBytes = 256 * 1024;

const present = new Map<string, boolean>();

/** Whether `command --version` runs here (asked once per process). */
export function commandPresent(command: string): boolean {
  let found = present.get(command);
  if (found === undefined) {
    found = spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
    present.set(command, found);
  }
  return found;
}

/** The decoder `variable` names when it is present here, else the fastest present (the first). */
export function chosenDecoder<Path extends string>(
  variable: string,
  present: readonly Path[],
  what: string,
): Path {
  const named = process.env[variable];
  if (!named) return present[0] as Path;
  if (!present.includes(named as Path)) {
    throw new TinySizeError(`${variable}=${named} names no ${what} decoder present here`, {
      fix: `choose among ${present.join(', ')}, or unset it to use the fastest`,
    });
  }
  return named as Path;
}

function closed(stream: Readable | Writable): Promise<void> {
  return stream.closed ? Promise.resolve() : new Promise((resolve) => stream.once('close', () => resolve()));
}

export interface ChildDecoder {
  command: string;
  args: readonly string[];
  /** The error for a non-zero exit, from the tool's stderr without its `name: ` prefixes. */
  failure: (detail: string, code: number | null) => Error;
  /** Sees every input chunk as it is written (the gzip path keeps the trailer). */
  onInput?: (chunk: Buffer) => void;
}

/** Runs `decoder` over `source`; for stream.pipeline. */
export async function* decodeInChild(
  decoder: ChildDecoder,
  source: AsyncIterable<Buffer>,
): AsyncGenerator<Buffer> {
  const child = spawn(decoder.command, decoder.args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    if (stderr.length < 4096) stderr += text;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  exited.catch(() => {});
  // A decoder that stops reading (it failed) breaks the pipe: that error is the exit status's.
  child.stdin.on('error', () => {});
  const feeding = (async () => {
    for await (const chunk of source) {
      decoder.onInput?.(chunk);
      if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
      if (child.stdin.destroyed) return;
    }
    child.stdin.end();
  })();
  let fed: unknown;
  feeding.catch((error: unknown) => {
    fed = error ?? new Error('input failed');
    child.kill();
  });
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) yield chunk;
    const code = await exited;
    if (fed) throw fed;
    await feeding;
    if (code !== 0) throw decoder.failure(stderr.replace(/^.*?: /gm, '').trim(), code);
  } finally {
    // Stopped early or failed: end the child and wait until its pipes are closed, so a failed
    // measurement leaves no process or descriptor behind.
    if (child.exitCode === null && child.signalCode === null) child.kill();
    const pipes = [child.stdin, child.stdout, child.stderr];
    for (const pipe of pipes) pipe.destroy();
    await Promise.all([exited.catch(() => {}), ...pipes.map(closed)]);
  }
}
