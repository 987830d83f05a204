/**
 * The size history: one entry per push to the default branch (sha, date, per image, platform and
 * metric), kept in `history.json` on a data branch so it outlives the Actions cache's 7-day eviction.
 * The trend renders the last entries of each image that changed, with this pull request's value marked.
 */
import { z } from 'zod';
import { TinySizeError } from '../errors.js';
import { type CheckReport, escapeMarkdown, totals } from '../report/index.js';
import { formatBytes } from '../units.js';

export type Totals = Record<string, Record<string, Record<string, number>>>;

export interface HistoryEntry {
  sha: string;
  /** ISO 8601. */
  date: string;
  images: Totals;
}

export interface History {
  tool: 'tiny-size-gate-history';
  version: 1;
  entries: HistoryEntry[];
}

export const historyFileName = 'history.json';
/** Older entries are dropped: the file stays small enough for the contents API (1 MB). */
export const maxHistoryEntries = 500;

const figures = z.record(z.string(), z.number().int().nonnegative());
const historySchema = z.object({
  tool: z.literal('tiny-size-gate-history'),
  version: z.literal(1),
  entries: z.array(
    z.object({
      sha: z.string().regex(/^[0-9a-f]{40}$/),
      date: z.string(),
      images: z.record(z.string(), z.record(z.string(), figures)),
    }),
  ),
});

export function emptyHistory(): History {
  return { tool: 'tiny-size-gate-history', version: 1, entries: [] };
}

/** Parses a history file's text; `source` names it in errors. */
export function parseHistory(text: string, source: string): History {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TinySizeError(`the size history is not JSON: ${(error as Error).message}`, {
      file: source,
      fix: `point at the ${historyFileName} of the data branch (default tiny-size-gate-data)`,
    });
  }
  const parsed = historySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TinySizeError(
      `the size history is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
      {
        file: source,
        fix: `point at the ${historyFileName} of the data branch (default tiny-size-gate-data)`,
      },
    );
  }
  return parsed.data as History;
}

/** The history with this run's totals appended (an entry of the same sha replaced), the oldest dropped. */
export function appendEntry(history: History, report: CheckReport, sha: string, date: Date): History {
  const entry: HistoryEntry = { sha, date: date.toISOString(), images: totals(report) };
  const entries = [...history.entries.filter((old) => old.sha !== sha), entry].slice(-maxHistoryEntries);
  return { ...history, entries };
}

const bars = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `width` cells for value/max, in eighths of a cell. */
function bar(value: number, max: number, width: number): string {
  const eighths = max > 0 ? Math.round((value / max) * width * 8) : 0;
  return '█'.repeat(Math.floor(eighths / 8)) + bars[eighths % 8];
}

export interface TrendOptions {
  /** Entries shown per image (the newest). */
  last?: number;
  metric?: string;
  /** This pull request's report: its value is the marked last row; only images that changed are shown. */
  head?: CheckReport;
  /** `markdown` (escaped, in `<pre>` blocks) for the comment; `text` for a terminal. */
  format?: 'markdown' | 'text';
}

/** The trend of each image as Markdown: a `<pre>` block of unicode bars per image and platform. */
export function renderTrend(history: History, options: TrendOptions = {}): string {
  const last = options.last ?? 10;
  const metric = options.metric ?? 'files';
  const entries = history.entries.slice(-last);
  const head = options.head ? totals(options.head) : undefined;
  const names = [
    ...new Set([...entries.flatMap((entry) => Object.keys(entry.images)), ...Object.keys(head ?? {})]),
  ];
  const blocks: string[] = [];
  for (const name of names) {
    const platforms = new Set([
      ...entries.flatMap((entry) => Object.keys(entry.images[name] ?? {})),
      ...Object.keys(head?.[name] ?? {}),
    ]);
    for (const platform of platforms) {
      const rows = entries
        .map((entry) => ({ label: entry.sha.slice(0, 7), value: entry.images[name]?.[platform]?.[metric] }))
        .filter((row): row is { label: string; value: number } => row.value !== undefined);
      const current = head?.[name]?.[platform]?.[metric];
      if (head) {
        // Only images this pull request changes, compared with the newest entry.
        if (current === undefined || rows.at(-1)?.value === current) continue;
        rows.push({ label: 'this PR', value: current });
      }
      if (!rows.length) continue;
      const max = Math.max(...rows.map((row) => row.value));
      const lines = rows.map((row, index) => {
        const marked = head && index === rows.length - 1 ? ' ◀' : '';
        const size = metric === 'layers' ? String(row.value) : formatBytes(row.value);
        return `${row.label.padEnd(7)}  ${bar(row.value, max, 24).padEnd(25)} ${size}${marked}`;
      });
      if (options.format === 'text') {
        blocks.push(`${name} ${platform}, ${metric}\n${lines.join('\n')}`);
        continue;
      }
      const title = `${escapeMarkdown(name)} ${escapeMarkdown(platform)}, ${metric}`;
      blocks.push(`<pre>\n${title}\n${lines.map(escapeMarkdown).join('\n')}\n</pre>`);
    }
  }
  if (!blocks.length) return '';
  if (options.format === 'text') return `${blocks.join('\n\n')}\n`;
  const what = head ? 'on the default branch, then this pull request' : 'on the default branch';
  return `### Size trend\n\nThe last ${entries.length} entries ${what}:\n\n${blocks.join('\n\n')}\n`;
}
