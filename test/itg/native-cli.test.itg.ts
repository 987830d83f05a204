/**
 * `tiny-size-gate build` as a user runs it (the bundled CLI, README's commands): a native build to
 * an OCI layout and to an OCI archive, then `measure`; the same digest twice; `check` of
 * examples/native.yml with its reproducibility gate; and `builder: auto` with no engine, which says
 * why it did not build natively or with docker.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratchDirs, repoRoot, requireTool, scratchDir } from './real.js';

const cliPath = join(repoRoot, 'dist/cli/index.js');

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const helloArgs = [
  '--builder',
  'native',
  '--prebuild',
  'nasm -f bin -o hello hello.asm',
  '--prebuild',
  'chmod 755 hello',
  '--from-stage-dir',
  'build:/src=.',
];

beforeAll(() => {
  requireTool('nasm');
});
afterAll(removeScratchDirs);

describe('tiny-size-gate build', () => {
  it('builds examples/hello natively to oci:DIR, and measure reads it', () => {
    const out = scratchDir('tsg-native-cli-');
    const built = cli(
      ['build', ...helloArgs, '--output', 'oci:hello.oci', join(repoRoot, 'examples/hello')],
      { cwd: out },
    );
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(
      /^built oci:.*hello\.oci with the native builder \(no engine\)\nmanifest sha256:[0-9a-f]{64}\n$/,
    );
    const measured = cli(['measure', '--json', 'oci:hello.oci'], { cwd: out });
    expect(measured.code).toBe(0);
    const sizes = JSON.parse(measured.stdout);
    expect(JSON.stringify(sizes)).toMatch(/"files":\{"bytes":53\}/);
  });

  it('writes the same bytes to oci-archive:FILE twice, and refuses to overwrite', () => {
    const out = scratchDir('tsg-native-cli-');
    const first = cli(
      ['build', ...helloArgs, '--output', 'oci-archive:a.tar', join(repoRoot, 'examples/hello')],
      { cwd: out },
    );
    const copy = join(scratchDir('tsg-native-cli-'), 'hello');
    cpSync(join(repoRoot, 'examples/hello'), copy, { recursive: true });
    const second = cli(['build', ...helloArgs, '--output', 'oci-archive:b.tar', copy], { cwd: out });
    expect([first.code, second.code]).toEqual([0, 0]);
    const digest = (text: string) => /manifest (sha256:\S+)/.exec(text)?.[1];
    expect(digest(second.stdout)).toBe(digest(first.stdout));
    const archives = spawnSync('cmp', [join(out, 'a.tar'), join(out, 'b.tar')]);
    expect(archives.status).toBe(0);
    const again = cli(['build', ...helloArgs, '--output', 'oci-archive:a.tar', copy], { cwd: out });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; tiny-size-gate does not overwrite it/);
  });

  it('check --config examples/native.yml gates the native builds, reproducibility included', () => {
    const run = cli(['check', '--config', 'examples/native.yml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/pass/);
  });

  it('builder auto with no engine says why it is not native and not docker', () => {
    const out = scratchDir('tsg-native-cli-');
    const run = cli(['build', '--output', 'oci:x', join(repoRoot, 'examples/http')], {
      cwd: out,
      env: { DOCKER_HOST: `unix://${join(out, 'no-engine.sock')}`, PATH: '/usr/bin:/bin' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/`builder: auto` (chose buildah|found no way)/);
    expect(run.stderr).toMatch(
      /not native: .*Dockerfile:14: COPY --from=build \/out\/: the native builder does not run stage `build`/,
    );
    expect(run.stderr).toMatch(/not docker: no Docker engine answers/);
  });
});
