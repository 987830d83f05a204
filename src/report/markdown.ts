/**
 * The Markdown report, for the job summary (and the pull request comment that builds on it).
 * Headline first; a table per image and platform; layers and the largest files folded away.
 * Every name that comes from an image passes through codeName().
 */
import type { Check } from '../gate/types.js';
import type { Figure, PlatformSizes } from '../measure/types.js';
import { byteMetrics } from '../measure/types.js';
import { formatBytes, formatExact } from '../units.js';
import { codeName, escapeMarkdown } from './escape.js';
import type { CheckReport, ReportImage } from './json.js';

export function renderMarkdown(report: CheckReport): string {
  const failures = report.checks.filter((check) => check.status !== 'ok');
  const headline = failures.length
    ? `### ❌ tiny-size-gate: ${failures.length} of ${report.checks.length} budgets exceeded`
    : `### ✅ tiny-size-gate: all ${report.checks.length} budgets hold`;
  const parts = [headline];
  if (failures.length) parts.push(failures.map((check) => `- ${failureText(check)}`).join('\n'));
  for (const image of report.images) parts.push(renderImage(image, report.checks));
  parts.push(
    `<sub>Budget file: ${codeName(report.config)}. Sizes: B, kB = 1000 B, MB = 10⁶ B; exact bytes first.</sub>`,
  );
  return `${parts.join('\n\n')}\n`;
}

/** The gate's sentence, rebuilt from its fields so that every name in it is escaped. */
function failureText(check: Check): string {
  const where = `**${escapeMarkdown(check.image)}** (${escapeMarkdown(check.platform)})`;
  if (check.kind === 'platform') return `${where}: the image has no such platform`;
  const what = check.kind === 'path' ? codeName(check.pattern) : `\`${check.metric}\``;
  const amount = (value: number) =>
    check.kind === 'metric' && check.metric === 'layers' ? String(value) : formatExact(value);
  if (check.status === 'no-match')
    return `${where}: ${what} matches no file; if it was renamed or removed, update its budget`;
  return `${where}: ${what} is ${amount(check.actual)}, ${amount(check.exceedance)} over the budget of ${amount(check.limit)}`;
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
    if (value.estimated) notes.add(value.estimated);
    return `${formatExact(value.bytes)}${value.estimated ? ' \\*' : ''}`;
  };
  const byMetric = new Map(
    checks.flatMap((check) => (check.kind === 'metric' ? [[check.metric, check] as const] : [])),
  );
  const status = (check: Check | undefined) => (check ? (check.status === 'ok' ? '✅' : '❌') : '');
  const rows = byteMetrics.map((metric) => {
    const check = byMetric.get(metric);
    const value = platform.sizes[metric];
    return `| ${metric} | ${figure(value)} | ${formatBytes(value.bytes)} | ${check ? formatExact(check.limit) : ''} | ${status(check)} |`;
  });
  const layers = byMetric.get('layers');
  rows.push(`| layers | ${platform.sizes.layers} | | ${layers ? layers.limit : ''} | ${status(layers)} |`);
  for (const check of checks) {
    if (check.kind !== 'path') continue;
    rows.push(
      `| ${codeName(check.pattern)} | ${formatExact(check.actual)} | ${formatBytes(check.actual)} | ${formatExact(check.limit)} | ${status(check)} |`,
    );
  }
  const table = ['| metric | bytes | human | budget | |', '|---|--:|--:|--:|:-:|', ...rows].join('\n');

  const layerRows = platform.layers.map(
    (layer) =>
      `| ${layer.index} | ${codeName(layer.digest.slice(0, 19))} | ${formatExact(layer.files)} | ${formatExact(layer.tar)} | ${figure(layer.compressed)} | ${layer.createdBy ? codeName(layer.createdBy.slice(0, 80)) : ''} |`,
  );
  const files = platform.entries
    .filter((entry) => entry.type === 'file')
    .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
  const fileRows = files
    .slice(0, 20)
    .map((entry) => `| ${formatExact(entry.size)} | ${entry.layer} | ${codeName(entry.path)} |`);
  const details = [
    `<details><summary>${platform.layers.length} layer(s), ${files.length} file(s)</summary>`,
    '',
    '| # | digest | files | tar | compressed | created by |',
    '|--:|---|--:|--:|--:|---|',
    ...layerRows,
    '',
    `Largest files (${Math.min(20, files.length)} of ${files.length}):`,
    '',
    '| bytes | layer | path |',
    '|--:|--:|---|',
    ...fileRows,
    '',
    '</details>',
  ].join('\n');

  const parts = [`**${escapeMarkdown(platform.platform)}**`, table];
  for (const note of notes) parts.push(`\\* estimated: ${escapeMarkdown(note)}`);
  parts.push(details);
  return parts.join('\n\n');
}
