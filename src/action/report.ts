/**
 * The check stage's second half: the engine's result reported (outputs, job summary, annotations),
 * kept (the baseline cache, the size history, release badges, the artifact of `mode: measure`),
 * posted (the sticky comment), and the step decided. Loaded once there is a result: a run that
 * fails before it (no budget file) loads none of the reports, the comment or their schemas.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { type ActionReport, artifactNameOf, type RunRecord, uploadReport } from '../artifact/index.js';
import type { BudgetFile } from '../budget/index.js';
import type { CheckResult } from '../check.js';
import { formatError } from '../errors.js';
import { type Check, isFailure, isWarning } from '../gate/index.js';
import { type EventContext, type GitHubClient, shouldCreateComment, upsertComment } from '../github/index.js';
import { appendEntry, type DataBranch, writeHistory } from '../history/index.js';
import type { Inputs } from '../inputs.js';
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
import { type FoundBaseline, saveReport, savesBaseline } from './baseline.js';
import type { ActionDeps, ActionLog } from './deps.js';
import { trendOf } from './trend.js';

/** What the check stage's first half found and decided, and the engine's result. */
export interface CheckOutcome {
  inputs: Inputs;
  event: EventContext | undefined;
  repoDir: string;
  config: string;
  steps: Progress;
  octokit: GitHubClient | undefined;
  /** The release this run publishes badges to (a published release). */
  release: EventContext['release'];
  /** A push to the default branch: the size history gets this run's entry. */
  recordsHistory: boolean;
  overrideGrowth: boolean;
  baseline: FoundBaseline;
  result: CheckResult;
}

export async function reportOutcome(deps: ActionDeps, outcome: CheckOutcome): Promise<void> {
  const { inputs, event, repoDir, config, steps, octokit, release, recordsHistory, overrideGrowth } = outcome;
  const { baseline, result } = outcome;
  const { log, outputs } = deps;
  const pull = event?.pullRequest;
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
