/**
 * Vitest global setup: empties the fuzz counts before the run and prints their summary after it
 * (inputs tried, faults injected, all handled), the figures README's reliability section quotes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countsDir, type Tally } from './fuzz.js';

export function setup(): void {
  // Workers inherit the environment, so every test file writes to this run's own directory.
  process.env.TSG_FUZZ_COUNTS_DIR ??= mkdtempSync(join(tmpdir(), 'tsg-fuzz-counts-'));
}

/** The summary lines, one per tally and a total; empty when no fuzz or fault test ran. */
export function summary(tallies: Tally[]): string[] {
  if (tallies.length === 0) return [];
  const merged = new Map<string, Tally>();
  for (const tally of tallies) {
    const into = merged.get(tally.what) ?? { what: tally.what, inputs: 0, results: 0, refused: 0, faults: 0 };
    into.inputs += tally.inputs;
    into.results += tally.results;
    into.refused += tally.refused;
    into.faults = (into.faults ?? 0) + (tally.faults ?? 0);
    merged.set(tally.what, into);
  }
  const rows = [...merged.values()];
  const total = (key: 'inputs' | 'results' | 'refused' | 'faults') =>
    rows.reduce((sum, row) => sum + (row[key] ?? 0), 0);
  const lines = rows.map(
    (row) =>
      `  ${row.what}: ${row.inputs} inputs, ${row.results} measured or parsed, ${row.refused} refused with a clear error${row.faults ? `, ${row.faults} faults injected` : ''}`,
  );
  lines.unshift('reliability: every input ended in a result or a clear error (no hang, no crash)');
  lines.push(
    `  total: ${total('inputs')} inputs tried, ${total('faults')} faults injected, all handled (${total('results')} results, ${total('refused')} clear errors)`,
  );
  return lines;
}

export function teardown(): void {
  const dir = countsDir();
  const file = join(dir, 'counts.jsonl');
  if (!existsSync(file)) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const tallies = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Tally);
  const lines = summary(tallies);
  if (lines.length) process.stdout.write(`\n${lines.join('\n')}\n`);
  rmSync(dir, { recursive: true, force: true });
}
