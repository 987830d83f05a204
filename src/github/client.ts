/**
 * The REST client, loaded on first use: octokit and its plugins are a large part of the bundle, and
 * most runs of the action (a push with no comment, a CLI run) never call the API.
 */
import type { CreateOctokitOptions, GitHubClient } from './octokit.js';

export async function loadGitHubClient(options: CreateOctokitOptions): Promise<GitHubClient> {
  const { createOctokit } = await import('./octokit.js');
  return createOctokit(options);
}
