/**
 * The Markdown report, for the job summary (and the pull request comment that builds on it).
 * Headline first; a table per image and platform; layers and the largest files folded away.
 * Every name that comes from an image passes through codeName().
 */

import type { Check } from '../gate/index.js';
import { isFailure } from '../gate/index.js';
import type { Figure, PlatformSizes } from '../measure/index.js';
import { formatExact } from '../units.js';
import { type CommentOptions, renderComment } from './comment.js';
import { checkText, markdownTable } from './compare-format.js';
import { codeName, escapeMarkdown } from './escape.js';
import type { CheckReport, ReportImage } from './json.js';
import { distinctNotes } from './notes.js';
import { largestFiles, notMeasured, sizeColumns, sizeRows } from './size-rows.js';

/** A step summary may hold 1 MiB; the rest of the step's summary needs some of it. */
export const summaryMaxLength = 1_000_000;

export interface MarkdownOptions extends Omit<CommentOptions, 'maxLength'> {
  /** The baseline's report (the merge-base's). */
  base?: CheckReport;
}

/**
 * The job summary. In a pull request (options given) it is the comment's body, with a larger size
 * limit, so that the summary and the comment say the same; elsewhere, the sizes against the budget.
 */
export function renderMarkdown(report: CheckReport, options?: MarkdownOptions): string {
  if (options) {
    const { base, ...comment } = options;
    return renderComment(report, base, { ...comment, maxLength: summaryMaxLength });
  }
  const failures = report.checks.filter(isFailure);
  const headline = failures.length
    ? `### ❌ tiny-size-gate: ${failures.length} of ${report.checks.length} budgets exceeded`
    : `### ✅ tiny-size-gate: all ${report.checks.length} budgets hold`;
  const parts = [headline];
  if (failures.length) parts.push(failures.map((check) => `- ${checkText(check)}`).join('\n'));
  for (const image of report.images) parts.push(renderImage(image, report.checks));
  parts.push(
    `<sub>Budget file: ${codeName(report.config)}. Sizes: B, kB = 1000 B, MB = 10⁶ B; exact bytes first.</sub>`,
  );
  return `${parts.join('\n\n')}\n`;
}

function renderImage(image: ReportImage, allChecks: Check[]): string {
  const checks = allChecks.filter((check) => check.image === image.name);
  const sections = [
    `#### ${escapeMarkdown(image.name)}`,
    `<sub>${escapeMarkdown(image.method)}, ${codeName(image.sizes.source)}</sub>`,
  ];
  for (const platform of image.sizes.platforms) {
    sections.push(
      renderPlatform(
        platform,
        checks.filter((check) => check.platform === platform.platform),
      ),
    );
  }
  return sections.join('\n\n');
}

function renderPlatform(platform: PlatformSizes, checks: Check[]): string {
  const notes = new Set<string>();
  const figure = (value: Figure) => {
    if (value.measured === false) return notMeasured;
    if (value.estimated) notes.add(value.estimated);
    return `${formatExact(value.bytes)}${value.estimated ? ' \\*' : ''}`;
  };
  const status = (check: Check | undefined) => (check ? (isFailure(check) ? '❌' : '✅') : '');
  const rows = sizeRows(platform, checks, { figure, path: codeName, status });
  const table = markdownTable(
    [...sizeColumns.slice(0, -1), ''],
    ['left', 'right', 'right', 'right', 'center'],
    rows,
  );

  const layerRows = platform.layers.map((layer) => [
    String(layer.index),
    codeName(layer.digest.slice(0, 19)),
    layer.read === false ? notMeasured : formatExact(layer.files),
    layer.read === false ? notMeasured : formatExact(layer.tar),
    figure(layer.compressed),
    layer.createdBy ? codeName(layer.createdBy.slice(0, 80)) : '',
  ]);
  const { largest, files } = largestFiles(platform.entries, 20);
  const fileRows = largest.map((entry) => [
    formatExact(entry.size),
    String(entry.layer),
    codeName(entry.path),
  ]);
  const details = [
    `<details><summary>${platform.layers.length} layer(s), ${files} file(s)</summary>`,
    markdownTable(
      ['#', 'digest', 'files', 'tar', 'compressed', 'created by'],
      ['right', 'left', 'right', 'right', 'right', 'left'],
      layerRows,
    ),
    `Largest files (${largest.length} of ${files}):`,
    markdownTable(['bytes', 'layer', 'path'], ['right', 'right', 'left'], fileRows),
    '</details>',
  ].join('\n\n');

  const parts = [`**${escapeMarkdown(platform.platform)}**`, table];
  for (const note of distinctNotes(notes)) parts.push(`\\* estimated: ${escapeMarkdown(note)}`);
  parts.push(details);
  return parts.join('\n\n');
}
