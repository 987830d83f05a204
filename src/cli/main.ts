/**
 * The CLI: the same engine as the action, for a laptop or any CI. The commands are in
 * src/cli/commands.ts, one file each; this file dispatches, prints help and turns errors into
 * messages and exit codes.
 *
 * Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 usage or input error.
 */
import { ExitCode, formatError } from '../errors.js';
import { type Command, type Console, commandHelp, parseCommandArgs, suggest, usageError } from './command.js';
import { commands } from './commands.js';

import { version } from './version.js';

export type { Console } from './command.js';
export { version } from './version.js';

export function usage(list: readonly Command[] = commands): string {
  const width = Math.max(...list.map((command) => command.name.length));
  return `tiny-size-gate ${version}: gate container image sizes against a committed budget, exact to the byte.

Usage: tiny-size-gate COMMAND [options]

Commands:
${list.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run \`tiny-size-gate COMMAND --help\` for a command's options.
  -h, --help     show this help
  -V, --version  print the version

Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 a usage or input error, or an image
that could not be measured.`;
}

const processConsole: Console = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: Console = processConsole): Promise<number> {
  let code: number;
  try {
    code = await dispatch(argv, io);
  } catch (error) {
    io.err(`tiny-size-gate: ${formatError(error)}\n`);
    code = ExitCode.usage;
  }
  process.exitCode = code;
  return code;
}

async function dispatch(argv: string[], io: Console): Promise<number> {
  const [name, ...rest] = argv;
  switch (name) {
    case '--version':
    case '-V':
    case '-v':
      io.out(`${version}\n`);
      return ExitCode.ok;
    case undefined:
    case '--help':
    case '-h':
      io.out(`${usage()}\n`);
      return name === undefined ? ExitCode.usage : ExitCode.ok;
    case 'help': {
      // `help measure` is `measure --help`.
      if (rest[0] === undefined) {
        io.out(`${usage()}\n`);
        return ExitCode.ok;
      }
      return dispatch([rest[0], '--help'], io);
    }
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const guess = suggest(
      name,
      commands.map((candidate) => candidate.name),
    );
    throw usageError(`unknown command \`${name}\`${guess ? `; did you mean \`${guess}\`?` : ''}`);
  }
  const args = parseCommandArgs(command, rest);
  if (args.values.help) {
    io.out(commandHelp(command));
    return ExitCode.ok;
  }
  return command.run(args, io);
}
