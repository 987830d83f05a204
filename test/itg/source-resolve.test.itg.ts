/**
 * Picking an image (issue 10, items 7 and 8), with the real engine, skopeo and registry:
 * `oci:DIR:REF`, `oci-archive:FILE:REF`, `docker-archive:FILE:REF` pick one image of several and
 * list the references when none is named; a bare name with a registry host is read from the local
 * engine when it has it, else from its registry, and the view says which.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureImage } from '../../src/measure/index.js';
import { openImage, parseSourceRef } from '../../src/source/index.js';
import { failure } from '../support/failure.js';
import { skopeo, writeScratchContext } from '../support/registry-images.js';
import { docker, dockerEngine, requireTool, tempDir } from './real.js';

const work = tempDir('tsg-resolve-itg-');
const tagA = `tsg-resolve-a:${process.pid}`;
const tagB = `tsg-resolve-b:${process.pid}`;
let registry: string;
let inEngine: string;
let onlyInRegistry: string;
let engine: { DOCKER_HOST: string };
const diffIds: Record<string, string[]> = {};

const layerDiffIds = (tag: string) =>
  JSON.parse(docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', tag])) as string[];

beforeAll(() => {
  requireTool('skopeo');
  engine = dockerEngine();
  registry = dockerEngine().TSG_REGISTRY;
  inEngine = `${registry}/tsg-resolve/engine:${process.pid}`;
  onlyInRegistry = `${registry}/tsg-resolve/registry:${process.pid}`;
  for (const [tag, text] of [
    [tagA, 'image a\n'],
    [tagB, 'image b, a little longer\n'],
  ] as const) {
    const context = join(work, tag.replace(/[:/]/g, '-'));
    writeScratchContext(context, [{ 'index.html': text }]);
    docker(['build', '--quiet', '--tag', tag, context]);
    diffIds[tag] = layerDiffIds(tag);
  }
  const daemon = ['--src-daemon-host', engine.DOCKER_HOST];
  // Two images in one layout, as skopeo writes them: oci:DIR:REF per image.
  for (const [tag, ref] of [
    [tagA, 'one'],
    [tagB, 'two'],
  ] as const) {
    skopeo(['copy', '-q', ...daemon, `docker-daemon:${tag}`, `oci:${join(work, 'layout')}:${ref}`]);
  }
  execFileSync('tar', ['-C', join(work, 'layout'), '-cf', join(work, 'layout.tar'), '.']);
  docker(['save', '-o', join(work, 'both.tar'), tagA, tagB]);
  // One name the engine has (tagged with a registry host, never pushed), one only the registry has.
  docker(['tag', tagA, inEngine]);
  skopeo([
    'copy',
    '-q',
    ...daemon,
    '--dest-tls-verify=false',
    `docker-daemon:${tagB}`,
    `docker://${onlyInRegistry}`,
  ]);
}, 120_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  docker(['rmi', tagA, tagB, inEngine]);
  const digest = skopeo([
    'inspect',
    '--tls-verify=false',
    '--format',
    '{{.Digest}}',
    `docker://${onlyInRegistry}`,
  ]);
  const [, path] = /^[^/]+\/(.+):[^:]+$/.exec(onlyInRegistry) ?? [];
  const deleted = await fetch(`http://${registry}/v2/${path}/manifests/${digest.trim()}`, {
    method: 'DELETE',
  });
  expect(deleted.status).toBe(202);
});

describe('a layout or archive of several images (issue 10, item 7)', () => {
  it.each([
    ['oci', () => join(work, 'layout'), ['one', 'two']],
    ['oci-archive', () => join(work, 'layout.tar'), ['one', 'two']],
    ['docker-archive', () => join(work, 'both.tar'), [tagA, tagB]],
  ] as const)('%s:FILE:REF picks one; without REF the references are listed', async (kind, path, refs) => {
    const [first, second] = refs;
    const picked = await openImage(parseSourceRef(`${kind}:${path()}:${second}`));
    expect(picked.source).toBe(`${kind}:${path()}:${second}`);
    expect(picked.platforms.map((p) => p.layers.map((l) => l.diffId))).toEqual([diffIds[tagB]]);
    const other = await openImage(parseSourceRef(`${kind}:${path()}:${first}`));
    expect(other.platforms.map((p) => p.layers.map((l) => l.diffId))).toEqual([diffIds[tagA]]);

    // docker save lists images in no fixed order: either order names both.
    const both = (text = '') => [`${first}, ${second}`, `${second}, ${first}`].some((p) => text.includes(p));
    const unnamed = await failure(openImage(parseSourceRef(`${kind}:${path()}`)));
    expect(unnamed.message).toMatch(/holds 2 images \(/);
    expect(both(unnamed.message)).toBe(true);
    expect(both(unnamed.fix?.replaceAll(`${kind}:${path()}:`, ''))).toBe(true);

    const wrong = await failure(openImage(parseSourceRef(`${kind}:${path()}:nope`)));
    expect(wrong.message).toMatch(/holds no image (named|tagged) nope; it holds: /);
    expect(both(wrong.message)).toBe(true);
  });
});

describe('a bare name (issue 10, item 8)', () => {
  it('with a registry host the engine has: read from the engine', async () => {
    const view = await openImage(parseSourceRef(inEngine));
    expect(view.source).toBe(`docker:${inEngine}`);
    expect(view.platforms[0]?.layers.map((l) => l.diffId)).toEqual(diffIds[tagA]);
  });

  it('with a registry host the engine lacks: read from that registry', async () => {
    const view = await openImage(parseSourceRef(onlyInRegistry));
    expect(view.source).toBe(`registry:${onlyInRegistry}`);
    expect(view.platforms[0]?.layers.map((l) => l.diffId)).toEqual(diffIds[tagB]);
    // The measurement (and so every report) records where the image was found.
    expect((await measureImage(view)).source).toBe(`registry:${onlyInRegistry}`);
  });

  it('with a registry host and no engine running: read from that registry', async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = `unix://${join(work, 'no-engine.sock')}`;
    try {
      const view = await openImage(parseSourceRef(onlyInRegistry));
      expect(view.source).toBe(`registry:${onlyInRegistry}`);
    } finally {
      process.env.DOCKER_HOST = saved;
    }
  });

  it('in neither place: the message names both', async () => {
    const missing = `${registry}/tsg-resolve/nothing:${process.pid}`;
    const error = await failure(openImage(parseSourceRef(missing)));
    expect(error.message).toMatch(
      new RegExp(
        `^${missing.replace(/[.]/g, '\\.')} is not in the local engine \\(the image .* is not in the Docker engine`,
      ),
    );
    expect(error.message).toMatch(/HTTP 404/);
    expect(error.fix).toContain(`write docker:${missing} or registry:${missing}`);
  });

  it('without a registry host: the engine only, as before', async () => {
    const error = await failure(openImage(parseSourceRef(`tsg-resolve-nothing:${process.pid}`)));
    expect(error.message).toMatch(/is not in the Docker engine/);
  });
});
