/**
 * Writing an OCI image layout (oci-layout, index.json, blobs/sha256/…), and the same as one tar
 * (an oci-archive), byte for byte the same on every run.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../../atomic-write.js';
import { TinySizeError } from '../../errors.js';
import {
  blobPath,
  type Descriptor,
  type ImageView,
  MediaType,
  readCapped,
  sha256Digest,
} from '../../oci/index.js';
import type { PlatformSpec } from './dockerfile.js';
import { compareNames, gzipBytes, tarInMemory } from './layer.js';

export interface LayoutBlobs {
  config: Buffer;
  layers: { gzip: Buffer; digest: string }[];
  platform: PlatformSpec;
}

export interface WrittenLayout {
  manifestDigest: string;
  manifest: Buffer;
}

/** Writes the layout into `dir`, which must not exist yet; returns the manifest's digest. */
export async function writeOciLayout(dir: string, blobs: LayoutBlobs): Promise<WrittenLayout> {
  await mkdir(dir, { recursive: false });
  const put = async (bytes: Buffer): Promise<{ digest: string; size: number }> => {
    const digest = sha256Digest(bytes);
    const path = join(dir, blobPath(digest));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    return { digest, size: bytes.length };
  };
  const config = await put(blobs.config);
  const layers = [];
  for (const layer of blobs.layers)
    layers.push({ mediaType: MediaType.ociLayerGzip, ...(await put(layer.gzip)) });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, ...config },
      layers,
    }),
  );
  const written = await put(manifest);
  const index = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: [{ mediaType: MediaType.ociManifest, ...written, platform: blobs.platform }],
  };
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  return { manifestDigest: written.digest, manifest };
}

/** Packs a layout directory into `file` (written beside it, then renamed): sorted, owner 0, mtime 0. */
export async function writeOciArchive(layoutDir: string, file: string): Promise<void> {
  const files = (await listFiles(layoutDir)).sort(compareNames);
  const header = { mode: 0o644, uid: 0, gid: 0, uname: '', gname: '', mtime: new Date(0) };
  const archive = await tarInMemory(async (add) => {
    for (const name of files) {
      const bytes = await readFile(join(layoutDir, name));
      await add({ ...header, name, size: bytes.length }, bytes);
    }
  });
  await writeFileAtomic(file, archive);
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await listFiles(path, root)));
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

/**
 * Writes one platform of any image as an OCI layout: blobs copied as they are (the manifest digest
 * stays), except a manifest synthesized from uncompressed tars (a legacy `docker save`), whose layers
 * are gzipped here and described by a new OCI manifest.
 */
export async function writeViewAsOciLayout(view: ImageView, dir: string): Promise<WrittenLayout> {
  const [image, ...more] = view.platforms;
  if (!image || more.length > 0)
    throw new TinySizeError(
      `${view.source} holds ${view.platforms.length} platforms; an OCI layout is written for one`,
      {
        fix: 'pass --platform to build one platform',
      },
    );
  const read = async (descriptor: Descriptor) =>
    readCapped(await view.blobs.open(descriptor), 2 ** 31, {}, 'blob');
  const config = await read(image.configDescriptor);
  if (image.synthesized) {
    const layers = [];
    for (const layer of image.layers) {
      const gzip = gzipBytes(await read(layer.descriptor));
      layers.push({ gzip, digest: sha256Digest(gzip) });
    }
    const platform = image.platform as PlatformSpec;
    return writeOciLayout(dir, { config, layers, platform });
  }
  await mkdir(dir, { recursive: false });
  const put = async (bytes: Buffer) => {
    const path = join(dir, blobPath(sha256Digest(bytes)));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  };
  const manifest = await read(image.manifestDescriptor);
  for (const bytes of [manifest, config]) await put(bytes);
  for (const layer of image.layers) await put(await read(layer.descriptor));
  const index = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: [{ ...image.manifestDescriptor, platform: image.platform }],
  };
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  return { manifestDigest: image.manifestDescriptor.digest, manifest };
}
