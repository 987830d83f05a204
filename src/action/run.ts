/**
 * The action: the same check as the CLI, with what a pull request adds: a baseline (the merge-base's
 * report, from the cache or rebuilt), the gate on growth, one sticky comment, the job summary,
 * outputs and annotations. Outputs are set before the step is failed, so later steps can read them.
 * Everything it touches comes in `deps`, so each decision is unit-tested without a runner.
 */
import { join } from 'node:path';
import { mergeBase } from '../baseline/index.js';
import { formatError, TinySizeError } from '../errors.js';
import { runGit } from '../git.js';
import { type EventContext, type GitHubClient, pullRequestLabels } from '../github/index.js';
import { getInputs, type Inputs } from '../inputs.js';
import type { Progress } from '../progress.js';
import type { RegistryOptions } from '../source/index.js';
import type { BaselineContext, FoundBaseline } from './baseline.js';
import type { ActionDeps, ActionLog } from './deps.js';
import { selectedImages } from './images.js';
import { apiRetries } from './retries.js';

export async function runAction(deps: ActionDeps): Promise<void> {
  try {
    const inputs = getInputs(
      (name) => deps.getInput(name),
      (secret) => deps.setSecret(secret),
    );
    // What only some runs use loads when they use it: the event's schema (zod), the comment stage.
    const event = deps.env.GITHUB_EVENT_PATH
      ? await (await import('../github/index.js')).loadEventContext(deps.env)
      : undefined;
    if (inputs.mode === 'comment')
      await (await import('./comment-stage.js')).commentStage(deps, inputs, event);
    else await checkStage(deps, inputs, event);
  } catch (error) {
    // A TinySizeError is the user's to fix; anything else is our bug, and keeps its stack in the debug log.
    if (!(error instanceof TinySizeError) && error instanceof Error) deps.log.debug(error.stack ?? '');
    deps.outputs.setFailed(formatError(error));
  }
}

async function checkStage(deps: ActionDeps, inputs: Inputs, event: EventContext | undefined): Promise<void> {
  const { log } = deps;
  const repoDir = deps.env.GITHUB_WORKSPACE || process.cwd();
  const config = join(inputs.workingDirectory, inputs.config);
  await refuseUntrustedBuild(event, repoDir, inputs.allowUntrustedBuild, log);
  const steps = oneLevelGroups(log);
  const images = await selectedImages(inputs.images, config);

  const pull = event?.pullRequest;
  const release = event?.kind === 'release' && event.action === 'published' ? event.release : undefined;
  const recordsHistory = event?.isPushToDefaultBranch === true;
  const octokit =
    event && (pull || release || recordsHistory) && inputs.githubToken
      ? await deps.github({
          token: inputs.githubToken,
          baseUrl: event.apiUrl,
          warn: log.warning,
          ...apiRetries,
        })
      : undefined;
  const labels = pull ? await currentLabels(octokit, event, pull.labels, log) : [];
  const overrideGrowth = labels.includes(inputs.overrideLabel);

  const baseline = await steps.step('Baseline', () =>
    findBaseline(event, { repoDir, config, images, deps, progress: steps }),
  );
  const result = await deps.check({
    config,
    images,
    progress: steps,
    baseline: baseline.report?.images,
    overrideGrowth,
    registry: registryOptions(inputs),
  });
  // The report, the comment and what keeps the result load once there is one (src/action/report.ts).
  const { reportOutcome } = await import('./report.js');
  await reportOutcome(deps, {
    inputs,
    event,
    repoDir,
    config,
    steps,
    octokit,
    release,
    recordsHistory,
    overrideGrowth,
    baseline,
    result,
  });
}

function registryOptions(inputs: Inputs): RegistryOptions | undefined {
  if (!inputs.registryUsername && !inputs.registryPassword) return undefined;
  return { username: inputs.registryUsername, password: inputs.registryPassword };
}

