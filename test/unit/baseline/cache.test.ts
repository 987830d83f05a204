import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type BaselineCacheOptions,
  baselineCacheKey,
  baselineReportFile,
  type CacheLibrary,
  configHash,
  restoreBaseline,
  saveBaseline,
} from '../../../src/baseline/cache.js';
import { reportSchemaVersion } from '../../../src/report/json.js';
import { sampleReport } from '../../support/cache-report.js';

const sha = 'a'.repeat(40);
const hash = configHash('images: {}\n');

/** A stand-in for @actions/cache that behaves as told and logs the way the library does. */
function fakeCache(behaviour: {
  available?: boolean;
  restore?: (file: string, key: string) => Promise<string | undefined>;
  save?: (file: string, key: string) => Promise<number>;
}): CacheLibrary & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isFeatureAvailable: () => behaviour.available ?? true,
    restoreCache: async (paths: string[], key: string) => {
      calls.push(`restore ${key}`);
      return behaviour.restore?.(paths[0] as string, key);
    },
    saveCache: async (paths: string[], key: string) => {
      calls.push(`save ${key}`);
      return behaviour.save ? behaviour.save(paths[0] as string, key) : 1;
    },
  } as CacheLibrary & { calls: string[] };
}

let dir: string;
let warnings: string[];
let options: Omit<BaselineCacheOptions, 'cache'>;

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'tsg-unit-baseline-')), 'baseline');
  warnings = [];
  options = { sha, configHash: hash, dir, warn: (message) => warnings.push(message) };
});

/** A restore that writes `content` where the library would extract the report. */
const restoring = (content: string | ((file: string) => void)) => async (file: string, key: string) => {
  mkdirSync(dirname(file), { recursive: true });
  if (typeof content === 'string') writeFileSync(file, content);
  else content(file);
  return key;
};

describe('configHash and baselineCacheKey', () => {
  it('is the first 16 hex digits of the sha256 of the bytes', () => {
    // sha256 of the empty string, a published test vector.
    expect(configHash('')).toBe('e3b0c44298fc1c14');
    expect(configHash(new Uint8Array())).toBe('e3b0c44298fc1c14');
  });

  it('names the tool, the report schema, the config and the commit', () => {
    expect(baselineCacheKey(sha.toUpperCase(), hash)).toBe(
      `tiny-size-gate-v${reportSchemaVersion}-${hash}-${sha}`,
    );
  });

  it.each([
    ['a branch name', 'main', hash],
    ['an option', '--all', hash],
    ['a comma', `${sha},x`, hash],
    ['a bad config hash', sha, 'zz'],
  ])('refuses %s', (_name, commit, config) => {
    expect(() => baselineCacheKey(commit, config)).toThrow(/bad sha/);
  });
});

