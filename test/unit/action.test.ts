/**
 * No runner is reachable from here, so action.yml and every workflow are checked with GitHub's own
 * parser, and the inputs and outputs the code uses are checked against action.yml, both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const workflowsDir = join(root, '.github/workflows');
const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

function errorsOf(result: { context: { errors: { getErrors(): { message: string }[] } } }): string[] {
  return result.context.errors.getErrors().map((error) => error.message);
}

describe('action.yml and workflows, as GitHub parses them', () => {
  it('action.yml is valid', () => {
    const content = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(errorsOf(parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter()))).toEqual([]);
  });

  it('the parser does report errors (so an empty list above means something)', () => {
    const content = 'name: x\nruns:\n  using: node24\n  mian: dist/index.js\n';
    expect(
      errorsOf(parseAction({ name: 'bad.yml', content }, new NoOperationTraceWriter())).length,
    ).toBeGreaterThan(0);
    const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stpes: []\n';
    expect(
      errorsOf(parseWorkflow({ name: 'bad.yml', content: workflow }, new NoOperationTraceWriter())).length,
    ).toBeGreaterThan(0);
  });

  it.each(workflows)('.github/workflows/%s is valid', (name) => {
    const content = readFileSync(join(workflowsDir, name), 'utf8');
    expect(errorsOf(parseWorkflow({ name, content }, new NoOperationTraceWriter()))).toEqual([]);
  });
});

/** Every `core.getInput('x')` / `core.setOutput('x', …)` in src, by name. */
function namesUsed(pattern: RegExp): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(pattern)) names.add(match[1] as string);
      }
    }
  };
  walk(join(root, 'src'));
  return names;
}

describe('inputs and outputs', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description?: string }>;
    outputs: Record<string, { description?: string }>;
  };

  it('every input the code reads is declared, and every declared input is read', () => {
    const read = namesUsed(/getInput\(\s*'([^']+)'/g);
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('every output the code sets is declared, and every declared output is set', () => {
    const set = namesUsed(/setOutput\(\s*'([^']+)'/g);
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('every input and output has a description', () => {
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(spec.description, name).toBeTruthy();
    }
  });
});
