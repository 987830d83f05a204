/**
 * The gate: measured sizes x budget x baseline -> verdict. Pure: no I/O, no logging.
 *
 * A `paths:` entry's actual size is the sum of the sizes of the regular-file entries it matches in
 * all layers, consistent with the `files` metric: a file rewritten in a later layer counts twice,
 * and a file deleted by a later whiteout still counts, because its bytes are still shipped.
 *
 * A platform's limits are the image-wide ones overridden by its `budget.platforms` entry, metric by
 * metric and path by path; each check's keyPath names the limit that applied. Platforms match as the
 * sources select them (`linux/arm64` also names `linux/arm64/v8`).
 *
 * Growth (`growth:` in the budget file) is gated only when a baseline is given: per metric with an
 * allowance, head - base against the allowance (a percentage is of the base, rounded down to whole
 * bytes; growth equal to the allowance is within it). Absolute budgets are checked all the same, and
 * the override label turns only growth failures into warnings, never budget failures.
 */
import type { ImageConfigEntry, PlatformBudget } from '../budget/index.js';
import { metricFigure, type NamedSizes } from '../compare/index.js';
import { ExitCode } from '../errors.js';
import { joinNotes, type PlatformSizes, pathSum, rootfsSizes } from '../measure/index.js';
import { type BudgetMetric, budgetMetrics, metrics } from '../metrics.js';
import { platformIs } from './paths.js';
import { checkSentence } from './sentences.js';
import type {
  Check,
  GateEntry,
  GateOptions,
  GrowthAllowance,
  GrowthCheck,
  MetricCheck,
  PathCheck,
  PlatformCheck,
  PresenceCheck,
  Verdict,
  VerdictCounts,
} from './types.js';

export type { NamedSizes } from '../compare/index.js';
export { type AcceptResult, acceptBudgets, type BudgetEdit, type Headroom, withHeadroom } from './accept.js';
export { compilePathPattern } from './glob.js';
export { platformIs } from './paths.js';
export { amountOf, checkSentence, plainStyle, type SentenceStyle } from './sentences.js';
export type {
  BudgetStatus,
  Check,
  CheckStatus,
  GateEntry,
  GateOptions,
  GrowthAllowance,
  GrowthCheck,
  GrowthStatus,
  MetricCheck,
  PathCheck,
  PlatformCheck,
  PresenceCheck,
  PresenceStatus,
  ReproducibleCheck,
  ReproducibleStatus,
  Verdict,
  VerdictCounts,
} from './types.js';

/** A check that fails the gate: over a budget, a budget that guards nothing, or growth not overridden. */
export function isFailure(check: Check): boolean {
  if (check.kind === 'growth') return check.status === 'over-allowance' && !check.overridden;
  if (check.kind === 'reproducible') return check.status === 'not-reproducible';
  return check.status === 'over-budget' || check.status === 'no-match';
}

/** Growth over the allowance that the override label turned into a warning. */
export function isWarning(check: Check): boolean {
  return check.kind === 'growth' && check.status === 'over-allowance' && check.overridden === true;
}

function actualOf(platform: PlatformSizes, metric: BudgetMetric): { actual: number; estimated?: string } {
  if (metric === 'rootfs' || metric === 'wasted') return { actual: rootfsSizes(platform.entries)[metric] };
  const figure = metricFigure(platform, metric);
  return { actual: figure.bytes, ...(figure.estimated ? { estimated: figure.estimated } : {}) };
}

/** A limit and where it is written in the budget file. */
interface Limit {
  limit: number;
  keyPath: (string | number)[];
}

/** The limits that apply to one platform of an image. */
interface EffectiveBudget {
  metrics: Partial<Record<BudgetMetric, Limit>>;
  /** In the order written: image-wide patterns first, then those a platform adds. */
  paths: Map<string, Limit>;
}

/**
 * The image-wide limits overridden, metric by metric and path by path, by the platform budgets that
 * name this platform: `linux/arm` first, then `linux/arm/v7`, so the more specific one wins.
 */
function effectiveBudget(image: ImageConfigEntry, platform: string): EffectiveBudget {
  const at = ['images', image.name, 'budget'];
  const overrides = Object.entries(image.budget.platforms ?? {})
    .filter(([wanted]) => platformIs(wanted, platform))
    .sort(([a], [b]) => a.split('/').length - b.split('/').length);
  const layers: [(string | number)[], PlatformBudget][] = [
    [at, image.budget],
    ...overrides.map(([wanted, budget]): [(string | number)[], PlatformBudget] => [
      [...at, 'platforms', wanted],
      budget,
    ]),
  ];
  const effective: EffectiveBudget = { metrics: {}, paths: new Map() };
  for (const [keyPath, budget] of layers) {
    for (const metric of budgetMetrics) {
      const limit = budget[metric];
      if (limit !== undefined) effective.metrics[metric] = { limit, keyPath: [...keyPath, metric] };
    }
    for (const [pattern, limit] of Object.entries(budget.paths)) {
      effective.paths.set(pattern, { limit, keyPath: [...keyPath, 'paths', pattern] });
    }
  }
  return effective;
}

