/**
 * Small images for registry tests, made without the internet: FROM scratch images built by the
 * Docker engine from files, and OCI layouts written by hand for a platform the engine cannot build.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { sha256 } from './registry-server.js';

/** Files by path; each becomes its own COPY layer, so the image has one layer per entry. */
export function writeScratchContext(dir: string, layers: Record<string, string | Buffer>[]): number {
  mkdirSync(dir, { recursive: true });
  const lines = ['FROM scratch'];
  let fileBytes = 0;
  layers.forEach((files, index) => {
    const layerDir = join(dir, `layer${index}`);
    for (const [path, content] of Object.entries(files)) {
      const target = join(layerDir, path);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, content);
      fileBytes += Buffer.byteLength(content);
    }
    lines.push(`COPY layer${index}/ /`);
  });
  writeFileSync(join(dir, 'Dockerfile'), `${lines.join('\n')}\n`);
  return fileBytes;
}

async function tarOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files))
    pack.entry({ name, mode: 0o644, mtime: new Date(0) }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A one-layer OCI layout for any platform, with tag `ref` in index.json. */
export async function writeOciLayout(
  dir: string,
  platform: { os: string; architecture: string; variant?: string },
  files: Record<string, string | Buffer>,
  ref = 'latest',
): Promise<{ manifestDigest: string; layerTar: Buffer }> {
  const blobs = join(dir, 'blobs/sha256');
  mkdirSync(blobs, { recursive: true });
  const put = (bytes: Buffer) => {
    const digest = sha256(bytes);
    writeFileSync(join(blobs, digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const layerTar = await tarOf(files);
  const layer = put(gzipSync(layerTar));
  const config = put(
    Buffer.from(
      JSON.stringify({
        ...platform,
        config: {},
        rootfs: { type: 'layers', diff_ids: [sha256(layerTar)] },
        history: [{ created_by: 'written by test/support/registry-images.ts' }],
      }),
    ),
  );
  const manifest = put(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
      }),
    ),
  );
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': ref },
        },
      ],
    }),
  );
  return { manifestDigest: manifest.digest, layerTar };
}

/** skopeo, quietly, with the private engine's socket for docker-daemon: sources. */
export function skopeo(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('skopeo', args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** skopeo without blocking the event loop: needed when a server in this process (a token issuer) must answer it. */
export async function skopeoAsync(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('skopeo', args, { encoding: 'utf8' });
  return stdout;
}

/** buildah with vfs storage (no overlay, no root filesystem tricks). */
export function buildah(args: string[]): string {
  return execFileSync('buildah', ['--storage-driver', 'vfs', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
