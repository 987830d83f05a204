/**
 * The one place that parses tar: a walk over the headers of a layer tar. Measuring needs only the
 * headers, so entry data is drained unread. Kept behind this small interface so a leaner header
 * walker (seeking from header to header in an uncompressed layer) can replace tar-stream's.
 */
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';

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
  /** Permission bits (`0o755`), owner and group ids, when the header has them (for `diff`). */
  mode?: number;
  uid?: number;
  gid?: number;
}

export type OnTarEntry = (header: TarHeader) => void;

function headerType(type: tar.Header['type'] | null, name: string): TarHeader['type'] {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      // tar-stream keeps type `file` for old tars that mark a directory by a trailing slash.
      return name.endsWith('/') ? 'directory' : 'file';
    case 'link':
      return 'link';
    case 'symlink':
      return 'symlink';
    case 'directory':
      return 'directory';
    default:
      return 'other';
  }
}

/** A writable that walks the tar written to it, calling onEntry for each header in order. */
export function createTarWalker(onEntry: OnTarEntry): Writable {
  // v7 tars (no ustar magic) are still tars; the header checksum is verified either way.
  const extract = tar.extract({ allowUnknownFormat: true } as Parameters<typeof tar.extract>[0]);
  extract.on('entry', (header, data, next) => {
    try {
      const entry: TarHeader = {
        name: header.name,
        type: headerType(header.type, header.name),
        size: header.size ?? 0,
      };
      if (header.linkname) entry.linkname = header.linkname;
      if (header.mode !== undefined) entry.mode = header.mode & 0o7777;
      if (header.uid !== undefined) entry.uid = header.uid;
      if (header.gid !== undefined) entry.gid = header.gid;
      onEntry(entry);
    } catch (error) {
      next(error as Error);
      return;
    }
    data.on('end', () => next());
    // A stream cut mid-entry errors here as well as on the extractor, which already rejects the walk.
    data.on('error', () => {});
    data.resume();
  });
  // tar-stream's streams are streamx streams, which node:stream's pipeline drives like its own.
  return extract as unknown as Writable;
}

/** Walks a whole tar stream; resolves after the last byte was read. */
export async function walkTar(source: Readable, onEntry: OnTarEntry): Promise<void> {
  await pipeline(source, createTarWalker(onEntry));
}
