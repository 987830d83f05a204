import { describe, expect, it } from 'vitest';
import type { ImageConfigEntry } from '../../../src/budget/types.js';
import { ExitCode } from '../../../src/errors.js';
import { type Check, evaluate, type GateEntry, type VerdictCounts } from '../../../src/gate/index.js';
import type { FileEntry, ImageSizes, PlatformSizes } from '../../../src/measure/types.js';
import { platform } from './build-sizes.js';

function image(platforms: PlatformSizes[]): ImageSizes {
  return { source: 'oci:test', references: [], platforms, skipped: [] };
}

function entry(
  name: string,
  budget: Partial<ImageConfigEntry['budget']>,
  extra: Partial<ImageConfigEntry> = {},
): ImageConfigEntry {
  return { name, source: { kind: 'oci', path: '/x' }, budget: { paths: {}, ...budget }, ...extra };
}

const file = (path: string, size: number, layer = 0): FileEntry => ({ path, size, type: 'file', layer });
const amd64 = 'linux/amd64';

/** Counts with every field not named zero; failures are over-budget + no-match here (no baseline). */
function counts(some: Partial<VerdictCounts>): VerdictCounts {
  const zero: VerdictCounts = {
    checks: 0,
    ok: 0,
    overBudget: 0,
    noMatch: 0,
    grew: 0,
    overAllowance: 0,
    overridden: 0,
    new: 0,
    removed: 0,
    failures: 0,
    warnings: 0,
  };
  const all = { ...zero, ...some };
  return { ...all, failures: some.failures ?? all.overBudget + all.noMatch };
}

function only(checks: Check[]): Check {
  expect(checks).toHaveLength(1);
  return checks[0] as Check;
}

describe('evaluate: metrics', () => {
  it.each([
    ['under the limit', 61, 62, 'ok'],
    ['exactly at the limit', 62, 62, 'ok'],
    ['over by one byte', 63, 62, 'over-budget'],
    ['zero against zero', 0, 0, 'ok'],
  ] as const)('%s', (_name, actual, limit, status) => {
    const verdict = evaluate([
      {
        image: entry('hello', { files: limit }),
        sizes: image([platform(amd64, { files: { bytes: actual } })]),
      },
    ]);
    const check = only(verdict.checks);
    expect(check).toMatchObject({
      kind: 'metric',
      metric: 'files',
      image: 'hello',
      platform: amd64,
      limit,
      actual,
      status,
      exceedance: actual - limit,
      keyPath: ['images', 'hello', 'budget', 'files'],
    });
    expect(verdict.ok).toBe(status === 'ok');
    expect(verdict.exitCode).toBe(status === 'ok' ? ExitCode.ok : ExitCode.overBudget);
    expect(check.estimated).toBeUndefined();
    if (status === 'over-budget')
      expect(check.message).toMatch(/^hello \(linux\/amd64\): `files` is 63 B, 1 B over/);
  });

  it('checks every budgeted metric, in metric order, and only those', () => {
    const sizes = platform(amd64, {
      files: { bytes: 100 },
      tar: { bytes: 2048 },
      compressed: { bytes: 300 },
      pull: { bytes: 900 },
      layers: 2,
    });
    const verdict = evaluate([
      { image: entry('app', { layers: 1, pull: 1000, files: 100 }), sizes: image([sizes]) },
    ]);
    expect(verdict.checks.map((c) => (c.kind === 'metric' ? [c.metric, c.actual, c.status] : []))).toEqual([
      ['files', 100, 'ok'],
      ['pull', 900, 'ok'],
      ['layers', 2, 'over-budget'],
    ]);
    expect(verdict.counts).toEqual(counts({ checks: 3, ok: 2, overBudget: 1 }));
    expect(verdict.checks[2]?.message).toMatch(/is 2 layers, 1 layer over the budget of 1 layer/);
  });

  it('carries an estimated figure and how it was estimated', () => {
    const how = 'gzip -6 of the uncompressed layer tars';
    const verdict = evaluate([
      {
        image: entry('saved', { compressed: 500, tar: 4096 }),
        sizes: image([platform(amd64, { compressed: { bytes: 450, estimated: how }, tar: { bytes: 4096 } })]),
      },
    ]);
    const [tar, compressed] = verdict.checks;
    expect(tar).toMatchObject({ metric: 'tar', status: 'ok' });
    expect(tar?.estimated).toBeUndefined();
    expect(compressed).toMatchObject({ metric: 'compressed', estimated: how, status: 'ok', exceedance: -50 });
  });

  it('gives no checks for an image without a budget, and holds', () => {
    const verdict = evaluate([{ image: entry('free', {}), sizes: image([platform(amd64, {})]) }]);
    expect(verdict).toEqual({
      ok: true,
      checks: [],
      counts: counts({}),
      baseline: false,
      exitCode: 0,
    });
  });
});

