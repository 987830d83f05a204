/**
 * The engine the CLI and the action share: budget file -> acquire -> measure -> gate.
 * Reporting and publishing are the callers' business; this returns everything they need.
 */
import { type AcquireOptions, acquireImage } from './acquire.js';
import type { BudgetFile, ImageConfigEntry } from './budget/index.js';
import { loadBudgetFile } from './budget/index.js';
import { TinySizeError } from './errors.js';
import type { Verdict } from './gate/index.js';
import { evaluate, type NamedSizes } from './gate/index.js';
import type { ImageSizes } from './measure/index.js';
import { measureImage } from './measure/index.js';
import { type Progress, silentProgress } from './progress.js';
import type { RegistryOptions } from './source/index.js';

export interface CheckRequest {
  /** Path of the budget file. */
  config: string;
  /** Names of the images to check; empty or absent means all. */
  images?: string[];
  progress?: Progress;
  /** The baseline's images (the merge-base's report), for the growth gate. */
  baseline?: readonly NamedSizes[];
  /** Growth over the allowance becomes a warning (the pull request carries the override label). */
  overrideGrowth?: boolean;
  /** Credentials and transport for `registry:` images. */
  registry?: RegistryOptions;
}

export interface MeasuredImage {
  image: ImageConfigEntry;
  sizes: ImageSizes;
  /** How the image was obtained: "built with docker build + docker save". */
  method: string;
}

export interface CheckResult {
  budget: BudgetFile;
  measured: MeasuredImage[];
  verdict: Verdict;
}

export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  const progress = request.progress ?? silentProgress;
  const budget = await progress.step(`Read ${request.config}`, () => loadBudgetFile(request.config));
  const selected = selectImages(budget, request.images ?? []);

  const acquireOptions: AcquireOptions = { progress, budgetFile: budget.file, registry: request.registry };
  const measured: MeasuredImage[] = [];
  for (const image of selected) {
    measured.push(await progress.step(`Measure ${image.name}`, () => measureOne(image, acquireOptions)));
  }
  const verdict = evaluate(
    measured.map(({ image, sizes }) => ({ image, sizes })),
    {
      baseline: onlySelected(request.baseline, request.images),
      overrideGrowth: request.overrideGrowth ?? false,
      positionOf: (keyPath) => budget.positionOf(keyPath),
    },
  );
  return { budget, measured, verdict };
}

async function measureOne(image: ImageConfigEntry, options: AcquireOptions): Promise<MeasuredImage> {
  const acquired = await acquireImage(image, options);
  try {
    const sizes = await measureImage(acquired.view);
    return { image, sizes, method: acquired.method };
  } finally {
    await acquired.dispose();
  }
}

/** When only some images are checked, only their baselines count (the others are not "removed"). */
function onlySelected(
  baseline: readonly NamedSizes[] | undefined,
  names: string[] = [],
): NamedSizes[] | undefined {
  if (!baseline || names.length === 0) return baseline ? [...baseline] : undefined;
  return baseline.filter((image) => names.includes(image.name));
}

function selectImages(budget: BudgetFile, names: string[]): ImageConfigEntry[] {
  if (names.length === 0) return budget.images;
  const known = new Map(budget.images.map((image) => [image.name, image]));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new TinySizeError(
      `no image named ${unknown.map((n) => `\`${n}\``).join(', ')} in the budget file`,
      {
        file: budget.file,
        fix: `choose among: ${budget.images.map((image) => image.name).join(', ')}`,
      },
    );
  }
  return names.map((name) => known.get(name) as ImageConfigEntry);
}
