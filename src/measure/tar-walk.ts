/**
 * The one place that parses layer tars: a walk over the headers. Measuring needs only the
 * headers, so entry data is skipped by counting, never copied: the walk costs next to nothing
 * beside inflate and the sha256 of the tar. Reads ustar, v7, GNU long names (`L`, `K`), pax
 * `path`, `linkpath` and `size`, and GNU base-256 sizes; refuses negative, fractional or
 * non-numeric sizes and bad checksums. Global pax headers (`g`) change no entry, as in Go's
 * archive/tar (what Docker reads layers with).
 * https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html
 */
import { type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the walk reports of one entry; pax and GNU long-name records are already applied. */
export interface TarHeader {
  /** The entry name as stored (may start with `./`, may end with `/`). */
  name: string;
  /** Tar type: regular and contiguous files are `file`; devices and fifos are `other`. */
  type: 'file' | 'link' | 'symlink' | 'directory' | 'other';
  /** The header's `size` field (a pax `size` record wins). */
  size: number;
  /** Link target for hard links and symlinks. */
  linkname?: string;
  /** Regular files: permission bits (`0o755`), owner and group ids, when the header has them (for `diff`). */
  mode?: number;
  uid?: number;
  gid?: number;
}

export type OnTarEntry = (header: TarHeader) => void;

/** The bytes are not a well-formed tar (as opposed to an I/O or digest error). */
export class TarFormatError extends Error {
  override readonly name = 'TarFormatError';
}

const block = 512;
/** Long names and pax records are held whole: more than this is not a name but an attack. */
export const maxMetaBytes = 1 << 20;

function cString(buf: Buffer, start: number, length: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

/** An octal field, or GNU base-256 (high bit of the first byte set); undefined when unreadable. */
function numeric(buf: Buffer, start: number, length: number): number | undefined {
  const first = buf[start] as number;
  if (first & 0x80) {
    // 0xff starts a negative base-256 number: no size is negative.
    if (first === 0xff) return undefined;
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (buf[i] as number);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  let value = 0;
  let digits = 0;
  let at = start;
  const end = start + length;
  while (at < end && (buf[at] === 0x20 || buf[at] === 0)) at++;
  for (; at < end; at++) {
    const byte = buf[at] as number;
    if (byte === 0 || byte === 0x20) break;
    if (byte < 0x30 || byte > 0x37) return undefined;
    value = value * 8 + (byte - 0x30);
    digits++;
  }
  for (; at < end; at++) if (buf[at] !== 0 && buf[at] !== 0x20) return undefined;
  return digits || value === 0 ? value : undefined;
}

/** The header's bytes summed, with the checksum field (148-155) counted as 8 spaces. */
function headerSum(buf: Buffer, at: number): number {
  let sum = 8 * 0x20;
  for (let i = at; i < at + 148; i++) sum += buf[i] as number;
  for (let i = at + 156; i < at + block; i++) sum += buf[i] as number;
  return sum;
}

/** How many of the header's bytes (the checksum field aside) are above 127. */
function highBytes(buf: Buffer, at: number): number {
  let count = 0;
  for (let i = at; i < at + block; i++)
    if ((buf[i] as number) > 127 && (i < at + 148 || i >= at + 156)) count++;
  return count;
}

/**
 * The header at `at`: its checksum is the unsigned sum, as every tar writer since POSIX makes
 * it, or the signed one (bytes above 127 negative) of some old tars, counted only when the
 * unsigned sum does not match: this is the walk's most frequent check.
 */
function checksumMatches(buf: Buffer, at: number): boolean {
  const stored = numeric(buf, at + 148, 8);
  const unsigned = headerSum(buf, at);
  return stored === unsigned || stored === unsigned - 256 * highBytes(buf, at);
}

function isZeroBlock(buf: Buffer, at: number): boolean {
  for (let i = at; i < at + block; i++) if (buf[i] !== 0) return false;
  return true;
}

/** Pax extended header records: `<length> <key>=<value>\n`, each length counting itself. */
function parsePax(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break; // NUL padding after the last record
    const space = data.indexOf(0x20, at);
    const lengthText = space === -1 ? '' : data.toString('latin1', at, space);
    const length = /^[0-9]{1,9}$/.test(lengthText) ? Number(lengthText) : 0;
    if (length <= space - at + 1 || at + length > data.length || data[at + length - 1] !== 0x0a) {
      throw new TarFormatError(`a pax extended header has a malformed record at byte ${at}`);
    }
    const record = data.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}

function entryType(flag: number, name: string): TarHeader['type'] {
  switch (flag) {
    case 0: // v7 regular file
    case 0x30: // '0'
    case 0x37: // '7' contiguous file
      // Old tars mark a directory by a trailing slash on a regular-file entry.
      return name.endsWith('/') ? 'directory' : 'file';
    case 0x31:
      return 'link';
    case 0x32:
      return 'symlink';
    case 0x35:
      return 'directory';
    default:
      return 'other';
  }
}

const paxHeader = 0x78; // 'x'
const paxGlobal = 0x67; // 'g'
const gnuLongName = 0x4c; // 'L'
const gnuLongLink = 0x4b; // 'K'

/**
 * A push parser over the bytes of a tar: `write` as many chunks as come, then `end`. It keeps at
 * most one header and one long-name or pax record; entry data is skipped by counting.
 */
export class TarHeaderWalker {
  readonly #onEntry: OnTarEntry;
  readonly #header = Buffer.alloc(block);
  #headerFill = 0;
  /** Bytes of entry data (and padding) still to skip. */
  #skip = 0;
  /** Collecting a long name or pax record: its flag, bytes and the padding after it. */
  #meta: { flag: number; data: Buffer; fill: number; padding: number } | undefined;
  #pending: { name?: string; linkname?: string; size?: number } = {};
  #offset = 0;
  #zeroBlocks = 0;
  #done = false;

  constructor(onEntry: OnTarEntry) {
    this.#onEntry = onEntry;
  }

  /** Bytes walked so far. */
  get offset(): number {
    return this.#offset;
  }

  write(chunk: Buffer): void {
    let at = 0;
    const length = chunk.length;
    while (at < length && !this.#done) {
      if (this.#skip > 0) {
        const step = Math.min(this.#skip, length - at);
        this.#skip -= step;
        at += step;
        continue;
      }
      const meta = this.#meta;
      if (meta) {
        const step = Math.min(meta.data.length - meta.fill, length - at);
        chunk.copy(meta.data, meta.fill, at, at + step);
        meta.fill += step;
        at += step;
        if (meta.fill === meta.data.length) {
          this.#meta = undefined;
          this.#skip = meta.padding;
          this.#applyMeta(meta.flag, meta.data);
        }
        continue;
      }
      // Most headers arrive whole inside a chunk: parse them in place, without a copy or a view.
      if (this.#headerFill === 0 && length - at >= block) {
        this.#onHeader(chunk, at, this.#offset + at);
        at += block;
        continue;
      }
      const step = Math.min(block - this.#headerFill, length - at);
      chunk.copy(this.#header, this.#headerFill, at, at + step);
      this.#headerFill += step;
      at += step;
      if (this.#headerFill === block) {
        this.#headerFill = 0;
        this.#onHeader(this.#header, 0, this.#offset + at - block);
      }
    }
    this.#offset += length;
  }

  /** The input ended: throws when it ended inside a header or an entry's data. */
  end(): void {
    if (this.#done) return;
    if (this.#headerFill > 0 || this.#meta || this.#skip > 0) {
      throw new TarFormatError(`the tar ends in the middle of an entry (after ${this.#offset} bytes)`);
    }
  }

  /** The header in `buf` at `at`, which is byte `position` of the tar. */
  #onHeader(buf: Buffer, at: number, position: number): void {
    if (isZeroBlock(buf, at)) {
      // Two zero blocks end the archive; what follows (record padding) is not entries.
      if (++this.#zeroBlocks === 2) this.#done = true;
      return;
    }
    this.#zeroBlocks = 0;
    if (!checksumMatches(buf, at)) {
      throw new TarFormatError(
        position === 0
          ? 'its first 512 bytes are not a tar header (bad checksum)'
          : `the header at byte ${position} has a bad checksum`,
      );
    }
    const flag = buf[at + 156] as number;
    const headerSize = numeric(buf, at + 124, 12);
    if (headerSize === undefined) {
      throw new TarFormatError(`the header at byte ${position} has an unreadable or negative size`);
    }
    const padding = (block - (headerSize % block)) % block;
    if (flag === paxHeader || flag === paxGlobal || flag === gnuLongName || flag === gnuLongLink) {
      if (headerSize > maxMetaBytes) {
        throw new TarFormatError(
          `the header at byte ${position} declares a ${headerSize}-byte long name or pax record, over the ${maxMetaBytes}-byte limit`,
        );
      }
      if (headerSize === 0) this.#applyMeta(flag, Buffer.alloc(0));
      else this.#meta = { flag, data: Buffer.allocUnsafe(headerSize), fill: 0, padding };
      return;
    }
    const ustar = buf.toString('latin1', at + 257, at + 265) === 'ustar\x0000';
    const rawName = cString(buf, at, 100);
    const prefix = ustar && buf[at + 345] !== 0 ? cString(buf, at + 345, 155) : '';
    const pending = this.#pending;
    this.#pending = {};
    const name = pending.name ?? (prefix ? `${prefix}/${rawName}` : rawName);
    const size = pending.size ?? headerSize;
    const type = entryType(flag, name);
    const entry: TarHeader = { name, type, size };
    if (type === 'file') {
      const mode = numeric(buf, at + 100, 8);
      const uid = numeric(buf, at + 108, 8);
      const gid = numeric(buf, at + 116, 8);
      if (mode !== undefined) entry.mode = mode & 0o7777;
      if (uid !== undefined) entry.uid = uid;
      if (gid !== undefined) entry.gid = gid;
    }
    const linkname = pending.linkname ?? (buf[at + 157] === 0 ? '' : cString(buf, at + 157, 100));
    if (linkname) entry.linkname = linkname;
    this.#skip = size + ((block - (size % block)) % block);
    this.#onEntry(entry);
  }

  #applyMeta(flag: number, data: Buffer): void {
    if (flag === gnuLongName) this.#pending.name = cString(data, 0, data.length);
    else if (flag === gnuLongLink) this.#pending.linkname = cString(data, 0, data.length);
    else if (flag === paxHeader) {
      const records = parsePax(data);
      const path = records.get('path');
      const linkpath = records.get('linkpath');
      const size = records.get('size');
      if (path !== undefined) this.#pending.name = path;
      if (linkpath !== undefined) this.#pending.linkname = linkpath;
      if (size !== undefined) {
        const value = /^[0-9]{1,16}$/.test(size) ? Number(size) : Number.NaN;
        if (!Number.isSafeInteger(value)) {
          throw new TarFormatError(
            `a pax header gives the size "${size}", which is not a whole number of bytes`,
          );
        }
        this.#pending.size = value;
      }
    } else parsePax(data); // global records: checked, but they change no entry
  }
}

/** A writable that walks the tar written to it, calling onEntry for each header in order. */
export function createTarWalker(onEntry: OnTarEntry): Writable {
  const walker = new TarHeaderWalker(onEntry);
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      try {
        walker.write(chunk);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    final(callback) {
      try {
        walker.end();
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

/** Walks a whole tar stream; resolves after the last byte was read. */
export async function walkTar(source: Readable, onEntry: OnTarEntry): Promise<void> {
  await pipeline(source, createTarWalker(onEntry));
}
