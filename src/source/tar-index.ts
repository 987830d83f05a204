/**
 * Indexes a tar archive by walking its headers once, seeking over the data, so blobs can be
 * served with ranged reads without extracting anything. Reads ustar, pax (path, linkpath, size)
 * and GNU long names. https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html
 */
import { fstatSync, readSync } from 'node:fs';
import { TinySizeError } from '../errors.js';

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  /** Normalised name: no leading `./` or `/`, no trailing `/`. */
  name: string;
  type: TarEntryType;
  /** Byte offset of the entry's data in the archive. */
  offset: number;
  size: number;
  /** Target of a symlink (relative to the entry's directory) or hard link (archive name). */
  linkname?: string;
}

export interface TarIndex {
  /** The archive as the user named it, for messages. */
  file: string;
  /** Last entry wins, as when extracting. */
  entries: Map<string, TarEntry>;
}

const block = 512;
/** Pax and GNU long-name records hold names: anything larger is not an image archive. */
const maxMetadataSize = 1024 * 1024;
/** An image archive holds a few files per layer; a million-entry tar is something else (or hostile). */
export const maxArchiveEntries = 100_000;

/** `./a//b/` → `a/b`; `..` components are kept (and never match a blob). */
export function normaliseTarName(name: string): string {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    parts.push(part);
  }
  return parts.join('/');
}

function cString(buf: Buffer, start: number, length: number): string {
  const slice = buf.subarray(start, start + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? slice.length : end).toString('utf8');
}

/**
 * Octal, or base-256 when the high bit of the first byte is set (GNU, for sizes ≥ 8 GiB).
 * Undefined for anything that is not a whole number from 0 to 2^53 - 1: a negative base-256
 * value (its second-highest bit set) or one too large to be exact is refused, never rounded.
 */
