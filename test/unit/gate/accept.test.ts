import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBudgetFile } from '../../../src/budget/index.js';
import { acceptBudgets, evaluate, withHeadroom } from '../../../src/gate/index.js';
import { configEntry, imageSizes } from './build-sizes.js';

const repoBudget = readFileSync(join(import.meta.dirname, '../../../tiny-size.yml'), 'utf8');

describe('acceptBudgets', () => {
  it('rewrites only the budget values, keeping comments, order, quoting and every other byte', () => {
    const lowered = repoBudget
      .replace('files: 53B # hello-files', 'files: 50B # hello-files')
      .replace('/http: 912B', "/http: '900B'");
    const hello = configEntry('hello', { budget: { files: 50, layers: 1, paths: { '/hello': 53 } } });
    const http = configEntry('http', {
      budget: { files: 991, layers: 1, paths: { '/http': 900, '/index.html': 79 } },
    });
    const verdict = evaluate([
      { image: hello, sizes: imageSizes({ layers: [{ id: 'h', files: [['/hello', 53]] }] }) },
      {
        image: http,
        sizes: imageSizes({
          layers: [
            {
              id: 's',
              files: [
                ['/http', 912],
                ['/index.html', 79],
              ],
            },
          ],
        }),
      },
    ]);
    const accepted = acceptBudgets(lowered, verdict.checks);
    expect(accepted.text).toBe(repoBudget.replace('/http: 912B', "/http: '912B'"));
    expect(accepted.edits.map((e) => [e.keyPath.join('.'), e.from, e.to])).toEqual([
      ['images.hello.budget.files', '50B', '53B'],
      ['images.http.budget.paths./http', "'900B'", "'912B'"],
    ]);
    const fileLine = repoBudget.split('\n').findIndex((l) => l.includes('hello-files')) + 1;
    expect(accepted.diff[0]).toBe(`-${fileLine}:       files: 50B # hello-files`);
    expect(accepted.diff[1]).toBe(`+${fileLine}:       files: 53B # hello-files`);
    expect(accepted.diff).toHaveLength(4);
    // Only the image asked for.
    expect(acceptBudgets(lowered, verdict.checks, { images: ['http'] }).edits).toHaveLength(1);
  });

  it('adds the headroom, rounded up; a count of layers takes no byte headroom; a number stays a number', () => {
    expect(withHeadroom(991, { percent: 5 })).toBe(1041);
    expect(withHeadroom(1000, { percent: 5 })).toBe(1050);
    expect(withHeadroom(991, { bytes: 9 })).toBe(1000);
    expect(withHeadroom(2, { bytes: 9 }, true)).toBe(2);
    expect(withHeadroom(1, { percent: 5 }, true)).toBe(1);
    const text = 'images:\n  a:\n    oci: x\n    budget: { files: 10, layers: 5 }\n';
    const budget = parseBudgetFile(text, 'tiny-size.yml');
    const verdict = evaluate([
      {
        image: budget.images[0] ?? configEntry('a'),
        sizes: imageSizes({ layers: [{ id: 'a', files: [['/f', 20]] }] }),
      },
    ]);
    expect(acceptBudgets(text, verdict.checks, { headroom: { bytes: 5 } }).text).toBe(
      'images:\n  a:\n    oci: x\n    budget: { files: 25, layers: 1 }\n',
    );
  });
});

describe('the comment, when a budget fails', () => {
  it('shows the accept command and the YAML lines it would change', async () => {
    const { renderComment } = await import('../../../src/report/index.js');
    const { headReport } = await import('../report/reports.js');
    const text = 'images:\n  a:\n    oci: x\n    budget:\n      files: 10B # keep\n';
    const budget = parseBudgetFile(text, 'tiny-size.yml');
    const head = headReport([
      {
        image: budget.images[0] ?? configEntry('a'),
        sizes: imageSizes({ layers: [{ id: 'a', files: [['/f', 11]] }] }),
      },
    ]);
    const comment = renderComment(head, undefined, { baseline: { source: 'none' }, budgetText: text });
    expect(comment).toContain(
      'If the new sizes are intended, <code>npx tiny&#45;size&#45;gate accept &#45;&#45;image a</code> sets the budgets to them:\n<pre><code>&#45;5&#58;       files&#58; 10B &#35; keep</code>\n<code>&#43;5&#58;       files&#58; 11B &#35; keep</code></pre>',
    );
    // Without the budget file's text, or when nothing failed, no such section.
    expect(renderComment(head, undefined, { baseline: { source: 'none' } })).not.toContain('accept');
  });
});

describe('budgets on wasted space', () => {
  it('gate `wasted` and `rootfs` from the files as the final filesystem shows them', () => {
    const text = 'images:\n  a:\n    oci: x\n    budget:\n      wasted: 0B\n      rootfs: 100B\n';
    const budget = parseBudgetFile(text, 'tiny-size.yml');
    // /f rewritten in layer 1: its first copy (40 B) is wasted; rootfs is the last copy plus /g.
    const sizes = imageSizes({
      layers: [
        { id: 'a', files: [['/f', 40]] },
        {
          id: 'b',
          files: [
            ['/f', 60],
            ['/g', 5],
          ],
        },
      ],
    });
    const verdict = evaluate([{ image: budget.images[0] ?? configEntry('a'), sizes }]);
    expect(
      verdict.checks.map((c) => [c.kind === 'metric' && c.metric, c.status, 'actual' in c && c.actual]),
    ).toEqual([
      ['rootfs', 'ok', 65],
      ['wasted', 'over-budget', 40],
    ]);
    expect(verdict.checks[1]?.message).toBe('a (linux/amd64): `wasted` is 40 B, 40 B over the budget of 0 B');
    expect(verdict.checks[1]?.position).toEqual(undefined); // no positionOf given
    const positioned = evaluate([{ image: budget.images[0] ?? configEntry('a'), sizes }], {
      positionOf: (keyPath) => budget.positionOf(keyPath),
    });
    expect(positioned.checks[1]?.position).toEqual({ line: 5, column: 7 });
  });
});
