/**
 * What the pull request comment says, before any Markdown: the verdict's sentences, where the
 * baseline came from, and per image and platform the rows of base, head, delta, budget and status,
 * the layers and the files that changed, largest change first. comment-render.ts writes it out;
 * `tiny-size-gate diff` prints the same rows.
 */
import {
  type ChangeStatus,
  type Comparison,
  compareImages,
  type FileDelta,
  type LayerDelta,
  largestLayerChanges,
  type MetricDelta,
  type PlatformComparison,
  percentOf,
} from '../compare/index.js';
import type { Check, GrowthCheck, MetricCheck, PathCheck } from '../gate/index.js';
import { acceptBudgets, isFailure, isWarning } from '../gate/index.js';
import { type PlatformSizes, pathSum } from '../measure/index.js';
import { type Metric, metrics } from '../metrics.js';
import { isNotice } from './checks.js';
import type { BaselineInfo, CheckReport, ReportImage } from './json.js';

export type RowStatus = 'ok' | 'grew' | 'over-allowance' | 'over-budget' | 'no-match' | 'new' | 'removed';

/** One row of a platform's table: a metric or a `paths:` budget. */
export interface SizeRow {
  /** The metric, or the pattern as written. */
  label: string;
  metric: Metric | 'path';
  base?: number;
  head?: number;
  /** head - base, with both sides present. */
  delta?: number;
  percent?: number;
  limit?: number;
  /** Set when a budget or growth check decides the row; undefined: no check (`measure`, `diff`). */
  status?: RowStatus;
  growth?: GrowthCheck;
  /** Shown in the main table; otherwise folded with the unchanged rows. */
  changed: boolean;
  /** How the base's or the head's figure was estimated. */
  baseEstimated?: string;
  headEstimated?: string;
  /** The figure was not measured (manifest-only): `—`, never 0. */
  baseUnmeasured?: true;
  headUnmeasured?: true;
}

export interface PlatformModel {
  platform: string;
  status: ChangeStatus;
  rows: SizeRow[];
  /** Changed, added and removed layers, largest change first. */
  layers: LayerDelta[];
  /** Changed files, largest change first. */
  files: FileDelta[];
}

export interface ImageModel {
  name: string;
  status: ChangeStatus;
  /** Changed, new, removed, or with a failing or overridden check: shown unfolded. */
  attention: boolean;
  method?: string;
  platforms: PlatformModel[];
}

