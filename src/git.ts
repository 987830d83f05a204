/**
 * Runs git without a shell, with stable messages (LC_ALL=C) and never a password prompt (CI has no
 * terminal). Used to find the merge-base, read a committed budget file, and make worktrees.
 */
import { execFile } from 'node:child_process';
import { TinySizeError } from './errors.js';

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: string[],
    readonly stderr: string,
    cause: unknown,
  ) {
    super(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`, { cause });
  }
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git and returns its exit code and output; rejects only when git cannot be run at all. */
export function runGit(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(
            new TinySizeError(`cannot run git: ${error.message}`, {
              file: cwd,
              fix: 'install git and make sure it is on PATH',
              cause: error,
            }),
          );
          return;
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr: stderr.toString('utf8').trim() });
      },
    );
  });
}

/** Runs git and returns its stdout; a non-zero exit is a GitError carrying git's own stderr. */
export async function git(cwd: string, args: string[]): Promise<Buffer> {
  const result = await runGit(cwd, args);
  if (result.code !== 0) throw new GitError(args, result.stderr, new Error(`exit code ${result.code}`));
  return result.stdout;
}

/** Full or abbreviated hex object names only: a commit argument can then never be read as an option. */
export function isCommitSha(value: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(value);
}
