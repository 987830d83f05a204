/**
 * The data branch through the REST API: read with the contents API; written as one commit per push
 * with the git data API (a tree on the branch's tip, a commit, a fast-forward of the ref), which
 * also creates the branch as an orphan when it is missing and touches no other branch. Two pushes
 * that race: the loser's ref update is refused (422), so it reads the new tip and tries again.
 */
import type { GitHubClient } from '../github/index.js';
import { emptyHistory, type History, historyFileName, parseHistory } from './history.js';

export interface DataBranch {
  owner: string;
  repo: string;
  branch: string;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The history on the branch, or none when the branch or the file does not exist. */
export async function readHistory(octokit: GitHubClient, data: DataBranch): Promise<History | undefined> {
  try {
    const { data: file } = await octokit.rest.repos.getContent({
      owner: data.owner,
      repo: data.repo,
      path: historyFileName,
      ref: data.branch,
    });
    if (Array.isArray(file) || file.type !== 'file' || !('content' in file)) return undefined;
    return parseHistory(
      Buffer.from(file.content, 'base64').toString('utf8'),
      `${data.branch}:${historyFileName}`,
    );
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

export interface HistoryWrite {
  /** The new history, from the one on the branch (empty when there is none). */
  update(current: History): History;
  /** Other files to write beside it (the latest badges), path -> content. */
  files?: Record<string, string>;
  message: string;
  /** Tries in all, for races; default 4. */
  attempts?: number;
}

/** Commits history.json (and `files`) to the branch; returns the commit sha and how many tries it took. */
export async function writeHistory(
  octokit: GitHubClient,
  data: DataBranch,
  write: HistoryWrite,
): Promise<{ sha: string; attempts: number }> {
  const { owner, repo, branch } = data;
  const attempts = write.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    const tip = await octokit.rest.git
      .getRef({ owner, repo, ref: `heads/${branch}` })
      .then(({ data: ref }) => ref.object.sha)
      .catch((error: unknown) => {
        if (statusOf(error) === 404) return undefined;
        throw error;
      });
    const current = tip ? ((await readHistory(octokit, data)) ?? emptyHistory()) : emptyHistory();
    const next = write.update(current);
    const baseTree = tip
      ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: tip })).data.tree.sha
      : undefined;
    const files = { [historyFileName]: `${JSON.stringify(next, null, 1)}\n`, ...write.files };
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      ...(baseTree ? { base_tree: baseTree } : {}),
      tree: Object.entries(files).map(([path, content]) => ({
        path,
        mode: '100644' as const,
        type: 'blob' as const,
        content,
      })),
    });
    const { data: commit } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: write.message,
      tree: tree.sha,
      parents: tip ? [tip] : [],
    });
    try {
      if (tip)
        await octokit.rest.git.updateRef({
          owner,
          repo,
          ref: `heads/${branch}`,
          sha: commit.sha,
          force: false,
        });
      else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha });
      return { sha: commit.sha, attempts: attempt };
    } catch (error) {
      // Another push moved (or created) the branch first: start again from its new tip.
      const status = statusOf(error);
      if ((status !== 422 && status !== 409) || attempt >= attempts) throw error;
    }
  }
}
