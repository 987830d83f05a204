#!/usr/bin/env node
/**
 * The benchmark (never a test): each figure beside its floor, measured in the same run, and the
 * ratio. It times the committed bundle (dist/: run `npm run bundle` first after a change).
 *
 *   npm run bench [-- --only gzip,archive,zstd,startup,memory,manifest,check] [--scale 0.25] [--runs 3] [--keep DIR]
 *
 *   gzip      `measure oci:DIR` of a ~420 MB image (the builder image's Debian rootfs + 30,000 text
 *             files, 2 gzip layers) pinned to one core and on all cores, beside Node's zlib
 *             inflating the same layers on one core with 1 MiB reads and 1 MiB output chunks
 *             (3-5% faster than 256 KiB chunks here: the floor is the best Node's zlib can do)
 *   archive   `measure docker-archive:FILE` of an ~820 MB uncompressed archive beside one sha256
 *             pass over the file; and with --estimate-compressed
 *   zstd      the same image with zstd layers, through each decoder (native under Node 24, the
 *             zstd CLI, fzstd), beside `zstd -dc`
 *   startup   CLI `--version` and the action's cold start to its first error, beside `node -e 0`
 *   memory    peak RSS of `measure` for 100 MB and 1 GB images (100,000 small files, a few big
 *             ones), gzip and zstd (--memory-mb 100,1000,3000 for the 3 GB one)
 *   manifest  bytes transferred by `measure --manifest-only` of a 1 GB image in the local registry
 *   check     a pull request's whole `check` of the examples (hello, http) in the Docker engine
 *             (DOCKER_HOST), the baseline read from the merge-base's saved report (the cached path)
 *             beside the merge-base rebuilt in a git worktree; each with the image builds it did,
 *             counted from its --verbose log and from the engine's `image save` events
 *
 * Images are made at run time in a temporary directory and deleted at the end (--keep DIR keeps
 * and reuses them). --scale shrinks every image for a quick run. The machine may be shared:
 * --runs N repeats each timing and prints the range.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { createGzip } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist/cli/index.js');
const action = join(repo, 'dist/index.js');
const { values: flags } = parseArgs({
  options: {
    only: { type: 'string', default: 'gzip,archive,zstd,startup,memory,manifest,check' },
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'string' },
    'memory-mb': { type: 'string', default: '100,1000' },
  },
});
const only = new Set(flags.only.split(','));
const scale = Number(flags.scale);
const runs = Number(flags.runs);
const work = flags.keep ?? mkdtempSync(join(tmpdir(), 'tsg-bench-'));
mkdirSync(work, { recursive: true });
const builderImage = process.env.TSG_BUILDER_IMAGE ?? 'tiny-size-gate/builder:bookworm';
const registry = process.env.TSG_REGISTRY ?? '127.0.0.1:5555';
const results = [];

// ---------------------------------------------------------------- timing

/**
 * Runs a command `runs` times under /usr/bin/time: wall seconds (min, max), CPU seconds (user +
 * system, min) and peak RSS (MB). On a shared machine the CPU figure is the steadier one.
 */
function timed(command, args, { pin = false, env = {}, times = runs, cwd = repo, allow = [0] } = {}) {
  const seconds = [];
  let rssMb = 0;
  let cpu = Number.POSITIVE_INFINITY;
  let stdout = '';
  let stderr = '';
  for (let i = 0; i < times; i++) {
    const timeFile = join(work, 'time.txt');
    const argv = [
      '-f',
      '%e %M %U %S',
      '-o',
      timeFile,
      ...(pin ? ['taskset', '-c', '0'] : []),
      command,
      ...args,
    ];
    const started = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', argv, {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const [, rss, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ');
    cpu = Math.min(cpu, Number(user) + Number(system));
    if (!allow.includes(run.status) && !env.EXPECT_FAILURE) {
      throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
    }
    seconds.push(wall);
    rssMb = Math.max(rssMb, Number(rss) / 1024);
    stdout = run.stdout;
    stderr = run.stderr;
  }
  return { min: Math.min(...seconds), max: Math.max(...seconds), cpu, rssMb, stdout, stderr };
}

const range = (t) =>
  t.max - t.min < 0.005 ? `${t.min.toFixed(2)} s` : `${t.min.toFixed(2)}–${t.max.toFixed(2)} s`;

