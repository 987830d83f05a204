/**
 * The pull request comment (and the job summary of a pull request): the verdict, then per image and
 * platform a table of base, head, delta, budget and status, then the layers and files that changed,
 * largest change first. Unchanged rows and images are folded into <details>.
 *
 * It stays under GitHub's comment limit (65,536 characters) by leaving details out, in this order:
 * files, layers, the tables of unchanged images, unchanged rows, every image section, the baseline
 * line and the footer, and last the list of failures. The headline is always there.
 *
 * Every name from an image, the budget file or the repository goes through escape.ts.
 */

import {
  type ChangeStatus,
  type Comparison,
  compareImages,
  comparisonHasChanges,
  type FileDelta,
  type LayerDelta,
  largestLayerChanges,
  type MetricDelta,
  type PlatformComparison,
  percentOf,
} from '../compare/index.js';
import type { Check, GrowthCheck, MetricCheck, PathCheck } from '../gate/index.js';
import { isFailure, isWarning, pathSum } from '../gate/index.js';
import { type Metric, metrics, type PlatformSizes } from '../measure/index.js';
import { groupDigits } from '../units.js';
import { isNotice } from './checks.js';
import { cappedList, checkText, deltaCell, markdownTable, sizeCell } from './compare-format.js';
import { codeName, escapeMarkdown } from './escape.js';
import type { BaselineInfo, CheckReport, ReportImage } from './json.js';
import { distinctNotes } from './notes.js';

export interface CommentOptions {
  baseline: BaselineInfo;
  /** The override label's name, when the pull request carries it. */
  overrideLabel?: string;
  /** Characters; default commentMaxLength. */
  maxLength?: number;
  /** Changed files listed per platform; default 10. */
  maxFiles?: number;
  /** Changed layers listed per platform; default 10. */
  maxLayers?: number;
}

/** GitHub refuses comments over 65,536 characters; this leaves room for the hidden marker. */
export const commentMaxLength = 65_000;

/** Any size that differs, or any image or platform new or gone. False without a baseline. */
export function hasChanges(head: CheckReport, base: CheckReport | undefined): boolean {
  return base !== undefined && comparisonHasChanges(compareImages(head.images, base.images));
}

type RowStatus = 'ok' | 'grew' | 'over-allowance' | 'over-budget' | 'no-match' | 'new' | 'removed';

interface Row {
  cells: string[];
  /** Shown in the main table; otherwise folded with the unchanged rows. */
  changed: boolean;
  estimated?: string;
}

interface PlatformView {
  platform: string;
  status: ChangeStatus;
  rows: Row[];
  layerRows: string[];
  fileRows: string[];
  files: number;
}

interface ImageView {
  name: string;
  status: ChangeStatus;
  /** Changed, new, removed, or with a failing or overridden check: shown unfolded. */
  attention: boolean;
  method?: string;
  platforms: PlatformView[];
}

interface Detail {
  files: number;
  layers: number;
  unchangedImages: boolean;
  unchangedRows: boolean;
  images: boolean;
  /** The baseline, label and changes lines, and the footer. */
  context: boolean;
  failures: number;
}

const statusCells: Record<RowStatus, string> = {
  ok: '✅ ok',
  grew: '🔼 grew',
  'over-allowance': '❌ over allowance',
  'over-budget': '❌ over budget',
  'no-match': '❌ no match',
  new: '🆕 new',
  removed: '➖ removed',
};

function statusCell(status: RowStatus, growth: GrowthCheck | undefined): string {
  if (!growth) return statusCells[status];
  const allowed = growth.metric === 'layers' ? `+${growth.allowed}` : `+${sizeCell(growth.allowed)}`;
  if (status === 'over-allowance' && growth.overridden) return `⚠️ over allowance (${allowed}), approved`;
  if (status === 'over-allowance' || status === 'grew') return `${statusCells[status]} (allowed ${allowed})`;
  return statusCells[status];
}

function rowStatus(
  budget: MetricCheck | PathCheck | undefined,
  growth: GrowthCheck | undefined,
  presence: ChangeStatus,
  delta: number,
): RowStatus {
  if (budget && (budget.status === 'over-budget' || budget.status === 'no-match')) return budget.status;
  if (growth?.status === 'over-allowance') return 'over-allowance';
  if (presence === 'added') return 'new';
  if (presence === 'removed') return 'removed';
  return delta > 0 ? 'grew' : 'ok';
}

