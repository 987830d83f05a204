/**
 * A detached git worktree of one commit, for rebuilding the merge-base beside the pull request's
 * checkout without touching it. The worktree is removed afterwards whatever `run` does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TinySizeError } from '../errors.js';
import { git, isCommitSha } from '../git.js';

export interface WorktreeOptions {
  /** The remote to fetch a missing commit from. */
  remote?: string;
  /** Where the temporary worktree goes: RUNNER_TEMP on a runner, else the OS's temp directory. */
  tempRoot?: string;
}

export async function withWorktree<T>(
  repoDir: string,
  sha: string,
  run: (dir: string) => Promise<T>,
  options: WorktreeOptions = {},
): Promise<T> {
  if (!isCommitSha(sha)) {
    throw new TinySizeError(`\`${sha}\` is not a commit sha`, {
      file: repoDir,
      fix: 'pass the baseline commit as a hex sha (the merge-base of the pull request)',
    });
  }
  await ensureCommit(repoDir, sha, options.remote ?? 'origin');

  const root = await mkdtemp(join(options.tempRoot ?? process.env.RUNNER_TEMP ?? tmpdir(), 'tsg-worktree-'));
  const dir = join(root, 'tree');
  try {
    await git(repoDir, ['worktree', 'add', '--detach', dir, sha]);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw new TinySizeError(`cannot check out commit ${sha} in a git worktree`, {
      file: repoDir,
      fix: 'check that the repository is not corrupt and that the temporary directory is writable',
      cause: error,
    });
  }
  try {
    return await run(dir);
  } finally {
    await removeWorktree(repoDir, dir, root);
  }
}

/** Fetches the commit when the checkout lacks it (actions/checkout clones one commit deep). */
async function ensureCommit(repoDir: string, sha: string, remote: string): Promise<void> {
  try {
    await git(repoDir, ['rev-parse', '--git-dir']);
  } catch (error) {
    throw new TinySizeError('not a git repository: the baseline is rebuilt from a git worktree', {
      file: repoDir,
      fix: 'run in a git checkout (actions/checkout before this action)',
      cause: error,
    });
  }
  if (await hasCommit(repoDir, sha)) return;
  const shallow = await git(repoDir, ['rev-parse', '--is-shallow-repository']).then(
    (out) => out.toString().trim() === 'true',
    () => false,
  );
  // A depth on a full clone would make it shallow; only a shallow clone gets one.
  const fetch = [
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    ...(shallow ? ['--depth=1'] : []),
    remote,
    sha,
  ];
  let fetchError: unknown;
  try {
    await git(repoDir, fetch);
  } catch (error) {
    fetchError = error;
  }
  if (await hasCommit(repoDir, sha)) return;
  throw new TinySizeError(`commit ${sha} is not in the repository and could not be fetched from ${remote}`, {
    file: repoDir,
    fix: `fetch it (git fetch ${remote} ${sha}), or check out with full history (actions/checkout with fetch-depth: 0)`,
    cause: fetchError,
  });
}

function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  return git(repoDir, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** Best effort, and never throws: a failed cleanup must not hide what `run` returned or threw. */
async function removeWorktree(repoDir: string, dir: string, root: string): Promise<void> {
  await git(repoDir, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
  await rm(root, { recursive: true, force: true }).catch(() => undefined);
  await git(repoDir, ['worktree', 'prune']).catch(() => undefined);
}
