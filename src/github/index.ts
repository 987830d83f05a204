// The public surface of src/github: other folders import from here only (test/unit/architecture.test.ts).

export * from './client.js';
export * from './comment.js';
export * from './context.js';
export type { CreateOctokitOptions, GitHubClient } from './octokit.js';
export * from './pull-request.js';
export * from './refs.js';
