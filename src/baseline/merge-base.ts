/**
 * The merge-base of a pull request: the commit its head forked from on the target branch, the
 * baseline a pull request is compared with. actions/checkout leaves a shallow (depth 1), detached
 * checkout of refs/pull/N/merge with an `origin` remote, so the history is fetched a little at a
 * time until `git merge-base` can answer, and unshallowed only as a last resort.
 */
import { TinySizeError } from '../errors.js';
import { runGit } from '../git.js';
import { branchName } from '../github/index.js';

export interface MergeBaseOptions {
  /** Target branch ("main" or "refs/heads/main"); fetched from the remote by name. */
  baseRef?: string;
  /** Target branch commit, used when baseRef is absent (and fetched by id). */
  baseSha?: string;
  /** The pull request's head commit. */
  headSha: string;
  remote?: string;
  /** History depths tried in turn before unshallowing. */
  depths?: number[];
  /** Progress lines ("fetching main and abc123 at depth 50"). */
  log?: (line: string) => void;
}

export const defaultDepths = [50, 200, 1000, 5000];

/** git's exit code and trimmed text output. */
async function git(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = await runGit(cwd, args);
  return { code: result.code, stdout: result.stdout.toString('utf8').trim(), stderr: result.stderr };
}

/** Returns the merge-base commit of the target branch and headSha, fetching history as needed. */
export async function mergeBase(cwd: string, options: MergeBaseOptions): Promise<string> {
  const remote = options.remote ?? 'origin';
  const log = options.log ?? (() => {});
  const branch = options.baseRef ? branchName(options.baseRef) : undefined;
  const baseSha = options.baseSha;
  if (!branch && !baseSha) {
    throw new TinySizeError('the merge-base needs the target branch or its commit; neither was given', {
      file: cwd,
      fix: 'run on a pull_request or merge_group event, or pass the base ref',
    });
  }
  // Fetch the branch by name into its remote-tracking ref (always allowed); the head by id
  // (GitHub serves any reachable commit, as actions/checkout relies on).
  const trackingRef = branch ? `refs/remotes/${remote}/${branch}` : undefined;
  const baseRevision = trackingRef ?? (baseSha as string);
  const refspecs = [branch ? `+refs/heads/${branch}:${trackingRef}` : (baseSha as string), options.headSha];
  const what = `${branch ?? baseSha} and ${options.headSha}`;

  const tryMergeBase = async (): Promise<string | undefined> => {
    const result = await git(cwd, ['merge-base', baseRevision, options.headSha]);
    return result.code === 0 && result.stdout ? result.stdout : undefined;
  };
  const fetch = async (extra: string[]): Promise<void> => {
    const result = await git(cwd, [
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      ...extra,
      remote,
      ...refspecs,
    ]);
    if (result.code !== 0) {
      throw new TinySizeError(`git fetch of ${what} from ${remote} failed: ${result.stderr}`, {
        file: cwd,
        fix: `check that ${remote} is reachable and holds ${what} (actions/checkout with persist-credentials keeps the token)`,
      });
    }
  };

  const inside = await git(cwd, ['rev-parse', '--is-shallow-repository']);
  if (inside.code !== 0) {
    throw new TinySizeError(`not a git repository: ${inside.stderr}`, {
      file: cwd,
      fix: 'check out the repository first (actions/checkout)',
    });
  }
  if (inside.stdout !== 'true') {
    log(`fetching ${what}`);
    await fetch([]);
    const found = await tryMergeBase();
    if (found) return found;
    throw notFound(cwd, what, 'the full history');
  }

  // The first fetch sets the depth; later ones deepen from the boundary (a second --depth does
  // not deepen a branch whose tip is already here).
  let fetched = 0;
  for (const depth of options.depths ?? defaultDepths) {
    if (depth <= fetched) continue;
    log(`fetching ${what} at depth ${depth}`);
    await fetch([fetched === 0 ? `--depth=${depth}` : `--deepen=${depth - fetched}`]);
    fetched = depth;
    const found = await tryMergeBase();
    if (found) return found;
  }
  log(`fetching the whole history of ${what}`);
  await fetch(['--unshallow']);
  const found = await tryMergeBase();
  if (found) return found;
  throw notFound(cwd, what, 'the whole history');
}

function notFound(cwd: string, what: string, searched: string): TinySizeError {
  return new TinySizeError(`${what} have no common ancestor in ${searched}`, {
    file: cwd,
    fix: 'the pull request shares no history with its target branch (an unrelated or rewritten branch); rebase it onto the target branch',
  });
}
