/** The budget file: schema, loading with positions. */

export { budgetJsonSchema, jsonSchemaPath, renderBudgetJsonSchema } from './json-schema.js';
export { parseBudgetFile } from './load.js';
export { BudgetFileError, type BudgetProblem, defaultBudgetFileName, loadBudgetFile } from './read.js';
export * from './types.js';
