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
import { parseArgs } from 'node:util';
import { builders } from '../budget/index.js';
import { type BuildSpec, buildImage, writeOciArchive, writeViewAsOciLayout } from '../builders/index.js';
import { ExitCode, TinySizeError } from '../errors.js';
import { openImage } from '../source/index.js';
import type { Console } from './main.js';

export const buildUsage = `  tiny-size-gate build [--builder auto|native|docker|buildah] [-f DOCKERFILE] [--target STAGE]
                       [--build-arg K=V]... [--prebuild CMD]... [--from-stage-dir STAGE[:/PATH]=DIR]...
                       [--platform OS/ARCH] --output oci:DIR|oci-archive:FILE CONTEXT
      Build an image and write it as an OCI layout or archive (then \`measure\` it). The default
      builder, auto, is native (no engine, reproducible) when the Dockerfile qualifies, else docker,
      else buildah. --prebuild runs a command in a copy of the context first (sh -c only when it
      needs a shell); --from-stage-dir maps COPY --from=STAGE to a directory of the context.`;

function usage(message: string): TinySizeError {
  return new TinySizeError(message, { fix: 'run `tiny-size-gate --help` for the usage' });
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

export async function build(args: string[], io: Console): Promise<number> {
  let parsed: ReturnType<typeof parseBuildArgs>;
  try {
    parsed = parseBuildArgs(args);
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
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
    let layout: string;
    let digest: string;
    if (built.source.kind === 'oci') layout = built.source.path;
    else layout = join(workDir, 'converted.oci');
    const view = await openImage(built.source, {
      workDir,
      ...(spec.platform ? { platforms: [spec.platform] } : {}),
    });
    if (built.source.kind === 'oci') digest = view.platforms[0]?.manifestDescriptor.digest ?? '';
    else digest = (await writeViewAsOciLayout(view, layout)).manifestDigest;
    if (output.kind === 'oci') await move(layout, output.path);
    else await writeOciArchive(layout, output.path);
    io.out(`built ${output.kind}:${output.path} with ${built.method}\nmanifest ${digest}\n`);
    return ExitCode.ok;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function parseBuildArgs(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      builder: { type: 'string', default: 'auto' },
      file: { type: 'string', short: 'f' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true, default: [] },
      prebuild: { type: 'string', multiple: true, default: [] },
      'from-stage-dir': { type: 'string', multiple: true, default: [] },
      platform: { type: 'string' },
      output: { type: 'string', short: 'o' },
      verbose: { type: 'boolean', default: false },
    },
  });
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
