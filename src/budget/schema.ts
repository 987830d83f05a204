/**
 * The budget file's schema (zod 4). It validates the YAML as parsed, turns sizes with units into
 * bytes, and is the source of the JSON Schema that editors use (see json-schema.ts). Paths stay as
 * written here; load.ts resolves them against the budget file's directory.
 */
import * as z from 'zod';
import { metrics } from '../metrics.js';
import { acceptedSizes, parseSize } from '../units.js';
import { builders } from './types.js';

/** Extra data on a custom issue: the fix to print beside the message. */
interface IssueParams {
  fix?: string;
}

/** A message for a value of the wrong type only; other issues keep their own messages. */
const wrongType = (message: string) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'invalid_type' ? message : undefined;

/** The input side of a size, kept as one instance so the JSON Schema export can recognise it. */
export const sizeInput = z
  .union([z.string(), z.number()], { error: `expected a size: ${acceptedSizes}` })
  .meta({ id: 'size' });

function toBytes(value: string | number, ctx: z.core.$RefinementCtx<string | number>): number {
  try {
    return parseSize(value);
  } catch (error) {
    const { message, fix } = error as { message: string; fix?: string };
    ctx.issues.push({ code: 'custom', input: value, message, params: { fix } satisfies IssueParams });
    return z.NEVER;
  }
}

const size = sizeInput.transform(toBytes);

const percentSyntax = /^([0-9]+(?:\.[0-9]+)?)\s*%$/;
export const percentPattern = '^[0-9]+(\\.[0-9]+)?\\s*%$';

export type Growth = { bytes: number } | { percent: number };

/** The input side of a growth allowance: a size, or a percentage like `5%`. */
export const growthInput = z
  .union([z.string(), z.number()], {
    error: `expected an allowed growth: a size (${acceptedSizes}) or a percentage like 5%`,
  })
  .meta({ id: 'growth' });

const growthValue = growthInput.transform((value, ctx): Growth => {
  const percent = typeof value === 'string' ? percentSyntax.exec(value.trim()) : null;
  if (percent) return { percent: Number(percent[1]) };
  if (typeof value === 'string' && value.trim().startsWith('-')) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `invalid growth ${JSON.stringify(value)}: cannot be negative`,
    });
    return z.NEVER;
  }
  return { bytes: toBytes(value, ctx) };
});

const layerCount = z
  .int({
    error: (issue) =>
      typeof issue.input === 'number' && Number.isFinite(issue.input)
        ? `expected the number of layers: a whole number, 0 or more; layers are whole, so at most ${issue.input} is \`layers: ${Math.floor(issue.input)}\``
        : 'expected the number of layers: a whole number, 0 or more, like `layers: 1`',
  })
  .min(0, { error: 'expected the number of layers: a whole number, 0 or more, like `layers: 1`' });

/** `/index.html`, `/usr/bin/*`, `/usr/**`: absolute, and `**` only as a whole path segment. */
export function pathPatternProblem(pattern: string): string | undefined {
  if (!pattern.startsWith('/'))
    return `path \`${pattern}\` is not absolute; write it as it is in the image, from \`/\``;
  if (pattern.length > 1 && pattern.endsWith('/'))
    return `path \`${pattern}\` ends with \`/\`; to budget a directory write \`${pattern}**\``;
  const segments = pattern.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return `path \`${pattern}\` has an empty, \`.\` or \`..\` segment; write the normalised path`;
  }
  if (segments.some((segment) => segment.includes('**') && segment !== '**')) {
    return `path \`${pattern}\`: \`**\` must be a whole segment (\`/a/**/b\`); use \`*\` within a name`;
  }
  return undefined;
}

const pathPattern = z.string().check(
  z.superRefine((pattern, ctx) => {
    const problem = pathPatternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', input: pattern, message: problem });
  }),
);

export const platformSyntax = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
const platform = z
  .string()
  .regex(platformSyntax, {
    error: (issue) =>
      `expected a platform like linux/amd64 or linux/arm/v7 (os/architecture[/variant], lower case), not ${JSON.stringify(issue.input)}`,
  })
  .meta({ description: 'os/architecture[/variant], like linux/amd64 or linux/arm/v7.' });

const sizeOf = (description: string) => size.meta({ description }).optional();

/** A budget's limits, image-wide or for one platform. */
export const platformBudgetShape = {
  files: sizeOf('Sum of the sizes of the regular files in all layers (the classic `docker images` SIZE).'),
  tar: sizeOf('Sum of the uncompressed layer tar lengths (what `docker save` writes).'),
  compressed: sizeOf('Sum of the compressed layer sizes in the manifest (what registries show).'),
  pull: sizeOf('compressed + the config blob + the manifest itself: what a `docker pull` transfers.'),
  layers: layerCount.meta({ description: 'Number of layers.' }).optional(),
  rootfs: sizeOf(
    'Sum of the regular files visible in the final filesystem (layers applied in order, whiteouts honoured).',
  ),
  wasted: sizeOf('files - rootfs: bytes shipped in the layers that no process can see (`wasted: 0B`: none).'),
  paths: z
    .record(pathPattern, size, { error: wrongType('expected a map from a path in the image to a size') })
    .meta({
      description:
        'Per path in the image: an absolute path or a glob (`*` within one segment, `**` any depth) -> limit on the sum of the matching regular files in all layers.',
    })
    .optional(),
};

