/** The action's inputs, read once. Every name here is declared in action.yml (a test checks both ways). */
import * as core from '@actions/core';
import { TinySizeError } from './errors.js';
import type { CommentMode } from './github/index.js';

export type FailOn = 'budget' | 'never';

/** `check`: measure, gate and comment in one job; `measure` / `comment`: the two stages of the fork flow. */
export type Mode = 'check' | 'measure' | 'comment';

export interface Inputs {
  mode: Mode;
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
  /** The artifact that carries the report from `measure` to `comment`; `-<shard>` is appended. */
  artifactName: string;
  shard: string;
  /** The branch that keeps the size history and the latest badges. */
  dataBranch: string;
  /** Build a pull request's checkout under pull_request_target all the same (a risk the user takes). */
  allowUntrustedBuild: boolean;
}

const commentModes: readonly CommentMode[] = ['always', 'on-change', 'on-failure', 'never'];

/** Reads every input through `getInput` (core.getInput on a runner) and masks the secrets. */
export function getInputs(
  getInput: (name: string) => string = core.getInput,
  setSecret: (secret: string) => void = core.setSecret,
): Inputs {
  const githubToken = getInput('github-token');
  const registryPassword = getInput('registry-password');
  for (const secret of [githubToken, registryPassword]) if (secret) setSecret(secret);
  return {
    mode: oneOf('mode', getInput('mode'), ['check', 'measure', 'comment'] as const, 'check'),
    config: getInput('config') || 'tiny-size.yml',
    images: getInput('images')
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    workingDirectory: getInput('working-directory') || '.',
    failOn: oneOf('fail-on', getInput('fail-on'), ['budget', 'never'] as const, 'budget'),
    githubToken,
    comment: oneOf('comment', getInput('comment'), commentModes, 'always'),
    commentKey: getInput('comment-key') || 'default',
    overrideLabel: getInput('override-label') || 'size-increase-approved',
    registryUsername: getInput('registry-username'),
    registryPassword,
    artifactName: artifactNamePart('artifact-name', getInput('artifact-name') || 'tiny-size-gate-report'),
    dataBranch: getInput('data-branch').trim() || 'tiny-size-gate-data',
    shard: artifactNamePart('shard', getInput('shard').trim()),
    allowUntrustedBuild:
      oneOf(
        'allow-untrusted-build',
        getInput('allow-untrusted-build'),
        ['true', 'false'] as const,
        'false',
      ) === 'true',
  };
}

/** Artifact names may not hold these (actions/upload-artifact's rule); `-<shard>` follows. */
function artifactNamePart(input: string, name: string): string {
  if (/["':<>|*?\\/\r\n]/.test(name)) {
    throw new TinySizeError(`input \`${input}\` is \`${name}\``, {
      within: 'the action step',
      fix: 'use letters, digits, `-`, `_` and `.` (no " : < > | * ? \\ / or line breaks)',
    });
  }
  return name;
}

function oneOf<T extends string>(name: string, given: string, allowed: readonly T[], fallback: T): T {
  const value = given || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new TinySizeError(`input \`${name}\` is \`${value}\``, {
    within: 'the action step',
    fix: `set \`${name}\` to one of: ${allowed.map((a) => `\`${a}\``).join(', ')}`,
  });
}
