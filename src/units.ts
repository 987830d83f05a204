/**
 * Sizes with units, both ways: parsing what a user writes in the budget file, and printing what
 * reports show. Units as Docker prints them (DESIGN.md, "Sizes: the contract"):
 *
 *   B = 1, kB = 1000, MB = 10^6, GB = 10^9 (SI, what `docker images` shows)
 *   KiB = 1024, MiB = 2^20, GiB = 2^30 (IEC)
 *
 * Case carries meaning: `KB`, `kb`, `Kb`, `K`, `mb`, ... are refused because people use them for
 * both 1000 and 1024, and a budget at this scale cannot be off by 2.4%. The error names kB and KiB.
 * Lowercase `b` is bits in network speak, so it is refused too.
 */
import { TinySizeError } from './errors.js';

export const sizeUnits = {
  B: 1n,
  kB: 1000n,
  MB: 1000n ** 2n,
  GB: 1000n ** 3n,
  KiB: 1024n,
  MiB: 1024n ** 2n,
  GiB: 1024n ** 3n,
} as const;
export type SizeUnit = keyof typeof sizeUnits;

/** What a size may look like, for messages and the JSON Schema. */
export const acceptedSizes =
  'whole bytes (62) or a number with a unit: 62B, 6kB, 1.5MB, 4KiB (kB, MB, GB: 1000^n B; KiB, MiB, GiB: 1024^n B)';

/** The pattern of a size string (the number may be fractional when the unit makes it whole bytes). */
export const sizePattern = '^[0-9]+(\\.[0-9]+)?\\s*(B|kB|MB|GB|KiB|MiB|GiB)?$';

const sizeSyntax = /^([+-]?)([0-9]+)(?:\.([0-9]+))?\s*([A-Za-z]*)$/;

/** Units people write that mean two things (or bits): what to write instead. */
function suggestUnit(unit: string): string | undefined {
  const lower = unit.toLowerCase();
  if (lower === 'b') return '`B` (bytes)';
  const prefix = lower.replace(/i?b$/, '');
  const si = { k: 'kB', m: 'MB', g: 'GB' }[prefix];
  const iec = { k: 'KiB', m: 'MiB', g: 'GiB' }[prefix];
  if (si && iec)
    return `\`${si}\` (${sizeUnits[si as SizeUnit]} B) or \`${iec}\` (${sizeUnits[iec as SizeUnit]} B)`;
  return undefined;
}

function sizeError(value: string | number, problem: string, fix = `write ${acceptedSizes}`): TinySizeError {
  return new TinySizeError(`invalid size ${JSON.stringify(value)}: ${problem}`, { fix });
}

/**
 * Bytes from `62`, `62B`, `6kB`, `6 kB`, `1.5MB`, `4KiB`, `2MiB`, `0B`. A bare number is bytes.
 * Throws a TinySizeError without a place (the caller knows the file and line) when the value is
 * negative, not a whole number of bytes, too large, or has a unit that is not listed above.
 */
