import { describe, expect, it } from 'vitest';
import type { ImageConfigEntry } from '../../../src/budget/types.js';
import { ExitCode } from '../../../src/errors.js';
import {
  allowedGrowth,
  type Check,
  evaluate,
  type GrowthAllowance,
  type GrowthCheck,
  isFailure,
  isWarning,
} from '../../../src/gate/index.js';
import type { ImageSizes, Metric, PlatformSizes } from '../../../src/measure/types.js';
import { configEntry, platform } from './build-sizes.js';

const amd64 = 'linux/amd64';
const arm64 = 'linux/arm64';
const image = (...platforms: PlatformSizes[]): ImageSizes => ({
  source: 'oci:test',
  references: [],
  platforms,
  skipped: [],
});
const withFiles = (bytes: number, name = amd64) => platform(name, { files: { bytes } });

function growthOf(checks: Check[]): GrowthCheck[] {
  return checks.filter((check): check is GrowthCheck => check.kind === 'growth');
}

describe('allowedGrowth', () => {
  it.each([
    [{ bytes: 0 }, 1000, 0],
    [{ bytes: 20 }, 1000, 20],
    [{ percent: 5 }, 1000, 50],
    [{ percent: 5 }, 62, 3], // 3.1 B rounds down to whole bytes
    [{ percent: 0.57 }, 10_000, 57], // floating point says 56.99999999999999
    [{ percent: 0.07 }, 100_000, 70], // and here 70.00000000000001
    [{ percent: 12.5 }, 8, 1],
    [{ percent: 10 }, 0, 0], // a percentage of nothing is nothing
    [{ percent: 150 }, 10, 15],
  ] as [GrowthAllowance, number, number][])('%o of %i is %i', (allowance, base, allowed) => {
    expect(allowedGrowth(allowance, base)).toBe(allowed);
  });
});

describe('evaluate: growth of a byte metric', () => {
  it.each([
    // name, base, head, allowance, status, allowed
    ['no growth', 100, 100, { bytes: 0 }, 'ok', 0],
    ['shrank', 100, 90, { bytes: 0 }, 'ok', 0],
    ['grew within bytes', 100, 110, { bytes: 20 }, 'grew', 20],
    ['grew exactly the bytes allowed', 100, 120, { bytes: 20 }, 'grew', 20],
    ['grew one byte over the bytes allowed', 100, 121, { bytes: 20 }, 'over-allowance', 20],
    ['grew one byte with 0B allowed', 62, 63, { bytes: 0 }, 'over-allowance', 0],
    ['grew within a percentage', 1000, 1040, { percent: 5 }, 'grew', 50],
    ['grew exactly the percentage', 1000, 1050, { percent: 5 }, 'grew', 50],
    ['grew one byte over the percentage', 1000, 1051, { percent: 5 }, 'over-allowance', 50],
    ['grew the rounded-down percentage', 62, 65, { percent: 5 }, 'grew', 3],
    ['grew past the rounded-down percentage', 62, 66, { percent: 5 }, 'over-allowance', 3],
    ['grew the exact decimal percentage', 10_000, 10_057, { percent: 0.57 }, 'grew', 57],
    ['grew from nothing under a percentage', 0, 1, { percent: 10 }, 'over-allowance', 0],
  ] as const)('%s', (_name, base, head, allowance, status, allowed) => {
    const verdict = evaluate(
      [{ image: configEntry('app', { growth: { files: allowance } }), sizes: image(withFiles(head)) }],
      { baseline: [{ name: 'app', sizes: image(withFiles(base)) }] },
    );
    const check = verdict.checks[0] as GrowthCheck;
    expect(verdict.checks).toHaveLength(1);
    expect(check).toMatchObject({
      kind: 'growth',
      image: 'app',
      platform: amd64,
      metric: 'files',
      status,
      base,
      actual: head,
      delta: head - base,
      allowance,
      allowed,
      exceedance: head - base - allowed,
      keyPath: ['images', 'app', 'growth', 'files'],
    });
    expect(check.overridden).toBeUndefined();
    const fails = status === 'over-allowance';
    expect(verdict.ok).toBe(!fails);
    expect(verdict.exitCode).toBe(fails ? ExitCode.overBudget : ExitCode.ok);
    expect(verdict.baseline).toBe(true);
    expect(verdict.counts).toMatchObject({
      checks: 1,
      ok: status === 'ok' ? 1 : 0,
      grew: status === 'grew' ? 1 : 0,
      overAllowance: fails ? 1 : 0,
      failures: fails ? 1 : 0,
      warnings: 0,
    });
    if (fails) expect(check.message).toContain(`${head - base - allowed} B over the allowed growth`);
    else expect(check.message).toBeUndefined();
  });

  it('says by how much, against what, in the message', () => {
    const verdict = evaluate(
      [{ image: configEntry('app', { growth: { files: { percent: 5 } } }), sizes: image(withFiles(1051)) }],
      { baseline: [{ name: 'app', sizes: image(withFiles(1000)) }] },
    );
    expect(verdict.checks[0]?.message).toBe(
      'app (linux/amd64): `files` grew by +51 B to 1,051 B, 1 B over the allowed growth of 5% of 1,000 B = +50 B',
    );
  });

  it('checks each metric with an allowance, in metric order, and only those', () => {
    const before = platform(amd64, {
      files: { bytes: 100 },
      tar: { bytes: 2048 },
      pull: { bytes: 900 },
      layers: 1,
    });
    const after = platform(amd64, {
      files: { bytes: 130 },
      tar: { bytes: 2560 },
      pull: { bytes: 950 },
      layers: 1,
    });
    const growth = { pull: { bytes: 100 }, files: { bytes: 10 }, layers: { bytes: 0 } };
    const verdict = evaluate([{ image: configEntry('app', { growth }), sizes: image(after) }], {
      baseline: [{ name: 'app', sizes: image(before) }],
    });
    expect(growthOf(verdict.checks).map((c) => [c.metric, c.delta, c.status])).toEqual([
      ['files', 30, 'over-allowance'],
      ['pull', 50, 'grew'],
      ['layers', 0, 'ok'],
    ]);
  });
});

