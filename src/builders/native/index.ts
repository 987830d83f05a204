/**
 * The native builder: a `FROM scratch` Dockerfile assembled into an OCI image layout without an
 * engine, the same bytes on every run. One layer per COPY/ADD with Docker's parent directory
 * entries, entries sorted, owner 0:0 (or --chown), modes as git keeps them (0755 when the owner may
 * execute, else 0644; directories 0755; --chmod wins), every mtime and `created` from
 * SOURCE_DATE_EPOCH (else 0, 1970-01-01), gzip level 9 with no name or time in its header.
 */
import { cp, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { TinySizeError } from '../../errors.js';
import { ContextTree, type Where } from './context.js';
import { type CopyStep, type NativePlan, NativeRefusal, otherBuilders, planNative } from './dockerfile.js';
import { type LayerEntry, type WrittenLayer, writeLayer } from './layer.js';
import { writeOciLayout } from './layout.js';
import { DockerIgnore } from './patterns.js';
import { runPrebuild } from './prebuild.js';

export { type NativePlan, NativeRefusal, planNative, supportedInstructions } from './dockerfile.js';
export { writeOciArchive, writeViewAsOciLayout } from './layout.js';
export { prebuildArgv } from './prebuild.js';

export interface NativeSpec {
  context: string;
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  platform?: string;
  /** Commands run in a copy of the context first. */
  prebuild?: string[];
  /** `stage` or `stage:/path` -> a directory relative to the context, standing for that stage's files. */
  fromStageDirs?: Record<string, string>;
}

export interface NativeOptions {
  /** A directory of ours to work in (the context copy for prebuild); it must exist. */
  workDir: string;
  /** Where the OCI layout goes; must not exist yet. */
  output: string;
  /** Seconds since 1970 for every mtime and `created`; default SOURCE_DATE_EPOCH, else 0. */
  epoch?: number;
  onOutput?: (chunk: string) => void;
  /** The budget file, for messages about `prebuild:` and `from-stage-dir:`. */
  budgetFile?: string;
}

export interface NativeResult {
  layout: string;
  manifestDigest: string;
  layers: number;
}

/** SOURCE_DATE_EPOCH, checked: whole seconds, 0 or more. */
export function sourceDateEpoch(env: Record<string, string | undefined> = process.env): number {
  const text = env.SOURCE_DATE_EPOCH;
  if (text === undefined || text === '') return 0;
  if (!/^\d+$/.test(text))
    throw new TinySizeError(`SOURCE_DATE_EPOCH=${text} is not a whole number of seconds`, {
      fix: 'set it to seconds since 1970, for example $(git log -1 --format=%ct)',
    });
  return Number(text);
}

/** Reads and plans the Dockerfile: throws NativeRefusal when the native builder cannot build it. */
export async function planNativeBuild(spec: NativeSpec): Promise<NativePlan> {
  let text: string;
  try {
    text = await readFile(spec.dockerfile, 'utf8');
  } catch (error) {
    throw new TinySizeError(`cannot read the Dockerfile ${spec.dockerfile}`, {
      file: spec.dockerfile,
      cause: error,
      fix: 'check `dockerfile:` (default <context>/Dockerfile)',
    });
  }
  const plan = planNative({
    dockerfile: spec.dockerfile,
    text,
    target: spec.target,
    buildArgs: spec.buildArgs,
    platform: spec.platform,
  });
  for (const step of plan.steps) {
    if (step.kind !== 'copy' || step.from === undefined) continue;
    for (const source of step.sources) stageMapping(spec, step, source);
  }
  return plan;
}

export async function buildNative(spec: NativeSpec, options: NativeOptions): Promise<NativeResult> {
  const epoch = options.epoch ?? sourceDateEpoch();
  const plan = await planNativeBuild(spec);
  let root = spec.context;
  if (spec.prebuild?.length) {
    // Prebuild writes: into a copy, never into the user's checkout.
    root = join(options.workDir, 'context');
    await cp(spec.context, root, {
      recursive: true,
      filter: (source) => !source.endsWith(`${'/'}.git`) && !source.endsWith('\\.git'),
    });
    await runPrebuild(spec.prebuild, root, { file: options.budgetFile ?? spec.dockerfile }, options.onOutput);
  }
  const ignore = await readIgnore(spec, root);
  const context = await ContextTree.open(root, 'the build context', ignore);
  const stageTrees = new Map<string, ContextTree>();
  const treeFor = async (step: CopyStep, source: string): Promise<{ tree: ContextTree; path: string }> => {
    if (step.from === undefined) return { tree: context, path: source };
    const mapping = stageMapping(spec, step, source);
    let tree = stageTrees.get(mapping.dir);
    if (!tree) {
      const where: Where = { file: spec.dockerfile, line: step.line };
      // The stage's directory must lie inside the context; .dockerignore is about the context only.
      const unfiltered = await ContextTree.open(root, 'the build context');
      const { real } = await unfiltered.resolve(mapping.dir, where);
      tree = await ContextTree.open(real, `the directory ${mapping.dir} (stage ${step.from})`);
      stageTrees.set(mapping.dir, tree);
    }
    return { tree, path: mapping.path };
  };

  const image = new ImageState();
  const layers: WrittenLayer[] = [];
  const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
  const history: { created: string; created_by: string; comment: string; empty_layer?: true }[] = [];
  for (const step of plan.steps) {
    const entry = { created, created_by: step.text, comment: 'tiny-size-gate native' };
    if (step.kind === 'config') {
      history.push({ ...entry, empty_layer: true });
      continue;
    }
    const entries = await copyEntries(step, treeFor, image, spec.dockerfile);
    if (entries.length === 0) {
      history.push({ ...entry, empty_layer: true });
      continue;
    }
    layers.push(await writeLayer(entries, epoch));
    history.push(entry);
  }
  const config = Buffer.from(
    JSON.stringify({
      created,
      architecture: plan.platform.architecture,
      os: plan.platform.os,
      ...(plan.platform.variant ? { variant: plan.platform.variant } : {}),
      config: plan.config,
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
      history,
    }),
  );
  const written = await writeOciLayout(options.output, { config, layers, platform: plan.platform });
  return { layout: options.output, manifestDigest: written.manifestDigest, layers: layers.length };
}

/** `.dockerignore` beside the Dockerfile (`<Dockerfile>.dockerignore`) first, else in the context. */
async function readIgnore(spec: NativeSpec, root: string): Promise<DockerIgnore | undefined> {
  for (const path of [`${spec.dockerfile}.dockerignore`, join(root, '.dockerignore')]) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined) return new DockerIgnore(text);
  }
  return undefined;
}

