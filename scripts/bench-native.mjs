#!/usr/bin/env node
/**
 * Benchmark (not a test): build + measure of examples/http, native beside Docker, in one run.
 *
 *   DOCKER_HOST=... TSG_BUILDER_IMAGE=... node scripts/bench-native.mjs [--reps 5] [--native-only]
 *
 * native            buildNative (examples/native.yml: prebuild with nasm on this machine, then the
 *                   FROM scratch stage assembled) + open the OCI layout + measureImage
 * native, assemble  the same with the prebuild's output already in the context (no nasm)
 * docker (cached)   docker build (classic builder, its cache warm) + docker save + measureImage
 * docker --no-cache the same without the cache: what the reproducibility gate runs
 * Each path runs once to warm up, then --reps times; medians and the ratios to native are printed.
 * Our TypeScript is loaded through Vite's SSR loader (as in bench-measure.mjs); the transform is
 * done before the timing starts. Every image tag and temporary directory is removed at the end.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const repsAt = args.indexOf('--reps');
const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : 5;
const builderImage = process.env.TSG_BUILDER_IMAGE ?? 'debian:bookworm-slim';
const tag = 'tiny-size-gate/bench-native:latest';
const temps = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsg-bench-native-'));
  temps.push(dir);
  return dir;
};

const { createServer } = await import('vite');
const vite = await createServer({
  root: repo,
  logLevel: 'error',
  server: { middlewareMode: true },
  appType: 'custom',
});
const { buildNative } = await vite.ssrLoadModule('/src/builders/index.ts');
const { loadBudgetFile } = await vite.ssrLoadModule('/src/budget/index.ts');
const { openImage } = await vite.ssrLoadModule('/src/source/index.ts');
const { measureImage } = await vite.ssrLoadModule('/src/measure/index.ts');

const budget = await loadBudgetFile(join(repo, 'examples/native.yml'));
const spec = budget.images.find((image) => image.name === 'http').source;

// The assemble-only context: examples/http with the prebuild's output already there.
const prebuilt = join(temp(), 'http');
cpSync(spec.context, prebuilt, { recursive: true });
for (const command of spec.prebuild) {
  const [program, ...rest] = command.split(' ');
  execFileSync(program, rest, { cwd: prebuilt });
}
const assembleSpec = {
  ...spec,
  context: prebuilt,
  dockerfile: join(prebuilt, 'Dockerfile'),
  prebuild: undefined,
};

async function native(which) {
  const work = temp();
  const started = process.hrtime.bigint();
  const built = await buildNative(which, { workDir: work, output: join(work, 'layout') });
  const sizes = await measureImage(await openImage({ kind: 'oci', path: built.layout }));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(work, { recursive: true, force: true });
  return { ms, files: sizes.platforms[0].sizes.files.bytes };
}

function docker(dockerArgs) {
  const run = spawnSync('docker', dockerArgs, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`docker ${dockerArgs.join(' ')} failed: ${run.stderr}`);
}

async function dockerPath(noCache) {
  const work = temp();
  const archive = join(work, 'image.tar');
  const started = process.hrtime.bigint();
  docker([
    'build',
    '-q',
    ...(noCache ? ['--no-cache'] : []),
    '--build-arg',
    `BUILDER_IMAGE=${builderImage}`,
    '-t',
    tag,
    join(repo, 'examples/http'),
  ]);
  docker(['save', '-o', archive, tag]);
  const sizes = await measureImage(
    await openImage({ kind: 'docker-archive', path: archive }, { workDir: work }),
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(work, { recursive: true, force: true });
  return { ms, files: sizes.platforms[0].sizes.files.bytes };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const paths = [
  ['native', () => native(spec)],
  ['native, assemble only', () => native(assembleSpec)],
  ['docker (cached) + save', () => dockerPath(false)],
  ['docker --no-cache + save', () => dockerPath(true)],
].slice(0, args.includes('--native-only') ? 2 : 4);
const results = [];
try {
  for (const [name, run] of paths) {
    const warm = await run();
    const times = [];
    for (let i = 0; i < reps; i++) times.push((await run()).ms);
    results.push({ name, median: median(times), times, files: warm.files });
  }
} finally {
  spawnSync('docker', ['rmi', '-f', tag]);
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  await vite.close();
}

const nativeMedian = results[0].median;
console.log(`build + measure of examples/http, ${reps} repetitions after one warm-up (ms)`);
for (const { name, median: m, times, files } of results) {
  const ratio = (m / nativeMedian).toFixed(1);
  console.log(
    `${name.padEnd(26)} median ${m.toFixed(1).padStart(8)}  ${ratio.padStart(6)}x native  files ${files} B  runs ${times.map((t) => t.toFixed(0)).join(' ')}`,
  );
}
