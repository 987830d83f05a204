import { describe, expect, it } from 'vitest';
import { parseBudgetFile } from '../../../src/budget/load.js';
import type { Budget, ImageConfigEntry } from '../../../src/budget/types.js';
import { type Check, evaluate } from '../../../src/gate/index.js';
import type { FileEntry, PlatformSizes } from '../../../src/measure/types.js';
import { locate } from '../budget/locate.js';

// Measurements built by hand: each platform's figures are the inputs, so the limit that applied and
// its place in the budget file are the only things under test.
function platform(name: string, files: number, entries: [string, number][] = []): PlatformSizes {
  const fileEntries: FileEntry[] = entries.map(([path, size]) => ({ path, size, type: 'file', layer: 0 }));
  return {
    platform: name,
    manifestDigest: `sha256:${'1'.repeat(64)}`,
    configDigest: `sha256:${'2'.repeat(64)}`,
    sizes: {
      files: { bytes: files },
      tar: { bytes: files + 2048 },
      compressed: { bytes: 300 },
      pull: { bytes: 1200 },
      layers: 1,
    },
    layers: [],
    entries: fileEntries,
  };
}

function run(budget: Budget, platforms: PlatformSizes[], selected?: string[]): Check[] {
  const image: ImageConfigEntry = {
    name: 'app',
    source: { kind: 'oci', path: '/x' },
    budget,
    ...(selected ? { platforms: selected } : {}),
  };
  return evaluate([{ image, sizes: { source: 'oci:test', references: [], platforms, skipped: [] } }]).checks;
}

/** [platform, what, limit, status, keyPath after ['images', 'app', 'budget']] of each budget check. */
function rows(checks: Check[]): [string, string, number, string, (string | number)[]][] {
  return checks.flatMap((check) => {
    if (check.kind !== 'metric' && check.kind !== 'path') return [];
    const what = check.kind === 'metric' ? check.metric : check.pattern;
    expect(check.keyPath.slice(0, 3)).toEqual(['images', 'app', 'budget']);
    return [[check.platform, what, check.limit, check.status, check.keyPath.slice(3)]];
  });
}

const amd64 = 'linux/amd64';
const arm64 = 'linux/arm64';
const files = (actual: number) => [platform(amd64, actual), platform(arm64, actual)];

describe('evaluate: per-platform budgets override the image-wide ones', () => {
  it.each<[string, Budget, PlatformSizes[], ReturnType<typeof rows>]>([
    [
      'a metric overridden for one platform',
      { files: 8000, paths: {}, platforms: { [arm64]: { files: 7000, paths: {} } } },
      files(7500),
      [
        [amd64, 'files', 8000, 'ok', ['files']],
        [arm64, 'files', 7000, 'over-budget', ['platforms', arm64, 'files']],
      ],
    ],
    [
      'the metrics a platform leaves out are inherited',
      { files: 8000, layers: 1, paths: {}, platforms: { [arm64]: { files: 7000, paths: {} } } },
      files(100),
      [
        [amd64, 'files', 8000, 'ok', ['files']],
        [amd64, 'layers', 1, 'ok', ['layers']],
        [arm64, 'files', 7000, 'ok', ['platforms', arm64, 'files']],
        [arm64, 'layers', 1, 'ok', ['layers']],
      ],
    ],
    [
      'a metric budgeted for one platform only',
      { paths: {}, platforms: { [arm64]: { tar: 2000, paths: {} } } },
      files(100),
      [[arm64, 'tar', 2000, 'over-budget', ['platforms', arm64, 'tar']]],
    ],
    [
      'a path overridden and a path added for one platform',
      {
        paths: { '/index.html': 1000, '/bin/*': 5000 },
        platforms: { [arm64]: { paths: { '/index.html': 2000, '/lib/**': 100 } } },
      },
      [
        platform(amd64, 0, [
          ['/index.html', 1500],
          ['/bin/httpd', 10],
        ]),
        platform(arm64, 0, [
          ['/index.html', 1500],
          ['/bin/httpd', 10],
          ['/lib/ld.so', 101],
        ]),
      ],
      [
        [amd64, '/index.html', 1000, 'over-budget', ['paths', '/index.html']],
        [amd64, '/bin/*', 5000, 'ok', ['paths', '/bin/*']],
        [arm64, '/index.html', 2000, 'ok', ['platforms', arm64, 'paths', '/index.html']],
        [arm64, '/bin/*', 5000, 'ok', ['paths', '/bin/*']],
        [arm64, '/lib/**', 100, 'over-budget', ['platforms', arm64, 'paths', '/lib/**']],
      ],
    ],
    [
      'linux/arm for every variant, linux/arm/v7 over it',
      {
        files: 9000,
        paths: {},
        platforms: {
          'linux/arm/v7': { files: 2000, paths: {} },
          'linux/arm': { files: 3000, layers: 1, paths: {} },
        },
      },
      [platform('linux/arm/v7', 2500), platform('linux/arm/v6', 2500), platform(amd64, 2500)],
      [
        ['linux/arm/v7', 'files', 2000, 'over-budget', ['platforms', 'linux/arm/v7', 'files']],
        ['linux/arm/v7', 'layers', 1, 'ok', ['platforms', 'linux/arm', 'layers']],
        ['linux/arm/v6', 'files', 3000, 'ok', ['platforms', 'linux/arm', 'files']],
        ['linux/arm/v6', 'layers', 1, 'ok', ['platforms', 'linux/arm', 'layers']],
        [amd64, 'files', 9000, 'ok', ['files']],
      ],
    ],
    [
      'linux/arm64 names an image that says linux/arm64/v8, as the sources select it',
      { files: 9000, paths: {}, platforms: { [arm64]: { files: 10, paths: {} } } },
      [platform('linux/arm64/v8', 11)],
      [['linux/arm64/v8', 'files', 10, 'over-budget', ['platforms', arm64, 'files']]],
    ],
  ])('%s', (_name, budget, platforms, expected) => {
    const checks = run(budget, platforms);
    expect(rows(checks)).toEqual(expected);
    expect(checks.every((check) => check.kind === 'metric' || check.kind === 'path')).toBe(true);
  });

  it('says which limit an over-budget message is about', () => {
    const checks = run(
      { files: 8000, paths: {}, platforms: { [arm64]: { files: 7000, paths: {} } } },
      files(7500),
    );
    expect(checks.find((check) => check.platform === arm64)?.message).toBe(
      'app (linux/arm64): `files` is 7,500 B, 500 B over the budget of 7,000 B',
    );
  });
});