describe('evaluate: growth of the layer count', () => {
  it.each([
    ['one more layer, one allowed', 1, 2, { bytes: 1 }, 'grew', 1],
    ['one more layer, none allowed', 1, 2, { bytes: 0 }, 'over-allowance', 0],
    ['one layer fewer', 3, 2, { bytes: 0 }, 'ok', 0],
    ['half as many again, 50% allowed', 2, 3, { percent: 50 }, 'grew', 1],
    ['two more, 50% of 2 allowed', 2, 4, { percent: 50 }, 'over-allowance', 1],
  ] as const)('%s', (_name, base, head, allowance, status, allowed) => {
    const verdict = evaluate(
      [
        {
          image: configEntry('app', { growth: { layers: allowance } }),
          sizes: image(platform(amd64, { layers: head })),
        },
      ],
      { baseline: [{ name: 'app', sizes: image(platform(amd64, { layers: base })) }] },
    );
    expect(verdict.checks[0]).toMatchObject({ metric: 'layers', base, actual: head, status, allowed });
    if (status === 'over-allowance') {
      expect(verdict.checks[0]?.message).toMatch(
        new RegExp(`grew by ${head - base} layers? to ${head} layers, ${head - base - allowed} layers? over`),
      );
    }
  });
});

describe('evaluate: growth with budgets and the override label', () => {
  const run = (head: number, options: { budget?: number; override?: boolean } = {}) =>
    evaluate(
      [
        {
          image: configEntry('app', {
            budget: options.budget === undefined ? {} : { files: options.budget },
            growth: { files: { bytes: 10 } },
          }),
          sizes: image(withFiles(head)),
        },
      ],
      {
        baseline: [{ name: 'app', sizes: image(withFiles(100)) }],
        overrideGrowth: options.override ?? false,
      },
    );

  it('keeps the over-allowance status, marks it overridden and does not fail, with the label', () => {
    const verdict = run(150, { override: true });
    const check = verdict.checks[0] as GrowthCheck;
    expect(check).toMatchObject({ status: 'over-allowance', overridden: true, exceedance: 40 });
    expect(check.message).toMatch(/40 B over the allowed growth of \+10 B; allowed by the override label$/);
    expect(isFailure(check)).toBe(false);
    expect(isWarning(check)).toBe(true);
    expect(verdict).toMatchObject({ ok: true, exitCode: ExitCode.ok });
    expect(verdict.counts).toMatchObject({ overAllowance: 1, overridden: 1, warnings: 1, failures: 0 });
  });

  it('does not mark growth within the allowance overridden', () => {
    const check = run(105, { override: true }).checks[0] as GrowthCheck;
    expect(check).toMatchObject({ status: 'grew' });
    expect(check.overridden).toBeUndefined();
  });

  it.each([
    ['over budget and over allowance: both fail', 150, 120, false, ['over-budget', 'over-allowance'], 2],
    ['over budget, the label does not help', 150, 120, true, ['over-budget', 'over-allowance'], 1],
    ['over budget, growth within allowance', 105, 104, false, ['over-budget', 'grew'], 1],
    ['within budget, over allowance', 150, 1000, false, ['ok', 'over-allowance'], 1],
    ['within budget and allowance', 105, 1000, false, ['ok', 'grew'], 0],
  ] as const)('%s', (_name, head, budget, override, statuses, failures) => {
    const verdict = run(head, { budget, override });
    expect(verdict.checks.map((c) => [c.kind, c.status])).toEqual([
      ['metric', statuses[0]],
      ['growth', statuses[1]],
    ]);
    expect(verdict.counts.failures).toBe(failures);
    expect(verdict.ok).toBe(failures === 0);
    expect(verdict.exitCode).toBe(failures ? 1 : 0);
  });
});