export interface CommentModel {
  /** A baseline was given: base, head and delta columns. */
  compared: boolean;
  /** Checks that gate (new and removed images are said, not gated). */
  gated: number;
  failures: Check[];
  /** Growth over the allowance, approved by the label. */
  warnings: Check[];
  /** Images and platforms new or gone since the baseline. */
  notices: Check[];
  baseline: BaselineInfo;
  overrideLabel?: string;
  images: ImageModel[];
  /** The budget file, as named. */
  config: string;
  /** When a budget failed and the budget file's text was given: the command that accepts the sizes. */
  accept?: { command: string; diff: string[] };
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

interface RowInput {
  label: string;
  metric: Metric | 'path';
  delta: Pick<
    MetricDelta,
    'base' | 'head' | 'baseEstimated' | 'headEstimated' | 'baseUnmeasured' | 'headUnmeasured'
  >;
  budget?: MetricCheck | PathCheck;
  growth?: GrowthCheck;
  presence: ChangeStatus;
  compared: boolean;
  /** Rows carry a status only where a gate ran (a check report). */
  gated: boolean;
}

/** A row of the table, compared (base and head) or measured (head only). */
export function sizeRow(input: RowInput): SizeRow {
  const { base, head } = input.delta;
  const both = base !== undefined && head !== undefined;
  const delta = both ? head - base : undefined;
  const status = input.compared
    ? rowStatus(input.budget, input.growth, input.presence, delta ?? 0)
    : input.budget
      ? rowStatus(input.budget, undefined, 'unchanged', 0)
      : undefined;
  const percent = delta !== undefined ? percentOf(delta, base) : undefined;
  return {
    label: input.label,
    metric: input.metric,
    ...(base !== undefined ? { base } : {}),
    ...(head !== undefined ? { head } : {}),
    ...(delta !== undefined ? { delta } : {}),
    ...(percent !== undefined ? { percent } : {}),
    ...(input.budget ? { limit: input.budget.limit } : {}),
    ...(status !== undefined && (input.gated || input.compared) ? { status } : {}),
    ...(input.growth ? { growth: input.growth } : {}),
    changed: !input.compared || !both || delta !== 0 || (status !== undefined && status !== 'ok'),
    ...(input.delta.baseEstimated ? { baseEstimated: input.delta.baseEstimated } : {}),
    ...(input.delta.headEstimated ? { headEstimated: input.delta.headEstimated } : {}),
    ...(input.delta.baseUnmeasured ? { baseUnmeasured: true as const } : {}),
    ...(input.delta.headUnmeasured ? { headUnmeasured: true as const } : {}),
  };
}

function pathBase(pattern: string, base: PlatformSizes | undefined): number | undefined {
  if (!base) return undefined;
  const { bytes, matched } = pathSum(base, pattern);
  return matched ? bytes : undefined;
}

/** The rows, layers and files of one platform; `checks` are the head report's (none for `diff`). */
export function platformModel(
  image: string,
  comparison: PlatformComparison,
  checks: readonly Check[],
  base: PlatformSizes | undefined,
  compared: boolean,
): PlatformModel {
  const mine = checks.filter((c) => c.image === image && c.platform === comparison.platform);
  const budgetOf = (metric: Metric) =>
    mine.find((c): c is MetricCheck => c.kind === 'metric' && c.metric === metric);
  const growthOf = (metric: Metric) =>
    mine.find((c): c is GrowthCheck => c.kind === 'growth' && c.metric === metric);
  const byMetric = new Map<Metric, MetricDelta>(comparison.metrics.map((m) => [m.metric, m]));
  const gated = checks.length > 0;
  const rows = metrics.map((metric) => {
    const budget = budgetOf(metric);
    const growth = growthOf(metric);
    return sizeRow({
      label: metric,
      metric,
      delta: byMetric.get(metric) as MetricDelta,
      ...(budget ? { budget } : {}),
      ...(growth ? { growth } : {}),
      presence: comparison.status,
      compared,
      gated,
    });
  });
  for (const check of mine.filter((c): c is PathCheck => c.kind === 'path')) {
    const before = pathBase(check.pattern, base);
    rows.push(
      sizeRow({
        label: check.pattern,
        metric: 'path',
        delta: { ...(before !== undefined ? { base: before } : {}), head: check.actual },
        budget: check,
        presence: before === undefined && compared ? 'added' : 'unchanged',
        compared,
        gated,
      }),
    );
  }
  return {
    platform: comparison.platform,
    status: comparison.status,
    rows,
    layers: compared ? largestLayerChanges(comparison.layers) : [],
    files: compared ? comparison.files : [],
  };
}

function imageModels(head: CheckReport, base: CheckReport | undefined, comparison: Comparison): ImageModel[] {
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
        platformModel(
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

export interface ModelOptions {
  baseline: BaselineInfo;
  /** The override label's name, when the pull request carries it. */
  overrideLabel?: string;
  /** The budget file's text: with it, a failed budget shows the `accept` command and its lines. */
  budgetText?: string;
}

/** `tiny-size-gate accept --image …` for the images whose budget failed, and the lines it would change. */
function acceptModel(head: CheckReport, budgetText: string | undefined): CommentModel['accept'] {
  if (budgetText === undefined) return undefined;
  const images = [
    ...new Set(
      head.checks
        .filter((c) => (c.kind === 'metric' || c.kind === 'path') && c.status === 'over-budget')
        .map((c) => c.image),
    ),
  ];
  if (!images.length) return undefined;
  const { diff } = acceptBudgets(budgetText, head.checks, { images });
  if (!diff.length) return undefined;
  const config = head.config === 'tiny-size.yml' ? '' : ` --config ${head.config}`;
  return {
    command: `npx tiny-size-gate accept${config}${images.map((name) => ` --image ${name}`).join('')}`,
    diff,
  };
}

/** What the comment (and a pull request's job summary) says about `head` against `base`. */
export function commentModel(
  head: CheckReport,
  base: CheckReport | undefined,
  options: ModelOptions,
): CommentModel {
  const comparison = compareImages(head.images, base?.images ?? []);
  const accept = acceptModel(head, options.budgetText);
  return {
    compared: base !== undefined,
    gated: head.checks.filter((c) => !isNotice(c)).length,
    failures: head.checks.filter(isFailure),
    warnings: head.checks.filter(isWarning),
    notices: head.checks.filter(isNotice),
    baseline: options.baseline,
    ...(options.overrideLabel !== undefined ? { overrideLabel: options.overrideLabel } : {}),
    images: imageModels(head, base, comparison),
    config: head.config,
    ...(accept ? { accept } : {}),
  };
}
