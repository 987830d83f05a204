/**
 * What each check says, for every outlet that is not a table: the annotation on the budget file's
 * line, the `setFailed` line, the terminal's verdict lines. All print gate/sentences.ts's sentence.
 */

import type { Position } from '../budget/index.js';
import { type Check, checkSentence, isFailure, isWarning } from '../gate/index.js';

/** The check's sentence, plain: what an annotation and `setFailed` print. */
export function describeFailure(check: Check): string {
  return checkSentence(check);
}

/** New or removed since the baseline: said, never a failure. */
export function isNotice(check: Check): boolean {
  return check.kind === 'presence';
}

/** The `setFailed` line: the first failure's sentence, and how many more; undefined when none failed. */
export function failureLine(checks: readonly Check[]): string | undefined {
  const failures = checks.filter(isFailure);
  const [first] = failures;
  if (!first) return undefined;
  const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
  return `${describeFailure(first)}${more}`;
}

export interface CheckAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  keyPath: (string | number)[];
  position?: Position;
}

/** One annotation per failure (error), approved growth (warning) and new or removed image (notice). */
export function checkAnnotations(checks: readonly Check[]): CheckAnnotation[] {
  return checks.flatMap((check): CheckAnnotation[] => {
    const level = isFailure(check)
      ? 'error'
      : isWarning(check)
        ? 'warning'
        : isNotice(check)
          ? 'notice'
          : undefined;
    if (!level) return [];
    return [
      {
        level,
        message: describeFailure(check),
        keyPath: check.keyPath,
        ...(check.position ? { position: check.position } : {}),
      },
    ];
  });
}

/** `1 check`, `2 checks`: a count with its noun, singular or plural. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
