import { describe, expect, it } from 'vitest';
import { readSingleEntry, ZipRefused } from '../../../src/artifact/index.js';
import { withFlags, zipOf } from '../../support/artifact-zip.js';

const limit = 1024 * 1024;

describe('readSingleEntry: one file of an untrusted zip', () => {
  it('reads a deflated and a stored report.json', async () => {
    for (const store of [false, true]) {
      const zip = await zipOf({ 'report.json': '{"a":1}' }, store);
      expect(readSingleEntry(zip, 'report.json', limit).toString()).toBe('{"a":1}');
    }
  });

  const refusals: [string, () => Promise<Buffer>, RegExp][] = [
    ['two entries', () => zipOf({ 'report.json': '{}', 'x.txt': 'x' }), /2 entries, not one/],
    ['another name', () => zipOf({ 'other.json': '{}' }), /named "other.json", not report.json/],
    [
      'a zip bomb (64 MiB of zeros in a small zip)',
      () => zipOf({ 'report.json': Buffer.alloc(64 * 1024 * 1024) }),
      /over the limit|inflates past the limit/,
    ],
    ['an encrypted entry', async () => withFlags(await zipOf({ 'report.json': '{}' }), 1), /encrypted/],
    ['not a zip', async () => Buffer.from('{"not":"a zip"}'.repeat(3)), /not a zip archive/],
    [
      'a truncated zip',
      async () => {
        const zip = await zipOf({ 'report.json': 'x'.repeat(1000) }, true);
        return Buffer.concat([zip.subarray(0, 40), zip.subarray(zip.length - 200)]);
      },
      /truncated|damaged|CRC|not the/,
    ],
    [
      'a flipped byte (CRC)',
      async () => {
        const zip = await zipOf({ 'report.json': 'abcdefgh' }, true);
        const at = zip.indexOf('abcdefgh');
        zip[at] = 0x41;
        return zip;
      },
      /CRC-32/,
    ],
  ];
  it.each(refusals)('refuses %s', async (_name, make, message) => {
    const zip = await make();
    expect(() => readSingleEntry(zip, 'report.json', limit)).toThrow(ZipRefused);
    expect(() => readSingleEntry(zip, 'report.json', limit)).toThrow(message);
  });

  it('refuses a declared size over the cap before inflating', async () => {
    const zip = await zipOf({ 'report.json': 'x'.repeat(2000) });
    expect(() => readSingleEntry(zip, 'report.json', 1000)).toThrow(/2000 B, over the limit of 1000 B/);
  });

  it('stops inflating a zip bomb that lies about its size at the cap', async () => {
    const zip = await zipOf({ 'report.json': Buffer.alloc(64 * 1024 * 1024) });
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, central + 24);
    expect(() => readSingleEntry(zip, 'report.json', limit)).toThrow(/inflates past the limit of 1048576 B/);
  });

  it('refuses zip64', async () => {
    const zip = await zipOf({ 'report.json': '{}' }, true);
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const copy = Buffer.from(zip);
    copy.writeUInt16LE(0xffff, eocd + 10);
    expect(() => readSingleEntry(copy, 'report.json', limit)).toThrow(/zip64/);
  });
});
