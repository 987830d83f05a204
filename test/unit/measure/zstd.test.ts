/**
 * zstd layers, made by the real `zstd` CLI, and layers whose media type lies about their
 * compression. Truth: the tars we write (the config's diff_ids are their sha256, so a wrong decode
 * fails the measurement) and the blob lengths.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { measureImage } from '../../../src/measure/index.js';
import { measureLayer, peekHead } from '../../../src/measure/layer.js';
import {
  decompressZstd,
  fzstdMaxWindowLog,
  maxWindowLog,
  preferredZstdPath,
  sliceBytes,
  type ZstdPath,
  zstdPaths,
} from '../../../src/measure/zstd.js';
import { MediaType } from '../../../src/oci/media-types.js';
import { contentBytes, type Entry, type FakeLayer, fakeImage, makeTar, sha256 } from './fake-image.js';

function zstd(bytes: Buffer, flags: string[] = []): Buffer {
  return execFileSync('zstd', ['-q', '-c', ...flags], { input: bytes, maxBuffer: 1 << 30 });
}

function zstdLayer(tar: Buffer, flags: string[] = [], mediaType: string = MediaType.ociLayerZstd): FakeLayer {
  return { tar, blob: zstd(tar, flags), mediaType };
}

const entries: Entry[] = [
  { name: 'etc/', type: 'directory' },
  { name: 'etc/motd', type: 'file', content: 'welcome\n'.repeat(300) },
  {
    name: 'bin/app',
    type: 'file',
    content: Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251)),
  },
  { name: 'bin/sh', type: 'symlink', linkname: 'app' },
  { name: `deep/${'n'.repeat(150)}`, type: 'file', content: 'long name' },
];

/** A skippable frame (RFC 8878 §3.1.2): magic 0x184D2A5?, little-endian length, ignored bytes. */
function skippableFrame(payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32LE(0x184d2a53, 0);
  header.writeUInt32LE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('zstd layers made by the zstd CLI', async () => {
  const tar = await makeTar(entries);

  it.each<[string, () => FakeLayer]>([
    ['level 3 from stdin (no content size)', () => zstdLayer(tar)],
    ['level 19', () => zstdLayer(tar, ['-19'])],
    ['level 1 without checksum', () => zstdLayer(tar, ['-1', '--no-check'])],
    ['long mode, 128 MiB window', () => zstdLayer(tar, ['--long=27'])],
    ["Docker's zstd media type", () => zstdLayer(tar, [], MediaType.dockerLayerZstd)],
    [
      'two frames and a skippable frame (zstd -d reads them as one stream)',
      () => {
        const cut = 3000;
        const blob = Buffer.concat([
          zstd(tar.subarray(0, cut)),
          skippableFrame(Buffer.from('tiny-size-gate')),
          zstd(tar.subarray(cut), ['-9']),
        ]);
        // The CLI is the judge of what these bytes mean.
        expect(execFileSync('zstd', ['-d', '-q', '-c'], { input: blob }).equals(tar)).toBe(true);
        return { tar, blob, mediaType: MediaType.ociLayerZstd };
      },
    ],
  ])('%s: files and tar from the tar, compressed exact from the blob', async (_name, make) => {
    const layer = make();
    const { view } = fakeImage([layer]);
    const platform = (await measureImage(view)).platforms[0];
    expect(platform?.sizes.files).toEqual({ bytes: contentBytes(entries) });
    expect(platform?.sizes.tar).toEqual({ bytes: tar.length });
    expect(platform?.sizes.compressed).toEqual({ bytes: layer.blob.length });
    expect(platform?.layers[0]?.mediaType).toBe(layer.mediaType);
    expect(platform?.entries.map((e) => e.path)).toEqual([
      '/etc',
      '/etc/motd',
      '/bin/app',
      '/bin/sh',
      `/deep/${'n'.repeat(150)}`,
    ]);
  });

  it('a gzip layer and a zstd layer of the same tars give the same files and tar', async () => {
    const second = await makeTar([{ name: 'etc/motd', type: 'file', content: 'replaced' }]);
    const gz = fakeImage([
      { tar, blob: gzipSync(tar), mediaType: MediaType.ociLayerGzip },
      { tar: second, blob: gzipSync(second), mediaType: MediaType.ociLayerGzip },
    ]);
    const zs = fakeImage([zstdLayer(tar), zstdLayer(second)]);
    const [a, b] = await Promise.all([measureImage(gz.view), measureImage(zs.view)]);
    expect(b.platforms[0]?.sizes.files).toEqual(a.platforms[0]?.sizes.files);
    expect(b.platforms[0]?.sizes.tar).toEqual(a.platforms[0]?.sizes.tar);
    expect(b.platforms[0]?.entries).toEqual(a.platforms[0]?.entries);
  });

  it.each([
    [
      'truncated',
      (blob: Buffer) => blob.subarray(0, blob.length - 20),
      /is not valid zstd: truncated zstd stream/,
    ],
    ['cut inside the frame header', (blob: Buffer) => blob.subarray(0, 6), /is not valid zstd/],
    [
      'a damaged block',
      (blob: Buffer) => {
        const copy = Buffer.from(blob);
        for (let at = 20; at < 60; at++) copy[at] = 0xff;
        return copy;
      },
      /(is not valid zstd|does not match the image config|is not a valid tar inside its zstd)/,
    ],
  ])('%s: a TinySizeError naming the layer', async (_name, damage, message) => {
    const good = zstdLayer(tar, ['-19']);
    const { view } = fakeImage([{ ...good, blob: damage(good.blob) }]);
    const error = await measureImage(view).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).message).toMatch(message);
    expect((error as TinySizeError).place.within).toMatch(/^layer 0 sha256:/);
  });
});

