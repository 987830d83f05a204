// The public surface of src/publish: what the action publishes beyond the comment (release badges).
export * from './release.js';
