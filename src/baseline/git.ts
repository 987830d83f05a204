/** Runs git without a shell; a failure carries git's own stderr, which names the problem. */
import { execFile } from 'node:child_process';

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

export function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      // LC_ALL=C keeps git's messages stable; no prompt may wait for a password in CI.
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, stderr.toString('utf8').trim(), error));
        else resolve(stdout);
      },
    );
  });
}

/** Full or abbreviated hex object names only: a commit argument can then never be read as an option. */
export function isCommitSha(value: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(value);
}
