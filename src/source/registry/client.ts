/**
 * One repository's Distribution API v2 client over Node's fetch: picks https (http only for
 * loopback or when allowed), answers auth challenges (Bearer tokens, Basic), retries 429/5xx
 * and dropped connections with backoff, follows redirects (without credentials across origins),
 * and turns failures into messages that say which reference, which scope and what to check.
 * https://distribution.github.io/distribution/spec/api/
 */
import { TinySizeError } from '../../errors.js';
import { type Challenge, parseChallenges, pullScope } from './challenge.js';
import { type CredentialOptions, type Credentials, credentialsFor, dockerConfigPath } from './credentials.js';
import { RegistryHttpError } from './errors.js';
import { apiHost, dockerHub, formatReference, isLoopback, type RegistryReference } from './reference.js';
import {
  backoffMs,
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy,
  retryPolicy,
  sleep,
} from './retry.js';

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

const maxRedirects = 5;

/** A redirect not followed: a fault of the server, not of the network, so not retried. */
class RedirectError extends Error {}
const errorBodyCap = 64 * 1024;
const userAgent = 'tiny-size-gate (Distribution API v2 client)';

interface RegistryErrorBody {
  errors?: { code?: string; message?: string; detail?: unknown }[];
}

export class RegistryClient {
  readonly reference: RegistryReference;
  /** `registry:127.0.0.1:5000/app:1`, the source as the user wrote it, for error places. */
  readonly source: string;
  readonly host: string;
  readonly policy: RetryPolicy;
  readonly #options: RegistryClientOptions;
  readonly #timeoutMs: number;
  #base: Promise<string> | undefined;
  #credentials: Credentials | undefined | null = null;
  #authorization: string | undefined;
  #scope: string;

  constructor(reference: RegistryReference, source: string, options: RegistryClientOptions = {}) {
    this.reference = reference;
    this.source = source;
    this.host = apiHost(reference);
    this.policy = retryPolicy(options.retry);
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#scope = pullScope(reference.repository);
  }

  /** `/v2/<repository>/<rest>` */
  repositoryPath(rest: string): string {
    return `/v2/${this.reference.repository}/${rest}`;
  }

  get scope(): string {
    return this.#scope;
  }