function star(estimated: string | undefined): string {
  return estimated ? ' \\*' : '';
}

interface RowInput {
  label: string;
  metric: Metric | 'path';
  base?: number;
  head?: number;
  budget?: MetricCheck | PathCheck;
  growth?: GrowthCheck;
  presence: ChangeStatus;
  estimated?: string;
}

function comparedRow(input: RowInput): Row {
  const { metric, base, head } = input;
  const delta = (head ?? 0) - (base ?? 0);
  const status = rowStatus(input.budget, input.growth, input.presence, delta);
  const limit = input.budget?.limit;
  const both = base !== undefined && head !== undefined;
  return {
    cells: [
      input.label,
      base !== undefined ? sizeCell(base, metric) : '—',
      head !== undefined ? `${sizeCell(head, metric)}${star(input.estimated)}` : '—',
      both ? deltaCell(delta, percentOf(delta, base), metric) : '—',
      limit !== undefined ? sizeCell(limit, metric) : '',
      statusCell(status, input.growth),
    ],
    changed: !both || delta !== 0 || status !== 'ok',
    ...(input.estimated ? { estimated: input.estimated } : {}),
  };
}

function measuredRow(input: RowInput): Row {
  const status = rowStatus(input.budget, undefined, 'unchanged', 0);
  const limit = input.budget?.limit;
  return {
    cells: [
      input.label,
      `${sizeCell(input.head ?? 0, input.metric)}${star(input.estimated)}`,
      limit !== undefined ? sizeCell(limit, input.metric) : '',
      input.budget ? statusCell(status, undefined) : '',
    ],
    changed: true,
    ...(input.estimated ? { estimated: input.estimated } : {}),
  };
}

function pathBase(pattern: string, base: PlatformSizes | undefined): number | undefined {
  if (!base) return undefined;
  const { bytes, matched } = pathSum(pattern, base);
  return matched ? bytes : undefined;
}

const maxNameLength = 200;

/** Long names keep their start and end: `/usr/share/…/file.txt`. */
function shortName(name: string): string {
  if (name.length <= maxNameLength) return name;
  const half = Math.floor((maxNameLength - 1) / 2);
  return `${name.slice(0, half)}…${name.slice(-half)}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function layerRow(layer: LayerDelta): string {
  const index =
    layer.status === 'changed' && layer.baseIndex !== layer.index
      ? `${layer.baseIndex} → ${layer.index}`
      : String(layer.index ?? layer.baseIndex);
  const digest = layer.digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
  const cells = [
    `${index} ${codeName(digest)}`,
    layer.status,
    deltaCell(layer.delta.files, undefined),
    deltaCell(layer.delta.tar, undefined),
    `${deltaCell(layer.delta.compressed, undefined)}${star(layer.estimated)}`,
    layer.createdBy ? codeName(clip(layer.createdBy.replace(/\s+/g, ' ').trim(), 80)) : '',
  ];
  return `| ${cells.join(' | ')} |`;
}

const octal = (mode: number) => mode.toString(8).padStart(4, '0');

/** `grew`, `mode 0644 → 0755`, `shrank, owner 0:0 → 1000:1000`. */
export function fileChange(file: FileDelta): string {
  const words: string[] = file.status === 'mode' || file.status === 'owner' ? [] : [file.status];
  if (file.mode) words.push(`mode ${octal(file.mode[0])} → ${octal(file.mode[1])}`);
  if (file.owner) words.push(`owner ${file.owner[0]} → ${file.owner[1]}`);
  return words.join(', ');
}

function fileRow(file: FileDelta): string {
  const cells = [
    codeName(shortName(file.path)),
    fileChange(file),
    file.status === 'added' ? '—' : sizeCell(file.base),
    file.status === 'removed' ? '—' : sizeCell(file.head),
    deltaCell(file.delta, percentOf(file.delta, file.base)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function platformView(
  image: string,
  comparison: PlatformComparison,
  checks: Check[],
  base: PlatformSizes | undefined,
  compared: boolean,
): PlatformView {
  const mine = checks.filter((c) => c.image === image && c.platform === comparison.platform);
  const budgetOf = (metric: Metric) =>
    mine.find((c): c is MetricCheck => c.kind === 'metric' && c.metric === metric);
  const growthOf = (metric: Metric) =>
    mine.find((c): c is GrowthCheck => c.kind === 'growth' && c.metric === metric);
  const byMetric = new Map<Metric, MetricDelta>(comparison.metrics.map((m) => [m.metric, m]));
  const toRow = compared ? comparedRow : measuredRow;
  const rows = metrics.map((metric) => {
    const delta = byMetric.get(metric) as MetricDelta;
    const growth = growthOf(metric);
    return toRow({
      label: `\`${metric}\``,
      metric,
      ...(delta.base !== undefined ? { base: delta.base } : {}),
      ...(delta.head !== undefined ? { head: delta.head } : {}),
      ...(budgetOf(metric) ? { budget: budgetOf(metric) } : {}),
      ...(growth ? { growth } : {}),
      presence: comparison.status,
      ...(delta.estimated ? { estimated: delta.estimated } : {}),
    });
  });
  for (const check of mine.filter((c): c is PathCheck => c.kind === 'path')) {
    const before = pathBase(check.pattern, base);
    rows.push(
      toRow({
        label: codeName(check.pattern),
        metric: 'path',
        ...(before !== undefined ? { base: before } : {}),
        head: check.actual,
        budget: check,
        presence: before === undefined && compared ? 'added' : 'unchanged',
      }),
    );
  }
  return {
    platform: comparison.platform,
    status: comparison.status,
    rows,
    layerRows: compared ? largestLayerChanges(comparison.layers).map(layerRow) : [],
    fileRows: compared ? comparison.files.map(fileRow) : [],
    files: comparison.files.length,
  };
}

