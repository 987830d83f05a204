/**
 * The baseline cache path with the real @actions/cache library: its Twirp calls go to a local double
 * of the cache service (test/support/cache-service.ts), its uploads and downloads to Azurite, its
 * archives through the real tar and zstd.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as actionsCache from '@actions/cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  baselineCacheKey,
  baselineReportFile,
  configHash,
  maxBaselineBytes,
  restoreBaseline,
  saveBaseline,
} from '../../src/baseline/cache.js';
import { obtainBaseline } from '../../src/baseline/index.js';
import { type CheckReport, reportSchemaVersion } from '../../src/report/json.js';
import { type Azurite, startAzurite } from '../support/cache-azurite.js';
import { sampleReport } from '../support/cache-report.js';
import { type CacheServiceDouble, startCacheService } from '../support/cache-service.js';
import { requireTool, tempDir } from './real.js';

const cleared = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
];
const hash = configHash('images:\n  hello:\n    context: examples/hello\n');
const newSha = () => randomBytes(20).toString('hex');

let azurite: Azurite;
let service: CacheServiceDouble;
let savedEnv: Record<string, string | undefined>;
let dir: string;
let warnings: string[];
const warn = (message: string) => warnings.push(message);

beforeAll(async () => {
  requireTool('tar');
  requireTool('zstd');
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

beforeEach(async () => {
  service = await startCacheService(azurite);
  const root = tempDir('tsg-baseline-cache-');
  dir = join(root, 'runner-temp', 'tiny-size-gate-baseline');
  const env: Record<string, string> = {
    ...service.env,
    GITHUB_WORKSPACE: join(root, 'workspace'),
    RUNNER_TEMP: join(root, 'runner-temp'),
  };
  mkdirSync(env.GITHUB_WORKSPACE as string, { recursive: true });
  savedEnv = Object.fromEntries([...Object.keys(env), ...cleared].map((name) => [name, process.env[name]]));
  for (const name of cleared) delete process.env[name];
  Object.assign(process.env, env);
  warnings = [];
});

afterEach(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await service.close();
  expect(service.problems).toEqual([]);
});

/** What the pull request's job does: the cache, else the rebuild (a fake that records its calls). */
async function pullRequestBaseline(sha: string, options: { timeoutMs?: number } = {}) {
  const rebuilt: string[] = [];
  const result = await obtainBaseline({
    sha,
    restore: (commit) => restoreBaseline({ sha: commit, configHash: hash, warn, dir, ...options }),
    rebuild: async (commit) => {
      rebuilt.push(commit);
      return { ...sampleReport(), config: 'rebuilt' };
    },
    warn,
  });
  return { result, rebuilt };
}

/** Another workflow writing anything under our key, with the same library. */
async function poison(sha: string, write: (file: string) => void): Promise<void> {
  const file = baselineReportFile(dir);
  mkdirSync(dir, { recursive: true });
  write(file);
  const id = await actionsCache.saveCache([file], baselineCacheKey(sha, hash));
  expect(id).toBeGreaterThan(0);
}

