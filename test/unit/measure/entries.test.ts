import { posix } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryKeeper, mergedFilesystem, normalisePath, toFileEntry } from '../../../src/measure/entries.js';
import { rootfsSizes } from '../../../src/measure/rootfs.js';
import type { FileEntry } from '../../../src/measure/types.js';

describe('normalisePath', () => {
  it.each([
    ['./', '/'],
    ['.', '/'],
    ['/', '/'],
    ['usr/bin/', '/usr/bin'],
    ['./usr//bin/./x', '/usr/bin/x'],
    ['../../etc/passwd', '/etc/passwd'],
    ['a/b/../c', '/a/c'],
  ])('%s → %s', (name, path) => {
    expect(normalisePath(name)).toBe(path);
  });

  // Plain names take a shortcut past posix.normalize: it must agree with it on every name.
  it('agrees with posix.normalize on names made of plain, empty, dot and dot-dot segments', () => {
    const segment = fc.constantFrom('usr', 'a.b', '.hidden', '..x', '.', '..', '', ' ', '.wh.f', 'é');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.boolean(), (segments, dotSlash) => {
        const name = `${dotSlash ? './' : ''}${segments.join('/')}`;
        const slow = posix.normalize(`/${name}`);
        expect(normalisePath(name)).toBe(slow.length > 1 && slow.endsWith('/') ? slow.slice(0, -1) : slow);
      }),
      { seed: 1206, numRuns: 2000 },
    );
  });
});

describe('toFileEntry', () => {
  it.each([
    [
      { name: 'bin/x', type: 'file', size: 62 },
      { path: '/bin/x', type: 'file', size: 62 },
    ],
    [
      { name: 'old-dir/', type: 'directory', size: 0 },
      { path: '/old-dir', type: 'directory', size: 0 },
    ],
    [
      { name: 'a/.wh.b', type: 'file', size: 0 },
      { path: '/a/.wh.b', type: 'whiteout', size: 0, target: '/a/b' },
    ],
    [
      { name: '.wh..wh..opq', type: 'file', size: 0 },
      { path: '/.wh..wh..opq', type: 'opaque-whiteout', size: 0, target: '/' },
    ],
    [
      { name: '.wh..wh.plnk', type: 'directory', size: 0 },
      { path: '/.wh..wh.plnk', type: 'other', size: 0 },
    ],
    // A hard link counts 0 even when a writer put a size in its header.
    [
      { name: 'h', type: 'link', size: 9, linkname: './bin/x' },
      { path: '/h', type: 'hardlink', size: 0, target: '/bin/x' },
    ],
    [
      { name: 's', type: 'symlink', size: 0, linkname: '../x' },
      { path: '/s', type: 'symlink', size: 0, target: '../x' },
    ],
    [
      { name: 'dev/sda', type: 'other', size: 0 },
      { path: '/dev/sda', type: 'other', size: 0 },
    ],
  ] as const)('%o', (header, expected) => {
    expect(toFileEntry(header, 3)).toEqual({ ...expected, layer: 3 });
  });
});

describe('file entries', () => {
  // 100,000s of entries are held until the report: made as one literal, a file entry keeps its
  // seven fields in the object (the map of a seven-field literal); fields added one by one after a
  // four-field literal would spill into a second array, 16 bytes more per entry.
  it('have the shape of one seven-field literal', () => {
    setFlagsFromString('--allow-natives-syntax');
    const sameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
      a: object,
      b: object,
    ) => boolean;
    const literal = { path: '/x', size: 1, type: 'file', layer: 0, mode: 1, uid: 2, gid: 3 };
    const header = (name: string) => ({ name, type: 'file', size: 5, mode: 0o644, uid: 0, gid: 0 }) as const;
    expect(sameShape(toFileEntry(header('bin/x'), 0), literal)).toBe(true);
    expect(sameShape(toFileEntry(header('./a/b/c'), 2), literal)).toBe(true);
    const added: Record<string, unknown> = { path: '/x', size: 1, type: 'file', layer: 0 };
    Object.assign(added, { mode: 1, uid: 2, gid: 3 });
    expect(sameShape(added, literal)).toBe(false);
  });
});

describe('mergedFilesystem', () => {
  const e = (layer: number, path: string, type: FileEntry['type'] = 'file', target?: string): FileEntry => ({
    layer,
    path,
    type,
    size: type === 'file' ? 1 : 0,
    ...(target ? { target } : {}),
  });
  it.each([
    {
      name: 'a whiteout deletes a directory and what is under it',
      entries: [e(0, '/d', 'directory'), e(0, '/d/f'), e(0, '/g'), e(1, '/.wh.d', 'whiteout', '/d')],
      paths: ['/g'],
    },
    {
      name: 'an opaque whiteout hides lower layers but keeps its own layer',
      entries: [
        e(0, '/d', 'directory'),
        e(0, '/d/f'),
        e(1, '/d/new'),
        e(1, '/d/.wh..wh..opq', 'opaque-whiteout', '/d'),
      ],
      paths: ['/d', '/d/new'],
    },
    {
      name: 'a file re-added in a later layer wins',
      entries: [e(0, '/f'), e(1, '/.wh.f', 'whiteout', '/f'), e(2, '/f')],
      paths: ['/f'],
      layerOf: { '/f': 2 },
    },
    {
      name: 'a file replacing a directory removes its children',
      entries: [e(0, '/d', 'directory'), e(0, '/d/f'), e(1, '/d')],
      paths: ['/d'],
    },
  ])('$name', ({ entries, paths, layerOf }) => {
    const merged = mergedFilesystem(entries);
    expect(merged.map((m) => m.path)).toEqual(paths);
    for (const [path, layer] of Object.entries(layerOf ?? {})) {
      expect(merged.find((m) => m.path === path)?.layer).toBe(layer);
    }
  });
});

