/**
 * `mode: comment`, stage two of the fork flow, under `workflow_run` with a write token and no
 * checkout of pull request code. It reads the triggering run's report artifacts (untrusted), checks
 * with the API that the pull request they name exists here, that its head is the run's head commit
 * and comes from the run's head repository, and only then writes the one sticky comment and a check
 * run on the head commit. On any mismatch it writes nothing to the pull request and says which check failed.
 */
import { downloadReports, type ShardResult } from '../artifact/index.js';
import { TinySizeError } from '../errors.js';
import { type Check, isFailure } from '../gate/index.js';
import { type EventContext, type GitHubClient, shouldCreateComment, upsertComment } from '../github/index.js';
import type { Inputs } from '../inputs.js';
import {
  commentMaxLength,
  describeFailure,
  hasChanges,
  renderComment,
  totals,
  writeReport,
} from '../report/index.js';
import type { ActionDeps } from './deps.js';
import { apiRetries } from './retries.js';
import { type MergedShards, mergeShards, renderShardNotes } from './shards.js';
import { trendOf } from './trend.js';

export async function commentStage(
  deps: ActionDeps,
  inputs: Inputs,
  event: EventContext | undefined,
): Promise<void> {
  const run = event?.workflowRun;
  if (!event || !run) {
    throw new TinySizeError(
      `\`mode: comment\` runs under \`workflow_run\`; this is \`${event?.eventName ?? 'no event'}\``,
      {
        within: 'the action step',
        fix: 'run `mode: comment` in a workflow `on: workflow_run` that follows the `mode: measure` workflow (README, "Fork pull requests")',
      },
    );
  }
  if (!inputs.githubToken) {
    throw new TinySizeError('`mode: comment` needs a token', {
      fix: 'pass `github-token` (github.token is the default)',
    });
  }
  const { log, outputs } = deps;
  const octokit = await deps.github({
    token: inputs.githubToken,
    baseUrl: event.apiUrl,
    warn: log.warning,
    ...apiRetries,
  });
  const shards = await deps.log.group(`Reports of run ${run.runId}`, () =>
    downloadReports(octokit, {
      owner: event.owner,
      repo: event.repo,
      runId: run.runId,
      artifactName: inputs.artifactName,
      fetch: deps.fetch,
    }),
  );
  for (const shard of shards)
    log.info(shard.ok ? `${shard.artifact}: read` : `${shard.artifact}: ${shard.problem}`);
  if (!shards.some((shard) => shard.ok)) {
    const why = shards.length
      ? shards.map((shard) => `${shard.artifact}: ${(shard as { problem: string }).problem}`).join('; ')
      : `run ${run.runId} has no artifact named ${inputs.artifactName} or ${inputs.artifactName}-*`;
    throw new TinySizeError(`nothing was written to the pull request: no usable report (${why})`, {
      within: 'mode: comment',
      fix: 'check that the `mode: measure` job of the triggering run succeeded and uses the same `artifact-name`',
    });
  }

  const pullNumber = await verifyPullRequest(octokit, event, shards);
  const merged = mergeShards(shards);
  const notes = renderShardNotes(merged);
  const trend = await trendOf(
    octokit,
    { owner: event.owner, repo: event.repo, branch: inputs.dataBranch },
    merged.report,
    log,
  );
  const body =
    notes +
    renderComment(merged.report, merged.base, {
      baseline: merged.report.baseline ?? { source: 'none' },
      maxLength: commentMaxLength - notes.length - trend.length,
    }) +
    trend;

  outputs.setOutput('verdict', merged.report.verdict);
  outputs.setOutput('report', await writeReport(merged.report, deps.env.RUNNER_TEMP));
  outputs.setOutput('totals', JSON.stringify(totals(merged.report)));
  outputs.setOutput('markdown', body);
  await outputs.summary(body);

  if (inputs.comment !== 'never') {
    try {
      const shouldPost = shouldCreateComment(inputs.comment, {
        failed: merged.report.verdict === 'fail',
        changed: hasChanges(merged.report, merged.base),
      });
      const result = await upsertComment({
        octokit,
        owner: event.owner,
        repo: event.repo,
        issueNumber: pullNumber,
        key: inputs.commentKey,
        body,
        shouldPost,
      });
      if (result.action === 'forbidden') log.warning(result.message);
      else if ('url' in result) {
        outputs.setOutput('comment-url', result.url);
        log.info(`comment ${result.action}: ${result.url}`);
      }
    } catch (error) {
      log.warning(`the pull request comment was not written: ${(error as Error).message}`);
    }
  }
  await createCheckRun(deps, octokit, event, run.headSha, merged, body);

  const failed = merged.report.verdict === 'fail';
  if (failed && inputs.failOn === 'budget') {
    const first = merged.report.checks.find(isFailure);
    outputs.setFailed(
      first
        ? describeFailure(first)
        : `the size check of pull request #${pullNumber} fails: ${merged.unmeasured.length ? `not measured: ${merged.unmeasured.join(', ')}` : 'a shard report was refused'}`,
    );
  } else if (failed) log.warning('the size check fails; not failing the step because fail-on is `never`');
}

