import { describe, expect, it } from 'vitest';
import { reportSchemaVersion } from '../../../src/report/json.js';
import { validateCheckReport } from '../../../src/report/schema.js';
import { sampleReport } from '../../support/cache-report.js';

const remove = Symbol('remove');
type Path = (string | number)[];

/** The sample report with the value at `path` replaced (or removed). */
function edited(path: Path, value: unknown): unknown {
  const report: unknown = structuredClone(sampleReport());
  let node = report as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === remove) delete node[last];
  else node[last] = value;
  return report;
}

const platform = ['images', 0, 'sizes', 'platforms', 0];

describe('validateCheckReport', () => {
  it('accepts a complete report and returns it unchanged', () => {
    const report = sampleReport();
    const result = validateCheckReport(JSON.parse(JSON.stringify(report)));
    expect(result).toEqual({ ok: true, report });
  });

  it('keeps fields a newer gate adds to checks', () => {
    const growth = { allowed: 0 };
    const result = validateCheckReport(edited(['checks', 0, 'growth'], growth));
    expect(result.ok && (result.report.checks[0] as unknown as Record<string, unknown>).growth).toEqual(
      growth,
    );
  });

  const rejected: { name: string; path: Path; value: unknown }[] = [
    { name: 'another tool', path: ['tool'], value: 'size-limit' },
    { name: 'another schema version', path: ['schemaVersion'], value: reportSchemaVersion + 1 },
    { name: 'no images', path: ['images'], value: remove },
    { name: 'platforms not a list', path: ['images', 0, 'sizes', 'platforms'], value: {} },
    { name: 'a negative size', path: [...platform, 'sizes', 'tar', 'bytes'], value: -1 },
    { name: 'a fractional size', path: [...platform, 'sizes', 'compressed', 'bytes'], value: 1.5 },
    { name: 'a size given as a string', path: [...platform, 'sizes', 'files', 'bytes'], value: '62' },
    { name: 'an unsafe integer', path: [...platform, 'sizes', 'pull', 'bytes'], value: 2 ** 60 },
    { name: 'an unknown entry type', path: [...platform, 'entries', 0, 'type'], value: 'device' },
    {
      name: 'a digest that is not a digest',
      path: [...platform, 'layers', 0, 'digest'],
      value: '../../etc/passwd',
    },
    { name: 'a check of an unknown kind', path: ['checks', 0, 'kind'], value: 'vibes' },
    { name: 'a check of an unknown metric', path: ['checks', 0, 'metric'], value: 'bytes' },
  ];

  it.each(rejected)('rejects $name, naming where', ({ path, value }) => {
    const result = validateCheckReport(edited(path, value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(`${path.join('.')}:`);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'tiny-size-gate'],
  ])('rejects %s at the root', (_name, value) => {
    expect(validateCheckReport(value)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^\(root\): /)],
    });
  });

  it('lists at most five problems and counts the rest', () => {
    const report = structuredClone(sampleReport());
    let broken = 0;
    for (const each of report.images[1]?.sizes.platforms ?? []) {
      for (const entry of each.entries) {
        entry.size = -1;
        broken++;
      }
    }
    expect(broken).toBeGreaterThan(5);
    const result = validateCheckReport(report);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(6);
      expect(result.problems[5]).toBe(`and ${broken - 5} more`);
    }
  });
});
