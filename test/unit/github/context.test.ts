import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { eventContext, loadEventContext } from '../../../src/github/context.js';

// Real webhook payloads, as GitHub sends them.
// biome-ignore lint/suspicious/noExplicitAny: JSON from GitHub, checked by schema not by type
type Payload = Record<string, any>;
const index: { name: string; examples: Payload[] }[] = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
);
function examples(name: string): Payload[] {
  const found = index.find((entry) => entry.name === name)?.examples ?? [];
  if (found.length === 0) throw new Error(`@octokit/webhooks-examples has no ${name} examples`);
  return found;
}

const runnerSha = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';
function env(eventName: string, ref: string, extra: Record<string, string> = {}) {
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'env-owner/env-repo',
    GITHUB_SHA: runnerSha,
    GITHUB_REF: ref,
    GITHUB_API_URL: 'https://ghe.example/api/v3',
    ...extra,
  };
}

function label(payload: Payload, index: number): string {
  return `#${index} ${payload.action ?? ''} ${payload.ref ?? ''}`;
}

describe('eventContext: pull_request and pull_request_target', () => {
  const cases = examples('pull_request').flatMap((payload, i) =>
    ['pull_request', 'pull_request_target'].map((event) => ({
      event,
      payload,
      name: `${event} ${label(payload, i)}`,
    })),
  );
  it.each(cases)('$name', ({ event, payload }) => {
    const pr = payload.pull_request;
    const context = eventContext(env(event, `refs/pull/${pr.number}/merge`), payload);
    expect(context.kind).toBe('pull-request');
    expect(context.action).toBe(payload.action);
    expect(`${context.owner}/${context.repo}`).toBe(payload.repository.full_name);
    expect(context.apiUrl).toBe('https://ghe.example/api/v3');
    expect(context.defaultBranch).toBe(payload.repository.default_branch);
    expect(context.headSha).toBe(pr.head.sha);
    expect(context.sha).toBe(runnerSha);
    expect(context.pullRequest).toEqual({
      number: payload.number,
      headSha: pr.head.sha,
      baseSha: pr.base.sha,
      baseRef: pr.base.ref,
      labels: pr.labels.map((l: Payload) => l.name),
      headRepository: pr.head.repo.full_name,
    });
    expect(context.isPushToDefaultBranch).toBe(false);
    expect(context.onDefaultBranch).toBe(false);
  });

  it('sees a fork: head.repo is another repository, or was deleted', () => {
    const payload = structuredClone(examples('pull_request')[0] as Payload);
    payload.pull_request.head.repo.full_name = 'someone-else/Hello-World';
    expect(eventContext(env('pull_request', 'refs/pull/2/merge'), payload).pullRequest?.headRepository).toBe(
      'someone-else/Hello-World',
    );
    payload.pull_request.head.repo = null;
    const context = eventContext(env('pull_request', 'refs/pull/2/merge'), payload);
    expect(context.pullRequest?.headRepository).toBeUndefined();
  });

  it('reads the labels of a labeled pull request', () => {
    const payload = examples('pull_request').find((p) => p.action === 'labeled') as Payload;
    const names = payload.pull_request.labels.map((l: Payload) => l.name);
    expect(names.length).toBeGreaterThan(0);
    expect(eventContext(env('pull_request', 'refs/pull/2/merge'), payload).pullRequest?.labels).toEqual(
      names,
    );
  });
});

describe('eventContext: push', () => {
  it.each(examples('push').map((payload, i) => ({ payload, name: label(payload, i) })))('$name', ({
    payload,
  }) => {
    const context = eventContext(env('push', payload.ref), payload);
    const deleted = payload.deleted === true;
    const toDefault = payload.ref === `refs/heads/${payload.repository.default_branch}`;
    expect(context.kind).toBe('push');
    expect(`${context.owner}/${context.repo}`).toBe(payload.repository.full_name);
    expect(context.defaultBranch).toBe(payload.repository.default_branch);
    expect(context.headSha).toBe(deleted ? runnerSha : payload.after);
    expect(context.isPushToDefaultBranch).toBe(toDefault && !deleted);
    expect(context.pullRequest).toBeUndefined();
  });

  it('a push to another branch is not a push to the default branch', () => {
    const payload = structuredClone(examples('push').find((p) => p.ref.startsWith('refs/heads/')) as Payload);
    expect(eventContext(env('push', payload.ref), payload).isPushToDefaultBranch).toBe(true);
    payload.ref = 'refs/heads/feature';
    expect(eventContext(env('push', payload.ref), payload).isPushToDefaultBranch).toBe(false);
  });
});

