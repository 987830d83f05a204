/**
 * The pull request as it is now. The event payload is a snapshot: re-running a job keeps the
 * payload of the first run, so a label added since (an override) is only seen through the API.
 */
import { TinySizeError } from '../errors.js';
import type { GitHubClient } from './octokit.js';

export async function pullRequestLabels(
  octokit: GitHubClient,
  pull: { owner: string; repo: string; number: number },
): Promise<string[]> {
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.number,
    });
    return data.labels.map((label) => label.name);
  } catch (error) {
    const status = (error as { status?: number }).status;
    throw new TinySizeError(
      `cannot read the labels of ${pull.owner}/${pull.repo}#${pull.number} (${status ?? 'no response'}): ${(error as Error).message}`,
      { fix: 'give the token pull-requests: read, or rely on the labels in the event payload' },
    );
  }
}
