/**
 * A pull request end to end, as the runner runs the action: `node dist/index.js` with INPUT_*
 * variables, a real `pull_request` payload from @octokit/webhooks-examples, the GitHub API double
 * (every request checked against GitHub's OpenAPI description), a real git repository with a base
 * and a pull request branch checked out the way actions/checkout does, and the real Docker engine
 * building both the head and the merge-base.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { git, gitIdentity } from '../support/git.js';
import { type GitHubDouble, startGitHubDouble } from '../support/github-double.js';
import { dockerEngine, repoRoot, requireTool, tempDir } from './real.js';

const owner = 'tiny-org';
const repo = 'tiny-app';
const number = 7;
const token = 'ghs_pullrequesttoken0123456789';

const budget = `images:
  app:
    context: app
    budget:
      files: 10kB
    growth:
      files: 100B
    builder: docker
`;

/** Commits the app's payload at `bytes` bytes (a file name with markup, to prove the comment escapes it). */
function commitPayload(dir: string, bytes: number, message: string): string {
  writeFileSync(join(dir, 'app', 'pay|load`@someone<img>'), 'x'.repeat(bytes));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

interface Pr {
  origin: string;
  baseSha: string;
  headSha: string;
}

/** origin: main with the budget and a 1,000-byte payload; `feature` grows it; refs/pull/N like GitHub. */
function makeOrigin(baseBytes: number, headBytes: number): Pr {
  const origin = tempDir('tsg-pr-origin-');
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  mkdirSync(join(origin, 'app'));
  writeFileSync(join(origin, 'app', 'Dockerfile'), 'FROM scratch\nCOPY . /srv/\n');
  writeFileSync(join(origin, 'tiny-size.yml'), budget);
  const baseSha = commitPayload(origin, baseBytes, 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  const headSha = commitPayload(origin, headBytes, 'grow the payload');
  git(origin, 'checkout', '-q', '--detach', baseSha);
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature', headSha);
  git(origin, 'update-ref', `refs/pull/${number}/head`, headSha);
  git(origin, 'update-ref', `refs/pull/${number}/merge`, git(origin, 'rev-parse', 'HEAD'));
  git(origin, 'checkout', '-q', 'main');
  return { origin, baseSha, headSha };
}

/** What actions/checkout leaves for a pull request: a shallow, detached merge commit with an origin. */
function checkout(pr: Pr): string {
  const dir = tempDir('tsg-pr-workspace-');
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${pr.origin}`);
  git(
    dir,
    'fetch',
    '-q',
    '--no-tags',
    '--depth=1',
    'origin',
    `+refs/pull/${number}/merge:refs/remotes/pull/${number}/merge`,
  );
  git(dir, 'checkout', '-q', '--detach', `refs/remotes/pull/${number}/merge`);
  return dir;
}

/** A real `pull_request` payload, pointed at our repository, commits and labels. */
function payload(pr: Pr, labels: string[]): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const example = index
    .find((entry) => entry.name === 'pull_request')
    ?.examples.find((e) => e.action === 'opened');
  if (!example) throw new Error('no pull_request.opened example in @octokit/webhooks-examples');
  // biome-ignore lint/suspicious/noExplicitAny: a webhook payload edited field by field
  const event = structuredClone(example) as Record<string, any>;
  const repository = {
    ...event.repository,
    name: repo,
    full_name: `${owner}/${repo}`,
    default_branch: 'main',
  };
  repository.owner = { ...repository.owner, login: owner };
  event.repository = repository;
  event.number = number;
  const pull = event.pull_request;
  pull.number = number;
  pull.labels = labels.map((name, id) => ({ id, name, color: 'ededed', default: false }));
  pull.base = { ...pull.base, ref: 'main', sha: pr.baseSha, repo: repository };
  pull.head = { ...pull.head, ref: 'feature', sha: pr.headSha, repo: repository };
  pull.auto_merge ??= null; // the REST API always has it; some webhook examples leave it out
  return event;
}

let double: GitHubDouble;

beforeAll(async () => {
  requireTool('git');
  dockerEngine();
  double = await startGitHubDouble();
});
afterAll(() => double?.close());
afterEach(() => {
  expect(double.violations).toEqual([]);
});

interface ActionRun {
  status: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

async function runAction(
  workspace: string,
  event: Record<string, unknown>,
  inputs: Record<string, string> = {},
  overrides: Record<string, string> = {},
): Promise<ActionRun> {
  const out = tempDir('tsg-pr-run-');
  const files = {
    event: join(out, 'event.json'),
    output: join(out, 'output'),
    summary: join(out, 'summary.md'),
  };
  writeFileSync(files.event, JSON.stringify(event));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    ...dockerEngine(),
    ...gitIdentity,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD'),
    GITHUB_REF: `refs/pull/${number}/merge`,
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: out,
    ...overrides,
  };
  const all = { 'github-token': token, config: 'tiny-size.yml', 'working-directory': '.', ...inputs };
  for (const [name, value] of Object.entries(all))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  // Asynchronous: the API double answers from this process's event loop.
  const child = spawn(process.execPath, [join(repoRoot, 'dist/index.js')], { cwd: workspace, env });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[match[1] as string] = match[3] as string;
  }
  return { status, stdout, summary: readFileSync(files.summary, 'utf8'), outputs };
}

function ourComments(): { id: number; body: string }[] {
  return double.comments(owner, repo, number) as unknown as { id: number; body: string }[];
}

describe('a pull request, through the bundled action', () => {
  let workspace: string;
  let event: Record<string, unknown>;

  it('first run: rebuilds the merge-base, gates growth within the allowance, creates the comment', async () => {
    const pr = makeOrigin(1000, 1050);
    workspace = checkout(pr);
    event = payload(pr, []);
    double.seedPullRequest(owner, repo, event.pull_request as Record<string, unknown> as never);

    const run = await runAction(workspace, event);
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['baseline-source']).toBe('rebuild');
    const comments = ourComments();
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toMatch(/^<!-- tiny-size-gate:default -->/);
    expect(body).toContain('+50 B'); // 1,050 − 1,000 bytes of payload
    expect(run.outputs['comment-url']).toMatch(/\/pull\/7#issuecomment-\d+$/);
    // The file name's markup is inert: no raw mention, tag or code span survives.
    expect(body).not.toMatch(/@someone|<img>|`@/);
    // The token appears only in the runner's mask command, which hides it everywhere else.
    expect(run.stdout.replaceAll(`::add-mask::${token}`, '')).not.toContain(token.slice(4));
  });

  it('second run: updates the same comment in place', async () => {
    const before = ourComments();
    const run = await runAction(workspace, event);
    expect(run.status, run.stdout).toBe(0);
    const after = ourComments();
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(before[0]?.id);
  });

  it('a growth over the allowance fails the check, with an error annotation on the growth line', async () => {
    const pr = makeOrigin(1000, 1500);
    workspace = checkout(pr);
    event = payload(pr, []);
    double.seedPullRequest(owner, repo, event.pull_request as never);
    const run = await runAction(workspace, event);
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    // tiny-size.yml line 7 is `files: 100B` under `growth:`.
    expect(run.stdout).toMatch(/::error title=tiny-size-gate,file=tiny-size\.yml,line=7,col=\d+::/);
    expect(run.summary).toContain('+500 B');
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toMatch(/❌/);
  });

  it('the override label turns the growth failure into a warning, and the comment says so', async () => {
    double.setLabels(owner, repo, number, ['size-increase-approved']);
    const run = await runAction(workspace, event);
    double.setLabels(owner, repo, number, []);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning title=tiny-size-gate,file=tiny-size\.yml,line=7/);
    expect(ourComments()[0]?.body).toContain('size&#45;increase&#45;approved');
  });

  it('a read-only token (a fork): the summary has the report, a warning explains, the gate decides', async () => {
    double.markReadOnly(token);
    const run = await runAction(workspace, event);
    expect(run.status).toBe(1); // the growth failure, not the 403
    expect(run.summary).toContain('+500 B');
    expect(run.stdout).toMatch(/::warning::.*read-only/i);
    expect(run.stdout).not.toMatch(/^\s+at /m);
  });

  it('under pull_request_target, refuses to build a checkout that is not the base branch', async () => {
    const run = await runAction(
      workspace,
      event,
      {},
      {
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_SHA: (event.pull_request as { base: { sha: string } }).base.sha,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/refusing to build commit [0-9a-f]{12} under pull_request_target/);
    expect(run.stdout).not.toContain('Measure app'); // nothing was built
  });
});
