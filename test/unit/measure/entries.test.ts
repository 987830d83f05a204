import { describe, expect, it } from 'vitest';
import { mergedFilesystem, normalisePath, toFileEntry } from '../../../src/measure/entries.js';
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
