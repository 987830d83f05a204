/**
 * `tiny-size-gate accept` on a copy of this repository's own tiny-size.yml with a budget lowered:
 * afterwards `check` passes, and the file differs from the original only where a budget value was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerEngine, repoRoot, tempDir } from './real.js';

const cliPath = join(repoRoot, 'dist/cli/index.js');
const work = tempDir('tsg-accept-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: work,
    env: { ...process.env, ...dockerEngine() },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tiny-size-gate accept', () => {
  it('sets the lowered budget back to the measured size and changes no other byte', () => {
    cpSync(join(repoRoot, 'examples'), join(work, 'examples'), { recursive: true });
    const original = readFileSync(join(repoRoot, 'tiny-size.yml'), 'utf8');
    const lowered = original.replace('files: 53B # hello-files', 'files: 50B # hello-files');
    expect(lowered).not.toBe(original);
    writeFileSync(join(work, 'tiny-size.yml'), lowered);
    const before = cli(['check', '--image', 'hello']);
    expect(before.status, before.stderr).toBe(1);

    const accepted = cli(['accept', '--image', 'hello']);
    expect(accepted.status, accepted.stderr).toBe(0);
    const line = original.split('\n').findIndex((text) => text.includes('hello-files')) + 1;
    expect(accepted.stdout).toBe(
      `tiny-size.yml: 1 budget set to the measured sizes\n-${line}:       files: 50B # hello-files\n+${line}:       files: 53B # hello-files\n`,
    );
    // The repository's budgets are exact, so accepting the measured sizes gives the original back.
    expect(readFileSync(join(work, 'tiny-size.yml'), 'utf8')).toBe(original);
    const checked = cli(['check', '--image', 'hello']);
    expect(checked.status, checked.stdout).toBe(0);
  });
});