/** Which directory stands for `source` of `COPY --from=<stage>`: the longest `stage:/prefix` that holds it, else `stage`. */
function stageMapping(spec: NativeSpec, step: CopyStep, source: string): { dir: string; path: string } {
  const stage = step.from as string;
  const inStage = posix.resolve('/', source);
  let best: { dir: string; prefix: string } | undefined;
  for (const [key, dir] of Object.entries(spec.fromStageDirs ?? {})) {
    const colon = key.indexOf(':');
    const name = colon < 0 ? key : key.slice(0, colon);
    if (name.toLowerCase() !== stage.toLowerCase()) continue;
    const prefix = colon < 0 ? '/' : posix.resolve('/', key.slice(colon + 1));
    const holds = prefix === '/' || inStage === prefix || inStage.startsWith(`${prefix}/`);
    if (holds && (!best || prefix.length > best.prefix.length)) best = { dir, prefix };
  }
  if (!best) {
    throw new NativeRefusal(
      `COPY --from=${stage} ${source}: the native builder does not run stage \`${stage}\`, and \`from-stage-dir:\` names no directory for it`,
      {
        file: spec.dockerfile,
        line: step.line,
        fix: `build the files with \`prebuild:\` and map the stage with \`from-stage-dir: { "${stage}:${posix.dirname(inStage)}": DIR }\` (DIR relative to the context), or ${otherBuilders}`,
      },
    );
  }
  const rest = best.prefix === '/' ? inStage : inStage.slice(best.prefix.length);
  // Keep a trailing slash or `/.` of the source: it still means "the directory's contents".
  return { dir: best.dir, path: `.${rest || '/'}` };
}

interface DirState {
  mode: number;
  uid: number;
  gid: number;
}

/** What earlier layers made: directories (with their metadata) and other paths. */
class ImageState {
  readonly dirs = new Map<string, DirState>();
  readonly others = new Set<string>();
}

