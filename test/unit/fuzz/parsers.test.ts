/**
 * Property and fuzz tests of the parsers that read what users and images hand us: the budget file,
 * sizes, references, the OCI documents, path globs. Random and mutated inputs; the only outcomes
 * allowed are a result or a TinySizeError with a message and a fix, each within perInputMs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { parseBudgetFile } from '../../../src/budget/load.js';
import { BudgetFileError } from '../../../src/budget/read.js';
import { TinySizeError } from '../../../src/errors.js';
import {
  assertVerifiableDigest,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  parseJsonDocument,
} from '../../../src/oci/index.js';
import { compilePathPattern } from '../../../src/path-pattern.js';
import { looksLikeImageReference, parseSourceRef } from '../../../src/source/index.js';
import { parseRegistryReference } from '../../../src/source/registry/reference.js';
import { parseSize } from '../../../src/units.js';
import { expectClearError, fuzzOptions, Outcomes } from '../../support/fuzz.js';

// Hundreds of inputs per property here, thousands under `npm run fuzz`: more than the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

const fixtureText = readFileSync(resolve(import.meta.dirname, '../../fixtures/budget/tiny-size.yml'), 'utf8');

/** Pieces of YAML and of budget values that mutations splice in. */
const yamlPieces = [
  ': ',
  '- ',
  '&a ',
  '*a',
  '*nosuch',
  '<<: ',
  '<<: *a',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '\n',
  '\n  ',
  '\t',
  '|',
  '>',
  '!!str ',
  '!!binary ',
  '---\n',
  '...\n',
  '1.5',
  '-1',
  '1e400',
  'KB',
  'KiB',
  '%',
  '/**',
  '/*a*a*a*a*b',
  'linux/arm64',
  'Linux/AMD64',
  'null',
  '~',
  'true',
  '\u0000',
  '\ufeff',
  'images',
  'budget',
  'paths',
  'platforms',
  'growth',
  'layers',
];

/** A text mutated by a few splices: delete a range, insert a piece, duplicate a line. */
function mutantOf(text: string) {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...yamlPieces) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let out = text;
    for (const e of edits) {
      const at = e.at % (out.length + 1);
      if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
      else if (e.kind === 'insert') out = out.slice(0, at) + e.piece + out.slice(at);
      else out = out.slice(0, at) + out.slice(at, at + e.length) + out.slice(at);
    }
    return out;
  });
}

/** A budget file either parses or is refused with problems that each have a place and a fix. */
async function expectBudgetOutcome(tally: Outcomes, text: string): Promise<void> {
  const outcome = await tally.run(() => parseBudgetFile(text, 'fuzz.yml'));
  if (!(outcome instanceof TinySizeError)) return;
  expect(outcome).toBeInstanceOf(BudgetFileError);
  for (const problem of (outcome as BudgetFileError).problems) {
    expect(problem.fix, `no fix for: ${problem.message}`).toBeTruthy();
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
  }
}

const tallies: Outcomes[] = [];
function outcomes(what: string): Outcomes {
  const tally = new Outcomes(what);
  tallies.push(tally);
  return tally;
}
afterAll(() => {
  for (const tally of tallies) tally.record();
});

