/**
 * Builds small images for tests from inputs we choose, so every expected digest, size and diff_id
 * is known independently of the code under test: tar-stream writes tars, node:crypto hashes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

export const sha256 = (bytes: Buffer | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export interface TarItem {
  name: string;
  content?: string | Buffer;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  linkname?: string;
}

/** A tar of the items, in order, with fixed mtimes. */
export async function makeTar(items: TarItem[]): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  for (const item of items) {
    const content = Buffer.from(item.content ?? '');
    await new Promise<void>((resolve, reject) =>
      archive.entry(
        {
          name: item.name,
          type: item.type ?? 'file',
          linkname: item.linkname,
          mtime: new Date(0),
          mode: 0o644,
        },
        content,
        (error) => (error ? reject(error) : resolve()),
      ),
    );
  }
  archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

export interface Blob {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Buffer;
}

export interface BuiltImage {
  manifest: Blob;
  config: Blob;
  layers: Blob[];
  diffIds: string[];
}

/** Blobs by digest, plus the index.json entries: an OCI layout in memory. */
export class Layout {
  readonly blobs = new Map<string, Buffer>();
  readonly manifests: Record<string, unknown>[] = [];

  add(bytes: Buffer | string, mediaType: string): Blob {
    const buffer = Buffer.from(bytes);
    const blob = { mediaType, digest: sha256(buffer), size: buffer.length, bytes: buffer };
    this.blobs.set(blob.digest, buffer);
    return blob;
  }

  json(value: unknown, mediaType: string): Blob {
    return this.add(JSON.stringify(value), mediaType);
  }

  /** An image from layer tars; gzip = true stores them as tar+gzip. */
  async image(options: {
    layers: TarItem[][];
    platform?: { os: string; architecture: string; variant?: string };
    gzip?: boolean;
    docker?: boolean;
  }): Promise<BuiltImage> {
    const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
    const tars = await Promise.all(options.layers.map(makeTar));
    const diffIds = tars.map((tar) => sha256(tar));
    const layerType = options.docker
      ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
      : options.gzip
        ? 'application/vnd.oci.image.layer.v1.tar+gzip'
        : 'application/vnd.oci.image.layer.v1.tar';
    const layers = tars.map((tar) =>
      this.add(options.gzip || options.docker ? gzipSync(tar) : tar, layerType),
    );
    const config = this.json(
      {
        ...platform,
        config: {},
        rootfs: { type: 'layers', diff_ids: diffIds },
        history: diffIds.map((_, i) => ({ created_by: `step ${i}` })),
      },
      options.docker
        ? 'application/vnd.docker.container.image.v1+json'
        : 'application/vnd.oci.image.config.v1+json',
    );
    const manifestType = options.docker
      ? 'application/vnd.docker.distribution.manifest.v2+json'
      : 'application/vnd.oci.image.manifest.v1+json';
    const manifest = this.json(
      {
        schemaVersion: 2,
        mediaType: manifestType,
        config: descriptor(config),
        layers: layers.map((layer) => descriptor(layer)),
      },
      manifestType,
    );
    return { manifest, config, layers, diffIds };
  }

  /** The files of the layout: oci-layout, index.json, blobs/sha256/<hex>. */
  files(): Record<string, Buffer> {
    const files: Record<string, Buffer> = {
      'oci-layout': Buffer.from('{"imageLayoutVersion":"1.0.0"}'),
      'index.json': Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: this.manifests })),
    };
    for (const [digest, bytes] of this.blobs) files[`blobs/sha256/${digest.slice(7)}`] = bytes;
    return files;
  }
}

export function descriptor(blob: Blob, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size, ...extra };
}

export function writeFiles(dir: string, files: Record<string, Buffer | string>): string {
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

/** A tar of files, in insertion order (directories are implied, as skopeo writes them). */
export function archiveOf(files: Record<string, Buffer | string>, extra: TarItem[] = []): Promise<Buffer> {
  return makeTar([...Object.entries(files).map(([name, content]) => ({ name, content })), ...extra]);
}

/** A legacy `docker save` archive of one image: manifest.json, <id>.json, <layerid>/layer.tar. */
export async function legacyDockerArchive(
  layers: TarItem[][],
  repoTags: string[] = ['src-unit:latest'],
): Promise<{ files: Record<string, Buffer>; diffIds: string[]; configDigest: string; tars: Buffer[] }> {
  const tars = await Promise.all(layers.map(makeTar));
  const diffIds = tars.map((tar) => sha256(tar));
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: diffIds.map((_, i) => ({ created_by: `step ${i}` })),
    }),
  );
  const configDigest = sha256(config);
  const files: Record<string, Buffer> = {};
  const layerPaths = tars.map((tar, i) => {
    const id = createHash('sha256').update(`layer ${i}`).digest('hex');
    files[`${id}/layer.tar`] = tar;
    files[`${id}/VERSION`] = Buffer.from('1.0');
    return `${id}/layer.tar`;
  });
  files[`${configDigest.slice(7)}.json`] = config;
  files['manifest.json'] = Buffer.from(
    JSON.stringify([{ Config: `${configDigest.slice(7)}.json`, RepoTags: repoTags, Layers: layerPaths }]),
  );
  return { files, diffIds, configDigest, tars };
}