function metricChecks(
  image: ImageConfigEntry,
  platform: PlatformSizes,
  budget: EffectiveBudget,
): MetricCheck[] {
  const checks: MetricCheck[] = [];
  for (const metric of budgetMetrics) {
    const written = budget.metrics[metric];
    if (written === undefined) continue;
    const { limit, keyPath } = written;
    const { actual, estimated } = actualOf(platform, metric);
    const over = actual > limit;
    checks.push({
      kind: 'metric',
      image: image.name,
      platform: platform.platform,
      metric,
      limit,
      actual,
      ...(estimated ? { estimated } : {}),
      status: over ? 'over-budget' : 'ok',
      exceedance: actual - limit,
      keyPath,
    });
  }
  return checks;
}

function pathChecks(image: ImageConfigEntry, platform: PlatformSizes, budget: EffectiveBudget): PathCheck[] {
  return [...budget.paths].map(([pattern, { limit, keyPath }]) => {
    // Sums over every entry, also those a large image's report leaves out.
    const { bytes: actual, matched } = pathSum(platform, pattern);
    // `0B` means "nothing here": it holds when nothing matches. Any other budget must guard a file.
    const status = matched === 0 && limit > 0 ? 'no-match' : actual > limit ? 'over-budget' : 'ok';
    return {
      kind: 'path',
      image: image.name,
      platform: platform.platform,
      pattern,
      matched,
      limit,
      actual,
      status,
      exceedance: actual - limit,
      keyPath,
    };
  });
}

function missingPlatformChecks(image: ImageConfigEntry, measured: PlatformSizes[]): PlatformCheck[] {
  const present = measured.map((p) => p.platform);
  return (image.platforms ?? []).flatMap((platform, index): PlatformCheck[] =>
    present.some((measuredPlatform) => platformIs(platform, measuredPlatform))
      ? []
      : [
          {
            kind: 'platform',
            image: image.name,
            platform,
            limit: 0,
            actual: 0,
            status: 'no-match',
            exceedance: 0,
            keyPath: ['images', image.name, 'platforms', index],
            measured: present,
          },
        ],
  );
}

/** A platform budget that names no platform measured guards nothing, so it fails like a `paths:` no-match. */
function unusedPlatformBudgetChecks(image: ImageConfigEntry, selected: PlatformSizes[]): PlatformCheck[] {
  // With `platforms:`, the sources read only the platforms it names; say so when that is why.
  const listed = (wanted: string) =>
    !image.platforms || image.platforms.some((w) => platformIs(w, wanted) || platformIs(wanted, w));
  return Object.keys(image.budget.platforms ?? {}).flatMap((wanted): PlatformCheck[] => {
    if (selected.some((p) => platformIs(wanted, p.platform))) return [];
    return [
      {
        kind: 'platform',
        image: image.name,
        platform: wanted,
        limit: 0,
        actual: 0,
        status: 'no-match',
        exceedance: 0,
        keyPath: ['images', image.name, 'budget', 'platforms', wanted],
        measured: selected.map((p) => p.platform),
        ...(listed(wanted) ? {} : { unselected: true as const, selects: [...(image.platforms ?? [])] }),
      },
    ];
  });
}

/**
 * The allowance in whole bytes (or layers) over `base`. A percentage is computed in exact decimal
 * arithmetic and rounded down, since sizes are whole bytes: 5% of 62 B allows 3 B.
 */
export function allowedGrowth(allowance: GrowthAllowance, base: number): number {
  if ('bytes' in allowance) return allowance.bytes;
  const text = String(allowance.percent);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return Math.floor((base * allowance.percent) / 100);
  const [, whole = '0', fraction = ''] = match;
  const scale = 10n ** BigInt(fraction.length + 2);
  return Number((BigInt(base) * BigInt(whole + fraction)) / scale);
}

