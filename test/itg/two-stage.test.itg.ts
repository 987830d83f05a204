/**
 * The fork flow end to end, as the runner runs it: `node dist/index.js` in `mode: measure` on a
 * fork's pull_request payload (the real Docker engine builds two shards, `hello` and `http`; the
 * real @actions/artifact uploads each report to the results-service double backed by Azurite), then
 * `mode: comment` on the matching workflow_run payload: the GitHub double lists the run's artifacts
 * and redirects each download to its Azurite blob. Counts the API calls and times each mode.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runBundledAction } from '../support/action-run.js';
import { zipOf } from '../support/artifact-zip.js';
import { type Azurite, startAzurite } from '../support/cache-azurite.js';
import { type CacheServiceDouble, startCacheService } from '../support/cache-service.js';
import { git, gitIdentity } from '../support/git.js';
import { type GitHubDouble, startGitHubDouble } from '../support/github-double.js';
import { pullRequestPayload, pushPayload, releasePayload, workflowRunPayload } from '../support/payloads.js';
import { dockerEngine, removeScratchDirs, requireTool, scratchDir } from './real.js';

const owner = 'tiny-org';
const repo = 'tiny-app';
const fork = 'contributor/tiny-app';
const number = 21;
const token = 'ghs_twostagetoken0123456789';
const budget = `images:
  hello:
    context: hello
    budget: { files: 1kB }
  http:
    context: http
    budget: { files: 1kB }
`;

let github: GitHubDouble;
let azurite: Azurite;
let results: CacheServiceDouble;
let workspace: string;
let headSha: string;
const timings: Record<string, number[]> = {};
const calls: Record<string, number[]> = {};

beforeAll(async () => {
  requireTool('git');
  dockerEngine();
  [github, azurite] = await Promise.all([startGitHubDouble(), startAzurite('actions-results')]);
  results = await startCacheService(azurite);
  // origin: main holds the budget and both images; the fork's head grows hello by 10 bytes.
  const origin = scratchDir('tsg-two-stage-origin-');
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  for (const name of ['hello', 'http']) {
    mkdirSync(join(origin, name));
    writeFileSync(join(origin, name, 'Dockerfile'), 'FROM scratch\nCOPY payload /\n');
    writeFileSync(join(origin, name, 'payload'), 'x'.repeat(100));
  }
  writeFileSync(join(origin, 'tiny-size.yml'), budget);
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  const baseSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(origin, 'hello', 'payload'), 'x'.repeat(110));
  git(origin, 'commit', '-q', '-am', 'grow hello');
  headSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', `refs/pull/${number}/head`, headSha);
  git(origin, 'checkout', '-q', 'main');
  // What actions/checkout leaves under pull_request: the head checked out (detached), origin set.
  workspace = scratchDir('tsg-two-stage-workspace-');
  git(workspace, 'init', '-q');
  git(workspace, 'remote', 'add', 'origin', `file://${origin}`);
  git(
    workspace,
    'fetch',
    '-q',
    '--depth=1',
    'origin',
    `+refs/pull/${number}/head:refs/remotes/pull/${number}/head`,
  );
  git(workspace, 'checkout', '-q', '--detach', `refs/remotes/pull/${number}/head`);
  const event = pullRequestPayload({ owner, repo, number, baseSha, headSha, headRepository: fork });
  github.seedPullRequest(owner, repo, event.pull_request);
  github.setLabels(owner, repo, number, []);
  stageOneEvent = event;
}, 120_000);
let stageOneEvent: Record<string, unknown>;

afterAll(async () => {
  await github?.close();
  await results?.close();
  await azurite?.stop();
  removeScratchDirs();
  console.log(
    `two-stage: ms per mode ${JSON.stringify(timings)}, GitHub API calls per run ${JSON.stringify(calls)}`,
  );
});
afterEach(() => {
  expect(github.violations.splice(0)).toEqual([]);
  expect(results.problems.splice(0)).toEqual([]);
});

async function run(
  mode: 'measure' | 'comment' | 'release' | 'push' | 'check',
  event: unknown,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  const before = github.requests.length;
  const outcome = await runBundledAction({
    cwd: workspace,
    event,
    env: {
      ...dockerEngine(),
      ...gitIdentity,
      ...results.env,
      GITHUB_EVENT_NAME: {
        measure: 'pull_request',
        comment: 'workflow_run',
        release: 'release',
        push: 'push',
        check: 'pull_request',
      }[mode],
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_SHA: mode === 'comment' ? 'a'.repeat(40) : git(workspace, 'rev-parse', 'HEAD'),
      GITHUB_REF: {
        measure: `refs/pull/${number}/merge`,
        comment: 'refs/heads/main',
        release: 'refs/tags/v2.0.0',
        push: 'refs/heads/main',
        check: `refs/pull/${number}/merge`,
      }[mode],
      GITHUB_API_URL: github.url,
      GITHUB_WORKSPACE: workspace,
    },
    inputs: {
      mode: mode === 'measure' || mode === 'comment' ? mode : 'check',
      'github-token': token,
      ...inputs,
    },
  });
  timings[mode] = [...(timings[mode] ?? []), outcome.ms];
  calls[mode] = [...(calls[mode] ?? []), github.requests.length - before];
  return outcome;
}

/** A run of the double holding the named uploaded artifacts (their zips stay in Azurite). */
let nextRunId = 500;
async function runWith(names: string[], extra: { name: string; zip: Buffer }[] = []): Promise<number> {
  const runId = nextRunId++;
  for (const name of names) {
    const artifact = results.artifacts.find((a) => a.name === name && a.finalized);
    if (!artifact) throw new Error(`no artifact ${name} was uploaded`);
    const zip = await azurite.container.getBlobClient(artifact.blobName).downloadToBuffer();
    github.seedArtifact(owner, repo, runId, name, zip, azurite.signedUrl(artifact.blobName, 'r'));
  }
  for (const { name, zip } of extra) github.seedArtifact(owner, repo, runId, name, zip);
  return runId;
}

