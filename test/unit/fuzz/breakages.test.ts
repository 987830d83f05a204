/**
 * The breakages the fuzzing of issue 12 found, each reproduced as it was found and now refused with
 * a clear TinySizeError (or measured) in bounded time. Numbers are the issue's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openImage, parseSourceRef } from '../../../src/source/index.js';
import { failure } from '../../support/failure.js';
import { fileEntry, paxHeader, tarOf } from '../../support/fuzz-tar.js';
import { tempDir } from '../source/temp.js';

const dir = tempDir();
let count = 0;
function write(bytes: Buffer | string, name = `input-${++count}`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const manifestJson = fileEntry('manifest.json', '[]');

describe('1, 2: pax sizes in an archive’s own tar', () => {
  it.each([
    '-1536',
    'abc',
    '1479.5',
    '1e3',
    ' 12',
    '99999999999999999999',
  ])('refuses a pax size of %j in every archive kind, without hanging', async (size) => {
    const tar = tarOf(paxHeader({ size }), fileEntry('oci-layout', '{}'), manifestJson);
    for (const kind of ['docker-archive', 'oci-archive'] as const) {
      const error = await failure(openImage({ kind, path: write(tar) }));
      expect(error.message).toMatch(/is not a tar archive: the pax header at byte 0 declares the size/);
      expect(error.fix).toBeTruthy();
    }
  });

  it('still reads a valid pax size', async () => {
    const tar = tarOf(paxHeader({ size: '2' }), fileEntry('manifest.json', '[]'));
    const error = await failure(openImage({ kind: 'docker-archive', path: write(tar) }));
    // It got past the tar: manifest.json (an empty list) is read and refused as such.
    expect(error.message).not.toMatch(/not a tar archive/);
  });
});

describe('3: OCI layout directories whose parts are the wrong kind of file', () => {
  const layout = (name: string) => {
    const root = join(dir, name);
    mkdirSync(root);
    writeFileSync(join(root, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    return root;
  };
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${'a'.repeat(64)}`,
        size: 10,
      },
    ],
  };

  it('refuses `blobs` that is a file (ENOTDIR)', async () => {
    const root = layout('blobs-file');
    writeFileSync(join(root, 'index.json'), JSON.stringify(index));
    writeFileSync(join(root, 'blobs'), 'not a directory');
    const error = await failure(openImage({ kind: 'oci', path: root }));
    expect(error.message).toMatch(/blobs\/sha256\/a+ .*not a directory|is not a directory/);
    expect(error.fix).toBeTruthy();
  });

  it('refuses an index.json that is a symlink to itself (ELOOP)', async () => {
    const root = layout('index-loop');
    symlinkSync('index.json', join(root, 'index.json'));
    const error = await failure(openImage({ kind: 'oci', path: root }));
    expect(error.message).toMatch(/index\.json.*symbolic links? loop|too many symbolic links/);
    expect(error.fix).toBeTruthy();
  });
});

describe('10: a FIFO named as an archive', () => {
  const fifo = join(dir, 'pipe.tar');
  execFileSync('mkfifo', [fifo]);

  it.each(['docker-archive', 'oci-archive'] as const)('refuses it as %s without opening it', async (kind) => {
    const error = await failure(openImage({ kind, path: fifo }));
    expect(error.message).toBe(`${fifo} is a named pipe (FIFO), not an archive file`);
    expect(error.fix).toMatch(/regular file/);
  });

  it('refuses it when the kind is guessed from the path', () => {
    expect(() => parseSourceRef(fifo)).toThrow(/named pipe \(FIFO\), not an archive file/);
  });

  it('refuses it as oci: (a directory is needed)', async () => {
    const error = await failure(openImage({ kind: 'oci', path: fifo }));
    expect(error.message).toMatch(/not an OCI layout directory/);
  });

  it('refuses a FIFO inside a layout directory instead of blocking on it', async () => {
    const root = join(dir, 'fifo-layout');
    mkdirSync(root);
    execFileSync('mkfifo', [join(root, 'oci-layout')]);
    const error = await failure(openImage({ kind: 'oci', path: root }));
    expect(error.message).toMatch(/oci-layout in .* cannot be read: it is a named pipe \(FIFO\)/);
  });
});
