/**
 * What was not measured (manifest-only: files and tar) is shown as not measured, `—` in text and
 * Markdown and `null` in JSON, never as 0; and the small things a person reads in the reports.
 */
import { describe, expect, it } from 'vitest';
import type { ImageSizes } from '../../../src/measure/index.js';
import {
  type CheckReport,
  measureReport,
  renderCheckText,
  renderComment,
  renderMarkdown,
  renderSizesText,
  reportJson,
  validateCheckReport,
} from '../../../src/report/index.js';
import { configEntry, imageSizes } from '../gate/build-sizes.js';
import { baseReport, headReport, rowsStartingWith } from './reports.js';

/** A manifest-only measurement: layers known from their descriptors, files and tar not measured. */
function manifestOnly(): ImageSizes {
  const sizes = imageSizes({ layers: [{ id: 'm', files: [['/f', 100]], compressed: 300 }] });
  const [platform] = sizes.platforms;
  if (!platform) throw new Error('no platform');
  platform.sizes.files = { bytes: 0, measured: false };
  platform.sizes.tar = { bytes: 0, measured: false };
  platform.entries = [];
  for (const layer of platform.layers) Object.assign(layer, { files: 0, tar: 0, entries: 0, read: false });
  return sizes;
}

describe('not measured is not zero', () => {
  it('measure prints — for files and tar, in the totals and in the layers', () => {
    const text = renderSizesText(manifestOnly());
    const line = (metric: string) => text.split('\n').find((l) => l.trim().startsWith(`${metric} `)) ?? '';
    expect(line('files').trim().split(/\s+/)).toEqual(['files', '—']);
    expect(line('tar').trim().split(/\s+/)).toEqual(['tar', '—']);
    expect(line('compressed').trim().split(/\s+/)).toEqual(['compressed', '300', 'B', '300', 'B']);
    expect(text).not.toMatch(/\b0 B\*/);
    const layerRow = text.split('\n').find((l) => /^\s+0\s+sha256:/.test(l)) ?? '';
    expect(layerRow.trim().split(/\s+/).slice(2, 5)).toEqual(['—', '—', '300']);
  });

  it('the JSON report writes null, and reading it back gives the same measurement', () => {
    const sizes = manifestOnly();
    const json = JSON.parse(reportJson(measureReport(sizes)));
    const platform = json.image.platforms[0];
    expect(platform.sizes.files).toEqual({ bytes: null });
    expect(platform.sizes.tar).toEqual({ bytes: null });
    expect(platform.sizes.compressed).toEqual({ bytes: 300 });
    expect(platform.layers[0]).toMatchObject({ files: null, tar: null });
    expect(platform.layers[0]).not.toHaveProperty('read');

    const report: CheckReport = headReport([{ image: configEntry('app'), sizes }]);
    const read = validateCheckReport(JSON.parse(reportJson(report)));
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(read.report.images[0]?.sizes).toEqual(sizes);
  });

  it('the comment and the job summary print — for a side not measured, and no delta', () => {
    const head = headReport(
      [{ image: configEntry('app'), sizes: manifestOnly() }],
      [{ name: 'app', sizes: imageSizes({ layers: [{ id: 'm', files: [['/f', 100]], compressed: 300 }] }) }],
    );
    const base = baseReport([
      { name: 'app', sizes: imageSizes({ layers: [{ id: 'm', files: [['/f', 100]], compressed: 300 }] }) },
    ]);
    const comment = renderComment(head, base, { baseline: { source: 'cache' } });
    expect(rowsStartingWith(comment, '`files`')).toEqual(['| `files` | 100 B | — | — |  | ✅ ok |']);
    const summary = renderMarkdown(headReport([{ image: configEntry('app'), sizes: manifestOnly() }]));
    expect(rowsStartingWith(summary, 'files')).toEqual(['| files | — |  |  |  |']);
  });
});

