import { describe, expect, it } from 'vitest';
import type { ImageConfigEntry } from '../../../src/budget/types.js';
import type { GateEntry, NamedSizes } from '../../../src/gate/index.js';
import type { ImageSizes } from '../../../src/measure/types.js';
import { commentMaxLength, hasChanges, renderComment } from '../../../src/report/comment.js';
import { renderMarkdown, summaryMaxLength } from '../../../src/report/markdown.js';
import { formatBytes, formatExact } from '../../../src/units.js';
import { configEntry, imageSizes, type LayerSpec, tarLength } from '../gate/build-sizes.js';
import { baseReport, cellCount, headReport, rowsStartingWith } from './reports.js';

/** A size cell as the comment must print it: exact bytes, and the human form when it differs. */
function cell(bytes: number): string {
  const exact = formatExact(bytes);
  return formatBytes(bytes) === exact ? exact : `${exact} (${formatBytes(bytes)})`;
}

const cache = { baseline: { source: 'cache' as const, sha: '0123456789abcdef0123456789abcdef01234567' } };
const oneFile = (bytes: number, id = `f${bytes}`): ImageSizes =>
  imageSizes({ layers: [{ id, files: [['/f', bytes]] }] });

function run(
  entries: GateEntry[],
  baseline: NamedSizes[] | undefined,
  options: Partial<Parameters<typeof renderComment>[2]> & { override?: boolean } = {},
) {
  const { override, ...rest } = options;
  const head = headReport(entries, baseline, override ?? false);
  const base = baseline && baseReport(baseline);
  return renderComment(head, base, { ...cache, ...rest });
}

describe('renderComment: the table', () => {
  const httpBase: LayerSpec[] = [
    { id: 'b', files: [['/http', 1200]], createdBy: 'COPY http /' },
    {
      id: 's',
      files: [
        ['/index.html', 700],
        ['/old.css', 50],
      ],
      createdBy: 'COPY index.html /',
    },
  ];
  const httpHead: LayerSpec[] = [
    httpBase[0] as LayerSpec,
    {
      id: 's2',
      files: [
        ['/index.html', 820],
        ['/new.js', 3],
      ],
      createdBy: 'COPY index.html /',
    },
  ];
  const entry = configEntry('http', { budget: { files: 5000 }, growth: { files: { bytes: 100 } } });
  const markdown = run(
    [{ image: entry, sizes: imageSizes({ layers: httpHead }) }],
    [{ name: 'http', sizes: imageSizes({ layers: httpBase }) }],
  );

  it('prints base, head, delta with %, budget and status, exact bytes beside human units', () => {
    const [base, head] = [700 + 50 + 1200, 820 + 3 + 1200];
    expect(rowsStartingWith(markdown, '`files`')).toEqual([
      `| \`files\` | ${cell(base)} | ${cell(head)} | +73 B (+3.74%) | ${cell(5000)} | 🔼 grew (allowed +100 B) |`,
    ]);
    const tarBase = tarLength(httpBase[0] as LayerSpec) + tarLength(httpBase[1] as LayerSpec);
    const tarHead = tarLength(httpHead[0] as LayerSpec) + tarLength(httpHead[1] as LayerSpec);
    expect(tarHead).toBe(tarBase); // same entry count and 512-byte blocks: no change, so folded
    expect(markdown).toContain(
      '<details><summary>4 unchanged: `tar`, `compressed`, `pull`, `layers`</summary>',
    );
    expect(rowsStartingWith(markdown, '`tar`')).toEqual([
      `| \`tar\` | ${cell(tarBase)} | ${cell(tarHead)} | ±0 B |  | ✅ ok |`,
    ]);
    expect(rowsStartingWith(markdown, '`layers`')).toEqual(['| `layers` | 2 | 2 | ±0 |  | ✅ ok |']);
  });

  it('lists the files that changed, largest change first, and the changed layer', () => {
    expect(markdown).toContain('Files that changed (3), largest change first:');
    const fileRows = markdown.split('\n').filter((line) => /^\| <code>\/(index|old|new)/.test(line));
    expect(fileRows).toEqual([
      '| <code>/index.html</code> | grew | 700 B | 820 B | +120 B (+17.14%) |',
      '| <code>/old.css</code> | removed | 50 B | — | −50 B (−100%) |',
      '| <code>/new.js</code> | added | — | 3 B | +3 B |',
    ]);
    const layerRow = markdown.split('\n').find((line) => line.startsWith('| 1 <code>sha256'));
    expect(layerRow).toMatch(/ \| changed \| \+73 B \| ±0 B \| ±0 B \| <code>COPY index.html \/<\/code> \|$/);
  });

  it('says where the baseline came from, with the merge-base', () => {
    expect(markdown).toContain(
      'Baseline: the merge-base <code>0123456789ab</code>, its report restored from the cache.',
    );
    expect(markdown).toContain('Images since the baseline: 1 changed.');
    expect(markdown.split('\n')[0]).toBe('### ✅ tiny-size-gate: all 2 checks pass');
  });
});

