/** `tiny-size-gate completion bash|zsh`: a completion script, made from the table of commands. */
import { type Command, helpOption, optionSynopsis, usageError } from './command.js';

export const completionCommand: Command = {
  name: 'completion',
  summary: 'Print a shell completion script: bash or zsh.',
  arguments: { name: 'SHELL', min: 1, max: 1 },
  options: {},
  details: `bash: eval "$(tiny-size-gate completion bash)" in ~/.bashrc
zsh:  eval "$(tiny-size-gate completion zsh)" in ~/.zshrc (after compinit)`,
  async run(args, io) {
    const shell = args.positionals[0];
    // Imported here: the table imports this command.
    const { commands } = await import('./commands.js');
    if (shell === 'bash') io.out(bashCompletion(commands));
    else if (shell === 'zsh') io.out(zshCompletion(commands));
    else throw usageError(`no completion for the shell \`${shell}\`; choose bash or zsh`, 'completion');
    return 0;
  },
};

function flagsOf(command: Command): string[] {
  return Object.entries({ ...command.options, help: helpOption }).flatMap(([name, spec]) => [
    `--${name}`,
    ...(spec.short ? [`-${spec.short}`] : []),
  ]);
}

/** Options whose values are files, completed as paths; choices completed as themselves. */
function valueWords(command: Command): [string, string][] {
  return Object.entries(command.options).flatMap(([name, spec]): [string, string][] =>
    spec.type === 'string' && spec.choices ? [[`--${name}`, spec.choices.join(' ')]] : [],
  );
}

export function bashCompletion(commands: readonly Command[]): string {
  const cases = commands
    .map((command) => {
      const choices = valueWords(command)
        .map(([flag, words]) => `        ${flag}) COMPREPLY=($(compgen -W "${words}" -- "$cur")); return ;;`)
        .join('\n');
      return `    ${command.name})
      case "$prev" in
${choices ? `${choices}\n` : ''}      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${flagsOf(command).join(' ')}" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;`;
    })
    .join('\n');
  return `# bash completion for tiny-size-gate
_tiny_size_gate() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} help --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
}
complete -o filenames -F _tiny_size_gate tiny-size-gate
`;
}

export function zshCompletion(commands: readonly Command[]): string {
  const quote = (text: string) => text.replace(/'/g, "'\\''").replace(/([[\]:])/g, '\\$1');
  const functions = commands
    .map((command) => {
      const specs = Object.entries({ ...command.options, help: helpOption }).map(([name, spec]) => {
        const names = spec.short ? `'(-${spec.short} --${name})'{-${spec.short},--${name}}` : `'--${name}`;
        const tail = spec.short ? "'" : '';
        const value =
          spec.type === 'boolean'
            ? ''
            : `:${quote(optionSynopsis(name, spec).split(' ').at(-1) ?? 'VALUE')}:${spec.choices ? `(${spec.choices.join(' ')})` : '_files'}`;
        return `    ${names}${tail}'[${quote(spec.help)}]${value}'`;
      });
      if (command.arguments) specs.push(`    '*:${command.arguments.name}:_files'`);
      return `_tiny_size_gate_${command.name}() {\n  _arguments \\\n${specs.join(' \\\n')}\n}`;
    })
    .join('\n\n');
  return `#compdef tiny-size-gate
# zsh completion for tiny-size-gate
${functions}

_tiny_size_gate() {
  local -a commands
  commands=(
${commands.map((c) => `    '${c.name}:${quote(c.summary)}'`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe command commands
  else
    local name=\${words[2]}
    (( $+functions[_tiny_size_gate_$name] )) && { shift words; (( CURRENT-- )); _tiny_size_gate_$name; }
  fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _tiny_size_gate "$@"; else compdef _tiny_size_gate tiny-size-gate; fi
`;
}
