/**
 * The JSON report written in chunks (its file lists a batch of entries at a time) is the text
 * JSON.stringify writes at once: same bytes, whatever the names, lists and platforms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileEntry, ImageSizes } from '../../../src/measure/index.js';
import { measureReport, reportJson, reportJsonChunks } from '../../../src/report/index.js';
import { configEntry, imageSizes } from '../gate/build-sizes.js';
import { headReport } from './reports.js';

/** Indented JSON as JSON.stringify(value, null, 2) writes it: what the report must stay byte for byte. */
function expectStandardJson(text: string): unknown {
  const value = JSON.parse(text);
  expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  return value;
}

const name = fc.string({ unit: 'binary', maxLength: 12 });
const entry = fc.record(
  {
    path: name.map((text) => `/${text}`),
    size: fc.nat(),
    type: fc.constantFrom<FileEntry['type']>('file', 'directory', 'symlink', 'whiteout'),
    layer: fc.nat({ max: 3 }),
    target: name,
    mode: fc.nat({ max: 0o7777 }),
  },
  { requiredKeys: ['path', 'size', 'type', 'layer'] },
);

describe('reportJsonChunks', () => {
  it('joins into the text JSON.stringify writes, with hostile names, empty lists and several platforms', () => {
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), (lists) => {
        const sizes: ImageSizes = imageSizes(
          ...lists.map((_, index) => ({ platform: `linux/p${index}`, layers: [] })),
        );
        sizes.platforms.forEach((platform, index) => {
          platform.entries = lists[index] as FileEntry[];
        });
        const measured = expectStandardJson(reportJson(measureReport(sizes))) as { image: ImageSizes };
        expect(measured.image.platforms.map((p) => p.entries)).toEqual(lists);
        const checked = expectStandardJson(reportJson(headReport([{ image: configEntry('app'), sizes }])));
        expect(checked).toMatchObject({
          images: [{ sizes: { platforms: lists.map((entries) => ({ entries })) } }],
        });
      }),
      { seed: 1206, numRuns: 300 },
    );
  });

  it('hands a long file list on in chunks of about 64 KB, never the whole text at once', () => {
    const files: [string, number][] = Array.from({ length: 5_000 }, (_, index) => [`/app/f${index}`, index]);
    const chunks = [...reportJsonChunks(measureReport(imageSizes({ layers: [{ id: 'a', files }] })))];
    const text = chunks.join('');
    expect(text.length).toBeGreaterThan(500_000);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(70_000);
    const report = expectStandardJson(text) as { image: ImageSizes };
    expect(report.image.platforms[0]?.entries).toHaveLength(5_000);
  });
});
