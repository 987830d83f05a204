/**
 * runAction's decisions, with no runner and no Docker: real payloads, real git, the real budget
 * loader and gate, the GitHub API double (every request checked against the OpenAPI description),
 * an in-memory cache. The end-to-end runs through `node dist/index.js` are in test/itg.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../src/action/index.js';
import { git } from '../../support/git.js';
import { faults, type GitHubDouble, startGitHubDouble } from '../../support/github-double.js';
import { pullRequestPayload, pushPayload } from '../../support/payloads.js';
import { makeRepo, recordingDeps, writeEvent } from './fakes.js';

// Real git and an HTTP double on a shared machine: a run can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const owner = 'tiny-org';
const repo = 'tiny-app';
const number = 12;
const token = 'ghs_unittoken0123456789';

let double: GitHubDouble;
const temps: string[] = [];
beforeAll(async () => {
  double = await startGitHubDouble();
});
afterAll(async () => {
  await double.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  const violations = double.violations.splice(0);
  expect(violations).toEqual([]);
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsg-action-'));
  temps.push(dir);
  return dir;
}

interface Scenario {
  event: 'pull_request' | 'pull_request_target' | 'push' | 'none';
  base?: number;
  head?: number;
  inputs?: Record<string, string>;
  labels?: string[];
  /** GITHUB_SHA; the checkout's HEAD when absent. */
  sha?: string;
}

async function scenario(spec: Scenario) {
  const { dir, baseSha, headSha } = makeRepo(spec.base ?? 1000, spec.head ?? 1050);
  temps.push(dir);
  const runnerTemp = temp();
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: runnerTemp,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_API_URL: double.url,
  };
  if (spec.event !== 'none') {
    const payload =
      spec.event === 'push'
        ? pushPayload({ owner, repo, after: baseSha })
        : pullRequestPayload({ owner, repo, number, baseSha, headSha, labels: spec.labels });
    if (spec.event !== 'push') {
      double.seedPullRequest(owner, repo, payload.pull_request);
      double.setLabels(owner, repo, number, spec.labels ?? []);
    }
    if (spec.event === 'push') git(dir, 'checkout', '-q', 'main');
    Object.assign(env, {
      GITHUB_EVENT_NAME: spec.event,
      GITHUB_EVENT_PATH: await writeEvent(runnerTemp, payload),
      GITHUB_SHA: spec.sha ?? git(dir, 'rev-parse', 'HEAD'),
      GITHUB_REF: spec.event === 'push' ? 'refs/heads/main' : `refs/pull/${number}/merge`,
    });
  }
  const recorded = recordingDeps(env, {
    'github-token': token,
    config: 'tiny-size.yml',
    'working-directory': dir,
    ...spec.inputs,
  });
  return { ...recorded, baseSha, headSha, dir };
}

function comments() {
  return double.comments(owner, repo, number) as { id: number; body: string }[];
}
function clearComments() {
  for (const comment of comments()) double.corruptComment(comment.id, { body: 'someone else' });
}
const kinds = (lines: { kind: string; message: string }[], kind: string) =>
  lines.filter((line) => line.kind === kind).map((line) => line.message);

describe('fail-on', () => {
  it('budget: a budget exceeded fails the step with the check sentence and an error on its line', async () => {
    const run = await scenario({ event: 'none', head: 2500 });
    // No event: the checkout is the feature branch, measured at 2,500 B against 2,000 B.
    await runAction(run.deps);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.failed).toHaveLength(1);
    const errors = run.lines.filter((line) => line.kind === 'error');
    expect(errors).toHaveLength(1);
    expect(run.failed[0]).toBe(errors[0]?.message);
    expect(errors[0]?.place).toMatchObject({ file: join(run.dir, 'tiny-size.yml'), startLine: 5 });
  });

  it('never: the same run passes the step and writes warnings, never an error', async () => {
    const run = await scenario({ event: 'none', head: 2500, inputs: { 'fail-on': 'never' } });
    await runAction(run.deps);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.failed).toEqual([]);
    expect(kinds(run.lines, 'error')).toEqual([]);
    expect(kinds(run.lines, 'warning').join('\n')).toMatch(/not failing the step because fail-on is `never`/);
    expect(run.lines.some((line) => line.kind === 'warning' && line.place?.startLine === 5)).toBe(true);
  });

  it('images: a glob is matched against the budget file', async () => {
    const run = await scenario({ event: 'none', inputs: { images: 'a*' } });
    await runAction(run.deps);
    expect(run.checks.map((check) => check.images)).toEqual([['app']]);
  });

  it('an unknown value is refused with the allowed ones', async () => {
    const run = await scenario({ event: 'none', inputs: { 'fail-on': 'sometimes' } });
    await runAction(run.deps);
    expect(run.failed[0]).toMatch(/`fail-on` is `sometimes`[\s\S]*`budget`, `never`/);
    expect(run.checks).toEqual([]);
  });
});