/** One line: what, figure, floor, ratio (of the fastest runs), target. */
function row(what, figure, floor, target) {
  const ratio = figure.min / floor.min;
  const ratioMax = figure.max / floor.min;
  const met =
    target === undefined
      ? ''
      : ratio <= target
        ? `  target ≤${target}x: met`
        : `  target ≤${target}x: NOT met`;
  const cpu = `cpu ${figure.cpu.toFixed(2)} s vs ${floor.cpu.toFixed(2)} s`;
  const line = `${what.padEnd(58)} ${range(figure).padEnd(14)} floor ${range(floor).padEnd(14)} ${ratio.toFixed(2)}x (${ratioMax.toFixed(2)}x slowest)${met}; ${cpu}`;
  console.log(line);
  results.push({
    what,
    seconds: [figure.min, figure.max],
    floor: [floor.min, floor.max],
    ratio,
    target,
    cpu: [figure.cpu, floor.cpu],
  });
}

// ---------------------------------------------------------------- making images

/** A seeded generator, so every run makes the same bytes. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** 4 MB of English-like text: gzips about 3:1, like source and docs. */
function textPool() {
  const next = random(42);
  const words = Array.from({ length: 4000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 8) }, () =>
      String.fromCharCode(97 + Math.floor(next() * 26)),
    ).join(''),
  );
  const parts = [];
  let length = 0;
  while (length < 4 * 2 ** 20) {
    const line = `${Array.from({ length: 12 }, () => words[Math.floor(next() ** 2 * words.length)]).join(' ')}\n`;
    parts.push(line);
    length += line.length;
  }
  return Buffer.from(parts.join(''));
}

/** Bytes that compress like binaries (about 2:1): random bytes broken by runs. */
function binaryPool() {
  const next = random(7);
  const buffer = Buffer.alloc(4 * 2 ** 20);
  for (let i = 0; i < buffer.length; i++) buffer[i] = i % 4096 < 2048 ? Math.floor(next() * 256) : i & 0x3f;
  return buffer;
}

/** Writes a ustar archive to a file, buffered. */
class TarFile {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.buffer = Buffer.alloc(8 * 2 ** 20);
    this.fill = 0;
    this.hash = createHash('sha256');
    this.bytes = 0;
  }

  #put(bytes) {
    this.hash.update(bytes);
    this.bytes += bytes.length;
    if (this.fill + bytes.length > this.buffer.length) this.#flush();
    if (bytes.length > this.buffer.length) writeSync(this.fd, bytes);
    else {
      bytes.copy(this.buffer, this.fill);
      this.fill += bytes.length;
    }
  }

  #flush() {
    if (this.fill) writeSync(this.fd, this.buffer, 0, this.fill);
    this.fill = 0;
  }

  /** A header, then `size` bytes from `pool` (cycled); with `partial`, only that many and no padding. */
  entry(name, size, pool, offset = 0, type = '0', partial = undefined) {
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
    header.write('00000000000\0', 136);
    header.write(type, 156);
    header.write('ustar\x0000', 257, 'latin1');
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    this.#put(header);
    if (partial !== undefined) {
      this.#put(pool.subarray(0, partial));
      return;
    }
    let left = size;
    let at = offset % pool.length;
    while (left > 0) {
      const step = Math.min(left, pool.length - at);
      this.#put(pool.subarray(at, at + step));
      left -= step;
      at = 0;
    }
    if (size % 512) this.#put(Buffer.alloc(512 - (size % 512)));
  }

  /** Appends a file's bytes as one entry, read 8 MB at a time. */
  entryFromFile(name, path) {
    const size = statSync(path).size;
    const fd = openSync(path, 'r');
    const chunk = Buffer.alloc(8 * 2 ** 20);
    let first = true;
    let left = size;
    while (first || left > 0) {
      const read = left > 0 ? readSync(fd, chunk, 0, Math.min(chunk.length, left)) : 0;
      if (first) this.entry(name, size, chunk.subarray(0, read), 0, '0', read);
      else this.#put(chunk.subarray(0, read));
      left -= read;
      first = false;
    }
    closeSync(fd);
    if (size % 512) this.#put(Buffer.alloc(512 - (size % 512)));
  }

  close() {
    this.#put(Buffer.alloc(1024));
    this.#flush();
    closeSync(this.fd);
    return { bytes: this.bytes, digest: `sha256:${this.hash.digest('hex')}` };
  }
}

