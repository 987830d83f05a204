/**
 * The gate's verdict: one check per image x platform x budgeted metric, and per `paths:` entry.
 * Reports read this; they do not recompute anything.
 */
import type { ImageConfigEntry } from '../budget/types.js';
import type { ImageSizes, Metric } from '../measure/types.js';

/**
 * - ok: the actual figure is at or under the limit.
 * - over-budget: actual > limit.
 * - no-match: a `paths:` pattern matched no file (usually a renamed or removed file, so the budget
 *   no longer guards anything), or a platform listed in `platforms:` is not in the image.
 *   It fails the gate like over-budget does.
 */
export type CheckStatus = 'ok' | 'over-budget' | 'no-match';

interface CheckBase {
  image: string;
  platform: string;
  /** Bytes (a count for `layers`). */
  limit: number;
  actual: number;
  /** Set, with how, when the actual figure was computed rather than read (see measure/types.ts Figure). */
  estimated?: string;
  status: CheckStatus;
  /** actual - limit: > 0 when over budget, <= 0 is the headroom left. */
  exceedance: number;
  /** Where the limit is written: ['images', name, 'budget', metric] or [..., 'paths', pattern]. */
  keyPath: (string | number)[];
  /** One sentence for the user when the check failed. */
  message?: string;
}

export interface MetricCheck extends CheckBase {
  kind: 'metric';
  metric: Metric;
}

export interface PathCheck extends CheckBase {
  kind: 'path';
  pattern: string;
  /** Number of file entries (in all layers) the pattern matched. */
  matched: number;
}

/** A platform listed in the image's `platforms:` that the measured image does not have (status no-match). */
export interface PlatformCheck extends CheckBase {
  kind: 'platform';
}

export type Check = MetricCheck | PathCheck | PlatformCheck;

export interface VerdictCounts {
  checks: number;
  ok: number;
  overBudget: number;
  noMatch: number;
}

export interface Verdict {
  /** Every check holds. */
  ok: boolean;
  checks: Check[];
  counts: VerdictCounts;
  /** 0 when every check holds, 1 (ExitCode.overBudget) when any failed. */
  exitCode: 0 | 1;
}

export interface GateEntry {
  image: ImageConfigEntry;
  sizes: ImageSizes;
  /**
   * Seam for the pull-request growth gate: the merge-base's sizes of the same image, compared with
   * `image.growth`. Not read yet; checks will gain `baseline` and `growth` fields when it is.
   */
  baseline?: ImageSizes;
}
