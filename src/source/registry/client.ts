/**
 * One repository's Distribution API v2 client, in layers: transport (one try: fetch, timeout,
 * redirects without credentials across origins), retry (the one loop: 429/5xx and dropped
 * connections with backoff, Retry-After), auth (a 401's challenge → Authorization), and errors
 * (RegistryHttpError with the status; messages that say which reference, which scope, what to do).
 * https://distribution.github.io/distribution/spec/api/
 */
import { TinySizeError } from '../../errors.js';
import { Authenticator } from './auth.js';
import type { CredentialOptions } from './credentials.js';
import { statusError } from './errors.js';
import { apiHost, type RegistryReference } from './reference.js';
import { type RetryPolicy, retrying, retryPolicy } from './retry.js';
import { baseUrl, errorSummary, fetchOnce, networkMessage, RedirectError } from './transport.js';

export interface RegistryClientOptions extends CredentialOptions {
  /** Allow plain HTTP to a registry that is not on loopback (loopback always may). */
  insecure?: boolean;
  retry?: Partial<RetryPolicy>;
  /** How long to wait for a response's headers before counting the try as failed (default 60 s). */
  timeoutMs?: number;
}

export interface RequestOptions {
  accept?: string[];
  /** `bytes=N-` to resume a blob. */
  range?: string;
  /** What is being fetched, for messages: `manifest latest`, `blob sha256:…`. */
  what: string;
}

export class RegistryClient {
  readonly reference: RegistryReference;
  /** `registry:127.0.0.1:5000/app:1`, the source as the user wrote it, for error places. */
  readonly source: string;
  readonly host: string;
  readonly policy: RetryPolicy;
  readonly #options: RegistryClientOptions;
  readonly #timeoutMs: number;
  readonly #auth: Authenticator;
  #base: Promise<string> | undefined;

  constructor(reference: RegistryReference, source: string, options: RegistryClientOptions = {}) {
    this.reference = reference;
    this.source = source;
    this.host = apiHost(reference);
    this.policy = retryPolicy(options.retry);
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#auth = new Authenticator(reference, source, options, this.policy, this.#timeoutMs);
  }

  /** `/v2/<repository>/<rest>` */
  repositoryPath(rest: string): string {
    return `/v2/${this.reference.repository}/${rest}`;
  }

  get scope(): string {
    return this.#auth.scope;
  }

  /** GETs a path of the API, retrying and authenticating; resolves to a 2xx response or throws. */
  async get(path: string, options: RequestOptions): Promise<Response> {
    this.#base ??= baseUrl(this.host, this.#options.insecure ?? false);
    const url = `${await this.#base}${path}`;
    let response = await this.#tries(url, path, options);
    if (response.status === 401) {
      await this.#auth.answer(response, options.what);
      response = await this.#tries(url, path, options);
    }
    if (response.ok) return response;
    throw statusError(response.status, await errorSummary(response), path, options.what, {
      host: this.host,
      source: this.source,
      reference: this.reference,
      scope: this.#auth.scope,
      credentialsOrigin: this.#auth.credentials?.origin,
      loginFix: () => this.#auth.loginFix(),
    });
  }

  /** The retry loop over one request; a response that is not worth retrying is returned as it is. */
  async #tries(url: string, path: string, options: RequestOptions): Promise<Response> {
    const { authorization } = this.#auth;
    const outcome = await retrying(
      this.policy,
      () =>
        fetchOnce(url, {
          timeoutMs: this.#timeoutMs,
          ...(options.accept ? { accept: options.accept } : {}),
          ...(options.range ? { range: options.range } : {}),
          ...(authorization ? { authorization } : {}),
        }),
      {
        network: (error) => networkMessage(error, this.#timeoutMs),
        status: async (response) => `HTTP ${response.status}${await errorSummary(response)}`,
        isFatal: (error) => error instanceof RedirectError,
      },
    ).catch((error: unknown) => {
      throw this.#failure(
        `${this.host} redirected ${options.what} badly: ${(error as Error).message}`,
        path,
        'Check the registry and its storage configuration.',
        error,
      );
    });
    switch (outcome.kind) {
      case 'response':
        return outcome.response;
      case 'retry-after-too-long':
        throw this.#failure(
          `${this.host} asked to wait ${Math.ceil(outcome.waitMs / 1000)} s (Retry-After) before fetching ${options.what}, longer than the ${this.policy.maxRetryAfterMs / 1000} s allowed`,
          path,
          'The registry is rate limiting: log in (authenticated pulls get higher limits), or run again later.',
        );
      case 'exhausted':
        throw this.#failure(
          `${this.host} did not serve ${options.what} after ${this.policy.attempts} tries (last: ${outcome.lastFailure})`,
          path,
          `Check that the registry at ${this.host} is up and reachable from here, then run again.`,
        );
    }
  }

  #failure(message: string, path: string, fix: string, cause?: unknown): TinySizeError {
    return new TinySizeError(message, { file: this.source, within: `GET ${path}`, fix, cause });
  }
}