describe('evaluate: platforms', () => {
  const sizes = image([
    platform(amd64, { files: { bytes: 10 } }),
    platform('linux/arm64', { files: { bytes: 20 } }),
    platform('linux/arm/v7', { files: { bytes: 30 } }),
  ]);

  it('checks every platform by default', () => {
    const verdict = evaluate([{ image: entry('multi', { files: 25 }), sizes }]);
    expect(verdict.checks.map((c) => [c.platform, c.status])).toEqual([
      [amd64, 'ok'],
      ['linux/arm64', 'ok'],
      ['linux/arm/v7', 'over-budget'],
    ]);
    expect(verdict.exitCode).toBe(1);
  });

  it('checks only the selected platforms', () => {
    const verdict = evaluate([
      { image: entry('multi', { files: 25 }, { platforms: ['linux/arm64', amd64] }), sizes },
    ]);
    expect(verdict.checks.map((c) => c.platform)).toEqual([amd64, 'linux/arm64']);
    expect(verdict.ok).toBe(true);
  });

  it('fails on a selected platform the image does not have', () => {
    const verdict = evaluate([
      { image: entry('multi', { files: 25 }, { platforms: [amd64, 'linux/s390x'] }), sizes },
    ]);
    const missing = verdict.checks.find((c) => c.kind === 'platform');
    expect(missing).toMatchObject({
      platform: 'linux/s390x',
      status: 'no-match',
      keyPath: ['images', 'multi', 'platforms', 1],
    });
    expect(missing?.message).toMatch(
      /^multi \(linux\/s390x\): the image has no such platform \(it has linux\/amd64, linux\/arm64, linux\/arm\/v7\); fix `platforms:`$/,
    );
    expect(verdict.counts).toEqual(counts({ checks: 2, ok: 1, noMatch: 1 }));
    expect(verdict.exitCode).toBe(1);
  });
});

describe('evaluate: paths', () => {
  const entries: FileEntry[] = [
    { path: '/', size: 0, type: 'directory', layer: 0 },
    file('/index.html', 700, 0),
    file('/www/a.css', 120, 0),
    file('/www/img/logo.png', 900, 0),
    { path: '/www/link', size: 0, type: 'symlink', layer: 0, target: '/index.html' },
    { path: '/www/hard', size: 0, type: 'hardlink', layer: 0, target: '/index.html' },
    file('/index.html', 400, 1), // rewritten in layer 1: counts again
    { path: '/www/.wh.a.css', size: 0, type: 'whiteout', layer: 1, target: '/www/a.css' },
  ];
  const run = (paths: Record<string, number>) =>
    evaluate([{ image: entry('site', { paths }), sizes: image([platform(amd64, {}, entries)]) }]);

  it.each([
    ['an exact path, rewritten in a later layer, counts both copies', '/index.html', 700 + 400, 2],
    ['`*` stays in one segment', '/www/*', 120, 1],
    ['`**` goes any depth', '/www/**', 120 + 900, 2],
    ['`/**` is every file', '/**', 700 + 120 + 900 + 400, 4],
    ['a glob within a name', '/**/*.png', 900, 1],
  ])('%s', (_name, pattern, actual, matched) => {
    const check = only(run({ [pattern]: actual }).checks);
    expect(check).toMatchObject({
      kind: 'path',
      pattern,
      actual,
      matched,
      limit: actual,
      status: 'ok',
      exceedance: 0,
      keyPath: ['images', 'site', 'budget', 'paths', pattern],
    });
  });

  it('is over budget by the sum of the matching files', () => {
    const check = only(run({ '/www/**': 1019 }).checks);
    expect(check).toMatchObject({ status: 'over-budget', actual: 1020, exceedance: 1 });
    expect(check.message).toMatch(
      /^site \(linux\/amd64\): `\/www\/\*\*` is 1,020 B, 1 B over the budget of 1,019 B/,
    );
  });

  it('fails a pattern that matches no file, saying it was probably renamed', () => {
    const verdict = run({ '/index.html': 2000, '/app.html': 1000, '/www/link': 10 });
    expect(verdict.checks.map((c) => [c.kind === 'path' && c.pattern, c.status])).toEqual([
      ['/index.html', 'ok'],
      ['/app.html', 'no-match'],
      ['/www/link', 'no-match'], // a symlink is not a file
    ]);
    expect(verdict.checks[1]?.message).toMatch(
      /^site \(linux\/amd64\): no file matches `\/app\.html`; .*renamed or removed/,
    );
    expect(verdict).toMatchObject({
      ok: false,
      exitCode: 1,
      counts: counts({ checks: 3, ok: 1, noMatch: 2 }),
    });
  });

  it('holds a 0B budget that matches nothing ("nothing here"), and fails one that matches a file', () => {
    const verdict = run({ '/usr/**': 0, '/www/**': 0 });
    expect(
      verdict.checks.map((c) => [c.kind === 'path' && c.pattern, c.status, c.kind === 'path' && c.actual]),
    ).toEqual([
      ['/usr/**', 'ok', 0],
      ['/www/**', 'over-budget', 1020],
    ]);
  });

  it('puts path checks after metric checks, per platform', () => {
    const both: GateEntry = {
      image: entry('site', { files: 5000, paths: { '/index.html': 2000 } }),
      sizes: image([platform(amd64, { files: { bytes: 2120 } }, entries)]),
    };
    expect(evaluate([both]).checks.map((c) => c.kind)).toEqual(['metric', 'path']);
  });
});

describe('evaluate: several images', () => {
  it('holds only when every image holds', () => {
    const good = {
      image: entry('a', { files: 10 }),
      sizes: image([platform(amd64, { files: { bytes: 10 } })]),
    };
    const bad = {
      image: entry('b', { files: 10 }),
      sizes: image([platform(amd64, { files: { bytes: 11 } })]),
    };
    expect(evaluate([good]).exitCode).toBe(0);
    const verdict = evaluate([good, bad]);
    expect(verdict.checks.map((c) => [c.image, c.status])).toEqual([
      ['a', 'ok'],
      ['b', 'over-budget'],
    ]);
    expect(verdict.exitCode).toBe(1);
  });
});
