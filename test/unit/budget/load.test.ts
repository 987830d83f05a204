import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBudgetFile } from '../../../src/budget/load.js';
import { loadBudgetFile } from '../../../src/budget/read.js';
import type { BudgetFile } from '../../../src/budget/types.js';
import { formatError, TinySizeError } from '../../../src/errors.js';
import { locate, problemsOf } from './locate.js';

const fixture = resolve(import.meta.dirname, '../../fixtures/budget/tiny-size.yml');
const KB = 1000;
const KiB = 1024;

describe('loadBudgetFile: the happy path', () => {
  let text: string;
  let budget: BudgetFile;
  const dir = dirname(fixture);
  beforeAll(async () => {
    text = await readFile(fixture, 'utf8');
    budget = await loadBudgetFile(fixture);
  });
  const image = (name: string) => {
    const found = budget.images.find((i) => i.name === name);
    if (!found) throw new Error(`no image ${name}`);
    return found;
  };

  it('keeps the images in file order', () => {
    expect(budget.file).toBe(fixture);
    expect(budget.images.map((i) => i.name)).toEqual([
      'hello',
      'http',
      'saved',
      'layout',
      'packed',
      'daemon',
    ]);
  });

  it('resolves a build with defaults against the file directory', () => {
    expect(image('hello').source).toEqual({
      kind: 'build',
      context: join(dir, 'examples/hello'),
      dockerfile: join(dir, 'examples/hello/Dockerfile'),
      buildArgs: {},
      builder: 'auto',
    });
    expect(image('hello').budget).toEqual({ files: 62, layers: 1, paths: {} });
  });

  it('reads every build key, coercing build-args to strings', () => {
    expect(image('http').source).toEqual({
      kind: 'build',
      context: join(dir, 'examples/http'),
      dockerfile: join(dir, 'examples/http/Dockerfile.asm'),
      target: 'final',
      platform: 'linux/amd64',
      buildArgs: { BUILDER_IMAGE: 'debian:bookworm-slim', JOBS: '4', STRIP: 'true' },
      builder: 'auto',
    });
  });

  it('turns sizes with units into bytes', () => {
    expect(image('http').budget).toEqual({
      files: 6 * KB,
      tar: 6.5 * KiB,
      compressed: 4 * KB,
      pull: 1500 * KB,
      paths: { '/index.html': 1 * KB, '/usr/**': 2 * KiB },
    });
  });

  it('reads each existing-image source, paths made absolute', () => {
    expect(image('saved').source).toEqual({ kind: 'docker-archive', path: join(dir, 'out/saved.tar') });
    expect(image('layout').source).toEqual({ kind: 'oci', path: join(dir, 'out/layout') });
    expect(image('packed').source).toEqual({ kind: 'oci-archive', path: join(dir, 'out/packed.tar') });
    expect(image('daemon').source).toEqual({ kind: 'docker', reference: 'registry.example/daemon:1.0' });
    expect(image('layout').platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(image('saved').budget).toEqual({ paths: {} });
  });

  it('reads growth as one value for every byte metric, or per metric', () => {
    const zero = { bytes: 0 };
    expect(image('http').growth).toEqual({ files: zero, tar: zero, compressed: zero, pull: zero });
    expect(image('saved').growth).toEqual({
      files: { percent: 5 },
      compressed: { bytes: 100 },
      layers: { bytes: 0 },
    });
    expect(image('hello').growth).toBeUndefined();
  });

  it.each([
    [['images', 'http', 'budget', 'files'], 'files: 6kB'],
    [['images', 'http', 'budget', 'paths', '/index.html'], '/index.html: 1kB'],
    [['images', 'http', 'budget', 'paths', '/usr/**'], '"/usr/**": 2KiB'],
    [['images', 'hello', 'budget', 'layers'], 'layers: 1'],
    [['images', 'saved', 'growth', 'compressed'], 'compressed: 100B'],
    [['images', 'layout', 'platforms', 1], 'linux/arm64]'],
    [['images', 'daemon'], 'daemon:\n'],
    [['version'], 'version: 1'],
    // Absent keys give the nearest existing parent.
    [['images', 'hello', 'budget', 'tar'], 'budget:\n      files: 62B'],
    [['images', 'nope', 'budget'], 'images:'],
  ] as [(string | number)[], string][])('positionOf(%j) is where %j is', (keyPath, needle) => {
    expect(budget.positionOf(keyPath)).toEqual(locate(text, needle));
  });

  it('resolves relative paths against the budget file, not the working directory', () => {
    const parsed = parseBudgetFile('images:\n  a:\n    oci: out\n', 'sub/dir/tiny-size.yml');
    expect(parsed.images[0]?.source).toEqual({ kind: 'oci', path: resolve('sub/dir/out') });
    expect(parsed.file).toBe('sub/dir/tiny-size.yml');
  });

  it('reads aliases and merge keys', () => {
    const parsed = parseBudgetFile(
      'images:\n  a:\n    image: a\n    budget: &b { files: 1kB }\n  b:\n    image: b\n    budget: { <<: *b, layers: 2 }\n',
      'tiny-size.yml',
    );
    expect(parsed.images.map((i) => i.budget)).toEqual([
      { files: 1000, paths: {} },
      { files: 1000, layers: 2, paths: {} },
    ]);
  });
});

interface Expected {
  /** The text the problem points at: its first character is the line and column. */
  at: string;
  message: RegExp;
  fix?: RegExp;
}

const bad: [string, string, Expected[]][] = [
  [
    'not YAML: a nested map in a compact one',
    'images:\n  a:\n    image: x: y\n',
    [{ at: 'x: y', message: /^not valid YAML: Nested mappings/, fix: /YAML syntax/ }],
  ],
  [
    'not YAML: an unclosed bracket, reported where the `]` was due (the end)',
    'images:\n  a:\n    image: [x\n<end>',
    [{ at: '<end>', message: /^not valid YAML: Flow sequence .* end with a \]/ }],
  ],
  [
    'a duplicate key',
    'images:\n  a:\n    image: x\n    image: y\n',
    [{ at: 'image: y', message: /not valid YAML: Map keys must be unique/ }],
  ],
  [
    'an unknown key, with the closest valid one',
    'images:\n  a:\n    image: x\n    budgte:\n      files: 1kB\n',
    [
      {
        at: 'budgte:',
        message: /^unknown key `budgte`; did you mean `budget`\?$/,
        fix: /rename it to `budget`/,
      },
    ],
  ],
  [
    'an unknown key at the top',
    'imagse:\n  a: { image: x }\n',
    [
      // `images:` is then missing, reported at the top of the file, where the unknown key also is
      { at: 'imagse', message: /expected `images:`/ },
      { at: 'imagse:', message: /unknown key `imagse`; did you mean `images`\?/ },
    ],
  ],
  [
    'an unknown metric in a budget',
    'images:\n  a:\n    image: x\n    budget: { file: 1kB }\n',
    [{ at: 'file: 1kB', message: /unknown key `file`; did you mean `files`\?/ }],
  ],
  [
    'an unknown key far from any valid one',
    'images:\n  a:\n    image: x\n    zzzzzzzz: 1\n',
    [{ at: 'zzzzzzzz', message: /^unknown key `zzzzzzzz`$/, fix: /valid keys here: `context`.*`platforms`/ }],
  ],
  [
    'a negative size',
    'images:\n  a:\n    image: x\n    budget:\n      files: -5kB\n',
    [{ at: '-5kB', message: /invalid size "-5kB": a size cannot be negative/, fix: /kB.*KiB/ }],
  ],
  [
    'an unknown unit',
    'images:\n  a:\n    image: x\n    budget:\n      tar: 5 furlongs\n',
    [{ at: '5 furlongs', message: /unknown unit `furlongs`/ }],
  ],
  [
    'an ambiguous unit',
    'images:\n  a:\n    image: x\n    budget:\n      compressed: 4KB\n',
    [{ at: '4KB', message: /`KB` is ambiguous/, fix: /`kB` \(1000 B\) or `KiB` \(1024 B\)/ }],
  ],
  [
    'a fractional bare number',
    'images:\n  a:\n    image: x\n    budget:\n      pull: 1.5\n',
    [{ at: '1.5', message: /bare number is bytes and must be whole/ }],
  ],
  [
    'a size that is not whole bytes',
    'images:\n  a:\n    image: x\n    budget:\n      paths: { /index.html: 1.0001kB }\n',
    [{ at: '1.0001kB', message: /not a whole number of bytes/ }],
  ],
  [
    'a size of the wrong type',
    'images:\n  a:\n    image: x\n    budget:\n      files: [1]\n',
    [{ at: '[1]', message: /expected a size/ }],
  ],
  [
    'a fractional layer count',
    'images:\n  a:\n    image: x\n    budget:\n      layers: 2.5\n',
    [{ at: '2.5', message: /number of layers.*at most 2.5 is `layers: 2`/ }],
  ],
  [
    'a relative path pattern',
    'images:\n  a:\n    image: x\n    budget:\n      paths:\n        index.html: 1kB\n',
    [{ at: 'index.html', message: /path `index.html` is not absolute/ }],
  ],
  [
    'an image with no way to obtain it',
    'images:\n  lonely:\n    budget: { files: 1kB }\n',
    [{ at: 'lonely', message: /image `lonely` has no way to be obtained/, fix: /`context:`.*`archive:`/ }],
  ],
  [
    'an image with two ways',
    'images:\n  a:\n    context: .\n    oci-archive: x.tar\n',
    [{ at: 'oci-archive', message: /two ways to be obtained: `context` and `oci-archive`/, fix: /keep one/ }],
  ],
  [
    'a build key without a build',
    'images:\n  a:\n    image: x\n    target: final\n',
    [{ at: 'target', message: /`target` applies only to a build/ }],
  ],
  ['no images', 'version: 1\nimages: {}\n', [{ at: '{}', message: /no images/ }]],
  ['no images key', 'version: 1\n', [{ at: 'version', message: /expected `images:`/ }]],
  [
    'an empty file',
    '# nothing yet\n',
    [{ at: '# nothing', message: /the budget file is empty/, fix: /images:/ }],
  ],
  ['a list at the top', '- a\n', [{ at: '- a', message: /expected a map with `images:`/ }]],
  [
    'a version from the future',
    'version: 2\nimages:\n  a: { image: x }\n',
    [{ at: '2', message: /version: 1/ }],
  ],
  [
    'a bad platform',
    'images:\n  a:\n    oci: x\n    platforms: [linux/amd64, Linux-x86]\n',
    [{ at: 'Linux-x86', message: /expected a platform like linux\/amd64/ }],
  ],
  [
    'a bad growth entry',
    'images:\n  a:\n    image: x\n    growth: { files: 5%, tar: -1kB }\n',
    [{ at: '-1kB', message: /cannot be negative/ }],
  ],
  [
    'a bad growth value',
    'images:\n  a:\n    image: x\n    growth: -5%\n',
    [{ at: '-5%', message: /invalid growth "-5%": cannot be negative/ }],
  ],
  [
    'an unknown metric in growth',
    'images:\n  a:\n    image: x\n    growth: { filez: 1kB }\n',
    [{ at: 'filez', message: /unknown key `filez`; did you mean `files`\?/ }],
  ],
  [
    'a bad image name',
    'images:\n  "my image":\n    image: x\n',
    [{ at: '"my image"', message: /image name "my image"/ }],
  ],
];