const limitsError = 'expected a map of limits: files, tar, compressed, pull, layers, rootfs, wasted, paths';

export const budgetShape = {
  ...platformBudgetShape,
  platforms: z
    .record(
      platform,
      z
        .strictObject(platformBudgetShape, { error: wrongType(limitsError) })
        .meta({ description: 'Limits for this platform; a limit left out is the image-wide one.' }),
      { error: wrongType('expected a map from a platform to its limits: { linux/arm64: { files: 7kB } }') },
    )
    .meta({
      description:
        'Per platform (os/architecture[/variant]): limits that override the image-wide ones for that platform, metric by metric and path by path. `linux/arm64` also applies to its variants; a variant given overrides it further.',
    })
    .optional(),
};

const growthMetricShape = Object.fromEntries(
  metrics.map((metric) => [metric, growthValue.optional()]),
) as Record<(typeof metrics)[number], z.ZodOptional<typeof growthValue>>;

const growth = z
  .union([growthValue, z.strictObject(growthMetricShape)], {
    error: 'expected an allowed growth: a size or a percentage like 5%, or a map from metric to one',
  })
  .meta({
    description:
      'Allowed increase over the baseline (the merge-base) in a pull request: one value for every byte metric, or per metric. Bytes with a unit or a percentage like 5%.',
  });

const nonEmpty = (what: string) =>
  z.string({ error: `expected ${what}` }).min(1, { error: `expected ${what}` });

/** The ways to obtain an image: a build context, or one of the existing-image sources. */
export const sourceKeys = ['context', 'archive', 'oci', 'oci-archive', 'image', 'registry'] as const;
/** Keys that only mean something for a build. */
export const buildKeys = [
  'dockerfile',
  'target',
  'build-args',
  'platform',
  'builder',
  'prebuild',
  'from-stage-dir',
  'reproducible',
  'compare-builder',
] as const;

export const imageShape = {
  context: nonEmpty('a directory')
    .meta({ description: 'Build context directory, relative to this file.' })
    .optional(),
  dockerfile: nonEmpty('a file')
    .meta({ description: 'Dockerfile, relative to this file (default: <context>/Dockerfile).' })
    .optional(),
  target: nonEmpty('a build stage name').meta({ description: 'Build stage to build.' }).optional(),
  'build-args': z
    .record(
      z.string(),
      z
        .union([z.string(), z.number(), z.boolean()], { error: 'expected a string, number or boolean' })
        .transform(String),
      { error: wrongType('expected a map of build arguments: { NAME: value }') },
    )
    .meta({ description: 'Build arguments (numbers and booleans become strings).' })
    .optional(),
  platform: platform.optional(),
  builder: z
    .enum(builders, { error: `expected a builder: ${builders.join(' or ')}` })
    .meta({
      description:
        'What builds the image: `auto` (default: `native` when the Dockerfile qualifies, else `docker`, else `buildah`), `native` (FROM scratch, no engine, reproducible), `docker` or `buildah`.',
    })
    .optional(),
  prebuild: z
    .union([nonEmpty('a command'), z.array(nonEmpty('a command'))], {
      error: 'expected a command or a list of commands',
    })
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .meta({
      description:
        'Native builder: commands run in a copy of the context before the image is assembled (what an earlier stage would RUN). Without shell syntax a command runs directly; with it, through `sh -c`.',
    })
    .optional(),
  'from-stage-dir': z
    .record(nonEmpty('a stage, or stage:/path'), nonEmpty('a directory relative to the context'), {
      error: wrongType('expected a map from a stage (or stage:/path) to a directory: { "build:/out": out }'),
    })
    .meta({
      description:
        'Native builder: `COPY --from=<stage>` reads from this directory (relative to the context, after `prebuild:`). The key is the stage, standing for its `/`, or `stage:/path` for one directory of it.',
    })
    .optional(),
  reproducible: z
    .boolean({ error: 'expected true or false' })
    .meta({
      description:
        'Build the image twice (fresh copies of the context, at different times) and fail when the manifest digests differ, naming the layer and files that differ.',
    })
    .optional(),
  'compare-builder': z
    .enum(builders, { error: `expected a builder: ${builders.join(' or ')}` })
    .meta({ description: 'With `reproducible: true`: build once more with this builder and compare it too.' })
    .optional(),
  archive: nonEmpty('a file')
    .meta({ description: 'A `docker save` archive, relative to this file.' })
    .optional(),
  oci: nonEmpty('a directory')
    .meta({ description: 'An OCI image layout directory, relative to this file.' })
    .optional(),
  'oci-archive': nonEmpty('a file')
    .meta({ description: 'An OCI image layout in a tar file, relative to this file.' })
    .optional(),
  image: nonEmpty('an image reference')
    .meta({ description: 'An image in the local Docker daemon: name:tag or name@digest.' })
    .optional(),
  registry: nonEmpty('an image reference')
    .meta({ description: 'An image in a registry: registry/repository:tag or …@sha256:digest.' })
    .optional(),
  budget: z
    .strictObject(budgetShape, {
      error: wrongType(`${limitsError}, platforms`),
    })
    .meta({ description: 'Limits; a metric left out is not gated.' })
    .optional(),
  growth: growth.optional(),
  platforms: z
    .array(platform, { error: wrongType('expected a list of platforms, like [linux/amd64, linux/arm64]') })
    .min(1, { error: 'expected at least one platform; remove `platforms:` to measure all' })
    .meta({ description: 'Platforms to measure; default: all.' })
    .optional(),
};