describe('events', () => {
  it('push to the default branch: saves the report as the baseline, writes no comment', async () => {
    const run = await scenario({ event: 'push' });
    const before = double.requests.length;
    await runAction(run.deps);
    expect(run.failed).toEqual([]);
    expect(run.outputs['baseline-source']).toBe('none');
    expect([...run.cache.entries.keys()]).toEqual([expect.stringContaining(run.baseSha)]);
    // Only the data branch is written (test/unit/action/history.test.ts), no comment.
    expect(double.requests.slice(before).filter((r) => r.path.includes('/issues/'))).toEqual([]);
  });

  it('pull_request: restores the merge-base report the push saved, gates growth, comments', async () => {
    const push = await scenario({ event: 'push' });
    await runAction(push.deps);
    const pr = await scenario({ event: 'pull_request' });
    // Same commits in a new repository: the same shas, so the saved entry fits.
    pr.cache.entries = push.cache.entries;
    clearComments();
    await runAction(pr.deps);
    expect(pr.failed).toEqual([]);
    expect(pr.outputs['baseline-source']).toBe('cache');
    expect(pr.checks).toHaveLength(1); // no rebuild
    expect(comments().filter((c) => c.body.startsWith('<!-- tiny-size-gate:default'))).toHaveLength(1);
    expect(pr.outputs['comment-url']).toMatch(/#issuecomment-/);
  });

  it('a cache failure is a warning and the merge-base is rebuilt; no group opens inside another', async () => {
    const run = await scenario({ event: 'pull_request' });
    run.cache.fail = 'throw';
    await runAction(run.deps);
    expect(run.failed).toEqual([]);
    expect(run.outputs['baseline-source']).toBe('rebuild');
    expect(kinds(run.lines, 'warning').join('\n')).toMatch(/cache.*ECONNREFUSED/);
    expect(run.checks.map((check) => check.config)).toEqual([
      expect.not.stringContaining(run.dir),
      join(run.dir, 'tiny-size.yml'),
    ]);
    // The merge-base is measured only: its reproducibility is not the pull request's to prove.
    expect(run.checks.map((check) => check.reproduce)).toEqual([false, undefined]);
    expect(kinds(run.lines, 'group')).toEqual(['Baseline']);
  });

  it('growth over the allowance fails; the override label turns it into a warning', async () => {
    const over = await scenario({ event: 'pull_request', head: 1500 });
    await runAction(over.deps);
    expect(over.failed[0]).toMatch(/grew|growth|allow/i);
    const approved = await scenario({
      event: 'pull_request',
      head: 1500,
      labels: ['size-increase-approved'],
    });
    await runAction(approved.deps);
    expect(approved.failed).toEqual([]);
    expect(approved.outputs.verdict).toBe('pass');
  });

  it('pull_request_target: a checkout other than the base branch is refused before any build', async () => {
    const run = await scenario({ event: 'pull_request_target', sha: 'f'.repeat(40) });
    await runAction(run.deps);
    expect(run.failed[0]).toMatch(/refusing to build commit [0-9a-f]{12} under pull_request_target/);
    expect(run.failed[0]).toMatch(/mode: measure.*mode: comment/s);
    expect(run.checks).toEqual([]);
  });

  it('pull_request_target with allow-untrusted-build: builds, with a warning that names the risk', async () => {
    const run = await scenario({
      event: 'pull_request_target',
      sha: 'f'.repeat(40),
      inputs: { 'allow-untrusted-build': 'true' },
    });
    await runAction(run.deps);
    expect(run.failed).toEqual([]);
    expect(kinds(run.lines, 'warning').join('\n')).toMatch(/allowed by `allow-untrusted-build: true`/);
  });
});

describe('the comment', () => {
  const cases = [
    // mode, head bytes, whether a new comment is created
    { mode: 'always', head: 1000, created: true },
    { mode: 'on-change', head: 1000, created: false },
    { mode: 'on-change', head: 1050, created: true },
    { mode: 'on-failure', head: 1050, created: false },
    { mode: 'on-failure', head: 1500, created: true },
    { mode: 'never', head: 1500, created: false },
  ];
  it.each(cases)('comment: $mode, head $head B -> created: $created', async ({ mode, head, created }) => {
    clearComments();
    const run = await scenario({ event: 'pull_request', head, inputs: { comment: mode } });
    await runAction(run.deps);
    const ours = comments().filter((c) => c.body.startsWith('<!-- tiny-size-gate:default'));
    expect(ours).toHaveLength(created ? 1 : 0);
    expect(Boolean(run.outputs['comment-url'])).toBe(created);
  });

  it('an existing comment is brought up to date even when it would not be created', async () => {
    clearComments();
    const failing = await scenario({ event: 'pull_request', head: 1500, inputs: { comment: 'on-failure' } });
    await runAction(failing.deps);
    const passing = await scenario({ event: 'pull_request', head: 1000, inputs: { comment: 'on-failure' } });
    await runAction(passing.deps);
    const ours = comments().filter((c) => c.body.startsWith('<!-- tiny-size-gate:default'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).not.toMatch(/❌/);
  });

  it('a 403 (a fork token) is a warning that explains the two-stage flow; the sizes decide', async () => {
    const readOnly = 'ghs_readonly0123456789';
    double.markReadOnly(readOnly);
    clearComments();
    const run = await scenario({ event: 'pull_request', inputs: { 'github-token': readOnly } });
    await runAction(run.deps);
    expect(run.failed).toEqual([]);
    expect(kinds(run.lines, 'warning').join('\n')).toMatch(/403.*workflow_run/s);
  });

  it('a 5xx after bounded retries is a warning, in seconds, and the sizes decide', async () => {
    clearComments();
    double.injectFault(
      ...Array.from({ length: 3 }, () => faults.serverError(502, { method: 'GET', path: /comments$/ })),
    );
    const run = await scenario({ event: 'pull_request', head: 1500 });
    const started = Date.now();
    await runAction(run.deps);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(double.pendingFaults()).toBe(0);
    expect(kinds(run.lines, 'warning').join('\n')).toMatch(/comment was not written.*502/s);
    expect(run.failed).toHaveLength(1); // the growth, not the API
    expect(kinds(run.lines, 'error').join('\n')).not.toMatch(/502/);
  });
});
