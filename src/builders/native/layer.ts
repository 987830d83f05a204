/**
 * One layer tar, written the same way every time: entries sorted by path, owner 0:0 (or --chown),
 * empty user and group names, one mtime (SOURCE_DATE_EPOCH), and gzip at a pinned level with a
 * header of our own (no name, no time, OS "unknown"), so the compressed bytes do not depend on the
 * platform's zlib header either.
 */
import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync, constants as zlib } from 'node:zlib';
import tar from 'tar-stream';
import { sha256Digest } from '../../oci/index.js';

export interface LayerEntry {
  /** Path in the image without the leading `/`. */
  name: string;
  type: 'file' | 'directory' | 'symlink';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Where a file's bytes are read from. */
  real?: string;
  linkname?: string;
}

export interface WrittenLayer {
  /** The uncompressed tar (what diff_id hashes). */
  tar: Buffer;
  gzip: Buffer;
  diffId: string;
  digest: string;
}

/** The gzip level: 9, the smallest output, which is what tiny images are about. */
export const gzipLevel = 9;

/** Byte order of UTF-8 paths, as Docker's sort of changes gives it. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** A tar made in memory with tar-stream: `fill` adds the entries in order, a file with its bytes. */
export async function tarInMemory(
  fill: (
    add: (header: Partial<tar.Header> & { name: string }, bytes?: Buffer) => Promise<void>,
  ) => Promise<void>,
): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const finished = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  await fill(
    (header, bytes) =>
      new Promise<void>((resolve, reject) => {
        const done = (error?: Error | null) => (error ? reject(error) : resolve());
        if (bytes) pack.entry(header, bytes, done);
        else pack.entry(header, done);
      }),
  );
  pack.finalize();
  await finished;
  return Buffer.concat(chunks);
}

export async function writeLayer(entries: LayerEntry[], mtimeSeconds: number): Promise<WrittenLayer> {
  const mtime = new Date(mtimeSeconds * 1000);
  const tarBytes = await tarInMemory(async (add) => {
    for (const entry of [...entries].sort((a, b) => compareNames(a.name, b.name))) {
      const header = {
        name: entry.type === 'directory' ? `${entry.name}/` : entry.name,
        type: entry.type,
        mode: entry.mode,
        uid: entry.uid,
        gid: entry.gid,
        uname: '',
        gname: '',
        mtime,
        size: entry.type === 'file' ? entry.size : 0,
        ...(entry.linkname !== undefined ? { linkname: entry.linkname } : {}),
      };
      if (entry.type !== 'file') {
        await add(header);
        continue;
      }
      const bytes = await readFile(entry.real as string);
      // A file that changed between the walk and now would make the header lie.
      if (bytes.length !== entry.size)
        throw new Error(`${entry.real} changed size while the layer was written`);
      await add(header, bytes);
    }
  });
  const gzip = gzipBytes(tarBytes);
  return { tar: tarBytes, gzip, diffId: sha256Digest(tarBytes), digest: sha256Digest(gzip) };
}

/** RFC 1952 framing around raw deflate: mtime 0, no name, XFL 2 (best), OS 255 (unknown). */
export function gzipBytes(data: Buffer): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
  const body = deflateRawSync(data, { level: gzipLevel, memLevel: 9, strategy: zlib.Z_DEFAULT_STRATEGY });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([header, body, trailer]);
}
