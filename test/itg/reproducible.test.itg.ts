/**
 * The reproducibility gate on real builds: an image whose earlier stage runs `date > /stamp`, built
 * by the real Docker engine, fails the gate and the message names /stamp and how it differs; the
 * native builds of the examples (examples/native.yml) pass it. Nothing is left in the engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { isFailure } from '../../src/gate/index.js';
import { checkText } from '../../src/report/compare-format.js';
import { docker, dockerEngine, removeScratchDirs, repoRoot, requireTool, scratchDir } from './real.js';

const builder = process.env.TSG_BUILDER_IMAGE ?? 'tiny-size-gate/builder:bookworm';

function engineTags(): string[] {
  return docker(['images', '--format', '{{.Repository}}:{{.Tag}}'])
    .split('\n')
    .filter((t) => t.startsWith('tiny-size-gate/'));
}

let before: string[];
beforeAll(() => {
  dockerEngine();
  requireTool('nasm');
  before = engineTags();
});

afterAll(() => {
  const env = { ...process.env, ...dockerEngine() };
  spawnSync('/usr/bin/docker', ['rmi', '-f', 'tiny-size-gate/stamp:latest'], { env });
  // The measured build's `clock` stage stays as the engine's build cache: remove it too (only ours:
  // an untagged image made by this file's `RUN date > /stamp`).
  for (const id of docker(['images', '-a', '-q', '--filter', 'dangling=true']).split('\n').filter(Boolean)) {
    const made = spawnSync(
      '/usr/bin/docker',
      ['image', 'inspect', '-f', '{{json .ContainerConfig.Cmd}}', id],
      {
        env,
        encoding: 'utf8',
      },
    );
    if (made.stdout.includes('date > /stamp')) spawnSync('/usr/bin/docker', ['rmi', id], { env });
  }
  removeScratchDirs();
});

describe('reproducible: true', () => {
  it('fails a docker build that records the time, naming /stamp and how it differs', async () => {
    const dir = scratchDir('tsg-reproducible-');
    mkdirSync(join(dir, 'ctx'));
    writeFileSync(
      join(dir, 'ctx/Dockerfile'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, expanded by the builder
      'ARG BUILDER_IMAGE\nFROM ${BUILDER_IMAGE} AS clock\nRUN date > /stamp\n\nFROM scratch\nCOPY --from=clock /stamp /stamp\n',
    );
    writeFileSync(
      join(dir, 'tiny-size.yml'),
      `images:\n  stamp:\n    context: ctx\n    builder: docker\n    build-args: { BUILDER_IMAGE: ${builder} }\n    reproducible: true\n    budget: { layers: 1 }\n`,
    );
    const result = await runCheck({ config: join(dir, 'tiny-size.yml') });
    const check = result.verdict.checks.find((c) => c.kind === 'reproducible');
    expect(check?.status).toBe('not-reproducible');
    expect(check && isFailure(check)).toBe(true);
    expect(result.verdict.ok).toBe(false);
    expect(result.verdict.exitCode).toBe(1);
    expect(check?.message).toMatch(/layer 1 differs first, in \/stamp \(content, mtime\)/);
    expect(check?.message).toMatch(/the config differs in .*created/);
    expect(check && checkText(check)).toMatch(/^stamp \(linux\/amd64\): not reproducible: .*\/stamp/);
    // Nothing is left tagged: not the extra builds, not the measured one (builds are never tagged).
    expect(engineTags().filter((t) => !before.includes(t))).toEqual([]);
  });

  it('passes the native builds of the examples', async () => {
    const result = await runCheck({ config: join(repoRoot, 'examples/native.yml') });
    const checks = result.verdict.checks.filter((c) => c.kind === 'reproducible');
    expect(checks.map((c) => [c.image, c.status])).toEqual([
      ['hello', 'ok'],
      ['http', 'ok'],
    ]);
    expect(result.measured.map((m) => m.method)).toEqual([
      'built with the native builder (no engine)',
      'built with the native builder (no engine)',
    ]);
    expect(result.verdict.ok).toBe(true);
  });

  it('reproduce: false (a baseline rebuild) measures without the gate', async () => {
    const result = await runCheck({ config: join(repoRoot, 'examples/native.yml'), reproduce: false });
    expect(result.verdict.checks.filter((c) => c.kind === 'reproducible')).toEqual([]);
    expect(result.measured.map((m) => m.image.name)).toEqual(['hello', 'http']);
    expect(result.verdict.ok).toBe(true);
  });
});