/**
 * The pull request the reports name, checked with the API. The payload's `pull_requests` is empty
 * for a fork's pull request, and the reports are the fork's to write: only the API is trusted.
 */
async function verifyPullRequest(
  octokit: GitHubClient,
  event: EventContext,
  shards: ShardResult[],
): Promise<number> {
  const run = event.workflowRun as NonNullable<EventContext['workflowRun']>;
  const here = `${event.owner}/${event.repo}`;
  const refuse = (check: string): never => {
    throw new TinySizeError(`nothing was written to the pull request: ${check}`, {
      within: 'mode: comment',
      fix: 'a report that does not match its run is not trusted; if the pull request was updated since, the next run comments',
    });
  };
  const reports = shards.flatMap((shard) => (shard.ok ? [shard.report] : []));
  const numbers = [...new Set(reports.map((report) => report.run?.pullRequest?.number))];
  if (numbers.length !== 1 || numbers[0] === undefined) {
    refuse(
      `the reports name pull request(s) ${numbers.map((n) => (n === undefined ? 'none' : `#${n}`)).join(', ')}, not one`,
    );
  }
  const number = numbers[0] as number;
  for (const report of reports) {
    if (report.run?.repository.toLowerCase() !== here.toLowerCase())
      refuse(`a report was made in ${report.run?.repository}, not in ${here}`);
    if (report.run?.headSha !== run.headSha)
      refuse(
        `a report measured ${report.run?.headSha.slice(0, 12)}, not the run's head commit ${run.headSha.slice(0, 12)}`,
      );
  }
  let pull: { head: { sha: string; repo: { full_name: string } | null } };
  try {
    pull = (await octokit.rest.pulls.get({ owner: event.owner, repo: event.repo, pull_number: number })).data;
  } catch (error) {
    const status = (error as { status?: number }).status;
    return refuse(
      status === 404
        ? `pull request #${number} does not exist in ${here}`
        : `pull request #${number} could not be read (${status ?? 'no response'}): ${(error as Error).message}`,
    );
  }
  if (pull.head.sha !== run.headSha)
    refuse(
      `the head of pull request #${number} is ${pull.head.sha.slice(0, 12)}, not the run's head commit ${run.headSha.slice(0, 12)}`,
    );
  const headRepository = pull.head.repo?.full_name;
  if (!headRepository || headRepository.toLowerCase() !== run.headRepository?.toLowerCase())
    refuse(
      `pull request #${number} comes from ${headRepository ?? 'a deleted repository'}, not from the run's head repository ${run.headRepository}`,
    );
  return number;
}

/** One check run on the head commit: the verdict, the comment as its summary, a failure annotation per failed check. */
async function createCheckRun(
  deps: ActionDeps,
  octokit: GitHubClient,
  event: EventContext,
  headSha: string,
  merged: MergedShards,
  body: string,
): Promise<void> {
  const annotations = merged.report.checks.flatMap((check: Check, index) => {
    if (!isFailure(check)) return [];
    const run = merged.report.run;
    const line = merged.lines[index];
    if (!run || !line) return [];
    return [
      {
        path: run.budgetFile,
        start_line: line,
        end_line: line,
        annotation_level: 'failure' as const,
        title: 'tiny-size-gate',
        message: describeFailure(check),
      },
    ];
  });
  try {
    const { data } = await octokit.rest.checks.create({
      owner: event.owner,
      repo: event.repo,
      name: 'tiny-size-gate',
      head_sha: headSha,
      status: 'completed',
      conclusion: merged.report.verdict === 'pass' ? 'success' : 'failure',
      output: {
        title: merged.report.verdict === 'pass' ? 'Every size budget holds' : 'A size budget is exceeded',
        summary: body.slice(0, 65_535),
        annotations: annotations.slice(0, 50),
      },
    });
    deps.log.info(`check run: ${data.html_url}`);
  } catch (error) {
    deps.log.warning(`the check run was not created: ${(error as Error).message}`);
  }
}
