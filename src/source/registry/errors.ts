/**
 * A registry's refusal with its HTTP status, so callers test `error.status === 404` instead of
 * matching words in a message. The message still names the reference, the place and the fix.
 */
import { TinySizeError, type TinySizeErrorOptions } from '../../errors.js';
import { formatReference, type RegistryReference } from './reference.js';

export class RegistryHttpError extends TinySizeError {
  readonly status: number;

  constructor(status: number, message: string, options: TinySizeErrorOptions = {}) {
    super(message, options);
    this.status = status;
  }
}

export interface StatusContext {
  host: string;
  /** `registry:127.0.0.1:5000/app:1`, the source as the user wrote it. */
  source: string;
  reference: RegistryReference;
  scope: string;
  /** Where credentials came from, when there were any. */
  credentialsOrigin: string | undefined;
  loginFix: () => string;
}

/** A registry's refusal, worded for 401, 403, 404 and the rest: the reference, the place, the fix. */
export function statusError(
  status: number,
  detail: string,
  path: string,
  what: string,
  context: StatusContext,
): RegistryHttpError {
  const { host, reference } = context;
  const ref = formatReference(reference);
  const place = { file: context.source, within: `GET ${path}` };
  switch (status) {
    case 401:
      return new RegistryHttpError(
        status,
        `${host} requires authentication to fetch ${what} of ${ref} (scope ${context.scope}; HTTP 401${detail})`,
        { ...place, fix: context.loginFix() },
      );
    case 403:
      return new RegistryHttpError(
        status,
        `${host} denied access to ${what} of ${ref} (scope ${context.scope}; HTTP 403${detail})`,
        {
          ...place,
          fix: `${context.credentialsOrigin ? `The account from ${context.credentialsOrigin}` : 'Anonymous access'} may not pull ${reference.repository}: check the repository name and the account's permissions, or log in with an account that has them.`,
        },
      );
    case 404:
      return new RegistryHttpError(status, `${host} has no ${what} for ${ref} (HTTP 404${detail})`, {
        ...place,
        fix: reference.digest
          ? `Check the repository name ${reference.repository} and the digest; the image may have been deleted.`
          : `Check the repository name ${reference.repository} and the tag ${reference.tag ?? 'latest'} (skopeo list-tags docker://${reference.registry}/${reference.repository} lists the tags); some registries answer 404 for a private repository without credentials.`,
      });
    default:
      return new RegistryHttpError(status, `${host} answered HTTP ${status}${detail} for ${what} of ${ref}`, {
        ...place,
        fix: 'Check the reference and that the server is a container registry (Distribution API v2).',
      });
  }
}
