/**
 * Markdown pieces shared by the job summary (markdown.ts) and the pull request comment (comment.ts):
 * one table style, one way to print a size, a delta and a check's sentence. Every name that comes
 * from an image, the budget file or the repository passes through escape.ts here.
 */
import type { Check } from '../gate/index.js';
import type { Metric } from '../measure/index.js';
import { formatBytes, formatExact, formatSigned, formatSignedExact, minusSign } from '../units.js';
import { codeName, escapeMarkdown } from './escape.js';

export type Align = 'left' | 'right' | 'center';

const alignMarks: Record<Align, string> = { left: '---', right: '--:', center: ':-:' };

/** A GitHub table. Cells must already be escaped: a `|` or a newline in one would break the table. */
export function markdownTable(header: string[], align: Align[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, column) => alignMarks[align[column] ?? 'left'])),
    ...rows.map(line),
  ].join('\n');
}

/** `6,340 B (6.34 kB)`, or `62 B` when the human form says the same; a plain count for `layers`. */
export function sizeCell(value: number, metric: Metric | 'path' = 'files'): string {
  if (metric === 'layers') return String(value);
  const exact = formatExact(value);
  const human = formatBytes(value);
  return human === exact ? exact : `${exact} (${human})`;
}

/** A percentage with two decimals, trimmed, signed; `<0.01%` for a tiny nonzero change. */
export function formatPercent(percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? minusSign : '±';
  const magnitude = Math.abs(percent);
  if (magnitude > 0 && magnitude < 0.005) return `${sign}<0.01%`;
  return `${sign}${Number(magnitude.toFixed(2))}%`;
}

/** `+1,200 B (+1.2 kB, +1.89%)`, `−3 B (−4.84%)`, `±0 B`; layers as signed counts. */
export function deltaCell(
  delta: number,
  percent: number | undefined,
  metric: Metric | 'path' = 'files',
): string {
  const exact =
    metric === 'layers'
      ? `${delta > 0 ? '+' : delta < 0 ? minusSign : '±'}${Math.abs(delta)}`
      : formatSignedExact(delta);
  const notes: string[] = [];
  if (metric !== 'layers' && formatSigned(delta) !== exact) notes.push(formatSigned(delta));
  if (percent !== undefined && delta !== 0) notes.push(formatPercent(percent));
  return notes.length ? `${exact} (${notes.join(', ')})` : exact;
}

/** `**name** (platform)`, escaped. */
export function whereText(image: string, platform: string): string {
  return `**${escapeMarkdown(image)}** (${escapeMarkdown(platform)})`;
}

function amountOf(metric: Metric | 'path', value: number): string {
  if (metric === 'layers') return `${value} ${Math.abs(value) === 1 ? 'layer' : 'layers'}`;
  return formatExact(value);
}

/** The gate's sentence, rebuilt from the check's fields so that every name in it is escaped. */
export function checkText(check: Check): string {
  const where = whereText(check.image, check.platform);
  switch (check.kind) {
    case 'platform':
      return `${where}: the image has no such platform; fix \`platforms:\``;
    case 'presence':
      return check.status === 'new'
        ? `${where}: new ${check.scope}, not in the baseline`
        : `${where}: ${check.scope} in the baseline only`;
    case 'reproducible':
      return check.status === 'ok'
        ? `${where}: reproducible, ${check.builds.length} builds gave one digest`
        : `${where}: not reproducible: ${escapeMarkdown(check.message ?? 'the builds gave different digests')}`;
    case 'growth': {
      const grew =
        check.metric === 'layers'
          ? `grew by ${amountOf('layers', check.delta)} to ${amountOf('layers', check.actual)}`
          : `grew by ${formatSignedExact(check.delta)} to ${formatExact(check.actual)}`;
      const allowance =
        'percent' in check.allowance
          ? `${check.allowance.percent}% of ${amountOf(check.metric, check.base)} = +${amountOf(check.metric, check.allowed)}`
          : `+${amountOf(check.metric, check.allowed)}`;
      if (check.status !== 'over-allowance')
        return `${where}: \`${check.metric}\` ${grew}, within +${amountOf(check.metric, check.allowed)}`;
      return `${where}: \`${check.metric}\` ${grew}, ${amountOf(check.metric, check.exceedance)} over the allowed growth of ${allowance}`;
    }
    default: {
      const metric = check.kind === 'metric' ? check.metric : 'path';
      const what = check.kind === 'path' ? codeName(check.pattern) : `\`${metric}\``;
      if (check.status === 'no-match')
        return `${where}: ${what} matches no file; if it was renamed or removed, update its budget`;
      return `${where}: ${what} is ${amountOf(metric, check.actual)}, ${amountOf(metric, check.exceedance)} over the budget of ${amountOf(metric, check.limit)}`;
    }
  }
}

/** A bulleted list capped at `max` items, with a count of the rest. */
export function cappedList(items: string[], max: number, what: string): string {
  const shown = items.slice(0, max).map((item) => `- ${item}`);
  if (items.length > max) shown.push(`- …and ${items.length - max} more ${what}`);
  return shown.join('\n');
}
