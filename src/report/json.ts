/**
 * The JSON report: everything measured and every check, for machines, the job's outputs and,
 * later, the baseline of a pull request. Text and Markdown are rendered from this, so what a
 * person reads and what a machine reads cannot disagree.
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import type { CheckResult } from '../check.js';
import type { Check } from '../gate/index.js';
import type { ImageSizes } from '../measure/index.js';

export const reportSchemaVersion = 1;

export interface ReportImage {
  name: string;
  /** How the image was obtained: "built with docker build + docker save". */
  method: string;
  sizes: ImageSizes;
}

/**
 * Where the baseline (the merge-base's report) came from: its cache, a rebuild, or nowhere; `file`:
 * a report given to `check --baseline` (its path in `reason`).
 */
export type BaselineSource = 'cache' | 'rebuild' | 'none' | 'file';

export interface BaselineInfo {
  source: BaselineSource;
  /** The merge-base commit, when known. */
  sha?: string;
  /** The branch the pull request targets, when known. */
  ref?: string;
  /** One sentence: where it came from, or why there is none. */
  reason?: string;
}

export interface CheckReport {
  tool: 'tiny-size-gate';
  schemaVersion: typeof reportSchemaVersion;
  verdict: 'pass' | 'fail';
  /** The budget file, as named. */
  config: string;
  images: ReportImage[];
  checks: Check[];
  /** Images that could not be measured (a missing archive, a failed build), with the error. */
  errors?: ReportError[];
  /** Set when the report was compared with a baseline (a pull request). */
  baseline?: BaselineInfo;
}

export interface ReportError {
  name: string;
  /** The error as the user reads it: place, message and fix. */
  message: string;
}

export interface MeasureReport {
  tool: 'tiny-size-gate';
  schemaVersion: typeof reportSchemaVersion;
  image: ImageSizes;
}

export function checkReport(result: CheckResult, baseline?: BaselineInfo): CheckReport {
  return {
    tool: 'tiny-size-gate',
    schemaVersion: reportSchemaVersion,
    verdict: result.verdict.ok && !result.failed?.length ? 'pass' : 'fail',
    config: result.budget.file,
    images: result.measured.map(({ image, sizes, method }) => ({ name: image.name, method, sizes })),
    checks: result.verdict.checks,
    ...(result.failed?.length
      ? { errors: result.failed.map(({ image, message }) => ({ name: image.name, message })) }
      : {}),
    ...(baseline ? { baseline: withoutUndefined(baseline) } : {}),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The report as JSON text. What was not measured is `null`, never 0: a figure with `measured: false`
 * is written `{"bytes": null}`, a layer that was not read has `"files": null, "tar": null`.
 * (report/schema.ts reads them back.)
 */
export function reportJson(report: CheckReport | MeasureReport): string {
  return [...reportJsonChunks(report)].join('');
}

/** Characters of entries gathered before a chunk is handed on. */
const chunkChars = 1 << 16;

/**
 * The report's JSON text (reportJson) in chunks, to write as they come: the file lists (`entries`,
 * up to 100,000 per platform) are serialised a batch of entries at a time, so the whole text
 * (20 MB for 100,000 entries, and as much again as bytes to write) is never held at once.
 */
export function* reportJsonChunks(report: CheckReport | MeasureReport): Generator<string> {
  // Each list is left out as a placeholder (a NUL is escaped, so no name can look like one),
  // then written where it stands, at its indentation, as JSON.stringify would.
  const lists: unknown[][] = [];
  const outline = JSON.stringify(
    report,
    function (this: unknown, key, value) {
      if (key !== 'entries' || !Array.isArray(value)) return notMeasuredAsNull.call(this, key, value);
      lists.push(value);
      return `\u0000${lists.length - 1}`;
    },
    2,
  );
  const placeholder = /"entries": "\\u0000(\d+)"/g;
  let done = 0;
  for (const match of outline.matchAll(placeholder)) {
    const lineStart = outline.lastIndexOf('\n', match.index) + 1;
    const indent = ' '.repeat(match.index - lineStart);
    yield `${outline.slice(done, match.index)}"entries": `;
    yield* listChunks(lists[Number(match[1])] as unknown[], indent);
    done = match.index + match[0].length;
  }
  yield `${outline.slice(done)}\n`;
}

/** A list as JSON.stringify(list, notMeasuredAsNull, 2) writes it at `indent`, in chunks. */
function* listChunks(list: unknown[], indent: string): Generator<string> {
  if (list.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  let chunk = '[';
  for (let index = 0; index < list.length; index++) {
    // No string in JSON holds a raw newline, so every newline starts a line to indent.
    const item = JSON.stringify(list[index], notMeasuredAsNull, 2) ?? 'null';
    chunk += `${index ? ',' : ''}\n${inner}${item.replaceAll('\n', `\n${inner}`)}`;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n${indent}]`;
}

function notMeasuredAsNull(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (record.measured === false && 'bytes' in record) {
    const { measured: _, ...rest } = record;
    return { ...rest, bytes: null };
  }
  if (record.read === false && 'diffId' in record) {
    const { read: _, ...rest } = record;
    return { ...rest, files: null, tar: null };
  }
  return value;
}

/** Writes the report as <dir>/tiny-size-gate/report.json and returns the path. */
export async function writeReport(report: CheckReport, dir = tmpdir()): Promise<string> {
  const folder = join(dir, 'tiny-size-gate');
  await mkdir(folder, { recursive: true });
  const path = join(folder, 'report.json');
  await writeFileAtomic(path, reportJsonChunks(report));
  return path;
}

export function measureReport(sizes: ImageSizes): MeasureReport {
  return { tool: 'tiny-size-gate', schemaVersion: reportSchemaVersion, image: sizes };
}

/** Per image and platform, the five totals in bytes: the action's `totals` output. */
export function totals(report: CheckReport): Record<string, Record<string, Record<string, number>>> {
  return Object.fromEntries(
    report.images.map((image) => [
      image.name,
      Object.fromEntries(
        image.sizes.platforms.map(({ platform, sizes }) => [
          platform,
          {
            files: sizes.files.bytes,
            tar: sizes.tar.bytes,
            compressed: sizes.compressed.bytes,
            pull: sizes.pull.bytes,
            layers: sizes.layers,
          },
        ]),
      ),
    ]),
  );
}
