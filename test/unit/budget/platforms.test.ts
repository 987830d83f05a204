import { describe, expect, it } from 'vitest';
import { parseBudgetFile } from '../../../src/budget/load.js';
import { locate, problemsOf } from './locate.js';

const KB = 1000;
const KiB = 1024;

describe('parseBudgetFile: budgets per platform', () => {
  const text = [
    'images:',
    '  app:',
    '    registry: 127.0.0.1:5000/app:1',
    '    platforms: [linux/amd64, linux/arm64, linux/arm/v7]',
    '    budget:',
    '      files: 8kB',
    '      paths: { /index.html: 1kB }',
    '      platforms:',
    '        linux/arm64: { files: 7kB }',
    '        linux/arm/v7:',
    '          compressed: 3KiB',
    '          paths: { /index.html: 2kB, /lib/**: 1KiB }',
    '',
  ].join('\n');
  const parsed = parseBudgetFile(text, 'tiny-size.yml');
  const [image] = parsed.images;

  it('reads each platform budget in bytes, beside the image-wide one and the platforms to measure', () => {
    expect(image?.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(image?.budget).toEqual({
      files: 8 * KB,
      paths: { '/index.html': 1 * KB },
      platforms: {
        'linux/arm64': { files: 7 * KB, paths: {} },
        'linux/arm/v7': { compressed: 3 * KiB, paths: { '/index.html': 2 * KB, '/lib/**': 1 * KiB } },
      },
    });
  });

  it('leaves `platforms` out of a budget that has none', () => {
    const plain = parseBudgetFile('images:\n  a:\n    image: x\n    budget: { files: 1kB }\n', 't.yml');
    expect(plain.images[0]?.budget).toEqual({ files: KB, paths: {} });
    expect(plain.images[0]?.budget).not.toHaveProperty('platforms');
  });

  it.each([
    [['images', 'app', 'budget', 'platforms', 'linux/arm64', 'files'], 'files: 7kB'],
    [['images', 'app', 'budget', 'platforms', 'linux/arm/v7', 'compressed'], 'compressed: 3KiB'],
    [['images', 'app', 'budget', 'platforms', 'linux/arm/v7', 'paths', '/lib/**'], '/lib/**: 1KiB'],
    [['images', 'app', 'budget', 'platforms', 'linux/arm/v7'], 'linux/arm/v7:'],
    // An absent metric: the platform's own key, so an annotation still lands in its budget.
    [['images', 'app', 'budget', 'platforms', 'linux/arm64', 'tar'], 'linux/arm64: {'],
  ] as [(string | number)[], string][])('positionOf(%j) is where %j is', (keyPath, needle) => {
    expect(parsed.positionOf(keyPath)).toEqual(locate(text, needle));
  });
});

interface Expected {
  /** The text the problem points at: its first character is the line and column. */
  at: string;
  message: RegExp;
  fix?: RegExp;
  keyPath: (string | number)[];
}

const budgetOf = (...lines: string[]) =>
  ['images:', '  a:', '    image: x', '    budget:', ...lines.map((line) => `      ${line}`), ''].join('\n');

const bad: [string, string, Expected[]][] = [
  [
    'a platform key with bad syntax, reported at the key',
    budgetOf('files: 8kB', 'platforms:', '  Linux/ARM64: { files: 7kB }'),
    [
      {
        at: 'Linux/ARM64',
        message: /expected a platform like linux\/amd64 .*lower case.*not "Linux\/ARM64"/,
        keyPath: ['images', 'a', 'budget', 'platforms', 'Linux/ARM64'],
      },
    ],
  ],
  [
    'a platform key without an architecture',
    budgetOf('platforms:', '  linux: { files: 7kB }'),
    [
      {
        at: 'linux:',
        message: /expected a platform like linux\/amd64/,
        keyPath: ['images', 'a', 'budget', 'platforms', 'linux'],
      },
    ],
  ],
  [
    'an unknown key inside a platform budget, with the closest valid one',
    budgetOf('platforms:', '  linux/arm64: { fils: 7kB }'),
    [
      {
        at: 'fils',
        message: /^unknown key `fils`; did you mean `files`\?$/,
        fix: /rename it to `files`/,
        keyPath: ['images', 'a', 'budget', 'platforms', 'linux/arm64', 'fils'],
      },
    ],
  ],
  [
    'a platform budget inside a platform budget',
    budgetOf('platforms:', '  linux/arm64:', '    platforms: {}'),
    [
      {
        at: 'platforms: {}',
        message: /^unknown key `platforms`$/,
        fix: /valid keys here: `files`, `tar`, `compressed`, `pull`, `layers`, `rootfs`, `wasted`, `paths`$/,
        keyPath: ['images', 'a', 'budget', 'platforms', 'linux/arm64', 'platforms'],
      },
    ],
  ],
  [
    'a platform written straight under `budget:`',
    budgetOf('files: 8kB', 'linux/arm64: { files: 7kB }'),
    [
      {
        at: 'linux/arm64',
        message: /unknown key `linux\/arm64`: a budget for one platform goes under `platforms:`/,
        fix: /platforms: \{ linux\/arm64: \.\.\. \}/,
        keyPath: ['images', 'a', 'budget', 'linux/arm64'],
      },
    ],
  ],
  [
    'a bad size in a platform budget',
    budgetOf('platforms:', '  linux/arm64:', '    paths: { /index.html: 2KB }'),
    [
      {
        at: '2KB',
        message: /`KB` is ambiguous/,
        keyPath: ['images', 'a', 'budget', 'platforms', 'linux/arm64', 'paths', '/index.html'],
      },
    ],
  ],
  [
    'a relative path in a platform budget',
    budgetOf('platforms:', '  linux/arm64:', '    paths: { index.html: 2kB }'),
    [
      {
        at: 'index.html',
        message: /path `index.html` is not absolute/,
        keyPath: ['images', 'a', 'budget', 'platforms', 'linux/arm64', 'paths', 'index.html'],
      },
    ],
  ],
  [
    'a platform budget that is not a map',
    budgetOf('platforms:', '  linux/arm64: 7kB'),
    [
      {
        at: '7kB',
        message: /^expected a map of limits: files, tar, compressed, pull, layers, rootfs, wasted, paths$/,
        keyPath: ['images', 'a', 'budget', 'platforms', 'linux/arm64'],
      },
    ],
  ],
  [
    '`platforms:` as a list, as at the image level',
    budgetOf('platforms: [linux/arm64]'),
    [
      {
        at: '[linux/arm64]',
        message: /expected a map from a platform to its limits: \{ linux\/arm64: \{ files: 7kB \} \}/,
        keyPath: ['images', 'a', 'budget', 'platforms'],
      },
    ],
  ],
  [
    'the same platform twice',
    budgetOf('platforms:', '  linux/arm64: { files: 7kB }', '  linux/arm64: { tar: 7kB }'),
    [{ at: 'linux/arm64: { tar', message: /Map keys must be unique/, keyPath: [] }],
  ],
];

describe('parseBudgetFile: problems in budgets per platform, each at its place', () => {
  it.each(bad)('%s', (_name, text, expected) => {
    const error = problemsOf(text);
    expect(error.problems).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const problem = error.problems[i];
      expect({ line: problem?.line, column: problem?.column }).toEqual(locate(text, want.at));
      expect(problem?.message).toMatch(want.message);
      if (want.fix) expect(problem?.fix).toMatch(want.fix);
      expect(problem?.keyPath).toEqual(want.keyPath);
    });
  });
});
