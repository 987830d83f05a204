/**
 * Two builds of one context on one engine (two jobs of a self-hosted runner): the second reuses
 * the first's cache, so both end with the same image. The first removing its image once saved must
 * not pull it from under the second's `docker save`. Forced interleaving, with a docker client
 * wrapper per build: A builds, B builds from A's cache, A cleans up, then B saves.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BuildSpec, buildImage } from '../../src/builders/index.js';
import { docker, dockerEngine, removeScratchDirs, scratchDir } from './real.js';

afterAll(() => {
  removeScratchDirs();
  const left = docker(['images', '-q', '--filter', `label=tsg-test=${nonce}`])
    .split('\n')
    .filter(Boolean);
  if (left.length) docker(['rmi', '--no-prune', ...left]);
});

const nonce = randomBytes(6).toString('hex');
let work: string;

/**
 * A docker client that, before a subcommand named in `waits`, waits for its file to exist, and
 * after the one named in `marks`, creates its file.
 */
function wrapper(name: string, waits: Record<string, string>, marks: Record<string, string> = {}): string {
  const path = join(work, `docker-${name}`);
  const waitLines = Object.entries(waits).map(
    ([command, file]) =>
      `if [ "$1" = "${command}" ]; then for i in $(seq 300); do [ -e "${file}" ] && break; sleep 0.1; done; fi`,
  );
  const markLines = Object.entries(marks).map(
    ([command, file]) => `if [ "$1" = "${command}" ]; then touch "${file}"; fi`,
  );
  writeFileSync(
    path,
    ['#!/bin/sh', ...waitLines, 'docker "$@"; status=$?', ...markLines, 'exit $status', ''].join('\n'),
  );
  chmodSync(path, 0o755);
  return path;
}

beforeAll(() => {
  dockerEngine();
  work = scratchDir('tsg-shared-engine-');
  mkdirSync(join(work, 'ctx'));
  writeFileSync(join(work, 'ctx/a'), `${nonce}\n`);
  writeFileSync(join(work, 'ctx/Dockerfile'), `FROM scratch\nLABEL tsg-test=${nonce}\nCOPY a /a\n`);
});

it('the second build of the same image saves it although the first removed its own', async () => {
  Object.assign(process.env, dockerEngine());
  const aBuilt = join(work, 'a-built');
  const bBuilt = join(work, 'b-built');
  const aCleaned = join(work, 'a-cleaned');
  const spec: BuildSpec = {
    kind: 'build',
    context: join(work, 'ctx'),
    dockerfile: join(work, 'ctx/Dockerfile'),
    buildArgs: {},
    builder: 'docker',
  };
  mkdirSync(join(work, 'a'));
  mkdirSync(join(work, 'b'));
  const a = buildImage(spec, {
    workDir: join(work, 'a'),
    tag: 'unused',
    // A removes what it made only once B has built from its cache.
    docker: wrapper('a', { rmi: bBuilt }, { build: aBuilt }),
  }).then(async (outcome) => {
    writeFileSync(aCleaned, '');
    return outcome;
  });
  const b = buildImage(spec, {
    workDir: join(work, 'b'),
    tag: 'unused',
    // B builds after A built (so from A's cache: the same image), and saves after A cleaned up.
    docker: wrapper('b', { build: aBuilt, save: aCleaned }, { build: bBuilt }),
  });
  const [outcomeA, outcomeB] = await Promise.all([a, b]);
  expect(outcomeA.source).toEqual({ kind: 'docker-archive', path: join(work, 'a/image.docker.tar') });
  expect(outcomeB.source).toEqual({ kind: 'docker-archive', path: join(work, 'b/image.docker.tar') });
  const idA = readFileSync(join(work, 'a/image.iid'), 'utf8');
  const idB = readFileSync(join(work, 'b/image.iid'), 'utf8');
  expect(idB).toBe(idA);
  expect(existsSync(aCleaned)).toBe(true);
  // The image went with the last tag; no tiny-size-gate-build tag is left. (A's intermediate image,
  // which B's image was built on, stays as untagged cache: A could not remove it, B did not make it.)
  expect(docker(['images', '-q', '--no-trunc', '--filter', `label=tsg-test=${nonce}`])).not.toContain(idA);
  expect(docker(['images', '--format', '{{.Repository}}:{{.Tag}}'])).not.toContain('tiny-size-gate-build');
});
