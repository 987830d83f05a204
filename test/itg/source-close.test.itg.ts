/**
 * Every source that opens files lets go of them when the measurement is over, on failure too. The
 * process's open descriptors (/proc/self/fd) are listed before and after measuring each source
 * through each caller (the check engine the CLI and the action share, the CLI's `measure` and
 * `diff`): a docker save archive, an oci-archive, a gzipped oci-archive, an OCI layout and an image
 * in the engine, each whole, with a layer byte flipped (the failure comes while layers are read, as
 * other layers may still be reading) and cut short (the failure comes while opening). A gzipped
 * archive is inflated into a temporary file: none is left in the temporary directory, and no
 * descriptor keeps a deleted one's space. The archives are made by the Docker engine, skopeo and
 * gzip; the places to corrupt are found with tar, not with the code under test.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { main } from '../../src/cli/main.js';
import { docker, dockerEngine, removeImages, requireTool, scratchDir } from './real.js';

const tag = `tsg-source-close:${process.pid}`;
let work: string;
/** The temporary directory of the code under test (os.tmpdir() reads TMPDIR on every call). */
let temp: string;
let previousTmp: string | undefined;

/** What the process holds open: each descriptor's target, sorted ("/…/saved.tar", "socket:[…]"). */
function openFiles(): string[] {
  const targets: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      targets.push(readlinkSync(`/proc/self/fd/${fd}`));
    } catch {
      // The descriptor readdirSync itself used, closed since.
    }
  }
  return targets.sort();
}

function sh(command: string, args: string[], cwd = work): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...dockerEngine() },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Flips one byte at `offset` of a file, in place. */
function flipByte(path: string, offset: number): void {
  const fd = openSync(path, 'r+');
  try {
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, offset);
    byte[0] = (byte[0] as number) ^ 0xff;
    writeSync(fd, byte, 0, 1, offset);
  } finally {
    closeSync(fd);
  }
}

/** The largest entry of a tar whose name matches, with where its data starts (GNU tar's block numbers). */
function largestEntry(archive: string, name: RegExp): { offset: number; size: number } {
  let best: { offset: number; size: number } | undefined;
  for (const line of sh('tar', ['-tvRf', archive]).split('\n')) {
    // block 3: -rw-r--r-- 0/0   2097664 2024-01-01 00:00 blobs/sha256/ab…
    const match = /^block (\d+): -\S+ \S+\s+(\d+) \S+ \S+ (.+)$/.exec(line);
    if (!match || !name.test(match[3] as string)) continue;
    const entry = { offset: (Number(match[1]) + 1) * 512, size: Number(match[2]) };
    if (!best || entry.size > best.size) best = entry;
  }
  if (!best) throw new Error(`no entry matching ${name} in ${archive}`);
  return best;
}

/** A copy of an archive with a byte flipped in the middle of its largest layer. */
function corruptArchive(from: string, to: string, layer: RegExp): string {
  copyFileSync(from, to);
  const { offset, size } = largestEntry(to, layer);
  flipByte(to, offset + Math.floor(size / 2));
  return to;
}

/** A copy cut to half its length. */
function cutShort(from: string, to: string): string {
  copyFileSync(from, to);
  truncateSync(to, Math.floor(statSync(from).size / 2));
  return to;
}

function gzip(from: string, to: string): string {
  writeFileSync(to, execFileSync('gzip', ['-c', '-6', from], { maxBuffer: 64 * 1024 * 1024 }));
  return to;
}

interface Case {
  name: string;
  /** The source kind as the CLI writes it, and the budget file's key for it. */
  kind: 'docker-archive' | 'oci-archive' | 'oci' | 'docker';
  key: 'archive' | 'oci-archive' | 'oci' | 'image';
  /** Whether measuring it fails, and when. */
  fails: false | 'opening' | 'reading layers';
}
const cases: Case[] = [
  { name: 'docker-archive', kind: 'docker-archive', key: 'archive', fails: false },
  {
    name: 'docker-archive, a layer corrupt',
    kind: 'docker-archive',
    key: 'archive',
    fails: 'reading layers',
  },
  { name: 'docker-archive, cut short', kind: 'docker-archive', key: 'archive', fails: 'opening' },
  { name: 'oci-archive', kind: 'oci-archive', key: 'oci-archive', fails: false },
  { name: 'oci-archive, a layer corrupt', kind: 'oci-archive', key: 'oci-archive', fails: 'reading layers' },
  { name: 'oci-archive, cut short', kind: 'oci-archive', key: 'oci-archive', fails: 'opening' },
  { name: 'gzipped oci-archive', kind: 'oci-archive', key: 'oci-archive', fails: false },
  {
    name: 'gzipped oci-archive, a layer corrupt',
    kind: 'oci-archive',
    key: 'oci-archive',
    fails: 'reading layers',
  },
  { name: 'gzipped oci-archive, cut short', kind: 'oci-archive', key: 'oci-archive', fails: 'opening' },
  { name: 'OCI layout', kind: 'oci', key: 'oci', fails: false },
  { name: 'OCI layout, a layer corrupt', kind: 'oci', key: 'oci', fails: 'reading layers' },
  { name: 'image in the engine', kind: 'docker', key: 'image', fails: false },
];
/** Each case's path (or the engine's reference), made in beforeAll. */
const paths = new Map<string, string>();
const sourceOf = (c: Case) => `${c.kind}:${paths.get(c.name)}`;

