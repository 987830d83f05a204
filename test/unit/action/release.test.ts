/** On a published release: badges written, uploaded as release assets, an older asset of the same name replaced. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../src/action/index.js';
import { git } from '../../support/git.js';
import { type GitHubDouble, startGitHubDouble } from '../../support/github-double.js';
import { releasePayload } from '../../support/payloads.js';
import { makeRepo, recordingDeps, writeEvent } from './fakes.js';

// Real git and an HTTP double on a shared machine: a run can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const owner = 'tiny-org';
const repo = 'tiny-app';
const releaseId = 77;
let double: GitHubDouble;
const temps: string[] = [];
beforeAll(async () => {
  double = await startGitHubDouble();
});
afterAll(async () => {
  await double.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function release(token = 'ghs_release0123456789') {
  const { dir } = makeRepo(1000, 1050);
  const runnerTemp = mkdtempSync(join(tmpdir(), 'tsg-release-'));
  temps.push(dir, runnerTemp);
  const payload = releasePayload({ owner, repo, id: releaseId, tag: 'v1.2.0', uploadBase: double.url });
  const recorded = recordingDeps(
    {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: runnerTemp,
      GITHUB_EVENT_NAME: 'release',
      GITHUB_EVENT_PATH: await writeEvent(runnerTemp, payload),
      GITHUB_SHA: git(dir, 'rev-parse', 'HEAD'),
      GITHUB_REF: 'refs/tags/v1.2.0',
      GITHUB_API_URL: double.url,
    },
    { 'github-token': token, 'working-directory': dir },
  );
  await runAction(recorded.deps);
  return recorded;
}

describe('release badges', () => {
  it('uploads an SVG and a shields endpoint per gated metric, replacing an older asset of that name', async () => {
    double.seedReleaseAsset(owner, repo, releaseId, 'app-files.svg', Buffer.from('<svg>old</svg>'));
    double.seedReleaseAsset(owner, repo, releaseId, 'notes.txt', Buffer.from('kept'));
    const run = await release();
    expect(run.failed).toEqual([]);
    expect(double.violations.splice(0)).toEqual([]);
    const assets = double.releaseAssets(owner, repo, releaseId);
    expect(assets.map((asset) => asset.name).sort()).toEqual([
      'app-files.json',
      'app-files.svg',
      'notes.txt',
    ]);
    const svg = assets.find((asset) => asset.name === 'app-files.svg');
    expect(svg?.content.toString()).toMatch(/<svg[\s\S]*1\.05 kB/);
    expect(svg?.contentType).toBe('image/svg+xml');
    expect(JSON.parse(assets.find((a) => a.name === 'app-files.json')?.content.toString() ?? '')).toEqual({
      schemaVersion: 1,
      label: 'app files',
      message: '1.05 kB',
      color: 'brightgreen',
    });
    const paths = JSON.parse(run.outputs.badges ?? '[]') as string[];
    expect(paths.map((path) => path.split('/').pop())).toEqual(['app-files.svg', 'app-files.json']);
    expect(paths.every((path) => existsSync(path))).toBe(true);
    expect(readFileSync(paths[0] as string, 'utf8')).toBe(svg?.content.toString());
  });

  it('an upload that fails is a warning: the sizes decide the step', async () => {
    const readOnly = 'ghs_readonlyrelease0123';
    double.markReadOnly(readOnly);
    const run = await release(readOnly);
    double.violations.splice(0);
    expect(run.failed).toEqual([]);
    expect(
      run.lines
        .filter((l) => l.kind === 'warning')
        .map((l) => l.message)
        .join('\n'),
    ).toMatch(/badges were not uploaded to release v1\.2\.0: .*403|not accessible/s);
    expect(run.outputs.badges).toBeTruthy();
  });
});
