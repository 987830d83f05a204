/**
 * A zod schema of the JSON report (src/report/json.ts CheckReport). A baseline restored from the
 * Actions cache is untrusted input (any workflow of the repository can write a cache entry under
 * any key), so it is validated before the growth gate reads a single figure from it.
 */
import { z } from 'zod';
import type { Check } from '../gate/index.js';
import type { Figure, FileEntry, LayerSizes } from '../measure/index.js';
import { budgetMetrics, metrics } from '../metrics.js';
import { type CheckReport, type MeasureReport, reportSchemaVersion } from './json.js';

const bytes = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const signedBytes = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const digest = z.string().regex(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/);

// `bytes: null`: not measured (manifest-only); in memory that is bytes 0 with `measured: false`.
const figure = z
  .object({ bytes: bytes.nullable(), estimated: z.string().optional() })
  .transform(
    ({ bytes: value, estimated }): Figure =>
      value === null
        ? { bytes: 0, measured: false }
        : { bytes: value, ...(estimated !== undefined ? { estimated } : {}) },
  );

const sizes = z.object({
  files: figure,
  tar: figure,
  compressed: figure,
  pull: figure,
  layers: bytes,
});

const entryTypes = [
  'file',
  'hardlink',
  'symlink',
  'directory',
  'whiteout',
  'opaque-whiteout',
  'other',
] as const satisfies readonly FileEntry['type'][];

const fileEntry = z.object({
  path: z.string(),
  size: bytes,
  type: z.enum(entryTypes),
  layer: bytes,
  target: z.string().optional(),
  mode: bytes.optional(),
  uid: bytes.optional(),
  gid: bytes.optional(),
});

