/**
 * Closing an opened image releases its files, even while a blob is still being read (a failed
 * measurement may leave another layer's stream open): the stream is ended with an error, the
 * descriptor is closed only after the stream let go of it, and the source refuses reads after.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { openImage, type ReadableSource, withImage } from '../../../src/source/index.js';
import { failure } from '../../support/failure.js';
import { archiveOf, descriptor, Layout, legacyDockerArchive, writeFiles } from './build.js';
import { tempDir } from './temp.js';

const dir = tempDir();

function openFiles(): string[] {
  return readdirSync('/proc/self/fd')
    .flatMap((fd) => {
      try {
        return [readlinkSync(`/proc/self/fd/${fd}`)];
      } catch {
        return [];
      }
    })
    .sort();
}

/** One image with a 4 MiB layer (four reads of 1 MiB), in each form a path source takes. */
async function sources(): Promise<Record<string, ReadableSource>> {
  const layer = [{ name: 'big', content: randomBytes(4 << 20) }];
  const layout = new Layout();
  const image = await layout.image({ layers: [layer] });
  layout.manifests.push(descriptor(image.manifest));
  const ociTar = await archiveOf(layout.files());
  const docker = await archiveOf((await legacyDockerArchive([layer], ['close:1'])).files);
  writeFileSync(join(dir, 'oci.tar'), ociTar);
  writeFileSync(join(dir, 'oci.tar.gz'), gzipSync(ociTar));
  writeFileSync(join(dir, 'docker.tar'), docker);
  return {
    oci: { kind: 'oci', path: writeFiles(join(dir, 'layout'), layout.files()) },
    'oci-archive': { kind: 'oci-archive', path: join(dir, 'oci.tar') },
    'oci-archive (gzip)': { kind: 'oci-archive', path: join(dir, 'oci.tar.gz') },
    'docker-archive': { kind: 'docker-archive', path: join(dir, 'docker.tar') },
  };
}
const made = sources();

/** Reads the first chunk of a stream and leaves the rest unread, as a reader that stopped would. */
function firstChunk(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    stream.once('data', (chunk: Buffer) => {
      stream.pause();
      resolve(chunk);
    });
    stream.once('error', reject);
  });
}

describe.each(['oci', 'oci-archive', 'oci-archive (gzip)', 'docker-archive'])('%s', (kind) => {
  it('close() ends a blob stream still reading, then releases the files; reads are refused after', async () => {
    const before = openFiles();
    const source = (await made)[kind] as ReadableSource;
    const view = await openImage(source, { workDir: dir });
    const layer = view.platforms[0]?.layers[0]?.descriptor;
    if (!layer) throw new Error('no layer');
    const stream = await view.blobs.open(layer);
    const errors: unknown[] = [];
    stream.on('error', (error) => errors.push(error));
    expect((await firstChunk(stream)).length).toBeGreaterThan(0);
    expect(openFiles().length).toBeGreaterThan(before.length);

    await view.close();
    expect(stream.destroyed).toBe(true);
    expect(errors[0]).toBeInstanceOf(TinySizeError);
    expect(openFiles()).toEqual(before);
    expect((await failure(view.blobs.open(layer))).message).toMatch(/was closed/);
    await view.close(); // twice is fine
    expect(openFiles()).toEqual(before);
  });

  it('withImage closes the image whether the work succeeds or throws', async () => {
    const before = openFiles();
    const source = (await made)[kind] as ReadableSource;
    const layers = await withImage(
      source,
      { workDir: dir },
      async (view) => view.platforms[0]?.layers.length,
    );
    expect(layers).toBe(1);
    expect(openFiles()).toEqual(before);
    // The work opens a blob and fails before reading it: the stream is ended with an error, which
    // its reader hears (as it would hear a digest mismatch).
    const heard: unknown[] = [];
    const thrown = await withImage(source, { workDir: dir }, async (view) => {
      const stream = await view.blobs.open(view.platforms[0]?.layers[0]?.descriptor as never);
      stream.on('error', (error) => heard.push(error));
      throw new Error('the work failed');
    }).catch((error: Error) => error.message);
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toHaveLength(1);
    expect(thrown).toBe('the work failed');
    expect(openFiles()).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith('tsg-source-'))).toEqual([]);
  });
});