describe('renderComment: status of a row', () => {
  type Case = [
    string,
    number | undefined,
    number | undefined,
    Partial<ImageConfigEntry>,
    boolean,
    string,
    string,
  ];
  it.each<Case>([
    ['no growth', 100, 100, { growth: { files: { bytes: 0 } } }, false, '±0 B', '✅ ok'],
    ['shrank', 100, 90, { growth: { files: { bytes: 0 } } }, false, '−10 B (−10%)', '✅ ok'],
    ['grew, no allowance set', 100, 110, {}, false, '+10 B (+10%)', '🔼 grew'],
    [
      'grew within',
      100,
      120,
      { growth: { files: { bytes: 20 } } },
      false,
      '+20 B (+20%)',
      '🔼 grew (allowed +20 B)',
    ],
    [
      'grew over',
      100,
      121,
      { growth: { files: { percent: 20 } } },
      false,
      '+21 B (+21%)',
      '❌ over allowance (allowed +20 B)',
    ],
    [
      'grew over, approved',
      100,
      121,
      { growth: { files: { bytes: 20 } } },
      true,
      '+21 B (+21%)',
      '⚠️ over allowance (+20 B), approved',
    ],
    [
      'over budget beats over allowance',
      100,
      121,
      { budget: { paths: {}, files: 120 }, growth: { files: { bytes: 0 } } },
      true,
      '+21 B (+21%)',
      '❌ over budget',
    ],
    ['new image', undefined, 100, {}, false, '—', '🆕 new'],
    ['removed image', 100, undefined, {}, false, '—', '➖ removed'],
  ])('%s', (_name, base, head, config, override, delta, status) => {
    const entries = head === undefined ? [] : [{ image: configEntry('app', config), sizes: oneFile(head) }];
    const baseline = base === undefined ? [] : [{ name: 'app', sizes: oneFile(base) }];
    const markdown = run(entries, baseline, { override });
    const budget = config.budget?.files;
    const baseCell = base === undefined ? '—' : cell(base);
    const headCell = head === undefined ? '—' : cell(head);
    expect(rowsStartingWith(markdown, '`files`')).toEqual([
      `| \`files\` | ${baseCell} | ${headCell} | ${delta} | ${budget === undefined ? '' : cell(budget)} | ${status} |`,
    ]);
  });

  it('marks a path budget row by its base sum', () => {
    const sizes = (index: number, css: number) =>
      imageSizes({
        layers: [
          {
            id: `p${index}-${css}`,
            files: [
              ['/index.html', index],
              ['/a.css', css],
            ],
          },
        ],
      });
    const entry = configEntry('site', { budget: { paths: { '/index.html': 800, '/**/*.css': 10 } } });
    const markdown = run([{ image: entry, sizes: sizes(820, 5) }], [{ name: 'site', sizes: sizes(700, 5) }]);
    // the budget row; the file's own row under "Files that changed" follows
    expect(rowsStartingWith(markdown, '<code>/index.html</code>')).toEqual([
      `| <code>/index.html</code> | 700 B | 820 B | +120 B (+17.14%) | 800 B | ❌ over budget |`,
      '| <code>/index.html</code> | grew | 700 B | 820 B | +120 B (+17.14%) |',
    ]);
    expect(rowsStartingWith(markdown, '<code>/&#42;&#42;/&#42;.css</code>')).toEqual([
      '| <code>/&#42;&#42;/&#42;.css</code> | 5 B | 5 B | ±0 B | 10 B | ✅ ok |',
    ]);
  });
});

