/**
 * The fork flow, stage by stage, with no runner and no Docker: `mode: measure` on a fork's
 * pull_request payload uploads its report (zipped by archiver, as @actions/artifact does; the real
 * upload is in test/itg/two-stage), then `mode: comment` on the matching workflow_run payload
 * verifies it against the API double and writes one comment and one check run, or nothing at all.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../src/action/index.js';
import type { ActionReport } from '../../../src/artifact/index.js';
import { zipOf } from '../../support/artifact-zip.js';
import { type GitHubDouble, startGitHubDouble } from '../../support/github-double.js';
import { pullRequestPayload, workflowRunPayload } from '../../support/payloads.js';
import { makeRepo, recordingDeps, writeEvent } from './fakes.js';

// Real git and an HTTP double on a shared machine: a run can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const owner = 'tiny-org';
const repo = 'tiny-app';
const fork = 'outside-contributor/tiny-app';
const token = 'ghs_twostage0123456789';
let nextNumber = 40;
let nextRun = 9000;

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
  const dir = mkdtempSync(join(tmpdir(), 'tsg-two-stage-'));
  temps.push(dir);
  return dir;
}

interface Uploaded {
  name: string;
  report: ActionReport;
}

/** Stage one on a fork's pull request: returns what it uploaded, the pull request and the run id. */
async function measure(
  options: { head?: number; images?: string[]; shards?: string[][]; fail?: boolean } = {},
) {
  const images = options.images ?? ['app'];
  const { dir, baseSha, headSha } = makeRepo(1000, options.head ?? 1050, images);
  temps.push(dir);
  const number = nextNumber++;
  const payload = pullRequestPayload({ owner, repo, number, baseSha, headSha, headRepository: fork });
  double.seedPullRequest(owner, repo, payload.pull_request);
  double.setLabels(owner, repo, number, []);
  const uploads: Uploaded[] = [];
  const logs: string[][] = [];
  const failed: string[] = [];
  for (const shard of options.shards ?? [[]]) {
    const runnerTemp = temp();
    const recorded = recordingDeps(
      {
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: runnerTemp,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: await writeEvent(runnerTemp, payload),
        GITHUB_SHA: headSha,
        GITHUB_REF: `refs/pull/${number}/merge`,
        GITHUB_API_URL: double.url,
      },
      {
        mode: 'measure',
        'github-token': token,
        'working-directory': dir,
        images: shard.join(','),
        shard: shard.join('-'),
      },
    );
    recorded.deps.artifacts = async () => ({
      async uploadArtifact(name, files) {
        if (options.fail) throw new Error('Failed to CreateArtifact: Unable to make request: ECONNREFUSED');
        uploads.push({ name, report: JSON.parse(readFileSync(files[0] as string, 'utf8')) });
        return { id: 1, size: 100 };
      },
    });
    await runAction(recorded.deps);
    logs.push(recorded.lines.map((line) => `${line.kind}: ${line.message}`));
    failed.push(...recorded.failed);
  }
  return { uploads, number, headSha, baseSha, payload, logs, failed };
}

/** Puts the reports (or any bytes) in a run of the double; returns the run id. */
async function publish(artifacts: { name: string; zip: Buffer }[]): Promise<number> {
  const runId = nextRun++;
  for (const { name, zip } of artifacts) double.seedArtifact(owner, repo, runId, name, zip);
  return runId;
}

const zipped = async (uploads: Uploaded[]) =>
  Promise.all(
    uploads.map(async ({ name, report }) => ({
      name,
      zip: await zipOf({ 'report.json': JSON.stringify(report) }),
    })),
  );

/** Stage two on the workflow_run payload of `runId`. */
async function comment(runId: number, headSha: string, headRepository = fork) {
  const runnerTemp = temp();
  const payload = workflowRunPayload({ owner, repo, runId, headSha, headRepository });
  const recorded = recordingDeps(
    {
      GITHUB_WORKSPACE: runnerTemp,
      RUNNER_TEMP: runnerTemp,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: await writeEvent(runnerTemp, payload),
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_API_URL: double.url,
    },
    { mode: 'comment', 'github-token': token },
  );
  const before = double.requests.length;
  await runAction(recorded.deps);
  return { ...recorded, calls: double.requests.slice(before) };
}

const ours = (number: number) =>
  (double.comments(owner, repo, number) as { id: number; body: string }[]).filter((c) =>
    c.body.startsWith('<!-- tiny-size-gate:'),
  );
const checkRunsFor = (sha: string) => double.checkRuns(owner, repo).filter((run) => run.head_sha === sha);

