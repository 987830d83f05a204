/**
 * The examples as a user meets them: each image built from its own Dockerfile on the real engine
 * (classic builder, and BuildKit for the server), with the local builder base image that
 * scripts/make-builder-image.sh makes from Debian's packages. Then `docker run` the hello image,
 * and run the assembly HTTP server with --network host and talk to it with node's http and net
 * modules: correct answers, malformed, huge, partial, slow, silent and resetting clients, 2,000
 * sequential and 50 concurrent requests, and a `docker stop` that takes under a second.
 * Truth: the files in the Dockerfiles' contexts, nasm run here on the same sources, the layer tars
 * of `docker save`, and Docker's own `image inspect` and container state.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  danglingImages,
  docker,
  dockerEngine,
  removeImages,
  removeNewDanglingImages,
  repoRoot,
  requireTool,
  tempDir,
} from './real.js';

const examples = join(repoRoot, 'examples');
const helloImage = 'examples-hello:itg';
const httpImage = 'examples-http:itg';
const httpImageBuildKit = 'examples-http:itg-buildkit';
// The tagged images and the build stages they left untagged go when the file is done.
const danglingBefore = danglingImages();
afterAll(() => {
  removeImages([helloImage, httpImage, httpImageBuildKit]);
  removeNewDanglingImages(danglingBefore);
});
const serverName = 'examples-http-itg';

/** Runs Debian's docker client with extra environment (BuildKit) and returns its output. */
function dockerWith(env: Record<string, string>, args: string[]): string {
  return execFileSync('/usr/bin/docker', args, {
    env: { ...process.env, ...dockerEngine(), ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The bytes of one tar stream's regular files, by path without a leading "./" or "/". */
async function tarFiles(bytes: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
      stream.on('end', () => {
        if (header.type === 'file') files.set(header.name.replace(/^(\.\/|\/)+/, ''), Buffer.concat(chunks));
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([bytes]).pipe(extract as unknown as NodeJS.WritableStream);
  await done;
  return files;
}

/** The regular files of every layer of an image, read from `docker save`. */
async function imageFiles(image: string): Promise<{ layers: number; files: Map<string, Buffer> }> {
  const archive = execFileSync('/usr/bin/docker', ['save', image], {
    env: { ...process.env, ...dockerEngine() },
    maxBuffer: 256 * 1024 * 1024,
  });
  const outer = await tarFiles(archive);
  const manifest = JSON.parse(String(outer.get('manifest.json'))) as { Layers: string[] }[];
  const layerPaths = manifest[0]?.Layers ?? [];
  const files = new Map<string, Buffer>();
  for (const path of layerPaths) {
    const layer = outer.get(path);
    if (!layer) throw new Error(`docker save of ${image} lacks the layer ${path}`);
    for (const [name, content] of await tarFiles(layer)) files.set(name, content);
  }
  return { layers: layerPaths.length, files };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Assembles an example's source here, with the nasm of this machine. */
function assemble(source: string): Buffer {
  const dir = tempDir('examples-nasm-');
  try {
    execFileSync('nasm', ['-f', 'bin', '-o', join(dir, 'out'), source]);
    return readFileSync(join(dir, 'out'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A port no one listens on now: the kernel picks it. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port from listen(0)');
  return address.port;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with node's HTTP client on a fresh connection. */
function request(port: number, method: string, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent: false, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 10 s`)));
    req.on('error', reject);
    req.end();
  });
}

interface RawOptions {
  /** Pause between chunks, in ms. */
  gap?: number;
  /** Half-close after the last chunk (the client says it has no more to send). */
  end?: boolean;
}

/** Sends raw bytes over TCP and collects everything until the server closes. */
function exchange(port: number, chunks: (string | Buffer)[], options: RawOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error('no close from the server in 15 s')));
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(received)));
    socket.on('error', reject);
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        socket.write(chunk);
        if (options.gap) await new Promise((r) => setTimeout(r, options.gap));
      }
      if (options.end) socket.end();
    });
  });
}

/** Splits a raw HTTP response into status, header lines (lower-cased names) and body. */
function parseRaw(bytes: Buffer): { status: number; headers: Map<string, string>; body: Buffer } {
  const split = bytes.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no end of head in ${JSON.stringify(bytes.toString('latin1'))}`);
  const [statusLine = '', ...lines] = bytes.subarray(0, split).toString('latin1').split('\r\n');
  const match = /^HTTP\/1\.[01] (\d{3}) /.exec(statusLine);
  if (!match) throw new Error(`not a status line: ${JSON.stringify(statusLine)}`);
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: Number(match[1]), headers, body: bytes.subarray(split + 4) };
}

async function waitUntilListening(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the server did not listen on ${port} within 10 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let builder: string;

beforeAll(() => {
  requireTool('nasm');
  requireTool('mmdebstrap');
  const env = { ...process.env, ...dockerEngine() };
  const printed = execFileSync('bash', [join(repoRoot, 'scripts/make-builder-image.sh')], {
    env,
    encoding: 'utf8',
  });
  builder = printed.trim().split('\n').pop() ?? '';
  expect(docker(['image', 'inspect', '-f', '{{.Id}}', builder]).trim()).toMatch(/^sha256:/);
  const buildArg = ['--build-arg', `BUILDER_IMAGE=${builder}`];
  docker(['build', '-q', ...buildArg, '-t', helloImage, join(examples, 'hello')]);
  docker(['build', '-q', ...buildArg, '-t', httpImage, join(examples, 'http')]);
  // BuildKit runs RUN steps in a network namespace of its own; this engine has no bridge.
  dockerWith({ DOCKER_BUILDKIT: '1' }, [
    'build',
    '-q',
    '--network',
    'none',
    ...buildArg,
    '-t',
    httpImageBuildKit,
    join(examples, 'http'),
  ]);
});

describe('make-builder-image.sh', () => {
  it('is idempotent and names an image that has nasm', () => {
    const env = { ...process.env, ...dockerEngine() };
    const again = execFileSync('bash', [join(repoRoot, 'scripts/make-builder-image.sh')], {
      env,
      encoding: 'utf8',
    });
    expect(again.trim()).toBe(builder);
    expect(docker(['run', '--rm', '--network', 'none', builder, 'nasm', '-v'])).toMatch(/^NASM version/);
  });
});

describe('examples/hello', () => {
  const source = join(examples, 'hello/hello.asm');

  it('is one layer holding one file of at most 62 bytes: the ELF nasm makes from hello.asm', async () => {
    const { layers, files } = await imageFiles(helloImage);
    expect(layers).toBe(1);
    expect([...files.keys()]).toEqual(['hello']);
    const binary = files.get('hello') as Buffer;
    expect(binary.equals(assemble(source))).toBe(true);
    expect(binary.length).toBeLessThanOrEqual(62);
    expect(Number(docker(['image', 'inspect', '-f', '{{.Size}}', helloImage]).trim())).toBe(binary.length);
  });

  it('prints its greeting and exits 0 under docker run', () => {
    const greeting = /^msg:\s+db "([^"]*)", 10/m.exec(readFileSync(source, 'utf8'))?.[1];
    expect(greeting).toBeTruthy();
    const run = spawnSync('/usr/bin/docker', ['run', '--rm', '--network', 'none', helloImage], {
      env: { ...process.env, ...dockerEngine() },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${greeting}\n`);
    expect(run.status).toBe(0);
  });
});

describe('examples/http image', () => {
  it('holds exactly the server nasm makes from http.asm and the index.html of the context', async () => {
    const { layers, files } = await imageFiles(httpImage);
    expect(layers).toBe(1);
    expect([...files.keys()].sort()).toEqual(['http', 'index.html']);
    const page = readFileSync(join(examples, 'http/index.html'));
    expect(files.get('index.html')?.equals(page)).toBe(true);
    expect(files.get('http')?.equals(assemble(join(examples, 'http/http.asm')))).toBe(true);
    const total = [...files.values()].reduce((sum, file) => sum + file.length, 0);
    expect(total).toBeLessThan(6000);
    expect(Number(docker(['image', 'inspect', '-f', '{{.Size}}', httpImage]).trim())).toBe(total);
  });

  it('builds to the same files with BuildKit', async () => {
    const classic = (await imageFiles(httpImage)).files;
    const buildKit = (await imageFiles(httpImageBuildKit)).files;
    const digests = (files: Map<string, Buffer>) =>
      Object.fromEntries([...files].map(([name, content]) => [name, sha256(content)]));
    expect(digests(buildKit)).toEqual(digests(classic));
  });

  it('declares the port it listens on by default, and runs in exec form', () => {
    const config = JSON.parse(docker(['image', 'inspect', '-f', '{{json .Config}}', httpImage])) as {
      ExposedPorts?: Record<string, unknown>;
      Entrypoint?: string[];
      Cmd?: string[];
    };
    const defaultPort = /^default_port\s+equ\s+(\d+)/m.exec(
      readFileSync(join(examples, 'http/http.asm'), 'utf8'),
    )?.[1];
    expect(Object.keys(config.ExposedPorts ?? {})).toEqual([`${defaultPort}/tcp`]);
    expect(config.Entrypoint).toEqual(['/http']);
    expect(config.Cmd).toEqual([defaultPort]);
  });
});

describe('examples/http server in a container', () => {
  const page = readFileSync(join(examples, 'http/index.html'));
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    spawnSync('/usr/bin/docker', ['rm', '-f', serverName], { env: { ...process.env, ...dockerEngine() } });
    docker(['run', '-d', '--name', serverName, '--network', 'host', httpImage, String(port)]);
    await waitUntilListening(port);
  });

  afterAll(() => {
    spawnSync('/usr/bin/docker', ['rm', '-f', serverName], { env: { ...process.env, ...dockerEngine() } });
  });

  async function expectServing(): Promise<void> {
    const reply = await request(port, 'GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.body.equals(page)).toBe(true);
  }

  it.each([
    '/',
    '/index.html',
  ])('GET %s: 200, text/html, the right length, the page byte for byte', async (path) => {
    const reply = await request(port, 'GET', path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html');
    expect(reply.headers['content-length']).toBe(String(page.length));
    expect(reply.body.equals(page)).toBe(true);
  });

  it('HEAD: the same head and no body at all', async () => {
    const raw = parseRaw(await exchange(port, ['HEAD / HTTP/1.1\r\nHost: x\r\n\r\n']));
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toBe('text/html');
    expect(raw.headers.get('content-length')).toBe(String(page.length));
    expect(raw.body.length).toBe(0);
    const reply = await request(port, 'HEAD', '/index.html');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(page.length));
  });

  it.each([
    '/nope',
    '/index.html.bak',
    '/index.htm',
    '/?q=1',
    '//',
    '/INDEX.HTML',
  ])('GET %s: 404 with an empty body', async (path) => {
    const reply = await request(port, 'GET', path);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-length']).toBe('0');
    expect(reply.body.length).toBe(0);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s /: 405 with Allow: GET, HEAD', async (method) => {
    const reply = await request(port, method, '/');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
    expect(reply.body.length).toBe(0);
  });

  it.each([
    ['no version', 'GET /\r\n\r\n', [404]],
    ['a version that is not HTTP/1.x', 'GET / HTTP/2.0\r\n\r\n', [400]],
    ['a bad version token', 'GET / FOO\r\n\r\n', [400]],
    ['binary junk', Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10]), [400, 405]],
    ['a lone line feed', '\n', [400, 405]],
    ['lowercase get', 'get / HTTP/1.1\r\n\r\n', [405]],
  ] as [
    string,
    string | Buffer,
    number[],
  ][])('a malformed request (%s) gets an error, then the server serves', async (_, bytes, statuses) => {
    const raw = parseRaw(await exchange(port, [bytes]));
    expect(statuses).toContain(raw.status);
    await expectServing();
  });

  it('a 64 KiB request line: 400, and a 64 KiB header after a good line: 200, both read in full', async () => {
    const hugeLine = await exchange(port, [`GET /${'a'.repeat(64 * 1024)} HTTP/1.1\r\n\r\n`]);
    expect(parseRaw(hugeLine).status).toBe(400);
    const hugeHeader = parseRaw(
      await exchange(port, [`GET / HTTP/1.1\r\nX-Big: ${'b'.repeat(64 * 1024)}\r\n\r\n`]),
    );
    expect(hugeHeader.status).toBe(200);
    expect(hugeHeader.body.equals(page)).toBe(true);
    await expectServing();
  });

  it('a partial request line then the end of input: 400', async () => {
    const raw = parseRaw(await exchange(port, ['GET / HT'], { end: true }));
    expect(raw.status).toBe(400);
    await expectServing();
  });

  it('a slow client that sends its request in pieces is served', async () => {
    const pieces = 'GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n'.match(/.{1,3}/gs) ?? [];
    const raw = parseRaw(await exchange(port, pieces, { gap: 20 }));
    expect(raw.status).toBe(200);
    expect(raw.body.equals(page)).toBe(true);
  });

  it('a client that connects, sends nothing and goes away leaves the server serving', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', resolve);
      socket.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 200));
    socket.destroy();
    await expectServing();
  });

  it('a client that stays silent is cut off by the receive timeout, and the next one is served', async () => {
    const started = Date.now();
    const silent = exchange(port, []);
    await new Promise((r) => setTimeout(r, 100));
    await expectServing();
    const raw = parseRaw(await silent);
    expect(raw.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('clients that reset the connection, before or after sending, leave the server serving', async () => {
    for (const send of ['', 'GET / HTTP/1.1\r\n\r\n', 'GET / HT']) {
      const socket = net.connect(port, '127.0.0.1');
      await new Promise<void>((resolve, reject) => {
        socket.on('connect', resolve);
        socket.on('error', reject);
      });
      if (send) socket.write(send);
      await new Promise((r) => setTimeout(r, 20));
      socket.resetAndDestroy();
      await expectServing();
    }
  });

  it('answers 2,000 sequential requests', async () => {
    let ok = 0;
    for (let i = 0; i < 2000; i++) {
      const reply = await request(port, 'GET', i % 2 ? '/' : '/index.html');
      if (reply.status === 200 && reply.body.equals(page)) ok++;
    }
    expect(ok).toBe(2000);
  });

  it('answers 50 concurrent requests', async () => {
    const replies = await Promise.all(Array.from({ length: 50 }, () => request(port, 'GET', '/')));
    expect(replies.filter((reply) => reply.status === 200 && reply.body.equals(page))).toHaveLength(50);
  });

  it('serves the page as it is on disk now: a changed file changes the Content-Length and body', async () => {
    const dir = tempDir('examples-page-');
    const changed = Buffer.from(
      '<!doctype html><title>Changed</title><p>This page changed while the server ran.\n',
    );
    writeFileSync(join(dir, 'index.html'), changed);
    docker(['cp', join(dir, 'index.html'), `${serverName}:/index.html`]);
    rmSync(dir, { recursive: true, force: true });
    const reply = await request(port, 'GET', '/');
    expect(reply.headers['content-length']).toBe(String(changed.length));
    expect(reply.body.equals(changed)).toBe(true);
  });

  it('stops on docker stop in under a second, with exit status 0', () => {
    const started = performance.now();
    docker(['stop', serverName]);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    const state = JSON.parse(docker(['inspect', '-f', '{{json .State}}', serverName])) as {
      Running: boolean;
      ExitCode: number;
    };
    expect(state.Running).toBe(false);
    expect(state.ExitCode).toBe(0);
  });
});
