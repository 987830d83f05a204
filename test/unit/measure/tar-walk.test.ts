/**
 * The lean tar header walker against tar-stream as the oracle (same headers for the same tars, cut
 * into any chunks), and against hostile headers: negative, fractional and non-numeric sizes, bad
 * checksums, truncation, oversized long names. Truth: what tar-stream and GNU tar wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { measureImage } from '../../../src/measure/index.js';
import {
  maxMetaBytes,
  TarFormatError,
  type TarHeader,
  TarHeaderWalker,
  walkTar,
} from '../../../src/measure/tar-walk.js';
import { tempDir } from '../source/temp.js';
import { type Entry, fakeImage, makeTar, tarLayer } from './fake-image.js';

/** What tar-stream reads from a tar, in our shape: the oracle. */
async function oracle(bytes: Buffer): Promise<TarHeader[]> {
  const extract = tar.extract({ allowUnknownFormat: true } as Parameters<typeof tar.extract>[0]);
  const headers: TarHeader[] = [];
  extract.on('entry', (header, data, next) => {
    const type =
      header.type === 'file' || header.type === 'contiguous-file'
        ? 'file'
        : header.type === 'link' || header.type === 'symlink' || header.type === 'directory'
          ? header.type
          : 'other';
    const entry: TarHeader = { name: header.name, type, size: header.size ?? 0 };
    if (header.linkname) entry.linkname = header.linkname;
    if (type === 'file') {
      entry.mode = (header.mode ?? 0) & 0o7777;
      entry.uid = header.uid ?? 0;
      entry.gid = header.gid ?? 0;
    }
    headers.push(entry);
    data.on('end', () => next());
    data.resume();
  });
  const done = new Promise<void>((resolve, reject) => extract.on('finish', resolve).on('error', reject));
  extract.end(bytes);
  await done;
  return headers;
}

/** What the walker read, without mode and owner: the hostile-header cases are about names and sizes. */
function namesAndSizes(headers: TarHeader[]): TarHeader[] {
  return headers.map(({ mode, uid, gid, ...rest }) => rest);
}

function walkChunks(bytes: Buffer, cuts: number[]): TarHeader[] {
  const headers: TarHeader[] = [];
  const walker = new TarHeaderWalker((header) => headers.push(header));
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    walker.write(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  walker.write(bytes.subarray(at));
  walker.end();
  return headers;
}

const entries: Entry[] = [
  { name: 'etc/', type: 'directory' },
  { name: 'etc/motd', type: 'file', content: 'welcome\n'.repeat(300) },
  { name: 'empty', type: 'file', content: '' },
  { name: 'bin/app', type: 'file', content: Buffer.alloc(70_001, 7) },
  { name: 'bin/sh', type: 'symlink', linkname: 'app' },
  { name: 'bin/hard', type: 'link', linkname: 'bin/app' },
  { name: 'dev/fifo', type: 'fifo' },
  { name: `deep/${'n'.repeat(150)}`, type: 'file', content: 'a long name: a ustar prefix' },
  { name: `${'p'.repeat(120)}/${'q'.repeat(120)}`, type: 'file', content: 'a pax path' },
  { name: 'bin/long-link', type: 'symlink', linkname: `${'t'.repeat(200)}` },
  { name: 'ünïcode/名前', type: 'file', content: 'utf-8' },
];

/** A GNU tar of a real directory: `L` and `K` long-name records, GNU magic. */
function gnuTar(): Buffer {
  {
    const root = join(tempDir(), 'root');
    const deep = join(root, 'd'.repeat(90), 'e'.repeat(90));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'f'.repeat(120)), 'gnu long name');
    symlinkSync('x'.repeat(150), join(root, 'link'));
    return execFileSync('tar', ['--format=gnu', '-C', root, '-cf', '-', '.'], { maxBuffer: 1 << 26 });
  }
}

describe('the header walker reads what tar-stream reads', async () => {
  const packed = await makeTar(entries);
  const gnu = gnuTar();

  it.each([
    ['tar-stream (ustar + pax)', packed],
    ['GNU tar (long-name records)', gnu],
  ])('%s, in one chunk', async (_name, bytes) => {
    const expected = await oracle(bytes);
    expect(expected.length).toBeGreaterThan(3);
    expect(walkChunks(bytes, [])).toEqual(expected);
  });

  it('the GNU tar has names over 100 bytes and a long link target', () => {
    const names = walkChunks(gnu, []);
    expect(names.some((h) => h.name.length > 200 && h.type === 'file')).toBe(true);
    expect(names.find((h) => h.type === 'symlink')?.linkname).toBe('x'.repeat(150));
  });

  it('in any chunks (fast-check, seeded)', async () => {
    const expected = await oracle(packed);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: packed.length }), { maxLength: 40 }), (cuts) => {
        expect(walkChunks(packed, cuts)).toEqual(expected);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('walkTar streams', async () => {
    const seen: string[] = [];
    await walkTar(Readable.from([packed.subarray(0, 700), packed.subarray(700)]), (h) => seen.push(h.name));
    expect(seen).toEqual((await oracle(packed)).map((h) => h.name));
  });
});

/**
 * One ustar header with a correct checksum; `size` may be a raw 12-byte field. `signed`: summed
 * as old tars did, bytes above 127 counting as negative.
 */
