/**
 * Fuzzing the archive readers with mutants of real archives: one tiny FROM scratch image built once
 * per run by the Docker engine (docker save), copied by skopeo (oci-archive, OCI layout directory)
 * and built by buildah (oci-archive). Every accepted mutant must measure exactly as the original;
 * every other one must be refused with a TinySizeError and a fix. `npm run fuzz` runs thousands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzRuns } from '../support/fuzz.js';
import { fuzzArchive, fuzzLayout } from '../support/fuzz-archive.js';
import { buildah, skopeo, writeScratchContext } from '../support/registry-images.js';
import { docker, dockerEngine, removeScratchDirs, requireTool, scratchDir } from './real.js';

const work = scratchDir('tsg-corrupt-fuzz-');
const tag = `tiny-size-gate/fuzz-${process.pid}:1`;
const archives: Record<string, Buffer> = {};
let layout = '';
const runs = fuzzRuns(100);

beforeAll(() => {
  requireTool('skopeo');
  requireTool('buildah');
  const engine = dockerEngine();
  const context = join(work, 'context');
  writeScratchContext(context, [
    { hello: 'ELF\u0000 tiny', 'etc/motd': 'hi\n' },
    { 'index.html': '<p>fuzz</p>\n' },
  ]);
  docker(['build', '--quiet', '--tag', tag, context]);
  const saved = join(work, 'docker.tar');
  docker(['save', '--output', saved, tag]);
  docker(['rmi', tag]);
  archives.docker = readFileSync(saved);
  skopeo(['copy', '-q', `docker-archive:${saved}`, `oci-archive:${join(work, 'skopeo.tar')}`], engine);
  archives.skopeo = readFileSync(join(work, 'skopeo.tar'));
  layout = join(work, 'layout');
  skopeo(['copy', '-q', `docker-archive:${saved}`, `oci:${layout}:latest`]);
  buildah(['bud', '--quiet', '--tag', tag, context]);
  buildah(['push', '--quiet', tag, `oci-archive:${join(work, 'buildah.tar')}`]);
  buildah(['rmi', tag]);
  archives.buildah = readFileSync(join(work, 'buildah.tar'));
}, 300_000);

afterAll(removeScratchDirs);

describe('mutants of real archives', () => {
  it.each([
    ['docker save', 'docker', 'docker-archive'],
    ['skopeo copy', 'skopeo', 'oci-archive'],
    ['buildah push', 'buildah', 'oci-archive'],
  ] as const)(
    '%s archives: the original figures or a clear error',
    async (what, key, kind) => {
      const tally = await fuzzArchive({
        what: `${what} ${kind} mutants`,
        kind,
        original: archives[key] as Buffer,
        dir: work,
        runs,
      });
      expect(tally.inputs).toBe(runs);
      expect(tally.refused).toBeGreaterThan(0);
    },
    600_000,
  );

  it('skopeo OCI layout directories: the original figures or a clear error', async () => {
    const tally = await fuzzLayout({
      what: 'skopeo OCI layout mutants',
      layout,
      dir: work,
      runs,
      read: (path) => readFileSync(path),
    });
    expect(tally.refused).toBeGreaterThan(0);
  }, 600_000);
});
