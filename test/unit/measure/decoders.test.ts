/**
 * A decoder in a child process (igzip, zstd -dc) hands its output to a synchronous consumer: read
 * through a Unix socket into one reused buffer, or, where no socket can be made, as a stream. Both
 * give the same bytes; a failure of the child or of the consumer ends the child and leaves no file.
 * `cat` stands in for a decoder: what it reads is what it writes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChildDecoder, decodeInChild } from '../../../src/measure/decoders.js';

const input = randomBytes(8 * 1024 * 1024);
const cat: ChildDecoder = {
  command: 'cat',
  args: [],
  failure: (detail, ended) => new Error(`cat failed (${ended}): ${detail}`),
};

let temp: string;
const savedTmpdir = process.env.TMPDIR;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'tsg-decoders-'));
});
afterEach(() => {
  process.env.TMPDIR = savedTmpdir;
  rmSync(temp, { recursive: true, force: true });
});

/** A TMPDIR whose socket path would be longer than a socket's address takes: the stream path. */
function longTmpdir(): string {
  const dir = join(temp, 'd'.repeat(60), 'e'.repeat(60));
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function decode(decoder: ChildDecoder, consume: (chunk: Buffer) => void): Promise<void> {
  await decodeInChild(
    decoder,
    consume,
  )(Readable.from([input.subarray(0, 3_000_000), input.subarray(3_000_000)]));
}

/** Decodes `input` by cat, stalling on the first chunk so the child fills what lies between us. */
async function readThrough(): Promise<{ digest: string; largest: number; produced: number }> {
  const hash = createHash('sha256');
  let largest = 0;
  let produced = 0;
  let first = true;
  await decode(cat, (chunk) => {
    hash.update(chunk);
    largest = Math.max(largest, chunk.length);
    produced += chunk.length;
    if (first) {
      first = false;
      const until = Date.now() + 50;
      while (Date.now() < until);
    }
  });
  return { digest: hash.digest('hex'), largest, produced };
}

describe('decodeInChild', () => {
  const expected = createHash('sha256').update(input).digest('hex');

  it('reads the child through a socket in reads larger than a stream takes (64 KiB), and leaves no file', async () => {
    process.env.TMPDIR = temp;
    const read = await readThrough();
    expect(read).toMatchObject({ digest: expected, produced: input.length });
    expect(read.largest).toBeGreaterThan(64 * 1024);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('reads it as a stream, the same bytes, where the socket path would be too long', async () => {
    const long = longTmpdir();
    process.env.TMPDIR = long;
    const read = await readThrough();
    expect(read).toMatchObject({ digest: expected, produced: input.length });
    expect(read.largest).toBeLessThanOrEqual(64 * 1024);
    expect(readdirSync(long)).toEqual([]);
  });

  for (const where of ['socket', 'stream'] as const) {
    it(`a consumer that throws ends the child and its error is the outcome (${where})`, async () => {
      process.env.TMPDIR = where === 'socket' ? temp : longTmpdir();
      let calls = 0;
      const failure = decode(cat, () => {
        calls++;
        throw new Error('not a tar');
      });
      await expect(failure).rejects.toThrow('not a tar');
      expect(calls).toBe(1);
      expect(readdirSync(process.env.TMPDIR as string)).toEqual([]);
    });

    it(`a child that fails gives its own message (${where})`, async () => {
      process.env.TMPDIR = where === 'socket' ? temp : longTmpdir();
      const failing: ChildDecoder = {
        command: 'sh',
        args: ['-c', 'cat >/dev/null; echo "sh: stream is damaged" >&2; exit 3'],
        failure: (detail, ended) => new Error(`decoder failed (${ended}): ${detail}`),
      };
      await expect(decode(failing, () => {})).rejects.toThrow(
        'decoder failed (exit code 3): stream is damaged',
      );
    });

    it(`a child killed by a signal says so (${where})`, async () => {
      process.env.TMPDIR = where === 'socket' ? temp : longTmpdir();
      const killed: ChildDecoder = {
        ...cat,
        command: 'sh',
        args: ['-c', 'head -c 1000 >/dev/null; kill -KILL $$'],
      };
      await expect(decode(killed, () => {})).rejects.toThrow('cat failed (killed by SIGKILL)');
    });

    // It closes its stdin with most of the input unwritten: no 'drain' will come (this hung).
    it(`a child that fails before reading its input is not waited for (${where})`, async () => {
      process.env.TMPDIR = where === 'socket' ? temp : longTmpdir();
      const early: ChildDecoder = {
        ...cat,
        command: 'sh',
        args: ['-c', 'head -c 1000 >/dev/null; echo "sh: bad magic" >&2; exit 1'],
      };
      await expect(decode(early, () => {})).rejects.toThrow('cat failed (exit code 1): bad magic');
    });
  }

  it('an input that fails stops the child and is the outcome', async () => {
    process.env.TMPDIR = temp;
    const source = Readable.from(
      (async function* () {
        yield input.subarray(0, 1000);
        throw new Error('the blob digest does not match');
      })(),
    );
    await expect(decodeInChild(cat, () => {})(source)).rejects.toThrow('the blob digest does not match');
    expect(readdirSync(temp)).toEqual([]);
  });
});
