/**
 * Two runs of the action on one pull request at once (a re-run while the first still runs, or two
 * workflows gating the same images), end to end as the runner runs it: `node dist/index.js` twice,
 * started together, each in its own checkout of the same pull request (two runners) with the same
 * real `pull_request` payload, against one GitHub API double (every request checked against
 * GitHub's OpenAPI description) and the one real Docker engine building both merge-bases and heads.
 * The double holds the requests so that the race is real, not left to timing: both runs list the
 * comments (none yet), then both create one; what is left must be one comment, whole.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { type ActionRun, runBundledAction } from '../support/action-run.js';
import { git, gitIdentity } from '../support/git.js';
import { type GitHubDouble, startGitHubDouble } from '../support/github-double.js';
import { type Payload, pullRequestPayload } from '../support/payloads.js';
import {
  danglingImages,
  dockerEngine,
  removeNewDanglingImages,
  removeScratchDirs,
  requireTool,
  scratchDir,
} from './real.js';

const owner = 'tiny-org';
const repo = 'tiny-app';
const token = 'ghs_racetoken0123456789';
const marker = commentMarker('default');

const budget = `images:
  app:
    context: app
    budget:
      files: 10kB
    growth:
      files: 100B
    builder: docker
`;

interface PullRequest {
  number: number;
  event: Payload;
  /** Two checkouts of the pull request's merge commit, as two runners' actions/checkout leave them. */
  workspaces: [string, string];
}

