/**
 * Every command of README.md's command-line block, run as written through the bundle, against the
 * real engine, skopeo and the local registry. Only names are swapped: the README's `hello:latest`
 * and `ghcr.io/org/app:1` become images this test made (a unique tag, a local registry); the
 * budget file is this test's, with small COPY-only images so the builds take seconds.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsOf, readmeBlock } from '../support/readme.js';
import { docker, dockerEngine, removeScratchDirs, repoRoot, requireTool, scratchDir } from './real.js';

const cliPath = join(repoRoot, 'dist/cli/index.js');
const nonce = randomBytes(6).toString('hex');
const tag = `tsg-readme-${nonce}:latest`;
let dir: string;
let remote: string;

function write(files: Record<string, string | Buffer>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

beforeAll(() => {
  const { TSG_REGISTRY } = dockerEngine();
  requireTool('skopeo');
  dir = scratchDir('tsg-readme-');
  remote = `${TSG_REGISTRY}/tsg-readme-${nonce}:1`;
  const app = { Dockerfile: 'FROM scratch AS final\nCOPY http /http\n', http: randomBytes(700) };
  write({
    'hello-src/Dockerfile': `FROM scratch\nLABEL tsg-test=${nonce}\nCOPY hello /hello\n`,
    'hello-src/hello': randomBytes(53),
    'app/Dockerfile': app.Dockerfile,
    'app/http': app.http,
    'fresh/app/Dockerfile': app.Dockerfile,
    'fresh/app/http': app.http,
    'tiny-size.yml':
      'images:\n  http:\n    context: app\n    budget: { files: 700B, layers: 1 }\n  hello:\n    archive: hello.tar\n    budget: { files: 53B }\n',
  });
  docker(['build', '--quiet', '--tag', tag, join(dir, 'hello-src')]);
  docker(['save', '--output', join(dir, 'hello.tar'), tag]);
  mkdirSync(join(dir, 'build'));
  for (const destination of [`oci:${join(dir, 'build/layout')}`, `docker://${remote}`]) {
    const copy = spawnSync(
      'skopeo',
      ['copy', '--dest-tls-verify=false', `docker-archive:${join(dir, 'hello.tar')}`, destination],
      {
        encoding: 'utf8',
      },
    );
    expect(copy.status, copy.stderr).toBe(0);
  }
});

afterAll(() => {
  docker(['rmi', tag]);
  // The registry keeps the manifest unless it allows deletes; the blobs are a few hundred bytes.
  spawnSync('skopeo', ['delete', '--tls-verify=false', `docker://${remote}`]);
  removeScratchDirs();
});

/** A README line run as written, with the README's image names swapped for this test's. */
function runLine(line: string) {
  const [, args = ''] = /^npx tiny-size-gate (.*)$/.exec(line) ?? [];
  const [command, output] = args.split(' > ');
  const argv = (command as string)
    .replace('hello:latest', tag)
    .replace('ghcr.io/org/app:1', remote)
    .split(/\s+/)
    .filter(Boolean);
  const cwd = argv[0] === 'init' ? join(dir, 'fresh') : dir;
  const run = spawnSync(process.execPath, [cliPath, ...argv], {
    cwd,
    env: { ...process.env, ...dockerEngine() },
    encoding: 'utf8',
  });
  if (output) writeFileSync(join(cwd, output), run.stdout);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, argv, cwd };
}

describe("README's command-line block", () => {
  const lines = commandsOf(readmeBlock('npx tiny-size-gate check '));
  const runs = new Map<string, ReturnType<typeof runLine>>();

  it('has the commands this test knows how to check', () => {
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) expect(line).toMatch(/^npx tiny-size-gate /);
  });

  it('runs every line, each exiting 0', () => {
    for (const line of lines) {
      const run = runLine(line);
      runs.set(line, run);
      expect(run.status, `${line}\n${run.stderr}${run.stdout}`).toBe(0);
    }
  });

  it('each line does what the README says', () => {
    const out = (start: string) => {
      const all = [...runs.entries()];
      const found = all.find(([line]) => line === start) ?? all.find(([line]) => line.startsWith(start));
      expect(found, start).toBeDefined();
      return found?.[1] as ReturnType<typeof runLine>;
    };
    const full = out('npx tiny-size-gate check').stdout;
    expect(full).toContain('✔ pass: 3 checks hold for 2 images');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.images.map((i: { name: string }) => i.name)).toEqual(['http']);
    const quiet = out('npx tiny-size-gate check --quiet');
    expect(quiet.stdout.length).toBeLessThan(full.length);
    expect(quiet.stdout).toContain('✔ pass');
    expect(quiet.stderr).toBe('');
    expect(out('npx tiny-size-gate measure docker-archive:').stdout).toMatch(/files\s+53 B/);
    expect(
      JSON.parse(out('npx tiny-size-gate measure oci:').stdout).image.platforms[0].sizes.files.bytes,
    ).toBe(53);
    expect(out('npx tiny-size-gate measure docker:').stdout).toMatch(/files\s+53 B/);
    expect(out('npx tiny-size-gate measure registry:').stdout).toMatch(/compressed\s+\d+ B/);
    const layoutManifests = out('npx tiny-size-gate measure oci:build/layout --manifest-only').stdout;
    expect(layoutManifests).toMatch(/compressed\s+\d+ B/);
    expect(layoutManifests).toContain('not measured: no layer was read (manifest-only)');
    expect(out('npx tiny-size-gate measure --help').stdout).toContain(
      'tiny-size-gate measure SOURCE [options]',
    );
    const budget = readFileSync(join(dir, 'fresh/tiny-size.yml'), 'utf8');
    expect(budget).toContain('  app:\n    context: app\n    budget:\n      files: 700B');
    // init never overwrites a budget file.
    const again = runLine('npx tiny-size-gate init');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('tiny-size.yml exists; init never overwrites a budget file');
    expect(readFileSync(join(dir, 'fresh/tiny-size.yml'), 'utf8')).toBe(budget);
    const completion = join(dir, 'tiny-size-gate.bash');
    expect(existsSync(completion)).toBe(true);
    expect(spawnSync('bash', ['-n', completion]).status).toBe(0);
  });
});