describe('what a person reads', () => {
  it('counts in words that agree: 1 check holds for 1 image', () => {
    const one = headReport([
      {
        image: configEntry('app', { budget: { files: 100 } }),
        sizes: imageSizes({ layers: [{ id: 'a', files: [['/f', 1]] }] }),
      },
    ]);
    expect(renderCheckText(one)).toContain('✔ pass: 1 check holds for 1 image in tiny-size.yml');
    const two = headReport([
      {
        image: configEntry('a', { budget: { files: 100, layers: 1 } }),
        sizes: imageSizes({ layers: [{ id: 'a', files: [['/f', 1]] }] }),
      },
      { image: configEntry('b'), sizes: imageSizes({ layers: [{ id: 'b', files: [['/f', 1]] }] }) },
    ]);
    expect(renderCheckText(two)).toContain('✔ pass: 2 checks hold for 2 images in tiny-size.yml');
    const failed = headReport([
      {
        image: configEntry('a', { budget: { files: 0 } }),
        sizes: imageSizes({ layers: [{ id: 'a', files: [['/f', 1]] }] }),
      },
    ]);
    expect(renderCheckText(failed)).toContain('✘ fail: 1 of 1 check failed in tiny-size.yml');
  });

  it('measure leaves out the budget and status columns, which it never fills', () => {
    const text = renderSizesText(imageSizes({ layers: [{ id: 'a', files: [['/f', 1]] }] }));
    const header = text.split('\n').find((l) => l.trim().startsWith('metric')) ?? '';
    expect(header.trim().split(/\s+/)).toEqual(['metric', 'bytes', 'human']);
    const checked = renderCheckText(
      headReport([
        {
          image: configEntry('a', { budget: { files: 9 } }),
          sizes: imageSizes({ layers: [{ id: 'a', files: [['/f', 1]] }] }),
        },
      ]),
    );
    const checkedHeader = checked.split('\n').find((l) => l.trim().startsWith('metric')) ?? '';
    expect(checkedHeader.trim().split(/\s+/)).toEqual(['metric', 'bytes', 'human', 'budget', 'status']);
  });

  it('does not repeat the source in the header', () => {
    const sizes = {
      ...imageSizes({ layers: [{ id: 'a', files: [['/f', 1]] }] }),
      source: 'docker:hello:latest',
      references: ['hello:latest'],
    };
    expect(renderSizesText(sizes).split('\n')[0]).toBe('docker:hello:latest');
    const other = { ...sizes, references: ['hello:latest', 'hello:1'] };
    expect(renderSizesText(other).split('\n')[0]).toBe('docker:hello:latest  (hello:1)');
    const report = headReport([{ image: configEntry('app'), sizes: { ...sizes, source: 'oci:/x/layout' } }]);
    report.images[0] = {
      ...(report.images[0] as CheckReport['images'][number]),
      method: 'read from oci:/x/layout',
    };
    expect(renderCheckText(report).split('\n')[0]).toBe('app: ✔ within budget  (read from oci:/x/layout)');
  });

  it('the base column of the pull request table carries the estimated * too', () => {
    const estimated = (compressed: number) =>
      imageSizes({
        layers: [{ id: `e${compressed}`, files: [['/f', 1]], compressed, estimated: 'gzip -6' }],
      });
    const exact = (compressed: number) =>
      imageSizes({ layers: [{ id: `x${compressed}`, files: [['/f', 1]], compressed }] });
    const head = headReport(
      [{ image: configEntry('app'), sizes: exact(310) }],
      [{ name: 'app', sizes: estimated(300) }],
    );
    const comment = renderComment(head, baseReport([{ name: 'app', sizes: estimated(300) }]), {
      baseline: { source: 'cache' },
    });
    expect(rowsStartingWith(comment, '`compressed`')).toEqual([
      '| `compressed` | 300 B \\* | 310 B | +10 B (+3.33%) |  | 🔼 grew |',
    ]);
    expect(comment).toContain('\\* estimated: gzip &#45;6');
  });
});
