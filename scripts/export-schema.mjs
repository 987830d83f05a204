#!/usr/bin/env node
// Writes schema/tiny-size.schema.json, the JSON Schema of the budget file for editors, from the zod
// schema in src/budget/schema.ts, so the two cannot drift. Node 20 cannot run TypeScript, so a
// module hook transpiles src/**/*.ts with the project's own `typescript` (no type check; tsc does that).
// `--check` fails when the committed file differs from a fresh export (a unit test checks this too).
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const jsonSchemaPath = 'schema/tiny-size.schema.json';

const hooks = `
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
let ts;
export function initialize({ root }) {
  ts = createRequire(root + 'package.json')('typescript');
}
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    // Sources import './x.js' where x.ts is on disk.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.endsWith('.js')) throw error;
    return next(specifier.slice(0, -3) + '.ts', context);
  }
}
export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { root } });

const { renderBudgetJsonSchema } = await import(pathToFileURL(join(root, 'src/budget/json-schema.ts')).href);
const fresh = renderBudgetJsonSchema();
const target = join(root, jsonSchemaPath);
if (process.argv.includes('--check')) {
  let committed;
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed !== fresh) {
    console.error(
      `${jsonSchemaPath} does not match the zod schema; run \`node scripts/export-schema.mjs\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${jsonSchemaPath} matches the zod schema`);
} else {
  writeFileSync(target, fresh);
  console.log(`${jsonSchemaPath}  ${Buffer.byteLength(fresh)} B`);
}