function imageViews(head: CheckReport, base: CheckReport | undefined, comparison: Comparison): ImageView[] {
  const headByName = new Map<string, ReportImage>(head.images.map((image) => [image.name, image]));
  const baseByName = new Map<string, ReportImage>(base?.images.map((image) => [image.name, image]));
  return comparison.images.map((image) => {
    const basePlatforms = baseByName.get(image.name)?.sizes.platforms ?? [];
    const checks = head.checks.filter((c) => c.image === image.name);
    const method = headByName.get(image.name)?.method;
    return {
      name: image.name,
      status: base ? image.status : 'unchanged',
      attention: !base || image.status !== 'unchanged' || checks.some((c) => isFailure(c) || isWarning(c)),
      ...(method ? { method } : {}),
      platforms: image.platforms.map((platform) =>
        platformView(
          image.name,
          platform,
          checks,
          basePlatforms.find((p) => p.platform === platform.platform),
          base !== undefined,
        ),
      ),
    };
  });
}

const comparedHeader = ['metric', 'base', 'head', 'delta', 'budget', 'status'];
const comparedAlign = ['left', 'right', 'right', 'right', 'right', 'left'] as const;
const measuredHeader = ['metric', 'size', 'budget', 'status'];
const measuredAlign = ['left', 'right', 'right', 'left'] as const;

function capped(rows: string[], max: number, header: string, what: string): string {
  if (rows.length === 0 || max <= 0) {
    return rows.length ? `<sub>${groupDigits(rows.length)} ${what} changed (left out)</sub>` : '';
  }
  const table = [header, ...rows.slice(0, max)].join('\n');
  const rest = rows.length - max;
  return rest > 0 ? `${table}\n\n…and ${groupDigits(rest)} more ${what}` : table;
}

const layerHeader = markdownTable(
  ['layer', 'change', 'files', 'tar', 'compressed', 'created by'],
  ['left', 'left', 'right', 'right', 'right', 'left'],
  [],
);
const fileHeader = markdownTable(
  ['file', 'change', 'base', 'head', 'delta'],
  ['left', 'left', 'right', 'right', 'right'],
  [],
);

