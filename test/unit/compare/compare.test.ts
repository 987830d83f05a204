import { describe, expect, it } from 'vitest';
import {
  compareFiles,
  compareImages,
  compareLayers,
  comparePlatform,
  comparisonHasChanges,
  largestLayerChanges,
} from '../../../src/compare/index.js';
import { metrics } from '../../../src/measure/types.js';
import { amd64, imageSizes, type LayerSpec, platformSizes, tarLength } from '../gate/build-sizes.js';

const base: LayerSpec = { id: 'base', files: [['/hello', 62]] };
const site: LayerSpec = {
  id: 'site',
  files: [
    ['/index.html', 700],
    ['/www/a.css', 120],
  ],
};

describe('comparePlatform: metrics', () => {
  it('gives base, head, delta and percent per metric, from the two sides', () => {
    const before = platformSizes({ layers: [base, site] });
    const grown: LayerSpec = {
      id: 'site2',
      files: [
        ['/index.html', 820],
        ['/www/a.css', 120],
      ],
    };
    const after = platformSizes({ layers: [base, grown] });
    const result = comparePlatform(after, before);
    expect(result.status).toBe('changed');
    for (const delta of result.metrics) {
      const pick = (side: typeof after) =>
        delta.metric === 'layers' ? side.sizes.layers : side.sizes[delta.metric].bytes;
      expect(delta).toMatchObject({
        base: pick(before),
        head: pick(after),
        delta: pick(after) - pick(before),
      });
      if (pick(before) > 0)
        expect(delta.percent).toBeCloseTo(((pick(after) - pick(before)) / pick(before)) * 100);
    }
    expect(result.metrics.map((m) => m.metric)).toEqual([...metrics]);
    expect(result.metrics[0]).toMatchObject({ metric: 'files', delta: 120 });
  });

  it('is unchanged when every size is equal', () => {
    const one = platformSizes({ layers: [base] });
    const result = comparePlatform(one, platformSizes({ layers: [base] }));
    expect(result.status).toBe('unchanged');
    expect(result.metrics.every((m) => m.delta === 0)).toBe(true);
  });

  it('carries how a figure of either side was estimated', () => {
    const how = 'gzip -6 of the layer tars';
    const estimated = platformSizes({ layers: [{ ...base, estimated: how }] });
    const read = platformSizes({ layers: [base] });
    for (const [head, before] of [
      [estimated, read],
      [read, estimated],
    ] as const) {
      const result = comparePlatform(head, before);
      expect(result.metrics.find((m) => m.metric === 'compressed')?.estimated).toBe(how);
      expect(result.metrics.find((m) => m.metric === 'tar')?.estimated).toBeUndefined();
    }
  });

  it('has no base side for a new platform, no head side for a removed one', () => {
    const only = platformSizes({ layers: [base] });
    const added = comparePlatform(only, undefined);
    expect(added.status).toBe('added');
    expect(added.metrics[0]).toEqual({ metric: 'files', head: 62, delta: 62 });
    const removed = comparePlatform(undefined, only);
    expect(removed.status).toBe('removed');
    expect(removed.metrics[0]).toEqual({ metric: 'files', base: 62, delta: -62, percent: -100 });
    expect(removed.files).toEqual([{ path: '/hello', status: 'removed', base: 62, head: 0, delta: -62 }]);
  });
});

