/**
 * A Dockerfile read for the native builder: the target stage must be `FROM scratch` and hold only
 * instructions that assemble files and set the config. The plan says, step by step, what to copy
 * and what the config becomes; anything the native builder cannot do is a NativeRefusal that names
 * the line and the builder that can.
 */
import { posix } from 'node:path';
import { DockerfileParser, type Instruction, type Property } from 'dockerfile-ast';
import { TinySizeError, type TinySizeErrorOptions } from '../../errors.js';
import { type Variables, type WordError, word, words } from './words.js';

/** The builders that can do what the native one refused. */
export const otherBuilders =
  'set `builder: docker` or `builder: buildah` in the budget file (CLI: --builder docker)';

/** The Dockerfile asks for something only an engine can do. `auto` then falls back to an engine. */
export class NativeRefusal extends TinySizeError {
  constructor(message: string, options: TinySizeErrorOptions) {
    super(message, { ...options, fix: options.fix ?? otherBuilders });
  }
}

/** The instructions the native builder follows, for messages. */
export const supportedInstructions =
  'COPY and ADD of local files, CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR, ARG, STOPSIGNAL, HEALTHCHECK NONE';

export interface Ownership {
  uid: number;
  gid: number;
}

export interface CopyStep {
  kind: 'copy';
  line: number;
  /** The instruction as history records it: `COPY --chmod=755 hello /hello`. */
  text: string;
  keyword: 'COPY' | 'ADD';
  /** Sources as written and expanded (relative to the context, or to the stage with `from`). */
  sources: string[];
  /** Absolute path in the image; a trailing `/` means a directory. */
  dest: string;
  /** The stage of `--from`, by the name written (or its index). */
  from?: string;
  chmod?: number;
  chown?: Ownership;
}

export interface ConfigStep {
  kind: 'config';
  line: number;
  text: string;
}

export type Step = CopyStep | ConfigStep;

/** The image config's `config` object, with Docker's field names. */
export interface RuntimeConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  Healthcheck?: { Test: string[] };
}

interface FlagHolder {
  getFlags(): { getName(): string; getValue(): string | null }[];
}

export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

export interface NativePlan {
  dockerfile: string;
  steps: Step[];
  config: RuntimeConfig;
  platform: PlatformSpec;
}

export interface PlanInput {
  /** Path of the Dockerfile, for messages. */
  dockerfile: string;
  text: string;
  target?: string;
  buildArgs: Record<string, string>;
  platform?: string;
}

const defaultPath = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const copyFlags = new Set(['from', 'chmod', 'chown', 'link']);

export function hostPlatform(): PlatformSpec {
  const arch: Record<string, string> = {
    x64: 'amd64',
    ia32: '386',
    arm64: 'arm64',
    arm: 'arm',
    s390x: 's390x',
  };
  return { os: 'linux', architecture: arch[process.arch] ?? process.arch };
}

function parsePlatform(platform: string | undefined): PlatformSpec {
  if (!platform) return hostPlatform();
  const [os = 'linux', architecture = 'amd64', variant] = platform.split('/');
  return { os, architecture, ...(variant ? { variant } : {}) };
}