describe('eventContext: release, workflow_dispatch, merge_group, workflow_run', () => {
  it.each(examples('release').map((payload, i) => ({ payload, name: label(payload, i) })))('release $name', ({
    payload,
  }) => {
    const ref = `refs/tags/${payload.release.tag_name}`;
    const context = eventContext(env('release', ref), payload);
    expect(context.kind).toBe('release');
    expect(context.release).toEqual({
      id: payload.release.id,
      tagName: payload.release.tag_name,
      uploadUrl: payload.release.upload_url,
    });
    expect(`${context.owner}/${context.repo}`).toBe(payload.repository.full_name);
    expect(context.headSha).toBe(runnerSha);
    expect(context.onDefaultBranch).toBe(false);
  });

  it.each(
    examples('workflow_dispatch').map((payload, i) => ({ payload, name: label(payload, i) })),
  )('workflow_dispatch $name', ({ payload }) => {
    const context = eventContext(env('workflow_dispatch', payload.ref), payload);
    expect(context.kind).toBe('workflow-dispatch');
    expect(`${context.owner}/${context.repo}`).toBe(payload.repository.full_name);
    expect(context.onDefaultBranch).toBe(payload.ref === `refs/heads/${payload.repository.default_branch}`);
    expect(context.isPushToDefaultBranch).toBe(false);
    expect(context.headSha).toBe(runnerSha);
  });

  it.each(
    examples('merge_group').map((payload, i) => ({ payload, name: label(payload, i) })),
  )('merge_group $name', ({ payload }) => {
    const group = payload.merge_group;
    const context = eventContext(env('merge_group', group.head_ref), payload);
    expect(context.kind).toBe('merge-group');
    expect(context.headSha).toBe(group.head_sha);
    expect(context.mergeGroup).toEqual({ baseSha: group.base_sha });
    expect(`${context.owner}/${context.repo}`).toBe(payload.repository.full_name);
  });

  it.each(
    examples('workflow_run').map((payload, i) => ({ payload, name: label(payload, i) })),
  )('workflow_run $name', ({ payload }) => {
    const run = payload.workflow_run;
    const context = eventContext(
      env('workflow_run', `refs/heads/${payload.repository.default_branch}`),
      payload,
    );
    expect(context.kind).toBe('workflow-run');
    expect(context.workflowRun).toEqual({
      event: run.event,
      headSha: run.head_sha,
      headRepository: run.head_repository.full_name,
      runId: run.id,
    });
    expect(context.headSha).toBe(run.head_sha);
    expect(`${context.owner}/${context.repo}`).toBe(payload.repository.full_name);
  });
});

describe('eventContext: errors and fallbacks', () => {
  it('falls back to GITHUB_REPOSITORY when the payload has no repository', () => {
    const context = eventContext(env('schedule', 'refs/heads/main'), {});
    expect([context.owner, context.repo]).toEqual(['env-owner', 'env-repo']);
    expect(context.kind).toBe('other');
  });

  it('names the payload and the missing field when a pull_request payload lacks it', () => {
    const payload = structuredClone(examples('pull_request')[0] as Payload);
    delete payload.pull_request.head.sha;
    const error = (() => {
      try {
        eventContext(env('pull_request', 'refs/pull/2/merge'), payload, '/tmp/event.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).place).toMatchObject({
      file: '/tmp/event.json',
      within: 'pull_request.head.sha',
    });
  });

  it('loadEventContext names a missing or invalid payload file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsg-github-'));
    const missing = join(dir, 'missing.json');
    await expect(
      loadEventContext({ ...env('push', 'refs/heads/main'), GITHUB_EVENT_PATH: missing }),
    ).rejects.toThrow(TinySizeError);
    await expect(
      loadEventContext({ ...env('push', 'refs/heads/main'), GITHUB_EVENT_PATH: missing }),
    ).rejects.toMatchObject({ place: { file: missing } });
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, '{"ref": ');
    await expect(
      loadEventContext({ ...env('push', 'refs/heads/main'), GITHUB_EVENT_PATH: invalid }),
    ).rejects.toMatchObject({ place: { file: invalid }, message: expect.stringContaining('not valid JSON') });
    await expect(loadEventContext({ GITHUB_EVENT_NAME: 'push' })).rejects.toThrow(/GITHUB_EVENT_PATH/);
  });

  it('loadEventContext reads a real payload from the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsg-github-'));
    const payload = examples('pull_request')[0] as Payload;
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    const context = await loadEventContext({
      ...env('pull_request', 'refs/pull/2/merge'),
      GITHUB_EVENT_PATH: file,
    });
    expect(context.pullRequest?.number).toBe(payload.pull_request.number);
  });
});
