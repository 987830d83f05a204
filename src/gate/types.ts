/**
 * The gate's verdict: one check per image x platform x budgeted metric, per `paths:` entry, per
 * metric with a growth allowance (when a baseline exists), and per image or platform that is new
 * or gone since the baseline. Reports read this; they do not recompute anything.
 */
import type { ImageConfigEntry, Position } from '../budget/index.js';
import type { NamedSizes } from '../compare/index.js';
import type { ImageSizes, Metric } from '../measure/index.js';
import type { BudgetMetric } from '../metrics.js';

/**
 * Budget checks:
 * - ok: the actual figure is at or under the limit.
 * - over-budget: actual > limit.
 * - no-match: a `paths:` pattern matched no file (usually a renamed or removed file, so the budget
 *   no longer guards anything), a platform listed in `platforms:` is not in the image, or a
 *   budget under `budget.platforms` names a platform that was not measured.
 *   It fails the gate like over-budget does.
 */
export type BudgetStatus = 'ok' | 'over-budget' | 'no-match';

/**
 * Growth checks (only with a baseline):
 * - ok: the figure did not grow (equal, or shrank).
 * - grew: it grew, by at most the allowance (growth == allowance is within).
 * - over-allowance: it grew by more; a failure unless overridden by the pull request's label.
 */
export type GrowthStatus = 'ok' | 'grew' | 'over-allowance';

/** An image or platform only in head (new) or only in the baseline (removed). Never a failure. */
export type PresenceStatus = 'new' | 'removed';

/** Reproducibility (`reproducible: true`): every build gave one manifest digest, or not (a failure). */
export type ReproducibleStatus = 'ok' | 'not-reproducible';

export type CheckStatus = BudgetStatus | GrowthStatus | PresenceStatus | ReproducibleStatus;

interface CheckCommon {
  image: string;
  platform: string;
  /** Set, with how, when a figure was computed rather than read (see measure/types.ts Figure). */
  estimated?: string;
  /**
   * Where the limit that applied is written: ['images', name, 'budget', metric], [..., 'paths', pattern],
   * or, when a platform budget overrode it, ['images', name, 'budget', 'platforms', 'linux/arm64', metric]
   * (and [..., 'paths', pattern]); ['images', name, 'growth', metric]. BudgetFile.positionOf() falls
   * back to the nearest parent.
   */
  keyPath: (string | number)[];
  /** Where keyPath is written in the budget file (1-based), when the gate was given the file. */
  position?: Position;
  /**
   * checkSentence(check) (gate/sentences.ts), set when the check failed, was overridden, or the image
   * is new or gone. Reports print checkSentence() themselves; this copy is for readers of the JSON.
   */
  message?: string;
}

interface BudgetCheckBase extends CheckCommon {
  /** Bytes (a count for `layers`). */
  limit: number;
  actual: number;
  status: BudgetStatus;
  /** actual - limit: > 0 when over budget, <= 0 is the headroom left. */
  exceedance: number;
}

export interface MetricCheck extends BudgetCheckBase {
  kind: 'metric';
  /** A metric of the size contract, or `rootfs` / `wasted` (measure/rootfs.ts). */
  metric: BudgetMetric;
}

export interface PathCheck extends BudgetCheckBase {
  kind: 'path';
  pattern: string;
  /** Number of file entries (in all layers) the pattern matched. */
  matched: number;
}

/**
 * Status no-match: a platform listed in the image's `platforms:` that the measured image does not
 * have (keyPath [..., 'platforms', index]), or a `budget.platforms` entry that names no measured
 * platform (keyPath [..., 'budget', 'platforms', platform]). `platform` is the platform as written.
 */
export interface PlatformCheck extends BudgetCheckBase {
  kind: 'platform';
  /** The platforms the image has (the measured ones). */
  measured?: string[];
  /** A `budget.platforms` entry for a platform that `platforms:` does not select. */
  unselected?: true;
  /** The image's `platforms:` list, when it has one. */
  selects?: string[];
}

/** An allowed growth as written: bytes (a count for `layers`) or a percentage of the base. */
export type GrowthAllowance = { bytes: number } | { percent: number };

export interface GrowthCheck extends CheckCommon {
  kind: 'growth';
  metric: Metric;
  status: GrowthStatus;
  /** The baseline's figure. */
  base: number;
  /** Head's figure. */
  actual: number;
  /** actual - base: negative when it shrank. */
  delta: number;
  allowance: GrowthAllowance;
  /** The allowance in whole bytes (or layers): a percentage of the base, rounded down. */
  allowed: number;
  /** delta - allowed: > 0 when over the allowance. */
  exceedance: number;
  /** Set when over the allowance and the pull request carries the override label: a warning, not a failure. */
  overridden?: true;
}

export interface PresenceCheck extends CheckCommon {
  kind: 'presence';
  status: PresenceStatus;
  /** A whole image, or one platform of an image that is in both. */
  scope: 'image' | 'platform';
}

/**
 * `reproducible: true`: the image built twice in fresh copies of the context (and once with
 * `compare-builder:`); keyPath ['images', name, 'reproducible']. `message` names the first layer and
 * the files that differ, and how.
 */
export interface ReproducibleCheck extends CheckCommon {
  kind: 'reproducible';
  status: ReproducibleStatus;
  /** Each build: how it was made and the manifest digest it gave. */
  builds: { method: string; manifestDigest: string }[];
}

export type Check = MetricCheck | PathCheck | PlatformCheck | GrowthCheck | PresenceCheck | ReproducibleCheck;

export interface VerdictCounts {
  checks: number;
  /** Checks with status ok. */
  ok: number;
  overBudget: number;
  noMatch: number;
  /** Growth within the allowance. */
  grew: number;
  /** Growth over the allowance, overridden or not. */
  overAllowance: number;
  /** Of those, turned into warnings by the override label. */
  overridden: number;
  new: number;
  removed: number;
  /** Checks that fail the gate (isFailure). */
  failures: number;
  /** Checks shown as warnings (isWarning). */
  warnings: number;
}

export interface Verdict {
  /** No check failed. */
  ok: boolean;
  checks: Check[];
  counts: VerdictCounts;
  /** Whether growth was gated: a baseline was given. */
  baseline: boolean;
  /** 0 when no check failed, 1 (ExitCode.overBudget) when any did. */
  exitCode: 0 | 1;
}

export interface GateEntry {
  image: ImageConfigEntry;
  sizes: ImageSizes;
}

export interface GateOptions {
  /**
   * The baseline's images (the merge-base's report: `report.images` fits). Absent: no baseline,
   * and growth is not gated. Images in it without an entry are reported removed; pass only the
   * images that were selected for this run when a run checks a subset.
   */
  baseline?: readonly NamedSizes[];
  /** The pull request carries the override label: over-allowance checks become warnings. */
  overrideGrowth?: boolean;
  /** The budget file's positions (BudgetFile.positionOf): each check then carries its `position`. */
  positionOf?: (keyPath: (string | number)[]) => Position | undefined;
}
