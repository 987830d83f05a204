/**
 * Corrupt and hostile inputs, each made here at run time (nothing binary is committed), each
 * measured through the bundled CLI or the public path: a result with exact figures, or a clear
 * TinySizeError naming the place and the fix. No hang, and memory bounded (a 1 GB gzip bomb is
 * measured while it streams, never held).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measureImage } from '../../src/measure/index.js';
import { openImage } from '../../src/source/index.js';
import { failure } from '../support/failure.js';
import { recordTally } from '../support/fuzz.js';
import {
  base256Size,
  endOfArchive,
  fileEntry,
  padded,
  rawHeader,
  tarBlock,
  tarOf,
} from '../support/fuzz-tar.js';
import { Layout, sha256, writeFiles } from '../unit/source/build.js';
import { removeScratchDirs, repoRoot, scratchDir } from './real.js';

const work = scratchDir('tsg-corrupt-');
afterAll(removeScratchDirs);
let count = 0;
const tally = { inputs: 0, results: 0, refused: 0 };
afterAll(() => recordTally({ what: 'corrupt inputs', ...tally }));

const gzipLayerType = 'application/vnd.oci.image.layer.v1.tar+gzip';
const tarLayerType = 'application/vnd.oci.image.layer.v1.tar';

/** An OCI layout of one image whose one layer is `blob` (diff_id given, or the blob's own). */
function layoutWith(
  blob: Buffer,
  options: {
    mediaType?: string;
    diffId?: string;
    manifestExtra?: object;
    indexEntries?: Record<string, unknown>[];
  } = {},
): string {
  const layout = new Layout();
  const layer = layout.add(blob, options.mediaType ?? tarLayerType);
  const config = layout.json(
    {
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [options.diffId ?? layer.digest] },
    },
    'application/vnd.oci.image.config.v1+json',
  );
  const manifest = layout.json(
    {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
      layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
      ...options.manifestExtra,
    },
    'application/vnd.oci.image.manifest.v1+json',
  );
  layout.manifests.push(
    ...(options.indexEntries ?? [
      { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size },
    ]),
  );
  return writeFiles(join(work, `layout-${++count}`), layout.files());
}

async function measured(path: string) {
  tally.inputs++;
  const sizes = await measureImage(await openImage({ kind: 'oci', path }));
  tally.results++;
  const [platform] = sizes.platforms;
  if (!platform) throw new Error('no platform');
  return platform;
}

async function refused(path: string) {
  tally.inputs++;
  const error = await failure(measureImage(await openImage({ kind: 'oci', path })).then(() => undefined));
  tally.refused++;
  expect(error.fix).toBeTruthy();
  return error;
}

/** A failure while opening as well as while measuring. */
async function refusedOpen(path: string) {
  tally.inputs++;
  const error = await failure((async () => measureImage(await openImage({ kind: 'oci', path })))());
  tally.refused++;
  expect(error.fix).toBeTruthy();
  return error;
}

describe('layer tars that are cut short', () => {
  const tar = tarOf(fileEntry('a', 'x'.repeat(5000)), fileEntry('b', 'y'.repeat(3000)));

  it('a truncated gzip layer is refused as not valid gzip', async () => {
    const gz = gzipSync(tar);
    const cut = gz.subarray(0, gz.length - 40);
    const error = await refused(layoutWith(cut, { mediaType: gzipLayerType, diffId: sha256(tar) }));
    expect(error.message).toMatch(/is not valid gzip|not a valid tar/);
  });

  it('a truncated tar layer is refused as not a valid tar', async () => {
    const cut = tar.subarray(0, 2 * tarBlock + 100);
    const error = await refused(layoutWith(cut));
    expect(error.message).toMatch(/not a valid tar/);
  });
});

