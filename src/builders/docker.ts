/**
 * Builds an image with the Docker engine and leaves it as an archive the sources can read.
 * With buildx and a driver that exports OCI (docker-container, kubernetes, remote, or the `docker`
 * driver on the containerd image store: see planBuildx), the archive is an OCI layout whose
 * compressed sizes are exact; otherwise the classic builder (or BuildKit through
 * DOCKER_BUILDKIT=1) builds and `docker save` writes a docker-archive, whose compressed sizes are
 * estimated later. The method in the outcome says which path was taken, and why.
 *
 * Nothing is left in the engine: the image gets a tag of its own for the time of the save (its ID
 * comes from --iidfile), a failed RUN's container is removed (--force-rm), and once saved the tag
 * and the classic builder's intermediate images (not cached ones it reused) are removed. The final
 * image goes with its tag, never by ID: two runs sharing an engine may build the same image (the
 * second from the first's cache), and removing it by ID would pull it from under the other's save.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageSource } from '../budget/index.js';
import { TinySizeError } from '../errors.js';
import type { ReadableSource } from '../source/index.js';
import { locateStep, readDockerfile } from './preflight.js';
import { type RunOptions, type RunResult, runTool, tail } from './run.js';

export type BuildSpec = Extract<ImageSource, { kind: 'build' }>;

export interface DockerBuildOptions {
  /** Where the archive is written. */
  workDir: string;
  /** The image's name inside an OCI archive; nothing is tagged in the engine. */
  tag?: string;
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
    const args = [
      'buildx',
      'build',
      ...common,
      '--tag',
      options.tag ?? 'tiny-size-gate-build',
      '--output',
      output,
      spec.context,
    ];
    const result = await runTool(docker, args, { onOutput: options.onOutput });
    if (result.exitCode === 0)
      return {
        source: { kind: 'oci-archive', path: dest },
        method: `buildx (OCI export, driver \`${plan.driver}\`)`,
      };
    // Detection can be wrong (a containerd store that is only half on): fall back, and say why.
    if (!ociExportRefused(result.stderr)) throw await buildFailed(spec, 'docker buildx build', result);
    classicWhy = `buildx driver \`${plan.driver}\` refused the OCI export`;
  }

  const noCache = options.noCache ? ['--no-cache'] : [];
  const iidFile = join(options.workDir, 'image.iid');
  const tag = `tiny-size-gate-build:${randomBytes(6).toString('hex')}`;
  const build = await runTool(
    docker,
    ['build', '--force-rm', '--iidfile', iidFile, '--tag', tag, ...common, ...noCache, spec.context],
    {
      onOutput: options.onOutput,
    },
  );
  const imageId = build.exitCode === 0 ? (await readFile(iidFile, 'utf8')).trim() : undefined;
  try {
    if (!imageId) throw await buildFailed(spec, 'docker build', build);
    const archive = join(options.workDir, 'image.docker.tar');
    const save = await runTool(docker, ['save', '--output', archive, imageId]);
    if (save.exitCode !== 0) {
      throw new TinySizeError(`docker save ${imageId} failed: ${tail(save.stderr, 5)}`, {
        file: spec.dockerfile,
        fix: 'check the free space in the temporary directory and that the engine is healthy (docker info)',
      });
    }
    return {
      source: { kind: 'docker-archive', path: archive },
      method: `docker build + docker save (${classicWhy})`,
    };
  } finally {
    const intermediate = createdImages(build.stdout).filter((id) => !imageId?.includes(`:${id}`));
    await removeImages(docker, [...intermediate, tag]);
  }
}

/**
 * The images the classic builder made in this build: the ID after each step it ran, not the ones
 * it took from its cache (`Using cache`) or a FROM's base image, which were there before.
 */
