/** The workflow files README.md gives to copy, parsed with GitHub's own parser. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const readme = readFileSync(join(resolve(import.meta.dirname, '../../..'), 'README.md'), 'utf8');
const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/([\w-]+\.yml)\n[\s\S]*?)```/g)].map(
  (match) => ({ name: match[2] as string, content: match[1] as string }),
);

describe('README workflows', () => {
  it('gives the two-stage pair', () => {
    expect(workflows.map((w) => w.name)).toEqual(
      expect.arrayContaining(['size.yml', 'size-measure.yml', 'size-comment.yml']),
    );
  });

  it.each(workflows)('$name is valid for GitHub', ({ name, content }) => {
    const errors = parseWorkflow({ name, content }, new NoOperationTraceWriter()).context.errors.getErrors();
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('the comment workflow follows the measure workflow by name, with the permissions it needs', () => {
    // biome-ignore lint/suspicious/noExplicitAny: YAML read field by field
    const read = (name: string): any => parse(workflows.find((w) => w.name === name)?.content ?? '');
    const measure = read('size-measure.yml');
    const comment = read('size-comment.yml');
    expect(comment.on.workflow_run.workflows).toEqual([measure.name]);
    expect(comment.permissions).toEqual({ actions: 'read', checks: 'write', 'pull-requests': 'write' });
    expect(measure.permissions).toEqual({ contents: 'read' });
    const steps = (workflow: typeof measure) =>
      Object.values(workflow.jobs).flatMap((job) => (job as { steps: { with?: { mode?: string } }[] }).steps);
    expect(steps(measure).map((step) => step.with?.mode)).toContain('measure');
    expect(steps(comment).map((step) => step.with?.mode)).toEqual(['comment']);
    // Stage two checks out nothing: no pull request code runs with the write token.
    expect(JSON.stringify(comment)).not.toContain('actions/checkout');
  });
});