function header(name: string, size: number | Buffer, flag = '0', signed = false): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 'utf8');
  block.write('0000644\0', 100);
  if (typeof size === 'number') block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  else size.copy(block, 124);
  block.write(flag, 156);
  block.write('ustar\x0000', 257, 'latin1');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += signed && byte > 127 ? byte - 256 : byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function pad(data: Buffer): Buffer {
  return Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 1;
  while (`${length}${body}`.length !== length) length++;
  return `${length}${body}`;
}

function withPax(records: string, name = 'file', data = Buffer.alloc(0)): Buffer {
  const pax = Buffer.from(records);
  return Buffer.concat([
    header('PaxHeader', pax.length, 'x'),
    pad(pax),
    header(name, data.length),
    pad(data),
    Buffer.alloc(1024),
  ]);
}

const end = Buffer.alloc(1024);

describe('hostile headers: refused with a TarFormatError, never a hang or a RangeError', () => {
  it.each<[string, Buffer, RegExp]>([
    ['a pax size of -1536', withPax(paxRecord('size', '-1536')), /pax header gives the size "-1536"/],
    ['a pax size of abc', withPax(paxRecord('size', 'abc')), /"abc", which is not a whole number/],
    ['a pax size of 1479.5', withPax(paxRecord('size', '1479.5')), /"1479.5"/],
    ['a malformed pax record', withPax('99 size=1\n'), /malformed record/],
    [
      'a negative base-256 size',
      Buffer.concat([header('neg', Buffer.from([0xff, ...Array(11).fill(0xff)])), end]),
      /unreadable or negative size/,
    ],
    [
      'a size that is not octal',
      Buffer.concat([header('nan', Buffer.from('0000000009a\0')), end]),
      /unreadable or negative size/,
    ],
    [
      'a bad checksum',
      (() => {
        const bytes = Buffer.concat([header('ok', 0), header('bad', 0), end]);
        bytes[512 + 10] = 0x41;
        return bytes;
      })(),
      /header at byte 512 has a bad checksum/,
    ],
    ['not a tar at all', Buffer.alloc(1024, 0x41), /first 512 bytes are not a tar header/],
    [
      'cut inside an entry',
      Buffer.concat([header('cut', 4096), Buffer.alloc(1000)]),
      /ends in the middle of an entry/,
    ],
    ['cut inside a header', header('cut', 0).subarray(0, 300), /ends in the middle of an entry/],
    [
      'a long name over the cap',
      Buffer.concat([header('././@LongLink', maxMetaBytes + 1, 'L'), end]),
      /over the 1048576-byte limit/,
    ],
  ])('%s', (_name, bytes, message) => {
    expect(() => walkChunks(bytes, [])).toThrow(TarFormatError);
    expect(() => walkChunks(bytes, [])).toThrow(message);
  });

  it('a checksum summed with signed bytes (old tars) is accepted, as an unsigned one; a wrong one is not', () => {
    const name = 'caf\u00e9-\u00fcber';
    for (const signed of [false, true]) {
      const bytes = Buffer.concat([header(name, 0, '0', signed), end]);
      expect(namesAndSizes(walkChunks(bytes, []))).toEqual([{ name, type: 'file', size: 0 }]);
    }
    const wrong = header(name, 0, '0', true);
    wrong.write('000001\0 ', 148);
    expect(() => walkChunks(Buffer.concat([wrong, end]), [])).toThrow(/bad checksum/);
  });

  it('a base-256 size (GNU, for files of 8 GiB and more) is read', () => {
    const field = Buffer.alloc(12);
    field[0] = 0x80;
    field.writeUInt32BE(1024, 8);
    const bytes = Buffer.concat([header('big', field), Buffer.alloc(1024, 1), end]);
    expect(namesAndSizes(walkChunks(bytes, []))).toEqual([{ name: 'big', type: 'file', size: 1024 }]);
  });

  it('a pax size wins over the header size', () => {
    const data = Buffer.alloc(700, 1);
    expect(namesAndSizes(walkChunks(withPax(paxRecord('size', '700'), 'f', data), []))).toEqual([
      { name: 'f', type: 'file', size: 700 },
    ]);
  });

  it('after the end-of-archive marker, nothing more is read', () => {
    const bytes = Buffer.concat([header('a', 0), end, Buffer.alloc(512, 0x41)]);
    expect(namesAndSizes(walkChunks(bytes, []))).toEqual([{ name: 'a', type: 'file', size: 0 }]);
  });

  it('a global pax header changes no entry (as Go reads layers)', () => {
    const pax = Buffer.from(paxRecord('path', 'elsewhere'));
    const bytes = Buffer.concat([header('g', pax.length, 'g'), pad(pax), header('a', 0), end]);
    expect(namesAndSizes(walkChunks(bytes, []))).toEqual([{ name: 'a', type: 'file', size: 0 }]);
  });

  it.each([
    ['-1536', 'a pax size of -1536'],
    ['abc', 'a pax size of abc'],
  ])('in a layer, a pax size of %s is a TinySizeError naming the layer', async (size) => {
    const { view } = fakeImage([tarLayer(withPax(paxRecord('size', size)))]);
    const error = await measureImage(view).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).message).toMatch(/is not a valid tar: a pax header gives the size/);
    expect((error as TinySizeError).place.within).toMatch(/^layer 0 sha256:/);
  });
});
