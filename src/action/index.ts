// The public surface of src/action: the action's implementation over its dependencies.
export * from './deps.js';
export { apiRetries, oneLevelGroups, runAction } from './run.js';
