/**
 * Gzip layers through each inflater: igzip (ISA-L, a child process) and Node's zlib, the
 * reference. Every stream, well-formed or not, must give the same figures or the same error on
 * both; igzip's result stands alone only for a plain single-member stream: a wrapper on PATH
 * counts igzip's runs, a spy zlib's.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { gzipPaths, preferredGzipPath } from '../../../src/measure/gzip.js';
import type { GzipPath } from '../../../src/measure/index.js';
import { measureLayer } from '../../../src/measure/layer.js';
import { MediaType } from '../../../src/oci/media-types.js';
import { contentBytes, type Entry, type FakeLayer, fakeImage, makeTar } from './fake-image.js';

// Counts zlib's inflaters, so a test can tell whether zlib read a layer again.
vi.mock('node:zlib', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:zlib')>();
  return { ...original, createGunzip: vi.fn(original.createGunzip) };
});
const zlibRuns = () => vi.mocked(zlib.createGunzip).mock.calls.length;

// A wrapper named igzip, first on PATH: logs each run, then runs the real one.
const wrapperDir = mkdtempSync(join(tmpdir(), 'tsg-igzip-'));
const runLog = join(wrapperDir, 'runs.log');
writeFileSync(runLog, '');
const realIgzip = '/usr/bin/igzip';
writeFileSync(join(wrapperDir, 'igzip'), `#!/bin/sh\necho "$@" >> '${runLog}'\nexec ${realIgzip} "$@"\n`);
chmodSync(join(wrapperDir, 'igzip'), 0o755);
process.env.PATH = `${wrapperDir}:${process.env.PATH}`;

function igzipRuns(): number {
  return readFileSync(runLog, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('-d')).length;
}

const entries: Entry[] = [
  { name: 'etc/', type: 'directory' },
  { name: 'etc/motd', type: 'file', content: 'welcome\n'.repeat(3000) },
  {
    name: 'bin/app',
    type: 'file',
    content: Buffer.from(Array.from({ length: 90_000 }, (_, i) => (i * 7919) % 251)),
  },
  { name: 'bin/sh', type: 'symlink', linkname: 'app' },
];

/** A gzip member with FEXTRA, FNAME and FCOMMENT set (RFC 1952 §2.3.1), as some tools write. */
function gzipWithHeaderFields(data: Buffer): Buffer {
  const plain = gzipSync(data);
  const header = Buffer.from([0x1f, 0x8b, 8, 0x1c, 0, 0, 0, 0, 0, 3]);
  return Buffer.concat([
    header,
    Buffer.from([2, 0]),
    Buffer.from('ab'),
    Buffer.from('layer.tar\0comment\0'),
    plain.subarray(10),
  ]);
}

async function outcome(path: GzipPath, layer: FakeLayer): Promise<unknown> {
  const { view, image } = fakeImage([layer]);
  const ref = image.layers[0];
  if (!ref) throw new Error('no layer');
  try {
    const measured = await measureLayer({
      blobs: view.blobs,
      source: view.source,
      index: 0,
      layer: ref,
      diffId: ref.diffId,
      gzipPath: path,
    });
    return { files: measured.files, tar: measured.tar, entries: measured.entries, note: measured.note };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe('gzip layers through igzip and zlib', async () => {
  const tar = await makeTar(entries);
  const half = 4096;

  it('igzip is installed (scripts/setup.sh) and preferred; TINY_SIZE_GATE_GZIP picks either', () => {
    expect(gzipPaths()).toEqual(['igzip', 'zlib']);
    expect(preferredGzipPath()).toBe('igzip');
    process.env.TINY_SIZE_GATE_GZIP = 'zlib';
    try {
      expect(preferredGzipPath()).toBe('zlib');
      process.env.TINY_SIZE_GATE_GZIP = 'pigz';
      expect(() => preferredGzipPath()).toThrow(
        /TINY_SIZE_GATE_GZIP=pigz names no gzip decoder present here/,
      );
    } finally {
      delete process.env.TINY_SIZE_GATE_GZIP;
    }
  });

  // [case, blob, igzip runs, does zlib read it again]
  const cases: [string, () => Buffer, 'stands' | 'zlib again'][] = [
    ['one member', () => gzipSync(tar), 'stands'],
    ['one member with extra, name and comment fields', () => gzipWithHeaderFields(tar), 'stands'],
    [
      'two members',
      () => Buffer.concat([gzipSync(tar.subarray(0, half)), gzipSync(tar.subarray(half))]),
      'zlib again',
    ],
    ['trailing zero bytes', () => Buffer.concat([gzipSync(tar), Buffer.alloc(1024)]), 'zlib again'],
    ['trailing garbage', () => Buffer.concat([gzipSync(tar), Buffer.from('garbage!')]), 'zlib again'],
    [
      'truncated in the deflate data',
      () => {
        const blob = gzipSync(tar);
        return blob.subarray(0, blob.length - 40);
      },
      'zlib again',
    ],
    [
      'truncated in the trailer',
      () => {
        const blob = gzipSync(tar);
        return blob.subarray(0, blob.length - 3);
      },
      'zlib again',
    ],
    [
      'a wrong CRC',
      () => {
        const blob = Buffer.from(gzipSync(tar));
        blob[blob.length - 6] = (blob[blob.length - 6] as number) ^ 1;
        return blob;
      },
      'zlib again',
    ],
    [
      'a flipped byte inside the deflate data',
      () => {
        const blob = Buffer.from(gzipSync(tar));
        blob[200] = (blob[200] as number) ^ 0x55;
        return blob;
      },
      'zlib again',
    ],
  ];

  it.each(cases)('%s: the same outcome on both paths', async (name, make, igzipResult) => {
    const layer: FakeLayer = { tar, blob: make(), mediaType: MediaType.ociLayerGzip };
    const reference = await outcome('zlib', layer);
    const before = { igzip: igzipRuns(), zlib: zlibRuns() };
    const fast = await outcome('igzip', layer);
    expect(igzipRuns()).toBe(before.igzip + 1);
    expect(zlibRuns()).toBe(before.zlib + (igzipResult === 'stands' ? 0 : 1));
    expect(fast).toEqual(reference);
    if (igzipResult === 'stands')
      expect(reference).toMatchObject({ files: contentBytes(entries), tar: tar.length });
    if (name.startsWith('truncated'))
      expect(reference).toMatchObject({ error: /is not valid gzip: unexpected end of file/ });
  });
});