function numeric(buf: Buffer, start: number, length: number): number | undefined {
  const field = buf.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    if (((field[0] ?? 0) & 0x40) !== 0) return undefined;
    let value = (field[0] ?? 0) & 0x3f;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const text = cString(buf, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return undefined;
  const value = Number.parseInt(text, 8);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A pax `size` record: decimal digits only (no sign, point or exponent), exact as a number. */
function paxSize(text: string | undefined): number | undefined | 'invalid' {
  if (text === undefined) return undefined;
  if (!/^[0-9]{1,16}$/.test(text)) return 'invalid';
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : 'invalid';
}

function checksumMatches(header: Buffer): boolean {
  const stored = numeric(header, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < block; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

function parsePax(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number.parseInt(data.subarray(at, space).toString('utf8'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return records;
}

function entryType(flag: string): TarEntryType {
  if (flag === '0' || flag === '\0' || flag === '' || flag === '7') return 'file';
  if (flag === '5') return 'directory';
  if (flag === '2') return 'symlink';
  if (flag === '1') return 'hardlink';
  return 'other';
}

/** Walks every header of the tar open on `fd`. Throws a TinySizeError for a non-tar or truncated file. */
export function indexTar(fd: number, file: string): TarIndex {
  const total = fstatSync(fd).size;
  const entries = new Map<string, TarEntry>();
  const header = Buffer.alloc(block);
  const notTar = (detail: string) =>
    new TinySizeError(`${file} is not a tar archive: ${detail}`, {
      file,
      fix: 'Name an image archive written by docker save, skopeo copy or buildah push (oci-archive: or docker-archive:), or an OCI layout directory.',
    });
  const truncated = (detail: string) =>
    new TinySizeError(`${file} is truncated: ${detail} (the file has ${total} bytes)`, {
      file,
      fix: 'The archive was cut short (an interrupted download, copy or save): write it again.',
    });
  if (total === 0) throw notTar('the file is empty');
  if (total < block) throw notTar(`it holds ${total} bytes, fewer than one tar header`);

  let position = 0;
  let pending: { path?: string; linkpath?: string; size?: number } = {};
  let global: Record<string, string> = {};
  for (;;) {
    if (position + block > total) {
      throw truncated(
        position === total
          ? 'it ends without the end-of-archive marker'
          : `the header at byte ${position} is incomplete`,
      );
    }
    readSync(fd, header, 0, block, position);
    if (header.every((byte) => byte === 0)) break;
    if (!checksumMatches(header)) {
      throw position === 0
        ? notTar('its first 512 bytes are not a tar header')
        : notTar(`the header at byte ${position} has a bad checksum (damaged file?)`);
    }
    const flag = String.fromCharCode(header[156] ?? 0);
    const headerSize = numeric(header, 124, 12);
    if (headerSize === undefined) throw notTar(`the header at byte ${position} has an unreadable size`);
    const size = pending.size ?? headerSize;
    const offset = position + block;
    if (offset + size > total) {
      throw truncated(`the entry at byte ${position} declares ${size} bytes of data that are not all there`);
    }
    const metadata = flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K';
    if (metadata && size > maxMetadataSize) {
      throw notTar(
        `the ${flag} record at byte ${position} holds ${size} bytes, over the ${maxMetadataSize}-byte limit`,
      );
    }
    const readData = (): Buffer => {
      const data = Buffer.alloc(size);
      readSync(fd, data, 0, size, offset);
      return data;
    };
    if (flag === 'x') {
      const pax = parsePax(readData());
      const paxed = paxSize(pax.size);
      if (paxed === 'invalid') {
        throw notTar(
          `the pax header at byte ${position} declares the size ${JSON.stringify(pax.size?.slice(0, 40))}, not a whole number of bytes`,
        );
      }
      pending = { path: pax.path, linkpath: pax.linkpath, size: paxed };
    } else if (flag === 'g') {
      global = { ...global, ...parsePax(readData()) };
    } else if (flag === 'L') {
      pending = { ...pending, path: cString(readData(), 0, size) };
    } else if (flag === 'K') {
      pending = { ...pending, linkpath: cString(readData(), 0, size) };
    } else {
      const magic = header.subarray(257, 263).toString('latin1');
      const prefix = magic === 'ustar\0' ? cString(header, 345, 155) : '';
      const rawName = cString(header, 0, 100);
      const name = pending.path ?? global.path ?? (prefix ? `${prefix}/${rawName}` : rawName);
      const linkname = pending.linkpath ?? global.linkpath ?? cString(header, 157, 100);
      const type = entryType(flag);
      const entry: TarEntry = { name: normaliseTarName(name), type, offset, size };
      if (type === 'symlink' || type === 'hardlink') entry.linkname = linkname;
      entries.set(entry.name, entry);
      if (entries.size > maxArchiveEntries) {
        throw notTar(`it holds more than ${maxArchiveEntries} entries, more than any image archive`);
      }
      pending = {};
    }
    position = offset + Math.ceil(size / block) * block;
  }
  return { file, entries };
}

/**
 * The regular-file entry a name leads to, following symlinks (Docker 25 links `<id>/layer.tar`
 * to `blobs/sha256/<hex>`) and hard links; undefined when nothing is there.
 */
export function resolveTarEntry(index: TarIndex, name: string): TarEntry | undefined {
  let current = normaliseTarName(name);
  for (let hops = 0; hops < 16; hops++) {
    const entry = index.entries.get(current);
    if (!entry) return undefined;
    if (entry.type === 'file') return entry;
    if (entry.type === 'hardlink' && entry.linkname !== undefined) {
      current = normaliseTarName(entry.linkname);
    } else if (entry.type === 'symlink' && entry.linkname !== undefined) {
      current = resolveSymlink(current, entry.linkname);
    } else {
      return undefined;
    }
  }
  return undefined;
}

function resolveSymlink(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') base.pop();
    else base.push(part);
  }
  return base.join('/');
}