describe('rootfsSizes at scale', () => {
  // One pass per layer, however many whiteouts: a scan of every path per whiteout would be
  // 40,000 x 40,000 steps here and run out the test's time.
  it('a layer deleting 20,000 of 40,000 files: rootfs and wasted exact', () => {
    const entries: FileEntry[] = [];
    for (let i = 0; i < 40_000; i++) {
      entries.push({ layer: 0, path: `/d${i % 100}/f${i}`, type: 'file', size: i + 1 });
    }
    for (let i = 0; i < 40_000; i += 2) {
      entries.push({
        layer: 1,
        path: `/d${i % 100}/.wh.f${i}`,
        type: 'whiteout',
        size: 0,
        target: `/d${i % 100}/f${i}`,
      });
    }
    const { rootfs, wasted, wastedFiles } = rootfsSizes(entries);
    const all = (40_000 * 40_001) / 2;
    const deleted = Array.from({ length: 20_000 }, (_, k) => 2 * k + 1).reduce((sum, size) => sum + size, 0);
    expect(wasted).toBe(deleted);
    expect(rootfs).toBe(all - deleted);
    expect(wastedFiles).toHaveLength(20_000);
    expect(wastedFiles[0]).toEqual({ path: '/d98/f39998', layers: [0], bytes: 39_999 });
  });

  it('resolves an entries array once, however many checks and reports ask', () => {
    const entries: FileEntry[] = [{ layer: 0, path: '/app', type: 'file', size: 10 }];
    const first = rootfsSizes(entries);
    expect(rootfsSizes(entries)).toBe(first);
    // Another array (another platform, another measurement) is resolved on its own.
    const other = rootfsSizes([...entries, { layer: 1, path: '/app', type: 'file', size: 7 }]);
    expect(other).not.toBe(first);
    expect(other).toMatchObject({ rootfs: 7, wasted: 10 });
  });

  it('a file rewritten in a later layer: the hidden copy is wasted, both layers listed', () => {
    const { rootfs, wasted, wastedFiles } = rootfsSizes([
      { layer: 0, path: '/app', type: 'file', size: 10 },
      { layer: 1, path: '/app', type: 'file', size: 7 },
      { layer: 2, path: '/other', type: 'file', size: 3 },
    ]);
    expect({ rootfs, wasted, wastedFiles }).toEqual({
      rootfs: 10,
      wasted: 10,
      wastedFiles: [{ path: '/app', layers: [0, 1], bytes: 10 }],
    });
  });
});

describe('EntryKeeper', () => {
  // What it must keep, said plainly: the `limit` largest (the earliest among equals), in their order.
  function largestInOrder(entries: FileEntry[], limit: number): FileEntry[] {
    const order = entries.map((_, index) => index);
    order.sort((a, b) => (entries[b] as FileEntry).size - (entries[a] as FileEntry).size || a - b);
    return order
      .slice(0, limit)
      .sort((a, b) => a - b)
      .map((index) => entries[index] as FileEntry);
  }

  it('keeps the largest entries, the earliest among equals, in their order, added or merged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat({ max: 60 }),
        (sizes, limit, split) => {
          const entries: FileEntry[] = sizes.map((size, index) => ({
            path: `/f${index}`,
            size,
            type: 'file',
            layer: index < split ? 0 : 1,
          }));
          const expected = largestInOrder(entries, limit);
          const added = new EntryKeeper([], limit);
          for (const entry of entries) added.add(entry);
          expect(added.entries()).toEqual(expected);
          expect(added.omitted).toBe(entries.length - expected.length);
          // Two layers' keepers merged into the platform's keep what one keeper of all would.
          const lower = new EntryKeeper([], limit);
          const upper = new EntryKeeper([], limit);
          for (const entry of entries) (entry.layer === 0 ? lower : upper).add(entry);
          const platform = new EntryKeeper([], limit);
          for (const layer of [lower, upper])
            platform.merge({ entries: layer.entries(), omitted: layer.omitted });
          expect(platform.entries()).toEqual(expected);
          expect(platform.omitted).toBe(entries.length - expected.length);
        },
      ),
      { seed: 1206, numRuns: 2000 },
    );
  });
});
