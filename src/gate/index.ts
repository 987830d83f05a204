/**
 * The gate: measured sizes x budget -> verdict. Pure: no I/O, no logging.
 *
 * A `paths:` entry's actual size is the sum of the sizes of the regular-file entries it matches in
 * all layers, consistent with the `files` metric: a file rewritten in a later layer counts twice,
 * and a file deleted by a later whiteout still counts, because its bytes are still shipped.
 */
import type { ImageConfigEntry } from '../budget/types.js';
import { ExitCode } from '../errors.js';
import { type Metric, metrics, type PlatformSizes } from '../measure/types.js';
import { formatExact } from '../units.js';
import { compilePathPattern } from './glob.js';
import type { Check, GateEntry, MetricCheck, PathCheck, PlatformCheck, Verdict } from './types.js';

export { compilePathPattern } from './glob.js';
export type {
  Check,
  CheckStatus,
  GateEntry,
  MetricCheck,
  PathCheck,
  PlatformCheck,
  Verdict,
} from './types.js';

function formatAmount(metric: Metric | 'path', value: number): string {
  if (metric === 'layers') return `${value} ${value === 1 ? 'layer' : 'layers'}`;
  return formatExact(value);
}

function actualOf(platform: PlatformSizes, metric: Metric): { actual: number; estimated?: string } {
  if (metric === 'layers') return { actual: platform.sizes.layers };
  const figure = platform.sizes[metric];
  return { actual: figure.bytes, ...(figure.estimated ? { estimated: figure.estimated } : {}) };
}

function metricChecks(image: ImageConfigEntry, platform: PlatformSizes): MetricCheck[] {
  const checks: MetricCheck[] = [];
  for (const metric of metrics) {
    const limit = image.budget[metric];
    if (limit === undefined) continue;
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
      keyPath: ['images', image.name, 'budget', metric],
      ...(over
        ? {
            message: `${metric} of ${image.name} (${platform.platform}) is ${formatAmount(metric, actual)}, ${formatAmount(metric, actual - limit)} over the budget of ${formatAmount(metric, limit)}`,
          }
        : {}),
    });
  }
  return checks;
}

function pathChecks(image: ImageConfigEntry, platform: PlatformSizes): PathCheck[] {
  return Object.entries(image.budget.paths).map(([pattern, limit]) => {
    const matches = compilePathPattern(pattern);
    let actual = 0;
    let matched = 0;
    for (const entry of platform.entries) {
      if (entry.type !== 'file' || !matches(entry.path)) continue;
      actual += entry.size;
      matched++;
    }
    const status = matched === 0 ? 'no-match' : actual > limit ? 'over-budget' : 'ok';
    const where = `${image.name} (${platform.platform})`;
    const message =
      status === 'no-match'
        ? `no file in ${where} matches \`${pattern}\`; if it was renamed or removed, update or remove this budget`
        : status === 'over-budget'
          ? `\`${pattern}\` in ${where} is ${formatExact(actual)}, ${formatExact(actual - limit)} over the budget of ${formatExact(limit)}`
          : undefined;
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
      keyPath: ['images', image.name, 'budget', 'paths', pattern],
      ...(message ? { message } : {}),
    };
  });
}

function missingPlatformChecks(image: ImageConfigEntry, measured: PlatformSizes[]): PlatformCheck[] {
  const present = measured.map((p) => p.platform);
  return (image.platforms ?? []).flatMap((platform, index): PlatformCheck[] =>
    present.includes(platform)
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
            message: `${image.name} has no platform ${platform} (it has ${present.join(', ') || 'none'}); fix \`platforms:\``,
          },
        ],
  );
}

/** Checks every budgeted metric and `paths:` entry of every image on every selected platform. */
export function evaluate(entries: GateEntry[]): Verdict {
  const checks: Check[] = [];
  for (const { image, sizes } of entries) {
    const selected = image.platforms
      ? sizes.platforms.filter((p) => image.platforms?.includes(p.platform))
      : sizes.platforms;
    checks.push(...missingPlatformChecks(image, sizes.platforms));
    for (const platform of selected) {
      checks.push(...metricChecks(image, platform), ...pathChecks(image, platform));
    }
  }
  const counts = {
    checks: checks.length,
    ok: checks.filter((c) => c.status === 'ok').length,
    overBudget: checks.filter((c) => c.status === 'over-budget').length,
    noMatch: checks.filter((c) => c.status === 'no-match').length,
  };
  const ok = counts.ok === counts.checks;
  return { ok, checks, counts, exitCode: ok ? ExitCode.ok : ExitCode.overBudget };
}
