/**
 * A registry's refusal with its HTTP status, so callers test `error.status === 404` instead of
 * matching words in a message. The message still names the reference, the place and the fix.
 */
import { TinySizeError, type TinySizeErrorOptions } from '../../errors.js';

export class RegistryHttpError extends TinySizeError {
  readonly status: number;

  constructor(status: number, message: string, options: TinySizeErrorOptions = {}) {
    super(message, options);
    this.status = status;
  }
}
