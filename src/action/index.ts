// The public surface of src/action: the action's implementation over its dependencies.
export * from './deps.js';
export { apiRetries } from './retries.js';
export { oneLevelGroups, runAction } from './run.js';
