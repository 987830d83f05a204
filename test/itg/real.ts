/**
 * The real components integration tests run against. Each accessor fails loudly, naming the
 * component and how to get it, when it is missing: an integration test never skips.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** Fails the test when a command is not on PATH. */
export function requireTool(name: string, install = `apt-get install ${name}`): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) {
    throw new Error(
      `${name} is required by this integration test and is not installed (${install}; .ci/run does it)`,
    );
  }
  return path;
}

let engine: { DOCKER_HOST: string; TSG_REGISTRY: string } | undefined;

/**
 * The private Docker engine and local registry that scripts/docker-up.sh starts (idempotent).
 * Returns the environment variables that point clients at them.
 */
export function dockerEngine(): { DOCKER_HOST: string; TSG_REGISTRY: string } {
  if (engine) return engine;
  requireTool('dockerd', 'apt-get install docker.io');
  const out = execFileSync('bash', [join(repoRoot, 'scripts/docker-up.sh')], { encoding: 'utf8' });
  const vars = Object.fromEntries(
    [...out.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1] as string, m[2] as string]),
  );
  if (!vars.DOCKER_HOST || !vars.TSG_REGISTRY)
    throw new Error(`scripts/docker-up.sh printed no engine: ${out}`);
  engine = { DOCKER_HOST: vars.DOCKER_HOST, TSG_REGISTRY: vars.TSG_REGISTRY };
  return engine;
}

/** Runs Debian's docker client (it has the classic builder and BuildKit) against the private engine. */
export function docker(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): string {
  const env = { ...process.env, ...dockerEngine() };
  return execFileSync('/usr/bin/docker', args, {
    env,
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/**
 * Removes images a test tagged (and the untagged parents only they used), so a run leaves the engine
 * as it found it. Missing images are fine: a test that failed early may not have made them.
 */
export function removeImages(refs: string[]): void {
  if (refs.length === 0) return;
  spawnSync('/usr/bin/docker', ['rmi', '--force', ...refs], { env: { ...process.env, ...dockerEngine() } });
}

/** The untagged images in the engine now (a multi-stage build leaves its build stages so). */
export function danglingImages(): Set<string> {
  return new Set(
    docker(['images', '--filter', 'dangling=true', '--quiet', '--no-trunc']).split('\n').filter(Boolean),
  );
}

/** Removes the untagged images that appeared since `before` (a test's own build stages). */
export function removeNewDanglingImages(before: Set<string>): void {
  removeImages([...danglingImages()].filter((id) => !before.has(id)));
}

/** A fresh temporary directory for one test. */
export function tempDir(prefix = 'tsg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const scratchDirs: string[] = [];

/** A temporary directory that removeScratchDirs() deletes: for tests whose files are large. */
export function scratchDir(prefix = 'tsg-test-'): string {
  const dir = tempDir(prefix);
  scratchDirs.push(dir);
  return dir;
}

/** Deletes every scratchDir() made so far; call it from afterAll. */
export function removeScratchDirs(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
