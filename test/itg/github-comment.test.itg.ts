import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatError, TinySizeError } from '../../src/errors.js';
import { commentMarker, maxCommentLength, upsertComment } from '../../src/github/comment.js';
import { createOctokit } from '../../src/github/octokit.js';
import { pullRequestLabels } from '../../src/github/pull-request.js';
import { faults, type GitHubDouble, startGitHubDouble } from '../support/github-double.js';

const token = 'ghs_SecretTokenThatMustNeverBeLogged0123';
const [owner, repo, issueNumber] = ['octo-org', 'octo-repo', 7];
let double: GitHubDouble;
let warnings: string[];

beforeEach(async () => {
  double = await startGitHubDouble();
  warnings = [];
});
afterEach(async () => {
  await double.close();
  expect(double.violations).toEqual([]);
  expect(warnings.join('\n')).not.toContain(token);
});

function client(overrides: Parameters<typeof createOctokit>[0] extends infer O ? Partial<O> : never = {}) {
  return createOctokit({
    token,
    baseUrl: double.url,
    retryBaseMs: 10,
    warn: (m) => warnings.push(m),
    ...overrides,
  });
}
function upsert(
  body: string,
  options: { shouldPost?: boolean; key?: string; octokit?: ReturnType<typeof client> } = {},
) {
  return upsertComment({
    octokit: options.octokit ?? client(),
    owner,
    repo,
    issueNumber,
    key: options.key ?? 'default',
    body,
    shouldPost: options.shouldPost ?? true,
  });
}
const stored = () => double.comments(owner, repo, issueNumber);
const marker = commentMarker('default');

/** The error a promise rejects with, checked to carry no token anywhere. */
async function failure(promise: Promise<unknown>): Promise<TinySizeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TinySizeError);
  expect(formatError(error)).not.toContain(token);
  expect(inspect(error, { depth: 10 })).not.toContain(token);
  return error as TinySizeError;
}

