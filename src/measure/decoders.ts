/**
 * What gzip and zstd layers share: the choice among decoders (the fastest present, or the one an
 * environment variable names), the last stage of a layer's pipeline, and a decompressor run as a
 * child process (`zstd -dc`, `igzip -dc`): the compressed bytes go to its stdin, its output comes
 * back, and a non-zero exit is an error carrying the tool's own message. The child is killed when
 * the pipeline stops early.
 *
 * Decoded bytes go to a `ChunkConsumer`, synchronously. A child's output is read through a Unix
 * socket into one reused 1 MiB buffer (net's `onread`), not as a stream: a stream reads 64 KiB at
 * a time into a new Buffer each, which for a 1 GB layer is 16,000 reads and 1 GB of garbage
 * waiting for the collector (tens of MB of RSS), and a third of the main thread's time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Readable, Writable } from 'node:stream';
import { TinySizeError } from '../errors.js';

/**
 * Output chunks of the in-process decoders (zlib, native zstd) and of the gzip estimator: zlib's
 * 16 KiB default costs 2.5x in hand-overs between the thread pool and the main thread.
 */
export const outputChunkBytes = 256 * 1024;

/** The buffer a child's output is read into: a read returns what the socket holds, ~200 KiB. */
const childReadBytes = 1024 * 1024;

/**
 * Takes decoded bytes, synchronously. The chunk may be a view of a buffer reused for the next
 * one: whatever must outlive the call is copied.
 */
export type ChunkConsumer = (chunk: Buffer) => void;

/** A pipeline's last stage that reads its source to the end. */
export type LastStage = (source: AsyncIterable<Buffer>) => Promise<void>;

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

/** The last stage of a pipeline of decoded chunks: hands each to `consume`. */
export function consumeStage(consume: ChunkConsumer): Writable {
  return new Writable({
    highWaterMark: childReadBytes,
    write(chunk: Buffer, _encoding, callback) {
      try {
        consume(chunk);
      } catch (error) {
        callback(error as Error);
        return;
      }
      callback();
    },
  });
}

/** A full stdin can take more, or never will: a child that died closes it without a 'drain'. */
function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('close', done);
  });
}

function closed(stream: Readable | Writable): Promise<void> {
  return stream.closed ? Promise.resolve() : new Promise((resolve) => stream.once('close', () => resolve()));
}

/**
 * A decoder stopped from outside (a signal: the kernel's out-of-memory killer, most often): not a
 * fault of the bytes.
 */
export class DecoderStopped extends Error {
  override readonly name = 'DecoderStopped';
}

export interface ChildDecoder {
  command: string;
  args: readonly string[];
  /**
   * The error for a failed run, from the tool's stderr without its `name: ` prefixes, and how it
   * ended (`exit code 1`, `killed by SIGKILL`).
   */
  failure: (detail: string, ended: string) => Error;
  /** Sees every input chunk as it is written (the gzip path keeps the trailer). */
  onInput?: (chunk: Buffer) => void;
  /** Runs once the child succeeded, with the bytes it produced (the gzip path checks its trailer). */
  onSuccess?: (produced: number) => void;
}

/** Where the child writes: one end of a connected Unix socket; the other is read with `onread`. */
interface ChildOutput {
  /** For spawn's stdio; the parent closes its copy once the child has it. */
  childEnd: Socket;
  ours: Socket;
  /** Settles when the child has closed its end (and we read everything), or on a read error. */
  ended: Promise<void>;
}

/** The longest Unix socket path every platform takes (sun_path is 104 bytes on macOS). */
const maxSocketPath = 100;

/**
 * A connected socket pair whose reading end hands each read to `onRead`. Made through a socket in
 * a fresh private directory (mode 0700: no other user can connect), removed once connected.
 * Undefined when no socket can be made there (a path too long for one, no room): the child's
 * stdout is then read as a stream.
 */
