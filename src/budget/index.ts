/** The budget file: schema, loading with positions. */

export { budgetJsonSchema, jsonSchemaPath, renderBudgetJsonSchema } from './json-schema.js';
export {
  BudgetFileError,
  type BudgetProblem,
  defaultBudgetFileName,
  loadBudgetFile,
  parseBudgetFile,
} from './load.js';
export * from './types.js';