describe('baseline cache with @actions/cache, the cache service double and Azurite', () => {
  it('saves on a push and restores the same report on the pull request', async () => {
    const sha = newSha();
    const report = sampleReport();

    expect(await saveBaseline(report, { sha, configHash: hash, warn, dir })).toBe(true);
    expect(warnings).toEqual([]);
    expect(existsSync(baselineReportFile(dir))).toBe(false);

    const key = `tiny-size-gate-v${reportSchemaVersion}-${hash}-${sha}`;
    expect(service.entries.map(({ key, finalized }) => ({ key, finalized }))).toEqual([
      { key, finalized: true },
    ]);

    // What is in the blob store, read with Azure's SDK, unzstd and tar rather than the library.
    const entry = service.entries[0];
    const archive = join(tempDir('tsg-baseline-blob-'), 'cache.tzst');
    await azurite.container.getBlobClient(entry?.blobName ?? '').downloadToFile(archive);
    const stored = execFileSync('tar', ['--use-compress-program', 'zstd -d', '-P', '-xOf', archive], {
      encoding: 'utf8',
    });
    expect(JSON.parse(stored)).toEqual(report);

    const { result, rebuilt } = await pullRequestBaseline(sha);
    expect(warnings).toEqual([]);
    expect(rebuilt).toEqual([]);
    expect(result.source).toBe('cache');
    expect(result.report).toEqual(report);
    expect(service.requests.map((request) => request.method)).toEqual([
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL',
    ]);
    expect(service.requests.every((request) => request.body.key === key)).toBe(true);
  });

  it('restores nothing for a commit no push saved, and asks for a rebuild', async () => {
    await saveBaseline(sampleReport(), { sha: newSha(), configHash: hash, warn, dir });
    const unknown = newSha();

    const { result, rebuilt } = await pullRequestBaseline(unknown);
    expect(warnings).toEqual([]);
    expect(rebuilt).toEqual([unknown]);
    expect(result.source).toBe('rebuild');
    expect(result.report?.config).toBe('rebuilt');
    expect(service.requests.at(-1)).toMatchObject({
      method: 'GetCacheEntryDownloadURL',
      body: { key: baselineCacheKey(unknown, hash) },
    });
  });

  it('warns and rebuilds when the cache service answers 500 (after the library retried)', async () => {
    service.behave('GetCacheEntryDownloadURL', { kind: 'status', status: 500 });
    const sha = newSha();

    const { result, rebuilt } = await pullRequestBaseline(sha);
    expect(result.source).toBe('rebuild');
    expect(rebuilt).toEqual([sha]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/is not restored: .*\(500\)/);
    expect(service.requests.filter((r) => r.method === 'GetCacheEntryDownloadURL').length).toBeGreaterThan(1);
  }, 120_000);

  it('warns and rebuilds when the cache service never answers, within the timeout', async () => {
    service.behave('GetCacheEntryDownloadURL', { kind: 'hang' });
    const sha = newSha();

    const started = Date.now();
    const { result, rebuilt } = await pullRequestBaseline(sha, { timeoutMs: 1500 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(10_000);
    expect(result.source).toBe('rebuild');
    expect(rebuilt).toEqual([sha]);
    expect(warnings).toEqual([expect.stringMatching(/did not answer within 1\.5 s/)]);
    expect(service.requests.map((r) => r.method)).toEqual(['GetCacheEntryDownloadURL']);
  });

  it('warns when the service refuses to save (another run reserved the key)', async () => {
    const sha = newSha();
    expect(await saveBaseline(sampleReport(), { sha, configHash: hash, warn, dir })).toBe(true);
    expect(await saveBaseline(sampleReport(), { sha, configHash: hash, warn, dir })).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/is not saved: .*Unable to reserve cache/)]);
    expect(service.entries).toHaveLength(1);
  });

  it('warns when the service answers 500 to a save, and does not throw', async () => {
    service.behave('FinalizeCacheEntryUpload', { kind: 'status', status: 500 });
    expect(await saveBaseline(sampleReport(), { sha: newSha(), configHash: hash, warn, dir })).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/is not saved: .*\(500\)/)]);
  }, 120_000);

  it('warns without calling the service when ACTIONS_RESULTS_URL is missing', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const sha = newSha();
    expect(await saveBaseline(sampleReport(), { sha, configHash: hash, warn, dir })).toBe(false);
    const { result, rebuilt } = await pullRequestBaseline(sha);
    expect(result.source).toBe('rebuild');
    expect(rebuilt).toEqual([sha]);
    expect(warnings).toEqual([
      expect.stringMatching(/is not saved: .*ACTIONS_RESULTS_URL/),
      expect.stringMatching(/is not restored: .*ACTIONS_RESULTS_URL/),
    ]);
    expect(service.requests).toEqual([]);
  });

  const tampered: { name: string; write: (file: string) => void; warning: RegExp }[] = [
    {
      name: 'not JSON',
      write: (file) => writeFileSync(file, '{"tool": "tiny-size-gate",'),
      warning: /is not JSON/,
    },
    {
      name: 'JSON of the wrong shape',
      write: (file) => {
        const report = sampleReport() as unknown as { images: { sizes: { platforms: unknown } }[] };
        (report.images[0] as { sizes: { platforms: unknown } }).sizes.platforms = 'linux/amd64';
        writeFileSync(file, JSON.stringify(report));
      },
      warning: /not a valid report: images\.0\.sizes\.platforms/,
    },
    {
      name: 'a report of negative sizes',
      write: (file) => {
        const report: CheckReport = sampleReport();
        const platform = report.images[0]?.sizes.platforms[0];
        if (platform) platform.sizes.files.bytes = -62;
        writeFileSync(file, JSON.stringify(report));
      },
      warning: /not a valid report: images\.0\.sizes\.platforms\.0\.sizes\.files\.bytes/,
    },
    {
      name: 'a valid report padded over 64 MiB',
      write: (file) => writeFileSync(file, JSON.stringify(sampleReport()) + ' '.repeat(maxBaselineBytes)),
      warning: /over the limit of 67108864 B/,
    },
    {
      name: 'a symlink to another file',
      write: (file) => symlinkSync('/etc/passwd', file),
      warning: /not a regular file/,
    },
  ];

  it.each(
    tampered,
  )('ignores a cached report that is $name, with a warning, and rebuilds', async (poisoned) => {
    const sha = newSha();
    await poison(sha, poisoned.write);

    const { result, rebuilt } = await pullRequestBaseline(sha);
    expect(result.source).toBe('rebuild');
    expect(rebuilt).toEqual([sha]);
    expect(warnings).toEqual([expect.stringMatching(poisoned.warning)]);
  });
});