beforeAll(() => {
  dockerEngine();
  requireTool('skopeo');
  requireTool('gzip');
  requireTool('tar');
  work = scratchDir('tsg-source-close-');
  temp = join(work, 'tmp');
  mkdirSync(temp);
  // Three layers of 1 MiB of random bytes: measuring reads two at once, so one may be in flight
  // when another fails.
  const context = join(work, 'context');
  mkdirSync(context);
  for (const name of ['a', 'b', 'c']) writeFileSync(join(context, name), randomBytes(1 << 20));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY a /a\nCOPY b /b\nCOPY c /c\n');
  docker(['build', '--quiet', '--tag', tag, context]);

  const saved = join(work, 'saved.tar');
  docker(['save', '--output', saved, tag]);
  const layout = join(work, 'layout');
  sh('skopeo', ['copy', '-q', `docker-archive:${saved}`, `oci:${layout}:latest`]);
  const ociArchive = join(work, 'oci.tar');
  sh('skopeo', ['copy', '-q', `docker-archive:${saved}`, `oci-archive:${ociArchive}`]);
  const gzipped = gzip(ociArchive, join(work, 'oci.tar.gz'));

  // A byte flipped in the middle of the largest layer: the archive opens, a layer fails its digest.
  const savedCorrupt = corruptArchive(saved, join(work, 'saved-corrupt.tar'), /layer\.tar$|^blobs\//);
  const ociCorrupt = corruptArchive(ociArchive, join(work, 'oci-corrupt.tar'), /^blobs\//);
  const gzippedCorrupt = gzip(ociCorrupt, join(work, 'oci-corrupt.tar.gz'));
  const layoutCorrupt = join(work, 'layout-corrupt');
  cpSync(layout, layoutCorrupt, { recursive: true });
  const blobs = join(layoutCorrupt, 'blobs', 'sha256');
  const largest = readdirSync(blobs)
    .map((name) => ({ path: join(blobs, name), size: statSync(join(blobs, name)).size }))
    .sort((x, y) => y.size - x.size)[0];
  if (!largest) throw new Error(`skopeo wrote no blobs in ${layout}`);
  flipByte(largest.path, Math.floor(largest.size / 2));

  const made: Record<string, string> = {
    'docker-archive': saved,
    'docker-archive, a layer corrupt': savedCorrupt,
    'docker-archive, cut short': cutShort(saved, join(work, 'saved-cut.tar')),
    'oci-archive': ociArchive,
    'oci-archive, a layer corrupt': ociCorrupt,
    'oci-archive, cut short': cutShort(ociArchive, join(work, 'oci-cut.tar')),
    'gzipped oci-archive': gzipped,
    'gzipped oci-archive, a layer corrupt': gzippedCorrupt,
    'gzipped oci-archive, cut short': cutShort(gzipped, join(work, 'oci-cut.tar.gz')),
    'OCI layout': layout,
    'OCI layout, a layer corrupt': layoutCorrupt,
    'image in the engine': tag,
  };
  for (const [name, path] of Object.entries(made)) paths.set(name, path);
  writeFileSync(
    join(work, 'tiny-size.yml'),
    `images:\n${cases
      .map((c, i) => `  image${i}:\n    ${c.key}: ${paths.get(c.name)}\n    budget: { files: 10MB }\n`)
      .join('')}`,
  );
  previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = temp;
}, 300_000);

afterAll(() => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  removeImages([tag]);
});

/** Runs `measure`, then checks that the process holds what it held before and left no temporary file. */
async function released(measure: () => Promise<void>): Promise<void> {
  const before = openFiles();
  await measure();
  expect(openFiles()).toEqual(before);
  expect(readdirSync(temp)).toEqual([]);
}

function quiet() {
  const err: string[] = [];
  return { io: { out: () => {}, err: (text: string) => void err.push(text) }, err: () => err.join('') };
}

describe('opened files are closed when the measurement is over, on failure too', () => {
  it.each(cases)('the check engine (acquire, measure, dispose): $name', async (c) => {
    await released(async () => {
      const result = await runCheck({
        config: join(work, 'tiny-size.yml'),
        images: [`image${cases.indexOf(c)}`],
      });
      if (c.fails) {
        expect(result.measured).toEqual([]);
        expect(result.failed?.[0]?.message).toMatch(
          c.fails === 'opening'
            ? /truncated|does not decompress|unexpected end|not a tar|cut short/i
            : /does not match its digest|cannot read|invalid|corrupt|incorrect/i,
        );
      } else {
        expect(result.failed).toEqual([]);
        expect(result.measured[0]?.sizes.platforms[0]?.sizes.files.bytes).toBe(3 << 20);
      }
    });
  });

  it.each(cases)('the CLI, measure: $name', async (c) => {
    await released(async () => {
      const { io, err } = quiet();
      expect(await main(['measure', sourceOf(c)], io), err()).toBe(c.fails ? 2 : 0);
    });
  });

  it.each(cases.slice(1))('the CLI, diff of the docker-archive and: $name', async (c) => {
    await released(async () => {
      const { io, err } = quiet();
      expect(await main(['diff', sourceOf(cases[0] as Case), sourceOf(c)], io), err()).toBe(c.fails ? 2 : 0);
    });
  });
});