function renderPlatform(
  view: PlatformView,
  compared: boolean,
  detail: Detail,
  notes: Set<string>,
  quiet: boolean,
): string {
  const header = compared ? comparedHeader : measuredHeader;
  const align = [...(compared ? comparedAlign : measuredAlign)];
  // An image folded away as unchanged shows its rows flat: no details inside details.
  const shown = quiet ? view.rows : view.rows.filter((row) => row.changed);
  const folded = quiet ? [] : view.rows.filter((row) => !row.changed);
  for (const row of shown) if (row.estimated) notes.add(row.estimated);
  const parts = [
    `**${escapeMarkdown(view.platform)}**${compared && view.status !== 'changed' ? ` · ${view.status}` : ''}`,
  ];
  if (shown.length)
    parts.push(
      markdownTable(
        header,
        align,
        shown.map((row) => row.cells),
      ),
    );
  if (folded.length) {
    const summary = `${folded.length} unchanged: ${folded.map((row) => row.cells[0]).join(', ')}`;
    if (detail.unchangedRows) {
      for (const row of folded) if (row.estimated) notes.add(row.estimated);
      parts.push(
        `<details><summary>${summary}</summary>\n\n${markdownTable(
          header,
          align,
          folded.map((row) => row.cells),
        )}\n\n</details>`,
      );
    } else parts.push(summary);
  }
  if (view.layerRows.length) {
    parts.push(`Layers that changed (${view.layerRows.length}), largest change first:`);
    parts.push(capped(view.layerRows, detail.layers, layerHeader, 'layers'));
  }
  if (view.fileRows.length) {
    parts.push(`Files that changed (${groupDigits(view.files)}), largest change first:`);
    parts.push(capped(view.fileRows, detail.files, fileHeader, 'files'));
  }
  return parts.join('\n\n');
}

const imageStatusWords: Record<ChangeStatus, string> = {
  changed: 'changed',
  unchanged: 'unchanged',
  added: 'new: not in the baseline',
  removed: 'removed: in the baseline only',
};

function renderImage(image: ImageView, compared: boolean, detail: Detail, notes: Set<string>): string {
  const status = compared ? ` · ${imageStatusWords[image.status]}` : '';
  const parts = [`#### ${escapeMarkdown(image.name)}${status}`];
  if (image.method) parts.push(`<sub>${escapeMarkdown(image.method)}</sub>`);
  for (const platform of image.platforms) {
    parts.push(renderPlatform(platform, compared, detail, notes, !image.attention));
  }
  return parts.join('\n\n');
}

function baselineLine(baseline: BaselineInfo): string {
  const sha = baseline.sha ? ` ${codeName(baseline.sha.slice(0, 12))}` : '';
  const ref = baseline.ref ? ` with ${codeName(baseline.ref)}` : '';
  switch (baseline.source) {
    case 'cache':
      return `Baseline: the merge-base${sha}${ref}, its report restored from the cache.`;
    case 'rebuild':
      return `Baseline: the merge-base${sha}${ref}, rebuilt and measured in this run (no cached report).`;
    default:
      return `No baseline${baseline.reason ? ` (${escapeMarkdown(baseline.reason)})` : ''}: sizes are not compared and growth is not gated.`;
  }
}

function overrideLine(label: string | undefined, checks: Check[]): string | undefined {
  if (label === undefined) return undefined;
  const overridden = checks.filter(isWarning).length;
  const effect = overridden
    ? `${overridden} growth ${overridden === 1 ? 'check' : 'checks'} over the allowance ${overridden === 1 ? 'is a warning' : 'are warnings'}, not ${overridden === 1 ? 'a failure' : 'failures'}`
    : 'growth over an allowance would be a warning, not a failure';
  return `The label ${codeName(label)} is on this pull request: ${effect}. Budgets still apply.`;
}

function headline(checks: Check[]): string {
  const gated = checks.filter((c) => c.kind !== 'presence').length;
  const failures = checks.filter(isFailure).length;
  const warnings = checks.filter(isWarning).length;
  if (failures) return `### ❌ tiny-size-gate: ${failures} of ${gated} checks failed`;
  const approved = warnings ? `, ${warnings} growth ${warnings === 1 ? 'warning' : 'warnings'} approved` : '';
  return `### ✅ tiny-size-gate: all ${gated} checks pass${approved}`;
}

function changeLine(images: ImageView[]): string {
  const count = (status: ChangeStatus) => images.filter((image) => image.status === status).length;
  const parts = [
    [count('changed'), 'changed'],
    [count('added'), 'new'],
    [count('removed'), 'removed'],
    [count('unchanged'), 'unchanged'],
  ]
    .filter(([n]) => n)
    .map(([n, word]) => `${n} ${word}`);
  return `Images since the baseline: ${parts.join(', ') || 'none'}.`;
}