const layerSizes = z
  .object({
    index: bytes,
    digest,
    diffId: digest,
    mediaType: z.string(),
    files: bytes.nullable(),
    tar: bytes.nullable(),
    compressed: figure,
    entries: bytes,
    createdBy: z.string().optional(),
    note: z.string().optional(),
  })
  .transform(({ files, tar, ...layer }): LayerSizes => {
    const { createdBy, note, ...rest } = layer;
    return {
      ...rest,
      files: files ?? 0,
      tar: tar ?? 0,
      ...(createdBy !== undefined ? { createdBy } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(files === null || tar === null ? { read: false as const } : {}),
    };
  });

const platformSizes = z.object({
  platform: z.string().min(1),
  manifestDigest: digest,
  configDigest: digest,
  sizes,
  layers: z.array(layerSizes),
  entries: z.array(fileEntry),
  entriesOmitted: bytes.optional(),
  pathSums: z.record(z.string(), z.object({ bytes, matched: bytes })).optional(),
});

const imageSizes = z.object({
  source: z.string(),
  references: z.array(z.string()),
  platforms: z.array(platformSizes),
  skipped: z.array(z.object({ digest: z.string(), reason: z.string() })),
});

// Checks are loose: the gate may grow fields (baseline, growth) that an older baseline lacks and a
// newer one has; the growth gate reads the images' sizes, not the baseline's checks.
const checkBase = {
  image: z.string(),
  platform: z.string(),
  limit: signedBytes,
  actual: signedBytes,
  estimated: z.string().optional(),
  status: z.enum(['ok', 'over-budget', 'no-match']),
  exceedance: signedBytes,
  keyPath: z.array(z.union([z.string(), z.number()])),
  position: z.object({ line: bytes, column: bytes }).optional(),
  message: z.string().optional(),
};

const common = {
  image: z.string(),
  platform: z.string(),
  estimated: z.string().optional(),
  keyPath: z.array(z.union([z.string(), z.number()])),
  position: z.object({ line: bytes, column: bytes }).optional(),
  message: z.string().optional(),
};

// A report written with a baseline (a pull request's, `check --baseline`) holds growth and presence
// checks too: `diff` and `check --baseline` read such reports.
const check = z.discriminatedUnion('kind', [
  z.looseObject({ ...checkBase, kind: z.literal('metric'), metric: z.enum(budgetMetrics) }),
  z.looseObject({ ...checkBase, kind: z.literal('path'), pattern: z.string(), matched: bytes }),
  z.looseObject({
    ...checkBase,
    kind: z.literal('platform'),
    measured: z.array(z.string()).optional(),
    unselected: z.literal(true).optional(),
    selects: z.array(z.string()).optional(),
  }),
  z.looseObject({
    ...common,
    kind: z.literal('growth'),
    metric: z.enum(metrics),
    status: z.enum(['ok', 'grew', 'over-allowance']),
    base: signedBytes,
    actual: signedBytes,
    delta: signedBytes,
    allowance: z.union([z.object({ bytes }), z.object({ percent: z.number().nonnegative() })]),
    allowed: signedBytes,
    exceedance: signedBytes,
    overridden: z.literal(true).optional(),
  }),
  z.looseObject({
    ...common,
    kind: z.literal('presence'),
    status: z.enum(['new', 'removed']),
    scope: z.enum(['image', 'platform']),
  }),
  z.looseObject({
    image: z.string(),
    platform: z.string(),
    kind: z.literal('reproducible'),
    status: z.enum(['ok', 'not-reproducible']),
    keyPath: z.array(z.union([z.string(), z.number()])),
    message: z.string().optional(),
    builds: z.array(z.object({ method: z.string(), manifestDigest: z.string() })),
  }),
]);

export const checkReportSchema = z.object({
  tool: z.literal('tiny-size-gate'),
  schemaVersion: z.literal(reportSchemaVersion),
  verdict: z.enum(['pass', 'fail']),
  config: z.string(),
  images: z.array(z.object({ name: z.string().min(1), method: z.string(), sizes: imageSizes })),
  checks: z.array(check),
  errors: z.array(z.object({ name: z.string(), message: z.string() })).optional(),
});

export const measureReportSchema = z.object({
  tool: z.literal('tiny-size-gate'),
  schemaVersion: z.literal(reportSchemaVersion),
  image: imageSizes,
});

/** Either report a tiny-size-gate command writes: `check --json` or `measure --json`. */
export type AnyReport = { kind: 'check'; report: CheckReport } | { kind: 'measure'; report: MeasureReport };

/** Validates parsed JSON as a check report or a measure report; the problems are the check report's. */
export function validateAnyReport(
  value: unknown,
): { ok: true; value: AnyReport } | { ok: false; problems: string[] } {
  if (value && typeof value === 'object' && 'image' in value && !('images' in value)) {
    const parsed = measureReportSchema.safeParse(value);
    if (parsed.success) return { ok: true, value: { kind: 'measure', report: parsed.data } };
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  const checked = validateCheckReport(value);
  return checked.ok ? { ok: true, value: { kind: 'check', report: checked.report } } : checked;
}

// Compile-time guard: the schema's output must stay a CheckReport, so a change to the report's
// types that the schema does not follow breaks the build instead of a baseline at run time.
type Parsed = z.infer<typeof checkReportSchema>;
const _schemaMatchesReport: (parsed: Parsed) => CheckReport = (parsed) => parsed;
const _schemaMatchesCheck: (parsed: Parsed['checks'][number]) => Check = (parsed) => parsed;
void _schemaMatchesReport;
void _schemaMatchesCheck;

export type ReportValidation = { ok: true; report: CheckReport } | { ok: false; problems: string[] };

/** Validates parsed JSON as a CheckReport; the problems name the JSON path of each (at most 5). */
export function validateCheckReport(value: unknown): ReportValidation {
  const parsed = checkReportSchema.safeParse(value);
  if (parsed.success) return { ok: true, report: parsed.data };
  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  if (parsed.error.issues.length > 5) problems.push(`and ${parsed.error.issues.length - 5} more`);
  return { ok: false, problems };
}
