/**
 * `tiny-size-gate diff` through the committed bundle, on two images built by the real engine: one
 * file grown, one added, one deleted, one whose mode changed, one layer added. Each change comes out
 * with its exact bytes, and the diff of the two `measure --json` reports equals the diff of the images.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, dockerEngine, repoRoot, tempDir } from './real.js';

const cliPath = join(repoRoot, 'dist/cli/index.js');
const tags = { base: `diff-itg-base:${process.pid}`, head: `diff-itg-head:${process.pid}` };

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    env: { ...process.env, ...dockerEngine() },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;

function build(name: 'base' | 'head', files: Record<string, [string, number]>, dockerfile: string): void {
  const context = join(dir, name);
  mkdirSync(context, { recursive: true });
  for (const [path, [content, mode]] of Object.entries(files)) {
    writeFileSync(join(context, path), content);
    chmodSync(join(context, path), mode);
  }
  writeFileSync(join(context, 'Dockerfile'), dockerfile);
  docker(['build', '--quiet', '--tag', tags[name], context]);
  docker(['save', '--output', join(dir, `${name}.tar`), tags[name]]);
}

beforeAll(() => {
  dockerEngine();
  dir = tempDir('tsg-diff-');
  build(
    'base',
    {
      'grow.txt': ['a'.repeat(100), 0o644],
      'gone.txt': ['g'.repeat(70), 0o644],
      'mode.sh': ['#!/bin/sh\n', 0o644],
    },
    'FROM scratch\nCOPY grow.txt gone.txt mode.sh /\n',
  );
  build(
    'head',
    {
      'grow.txt': ['a'.repeat(130), 0o644],
      'new.txt': ['n'.repeat(25), 0o644],
      'mode.sh': ['#!/bin/sh\n', 0o755],
      'extra.txt': ['e'.repeat(9), 0o644],
    },
    'FROM scratch\nCOPY grow.txt new.txt mode.sh /\nCOPY extra.txt /extra/\n',
  );
});

afterAll(() => {
  for (const tag of Object.values(tags)) docker(['rmi', '--force', tag]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface FileDelta {
  path: string;
  status: string;
  base: number;
  head: number;
  delta: number;
  mode?: [number, number];
}

describe('tiny-size-gate diff', () => {
  it('reports each change of two real images with its exact bytes, largest first', () => {
    const run = cli(
      ['diff', 'docker-archive:base.tar', 'docker-archive:head.tar', '--json', 'images.json'],
      dir,
    );
    expect(run.status, run.stderr).toBe(0);
    const comparison = JSON.parse(readFileSync(join(dir, 'images.json'), 'utf8'));
    const [image] = comparison.images;
    const [platform] = image.platforms;
    const files = platform.files as FileDelta[];
    expect(files).toEqual([
      { path: '/gone.txt', status: 'removed', base: 70, head: 0, delta: -70 },
      { path: '/grow.txt', status: 'grew', base: 100, head: 130, delta: 30 },
      { path: '/new.txt', status: 'added', base: 0, head: 25, delta: 25 },
      { path: '/extra/extra.txt', status: 'added', base: 0, head: 9, delta: 9 },
      { path: '/mode.sh', status: 'mode', base: 10, head: 10, delta: 0, mode: [0o644, 0o755] },
    ]);
    const metric = (name: string) => platform.metrics.find((m: { metric: string }) => m.metric === name);
    expect(metric('files')).toMatchObject({ base: 180, head: 174, delta: -6 });
    expect(metric('layers')).toMatchObject({ base: 1, head: 2, delta: 1 });
    expect(platform.layers.map((l: { status: string }) => l.status)).toEqual(['changed', 'added']);
    expect(platform.layers[1].delta.files).toBe(9);

    // The text: the same rows, largest change first.
    const text = run.stdout;
    const order = ['/gone.txt', '/grow.txt', '/new.txt', '/extra/extra.txt', '/mode.sh'].map((p) =>
      text.indexOf(`  ${p} `),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/\/grow\.txt\s+grew\s+100 B\s+130 B\s+\+30 B \(\+30%\)/);
    expect(text).toMatch(/\/mode\.sh\s+mode 0644 → 0755\s+10 B\s+10 B\s+±0 B/);
    expect(text).toMatch(/layers\s+1\s+2\s+\+1/);
  });

  it('the diff of two reports equals the diff of the two images; --fail-on-growth exits 1 on growth', () => {
    for (const name of ['base', 'head']) {
      const measured = cli(['measure', `docker-archive:${name}.tar`, '--json'], dir);
      expect(measured.status, measured.stderr).toBe(0);
      writeFileSync(join(dir, `${name}.json`), measured.stdout);
    }
    const fromReports = cli(['diff', 'base.json', 'head.json', '--json'], dir);
    expect(fromReports.status, fromReports.stderr).toBe(0);
    const fromImages = cli(['diff', 'docker-archive:base.tar', 'docker-archive:head.tar', '--json'], dir);
    const strip = (text: string) => {
      const { base: _b, head: _h, ...comparison } = JSON.parse(text);
      return comparison;
    };
    expect(strip(fromReports.stdout)).toEqual(strip(fromImages.stdout));

    expect(cli(['diff', 'base.json', 'head.json', '--fail-on-growth'], dir).status).toBe(1);
    expect(cli(['diff', 'base.json', 'base.json', '--fail-on-growth'], dir).status).toBe(0);
  });
});

describe('tiny-size-gate check --baseline', () => {
  it('gates growth against a report, as a pull request does', () => {
    const budget = (archive: string) =>
      `images:\n  app:\n    archive: ${archive}\n    budget:\n      files: 1kB\n    growth: { files: 10B, layers: 0 }\n`;
    writeFileSync(join(dir, 'tiny-size.yml'), budget('base.tar'));
    const saved = cli(['check', '--json', 'base-report.json'], dir);
    expect(saved.status, saved.stderr).toBe(0);
    writeFileSync(join(dir, 'tiny-size.yml'), budget('head.tar'));

    expect(cli(['check'], dir).status).toBe(0); // no baseline: growth is not gated
    const gated = cli(
      ['check', '--baseline', 'base-report.json', '--json', 'head-report.json', '--markdown', 'head.md'],
      dir,
    );
    expect(gated.status, gated.stderr).toBe(1);
    const sentence =
      'app (linux/amd64): `layers` grew by 1 layer to 2 layers, 1 layer over the allowed growth of +0 layers';
    expect(gated.stdout).toContain(`  - ${sentence}`);
    expect(gated.stdout).not.toContain('`files` grew'); // it shrank: no line
    const report = JSON.parse(readFileSync(join(dir, 'head-report.json'), 'utf8'));
    expect(report.baseline).toEqual({ source: 'file', reason: 'base-report.json' });
    expect(
      report.checks
        .filter((c: { kind: string }) => c.kind === 'growth')
        .map((c: { message?: string }) => c.message),
    ).toContain(sentence);
    const markdown = readFileSync(join(dir, 'head.md'), 'utf8');
    expect(markdown).toContain('Baseline: the report <code>base&#45;report.json</code>.');
    expect(markdown, markdown).toContain(
      '| `layers` | 1 | 2 | +1 (+100%) |  | ❌ over allowance (allowed +0) |',
    );
  });
});
