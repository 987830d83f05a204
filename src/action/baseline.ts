/**
 * The check stage's baseline: the merge-base's report (from the cache, or the merge-base rebuilt in
 * a worktree), and this run's report saved as the baseline of its commit. Loaded when there is a
 * merge-base to look up, or with the report (report.ts): the cache, the report schema and the
 * rebuild stay out of the start-up.
 */
import { join, relative, resolve } from 'node:path';
import {
  type Baseline,
  budgetFileHashAt,
  obtainBaseline,
  restoreBaseline,
  saveBaseline,
  withWorktree,
} from '../baseline/index.js';
import { formatError } from '../errors.js';
import type { EventContext } from '../github/index.js';
import type { Progress } from '../progress.js';
import { type CheckReport, checkReport } from '../report/index.js';
import type { ActionDeps } from './deps.js';

export interface BaselineContext {
  repoDir: string;
  config: string;
  images: string[];
  deps: ActionDeps;
  progress: Progress;
}

export type FoundBaseline = Baseline & { sha?: string };

/** The merge-base's report: restored from the cache, else the merge-base rebuilt and measured in a worktree. */
export async function mergeBaseReport(sha: string, context: BaselineContext): Promise<FoundBaseline> {
  const { deps } = context;
  const warn = (message: string) => deps.log.warning(message);
  const budgetPath = relative(context.repoDir, resolve(context.config));
  const found = await obtainBaseline({
    sha,
    warn,
    // The merge-base's report was made with the merge-base's budget file: look it up by that file.
    restore: async (commit) =>
      restoreBaseline({
        sha: commit,
        configHash: await budgetFileHashAt(resolve(context.config), commit),
        warn,
        cache: await deps.cache(),
        dir: baselineDir(deps),
      }),
    rebuild: (commit) =>
      withWorktree(context.repoDir, commit, async (dir) => {
        const result = await deps.check({
          config: join(dir, budgetPath),
          images: context.images,
          progress: context.progress,
          // The sizes are all a baseline needs: no second build for the reproducibility gate.
          reproduce: false,
        });
        // A baseline missing an image would make that image look new: the rebuild fails instead.
        const [failed] = result.failed ?? [];
        if (failed) throw failed.error;
        return checkReport(result);
      }),
  });
  deps.log.info(found.reason ?? `baseline: ${found.source}`);
  return { ...found, sha };
}

function baselineDir(deps: ActionDeps): string | undefined {
  return deps.env.RUNNER_TEMP ? join(deps.env.RUNNER_TEMP, 'tiny-size-gate-baseline') : undefined;
}

/** A push to the default branch (or a manual run there) saves the report its pull requests compare with. */
export function savesBaseline(event: EventContext): boolean {
  return event.isPushToDefaultBranch || (event.kind === 'workflow-dispatch' && event.onDefaultBranch);
}

export async function saveReport(
  report: CheckReport,
  sha: string,
  config: string,
  deps: ActionDeps,
): Promise<void> {
  const warn = (message: string) => deps.log.warning(message);
  try {
    const configHash = await budgetFileHashAt(resolve(config), sha);
    const cache = await deps.cache();
    if (await saveBaseline(report, { sha, configHash, warn, cache, dir: baselineDir(deps) })) {
      deps.log.info(`saved this report as the baseline of ${sha.slice(0, 12)}`);
    }
  } catch (error) {
    warn(`the report was not saved as a baseline: ${formatError(error)}`);
  }
}