export function planNative(input: PlanInput): NativePlan {
  const file = input.dockerfile;
  const parsed = DockerfileParser.parse(input.text);
  const escapeChar = parsed.getEscapeCharacter();
  const instructions = parsed.getInstructions();
  const lineOf = (instruction: Instruction) => instruction.getRange().start.line + 1;
  const refuse = (instruction: Instruction, message: string, fix?: string): never => {
    throw new NativeRefusal(message, { file, line: lineOf(instruction), ...(fix ? { fix } : {}) });
  };
  const expand = (instruction: Instruction, text: string, vars: Variables): string => {
    try {
      return word(text, vars, escapeChar);
    } catch (error) {
      throw new TinySizeError(`cannot read \`${text}\`: ${(error as WordError).message}`, {
        file,
        line: lineOf(instruction),
        fix: 'check the quotes, and that each variable reference in braces is closed, in this line',
      });
    }
  };
  const platform = parsePlatform(input.platform);

  // Stages: the ARGs before the first FROM, then each FROM and its instructions.
  const globalArgs = new Map<string, string>();
  const stages: { from: Instruction; name?: string; instructions: Instruction[] }[] = [];
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const args = instruction.getArguments().map((a) => a.getValue());
      const asIndex = args.findIndex((a) => a.toUpperCase() === 'AS');
      stages.push({
        from: instruction,
        name: asIndex >= 0 ? args[asIndex + 1]?.toLowerCase() : undefined,
        instructions: [],
      });
    } else if (stages.length === 0) {
      if (keyword !== 'ARG')
        refuse(
          instruction,
          `${keyword} before the first FROM`,
          'start the Dockerfile with FROM (only ARG may come before it)',
        );
      for (const [name, value] of argValues(
        instruction as unknown as { getProperties(): Property[] },
        input.buildArgs,
        globalArgs,
        (t) => expand(instruction, t, globalArgs),
      ))
        globalArgs.set(name, value);
    } else stages.at(-1)?.instructions.push(instruction);
  }
  if (stages.length === 0)
    throw new TinySizeError('the Dockerfile has no FROM', {
      file,
      fix: 'add `FROM scratch` and the COPY lines',
    });

  let stageIndex = stages.length - 1;
  if (input.target) {
    stageIndex = stages.findIndex((stage) => stage.name === input.target?.toLowerCase());
    if (stageIndex < 0)
      throw new TinySizeError(`no build stage named \`${input.target}\``, {
        file,
        fix: `name one of the stages: ${stages.map((s, i) => s.name ?? String(i)).join(', ')}`,
      });
  }
  const stage = stages[stageIndex] as (typeof stages)[number];
  const fromArgs = stage.from.getArguments().map((a) => a.getValue());
  const fromFlags = (stage.from as unknown as { getFlags(): { getName(): string }[] }).getFlags();
  if (fromFlags.length)
    refuse(stage.from, `FROM --${fromFlags[0]?.getName()} is not supported by the native builder`);
  const base = expand(stage.from, fromArgs[0] ?? '', globalArgs);
  if (base.toLowerCase() !== 'scratch') {
    refuse(
      stage.from,
      `the native builder assembles \`FROM scratch\` images only, and this stage is \`FROM ${base}\``,
      `${otherBuilders}, or end the Dockerfile with a \`FROM scratch\` stage that copies what it needs`,
    );
  }
  const stageNames = new Map(stages.map((s, i) => [s.name ?? String(i), i]));

  // The target stage, instruction by instruction.
  const args = new Map<string, string>();
  const env = new Map<string, string>();
  const vars = (): Variables => new Map([...args, ...env]);
  const config: RuntimeConfig = { Env: [defaultPath] };
  const steps: Step[] = [];
  let workdir = '/';
  const predefined: Record<string, string> = {
    TARGETPLATFORM: [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'),
    TARGETOS: platform.os,
    TARGETARCH: platform.architecture,
    TARGETVARIANT: platform.variant ?? '',
  };

  for (const instruction of stage.instructions) {
    const keyword = instruction.getKeyword();
    const line = lineOf(instruction);
    const raw = instruction.getRawArgumentsContent() ?? '';
    const flagText = ((instruction as Partial<FlagHolder>).getFlags?.() ?? []).map(
      (f) => `--${f.getName()}=${f.getValue() ?? ''} `,
    );
    const text = `${keyword} ${flagText.join('')}${raw.replace(/\\\r?\n\s*/g, '').trim()}`;
    const properties = () => (instruction as unknown as { getProperties(): Property[] }).getProperties();
    const configStep = () => steps.push({ kind: 'config', line, text });
    switch (keyword) {
      case 'ARG':
        for (const [name, value] of argValues(
          instruction as unknown as { getProperties(): Property[] },
          input.buildArgs,
          globalArgs,
          (t) => expand(instruction, t, vars()),
          predefined,
        ))
          args.set(name, value);
        break;
      case 'ENV':
        for (const property of properties()) {
          const value = expand(instruction, property.getUnescapedValue() ?? '', vars());
          const name = property.getName();
          env.set(name, value);
          config.Env = [...config.Env.filter((e) => !e.startsWith(`${name}=`)), `${name}=${value}`];
        }
        configStep();
        break;
      case 'LABEL':
        config.Labels = { ...config.Labels };
        for (const property of properties()) {
          config.Labels[expand(instruction, property.getName(), vars())] = expand(
            instruction,
            property.getUnescapedValue() ?? '',
            vars(),
          );
        }
        configStep();
        break;
      case 'CMD':
      case 'ENTRYPOINT': {
        const command = execForm(raw) ?? ['/bin/sh', '-c', raw.replace(/\\\r?\n\s*/g, '').trim()];
        if (keyword === 'CMD') config.Cmd = command;
        else config.Entrypoint = command;
        configStep();
        break;
      }
      case 'EXPOSE':
        config.ExposedPorts = { ...config.ExposedPorts };
        for (const port of words(raw, vars(), escapeChar)) {
          const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(port);
          if (!match)
            refuse(
              instruction,
              `EXPOSE ${port}: not a port (80, 80/tcp, 8000-8002/udp)`,
              'write the port as a number with an optional /tcp, /udp or /sctp',
            );
          const [, from = '', to, protocol = 'tcp'] = match as RegExpExecArray;
          for (let p = Number(from); p <= Number(to ?? from); p++)
            config.ExposedPorts[`${p}/${protocol.toLowerCase()}`] = {};
        }
        configStep();
        break;
      case 'USER':
        config.User = expand(instruction, raw.trim(), vars());
        configStep();
        break;
      case 'WORKDIR':
        workdir = posix.resolve(workdir, expand(instruction, raw.trim(), vars()));
        config.WorkingDir = workdir;
        configStep();
        break;
      case 'STOPSIGNAL':
        config.StopSignal = expand(instruction, raw.trim(), vars());
        configStep();
        break;
      case 'HEALTHCHECK':
        if (raw.trim().toUpperCase() !== 'NONE')
          refuse(instruction, 'HEALTHCHECK CMD is not supported by the native builder (HEALTHCHECK NONE is)');
        config.Healthcheck = { Test: ['NONE'] };
        configStep();
        break;
      case 'COPY':
      case 'ADD':
        steps.push(copyStep(instruction, keyword, raw, text, line));
        break;
      case 'RUN':
        refuse(
          instruction,
          'RUN in the final stage needs a container, which the native builder does not run',
          `${otherBuilders}; or move the command to an earlier stage and give the native builder its result with \`prebuild:\` and \`from-stage-dir:\``,
        );
        break;
      default:
        refuse(
          instruction,
          `${keyword} is not supported by the native builder (it supports ${supportedInstructions})`,
        );
    }
  }
  return { dockerfile: file, steps, config, platform };

  function copyStep(
    instruction: Instruction,
    keyword: 'COPY' | 'ADD',
    raw: string,
    text: string,
    line: number,
  ): CopyStep {
    const flags = (
      instruction as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }
    ).getFlags();
    const step: Partial<CopyStep> = {};
    for (const flag of flags) {
      const name = flag.getName();
      const value = expand(instruction, flag.getValue() ?? '', vars());
      if (!copyFlags.has(name) || (keyword === 'ADD' && name === 'from'))
        refuse(instruction, `${keyword} --${name} is not supported by the native builder`);
      if (name === 'from') {
        const stageName = value.toLowerCase();
        const index = stageNames.get(stageName);
        if (index !== undefined && index >= stageIndex)
          refuse(
            instruction,
            `COPY --from=${value} names this stage or a later one`,
            'copy from an earlier stage',
          );
        step.from = index === undefined ? value : (stages[index]?.name ?? String(index));
      } else if (name === 'chmod') {
        if (!/^[0-7]{3,4}$/.test(value))
          refuse(
            instruction,
            `${keyword} --chmod=${value}: the native builder takes an octal mode like 755`,
            'write the mode in octal (755, 0644)',
          );
        step.chmod = Number.parseInt(value, 8);
      } else if (name === 'chown') {
        const match = /^(\d+)(?::(\d+))?$/.exec(value);
        if (!match)
          refuse(
            instruction,
            `${keyword} --chown=${value}: the native builder takes numeric ids (uid[:gid]); a scratch image has no /etc/passwd to look names up in`,
            `write numeric ids, like --chown=65534:65534, or ${otherBuilders}`,
          );
        const [, uid = '0', gid] = match as RegExpExecArray;
        step.chown = { uid: Number(uid), gid: Number(gid ?? uid) };
      }
    }
    if (raw.trimStart().startsWith('<<'))
      refuse(
        instruction,
        `${keyword} with a here-document is not supported by the native builder`,
        `${otherBuilders}, or put the text in a file of the context`,
      );
    let list: string[];
    const json = execForm(raw);
    try {
      list = json ? json.map((w) => word(w, vars(), escapeChar)) : words(raw, vars(), escapeChar);
    } catch (error) {
      refuse(instruction, `cannot read this ${keyword}: ${(error as Error).message}`, 'check its quotes');
      list = [];
    }
    if (list.length < 2)
      refuse(
        instruction,
        `${keyword} needs at least one source and a destination`,
        `write \`${keyword} SOURCE... DEST\``,
      );
    const dest = list.at(-1) as string;
    const sources = list.slice(0, -1);
    if (keyword === 'ADD') {
      const url = sources.find((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@'));
      if (url)
        refuse(
          instruction,
          `ADD ${url}: the native builder reads the context only, never the network`,
          `${otherBuilders}, or download the file in \`prebuild:\` and COPY it`,
        );
    }
    // A relative destination is relative to WORKDIR; a trailing slash (or `.`) means a directory.
    const isDir =
      dest.endsWith('/') || dest === '.' || dest.endsWith('/.') || dest === '..' || dest.endsWith('/..');
    const absolute = posix.resolve(workdir, dest);
    return {
      kind: 'copy',
      line,
      text,
      keyword,
      sources,
      dest: isDir && absolute !== '/' ? `${absolute}/` : absolute,
      ...step,
    };
  }
}

/** `["a", "b"]`, the exec (JSON) form, or undefined for the shell form. */
function execForm(raw: string): string[] | undefined {
  const text = raw.trim();
  if (!text.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    // Not JSON: Docker then reads the line as the shell form.
  }
  return undefined;
}

/** ARG NAME[=default]: the build arg if given, else the default, else the global ARG's value. */
function argValues(
  instruction: { getProperties(): Property[] },
  buildArgs: Record<string, string>,
  globals: Variables,
  expand: (text: string) => string,
  predefined: Record<string, string> = {},
): [string, string][] {
  const out: [string, string][] = [];
  for (const property of instruction.getProperties()) {
    const name = property.getName();
    const given = buildArgs[name];
    const fallback = property.getValue() !== null ? expand(property.getUnescapedValue() ?? '') : undefined;
    const value = given ?? fallback ?? globals.get(name) ?? predefined[name];
    if (value !== undefined) out.push([name, value]);
  }
  return out;
}
