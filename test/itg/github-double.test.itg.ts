import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/octokit.js';
import { type GitHubDouble, startGitHubDouble } from '../support/github-double.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON from GitHub
type Json = any;

const token = 'ghs_doubleSelfTestToken0000000000000000';
let double: GitHubDouble;

beforeEach(async () => {
  double = await startGitHubDouble();
});
afterEach(async () => {
  await double.close();
  expect(double.violations).toEqual([]);
});

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${double.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    link: response.headers.get('link'),
    body: text ? JSON.parse(text) : undefined,
  };
}

describe('the GitHub double checks requests against the OpenAPI description', () => {
  it.each([
    [
      'a create without body',
      'POST',
      '/repos/o/r/issues/2/comments',
      { text: 'hi' },
      /required property 'body'/,
    ],
    [
      'a body that is not a string',
      'PATCH',
      '/repos/o/r/issues/comments/7',
      { body: 5 },
      /body\/body must be string/,
    ],
    [
      'a page size that is not a number',
      'GET',
      '/repos/o/r/issues/2/comments?per_page=all',
      undefined,
      /per_page must be integer/,
    ],
    [
      'an unknown query parameter',
      'GET',
      '/repos/o/r/issues/2/comments?sort=asc',
      undefined,
      /sort is not defined/,
    ],
    [
      'an issue number that is not a number',
      'GET',
      '/repos/o/r/issues/two/comments',
      undefined,
      /issue_number must be integer/,
    ],
    ['a body on a delete', 'DELETE', '/repos/o/r/issues/comments/7', { body: 'x' }, /takes no JSON body/],
  ])('catches %s and answers 422', async (_name, method, path, body, problem) => {
    const response = await call(method, path, body);
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/^Invalid request/);
    expect(double.violations).toHaveLength(1);
    expect(double.violations[0]?.problems.join('\n')).toMatch(problem);
    double.violations.length = 0;
  });

  it('answers 404 and records an operation GitHub does not have', async () => {
    const response = await call('POST', '/repos/o/r/issues/2/comment', { body: 'x' });
    expect(response.status).toBe(404);
    expect(double.violations[0]?.problems[0]).toMatch(/no operation POST/);
    double.violations.length = 0;
  });

  it('accepts valid requests and keeps state', async () => {
    const created = await call('POST', '/repos/o/r/issues/2/comments', { body: 'first' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ body: 'first', user: { login: 'github-actions[bot]' } });
    const updated = await call('PATCH', `/repos/o/r/issues/comments/${created.body.id}`, { body: 'second' });
    expect(updated.body.body).toBe('second');
    expect(double.comments('o', 'r', 2).map((c) => c.body)).toEqual(['second']);
    expect((await call('DELETE', `/repos/o/r/issues/comments/${created.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `/repos/o/r/issues/comments/${created.body.id}`)).status).toBe(404);
    expect(double.comments('o', 'r', 2)).toEqual([]);
  });
});

describe('the GitHub double checks its own responses', () => {
  it('serves comments in the documented shape, and notices when one is broken', async () => {
    const [comment] = double.seedComments('o', 'r', 3, ['hello']);
    expect((await call('GET', '/repos/o/r/issues/3/comments')).status).toBe(200);
    expect(double.violations).toEqual([]);
    double.corruptComment(comment.id, { user: { login: 'half-a-user' }, created_at: 'yesterday' });
    await call('GET', '/repos/o/r/issues/3/comments');
    const problems = double.violations.flatMap((v) => v.problems).join('\n');
    expect(double.violations[0]?.kind).toBe('response');
    expect(problems).toMatch(/created_at must match format "date-time"/);
    expect(problems).toMatch(/user/);
    double.violations.length = 0;
  });

  it('serves a real pull request payload in the REST shape', async () => {
    const index: { name: string; examples: Json[] }[] = createRequire(import.meta.url)(
      '@octokit/webhooks-examples/api.github.com/index.json',
    );
    const payload = index
      .find((e) => e.name === 'pull_request')
      ?.examples.find((e) => e.action === 'labeled');
    double.seedPullRequest('Codertocat', 'Hello-World', payload.pull_request);
    const response = await call('GET', `/repos/Codertocat/Hello-World/pulls/${payload.number}`);
    expect(response.status).toBe(200);
    expect(response.body.labels.map((l: Json) => l.name)).toEqual(
      payload.pull_request.labels.map((l: Json) => l.name),
    );
    expect(double.violations).toEqual([]);
    // The same check fails a pull request without its head.
    const { head: _head, ...headless } = payload.pull_request;
    double.seedPullRequest('Codertocat', 'Hello-World', { ...headless, number: 99 });
    await call('GET', '/repos/Codertocat/Hello-World/pulls/99');
    expect(double.violations.flatMap((v) => v.problems).join('\n')).toMatch(/required property 'head'/);
    double.violations.length = 0;
  });
});

describe('the GitHub double paginates like GitHub', () => {
  const bodies = Array.from({ length: 250 }, (_, i) => `comment ${i}`);
  const path = '/repos/o/r/issues/9/comments';
  const at = (page: number) => `<${double.url}${path}?per_page=100&page=${page}>`;

  it.each([
    [1, ['next', 2], ['last', 3]],
    [2, ['prev', 1], ['next', 3], ['last', 3], ['first', 1]],
    [3, ['prev', 2], ['first', 1]],
  ] as [
    number,
    ...[string, number][],
  ][])('page %i has the Link relations GitHub sends', async (page, ...rels) => {
    double.seedComments('o', 'r', 9, bodies);
    const response = await call('GET', `${path}?per_page=100&page=${page}`);
    expect(response.link).toBe(rels.map(([rel, p]) => `${at(p)}; rel="${rel}"`).join(', '));
    const expected = bodies.slice((page - 1) * 100, page * 100);
    expect(response.body.map((c: Json) => c.body)).toEqual(expected);
  });

  it('sends no Link header when one page holds everything, and 30 a page by default', async () => {
    double.seedComments('o', 'r', 9, bodies.slice(0, 5));
    expect((await call('GET', `${path}?per_page=100`)).link).toBeNull();
    double.seedComments('o', 'r', 9, bodies.slice(5, 40));
    const first = await call('GET', path);
    expect(first.body).toHaveLength(30);
    expect(first.link).toBe(
      `<${double.url}${path}?page=2>; rel="next", <${double.url}${path}?page=2>; rel="last"`,
    );
  });

  it('octokit.paginate follows the Link headers to every comment, ascending ids', async () => {
    const seeded = double.seedComments('o', 'r', 9, bodies);
    const octokit = createOctokit({ token, baseUrl: double.url });
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'o',
      repo: 'r',
      issue_number: 9,
      per_page: 100,
    });
    expect(all.map((c) => c.id)).toEqual(seeded.map((c) => c.id));
    expect(double.requests.filter((r) => r.method === 'GET').map((r) => r.query)).toEqual([
      '?per_page=100',
      '?per_page=100&page=2',
      '?per_page=100&page=3',
    ]);
  });
});

describe('the GitHub double answers like GitHub on purpose', () => {
  it('403 for a read-only token on writes, reads allowed; 401 without a token', async () => {
    double.markReadOnly(token);
    const write = await call('POST', '/repos/o/r/issues/2/comments', { body: 'x' });
    expect(write).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    expect((await call('GET', '/repos/o/r/issues/2/comments')).status).toBe(200);
    const anonymous = await fetch(`${double.url}/repos/o/r/issues/2/comments`, {
      method: 'POST',
      body: '{"body":"x"}',
    });
    expect(anonymous.status).toBe(401);
  });
});