function growthChecks(
  image: ImageConfigEntry,
  head: PlatformSizes,
  base: PlatformSizes,
  overrideGrowth: boolean,
): GrowthCheck[] {
  const checks: GrowthCheck[] = [];
  for (const metric of metrics) {
    const allowance = image.growth?.[metric];
    if (!allowance) continue;
    const now = metricFigure(head, metric);
    const before = metricFigure(base, metric);
    const delta = now.bytes - before.bytes;
    const allowed = allowedGrowth(allowance, before.bytes);
    const status = delta <= 0 ? 'ok' : delta <= allowed ? 'grew' : 'over-allowance';
    const overridden = status === 'over-allowance' && overrideGrowth;
    const estimated = joinNotes([now.estimated, before.estimated]);
    checks.push({
      kind: 'growth',
      image: image.name,
      platform: head.platform,
      metric,
      status,
      base: before.bytes,
      actual: now.bytes,
      delta,
      allowance,
      allowed,
      exceedance: delta - allowed,
      ...(overridden ? { overridden: true as const } : {}),
      ...(estimated ? { estimated } : {}),
      keyPath: ['images', image.name, 'growth', metric],
    });
  }
  return checks;
}

function presence(
  status: PresenceCheck['status'],
  scope: PresenceCheck['scope'],
  image: string,
  platform: string,
  keyPath: (string | number)[],
): PresenceCheck {
  return { kind: 'presence', image, platform, status, scope, keyPath };
}

function countChecks(checks: Check[]): VerdictCounts {
  const count = (predicate: (check: Check) => boolean) => checks.filter(predicate).length;
  return {
    checks: checks.length,
    ok: count((c) => c.status === 'ok'),
    overBudget: count((c) => c.status === 'over-budget'),
    noMatch: count((c) => c.status === 'no-match'),
    grew: count((c) => c.status === 'grew'),
    overAllowance: count((c) => c.status === 'over-allowance'),
    overridden: count(isWarning),
    new: count((c) => c.status === 'new'),
    removed: count((c) => c.status === 'removed'),
    failures: count(isFailure),
    warnings: count(isWarning),
  };
}

/**
 * Checks every budgeted metric and `paths:` entry of every image on every selected platform and,
 * with a baseline, every metric with a growth allowance, and which images and platforms are new or gone.
 */
export function evaluate(entries: GateEntry[], options: GateOptions = {}): Verdict {
  const { baseline, overrideGrowth = false, positionOf } = options;
  const baseByName = new Map<string, NamedSizes>(baseline?.map((image) => [image.name, image]));
  const checks: Check[] = [];
  for (const { image, sizes } of entries) {
    const isSelected = (platform: string) =>
      !image.platforms || image.platforms.some((wanted) => platformIs(wanted, platform));
    const selected = sizes.platforms.filter((p) => isSelected(p.platform));
    const base = baseByName.get(image.name)?.sizes;
    checks.push(...missingPlatformChecks(image, sizes.platforms));
    checks.push(...unusedPlatformBudgetChecks(image, selected));
    for (const platform of selected) {
      const budget = effectiveBudget(image, platform.platform);
      checks.push(...metricChecks(image, platform, budget), ...pathChecks(image, platform, budget));
      if (!baseline) continue;
      const basePlatform = base?.platforms.find((p) => p.platform === platform.platform);
      if (basePlatform) checks.push(...growthChecks(image, platform, basePlatform, overrideGrowth));
      else if (base)
        checks.push(presence('new', 'platform', image.name, platform.platform, ['images', image.name]));
      else checks.push(presence('new', 'image', image.name, platform.platform, ['images', image.name]));
    }
    for (const gone of base?.platforms ?? []) {
      if (!isSelected(gone.platform) || sizes.platforms.some((p) => p.platform === gone.platform)) continue;
      checks.push(presence('removed', 'platform', image.name, gone.platform, ['images', image.name]));
    }
  }
  const headNames = new Set(entries.map((entry) => entry.image.name));
  for (const gone of baseline ?? []) {
    if (headNames.has(gone.name)) continue;
    for (const platform of gone.sizes.platforms) {
      checks.push(presence('removed', 'image', gone.name, platform.platform, ['images']));
    }
  }
  for (const check of checks) {
    const position = positionOf?.(check.keyPath);
    if (position) check.position = position;
    if (isFailure(check) || isWarning(check) || check.kind === 'presence')
      check.message = checkSentence(check);
  }
  const counts = countChecks(checks);
  const ok = counts.failures === 0;
  return {
    ok,
    checks,
    counts,
    baseline: baseline !== undefined,
    exitCode: ok ? ExitCode.ok : ExitCode.overBudget,
  };
}
export * from './types.js';

/** The verdict with more checks (the reproducibility gate's, made outside the pure gate), recounted. */
export function withChecks(verdict: Verdict, more: Check[]): Verdict {
  if (more.length === 0) return verdict;
  const checks = [...verdict.checks, ...more];
  const counts = countChecks(checks);
  const ok = counts.failures === 0;
  return { ...verdict, ok, checks, counts, exitCode: ok ? ExitCode.ok : ExitCode.overBudget };
}
