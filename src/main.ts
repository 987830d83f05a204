/**
 * The action: the same check as the CLI, then the job summary, outputs and annotations.
 * Outputs are set before the step is failed, so later steps can read them either way.
 * The pull request comment and the baseline plug in after the report is made (publish step).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { BudgetFile } from './budget/types.js';
import { runCheck } from './check.js';
import { formatError, TinySizeError } from './errors.js';
import type { Check } from './gate/types.js';
import { getInputs } from './inputs.js';
import type { Progress } from './progress.js';
import { type CheckReport, checkReport, totals } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { describeFailure } from './report/text.js';

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const config = join(inputs.workingDirectory, inputs.config);
    const result = await runCheck({ config, images: inputs.images, progress: actionProgress });
    const report = checkReport(result);
    const markdown = renderMarkdown(report);

    const reportPath = await writeReport(report);
    core.setOutput('verdict', report.verdict);
    core.setOutput('report', reportPath);
    core.setOutput('totals', JSON.stringify(totals(report)));
    core.setOutput('markdown', markdown);
    await writeSummary(markdown);
    annotate(result.verdict.checks, result.budget);

    const failures = result.verdict.checks.filter((check) => check.status !== 'ok');
    if (failures.length && inputs.failOn === 'budget') {
      const first = failures[0] as Check;
      const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
      core.setFailed(`${describeFailure(first)}${more}`);
    } else if (failures.length) {
      core.warning(`${failures.length} budget(s) exceeded; not failing because fail-on is \`never\``);
    }
  } catch (error) {
    // A TinySizeError is the user's to fix; anything else is our bug and keeps its stack.
    if (!(error instanceof TinySizeError) && error instanceof Error) core.debug(error.stack ?? '');
    core.setFailed(formatError(error));
  }
}

const actionProgress: Progress = {
  step: (title, run) => core.group(title, run),
  detail: (line) => core.info(line),
};

async function writeReport(report: CheckReport): Promise<string> {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'tiny-size-gate');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'report.json');
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return; // not on a runner: nothing to write to
  await core.summary.addRaw(markdown).write();
}

/** An error annotation on the budget file's line for each exceeded budget. */
function annotate(checks: Check[], budget: BudgetFile): void {
  for (const check of checks) {
    if (check.status === 'ok') continue;
    const position = budget.positionOf(check.keyPath);
    core.error(describeFailure(check), {
      title: 'tiny-size-gate',
      file: budget.file,
      startLine: position?.line,
      startColumn: position?.column,
    });
  }
}
