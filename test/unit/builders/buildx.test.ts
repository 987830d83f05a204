/**
 * Buildx detection against a fake `docker` executable: Debian's docker.io has no buildx plugin and
 * Debian ships none (`apt-cache search buildx` finds nothing), so the real buildx cannot run here.
 * The fake prints what buildx prints (`buildx version`, `buildx inspect` per driver, BuildKit's
 * refusal of the OCI exporter on the `docker` driver, `docker info`'s DriverStatus with the
 * containerd image store) and logs every call, so the test sees which path the builder took.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type BuildSpec,
  buildWithDocker,
  parseBuildxDriver,
  planBuildx,
} from '../../../src/builders/docker.js';
import { buildImage } from '../../../src/builders/index.js';
import { TinySizeError } from '../../../src/errors.js';

const root = mkdtempSync(join(tmpdir(), 'tsg-buildx-unit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `docker buildx inspect` as buildx v0.12 prints it (builder level first, then nodes). */
function inspectOutput(driver: string): string {
  return [
    'Name:          tsg-builder',
    `Driver:        ${driver}`,
    'Last Activity: 2024-01-10 12:00:00 +0000 UTC',
    '',
    'Nodes:',
    'Name:      tsg-builder0',
    'Endpoint:  unix:///var/run/docker.sock',
    'Driver Options: network="host"',
    'Status:    running',
    'Buildkit:  v0.12.4',
    'Platforms: linux/amd64, linux/amd64/v2, linux/386',
    '',
  ].join('\n');
}

const refusal = [
  'ERROR: OCI exporter is not supported for the docker driver.',
  'Switch to a different driver, or turn on the containerd image store, and try again.',
  'Learn more at https://docs.docker.com/go/build-exporters/',
].join('\n');

interface Fake {
  /** buildx installed; undefined: `docker: 'buildx' is not a docker command.` */
  driver?: string;
  containerdStore?: boolean;
  /** What `buildx build --output type=oci` does. */
  ociExport?: 'ok' | 'refuse' | 'fail';
}

let count = 0;
function fakeDocker(fake: Fake): { docker: string; calls: () => string[] } {
  const dir = join(root, `fake-${count++}`);
  const log = join(dir, 'calls.log');
  const script = `#!/bin/sh
printf '%s\\n' "$*" >> '${log}'
case "$1 $2" in
  "version --format") echo 24.0.7; exit 0 ;;
  "buildx version")
    ${fake.driver ? "echo 'github.com/docker/buildx v0.12.1 30feaa1'; exit 0" : "printf \"docker: 'buildx' is not a docker command.\\nSee 'docker --help'\\n\" >&2; exit 1"} ;;
  "buildx inspect") cat '${dir}/inspect.txt'; exit 0 ;;
  "info --format") echo '${fake.containerdStore ? '[["driver-type","io.containerd.snapshotter.v1"]]' : '[["Backing Filesystem","extfs"],["Supports d_type","true"]]'}'; exit 0 ;;
  "buildx build")
    case "${fake.ociExport ?? 'ok'}" in
      ok) for a in "$@"; do case "$a" in type=oci,dest=*) echo oci > "\${a#type=oci,dest=}" ;; esac; done; exit 0 ;;
      refuse) cat '${dir}/refusal.txt' >&2; exit 1 ;;
      fail) echo 'ERROR: failed to solve: failed to compute cache key: "/nothere": not found' >&2; exit 1 ;;
    esac ;;
  "build --force-rm")
    echo sha256:feedc0de > "$4"
    printf 'Step 1/2 : FROM scratch\n ---> \nStep 2/2 : COPY a /a\n ---> 0123456789ab\nSuccessfully built 0123456789ab\n'
    exit 0 ;;
  "rmi --no-prune") exit 0 ;;
  "save --output") echo saved > "$3"; exit 0 ;;
esac
echo "fake docker: unexpected call: $*" >&2
exit 2
`;
  mkdirSync(dir);
  writeFileSync(join(dir, 'inspect.txt'), inspectOutput(fake.driver ?? ''));
  writeFileSync(join(dir, 'refusal.txt'), `${refusal}\n`);
  const docker = join(dir, 'docker');
  writeFileSync(docker, script);
  chmodSync(docker, 0o755);
  return { docker, calls: () => readFileSync(log, 'utf8').trimEnd().split('\n') };
}

const spec: BuildSpec = {
  kind: 'build',
  context: '/ctx',
  dockerfile: '/ctx/Dockerfile',
  buildArgs: {},
  builder: 'docker',
};

describe('parseBuildxDriver', () => {
  it.each(['docker', 'docker-container', 'kubernetes', 'remote'])('reads the builder driver %s', (driver) => {
    expect(parseBuildxDriver(inspectOutput(driver))).toBe(driver);
  });

  it('ignores the nodes’ `Driver Options:` and answers undefined without a driver', () => {
    expect(parseBuildxDriver('Name: x\nNodes:\nDriver Options: a="b"\n')).toBeUndefined();
  });
});

