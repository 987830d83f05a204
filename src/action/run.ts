/**
 * The action: the same check as the CLI, with what a pull request adds: a baseline (the merge-base's
 * report, from the cache or rebuilt), the gate on growth, one sticky comment, the job summary,
 * outputs and annotations. Outputs are set before the step is failed, so later steps can read them.
 * Everything it touches comes in `deps`, so each decision is unit-tested without a runner.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { type ActionReport, artifactNameOf, type RunRecord, uploadReport } from '../artifact/index.js';
import {
  type Baseline,
  budgetFileHashAt,
  mergeBase,
  obtainBaseline,
  restoreBaseline,
  saveBaseline,
  withWorktree,
} from '../baseline/index.js';
import type { BudgetFile } from '../budget/index.js';
import type { CheckResult } from '../check.js';
import { formatError, TinySizeError } from '../errors.js';
import { type Check, isFailure, isWarning } from '../gate/index.js';
import { runGit } from '../git.js';
import {
  type EventContext,
  type GitHubClient,
  loadEventContext,
  pullRequestLabels,
  shouldCreateComment,
  upsertComment,
} from '../github/index.js';
import { appendEntry, type DataBranch, writeHistory } from '../history/index.js';
import { getInputs, type Inputs } from '../inputs.js';
import type { Progress } from '../progress.js';
import { uploadReleaseAssets, writeReleaseBadges } from '../publish/index.js';
import {
  type CheckReport,
  checkReport,
  commentMaxLength,
  describeFailure,
  hasChanges,
  renderComment,
  renderMarkdown,
  totals,
  writeReport,
} from '../report/index.js';
import type { RegistryOptions } from '../source/index.js';
import { commentStage } from './comment-stage.js';
import type { ActionDeps, ActionLog } from './deps.js';
import { selectedImages } from './images.js';
import { apiRetries } from './retries.js';
import { trendOf } from './trend.js';

export async function runAction(deps: ActionDeps): Promise<void> {
  try {
    const inputs = getInputs(
      (name) => deps.getInput(name),
      (secret) => deps.setSecret(secret),
    );
    const event = deps.env.GITHUB_EVENT_PATH ? await loadEventContext(deps.env) : undefined;
    if (inputs.mode === 'comment') await commentStage(deps, inputs, event);
    else await checkStage(deps, inputs, event);
  } catch (error) {
    // A TinySizeError is the user's to fix; anything else is our bug, and keeps its stack in the debug log.
    if (!(error instanceof TinySizeError) && error instanceof Error) deps.log.debug(error.stack ?? '');
    deps.outputs.setFailed(formatError(error));
  }
}

async function checkStage(deps: ActionDeps, inputs: Inputs, event: EventContext | undefined): Promise<void> {
  const { log, outputs } = deps;
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
  const report: ActionReport = {
    ...checkReport(result, { source: baseline.source, sha: baseline.sha, reason: baseline.reason }),
    ...(event ? { run: runRecord(event, result, baseline, inputs, repoDir) } : {}),
    ...(baseline.report ? { base: baseline.report } : {}),
  };
  const view = {
    base: baseline.report,
    baseline: { source: baseline.source, sha: baseline.sha, ref: pull?.baseRef, reason: baseline.reason },
    ...(overrideGrowth ? { overrideLabel: inputs.overrideLabel } : {}),
  };
  const dataBranch = event && { owner: event.owner, repo: event.repo, branch: inputs.dataBranch };
  const trend = pull && octokit && dataBranch ? await trendOf(octokit, dataBranch, report, log) : '';
  const markdown = renderMarkdown(report, view) + trend;

  outputs.setOutput('verdict', report.verdict);
  outputs.setOutput('report', await writeReport(report, deps.env.RUNNER_TEMP));
  outputs.setOutput('totals', JSON.stringify(totals(report)));
  outputs.setOutput('markdown', markdown);
  outputs.setOutput('baseline-source', baseline.source);
  await outputs.summary(markdown);
  annotate(result, inputs, log);

  // A report missing an image that failed would make that image look new to the next pull request.
  if (event && savesBaseline(event) && !result.failed?.length)
    await saveReport(report, event.sha, config, deps);
  if (event && recordsHistory && dataBranch)
    await steps.step('Size history', () => recordHistory(deps, octokit, dataBranch, event, report));
  if (event && release) await steps.step('Release badges', () => publishBadges(deps, octokit, event, report));
  if (inputs.mode === 'measure') {
    const name = artifactNameOf(inputs.artifactName, inputs.shard);
    await steps.step(`Upload the report as ${name}`, async () => {
      const uploaded = await uploadReport(report, name, await deps.artifacts(), deps.env.RUNNER_TEMP);
      log.info(`artifact ${name} uploaded (${uploaded.size ?? '?'} B, id ${uploaded.id ?? '?'})`);
    });
  } else if (pull && inputs.comment !== 'never') {
    const body =
      renderComment(report, baseline.report, { ...view, maxLength: commentMaxLength - trend.length }) + trend;
    const failed = report.verdict === 'fail';
    const shouldPost = shouldCreateComment(inputs.comment, {
      failed,
      changed: hasChanges(report, baseline.report),
    });
    await comment(deps, octokit, event, pull.number, inputs, body, shouldPost);
  }
  decide(result, inputs, deps);
}

/** What the comment stage needs to trust and place this report (src/artifact/report.ts). */
function runRecord(
  event: EventContext,
  result: CheckResult,
  baseline: FoundBaseline,
  inputs: Inputs,
  repoDir: string,
): RunRecord {
  const pull = event.pullRequest;
  return {
    repository: `${event.owner}/${event.repo}`,
    headSha: event.headSha,
    ...(pull
      ? {
          pullRequest: {
            number: pull.number,
            headSha: pull.headSha,
            baseSha: pull.baseSha,
            ...(baseline.sha ? { mergeBaseSha: baseline.sha } : {}),
            ...(pull.headRepository ? { headRepository: pull.headRepository } : {}),
          },
        }
      : {}),
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    budgetFile: relative(repoDir, resolve(result.budget.file)).split('\\').join('/'),
    budgetImages: result.budget.images.map((image) => image.name),
    checkLines: result.verdict.checks.map((check) => result.budget.positionOf(check.keyPath)?.line ?? null),
  };
}

