import { describe, expect, it } from 'vitest';
import {
  buildCommandArguments,
  findBuilder,
  locateFailedStep,
  overlayRefused,
  pushArguments,
} from '../../../src/builders/buildah.js';
import type { BuildSpec } from '../../../src/builders/docker.js';
import { buildImage } from '../../../src/builders/index.js';
import { TinySizeError } from '../../../src/errors.js';

const spec: BuildSpec = {
  kind: 'build',
  context: '/src/app',
  dockerfile: '/src/app/Dockerfile.tiny',
  target: 'final',
  buildArgs: { BUILDER_IMAGE: 'debian:bookworm-slim', EMPTY: '' },
  platform: 'linux/arm64',
  builder: 'buildah',
};

describe('buildah command lines', () => {
  it('bud with layers, --force-rm, an iidfile, no tag, no cached layers and every spec field, context last', () => {
    expect(buildCommandArguments('buildah', spec, '/w/iid', { driver: 'vfs', why: '' })).toEqual([
      '--storage-driver',
      'vfs',
      'bud',
      '--layers',
      '--force-rm',
      '--iidfile',
      '/w/iid',
      '--file',
      '/src/app/Dockerfile.tiny',
      '--target',
      'final',
      '--platform',
      'linux/arm64',
      '--build-arg',
      'BUILDER_IMAGE=debian:bookworm-slim',
      '--build-arg',
      'EMPTY=',
      '/src/app',
    ]);
  });

  it.each([
    ['buildah', 'bud'],
    ['/usr/bin/buildah', 'bud'],
    ['podman', 'build'],
    ['/opt/bin/podman', 'build'],
  ])('%s builds with `%s`, and no --storage-driver when the tool chooses', (command, verb) => {
    const args = buildCommandArguments(
      command,
      { ...spec, target: undefined, platform: undefined, buildArgs: {} },
      'i',
      {
        why: 'default',
      },
    );
    expect(args).toEqual([
      verb,
      '--layers',
      '--force-rm',
      '--iidfile',
      'i',
      '--file',
      spec.dockerfile,
      '/src/app',
    ]);
  });

  it.each([
    ['/tmp/w/image.oci.tar', 'oci-archive:/tmp/w/image.oci.tar:tsg/app:latest'],
    // A colon in the path would be read as the start of the reference: leave the reference out.
    ['/tmp/a:b/image.oci.tar', 'oci-archive:/tmp/a:b/image.oci.tar'],
  ])('push %s as gzip OCI to %s', (archive, destination) => {
    expect(pushArguments({ driver: 'vfs', why: '' }, 'abc123', archive, 'tsg/app:latest')).toEqual([
      '--storage-driver',
      'vfs',
      'push',
      '--format',
      'oci',
      '--compression-format',
      'gzip',
      'abc123',
      destination,
    ]);
  });
});

describe('locateFailedStep', () => {
  const dockerfile = [
    'FROM scratch AS build', // 1
    'COPY rootfs/ /', // 2
    'RUN ["/bin/busybox", "sh", "-c", "exit 3"]', // 3
    '', // 4
    'FROM   scratch', // 5
    'COPY rootfs/ /', // 6
    'RUN /bin/busybox sh -c \\', // 7
    '    "exit 4"', // 8
    'COPY   nothere   /x', // 9
  ].join('\n');

  it.each([
    [
      'the last step of the last stage',
      '[1/2] STEP 3/3: RUN x\n[2/2] STEP 1/4: FROM scratch\n[2/2] STEP 4/4: COPY   nothere   /x',
      9,
    ],
    [
      'an identical instruction in the second stage',
      '[1/2] STEP 1/3: FROM scratch AS build\n[2/2] STEP 2/4: COPY rootfs/ /',
      6,
    ],
    ['the same instruction in the first stage', '[1/2] STEP 2/3: COPY rootfs/ /', 2],
    ['an exec-form RUN', '[1/2] STEP 3/3: RUN ["/bin/busybox", "sh", "-c", "exit 3"]', 3],
    ['a continued RUN printed joined', '[2/2] STEP 3/4: RUN /bin/busybox sh -c     "exit 4"', 7],
  ])('%s', (_name, log, line) => {
    expect(locateFailedStep(dockerfile, log)?.line).toBe(line);
  });

  it('a single-stage build prints no stage', () => {
    const single = 'FROM scratch\nCOPY a /a\n\n# note\nCOPY b /b\n';
    expect(
      locateFailedStep(single, 'STEP 1/3: FROM scratch\nSTEP 2/3: COPY a /a\nSTEP 3/3: COPY b /b'),
    ).toEqual({
      line: 5,
      instruction: 'COPY b /b',
    });
  });

  it('undefined when the log has no step or the step is not in the file', () => {
    expect(locateFailedStep(dockerfile, 'Error: no such file')).toBeUndefined();
    expect(locateFailedStep(dockerfile, 'STEP 1/1: ADD other /')).toBeUndefined();
  });
});

describe('overlayRefused', () => {
  it.each([
    [
      'kernel does not support overlay fs: overlay: the backing xfs filesystem is formatted without d_type support',
      true,
    ],
    ['Error: mount /var/lib/containers/storage/overlay: invalid argument (overlay)', true],
    ["'overlay' is not supported over overlayfs, a mount_program is required", true],
    ['Error: building at STEP "COPY nothere /x": no such file or directory', false],
  ])('%s → %s', (stderr, refused) => {
    expect(overlayRefused(stderr)).toBe(refused);
  });
});

describe('a builder that is not installed', () => {
  it('names every candidate tried, the Dockerfile, and how to install one or do without', async () => {
    const error = await findBuilder(spec, ['tsg-no-such-buildah', 'tsg-no-such-podman']).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TinySizeError);
    const { message, fix, place } = error as TinySizeError;
    expect(message).toBe(
      'neither tsg-no-such-buildah nor tsg-no-such-podman is installed, so the image cannot be built with `builder: buildah`',
    );
    expect(place.file).toBe(spec.dockerfile);
    expect(fix).toContain('apt-get install buildah');
    expect(fix).toContain('builder: docker');
  });

  it('buildImage dispatches builder: buildah to buildah (and fails before building when it is missing)', async () => {
    const error = await buildImage(spec, {
      workDir: '/nonexistent',
      tag: 't',
      buildah: '/nonexistent/podman',
    }).catch((e: unknown) => e);
    expect((error as TinySizeError).message).toMatch(/^\/nonexistent\/podman is not installed/);
  });

  it('finds the first candidate that answers', async () => {
    expect(await findBuilder(spec, ['tsg-no-such-buildah', 'true'])).toBe('true');
  });
});