describe('planBuildx', () => {
  it.each<[string, Fake, Awaited<ReturnType<typeof planBuildx>>]>([
    ['no plugin', {}, { use: false, why: 'no buildx plugin' }],
    ['docker driver', { driver: 'docker' }, { use: false, why: 'buildx driver `docker` cannot export OCI' }],
    [
      'docker driver on the containerd store',
      { driver: 'docker', containerdStore: true },
      { use: true, driver: 'docker' },
    ],
    ['docker-container', { driver: 'docker-container' }, { use: true, driver: 'docker-container' }],
    ['kubernetes', { driver: 'kubernetes' }, { use: true, driver: 'kubernetes' }],
    ['remote', { driver: 'remote' }, { use: true, driver: 'remote' }],
  ])('%s', async (_name, fake, plan) => {
    expect(await planBuildx(fakeDocker(fake).docker)).toEqual(plan);
  });
});

describe('buildWithDocker picks the path and says why', () => {
  const options = (docker: string) => ({
    workDir: mkdtempSync(join(root, 'work-')),
    tag: 'buildah-unit:latest',
    docker,
  });

  it('docker-container: buildx exports an OCI archive; no classic build, no save', async () => {
    const fake = fakeDocker({ driver: 'docker-container' });
    const opts = options(fake.docker);
    const outcome = await buildWithDocker(spec, opts);
    expect(outcome).toEqual({
      source: { kind: 'oci-archive', path: join(opts.workDir, 'image.oci.tar') },
      method: 'buildx (OCI export, driver `docker-container`)',
    });
    expect(readFileSync(join(opts.workDir, 'image.oci.tar'), 'utf8')).toBe('oci\n');
    const build = fake.calls().filter((call) => call.startsWith('buildx build'));
    expect(build).toEqual([
      `buildx build --file /ctx/Dockerfile --tag buildah-unit:latest --output type=oci,dest=${opts.workDir}/image.oci.tar /ctx`,
    ]);
    expect(fake.calls().some((call) => call.startsWith('save'))).toBe(false);
  });

  it('docker driver: straight to the classic path, buildx build never tried', async () => {
    const fake = fakeDocker({ driver: 'docker', ociExport: 'fail' });
    const opts = options(fake.docker);
    const outcome = await buildWithDocker(spec, opts);
    expect(outcome).toEqual({
      source: { kind: 'docker-archive', path: join(opts.workDir, 'image.docker.tar') },
      method: 'docker build + docker save (buildx driver `docker` cannot export OCI)',
    });
    const calls = fake.calls().filter((call) => !call.startsWith('version'));
    // A tag of this build's own, random, so that two builds never share one.
    const tag = /--tag (tiny-size-gate-build:[0-9a-f]{12}) /.exec(calls[3] ?? '')?.[1];
    expect(tag).toBeDefined();
    expect(calls).toEqual([
      'buildx version',
      'buildx inspect',
      'info --format {{json .DriverStatus}}',
      `build --force-rm --iidfile ${opts.workDir}/image.iid --tag ${tag} --file /ctx/Dockerfile /ctx`,
      `save --output ${opts.workDir}/image.docker.tar sha256:feedc0de`,
      // Nothing left in the engine: the tag (and with it the final image, unless another run's tag
      // names it too) and the images its steps made; never the final image by ID.
      `rmi --no-prune ${tag}`,
      'rmi --no-prune 0123456789ab',
    ]);
  });

  it('no buildx plugin: classic path, and the method says so', async () => {
    const outcome = await buildWithDocker(spec, options(fakeDocker({}).docker));
    expect(outcome.method).toBe('docker build + docker save (no buildx plugin)');
  });

  it('a refused OCI export after detection said yes: falls back to the classic path and records it', async () => {
    const fake = fakeDocker({ driver: 'docker', containerdStore: true, ociExport: 'refuse' });
    const outcome = await buildWithDocker(spec, options(fake.docker));
    expect(outcome.method).toBe('docker build + docker save (buildx driver `docker` refused the OCI export)');
    expect(fake.calls().some((call) => call.startsWith('save'))).toBe(true);
  });

  it('a failing buildx build is a build failure naming the Dockerfile, with the log', async () => {
    const fake = fakeDocker({ driver: 'docker-container', ociExport: 'fail' });
    const error = await buildWithDocker(spec, options(fake.docker)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).place.file).toBe('/ctx/Dockerfile');
    expect((error as TinySizeError).message).toContain('"/nothere": not found');
  });

  it('buildImage dispatches builder: docker to the Docker builder', async () => {
    const fake = fakeDocker({ driver: 'remote' });
    const outcome = await buildImage(spec, options(fake.docker));
    expect(outcome.method).toBe('buildx (OCI export, driver `remote`)');
  });
});
