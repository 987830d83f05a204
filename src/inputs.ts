/** The action's inputs, read once. Every name here is declared in action.yml (a test checks both ways). */
import * as core from '@actions/core';
import { TinySizeError } from './errors.js';
import type { CommentMode } from './github/index.js';

export type FailOn = 'budget' | 'never';

export interface Inputs {
  config: string;
  images: string[];
  workingDirectory: string;
  failOn: FailOn;
  githubToken: string;
  comment: CommentMode;
  commentKey: string;
  overrideLabel: string;
  /** For `registry:` images; empty means anonymous or ~/.docker/config.json. */
  registryUsername: string;
  registryPassword: string;
}

const commentModes: readonly CommentMode[] = ['always', 'on-change', 'on-failure', 'never'];

export function getInputs(): Inputs {
  const githubToken = core.getInput('github-token');
  const registryPassword = core.getInput('registry-password');
  for (const secret of [githubToken, registryPassword]) if (secret) core.setSecret(secret);
  return {
    config: core.getInput('config') || 'tiny-size.yml',
    images: core
      .getInput('images')
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    workingDirectory: core.getInput('working-directory') || '.',
    failOn: oneOf('fail-on', core.getInput('fail-on'), ['budget', 'never'] as const, 'budget'),
    githubToken,
    comment: oneOf('comment', core.getInput('comment'), commentModes, 'always'),
    commentKey: core.getInput('comment-key') || 'default',
    overrideLabel: core.getInput('override-label') || 'size-increase-approved',
    registryUsername: core.getInput('registry-username'),
    registryPassword,
  };
}

function oneOf<T extends string>(name: string, given: string, allowed: readonly T[], fallback: T): T {
  const value = given || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new TinySizeError(`input \`${name}\` is \`${value}\``, {
    within: 'the action step',
    fix: `set \`${name}\` to one of: ${allowed.map((a) => `\`${a}\``).join(', ')}`,
  });
}
