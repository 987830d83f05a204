/**
 * One check, one sentence: the annotation, the `setFailed` line, the terminal report, the job summary
 * and the pull request comment print the same words for the same check, for every kind of check.
 */
import { describe, expect, it } from 'vitest';
import type { ImageConfigEntry } from '../../../src/budget/index.js';
import { type Check, checkSentence, type GateEntry, type NamedSizes } from '../../../src/gate/index.js';
import {
  checkAnnotations,
  describeFailure,
  failureLine,
  renderCheckText,
  renderComment,
  renderMarkdown,
} from '../../../src/report/index.js';
import { configEntry, imageSizes, type LayerSpec } from '../gate/build-sizes.js';
import { baseReport, headReport } from './reports.js';

/** Markdown back to plain text: `<code>x</code>` to `` `x` ``, entities decoded, word joiners gone. */
function plain(markdown: string): string {
  return markdown
    .replace(/<code>(.*?)<\/code>/g, (_, code: string) => `\`${code}\``)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replaceAll('\u2060', '');
}

const sizes = (files: [string, number][], more: LayerSpec[] = [], estimated?: string) =>
  imageSizes({
    layers: [
      {
        id: files.map(([p, n]) => p + n).join(),
        files,
        compressed: 261,
        ...(estimated ? { estimated } : {}),
      },
      ...more,
    ],
  });

interface Case {
  kind: string;
  entry: ImageConfigEntry;
  head: ReturnType<typeof imageSizes>;
  base?: NamedSizes[];
  override?: boolean;
  /** The sentence, written out: what every outlet must carry. */
  sentence: string;
}

const cases: Case[] = [
  {
    kind: 'budget exceeded',
    entry: configEntry('a|b', { budget: { files: 10 } }),
    head: sizes([['/f', 11]]),
    sentence: 'a|b (linux/amd64): `files` is 11 B, 1 B over the budget of 10 B',
  },
  {
    kind: 'path budget exceeded',
    entry: configEntry('app', { budget: { paths: { '/www/**': 5 } } }),
    head: sizes([
      ['/www/a', 4],
      ['/www/b', 3],
    ]),
    sentence: 'app (linux/amd64): `/www/**` is 7 B, 2 B over the budget of 5 B',
  },
  {
    kind: 'no-match',
    entry: configEntry('app', { budget: { paths: { '/gone': 5 } } }),
    head: sizes([['/f', 1]]),
    sentence:
      'app (linux/amd64): no file matches `/gone`; if it was renamed or removed, update or remove this budget',
  },
  {
    kind: 'growth over allowance',
    entry: configEntry('app', { growth: { files: { percent: 5 } } }),
    head: sizes([['/f', 1051]]),
    base: [{ name: 'app', sizes: sizes([['/f', 1000]]) }],
    sentence:
      'app (linux/amd64): `files` grew by +51 B to 1,051 B, 1 B over the allowed growth of 5% of 1,000 B = +50 B',
  },
  {
    kind: 'growth warned by label',
    entry: configEntry('app', { growth: { files: { bytes: 0 } } }),
    head: sizes([['/f', 12]]),
    base: [{ name: 'app', sizes: sizes([['/f', 10]]) }],
    override: true,
    sentence:
      'app (linux/amd64): `files` grew by +2 B to 12 B, 2 B over the allowed growth of +0 B; allowed by the override label',
  },
  {
    kind: 'layers',
    entry: configEntry('app', { budget: { layers: 1 } }),
    head: sizes([['/f', 1]], [{ id: 'second', files: [['/g', 1]] }]),
    sentence: 'app (linux/amd64): `layers` is 2 layers, 1 layer over the budget of 1 layer',
  },
  {
    kind: 'per-platform',
    entry: configEntry('app', {
      budget: { paths: {}, platforms: { 'linux/s390x': { files: 1, paths: {} } } },
    }),
    head: sizes([['/f', 1]]),
    sentence:
      'app (linux/s390x): the budget for this platform guards nothing: the image has no such platform (it has linux/amd64); fix the platform or remove this budget',
  },
  {
    kind: 'new image',
    entry: configEntry('fresh@x'),
    head: sizes([['/f', 1]]),
    base: [],
    sentence: 'fresh@x (linux/amd64): new image, not in the baseline',
  },
  {
    kind: 'removed image',
    entry: configEntry('app'),
    head: sizes([['/f', 1]]),
    base: [
      { name: 'app', sizes: sizes([['/f', 1]]) },
      { name: 'old', sizes: sizes([['/f', 1]]) },
    ],
    sentence: 'old (linux/amd64): image in the baseline only',
  },
  {
    kind: 'estimated figure',
    entry: configEntry('app', { budget: { compressed: 10 } }),
    head: sizes([['/f', 100]], [], 'gzip -6 of the layer tar'),
    sentence: 'app (linux/amd64): `compressed` is 261 B (estimated), 251 B over the budget of 10 B',
  },
  {
    kind: 'a platform `platforms:` selects that the image lacks',
    entry: configEntry('app', { platforms: ['linux/arm64', 'linux/amd64'] }),
    head: imageSizes({ layers: [{ id: 'x', files: [['/f', 1]] }] }),
    sentence: 'app (linux/arm64): the image has no such platform (it has linux/amd64); fix `platforms:`',
  },
];

describe('one sentence per check, in every outlet', () => {
  it.each(cases)('$kind', ({ entry, head, base, override, sentence }) => {
    const entries: GateEntry[] = [{ image: entry, sizes: head }];
    const report = headReport(entries, base, override ?? false);
    const said = report.checks.filter((check: Check) => checkSentence(check) === sentence);
    expect(said, report.checks.map((c) => checkSentence(c)).join('\n')).toHaveLength(1);
    const check = said[0] as Check;

    // The annotation and the setFailed line.
    expect(describeFailure(check)).toBe(sentence);
    expect(checkAnnotations(report.checks).map((a) => a.message)).toContain(sentence);
    const failed = failureLine(report.checks);
    if (report.verdict === 'fail') expect(failed?.replace(/ \(and \d+ more\)$/, '')).toBe(sentence);
    else expect(failed).toBeUndefined();
    // The gate's own copy in the JSON report.
    expect(check.message).toBe(sentence);

    // The terminal report.
    expect(renderCheckText(report)).toContain(sentence);

    // The comment and the pull request's job summary (Markdown, names escaped).
    const options = { baseline: { source: base ? ('cache' as const) : ('none' as const) } };
    const comment = renderComment(report, base && baseReport(base), options);
    const summary = renderMarkdown(report, { ...options, ...(base ? { base: baseReport(base) } : {}) });
    for (const markdown of [comment, summary]) {
      const line = markdown.split('\n').find((text) => plain(text) === `- ${sentence}`);
      expect(line, markdown).toBeDefined();
    }
    // The job summary outside a pull request.
    if (!base) expect(renderMarkdown(report).split('\n').map(plain)).toContain(`- ${sentence}`);
  });

  it('escapes names in Markdown and never in plain text', () => {
    const report = headReport([
      { image: configEntry('a|b', { budget: { files: 10 } }), sizes: sizes([['/f', 11]]) },
    ]);
    const comment = renderComment(report, undefined, { baseline: { source: 'none' } });
    expect(comment).toContain('- a&#124;b (linux/amd64): <code>files</code> is 11 B');
    expect(describeFailure(report.checks[0] as Check)).toBe(
      'a|b (linux/amd64): `files` is 11 B, 1 B over the budget of 10 B',
    );
  });
});
