import { describe, expect, it } from 'vitest';
import { obtainBaseline } from '../../../src/baseline/index.js';
import { TinySizeError } from '../../../src/errors.js';
import type { CheckReport } from '../../../src/report/json.js';
import { sampleReport } from '../../support/cache-report.js';

const sha = 'b'.repeat(40);
const cached: CheckReport = { ...sampleReport(), config: 'cached' };
const rebuilt: CheckReport = { ...sampleReport(), config: 'rebuilt' };

type Step<T> = { value: T } | { error: unknown };
const run = <T>(step: Step<T>) =>
  'value' in step ? Promise.resolve(step.value) : Promise.reject(step.error);

const cases: {
  name: string;
  restore: Step<CheckReport | undefined>;
  rebuild: Step<CheckReport>;
  source: string;
  report?: CheckReport;
  rebuilds: number;
  warning?: RegExp;
}[] = [
  {
    name: 'a cache hit',
    restore: { value: cached },
    rebuild: { value: rebuilt },
    source: 'cache',
    report: cached,
    rebuilds: 0,
  },
  {
    name: 'a cache miss',
    restore: { value: undefined },
    rebuild: { value: rebuilt },
    source: 'rebuild',
    report: rebuilt,
    rebuilds: 1,
  },
  {
    name: 'a restore that throws',
    restore: { error: new Error('socket hang up') },
    rebuild: { value: rebuilt },
    source: 'rebuild',
    report: rebuilt,
    rebuilds: 1,
    warning: /cache failed, rebuilding .*socket hang up/s,
  },
  {
    name: 'a miss and a merge-base that does not build',
    restore: { value: undefined },
    rebuild: {
      error: new TinySizeError('docker build failed', {
        file: 'examples/http/Dockerfile',
        fix: 'fix the Dockerfile',
      }),
    },
    source: 'none',
    rebuilds: 1,
    warning:
      /no baseline: .*rebuilding it failed.*examples\/http\/Dockerfile: docker build failed.*fix: fix the Dockerfile/s,
  },
];

describe('obtainBaseline', () => {
  it.each(cases)('$name gives source $source', async (c) => {
    const warnings: string[] = [];
    const rebuilds: string[] = [];
    const result = await obtainBaseline({
      sha,
      restore: () => run(c.restore),
      rebuild: (commit) => {
        rebuilds.push(commit);
        return run(c.rebuild);
      },
      warn: (message) => warnings.push(message),
    });
    expect(result.source).toBe(c.source);
    expect(result.report).toBe(c.report);
    expect(result.reason).toContain(sha.slice(0, 12));
    expect(rebuilds).toEqual(Array(c.rebuilds).fill(sha));
    if (c.warning) expect(warnings).toEqual([expect.stringMatching(c.warning)]);
    else expect(warnings).toEqual([]);
  });
});