describe('renderComment: the verdict', () => {
  it('fails with one line per failure, and lists approved growth apart', () => {
    const entries = [
      { image: configEntry('a', { budget: { files: 10 } }), sizes: oneFile(11) },
      { image: configEntry('b', { growth: { files: { bytes: 0 } } }), sizes: oneFile(12) },
    ];
    const baseline = [
      { name: 'a', sizes: oneFile(11) },
      { name: 'b', sizes: oneFile(10) },
    ];
    const failing = run(entries, baseline);
    expect(failing.split('\n\n').slice(0, 2)).toEqual([
      '### ❌ tiny-size-gate: 2 of 2 checks failed',
      [
        '- a (linux/amd64): <code>files</code> is 11 B, 1 B over the budget of 10 B',
        '- b (linux/amd64): <code>files</code> grew by +2 B to 12 B, 2 B over the allowed growth of +0 B',
      ].join('\n'),
    ]);
    const approved = run(entries, baseline, { override: true, overrideLabel: 'size-increase-approved' });
    expect(approved.split('\n\n').slice(0, 3)).toEqual([
      '### ❌ tiny-size-gate: 1 of 2 checks failed',
      '- a (linux/amd64): <code>files</code> is 11 B, 1 B over the budget of 10 B',
      'Approved by the label:\n- b (linux/amd64): <code>files</code> grew by +2 B to 12 B, 2 B over the allowed growth of +0 B; allowed by the override label',
    ]);
    expect(approved).toContain(
      'The label <code>size&#45;increase&#45;approved</code> is on this pull request: 1 growth check over the allowance is a warning, not a failure. Budgets still apply.',
    );
  });

  it('passes with the approved growth counted in the headline', () => {
    const markdown = run(
      [{ image: configEntry('b', { growth: { files: { bytes: 0 } } }), sizes: oneFile(12) }],
      [{ name: 'b', sizes: oneFile(10) }],
      { override: true, overrideLabel: 'ok-to-grow' },
    );
    expect(markdown.split('\n')[0]).toBe(
      '### ✅ tiny-size-gate: all 1 checks pass, 1 growth warning approved',
    );
  });

  it.each([
    [
      { source: 'cache', sha: 'abcdef0123456789' },
      'Baseline: the merge-base <code>abcdef012345</code>, its report restored from the cache.',
    ],
    [
      { source: 'rebuild', sha: 'abcdef0123456789', ref: 'main' },
      'Baseline: the merge-base <code>abcdef012345</code> with <code>main</code>, rebuilt and measured in this run (no cached report).',
    ],
    [{ source: 'rebuild' }, 'Baseline: the merge-base, rebuilt and measured in this run (no cached report).'],
    [
      { source: 'none', reason: 'the merge-base failed to build' },
      'No baseline (the merge&#45;base failed to build): sizes are not compared and growth is not gated.',
    ],
  ] as const)('names the baseline %o', (baseline, line) => {
    const markdown = renderComment(
      headReport([{ image: configEntry('a'), sizes: oneFile(1) }]),
      baseline.source === 'none' ? undefined : baseReport([{ name: 'a', sizes: oneFile(1) }]),
      { baseline },
    );
    expect(markdown.split('\n')).toContain(line);
  });

  it('without a baseline shows sizes and budgets only', () => {
    const markdown = renderComment(
      headReport([{ image: configEntry('a', { budget: { files: 64 } }), sizes: oneFile(62) }]),
      undefined,
      { baseline: { source: 'none' } },
    );
    expect(rowsStartingWith(markdown, '`files`')).toEqual(['| `files` | 62 B | 64 B | ✅ ok |']);
    expect(markdown).not.toContain('| base |');
    expect(markdown).not.toContain('changed');
  });

  it('folds unchanged images, and keeps an unchanged image with a failure in view', () => {
    const entries = [
      { image: configEntry('quiet'), sizes: oneFile(5) },
      { image: configEntry('stuck', { budget: { files: 1 } }), sizes: oneFile(5) },
    ];
    const baseline = entries.map(({ image, sizes }) => ({ name: image.name, sizes }));
    const markdown = run(entries, baseline);
    expect(markdown).toContain('<details><summary>1 unchanged: quiet</summary>\n\n#### quiet · unchanged');
    expect(markdown.indexOf('#### stuck · unchanged')).toBeLessThan(
      markdown.indexOf('<summary>1 unchanged: quiet'),
    );
    expect(markdown.indexOf('#### stuck')).toBeGreaterThan(0);
  });
});

