/**
 * The size history on the data branch, through the API double (git data and contents endpoints):
 * two pushes to the default branch, then a pull request whose comment shows the trend.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../src/action/index.js';
import { main } from '../../../src/cli/main.js';
import { loadGitHubClient } from '../../../src/github/index.js';
import { emptyHistory, parseHistory, renderTrend, writeHistory } from '../../../src/history/index.js';
import { git } from '../../support/git.js';
import { type GitHubDouble, startGitHubDouble } from '../../support/github-double.js';
import { pullRequestPayload, pushPayload } from '../../support/payloads.js';
import { makeRepo, recordingDeps, writeEvent } from './fakes.js';

// Real git and an HTTP double on a shared machine: a run can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const owner = 'tiny-org';
const repo = 'history-app';
const token = 'ghs_history0123456789';
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
  expect(double.violations.splice(0)).toEqual([]);
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsg-history-'));
  temps.push(dir);
  return dir;
}

async function run(
  event: 'push' | 'pull_request',
  dir: string,
  payload: Record<string, unknown>,
  sha: string,
) {
  const runnerTemp = temp();
  const recorded = recordingDeps(
    {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: runnerTemp,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: await writeEvent(runnerTemp, payload),
      GITHUB_SHA: sha,
      GITHUB_REF: event === 'push' ? 'refs/heads/main' : 'refs/pull/5/merge',
      GITHUB_API_URL: double.url,
    },
    { 'github-token': token, 'working-directory': dir },
  );
  recorded.deps.clock.now = () => Date.parse('2026-12-06T12:00:00Z');
  await runAction(recorded.deps);
  return recorded;
}

describe('size history on a data branch', () => {
  it('two pushes, then a pull request: the branch holds both entries and the comment shows the trend', async () => {
    const { dir, baseSha, headSha } = makeRepo(1000, 1040);
    temps.push(dir);
    // Push 1: main at 1,000 B.
    git(dir, 'checkout', '-q', 'main');
    const first = await run('push', dir, pushPayload({ owner, repo, after: baseSha }), baseSha);
    expect(first.failed).toEqual([]);
    // Push 2: main grows to 1,020 B.
    writeFileSync(join(dir, 'app.size'), '1020');
    git(dir, 'commit', '-q', '-am', 'main grows');
    const second = git(dir, 'rev-parse', 'HEAD');
    await run('push', dir, pushPayload({ owner, repo, after: second, before: baseSha }), second);

    const files = double.branchFiles(owner, repo, 'tiny-size-gate-data');
    const history = parseHistory(files?.get('history.json')?.toString() ?? '', 'history.json');
    expect(history.entries.map((entry) => [entry.sha, entry.images.app?.['linux/amd64']?.files])).toEqual([
      [baseSha, 1000],
      [second, 1020],
    ]);
    expect([...(files?.keys() ?? [])].sort()).toEqual([
      'badges/app-files.json',
      'badges/app-files.svg',
      'history.json',
    ]);
    const log = double.branchLog(owner, repo, 'tiny-size-gate-data');
    expect(log.map((commit) => commit.parents)).toEqual([1, 0]); // an orphan branch, one commit per push

    // The pull request (feature at 1,040 B): its comment shows the trend with its value marked.
    git(dir, 'checkout', '-q', 'feature');
    const pr = pullRequestPayload({ owner, repo, number: 5, baseSha, headSha });
    double.seedPullRequest(owner, repo, pr.pull_request);
    double.setLabels(owner, repo, 5, []);
    const pull = await run('pull_request', dir, pr, headSha);
    expect(pull.failed).toEqual([]);
    const body = (double.comments(owner, repo, 5) as { body: string }[])[0]?.body ?? '';
    expect(body).toContain('### Size trend');
    expect(body).toMatch(new RegExp(`${baseSha.slice(0, 7)} +█+.* 1 kB`));
    expect(body).toMatch(new RegExp(`${second.slice(0, 7)} +█+.* 1.02 kB`));
    expect(body).toMatch(/this PR +█+.* 1.04 kB ◀/);
    expect(pull.summary.join('')).toContain('### Size trend');
  }, 60_000);

  it('two writes that race: the loser reads the new tip and tries again; both entries are kept', async () => {
    const octokit = await loadGitHubClient({ token, baseUrl: double.url });
    const data = { owner, repo: 'race-app', branch: 'tiny-size-gate-data' };
    const entry = (sha: string) => ({ sha, date: '2026-12-06T00:00:00.000Z', images: {} });
    await writeHistory(octokit, data, {
      message: 'first',
      update: (c) => ({ ...c, entries: [entry('a'.repeat(40))] }),
    });
    // Two pushes write at once: both read the same tip; the ref update of one is refused (422).
    const write = (sha: string) =>
      writeHistory(octokit, data, {
        message: sha,
        update: (c) => ({ ...c, entries: [...c.entries, entry(sha)] }),
      });
    const results = await Promise.all([write('c'.repeat(40)), write('d'.repeat(40))]);
    const history = parseHistory(
      double.branchFiles(owner, 'race-app', 'tiny-size-gate-data')?.get('history.json')?.toString() ?? '',
      'history.json',
    );
    expect(results.map((r) => r.attempts).sort()).toEqual([1, 2]);
    expect(history.entries.map((e) => e.sha[0]).sort()).toEqual(['a', 'c', 'd']);
  }, 30_000);

  it('tiny-size-gate history DIR prints the trend from a checkout of the data branch', async () => {
    const dir = temp();
    const history = emptyHistory();
    for (const [sha, files] of [
      ['a', 53],
      ['b', 60],
    ] as const) {
      history.entries.push({
        sha: sha.repeat(40),
        date: '2026-12-06T00:00:00.000Z',
        images: { hello: { 'linux/amd64': { files } } },
      });
    }
    writeFileSync(join(dir, 'history.json'), JSON.stringify(history));
    let out = '';
    let err = '';
    const io = {
      out: (text: string) => {
        out += text;
      },
      err: (text: string) => {
        err += text;
      },
    };
    expect(await main(['history', dir], io)).toBe(0);
    expect(out).toMatch(/^hello linux\/amd64, files\naaaaaaa +█+.* 53 B\nbbbbbbb +█+ +60 B\n$/);
    expect(await main(['history', join(dir, 'missing.json')], io)).toBe(2);
    expect(err).toMatch(/cannot read the size history/);
    process.exitCode = 0;
  });

  it('renderTrend without a pull request shows every image; names are escaped', () => {
    const history = emptyHistory();
    history.entries.push({
      sha: 'a'.repeat(40),
      date: '2026-12-06T00:00:00.000Z',
      images: { '<b>@x</b>': { 'linux/amd64': { files: 53 } } },
    });
    const text = renderTrend(history);
    expect(text).toContain('53 B');
    expect(text).not.toMatch(/<b>|@x/);
  });
});
