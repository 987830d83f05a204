import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands.js';
import { bashCompletion, zshCompletion } from '../../../src/cli/completion.js';
import { findDockerfiles } from '../../../src/cli/init.js';
import { tempDir } from '../source/temp.js';

/** What bash completes for a command line (the last word being completed), with the real bash. */
function complete(script: string, line: string[]): string[] {
  const program = `${script}
COMP_WORDS=(${line.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${line.length - 1}
_tiny_size_gate; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync('bash', ['-c', program], { encoding: 'utf8', cwd: tempDir() });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean).sort();
}

describe('completion', () => {
  const bash = bashCompletion(commands);

  it('bash completes commands, each command’s flags and option choices', () => {
    expect(complete(bash, ['tiny-size-gate', 'c'])).toEqual(['check', 'completion']);
    expect(complete(bash, ['tiny-size-gate', 'check', '--j'])).toEqual(['--json']);
    expect(complete(bash, ['tiny-size-gate', 'measure', '--m'])).toEqual(['--manifest-only']);
    expect(complete(bash, ['tiny-size-gate', 'badge', '--format', ''])).toEqual(['json', 'svg']);
  });

  it('zsh gets one function per command with every flag', () => {
    const zsh = zshCompletion(commands);
    expect(zsh.startsWith('#compdef tiny-size-gate\n')).toBe(true);
    for (const command of commands) {
      expect(zsh).toContain(`_tiny_size_gate_${command.name}() {`);
      for (const name of Object.keys(command.options)) expect(zsh).toContain(`--${name}`);
    }
  });
});

describe('init finds Dockerfiles', () => {
  it('those whose last stage is FROM scratch, not in hidden folders or node_modules', async () => {
    const root = tempDir();
    const files: Record<string, string> = {
      'app/Dockerfile': 'FROM debian AS build\nARG LEVEL=1\nFROM scratch\nCOPY --from=build /a /a\n',
      'web/Containerfile.tiny': 'FROM nginx\n',
      'tools/api.Dockerfile': 'ARG BASE\nFROM SCRATCH\n',
      'node_modules/x/Dockerfile': 'FROM scratch\n',
      '.git/Dockerfile': 'FROM scratch\n',
      'notes/Dockerfile.md': '',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    const found = await findDockerfiles(root);
    expect(found.map(({ path, scratch, args }) => [path.slice(root.length + 1), scratch, args])).toEqual([
      ['app/Dockerfile', true, ['LEVEL']],
      ['tools/api.Dockerfile', true, ['BASE']],
      ['web/Containerfile.tiny', false, []],
    ]);
  });
});