describe('renderComment: names cannot inject anything', () => {
  const names = [
    'a|b',
    '`tick`',
    '<img src=x onerror=alert(1)>',
    '@someone',
    '[link](http://x)',
    '**bold**',
    'line\nbreak',
  ];
  const escaped = [
    'a&#124;b',
    '&#96;tick&#96;',
    '&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;',
    '&#64;someone',
    '&#91;link&#93;&#40;http&#58;//x&#41;',
    '&#42;&#42;bold&#42;&#42;',
    'line break',
  ];
  const evil = names.join(' ');
  const head = imageSizes({
    platform: `linux/${evil}`,
    layers: [
      { id: 'n', files: names.map((name, i) => [`/${name}`, 10 + i]), createdBy: `/bin/sh -c ${evil}` },
    ],
  });
  const baseline: NamedSizes[] = [
    {
      name: 'app',
      sizes: imageSizes({ platform: `linux/${evil}`, layers: [{ id: 'o', files: [['/x', 1]] }] }),
    },
    { name: evil, sizes: oneFile(3) },
  ];
  const markdown = renderComment(
    headReport([{ image: configEntry('app', { growth: { files: { bytes: 0 } } }), sizes: head }], baseline),
    baseReport(baseline),
    {
      baseline: { source: 'rebuild', sha: evil, ref: evil },
      overrideLabel: evil,
      maxFiles: 100,
    },
  );

  it('renders each file name as inert code', () => {
    for (const [index, name] of names.entries()) {
      expect(markdown).toContain(
        `| <code>/${escaped[index]}</code> | added | — | ${cell(10 + index)} | +${10 + index} B |`,
      );
      expect(name).not.toBe(escaped[index]);
    }
  });

  it('leaves no raw tag, mention, link, emphasis or code span, and no broken table row', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('@someone');
    expect(markdown).not.toContain('[link]');
    expect(markdown).not.toContain('**bold**');
    expect(markdown).not.toContain('`tick`');
    expect(markdown).not.toContain('line\nbreak');
    const lines = markdown.split('\n');
    for (const [index, line] of lines.entries()) {
      if (!line.startsWith('|')) continue;
      // every row of a table has as many cells as the row above it (the header, then the rule)
      const previous = lines[index - 1] ?? '';
      if (previous.startsWith('|')) expect(cellCount(line), line).toBe(cellCount(previous));
    }
  });

  it('escapes the platform, the removed image, the layer command, the label, the ref and the sha', () => {
    const prose = escaped.join(' ').replace('&#64;', '&#64;\u2060');
    expect(markdown).toContain(`**linux/${prose}**`);
    expect(markdown).toContain(`#### ${prose} · removed: in the baseline only`);
    expect(markdown).toContain(
      `<code>/bin/sh &#45;c a&#124;b &#96;tick&#96; &#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62; &#64;someone &#91;link&#93;`,
    );
    expect(markdown).toContain(`The label <code>${escaped.join(' ')}</code> is on this pull request`);
    expect(markdown).toContain(`with <code>${escaped.join(' ')}</code>, rebuilt`);
    // the sha is cut to 12 characters, then escaped
    expect(markdown).toContain('Baseline: the merge-base <code>a&#124;b &#96;tick&#96; &#60;</code>');
  });
});