export function createdImages(log: string): string[] {
  const ids: string[] = [];
  for (const step of stripAnsi(log)
    .split(/^Step \d+\/\d+ : /m)
    .slice(1)) {
    if (/^FROM\s/i.test(step) || /^ ---> Using cache$/m.test(step)) continue;
    const id = [...step.matchAll(/^ ---> ([0-9a-f]{12,64})$/gm)].at(-1)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}

/**
 * Removes the given images or tags, latest first, and only those (--no-prune: their parents may be
 * cache the user had). Never forced: an image someone tagged meanwhile, or that another is built
 * on, stays; a tag goes, and its image with it only when no other tag names it.
 */
async function removeImages(docker: string, ids: string[]): Promise<void> {
  for (const id of [...new Set(ids)].reverse()) await runTool(docker, ['rmi', '--no-prune', id]);
}

function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the classic builder colours a step's stderr
  return text.replace(/\x1b\[[0-9;]*m/g, '');
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

/** A failed build's error: the failing step with its Dockerfile line, and the last lines it printed. */
async function buildFailed(spec: BuildSpec, what: string, result: RunResult): Promise<TinySizeError> {
  const failure = describeBuildFailure(`${result.stdout}\n${result.stderr}`);
  const text = await readFile(spec.dockerfile, 'utf8').catch(() => '');
  const step = failure.step && text ? locateStep(readDockerfile(text), failure.step) : undefined;
  const instruction = step?.text ?? failure.step?.instruction;
  return new TinySizeError(
    `${what} failed for ${spec.dockerfile}${instruction ? ` at \`${instruction}\`` : ''}:\n${failure.output}`,
    {
      file: spec.dockerfile,
      ...(step ? { line: step.line } : {}),
      fix: `the lines above are the failing step's last output; \`tiny-size-gate check --verbose\` shows the whole build log`,
    },
  );
}

/** The step a build log says failed, and its last lines of output: classic builder or BuildKit. */
export function describeBuildFailure(log: string): {
  step?: import('./preflight.js').FailedStep;
  output: string;
} {
  log = stripAnsi(log);
  const lines = log
    .split('\n')
    .filter(
      (line) => !/DEPRECATED|legacy builder|buildx component|docs\.docker\.com\/go\/buildx|^\s*$/.test(line),
    );
  // BuildKit: ` > [build 4/5] RUN nasm ...:` heads the failing step's last lines, between `------`.
  const buildkit = [...log.matchAll(/^ > \[(?:(\S+) )?\d+\/\d+\] (.+):$/gm)].at(-1);
  if (buildkit) {
    const after = log.slice((buildkit.index ?? 0) + buildkit[0].length).split('\n');
    const end = after.findIndex((line, index) => index > 0 && line.startsWith('------'));
    const output = after
      .slice(1, end < 0 ? undefined : end)
      .map((line) => line.replace(/^#\d+ /, '').replace(/^\d+\.\d+ /, ''))
      .filter((line) => line.trim());
    const summary = lines.filter((line) => /^(ERROR|error|executor failed)/.test(line)).at(-1);
    return {
      step: { ...(buildkit[1] ? { stage: buildkit[1] } : {}), instruction: buildkit[2] as string },
      output: tail([...output, ...(summary ? [summary] : [])].join('\n'), 12),
    };
  }
  // The classic builder: `Step n/m : INSTRUCTION`, then what it printed.
  const classic = [...log.matchAll(/^Step (\d+)\/\d+ : (.+)$/gm)].at(-1);
  if (classic) {
    const after = log
      .slice((classic.index ?? 0) + classic[0].length)
      .split('\n')
      .filter(
        (line) =>
          line.trim() &&
          !/^ ---> |^Removing intermediate container|DEPRECATED|legacy builder|buildx/.test(line) &&
          !/^\s+(Install the buildx|https:\/\/docs\.docker)/.test(line),
      );
    return {
      step: { number: Number(classic[1]), instruction: classic[2] as string },
      output: tail(after.join('\n'), 12),
    };
  }
  return { output: tail(lines.join('\n'), 12) };
}