/** The comment's Markdown body (without the hidden marker, which the publisher adds). */
export function renderComment(
  head: CheckReport,
  base: CheckReport | undefined,
  options: CommentOptions,
): string {
  const maxLength = options.maxLength ?? commentMaxLength;
  const compared = base !== undefined;
  const comparison = compareImages(head.images, base?.images ?? []);
  const images = imageViews(head, base, comparison);
  const failures = head.checks.filter(isFailure).map(checkText);
  const warnings = head.checks.filter(isWarning).map(checkText);
  const notices = head.checks.filter(isNotice).map(checkText);
  const most = (pick: (view: PlatformView) => number) =>
    Math.max(0, ...images.flatMap((image) => image.platforms.map(pick)));
  const full: Detail = {
    files: Math.min(
      options.maxFiles ?? 10,
      most((view) => view.fileRows.length),
    ),
    layers: Math.min(
      options.maxLayers ?? 10,
      most((view) => view.layerRows.length),
    ),
    unchangedImages: true,
    unchangedRows: true,
    images: true,
    context: true,
    // One cap for the three lists of sentences; the fit lowers it only when all else is gone.
    failures: Math.max(failures.length, warnings.length, notices.length),
  };

  const render = (detail: Detail): string => {
    const notes = new Set<string>();
    const parts = [headline(head.checks)];
    if (failures.length) parts.push(cappedList(failures, detail.failures, 'failures'));
    if (warnings.length)
      parts.push(`Approved by the label:\n${cappedList(warnings, detail.failures, 'warnings')}`);
    if (notices.length && detail.context)
      parts.push(`Since the baseline:\n${cappedList(notices, detail.failures, 'images')}`);
    if (detail.context) {
      const context = [baselineLine(options.baseline), overrideLine(options.overrideLabel, head.checks)];
      if (compared) context.push(changeLine(images));
      parts.push(context.filter(Boolean).join('\n'));
    }
    if (detail.images) {
      for (const image of images.filter((view) => view.attention)) {
        parts.push(renderImage(image, compared, detail, notes));
      }
      const quiet = images.filter((view) => !view.attention);
      if (quiet.length) {
        const names = quiet.map((view) => escapeMarkdown(view.name)).join(', ');
        parts.push(
          detail.unchangedImages
            ? `<details><summary>${quiet.length} unchanged: ${names}</summary>\n\n${quiet
                .map((image) => renderImage(image, compared, detail, notes))
                .join('\n\n')}\n\n</details>`
            : `Unchanged: ${names}.`,
        );
      }
    } else if (images.length && detail.context) {
      parts.push(`<sub>${images.length} image table(s) left out.</sub>`);
    }
    for (const note of distinctNotes(notes)) parts.push(`\\* estimated: ${escapeMarkdown(note)}`);
    const cut = JSON.stringify(detail) !== JSON.stringify(full);
    if (cut && detail.context) {
      parts.push(
        `<sub>⚠️ Details were left out to stay under GitHub's limit of 65,536 characters per comment; the job summary and the JSON report have them all.</sub>`,
      );
    } else if (cut) parts.push('<sub>⚠️ Cut to fit a comment; see the job summary.</sub>');
    if (detail.context) {
      parts.push(
        `<sub>Budget file: ${codeName(head.config)}. Sizes: exact bytes, then B, kB = 1000 B, MB = 10⁶ B. Files are compared by path, each the sum of its copies in all layers.</sub>`,
      );
    }
    return `${parts.join('\n\n')}\n`;
  };

  let detail = full;
  const fits = (candidate: Detail) => render(candidate).length <= maxLength;
  if (fits(detail)) return render(detail);
  detail = { ...detail, files: largestFitting(detail.files, (files) => fits({ ...detail, files })) };
  if (!fits(detail))
    detail = { ...detail, layers: largestFitting(detail.layers, (layers) => fits({ ...detail, layers })) };
  for (const level of ['unchangedImages', 'unchangedRows', 'images', 'context'] as const) {
    if (fits(detail)) break;
    detail = { ...detail, [level]: false };
  }
  if (!fits(detail)) {
    detail = {
      ...detail,
      failures: largestFitting(detail.failures, (n) => fits({ ...detail, failures: n })),
    };
  }
  return render(detail);
}

/** The largest n in [0, max] for which fits(n) holds (fits grows false with n), or 0. */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