async function childOutput(onRead: (chunk: Buffer) => void): Promise<ChildOutput | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'tsg-pipe-')).catch(() => undefined);
  if (dir === undefined) return undefined;
  const path = join(dir, 'out');
  if (path.length > maxSocketPath) {
    await rm(dir, { recursive: true, force: true });
    return undefined;
  }
  const server = createServer({ pauseOnConnect: true });
  const buffer = Buffer.allocUnsafe(childReadBytes);
  let ours: Socket | undefined;
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path, resolve));
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
    const reading = connect({
      path,
      onread: {
        buffer,
        callback: (length) => {
          onRead(buffer.subarray(0, length));
          return true;
        },
      },
    });
    ours = reading;
    const ended = new Promise<void>((resolve, reject) => {
      reading
        .once('end', resolve)
        .once('close', () => resolve())
        .once('error', reject);
    });
    ended.catch(() => {});
    // Flowing, so the end of the stream is seen; the bytes themselves go to onread's callback.
    reading.resume();
    await new Promise<void>((resolve, reject) => reading.once('connect', resolve).once('error', reject));
    return { childEnd: await accepted, ours: reading, ended };
  } catch {
    ours?.destroy();
    return undefined;
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `decoder` over the source, handing its output to `consume`; the last stage of a
 * stream.pipeline.
 */
export function decodeInChild(decoder: ChildDecoder, consume: ChunkConsumer): LastStage {
  return async (source) => {
    let produced = 0;
    let consumeFailed: unknown;
    // Called only once the child runs: nothing reaches our end of the socket before.
    const take = (chunk: Buffer) => {
      if (consumeFailed) return;
      try {
        produced += chunk.length;
        consume(chunk);
      } catch (error) {
        // Thrown from a socket's read callback it would be uncaught: stop the child instead.
        consumeFailed = error;
        child.kill();
      }
    };
    const output = await childOutput(take);
    const child = spawn(decoder.command, decoder.args, {
      stdio: ['pipe', output?.childEnd ?? 'pipe', 'pipe'],
    });
    // The child holds its own copy: when it exits, our end reads the end of the stream.
    output?.childEnd.destroy();
    // Pipes, as stdio asks (stdout is one when there is no socket).
    const stdin = child.stdin as Writable;
    const stdout = child.stdout as Readable | null;
    let stderr = '';
    (child.stderr as Readable).setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < 4096) stderr += text;
    });
    /** How the child ended: undefined when it succeeded. */
    const exited = new Promise<string | undefined>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) =>
        resolve(code === 0 ? undefined : signal ? `killed by ${signal}` : `exit code ${code}`),
      );
    });
    exited.catch(() => {});
    // A decoder that stops reading (it failed) breaks the pipe: that error is the exit status's.
    stdin.on('error', () => {});
    const feeding = (async () => {
      for await (const chunk of source) {
        decoder.onInput?.(chunk);
        if (!stdin.write(chunk)) await drainedOrClosed(stdin);
        if (stdin.destroyed) return;
      }
      stdin.end();
    })();
    let fed: unknown;
    feeding.catch((error: unknown) => {
      fed = error ?? new Error('input failed');
      child.kill();
    });
    try {
      if (output) await output.ended;
      else for await (const chunk of stdout as AsyncIterable<Buffer>) take(chunk);
      const ended = await exited;
      if (consumeFailed) throw consumeFailed;
      if (fed) throw fed;
      await feeding;
      if (ended) throw decoder.failure(stderr.replace(/^.*?: /gm, '').trim(), ended);
      decoder.onSuccess?.(produced);
    } finally {
      // Stopped early or failed: end the child and wait until its pipes are closed, so a failed
      // measurement leaves no process or descriptor behind.
      if (child.exitCode === null && child.signalCode === null) child.kill();
      const pipes = [stdin, stdout, child.stderr, output?.ours].filter((pipe) => pipe != null);
      for (const pipe of pipes) pipe.destroy();
      await Promise.all([exited.catch(() => {}), ...pipes.map(closed)]);
    }
  };
}
