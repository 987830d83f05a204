/**
 * The one sentence each check is told in. The annotation, the `setFailed` line, the terminal report,
 * the job summary and the pull request comment all print checkSentence(): only the style differs
 * (plain text, or Markdown with every name escaped), never the words. Built from the check's fields,
 * so a report read back from JSON (a baseline, `diff`) says the same as the run that wrote it.
 */
import type { BudgetMetric } from '../metrics.js';
import { formatExact, formatSignedExact } from '../units.js';
import type { Check, GrowthCheck, PlatformCheck } from './types.js';

/** How names are written: plain text, or escaped for Markdown (report/escape.ts supplies that style). */
export interface SentenceStyle {
  /** An image or platform name in prose. */
  name(text: string): string;
  /** A metric, a pattern or a key of the budget file, as code. */
  code(text: string): string;
}

export const plainStyle: SentenceStyle = { name: (text) => text, code: (text) => `\`${text}\`` };

/** `7,500 B`, or `2 layers` for the layer count. */
export function amountOf(metric: BudgetMetric | 'path', value: number): string {
  if (metric === 'layers') return `${value} ${Math.abs(value) === 1 ? 'layer' : 'layers'}`;
  return formatExact(value);
}

function listed(names: readonly string[] | undefined, style: SentenceStyle): string {
  return names?.length ? names.map(style.name).join(', ') : 'none';
}

function platformSentence(check: PlatformCheck, style: SentenceStyle): string {
  const it = `(it has ${listed(check.measured, style)})`;
  // ['images', name, 'platforms', index]: a platform `platforms:` selects that the image lacks.
  if (check.keyPath[2] === 'platforms')
    return `the image has no such platform ${it}; fix ${style.code('platforms:')}`;
  const why = check.unselected
    ? `${style.code('platforms:')} does not select it (${listed(check.selects, style)}); add it there or remove this budget`
    : `the image has no such platform ${it}; fix the platform or remove this budget`;
  return `the budget for this platform guards nothing: ${why}`;
}

function growthSentence(check: GrowthCheck, style: SentenceStyle): string {
  const { metric } = check;
  const what = style.code(metric);
  if (check.delta <= 0) {
    const by = metric === 'layers' ? `${check.delta}` : formatSignedExact(check.delta);
    return `${what} did not grow (${by} to ${amountOf(metric, check.actual)})`;
  }
  const grew =
    metric === 'layers'
      ? `grew by ${amountOf(metric, check.delta)} to ${amountOf(metric, check.actual)}`
      : `grew by ${formatSignedExact(check.delta)} to ${formatExact(check.actual)}`;
  const allowance =
    'percent' in check.allowance
      ? `${check.allowance.percent}% of ${amountOf(metric, check.base)} = +${amountOf(metric, check.allowed)}`
      : `+${amountOf(metric, check.allowed)}`;
  const estimated = check.estimated ? ' (estimated)' : '';
  if (check.status !== 'over-allowance')
    return `${what} ${grew}${estimated}, within the allowed growth of ${allowance}`;
  const label = check.overridden ? '; allowed by the override label' : '';
  return `${what} ${grew}${estimated}, ${amountOf(metric, check.exceedance)} over the allowed growth of ${allowance}${label}`;
}

/** The check in one sentence: `http (linux/amd64): `files` is 992 B, 1 B over the budget of 991 B`. */
export function checkSentence(check: Check, style: SentenceStyle = plainStyle): string {
  const where = `${style.name(check.image)} (${style.name(check.platform)})`;
  switch (check.kind) {
    case 'platform':
      return `${where}: ${platformSentence(check, style)}`;
    case 'presence': {
      const what = check.scope;
      return check.status === 'new'
        ? `${where}: new ${what}, not in the baseline`
        : `${where}: ${what} in the baseline only`;
    }
    case 'growth':
      return `${where}: ${growthSentence(check, style)}`;
    case 'reproducible':
      // The reproducibility gate words its own finding (the first layer and files that differ).
      return check.status === 'ok'
        ? `${where}: reproducible, ${check.builds.length} builds gave one digest`
        : `${where}: not reproducible: ${style.name(check.message ?? 'the builds gave different digests')}`;
    default: {
      const metric = check.kind === 'metric' ? check.metric : 'path';
      const what = style.code(check.kind === 'path' ? check.pattern : metric);
      if (check.status === 'no-match')
        return `${where}: no file matches ${what}; if it was renamed or removed, update or remove this budget`;
      const estimated = check.estimated ? ' (estimated)' : '';
      const is = `${what} is ${amountOf(metric, check.actual)}${estimated}`;
      if (check.status === 'ok')
        return `${where}: ${is}, within the budget of ${amountOf(metric, check.limit)}`;
      return `${where}: ${is}, ${amountOf(metric, check.exceedance)} over the budget of ${amountOf(metric, check.limit)}`;
    }
  }
}
