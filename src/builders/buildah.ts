/**
 * Builds an image without a daemon: `buildah bud` (or `podman build`, which shares its code), then
 * `buildah push IMAGE oci-archive:FILE` writes the image with gzip layers and a real manifest, so
 * `compressed` and `pull` are exact, not estimated.
 *
 * Nothing is left in containers-storage: no tag, a failed RUN's container removed (--force-rm), the
 * untagged images that appeared during the build removed, the final one once it is in the archive.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { TinySizeError } from '../errors.js';
import { chooseStorageDriver, detectStorageFacts, type StorageChoice } from './buildah-storage.js';
import { type BuildOutcome, type BuildSpec, buildArguments } from './docker.js';
import { locateStep, readDockerfile } from './preflight.js';
import { type RunOptions, type RunResult, runTool, tail } from './run.js';

export interface BuildahBuildOptions {
  /** Where the archive is written. */
  workDir: string;
  /** The image's name inside the OCI archive; nothing is tagged in containers-storage. */
  tag?: string;
  /** `buildah` or `podman` (a name on PATH or a path); default: buildah, else podman, whichever is installed. */
  command?: string;
  /** containers-storage driver (`vfs`, `overlay`); default: see chooseStorageDriver. */
  storageDriver?: string;
  onOutput?: RunOptions['onOutput'];
}

/** Tried in order when no command is given. */
export const builderCommands = ['buildah', 'podman'] as const;

const otherWays =
  'or set `builder: docker` in the budget file to build with the Docker engine, or gate an image that already exists (`oci:`, `oci-archive:`, `archive:` or `image:` instead of `context:`)';

export async function buildWithBuildah(spec: BuildSpec, options: BuildahBuildOptions): Promise<BuildOutcome> {
  const command = await findBuilder(spec, options.command ? [options.command] : builderCommands);
  const facts = await detectStorageFacts();
  if (options.storageDriver) facts.explicit = options.storageDriver;
  const { imageId, storage } = await runBuild(command, spec, options, chooseStorageDriver(facts));

  const archive = join(options.workDir, 'image.oci.tar');
  const push = await runTool(
    command,
    pushArguments(storage, imageId, archive, options.tag ?? 'tiny-size-gate-build'),
  );
  await removeImages(command, storage, [imageId]);
  if (push.exitCode !== 0) {
    throw new TinySizeError(
      `${toolName(command)} push of ${imageId} to oci-archive:${archive} failed:\n${tail(push.stderr || push.stdout, 5)}`,
      {
        file: spec.dockerfile,
        fix: `check the free space in ${options.workDir} and that containers-storage is healthy (\`${toolName(command)} images\`)`,
      },
    );
  }
  const tool = toolName(command);
  return {
    source: { kind: 'oci-archive', path: archive },
    method: `${tool} ${buildVerb(command)} + ${tool} push oci-archive (storage: ${storage.driver ? `${storage.driver}, ` : ''}${storage.why})`,
  };
}

/** `buildah bud …` (podman: `build`) from the spec, with intermediate stages cached (--layers). */
export function buildCommandArguments(
  command: string,
  spec: BuildSpec,
  iidFile: string,
  storage: StorageChoice,
): string[] {
  return [
    ...globalArguments(storage),
    buildVerb(command),
    // --layers: one layer per instruction, as the Docker engine builds (without it buildah squashes a stage).
    '--layers',
    '--force-rm',
    '--iidfile',
    iidFile,
    ...buildArguments(spec),
    spec.context,
  ];
}

/** `buildah push` with gzip layers and an OCI manifest, as a registry push would store them. */
export function pushArguments(
  storage: StorageChoice,
  imageId: string,
  archive: string,
  tag: string,
): string[] {
  // oci-archive:PATH:REF names the image in index.json; PATH must then hold no colon.
  const destination = archive.includes(':') ? `oci-archive:${archive}` : `oci-archive:${archive}:${tag}`;
  return [
    ...globalArguments(storage),
    'push',
    '--format',
    'oci',
    '--compression-format',
    'gzip',
    imageId,
    destination,
  ];
}

function globalArguments(storage: StorageChoice): string[] {
  return storage.driver ? ['--storage-driver', storage.driver] : [];
}

function toolName(command: string): string {
  return basename(command);
}

/** buildah's verb is `bud` (`build` is its alias since 1.23); podman has only `build`. */
function buildVerb(command: string): string {
  return toolName(command) === 'podman' ? 'build' : 'bud';
}

