/** Real git for tests, with a fixed identity so commits work on a machine with no git config. */
import { execFileSync } from 'node:child_process';

export const gitIdentity = {
  GIT_AUTHOR_NAME: 'tsg',
  GIT_AUTHOR_EMAIL: 'tsg@example.invalid',
  GIT_COMMITTER_NAME: 'tsg',
  GIT_COMMITTER_EMAIL: 'tsg@example.invalid',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitIdentity } }).trim();
}
