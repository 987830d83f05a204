/** .github/workflows/release.yml: its notes step, run as written on CHANGELOG.md. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const workflow = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } };
  jobs: { release: { steps: { name?: string; run?: string }[] } };
};
const steps = workflow.jobs.release.steps;
const notesStep = steps.find((step) => step.name === 'Notes from CHANGELOG.md')?.run ?? '';

function notes(
  tag: string,
  changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
): { status: number; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tsg-release-notes-'));
  try {
    writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
    try {
      execFileSync('bash', ['-euo', 'pipefail', '-c', notesStep], {
        cwd: dir,
        env: { PATH: process.env.PATH, GITHUB_REF_NAME: tag, RUNNER_TEMP: dir },
        stdio: 'pipe',
      });
      return { status: 0, text: readFileSync(join(dir, 'notes.md'), 'utf8') };
    } catch (error) {
      return {
        status: (error as { status: number }).status,
        text: String((error as { stdout: Buffer }).stdout),
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('release.yml', () => {
  it('runs on vX.Y.Z tags, checks dist/ and the tests, moves the major tag', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const runs = steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm run check-dist');
    expect(runs).toContain('.ci/run');
    expect(runs).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });

  it("the notes are the version's section of CHANGELOG.md", () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    const { status, text } = notes(`v${version}`);
    expect(status).toBe(0);
    expect(text).toMatch(/^### Added/m);
    expect(text).not.toContain('## ['); // only this section
  });

  it('a tag with no section fails the step with an error on CHANGELOG.md', () => {
    const { status, text } = notes('v9.9.9');
    expect(status).not.toBe(0);
    expect(text).toContain('::error file=CHANGELOG.md::no section for 9.9.9');
  });
});