describe('evaluate: baseline presence', () => {
  const entry = (name: string, extra: Partial<ImageConfigEntry> = {}) =>
    configEntry(name, { growth: { files: { bytes: 0 } }, ...extra });

  it('has no growth checks without a baseline, and says so', () => {
    const verdict = evaluate([{ image: entry('app'), sizes: image(withFiles(1_000_000)) }]);
    expect(verdict.checks).toEqual([]);
    expect(verdict.baseline).toBe(false);
    expect(verdict.ok).toBe(true);
  });

  it('reports an image not in the baseline as new, per platform, without failing', () => {
    const verdict = evaluate([{ image: entry('fresh'), sizes: image(withFiles(10), withFiles(20, arm64)) }], {
      baseline: [],
    });
    expect(
      verdict.checks.map((c) => [c.kind, c.status, c.platform, c.kind === 'presence' && c.scope]),
    ).toEqual([
      ['presence', 'new', amd64, 'image'],
      ['presence', 'new', arm64, 'image'],
    ]);
    expect(verdict.checks[0]?.keyPath).toEqual(['images', 'fresh']);
    expect(verdict).toMatchObject({ ok: true, exitCode: 0 });
    expect(verdict.counts).toMatchObject({ checks: 2, new: 2, failures: 0 });
  });

  it('reports a baseline image without an entry as removed, without failing', () => {
    const verdict = evaluate([{ image: entry('app'), sizes: image(withFiles(10)) }], {
      baseline: [
        { name: 'app', sizes: image(withFiles(10)) },
        { name: 'old', sizes: image(withFiles(5)) },
      ],
    });
    expect(verdict.checks.map((c) => [c.image, c.kind, c.status])).toEqual([
      ['app', 'growth', 'ok'],
      ['old', 'presence', 'removed'],
    ]);
    expect(verdict.checks[1]?.message).toBe('old (linux/amd64): image in the baseline only');
    expect(verdict.counts).toMatchObject({ checks: 2, ok: 1, removed: 1, failures: 0 });
    expect(verdict.ok).toBe(true);
  });

  it('reports a platform new or gone inside an image in both', () => {
    const verdict = evaluate([{ image: entry('app'), sizes: image(withFiles(10), withFiles(30, arm64)) }], {
      baseline: [{ name: 'app', sizes: image(withFiles(10), withFiles(30, 'linux/s390x')) }],
    });
    expect(verdict.checks.map((c) => [c.kind, c.status, c.platform])).toEqual([
      ['growth', 'ok', amd64],
      ['presence', 'new', arm64],
      ['presence', 'removed', 'linux/s390x'],
    ]);
    expect(verdict.checks.slice(1).map((c) => c.kind === 'presence' && c.scope)).toEqual([
      'platform',
      'platform',
    ]);
  });

  it('ignores baseline platforms that `platforms:` does not select', () => {
    const verdict = evaluate(
      [{ image: entry('app', { platforms: [amd64] }), sizes: image(withFiles(10), withFiles(99, arm64)) }],
      {
        baseline: [
          { name: 'app', sizes: image(withFiles(10), withFiles(10, arm64), withFiles(1, 'linux/s390x')) },
        ],
      },
    );
    expect(verdict.checks.map((c) => [c.kind, c.status, c.platform])).toEqual([['growth', 'ok', amd64]]);
  });

  it('carries estimated figures of either side into the growth check', () => {
    const how = 'gzip -6 of the uncompressed layer tars';
    const compressed = (bytes: number, estimated?: string) =>
      platform(amd64, { compressed: { bytes, ...(estimated ? { estimated } : {}) } });
    const growth = { compressed: { bytes: 0 } as GrowthAllowance };
    for (const [head, base] of [
      [compressed(120, how), compressed(100)],
      [compressed(120), compressed(100, how)],
    ] as const) {
      const verdict = evaluate([{ image: configEntry('saved', { growth }), sizes: image(head) }], {
        baseline: [{ name: 'saved', sizes: image(base) }],
      });
      expect(verdict.checks[0]).toMatchObject({ metric: 'compressed', estimated: how, delta: 20 });
    }
    const exact = evaluate([{ image: configEntry('saved', { growth }), sizes: image(compressed(1)) }], {
      baseline: [{ name: 'saved', sizes: image(compressed(1)) }],
    });
    expect(exact.checks[0]?.estimated).toBeUndefined();
  });

  it('gates every metric a single `growth:` value expands to', () => {
    const allowance: GrowthAllowance = { bytes: 0 };
    const growth = Object.fromEntries(
      (['files', 'tar', 'compressed', 'pull'] as Metric[]).map((m) => [m, allowance]),
    );
    const sizes = (n: number) =>
      platform(amd64, {
        files: { bytes: n },
        tar: { bytes: n },
        compressed: { bytes: n },
        pull: { bytes: n },
      });
    const verdict = evaluate([{ image: configEntry('app', { growth }), sizes: image(sizes(2)) }], {
      baseline: [{ name: 'app', sizes: image(sizes(1)) }],
    });
    expect(verdict.counts).toMatchObject({ checks: 4, overAllowance: 4, failures: 4 });
  });
});
