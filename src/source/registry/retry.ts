/**
 * When to try a registry request again and how long to wait: 429 (honouring Retry-After), 5xx
 * and dropped connections are retried with exponential backoff, up to a bound.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** Tries in all, the first included (default 5). */
  attempts: number;
  /** The first backoff; it doubles each try, with ±25% jitter (default 250 ms). */
  baseDelayMs: number;
  /** The longest backoff (default 8 s). */
  maxDelayMs: number;
  /** A Retry-After longer than this fails at once rather than stall the check (default 60 s). */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...defaultRetryPolicy, ...overrides };
}

/** Statuses worth another try: rate limiting and server-side failures that are often transient. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

/** Backoff before try `attempt + 1` (attempt counts from 1). */
export function backoffMs(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export { sleep };

/** How a run of tries ended: an answer to act on, or a reason to give up. */
export type RetryOutcome =
  | { kind: 'response'; response: Response }
  | { kind: 'exhausted'; lastFailure: string }
  | { kind: 'retry-after-too-long'; waitMs: number };

/**
 * The one retry loop: runs `once` until it gives a response whose status is not worth another try,
 * at most `policy.attempts` times. Network failures and 429/408/5xx wait the backoff (or the
 * server's Retry-After); a Retry-After over the policy's limit ends the run at once. Errors other
 * than network failures (`isFatal`) are thrown as they are.
 */
export async function retrying(
  policy: RetryPolicy,
  once: () => Promise<Response>,
  describe: {
    network: (error: unknown) => string;
    status: (response: Response) => Promise<string>;
    isFatal?: (error: unknown) => boolean;
  },
): Promise<RetryOutcome> {
  let lastFailure = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let response: Response;
    try {
      response = await once();
    } catch (error) {
      if (describe.isFatal?.(error)) throw error;
      lastFailure = describe.network(error);
      if (attempt < policy.attempts) await sleep(backoffMs(policy, attempt));
      continue;
    }
    if (!isRetryableStatus(response.status)) return { kind: 'response', response };
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    lastFailure = await describe.status(response);
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) {
      return { kind: 'retry-after-too-long', waitMs: retryAfter };
    }
    if (attempt < policy.attempts) await sleep(retryAfter ?? backoffMs(policy, attempt));
  }
  return { kind: 'exhausted', lastFailure };
}
