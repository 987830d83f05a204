/**
 * Shared settings and bookkeeping of the property and fuzz tests: how many inputs per property (a
 * few hundred in CI, thousands under `npm run fuzz`), the seed (printed, so a failure replays with
 * TSG_FUZZ_SEED), a time bound per input, and the counts the suite prints at its end
 * (test/support/fuzz-summary.ts).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { TinySizeError } from '../../src/errors.js';

/** Inputs per property: TSG_FUZZ_RUNS (set by scripts/fuzz.mjs) or the CI default. */
export function fuzzRuns(ciDefault = 200): number {
  const wanted = Number(process.env.TSG_FUZZ_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : ciDefault;
}

/** One seed per run of the suite; fixed in CI so a failure reproduces, any value under TSG_FUZZ_SEED. */
export const fuzzSeed = Number(process.env.TSG_FUZZ_SEED ?? 1212);

/** Options for fc.assert: seeded, counted, and a failure prints how to replay it. */
export function fuzzOptions(ciDefault = 200) {
  return { seed: fuzzSeed, numRuns: fuzzRuns(ciDefault), endOnFailure: true } as const;
}

/** Time a single input may take before it counts as a hang. */
export const perInputMs = 5_000;

/** Where the counts go: a directory the global setup makes (and names in the environment) and removes. */
export function countsDir(): string {
  return process.env.TSG_FUZZ_COUNTS_DIR ?? join(tmpdir(), 'tiny-size-gate-fuzz-counts');
}

export interface Tally {
  /** What was fed: "budget parser", "tar index", "docker-archive mutants". */
  what: string;
  inputs: number;
  /** Inputs that gave a result. */
  results: number;
  /** Inputs refused with a TinySizeError. */
  refused: number;
  /** Faults injected (fault tests). */
  faults?: number;
}

/** Adds a tally to this run's counts (one line of JSON per tally). */
export function recordTally(tally: Tally): void {
  mkdirSync(countsDir(), { recursive: true });
  appendFileSync(join(countsDir(), 'counts.jsonl'), `${JSON.stringify(tally)}\n`);
}

/** Counts outcomes of one property; `record()` writes them when the property is done. */
export class Outcomes {
  inputs = 0;
  results = 0;
  refused = 0;
  constructor(readonly what: string) {}

  /**
   * Runs one input: a result or a TinySizeError with a message and a fix are the only outcomes
   * allowed. Anything else (a TypeError, a RangeError, a hang past perInputMs) fails the property.
   */
  async run<T>(input: () => Promise<T> | T, limitMs = perInputMs): Promise<T | TinySizeError> {
    this.inputs++;
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no outcome within ${limitMs} ms (a hang)`)), limitMs);
    });
    try {
      const value = await Promise.race([Promise.resolve().then(input), hang]);
      this.results++;
      return value;
    } catch (error) {
      expectClearError(error);
      this.refused++;
      return error as TinySizeError;
    } finally {
      clearTimeout(timer);
    }
  }

  record(): void {
    recordTally({ what: this.what, inputs: this.inputs, results: this.results, refused: this.refused });
  }
}

/** A TinySizeError with a message a person can act on: no stack trace, a fix. */
export function expectClearError(error: unknown): asserts error is TinySizeError {
  if (!(error instanceof TinySizeError)) {
    throw new Error(
      `not a TinySizeError: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
    );
  }
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(error.fix, `no fix for: ${error.message}`).toBeTruthy();
}
