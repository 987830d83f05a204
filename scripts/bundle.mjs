#!/usr/bin/env node
// Bundles the action (src/index.ts -> dist/index.js) and the CLI (src/cli/bin.ts -> dist/cli/index.js)
// with ncc. `--check` bundles into a temporary directory and fails when dist/ differs from it,
// which is how CI proves the committed dist/ is exactly what src/ builds to.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const entries = [
  { input: 'src/index.ts', out: '' },
  { input: 'src/cli/bin.ts', out: 'cli' },
];

const out = mkdtempSync(join(tmpdir(), 'tsg-bundle-'));
try {
  // A failure sets the exit code and returns: process.exit() would skip the finally that removes `out`.
  process.exitCode = bundle() ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** Bundles into `out`, then checks dist/ against it or replaces dist/ with it; false on a failure. */
function bundle() {
  for (const entry of entries) {
    execFileSync(
      join(root, 'node_modules/.bin/ncc'),
      [
        'build',
        entry.input,
        '--out',
        join(out, entry.out),
        '--no-source-map-register',
        '--quiet',
        '--target',
        'es2022',
        '--transpile-only',
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
  // ncc copies files it believes the code reads (assets). Our code reads none of its own, so any
  // file beyond the bundles means a path expression fooled it: fail rather than ship the file.
  const expected = new Set(
    entries.flatMap((entry) => [join(entry.out, 'index.js'), join(entry.out, 'package.json')]),
  );
  // Chunks of dynamic imports (`<n>.index.js`) are code, loaded on demand; anything else is a stray.
  const strays = listFiles(out)
    .map((file) => relative(out, file))
    .filter((file) => !expected.has(file) && !/^(cli\/)?\d+\.index\.js$/.test(file));
  if (strays.length) {
    console.error(
      `ncc emitted unexpected assets (rewrite the path expression that names them):\n  ${strays.join('\n  ')}`,
    );
    return false;
  }
  if (check) {
    const differences = compare(out, join(root, 'dist'));
    if (differences.length) {
      console.error(
        `dist/ does not match a fresh bundle of src/:\n  ${differences.join('\n  ')}\nRun \`npm run bundle\` and commit dist/.`,
      );
      return false;
    }
    console.log('dist/ matches a fresh bundle');
    return true;
  }
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  cpSync(out, join(root, 'dist'), { recursive: true });
  for (const file of listFiles(join(root, 'dist'))) {
    console.log(`${relative(root, file)}  ${statSync(file).size} B`);
  }
  return true;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

function compare(fresh, committed) {
  const names = new Set([
    ...listFiles(fresh).map((f) => relative(fresh, f)),
    ...safeList(committed).map((f) => relative(committed, f)),
  ]);
  const differences = [];
  for (const name of [...names].sort()) {
    const a = safeRead(join(fresh, name));
    const b = safeRead(join(committed, name));
    if (a === undefined) differences.push(`${name}: in dist/ but not produced by the bundle`);
    else if (b === undefined) differences.push(`${name}: missing from dist/`);
    else if (!a.equals(b)) differences.push(`${name}: differs`);
  }
  return differences;
}

function safeList(dir) {
  try {
    return listFiles(dir);
  } catch {
    return [];
  }
}

function safeRead(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