describe('compareLayers', () => {
  const layer = (id: string, files: [string, number][]): LayerSpec => ({ id, files });
  const a = layer('a', [['/a', 10]]);
  const b = layer('b', [['/b', 2000]]);
  const c = layer('c', [['/c', 30]]);
  const c2 = layer('c2', [['/c', 3000]]);
  const d = layer('d', [['/d', 40]]);

  it.each([
    ['same layers', [a, b], [a, b], ['unchanged 0<-0', 'unchanged 1<-1']],
    ['a layer rebuilt at its index is changed', [a, c], [a, c2], ['unchanged 0<-0', 'changed 1<-1']],
    ['a layer appended is added', [a], [a, d], ['unchanged 0<-0', 'added 1<-']],
    ['a layer dropped is removed', [a, b], [a], ['unchanged 0<-0', 'removed <-1']],
    // b moved from index 1 to 2: same diffId, so unchanged; d took index 1 and b is in head: d is added.
    [
      'a layer moved keeps its diffId: unchanged',
      [a, b],
      [a, d, b],
      ['unchanged 0<-0', 'added 1<-', 'unchanged 2<-1'],
    ],
    ['equal diffIds pair one to one', [a, a], [a, a, a], ['unchanged 0<-0', 'unchanged 1<-1', 'added 2<-']],
  ])('%s', (_name, before, after, expected) => {
    const result = compareLayers(
      platformSizes({ layers: after }).layers,
      platformSizes({ layers: before }).layers,
    );
    expect(result.map((l) => `${l.status} ${l.index ?? ''}<-${l.baseIndex ?? ''}`)).toEqual(expected);
  });

  it('gives the deltas of a changed layer from both tars', () => {
    const [, changed] = compareLayers(
      platformSizes({ layers: [a, c2] }).layers,
      platformSizes({ layers: [a, c] }).layers,
    );
    expect(changed?.delta).toEqual({
      files: 3000 - 30,
      tar: tarLength(c2) - tarLength(c),
      compressed: Math.ceil(tarLength(c2) / 4) - Math.ceil(tarLength(c) / 4),
    });
  });

  it('lists the changes largest first, without the unchanged ones', () => {
    const result = compareLayers(
      platformSizes({ layers: [a, d, c2, b] }).layers,
      platformSizes({ layers: [a, c, b, c] }).layers,
    );
    // d takes index 1 where c was (c is not in head): changed; c2 at index 2 where b was, but b is in
    // head, so c2 is added; base index 3 (c again) is left: removed.
    const tar = (spec: LayerSpec) => tarLength(spec);
    expect(result.map((l) => l.status)).toEqual(['unchanged', 'changed', 'added', 'unchanged', 'removed']);
    const expected = [
      ['added', tar(c2)],
      ['removed', -tar(c)],
      ['changed', tar(d) - tar(c)],
    ].sort((x, y) => Math.abs(y[1] as number) - Math.abs(x[1] as number));
    expect(largestLayerChanges(result).map((l) => [l.status, l.delta.tar])).toEqual(expected);
  });
});

describe('compareFiles', () => {
  it('pairs paths over all layers, largest change first, and the deltas add up to the files delta', () => {
    const before = platformSizes({
      layers: [
        {
          id: '1',
          files: [
            ['/index.html', 700],
            ['/gone.txt', 50],
            ['/same', 5],
            ['/moved', 9],
          ],
        },
        { id: '2', files: [['/index.html', 100]] },
      ],
    });
    const after = platformSizes({
      layers: [
        {
          id: '1b',
          files: [
            ['/index.html', 700],
            ['/same', 5],
            ['/new.css', 300],
            ['/empty', 0],
          ],
        },
        {
          id: '2b',
          files: [
            ['/index.html', 40],
            ['/moved', 9],
          ],
        },
      ],
    });
    const { files, unchangedFiles } = compareFiles(after, before);
    expect(files).toEqual([
      { path: '/new.css', status: 'added', base: 0, head: 300, delta: 300 },
      { path: '/index.html', status: 'shrank', base: 800, head: 740, delta: -60 },
      { path: '/gone.txt', status: 'removed', base: 50, head: 0, delta: -50 },
      { path: '/empty', status: 'added', base: 0, head: 0, delta: 0 },
    ]);
    expect(unchangedFiles).toBe(2); // /same, and /moved which only changed layer
    const sum = files.reduce((total, file) => total + file.delta, 0);
    expect(sum).toBe(after.sizes.files.bytes - before.sizes.files.bytes);
  });

  it('ignores entries that are not regular files', () => {
    const before = platformSizes({ layers: [{ id: 'x', files: [['/a', 1]], others: ['directory'] }] });
    const after = platformSizes({
      layers: [{ id: 'y', files: [['/a', 1]], others: ['symlink', 'whiteout'] }],
    });
    expect(compareFiles(after, before)).toEqual({ files: [], unchangedFiles: 1 });
  });

  it('lists a file whose mode or owner changed, of its last copy, with the bytes unchanged', () => {
    const withAttributes = (mode: number, uid: number, size = 10) => {
      const sizes = platformSizes({
        layers: [
          {
            id: `m${mode}${uid}${size}`,
            files: [
              ['/bin/app', size],
              ['/etc/conf', 3],
            ],
          },
        ],
      });
      for (const entry of sizes.entries) Object.assign(entry, { mode, uid, gid: 0 });
      return sizes;
    };
    const before = withAttributes(0o644, 0);
    expect(compareFiles(withAttributes(0o755, 0), before).files).toEqual([
      { path: '/bin/app', status: 'mode', base: 10, head: 10, delta: 0, mode: [0o644, 0o755] },
      { path: '/etc/conf', status: 'mode', base: 3, head: 3, delta: 0, mode: [0o644, 0o755] },
    ]);
    expect(compareFiles(withAttributes(0o644, 1000), before).files[0]).toEqual({
      path: '/bin/app',
      status: 'owner',
      base: 10,
      head: 10,
      delta: 0,
      owner: ['0:0', '1000:0'],
    });
    // A size change wins the status; the mode change rides along.
    expect(compareFiles(withAttributes(0o755, 0, 12), before).files[0]).toMatchObject({
      status: 'grew',
      delta: 2,
      mode: [0o644, 0o755],
    });
    // Entries that never recorded a mode (an old report) change nothing.
    expect(
      compareFiles(
        platformSizes({
          layers: [
            {
              id: 'n',
              files: [
                ['/bin/app', 10],
                ['/etc/conf', 3],
              ],
            },
          ],
        }),
        before,
      ),
    ).toEqual({
      files: [],
      unchangedFiles: 2,
    });
  });

  it('orders equal changes added, removed, grew, shrank, then by path', () => {
    const before = platformSizes({
      layers: [
        {
          id: 'p',
          files: [
            ['/r', 5],
            ['/g', 1],
            ['/s', 10],
          ],
        },
      ],
    });
    const after = platformSizes({
      layers: [
        {
          id: 'q',
          files: [
            ['/b', 5],
            ['/a', 5],
            ['/g', 6],
            ['/s', 5],
          ],
        },
      ],
    });
    expect(compareFiles(after, before).files.map((f) => `${f.status} ${f.path}`)).toEqual([
      'added /a',
      'added /b',
      'removed /r',
      'grew /g',
      'shrank /s',
    ]);
  });
});