describe('decompressZstd keeps memory bounded', () => {
  it('64 MiB of zeros (a 2 kB blob of RLE blocks) comes out in blocks of at most 128 KiB', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const blob = zstd(zeros);
    let total = 0;
    let largest = 0;
    let yields = 0;
    // One chunk in: the decoder must still hand the output over block by block.
    for await (const chunk of decompressZstd(Readable.from([blob]))) {
      total += chunk.length;
      largest = Math.max(largest, chunk.length);
      yields++;
    }
    expect(total).toBe(zeros.length);
    expect(largest).toBeLessThanOrEqual(128 * 1024);
    expect(yields).toBeGreaterThanOrEqual(zeros.length / (128 * 1024));
    expect(blob.length).toBeLessThan(sliceBytes * 16);
  });

  it('an empty stream is an empty output', async () => {
    const out: Buffer[] = [];
    for await (const chunk of decompressZstd(Readable.from([zstd(Buffer.alloc(0))]))) out.push(chunk);
    expect(Buffer.concat(out).length).toBe(0);
  });
});

describe('media types that lie about compression: the bytes win, with a note', async () => {
  const tar = await makeTar(entries);
  const cases: [string, FakeLayer, RegExp][] = [
    [
      'a plain tar labelled tar+gzip (skopeo --dest-oci-accept-uncompressed-layers)',
      { tar, blob: tar, mediaType: MediaType.ociLayerGzip },
      /has media type application\/vnd\.oci\.image\.layer\.v1\.tar\+gzip but its bytes are an uncompressed tar; read as an uncompressed tar/,
    ],
    [
      'zstd labelled gzip',
      { tar, blob: zstd(tar), mediaType: MediaType.dockerLayerGzip },
      /but its bytes are zstd; read as zstd/,
    ],
    [
      'gzip labelled as an uncompressed tar',
      { tar, blob: gzipSync(tar), mediaType: MediaType.ociLayer },
      /has media type application\/vnd\.oci\.image\.layer\.v1\.tar but its bytes are gzip/,
    ],
  ];

  it.each(cases)('%s', async (_name, layer, note) => {
    const { view, image } = fakeImage([layer]);
    const ref = image.layers[0];
    if (!ref) throw new Error('no layer');
    const measured = await measureLayer({
      blobs: view.blobs,
      source: view.source,
      index: 0,
      layer: ref,
      diffId: sha256(tar),
    });
    expect(measured.files).toBe(contentBytes(entries));
    expect(measured.tar).toBe(tar.length);
    // What the manifest says is what a registry stores: exact, never re-estimated.
    expect(measured.compressed).toEqual({ bytes: layer.blob.length });
    expect(measured.note).toMatch(note);
  });

  it('no note when the media type tells the truth', async () => {
    const { view, image } = fakeImage([zstdLayer(tar)]);
    const ref = image.layers[0];
    if (!ref) throw new Error('no layer');
    const measured = await measureLayer({
      blobs: view.blobs,
      source: view.source,
      index: 0,
      layer: ref,
      diffId: sha256(tar),
    });
    expect(measured.note).toBeUndefined();
  });
});

