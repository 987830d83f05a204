/**
 * The files of an image source, by '/'-separated relative name, whether they sit in a directory
 * or inside a tar archive. Layouts and docker archives are read through this one interface.
 */
import { closeSync, createReadStream, open, read, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { TinySizeError } from '../errors.js';
import { type ImageView, readCapped } from '../oci/index.js';
import { normaliseTarName, resolveTarEntry, type TarIndex } from './tar-index.js';

export interface SourceFiles {
  /** The directory or archive as the user named it, for error places. */
  readonly file: string;
  /** The size of a regular file, or undefined when there is none by that name. */
  size(name: string): Promise<number | undefined>;
  /** Streams a file's bytes (the file must exist: check with size()). */
  open(name: string): Readable;
  /**
   * Releases what the source holds open: the streams it handed out that are still open (destroyed,
   * and waited for) and then an archive's descriptor (with a decompressed archive, its unlinked
   * temporary file's space). Idempotent; open() refuses after it.
   */
  close(): Promise<void>;
}

/**
 * The streams a source handed out and has not seen close. A measurement that failed may leave
 * some open (another layer was still being read): close() destroys them and waits until they let
 * go of the descriptor, so it is never closed under a read in flight (and never reused by one).
 */
function streamKeeper(file: string) {
  const streams = new Set<Readable>();
  let closed: Promise<void> | undefined;
  return {
    /** Refuses a read once the source is closed. */
    assertOpen(name: string): void {
      if (closed) {
        throw new TinySizeError(`${file} was closed: ${name} cannot be read any more`, {
          file,
          within: name,
        });
      }
    },
    track<T extends Readable>(stream: T): T {
      streams.add(stream);
      stream.once('close', () => streams.delete(stream));
      return stream;
    },
    close(release: () => void): Promise<void> {
      closed ??= Promise.all(
        [...streams].map(
          (stream) =>
            new Promise<void>((done) => {
              stream.once('close', () => done());
              // The reader of a failed measurement may have gone: its error needs no listener.
              stream.on('error', () => {});
              stream.destroy(new TinySizeError(`${file} was closed while a file was read`, { file }));
            }),
        ),
      ).then(release);
      return closed;
    },
  };
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
  const streams = streamKeeper(file);
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
      streams.assertOpen(name);
      return streams.track(
        createReadStream(join(dir, safeName({ file }, name)), { highWaterMark: readBytes }),
      );
    },
    // Each stream has its own descriptor; nothing else is held.
    close: () => streams.close(() => {}),
  };
}

const keepOpen = { read, open, close: (_fd: number, callback: (error: null) => void) => callback(null) };

/** Files served from a tar by ranged reads on an open descriptor, never extracted. */
export function archiveFiles(fd: number, index: TarIndex): SourceFiles {
  const file = index.file;
  const entry = (name: string) => resolveTarEntry(index, safeName({ file }, name));
  const streams = streamKeeper(file);
  return {
    file,
    async size(name) {
      return entry(name)?.size;
    },
    close: () => streams.close(() => closeSync(fd)),
    open(name) {
      streams.assertOpen(name);
      const found = entry(name);
      if (!found) throw new TinySizeError(`${name} is not in the archive`, { file, within: name });
      if (found.size === 0) return Readable.from([]);
      const stream = createReadStream('', {
        fd,
        start: found.offset,
        end: found.offset + found.size - 1,
        highWaterMark: readBytes,
        // The descriptor is shared by every blob of the archive: destroying one stream must not close it.
        fs: keepOpen,
      });
      return streams.track(stream);
    },
  };
}

/**
 * Reads an image from opened files: the view's close() releases them, and a source refused while
 * reading is closed at once (its descriptor, and a temporary file's space).
 */
export async function holdingFiles(
  files: SourceFiles,
  read: (files: SourceFiles) => Promise<ImageView>,
): Promise<ImageView> {
  try {
    return { ...(await read(files)), close: () => files.close() };
  } catch (error) {
    await files.close();
    throw error;
  }
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
