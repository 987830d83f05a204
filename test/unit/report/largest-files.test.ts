/** The reports' file lists: the first few picked in one pass are what sorting them all would give. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../../../src/measure/index.js';
import { byLargest, largestFiles } from '../../../src/report/index.js';

describe('largestFiles', () => {
  it('picks what a stable sort of every regular file would list first, ties and repeated paths included', () => {
    const entry = fc.record({
      path: fc.constantFrom('/a', '/B', '/b', '/é', '/a/x', '/z'),
      size: fc.nat({ max: 3 }),
      type: fc.constantFrom<FileEntry['type']>('file', 'file', 'directory', 'symlink'),
      layer: fc.nat({ max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (entries, count) => {
        const sorted = entries.filter((e) => e.type === 'file').sort(byLargest);
        const picked = largestFiles(entries, count);
        // The same objects, not equal copies: which of two equal entries is listed is part of the order.
        expect(picked.largest.length).toBe(Math.min(count, sorted.length));
        for (const [index, file] of picked.largest.entries()) expect(file).toBe(sorted[index]);
        expect(picked.files).toBe(sorted.length);
        expect(largestFiles(entries)).toEqual({ largest: sorted, files: sorted.length });
      }),
      { seed: 1206, numRuns: 2000 },
    );
  });
});
