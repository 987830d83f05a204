/**
 * The reports of a matrix's shards merged into one: one report (every image, every check), one
 * baseline, one verdict. Each report lists every image of the budget file, so an image no shard
 * measured is found, and it fails the verdict, as does a shard whose artifact was refused: a
 * missing shard must never read as a pass.
 */
import type { ActionReport, ShardResult } from '../artifact/index.js';
import { codeName, escapeMarkdown } from '../report/index.js';

export interface MergedShards {
  report: ActionReport;
  base: ActionReport['base'];
  /** Images of the budget file that no shard measured. */
  unmeasured: string[];
  /** Artifacts that were refused, with the reason. */
  invalid: { artifact: string; problem: string }[];
  /** The shards' artifact names, valid ones. */
  shards: string[];
  /** The budget file's line of each merged check (same order as `report.checks`). */
  lines: (number | null)[];
}

export function mergeShards(results: ShardResult[]): MergedShards {
  const valid = results.flatMap((result) =>
    result.ok ? [{ artifact: result.artifact, report: result.report }] : [],
  );
  const invalid = results.flatMap((result) =>
    result.ok ? [] : [{ artifact: result.artifact, problem: result.problem }],
  );
  const first = valid[0]?.report;
  if (!first) throw new Error('mergeShards needs at least one valid report');
  const seen = new Set<string>();
  const images = valid.flatMap(({ report }) =>
    report.images.filter((image) => !seen.has(image.name) && seen.add(image.name)),
  );
  const measured = new Set(images.map((image) => image.name));
  const budgetImages = [...new Set(valid.flatMap(({ report }) => report.run?.budgetImages ?? []))];
  const unmeasured = budgetImages.filter((name) => !measured.has(name)).sort();
  const bases = valid.flatMap(({ report }) => (report.base ? [report.base] : []));
  const baseSeen = new Set<string>();
  const base = bases[0]
    ? {
        ...bases[0],
        images: bases.flatMap((b) =>
          b.images.filter((image) => !baseSeen.has(image.name) && baseSeen.add(image.name)),
        ),
        checks: [],
      }
    : undefined;
  const failed =
    valid.some(({ report }) => report.verdict === 'fail') || unmeasured.length > 0 || invalid.length > 0;
  const report: ActionReport = {
    ...first,
    verdict: failed ? 'fail' : 'pass',
    images,
    checks: valid.flatMap(({ report }) => report.checks),
  };
  const lines = valid.flatMap(({ report }) =>
    report.checks.map((_, index) => report.run?.checkLines[index] ?? null),
  );
  return { report, base, unmeasured, invalid, shards: valid.map(({ artifact }) => artifact), lines };
}

/** What the comment says about shards beyond the report: images no shard measured, refused artifacts. */
export function renderShardNotes(merged: MergedShards): string {
  const lines: string[] = [];
  if (merged.unmeasured.length) {
    lines.push(
      `❌ **Not measured by any shard** (a missing shard fails the check): ${merged.unmeasured.map(codeName).join(', ')}`,
    );
  }
  for (const { artifact, problem } of merged.invalid) {
    lines.push(`❌ **Shard report refused**: ${codeName(artifact)}: ${escapeMarkdown(problem)}`);
  }
  if (merged.shards.length > 1)
    lines.push(`Merged from ${merged.shards.length} shards: ${merged.shards.map(codeName).join(', ')}.`);
  return lines.length ? `${lines.join('\n\n')}\n\n` : '';
}
