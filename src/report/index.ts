// The public surface of src/report: other folders import from here only (test/unit/architecture.test.ts).
export * from './checks.js';
export * from './comment.js';
export {
  type CommentModel,
  commentModel,
  type ImageModel,
  type PlatformModel,
  platformModel,
  type SizeRow,
} from './comment-model.js';
export {
  type CellStyle,
  fileChange,
  fileTable,
  layerTable,
  markdownCells,
  markdownOf,
  sizeTable,
  type Table,
  textCells,
  textOf,
} from './comment-render.js';
export * from './compare-format.js';
export * from './diff.js';
export * from './escape.js';
export * from './json.js';
export * from './markdown.js';
export * from './notes.js';
export * from './schema.js';
export * from './size-rows.js';
export * from './table.js';
export * from './text.js';
