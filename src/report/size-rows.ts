/**
 * The rows of the sizes table every report shows for one platform: each metric with its exact
 * bytes, the human form, the budget and its status, then each `paths:` budget. Text and Markdown
 * differ only in how a figure, a path and a status are written.
 */
import type { Check } from '../gate/index.js';
import type { Figure, FileEntry, PlatformSizes } from '../measure/index.js';
import { byteMetrics } from '../metrics.js';
import { formatBytes, formatExact } from '../units.js';

export const sizeColumns = ['metric', 'bytes', 'human', 'budget', 'status'];

export interface SizeRowStyle {
  figure(value: Figure): string;
  path(pattern: string): string;
  status(check: Check | undefined): string;
}

/** What was not measured is a dash, never 0 (manifest-only: files and tar). */
export const notMeasured = '—';

/** Without checks (`measure`), the budget and status columns are empty: leave them out. */
export function withoutEmptyColumns(
  header: string[],
  rows: string[][],
): { header: string[]; rows: string[][] } {
  const keep = header.map((_, column) => column < 3 || rows.some((row) => (row[column] ?? '') !== ''));
  const pick = (cells: string[]) => cells.filter((_, column) => keep[column]);
  return { header: pick(header), rows: rows.map(pick) };
}

export function sizeRows(platform: PlatformSizes, checks: Check[], style: SizeRowStyle): string[][] {
  const byMetric = new Map(
    checks.flatMap((check) => (check.kind === 'metric' ? [[check.metric, check] as const] : [])),
  );
  const rows = byteMetrics.map((metric) => {
    const value = platform.sizes[metric];
    const check = byMetric.get(metric);
    return [
      metric,
      style.figure(value),
      value.measured === false ? '' : formatBytes(value.bytes),
      check ? formatExact(check.limit) : '',
      style.status(check),
    ];
  });
  const layers = byMetric.get('layers');
  rows.push([
    'layers',
    String(platform.sizes.layers),
    '',
    layers ? String(layers.limit) : '',
    style.status(layers),
  ]);
  for (const check of checks) {
    if (check.kind !== 'path') continue;
    rows.push([
      style.path(check.pattern),
      formatExact(check.actual),
      formatBytes(check.actual),
      formatExact(check.limit),
      style.status(check),
    ]);
  }
  return rows;
}

/** Largest first, then by path: the order the reports list files in. */
export function byLargest(a: FileEntry, b: FileEntry): number {
  return b.size - a.size || a.path.localeCompare(b.path);
}

/**
 * The regular files of a platform in report order (byLargest), only the first `count` when given,
 * and how many there are. The first `count` are picked in one pass holding no more than them: a
 * sorted copy of 100,000 entries to print 10 is megabytes of garbage at the end of a measurement.
 */
export function largestFiles(
  entries: readonly FileEntry[],
  count?: number,
): { largest: FileEntry[]; files: number } {
  if (count === undefined) {
    const largest = entries.filter((entry) => entry.type === 'file').sort(byLargest);
    return { largest, files: largest.length };
  }
  const largest: FileEntry[] = [];
  let files = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as FileEntry;
    if (entry.type !== 'file') continue;
    files++;
    const last = largest[count - 1];
    // As a stable sort would: after the entries it ties with, so an equal later entry stays out.
    if (last && byLargest(entry, last) >= 0) continue;
    let at = largest.length;
    while (at > 0 && byLargest(entry, largest[at - 1] as FileEntry) < 0) at--;
    largest.splice(at, 0, entry);
    if (largest.length > count) largest.pop();
  }
  return { largest, files };
}