/**
 * The sizes decide the step: a failed check fails it unless `fail-on: never`. An image that could
 * not be measured (a missing archive, a failed build) fails it whatever fail-on says.
 */
function decide({ verdict, failed = [] }: CheckResult, inputs: Inputs, deps: ActionDeps): void {
  const failures = verdict.checks.filter(isFailure);
  const [firstFailed, ...moreFailed] = failed;
  if (firstFailed) {
    const more = moreFailed.length ? `\n(and ${moreFailed.length} more image(s) not measured)` : '';
    deps.outputs.setFailed(`${firstFailed.image.name}: ${firstFailed.message}${more}`);
  } else if (failures.length && inputs.failOn === 'budget') {
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
    deps.outputs.setFailed(`${describeFailure(failures[0] as Check)}${more}`);
  } else if (failures.length) {
    deps.log.warning(`${failures.length} check(s) failed; not failing the step because fail-on is \`never\``);
  }
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

interface BaselineContext {
  repoDir: string;
  config: string;
  images: string[];
  deps: ActionDeps;
  progress: Progress;
}

export type FoundBaseline = Baseline & { sha?: string };

/** The merge-base's report for a pull request (or a merge queue's base); none for other events. */
async function findBaseline(
  event: EventContext | undefined,
  context: BaselineContext,
): Promise<FoundBaseline> {
  const { deps } = context;
  const warn = (message: string) => deps.log.warning(message);
  const sha = await baselineCommit(event, context.repoDir, deps.log);
  if (!sha)
    return {
      source: 'none',
      reason: event?.pullRequest || event?.mergeGroup ? 'the merge-base is unknown' : 'not a pull request',
    };
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

/** A push to the default branch (or a manual run there) saves the report its pull requests compare with. */
function savesBaseline(event: EventContext): boolean {
  return event.isPushToDefaultBranch || (event.kind === 'workflow-dispatch' && event.onDefaultBranch);
}

async function saveReport(report: CheckReport, sha: string, config: string, deps: ActionDeps): Promise<void> {
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

/** A push to the default branch appends its totals to the history and refreshes the latest badges there. */
async function recordHistory(
  deps: ActionDeps,
  octokit: GitHubClient | undefined,
  dataBranch: DataBranch,
  event: EventContext,
  report: CheckReport,
): Promise<void> {
  if (!octokit) {
    deps.log.warning(`no github-token: the size history on ${dataBranch.branch} was not updated`);
    return;
  }
  try {
    const dir = join(deps.env.RUNNER_TEMP || tmpdir(), 'tiny-size-gate', 'latest-badges');
    const badges = await writeReleaseBadges(report, dir);
    const files = Object.fromEntries(
      await Promise.all(
        badges.map(async (badge) => [`badges/${badge.name}`, await readFile(badge.path, 'utf8')]),
      ),
    );
    const written = await writeHistory(octokit, dataBranch, {
      update: (current) => appendEntry(current, report, event.headSha, new Date(deps.clock.now())),
      files,
      message: `Sizes of ${event.headSha.slice(0, 12)}`,
    });
    deps.log.info(
      `size history: ${dataBranch.branch} at ${written.sha.slice(0, 12)}${written.attempts > 1 ? ` (after ${written.attempts} tries: another push raced)` : ''}`,
    );
  } catch (error) {
    deps.log.warning(`the size history on ${dataBranch.branch} was not updated: ${formatError(error)}`);
  }
}

/** Badges of the release's sizes as release assets; an upload that fails is a warning. */
async function publishBadges(
  deps: ActionDeps,
  octokit: GitHubClient | undefined,
  event: EventContext,
  report: CheckReport,
): Promise<void> {
  const release = event.release as NonNullable<EventContext['release']>;
  const dir = join(deps.env.RUNNER_TEMP || tmpdir(), 'tiny-size-gate', 'badges');
  const files = await writeReleaseBadges(report, dir);
  deps.outputs.setOutput('badges', JSON.stringify(files.map((file) => file.path)));
  if (!octokit) {
    deps.log.warning('no github-token: the badges were written but not uploaded to the release');
    return;
  }
  try {
    const { replaced, uploaded } = await uploadReleaseAssets(
      octokit,
      { owner: event.owner, repo: event.repo, releaseId: release.id, uploadUrl: release.uploadUrl },
      files,
      (path) => readFile(path),
    );
    deps.log.info(
      `release ${release.tagName}: uploaded ${uploaded.join(', ')}${replaced.length ? ` (replacing ${replaced.join(', ')})` : ''}`,
    );
  } catch (error) {
    deps.log.warning(`the badges were not uploaded to release ${release.tagName}: ${formatError(error)}`);
  }
}

/** Writes the sticky comment. A failure is a warning with the reason: the sizes decide the step. */
async function comment(
  deps: ActionDeps,
  octokit: GitHubClient | undefined,
  event: EventContext,
  issueNumber: number,
  inputs: Inputs,
  body: string,
  shouldPost: boolean,
): Promise<void> {
  if (!octokit) {
    deps.log.warning(
      'no github-token: the pull request comment was not written (the job summary has the report)',
    );
    return;
  }
  try {
    const result = await upsertComment({
      octokit,
      owner: event.owner,
      repo: event.repo,
      issueNumber,
      key: inputs.commentKey,
      body,
      shouldPost,
    });
    if (result.action === 'forbidden') deps.log.warning(result.message);
    else if ('url' in result) {
      deps.outputs.setOutput('comment-url', result.url);
      deps.log.info(`comment ${result.action}: ${result.url}`);
    }
  } catch (error) {
    deps.log.warning(`the pull request comment was not written: ${formatError(error)}`);
  }
}

/**
 * An annotation on the budget file's line for each failure and each warning; with `fail-on: never`
 * failures are warnings too, so the run shows no error it does not fail on.
 */
function annotate({ verdict, budget }: CheckResult, inputs: Inputs, log: ActionLog): void {
  for (const check of verdict.checks) {
    const failure = isFailure(check);
    if (!failure && !isWarning(check)) continue;
    const annotation = failure && inputs.failOn === 'budget' ? log.error : log.warning;
    annotation(describeFailure(check), { title: 'tiny-size-gate', ...place(budget, check.keyPath) });
  }
}

function place(budget: BudgetFile, keyPath: (string | number)[]) {
  const position = budget.positionOf(keyPath);
  return { file: budget.file, startLine: position?.line, startColumn: position?.column };
}
