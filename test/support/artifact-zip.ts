/**
 * Zips made by archiver, the library @actions/artifact zips uploads with (a dependency of it), so a
 * test's artifact is the bytes GitHub would store; and hand-made variants the reader must refuse.
 */
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

interface Archiver {
  append(data: Buffer | string, options: { name: string }): void;
  pipe(stream: PassThrough): void;
  finalize(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
}
const archiver = createRequire(import.meta.url)('archiver') as (
  format: 'zip',
  options: { zlib?: { level: number }; store?: boolean },
) => Archiver;

/** A zip of `files` (name -> content), deflated as @actions/artifact does (or stored). */
export async function zipOf(files: Record<string, Buffer | string>, store = false): Promise<Buffer> {
  const archive = archiver('zip', store ? { store: true } : { zlib: { level: 6 } });
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    archive.on('error', reject);
  });
  archive.pipe(sink);
  for (const [name, content] of Object.entries(files)) archive.append(content, { name });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** The same zip with the first entry's general-purpose flags set (bit 0: encrypted), in both headers. */
export function withFlags(zip: Buffer, flags: number): Buffer {
  const copy = Buffer.from(zip);
  copy.writeUInt16LE(flags, 6); // the local header of the first entry
  const central = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  copy.writeUInt16LE(flags, central + 8);
  return copy;
}
