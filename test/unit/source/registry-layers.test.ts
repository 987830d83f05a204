/**
 * The registry client's layers on their own: the one retry loop, and the typed error with its
 * wording per status. Over real HTTP: test/itg/registry-faults (a fault proxy) and registry-auth.
 */
import { describe, expect, it } from 'vitest';
import { RegistryHttpError, statusError } from '../../../src/source/registry/errors.js';
import { parseRegistryReference } from '../../../src/source/registry/reference.js';
import { retrying, retryPolicy } from '../../../src/source/registry/retry.js';
import { RedirectError } from '../../../src/source/registry/transport.js';

const fast = retryPolicy({ baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 1_000 });
const describeFailures = {
  network: (error: unknown) => `network: ${(error as Error).message}`,
  status: async (response: Response) => `HTTP ${response.status}`,
  isFatal: (error: unknown) => error instanceof RedirectError,
};

/** `once` answering from a script: a status (with headers) or an error to throw. */
function script(steps: (number | Error | [number, Record<string, string>])[]) {
  let tries = 0;
  const once = async () => {
    const step = steps[Math.min(tries++, steps.length - 1)] as (typeof steps)[number];
    if (step instanceof Error) throw step;
    const [status, headers] = Array.isArray(step) ? step : [step, {}];
    return new Response('body', { status, headers });
  };
  return { once, tries: () => tries };
}

describe('retrying: the one loop', () => {
  it.each([
    ['a 200 at once', [200], 1, 'response', 200],
    ['a 404 (not worth another try)', [404], 1, 'response', 404],
    ['a 401 (auth answers it, not the loop)', [401], 1, 'response', 401],
    ['500, 502, then 200', [500, 502, 200], 3, 'response', 200],
    ['a dropped connection, then 200', [new Error('socket hang up'), 200], 2, 'response', 200],
    ['429 with a short Retry-After, then 200', [[429, { 'retry-after': '0' }], 200], 2, 'response', 200],
    ['503 every time', [503], 5, 'exhausted', undefined],
  ] as const)('%s', async (_name, steps, tries, kind, status) => {
    const run = script([...steps] as never);
    const outcome = await retrying(fast, run.once, describeFailures);
    expect(run.tries()).toBe(tries);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'response') expect(outcome.response.status).toBe(status);
    if (outcome.kind === 'exhausted') expect(outcome.lastFailure).toBe('HTTP 503');
  });

  it('gives up at once on a Retry-After longer than allowed', async () => {
    const run = script([[429, { 'retry-after': '120' }]]);
    expect(await retrying(fast, run.once, describeFailures)).toEqual({
      kind: 'retry-after-too-long',
      waitMs: 120_000,
    });
    expect(run.tries()).toBe(1);
  });

  it('throws a fault of the server (a bad redirect) without retrying it', async () => {
    const run = script([new RedirectError('more than 5 redirects')]);
    await expect(retrying(fast, run.once, describeFailures)).rejects.toBeInstanceOf(RedirectError);
    expect(run.tries()).toBe(1);
  });

  it('keeps the policy: 5 tries, 250 ms doubling to 8 s, Retry-After up to 60 s', () => {
    expect(retryPolicy()).toEqual({
      attempts: 5,
      baseDelayMs: 250,
      maxDelayMs: 8_000,
      maxRetryAfterMs: 60_000,
    });
  });
});

describe('statusError: a typed error that reads clearly', () => {
  const context = (digest = false) => ({
    host: 'ghcr.io',
    source: 'registry:ghcr.io/org/app:1',
    reference: parseRegistryReference(
      digest ? `ghcr.io/org/app@sha256:${'a'.repeat(64)}` : 'ghcr.io/org/app:1',
    ),
    scope: 'repository:org/app:pull',
    credentialsOrigin: undefined,
    loginFix: () => 'run `docker login ghcr.io`',
  });

  it.each([
    [
      401,
      'ghcr.io requires authentication to fetch manifest 1 of ghcr.io/org/app:1 (scope repository:org/app:pull; HTTP 401: UNAUTHORIZED)',
      /docker login ghcr.io/,
    ],
    [
      403,
      'ghcr.io denied access to manifest 1 of ghcr.io/org/app:1 (scope repository:org/app:pull; HTTP 403: UNAUTHORIZED)',
      /^Anonymous access may not pull org\/app/,
    ],
    [
      404,
      'ghcr.io has no manifest 1 for ghcr.io/org/app:1 (HTTP 404: UNAUTHORIZED)',
      /the tag 1 \(skopeo list-tags docker:\/\/ghcr.io\/org\/app lists the tags\)/,
    ],
    [
      500,
      'ghcr.io answered HTTP 500: UNAUTHORIZED for manifest 1 of ghcr.io/org/app:1',
      /is a container registry/,
    ],
  ])('HTTP %i', (status, message, fix) => {
    const error = statusError(status, ': UNAUTHORIZED', '/v2/org/app/manifests/1', 'manifest 1', context());
    expect(error).toBeInstanceOf(RegistryHttpError);
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
    expect(error.fix).toMatch(fix);
    expect(error.place).toEqual({
      file: 'registry:ghcr.io/org/app:1',
      within: 'GET /v2/org/app/manifests/1',
    });
  });

  it('a 404 by digest says the image may have been deleted', () => {
    const error = statusError(404, '', '/v2/org/app/manifests/sha256:aa', 'manifest', context(true));
    expect(error.fix).toMatch(/the digest; the image may have been deleted/);
  });
});
