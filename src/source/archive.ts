/**
 * Opens an image archive (a tar, possibly gzip-compressed) for ranged reads. A compressed
 * archive is inflated once into a temporary file; temporary files are unlinked as soon as they
 * are open, so nothing is left behind whatever happens to the process.
 */
import { closeSync, createReadStream, createWriteStream, openSync, readSync, type Stats } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { TinySizeError } from '../errors.js';
import { sniffCompression } from '../oci/index.js';
import { archiveFiles, type SourceFiles } from './files.js';
import { indexTar } from './tar-index.js';

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(length);
    const read = readSync(fd, head, 0, length, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Checks that `path` is a readable regular file, or throws naming it and the fix. */
export async function assertArchiveFile(path: string, display: string): Promise<void> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new TinySizeError(`${display} does not exist`, {
      file: path,
      cause: error,
      fix: 'Check the path; write the archive with docker save -o FILE, or skopeo copy ... oci-archive:FILE.',
    });
  }
  assertArchiveFileSync(info, path, display);
}

/** Refuses a directory, FIFO, socket or device named as an archive, from its stat. */
export function assertArchiveFileSync(info: Stats, path: string, display = path): void {
  if (info.isDirectory()) {
    throw new TinySizeError(`${display} is a directory, not an archive`, {
      file: path,
      fix: `For an OCI layout directory write oci:${path}.`,
    });
  }
  // Opening a FIFO blocks until a writer comes, and a device never ends: only regular files.
  if (!info.isFile()) {
    const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'a device';
    throw new TinySizeError(`${display} is ${kind}, not an archive file`, {
      file: path,
      fix: 'Write the archive to a regular file first (docker save -o FILE, skopeo copy ... oci-archive:FILE) and name that file.',
    });
  }
}

/** A temporary file opened for reading and already unlinked: it lives as long as the descriptor. */
export async function withUnlinkedTemp(
  workDir: string | undefined,
  write: (path: string) => Promise<void>,
): Promise<number> {
  const dir = await mkdtemp(join(workDir ?? tmpdir(), 'tsg-source-'));
  try {
    const path = join(dir, 'image.tar');
    await write(path);
    return openSync(path, 'r');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Opens a tar archive (plain or gzip) and indexes it. `display` is how errors name it.
 * A file that is not a tar, or that is truncated, fails here with a TinySizeError.
 */
export async function openArchive(path: string, display: string, workDir?: string): Promise<SourceFiles> {
  await assertArchiveFile(path, display);
  const compression = sniffCompression(readHead(path, 4));
  if (compression === 'zstd') {
    throw new TinySizeError(`${display} is zstd-compressed`, {
      file: path,
      fix: `Decompress it first (zstd -d ${path}) and name the .tar.`,
    });
  }
  let fd: number;
  if (compression === 'gzip') {
    try {
      fd = await withUnlinkedTemp(workDir, (temp) =>
        pipeline(createReadStream(path), createGunzip(), createWriteStream(temp)),
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT') {
        throw new TinySizeError(
          `no room to decompress ${display}: the disk of ${workDir ?? tmpdir()} is full (nothing was kept)`,
          {
            file: path,
            cause: error,
            fix: 'Free space there, point TMPDIR (RUNNER_TEMP on Actions) at a larger disk, or decompress the archive yourself (gunzip) and name the .tar.',
          },
        );
      }
      throw new TinySizeError(
        `${display} is gzip-compressed and does not decompress: ${(error as Error).message}`,
        {
          file: path,
          cause: error,
          fix: 'The file is damaged or truncated: write it again.',
        },
      );
    }
  } else {
    fd = openSync(path, 'r');
  }
  return openArchiveFd(fd, path);
}

/** Opens an already-open tar descriptor (the docker source's saved temp file); closes it when refused. */
export function openArchiveFd(fd: number, display: string): SourceFiles {
  try {
    return archiveFiles(fd, indexTar(fd, display));
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