describe('tar entry sizes', () => {
  it('a negative base-256 size is refused', async () => {
    const bad = Buffer.concat([rawHeader({ name: 'neg', size: base256Size(-1536n) }), endOfArchive()]);
    await refused(layoutWith(bad));
  });

  it('a size the data is not there for (8 GiB - 1) is refused', async () => {
    const bad = Buffer.concat([
      rawHeader({ name: 'huge', size: 0o77777777777 }),
      padded(Buffer.from('x')),
      endOfArchive(),
    ]);
    await refused(layoutWith(bad));
  });

  it('a base-256 size (GNU) is read', async () => {
    const data = Buffer.from('hello');
    const ok = Buffer.concat([
      rawHeader({ name: 'b256', size: base256Size(5n) }),
      padded(data),
      endOfArchive(),
    ]);
    const platform = await measured(layoutWith(ok));
    expect(platform.sizes.files.bytes).toBe(5);
  });

  it('a non-numeric size is refused', async () => {
    const bad = Buffer.concat([rawHeader({ name: 'abc', size: Buffer.from('abc\0') }), endOfArchive()]);
    await refused(layoutWith(bad));
  });
});

describe('a gzip bomb: 1 GB of zeros as a 1 MB layer', () => {
  it('is measured exactly while it streams, never held in memory', async () => {
    const size = 1_000_000_000;
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    const zeros = Buffer.alloc(1024 * 1024);
    async function* bomb() {
      yield rawHeader({ name: 'zeros', size });
      for (let left = size; left > 0; left -= zeros.length)
        yield left >= zeros.length ? zeros : zeros.subarray(0, left);
      yield Buffer.alloc((tarBlock - (size % tarBlock)) % tarBlock);
      yield endOfArchive();
    }
    await pipeline(
      Readable.from(bomb()),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      }),
      createGzip({ level: 1 }),
      async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) chunks.push(chunk);
      },
    );
    const blob = Buffer.concat(chunks);
    expect(blob.length).toBeLessThan(5_000_000);
    const before = process.memoryUsage().rss;
    const platform = await measured(
      layoutWith(blob, { mediaType: gzipLayerType, diffId: `sha256:${hash.digest('hex')}` }),
    );
    const grew = process.memoryUsage().rss - before;
    expect(platform.sizes.files.bytes).toBe(size);
    expect(platform.sizes.tar.bytes).toBe(size + 3 * tarBlock + ((tarBlock - (size % tarBlock)) % tarBlock));
    expect(platform.sizes.compressed.bytes).toBe(blob.length);
    expect(grew).toBeLessThan(200 * 1024 * 1024);
  }, 120_000);
});

