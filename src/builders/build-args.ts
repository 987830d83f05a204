/**
 * Build arguments may name environment variables, as in Compose: `${VAR}` or `${VAR:-default}`.
 * That lets one budget file build with `debian:bookworm-slim` on GitHub and a local base image here.
 */
import type { Position } from '../budget/index.js';
import { TinySizeError } from '../errors.js';

const reference = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export function expandBuildArgs(
  args: Record<string, string>,
  env: Record<string, string | undefined>,
  where: {
    file: string;
    image: string;
    /** Where a key is in the budget file, so the error names its line. */
    positionOf?: (path: (string | number)[]) => Position | undefined;
  },
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      value.replace(reference, (_, variable: string, fallback: string | undefined) => {
        const set = env[variable];
        if (set !== undefined && set !== '') return set;
        if (fallback !== undefined) return fallback;
        throw new TinySizeError(`build arg ${name} uses \${${variable}}, which is not set`, {
          file: where.file,
          ...where.positionOf?.(['images', where.image, 'build-args', name]),
          within: `images.${where.image}.build-args.${name}`,
          fix: `set ${variable} in the environment, or give a default: \${${variable}:-value}`,
        });
      }),
    ]),
  );
}
