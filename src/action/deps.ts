/**
 * What the action needs from the world, passed in (as actions/cache's restoreImpl takes its state
 * provider): the log, outputs and summary, the environment, the GitHub client, the cache, the clock
 * and the engine. `runnerDeps()` is the runner's; unit tests pass fakes and decide everything else.
 */
import * as core from '@actions/core';
import { type ArtifactUploader, loadArtifactUploader } from '../artifact/index.js';
import type { CacheLibrary } from '../baseline/index.js';
import type { CheckRequest, CheckResult } from '../check.js';
import { type CreateOctokitOptions, type Env, type GitHubClient, loadGitHubClient } from '../github/index.js';

/** Where an annotation points: the budget file's line. */
export interface Place {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface ActionLog {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, place?: Place): void;
  error(message: string, place?: Place): void;
  /** A collapsible group of the log. The runner does not nest groups: never call it inside one. */
  group<T>(title: string, run: () => Promise<T>): Promise<T>;
}

export interface ActionOutputs {
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), when the runner gives one. */
  summary(markdown: string): Promise<void>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface ActionDeps {
  log: ActionLog;
  outputs: ActionOutputs;
  env: Env;
  getInput(name: string): string;
  setSecret(secret: string): void;
  github(options: CreateOctokitOptions): Promise<GitHubClient>;
  cache(): Promise<CacheLibrary>;
  /** @actions/artifact's client, for `mode: measure`. */
  artifacts(): Promise<ArtifactUploader>;
  /** fetch for downloads outside the API (artifact blobs); the global one when absent. */
  fetch?: typeof fetch;
  clock: Clock;
  /** The engine: budget -> acquire -> measure -> gate (src/check.ts runCheck). */
  check(request: CheckRequest): Promise<CheckResult>;
}

export function runnerDeps(): ActionDeps {
  return {
    log: {
      info: core.info,
      debug: core.debug,
      warning: (message, place) => core.warning(message, place),
      error: (message, place) => core.error(message, place),
      group: (title, run) => core.group(title, run),
    },
    outputs: {
      setOutput: core.setOutput,
      setFailed: core.setFailed,
      summary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
      },
    },
    env: process.env,
    getInput: (name) => core.getInput(name),
    setSecret: core.setSecret,
    github: loadGitHubClient,
    cache: () => import('@actions/cache'),
    artifacts: loadArtifactUploader,
    clock: { now: Date.now, sleep: (ms) => new Promise((done) => setTimeout(done, ms)) },
    // The engine (yaml, zod, tar, the registry client) is loaded only by the modes that measure.
    check: async (request) => (await import('../check.js')).runCheck(request),
  };
}
