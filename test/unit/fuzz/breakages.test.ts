/**
 * The breakages the fuzzing of issue 12 found, each reproduced as it was found and now refused with
 * a clear TinySizeError (or measured) in bounded time. Numbers are the issue's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBudgetFile } from '../../../src/budget/load.js';
import { BudgetFileError, loadBudgetFile, maxBudgetFileBytes } from '../../../src/budget/read.js';
import { formatError } from '../../../src/errors.js';
import { EntryKeeper, maxKeptEntries, pathSum } from '../../../src/measure/index.js';
import { compilePathPattern } from '../../../src/path-pattern.js';
import { openImage, parseSourceRef } from '../../../src/source/index.js';
import { failure } from '../../support/failure.js';
import { fileEntry, paxHeader, tarOf } from '../../support/fuzz-tar.js';
import { tempDir } from '../source/temp.js';

const dir = tempDir();
let count = 0;
function write(bytes: Buffer | string, name = `input-${++count}`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const manifestJson = fileEntry('manifest.json', '[]');

describe('1, 2: pax sizes in an archive’s own tar', () => {
  it.each([
    '-1536',
    'abc',
    '1479.5',
    '1e3',
    ' 12',
    '99999999999999999999',
  ])('refuses a pax size of %j in every archive kind, without hanging', async (size) => {
    const tar = tarOf(paxHeader({ size }), fileEntry('oci-layout', '{}'), manifestJson);
    for (const kind of ['docker-archive', 'oci-archive'] as const) {
      const error = await failure(openImage({ kind, path: write(tar) }));
      expect(error.message).toMatch(/is not a tar archive: the pax header at byte 0 declares the size/);
      expect(error.fix).toBeTruthy();
    }
  });

  it('still reads a valid pax size', async () => {
    const tar = tarOf(paxHeader({ size: '2' }), fileEntry('manifest.json', '[]'));
    const error = await failure(openImage({ kind: 'docker-archive', path: write(tar) }));
    // It got past the tar: manifest.json (an empty list) is read and refused as such.
    expect(error.message).not.toMatch(/not a tar archive/);
  });
});

describe('3: OCI layout directories whose parts are the wrong kind of file', () => {
  const layout = (name: string) => {
    const root = join(dir, name);
    mkdirSync(root);
    writeFileSync(join(root, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    return root;
  };
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${'a'.repeat(64)}`,
        size: 10,
      },
    ],
  };

  it('refuses `blobs` that is a file (ENOTDIR)', async () => {
    const root = layout('blobs-file');
    writeFileSync(join(root, 'index.json'), JSON.stringify(index));
    writeFileSync(join(root, 'blobs'), 'not a directory');
    const error = await failure(openImage({ kind: 'oci', path: root }));
    expect(error.message).toMatch(/blobs\/sha256\/a+ .*not a directory|is not a directory/);
    expect(error.fix).toBeTruthy();
  });

  it('refuses an index.json that is a symlink to itself (ELOOP)', async () => {
    const root = layout('index-loop');
    symlinkSync('index.json', join(root, 'index.json'));
    const error = await failure(openImage({ kind: 'oci', path: root }));
    expect(error.message).toMatch(/index\.json.*symbolic links? loop|too many symbolic links/);
    expect(error.fix).toBeTruthy();
  });
});

describe('10: a FIFO named as an archive', () => {
  const fifo = join(dir, 'pipe.tar');
  execFileSync('mkfifo', [fifo]);

  it.each(['docker-archive', 'oci-archive'] as const)('refuses it as %s without opening it', async (kind) => {
    const error = await failure(openImage({ kind, path: fifo }));
    expect(error.message).toBe(`${fifo} is a named pipe (FIFO), not an archive file`);
    expect(error.fix).toMatch(/regular file/);
  });

  it('refuses it when the kind is guessed from the path', () => {
    expect(() => parseSourceRef(fifo)).toThrow(/named pipe \(FIFO\), not an archive file/);
  });

  it('refuses it as oci: (a directory is needed)', async () => {
    const error = await failure(openImage({ kind: 'oci', path: fifo }));
    expect(error.message).toMatch(/not an OCI layout directory/);
  });

  it('refuses a FIFO inside a layout directory instead of blocking on it', async () => {
    const root = join(dir, 'fifo-layout');
    mkdirSync(root);
    execFileSync('mkfifo', [join(root, 'oci-layout')]);
    const error = await failure(openImage({ kind: 'oci', path: root }));
    expect(error.message).toMatch(/oci-layout in .* cannot be read: it is a named pipe \(FIFO\)/);
  });
});

/** The BudgetFileError a text is refused with, and the time it took. */
function refusal(text: string): { error: BudgetFileError; ms: number } {
  const started = performance.now();
  try {
    parseBudgetFile(text, 'tiny-size.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(BudgetFileError);
    return { error: error as BudgetFileError, ms: performance.now() - started };
  }
  throw new Error('the budget file was accepted');
}

describe('4: YAML that fails while converting', () => {
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const name of 'bcdefghi') {
    const previous = String.fromCharCode(name.charCodeAt(0) - 1);
    laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }

  it('refuses an alias bomb at its first alias, with a fix', () => {
    const { error, ms } = refusal(`${laughs.join('\n')}\nimages: *i\n`);
    expect(formatError(error)).toBe(
      'tiny-size.yml:2:8: its aliases expand to more than 10000 values (aliases of anchors that hold aliases multiply)\n  fix: write the repeated values out, or share fewer levels of anchors',
    );
    expect(ms).toBeLessThan(2000);
  });

  it('accepts 150 images sharing one anchored budget', () => {
    const images = Array.from({ length: 150 }, (_, i) => `  i${i}:\n    archive: a.tar\n    budget: *shared`);
    const parsed = parseBudgetFile(
      `images:\n  first:\n    archive: a.tar\n    budget: &shared { files: 1kB }\n${images.join('\n')}\n`,
      'b.yml',
    );
    expect(parsed.images).toHaveLength(151);
    expect(parsed.images[150]?.budget.files).toBe(1000);
  });

  it('refuses `<<: 1` at its value', () => {
    const { error } = refusal('images:\n  a:\n    <<: 1\n    archive: x.tar\n');
    expect(formatError(error)).toBe(
      'tiny-size.yml:3:9: `<<` merges maps only, and this value is not a map\n  fix: write `<<: *name` where `&name` marks a map, or remove the `<<` line',
    );
  });

  it('refuses an alias to no anchor at the alias', () => {
    const { error } = refusal('images:\n  a:\n    archive: *nosuch\n');
    expect(formatError(error)).toBe(
      'tiny-size.yml:3:14: the alias `*nosuch` names no anchor before it\n  fix: mark the value to repeat with `&nosuch` before this line, or write the value here',
    );
  });

  it('refuses a duplicate key at the second one', () => {
    const { error } = refusal('images:\n  a:\n    archive: x.tar\n  a:\n    archive: y.tar\n');
    expect(error.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [4, 3, 'not valid YAML: Map keys must be unique: `a` appears twice in one map'],
    ]);
  });
});

