/**
 * Fuzzing the tar index and the archive readers with mutants of archives made here (tar-stream,
 * the same layouts docker save and skopeo write); test/itg/corrupt-fuzz.test.itg.ts does the same
 * with archives of the real engine, skopeo and buildah. An accepted mutant must measure exactly as
 * the original; anything else must be a TinySizeError with a fix.
 */
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { indexTar } from '../../../src/source/tar-index.js';
import { fuzzOptions, Outcomes } from '../../support/fuzz.js';
import { applyEdit, byteEdits, fuzzArchive, fuzzLayout } from '../../support/fuzz-archive.js';
import { archiveOf, descriptor, Layout, legacyDockerArchive, writeFiles } from '../source/build.js';
import { tempDir } from '../source/temp.js';

// Hundreds of inputs per property here, thousands under `npm run fuzz`: more than the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

const dir = tempDir();
const layers = [
  [
    { name: 'hello', content: 'ELF\u0000\u0001' },
    { name: 'etc/', type: 'directory' as const },
    { name: `deep/${'n'.repeat(120)}/file`, content: 'long name' },
  ],
  [
    { name: 'index.html', content: '<p>x</p>' },
    { name: '.wh.hello', content: '' },
    { name: 'link', type: 'symlink' as const, linkname: 'index.html' },
  ],
];

async function ociLayout(): Promise<Layout> {
  const layout = new Layout();
  const image = await layout.image({ layers, gzip: true });
  layout.manifests.push(descriptor(image.manifest));
  return layout;
}

describe('the tar index of an archive', () => {
  it('mutants: an index whose entries lie inside the file, or a clear error', async () => {
    const original = await archiveOf(
      { 'manifest.json': '[]', [`blobs/sha256/${'a'.repeat(64)}`]: 'x'.repeat(700) },
      [{ name: 'p'.repeat(300), content: 'pax name' }],
    );
    const tally = new Outcomes('archive tar index mutants');
    let count = 0;
    await fc.assert(
      fc.asyncProperty(byteEdits, async (edits) => {
        const bytes = edits.reduce((b, e) => applyEdit(b, e), original);
        const path = join(dir, `index-${++count}.tar`);
        writeFileSync(path, bytes);
        const fd = openSync(path, 'r');
        try {
          const index = await tally.run(() => indexTar(fd, path), 2000);
          if (index instanceof Error) return;
          for (const entry of index.entries.values()) {
            expect(entry.offset + entry.size).toBeLessThanOrEqual(bytes.length);
            expect(entry.size).toBeGreaterThanOrEqual(0);
          }
        } finally {
          closeSync(fd);
        }
      }),
      fuzzOptions(400),
    );
    tally.record();
  });
});

describe('archive readers, mutants of archives made here', () => {
  it('docker-archive (legacy docker save layout)', async () => {
    const built = await legacyDockerArchive(layers);
    const tally = await fuzzArchive({
      what: 'docker-archive mutants (made here)',
      kind: 'docker-archive',
      original: await archiveOf(built.files),
      dir,
      runs: 150,
    });
    expect(tally.refused).toBeGreaterThan(0);
  }, 120_000);

  it('oci-archive', async () => {
    const layout = await ociLayout();
    const tally = await fuzzArchive({
      what: 'oci-archive mutants (made here)',
      kind: 'oci-archive',
      original: await archiveOf(layout.files()),
      dir,
      runs: 150,
    });
    expect(tally.refused).toBeGreaterThan(0);
  }, 120_000);

  it('OCI layout directory', async () => {
    const layout = await ociLayout();
    const root = writeFiles(join(dir, 'layout'), layout.files());
    const tally = await fuzzLayout({
      what: 'OCI layout directory mutants (made here)',
      layout: root,
      dir,
      runs: 150,
      read: (path) => readFileSync(path),
    });
    expect(tally.refused).toBeGreaterThan(0);
  }, 120_000);
});
