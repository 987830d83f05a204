/**
 * The engine the CLI and the action share: budget file -> acquire -> measure -> gate.
 * Reporting and publishing are the callers' business; this returns everything they need.
 */
import type { AcquireOptions } from './acquire.js';
import type { BudgetFile, ImageConfigEntry } from './budget/index.js';
import { loadBudgetFile } from './budget/index.js';
import { ExitCode, formatError, TinySizeError } from './errors.js';
import type { NamedSizes, ReproducibleCheck, Verdict } from './gate/index.js';
import type { ImageSizes } from './measure/index.js';
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
  /** Estimate `compressed` and `pull` of uncompressed layers even when no budget needs them. */
  estimateCompressed?: boolean;
  /**
   * Run the reproducibility gate of `reproducible: true` images (default true). A baseline's
   * rebuild only needs the sizes: building each image again there would be work for nothing.
   */
  reproduce?: boolean;
}

export interface MeasuredImage {
  image: ImageConfigEntry;
  sizes: ImageSizes;
  /** How the image was obtained: "built with docker build + docker save". */
  method: string;
}

/** An image that could not be measured (a missing archive, a failed build): the others still are. */
export interface FailedImage {
  image: ImageConfigEntry;
  /** What went wrong, as a TinySizeError when the user can act on it. */
  error: unknown;
  /** The error as the user reads it: place, message, fix (formatError). */
  message: string;
}

export interface CheckResult {
  budget: BudgetFile;
  measured: MeasuredImage[];
  verdict: Verdict;
  /** Images that could not be measured, in budget-file order; the verdict covers the measured ones. */
  failed?: FailedImage[];
  /** 0 pass, 1 a budget or growth failed, 2 an image could not be measured (ExitCode). */
  exitCode?: number;
}

export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  const progress = request.progress ?? silentProgress;
  const budget = await progress.step(`Read ${request.config}`, () => loadBudgetFile(request.config));
  const selected = selectImages(budget, request.images ?? []);

  const acquireOptions: AcquireOptions = { progress, budgetFile: budget.file, registry: request.registry };
  const measured: MeasuredImage[] = [];
  const failed: FailedImage[] = [];
  for (const image of selected) {
    const estimate = request.estimateCompressed === true || gatesCompressed(image);
    try {
      measured.push(
        await progress.step(`Measure ${image.name}`, async () => {
          if (image.source.kind === 'build') {
            // The budget file's mistakes at their line, before a builder turns them into its own errors.
            const place = {
              file: budget.file,
              image: image.name,
              positionOf: (path: (string | number)[]) => budget.positionOf(path),
            };
            const { preflightBuild } = await import('./builders/index.js');
            for (const warning of await preflightBuild(image.source, place)) progress.warn?.(warning);
          }
          return measureOne(image, acquireOptions, estimate);
        }),
      );
    } catch (error) {
      // One image's failure must not throw away the others' results: it becomes an error row.
      failed.push({ image, error, message: formatError(error) });
    }
  }
  const reproducible: ReproducibleCheck[] = [];
  const reproduce = request.reproduce !== false;
  for (const { image, sizes } of measured.filter((m) => reproduce && m.image.reproducible)) {
    const title = `Reproduce ${image.name}: build it again in fresh copies of the context`;
    reproducible.push(
      await progress.step(title, () => reproducibleCheck(image, sizes, budget.file, progress)),
    );
  }
  const { evaluate, withChecks } = await import('./gate/index.js');
  const verdict = evaluate(
    measured.map(({ image, sizes }) => ({ image, sizes })),
    {
      // An image that failed is not "removed": its baseline is left out with it.
      baseline: onlySelected(request.baseline, request.images)?.filter(
        (base) => !failed.some(({ image }) => image.name === base.name),
      ),
      overrideGrowth: request.overrideGrowth ?? false,
      positionOf: (keyPath) => budget.positionOf(keyPath),
    },
  );
  const gated = withChecks(verdict, reproducible);
  const exitCode = failed.length ? ExitCode.usage : gated.exitCode;
  return { budget, measured, verdict: gated, failed, exitCode };
}

/** Whether a budget or growth rule reads `compressed` or `pull` (then they are estimated when needed). */
export function gatesCompressed(image: ImageConfigEntry): boolean {
  const limits = [image.budget, ...Object.values(image.budget.platforms ?? {})];
  return (['compressed', 'pull'] as const).some(
    (metric) => limits.some((limit) => limit[metric] !== undefined) || image.growth?.[metric] !== undefined,
  );
}

/** Every `paths:` pattern of an image's budget, image-wide and per platform. */
function budgetPatterns(image: ImageConfigEntry): string[] {
  const budgets = [image.budget, ...Object.values(image.budget.platforms ?? {})];
  return [...new Set(budgets.flatMap((budget) => Object.keys(budget.paths)))];
}

async function measureOne(
  image: ImageConfigEntry,
  options: AcquireOptions,
  estimateCompressed: boolean,
): Promise<MeasuredImage> {
  // The builders and image readers load with the first image to measure, not with the budget file:
  // a budget file that cannot be read fails without them (the action's cold start to its first error).
  const [{ acquireImage }, { measureImage }] = await Promise.all([
    import('./acquire.js'),
    import('./measure/index.js'),
  ]);
  const acquired = await acquireImage(image, options);
  try {
    const sizes = await measureImage(acquired.view, { estimateCompressed, paths: budgetPatterns(image) });
    return { image, sizes, method: acquired.method };
  } finally {
    await acquired.dispose();
  }
}

/** The reproducibility gate's check: one digest from every build, or where the first two differ. */
async function reproducibleCheck(
  image: ImageConfigEntry,
  sizes: ImageSizes,
  budgetFile: string,
  progress: Progress,
): Promise<ReproducibleCheck> {
  const { checkReproducible } = await import('./reproduce/index.js');
  const result = await checkReproducible(image, {
    budgetFile,
    onOutput: (chunk) => {
      for (const line of chunk.split('\n')) if (line.trim()) progress.detail(line);
    },
  });
  const digests = result.builds.map((b) => b.manifestDigest);
  const [first] = result.differences;
  const message = first
    ? `image ${image.name} is not reproducible: build 1 (${result.builds[0]?.method}) gave ${digests[0]}, build ${first.build + 1} (${result.builds[first.build]?.method}) gave ${digests[first.build]}; ${first.text}`
    : `image ${image.name} is reproducible: ${digests.length} builds gave ${digests[0]}`;
  return {
    kind: 'reproducible',
    image: image.name,
    platform: sizes.platforms[0]?.platform ?? '',
    status: result.reproducible ? 'ok' : 'not-reproducible',
    keyPath: ['images', image.name, 'reproducible'],
    builds: result.builds,
    message,
  };
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
