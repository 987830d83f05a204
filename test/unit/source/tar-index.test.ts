import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { indexTar, resolveTarEntry, type TarIndex } from '../../../src/source/tar-index.js';
import { makeTar } from './build.js';
import { tempDir } from './temp.js';

const dir = tempDir();
const fds: number[] = [];
afterAll(() => {
  for (const fd of fds) closeSync(fd);
});

function indexBytes(bytes: Buffer, name = 'a.tar'): { index: TarIndex; bytes: Buffer } {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const fd = openSync(path, 'r');
  fds.push(fd);
  return { index: indexTar(fd, path), bytes };
}

function indexError(bytes: Buffer): TinySizeError {
  try {
    indexBytes(bytes, 'bad.tar');
  } catch (error) {
    expect(error).toBeInstanceOf(TinySizeError);
    return error as TinySizeError;
  }
  throw new Error('expected indexTar to fail');
}

/** A GNU long-name header pair written by hand: ././@LongLink (type L) then the entry. */
function gnuLongName(name: string, content: string): Buffer {
  const header = (entryName: string, size: number, type: string) => {
    const h = Buffer.alloc(512);
    h.write(entryName.slice(0, 99), 0);
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write(type, 156);
    h.write('ustar  \0', 257);
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of h) sum += byte;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    return h;
  };
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
  const longName = Buffer.from(`${name}\0`);
  return Buffer.concat([
    header('././@LongLink', longName.length, 'L'),
    pad(longName),
    header(name.slice(0, 99), content.length, '0'),
    pad(Buffer.from(content)),
    Buffer.alloc(1024),
  ]);
}

describe('indexTar', () => {
  it('indexes every entry at the byte offset of its data', async () => {
    const prefixed = `${'d'.repeat(80)}/${'e'.repeat(60)}`; // > 100 chars: ustar prefix
    const paxed = 'p'.repeat(300); // no split possible: a pax header
    const items = [
      { name: './index.json', content: '{"a":1}' },
      { name: 'blobs/', type: 'directory' as const },
      { name: 'blobs/empty', content: '' },
      { name: prefixed, content: 'prefixed' },
      { name: paxed, content: 'pax' },
    ];
    const { index, bytes } = indexBytes(await makeTar(items));
    expect([...index.entries.keys()]).toEqual(['index.json', 'blobs', 'blobs/empty', prefixed, paxed]);
    for (const item of items.filter((i) => i.content !== undefined)) {
      const entry = index.entries.get(item.name.replace('./', '')) ?? { offset: -1, size: -1 };
      expect(bytes.subarray(entry.offset, entry.offset + entry.size).toString()).toBe(item.content);
    }
  });

  it('reads GNU long names', () => {
    const name = `gnu/${'n'.repeat(150)}`;
    const { index, bytes } = indexBytes(gnuLongName(name, 'long'));
    const entry = index.entries.get(name);
    expect(entry && bytes.subarray(entry.offset, entry.offset + entry.size).toString()).toBe('long');
  });

  it('follows symlinks and hard links to the file', async () => {
    const { index } = indexBytes(
      await makeTar([
        { name: 'blobs/sha256/abc', content: 'layer' },
        { name: 'id/layer.tar', type: 'symlink', linkname: '../blobs/sha256/abc' },
        { name: 'hard.tar', type: 'link', linkname: 'blobs/sha256/abc' },
        { name: 'loop', type: 'symlink', linkname: 'loop' },
      ]),
    );
    const target = index.entries.get('blobs/sha256/abc');
    expect(resolveTarEntry(index, 'id/layer.tar')).toBe(target);
    expect(resolveTarEntry(index, './hard.tar')).toBe(target);
    expect(resolveTarEntry(index, 'loop')).toBeUndefined();
    expect(resolveTarEntry(index, 'missing')).toBeUndefined();
  });

  it.each([
    ['an empty file', () => Buffer.alloc(0), /is not a tar archive: the file is empty/],
    ['JSON', () => Buffer.from('{"not":"a tar"}'.padEnd(600)), /is not a tar archive: its first 512 bytes/],
  ])('refuses %s', (_, bytes, message) => {
    const error = indexError(bytes());
    expect(error.message).toMatch(message);
    expect(error.place.file).toMatch(/bad\.tar$/);
    expect(error.fix).toContain('docker save');
  });

  it('names a truncated archive, wherever it was cut', async () => {
    const tar = await makeTar([
      { name: 'a', content: 'x'.repeat(2000) },
      { name: 'b', content: 'y' },
    ]);
    expect(indexError(tar.subarray(0, 1000)).message).toMatch(
      /is truncated: the entry at byte 0 declares 2000 bytes/,
    );
    expect(indexError(tar.subarray(0, 2560 + 100)).message).toMatch(
      /is truncated: the header at byte 2560 is incomplete/,
    );
    expect(indexError(tar.subarray(0, 3584)).message).toMatch(
      /is truncated: it ends without the end-of-archive marker/,
    );
  });

  it('names a damaged header inside the archive', async () => {
    const tar = await makeTar([
      { name: 'a', content: 'x' },
      { name: 'b', content: 'y' },
    ]);
    tar[1024] = 0x41; // the name of the second header
    expect(indexError(tar).message).toMatch(/the header at byte 1024 has a bad checksum/);
  });
});