describe('peekHead', () => {
  it.each([
    ['one byte per chunk', [1, 2, 3, 4, 5, 6].map((b) => Buffer.from([b]))],
    ['one big chunk', [Buffer.from([1, 2, 3, 4, 5, 6])]],
    ['uneven chunks', [Buffer.from([1, 2, 3]), Buffer.from([4, 5]), Buffer.from([6])]],
  ])('%s: the head is read and every byte is still there after', async (_name, chunks) => {
    const { head, stream } = await peekHead(Readable.from(chunks), 4);
    expect([...head.subarray(0, 4)]).toEqual([1, 2, 3, 4]);
    const rest: Buffer[] = [];
    for await (const chunk of stream) rest.push(chunk as Buffer);
    expect([...Buffer.concat(rest)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a stream shorter than the head: all of it, still readable', async () => {
    const { head, stream } = await peekHead(Readable.from([Buffer.from([9, 8])]), 4);
    expect([...head]).toEqual([9, 8]);
    const rest: Buffer[] = [];
    for await (const chunk of stream) rest.push(chunk as Buffer);
    expect([...Buffer.concat(rest)]).toEqual([9, 8]);
  });

  it('an error before the head is complete is thrown', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk on fire'));
      },
    });
    await expect(peekHead(failing, 4)).rejects.toThrow('disk on fire');
  });
});

/** Node >= 22.15 (and 23.8) ships zstd in zlib; `npm run test:node24` runs this file under Node 24. */
function nodeHasNativeZstd(): boolean {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 8) || (major === 22 && minor >= 15);
}

