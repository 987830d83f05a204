/**
 * Builds an image with the Docker engine and leaves it as an archive the sources can read.
 * With buildx and a driver that exports OCI (docker-container, kubernetes, remote, or the `docker`
 * driver on the containerd image store: see planBuildx), the archive is an OCI layout whose
 * compressed sizes are exact; otherwise the classic builder (or BuildKit through
 * DOCKER_BUILDKIT=1) builds and `docker save` writes a docker-archive, whose compressed sizes are
 * estimated later. The method in the outcome says which path was taken, and why.
 */
import { join } from 'node:path';
import type { ImageSource } from '../budget/index.js';
import { TinySizeError } from '../errors.js';
import type { ReadableSource } from '../source/index.js';
import { type RunOptions, runTool, tail } from './run.js';

export type BuildSpec = Extract<ImageSource, { kind: 'build' }>;

export interface DockerBuildOptions {
  /** Where the archive is written. */
  workDir: string;
  /** Tag given to the built image in the engine, so it can be run or pushed afterwards. */
  tag: string;
  /** The docker client; default `docker` from PATH. */
  docker?: string;
  onOutput?: RunOptions['onOutput'];
  /** `--no-cache`: every step runs again (the reproducibility gate). */
  noCache?: boolean;
}

export interface BuildOutcome {
  source: ReadableSource;
  /** How it was built, for the report: "buildx (OCI export)" or "docker build + docker save". */
  method: string;
}

const otherWays =
  'or gate an image that already exists: set `archive:` (docker save), `oci:` (OCI layout), `oci-archive:` or `image:` (a reference in the engine) instead of `context:` in the budget file';

export async function buildWithDocker(spec: BuildSpec, options: DockerBuildOptions): Promise<BuildOutcome> {
  const docker = options.docker ?? 'docker';
  await requireEngine(docker, spec);
  const common = buildArguments(spec);

  const plan = await planBuildx(docker);
  let classicWhy = plan.use ? '' : plan.why;
  if (plan.use) {
    const dest = join(options.workDir, 'image.oci.tar');
    const output = `type=oci,dest=${dest}`;
    const args = ['buildx', 'build', ...common, '--tag', options.tag, '--output', output, spec.context];
    const result = await runTool(docker, args, { onOutput: options.onOutput });
    if (result.exitCode === 0)
      return {
        source: { kind: 'oci-archive', path: dest },
        method: `buildx (OCI export, driver \`${plan.driver}\`)`,
      };
    // Detection can be wrong (a containerd store that is only half on): fall back, and say why.
    if (!ociExportRefused(result.stderr))
      throw buildFailed(spec, 'docker buildx build', result.stderr || result.stdout);
    classicWhy = `buildx driver \`${plan.driver}\` refused the OCI export`;
  }

  const noCache = options.noCache ? ['--no-cache'] : [];
  const build = await runTool(docker, ['build', ...common, ...noCache, '--tag', options.tag, spec.context], {
    onOutput: options.onOutput,
  });
  if (build.exitCode !== 0) throw buildFailed(spec, 'docker build', build.stderr || build.stdout);

  const archive = join(options.workDir, 'image.docker.tar');
  const save = await runTool(docker, ['save', '--output', archive, options.tag]);
  if (save.exitCode !== 0) {
    throw new TinySizeError(`docker save ${options.tag} failed: ${tail(save.stderr, 5)}`, {
      file: spec.dockerfile,
      fix: 'check the free space in the temporary directory and that the engine is healthy (docker info)',
    });
  }
  return {
    source: { kind: 'docker-archive', path: archive },
    method: `docker build + docker save (${classicWhy})`,
  };
}

/** The arguments every builder takes: Dockerfile, target, platform, build args. */
export function buildArguments(spec: BuildSpec): string[] {
  const args = ['--file', spec.dockerfile];
  if (spec.target) args.push('--target', spec.target);
  if (spec.platform) args.push('--platform', spec.platform);
  for (const [name, value] of Object.entries(spec.buildArgs)) args.push('--build-arg', `${name}=${value}`);
  return args;
}

async function requireEngine(docker: string, spec: BuildSpec): Promise<void> {
  const probe = await runTool(docker, ['version', '--format', '{{.Server.Version}}']);
  if (probe.exitCode === 0 && probe.stdout.trim()) return;
  const where = process.env.DOCKER_HOST ?? 'the default socket (unix:///var/run/docker.sock)';
  const notInstalled = probe.exitCode === 127;
  throw new TinySizeError(
    notInstalled
      ? `the docker client (${docker}) is not installed, so the image cannot be built`
      : `no Docker engine answers at ${where}, so the image cannot be built`,
    {
      file: spec.dockerfile,
      cause: new Error(tail(probe.stderr, 3)),
      fix: notInstalled
        ? `install Docker, ${otherWays}`
        : `start the engine (or point DOCKER_HOST at it), ${otherWays}`,
    },
  );
}

/** Whether `docker buildx build --output type=oci` can work here, and if not, why. */
export type BuildxPlan = { use: true; driver: string } | { use: false; why: string };

/** Buildx drivers that run their own BuildKit and so export OCI archives. */
export const ociExportDrivers = new Set(['docker-container', 'kubernetes', 'remote']);

export async function planBuildx(docker: string): Promise<BuildxPlan> {
  const version = await runTool(docker, ['buildx', 'version']);
  if (version.exitCode !== 0) return { use: false, why: 'no buildx plugin' };
  const inspect = await runTool(docker, ['buildx', 'inspect']);
  const driver = inspect.exitCode === 0 ? parseBuildxDriver(inspect.stdout) : undefined;
  if (!driver) return { use: false, why: 'docker buildx inspect named no driver' };
  if (ociExportDrivers.has(driver)) return { use: true, driver };
  // The `docker` driver exports OCI only when the engine keeps images in containerd.
  if (driver === 'docker' && (await usesContainerdStore(docker))) return { use: true, driver };
  return { use: false, why: `buildx driver \`${driver}\` cannot export OCI` };
}

/** The builder's driver from `docker buildx inspect` (its first `Driver:` line; nodes come after). */
export function parseBuildxDriver(inspectOutput: string): string | undefined {
  return /^Driver:\s*(\S+)/m.exec(inspectOutput)?.[1];
}

/** The containerd image store shows as driver-type io.containerd.snapshotter.v1 in `docker info`. */
async function usesContainerdStore(docker: string): Promise<boolean> {
  const info = await runTool(docker, ['info', '--format', '{{json .DriverStatus}}']);
  return info.exitCode === 0 && info.stdout.includes('io.containerd.snapshotter');
}

/** BuildKit's refusal: "OCI exporter is not supported for the docker driver" (wording varies by version). */
export function ociExportRefused(stderr: string): boolean {
  return /exporter.*not supported|not supported.*driver|containerd image store/i.test(stderr);
}

function buildFailed(spec: BuildSpec, what: string, output: string): TinySizeError {
  return new TinySizeError(`${what} failed for ${spec.dockerfile}:\n${tail(output)}`, {
    file: spec.dockerfile,
    fix: 'the build log above shows the failing step; run the same build by hand to debug it',
  });
}
