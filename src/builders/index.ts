/**
 * Building: one entry for every builder the budget file can name (`builder:`). Each ends in an
 * archive the sources read; the outcome says how, for the report.
 */

import { buildWithBuildah } from './buildah.js';
import { type BuildOutcome, type BuildSpec, buildWithDocker } from './docker.js';
import type { RunOptions } from './run.js';

export type { BuildOutcome, BuildSpec } from './docker.js';

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
}

export async function buildImage(spec: BuildSpec, options: BuildOptions): Promise<BuildOutcome> {
  const { workDir, tag, onOutput } = options;
  switch (spec.builder) {
    case 'docker':
      return buildWithDocker(spec, { workDir, tag, onOutput, docker: options.docker });
    case 'buildah':
      return buildWithBuildah(spec, {
        workDir,
        tag,
        onOutput,
        command: options.buildah,
        storageDriver: options.storageDriver,
      });
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
