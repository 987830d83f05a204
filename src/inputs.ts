/** The action's inputs, read once. Every name here is declared in action.yml (a test checks both ways). */
import * as core from '@actions/core';
import { TinySizeError } from './errors.js';

export type FailOn = 'budget' | 'never';

export interface Inputs {
  config: string;
  images: string[];
  workingDirectory: string;
  failOn: FailOn;
  githubToken: string;
}

export function getInputs(): Inputs {
  const failOn = core.getInput('fail-on') || 'budget';
  if (failOn !== 'budget' && failOn !== 'never') {
    throw new TinySizeError(`input \`fail-on\` is \`${failOn}\``, {
      within: 'the action step',
      fix: 'set `fail-on` to `budget` (fail when a budget is exceeded) or `never` (report only)',
    });
  }
  const githubToken = core.getInput('github-token');
  if (githubToken) core.setSecret(githubToken);
  return {
    config: core.getInput('config') || 'tiny-size.yml',
    images: core
      .getInput('images')
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    workingDirectory: core.getInput('working-directory') || '.',
    failOn,
    githubToken,
  };
}