describe('the budget file parser', () => {
  it('mutants of a real budget file: parsed, or refused with a place and a fix for every problem', async () => {
    const tally = outcomes('budget file mutants');
    await fc.assert(
      fc.asyncProperty(mutantOf(fixtureText), async (text) => {
        await expectBudgetOutcome(tally, text);
      }),
      fuzzOptions(300),
    );
  });

  it('random values at every place of a budget: parsed, or refused with a fix', async () => {
    const tally = outcomes('budget file values');
    const base = parseYaml(fixtureText) as Record<string, unknown>;
    const places = [
      ['images', 'hello', 'budget', 'files'],
      ['images', 'hello', 'budget', 'layers'],
      ['images', 'http', 'budget', 'paths'],
      ['images', 'http', 'budget', 'paths', '/index.html'],
      ['images', 'http', 'platform'],
      ['images', 'http', 'build-args'],
      ['images', 'saved', 'growth'],
      ['images', 'saved', 'growth', 'files'],
      ['images', 'layout', 'platforms'],
      ['images', 'layout'],
      ['images', 'packed', 'budget', 'platforms'],
      ['images'],
      ['version'],
      [],
    ];
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(
        '1.5',
        '-1B',
        '1e3',
        '62B',
        '6 kB',
        '5%',
        '-5%',
        '1KB',
        'linux/amd64',
        '/a/**',
        '/a/*',
        '',
      ),
      fc.string({ maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...places), value, async (path, replacement) => {
        const doc = structuredClone(base) as Record<string, unknown>;
        let target: Record<string, unknown> = doc;
        for (const key of path.slice(0, -1)) {
          const next = target[key];
          if (typeof next !== 'object' || next === null) break;
          target = next as Record<string, unknown>;
        }
        if (path.length > 0) target[path.at(-1) as string] = replacement;
        const text = stringify(path.length === 0 ? replacement : doc);
        await expectBudgetOutcome(tally, text);
      }),
      fuzzOptions(300),
    );
  });

  it('random text: parsed, or refused with a fix', async () => {
    const tally = outcomes('budget file random text');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300, unit: fc.constantFrom(...yamlPieces, 'a', 'x', '0', ' ') }),
        async (text) => {
          await expectBudgetOutcome(tally, `images:\n  a:\n    archive: x\n${text}`);
        },
      ),
      fuzzOptions(300),
    );
  });
});

describe('sizes', () => {
  it('parseSize: a safe whole number of bytes, or a clear error', async () => {
    const tally = outcomes('sizes');
    const text = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc
        .tuple(
          fc.constantFrom('', '-', '+'),
          fc.stringMatching(/^[0-9]{1,20}(\.[0-9]{1,12})?$/),
          fc.constantFrom('', ' ', '  '),
          fc.constantFrom('', 'B', 'kB', 'MB', 'GB', 'KiB', 'MiB', 'GiB', 'KB', 'kb', 'K', 'b', 'TB', 'iB'),
        )
        .map((parts) => parts.join('')),
      fc.double(),
      fc.integer(),
    );
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const bytes = await tally.run(() => parseSize(value));
        if (typeof bytes === 'number') {
          expect(Number.isSafeInteger(bytes) && bytes >= 0).toBe(true);
        }
      }),
      fuzzOptions(500),
    );
  });

  it('parseSize: every unit is exact', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 30 }), (n) => {
        expect(parseSize(`${n}B`)).toBe(n);
        expect(parseSize(`${n}kB`)).toBe(n * 1000);
        expect(parseSize(`${n} KiB`)).toBe(n * 1024);
        expect(parseSize(`${n}.5kB`)).toBe(n * 1000 + 500);
      }),
      fuzzOptions(200),
    );
  });
});

describe('references and source names', () => {
  const referenceText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          'a',
          'b',
          '0',
          '.',
          '_',
          '__',
          '-',
          '/',
          ':',
          '@',
          'sha256:',
          'A',
          'localhost',
          '5000',
        ),
        {
          maxLength: 120,
        },
      )
      .map((parts) => parts.join('')),
  );

  it('parseRegistryReference: a reference or a clear error, quickly', async () => {
    const tally = outcomes('registry references');
    await fc.assert(
      fc.asyncProperty(referenceText, async (text) => {
        await tally.run(() => parseRegistryReference(text), 1000);
      }),
      fuzzOptions(500),
    );
  });

  it('parseSourceRef and looksLikeImageReference: an answer or a clear error, quickly', async () => {
    const tally = outcomes('image source names');
    await fc.assert(
      fc.asyncProperty(referenceText, async (text) => {
        const started = performance.now();
        looksLikeImageReference(text);
        expect(performance.now() - started).toBeLessThan(500);
        // Names that exist on this machine (a FIFO in /dev) are the breakage tests' business.
        if (text.startsWith('/')) return;
        await tally.run(() => parseSourceRef(text), 1000);
      }),
      fuzzOptions(500),
    );
  });

  it('digests: sha256 and 64 lower-case hex only; other algorithms and upper case refused', () => {
    const tally = outcomes('digests');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^[a-z0-9]{0,8}:[0-9a-fA-F]{60,68}$/),
          fc.string({ maxLength: 80 }),
          fc.constant(`sha512:${'a'.repeat(128)}`),
          fc.constant(`sha256:${'A'.repeat(64)}`),
        ),
        (digest) => {
          tally.inputs++;
          try {
            assertVerifiableDigest(digest);
            tally.results++;
            expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
          } catch (error) {
            expectClearError(error);
            tally.refused++;
          }
        },
      ),
      fuzzOptions(300),
    );
  });
});

