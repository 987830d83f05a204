/**
 * The action's cold start (issue 12, README "Performance"), through the committed bundle: on its way
 * to the first error (an empty workspace: no budget file, no event), `node dist/index.js` loads its
 * entry and the engine's small chunk, nothing else. What only some runs use stays in chunks this
 * run never loads: @actions/cache, @actions/artifact, octokit, badge-maker, and zod and yaml (the
 * parsers of an event, a report and a budget file that exists).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './real.js';

const dist = join(repoRoot, 'dist');

/** What marks a package in a file of the bundle: its code, or an import of it (ncc's module comments). */
const markers: Record<string, string> = {
  '@actions/cache': 'node_modules/@actions/cache/',
  '@actions/artifact': 'node_modules/@actions/artifact/',
  octokit: 'node_modules/@octokit/core/',
  '@actions/github': 'node_modules/@actions/github/',
  'badge-maker': 'node_modules/badge-maker/',
  zod: 'node_modules/zod/',
  yaml: 'node_modules/yaml/',
};

let run: { status: number | null; stdout: string; loaded: string[] };

beforeAll(() => {
  const dir = tempDir('tsg-startup-');
  const workspace = join(dir, 'workspace');
  const loadedList = join(dir, 'loaded.txt');
  writeFileSync(loadedList, '');
  // A module hook records every file the ESM loader loads: the entry and each chunk it imports.
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
let list;
export function initialize(data) { list = data.list; }
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(list, url + '\\n');
  return nextLoad(url, context);
}
`,
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';
register('./hooks.mjs', import.meta.url, { data: { list: ${JSON.stringify(loadedList)} } });
`,
  );
  mkdirSync(workspace);
  // The runner's variables only: none of the host's GITHUB_* (an event would take another path).
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
  };
  const result = spawnSync(
    process.execPath,
    ['--import', join(dir, 'register.mjs'), join(dist, 'index.js')],
    {
      cwd: workspace,
      env,
      encoding: 'utf8',
    },
  );
  const loaded = readFileSync(loadedList, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((path) => path.startsWith(`${dist}/`));
  run = { status: result.status, stdout: result.stdout, loaded: [...new Set(loaded)] };
});

describe("the action's cold start to its first error", () => {
  it('fails the step on the missing budget file', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::tiny-size\.yml: no budget file/m);
  });

  it('loads the entry and one small chunk (the engine), not the chunks only some runs use', () => {
    expect(run.loaded).toContain(join(dist, 'index.js'));
    const chunks = run.loaded.filter((path) => path !== join(dist, 'index.js'));
    expect(chunks.length).toBeLessThanOrEqual(1);
    for (const chunk of chunks) expect(readFileSync(chunk).length).toBeLessThan(50_000);
  });

  it.each(Object.entries(markers))('does not load %s', (name, marker) => {
    // The marker names the package somewhere in the bundle: its absence below means something.
    const files = readdirSync(dist).filter((file) => file.endsWith('.js'));
    expect(
      files.some((file) => readFileSync(join(dist, file), 'utf8').includes(marker)),
      `${name} is in no file of dist/`,
    ).toBe(true);
    const loading = run.loaded.filter((path) => readFileSync(path, 'utf8').includes(marker));
    expect(loading, `${name} is loaded at start by`).toEqual([]);
  });
});