describe('mode: measure', () => {
  it('uploads the report as the artifact, recording the repository, pull request and commits', async () => {
    const stage = await measure();
    expect(stage.failed).toEqual([]);
    expect(stage.uploads.map((u) => u.name)).toEqual(['tiny-size-gate-report']);
    const run = stage.uploads[0]?.report.run;
    expect(run).toMatchObject({
      repository: `${owner}/${repo}`,
      headSha: stage.headSha,
      pullRequest: {
        number: stage.number,
        headSha: stage.headSha,
        baseSha: stage.baseSha,
        mergeBaseSha: stage.baseSha,
        headRepository: fork,
      },
      budgetFile: 'tiny-size.yml',
      budgetImages: ['app'],
    });
    expect(stage.uploads[0]?.report.base?.images[0]?.name).toBe('app');
  });

  it('a failed upload fails the step and says the comment stage depends on it', async () => {
    const stage = await measure({ fail: true });
    expect(stage.failed[0]).toMatch(/not uploaded as the artifact tiny-size-gate-report: .*ECONNREFUSED/);
    expect(stage.failed[0]).toMatch(/mode: comment/);
  });
});

describe('mode: comment', () => {
  it('posts one comment and one check run; run again, the comment is updated in place', async () => {
    const stage = await measure({ head: 1500 });
    const runId = await publish(await zipped(stage.uploads));
    const first = await comment(runId, stage.headSha);
    expect(first.failed).toHaveLength(1); // growth over the allowance: the verdict fails the step
    expect(ours(stage.number)).toHaveLength(1);
    expect(ours(stage.number)[0]?.body).toContain('+500 B');
    const [checkRun] = checkRunsFor(stage.headSha);
    expect(checkRun).toMatchObject({ name: 'tiny-size-gate', conclusion: 'failure', status: 'completed' });
    expect(checkRun.annotations).toEqual([
      expect.objectContaining({ path: 'tiny-size.yml', start_line: 7, annotation_level: 'failure' }),
    ]);
    expect(first.outputs['comment-url']).toMatch(/issuecomment/);
    const id = ours(stage.number)[0]?.id;
    const again = await comment(runId, stage.headSha);
    expect(again.failed).toHaveLength(1);
    expect(ours(stage.number).map((c) => c.id)).toEqual([id]);
    // The calls of one comment run: list artifacts, download (302), blob, pull, history, list comments, check run.
    expect(again.calls.map((call) => `${call.method} ${call.path.replace(/\d+/g, 'N')}`)).toEqual([
      'GET /repos/tiny-org/tiny-app/actions/runs/N/artifacts',
      'GET /repos/tiny-org/tiny-app/actions/artifacts/N/zip',
      'GET /_blobs/N',
      'GET /repos/tiny-org/tiny-app/pulls/N',
      'GET /repos/tiny-org/tiny-app/contents/history.json',
      'GET /repos/tiny-org/tiny-app/issues/N/comments',
      'POST /repos/tiny-org/tiny-app/check-runs',
    ]);
  });

  const tampered: [string, (report: ActionReport) => void, string | undefined, RegExp][] = [
    [
      'another pull request number',
      (report) => {
        if (report.run?.pullRequest) report.run.pullRequest.number = 999_999;
      },
      undefined,
      /pull request #999999 does not exist in tiny-org\/tiny-app/,
    ],
    [
      'another head sha in the report',
      (report) => {
        if (report.run) report.run.headSha = 'b'.repeat(40);
      },
      undefined,
      /a report measured bbbbbbbbbbbb, not the run's head commit/,
    ],
    [
      'another head repository',
      () => {},
      'someone-else/tiny-app',
      /comes from outside-contributor\/tiny-app, not from the run's head repository someone-else\/tiny-app/,
    ],
  ];
  it.each(
    tampered,
  )('refuses a report with %s: nothing posted, the log says which check failed', async (_name, edit, headRepository, message) => {
    const stage = await measure();
    const report = structuredClone(stage.uploads[0]?.report as ActionReport);
    edit(report);
    const runId = await publish(await zipped([{ name: 'tiny-size-gate-report', report }]));
    const run = await comment(runId, stage.headSha, headRepository);
    expect(run.failed[0]).toMatch(/nothing was written to the pull request: /);
    expect(run.failed[0]).toMatch(message);
    expect(ours(stage.number)).toEqual([]);
    expect(checkRunsFor(stage.headSha)).toEqual([]);
    expect(run.calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('a run whose head moved on (the pull request has a newer head) writes nothing', async () => {
    const stage = await measure();
    const runId = await publish(await zipped(stage.uploads));
    const run = await comment(runId, 'c'.repeat(40));
    expect(run.failed[0]).toMatch(/nothing was written.*not the run's head commit cccccccccccc/);
    expect(ours(stage.number)).toEqual([]);
  });

  const broken: [string, () => Promise<Buffer>, RegExp][] = [
    ['malformed JSON', () => zipOf({ 'report.json': '{"tool": "tiny-size-gate",' }), /not JSON/],
    [
      'a report that is not a report',
      () => zipOf({ 'report.json': '{"tool":"other"}' }),
      /not a valid report/,
    ],
    ['a zip bomb', () => zipOf({ 'report.json': Buffer.alloc(80 * 1024 * 1024, 0x20) }), /over the limit/],
    [
      'a 100 MB report',
      () => zipOf({ 'report.json': `{"pad":"${'x'.repeat(100 * 1000 * 1000)}"}` }),
      /over the limit/,
    ],
  ];
  it.each(
    broken,
  )('refuses %s: nothing posted, the artifact and the reason named', async (_name, make, message) => {
    const stage = await measure();
    const runId = await publish([{ name: 'tiny-size-gate-report', zip: await make() }]);
    const run = await comment(runId, stage.headSha);
    expect(run.failed[0]).toMatch(
      /nothing was written to the pull request: no usable report \(tiny-size-gate-report: /,
    );
    expect(run.failed[0]).toMatch(message);
    expect(ours(stage.number)).toEqual([]);
  });

  it('renders image names with Markdown, HTML and @mentions inert', async () => {
    const stage = await measure();
    const report = structuredClone(stage.uploads[0]?.report as ActionReport);
    const evil = 'app](https://evil.example) <img src=x onerror=alert(1)> @everyone `x` | ![a](b)';
    (report.images[0] as { name: string }).name = evil;
    for (const check of report.checks) check.image = evil;
    if (report.run) report.run.budgetImages = [evil];
    const runId = await publish(await zipped([{ name: 'tiny-size-gate-report', report }]));
    await comment(runId, stage.headSha);
    const body = ours(stage.number)[0]?.body ?? '';
    expect(body).toContain('evil.example');
    expect(body).not.toMatch(/<img|@everyone|\]\(https|`x`|!\[a\]/);
  });
});

describe('matrix shards', () => {
  it('two shards (hello, http) merge into one comment that names both, one verdict', async () => {
    const stage = await measure({ images: ['hello', 'http'], shards: [['hello'], ['http']] });
    expect(stage.uploads.map((u) => u.name)).toEqual([
      'tiny-size-gate-report-hello',
      'tiny-size-gate-report-http',
    ]);
    const runId = await publish(await zipped(stage.uploads));
    const checksBefore = checkRunsFor(stage.headSha).length;
    const run = await comment(runId, stage.headSha);
    expect(run.failed).toEqual([]);
    expect(run.outputs.verdict).toBe('pass');
    const body = ours(stage.number)[0]?.body ?? '';
    expect(body).toMatch(/hello/);
    expect(body).toMatch(/http/);
    expect(checkRunsFor(stage.headSha).length - checksBefore).toBe(1);
  });

  it('a missing shard is named and fails the verdict', async () => {
    const stage = await measure({ images: ['hello', 'http'], shards: [['hello'], ['http']] });
    const runId = await publish(await zipped(stage.uploads.slice(0, 1)));
    const run = await comment(runId, stage.headSha);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.failed[0]).toMatch(/not measured: http/);
    expect(ours(stage.number)[0]?.body).toMatch(/Not measured by any shard.*<code>http<\/code>/);
    expect(checkRunsFor(stage.headSha).at(-1)).toMatchObject({ conclusion: 'failure' });
  });

  it('an invalid shard report is named and fails the verdict; the valid one is still shown', async () => {
    const stage = await measure({ images: ['hello', 'http'], shards: [['hello'], ['http']] });
    const [hello] = await zipped(stage.uploads.slice(0, 1));
    const runId = await publish([
      hello as { name: string; zip: Buffer },
      { name: 'tiny-size-gate-report-http', zip: await zipOf({ 'report.json': 'not json' }) },
    ]);
    const run = await comment(runId, stage.headSha);
    expect(run.outputs.verdict).toBe('fail');
    const body = ours(stage.number)[0]?.body ?? '';
    expect(body).toMatch(
      /Shard report refused.*tiny&#45;size&#45;gate&#45;report&#45;http|Shard report refused.*tiny-size-gate-report-http/,
    );
    expect(body).toMatch(/hello/);
  });
});