/**
 * The engine's phases as log groups, one level deep: the runner does not nest groups, so a phase
 * that starts inside another (the merge-base's rebuild inside "Baseline") is a plain line instead.
 */
export function oneLevelGroups(log: ActionLog): Progress {
  let open = false;
  return {
    async step(title, run) {
      if (open) {
        log.info(`▸ ${title}`);
        return run();
      }
      open = true;
      try {
        return await log.group(title, run);
      } finally {
        open = false;
      }
    },
    detail: (line) => log.info(line),
    // Preflight warnings (a build arg no ARG declares) become annotations.
    warn: (message) => log.warning(message),
  };
}

/**
 * Under `pull_request_target` the token can write, so the pull request's own code must not be
 * built: a Dockerfile runs arbitrary commands. The default checkout there is the base branch
 * (GITHUB_SHA); a checkout of anything else is refused unless the user takes the risk in writing.
 */
async function refuseUntrustedBuild(
  event: EventContext | undefined,
  repoDir: string,
  allowed: boolean,
  log: ActionLog,
): Promise<void> {
  if (event?.eventName !== 'pull_request_target') return;
  const head = await currentCommit(repoDir);
  if (head === undefined || head === event.sha) return;
  const what = `commit ${head.slice(0, 12)} under pull_request_target: that event's token can write to the repository and reads its secrets, the checkout is not the base branch (${event.sha.slice(0, 12)}), and a Dockerfile runs any command it holds`;
  if (allowed) {
    log.warning(`building ${what}; allowed by \`allow-untrusted-build: true\``);
    return;
  }
  throw new TinySizeError(`refusing to build ${what}`, {
    fix: 'use the two-stage flow: `mode: measure` on `pull_request` (read-only token) uploads the report, `mode: comment` on `workflow_run` posts it (README, "Fork pull requests"); or check out the base branch; or set `allow-untrusted-build: true` if every pull request author is trusted',
  });
}

async function currentCommit(repoDir: string): Promise<string | undefined> {
  const head = await runGit(repoDir, ['rev-parse', 'HEAD']);
  // Not a git checkout: nothing was checked out from the pull request.
  return head.code === 0 ? head.stdout.toString('utf8').trim() : undefined;
}

/** The labels as they are now (a re-run gets the original payload), or the payload's when the API fails. */
async function currentLabels(
  octokit: GitHubClient | undefined,
  event: EventContext,
  fallback: string[],
  log: ActionLog,
): Promise<string[]> {
  const pull = event.pullRequest;
  if (!octokit || !pull) return fallback;
  try {
    return await pullRequestLabels(octokit, { owner: event.owner, repo: event.repo, number: pull.number });
  } catch (error) {
    log.warning(`could not read the pull request's labels, using the event's: ${formatError(error)}`);
    return fallback;
  }
}

/** The merge-base's report for a pull request (or a merge queue's base); none for other events. */
async function findBaseline(
  event: EventContext | undefined,
  context: BaselineContext,
): Promise<FoundBaseline> {
  const sha = await baselineCommit(event, context.repoDir, context.deps.log);
  if (!sha)
    return {
      source: 'none',
      reason: event?.pullRequest || event?.mergeGroup ? 'the merge-base is unknown' : 'not a pull request',
    };
  // The cache, the report schema and the rebuild load only when there is a merge-base to look up.
  return (await import('./baseline.js')).mergeBaseReport(sha, context);
}

async function baselineCommit(
  event: EventContext | undefined,
  repoDir: string,
  log: ActionLog,
): Promise<string | undefined> {
  if (event?.mergeGroup) return event.mergeGroup.baseSha;
  const pull = event?.pullRequest;
  if (!pull) return undefined;
  try {
    return await mergeBase(repoDir, {
      baseRef: pull.baseRef,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      log: (line) => log.info(line),
    });
  } catch (error) {
    log.warning(`no baseline: the merge-base could not be found. ${formatError(error)}`);
    return undefined;
  }
}