function normalMode(type: LayerEntry['type'], mode: number): number {
  if (type === 'directory') return 0o755;
  if (type === 'symlink') return 0o777;
  return mode & 0o100 ? 0o755 : 0o644;
}

const archiveMagic: [number, number[]][] = [
  [0, [0x1f, 0x8b]],
  [0, [0x42, 0x5a, 0x68]],
  [0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  [0, [0x28, 0xb5, 0x2f, 0xfd]],
  [257, [0x75, 0x73, 0x74, 0x61, 0x72]],
];

async function isArchive(path: string): Promise<boolean> {
  const head = (await readFile(path)).subarray(0, 512);
  return archiveMagic.some(([at, bytes]) => bytes.every((b, i) => head[at + i] === b));
}

async function copyEntries(
  step: CopyStep,
  treeFor: (step: CopyStep, source: string) => Promise<{ tree: ContextTree; path: string }>,
  image: ImageState,
  dockerfile: string,
): Promise<LayerEntry[]> {
  const where: Where = { file: dockerfile, line: step.line };
  const owner = step.chown ?? { uid: 0, gid: 0 };
  const entries = new Map<string, LayerEntry>();
  const add = (entry: LayerEntry) => entries.set(entry.name, entry);
  // A directory the layer must hold: as the image has it, or new (0755, --chown).
  const addDirectory = (name: string) => {
    const known = image.dirs.get(name);
    add({
      name,
      type: 'directory',
      mode: known?.mode ?? 0o755,
      uid: known?.uid ?? owner.uid,
      gid: known?.gid ?? owner.gid,
      size: 0,
    });
  };

  const named: { tree: ContextTree; path: string }[] = [];
  for (const source of step.sources) {
    const { tree, path } = await treeFor(step, source);
    for (const match of await tree.expand(path, where)) named.push({ tree, path: match });
  }
  let destIsDir = step.dest.endsWith('/');
  const destPath = step.dest.replace(/\/+$/, '').replace(/^\/+/, '');
  if (!destIsDir && image.dirs.has(destPath)) destIsDir = true;
  if (named.length > 1 && !destIsDir) {
    throw new TinySizeError(
      `${step.keyword} of more than one file to \`${step.dest}\`: the destination must be a directory and end with /`,
      {
        ...where,
        fix: `write the destination as \`${step.dest}/\``,
      },
    );
  }
  for (const { tree, path } of named) {
    const found = await tree.collect(path, where);
    const [top] = found;
    if (!top) continue;
    if (top.type === 'file') {
      if (step.keyword === 'ADD' && (await isArchive(top.real as string)))
        throw new NativeRefusal(
          `ADD ${path}: ADD unpacks a local archive, which the native builder does not do`,
          {
            ...where,
            fix: `use COPY to copy the archive as it is, or ${otherBuilders}`,
          },
        );
      const name = destIsDir ? join2(destPath, posix.basename(path)) : destPath;
      if (!name)
        throw new TinySizeError(`${step.keyword} of a file to \`/\` needs a name`, {
          ...where,
          fix: 'end the destination with /',
        });
      add({
        name,
        type: 'file',
        mode: step.chmod ?? normalMode('file', top.mode),
        ...owner,
        size: top.size,
        real: top.real,
      });
      continue;
    }
    // A directory: its contents go into the destination, not the directory itself.
    for (const item of found.slice(1)) {
      add({
        name: join2(destPath, item.path),
        type: item.type,
        mode:
          item.type !== 'symlink' && step.chmod !== undefined ? step.chmod : normalMode(item.type, item.mode),
        ...owner,
        size: item.size,
        ...(item.real ? { real: item.real } : {}),
        ...(item.linkname !== undefined ? { linkname: item.linkname } : {}),
      });
    }
    if (destPath && !entries.has(destPath)) addDirectory(destPath);
  }
  // Docker's layer holds every parent directory of what changed: as it was, or new (0755, --chown).
  for (const name of [...entries.keys()]) {
    for (let parent = posix.dirname(name); parent !== '.' && parent !== '/'; parent = posix.dirname(parent)) {
      if (!entries.has(parent)) addDirectory(parent);
    }
  }
  for (const entry of entries.values()) {
    if (entry.type === 'directory')
      image.dirs.set(entry.name, { mode: entry.mode, uid: entry.uid, gid: entry.gid });
    else image.others.add(entry.name);
  }
  return [...entries.values()];
}

function join2(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}
