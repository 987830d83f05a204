/**
 * Every code block of README.md is claimed here: checked in this file, or run by a named
 * integration test (which must load that very block with readmeBlock). A new block with no claim
 * fails, so an example nobody runs cannot slip in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseBudgetFile } from '../../src/budget/index.js';
import { commands } from '../../src/cli/commands.js';
import { schemaUrl } from '../../src/cli/init.js';
import { commandsOf, type ReadmeBlock, readmeBlocks } from '../support/readme.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type Claim = { itg: string } | { check: (block: ReadmeBlock) => void };

/** Scripts a shell line names (`bash scripts/x.sh`, `node scripts/x.mjs`) exist; `npm run x` is a script. */
function checkScriptLines(block: ReadmeBlock): void {
  const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
  for (const command of commandsOf(block)) {
    for (const [, name] of command.matchAll(/npm run ([\w:-]+)/g))
      expect(scripts, command).toHaveProperty(name as string);
    for (const [, file] of command.matchAll(/(?:bash|node) (scripts\/[\w.-]+)/g))
      expect(existsSync(join(root, file as string)), command).toBe(true);
  }
}

/** Every command a block runs is in the command table, with only flags it declares; paths exist. */
function declaredFlags(block: ReadmeBlock, paths: string[]): void {
  const lines = block.text.replace(/\\\n/g, ' ');
  for (const [, command, rest] of lines.matchAll(/npx tiny-size-gate (\w+)([^\n]*)/g)) {
    const declared = commands.find((c) => c.name === command);
    expect(declared, command).toBeDefined();
    for (const [, flagName] of (rest ?? '').replace(/#.*$/, '').matchAll(/ --([\w-]+)/g))
      expect(Object.keys(declared?.options ?? {}), `${command} --${flagName}`).toContain(flagName);
  }
  for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
}

/** The inputs the block's tiny-size-gate steps set and the outputs it reads exist in action.yml. */
function declaredInputs(block: ReadmeBlock): void {
  const action = parse(read('action.yml'));
  const workflow = parse(block.text);
  const steps = Object.values(workflow.jobs as Record<string, { steps: { uses?: string; with?: object }[] }>)
    .flatMap((job) => job.steps)
    .filter((step) => step.uses?.includes('tiny-size-gate'));
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps)
    for (const input of Object.keys(step.with ?? {})) expect(action.inputs).toHaveProperty(input);
  for (const [, output] of block.text.matchAll(/steps\.\w+\.outputs\.([\w-]+)/g))
    expect(action.outputs).toHaveProperty(output as string);
}

const claims: Record<string, Claim> = {
  // The set-up and the test command: .ci/run runs the second line; demo.sh runs `check` on the
  // committed budget file, which test/itg/self-gate.test.itg.ts runs through the same bundle.
  '# The main job': {
    check: (block) => {
      checkScriptLines(block);
      expect(read('.ci/run')).toContain('bash scripts/with-engine.sh npm run ci');
      expect(commandsOf(block)).toContain('bash scripts/with-engine.sh npm run ci');
      expect(read('scripts/demo.sh')).toContain('node dist/cli/index.js check --config tiny-size.yml');
    },
  },
  // The workflows: every input they set and output they read is one the action declares (GitHub's
  // own parser reads them in test/unit/action/readme-workflows.test.ts).
  '# .github/workflows/size.yml': { check: (block) => declaredInputs(block) },
  '# .github/workflows/size-measure.yml': { check: (block) => declaredInputs(block) },
  '# .github/workflows/size-comment.yml': { check: (block) => declaredInputs(block) },
  // The badge that follows the default branch: the data branch the action writes, and its file names.
  '![hello](https://raw.githubusercontent.com/': {
    check: (block) => {
      const action = parse(read('action.yml'));
      const branch = action.inputs['data-branch'].default;
      expect(block.text).toContain(`/${branch}/badges/hello-files.svg`);
      expect(read('src/action/report.ts')).toContain(['`badges/$', '{badge.name}`'].join(''));
    },
  },
  'npx tiny-size-gate check ': { itg: 'test/itg/cli-readme.test.itg.ts' },
  // The native build: test/itg/native-cli.test.itg.ts runs the same build through the bundle.
  'npx tiny-size-gate build ': {
    check: (block) => declaredFlags(block, ['examples/hello', 'examples/native.yml']),
  },
  // diff, check --baseline and accept: test/itg/diff.test.itg.ts and accept.test.itg.ts run them.
  'npx tiny-size-gate diff ': { check: (block) => declaredFlags(block, []) },
  '# yaml-language-server': { itg: 'test/itg/self-gate.test.itg.ts' },
  'eval "$(bash scripts/setup.sh)"': { check: checkScriptLines },
  // The reproducibility gate's keys: the budget parser takes them as the README says.
  'images:\n  http:\n    context: examples/http\n    reproducible: true': {
    check: (block) => {
      const budget = parseBudgetFile(block.text, 'README.md');
      expect(budget.images.find((image) => image.name === 'http')?.reproducible).toEqual({
        compareBuilder: 'docker',
      });
    },
  },
};

describe('README.md', () => {
  const blocks = readmeBlocks();

  it.each(
    blocks.map((block) => [block.line, block] as const),
  )('the block at line %i is claimed and holds', (_, block) => {
    const key = Object.keys(claims).find((start) => block.text.startsWith(start));
    expect(key, `no test claims the README block at line ${block.line}:\n${block.text}`).toBeDefined();
    const claim = claims[key as string] as Claim;
    if ('check' in claim) claim.check(block);
    else expect(read(claim.itg)).toContain(`readmeBlock('${key}')`);
  });

  it('claims no block that is gone', () => {
    for (const start of Object.keys(claims))
      expect(
        blocks.some((block) => block.text.startsWith(start)),
        start,
      ).toBe(true);
  });

  it('shows the schema URL that init writes: the schema in the repository at this version’s tag', () => {
    expect(read('README.md')).toContain(`# yaml-language-server: $schema=${schemaUrl}\n`);
    expect(schemaUrl).toMatch(
      /^https:\/\/raw\.githubusercontent\.com\/.+\/v\d+\.\d+\.\d+\/schema\/tiny-size\.schema\.json$/,
    );
  });
});
