import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../src/errors.js';
import {
  formatBytes,
  formatBytesIEC,
  formatExact,
  formatSigned,
  formatSignedExact,
  parseSize,
  sizePattern,
} from '../../src/units.js';

// Expected bytes are written as arithmetic on the unit definitions (DESIGN.md), not copied from output.
const KB = 1000;
const MB = 1000 ** 2;
const KiB = 1024;
const MiB = 1024 ** 2;

const validSizes: [string | number, number][] = [
  ['62', 62],
  ['62B', 62],
  ['62 B', 62],
  ['0B', 0],
  ['0', 0],
  [62, 62],
  [0, 0],
  ['6kB', 6 * KB],
  ['6 kB', 6 * KB],
  ['6.34 kB', 6340],
  ['6.34kB', 634 * 10],
  ['1.5kB', 1500],
  ['1.5MB', 1.5 * MB],
  ['13.2MB', 132 * 100 * KB],
  ['1GB', KB * MB],
  ['4KiB', 4 * KiB],
  ['0.5KiB', 512],
  ['2MiB', 2 * MiB],
  ['1GiB', KiB * MiB],
  ['1.0B', 1],
  ['  7 B ', 7],
  ['0.001kB', 1],
];

const invalidSizes: [string | number, RegExp, RegExp?][] = [
  ['-5kB', /cannot be negative/],
  [-1, /cannot be negative/],
  [1.5, /bare number is bytes and must be whole/],
  ['1.5B', /not a whole number of bytes/],
  ['1.0001kB', /not a whole number of bytes/],
  ['0.0001kB', /not a whole number of bytes/],
  [Number.NaN, /not a number/],
  ['5 furlongs', /unknown unit `furlongs`/],
  ['5KB', /`KB` is ambiguous/, /`kB` \(1000 B\) or `KiB` \(1024 B\)/],
  ['5kb', /`kb` is ambiguous/, /`kB` \(1000 B\) or `KiB` \(1024 B\)/],
  ['5K', /`K` is ambiguous/, /`kB`.*`KiB`/],
  ['5kiB', /`kiB` is ambiguous/, /`KiB`/],
  ['5mb', /`mb` is ambiguous/, /`MB` \(1000000 B\) or `MiB` \(1048576 B\)/],
  ['5Gb', /`Gb` is ambiguous/, /`GB`.*`GiB`/],
  ['5b', /unknown unit|ambiguous/, /`B` \(bytes\)/],
  ['', /not a size/],
  ['kB', /not a size/],
  ['1e3', /not a size/],
  ['1,000', /digits may not be grouped/, /write "1000"/],
  ['1,000B', /digits may not be grouped/, /write "1000B"/],
  ['1,234,567 B', /digits may not be grouped/, /write "1234567 B"/],
  ['99999999999999999999', /too large/],
];

describe('parseSize', () => {
  it.each(validSizes)('%j is %d bytes', (input, bytes) => {
    expect(parseSize(input)).toBe(bytes);
    expect(Number.isInteger(parseSize(input))).toBe(true);
  });

  it.each(invalidSizes)('%j is refused', (input, message, fix) => {
    let error: unknown;
    try {
      parseSize(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TinySizeError);
    const sizeError = error as TinySizeError;
    expect(sizeError.message).toMatch(message);
    // Every refusal says what is accepted.
    expect(sizeError.fix).toMatch(fix ?? /kB.*KiB/);
  });

  it('tells kB from KiB', () => {
    expect(parseSize('1KiB') - parseSize('1kB')).toBe(24);
  });
});

describe('sizePattern (the JSON Schema rule) agrees with parseSize on strings', () => {
  const pattern = new RegExp(sizePattern);
  it.each(
    validSizes.filter(([input]) => typeof input === 'string').map(([input]) => String(input).trim()),
  )('accepts %j', (input) => expect(pattern.test(input)).toBe(true));
  it.each(['5KB', '5kb', '5 furlongs', '-5kB', '5K', ''])('rejects %j', (input) => {
    expect(pattern.test(input)).toBe(false);
  });
});

describe('formatBytes (SI, three significant digits, as Docker prints)', () => {
  it.each([
    [0, '0 B'],
    [62, '62 B'],
    [999, '999 B'],
    [1000, '1 kB'],
    [1500, '1.5 kB'],
    [6340, '6.34 kB'],
    [6345, '6.35 kB'],
    [123_456, '123 kB'],
    [999_499, '999 kB'],
    [999_500, '1 MB'],
    [13_200_000, '13.2 MB'],
    [1_234_567_890, '1.23 GB'],
  ])('%d B -> %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it.each([62, 1500, 6340, 13_200_000, 4 * MB, 999 * KB])('parseSize reads back %d exactly', (bytes) => {
    expect(parseSize(formatBytes(bytes).replace(' ', ''))).toBe(bytes);
  });
});

describe('formatBytesIEC', () => {
  it.each([
    [1023, '1023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [6340, '6.19 KiB'],
    [MiB, '1 MiB'],
    [2 * MiB + 512 * KiB, '2.5 MiB'],
  ])('%d B -> %s', (bytes, text) => expect(formatBytesIEC(bytes)).toBe(text));
});

describe('formatExact and signed deltas', () => {
  it.each([
    [0, '0 B'],
    [62, '62 B'],
    [6340, '6,340 B'],
    [1_234_567, '1,234,567 B'],
  ])('formatExact(%d) = %s', (bytes, text) => expect(formatExact(bytes)).toBe(text));

  it.each([
    [12, '+12 B'],
    [-1020, '\u22121.02 kB'],
    [0, '\u00b10 B'],
    [6340, '+6.34 kB'],
  ])('formatSigned(%d) = %s', (delta, text) => expect(formatSigned(delta)).toBe(text));

  it.each([
    [12, '+12 B'],
    [-1020, '\u22121,020 B'],
    [0, '\u00b10 B'],
  ])('formatSignedExact(%d) = %s', (delta, text) => expect(formatSignedExact(delta)).toBe(text));
});
