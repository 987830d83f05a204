/**
 * The baseline report in the GitHub Actions cache: saved on a push to the default branch, restored
 * by a pull request for its merge-base. The cache is an optimisation: every failure of it is a
 * warning handed to the caller and "no baseline", never a thrown error or a failed check.
 *
 * The key: `tiny-size-gate-v<report schema>-<config hash>-<commit sha>`.
 * - The sha is the commit the report measures (a push's sha; a pull request's merge-base).
 * - The config hash is a sha256 of the budget file's bytes *as committed at that sha* (see
 *   budgetFileHashAt). A report depends on the sha and on which budget file was checked (a
 *   repository may gate several); the file's content at the sha identifies the latter. Taking it
 *   at the sha, on both sides, means a pull request that edits the budget file still finds its
 *   merge-base's report: it hashes the base's budget file, not its own. Keying by the sha alone
 *   would let two budget files of one repository overwrite each other's baselines.
 * - The schema version retires old entries when the report's shape changes.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type * as actionsCache from '@actions/cache';
import { writeFileAtomic } from '../atomic-write.js';
import { TinySizeError } from '../errors.js';
import { git, isCommitSha } from '../git.js';
import { type CheckReport, reportSchemaVersion, validateCheckReport } from '../report/index.js';
import { divertCacheLog } from './actions-log.js';

/**
 * The parts of @actions/cache used here, so tests of this module's own logic can pass a fake.
 * The library itself is loaded on first use (it brings the Azure storage client along).
 */
export type CacheLibrary = Pick<typeof actionsCache, 'isFeatureAvailable' | 'restoreCache' | 'saveCache'>;

/** A restored report larger than this is refused unread: it is untrusted input. */
export const maxBaselineBytes = 64 * 1024 * 1024;
/** @actions/cache has no overall timeout (3 min per request, 5 attempts), so we bound it. */
export const defaultCacheTimeoutMs = 60_000;

export interface BaselineCacheOptions {
  /** The commit the report measures. */
  sha: string;
  /** configHash() of the budget file as committed at `sha` (budgetFileHashAt). */
  configHash: string;
  /** Receives every cache failure, one sentence each. */
  warn: (message: string) => void;
  /** The directory the report file is cached from and restored to; part of the cache version. */
  dir?: string;
  timeoutMs?: number;
  maxBytes?: number;
  cache?: CacheLibrary;
}

/** A short sha256 (16 hex digits) of the budget file's bytes. */
export function configHash(budgetFile: Uint8Array | string): string {
  return createHash('sha256').update(budgetFile).digest('hex').slice(0, 16);
}

/** configHash() of `file` as committed at `sha`, read with `git show` (not from the working tree). */
export async function budgetFileHashAt(file: string, sha: string): Promise<string> {
  if (!isCommitSha(sha)) throw new TinySizeError(`\`${sha}\` is not a commit sha`, { file });
  try {
    // `<sha>:./<name>` is resolved relative to the working directory, so the file's own directory.
    return configHash(await git(dirname(file), ['show', `${sha}:./${basename(file)}`]));
  } catch (error) {
    throw new TinySizeError(`the budget file is not in commit ${sha}`, {
      file,
      fix: 'commit the budget file; a baseline is looked up by the budget file as committed at the merge-base',
      cause: error,
    });
  }
}

export function baselineCacheKey(sha: string, configHash: string): string {
  if (!isCommitSha(sha) || !/^[0-9a-f]{16}$/.test(configHash)) {
    throw new Error(
      `baselineCacheKey: bad sha ${JSON.stringify(sha)} or config hash ${JSON.stringify(configHash)}`,
    );
  }
  return `tiny-size-gate-v${reportSchemaVersion}-${configHash}-${sha.toLowerCase()}`;
}