describe('compareImages', () => {
  const hello = imageSizes({ layers: [base] });
  const multi = imageSizes({ layers: [base] }, { platform: 'linux/arm64', layers: [base] });

  it('marks images new, removed, changed and unchanged, head first then the removed', () => {
    const result = compareImages(
      [
        { name: 'same', sizes: hello },
        { name: 'fresh', sizes: hello },
        { name: 'grown', sizes: imageSizes({ layers: [base, site] }) },
      ],
      [
        { name: 'old', sizes: hello },
        { name: 'grown', sizes: hello },
        { name: 'same', sizes: hello },
      ],
    );
    expect(result.images.map((i) => [i.name, i.status])).toEqual([
      ['same', 'unchanged'],
      ['fresh', 'added'],
      ['grown', 'changed'],
      ['old', 'removed'],
    ]);
    expect(comparisonHasChanges(result)).toBe(true);
  });

  it('marks a platform new or removed inside an image in both', () => {
    const added = compareImages([{ name: 'm', sizes: multi }], [{ name: 'm', sizes: hello }]);
    expect(added.images[0]?.status).toBe('changed');
    expect(added.images[0]?.platforms.map((p) => [p.platform, p.status])).toEqual([
      [amd64, 'unchanged'],
      ['linux/arm64', 'added'],
    ]);
    const removed = compareImages([{ name: 'm', sizes: hello }], [{ name: 'm', sizes: multi }]);
    expect(removed.images[0]?.platforms.map((p) => [p.platform, p.status])).toEqual([
      [amd64, 'unchanged'],
      ['linux/arm64', 'removed'],
    ]);
  });

  it.each([
    ['nothing changed', [{ name: 'a', sizes: hello }], [{ name: 'a', sizes: hello }], false],
    [
      'a size changed',
      [{ name: 'a', sizes: imageSizes({ layers: [site] }) }],
      [{ name: 'a', sizes: hello }],
      true,
    ],
    ['an image is new', [{ name: 'a', sizes: hello }], [], true],
    ['an image is gone', [], [{ name: 'a', sizes: hello }], true],
    // Same sizes, other content: a size gate sees no change.
    [
      'a file renamed, same sizes',
      [{ name: 'a', sizes: imageSizes({ layers: [{ id: 'r', files: [['/hellO', 62]] }] }) }],
      [{ name: 'a', sizes: hello }],
      false,
    ],
  ])('hasChanges when %s', (_name, head, before, expected) => {
    expect(comparisonHasChanges(compareImages(head, before))).toBe(expected);
  });
});