  /** GETs a path of the API, retrying and authenticating; resolves to a 2xx response or throws. */
  async get(path: string, options: RequestOptions): Promise<Response> {
    const base = await this.#baseUrl();
    let authenticated = false;
    let lastFailure = '';
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      let response: Response;
      try {
        response = await this.#fetchFollowing(`${base}${path}`, options);
      } catch (error) {
        if (error instanceof RedirectError)
          throw this.#failure(
            `${this.host} redirected ${options.what} badly: ${error.message}`,
            path,
            'Check the registry and its storage configuration.',
            error,
          );
        lastFailure = networkMessage(error, this.#timeoutMs);
        if (attempt < this.policy.attempts) await sleep(backoffMs(this.policy, attempt));
        continue;
      }
      if (response.status === 401 && !authenticated) {
        authenticated = true;
        await this.#authenticate(response, options.what);
        attempt--;
        continue;
      }
      if (response.ok) return response;
      if (isRetryableStatus(response.status)) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        lastFailure = `HTTP ${response.status}${await errorSummary(response)}`;
        if (retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterMs) {
          throw this.#failure(
            `${this.host} asked to wait ${Math.ceil(retryAfter / 1000)} s (Retry-After) before fetching ${options.what}, longer than the ${this.policy.maxRetryAfterMs / 1000} s allowed`,
            path,
            'The registry is rate limiting: log in (authenticated pulls get higher limits), or run again later.',
          );
        }
        if (attempt < this.policy.attempts) await sleep(retryAfter ?? backoffMs(this.policy, attempt));
        continue;
      }
      throw await this.#statusError(response, path, options.what);
    }
    throw this.#failure(
      `${this.host} did not serve ${options.what} after ${this.policy.attempts} tries (last: ${lastFailure})`,
      path,
      `Check that the registry at ${this.host} is up and reachable from here, then run again.`,
    );
  }

  #failure(message: string, path: string, fix: string, cause?: unknown): TinySizeError {
    return new TinySizeError(message, { file: this.source, within: `GET ${path}`, fix, cause });
  }

  /** https, or for loopback/insecure registries whichever of https and http answers. */
  #baseUrl(): Promise<string> {
    this.#base ??= (async () => {
      const https = `https://${this.host}`;
      if (!isLoopback(this.host) && !this.#options.insecure) return https;
      try {
        await fetch(`${https}/v2/`, {
          signal: AbortSignal.timeout(5_000),
          headers: { 'user-agent': userAgent },
        });
        return https;
      } catch {
        return `http://${this.host}`;
      }
    })();
    return this.#base;
  }

  /** One try: fetch with a header timeout, following redirects by hand to drop credentials across origins. */
  async #fetchFollowing(url: string, options: RequestOptions): Promise<Response> {
    let target = new URL(url);
    const origin = target.origin;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': userAgent };
      if (options.accept) headers.accept = options.accept.join(', ');
      if (options.range) headers.range = options.range;
      if (this.#authorization && target.origin === origin) headers.authorization = this.#authorization;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
      let response: Response;
      try {
        response = await fetch(target, { headers, redirect: 'manual', signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || !location) return response;
      await response.body?.cancel();
      if (hop >= maxRedirects) throw new RedirectError(`more than ${maxRedirects} redirects`);
      const next = new URL(location, target);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new RedirectError(`a redirect to ${next.protocol} is not followed`);
      }
      if (next.protocol === 'http:' && target.protocol === 'https:' && !isLoopback(next.host)) {
        throw new RedirectError(`a redirect from https to plain http (${next.host}) is not followed`);
      }
      target = next;
    }
  }

  #credentialsOnce(): Credentials | undefined {
    if (this.#credentials === null)
      this.#credentials = credentialsFor(this.reference.registry, this.#options);
    return this.#credentials;
  }

  async #authenticate(response: Response, what: string): Promise<void> {
    await response.body?.cancel();
    const header = response.headers.get('www-authenticate') ?? '';
    const challenges = parseChallenges(header);
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    const credentials = this.#credentialsOnce();
    if (bearer?.params.realm) {
      if (bearer.params.scope) this.#scope = bearer.params.scope;
      this.#authorization = `Bearer ${await this.#fetchToken(bearer, credentials, what)}`;
      return;
    }
    if (basic && credentials) {
      this.#authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
      return;
    }
    // No usable challenge: the next 401 becomes the error, which says what to check.
    this.#authorization = undefined;
  }

  async #fetchToken(
    challenge: Challenge,
    credentials: Credentials | undefined,
    what: string,
  ): Promise<string> {
    const realm = challenge.params.realm as string;
    let url: URL;
    try {
      url = new URL(realm);
    } catch (error) {
      throw this.#failure(
        `${this.host} named a token realm that is not a URL: "${realm}"`,
        realm,
        'The registry is misconfigured; ask its operator.',
        error,
      );
    }
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', this.#scope);
    if (credentials && url.protocol !== 'https:' && !isLoopback(url.host) && !this.#options.insecure) {
      throw this.#failure(
        `${this.host} sends logins to a token server over plain http (${url.origin}); credentials are not sent there`,
        url.pathname,
        'Use a registry whose token realm is https, or allow it explicitly with the insecure option.',
      );
    }
    const headers: Record<string, string> = { 'user-agent': userAgent };
    if (credentials) {
      headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    }
    let lastFailure = '';
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, { headers, signal: AbortSignal.timeout(this.#timeoutMs) });
      } catch (error) {
        lastFailure = networkMessage(error, this.#timeoutMs);
        if (attempt < this.policy.attempts) await sleep(backoffMs(this.policy, attempt));
        continue;
      }
      if (isRetryableStatus(response.status)) {
        lastFailure = `HTTP ${response.status}${await errorSummary(response)}`;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (attempt < this.policy.attempts) {
          await sleep(Math.min(retryAfter ?? backoffMs(this.policy, attempt), this.policy.maxRetryAfterMs));
        }
        continue;
      }
      if (!response.ok) {
        const detail = await errorSummary(response);
        throw new TinySizeError(
          `the token server ${url.origin} refused a token for ${this.#scope} (HTTP ${response.status}${detail}) while fetching ${what} of ${formatReference(this.reference)}`,
          {
            file: this.source,
            within: `token ${url.origin}${url.pathname}`,
            fix: this.#loginFix(credentials),
          },
        );
      }
      const body = (await response.json().catch(() => ({}))) as { token?: string; access_token?: string };
      const token = body.token ?? body.access_token;
      if (!token) {
        throw this.#failure(
          `the token server ${url.origin} answered without a token`,
          url.pathname,
          'The registry is misconfigured; ask its operator.',
        );
      }
      return token;
    }
    throw this.#failure(
      `the token server ${url.origin} did not answer after ${this.policy.attempts} tries (last: ${lastFailure})`,
      url.pathname,
      `Check that ${url.host} is reachable from here, then run again.`,
    );
  }

  #loginFix(credentials: Credentials | undefined): string {
    const login =
      this.reference.registry === dockerHub ? 'docker login' : `docker login ${this.reference.registry}`;
    if (credentials) {
      return `Check the credentials from ${credentials.origin}: are they current, and may that account pull ${this.reference.repository}? Log in again (${login}) or set registry-username/registry-password.`;
    }
    return `The registry wants credentials and none were found for ${this.reference.registry} in ${dockerConfigPath(this.#options)}: run \`${login}\` or set registry-username and registry-password.`;
  }

  async #statusError(response: Response, path: string, what: string): Promise<RegistryHttpError> {
    const status = response.status;
    const detail = await errorSummary(response);
    const ref = formatReference(this.reference);
    const credentials = this.#credentials ?? undefined;
    const place = { file: this.source, within: `GET ${path}` };
    switch (response.status) {
      case 401:
        return new RegistryHttpError(
          status,
          `${this.host} requires authentication to fetch ${what} of ${ref} (scope ${this.#scope}; HTTP 401${detail})`,
          { ...place, fix: this.#loginFix(credentials) },
        );
      case 403:
        return new RegistryHttpError(
          status,
          `${this.host} denied access to ${what} of ${ref} (scope ${this.#scope}; HTTP 403${detail})`,
          {
            ...place,
            fix: `${credentials ? `The account from ${credentials.origin}` : 'Anonymous access'} may not pull ${this.reference.repository}: check the repository name and the account's permissions, or log in with an account that has them.`,
          },
        );
      case 404:
        return new RegistryHttpError(status, `${this.host} has no ${what} for ${ref} (HTTP 404${detail})`, {
          ...place,
          fix: this.reference.digest
            ? `Check the repository name ${this.reference.repository} and the digest; the image may have been deleted.`
            : `Check the repository name ${this.reference.repository} and the tag ${this.reference.tag ?? 'latest'} (skopeo list-tags docker://${this.reference.registry}/${this.reference.repository} lists the tags); some registries answer 404 for a private repository without credentials.`,
        });
      default:
        return new RegistryHttpError(
          status,
          `${this.host} answered HTTP ${response.status}${detail} for ${what} of ${ref}`,
          {
            ...place,
            fix: 'Check the reference and that the server is a container registry (Distribution API v2).',
          },
        );
    }
  }
}

/** ": MANIFEST_UNKNOWN manifest unknown" from a registry error body, or a short text excerpt. */
async function errorSummary(response: Response): Promise<string> {
  let text = '';
  try {
    const reader = response.body?.getReader();
    if (reader) {
      const chunks: Uint8Array[] = [];
      let length = 0;
      while (length < errorBodyCap) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        length += value.length;
      }
      await reader.cancel();
      text = Buffer.concat(chunks).toString('utf8');
    }
  } catch {
    return '';
  }
  try {
    const body = JSON.parse(text) as RegistryErrorBody;
    const errors = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(' '));
    if (errors.length) return `: ${errors.join('; ')}`;
  } catch {
    // Not a registry error document.
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('html') || /^\s*</.test(text)) return ': an HTML page, not a registry answer';
  const line = text.trim().split('\n')[0]?.slice(0, 200);
  return line ? `: ${line}` : '';
}

function networkMessage(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause ? `${message}: ${cause.code ?? ''} ${cause.message ?? ''}`.trim() : message;
}