describe('renderComment: size limit', () => {
  const manyFiles = (count: number, grow: (i: number) => number, id: string): ImageSizes =>
    imageSizes({
      layers: [
        { id, files: Array.from({ length: count }, (_, i) => [`/data/file-${i}.bin`, 100 + grow(i)]) },
      ],
    });
  const base50k = manyFiles(50_000, () => 0, 'base');
  const head50k = manyFiles(50_000, (i) => i + 1, 'head'); // file i grows by i + 1 bytes
  const entries = [{ image: configEntry('big', { growth: { files: { bytes: 0 } } }), sizes: head50k }];
  const baseline = [{ name: 'big', sizes: base50k }];
  const head = headReport(entries, baseline);
  const base = baseReport(baseline);
  const fileRows = (markdown: string) =>
    markdown.split('\n').filter((line) => line.startsWith('| <code>/data/'));

  it('caps the files of an image of 50,000 files at 10, largest change first', () => {
    const markdown = renderComment(head, base, cache);
    expect(markdown.length).toBeLessThanOrEqual(commentMaxLength);
    expect(fileRows(markdown).map((row) => row.split(' | ')[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `| <code>/data/file&#45;${49_999 - i}.bin</code>`),
    );
    expect(markdown).toContain('Files that changed (50,000), largest change first:');
    expect(markdown).toContain('…and 49,990 more files');
    expect(markdown).not.toContain('left out to stay under');
  });

  it('cuts the files, not the verdict, when all 50,000 are asked for', () => {
    const markdown = renderComment(head, base, { ...cache, maxFiles: Number.POSITIVE_INFINITY });
    expect(markdown.length).toBeLessThanOrEqual(commentMaxLength);
    expect(markdown.length).toBeGreaterThan(commentMaxLength - 200); // it used the room
    const shown = fileRows(markdown).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(50_000);
    expect(markdown).toContain(`…and ${(50_000 - shown).toLocaleString('en-US')} more files`);
    expect(markdown.split('\n')[0]).toBe('### ❌ tiny-size-gate: 1 of 1 checks failed');
    expect(markdown).toContain('- big (linux/amd64): <code>files</code> grew by');
    expect(markdown).toContain('| 0 <code>sha256'); // the layer table is still there
    expect(markdown).toContain("Details were left out to stay under GitHub's limit");
  });

  it('leaves out files, then layers, then unchanged images, then unchanged rows, then images', () => {
    const layers = (tag: string, n: number): LayerSpec[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `${tag}${i}`,
        files: Array.from({ length: 4 }, (_, j): [string, number] => [
          `/l${i}/f${j}`,
          10 * i + j + (tag === 'h' ? 1 : 0),
        ]),
        createdBy: `RUN step ${i}`,
      }));
    const quiet = (i: number) => ({ image: configEntry(`quiet-${i}`), sizes: oneFile(i + 1) });
    const entries = [
      { image: configEntry('big', { budget: { files: 1 } }), sizes: imageSizes({ layers: layers('h', 20) }) },
      ...Array.from({ length: 5 }, (_, i) => quiet(i)),
    ];
    const baseline = [
      { name: 'big', sizes: imageSizes({ layers: layers('b', 20) }) },
      ...entries.slice(1).map(({ image, sizes }) => ({ name: image.name, sizes })),
    ];
    const head = headReport(entries, baseline);
    const base = baseReport(baseline);
    const options = { ...cache, maxFiles: 1000, maxLayers: 1000 };
    const full = renderComment(head, base, { ...options, maxLength: 10_000_000 });
    const observe = (markdown: string) => ({
      files: markdown.split('\n').filter((line) => line.startsWith('| <code>/l')).length,
      layers: markdown.split('\n').filter((line) => /^\| \d+ <code>sha256/.test(line)).length,
      quietTables: markdown.includes('#### quiet&#45;0'),
      unchangedRows: /<details><summary>\d+ unchanged: `/.test(markdown),
      images: markdown.includes('#### big'),
      failure: markdown.includes('- big (linux/amd64): <code>files</code> is'),
    });
    const all = observe(full);
    expect(all).toEqual({
      files: 80,
      layers: 20,
      quietTables: true,
      unchangedRows: true,
      images: true,
      failure: true,
    });
    const least = renderComment(head, base, { ...options, maxLength: 1 });
    expect(least).toBe(
      '### ❌ tiny-size-gate: 1 of 1 checks failed\n\n- …and 1 more failures\n\n<sub>⚠️ Cut to fit a comment; see the job summary.</sub>\n',
    );
    const seen = new Set<string>();
    for (let maxLength = full.length; maxLength > 0; maxLength -= 97) {
      const markdown = renderComment(head, base, { ...options, maxLength });
      // over the limit only when nothing is left to cut
      if (markdown.length > maxLength) expect(markdown).toBe(least);
      expect(markdown.split('\n')[0]).toBe('### ❌ tiny-size-gate: 1 of 1 checks failed');
      const now = observe(markdown);
      if (now.layers < all.layers) expect(now.files).toBe(0);
      if (!now.quietTables) expect(now.layers).toBe(0);
      if (!now.unchangedRows) expect(now.quietTables).toBe(false);
      if (!now.images) expect(now.unchangedRows).toBe(false);
      if (!now.failure) expect(markdown).toBe(least);
      if (now.images) expect(markdown).toContain('Baseline: the merge-base');
      seen.add(
        now.files
          ? 'some files'
          : now.layers
            ? 'some layers'
            : now.quietTables
              ? 'unchanged images'
              : now.unchangedRows
                ? 'unchanged rows'
                : now.images
                  ? 'images'
                  : now.failure
                    ? 'verdict'
                    : 'headline',
      );
    }
    expect([...seen]).toEqual([
      'some files',
      'some layers',
      'unchanged images',
      'unchanged rows',
      'images',
      'verdict',
      'headline',
    ]);
  });

  it('never cuts the headline, even when nothing else fits', () => {
    const markdown = renderComment(head, base, { ...cache, maxLength: 10 });
    expect(markdown.split('\n')[0]).toBe('### ❌ tiny-size-gate: 1 of 1 checks failed');
  });
});

describe('hasChanges', () => {
  const report = (bytes: number, name = 'a') => baseReport([{ name, sizes: oneFile(bytes) }]);
  it.each([
    ['no baseline', report(1), undefined, false],
    ['same sizes', report(1), report(1), false],
    ['a size changed', report(2), report(1), true],
    ['an image renamed: one new, one removed', report(1, 'b'), report(1), true],
  ] as const)('%s', (_name, head, base, expected) => {
    expect(hasChanges(head, base)).toBe(expected);
  });
});

describe('renderMarkdown (the job summary)', () => {
  const entries = [{ image: configEntry('a', { growth: { files: { bytes: 5 } } }), sizes: oneFile(12) }];
  const baseline = [{ name: 'a', sizes: oneFile(10) }];
  const head = headReport(entries, baseline);

  it('in a pull request says what the comment says, with the summary size limit', () => {
    const base = baseReport(baseline);
    const options = { baseline: { source: 'cache' as const, sha: 'abc' }, overrideLabel: 'approved' };
    expect(renderMarkdown(head, { ...options, base })).toBe(
      renderComment(head, base, { ...options, maxLength: summaryMaxLength }),
    );
  });

  it('elsewhere counts growth within the allowance as no failure', () => {
    const markdown = renderMarkdown(head);
    expect(markdown.split('\n')[0]).toBe(`### ✅ tiny-size-gate: all ${head.checks.length} budgets hold`);
    expect(rowsStartingWith(markdown, 'files')).toEqual([`| files | 12 B | 12 B |  |  |`]);
  });
});
