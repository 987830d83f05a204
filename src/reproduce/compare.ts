/**
 * Where two builds of one image differ: the config fields, the first layer whose tar differs, and in
 * it each file and how (content, mtime, owner, mode, type, order), or, when the tars are the same,
 * the gzip bytes (header or compression).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import {
  type Descriptor,
  type ImageView,
  type PlatformImage,
  readCapped,
  sniffCompression,
} from '../oci/index.js';

export type How =
  | 'content'
  | 'mtime'
  | 'owner'
  | 'mode'
  | 'type'
  | 'only in the first'
  | 'only in the second';

export interface FileDifference {
  /** Path in the image, from `/`. */
  path: string;
  how: How[];
}

export interface ImageDifference {
  /** Top-level config fields that differ (`created`, `history`, `config.Env`…). */
  config: string[];
  /** Index (0 = base) of the first layer that differs, when one does. */
  layer?: number;
  /** How that layer differs when its tar is the same: `gzip header` or `compression`. */
  layerHow?: string;
  /** The files of that layer that differ. */
  files: FileDifference[];
  /** The entries are the same but in another order (the first one out of place). */
  order?: string;
  /** How many layers differ in all. */
  layersDiffering: number;
}

interface TarEntry {
  path: string;
  type: string;
  mode: number;
  owner: string;
  mtime: number;
  content: string;
}

/** Differences between two images' first platforms. */
export async function compareImages(a: ImageView, b: ImageView): Promise<ImageDifference> {
  const [pa, pb] = [a.platforms[0], b.platforms[0]];
  if (!pa || !pb) return { config: ['platforms'], files: [], layersDiffering: 0 };
  const difference: ImageDifference = { config: configDifferences(pa, pb), files: [], layersDiffering: 0 };
  const count = Math.max(pa.layers.length, pb.layers.length);
  for (let i = 0; i < count; i++) {
    const [la, lb] = [pa.layers[i], pb.layers[i]];
    if (la && lb && la.descriptor.digest === lb.descriptor.digest) continue;
    difference.layersDiffering++;
    if (difference.layer !== undefined) continue;
    difference.layer = i;
    if (!la || !lb) {
      difference.layerHow = la ? 'only in the first build' : 'only in the second build';
      continue;
    }
    if (la.diffId === lb.diffId) {
      const [ha, hb] = [await head(a, la.descriptor), await head(b, lb.descriptor)];
      difference.layerHow = ha.equals(hb)
        ? 'compression (the same tar, other compressed bytes)'
        : 'gzip header';
      continue;
    }
    const [ea, eb] = [await layerEntries(a, la.descriptor), await layerEntries(b, lb.descriptor)];
    difference.files = fileDifferences(ea, eb);
    if (difference.files.length === 0) difference.order = firstOutOfOrder(ea, eb);
  }
  return difference;
}

function configDifferences(a: PlatformImage, b: PlatformImage): string[] {
  const ca = a.config as Record<string, unknown>;
  const cb = b.config as Record<string, unknown>;
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort()) {
    if (key === 'rootfs') continue;
    const [va, vb] = [ca[key], cb[key]];
    if (JSON.stringify(va) === JSON.stringify(vb)) continue;
    if (isRecord(va) && isRecord(vb)) {
      for (const inner of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort())
        if (JSON.stringify(va[inner]) !== JSON.stringify(vb[inner])) out.push(`${key}.${inner}`);
    } else out.push(key);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fileDifferences(a: TarEntry[], b: TarEntry[]): FileDifference[] {
  const byPath = (entries: TarEntry[]) => new Map(entries.map((e) => [e.path, e]));
  const [ma, mb] = [byPath(a), byPath(b)];
  const out: FileDifference[] = [];
  for (const path of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
    const [ea, eb] = [ma.get(path), mb.get(path)];
    const how: How[] = [];
    if (!ea) how.push('only in the second');
    else if (!eb) how.push('only in the first');
    else {
      if (ea.type !== eb.type) how.push('type');
      if (ea.content !== eb.content) how.push('content');
      if (ea.mtime !== eb.mtime) how.push('mtime');
      if (ea.owner !== eb.owner) how.push('owner');
      if (ea.mode !== eb.mode) how.push('mode');
    }
    if (how.length) out.push({ path, how });
  }
  return out;
}

function firstOutOfOrder(a: TarEntry[], b: TarEntry[]): string | undefined {
  return a.find((entry, i) => b[i]?.path !== entry.path)?.path;
}

async function blob(view: ImageView, descriptor: Descriptor): Promise<Buffer> {
  return readCapped(await view.blobs.open(descriptor), 2 ** 30, { file: view.source }, 'layer');
}

async function head(view: ImageView, descriptor: Descriptor): Promise<Buffer> {
  return (await blob(view, descriptor)).subarray(0, 10);
}

async function layerEntries(view: ImageView, descriptor: Descriptor): Promise<TarEntry[]> {
  const bytes = await blob(view, descriptor);
  const compression = sniffCompression(bytes.subarray(0, 4));
  if (compression === 'zstd') return [];
  const tarBytes = compression === 'gzip' ? gunzipSync(bytes) : bytes;
  const entries: TarEntry[] = [];
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const hash = createHash('sha256');
      stream.on('data', (chunk: unknown) => hash.update(chunk as Buffer));
      stream.on('end', () => {
        entries.push({
          path: `/${header.name.replace(/^\.?\/+/, '').replace(/\/$/, '')}`,
          type: header.type ?? 'file',
          mode: header.mode ?? 0,
          owner: `${header.uid}:${header.gid} ${header.uname ?? ''}:${header.gname ?? ''}`,
          mtime: header.mtime?.getTime() ?? 0,
          content: `${hash.digest('hex')} ${header.linkname ?? ''}`,
        });
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([tarBytes]).pipe(extract as unknown as NodeJS.WritableStream);
  await done;
  return entries;
}

/** One line for the report: what differs first, and how. */
export function describeDifference(difference: ImageDifference, maxFiles = 5): string {
  const parts: string[] = [];
  if (difference.layer !== undefined) {
    const layer = `layer ${difference.layer + 1}`;
    if (difference.layerHow) parts.push(`${layer} differs: ${difference.layerHow}`);
    else if (difference.files.length) {
      const files = difference.files.slice(0, maxFiles).map((f) => `${f.path} (${f.how.join(', ')})`);
      const more =
        difference.files.length > maxFiles ? ` and ${difference.files.length - maxFiles} more` : '';
      parts.push(`${layer} differs first, in ${files.join(', ')}${more}`);
    } else if (difference.order)
      parts.push(`${layer} holds the same files in another order, from ${difference.order}`);
    else parts.push(`${layer} differs`);
    if (difference.layersDiffering > 1) parts.push(`${difference.layersDiffering} layers differ in all`);
  }
  if (difference.config.length) parts.push(`the config differs in ${difference.config.join(', ')}`);
  return parts.join('; ') || 'the manifests differ';
}
