import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Command, parseCommandArgs } from '../../../src/cli/command.js';
import { commands } from '../../../src/cli/commands.js';
import { main } from '../../../src/cli/main.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  process.exitCode = 0;
  return { code, out: out.join(''), err: err.join('') };
}

const packageVersion = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'))
  .version as string;

describe('the CLI', () => {
  it('prints the version of package.json', async () => {
    expect(await run('--version')).toMatchObject({ code: 0, out: `${packageVersion}\n` });
  });

  it('has help per command, listing every option with its short form', async () => {
    for (const command of commands) {
      for (const argv of [
        [command.name, '--help'],
        [command.name, '-h'],
        ['help', command.name],
      ]) {
        const { code, out, err } = await run(...argv);
        expect(err, argv.join(' ')).toBe('');
        expect(code).toBe(0);
        expect(out).toContain(`tiny-size-gate ${command.name}`);
        for (const [name, spec] of Object.entries(command.options)) {
          expect(out).toContain(`${spec.short ? `-${spec.short}, ` : ''}--${name}`);
        }
      }
    }
  });

  it('lists every command in the general help', async () => {
    const { out } = await run('--help');
    for (const command of commands) expect(out).toContain(`  ${command.name} `);
  });

  it('suggests the closest command and flag', async () => {
    const command = await run('chekc');
    expect(command.code).toBe(2);
    expect(command.err).toContain('unknown command `chekc`; did you mean `check`?');
    const option = await run('check', '--jsn');
    expect(option.code).toBe(2);
    expect(option.err).toContain('unknown option --jsn for `check`; did you mean --json?');
    expect(option.err).toContain('tiny-size-gate check --help');
    expect((await run('measure', '--platfrom=linux/amd64', 'x')).err).toContain('did you mean --platform?');
    expect((await run('frobnicate')).err).not.toContain('did you mean');
  });

  it('says how many arguments a command takes, quoting nothing it leaves open', async () => {
    const { err, code } = await run('measure');
    expect(code).toBe(2);
    expect(err).toContain('measure takes exactly 1 SOURCE, not 0');
    expect(err.split('`').length % 2).toBe(1);
  });
});

describe('measure --manifest-only', () => {
  it('takes an OCI layout or archive as a registry: sources whose manifests record the layer sizes', async () => {
    for (const source of ['oci:/nonexistent/layout', 'oci-archive:/nonexistent/image.tar']) {
      const { code, err } = await run('measure', '--manifest-only', source);
      expect(code).toBe(2);
      // It got as far as opening the source: no refusal of the flag.
      expect(err, source).not.toContain('--manifest-only');
      expect(err, source).toContain('/nonexistent/');
    }
  });

  it('refuses a docker save archive, saying why and what to do instead', async () => {
    const { code, err } = await run('measure', '--manifest-only', 'docker-archive:/nonexistent/app.tar');
    expect(code).toBe(2);
    expect(err).toContain('--manifest-only cannot measure docker-archive:/nonexistent/app.tar');
    expect(err).toContain('manifest.json lists its layer files but not their sizes');
    expect(err).toContain('measure it without --manifest-only');
  });

  it('refuses an image of the local engine before asking the engine, naming the registry form', async () => {
    const local = await run('measure', '--manifest-only', 'docker:hello:latest');
    expect(local.code).toBe(2);
    expect(local.err).toContain('--manifest-only cannot measure hello:latest in the local engine');
    const hosted = await run('measure', '--manifest-only', 'ghcr.io/org/app:1');
    expect(hosted.code).toBe(2);
    expect(hosted.err).toContain('registry:ghcr.io/org/app:1 --manifest-only');
  });
});

describe('--json [FILE]', () => {
  const measure = commands.find((c) => c.name === 'measure') as Command;
  const check = commands.find((c) => c.name === 'check') as Command;
  const parsed = (command: Command, ...args: string[]) => {
    const { values, positionals } = parseCommandArgs(command, args);
    return { json: values.json, positionals };
  };

  it('is stdout when the FILE is left out', () => {
    expect(parsed(check, '--json')).toEqual({ json: '-', positionals: [] });
    expect(parsed(check, '--json', '--quiet')).toEqual({ json: '-', positionals: [] });
    expect(parsed(measure, 'oci:dir', '--json')).toEqual({ json: '-', positionals: ['oci:dir'] });
    expect(parsed(measure, '-j', 'oci:dir')).toEqual({ json: '-', positionals: ['oci:dir'] });
  });

  it('is the FILE when one follows', () => {
    expect(parsed(check, '--json', 'r.json')).toEqual({ json: 'r.json', positionals: [] });
    expect(parsed(check, '--json=r.json')).toEqual({ json: 'r.json', positionals: [] });
    expect(parsed(measure, '--json', 'r.json', 'oci:dir')).toEqual({
      json: 'r.json',
      positionals: ['oci:dir'],
    });
    expect(parsed(measure, 'oci:dir', '-j', 'r.json')).toEqual({ json: 'r.json', positionals: ['oci:dir'] });
  });
});