/** Saves the report under its key. Returns whether it was saved; failures go to `warn`. */
export async function saveBaseline(report: CheckReport, options: BaselineCacheOptions): Promise<boolean> {
  const key = keyOrWarn(options, 'saved');
  if (key === undefined) return false;
  const cache = options.cache ?? (await import('@actions/cache'));
  const what = `the baseline report of ${short(options.sha)} (cache key ${key})`;
  if (!cache.isFeatureAvailable()) {
    options.warn(`${what} is not saved: ${unavailable}`);
    return false;
  }
  const body = JSON.stringify(report);
  const limit = options.maxBytes ?? maxBaselineBytes;
  if (Buffer.byteLength(body) > limit) {
    options.warn(
      `${what} is not saved: it is ${Buffer.byteLength(body)} B, over the ${limit} B a restore accepts`,
    );
    return false;
  }
  const file = baselineReportFile(options.dir);
  const failures: string[] = [];
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, body);
    const outcome = await divertedAndBounded(() => cache.saveCache([file], key), failures, options);
    if (outcome.timedOut) {
      options.warn(
        `${what} is not saved: the Actions cache service did not answer within ${seconds(options)}`,
      );
      return false;
    }
    // saveCache returns -1 when it gave up; it logs why (diverted into `failures`).
    if (outcome.value === -1) {
      options.warn(`${what} is not saved: ${failures.join('; ') || 'the cache library gave no reason'}`);
      return false;
    }
    if (failures.length) options.warn(`${what} is saved, with warnings: ${failures.join('; ')}`);
    return true;
  } catch (error) {
    options.warn(`${what} is not saved: ${messageOf(error)}`);
    return false;
  } finally {
    await rm(file, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Restores the report saved under the key. `undefined` when there is none, when the cache failed
 * (a warning says why), or when what came back is not a valid report (a warning says why).
 */
export async function restoreBaseline(options: BaselineCacheOptions): Promise<CheckReport | undefined> {
  const key = keyOrWarn(options, 'restored');
  if (key === undefined) return undefined;
  const cache = options.cache ?? (await import('@actions/cache'));
  const what = `the baseline report of ${short(options.sha)} (cache key ${key})`;
  if (!cache.isFeatureAvailable()) {
    options.warn(`${what} is not restored: ${unavailable}`);
    return undefined;
  }
  const file = baselineReportFile(options.dir);
  const failures: string[] = [];
  try {
    // A file left from an earlier step must not pass for a restored one.
    await rm(file, { recursive: true, force: true });
    const outcome = await divertedAndBounded(() => cache.restoreCache([file], key), failures, options);
    if (outcome.timedOut) {
      options.warn(
        `${what} is not restored: the Actions cache service did not answer within ${seconds(options)}`,
      );
      return undefined;
    }
    // restoreCache returns undefined both for "no entry" and when it gave up; it logs the latter.
    if (outcome.value === undefined) {
      if (failures.length) options.warn(`${what} is not restored: ${failures.join('; ')}`);
      return undefined;
    }
    if (failures.length) options.warn(`${what} is restored, with warnings: ${failures.join('; ')}`);
    if (outcome.value !== key) {
      options.warn(`${what} is not restored: the cache answered with another key, ${outcome.value}`);
      return undefined;
    }
    const read = await readReport(file, options.maxBytes ?? maxBaselineBytes);
    if (!read.ok) {
      options.warn(`${what} is ignored: ${read.problem}`);
      return undefined;
    }
    return read.report;
  } catch (error) {
    options.warn(`${what} is not restored: ${messageOf(error)}`);
    return undefined;
  } finally {
    await rm(file, { recursive: true, force: true }).catch(() => undefined);
  }
}

type ReadResult = { ok: true; report: CheckReport } | { ok: false; problem: string };

/** Reads the restored file as untrusted input: a regular file, size-capped, JSON, a valid report. */
async function readReport(file: string, maxBytes: number): Promise<ReadResult> {
  const stat = await lstat(file).catch(() => undefined);
  if (!stat) return { ok: false, problem: 'the cache entry holds no report file' };
  if (!stat.isFile()) return { ok: false, problem: 'the cached report is not a regular file' };
  if (stat.size > maxBytes) {
    return { ok: false, problem: `the cached report is ${stat.size} B, over the limit of ${maxBytes} B` };
  }
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { ok: false, problem: `the cached report is not JSON (${messageOf(error)})` };
  }
  const validation = validateCheckReport(value);
  if (!validation.ok) {
    return {
      ok: false,
      problem: `the cached report is not a valid report: ${validation.problems.join('; ')}`,
    };
  }
  return { ok: true, report: validation.report };
}

const unavailable =
  'the Actions cache service is not available to this job (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL is not set)';

/** Where the report file is cached from and restored to (its path is part of the cache version). */
export function baselineReportFile(dir?: string): string {
  return join(dir ?? join(process.env.RUNNER_TEMP ?? tmpdir(), 'tiny-size-gate-baseline'), 'report.json');
}

type Bounded<T> = { timedOut: true } | { timedOut: false; value: T };

/**
 * Runs a library call with its failure lines diverted into `failures`, waiting at most the
 * timeout. The library cannot be aborted: after a timeout its late answer (or rejection) is
 * dropped, and the diversion is stopped so that no later log line of anyone else is swallowed.
 */
async function divertedAndBounded<T>(
  call: () => Promise<T>,
  failures: string[],
  options: BaselineCacheOptions,
): Promise<Bounded<T>> {
  const stopDiverting = divertCacheLog((message) => failures.push(message));
  let timer: NodeJS.Timeout | undefined;
  try {
    const pending = call();
    pending.catch(() => undefined);
    const timeout = new Promise<Bounded<T>>((resolve) => {
      timer = setTimeout(() => resolve({ timedOut: true }), options.timeoutMs ?? defaultCacheTimeoutMs);
    });
    return await Promise.race([pending.then((value) => ({ timedOut: false as const, value })), timeout]);
  } finally {
    clearTimeout(timer);
    stopDiverting();
  }
}

/** A bad sha or hash is the caller's bug, but still only costs the baseline, not the check. */
function keyOrWarn(options: BaselineCacheOptions, verb: string): string | undefined {
  try {
    return baselineCacheKey(options.sha, options.configHash);
  } catch (error) {
    options.warn(`the baseline report is not ${verb}: ${messageOf(error)}`);
    return undefined;
  }
}

function seconds(options: BaselineCacheOptions): string {
  return `${(options.timeoutMs ?? defaultCacheTimeoutMs) / 1000} s`;
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