/** origin: main with the budget and a `baseBytes` payload, `feature` at `headBytes`, refs/pull/N like GitHub. */
function pullRequest(number: number, baseBytes: number, headBytes: number): PullRequest {
  const origin = scratchDir('tsg-race-origin-');
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  mkdirSync(join(origin, 'app'));
  writeFileSync(join(origin, 'app', 'Dockerfile'), 'FROM scratch\nCOPY . /srv/\n');
  writeFileSync(join(origin, 'tiny-size.yml'), budget);
  const commit = (bytes: number, message: string) => {
    writeFileSync(join(origin, 'app', 'payload'), 'x'.repeat(bytes));
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', message);
    return git(origin, 'rev-parse', 'HEAD');
  };
  const baseSha = commit(baseBytes, 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  const headSha = commit(headBytes, 'change the payload');
  git(origin, 'checkout', '-q', '--detach', baseSha);
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature', headSha);
  git(origin, 'update-ref', `refs/pull/${number}/head`, headSha);
  git(origin, 'update-ref', `refs/pull/${number}/merge`, git(origin, 'rev-parse', 'HEAD'));
  git(origin, 'checkout', '-q', 'main');
  const checkout = () => {
    const dir = scratchDir('tsg-race-workspace-');
    git(dir, 'init', '-q');
    git(dir, 'remote', 'add', 'origin', `file://${origin}`);
    const ref = `refs/pull/${number}/merge`;
    git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/pull/${number}/merge`);
    git(dir, 'checkout', '-q', '--detach', `refs/remotes/pull/${number}/merge`);
    return dir;
  };
  const event = pullRequestPayload({ owner, repo, number, baseSha, headSha });
  return { number, event, workspaces: [checkout(), checkout()] };
}

let github: GitHubDouble;
let dangling: Set<string>;
const timings: number[] = [];

beforeAll(async () => {
  requireTool('git');
  dockerEngine();
  dangling = danglingImages();
  github = await startGitHubDouble();
});
afterAll(async () => {
  await github?.close();
  removeScratchDirs();
  if (dangling) removeNewDanglingImages(dangling);
  console.log(`pull-request race: ms per pair of runs ${JSON.stringify(timings)}`);
});
afterEach(() => {
  expect(github.violations.splice(0)).toEqual([]);
});

function run(pr: PullRequest, workspace: string): Promise<ActionRun> {
  return runBundledAction({
    cwd: workspace,
    event: pr.event,
    env: {
      ...dockerEngine(),
      ...gitIdentity,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD'),
      GITHUB_REF: `refs/pull/${pr.number}/merge`,
      GITHUB_API_URL: github.url,
      GITHUB_WORKSPACE: workspace,
    },
    inputs: { 'github-token': token, config: 'tiny-size.yml', 'working-directory': '.' },
  });
}

/**
 * Both runs of `pr` at once. The double holds the first listing of the comments until both runs
 * have asked (neither finds a comment), then holds the creations until both have sent theirs.
 */
async function race(
  pr: PullRequest,
): Promise<{ runs: [ActionRun, ActionRun]; listed: number; created: number }> {
  const comments = new RegExp(`^/repos/${owner}/${repo}/issues/${pr.number}/comments$`);
  const listed = github.barrier({ method: 'GET', path: comments }, 2);
  const created = github.barrier({ method: 'POST', path: comments }, 2);
  const started = Date.now();
  const runs = await Promise.all([run(pr, pr.workspaces[0]), run(pr, pr.workspaces[1])]);
  timings.push(Date.now() - started);
  return { runs, listed: await listed, created: await created };
}

function ours(pr: PullRequest): { id: number; body: string; html_url: string }[] {
  return (github.comments(owner, repo, pr.number) as { id: number; body: string; html_url: string }[]).filter(
    (comment) => comment.body.includes('tiny-size-gate:'),
  );
}

/** Comment requests of the pull request since `from`, as "METHOD status". */
function commentCalls(pr: PullRequest, from: number): string[] {
  return github.requests
    .slice(from)
    .filter((r) => new RegExp(`/issues/(${pr.number}/)?comments`).test(r.path))
    .map((r) => `${r.method} ${r.status}`);
}

/** The comments written since `from` (created or updated), in the order the double answered. */
function commentWrites(from: number): { method: string; body: string }[] {
  return github.requests
    .slice(from)
    .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && /\/comments(\/\d+)?$/.test(r.path))
    .map((r) => ({ method: r.method, body: (r.body as { body: string }).body }));
}

describe('two runs of the action on one pull request at once', () => {
  it('growth within the allowance: both pass, one comment is left, whole, the oldest, both runs link to it', async () => {
    const pr = pullRequest(31, 1000, 1050);
    github.seedPullRequest(owner, repo, pr.event.pull_request);
    const [chatter] = github.seedComments(owner, repo, pr.number, ['looks good to me']);
    const from = github.requests.length;
    const { runs, listed, created } = await race(pr);
    // The race happened: both listed before either created, and both created.
    expect([listed, created]).toEqual([2, 2]);
    for (const outcome of runs) {
      expect(outcome.status, outcome.stdout).toBe(0);
      expect(outcome.outputs.verdict).toBe('pass');
      expect(outcome.outputs['baseline-source']).toBe('rebuild');
      expect(outcome.stdout).not.toMatch(/::warning::the pull request comment was not written/);
    }
    const left = ours(pr);
    expect(left).toHaveLength(1);
    const [kept] = left;
    expect(kept?.body.startsWith(`${marker}\n`)).toBe(true);
    expect(kept?.body.split(marker)).toHaveLength(2);
    expect(kept?.body).toContain('+50 B'); // 1,050 − 1,000 bytes of payload
    // The other user's comment is untouched; the kept one is the first created (the next id).
    expect(github.comments(owner, repo, pr.number).map((c) => c.body)).toEqual([
      'looks good to me',
      kept?.body,
    ]);
    expect(kept?.id).toBe(chatter.id + 1);
    expect(runs.map((outcome) => outcome.outputs['comment-url'])).toEqual([kept?.html_url, kept?.html_url]);
    // One run deleted the extra comment; the other found it gone (404) or no longer listed.
    expect(commentCalls(pr, from).filter((call) => call === 'DELETE 204')).toHaveLength(1);
    // Whole: the body left is the last one written, and exactly the body one of the runs made.
    const writes = commentWrites(from);
    expect(writes.filter((w) => w.method === 'POST')).toHaveLength(2);
    expect(kept?.body).toBe(writes.at(-1)?.body);
    expect(writes.filter((w) => w.method === 'POST').map((w) => w.body)).toContain(kept?.body);
  });

  it('growth over the allowance: both fail the check with the annotation, one comment is left with the failure', async () => {
    const pr = pullRequest(32, 1000, 1500);
    github.seedPullRequest(owner, repo, pr.event.pull_request);
    const from = github.requests.length;
    const { runs, listed, created } = await race(pr);
    expect([listed, created]).toEqual([2, 2]);
    for (const outcome of runs) {
      expect(outcome.status, outcome.stdout).toBe(1);
      expect(outcome.outputs.verdict).toBe('fail');
      // tiny-size.yml line 7 is `files: 100B` under `growth:`.
      expect(outcome.stdout).toMatch(/::error title=tiny-size-gate,file=tiny-size\.yml,line=7,col=\d+::/);
      expect(outcome.summary).toContain('+500 B');
    }
    const left = ours(pr);
    expect(left).toHaveLength(1);
    expect(left[0]?.body).toMatch(/❌/);
    expect(left[0]?.body).toBe(commentWrites(from).at(-1)?.body);
    expect(left[0]?.body).toContain('+500 B');
    expect(runs.map((outcome) => outcome.outputs['comment-url'])).toEqual([
      left[0]?.html_url,
      left[0]?.html_url,
    ]);
  });
});