describe('the sticky comment', () => {
  it('creates on the first run, updates in place on the second, leaves it alone when nothing changed', async () => {
    const first = await upsert('size: 62 B');
    expect(first.action).toBe('created');
    expect(stored().map((c) => c.body)).toEqual([`${marker}\nsize: 62 B`]);
    const second = await upsert('size: 63 B');
    expect(second).toMatchObject({ action: 'updated', id: stored()[0]?.id });
    expect(stored().map((c) => c.body)).toEqual([`${marker}\nsize: 63 B`]);
    const third = await upsert('size: 63 B');
    expect(third.action).toBe('unchanged');
    expect(double.requests.filter((r) => r.method !== 'GET')).toHaveLength(2);
    if (first.action === 'created') expect(first.url).toBe(stored()[0]?.html_url);
  });

  it('skips creating when told not to, but updates an existing one so it is not left stale', async () => {
    expect(await upsert('all clean', { shouldPost: false })).toEqual({ action: 'skipped' });
    expect(stored()).toEqual([]);
    await upsert('grew by 10 B');
    expect((await upsert('clean again', { shouldPost: false })).action).toBe('updated');
    expect(stored().map((c) => c.body)).toEqual([`${marker}\nclean again`]);
  });

  it('finds ours on page 3 of 250 comments and updates it in place', async () => {
    const before = double.seedComments(
      owner,
      repo,
      issueNumber,
      Array.from({ length: 220 }, (_, i) => `chatter ${i}`),
    );
    const [ours] = double.seedComments(
      owner,
      repo,
      issueNumber,
      [`${marker}\nold report`],
      'github-actions[bot]',
    );
    double.seedComments(
      owner,
      repo,
      issueNumber,
      Array.from({ length: 29 }, (_, i) => `more ${i}`),
    );
    expect(before).toHaveLength(220);
    const result = await upsert('new report');
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    const mine = stored().filter((c) => c.body.startsWith(marker));
    expect(mine.map((c) => [c.id, c.body])).toEqual([[ours.id, `${marker}\nnew report`]]);
    expect(stored()).toHaveLength(250);
    expect(double.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('ignores a comment that only quotes the marker, and keeps keys apart', async () => {
    double.seedComments(owner, repo, issueNumber, [`see ${marker} in the source`]);
    await upsert('report A');
    await upsert('report B', { key: 'second gate --> <b>' });
    const bodies = stored().map((c) => c.body);
    expect(bodies).toHaveLength(3);
    expect(bodies[2]).toBe(`${commentMarker('second gate --> <b>')}\nreport B`);
    expect(commentMarker('second gate --> <b>')).toBe('<!-- tiny-size-gate:second-gate-b -->');
  });

  it('two runs racing end with one comment, the oldest kept, holding the last writer body', async () => {
    const results = new Map<string, number>();
    const run = (body: string) =>
      upsert(body, { octokit: client() }).then((result) => {
        results.set(body, performance.now());
        return result;
      });
    const [a, b] = await Promise.all([run('race A'), run('race B')]);
    expect([a.action, b.action]).toEqual(['created', 'created']);
    const left = stored();
    expect(left).toHaveLength(1);
    const lastDone = [...results.entries()].sort((x, y) => x[1] - y[1]).at(-1)?.[0];
    expect(left[0]?.body).toBe(`${marker}\n${lastDone}`);
    // Both created one; the oldest (lowest id) survived.
    const created = double.requests.filter((r) => r.method === 'POST');
    expect(created).toHaveLength(2);
    if (a.action === 'created' && b.action === 'created')
      expect([a.id, b.id]).toEqual([left[0]?.id, left[0]?.id]);
  });

  it('a read-only token (a fork pull request) gives a forbidden result that explains the fork flow', async () => {
    double.markReadOnly(token);
    const result = await upsert('report');
    expect(result.action).toBe('forbidden');
    if (result.action !== 'forbidden') return;
    expect(result.message).toMatch(/403: Resource not accessible by integration/);
    expect(result.message).toMatch(/fork/);
    expect(result.message).toMatch(/workflow_run/);
    expect(result.message).not.toContain(token);
    expect(stored()).toEqual([]);
  });

  it('refuses a body over GitHub limit before sending anything', async () => {
    const body = 'x'.repeat(maxCommentLength);
    const error = await failure(upsert(body));
    expect(error.message).toContain(String(maxCommentLength + marker.length + 1));
    expect(double.requests).toEqual([]);
    const fits = 'x'.repeat(maxCommentLength - marker.length - 1);
    expect((await upsert(fits)).action).toBe('created');
    expect(stored()[0]?.body.length).toBe(maxCommentLength);
  });
});

describe('retries and rate limits', () => {
  it('retries server errors: 500 twice, then success', async () => {
    double.injectFault(faults.serverError(500), faults.serverError(502));
    expect((await upsert('report')).action).toBe('created');
    expect(double.pendingFaults()).toBe(0);
    expect(double.requests.map((r) => r.status).slice(0, 3)).toEqual([500, 502, 200]);
    expect(stored()).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After: 1, then succeeds', async () => {
    double.injectFault(faults.secondaryRateLimit(1, 429, { method: 'POST' }));
    const started = performance.now();
    expect((await upsert('report')).action).toBe('created');
    const posts = double.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).toEqual([429, 201]);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(warnings.join('\n')).toMatch(/secondary rate limit .* retrying in 1 s/);
  });

  it('gives up on a rate limit after the bound, with a clear error', async () => {
    double.injectFault(
      ...Array.from({ length: 5 }, () => faults.secondaryRateLimit(1, 403, { method: 'GET' })),
    );
    const error = await failure(upsert('report', { octokit: client({ rateLimitRetries: 1 }) }));
    expect(error.message).toMatch(/\(403\).*secondary rate limit/);
    expect(double.requests).toHaveLength(2);
  });

  it('does not wait an hour for the primary rate limit to reset', async () => {
    double.injectFault(faults.primaryRateLimit(3600));
    const error = await failure(upsert('report'));
    expect(error.message).toMatch(/API rate limit exceeded/);
    expect(double.requests).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/primary rate limit .* giving up/);
  });

  it('fails clearly on a permanent 500 after the bounded retries', async () => {
    double.injectFault(...Array.from({ length: 10 }, () => faults.serverError(500)));
    const error = await failure(upsert('report', { octokit: client({ retries: 2 }) }));
    expect(error.message).toMatch(new RegExp(`${owner}/${repo}#${issueNumber}.*\\(500\\)`));
    expect(error.fix).toMatch(/run the job again/);
    expect(double.requests.map((r) => r.status)).toEqual([500, 500, 500]);
  });

  it('a bad token: 401 names the input to fix, and the token appears nowhere', async () => {
    // The double only refuses writes without a token; simulate GitHub's answer to a bad one.
    double.injectFault({ status: 401, message: 'Bad credentials' });
    const error = await failure(upsert('report'));
    expect(error.message).toMatch(/\(401\): Bad credentials/);
    expect(error.fix).toMatch(/github-token/);
  });
});

describe('pull request labels', () => {
  it('reads the labels as they are now, not as the payload had them', async () => {
    const index: { name: string; examples: Record<string, unknown>[] }[] = createRequire(import.meta.url)(
      '@octokit/webhooks-examples/api.github.com/index.json',
    );
    const payload = index
      .find((e) => e.name === 'pull_request')
      ?.examples.find((e) => e.action === 'labeled');
    double.seedPullRequest(owner, repo, { ...(payload?.pull_request as object), number: issueNumber });
    double.setLabels(owner, repo, issueNumber, ['size-increase-approved', 'bug']);
    expect(await pullRequestLabels(client(), { owner, repo, number: issueNumber })).toEqual([
      'size-increase-approved',
      'bug',
    ]);
    await expect(pullRequestLabels(client(), { owner, repo, number: 404 })).rejects.toThrow(/#404 \(404\)/);
  });
});
