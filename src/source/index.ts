/**
 * Reading an existing image, whatever holds it. Every source ends in the same ImageView.
 *
 *   parseSourceRef('oci-archive:out/app.tar')  → { kind: 'oci-archive', path: 'out/app.tar' }
 *   describeSource(source)                     → 'oci-archive:out/app.tar'
 *   openImage(source, { platforms })           → ImageView (blobs verified on every read)
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageSource } from '../budget/index.js';
import { TinySizeError } from '../errors.js';
import type { ImageView } from '../oci/index.js';
import { platformMatches, platformString, sniffCompression } from '../oci/index.js';
import { assertArchiveFile, assertArchiveFileSync, openArchive } from './archive.js';
import { readDockerArchive } from './docker-archive.js';
import { readDockerDaemon } from './docker-daemon.js';
import { directoryFiles, type SourceFiles } from './files.js';
import { readOciLayout } from './oci-layout.js';
import { parseRegistryReference, type RegistryOptions, readRegistry } from './registry/index.js';
import { indexTar } from './tar-index.js';

export type ReadableSource = Exclude<ImageSource, { kind: 'build' }>;

const forms =
  'oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF, registry:REF or docker://REF (or a path or an image reference alone)';
const pathKinds = { oci: 'oci', 'oci-archive': 'oci-archive', 'docker-archive': 'docker-archive' } as const;
const daemonPrefixes = new Set(['docker', 'docker-daemon']);
/** Other tools' transports, named so that a typo or an unsupported one is not mistaken for an image name. */
const foreignTransports = new Set(['containers-storage', 'dir', 'ostree', 'sif', 'tarball', 'file']);

// https://github.com/distribution/reference/blob/main/regexp.go, without IPv6 hosts.
const pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const domain =
  '(?:localhost|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?';