const stageTwoEvent = (runId: number, sha = headSha) =>
  workflowRunPayload({ owner, repo, runId, headSha: sha, headRepository: fork });
const ours = () =>
  (github.comments(owner, repo, number) as { id: number; body: string }[]).filter((c) =>
    c.body.startsWith('<!-- tiny-size-gate:'),
  );

describe('two stages: measure on a fork pull request, comment on workflow_run', () => {
  it('stage one: each shard measures its image and uploads its report through @actions/artifact', async () => {
    for (const shard of ['hello', 'http']) {
      const outcome = await run('measure', stageOneEvent, { images: shard, shard });
      expect(outcome.status, outcome.stdout).toBe(0);
      expect(outcome.stdout).toContain(`artifact tiny-size-gate-report-${shard} uploaded`);
    }
    expect(results.artifacts.filter((a) => a.finalized).map((a) => a.name)).toEqual([
      'tiny-size-gate-report-hello',
      'tiny-size-gate-report-http',
    ]);
  });

  it('stage two: one comment naming both shards and one check run; again: the comment updated in place', async () => {
    const runId = await runWith(['tiny-size-gate-report-hello', 'tiny-size-gate-report-http']);
    const first = await run('comment', stageTwoEvent(runId), {});
    expect(first.status, first.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const body = ours()[0]?.body ?? '';
    expect(body).toMatch(/hello/);
    expect(body).toMatch(/http/);
    expect(body).toContain('+10 B');
    expect(github.checkRuns(owner, repo)).toHaveLength(1);
    expect(github.checkRuns(owner, repo)[0]).toMatchObject({ head_sha: headSha, conclusion: 'success' });
    const id = ours()[0]?.id;
    const again = await run('comment', stageTwoEvent(runId), {});
    expect(again.status, again.stdout).toBe(0);
    expect(ours().map((c) => c.id)).toEqual([id]);
  });

  it('a missing shard: the comment names the image no shard measured, the verdict fails', async () => {
    const runId = await runWith(['tiny-size-gate-report-hello']);
    const outcome = await run('comment', stageTwoEvent(runId), {});
    expect(outcome.status).toBe(1);
    expect(outcome.outputs.verdict).toBe('fail');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.body).toMatch(/Not measured by any shard.*<code>http<\/code>/);
    expect(github.checkRuns(owner, repo).at(-1)).toMatchObject({ conclusion: 'failure' });
  });

  it('a tampered artifact (another head sha): nothing is posted, the log says which check failed', async () => {
    const before = { comment: ours()[0]?.body, checks: github.checkRuns(owner, repo).length };
    const artifact = results.artifacts.find((a) => a.name === 'tiny-size-gate-report-hello');
    const zip = await azurite.container.getBlobClient(artifact?.blobName ?? '').downloadToBuffer();
    const { readSingleEntry } = await import('../../src/artifact/index.js');
    const report = JSON.parse(readSingleEntry(zip, 'report.json', 1 << 26).toString());
    report.run.headSha = 'b'.repeat(40);
    const runId = await runWith(
      [],
      [{ name: 'tiny-size-gate-report', zip: await zipOf({ 'report.json': JSON.stringify(report) }) }],
    );
    const outcome = await run('comment', stageTwoEvent(runId), {});
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(
      /::error::.*nothing was written to the pull request: a report measured bbbbbbbbbbbb, not the run's head commit/,
    );
    expect(ours()[0]?.body).toBe(before.comment);
    expect(github.checkRuns(owner, repo)).toHaveLength(before.checks);
  });
});

