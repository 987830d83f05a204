#!/usr/bin/env node
/**
 * Benchmark (not a test) of reading one large gzip layer.
 *
 *   node scripts/bench-measure.mjs [--mb 600] [--files 20000] [--dir /tmp/tsg-bench-measure] [--keep]
 *
 * Generates (once, reused when --keep left it) a layer tar of about --mb MB in --files files,
 * gzip -6, then times, each in a fresh child process so that peak RSS is its own:
 *   baseline  bare zlib.createGunzip() over the file to nowhere (the floor)
 *   walk      gunzip + our tar walk (src/measure/tar-walk.ts)
 *   measure   measureLayer: digest-verified blob, gunzip, diff_id sha256, tar walk, entries
 * Our TypeScript is loaded through Vite's SSR loader (vite is a dev dependency of vitest), so no
 * build step or TS loader is needed.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const megabytes = Number(option('mb', '600'));
const fileCount = Number(option('files', '20000'));
const dir = option('dir', join(tmpdir(), 'tsg-bench-measure'));
const layerPath = join(dir, `layer-${megabytes}mb-${fileCount}.tar.gz`);
const metaPath = `${layerPath}.json`;

/** Hashes and counts the bytes that pass. */
function meter() {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, digest: `sha256:${hash.digest('hex')}` }) };
}

/** File contents that gzip about 3:1, like binaries and text in real layers: random bytes and runs. */
function content(size, seed) {
  const buffer = Buffer.alloc(size, 0x20 + (seed % 90));
  for (let at = 0; at < size; at += 3072) randomBytes(Math.min(1024, size - at)).copy(buffer, at);
  return buffer;
}

async function generate() {
  const { default: tar } = await import('tar-stream');
  mkdirSync(dir, { recursive: true });
  const pack = tar.pack();
  const tarMeter = meter();
  const gzMeter = meter();
  const done = pipeline(
    pack,
    tarMeter.stream,
    createGzip({ level: 6 }),
    gzMeter.stream,
    createWriteStream(layerPath),
  );
  const average = Math.floor((megabytes * 1e6) / fileCount);
  for (let i = 0; i < fileCount; i++) {
    if (i % 200 === 0) pack.entry({ name: `d${Math.floor(i / 200)}/`, type: 'directory' });
    // Sizes spread from 0 to twice the average, as real trees are uneven.
    const size = Math.floor((((i * 7919) % 1000) / 1000) * 2 * average);
    await new Promise((resolveEntry, reject) =>
      pack.entry({ name: `d${Math.floor(i / 200)}/f${i}.bin`, size }, content(size, i), (error) =>
        error ? reject(error) : resolveEntry(),
      ),
    );
  }
  pack.finalize();
  await done;
  const meta = { tar: tarMeter.result(), gzip: gzMeter.result(), files: fileCount };
  writeFileSync(metaPath, JSON.stringify(meta));
  return meta;
}

async function phase(name) {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  const started = process.hrtime.bigint();
  let detail = '';
  if (name === 'baseline') {
    let bytes = 0;
    await pipeline(
      createReadStream(layerPath),
      createGunzip(),
      new Writable({
        write(chunk, _e, cb) {
          bytes += chunk.length;
          cb();
        },
      }),
    );
    detail = `${bytes} tar bytes`;
  } else {
    const { createServer } = await import('vite');
    const vite = await createServer({
      root: repo,
      logLevel: 'error',
      server: { middlewareMode: true },
      appType: 'custom',
    });
    if (name === 'walk') {
      const { walkTar } = await vite.ssrLoadModule('/src/measure/tar-walk.ts');
      const loaded = process.hrtime.bigint(); // exclude the TS transform from the timing
      loadedRssMb = process.memoryUsage().rss / 2 ** 20;
      let entries = 0;
      await walkTar(createReadStream(layerPath).pipe(createGunzip()), () => entries++);
      detail = `${entries} entries`;
      report(name, loaded, detail);
    } else {
      const { measureLayer } = await vite.ssrLoadModule('/src/measure/layer.ts');
      const { verified } = await vite.ssrLoadModule('/src/oci/digest.ts');
      const loaded = process.hrtime.bigint();
      loadedRssMb = process.memoryUsage().rss / 2 ** 20;
      const descriptor = {
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: meta.gzip.digest,
        size: meta.gzip.bytes,
      };
      const blobs = { open: async (d) => verified(createReadStream(layerPath), d, { file: layerPath }) };
      const m = await measureLayer({
        blobs,
        source: layerPath,
        index: 0,
        layer: { descriptor, diffId: meta.tar.digest },
        diffId: meta.tar.digest,
      });
      if (m.tar !== meta.tar.bytes) throw new Error(`tar ${m.tar} != ${meta.tar.bytes}`);
      detail = `${m.entries.length} entries, files ${m.files} B, tar ${m.tar} B (diff_id verified)`;
      report(name, loaded, detail);
    }
    await vite.close();
    return;
  }
  report(name, started, detail);
}

/** RSS once the code is loaded: Vite's loader weighs on peak RSS, not on the layer walk. */
let loadedRssMb = 0;

function report(name, started, detail) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, seconds, maxRssMb, loadedRssMb, detail }));
}

if (args[0] === '--phase') {
  await phase(args[1]);
} else {
  if (!existsSync(metaPath)) {
    console.log(`generating ${layerPath} (${megabytes} MB tar, ${fileCount} files, gzip -6)…`);
    const started = Date.now();
    await generate();
    console.log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  console.log(
    `layer: tar ${(meta.tar.bytes / 1e6).toFixed(0)} MB, gzip ${(statSync(layerPath).size / 1e6).toFixed(0)} MB, ${meta.files} files; node ${process.version}`,
  );
  const results = {};
  for (const name of ['baseline', 'walk', 'measure']) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', name, ...args], {
      encoding: 'utf8',
    });
    results[name] = JSON.parse(out.trim().split('\n').at(-1));
  }
  const base = results.baseline.seconds;
  for (const r of Object.values(results)) {
    console.log(
      `${r.name.padEnd(9)} ${r.seconds.toFixed(2)} s  ×${(r.seconds / base).toFixed(2)}  peak RSS ${r.maxRssMb.toFixed(0)} MB (${r.loadedRssMb.toFixed(0)} MB once loaded)  ${r.detail}`,
    );
  }
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
