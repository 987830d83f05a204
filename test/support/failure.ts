/** The TinySizeError a promise rejects with; fails the test when it resolves or rejects with anything else. */
import { expect } from 'vitest';
import { TinySizeError } from '../../src/errors.js';

export async function failure(promise: Promise<unknown>): Promise<TinySizeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TinySizeError);
  return error as TinySizeError;
}
