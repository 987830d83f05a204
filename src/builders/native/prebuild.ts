/**
 * `prebuild:` commands, run in a copy of the context before the image is assembled: what an earlier
 * stage's RUN would do in a container (`nasm -f bin hello.asm -o hello`). A command with no shell
 * syntax runs directly (its words split like a shell would, quotes honoured); one with pipes,
 * redirections, `&&`, `$` or globs runs with `sh -c`, and the log says so.
 */
import { spawn } from 'node:child_process';
import { TinySizeError } from '../../errors.js';
import { type RunResult, tail } from '../run.js';
import { WordError, words } from './words.js';

const shellSyntax = /[|&;<>()$`*?[\]~{}\n#]/;

/** How a command is run: argv, or through `sh -c` when it needs a shell. */
export function prebuildArgv(command: string): { argv: string[]; shell: boolean } {
  if (!shellSyntax.test(command.replace(/'[^']*'|"(?:[^"\\$`]|\\.)*"/g, ''))) {
    try {
      const argv = words(command, new Map());
      if (argv.length > 0) return { argv, shell: false };
    } catch (error) {
      if (!(error instanceof WordError)) throw error;
    }
  }
  return { argv: ['sh', '-c', command], shell: true };
}

export async function runPrebuild(
  commands: readonly string[],
  cwd: string,
  where: { file: string },
  onOutput?: (chunk: string) => void,
): Promise<void> {
  for (const command of commands) {
    const { argv, shell } = prebuildArgv(command);
    onOutput?.(`prebuild${shell ? ' (sh -c)' : ''}: ${command}\n`);
    const [program = '', ...args] = argv;
    const result = await run(program, args, cwd, onOutput);
    if (result.exitCode !== 0) {
      throw new TinySizeError(
        `prebuild command \`${command}\` failed (exit ${result.exitCode})${shell ? ', run with sh -c' : ''}:\n${tail(result.stderr || result.stdout)}`,
        {
          ...where,
          within: 'prebuild',
          fix:
            result.exitCode === 127
              ? `install ${program === 'sh' ? 'the tools the command uses' : program}, or correct the command`
              : 'run the command by hand in the context to debug it',
        },
      );
    }
  }
}

/** A plain spawn: prebuild runs on every native build, where @actions/exec's PATH lookup is a cost. */
function run(
  program: string,
  args: string[],
  cwd: string,
  onOutput?: (chunk: string) => void,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].setEncoding('utf8');
      child[name].on('data', (chunk: string) => {
        out[name] += chunk;
        onOutput?.(chunk);
      });
    }
    child.on('error', (error) => resolve({ exitCode: 127, stdout: '', stderr: error.message }));
    child.on('close', (code) => resolve({ exitCode: code ?? 1, ...out }));
  });
}
