// The public surface of src/compare: two measurements side by side (test/unit/architecture.test.ts).
export * from './compare.js';
