/** JSON reports of a head run and of its baseline, made from hand-built sizes through the real gate. */
import { evaluate, type GateEntry, type NamedSizes } from '../../../src/gate/index.js';
import type { CheckReport } from '../../../src/report/json.js';

export function headReport(
  entries: GateEntry[],
  baseline?: readonly NamedSizes[],
  overrideGrowth = false,
): CheckReport {
  const verdict = evaluate(entries, { ...(baseline ? { baseline } : {}), overrideGrowth });
  return {
    tool: 'tiny-size-gate',
    schemaVersion: 1,
    verdict: verdict.ok ? 'pass' : 'fail',
    config: 'tiny-size.yml',
    images: entries.map(({ image, sizes }) => ({
      name: image.name,
      method: 'read from an OCI layout',
      sizes,
    })),
    checks: verdict.checks,
  };
}

export function baseReport(images: readonly NamedSizes[]): CheckReport {
  return {
    tool: 'tiny-size-gate',
    schemaVersion: 1,
    verdict: 'pass',
    config: 'tiny-size.yml',
    images: images.map(({ name, sizes }) => ({ name, method: 'read from an OCI layout', sizes })),
    checks: [],
  };
}

/** The table rows (lines starting with `|`) of a Markdown text whose first cell is `first`. */
export function rowsStartingWith(markdown: string, first: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith(`| ${first} |`));
}

/** Pipes that GitHub would read as cell separators: every `|` not inside an entity. */
export function cellCount(row: string): number {
  return row.split('|').length - 2;
}
