// The public surface of src/oci: other folders import from here only (test/unit/architecture.test.ts).
export * from './digest.js';
export * from './image.js';
export * from './media-types.js';
export * from './platform-image.js';
export * from './types.js';
export * from './walk.js';
