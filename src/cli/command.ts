/**
 * What a CLI command is: its name, options and help, and a run function. Every command is one file
 * in src/cli/ exporting a Command; src/cli/commands.ts lists them. Parsing, --help, did-you-mean
 * and shell completion all read the same declarations, so a new option appears in all of them.
 */

import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { writeFileAtomic } from '../atomic-write.js';
import { TinySizeError } from '../errors.js';

/** Writes to the real streams; tests pass their own. */
export interface Console {
  out(text: string): void;
  err(text: string): void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[];
  /** The value's name in help: FILE, NAME, OS/ARCH. */
  value?: string;
  /**
   * The value may be left out (`--json` alone means `-`, stdout). `--json FILE` takes the next
   * argument unless it starts with `-` or is needed as the command's positional argument.
   */
  optionalValue?: boolean;
  /** Values completion offers, and help lists. */
  choices?: readonly string[];
  help: string;
}

export interface Command {
  name: string;
  /** One line, for the command list. */
  summary: string;
  /** Positional arguments in the synopsis, e.g. `SOURCE`; none when absent. */
  arguments?: { name: string; min: number; max: number };
  options: Record<string, OptionSpec>;
  /** Paragraphs after the option list. */
  details?: string;
  run(args: ParsedArgs, io: Console): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** `--json [FILE]`: `what` as JSON to FILE, or to stdout when FILE is left out or `-`. */
export function jsonOption(what: string): OptionSpec {
  return {
    type: 'string',
    short: 'j',
    value: 'FILE',
    optionalValue: true,
    help: `write ${what} as JSON to FILE (stdout when FILE is left out or -)`,
  };
}

/** `--platform OS/ARCH`, repeatable: the platforms of a multi-platform image to take. */
export function platformsOption(help: string): OptionSpec {
  return { type: 'string', short: 'p', multiple: true, value: 'OS/ARCH', help };
}

/** Every command takes these. */
export const helpOption: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/** Parses a command's arguments: unknown flags get the closest known one, `-h`/`--help` is handled by the caller. */
export function parseCommandArgs(command: Command, args: string[]): ParsedArgs {
  const options = { ...command.options, help: helpOption };
  const { tokens, borrowed } = fillOptionalValues(options, args);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: tokens,
      strict: true,
      allowPositionals: command.arguments !== undefined,
      options: Object.fromEntries(
        Object.entries(options).map(([name, spec]) => [
          name,
          {
            type: spec.type,
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.default !== undefined ? { default: spec.default } : {}),
          },
        ]),
      ) as Parameters<typeof parseArgs>[0] extends infer C
        ? C extends { options?: infer O }
          ? O
          : never
        : never,
    });
  } catch (error) {
    throw usageProblem(command, options, error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as ParsedArgs['values'];
  const positionals = [...parsed.positionals];
  // `measure --json oci:dir`: the argument taken as --json's FILE was the SOURCE.
  const needed = command.arguments?.min ?? 0;
  for (const { option, value } of borrowed) {
    if (positionals.length >= needed) break;
    if (values[option] === value) {
      values[option] = '-';
      positionals.unshift(value);
    }
  }
  if (!values.help && command.arguments) {
    const { name, min, max } = command.arguments;
    if (positionals.length < min || positionals.length > max) {
      const count = min === max ? `exactly ${min}` : `${min} to ${max}`;
      throw usageError(
        `${command.name} takes ${count} ${name}${max > 1 ? 's' : ''}, not ${positionals.length}`,
        command.name,
      );
    }
  }
  return { values, positionals };
}

/** Rewrites `--json` without a value to `--json=-`, and records which ones took the next argument. */
function fillOptionalValues(
  options: Record<string, OptionSpec>,
  args: string[],
): { tokens: string[]; borrowed: { option: string; value: string }[] } {
  const tokens: string[] = [];
  const borrowed: { option: string; value: string }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      tokens.push(...args.slice(i));
      break;
    }
    const name = optionNamed(options, arg);
    const spec = name ? options[name] : undefined;
    if (!name || !spec?.optionalValue) {
      tokens.push(arg);
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      tokens.push(`--${name}=-`);
    } else {
      tokens.push(`--${name}=${next}`);
      borrowed.push({ option: name, value: next });
      i++;
    }
  }
  return { tokens, borrowed };
}

