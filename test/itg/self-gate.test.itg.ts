/**
 * The repository gates its own example images with its own budget file, through the bundled CLI:
 * as committed it passes, and one byte more in index.html fails, naming image, metric and path.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSize } from '../../src/units.js';
import { readmeBlock } from '../support/readme.js';
import { dockerEngine, repoRoot, tempDir } from './real.js';

const cli = join(repoRoot, 'dist/cli/index.js');
let builder: string;

function check(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, 'check', ...args], {
    cwd,
    env: { ...process.env, ...dockerEngine(), TSG_BUILDER_IMAGE: builder, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const env = { ...process.env, ...dockerEngine() };
  builder = execFileSync('bash', [join(repoRoot, 'scripts/make-builder-image.sh')], {
    env,
    encoding: 'utf8',
  }).trim();
});

describe('tiny-size.yml gates the examples', () => {
  it('passes as committed, with the budgets at the measured sizes (no slack)', () => {
    const json = join(tempDir('tsg-self-'), 'report.json');
    const run = check(['--json', json], repoRoot);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    // No slack for the examples: every byte budget equals what was measured (the bundle's has headroom).
    for (const check of report.checks.filter(
      (c: { kind: string; metric?: string; image: string }) => c.metric !== 'layers' && c.image !== 'bundle',
    )) {
      expect(check.actual, `${check.image} ${check.metric ?? check.pattern}`).toBe(check.limit);
    }
    // The records: under 62 B for hello and under 6.34 kB (aiming under 1 kB) for the server.
    const files = (name: string) =>
      report.images.find((i: { name: string }) => i.name === name).sizes.platforms[0].sizes.files.bytes;
    expect(files('hello')).toBeLessThanOrEqual(62);
    expect(files('http')).toBeLessThan(1000);
  });

  it('fails when index.html grows by one byte, naming the image, the metric and the path', () => {
    const work = tempDir('tsg-self-grow-');
    cpSync(join(repoRoot, 'examples'), join(work, 'examples'), { recursive: true });
    const budget = parse(readFileSync(join(repoRoot, 'tiny-size.yml'), 'utf8'));
    writeFileSync(join(work, 'tiny-size.yml'), JSON.stringify(budget)); // JSON is YAML
    appendFileSync(join(work, 'examples/http/index.html'), 'x');

    const run = check(['--image', 'http'], work);
    expect(run.status, run.stderr).toBe(1);
    const failures = run.stdout.slice(run.stdout.indexOf('✘ fail'));
    const files = parseSize(budget.images.http.budget.files);
    const page = parseSize(budget.images.http.budget.paths['/index.html']);
    expect(failures).toContain(
      `http (linux/amd64): \`files\` is ${files + 1} B, 1 B over the budget of ${files} B`,
    );
    expect(failures).toContain(
      `http (linux/amd64): \`/index.html\` is ${page + 1} B, 1 B over the budget of ${page} B`,
    );
  });

  it('fails when the CLI entry of dist/ grows past its budget, naming the path', () => {
    const work = tempDir('tsg-self-bundle-');
    cpSync(join(repoRoot, 'dist'), join(work, 'dist'), { recursive: true });
    cpSync(join(repoRoot, 'scripts/bundle-image.Dockerfile'), join(work, 'scripts/bundle-image.Dockerfile'));
    cpSync(join(repoRoot, '.dockerignore'), join(work, '.dockerignore'));
    const budget = parse(readFileSync(join(repoRoot, 'tiny-size.yml'), 'utf8'));
    writeFileSync(join(work, 'tiny-size.yml'), JSON.stringify(budget));
    const limit = parseSize(budget.images.bundle.budget.paths['/dist/cli/index.js']);
    const entry = join(work, 'dist/cli/index.js');
    appendFileSync(entry, `\n//${'x'.repeat(limit)}\n`);

    const run = check(['--image', 'bundle'], work);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout.slice(run.stdout.indexOf('✘ fail'))).toMatch(
      new RegExp(
        `bundle \\(linux/amd64\\): \`/dist/cli/index.js\` is [0-9,]+ B, [0-9,]+ B over the budget of ${limit.toLocaleString('en-US')} B`,
      ),
    );
  });

  it("README's budget example holds on the repository's examples (its http image; app is a registry's)", () => {
    const work = tempDir('tsg-self-readme-');
    cpSync(join(repoRoot, 'examples'), join(work, 'examples'), { recursive: true });
    writeFileSync(join(work, 'tiny-size.yml'), readmeBlock('# yaml-language-server').text);
    const json = join(work, 'report.json');
    const run = check(['--image', 'http', '--json', json], work, { BASE: builder });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    // `/usr/**: 0B` matches nothing and holds; every other budget is checked against a match.
    const paths = report.checks.filter((c: { kind: string }) => c.kind === 'path');
    expect(
      paths.map((c: { pattern: string; status: string; matched: number }) => [
        c.pattern,
        c.status,
        c.matched,
      ]),
    ).toEqual([
      ['/http', 'ok', 1],
      ['/index.html', 'ok', 1],
      ['/usr/**', 'ok', 0],
    ]);
  });
});
