/**
 * The reproducibility gate (`reproducible: true`): the image is built twice, each time in a fresh
 * temporary copy of the context and seconds apart, without the engine's cache, and (with
 * `compare-builder:`) once more with another builder. The manifest digests must be one; when they
 * are not, the result names the first layer and the files that differ, and how.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Builder, ImageConfigEntry } from '../budget/index.js';
import { type BuildSpec, buildImage } from '../builders/index.js';
import { TinySizeError } from '../errors.js';
import { type OpenedImage, openImage } from '../source/index.js';
import { compareImages, describeDifference, type ImageDifference } from './compare.js';

export { compareImages, describeDifference, type FileDifference, type ImageDifference } from './compare.js';

export interface ReproduceOptions {
  budgetFile: string;
  /** Parent of the temporary directories; default the OS's. */
  tempRoot?: string;
  onOutput?: (chunk: string) => void;
  /** Time between the builds, so that anything that records the time shows it; default 1.5 s. */
  pauseMs?: number;
}

export interface ReproduceBuild {
  /** How it was built: "the native builder (no engine)". */
  method: string;
  manifestDigest: string;
}

export interface ReproduceResult {
  reproducible: boolean;
  builds: ReproduceBuild[];
  /** For each build that differs from the first: its index and where it differs. */
  differences: { build: number; difference: ImageDifference; text: string }[];
}

interface Built {
  view: OpenedImage;
  build: ReproduceBuild;
}

export async function checkReproducible(
  image: ImageConfigEntry,
  options: ReproduceOptions,
): Promise<ReproduceResult> {
  const { source } = image;
  if (source.kind !== 'build') {
    throw new TinySizeError(`image \`${image.name}\`: \`reproducible: true\` needs a build (\`context:\`)`, {
      file: options.budgetFile,
      within: `images.${image.name}.reproducible`,
      fix: 'add `context:`, or remove `reproducible:`',
    });
  }
  const dirs: string[] = [];
  const builders: Builder[] = [source.builder, source.builder];
  if (image.reproducible?.compareBuilder) builders.push(image.reproducible.compareBuilder);
  const built: Built[] = [];
  try {
    for (const [index, builder] of builders.entries()) {
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 1500));
      const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'tiny-size-gate-reproduce-'));
      dirs.push(dir);
      const tag = `tiny-size-gate/reproduce-${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:${index}`;
      // Each builder removes what its build made (src/builders), so nothing is left to clean here.
      built.push(await buildOnce({ ...source, builder }, dir, tag, options));
    }
    const [first] = built as [Built, ...Built[]];
    const differences: ReproduceResult['differences'] = [];
    for (const [index, other] of built.entries()) {
      if (index === 0 || other.build.manifestDigest === first.build.manifestDigest) continue;
      const difference = await compareImages(first.view, other.view);
      differences.push({ build: index, difference, text: describeDifference(difference) });
    }
    return { reproducible: differences.length === 0, builds: built.map((b) => b.build), differences };
  } finally {
    for (const { view } of built) await view.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
}

/** One build in a fresh copy of the context (the Dockerfile too, when it is inside the context). */
async function buildOnce(
  spec: BuildSpec,
  dir: string,
  tag: string,
  options: ReproduceOptions,
): Promise<Built> {
  const context = join(dir, 'src');
  await cp(spec.context, context, { recursive: true, filter: (path) => !/[/\\]\.git$/.test(path) });
  const inside = relative(spec.context, spec.dockerfile);
  const dockerfile = inside.startsWith('..') ? spec.dockerfile : join(context, inside);
  const workDir = join(dir, 'build');
  await mkdir(workDir);
  const outcome = await buildImage(
    { ...spec, context, dockerfile },
    { workDir, tag, noCache: true, budgetFile: options.budgetFile, onOutput: options.onOutput },
  );
  const view = await openImage(outcome.source, {
    workDir,
    ...(spec.platform ? { platforms: [spec.platform] } : {}),
  });
  const digest = view.platforms[0]?.manifestDescriptor.digest ?? '';
  return { view, build: { method: outcome.method, manifestDigest: digest } };
}
