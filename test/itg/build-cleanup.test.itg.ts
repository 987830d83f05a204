/**
 * A build leaves nothing behind and a failed one says why: after a `check` with a passing and a
 * failing image, built by the Docker engine's classic builder and by buildah, no container, image
 * or tag of the build is left, nor a tiny-size-gate-* temporary directory; the failure names its
 * Dockerfile line and the last lines it printed; the image that could be measured still is, and
 * the report is written (exit 2). Every build is labelled with a nonce so that what other runs on
 * the shared engine do cannot be mistaken for a leftover.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, dockerEngine, removeScratchDirs, repoRoot, requireTool, scratchDir } from './real.js';

afterAll(removeScratchDirs);

const cliPath = join(repoRoot, 'dist/cli/index.js');
const nonce = randomBytes(6).toString('hex');
const builderImage = process.env.TSG_BUILDER_IMAGE ?? 'tiny-size-gate/builder:bookworm';

function cli(args: string[], cwd: string, tmp: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    env: { ...process.env, ...dockerEngine(), TMPDIR: tmp },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

function buildah(args: string[]): string {
  const run = spawnSync('buildah', ['--storage-driver', 'vfs', ...args], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

let work: string;
let tmp: string;

beforeAll(() => {
  dockerEngine();
  requireTool('buildah');
  work = scratchDir('tsg-cleanup-');
  tmp = scratchDir('tsg-cleanup-tmp-');
  const label = `LABEL tsg-test=${nonce}`;
  write(work, {
    // A multi-stage build whose build stage runs (so the classic builder makes intermediate images).
    'ok/Dockerfile': `ARG BUILDER_IMAGE\nFROM \${BUILDER_IMAGE} AS build\n${label}\nRUN echo ${nonce} > /a\nFROM scratch\n${label}\nCOPY --from=build /a /a\n`,
    'broken/Dockerfile': `ARG BUILDER_IMAGE\nFROM \${BUILDER_IMAGE} AS build\n${label}\nRUN echo 'ld: cannot find -lnosuchlib' >&2; exit 1\nFROM scratch\nCOPY --from=build /a /a\n`,
    'scratch/a': `${nonce}\n`,
    'scratch/Dockerfile': `FROM scratch\n${label}\nCOPY a /a\n`,
    'scratch/Dockerfile.broken': `FROM scratch\n${label}\nCOPY a /a\nRUN /no-such-tool --make\n`,
    'tiny-size.yml': `images:
  ok:
    context: ok
    builder: docker
    build-args: { BUILDER_IMAGE: ${builderImage} }
    budget: { files: 13B }
  broken:
    context: broken
    builder: docker
    build-args: { BUILDER_IMAGE: ${builderImage} }
    budget: { files: 13B }
  missing:
    archive: nope.tar
    budget: { files: 1B }
  ok-buildah:
    context: scratch
    builder: buildah
    budget: { files: 13B }
  broken-buildah:
    context: scratch
    dockerfile: scratch/Dockerfile.broken
    builder: buildah
    budget: { files: 13B }
`,
  });
});

describe('check with one passing and several failing images', () => {
  it('measures what it can, reports each failure with its step and output, and leaves nothing behind', () => {
    const buildahContainers = buildah(['containers', '-a', '-q']);
    const report = join(work, 'report.json');
    const run = cli(['check', '--json', report], work, tmp);
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(2);

    // The measured images are gated and in the report; the others are error rows with their message.
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.images.map((image: { name: string }) => image.name)).toEqual(['ok', 'ok-buildah']);
    expect(json.checks.map((c: { image: string; status: string }) => `${c.image} ${c.status}`)).toEqual([
      'ok ok',
      'ok-buildah ok',
    ]);
    expect(json.verdict).toBe('fail');
    const errors = Object.fromEntries(
      json.errors.map((e: { name: string; message: string }) => [e.name, e.message]),
    );
    expect(Object.keys(errors)).toEqual(['broken', 'missing', 'broken-buildah']);
    // The classic builder: the Dockerfile's line of the failing RUN and what it printed.
    expect(errors.broken).toContain(`${join(work, 'broken/Dockerfile')}:4: docker build failed`);
    expect(errors.broken).toContain("at `RUN echo 'ld: cannot find -lnosuchlib' >&2; exit 1`");
    expect(errors.broken).toContain('\nld: cannot find -lnosuchlib\n');
    expect(errors.missing).toContain('nope.tar');
    expect(errors['broken-buildah']).toContain(
      `${join(work, 'scratch/Dockerfile.broken')}:4: buildah bud failed`,
    );
    expect(errors['broken-buildah']).toContain('/no-such-tool');
    // The text report shows the same rows.
    expect(run.stdout).toContain('broken: ✘ error');
    expect(run.stdout).toContain('✘ error: 3 image(s) could not be measured');

    // Nothing left: no container, no image, no tag, no temporary directory.
    const filter = ['--filter', `label=tsg-test=${nonce}`, '--format', '{{.ID}} {{.Status}}'];
    expect(docker(['ps', '-a', ...filter]).trim()).toBe('');
    expect(docker(['images', '-a', '--filter', `label=tsg-test=${nonce}`, '-q']).trim()).toBe('');
    for (const name of ['ok', 'broken'])
      expect(docker(['images', '-q', `tiny-size-gate/${name}`]).trim()).toBe('');
    expect(buildah(['images', '-a', '-q', '--filter', `label=tsg-test=${nonce}`]).trim()).toBe('');
    expect(buildah(['containers', '-a', '-q'])).toBe(buildahContainers);
    expect(readdirSync(tmp).filter((name) => name.startsWith('tiny-size-gate-'))).toEqual([]);
  });
});
