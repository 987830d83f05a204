/**
 * The files of an image source, by '/'-separated relative name, whether they sit in a directory
 * or inside a tar archive. Layouts and docker archives are read through this one interface.
 */
import { closeSync, createReadStream, open, read, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { TinySizeError } from '../errors.js';
import { readCapped } from '../oci/index.js';
import { normaliseTarName, resolveTarEntry, type TarIndex } from './tar-index.js';

export interface SourceFiles {
  /** The directory or archive as the user named it, for error places. */
  readonly file: string;
  /** The size of a regular file, or undefined when there is none by that name. */
  size(name: string): Promise<number | undefined>;
  /** Streams a file's bytes (the file must exist: check with size()). */
  open(name: string): Readable;
  /** Releases what the source holds open (an archive's descriptor); the source is unusable after. */
  close?(): void;
}

/** Names from documents (manifest.json) must stay inside the source. */
function safeName(files: { file: string }, name: string): string {
  const normal = normaliseTarName(name);
  if (name.startsWith('/') || normal.split('/').includes('..') || normal === '') {
    throw new TinySizeError(`refusing the path "${name}": it points outside the image source`, {
      file: files.file,
      fix: 'The archive or layout is malformed or hostile: produce it again with docker, skopeo or buildah.',
    });
  }
  return normal;
}

/** Blob reads of 1 MiB: the default 64 KiB costs a system call and a stream hop per 64 KiB. */
const readBytes = 1024 * 1024;

/** What a stat of a layout's file can meet besides a regular file, in words. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A stat failure inside a layout directory, in words: only a missing file is not an error. */
function statProblem(code: string | undefined): string | undefined {
  if (code === 'ENOTDIR') return 'a part of its path is a file, not a directory';
  if (code === 'ELOOP') return 'its symbolic links loop (too many symbolic links)';
  if (code === 'EACCES' || code === 'EPERM') return 'it is not readable (permission denied)';
  if (code === 'ENAMETOOLONG') return 'its path is too long';
  return undefined;
}

export function directoryFiles(dir: string, file = dir): SourceFiles {
  const malformed = (name: string, detail: string, cause?: unknown) =>
    new TinySizeError(`${name} in ${file} cannot be read: ${detail}`, {
      file,
      within: name,
      ...(cause === undefined ? {} : { cause }),
      fix: 'The OCI layout is damaged: write it again (skopeo copy ... oci:DIR, buildah push ... oci:DIR).',
    });
  return {
    file,
    async size(name) {
      let info: Stats;
      try {
        info = await stat(join(dir, safeName({ file }, name)));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return undefined;
        throw malformed(name, statProblem(code) ?? (error as Error).message, error);
      }
      // A FIFO or device would block or never end when read: only regular files are image files.
      if (!info.isFile()) throw malformed(name, `it is ${kindOf(info)}`);
      return info.size;
    },
    open(name) {
      return createReadStream(join(dir, safeName({ file }, name)), { highWaterMark: readBytes });
    },
  };
}

const keepOpen = { read, open, close: (_fd: number, callback: (error: null) => void) => callback(null) };

/** Files served from a tar by ranged reads on an open descriptor, never extracted. */
export function archiveFiles(fd: number, index: TarIndex): SourceFiles {
  const file = index.file;
  const entry = (name: string) => resolveTarEntry(index, safeName({ file }, name));
  return {
    file,
    async size(name) {
      return entry(name)?.size;
    },
    close() {
      closeSync(fd);
    },
    open(name) {
      const found = entry(name);
      if (!found) throw new TinySizeError(`${name} is not in the archive`, { file, within: name });
      if (found.size === 0) return Readable.from([]);
      return createReadStream('', {
        fd,
        start: found.offset,
        end: found.offset + found.size - 1,
        highWaterMark: readBytes,
        // The descriptor is shared by every blob of the archive: destroying one stream must not close it.
        fs: keepOpen,
      });
    },
  };
}

/** Reads a small file whole; undefined when it does not exist. */
export async function readSmallFile(
  files: SourceFiles,
  name: string,
  cap: number,
  what: string,
): Promise<Buffer | undefined> {
  const size = await files.size(name);
  if (size === undefined) return undefined;
  const place = { file: files.file, within: name };
  if (size > cap) {
    throw new TinySizeError(`${what} is ${size} bytes, over the ${cap}-byte limit for JSON documents`, {
      ...place,
      fix: 'This is not a plain image document; check that the source is an image produced by docker, buildah or skopeo.',
    });
  }
  return readCapped(files.open(name), cap, place, what);
}
