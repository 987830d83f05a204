/**
 * Auth: a 401's challenge becomes an Authorization header. Bearer challenges get a token from
 * the realm (with the credentials as Basic, when there are any); Basic challenges get the
 * credentials. Credentials are looked up once, when a registry first asks for them.
 * https://distribution.github.io/distribution/spec/auth/token/
 */
import { TinySizeError } from '../../errors.js';
import { type Challenge, parseChallenges, pullScope } from './challenge.js';
import { type CredentialOptions, type Credentials, credentialsFor, dockerConfigPath } from './credentials.js';
import { dockerHub, formatReference, isLoopback, type RegistryReference } from './reference.js';
import { type RetryPolicy, retrying } from './retry.js';
import { errorSummary, fetchOnce, networkMessage, RedirectError } from './transport.js';

export interface AuthOptions extends CredentialOptions {
  /** Allow sending credentials to a plain-http token server that is not on loopback. */
  insecure?: boolean;
}

export class Authenticator {
  /** The header to send, once a challenge was answered. */
  authorization: string | undefined;
  /** `repository:org/app:pull`, or the scope the registry's challenge named. */
  scope: string;
  #credentials: Promise<Credentials | undefined> | undefined;
  #known: Credentials | undefined;

  constructor(
    readonly reference: RegistryReference,
    readonly source: string,
    readonly options: AuthOptions,
    readonly policy: RetryPolicy,
    readonly timeoutMs: number,
  ) {
    this.scope = pullScope(reference.repository);
  }

  /** The credentials found so far (for messages); undefined before a registry asked for them. */
  get credentials(): Credentials | undefined {
    return this.#known;
  }

  async #credentialsOnce(): Promise<Credentials | undefined> {
    this.#credentials ??= credentialsFor(this.reference.registry, this.options).then((found) => {
      this.#known = found;
      return found;
    });
    return this.#credentials;
  }

  /** Answers a 401's challenge; with none usable, the next 401 becomes the error, which says what to check. */
  async answer(response: Response, what: string): Promise<void> {
    await response.body?.cancel();
    const challenges = parseChallenges(response.headers.get('www-authenticate') ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    const credentials = await this.#credentialsOnce();
    if (bearer?.params.realm) {
      if (bearer.params.scope) this.scope = bearer.params.scope;
      this.authorization = `Bearer ${await this.#token(bearer, credentials, what)}`;
      return;
    }
    this.authorization = basic && credentials ? basicAuthorization(credentials) : undefined;
  }

  #failure(message: string, within: string, fix: string, cause?: unknown): TinySizeError {
    return new TinySizeError(message, { file: this.source, within: `GET ${within}`, fix, cause });
  }

  async #token(challenge: Challenge, credentials: Credentials | undefined, what: string): Promise<string> {
    const realm = challenge.params.realm as string;
    let url: URL;
    try {
      url = new URL(realm);
    } catch (error) {
      throw this.#failure(
        `${this.reference.registry} named a token realm that is not a URL: "${realm}"`,
        realm,
        'The registry is misconfigured; ask its operator.',
        error,
      );
    }
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', this.scope);
    if (credentials && url.protocol !== 'https:' && !isLoopback(url.host) && !this.options.insecure) {
      throw this.#failure(
        `${this.reference.registry} sends logins to a token server over plain http (${url.origin}); credentials are not sent there`,
        url.pathname,
        'Use a registry whose token realm is https, or allow it explicitly with the insecure option.',
      );
    }
    const authorization = credentials ? basicAuthorization(credentials) : undefined;
    const outcome = await retrying(
      this.policy,
      () => fetchOnce(url, { timeoutMs: this.timeoutMs, ...(authorization ? { authorization } : {}) }),
      {
        network: (error) => networkMessage(error, this.timeoutMs),
        status: async (r) => `HTTP ${r.status}${await errorSummary(r)}`,
        isFatal: (error) => error instanceof RedirectError,
      },
    );
    if (outcome.kind !== 'response') {
      throw this.#failure(
        outcome.kind === 'exhausted'
          ? `the token server ${url.origin} did not answer after ${this.policy.attempts} tries (last: ${outcome.lastFailure})`
          : `the token server ${url.origin} asked to wait ${Math.ceil(outcome.waitMs / 1000)} s (Retry-After), longer than the ${this.policy.maxRetryAfterMs / 1000} s allowed`,
        url.pathname,
        `Check that ${url.host} is reachable from here, then run again.`,
      );
    }
    const response = outcome.response;
    if (!response.ok) {
      const detail = await errorSummary(response);
      throw new TinySizeError(
        `the token server ${url.origin} refused a token for ${this.scope} (HTTP ${response.status}${detail}) while fetching ${what} of ${formatReference(this.reference)}`,
        { file: this.source, within: `token ${url.origin}${url.pathname}`, fix: this.loginFix() },
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

  /** What to do when the registry wants (other) credentials. */
  loginFix(): string {
    const { registry, repository } = this.reference;
    const login = registry === dockerHub ? 'docker login' : `docker login ${registry}`;
    const credentials = this.#known;
    if (credentials) {
      return `Check the credentials from ${credentials.origin}: are they current, and may that account pull ${repository}? Log in again (${login}) or set registry-username/registry-password.`;
    }
    return `The registry wants credentials and none were found for ${registry} in ${dockerConfigPath(this.options)}: run \`${login}\` or set registry-username and registry-password.`;
  }
}

function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
