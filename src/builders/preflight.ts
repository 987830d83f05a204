/**
 * Checks a build before any builder runs, so a mistake in the budget file is reported at its line
 * instead of as a builder's raw error: the context and the Dockerfile exist, the target is one of
 * the Dockerfile's stages, every build arg is declared (a warning when not). The Dockerfile is
 * read with dockerfile-ast, which also locates a failed build step's line.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { closest, distance } from 'fastest-levenshtein';
import type { Position } from '../budget/index.js';
import { TinySizeError } from '../errors.js';
import { expandBuildArgs } from './build-args.js';
import type { BuildSpec } from './docker.js';

export interface DockerfileStage {
  /** `AS name`, when given. */
  name?: string;
  /** 0-based, in the order of the FROM lines. */
  index: number;
  /** The base image as written (`scratch`, `${BUILDER_IMAGE}`, `build`). */
  base: string;
  /** 1-based line of the FROM. */
  line: number;
}

export interface DockerfileInstruction {
  keyword: string;
  /** The instruction as one line, continuations joined: `RUN nasm -f bin -o http /src/http.asm`. */
  text: string;
  /** 1-based line where it starts. */
  line: number;
  /** The stage it belongs to; -1 for an ARG before the first FROM. */
  stage: number;
}

export interface DockerfileFacts {
  stages: DockerfileStage[];
  /** ARG names anywhere in the file, with the line of their first declaration. */
  args: { name: string; line: number }[];
  instructions: DockerfileInstruction[];
}

/** Stages, ARGs and instructions of a Dockerfile's text. */
export function readDockerfile(text: string): DockerfileFacts {
  const dockerfile = DockerfileParser.parse(text);
  const stages = dockerfile.getFROMs().map((from, index) => {
    const name = from.getBuildStage() ?? undefined;
    return {
      ...(name ? { name } : {}),
      index,
      base: from.getImage() ?? '',
      line: from.getRange().start.line + 1,
    };
  });
  const args: DockerfileFacts['args'] = [];
  for (const arg of dockerfile.getARGs()) {
    const name = arg.getProperty()?.getName();
    if (name && !args.some((known) => known.name === name))
      args.push({ name, line: arg.getRange().start.line + 1 });
  }
  const lines = text.split('\n');
  let stage = -1;
  const instructions = dockerfile.getInstructions().map((instruction) => {
    const keyword = instruction.getKeyword().toUpperCase();
    if (keyword === 'FROM') stage++;
    const { start, end } = instruction.getRange();
    const source = lines
      .slice(start.line, end.line + 1)
      .map((line, index, all) =>
        line.slice(index === 0 ? start.character : 0, index === all.length - 1 ? end.character : undefined),
      )
      .join('\n');
    // Continuations joined, as builders print an instruction, with the keyword in upper case.
    const joined = source
      .replace(/\\\r?\n/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\S+/, keyword);
    return { keyword, text: joined, line: start.line + 1, stage };
  });
  return { stages, args, instructions };
}

/** How a builder names the step that failed. */
export interface FailedStep {
  /** The classic builder's `Step n/m`: the n-th instruction of the file, 1-based. */
  number?: number;
  /** BuildKit's `[build 4/5]` (a stage name) or buildah's `[2/3]` (a 1-based stage number). */
  stage?: string | number;
  /** The instruction as the builder printed it. */
  instruction?: string;
}