describe('a published release', () => {
  it('uploads a badge per image and gated metric as release assets, replacing an older one', async () => {
    github.seedReleaseAsset(owner, repo, 3, 'hello-files.svg', Buffer.from('<svg>old</svg>'));
    const event = releasePayload({ owner, repo, id: 3, tag: 'v2.0.0', uploadBase: github.url });
    const outcome = await run('release', event, {});
    expect(outcome.status, outcome.stdout).toBe(0);
    const assets = github.releaseAssets(owner, repo, 3);
    expect(assets.map((asset) => asset.name).sort()).toEqual([
      'hello-files.json',
      'hello-files.svg',
      'http-files.json',
      'http-files.svg',
    ]);
    expect(assets.find((asset) => asset.name === 'hello-files.svg')?.content.toString()).toMatch(
      /<svg[\s\S]*110 B/,
    );
    expect(JSON.parse(outcome.outputs.badges ?? '[]')).toHaveLength(4);
  });
});

describe('size history', () => {
  it('two pushes to the default branch, then a pull request: both entries on the data branch, the trend in the comment', async () => {
    const origin = git(workspace, 'remote', 'get-url', 'origin').replace('file://', '');
    const pushes: string[] = [];
    for (const bytes of [100, 104]) {
      git(origin, 'checkout', '-q', 'main');
      writeFileSync(join(origin, 'hello', 'payload'), 'x'.repeat(bytes));
      git(origin, 'commit', '-q', '--allow-empty', '-am', `hello at ${bytes} B`);
      const sha = git(origin, 'rev-parse', 'HEAD');
      git(workspace, 'fetch', '-q', 'origin', sha);
      git(workspace, 'checkout', '-q', '--detach', sha);
      const outcome = await run('push', pushPayload({ owner, repo, after: sha }), {});
      expect(outcome.status, outcome.stdout).toBe(0);
      pushes.push(sha);
    }
    const history = JSON.parse(
      github.branchFiles(owner, repo, 'tiny-size-gate-data')?.get('history.json')?.toString() ?? '{}',
    );
    expect(history.entries.map((entry: { sha: string }) => entry.sha)).toEqual(pushes);
    git(workspace, 'checkout', '-q', '--detach', `refs/remotes/pull/${number}/head`);
    const outcome = await run('check', stageOneEvent, {});
    expect(outcome.status, outcome.stdout).toBe(0);
    const body = ours()[0]?.body ?? '';
    expect(body).toContain('### Size trend');
    expect(body).toMatch(/this PR +█+.* 110 B ◀/);
  });
});
