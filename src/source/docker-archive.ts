/**
 * Reads a `docker save` archive. Docker 25+ writes an OCI layout beside manifest.json: that is
 * read as OCI, with real manifests. The legacy layout (manifest.json, `<id>.json`,
 * `<id>/layer.tar`) stores no manifest: one is synthesized from the uncompressed layer tars.
 */

import { TinySizeError } from '../errors.js';
import type { ImageView } from '../oci/index.js';
import {
  type Descriptor,
  DockerArchiveManifest,
  defaultJsonCap,
  ImageConfig,
  type ImageManifest,
  MediaType,
  parseJsonDocument,
  platformImage,
  referenceMatches,
  settleView,
  sha256Digest,
} from '../oci/index.js';
import { filesBlobStore } from './blob-store.js';
import { readSmallFile, type SourceFiles } from './files.js';
import { type LayoutOptions, readOciLayout } from './oci-layout.js';

export const synthesizedManifestNote =
  'No manifest is stored in a legacy docker save archive: this Docker v2 schema 2 manifest was made up from the uncompressed layer tars (media type application/vnd.docker.image.rootfs.diff.tar, digest = diff_id, size = tar length), so compressed and pull sizes are estimates.';

/**
 * `options.reference` picks one image of several (docker-archive:FILE:REF), by RepoTags or, in the
 * OCI part, by annotation.
 */
export async function readDockerArchive(
  files: SourceFiles,
  source: string,
  options: Omit<LayoutOptions, 'source' | 'references'> = {},
): Promise<ImageView> {
  const manifestBytes = await readSmallFile(files, 'manifest.json', defaultJsonCap, 'manifest.json');
  if (!manifestBytes) {
    throw new TinySizeError(`${files.file} is not a docker save archive: it has no manifest.json`, {
      file: files.file,
      fix:
        (await files.size('oci-layout')) !== undefined
          ? `It is an OCI layout archive: write oci-archive:${files.file}.`
          : 'Write one with docker save -o FILE IMAGE.',
    });
  }
  const entries = parseJsonDocument(manifestBytes, DockerArchiveManifest, 'manifest.json', {
    file: files.file,
    within: 'manifest.json',
  });
  const wanted = options.reference;
  const tagged = (entry: DockerArchiveManifest[number]) =>
    wanted === undefined || (entry.RepoTags ?? []).some((tag) => referenceMatches(wanted, tag));
  const chosen = entries.filter(tagged);
  const references = chosen.flatMap((entry) => entry.RepoTags ?? []);
  const all = entries.flatMap((entry) => entry.RepoTags ?? []);
  const sourceFor = (ref: string) => `docker-archive:${files.file}:${ref}`;

  if ((await files.size('oci-layout')) !== undefined && (await files.size('index.json')) !== undefined) {
    return readOciLayout(files, { ...options, source, references, sourceFor });
  }

  const entry = chosen[0];
  if (!entry || chosen.length > 1) {
    throw new TinySizeError(
      wanted === undefined
        ? `${files.file} holds ${entries.length} images${all.length ? ` (${all.join(', ')})` : ''}; expected exactly one`
        : `${files.file} holds no image tagged ${wanted}; it holds: ${all.join(', ') || 'untagged images only'}`,
      {
        file: files.file,
        within: 'manifest.json',
        fix: all.length
          ? `Name one: ${all.map(sourceFor).join(', ')}.`
          : 'Save one image per archive: docker save -o FILE IMAGE.',
      },
    );
  }
  return settleView(await readLegacy(files, source, entry, references), options.platforms);
}

async function readLegacy(
  files: SourceFiles,
  source: string,
  entry: DockerArchiveManifest[number],
  references: string[],
): Promise<ImageView> {
  const place = { file: files.file, within: 'manifest.json' };
  const configBytes = await readSmallFile(
    files,
    entry.Config,
    defaultJsonCap,
    `image config ${entry.Config}`,
  );
  if (!configBytes) {
    throw new TinySizeError(`the image config ${entry.Config} named by manifest.json is missing`, {
      ...place,
      fix: 'The archive is incomplete: save it again with docker save.',
    });
  }
  const configDigest = sha256Digest(configBytes);
  // Docker names the config after its digest: a different name means the bytes changed.
  const namedHex = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(entry.Config)?.[1];
  if (namedHex && `sha256:${namedHex}` !== configDigest) {
    throw new TinySizeError(
      `blob sha256:${namedHex} does not match its digest: the image config ${entry.Config} hashes to ${configDigest}`,
      { file: files.file, within: entry.Config, fix: 'The archive was changed or damaged: save it again.' },
    );
  }
  const config = parseJsonDocument(configBytes, ImageConfig, `image config ${entry.Config}`, {
    file: files.file,
    within: entry.Config,
  });
  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== entry.Layers.length) {
    throw new TinySizeError(
      `manifest.json lists ${entry.Layers.length} layers but the config has ${diffIds.length} rootfs.diff_ids`,
      { ...place, fix: 'The archive is inconsistent: save it again with docker save.' },
    );
  }

  const paths = new Map<string, string>([[configDigest, entry.Config]]);
  const layers: Descriptor[] = [];
  for (const [i, path] of entry.Layers.entries()) {
    const size = await files.size(path);
    if (size === undefined) {
      throw new TinySizeError(`layer ${path} (manifest.json Layers[${i}]) is missing from the archive`, {
        ...place,
        fix: 'The archive is incomplete or truncated: save it again with docker save.',
      });
    }
    const diffId = diffIds[i] as string;
    paths.set(diffId, path);
    layers.push({ mediaType: MediaType.dockerLayer, digest: diffId, size });
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.dockerManifest,
    config: { mediaType: MediaType.dockerConfig, digest: configDigest, size: configBytes.length },
    layers,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const manifestDescriptor: Descriptor = {
    mediaType: MediaType.dockerManifest,
    digest: sha256Digest(manifestBytes),
    size: manifestBytes.length,
  };
  const blobs = filesBlobStore(files, {
    locate: (descriptor) => paths.get(descriptor.digest),
    inMemory: new Map([[manifestDescriptor.digest, manifestBytes]]),
  });
  const image = platformImage(
    { manifestDescriptor, manifest, config, synthesized: synthesizedManifestNote },
    { file: files.file },
  );
  return { source, references, platforms: [image], skipped: [], blobs };
}
