/**
 * Markdown pieces shared by the job summary (markdown.ts) and the pull request comment (comment.ts):
 * one table style, one way to print a size, a delta and a check's sentence. Every name that comes
 * from an image, the budget file or the repository passes through escape.ts here.
 */
import { type Check, checkSentence, type SentenceStyle } from '../gate/index.js';
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

/** Names escaped for Markdown: prose through escapeMarkdown, code through codeName. */
export const markdownStyle: SentenceStyle = { name: escapeMarkdown, code: codeName };

/** The gate's sentence (gate/sentences.ts) with every name escaped for Markdown. */
export function checkText(check: Check): string {
  return checkSentence(check, markdownStyle);
}

/** A bulleted list capped at `max` items, with a count of the rest. */
export function cappedList(items: string[], max: number, what: string): string {
  const shown = items.slice(0, max).map((item) => `- ${item}`);
  if (items.length > max) shown.push(`- …and ${items.length - max} more ${what}`);
  return shown.join('\n');
}