describe('parseBudgetFile: every problem with its line and column', () => {
  it.each(bad)('%s', (_name, text, expected) => {
    const error = problemsOf(text.replace('<end>', ''));
    expect(error).toBeInstanceOf(TinySizeError);
    expect(error.problems).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const problem = error.problems[i];
      expect({ line: problem?.line, column: problem?.column }).toEqual(locate(text, want.at));
      expect(problem?.message).toMatch(want.message);
      if (want.fix) expect(problem?.fix).toMatch(want.fix);
    });
    // The error itself is placed at the first problem and names the file.
    const first = locate(text, expected[0]?.at ?? '');
    expect(error.place).toEqual({ file: 'tiny-size.yml', line: first.line, column: first.column });
    expect(formatError(error).startsWith(`tiny-size.yml:${first.line}:${first.column}: `)).toBe(true);
  });

  it('reports every problem at once, in file order, each with its place', () => {
    const text = [
      'images:',
      '  one:',
      '    image: x',
      '    budgte: {}',
      '  two:',
      '    context: .',
      '    budget:',
      '      files: -5kB',
      '      tar: 4KB',
      '  three: {}',
      'versoin: 1',
      '',
    ].join('\n');
    const error = problemsOf(text);
    const want = ['budgte', '-5kB', '4KB', 'three', 'versoin'];
    expect(error.problems.map(({ line, column }) => ({ line, column }))).toEqual(
      want.map((at) => locate(text, at)),
    );
    expect(error.message).toMatch(/^5 problems in the budget file:\n/);
    for (const at of want) {
      const { line, column } = locate(text, at);
      expect(error.message).toContain(`\n  tiny-size.yml:${line}:${column}: `);
    }
    expect(error.problems.map((p) => p.keyPath)).toEqual([
      ['images', 'one', 'budgte'],
      ['images', 'two', 'budget', 'files'],
      ['images', 'two', 'budget', 'tar'],
      ['images', 'three'],
      ['versoin'],
    ]);
  });
});