describe('every zstd decoder this Node has', async () => {
  const tar = await makeTar(entries);

  it(`native zstd is used exactly when this Node (${process.version}) ships it; the CLI when installed`, () => {
    const paths = zstdPaths();
    expect(paths.includes('native')).toBe(nodeHasNativeZstd());
    // The zstd CLI is installed by scripts/setup.sh: its absence is a broken machine, not a skip.
    expect(paths).toContain('cli');
    expect(paths.at(-1)).toBe('fzstd');
    expect(paths[0]).toBe(nodeHasNativeZstd() ? 'native' : 'cli');
  });

  async function measureWith(path: ZstdPath, layer: FakeLayer) {
    const { view, image } = fakeImage([layer]);
    const ref = image.layers[0];
    if (!ref) throw new Error('no layer');
    return measureLayer({
      blobs: view.blobs,
      source: view.source,
      index: 0,
      layer: ref,
      diffId: ref.diffId,
      zstdPath: path,
    });
  }

  it.each(zstdPaths())('%s: files, tar and entries of a multi-frame layer', async (path) => {
    const blob = Buffer.concat([
      zstd(tar.subarray(0, 3000)),
      skippableFrame(Buffer.from('x')),
      zstd(tar.subarray(3000), ['-19', '--no-check']),
    ]);
    const measured = await measureWith(path, { tar, blob, mediaType: MediaType.ociLayerZstd });
    expect(measured.tar).toBe(tar.length);
    expect(measured.files).toBe(contentBytes(entries));
    expect(measured.entries).toHaveLength(entries.length);
  });

  it.each(zstdPaths())('%s: a truncated layer is a clear error', async (path) => {
    const good = zstd(tar, ['-19']);
    const error = await measureWith(path, {
      tar,
      blob: good.subarray(0, good.length - 20),
      mediaType: MediaType.ociLayerZstd,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).message).toMatch(/is not valid zstd: truncated zstd stream/);
  });

  it('cli: a zstd killed from outside (the out-of-memory killer) is said so, with the fix, not as bad data', async () => {
    // A zstd first on PATH that reads a little and dies as the kernel would kill it.
    const blob = zstd(tar);
    const dir = mkdtempSync(join(tmpdir(), 'tsg-zstd-killed-'));
    writeFileSync(join(dir, 'zstd'), '#!/bin/sh\nhead -c 100 >/dev/null\nkill -KILL $$\n', { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${dir}:${path}`;
    try {
      const error = await measureWith('cli', {
        tar,
        blob,
        mediaType: MediaType.ociLayerZstd,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TinySizeError);
      expect((error as TinySizeError).message).toMatch(/could not be decoded: zstd -d was killed by SIGKILL/);
      expect((error as TinySizeError).fix).toMatch(/memory/);
    } finally {
      process.env.PATH = path;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // zstd -d refuses windows over 2^27 unless told --long=N or --memory: so do we, before allocating.
  it.each(
    zstdPaths().flatMap((path) => [28, 30].map((log) => [path, log] as const)),
  )('%s: a frame declaring a 2^%i window is refused with the limit and the fix', async (path, log) => {
    const blob = zstd(tar, [`--long=${log}`]);
    const started = Date.now();
    const error = await measureWith(path, { tar, blob, mediaType: MediaType.ociLayerZstd }).catch(
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(TinySizeError);
    const limit = path === 'fzstd' ? fzstdMaxWindowLog : maxWindowLog;
    expect((error as TinySizeError).message).toContain(
      `declares a ${2 ** (log - 20)} MiB window, over the ${2 ** (limit - 20)} MiB limit (2^${limit})`,
    );
    expect((error as TinySizeError).fix).toMatch(
      path === 'fzstd' ? /Install the zstd CLI.*window of at most 8 MiB/ : /window of at most 128 MiB/,
    );
  });

  it('fzstd, the last resort, refuses windows over 8 MiB and says what to install', async () => {
    const blob = zstd(tar, ['--long=24']);
    const error = await measureWith('fzstd', { tar, blob, mediaType: MediaType.ociLayerZstd }).catch(
      (e: unknown) => e,
    );
    expect((error as TinySizeError).message).toMatch(/install zstd, or run on Node 22.15 or later/);
    // The same layer decodes on every other path (2^24 is within zstd -d's default).
    for (const path of zstdPaths().filter((p) => p !== 'fzstd')) {
      expect((await measureWith(path, { tar, blob, mediaType: MediaType.ociLayerZstd })).tar).toBe(
        tar.length,
      );
    }
  });
});

describe('TINY_SIZE_GATE_ZSTD picks the decoder', () => {
  it.each(zstdPaths())('%s, when named, is the one used', (path) => {
    process.env.TINY_SIZE_GATE_ZSTD = path;
    try {
      expect(preferredZstdPath()).toBe(path);
    } finally {
      delete process.env.TINY_SIZE_GATE_ZSTD;
    }
  });

  it('a name that is not present is a TinySizeError listing the choices', () => {
    process.env.TINY_SIZE_GATE_ZSTD = 'pigz';
    try {
      expect(() => preferredZstdPath()).toThrow(TinySizeError);
      expect(() => preferredZstdPath()).toThrow(/TINY_SIZE_GATE_ZSTD=pigz names no zstd decoder/);
    } finally {
      delete process.env.TINY_SIZE_GATE_ZSTD;
    }
    expect(preferredZstdPath()).toBe(zstdPaths()[0]);
  });
});