function hashFile(path) {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 2 ** 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolvePromise(`sha256:${hash.digest('hex')}`))
      .on('error', reject);
  });
}

/** The builder image's rootfs (one Debian layer) as a tar file, from `docker save`. */
function debianLayer() {
  const path = join(work, 'debian.tar');
  if (existsSync(path)) return path;
  const save = join(work, 'builder-save.tar');
  execFileSync('docker', ['save', '-o', save, builderImage], { stdio: 'inherit' });
  const dir = join(work, 'builder-save');
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xf', save, '-C', dir, 'manifest.json']);
  const [manifest] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const layer = manifest.Layers.at(-1);
  execFileSync('tar', ['-xf', save, '-C', dir, layer]);
  execFileSync('mv', [join(dir, layer), path]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(save, { force: true });
  return path;
}

/** A layer of `count` text files (average 7.4 kB, like a tree of sources and docs). */
function textLayer(count) {
  const path = join(work, `texts-${count}.tar`);
  if (existsSync(path)) return path;
  const pool = textPool();
  const next = random(3);
  const tar = new TarFile(path);
  for (let i = 0; i < count; i++) {
    const size = Math.floor(next() ** 2 * 22_000) + 100;
    tar.entry(`srv/texts/d${Math.floor(i / 300)}/f${i}.txt`, size, pool, Math.floor(next() * pool.length));
  }
  tar.close();
  return path;
}

/** A layer of many small files and a few big ones, `megabytes` in all. */
function mixedLayer(megabytes, smallFiles) {
  const path = join(work, `mixed-${megabytes}mb.tar`);
  if (existsSync(path)) return path;
  const text = textPool();
  const binary = binaryPool();
  const next = random(5);
  const tar = new TarFile(path);
  for (let i = 0; i < smallFiles; i++)
    tar.entry(`app/small/d${Math.floor(i / 1000)}/f${i}`, Math.floor(next() * 400), text, i * 977);
  const left = megabytes * 1e6 - tar.bytes;
  const big = 4;
  for (let i = 0; i < big && left > 0; i++)
    tar.entry(`app/big/blob${i}.bin`, Math.floor(left / big), binary, i * 131_071);
  tar.close();
  return path;
}

/** Compresses a file: gzip through Node's zlib (level 6 unless told), zstd through the CLI. */
async function compress(path, kind, level) {
  const out = `${path}.${kind === 'gzip' ? 'gz' : 'zst'}-${level}`;
  if (!existsSync(out)) {
    if (kind === 'gzip') {
      await pipeline(
        createReadStream(path, { highWaterMark: 2 ** 20 }),
        createGzip({ level, chunkSize: 2 ** 18 }),
        createWriteStream(out),
      );
    } else execFileSync('zstd', ['-q', `-${level}`, '-T0', '-f', path, '-o', out]);
  }
  return out;
}

/** An OCI layout of the given layer tars, each stored as made by `compress`. */
async function ociLayout(name, tars, kind, level = kind === 'gzip' ? 6 : 3) {
  const dir = join(work, name);
  if (existsSync(join(dir, 'index.json'))) return dir;
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true });
  const blobs = await Promise.all(tars.map((tar) => compress(tar, kind, level)));
  const diffIds = await Promise.all(tars.map(hashFile));
  const layers = [];
  for (const blob of blobs) {
    const digest = await hashFile(blob);
    execFileSync('mv', [blob, join(dir, 'blobs/sha256', digest.slice(7))]);
    layers.push({
      mediaType: `application/vnd.oci.image.layer.v1.tar+${kind}`,
      digest,
      size: statSync(join(dir, 'blobs/sha256', digest.slice(7))).size,
    });
  }
  const put = (value) => {
    const bytes = Buffer.from(JSON.stringify(value));
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    writeFileSync(join(dir, 'blobs/sha256', digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const config = put({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds } });
  const manifest = put({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers,
  });
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': 'bench' },
        },
      ],
    }),
  );
  return dir;
}

