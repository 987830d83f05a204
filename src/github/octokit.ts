/**
 * The GitHub REST client: @actions/github's Octokit (REST methods, pagination, the runner's
 * proxy) with bounded retries of server errors and rate limits. No request logging: a logged
 * request could carry the token.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface CreateOctokitOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com when absent. */
  baseUrl?: string;
  /** Retries of a 5xx or network failure (so retries + 1 tries); waits 1, 4, 9, ... × retryBaseMs. */
  retries?: number;
  retryBaseMs?: number;
  /** Retries of a rate-limited request (429 or 403 with the rate limit headers). */
  rateLimitRetries?: number;
  /** A rate limit that asks to wait longer than this fails instead of waiting. */
  maxRateLimitWaitSeconds?: number;
  /** Where retry warnings go (core.warning in the action); never given headers or the token. */
  warn?: (message: string) => void;
}

// Client errors are answers, not accidents; rate limits are the throttling plugin's to retry.
const doNotRetry = [400, 401, 403, 404, 410, 422, 429, 451];

export function createOctokit(options: CreateOctokitOptions) {
  const warn = options.warn ?? (() => {});
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= rateLimitRetries || retryAfter > maxWait) {
        warn(
          `GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries (asked to wait ${retryAfter} s)`,
        );
        return false;
      }
      warn(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s`);
      return true;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl || 'https://api.github.com',
      log: { debug: () => {}, info: () => {}, warn, error: warn },
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        doNotRetry,
      },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}

export type GitHubClient = ReturnType<typeof createOctokit>;