describe('5: `paths:` globs that a regex would backtrack on', () => {
  const time = (pattern: string, path: string) => {
    const started = performance.now();
    const matched = compilePathPattern(pattern)(path);
    return { matched, ms: performance.now() - started };
  };

  it('matches /*a*a*a*a*a*a*a*a*a*a*a*b against 40 characters in milliseconds', () => {
    const result = time('/*a*a*a*a*a*a*a*a*a*a*a*b', `/${'a'.repeat(40)}`);
    expect(result).toEqual({ matched: false, ms: expect.any(Number) });
    expect(result.ms).toBeLessThan(50);
    expect(time('/*a*a*a*a*a*a*a*a*a*a*a*b', `/${'a'.repeat(40)}b`).matched).toBe(true);
  });

  it('matches /** twelve times against a deep path in milliseconds', () => {
    const deep = `/${Array.from({ length: 60 }, (_, i) => `d${i}`).join('/')}/x`;
    const result = time(`${'/**'.repeat(12)}/y`, deep);
    expect(result.matched).toBe(false);
    expect(result.ms).toBeLessThan(50);
    expect(time(`${'/**'.repeat(12)}/x`, deep).matched).toBe(true);
  });
});

describe('6: a budget file of 100,000 images (2.7 MB)', () => {
  const images = Array.from({ length: 100_000 }, (_, i) => `  image${i}:\n    archive: a.tar`).join('\n');

  it('is refused at the 256 KiB cap, before parsing', () => {
    const { error, ms } = refusal(`images:\n${images}\n`);
    expect(error.message).toMatch(/^the budget file is \d+ bytes, over the 262144-byte \(256 KiB\) limit$/);
    expect(error.fix).toMatch(/split it/);
    expect(ms).toBeLessThan(100);
  });

  it('is refused by loadBudgetFile without reading it', async () => {
    const path = write(`images:\n${images}\n`, 'huge.yml');
    const error = await failure(loadBudgetFile(path));
    expect(error.message).toMatch(/over the 262144-byte/);
  });

  it('a file just under the cap (thousands of images) parses in seconds', () => {
    let text = 'images:\n';
    let count = 0;
    while (text.length < maxBudgetFileBytes - 40) text += `  i${count++}: { archive: a.tar }\n`;
    const started = performance.now();
    expect(parseBudgetFile(text, 'b.yml').images).toHaveLength(count);
    // Minutes before (Alias.resolve walks the document for every alias); seconds now, on a busy machine.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});

describe('10, budget file: a FIFO named as the budget file', () => {
  it('is refused without opening it', async () => {
    const fifo = join(dir, 'budget.fifo');
    execFileSync('mkfifo', [fifo]);
    const error = await failure(loadBudgetFile(fifo));
    expect(error.message).toMatch(/is not a regular file/);
    expect(error.fix).toMatch(/--config/);
  });
});

describe('11: every budget-file message has a fix', () => {
  const malformed = [
    'layers: 1.5',
    '"[": 1B',
    'list',
    'name',
    'platform',
    'platforms',
    'version',
    'empty images',
    'images not a map',
    'budget not a map',
    'unknown key',
    'growth',
  ];
  const texts: Record<string, string> = {
    'layers: 1.5': 'images:\n  a:\n    archive: x\n    budget: { layers: 1.5 }\n',
    '"[": 1B': 'images:\n  a:\n    archive: x\n    budget: { paths: { "[": 1B } }\n',
    list: '- images\n- a\n',
    name: 'images:\n  "-bad name":\n    archive: x\n',
    platform: 'images:\n  a:\n    context: .\n    platform: Linux/AMD64\n',
    platforms: 'images:\n  a:\n    archive: x\n    platforms: linux/amd64\n',
    version: 'version: 2\nimages: { a: { archive: x } }\n',
    'empty images': 'images: {}\n',
    'images not a map': 'images: [a]\n',
    'budget not a map': 'images:\n  a:\n    archive: x\n    budget: 5\n',
    'unknown key': 'images:\n  a:\n    archive: x\n    budgte: {}\n',
    growth: 'images:\n  a:\n    archive: x\n    growth: { files: -1% }\n',
  };

  it.each(malformed)('%s', (name) => {
    const { error } = refusal(texts[name] as string);
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) expect(problem.fix, problem.message).toBeTruthy();
    expect(formatError(error)).toMatch(/\n {2}fix: /);
  });

  it('the missing-file message names --config and the `config` input', async () => {
    const error = await failure(loadBudgetFile(join(dir, 'no-such.yml')));
    expect(error.fix).toMatch(/CLI: --config <file>; action: the `config` input/);
    expect(error.fix).not.toMatch(/--budget|budget-file/);
  });
});

describe('9: the per-file list is bounded', () => {
  it('3,000,000 empty-file entries keep 100,000 and count the rest, in bounded memory', () => {
    const keeper = new EntryKeeper(['/big/**', '/d1/*']);
    for (let i = 0; i < 3_000_000; i++) {
      keeper.add({ path: `/d${i % 7}/f${i}`, size: 0, type: 'file', layer: 0 });
    }
    keeper.add({ path: '/big/one', size: 5, type: 'file', layer: 1 });
    const entries = keeper.entries();
    expect(entries).toHaveLength(maxKeptEntries);
    expect(keeper.omitted).toBe(3_000_001 - maxKeptEntries);
    // The largest is kept whatever its place; among equals the first ones, in their order.
    expect(entries.at(-1)?.path).toBe('/big/one');
    expect(entries[0]?.path).toBe('/d0/f0');
    expect(keeper.pathSums).toEqual({
      '/big/**': { bytes: 5, matched: 1 },
      '/d1/*': { bytes: 0, matched: Math.ceil((3_000_000 - 1) / 7) },
    });
    // 660 MB before, all three million held; now never more than twice the kept number at once.
    expect(keeper.peakHeld).toBe(2 * maxKeptEntries);
  }, 60_000);

  it('path budgets stay exact when entries are left out', () => {
    const kept = { entries: [], pathSums: { '/a/**': { bytes: 7, matched: 2 } } };
    expect(pathSum(kept, '/a/**')).toEqual({ bytes: 7, matched: 2 });
    const all = {
      entries: [
        { path: '/a/x', size: 3, type: 'file' as const, layer: 0 },
        { path: '/a/y', size: 4, type: 'file' as const, layer: 1 },
        { path: '/b', size: 9, type: 'file' as const, layer: 1 },
      ],
    };
    expect(pathSum(all, '/a/**')).toEqual({ bytes: 7, matched: 2 });
  });
});

describe('4, 6: many aliases in a file at the cap', () => {
  it('are checked in linear time', () => {
    let text = 'images:\n  i0: &a { archive: a.tar }\n';
    let count = 1;
    while (text.length < maxBudgetFileBytes - 30) text += `  i${count++}: *a\n`;
    const started = performance.now();
    // Over 20,000 aliases: refused as an expansion past the alias limit, with its place, quickly.
    const { error } = refusal(text);
    expect(error.message).toMatch(/aliases expand to more than 10000 values/);
    // Minutes before (Alias.resolve walks the document for every alias); seconds now, on a busy machine.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
