/**
 * Writes a file so that a reader sees the old file or the whole new one, never a part: the bytes
 * go to a temporary file beside it, which is renamed over the target (atomic on one filesystem).
 * A failed write (a full disk) removes the temporary file and leaves the target as it was.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `data` may be chunks (a report written as it is serialised), each written as it comes. */
export async function writeFileAtomic(path: string, data: string | Buffer | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
