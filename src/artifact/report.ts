/**
 * The report the action writes (the `report` output) and `mode: measure` uploads: the JSON report
 * plus what the comment stage needs to trust and place it: the repository and commit it measured,
 * the pull request (number, head, base, merge-base), the shard, every image of the budget file
 * (so an image no shard measured shows), the budget file's path and each check's line, and the
 * baseline's report (so the comment shows deltas).
 */
import { z } from 'zod';
import { type CheckReport, checkReportSchema } from '../report/index.js';

export interface PullRequestRecord {
  number: number;
  headSha: string;
  baseSha: string;
  mergeBaseSha?: string;
  headRepository?: string;
}

export interface RunRecord {
  /** owner/name the run belongs to. */
  repository: string;
  /** The commit measured. */
  headSha: string;
  pullRequest?: PullRequestRecord;
  shard?: string;
  /** The budget file, relative to the repository. */
  budgetFile: string;
  /** Every image of the budget file, measured by this run or not. */
  budgetImages: string[];
  /** The budget file's line of each check (same order as `checks`), for annotations. */
  checkLines: (number | null)[];
}

export interface ActionReport extends CheckReport {
  run?: RunRecord;
  /** The baseline's report, when there was one. */
  base?: CheckReport;
}

const sha = z.string().regex(/^[0-9a-f]{40}$/);
const repository = z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/);

const runSchema = z.object({
  repository,
  headSha: sha,
  pullRequest: z
    .object({
      number: z.number().int().positive(),
      headSha: sha,
      baseSha: sha,
      mergeBaseSha: sha.optional(),
      headRepository: repository.optional(),
    })
    .optional(),
  shard: z.string().max(100).optional(),
  budgetFile: z
    .string()
    .max(1000)
    .refine(
      (path) => !path.startsWith('/') && !path.split('/').includes('..'),
      'a path inside the repository',
    ),
  budgetImages: z.array(z.string().min(1).max(200)).max(1000),
  checkLines: z.array(z.number().int().positive().nullable()),
});

// Checks of every kind (growth, presence and reproducible too) are the report schema's own.
export const actionReportSchema = checkReportSchema.extend({
  baseline: z
    .object({
      source: z.enum(['cache', 'rebuild', 'none']),
      sha: sha.optional(),
      ref: z.string().max(300).optional(),
      reason: z.string().max(2000).optional(),
    })
    .optional(),
  run: runSchema.optional(),
  base: checkReportSchema.optional(),
});

export type ActionReportValidation = { ok: true; report: ActionReport } | { ok: false; problems: string[] };

/** Validates parsed JSON as an ActionReport; the problems name the JSON path of each (at most 5). */
export function validateActionReport(value: unknown): ActionReportValidation {
  const parsed = actionReportSchema.safeParse(value);
  if (parsed.success) return { ok: true, report: parsed.data as ActionReport };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
      return `${where}: ${issue.message}`;
    }),
  };
}