describe('restoreBaseline (its own logic, with a fake cache library)', () => {
  it('returns the restored report and removes the file', async () => {
    const cache = fakeCache({ restore: restoring(JSON.stringify(sampleReport())) });
    expect(await restoreBaseline({ ...options, cache })).toEqual(sampleReport());
    expect(warnings).toEqual([]);
    expect(cache.calls).toEqual([`restore ${baselineCacheKey(sha, hash)}`]);
    expect(() => readFileSync(baselineReportFile(dir))).toThrow();
  });

  it('does not take a file an earlier step left for a restored one', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(baselineReportFile(dir), JSON.stringify(sampleReport()));
    const cache = fakeCache({ restore: async (_file, key) => key });
    expect(await restoreBaseline({ ...options, cache })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/holds no report file/)]);
  });

  it('is silent on a plain miss', async () => {
    expect(await restoreBaseline({ ...options, cache: fakeCache({}) })).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('warns without calling the library when the service is not available', async () => {
    const cache = fakeCache({ available: false });
    expect(await restoreBaseline({ ...options, cache })).toBeUndefined();
    expect(cache.calls).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/not available to this job/)]);
  });

  it('turns what the library logged when it gave up into one warning, and keeps it off stdout', async () => {
    const written: string[] = [];
    const cache = fakeCache({
      restore: async () => {
        process.stdout.write('::warning::Failed to restore: (503) Service Unavailable%0Aretry later\n');
        written.push('done');
        return undefined;
      },
    });
    expect(await restoreBaseline({ ...options, cache })).toBeUndefined();
    expect(written).toEqual(['done']);
    expect(warnings).toEqual([
      `the baseline report of ${sha.slice(0, 12)} (cache key ${baselineCacheKey(sha, hash)}) is not restored: ` +
        'Failed to restore: (503) Service Unavailable\nretry later',
    ]);
  });

  it('warns when the library throws', async () => {
    const cache = fakeCache({
      restore: async () => {
        throw new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable');
      },
    });
    expect(await restoreBaseline({ ...options, cache })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/ACTIONS_RUNTIME_TOKEN/)]);
  });

  it('gives up after the timeout and stops diverting stdout', async () => {
    const original = process.stdout.write;
    const cache = fakeCache({ restore: () => new Promise(() => undefined) });
    expect(await restoreBaseline({ ...options, cache, timeoutMs: 50 })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/did not answer within 0\.05 s/)]);
    expect(process.stdout.write).toBe(original);
  });

  it('ignores an entry found under another key', async () => {
    const cache = fakeCache({
      restore: async (file) => {
        await restoring('{}')(file, 'x');
        return 'other-key';
      },
    });
    expect(await restoreBaseline({ ...options, cache })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/another key, other-key/)]);
  });

  const untrusted: [string, string | ((file: string) => void), RegExp][] = [
    ['not JSON', 'tiny-size-gate', /is not JSON/],
    ['JSON but not a report', '{"tool":"tiny-size-gate"}', /not a valid report: schemaVersion/],
    [
      'over the size limit',
      JSON.stringify(sampleReport()).padEnd(200_000, ' '),
      /over the limit of 100000 B/,
    ],
    ['a directory', (file: string) => mkdirSync(file), /not a regular file/],
  ];

  it.each(
    untrusted,
  )('ignores a restored report that is %s, with a warning', async (_name, content, warning) => {
    const cache = fakeCache({ restore: restoring(content) });
    expect(await restoreBaseline({ ...options, cache, maxBytes: 100_000 })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(warning)]);
  });
});

describe('saveBaseline (its own logic, with a fake cache library)', () => {
  it('caches the report as JSON under its key and removes the file', async () => {
    let saved = '';
    const cache = fakeCache({
      save: async (file) => {
        saved = readFileSync(file, 'utf8');
        return 7;
      },
    });
    expect(await saveBaseline(sampleReport(), { ...options, cache })).toBe(true);
    expect(JSON.parse(saved)).toEqual(sampleReport());
    expect(cache.calls).toEqual([`save ${baselineCacheKey(sha, hash)}`]);
    expect(warnings).toEqual([]);
    expect(() => readFileSync(baselineReportFile(dir))).toThrow();
  });

  it('warns with what the library logged when it returns -1', async () => {
    const cache = fakeCache({
      save: async () => {
        process.stdout.write(
          'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.\n',
        );
        return -1;
      },
    });
    expect(await saveBaseline(sampleReport(), { ...options, cache })).toBe(false);
    expect(warnings).toEqual([
      expect.stringMatching(/is not saved: Failed to save: Unable to reserve cache/),
    ]);
  });

  it('does not save a report that a restore would refuse as too large', async () => {
    const cache = fakeCache({});
    expect(await saveBaseline(sampleReport(), { ...options, cache, maxBytes: 100 })).toBe(false);
    expect(cache.calls).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/over the 100 B a restore accepts/)]);
  });

  it('warns, and does not throw, for a sha that is not one', async () => {
    const cache = fakeCache({});
    expect(await saveBaseline(sampleReport(), { ...options, sha: '', cache })).toBe(false);
    expect(await restoreBaseline({ ...options, sha: 'HEAD', cache })).toBeUndefined();
    expect(cache.calls).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/not saved: .*bad sha/),
      expect.stringMatching(/not restored: .*bad sha/),
    ]);
  });

  it('warns when the service is not available', async () => {
    const cache = fakeCache({ available: false });
    expect(await saveBaseline(sampleReport(), { ...options, cache })).toBe(false);
    expect(cache.calls).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/is not saved: .*not available/)]);
  });
});