/** A problem found outside zod: exactly one way to obtain each image, build-only keys only with a build. */
export interface ImageIssue {
  path: PropertyKey[];
  message: string;
  fix?: string;
}

/**
 * Checks that each image has exactly one way to be obtained, and build-only keys only with a build.
 * It reads the raw YAML data, not zod's output, so it reports even when other keys of the image are
 * invalid (zod skips refinements once a property has failed).
 */
export function checkImageSources(data: unknown): ImageIssue[] {
  const images = isRecord(data) && isRecord(data.images) ? data.images : {};
  const issues: ImageIssue[] = [];
  for (const [name, image] of Object.entries(images)) {
    if (!isRecord(image)) continue;
    const at = (...rest: PropertyKey[]) => ['images', name, ...rest];
    const ways = sourceKeys.filter((key) => image[key] !== undefined);
    if (ways.length === 0) {
      issues.push({
        path: at(),
        message: `image \`${name}\` has no way to be obtained`,
        fix: 'add `context:` (a directory to build) or one of `archive:`, `oci:`, `oci-archive:`, `image:`, `registry:`',
      });
    }
    for (const extra of ways.slice(1)) {
      issues.push({
        path: at(extra),
        message: `image \`${name}\` has two ways to be obtained: \`${ways[0]}\` and \`${extra}\``,
        fix: `keep one of \`${ways[0]}\` and \`${extra}\``,
      });
    }
    if (image.context === undefined) {
      for (const key of buildKeys.filter((k) => image[k] !== undefined)) {
        issues.push({
          path: at(key),
          message: `\`${key}\` applies only to a build, and image \`${name}\` has no \`context\``,
          fix: `add \`context:\` to build the image, or remove \`${key}\``,
        });
      }
    }
    if (image['compare-builder'] !== undefined && image.reproducible !== true) {
      issues.push({
        path: at('compare-builder'),
        message: '`compare-builder` applies only with `reproducible: true`',
        fix: 'add `reproducible: true`, or remove `compare-builder`',
      });
    }
    const platforms = image.platforms;
    if (Array.isArray(platforms)) {
      platforms.forEach((value, index) => {
        if (platforms.indexOf(value) !== index) {
          issues.push({
            path: at('platforms', index),
            message: `platform ${value} is listed twice`,
            fix: 'remove it',
          });
        }
      });
    }
  }
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const image = z
  .strictObject(imageShape, {
    error: wrongType(
      'expected the image as a map: `context:` (or `archive:`, `oci:`, `oci-archive:`, `image:`) and `budget:`',
    ),
  })
  .meta({ description: 'One image: how to obtain it, and its budget.' });

const imageName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  error: (issue) =>
    `image name ${JSON.stringify(issue.input)}: a name starts with a letter or digit and holds only letters, digits, \`.\`, \`_\` and \`-\``,
});

export const budgetFileShape = {
  version: z
    .literal(1, { error: 'this version of tiny-size-gate reads budget files of `version: 1`' })
    .meta({ description: 'Version of the budget file format.' })
    .optional(),
  images: z
    .record(imageName, image, { error: 'expected `images:`, a map from an image name to its settings' })
    .refine((images) => Object.keys(images).length > 0, { error: 'no images: `images:` is empty' })
    .meta({ description: 'The images to measure and gate, by name.' }),
};

export const budgetFileSchema = z
  .strictObject(budgetFileShape, {
    error: wrongType('expected a map with `images:` at the top of the budget file'),
  })
  .meta({
    title: 'tiny-size-gate budget file',
    description: 'Size budgets for container images, checked by tiny-size-gate, exact to the byte.',
  });

export type BudgetFileInput = z.input<typeof budgetFileSchema>;
export type BudgetFileParsed = z.output<typeof budgetFileSchema>;
export type ImageParsed = BudgetFileParsed['images'][string];

/**
 * The keys valid in the map at `path` (a path into the parsed YAML), for "did you mean" suggestions.
 */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(budgetFileShape);
  if (path[0] !== 'images') return [];
  if (path.length === 2) return Object.keys(imageShape);
  if (path.length === 3 && path[2] === 'budget') return Object.keys(budgetShape);
  if (path.length === 5 && path[2] === 'budget' && path[3] === 'platforms') {
    return Object.keys(platformBudgetShape);
  }
  if (path.length === 3 && path[2] === 'growth') return [...metrics];
  return [];
}
