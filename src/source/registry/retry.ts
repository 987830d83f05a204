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
