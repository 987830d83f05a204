// The public surface of src/report: other folders import from here only (test/unit/architecture.test.ts).

export * from './checks.js';
export * from './comment.js';
export * from './compare-format.js';
export * from './escape.js';
export * from './json.js';
export * from './markdown.js';
export * from './notes.js';
export * from './schema.js';
export * from './size-rows.js';
export * from './table.js';
export * from './text.js';