describe('OCI documents', () => {
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: `sha256:${'a'.repeat(64)}`,
      size: 2,
    },
    layers: [
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: `sha256:${'b'.repeat(64)}`,
        size: 3,
      },
    ],
  };
  const config = {
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [`sha256:${'c'.repeat(64)}`] },
    history: [{ created_by: 'x' }],
  };
  const index = { schemaVersion: 2, manifests: [{ ...manifest.config, mediaType: manifest.mediaType }] };

  /** A JSON value with one place replaced by anything. */
  function mutatedJson(document: object) {
    const paths: string[][] = [];
    const collect = (value: unknown, path: string[]) => {
      paths.push(path);
      if (typeof value === 'object' && value !== null)
        for (const [key, inner] of Object.entries(value)) collect(inner, [...path, key]);
    };
    collect(document, []);
    return fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 })).map(([path, value]) => {
      if (path.length === 0) return value;
      const copy = structuredClone(document) as Record<string, unknown>;
      let target = copy;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
      target[path.at(-1) as string] = value;
      return copy;
    });
  }

  it.each([
    ['manifest', ImageManifest, manifest],
    ['image index', ImageIndex, index],
    ['image config', ImageConfig, config],
  ] as const)('%s: parsed, or refused with a clear error', async (what, schema, document) => {
    const tally = outcomes(`${what} documents`);
    const bytes = fc.oneof(
      mutatedJson(document).map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
      mutantOf(JSON.stringify(document)).map((text) => Buffer.from(text)),
      fc.uint8Array({ maxLength: 200 }).map((array) => Buffer.from(array)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        await tally.run(() => parseJsonDocument(input, schema, what, { file: 'fuzz' }));
      }),
      fuzzOptions(300),
    );
  });
});

describe('path globs', () => {
  /** The definition, by brute force: segments, `**` any number of whole segments, `*` within one. */
  function reference(pattern: string, path: string): boolean {
    const segmentMatches = (glob: string, name: string): boolean => {
      if (glob === '') return name === '';
      if (glob[0] === '*') {
        for (let i = 0; i <= name.length; i++) if (segmentMatches(glob.slice(1), name.slice(i))) return true;
        return false;
      }
      return name[0] === glob[0] && segmentMatches(glob.slice(1), name.slice(1));
    };
    const walk = (globs: string[], names: string[]): boolean => {
      if (globs.length === 0) return names.length === 0;
      const [glob, ...rest] = globs as [string, ...string[]];
      if (glob === '**') {
        for (let i = 0; i <= names.length; i++) if (walk(rest, names.slice(i))) return true;
        return false;
      }
      return names.length > 0 && segmentMatches(glob, names[0] as string) && walk(rest, names.slice(1));
    };
    return walk(pattern.split('/').slice(1), path.split('/').slice(1));
  }

  const segment = fc
    .array(fc.constantFrom('a', 'b', '*', '.', '?'), { minLength: 1, maxLength: 4 })
    .map((s) => s.join(''));
  const pattern = fc
    .array(fc.oneof(segment, fc.constant('**')), { minLength: 1, maxLength: 5 })
    .map((segments) => `/${segments.join('/')}`);
  const path = fc
    .array(
      fc.array(fc.constantFrom('a', 'b', '.', '?'), { minLength: 1, maxLength: 4 }).map((s) => s.join('')),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((segments) => `/${segments.join('/')}`);

  it('match exactly as the definition says', () => {
    const tally = outcomes('path globs');
    fc.assert(
      fc.property(pattern, path, (p, q) => {
        tally.inputs++;
        tally.results++;
        expect(compilePathPattern(p)(q)).toBe(reference(p, q));
      }),
      fuzzOptions(1000),
    );
  });
});
