/**
 * Faults injected into real runs: the registry cuts a blob download, the GitHub API answers 500
 * twice, the disk for temporary files is nearly full (a 1 MiB tmpfs), and a Docker engine (our own
 * private one, never the shared one) is killed in the middle of a build. Each run ends complete or
 * in a clear failure, and leaves no partial file a later run would trust, and no temporary file.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertComment } from '../../src/github/comment.js';
import { createOctokit } from '../../src/github/octokit.js';
import { recordTally } from '../support/fuzz.js';
import { faults as githubFaults, startGitHubDouble } from '../support/github-double.js';
import { skopeo, writeOciLayout } from '../support/registry-images.js';
import { type FaultProxy, startFaultProxy } from '../support/registry-proxy.js';
import { type RunningRegistry, startRegistry } from '../support/registry-server.js';
import { archiveOf } from '../unit/source/build.js';
import { repoRoot, requireTool, tempDir } from './real.js';

const work = tempDir('tsg-faults-');
const tally = { inputs: 0, results: 0, refused: 0, faults: 0 };
afterAll(() => {
  recordTally({ what: 'faults injected into real runs', ...tally });
  rmSync(work, { recursive: true, force: true });
});

let budgets = 0;
/** A budget file of one image from `source` (a line like `registry: host/repo:1`). */
function budgetFor(source: string): string {
  const path = join(work, `budget-${++budgets}.yml`);
  writeFileSync(path, `images:\n  app:\n    ${source}\n    budget: { files: 1GB }\n`);
  return path;
}

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The bundled CLI, asynchronously (servers in this process must answer it). */
async function cli(args: string[], env: Record<string, string> = {}, cwd = work): Promise<CliRun> {
  tally.inputs++;
  return promisify(execFile)('node', [join(repoRoot, 'dist/cli/index.js'), ...args], {
    cwd,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

/** A failure a person can act on: exit 2, a fix, no stack trace, not "a bug in tiny-size-gate". */
function expectClearFailure(run: CliRun, message: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/fix: /);
  expect(run.stderr).not.toMatch(/unexpected error|\n\s+at .+:\d+:\d+/);
  tally.refused++;
}

describe('the registry drops the connection in the middle of a blob', () => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  const reference = 'faults/app:1';
  const layerPath = /\/blobs\/sha256:[0-9a-f]{64}$/;

  beforeAll(async () => {
    requireTool('docker-registry');
    requireTool('skopeo');
    const registryDir = join(work, 'registry');
    mkdirSync(registryDir);
    registry = await startRegistry(registryDir);
    const layout = join(work, 'layout');
    await writeOciLayout(layout, { os: 'linux', architecture: 'amd64' }, { 'big.bin': randomBytes(400_000) });
    skopeo([
      'copy',
      '-q',
      '--dest-tls-verify=false',
      `oci:${layout}:latest`,
      `docker://${registry.host}/${reference}`,
    ]);
    proxy = await startFaultProxy(registry.host);
  });
  afterAll(async () => {
    await proxy?.close();
    await registry?.stop();
  });

  it('twice: the download resumes and the report is complete', async () => {
    proxy.reset([{ match: layerPath, times: 2, action: { kind: 'drop-after', bytes: 100_000 } }]);
    const report = join(work, 'healed.json');
    const run = await cli([
      'check',
      '--config',
      budgetFor(`registry: ${proxy.host}/${reference}`),
      '--json',
      report,
    ]);
    tally.faults += proxy.requests.filter((r) => r.fault).length;
    expect(run.code, run.stderr).toBe(0);
    expect(proxy.requests.filter((r) => r.fault)).toHaveLength(2);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
      images: { sizes: { platforms: { sizes: { files: { bytes: number } } }[] } }[];
    };
    expect(parsed.images[0]?.sizes.platforms[0]?.sizes.files.bytes).toBe(400_000);
    tally.results++;
  }, 120_000);

  it('every time: a clear failure, and the report is whole and says the image was not measured', async () => {
    // Cut after 1,000 bytes every time: resuming with Range cannot finish 400 kB within the retries.
    proxy.reset([{ match: layerPath, action: { kind: 'drop-after', bytes: 1000 } }]);
    const report = join(work, 'previous.json');
    writeFileSync(report, '{"previous": true}\n');
    const run = await cli([
      'check',
      '--config',
      budgetFor(`registry: ${proxy.host}/${reference}`),
      '--json',
      report,
    ]);
    tally.faults += proxy.requests.filter((r) => r.fault).length;
    expectClearFailure(run, /blob|connection|download|registry/i);
    // The run completes: the report is replaced whole (never half-written) and records the failure
    // as an error row, so nothing reads it as a pass.
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written.verdict).toBe('fail');
    expect(written.images).toEqual([]);
    expect(written.errors.map((e: { name: string; message: string }) => e.name)).toEqual(['app']);
    expect(written.errors[0].message).toMatch(/broke off after \d+ of \d+ bytes/);
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('the GitHub API answers 500 twice, then 200', () => {
  it('the comment is written once', async () => {
    const double = await startGitHubDouble();
    try {
      double.injectFault(githubFaults.serverError(500), githubFaults.serverError(500));
      const octokit = createOctokit({
        token: 'ghs_faults0123456789',
        baseUrl: double.url,
        retryBaseMs: 10,
        warn: () => {},
      });
      tally.inputs++;
      const result = await upsertComment({
        octokit,
        owner: 'o',
        repo: 'r',
        issueNumber: 1,
        key: 'default',
        body: 'report',
        shouldPost: true,
      });
      tally.faults += 2;
      tally.results++;
      expect(result.action).toBe('created');
      expect(double.requests.map((r) => r.status).slice(0, 3)).toEqual([500, 500, 200]);
      expect(double.comments('o', 'r', 1)).toHaveLength(1);
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  });
});

describe('little room for temporary files (a 1 MiB tmpfs as TMPDIR)', () => {
  const small = join(work, 'small-tmp');

  beforeAll(() => {
    mkdirSync(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tsg-faults', small]);
  });
  afterAll(() => {
    execFileSync('umount', [small]);
  });

  it('a gzip archive that inflates past the room: a clear failure, nothing left in TMPDIR', async () => {
    const layout = join(work, 'room-layout');
    await writeOciLayout(
      layout,
      { os: 'linux', architecture: 'amd64' },
      { 'big.bin': randomBytes(1_500_000) },
    );
    const files = Object.fromEntries(
      listFiles(layout).map((name) => [name, readFileSync(join(layout, name))]),
    );
    const archive = join(work, 'room.tar.gz');
    writeFileSync(archive, gzipSync(await archiveOf(files)));
    tally.faults++;
    const run = await cli(['measure', `oci-archive:${archive}`], { TMPDIR: small });
    expectClearFailure(run, /no room to decompress .*disk .* is full/);
    expect(readdirSync(small)).toEqual([]);
  });

  it('a report that does not fit: a clear failure, no partial file, the old one left whole', async () => {
    const layout = join(work, 'many-files');
    const many: Record<string, string> = {};
    for (let i = 0; i < 6000; i++) many[`dir/file-with-a-long-name-${i}`] = 'x';
    await writeOciLayout(layout, { os: 'linux', architecture: 'amd64' }, many);
    const report = join(small, 'report.json');
    writeFileSync(report, '{"old": true}\n');
    tally.faults++;
    const run = await cli(['check', '--config', budgetFor(`oci: ${layout}`), '--json', report]);
    expectClearFailure(run, /cannot write/);
    expect(readdirSync(small)).toEqual(['report.json']);
    expect(readFileSync(report, 'utf8')).toBe('{"old": true}\n');
  });
});

function listFiles(root: string, under = ''): string[] {
  return readdirSync(join(root, under), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, join(under, entry.name)) : [join(under, entry.name)],
  );
}

describe('the Docker engine stops in the middle of a build', () => {
  // Our own engine on its own socket and data root (scripts/docker-up.sh's flags): the shared one is never touched.
  // Short: the engine's sockets live under it, and a socket path has a length limit.
  let state = '';
  let socket = '';
  let engine: ChildProcess | undefined;

  beforeAll(async () => {
    state = tempDir('tsg-fe-');
    socket = join(state, 'd.sock');
    requireTool('dockerd', 'apt-get install docker.io');
    engine = spawn(
      'dockerd',
      [
        '--iptables=false',
        '--ip6tables=false',
        '--bridge=none',
        '--storage-driver=vfs',
        '--data-root',
        join(state, 'data'),
        '--exec-root',
        join(state, 'x'),
        '--pidfile',
        join(state, 'd.pid'),
        '--host',
        `unix://${socket}`,
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 120 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 250));
    expect(existsSync(socket), 'the private dockerd did not start').toBe(true);
  }, 60_000);

  afterAll(async () => {
    // The engine's own containerd outlives a killed dockerd: stop it by its pid file.
    const pidFile = join(state, 'x', 'containerd', 'containerd.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      try {
        process.kill(pid, 'SIGTERM');
      } catch {}
      for (let i = 0; i < 40; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    if (!state) return;
    if (engine?.exitCode === null) engine.kill('SIGKILL');
    // dockerd bind-mounts its data root onto itself; a killed one leaves the mount behind.
    if (readFileSync('/proc/mounts', 'utf8').includes(` ${join(state, 'data')} `)) {
      execFileSync('umount', [join(state, 'data')]);
    }
    rmSync(state, { recursive: true, force: true });
  }, 30_000);

  it('ends in a clear failure and leaves no temporary directory', async () => {
    const project = join(work, 'engine-project');
    mkdirSync(join(project, 'app'), { recursive: true });
    // A large context: the upload alone outlasts the moment the engine is killed.
    writeFileSync(join(project, 'app', 'big.bin'), Buffer.alloc(300 * 1024 * 1024, 1));
    writeFileSync(join(project, 'app', 'Dockerfile'), 'FROM scratch\nCOPY big.bin /\n');
    writeFileSync(
      join(project, 'tiny-size.yml'),
      'images:\n  app:\n    context: app\n    budget: { files: 1GB }\n',
    );
    const temp = join(work, 'engine-tmp');
    mkdirSync(temp);
    const running = cli(
      ['check', '--json', join(project, 'report.json')],
      { DOCKER_HOST: `unix://${socket}`, TMPDIR: temp },
      project,
    );
    // Kill the engine once the build is under way: its builder has started receiving the context.
    const builderTmp = join(state, 'data', 'tmp');
    for (let i = 0; i < 400; i++) {
      if (existsSync(builderTmp) && readdirSync(builderTmp).some((name) => name.startsWith('docker-builder')))
        break;
      await new Promise((r) => setTimeout(r, 25));
    }
    engine?.kill('SIGKILL');
    tally.faults++;
    const run = await running;
    if (run.code === 0) {
      // The build won the race: the run is complete, and so is its report.
      expect(JSON.parse(readFileSync(join(project, 'report.json'), 'utf8'))).toHaveProperty('images');
      tally.results++;
    } else {
      expectClearFailure(run, /docker|engine|build/i);
      expect(existsSync(join(project, 'report.json'))).toBe(false);
    }
    expect(readdirSync(temp)).toEqual([]);
  }, 180_000);
});