const referencePattern = new RegExp(
  `^(?:${domain}/)?${pathComponent}(?:/${pathComponent})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);
const imageIdPattern = /^(?:sha256:)?[a-f0-9]{12,64}$/;

/** True for `name`, `name:tag`, `host:5000/a/b:tag@sha256:…`, and image IDs. */
export function looksLikeImageReference(text: string): boolean {
  return text.length <= 255 && (referencePattern.test(text) || imageIdPattern.test(text));
}

function usage(message: string, fix = `Write one of: ${forms}.`): TinySizeError {
  return new TinySizeError(message, { fix });
}

/**
 * Parses `oci:DIR`, `oci-archive:FILE`, `docker-archive:FILE`, `docker:REF` (or `docker-daemon:REF`),
 * or guesses from a bare path (an OCI layout directory, or a tar peeked for oci-layout/index.json
 * versus manifest.json) or a bare image reference (→ docker:REF).
 */
export function parseSourceRef(text: string): ReadableSource {
  const prefixed = /^([a-z][a-z0-9-]*):(.*)$/s.exec(text);
  if (prefixed && !imageIdPattern.test(text)) {
    const [, prefix = '', rest = ''] = prefixed;
    if (prefix in pathKinds) {
      if (!rest) throw usage(`"${text}" names no path after ${prefix}:`);
      return { kind: pathKinds[prefix as keyof typeof pathKinds], path: rest };
    }
    if (prefix === 'registry' || (prefix === 'docker' && rest.startsWith('//'))) {
      const reference = prefix === 'registry' ? rest : rest.slice(2);
      parseRegistryReference(reference);
      return { kind: 'registry', reference };
    }
    if (daemonPrefixes.has(prefix)) {
      if (!looksLikeImageReference(rest)) throw usage(`"${rest}" in "${text}" is not an image reference`);
      return { kind: 'docker', reference: rest };
    }
  }
  const guessed = guessPath(text);
  if (guessed) return guessed;
  if (prefixed && (prefixed[2]?.startsWith('//') || foreignTransports.has(prefixed[1] ?? ''))) {
    throw usage(`unknown image source prefix "${prefixed[1]}:" in "${text}"`);
  }
  if (looksLikeImageReference(text)) return { kind: 'docker', reference: text };
  throw usage(`"${text}" is neither an existing file or directory nor an image reference`);
}

function guessPath(path: string): ReadableSource | undefined {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch {
    return undefined;
  }
  if (info.isDirectory()) {
    if (isFile(join(path, 'oci-layout'))) return { kind: 'oci', path };
    throw new TinySizeError(`the directory ${path} is not an OCI image layout (it has no oci-layout file)`, {
      file: path,
      fix: `Write one with skopeo copy ... oci:${path}, or name an archive: ${forms}.`,
    });
  }
  assertArchiveFileSync(info, path);
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    const compression = sniffCompression(head);
    if (compression !== 'none') {
      throw new TinySizeError(`${path} is ${compression}-compressed, so its kind cannot be told by peeking`, {
        file: path,
        fix: `Name its kind: oci-archive:${path} or docker-archive:${path}.`,
      });
    }
    const names = indexTar(fd, path).entries;
    if (names.has('manifest.json')) return { kind: 'docker-archive', path };
    if (names.has('oci-layout') || names.has('index.json')) return { kind: 'oci-archive', path };
    throw new TinySizeError(
      `${path} is a tar archive but not an image archive (no manifest.json, oci-layout or index.json)`,
      {
        file: path,
        fix: 'Name an image archive written by docker save, skopeo copy or buildah push.',
      },
    );
  } finally {
    closeSync(fd);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The user-facing form of a source: `oci-archive:out/app.tar`, `docker:hello:latest`. */
export function describeSource(source: ReadableSource): string {
  return 'reference' in source ? `${source.kind}:${source.reference}` : `${source.kind}:${source.path}`;
}

export interface OpenImageOptions {
  /** Keep only these platforms (`linux/amd64`, `linux/arm64/v8`); an error when none matches. */
  platforms?: string[];
  /** Where temporary files go (a decompressed archive, a docker save); default: the OS temp dir. */
  workDir?: string;
  /** Registry sources: read manifests and configs only, never a layer blob (compressed and pull only). */
  manifestOnly?: boolean;
  /** Registry sources: credentials, plain HTTP beyond loopback, retries. */
  registry?: RegistryOptions;
}

/** Opens an image and reads its index, manifests and configs. Layers are read later, through `blobs`. */
export async function openImage(source: ReadableSource, options: OpenImageOptions = {}): Promise<ImageView> {
  const name = describeSource(source);
  let view: ImageView;
  switch (source.kind) {
    case 'oci':
      assertDirectory(source.path);
      view = await readOciLayout(directoryFiles(source.path), { source: name });
      break;
    case 'oci-archive':
      view = await closedOnFailure(await openArchive(source.path, source.path, options.workDir), (files) =>
        readOciLayout(files, { source: name }),
      );
      break;
    case 'docker-archive':
      await assertArchiveFile(source.path, source.path);
      view = await closedOnFailure(await openArchive(source.path, source.path, options.workDir), (files) =>
        readDockerArchive(files, name),
      );
      break;
    case 'docker':
      view = await readDockerDaemon(source.reference, name, options.workDir);
      break;
    case 'registry': {
      const wanted = options.platforms;
      view = await readRegistry(source.reference, {
        ...options.registry,
        manifestOnly: options.manifestOnly ?? options.registry?.manifestOnly,
        source: name,
        ...(wanted
          ? { platforms: wanted, selectPlatform: (p) => wanted.some((w) => platformMatches(w, p)) }
          : {}),
      });
      break;
    }
  }
  if (view.platforms.length === 0) {
    const skipped = view.skipped.map((s) => `${s.descriptor.digest}: ${s.reason}`).join('; ');
    throw new TinySizeError(`${name} holds no runnable image${skipped ? ` (skipped ${skipped})` : ''}`, {
      file: name,
      fix: 'Point at an image, not an artifact or attestation.',
    });
  }
  return options.platforms ? selectPlatforms(view, options.platforms) : view;
}

/** Reads an opened archive; a refused one is closed at once (its descriptor, and a temp file's space). */
async function closedOnFailure(files: SourceFiles, read: (files: SourceFiles) => Promise<ImageView>) {
  try {
    return await read(files);
  } catch (error) {
    files.close?.();
    throw error;
  }
}

function assertDirectory(path: string): void {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch (error) {
    throw new TinySizeError(`the OCI layout directory ${path} does not exist`, {
      file: path,
      cause: error,
      fix: `Check the path; write one with skopeo copy ... oci:${path}.`,
    });
  }
  if (!info.isDirectory()) {
    throw new TinySizeError(`${path} is a file, not an OCI layout directory`, {
      file: path,
      fix: `For an archive write oci-archive:${path} or docker-archive:${path}.`,
    });
  }
}

function selectPlatforms(view: ImageView, wanted: string[]): ImageView {
  const platforms = view.platforms.filter((image) => wanted.some((w) => platformMatches(w, image.platform)));
  if (platforms.length === 0) {
    const has = view.platforms.map((image) => platformString(image.platform)).join(', ');
    throw new TinySizeError(`${view.source} has no image for ${wanted.join(', ')}; it has: ${has}`, {
      file: view.source,
      fix: `Measure one of the platforms it has (${has}), or build the image for ${wanted.join(', ')}.`,
    });
  }
  return { ...view, platforms };
}

export type { RegistryOptions } from './registry/index.js';
