/**
 * `tiny-size-gate diff A B` in a terminal: per image and platform, the metrics, the layers and the
 * files that changed, largest change first: the same rows and tables the pull request comment
 * prints (comment-model.ts, comment-render.ts), written as plain text.
 */
import type { Comparison } from '../compare/index.js';
import { groupDigits } from '../units.js';
import { platformModel } from './comment-model.js';
import { fileTable, layerTable, sizeTable, textCells, textOf } from './comment-render.js';
import { distinctNotes } from './notes.js';

export interface DiffSides {
  /** How each side was named on the command line. */
  base: string;
  head: string;
}

export function renderDiffText(comparison: Comparison, sides: DiffSides): string {
  const parts = [`${sides.base} → ${sides.head}`];
  for (const image of comparison.images) {
    const name = comparison.images.length > 1 ? `${image.name}: ` : '';
    for (const platform of image.platforms) {
      const model = platformModel(image.name, platform, [], undefined, true);
      const notes = new Set<string>();
      for (const row of model.rows) {
        if (row.baseEstimated) notes.add(row.baseEstimated);
        if (row.headEstimated) notes.add(row.headEstimated);
      }
      const section = [`${name}${platform.platform}  ${platform.status}`];
      section.push(textOf(sizeTable(model.rows, true, textCells, true)));
      if (model.layers.length) {
        section.push(`  layers that changed (${model.layers.length}), largest change first:`);
        section.push(textOf(layerTable(model.layers, textCells)));
      }
      if (model.files.length) {
        section.push(`  files that changed (${groupDigits(model.files.length)}), largest change first:`);
        section.push(textOf(fileTable(model.files, textCells)));
      } else section.push('  no file changed');
      for (const note of distinctNotes(notes)) section.push(`  * estimated: ${note}`);
      parts.push(section.join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** Whether any figure grew, or an image or platform was added: `diff --fail-on-growth` exits 1. */
export function comparisonGrew(comparison: Comparison): boolean {
  return comparison.images.some((image) =>
    image.platforms.some((platform) =>
      platform.metrics.some((metric) => metric.head !== undefined && metric.delta > 0),
    ),
  );
}