describe('evaluate: a platform budget that guards nothing', () => {
  it.each<[string, string[] | undefined, RegExp]>([
    [
      'the image has no such platform',
      undefined,
      /^app \(linux\/s390x\): the budget for this platform guards nothing: the image has no such platform \(it has linux\/amd64, linux\/arm64\); fix the platform or remove this budget$/,
    ],
    [
      'the platform is not among those `platforms:` selects',
      [amd64],
      /^app \(linux\/s390x\): the budget for this platform guards nothing: `platforms:` does not select it \(linux\/amd64\); add it there/,
    ],
    [
      'a platform `platforms:` selects but the image has not',
      [amd64, 'linux/s390x'],
      /^app \(linux\/s390x\): the budget for this platform guards nothing: the image has no such platform \(it has linux\/amd64\)/,
    ],
  ])('fails when %s', (_name, selected, message) => {
    // The sources read only the platforms `platforms:` names, so the measurement holds those.
    const measured = files(100).filter((p) => !selected || selected.includes(p.platform));
    const checks = run(
      { files: 8000, paths: {}, platforms: { 'linux/s390x': { files: 10, paths: {} } } },
      measured,
      selected,
    );
    // (`platforms: [..., linux/s390x]` fails on its own, at its own line.)
    const noMatch = checks.filter((check) => check.status === 'no-match' && check.keyPath[2] === 'budget');
    expect(noMatch).toHaveLength(1);
    expect(noMatch[0]).toMatchObject({
      kind: 'platform',
      image: 'app',
      platform: 'linux/s390x',
      keyPath: ['images', 'app', 'budget', 'platforms', 'linux/s390x'],
    });
    expect(noMatch[0]?.message).toMatch(message);
    // The platforms that are there are still gated, with the image-wide limit.
    expect(rows(checks)).toEqual(
      measured.map(({ platform: name }) => [name, 'files', 8000, 'ok', ['files']]),
    );
    const verdict = evaluate([
      {
        image: {
          name: 'app',
          source: { kind: 'oci', path: '/x' },
          budget: { paths: {}, platforms: { 'linux/s390x': { paths: {} } } },
        },
        sizes: { source: 'oci:test', references: [], platforms: files(1), skipped: [] },
      },
    ]);
    expect(verdict.ok).toBe(false);
    expect(verdict.counts.noMatch).toBe(1);
  });

  it('selects linux/arm64/v8 for `platforms: [linux/arm64]`, as the sources do', () => {
    const checks = run({ files: 10, paths: {} }, [platform('linux/arm64/v8', 5)], [arm64]);
    expect(rows(checks)).toEqual([['linux/arm64/v8', 'files', 10, 'ok', ['files']]]);
  });
});

describe('evaluate: each check points at the line of the limit that applied', () => {
  const text = [
    'images:',
    '  app:',
    '    registry: 127.0.0.1:5000/app:1',
    '    budget:',
    '      files: 8kB',
    '      paths: { /index.html: 1kB }',
    '      platforms:',
    '        linux/arm64:',
    '          files: 7kB',
    '          paths: { /index.html: 2kB }',
    '        linux/s390x: { layers: 1 }',
    '',
  ].join('\n');
  const budgetFile = parseBudgetFile(text, 'tiny-size.yml');

  it.each([
    [amd64, 'files', 'files: 8kB'],
    [amd64, '/index.html', '/index.html: 1kB'],
    [arm64, 'files', 'files: 7kB'],
    [arm64, '/index.html', '/index.html: 2kB'],
    ['linux/s390x', 'platform', 'linux/s390x:'],
  ])('%s %s at %j', (name, what, needle) => {
    const [image] = budgetFile.images;
    if (!image) throw new Error('no image');
    const sizes = [platform(amd64, 10, [['/index.html', 10]]), platform(arm64, 10, [['/index.html', 10]])];
    const checks = evaluate([
      { image, sizes: { source: 'x', references: [], platforms: sizes, skipped: [] } },
    ]).checks;
    const check = checks.find(
      (c) =>
        c.platform === name &&
        (c.kind === 'metric' ? c.metric : c.kind === 'path' ? c.pattern : c.kind) === what,
    );
    expect(check).toBeDefined();
    expect(budgetFile.positionOf(check?.keyPath ?? [])).toEqual(locate(text, needle));
  });
});
