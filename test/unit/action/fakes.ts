/**
 * What runAction needs, for unit tests: a log that records every line and refuses nested groups, a
 * fake engine (the real budget loader and gate over sizes read from `<dir>/<image>.size`, so a
 * worktree of another commit measures that commit), an in-memory cache, and real git.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ActionDeps, Place } from '../../../src/action/index.js';
import type { CacheLibrary } from '../../../src/baseline/index.js';
import { loadBudgetFile } from '../../../src/budget/index.js';
import type { CheckRequest, CheckResult } from '../../../src/check.js';
import { evaluate } from '../../../src/gate/index.js';
import { loadGitHubClient } from '../../../src/github/index.js';
import { git } from '../../support/git.js';
import { platform } from '../gate/build-sizes.js';

export interface Line {
  kind: 'info' | 'debug' | 'warning' | 'error' | 'group';
  message: string;
  place?: Place;
}

export interface Recorded {
  deps: ActionDeps;
  lines: Line[];
  outputs: Record<string, string>;
  failed: string[];
  summary: string[];
  checks: CheckRequest[];
  cache: FakeCache;
}

export interface FakeCache extends CacheLibrary {
  entries: Map<string, string>;
  fail?: 'throw' | 'unavailable';
}

export function fakeCache(): FakeCache {
  const cache: FakeCache = {
    entries: new Map(),
    isFeatureAvailable: () => cache.fail !== 'unavailable',
    async restoreCache(paths, key) {
      if (cache.fail === 'throw') throw new Error('cache service unreachable (ECONNREFUSED)');
      const body = cache.entries.get(key);
      if (body === undefined) return undefined;
      await mkdir(dirname(paths[0] as string), { recursive: true });
      await writeFile(paths[0] as string, body);
      return key;
    },
    async saveCache(paths, key) {
      if (cache.fail === 'throw') throw new Error('cache service unreachable (ECONNREFUSED)');
      cache.entries.set(key, await readFile(paths[0] as string, 'utf8'));
      return 1;
    },
  };
  return cache;
}

/** The engine without Docker: the real budget file and gate; each image's `files` from `<image>.size`. */
export async function fakeCheck(request: CheckRequest): Promise<CheckResult> {
  const budget = await loadBudgetFile(request.config);
  const dir = dirname(request.config);
  const images = request.images?.length
    ? budget.images.filter((image) => request.images?.includes(image.name))
    : budget.images;
  const measured = images.map((image) => {
    const bytes = Number(readFileSync(join(dir, `${image.name}.size`), 'utf8'));
    const sizes = {
      source: 'oci:fake',
      references: [],
      platforms: [platform('linux/amd64', { files: { bytes }, layers: 1 })],
      skipped: [],
    };
    return { image, sizes, method: 'read from a fake' };
  });
  const verdict = evaluate(
    measured.map(({ image, sizes }) => ({ image, sizes })),
    { baseline: request.baseline, overrideGrowth: request.overrideGrowth ?? false },
  );
  return { budget, measured, verdict };
}

export function recordingDeps(env: Record<string, string>, inputs: Record<string, string>): Recorded {
  const lines: Line[] = [];
  const outputs: Record<string, string> = {};
  const failed: string[] = [];
  const summary: string[] = [];
  const checks: CheckRequest[] = [];
  const cache = fakeCache();
  let depth = 0;
  const deps: ActionDeps = {
    log: {
      info: (message) => lines.push({ kind: 'info', message }),
      debug: (message) => lines.push({ kind: 'debug', message }),
      warning: (message, place) => lines.push({ kind: 'warning', message, place }),
      error: (message, place) => lines.push({ kind: 'error', message, place }),
      async group(title, run) {
        // The runner does not nest groups: a nested one is a bug this fake makes loud.
        if (depth > 0) throw new Error(`group "${title}" opened inside another`);
        lines.push({ kind: 'group', message: title });
        depth++;
        try {
          return await run();
        } finally {
          depth--;
        }
      },
    },
    outputs: {
      setOutput: (name, value) => {
        outputs[name] = value;
      },
      setFailed: (message) => failed.push(message),
      summary: async (markdown) => void summary.push(markdown),
    },
    env,
    getInput: (name) => inputs[name] ?? '',
    setSecret: () => {},
    github: loadGitHubClient,
    cache: async () => cache,
    artifacts: async () => {
      throw new Error('this test uploads no artifact');
    },
    clock: { now: Date.now, sleep: async () => {} },
    check: async (request) => {
      checks.push(request);
      return fakeCheck(request);
    },
  };
  return { deps, lines, outputs, failed, summary, checks, cache };
}

export function budgetText(names: string[]): string {
  const image = (name: string) =>
    `  ${name}:\n    oci: layout\n    budget:\n      files: 2000B\n    growth:\n      files: 100B\n`;
  return `images:\n${names.map(image).join('')}`;
}

/**
 * A repository: main holds the budget and app at `baseBytes`; `feature` grows it to `headBytes`.
 * Commit dates are fixed, so the same sizes give the same shas in every repository made here; its
 * `origin` is itself, as the merge-base search fetches from origin.
 */
export function makeRepo(
  baseBytes: number,
  headBytes: number,
  images = ['app'],
): { dir: string; baseSha: string; headSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tsg-action-repo-'));
  process.env.GIT_AUTHOR_DATE = '2026-01-01T00:00:00Z';
  process.env.GIT_COMMITTER_DATE = '2026-01-01T00:00:00Z';
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', `file://${dir}`);
  writeFileSync(join(dir, 'tiny-size.yml'), budgetText(images));
  for (const name of images) writeFileSync(join(dir, `${name}.size`), String(baseBytes));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  for (const name of images) writeFileSync(join(dir, `${name}.size`), String(headBytes));
  git(dir, 'commit', '-q', '--allow-empty', '-am', 'grow');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha, headSha };
}

export async function writeEvent(dir: string, payload: unknown): Promise<string> {
  const file = join(dir, 'event.json');
  await writeFile(file, JSON.stringify(payload));
  return file;
}
