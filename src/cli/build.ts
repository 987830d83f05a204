/**
 * `tiny-size-gate build`: any builder from the command line, written as an OCI layout or an OCI
 * archive, so a user can build, then `measure` or compare.
 *   tiny-size-gate build [--builder auto|native|docker|buildah] [-f Dockerfile] [--target T]
 *     [--build-arg K=V]... [--prebuild CMD]... [--from-stage-dir STAGE[:/PATH]=DIR]...
 *     [--platform P] --output oci:DIR|oci-archive:FILE CONTEXT
 */
import { cp, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { builders } from '../builder-names.js';
import type { BuildSpec } from '../builders/index.js';
import { ExitCode, type TinySizeError } from '../errors.js';
import {
  type Command,
  type Console,
  flag,
  type ParsedArgs,
  stringList,
  stringValue,
  usageError,
} from './command.js';

function usage(message: string): TinySizeError {
  return usageError(message, 'build');
}

export type Output = { kind: 'oci'; path: string } | { kind: 'oci-archive'; path: string };

export function parseOutput(text: string): Output {
  const match = /^(oci|oci-archive):(.+)$/.exec(text);
  if (!match) throw usage(`--output ${text}: write oci:DIR or oci-archive:FILE`);
  return { kind: match[1] as Output['kind'], path: resolve(match[2] as string) };
}

function pairs(values: string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0) throw usage(`${flag} ${value}: write NAME=VALUE`);
    out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build an image with any builder and write it as an OCI layout or archive.',
  arguments: { name: 'CONTEXT', min: 1, max: 1 },
  options: {
    builder: {
      type: 'string',
      value: 'BUILDER',
      default: 'auto',
      choices: builders,
      help: 'auto (native when the Dockerfile qualifies, else docker, else buildah), native, docker, buildah',
    },
    file: {
      type: 'string',
      short: 'f',
      value: 'DOCKERFILE',
      help: 'the Dockerfile (default CONTEXT/Dockerfile)',
    },
    target: { type: 'string', value: 'STAGE', help: 'the stage to build' },
    'build-arg': { type: 'string', multiple: true, value: 'NAME=VALUE', help: 'a build argument' },
    prebuild: {
      type: 'string',
      multiple: true,
      value: 'CMD',
      help: 'a command run in a copy of the context first (sh -c only when it needs a shell)',
    },
    'from-stage-dir': {
      type: 'string',
      multiple: true,
      value: 'STAGE[:/PATH]=DIR',
      help: 'map COPY --from=STAGE to a directory of the context (native builder)',
    },
    platform: { type: 'string', short: 'p', value: 'OS/ARCH', help: 'the platform to build' },
    output: {
      type: 'string',
      short: 'o',
      value: 'oci:DIR|oci-archive:FILE',
      help: 'where to write the image',
    },
    verbose: { type: 'boolean', short: 'v', help: 'print the build log as it runs' },
  },
  details: `The native builder needs no engine and is reproducible: the same context gives the same
manifest digest. Then \`tiny-size-gate measure oci:DIR\`.`,
  run: (args, io) => build(args, io),
};

async function build(args: ParsedArgs, io: Console): Promise<number> {
  const [{ buildImage, writeOciArchive, writeViewAsOciLayout }, { withImage }] = await Promise.all([
    import('../builders/index.js'),
    import('../source/index.js'),
  ]);
  const positionals = args.positionals;
  const output_ = stringValue(args, 'output');
  const values = {
    builder: stringValue(args, 'builder') ?? 'auto',
    file: stringValue(args, 'file'),
    target: stringValue(args, 'target'),
    'build-arg': stringList(args, 'build-arg'),
    prebuild: stringList(args, 'prebuild'),
    'from-stage-dir': stringList(args, 'from-stage-dir'),
    platform: stringValue(args, 'platform'),
    output: output_,
    verbose: flag(args, 'verbose'),
  };
  if (positionals.length !== 1) throw usage('build takes exactly one CONTEXT directory');
  if (!values.output) throw usage('build needs --output oci:DIR or oci-archive:FILE');
  const builder = values.builder;
  if (!(builders as readonly string[]).includes(builder))
    throw usage(`--builder ${builder}: choose ${builders.join(', ')}`);
  const output = parseOutput(values.output);
  await assertFreeOutput(output);
  const context = resolve(positionals[0] as string);
  const spec: BuildSpec = {
    kind: 'build',
    context,
    dockerfile: values.file ? resolve(values.file) : join(context, 'Dockerfile'),
    ...(values.target ? { target: values.target } : {}),
    buildArgs: pairs(values['build-arg'], '--build-arg'),
    ...(values.platform ? { platform: values.platform } : {}),
    builder: builder as BuildSpec['builder'],
    ...(values.prebuild.length ? { prebuild: values.prebuild } : {}),
    ...(values['from-stage-dir'].length
      ? { fromStageDirs: pairs(values['from-stage-dir'], '--from-stage-dir') }
      : {}),
  };
  // Everything is written in a temporary directory first; the output appears whole or not at all.
  const workDir = await mkdtemp(join(tmpdir(), 'tiny-size-gate-build-'));
  try {
    const built = await buildImage(spec, {
      workDir,
      tag: 'tiny-size-gate/build:latest',
      onOutput: values.verbose ? (chunk) => io.err(chunk) : undefined,
    });
    const layout = built.source.kind === 'oci' ? built.source.path : join(workDir, 'converted.oci');
    const open = { workDir, ...(spec.platform ? { platforms: [spec.platform] } : {}) };
    const digest = await withImage(built.source, open, async (view) =>
      built.source.kind === 'oci'
        ? (view.platforms[0]?.manifestDescriptor.digest ?? '')
        : (await writeViewAsOciLayout(view, layout)).manifestDigest,
    );
    if (output.kind === 'oci') await move(layout, output.path);
    else await writeOciArchive(layout, output.path);
    io.out(`built ${output.kind}:${output.path} with ${built.method}\nmanifest ${digest}\n`);
    return ExitCode.ok;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The output must not exist (an empty directory is fine for oci:), and its parent must. */
async function assertFreeOutput(output: Output): Promise<void> {
  const entries = await readdir(output.path).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? undefined : error,
  );
  if (entries === undefined) {
    const parent = await readdir(dirname(output.path)).catch(() => undefined);
    if (!parent) throw usage(`--output ${output.path}: the directory ${dirname(output.path)} does not exist`);
    return;
  }
  if (output.kind === 'oci' && Array.isArray(entries) && entries.length === 0) {
    await rm(output.path, { recursive: true });
    return;
  }
  throw usage(`--output ${output.path} exists; tiny-size-gate does not overwrite it`);
}

/** rename, or copy when the temporary directory is on another file system. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      await cp(from, to, { recursive: true, errorOnExist: true, force: false });
    } catch (copyError) {
      await rm(to, { recursive: true, force: true });
      throw copyError;
    }
  }
}
