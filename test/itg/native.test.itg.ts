/**
 * The native builder judged by the real engine: examples/hello and examples/http built natively
 * (examples/native.yml: nasm on this machine through `prebuild:`), copied into Docker with skopeo,
 * run there (hello prints its line; the server serves index.html byte for byte), and measured
 * beside the classic builder's image of the same Dockerfile: `files`, `tar`, `layers` and the file
 * list are the same. Two builds in fresh copies seconds apart have one digest; another
 * SOURCE_DATE_EPOCH or one byte more in index.html changes it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImageSource, loadBudgetFile } from '../../src/budget/index.js';
import { buildNative } from '../../src/builders/index.js';
import { measureImage } from '../../src/measure/index.js';
import { openImage } from '../../src/source/index.js';
import {
  danglingImages,
  docker,
  dockerEngine,
  removeNewDanglingImages,
  removeScratchDirs,
  repoRoot,
  requireTool,
  scratchDir,
} from './real.js';

const examples = join(repoRoot, 'examples');
const tags = { hello: 'tsg-native-hello:itg', http: 'tsg-native-http:itg' };
const classicTags = { hello: 'tsg-native-classic-hello:itg', http: 'tsg-native-classic-http:itg' };
const serverName = 'tsg-native-http-itg';
type Name = keyof typeof tags;
type BuildSource = Extract<ImageSource, { kind: 'build' }>;

const specs = {} as Record<Name, BuildSource>;
const layouts = {} as Record<Name, string>;

function dockerQuiet(args: string[]): void {
  spawnSync('/usr/bin/docker', args, { env: { ...process.env, ...dockerEngine() } });
}

async function nativeBuild(
  spec: BuildSource,
  epoch?: number,
): Promise<{ layout: string; manifestDigest: string }> {
  const work = scratchDir('tsg-native-itg-');
  return buildNative(spec, {
    workDir: work,
    output: join(work, 'layout'),
    ...(epoch !== undefined ? { epoch } : {}),
  });
}

// The classic builds leave their build stages untagged: removed with the rest at the end.
let danglingBefore = new Set<string>();

beforeAll(async () => {
  requireTool('nasm');
  danglingBefore = danglingImages();
  requireTool('skopeo');
  const { DOCKER_HOST } = dockerEngine();
  const budget = await loadBudgetFile(join(examples, 'native.yml'));
  for (const name of ['hello', 'http'] as const) {
    const source = budget.images.find((image) => image.name === name)?.source;
    if (source?.kind !== 'build') throw new Error(`examples/native.yml has no build for ${name}`);
    specs[name] = source;
    layouts[name] = (await nativeBuild(source)).layout;
    const copy = spawnSync(
      'skopeo',
      ['copy', '--dest-daemon-host', DOCKER_HOST, `oci:${layouts[name]}`, `docker-daemon:${tags[name]}`],
      { encoding: 'utf8' },
    );
    if (copy.status !== 0) throw new Error(`skopeo copy failed: ${copy.stderr}`);
    const builder = process.env.TSG_BUILDER_IMAGE ?? 'tiny-size-gate/builder:bookworm';
    docker([
      'build',
      '-q',
      '--build-arg',
      `BUILDER_IMAGE=${builder}`,
      '-t',
      classicTags[name],
      join(examples, name),
    ]);
  }
}, 300_000);

afterAll(() => {
  dockerQuiet(['rm', '-f', serverName]);
  dockerQuiet(['rmi', '-f', ...Object.values(tags), ...Object.values(classicTags)]);
  removeNewDanglingImages(danglingBefore);
  removeScratchDirs();
});

async function sizesOf(name: Name, which: 'native' | 'classic') {
  const work = scratchDir('tsg-native-measure-');
  let view: Awaited<ReturnType<typeof openImage>>;
  if (which === 'native') view = await openImage({ kind: 'oci', path: layouts[name] });
  else {
    const archive = join(work, 'image.tar');
    docker(['save', '-o', archive, classicTags[name]]);
    view = await openImage({ kind: 'docker-archive', path: archive }, { workDir: work });
  }
  const [platform] = (await measureImage(view)).platforms;
  if (!platform) throw new Error(`no platform in ${name}`);
  return platform;
}

describe.each(['hello', 'http'] as const)('examples/%s built natively', (name) => {
  it("has the classic builder's files, tar and layers, and the same file list", async () => {
    const native = await sizesOf(name, 'native');
    const classic = await sizesOf(name, 'classic');
    expect(native.sizes.files).toEqual(classic.sizes.files);
    expect(native.sizes.tar.bytes).toBe(classic.sizes.tar.bytes);
    expect(native.sizes.layers).toBe(classic.sizes.layers);
    const list = (p: typeof native) => p.entries.map((e) => [e.path, e.type, e.size]);
    expect(list(native)).toEqual(list(classic));
  });

  it('has the config the Dockerfile says', () => {
    const inspect = (tag: string) => JSON.parse(docker(['image', 'inspect', '-f', '{{json .Config}}', tag]));
    const pick = (c: Record<string, unknown>) => ({
      Entrypoint: c.Entrypoint,
      Cmd: c.Cmd,
      ExposedPorts: c.ExposedPorts,
      Env: c.Env,
    });
    expect(pick(inspect(tags[name]))).toEqual(pick(inspect(classicTags[name])));
  });

  it('builds to the same digest in a fresh copy seconds later; another epoch changes it', async () => {
    const first = await nativeBuild(specs[name]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const copy = join(scratchDir('tsg-native-copy-'), name);
    cpSync(specs[name].context, copy, { recursive: true });
    const second = await nativeBuild({ ...specs[name], context: copy, dockerfile: join(copy, 'Dockerfile') });
    expect(second.manifestDigest).toBe(first.manifestDigest);
    expect((await nativeBuild(specs[name], 1_700_000_000)).manifestDigest).not.toBe(first.manifestDigest);
  });
});

describe('the native images run in the engine', () => {
  it('hello prints its line', () => {
    const greeting = /^msg:\s+db "([^"]*)", 10/m.exec(
      readFileSync(join(examples, 'hello/hello.asm'), 'utf8'),
    )?.[1];
    const run = spawnSync('/usr/bin/docker', ['run', '--rm', '--network', 'none', tags.hello], {
      env: { ...process.env, ...dockerEngine() },
      encoding: 'utf8',
    });
    expect(run.stdout).toBe(`${greeting}\n`);
    expect(run.status).toBe(0);
  });

  it('the server serves index.html byte for byte', async () => {
    const port = await freePort();
    docker(['run', '-d', '--name', serverName, '--network', 'host', tags.http, String(port)]);
    const body = await getWithRetry(port);
    expect(body.equals(readFileSync(join(examples, 'http/index.html')))).toBe(true);
  });

  it('one byte changed in index.html changes the digest', async () => {
    const copy = join(scratchDir('tsg-native-byte-'), 'http');
    cpSync(specs.http.context, copy, { recursive: true });
    const page = readFileSync(join(copy, 'index.html'));
    page[0] = page[0] === 0x20 ? 0x21 : 0x20;
    writeFileSync(join(copy, 'index.html'), page);
    const changed = await nativeBuild({ ...specs.http, context: copy, dockerfile: join(copy, 'Dockerfile') });
    const original = await nativeBuild(specs.http);
    expect(changed.manifestDigest).not.toBe(original.manifestDigest);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function getWithRetry(port: number): Promise<Buffer> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await new Promise<Buffer>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/', agent: false, timeout: 5000 }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (c: Buffer) => chunks.push(c));
            response.on('end', () => resolve(Buffer.concat(chunks)));
          })
          .on('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
