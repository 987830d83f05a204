import { parseBudgetFile } from '../../../src/budget/load.js';
import { BudgetFileError } from '../../../src/budget/read.js';

/** 1-based line and column of the one occurrence of `needle` in `text`, found independently of yaml. */
export function locate(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  if (text.indexOf(needle, index + 1) >= 0)
    throw new Error(`fixture contains ${JSON.stringify(needle)} twice`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The BudgetFileError a budget file's text is refused with; throws when the file is accepted. */
export function problemsOf(text: string): BudgetFileError {
  try {
    parseBudgetFile(text, 'tiny-size.yml');
  } catch (error) {
    if (error instanceof BudgetFileError) return error;
    throw error;
  }
  throw new Error('the budget file was accepted');
}
