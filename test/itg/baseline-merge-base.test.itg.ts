import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeBase } from '../../src/baseline/merge-base.js';
import { TinySizeError } from '../../src/errors.js';
import { git } from '../support/git.js';
import { requireTool, tempDir } from './real.js';

function commit(repo: string, file: string, text: string): string {
  writeFileSync(join(repo, file), text);
  git(repo, 'add', file);
  git(repo, 'commit', '-q', '-m', `${file}: ${text}`);
  return git(repo, 'rev-parse', 'HEAD');
}

interface Origin {
  dir: string;
  /** `git merge-base main feature` in the full repository: the truth. */
  expected: string;
  baseSha: string;
  headSha: string;
}

/** main with many commits, feature forked from an older main, main moved on; refs/pull/1/{head,merge} like GitHub. */
function makeOrigin(mainBefore: number, featureCommits: number, mainAfter: number): Origin {
  const dir = tempDir('tsg-github-origin-');
  git(dir, 'init', '-q', '-b', 'main');
  // GitHub serves any reachable commit by id; a local origin must be told to.
  git(dir, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  commit(dir, 'main.txt', 'main 0');
  for (let i = 1; i < mainBefore; i++) git(dir, 'commit', '-q', '--allow-empty', '-m', `main ${i}`);
  git(dir, 'checkout', '-q', '-b', 'feature', `HEAD~${Math.floor(mainBefore / 2)}`);
  for (let i = 0; i < featureCommits; i++) commit(dir, 'feature.txt', `feature ${i}`);
  const headSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', 'main');
  for (let i = 0; i < mainAfter; i++) commit(dir, 'main.txt', `main after ${i}`);
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  // The merge commit GitHub keeps at refs/pull/1/merge: first parent the base, second the head.
  git(dir, 'checkout', '-q', '--detach', baseSha);
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', headSha);
  const mergeSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', 'main');
  git(dir, 'update-ref', 'refs/pull/1/head', headSha);
  git(dir, 'update-ref', 'refs/pull/1/merge', mergeSha);
  return { dir, expected: git(dir, 'merge-base', 'main', 'feature'), baseSha, headSha };
}

/** What actions/checkout does for a pull request with fetch-depth 1. */
function checkoutLikeActions(origin: string): string {
  const dir = tempDir('tsg-github-checkout-');
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
  git(dir, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');
  return dir;
}

function commitCount(dir: string): number {
  return Number(git(dir, 'rev-list', '--count', '--all'));
}

describe('mergeBase from an actions/checkout checkout', () => {
  beforeAll(() => {
    requireTool('git');
  });

  it('deepens the shallow checkout until git finds the merge-base, without unshallowing', async () => {
    const origin = makeOrigin(200, 6, 12);
    const dir = checkoutLikeActions(origin.dir);
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(commitCount(dir)).toBe(1);
    const lines: string[] = [];
    const found = await mergeBase(dir, {
      baseRef: 'main',
      baseSha: origin.baseSha,
      headSha: origin.headSha,
      depths: [4, 16, 64, 128, 512],
      log: (line) => lines.push(line),
    });
    expect(found).toBe(origin.expected);
    // The fork point is 6 commits behind the head and 12 + 100 behind main: depth 128 reaches it.
    expect(lines).toHaveLength(4);
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(commitCount(dir)).toBeLessThan(commitCount(origin.dir));
  });

  it('unshallows as a last resort when the depths are not enough', async () => {
    const origin = makeOrigin(30, 3, 25);
    const dir = checkoutLikeActions(origin.dir);
    const lines: string[] = [];
    const found = await mergeBase(dir, {
      baseRef: 'refs/heads/main',
      headSha: origin.headSha,
      depths: [2, 5],
      log: (line) => lines.push(line),
    });
    expect(found).toBe(origin.expected);
    expect(lines.at(-1)).toMatch(/whole history/);
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('works from the base commit alone, and in a full clone', async () => {
    const origin = makeOrigin(10, 2, 3);
    const shallow = checkoutLikeActions(origin.dir);
    expect(await mergeBase(shallow, { baseSha: origin.baseSha, headSha: origin.headSha })).toBe(
      origin.expected,
    );
    const full = tempDir('tsg-github-full-');
    git(full, 'clone', '-q', `file://${origin.dir}`, '.');
    expect(git(full, 'rev-parse', '--is-shallow-repository')).toBe('false');
    expect(await mergeBase(full, { baseRef: 'main', headSha: origin.headSha })).toBe(origin.expected);
  });

  it('fails clearly when the head shares no history with the target branch', async () => {
    const origin = makeOrigin(6, 1, 1);
    git(origin.dir, 'checkout', '-q', '--orphan', 'unrelated');
    const unrelated = commit(origin.dir, 'other.txt', 'no common history');
    git(origin.dir, 'checkout', '-q', 'main');
    const dir = checkoutLikeActions(origin.dir);
    const error = await mergeBase(dir, { baseRef: 'main', headSha: unrelated, depths: [2] }).catch((e) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect(error.message).toMatch(/no common ancestor/);
    expect(error.place.file).toBe(dir);
    expect(error.fix).toMatch(/rebase/);
  });

  it('fails clearly when the commit does not exist on the remote', async () => {
    const origin = makeOrigin(4, 1, 1);
    const dir = checkoutLikeActions(origin.dir);
    const error = await mergeBase(dir, { baseRef: 'main', headSha: 'deadbeef'.repeat(5) }).catch((e) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect(error.message).toMatch(/git fetch .* failed/);
    const notRepo = tempDir('tsg-github-empty-');
    await expect(mergeBase(notRepo, { baseRef: 'main', headSha: origin.headSha })).rejects.toThrow(
      /not a git repository/,
    );
  });
});