/** The option an argument names without a value (`--json` or `-j`), if any. */
function optionNamed(options: Record<string, OptionSpec>, arg: string): string | undefined {
  if (arg.startsWith('--') && !arg.includes('=')) return arg.slice(2) in options ? arg.slice(2) : undefined;
  if (/^-[A-Za-z]$/.test(arg)) return Object.entries(options).find(([, spec]) => spec.short === arg[1])?.[0];
  return undefined;
}

/** parseArgs's complaint, with the closest flag when a flag was mistyped. */
function usageProblem(command: Command, options: Record<string, OptionSpec>, message: string): TinySizeError {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (unknown) {
    const names = Object.keys(options).map((name) => `--${name}`);
    const guess = suggest(unknown.split('=')[0] as string, names);
    return usageError(
      `unknown option ${unknown} for \`${command.name}\`${guess ? `; did you mean ${guess}?` : ''}`,
      command.name,
    );
  }
  const cleaned = message.replace(/\.?\s*To specify an option argument.*$/s, '').replace(/'/g, '`');
  return usageError(`${command.name}: ${cleaned}`, command.name);
}

/** The closest of the candidates, when it is close enough to be what was meant. */
export function suggest(typed: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length) return undefined;
  const best = closest(typed, candidates as string[]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  // A transposition (`chekc`) costs 2 in Levenshtein distance; allow it on short names too.
  return distance(typed.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

export function usageError(message: string, command?: string): TinySizeError {
  return new TinySizeError(message, {
    fix: `run \`tiny-size-gate ${command ? `${command} ` : ''}--help\` for the usage`,
  });
}

/** A command's help: synopsis, options with their short forms, details. */
export function commandHelp(command: Command): string {
  const synopsis = [`tiny-size-gate ${command.name}`];
  if (command.arguments) {
    const { name, min, max } = command.arguments;
    synopsis.push(min === 0 ? `[${name}]` : max > 1 ? `${name}...` : name);
  }
  synopsis.push('[options]');
  const options = { ...command.options, help: helpOption };
  const rows = Object.entries(options).map(([name, spec]) => [optionSynopsis(name, spec), optionHelp(spec)]);
  const width = Math.max(...rows.map(([left]) => (left as string).length));
  const lines = [
    `${synopsis.join(' ')}`,
    `  ${command.summary}`,
    '',
    'Options:',
    ...rows.map(([left, right]) => `  ${(left as string).padEnd(width)}  ${right}`),
  ];
  if (command.details) lines.push('', command.details);
  return `${lines.join('\n')}\n`;
}

export function optionSynopsis(name: string, spec: OptionSpec): string {
  const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}`;
  if (spec.type === 'boolean') return flag;
  const value = spec.value ?? 'VALUE';
  return spec.optionalValue ? `${flag} [${value}]` : `${flag} ${value}`;
}

function optionHelp(spec: OptionSpec): string {
  let text = spec.help;
  if (spec.choices) text += ` (${spec.choices.join(', ')})`;
  if (typeof spec.default === 'string' && spec.default !== '') text += ` [default: ${spec.default}]`;
  if (spec.multiple) text += '; repeatable';
  return text;
}

/** Writes a file, or to stdout for `-`. */
export async function writeOutput(path: string, text: string | Iterable<string>, io: Console): Promise<void> {
  if (path === '-') {
    for (const chunk of typeof text === 'string' ? [text] : text) io.out(chunk);
    return;
  }
  try {
    await writeFileAtomic(path, text);
  } catch (error) {
    throw new TinySizeError(`cannot write ${path}`, {
      file: path,
      cause: error,
      fix: 'choose a writable path',
    });
  }
}

/** Registry credentials from the environment (never from arguments, which other users can see). */
export function registryCredentials(env: Record<string, string | undefined> = process.env): {
  username?: string;
  password?: string;
} {
  const { TINY_SIZE_GATE_REGISTRY_USERNAME: username, TINY_SIZE_GATE_REGISTRY_PASSWORD: password } = env;
  return username || password ? { username, password } : {};
}

export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function stringList(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
