/**
 * The baseline of a pull request: the report of its merge-base, from the Actions cache when a push
 * saved it, else rebuilt from a worktree of the merge-base. Neither failing fails the check: the
 * gate then runs without a baseline and a warning says why.
 */
import { formatError } from '../errors.js';
import type { BaselineSource, CheckReport } from '../report/index.js';

export interface Baseline {
  report?: CheckReport;
  /** Which way the baseline came: the action's `baseline-source` output. */
  source: BaselineSource;
  /** One sentence for the report: where the baseline came from, or why there is none. */
  reason?: string;
}

export interface ObtainBaselineOptions {
  /** The merge-base commit. */
  sha: string;
  /** Looks the report up in the cache (restoreBaseline); undefined when there is none usable. */
  restore: (sha: string) => Promise<CheckReport | undefined>;
  /** Builds and measures the commit (in a worktree, withWorktree); throws when it cannot. */
  rebuild: (sha: string) => Promise<CheckReport>;
  warn: (message: string) => void;
}

export async function obtainBaseline(options: ObtainBaselineOptions): Promise<Baseline> {
  const { sha, warn } = options;
  const commit = sha.slice(0, 12);
  let cached: CheckReport | undefined;
  try {
    cached = await options.restore(sha);
  } catch (error) {
    warn(`the baseline cache failed, rebuilding the merge-base instead: ${formatError(error)}`);
  }
  if (cached)
    return { report: cached, source: 'cache', reason: `report of ${commit} restored from the cache` };

  try {
    const report = await options.rebuild(sha);
    return { report, source: 'rebuild', reason: `no cached report of ${commit}: rebuilt and measured it` };
  } catch (error) {
    const reason = `no baseline: ${commit} is not cached and rebuilding it failed`;
    warn(`${reason}; sizes are checked against the budget only.\n${formatError(error)}`);
    return { source: 'none', reason };
  }
}

export { type ReportValidation, validateCheckReport } from '../report/index.js';
export {
  type BaselineCacheOptions,
  baselineCacheKey,
  baselineReportFile,
  budgetFileHashAt,
  type CacheLibrary,
  configHash,
  defaultCacheTimeoutMs,
  maxBaselineBytes,
  restoreBaseline,
  saveBaseline,
} from './cache.js';
export * from './merge-base.js';
export { type WorktreeOptions, withWorktree } from './worktree.js';
