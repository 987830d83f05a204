/**
 * The action: the same check as the CLI, with what a pull request adds: a baseline (the merge-base's
 * report, from the cache or rebuilt), the gate on growth, one sticky comment, the job summary,
 * outputs and annotations. Outputs are set before the step is failed, so later steps can read them.
 */
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import {
  type Baseline,
  budgetFileHashAt,
  mergeBase,
  obtainBaseline,
  restoreBaseline,
  saveBaseline,
  withWorktree,
} from './baseline/index.js';
import type { BudgetFile } from './budget/index.js';
import { type CheckResult, runCheck } from './check.js';
import { formatError, TinySizeError } from './errors.js';
import type { Check } from './gate/index.js';
import { isFailure, isWarning } from './gate/index.js';
import { runGit } from './git.js';
import {
  createOctokit,
  type EventContext,
  type GitHubClient,
  loadEventContext,
  pullRequestLabels,
  shouldCreateComment,
  upsertComment,
} from './github/index.js';
import { getInputs, type Inputs } from './inputs.js';
import type { Progress } from './progress.js';
import {
  type CheckReport,
  checkReport,
  describeFailure,
  hasChanges,
  renderComment,
  renderMarkdown,
  totals,
  writeReport,
} from './report/index.js';
import type { RegistryOptions } from './source/index.js';

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const repoDir = process.env.GITHUB_WORKSPACE || process.cwd();
    const config = join(inputs.workingDirectory, inputs.config);
    const event = process.env.GITHUB_EVENT_PATH ? await loadEventContext() : undefined;
    await refuseUntrustedBuild(event, repoDir);

    const pull = event?.pullRequest;
    const octokit =
      pull && inputs.githubToken
        ? createOctokit({ token: inputs.githubToken, baseUrl: event.apiUrl, warn: core.warning })
        : undefined;
    const labels = pull ? await currentLabels(octokit, event, pull.labels) : [];
    const overrideGrowth = labels.includes(inputs.overrideLabel);

    const baseline = await core.group('Baseline', () => findBaseline(event, { repoDir, config, inputs }));
    const result = await runCheck({
      config,
      images: inputs.images,
      progress: actionProgress,
      baseline: baseline.report?.images,
      overrideGrowth,
      registry: registryOptions(inputs),
    });
    const report = checkReport(result, {
      source: baseline.source,
      sha: baseline.sha,
      reason: baseline.reason,
    });
    const view = {
      base: baseline.report,
      baseline: { source: baseline.source, sha: baseline.sha, ref: pull?.baseRef, reason: baseline.reason },
      ...(overrideGrowth ? { overrideLabel: inputs.overrideLabel } : {}),
    };
    const markdown = renderMarkdown(report, view);

    core.setOutput('verdict', report.verdict);
    core.setOutput('report', await writeReport(report, process.env.RUNNER_TEMP));
    core.setOutput('totals', JSON.stringify(totals(report)));
    core.setOutput('markdown', markdown);
    core.setOutput('baseline-source', baseline.source);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    annotate(result);

    // A report missing an image that failed would make that image look new to the next pull request.
    if (event && savesBaseline(event) && !result.failed?.length) await saveReport(report, event.sha, config);
    if (pull && inputs.comment !== 'never') {
      const body = renderComment(report, baseline.report, view);
      const failed = report.verdict === 'fail';
      await comment(
        octokit,
        event,
        pull.number,
        inputs,
        body,
        shouldCreateComment(inputs.comment, { failed, changed: hasChanges(report, baseline.report) }),
      );
    }

    const failures = result.verdict.checks.filter(isFailure);
    // An image that could not be measured fails the step whatever fail-on says, as a thrown error did.
    const [firstFailed, ...moreFailed] = result.failed ?? [];
    if (firstFailed) {
      core.setFailed(
        `${firstFailed.image.name}: ${firstFailed.message}${moreFailed.length ? `\n(and ${moreFailed.length} more image(s) not measured)` : ''}`,
      );
    } else if (failures.length && inputs.failOn === 'budget') {
      const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
      core.setFailed(`${describeFailure(failures[0] as Check)}${more}`);
    } else if (failures.length) {
      core.warning(`${failures.length} check(s) failed; not failing the step because fail-on is \`never\``);
    }
  } catch (error) {
    // A TinySizeError is the user's to fix; anything else is our bug, and keeps its stack in the debug log.
    if (!(error instanceof TinySizeError) && error instanceof Error) core.debug(error.stack ?? '');
    core.setFailed(formatError(error));
  }
}

function registryOptions(inputs: Inputs): RegistryOptions | undefined {
  if (!inputs.registryUsername && !inputs.registryPassword) return undefined;
  return { username: inputs.registryUsername, password: inputs.registryPassword };
}

const actionProgress: Progress = {
  step: (title, run) => core.group(title, run),
  detail: (line) => core.info(line),
  warn: (message) => core.warning(message),
};

/**
 * Under `pull_request_target` the token can write, so the pull request's own code must not be
 * built: a Dockerfile runs arbitrary commands. The default checkout there is the base branch
 * (GITHUB_SHA); a checkout of anything else is refused. Fork pull requests are measured under
 * `pull_request`, with a read-only token.
 */