/** A legacy `docker save` archive (manifest.json, config, `<id>/layer.tar`) of uncompressed layers. */
async function dockerArchive(name, tars) {
  const path = join(work, `${name}.tar`);
  if (existsSync(path)) return path;
  const diffIds = await Promise.all(tars.map(hashFile));
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds } }),
  );
  const configName = `${createHash('sha256').update(config).digest('hex')}.json`;
  const layerNames = diffIds.map((id) => `${id.slice(7)}/layer.tar`);
  const manifest = Buffer.from(
    JSON.stringify([{ Config: configName, RepoTags: ['bench:latest'], Layers: layerNames }]),
  );
  const tar = new TarFile(path);
  for (const [i, layer] of tars.entries()) {
    tar.entryFromFile(layerNames[i], layer);
  }
  tar.entry(configName, config.length, config);
  tar.entry('manifest.json', manifest.length, manifest);
  tar.close();
  return path;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const layerFiles = (dir) => {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const manifest = JSON.parse(
    readFileSync(join(dir, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'),
  );
  return manifest.layers.map((layer) => join(dir, 'blobs/sha256', layer.digest.slice(7)));
};

/** The 420 MB image's layer tars (Debian rootfs + text files); --scale below 0.5 leaves Debian out. */
function imageTars() {
  const texts = textLayer(Math.round(30_000 * scale));
  return scale >= 0.5 ? [debianLayer(), texts] : [texts];
}

// ---------------------------------------------------------------- the benchmarks

const inflateFloor = `
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
const { pipeline } = require('node:stream/promises');
const { Writable } = require('node:stream');
const { createHash } = require('node:crypto');
const [tuned, ...files] = process.argv.slice(1);
// tuned: 1 = 1 MiB reads and 1 MiB output chunks; 0 = Node's defaults; hashes = tuned, plus the two
// sha256 every correct measurement makes (the blob's digest and the diff_id).
(async () => {
  for (const file of files) {
    const blob = createHash('sha256');
    const tar = createHash('sha256');
    const hashes = tuned === 'hashes';
    const read = createReadStream(file, tuned === '0' ? {} : { highWaterMark: 1 << 20 });
    if (hashes) read.on('data', (chunk) => blob.update(chunk));
    await pipeline(
      read,
      createGunzip(tuned === '0' ? {} : { chunkSize: 1 << 20 }),
      new Writable({ highWaterMark: 1 << 20, write(chunk, _e, callback) { if (hashes) tar.update(chunk); callback(); } }),
    );
  }
})();`;

async function benchGzip() {
  const tars = imageTars();
  const dir = await ociLayout(`gzip-${scale}`, tars, 'gzip');
  const layers = layerFiles(dir);
  const tarBytes = tars.reduce((sum, tar) => sum + statSync(tar).size, 0);
  const gzBytes = layers.reduce((sum, layer) => sum + statSync(layer).size, 0);
  console.log(
    `\n## gzip: measure oci:DIR, ${tars.length} layers, ${mb(tarBytes)} of tar, ${mb(gzBytes)} of gzip`,
  );
  const floor = timed(process.execPath, ['-e', inflateFloor, '1', ...layers], { pin: true });
  const defaults = timed(process.execPath, ['-e', inflateFloor, '0', ...layers], { pin: true });
  const hashed = timed(process.execPath, ['-e', inflateFloor, 'hashes', ...layers], { pin: true });
  const measure = [cli, 'measure', `oci:${dir}`];
  const igzip = spawnSync('igzip', ['--version']).status === 0;
  const zlibOnly = { TINY_SIZE_GATE_GZIP: 'zlib' };
  row("Node's inflate with its default stream sizes (one core)", defaults, floor);
  row("Node's inflate + both sha256 (one core): the least a measure costs", hashed, floor);
  if (igzip) {
    const pinned = timed(process.execPath, measure, { pin: true });
    const both = timed(process.execPath, measure);
    row('measure (igzip), pinned to one core (taskset -c 0)', pinned, floor, 1.1);
    row('measure (igzip), two cores', both, floor, 0.6);
    console.log(`  peak RSS (igzip, two cores): ${both.rssMb.toFixed(0)} MB`);
  } else console.log('  igzip is not installed (apt-get install isal): only the zlib path is timed');
  const pinned = timed(process.execPath, measure, { pin: true, env: zlibOnly });
  const both = timed(process.execPath, measure, { env: zlibOnly });
  row('measure (zlib), pinned to one core', pinned, floor, igzip ? undefined : 1.1);
  row('measure (zlib), two cores', both, floor, igzip ? undefined : 0.6);
  console.log(`  peak RSS (zlib, two cores): ${both.rssMb.toFixed(0)} MB`);
}

async function benchArchive() {
  const tars = [...imageTars(), mixedLayer(Math.round(400 * scale), 20_000)];
  const archive = await dockerArchive(`archive-${scale}`, tars);
  console.log(
    `\n## uncompressed: measure docker-archive:FILE, ${tars.length} layers, ${mb(statSync(archive).size)}`,
  );
  const sha = `
const { createHash } = require('node:crypto');
const hash = createHash('sha256');
require('node:fs').createReadStream(process.argv[1], { highWaterMark: 1 << 20 })
  .on('data', (chunk) => hash.update(chunk)).on('end', () => console.log(hash.digest('hex')));`;
  const floor = timed(process.execPath, ['-e', sha, archive]);
  const ours = timed(process.execPath, [cli, 'measure', `docker-archive:${archive}`]);
  row('measure (files, tar, layers; compressed not estimated)', ours, floor, 1.5);
  const estimated = timed(
    process.execPath,
    [cli, 'measure', '--estimate-compressed', `docker-archive:${archive}`],
    {
      times: 1,
    },
  );
  row('measure --estimate-compressed (gzip -6 of every layer)', estimated, floor);
  console.log(`  peak RSS: ${ours.rssMb.toFixed(0)} MB; with the estimate ${estimated.rssMb.toFixed(0)} MB`);
}

function node24() {
  const found = spawnSync('bash', [join(repo, 'scripts/node24.sh')], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

async function benchZstd() {
  const tars = imageTars();
  const dir = await ociLayout(`zstd-${scale}`, tars, 'zstd');
  const layers = layerFiles(dir);
  const tarBytes = tars.reduce((sum, tar) => sum + statSync(tar).size, 0);
  console.log(`\n## zstd: measure oci:DIR, ${tars.length} layers, ${mb(tarBytes)} of tar (zstd -3)`);
  const floor = timed('sh', ['-c', `for f in ${layers.join(' ')}; do zstd -q -dc "$f" >/dev/null; done`]);
  const speed = (t) => `${(tarBytes / 1e6 / t.min).toFixed(0)} MB/s`;
  console.log(
    `${'zstd -dc of each layer (the floor)'.padEnd(58)} ${range(floor).padEnd(14)} ${speed(floor)}`,
  );
  const paths = [
    ['native', node24()],
    ['cli', process.execPath],
    ['fzstd', process.execPath],
  ];
  for (const [path, node] of paths) {
    if (!node) {
      console.log(`  native: no Node 24 (scripts/node24.sh failed): not measured`);
      continue;
    }
    const t = timed(node, [cli, 'measure', `oci:${dir}`], { env: { TINY_SIZE_GATE_ZSTD: path } });
    row(`measure, ${path} zstd (${speed(t)})${path === 'native' ? ' under Node 24' : ''}`, t, floor);
  }
}

function benchStartup() {
  console.log('\n## start-up');
  const count = Math.max(runs * 5, 10);
  const floor = timed(process.execPath, ['-e', '0'], { times: count });
  const version = timed(process.execPath, [cli, '--version'], { times: count });
  row('tiny-size-gate --version', version, floor, 1.5);
  // The action's cold start: an empty directory, no budget file, so it stops at its first error.
  const empty = mkdtempSync(join(work, 'action-'));
  const env = { EXPECT_FAILURE: '1', GITHUB_WORKSPACE: empty, RUNNER_TEMP: empty, GITHUB_STEP_SUMMARY: '' };
  const start = timed(process.execPath, [action], { times: count, env, cwd: empty });
  row("the action's cold start to its first error", start, floor, 2);
  for (const file of ['dist/index.js', 'dist/cli/index.js'])
    console.log(`  ${file}: ${statSync(join(repo, file)).size} bytes`);
}

async function benchMemory() {
  console.log('\n## memory: peak RSS of measure (one layer: 100,000 small files and 4 big ones)');
  for (const size of flags['memory-mb'].split(',').map(Number)) {
    const megabytes = Math.round(size * scale);
    const tar = mixedLayer(megabytes, Math.round(100_000 * Math.min(1, scale)));
    for (const kind of ['gzip', 'zstd']) {
      const dir = await ociLayout(`memory-${megabytes}-${kind}`, [tar], kind, kind === 'gzip' ? 1 : 3);
      // Node 20 (the CLI here) and Node 24 (the action's runtime, whose GC lets more garbage wait).
      for (const [runtime, node] of [
        [process.version, process.execPath],
        ['node24', node24()],
      ]) {
        if (!node) continue;
        const t = timed(node, [cli, 'measure', `oci:${dir}`], { times: 1 });
        const met = t.rssMb < 150 ? 'met' : 'NOT met';
        console.log(
          `${`${megabytes} MB image, ${kind}, ${runtime}`.padEnd(58)} ${range(t).padEnd(14)} peak RSS ${t.rssMb.toFixed(0)} MB (target < 150 MB: ${met})`,
        );
        results.push({
          what: `memory ${megabytes} MB ${kind} ${runtime}`,
          seconds: [t.min, t.max],
          rssMb: t.rssMb,
        });
      }
      if (!flags.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Forwards a local port to the registry and counts the bytes each way. */
async function countingProxy() {
  const [host, port] = registry.split(':');
  const counts = { sent: 0, received: 0 };
  const server = createServer((client) => {
    const upstream = connect(Number(port), host);
    client
      .pipe(
        new Transform({
          transform(chunk, _e, callback) {
            counts.sent += chunk.length;
            callback(null, chunk);
          },
        }),
      )
      .pipe(upstream);
    upstream
      .pipe(
        new Transform({
          transform(chunk, _e, callback) {
            counts.received += chunk.length;
            callback(null, chunk);
          },
        }),
      )
      .pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return { server, counts, address: `127.0.0.1:${server.address().port}` };
}

async function benchManifest() {
  const megabytes = Math.round(1000 * scale);
  const tar = mixedLayer(megabytes, Math.round(100_000 * Math.min(1, scale)));
  const dir = await ociLayout(`memory-${megabytes}-gzip`, [tar], 'gzip', 1);
  const repository = `tsg-bench/manifest-only-${process.pid}`;
  const reference = `${registry}/${repository}:bench`;
  execFileSync('skopeo', [
    'copy',
    '--quiet',
    '--dest-tls-verify=false',
    `oci:${dir}:bench`,
    `docker://${reference}`,
  ]);
  const proxy = await countingProxy();
  try {
    const started = process.hrtime.bigint();
    // Asynchronously: the proxy runs in this process's event loop.
    const { stdout: out } = await promisify(execFile)(
      process.execPath,
      [cli, 'measure', '--manifest-only', '--insecure', `registry:${proxy.address}/${repository}:bench`],
      { encoding: 'utf8' },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const total = proxy.counts.sent + proxy.counts.received;
    console.log(
      `\n## manifest-only: measure --manifest-only of a ${mb(statSync(tar).size)} image in the local registry`,
    );
    console.log(
      `${'bytes transferred (both ways, HTTP included)'.padEnd(58)} ${(total / 1000).toFixed(1)} kB (${(proxy.counts.sent / 1000).toFixed(1)} kB sent, ${(proxy.counts.received / 1000).toFixed(1)} kB received) in ${seconds.toFixed(2)} s`,
    );
    results.push({ what: 'manifest-only bytes', bytes: total });
    if (!/compressed/.test(out)) throw new Error(`unexpected output:\n${out}`);
  } finally {
    proxy.server.close();
    // Delete what was pushed: the manifest, then its blobs (the registry allows deletes).
    const manifest = JSON.parse(
      execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`], {
        encoding: 'utf8',
      }),
    );
    execFileSync('skopeo', ['delete', '--tls-verify=false', `docker://${reference}`]);
    for (const blob of [manifest.config, ...manifest.layers]) {
      await fetch(`http://${registry}/v2/${repository}/blobs/${blob.digest}`, { method: 'DELETE' }).catch(
        () => {},
      );
    }
    if (!flags.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** The engine's `image save` events between two instants (Unix seconds): the image IDs saved. */
function imageSaves(since, until) {
  const out = execFileSync(
    'docker',
    [
      'events',
      '--since',
      since.toFixed(3),
      '--until',
      until.toFixed(3),
      '--filter',
      'type=image',
      '--filter',
      'event=save',
      '--format',
      '{{.Actor.ID}}',
    ],
    { encoding: 'utf8' },
  );
  return out.split('\n').filter(Boolean);
}

/**
 * One timed run of a whole `check` and the image builds it did, counted twice: the classic
 * builder's `Successfully built ID` lines in the --verbose log, and the engine's `image save` events
 * (the builder saves each image it built once) of those IDs. Other sessions share the engine, so
 * the events of images this run did not build are counted apart and never added.
 */
function checkRun(args, options) {
  const since = Date.now() / 1000 - 0.5;
  const t = timed(args[0], args.slice(1), { ...options, times: 1 });
  const until = Date.now() / 1000 + 0.5;
  const built = [...t.stderr.matchAll(/^\s*Successfully built ([0-9a-f]{12})$/gm)].map((m) => m[1]);
  const saves = imageSaves(since, until);
  const ours = saves.filter((id) => built.includes(id.replace(/^sha256:/, '').slice(0, 12)));
  return { ...t, builds: built.length, saves: ours.length, otherSaves: saves.length - ours.length };
}

/** Runs merged: wall range, least CPU, and every run's build counts. */
function merged(list) {
  return {
    min: Math.min(...list.map((t) => t.min)),
    max: Math.max(...list.map((t) => t.max)),
    cpu: Math.min(...list.map((t) => t.cpu)),
    rssMb: Math.max(...list.map((t) => t.rssMb)),
    builds: [...new Set(list.map((t) => t.builds))],
    saves: [...new Set(list.map((t) => t.saves))],
    otherSaves: list.reduce((sum, t) => sum + t.otherSaves, 0),
  };
}

/**
 * A pull request's whole `check` of the examples (hello, http; the bundle image is left out): the
 * head is the repository's HEAD plus a commit that edits a comment in http.asm (same sizes, so the
 * growth gate passes), the baseline its merge-base. (a) the cached path: `check --baseline` with
 * the merge-base's saved report; (b) the rebuilt path: the CLI cannot rebuild a merge-base itself,
 * so what the action does when no report is cached, in two commands: `check --json` in a git
 * worktree of the merge-base, then `check --baseline` of the head. The runs alternate; a shared
 * clone (`git clone --shared`) in the temporary directory holds both, and is removed at the end.
 */
async function benchCheck() {
  const images = ['hello', 'http'];
  const sha = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const clone = join(work, 'check-clone');
  const saved = join(work, 'check-saved.json');
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], {
      cwd: clone,
      encoding: 'utf8',
    }).trim();
  rmSync(clone, { recursive: true, force: true });
  try {
    execFileSync('git', ['clone', '--quiet', '--shared', '--no-checkout', repo, clone]);
    git('checkout', '--quiet', '-B', 'main', sha);
    git('checkout', '--quiet', '-b', 'feature');
    writeFileSync(
      join(clone, 'examples/http/http.asm'),
      `${readFileSync(join(clone, 'examples/http/http.asm'), 'utf8')}; a pull request that edits a comment\n`,
    );
    git('commit', '--quiet', '-am', 'bench: edit a comment');
    const check = [process.execPath, cli, 'check', ...images.flatMap((name) => ['-i', name]), '--verbose'];
    const env = { TSG_BUILDER_IMAGE: builderImage, TREE: join(work, 'check-base'), SAVED: saved };
    // $@ is the check command; the worktree is removed whatever the checks do.
    const rebuild = `set -eu
base=$(git merge-base main HEAD)
git worktree add --quiet --detach "$TREE" "$base"
trap 'git worktree remove --force "$TREE"' EXIT
(cd "$TREE" && "$@" --json "$SAVED")
"$@" --baseline "$SAVED" --json "$SAVED.head"`;
    const cached = [...check, '--baseline', saved, '--json', `${saved}.head`];
    console.log(
      `\n## check: a pull request's whole run on the examples (${images.join(', ')}), docker builds, baseline = merge-base`,
    );
    const runsOf = { cached: [], rebuilt: [] };
    let retried = 0;
    let failedRuns = 0;
    const jitter = [];
    const attempt = (path) =>
      path === 'cached'
        ? checkRun(cached, { cwd: clone, env, allow: [0, 1] })
        : checkRun(['bash', '-c', rebuild, 'bash', ...check], { cwd: clone, env, allow: [0, 1] });
    const runOne = (path) => {
      let t;
      for (let tries = 1; !t; tries++) {
        try {
          t = attempt(path);
        } catch (error) {
          // The engine is shared: another session's clean-up can remove a build's intermediate
          // image while the build runs. That run is not timed; any other failure stops the bench.
          if (tries >= 3 || !/failed to get digest|No such image|unknown parent image ID/.test(String(error)))
            throw error;
          retried++;
        }
      }
      // Both compared the head with the merge-base's report: the growth checks are there. Exit 1
      // (a failed check) is timed like a pass, but only the failures explained below may cause it.
      const head = JSON.parse(readFileSync(`${saved}.head`, 'utf8'));
      const growth = head.checks.filter((c) => c.kind === 'growth');
      if (head.baseline?.source !== 'file' || growth.length === 0)
        throw new Error(`${path}: the head was not gated against the baseline:\n${t.stdout}`);
      const failed = head.checks.filter((c) => c.status !== 'ok');
      // The classic builder keeps the build time as the mtime of what COPY --from copies, and
      // writes it into the config: two builds of one source differ in the gzip estimate of
      // `compressed` and in `pull`, so `growth: 0B` on those can fail with nothing changed.
      const unexplained = failed.filter(
        (c) => !(c.kind === 'growth' && c.estimated && ['compressed', 'pull'].includes(c.metric)),
      );
      if (unexplained.length) throw new Error(`${path}: unexpected failed checks:\n${t.stdout}`);
      for (const c of failed) jitter.push(`${c.image} ${c.metric} +${c.delta} B`);
      if (failed.length) failedRuns++;
      runsOf[path].push(t);
    };
    for (let i = 0; i < runs; i++) {
      // The first cached run needs the report the first rebuild saves; after that, alternate.
      const order = i % 2 === 0 ? ['rebuilt', 'cached'] : ['cached', 'rebuilt'];
      for (const path of order) runOne(path);
    }
    const a = merged(runsOf.cached);
    const b = merged(runsOf.rebuilt);
    const builds = (t) => `${t.builds.join('/')} builds (engine: ${t.saves.join('/')} image saves of them)`;
    const line = (what, t) =>
      console.log(`${what.padEnd(58)} ${range(t).padEnd(16)} cpu ${t.cpu.toFixed(2)} s; ${builds(t)}`);
    line('(a) check --baseline REPORT (the cached path)', a);
    line('(b) merge-base rebuilt in a worktree, then (a)', b);
    console.log(
      `  (b)/(a): ${(b.min / a.min).toFixed(2)}x fastest runs, ${(b.max / a.max).toFixed(2)}x slowest; cpu: the CLI's own (the builds run in the engine)`,
    );
    console.log(
      `  image saves by other sessions in the same windows: ${a.otherSaves + b.otherSaves}, not counted${retried ? `; ${retried} run(s) repeated: another session removed a build's intermediate image` : ''}`,
    );
    results.push({
      what: 'check',
      cached: { seconds: [a.min, a.max], cpu: a.cpu, builds: a.builds },
      rebuilt: { seconds: [b.min, b.max], cpu: b.cpu, builds: b.builds },
    });
    if (failedRuns)
      console.log(
        `  verdict fail in ${failedRuns} of ${2 * runs} runs, with nothing changed: growth of estimated figures between two builds of one source (${jitter.join(', ')})`,
      );
  } finally {
    // The worktree lives in the clone's .git: removing both leaves nothing registered anywhere.
    rmSync(join(work, 'check-base'), { recursive: true, force: true });
    rmSync(clone, { recursive: true, force: true });
    rmSync(saved, { force: true });
    rmSync(`${saved}.head`, { force: true });
  }
}

// ---------------------------------------------------------------- main

const benches = {
  gzip: benchGzip,
  archive: benchArchive,
  zstd: benchZstd,
  startup: benchStartup,
  memory: benchMemory,
  manifest: benchManifest,
  check: benchCheck,
};
for (const name of only)
  if (!benches[name])
    throw new Error(`unknown benchmark ${name}: choose among ${Object.keys(benches).join(', ')}`);
console.log(
  `tiny-size-gate benchmark, ${new Date().toISOString().slice(0, 16)} UTC, node ${process.version}, ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} cores, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; scale ${scale}, best of ${runs}`,
);
try {
  for (const name of Object.keys(benches)) if (only.has(name)) await benches[name]();
} finally {
  if (!flags.keep) rmSync(work, { recursive: true, force: true });
}
