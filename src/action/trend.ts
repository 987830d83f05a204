import { formatError } from '../errors.js';
import type { GitHubClient } from '../github/index.js';
import { type DataBranch, readHistory, renderTrend } from '../history/index.js';
import type { CheckReport } from '../report/index.js';
import type { ActionLog } from './deps.js';

/** The trend of each image this pull request changes, from the data branch; '' when there is none. */
export async function trendOf(
  octokit: GitHubClient,
  dataBranch: DataBranch,
  report: CheckReport,
  log: ActionLog,
): Promise<string> {
  try {
    const history = await readHistory(octokit, dataBranch);
    return history ? `\n${renderTrend(history, { head: report })}` : '';
  } catch (error) {
    log.warning(
      `the size trend is left out: the history on ${dataBranch.branch} could not be read: ${formatError(error)}`,
    );
    return '';
  }
}