describe('loadBudgetFile: a file that is not there', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'budget-load-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says where it looked and how to create one', async () => {
    const path = join(dir, 'tiny-size.yml');
    const error = await loadBudgetFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TinySizeError);
    const { message, fix, place } = error as TinySizeError;
    expect(message).toContain(path);
    expect(fix).toMatch(/^create .*tiny-size\.yml/);
    expect(fix).toContain('images:');
    expect(place.file).toBe(path);
  });

  it('says so when the path is a directory', async () => {
    const error = await loadBudgetFile(dir).catch((caught: unknown) => caught);
    expect((error as TinySizeError).message).toMatch(/is a directory/);
  });

  it('adds the file name to problems in a file it reads', async () => {
    const path = join(dir, 'broken.yml');
    await writeFile(path, 'images:\n  a:\n    image: x\n    budget: { files: 5KB }\n');
    const error = await loadBudgetFile(path).catch((caught: unknown) => caught);
    expect((error as TinySizeError).place).toEqual({
      file: path,
      ...locate(await readFile(path, 'utf8'), '5KB'),
    });
  });
});

describe('parseBudgetFile: values of the wrong type say what was expected', () => {
  it.each([
    ['images:\n  a: x\n', 'x\n', /expected the image as a map/],
    ['images:\n  a:\n    image: x\n    budget: 5kB\n', '5kB', /expected a map of limits/],
    ['images:\n  a:\n    image: x\n    budget: { paths: [/a] }\n', '[/a]', /expected a map from a path/],
    ['images:\n  a:\n    context: .\n    build-args: [A=1]\n', '[A=1]', /expected a map of build arguments/],
    [
      'images:\n  a:\n    context: .\n    build-args: { A: null }\n',
      'null',
      /expected a string, number or boolean/,
    ],
    [
      'images:\n  a:\n    oci: x\n    platforms: linux/amd64\n',
      'linux/amd64',
      /expected a list of platforms/,
    ],
    ['images:\n  a:\n    oci: x\n    platforms: []\n', '[]', /at least one platform/],
    ['images: [a]\n', '[a]', /expected `images:`, a map/],
  ])('%j', (text, at, message) => {
    const error = problemsOf(text);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ ...locate(text, at), message: expect.stringMatching(message) });
  });
});