export function parseSize(value: string | number): number {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw sizeError(value, 'not a number');
    if (value < 0) throw sizeError(value, 'a size cannot be negative');
    if (!Number.isInteger(value)) {
      throw sizeError(value, 'a bare number is bytes and must be whole; add a unit (1.5kB) for fractions');
    }
    if (!Number.isSafeInteger(value)) throw sizeError(value, 'too large');
    return value;
  }
  const match = sizeSyntax.exec(value.trim());
  if (!match) {
    // `1,000B` or `1_000B`: digit groups are not part of a size; say what to write.
    const ungrouped = value.trim().replace(/(?<=\d)[,_ ](?=\d{3}\b|\d{3}[,_ \D])/g, '');
    if (ungrouped !== value.trim() && sizeSyntax.test(ungrouped))
      throw sizeError(value, 'digits may not be grouped', `write ${JSON.stringify(ungrouped)}`);
    throw sizeError(value, 'not a size');
  }
  const [, sign = '', whole = '', fraction = '', unitText = ''] = match;
  if (sign === '-') throw sizeError(value, 'a size cannot be negative');
  const unit = unitText === '' ? 'B' : unitText;
  if (!Object.hasOwn(sizeUnits, unit)) {
    const suggestion = suggestUnit(unit);
    throw sizeError(
      value,
      suggestion ? `\`${unit}\` is ambiguous` : `unknown unit \`${unit}\``,
      suggestion ? `write ${suggestion}` : undefined,
    );
  }
  // Exact decimal arithmetic: 1.5kB is 1500 B, not 1499.9999.
  const scale = 10n ** BigInt(fraction.length);
  const numerator = (BigInt(whole) * scale + BigInt(fraction || '0')) * sizeUnits[unit as SizeUnit];
  if (numerator % scale !== 0n) {
    throw sizeError(value, `${value.trim()} is not a whole number of bytes`);
  }
  const bytes = numerator / scale;
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) throw sizeError(value, 'too large');
  return Number(bytes);
}

/**
 * Three significant digits without trailing zeros, moving up a unit when rounding reaches the base.
 * Halves round up on the exact decimal value (6345 B is 6.35 kB), where Go's %.3g, which Docker
 * uses, rounds the binary float and may print 6.34 kB: reports print the exact bytes beside it.
 */
function humanize(bytes: number, base: number, units: readonly string[]): string {
  if (!Number.isFinite(bytes)) return `${bytes} B`;
  const magnitude = Math.abs(bytes);
  let index = 0;
  while (magnitude >= base ** (index + 1) && index < units.length - 1) index++;
  if (index === 0) return `${bytes} ${units[0]}`;
  let divisor = base ** index;
  let decimals = Math.max(0, 3 - String(Math.floor(magnitude / divisor)).length);
  let rounded = Math.round((magnitude / divisor) * 10 ** decimals);
  if (base === 1000 && Number.isInteger(magnitude)) {
    // Exact for SI: divisor / 10^decimals is a whole power of ten.
    rounded = Math.round(magnitude / (divisor / 10 ** decimals));
  }
  // 999.6 kB rounds to 1000 kB: print 1 MB instead, as a person would.
  if (rounded / 10 ** decimals >= base && index < units.length - 1) {
    index++;
    divisor = base ** index;
    decimals = 2;
    rounded = Math.round((magnitude / divisor) * 100);
  }
  const text = String(rounded / 10 ** decimals);
  return `${bytes < 0 ? '-' : ''}${text} ${units[index]}`;
}

const siUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;
const iecUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** The human form Docker prints, SI with three significant digits: `62 B`, `6.34 kB`, `13.2 MB`. */
export function formatBytes(bytes: number): string {
  return humanize(bytes, 1000, siUnits);
}

/** The IEC form: `1 KiB`, `6.19 KiB`, `2 MiB`. */
export function formatBytesIEC(bytes: number): string {
  return humanize(bytes, 1024, iecUnits);
}

/** Digits grouped by thousands with commas, independent of the locale: `6,340`. */
export function groupDigits(value: number): string {
  const digits = String(Math.abs(Math.trunc(value)));
  return (value < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Exact bytes: `6,340 B`, `62 B`. */
export function formatExact(bytes: number): string {
  return `${groupDigits(bytes)} B`;
}

/** The minus sign of typeset text; a hyphen looks like a dash in tables. */
export const minusSign = '\u2212';

function signOf(delta: number): string {
  return delta > 0 ? '+' : delta < 0 ? minusSign : '\u00b1';
}

/** A delta in human form: `+12 B`, `−1.02 kB`, `±0 B`. */
export function formatSigned(delta: number): string {
  return `${signOf(delta)}${formatBytes(Math.abs(delta))}`;
}

/** A delta in exact bytes: `+12 B`, `−1,020 B`, `±0 B`. */
export function formatSignedExact(delta: number): string {
  return `${signOf(delta)}${formatExact(Math.abs(delta))}`;
}