/** The Dockerfile line of the step a builder reported as failed. */
export function locateStep(facts: DockerfileFacts, step: FailedStep): DockerfileInstruction | undefined {
  if (step.number !== undefined) return facts.instructions[step.number - 1];
  if (!step.instruction) return undefined;
  const wanted = normalise(step.instruction);
  const stageIndex =
    typeof step.stage === 'number'
      ? step.stage - 1
      : step.stage === undefined
        ? undefined
        : (facts.stages.find((stage) => stage.name === step.stage)?.index ??
          // BuildKit names unnamed stages `stage-N`.
          Number(/^stage-(\d+)$/.exec(step.stage)?.[1] ?? Number.NaN));
  const candidates = facts.instructions.filter(
    (instruction) => stageIndex === undefined || Number.isNaN(stageIndex) || instruction.stage === stageIndex,
  );
  return (
    candidates.find((instruction) => normalise(instruction.text) === wanted) ??
    // Builders shorten or expand long instructions: match on the start.
    candidates.find((instruction) => {
      const text = normalise(instruction.text);
      const head = Math.min(text.length, wanted.length, 40);
      return head > 8 && text.slice(0, head) === wanted.slice(0, head);
    })
  );
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface PreflightPlace {
  /** The budget file, as the user named it. */
  file: string;
  /** The image's name in it. */
  image: string;
  /** Where a key is in the budget file. */
  positionOf?: (path: (string | number)[]) => Position | undefined;
  env?: Record<string, string | undefined>;
}

/**
 * Checks a build against the file system and its Dockerfile. Throws a TinySizeError at the budget
 * file's line for what would fail the build; returns warnings for what is probably a mistake.
 */
export async function preflightBuild(spec: BuildSpec, place: PreflightPlace): Promise<string[]> {
  const at = (key: string) => ({
    file: place.file,
    ...place.positionOf?.(['images', place.image, key]),
    within: `images.${place.image}.${key}`,
  });
  const budgetDir = dirname(place.file);
  const shown = (path: string) => relative(process.cwd(), path) || '.';

  // Unset ${VAR} in a build arg: reported here, where the budget file's line is known.
  expandBuildArgs(spec.buildArgs, place.env ?? process.env, place);

  if (!(await isDirectory(spec.context))) {
    const near = await nearbyName(spec.context, (entry) => entry.isDirectory());
    throw new TinySizeError(
      `the build context ${shown(spec.context)} is not a directory (\`context:\` is relative to the budget file's folder, ${shown(budgetDir)})`,
      {
        ...at('context'),
        fix: near
          ? `did you mean ${shown(near)}?`
          : 'point `context:` at the directory holding the files the Dockerfile copies',
      },
    );
  }

  const dockerfileKey = place.positionOf?.(['images', place.image, 'dockerfile']) ? 'dockerfile' : 'context';
  let text: string;
  try {
    text = await readFile(spec.dockerfile, 'utf8');
  } catch {
    const near = await nearbyName(
      spec.dockerfile,
      (entry) => entry.isFile() && /dockerfile|containerfile/i.test(entry.name),
    );
    const how =
      dockerfileKey === 'dockerfile'
        ? `\`dockerfile:\` is relative to the budget file's folder, ${shown(budgetDir)}`
        : 'the default, <context>/Dockerfile';
    throw new TinySizeError(`no Dockerfile at ${shown(spec.dockerfile)} (${how})`, {
      ...at(dockerfileKey),
      fix: near
        ? `did you mean ${shown(near)}? Set \`dockerfile: ${relative(budgetDir, near)}\``
        : 'set `dockerfile:` to the Dockerfile, relative to the budget file',
    });
  }

  const facts = readDockerfile(text);
  if (!facts.stages.length) {
    throw new TinySizeError(`${shown(spec.dockerfile)} has no FROM line, so it builds no image`, {
      file: spec.dockerfile,
      fix: 'start the Dockerfile with `FROM scratch` (or a base image)',
    });
  }
  if (spec.target !== undefined && !facts.stages.some((stage) => stage.name === spec.target)) {
    const names = facts.stages.flatMap((stage) => (stage.name ? [stage.name] : []));
    const target = spec.target;
    // A name that contains the target (or is contained in it) first, then by edit distance.
    const score = (name: string) =>
      (name.includes(target) || target.includes(name) ? 0 : 1000) + distance(target, name);
    const byCloseness = [...names].sort((a, b) => score(a) - score(b));
    throw new TinySizeError(`\`target: ${target}\` names no stage of ${shown(spec.dockerfile)}`, {
      ...at('target'),
      fix: names.length
        ? `use one of its stages (closest first): ${byCloseness.join(', ')}; or leave \`target:\` out to build the last stage`
        : `its stages have no names: add \`AS ${target}\` to a FROM line, or leave \`target:\` out to build the last stage`,
    });
  }

  const warnings: string[] = [];
  const declared = facts.args.map((arg) => arg.name);
  for (const name of Object.keys(spec.buildArgs)) {
    if (declared.includes(name)) continue;
    const position = place.positionOf?.(['images', place.image, 'build-args', name]);
    const where = `${place.file}${position ? `:${position.line}` : ''}`;
    const near = declared.length ? closest(name, declared) : undefined;
    const nearLine = facts.args.find((arg) => arg.name === near)?.line;
    warnings.push(
      `${where}: build arg ${name} is not declared by any ARG in ${shown(spec.dockerfile)}, so the build ignores it${
        near ? `; did you mean ${near} (ARG at line ${nearLine})?` : ''
      }`,
    );
  }
  return warnings;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** The closest name to `path`'s own among its folder's entries that pass `keep`. */
async function nearbyName(
  path: string,
  keep: (entry: { name: string; isFile(): boolean; isDirectory(): boolean }) => boolean,
): Promise<string | undefined> {
  const folder = dirname(path);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const names = entries.filter(keep).map((entry) => entry.name);
  if (!names.length) return undefined;
  const best = closest(basename(path), names);
  return distance(basename(path).toLowerCase(), best.toLowerCase()) <= Math.max(3, best.length / 2)
    ? `${folder}/${best}`
    : undefined;
}