async function runBuild(
  command: string,
  spec: BuildSpec,
  options: BuildahBuildOptions,
  choice: StorageChoice,
): Promise<{ imageId: string; storage: StorageChoice }> {
  const iidFile = join(options.workDir, 'image.iid');
  // buildah names no image a step commits (it prints only cached ones), so the untagged images that
  // appear during the build are the build's own: removed afterwards, the final one after its push.
  const run = async (storage: StorageChoice) => {
    const before = new Set(await untaggedImages(command, storage));
    try {
      return await runTool(command, buildCommandArguments(command, spec, iidFile, storage), {
        onOutput: options.onOutput,
      });
    } finally {
      const made = (await untaggedImages(command, storage)).filter((id) => !before.has(id));
      const final = await readFile(iidFile, 'utf8').then(
        (id) => id.trim(),
        () => '',
      );
      await removeImages(
        command,
        storage,
        made.filter((id) => id !== final),
      );
    }
  };
  let storage = choice;
  let result = await run(storage);
  // Some kernels and backing filesystems refuse overlay only when it is first mounted.
  if (result.exitCode !== 0 && !storage.driver && !storage.fromEnvironment && overlayRefused(result.stderr)) {
    storage = { driver: 'vfs', why: 'overlay was refused when mounted, so vfs was used' };
    result = await run(storage);
  }
  if (result.exitCode !== 0) throw await buildFailed(command, spec, result);
  return { imageId: (await readFile(iidFile, 'utf8')).trim(), storage };
}

async function untaggedImages(command: string, storage: StorageChoice): Promise<string[]> {
  const listed = await runTool(command, [
    ...globalArguments(storage),
    'images',
    '-a',
    '-q',
    '--no-trunc',
    '--filter',
    'dangling=true',
  ]);
  return listed.exitCode === 0
    ? listed.stdout
        .split('\n')
        .map((id) => id.trim())
        .filter(Boolean)
    : [];
}

/** Latest first (a child before its parent); never forced, so an image in use stays. */
async function removeImages(command: string, storage: StorageChoice, ids: string[]): Promise<void> {
  for (const id of [...ids].reverse()) await runTool(command, [...globalArguments(storage), 'rmi', id]);
}

export function overlayRefused(stderr: string): boolean {
  return /overlay[^\n]*(not supported|unsupported|invalid argument)|kernel does not support overlay/i.test(
    stderr,
  );
}

/** The first of the candidates that is installed (answers `version`). */
export async function findBuilder(
  spec: BuildSpec,
  candidates: readonly string[] = builderCommands,
): Promise<string> {
  for (const candidate of candidates) {
    const probe = await runTool(candidate, ['version']);
    if (probe.exitCode !== 127) return candidate;
  }
  throw notInstalled(candidates, spec);
}

function notInstalled(commands: readonly string[], spec: BuildSpec): TinySizeError {
  const what =
    commands.length > 1
      ? `neither ${commands.join(' nor ')} is installed`
      : `${commands[0]} is not installed`;
  return new TinySizeError(`${what}, so the image cannot be built with \`builder: buildah\``, {
    file: spec.dockerfile,
    fix: `install buildah (Debian/Ubuntu: \`sudo apt-get install buildah\`; Fedora: \`sudo dnf install buildah\`) or podman, ${otherWays}`,
  });
}

/**
 * Where the failing instruction is: buildah prints `[stage/stages] STEP n/m: INSTRUCTION` before
 * each step, so the last one printed is the one that failed. Found in that stage of the Dockerfile.
 */
export function locateFailedStep(
  dockerfile: string,
  log: string,
): { line: number; instruction: string } | undefined {
  const last = [...log.matchAll(/^(?:\[(\d+)\/\d+\] )?STEP \d+\/\d+: (.+)$/gm)].at(-1);
  if (!last) return undefined;
  const instruction = (last[2] ?? '').trim();
  const found = locateStep(readDockerfile(dockerfile), { stage: Number(last[1] ?? '1'), instruction });
  return found ? { line: found.line, instruction } : undefined;
}

async function buildFailed(command: string, spec: BuildSpec, result: RunResult): Promise<TinySizeError> {
  const dockerfile = await readFile(spec.dockerfile, 'utf8').catch(() => '');
  const step = locateFailedStep(dockerfile, result.stdout);
  const tool = `${toolName(command)} ${buildVerb(command)}`;
  // What the failing step printed: everything after the last STEP line (the steps before it passed).
  const stdout = result.stdout.trimEnd();
  const lastStep = [...stdout.matchAll(/^(?:\[\d+\/\d+\] )?STEP \d+\/\d+: .*$/gm)].at(-1);
  const printed = lastStep ? stdout.slice((lastStep.index ?? 0) + lastStep[0].length) : stdout;
  const log = tail([printed.trim(), result.stderr.trimEnd()].filter(Boolean).join('\n'), 12);
  return new TinySizeError(
    `${tool} failed for ${spec.dockerfile}${step ? ` at \`${step.instruction}\`` : ''} (exit code ${result.exitCode}):\n${log}`,
    {
      file: spec.dockerfile,
      ...(step ? { line: step.line } : {}),
      fix: `the lines above are the failing step's last output; \`tiny-size-gate check --verbose\` shows the whole build log, or run \`${tool} --file ${spec.dockerfile} ${spec.context}\` by hand`,
    },
  );
}