describe('many and strange names', () => {
  it('100,000 zero-byte files are measured and listed', async () => {
    const headers: Buffer[] = [];
    for (let i = 0; i < 100_000; i++) headers.push(rawHeader({ name: `f/${i}` }));
    const tar = Buffer.concat([...headers, endOfArchive()]);
    const started = performance.now();
    const platform = await measured(
      layoutWith(gzipSync(tar, { level: 1 }), { mediaType: gzipLayerType, diffId: sha256(tar) }),
    );
    expect(platform.sizes.files.bytes).toBe(0);
    expect(platform.layers[0]?.entries).toBe(100_000);
    expect(platform.entries).toHaveLength(100_000);
    expect(platform.entriesOmitted).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('`..`, absolute, non-UTF-8 and 300-character names are normalised, counted, never followed', async () => {
    const long = `${'d'.repeat(150)}/${'f'.repeat(149)}`;
    const pax = (name: string) => {
      const record = ` path=${name}\n`;
      const length = Buffer.byteLength(record) + 3;
      const body = Buffer.from(`${length}${record}`);
      return Buffer.concat([rawHeader({ name: 'PaxHeader', size: body.length, type: 'x' }), padded(body)]);
    };
    const tar = tarOf(
      fileEntry('../../escape', 'a'),
      fileEntry('/abs/file', 'bb'),
      fileEntry(Buffer.from([0x6e, 0xff, 0xfe, 0x2e, 0x62, 0x69, 0x6e]), 'ccc'),
      pax(long),
      fileEntry('short', 'dddd'),
    );
    const platform = await measured(layoutWith(tar));
    expect(platform.sizes.files.bytes).toBe(10);
    const paths = platform.entries.map((e) => e.path);
    expect(paths).toContain('/escape');
    expect(paths).toContain('/abs/file');
    expect(paths).toContain(`/${long}`);
    expect(paths.some((p) => p.startsWith('/n') && p.endsWith('.bin'))).toBe(true);
  });
});

describe('image documents', () => {
  it('a 10 MB manifest is refused at the cap', async () => {
    const path = layoutWith(tarOf(fileEntry('a', 'x')), {
      manifestExtra: { annotations: { filler: 'x'.repeat(10_000_000) } },
    });
    const error = await refusedOpen(path);
    expect(error.message).toMatch(/manifest is \d+ bytes, over the 4194304-byte limit|limit/);
  });

  it.each([
    ['another algorithm', `sha512:${'a'.repeat(128)}`, /unsupported digest algorithm "sha512"/],
    ['upper-case hex', `sha256:${'A'.repeat(64)}`, /malformed digest|expected sha256: and 64 lowercase hex/],
  ])('a digest of %s is refused', async (_what, digest, message) => {
    const path = layoutWith(tarOf(fileEntry('a', 'x')), {
      indexEntries: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 100 }],
    });
    const error = await refusedOpen(path);
    expect(error.message).toMatch(message);
  });

  it('an index that points at itself is refused, not walked forever', async () => {
    // A blob cannot hold its own digest, so an index naming itself always fails its digest check.
    const layout = new Layout();
    const indexType = 'application/vnd.oci.image.index.v1+json';
    const body = (digest: string) =>
      JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: indexType, digest, size: 120 }] });
    const self = layout.add(body(`sha256:${'0'.repeat(64)}`), indexType);
    layout.blobs.delete(self.digest);
    // The bytes stored under the digest name that digest: the index points at itself.
    layout.blobs.set(self.digest, Buffer.from(body(self.digest)));
    layout.manifests.push({ mediaType: indexType, digest: self.digest, size: self.size });
    const error = await refusedOpen(writeFiles(join(work, 'self-index'), layout.files()));
    expect(error.message).toMatch(/does not match its digest/);
  });

  it('indexes nested deeper than the limit are refused', async () => {
    const layout = new Layout();
    const indexType = 'application/vnd.oci.image.index.v1+json';
    let inner = layout.json({ schemaVersion: 2, manifests: [] }, indexType);
    for (let depth = 0; depth < 12; depth++) {
      inner = layout.json(
        { schemaVersion: 2, manifests: [{ mediaType: indexType, digest: inner.digest, size: inner.size }] },
        indexType,
      );
    }
    layout.manifests.push({ mediaType: indexType, digest: inner.digest, size: inner.size });
    const error = await refusedOpen(writeFiles(join(work, 'deep-index'), layout.files()));
    expect(error.message).toMatch(/nest deeper than/);
  });
});

describe('budget files through the bundled CLI', () => {
  const cli = (args: string[]) =>
    promisify(execFile)('node', [join(repoRoot, 'dist/cli/index.js'), ...args], { cwd: work }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('a 5 MB budget file is refused at the cap, unread', async () => {
    const path = join(work, 'huge.yml');
    writeFileSync(path, `images:\n${'  x: { archive: a.tar }\n'.repeat(220_000)}`);
    tally.inputs++;
    const { code, stderr } = await cli(['check', '--config', path]);
    tally.refused++;
    expect(code).toBe(2);
    expect(stderr).toMatch(/the budget file is \d+ bytes, over the 262144-byte \(256 KiB\) limit/);
    expect(stderr).toMatch(/fix: /);
  });

  it('a YAML alias bomb is refused with its line and a fix', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const path = join(work, 'bomb.yml');
    writeFileSync(path, `${lines.join('\n')}\nimages: *i\n`);
    tally.inputs++;
    const { code, stderr } = await cli(['check', '--config', path]);
    tally.refused++;
    expect(code).toBe(2);
    expect(stderr).toMatch(/bomb\.yml:2:8: its aliases expand to more than 10000 values/);
    expect(stderr).not.toMatch(/ReferenceError|\n\s+at /);
  });
});
