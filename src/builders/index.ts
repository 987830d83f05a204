/**
 * Building: one entry for every builder the budget file can name (`builder:`). Each ends in an
 * archive the sources read; the outcome says how, for the report.
 */

import { join } from 'node:path';
import { formatPlace, TinySizeError } from '../errors.js';
import { buildWithBuildah } from './buildah.js';
import { type BuildOutcome, type BuildSpec, buildWithDocker } from './docker.js';
import { buildNative, NativeRefusal } from './native/index.js';
import { type RunOptions, runTool } from './run.js';

export type { BuildOutcome, BuildSpec } from './docker.js';
export { createdImages } from './docker.js';
export {
  buildNative,
  NativeRefusal,
  type NativeResult,
  type NativeSpec,
  planNativeBuild,
  sourceDateEpoch,
  writeOciArchive,
  writeViewAsOciLayout,
} from './native/index.js';

export interface BuildOptions {
  /** Where the archive is written. */
  workDir: string;
  /** Tag given to the built image in the engine or containers-storage. */
  tag: string;
  onOutput?: RunOptions['onOutput'];
  /** The docker client; default `docker` from PATH. */
  docker?: string;
  /** `buildah` or `podman`; default: buildah, else podman. */
  buildah?: string;
  /** containers-storage driver for buildah/podman; default: detected. */
  storageDriver?: string;
  /** Build without the engine's cache (the reproducibility gate's second build must not reuse the first). */
  noCache?: boolean;
  /** The budget file, for messages about `prebuild:`. */
  budgetFile?: string;
}

export async function buildImage(spec: BuildSpec, options: BuildOptions): Promise<BuildOutcome> {
  const { workDir, tag, onOutput } = options;
  switch (spec.builder) {
    case 'docker':
      return buildWithDocker(spec, {
        workDir,
        tag,
        onOutput,
        docker: options.docker,
        noCache: options.noCache,
      });
    case 'buildah':
      return buildWithBuildah(spec, {
        workDir,
        tag,
        onOutput,
        command: options.buildah,
        storageDriver: options.storageDriver,
      });
    case 'native':
      return buildNativeOutcome(spec, options);
    case 'auto':
      return buildAuto(spec, options);
    default: {
      const unknown: never = spec.builder;
      throw new Error(`unknown builder ${String(unknown)}`);
    }
  }
}
export * from './build-args.js';
export {
  type DockerfileFacts,
  type DockerfileStage,
  locateStep,
  preflightBuild,
  readDockerfile,
} from './preflight.js';

async function buildNativeOutcome(spec: BuildSpec, options: BuildOptions): Promise<BuildOutcome> {
  const built = await buildNative(spec, {
    workDir: options.workDir,
    output: join(options.workDir, 'image.oci'),
    onOutput: options.onOutput,
    budgetFile: options.budgetFile,
  });
  return { source: { kind: 'oci', path: built.layout }, method: 'the native builder (no engine)' };
}

/** `builder: auto`: native when the Dockerfile qualifies, else docker when an engine answers, else buildah. */
async function buildAuto(spec: BuildSpec, options: BuildOptions): Promise<BuildOutcome> {
  let notNative: string;
  try {
    const built = await buildNativeOutcome(spec, options);
    return {
      ...built,
      method: `${built.method}, chosen by \`builder: auto\` because the Dockerfile qualifies`,
    };
  } catch (error) {
    if (!(error instanceof NativeRefusal)) throw error;
    notNative = `not native: ${formatPlace(error.place)}: ${error.message}`;
  }
  const docker = options.docker ?? 'docker';
  const probe = await runTool(docker, ['version', '--format', '{{.Server.Version}}']);
  if (probe.exitCode === 0 && probe.stdout.trim()) {
    const built = await explained(
      buildImage({ ...spec, builder: 'docker' }, options),
      `docker (${notNative})`,
    );
    return { ...built, method: `${built.method}, chosen by \`builder: auto\` (${notNative})` };
  }
  const notDocker = `not docker: no Docker engine answers at ${process.env.DOCKER_HOST ?? 'the default socket'}`;
  const buildah = options.buildah ?? 'buildah';
  const version = await runTool(buildah, ['--version']);
  if (version.exitCode !== 0) {
    throw new TinySizeError(
      `\`builder: auto\` found no way to build this image: ${notNative}; ${notDocker}; not buildah: \`${buildah}\` is not installed`,
      {
        file: spec.dockerfile,
        fix: 'install Docker or buildah, or change the Dockerfile as the native refusal says',
      },
    );
  }
  const built = await explained(
    buildImage({ ...spec, builder: 'buildah' }, options),
    `buildah (${notNative}; ${notDocker})`,
  );
  return { ...built, method: `${built.method}, chosen by \`builder: auto\` (${notNative}; ${notDocker})` };
}

/** A failed build under `auto` says which builder auto chose, and why. */
async function explained(building: Promise<BuildOutcome>, choice: string): Promise<BuildOutcome> {
  try {
    return await building;
  } catch (error) {
    if (!(error instanceof TinySizeError)) throw error;
    throw new TinySizeError(`\`builder: auto\` chose ${choice}, and ${error.message}`, {
      ...error.place,
      ...(error.fix ? { fix: error.fix } : {}),
      cause: error.cause,
    });
  }
}
