// The public surface of src/github: other folders import from here only (test/unit/architecture.test.ts).
export * from './comment.js';
export * from './context.js';
export * from './octokit.js';
export * from './pull-request.js';
