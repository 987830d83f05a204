/**
 * The merge-base rebuild's git side, with real git repositories: a worktree of an older commit,
 * always removed; a commit fetched from origin when a shallow checkout lacks it; the budget file's
 * hash as committed at a commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetFileHashAt } from '../../src/baseline/cache.js';
import { withWorktree } from '../../src/baseline/worktree.js';
import { TinySizeError } from '../../src/errors.js';
import { requireTool, tempDir } from './real.js';

const identity = [
  '-c',
  'user.name=tsg',
  '-c',
  'user.email=tsg@example.invalid',
  '-c',
  'init.defaultBranch=main',
];
const git = (cwd: string, args: string[]) =>
  execFileSync('git', [...identity, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

function commit(repo: string, content: string, message: string): string {
  writeFileSync(join(repo, 'tiny-size.yml'), content);
  git(repo, ['add', 'tiny-size.yml']);
  git(repo, ['commit', '-q', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

/** Worktrees git knows of, the main one included. */
function worktrees(repo: string): string[] {
  return git(repo, ['worktree', 'list', '--porcelain'])
    .split('\n')
    .filter((line) => line.startsWith('worktree '));
}

let repo: string;
let base: string;
let head: string;
const baseContent = 'images:\n  hello:\n    context: examples/hello\n';
const headContent = `${baseContent}    budget: { files: 62B }\n`;

beforeAll(() => {
  requireTool('git');
  repo = tempDir('tsg-worktree-repo-');
  git(repo, ['init', '-q']);
  base = commit(repo, baseContent, 'base');
  head = commit(repo, headContent, 'head');
});

describe('withWorktree', () => {
  it('runs in a checkout of the older commit and removes it afterwards', async () => {
    let seen = '';
    const result = await withWorktree(repo, base, async (dir) => {
      seen = dir;
      expect(worktrees(repo)).toHaveLength(2);
      return readFile(join(dir, 'tiny-size.yml'), 'utf8');
    });
    expect(result).toBe(baseContent);
    expect(readFileSync(join(repo, 'tiny-size.yml'), 'utf8')).toBe(headContent);
    expect(git(repo, ['rev-parse', 'HEAD'])).toBe(head);
    expect(existsSync(seen)).toBe(false);
    expect(worktrees(repo)).toHaveLength(1);
  });

  it('removes the worktree when run throws, and rethrows what run threw', async () => {
    let seen = '';
    const thrown = new Error('the merge-base does not build');
    await expect(
      withWorktree(repo, base, async (dir) => {
        seen = dir;
        throw thrown;
      }),
    ).rejects.toBe(thrown);
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
    expect(worktrees(repo)).toHaveLength(1);
  });

  it('fetches the commit from origin when a shallow checkout lacks it', async () => {
    const origin = tempDir('tsg-worktree-origin-');
    git(origin, ['init', '-q']);
    const first = commit(origin, baseContent, 'first');
    const second = commit(origin, headContent, 'second');
    const clone = join(tempDir('tsg-worktree-clone-'), 'clone');
    git(origin, ['clone', '-q', '--depth=1', `file://${origin}`, clone]);
    expect(() => git(clone, ['cat-file', '-e', `${first}^{commit}`])).toThrow();

    const content = await withWorktree(clone, first, (dir) => readFile(join(dir, 'tiny-size.yml'), 'utf8'));
    expect(content).toBe(baseContent);
    expect(git(clone, ['rev-parse', 'HEAD'])).toBe(second);
    expect(worktrees(clone)).toHaveLength(1);
  });

  it('throws a TinySizeError naming the commit and the fix when origin does not have it', async () => {
    const missing = 'f'.repeat(40);
    let ran = false;
    const error = await withWorktree(repo, missing, async () => {
      ran = true;
    }).catch((caught: unknown) => caught);
    expect(ran).toBe(false);
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).message).toContain(missing);
    expect((error as TinySizeError).fix).toContain('fetch-depth: 0');
    expect(worktrees(repo)).toHaveLength(1);
  });

  it('refuses a commit argument that is not a sha', async () => {
    await expect(withWorktree(repo, '--upload-pack=touch /tmp/x', async () => 1)).rejects.toBeInstanceOf(
      TinySizeError,
    );
  });
});

describe('budgetFileHashAt', () => {
  /** sha256sum of what git has at the commit, first 16 hex digits: computed without our code. */
  const expected = (sha: string) =>
    execFileSync('sh', ['-c', `git show ${sha}:tiny-size.yml | sha256sum`], {
      cwd: repo,
      encoding: 'utf8',
    }).slice(0, 16);

  it('hashes the budget file as committed at the commit, not as in the working tree', async () => {
    writeFileSync(join(repo, 'tiny-size.yml'), 'edited but not committed\n');
    try {
      expect(await budgetFileHashAt(join(repo, 'tiny-size.yml'), base)).toBe(expected(base));
      expect(await budgetFileHashAt(join(repo, 'tiny-size.yml'), head)).toBe(expected(head));
      expect(expected(base)).not.toBe(expected(head));
    } finally {
      writeFileSync(join(repo, 'tiny-size.yml'), headContent);
    }
  });

  it('throws a TinySizeError when the budget file is not in the commit', async () => {
    await expect(budgetFileHashAt(join(repo, 'other.yml'), base)).rejects.toThrow(TinySizeError);
  });
});