async function refuseUntrustedBuild(event: EventContext | undefined, repoDir: string): Promise<void> {
  if (event?.eventName !== 'pull_request_target') return;
  const head = await currentCommit(repoDir);
  if (head === undefined || head === event.sha) return;
  throw new TinySizeError(
    `refusing to build commit ${head.slice(0, 12)} under pull_request_target: that event's token can write to the repository, and the checkout is not the base branch (${event.sha.slice(0, 12)})`,
    {
      fix: 'run tiny-size-gate on `pull_request` (fork pull requests get a read-only token there; the comment is then written by a `workflow_run` job), or check out the base branch',
    },
  );
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
): Promise<string[]> {
  const pull = event.pullRequest;
  if (!octokit || !pull) return fallback;
  try {
    return await pullRequestLabels(octokit, { owner: event.owner, repo: event.repo, number: pull.number });
  } catch (error) {
    core.warning(`could not read the pull request's labels, using the event's: ${formatError(error)}`);
    return fallback;
  }
}

interface BaselineContext {
  repoDir: string;
  config: string;
  inputs: Inputs;
}

type FoundBaseline = Baseline & { sha?: string };

/** The merge-base's report for a pull request (or a merge queue's base); none for other events. */
async function findBaseline(
  event: EventContext | undefined,
  context: BaselineContext,
): Promise<FoundBaseline> {
  const sha = await baselineCommit(event, context.repoDir);
  if (!sha)
    return {
      source: 'none',
      reason: event?.pullRequest || event?.mergeGroup ? 'the merge-base is unknown' : 'not a pull request',
    };
  const budgetPath = relative(context.repoDir, resolve(context.config));
  const found = await obtainBaseline({
    sha,
    warn: core.warning,
    // The merge-base's report was made with the merge-base's budget file: look it up by that file.
    restore: async (commit) =>
      restoreBaseline({
        sha: commit,
        configHash: await budgetFileHashAt(resolve(context.config), commit),
        warn: core.warning,
      }),
    rebuild: (commit) =>
      withWorktree(context.repoDir, commit, async (dir) => {
        const result = await runCheck({
          config: join(dir, budgetPath),
          images: context.inputs.images,
          progress: actionProgress,
        });
        // A baseline missing an image would make it look new: fail the rebuild as before.
        const [failed] = result.failed ?? [];
        if (failed) throw failed.error;
        return checkReport(result);
      }),
  });
  core.info(found.reason ?? `baseline: ${found.source}`);
  return { ...found, sha };
}

async function baselineCommit(event: EventContext | undefined, repoDir: string): Promise<string | undefined> {
  if (event?.mergeGroup) return event.mergeGroup.baseSha;
  const pull = event?.pullRequest;
  if (!pull) return undefined;
  try {
    return await mergeBase(repoDir, {
      baseRef: pull.baseRef,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      log: core.info,
    });
  } catch (error) {
    core.warning(`no baseline: the merge-base could not be found. ${formatError(error)}`);
    return undefined;
  }
}

/** A push to the default branch (or a manual run there) saves the report its pull requests compare with. */
function savesBaseline(event: EventContext): boolean {
  return event.isPushToDefaultBranch || (event.kind === 'workflow-dispatch' && event.onDefaultBranch);
}

async function saveReport(report: CheckReport, sha: string, config: string): Promise<void> {
  let hash: string;
  try {
    hash = await budgetFileHashAt(resolve(config), sha);
  } catch (error) {
    core.warning(`the report was not saved as a baseline: ${formatError(error)}`);
    return;
  }
  if (await saveBaseline(report, { sha, configHash: hash, warn: core.warning })) {
    core.info(`saved this report as the baseline of ${sha.slice(0, 12)}`);
  }
}

async function comment(
  octokit: GitHubClient | undefined,
  event: EventContext,
  issueNumber: number,
  inputs: Inputs,
  body: string,
  shouldPost: boolean,
): Promise<void> {
  if (!octokit) {
    core.warning(
      'no github-token: the pull request comment was not written (the job summary has the report)',
    );
    return;
  }
  const result = await upsertComment({
    octokit,
    owner: event.owner,
    repo: event.repo,
    issueNumber,
    key: inputs.commentKey,
    body,
    shouldPost,
  });
  if (result.action === 'forbidden') core.warning(result.message);
  else if ('url' in result) {
    core.setOutput('comment-url', result.url);
    core.info(`comment ${result.action}: ${result.url}`);
  }
}

/** An annotation on the budget file's line for each failure (error) and each warning. */
function annotate({ verdict, budget }: CheckResult): void {
  for (const check of verdict.checks) {
    const annotation = isFailure(check) ? core.error : isWarning(check) ? core.warning : undefined;
    if (!annotation) continue;
    annotation(describeFailure(check), { title: 'tiny-size-gate', ...place(budget, check.keyPath) });
  }
}

function place(budget: BudgetFile, keyPath: (string | number)[]) {
  const position = budget.positionOf(keyPath);
  return { file: budget.file, startLine: position?.line, startColumn: position?.column };
}
