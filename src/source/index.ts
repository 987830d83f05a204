/**
 * Reading an existing image, whatever holds it. Each source supplies blobs and a root; the walker
 * in src/oci turns them into the same ImageView.
 *
 *   parseSourceRef('oci-archive:out/app.tar:v1') → { kind: 'oci-archive', path: 'out/app.tar', ref: 'v1' }
 *   describeSource(source)                       → 'oci-archive:out/app.tar:v1'
 *   openImage(source, { platforms })             → ImageView (blobs verified on every read)
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TinySizeError } from '../errors.js';
import type { ImageView } from '../oci/index.js';
import { manifestOnlyView, sniffCompression } from '../oci/index.js';
import { assertArchiveFile, assertArchiveFileSync, openArchive } from './archive.js';
import { readDockerArchive } from './docker-archive.js';
import { ImageNotInEngine, readDockerDaemon } from './docker-daemon.js';
import { directoryFiles, holdingFiles } from './files.js';
import { readOciLayout } from './oci-layout.js';
import {
  hasRegistryHost,
  parseRegistryReference,
  type RegistryOptions,
  readRegistry,
} from './registry/index.js';
import { indexTar } from './tar-index.js';

/** A layout or archive, with the name of one of its images (`oci:DIR:REF`) when it holds several. */
export type PathSource = { kind: 'oci' | 'oci-archive' | 'docker-archive'; path: string; ref?: string };
export type ReadableSource =
  | PathSource
  /** The local engine; `orRegistry`: a bare name with a registry host, read from there when the engine lacks it. */
  | { kind: 'docker'; reference: string; orRegistry?: boolean }
  | { kind: 'registry'; reference: string };

const forms =
  'oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF, registry:REF or docker://REF (or a path or an image reference alone); a layout or archive of several images takes :REF after the path (oci:DIR:REF)';
/** Names that look like files, not images: a bare `nope.tar` that does not exist is a missing file. */
const fileLike = /^(?:\.{0,2}\/|~)|\.(?:tar|tgz|tar\.gz|tar\.zst|oci)$/;
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
 * Parses `oci:DIR[:REF]`, `oci-archive:FILE[:REF]`, `docker-archive:FILE[:REF]` (the path ends at
 * the first `:`, as in containers/image), `docker:REF` (or `docker-daemon:REF`), `registry:REF`,
 * `docker://REF`, or resolves a bare argument: a path when one exists (an OCI layout directory, or
 * a tar peeked for oci-layout/index.json versus manifest.json); a missing one that looks like a
 * file is a missing file; else an image reference: the local engine, or its registry when the
 * name carries a registry host and the engine lacks it.
 */
export function parseSourceRef(text: string): ReadableSource {
  const prefixed = /^([a-z][a-z0-9-]*):(.*)$/s.exec(text);
  if (prefixed && !imageIdPattern.test(text)) {
    const [, prefix = '', rest = ''] = prefixed;
    if (prefix in pathKinds) {
      const colon = rest.indexOf(':');
      const path = colon === -1 ? rest : rest.slice(0, colon);
      const ref = colon === -1 ? '' : rest.slice(colon + 1);
      if (!path) throw usage(`"${text}" names no path after ${prefix}:`);
      const kind = pathKinds[prefix as keyof typeof pathKinds];
      return ref ? { kind, path, ref } : { kind, path };
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
  if (fileLike.test(text)) {
    throw new TinySizeError(`${text} does not exist (looked for it in ${process.cwd()})`, {
      file: text,
      fix: `Check the file name; for an image in the local engine write docker:${text.replace(/^\.\//, '')}.`,
    });
  }
  if (looksLikeImageReference(text)) {
    return hasRegistryHost(text)
      ? { kind: 'docker', reference: text, orRegistry: true }
      : { kind: 'docker', reference: text };
  }
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

/**
 * The user-facing form of a source: `oci-archive:out/app.tar`, `oci:out/layout:v1`,
 * `docker:hello:latest`. A bare name with a registry host stays bare until read: the view's
 * `source` says where it was found (`docker:…` or `registry:…`).
 */
export function describeSource(source: ReadableSource): string {
  if (source.kind === 'docker' && source.orRegistry) return source.reference;
  if (source.kind === 'docker' || source.kind === 'registry') return `${source.kind}:${source.reference}`;
  return `${source.kind}:${source.path}${source.ref ? `:${source.ref}` : ''}`;
}

export interface OpenImageOptions {
  /** Keep only these platforms (`linux/amd64`, `linux/arm64/v8`); an error when none matches. */
  platforms?: string[];
  /** Where temporary files go (a decompressed archive, a docker save); default: the OS temp dir. */
  workDir?: string;
  /**
   * Read manifests and configs only, never a layer blob (compressed, pull and layers; files and
   * tar not measured). The one switch: the view carries it to measuring.
   */
  manifestOnly?: boolean;
  /** Registry sources: credentials, plain HTTP beyond loopback, retries. */
  registry?: RegistryOptions;
}

/** An opened image: `close()` releases what its source holds open (nothing, for a registry). */
export type OpenedImage = ImageView & { close(): Promise<void> };

/**
 * Opens an image and reads its index, manifests and configs. Layers are read later, through
 * `blobs`; the caller closes the image when done with them, on failure too (or uses withImage).
 */
export async function openImage(
  source: ReadableSource,
  options: OpenImageOptions = {},
): Promise<OpenedImage> {
  const view = await readSource(source, options);
  const opened = { ...view, close: view.close ?? (async () => {}) };
  return options.manifestOnly ? { ...manifestOnlyView(opened), close: opened.close } : opened;
}

/** Opens an image, hands it to `use`, and closes it whatever happens. */
export async function withImage<T>(
  source: ReadableSource,
  options: OpenImageOptions,
  use: (view: ImageView) => Promise<T>,
): Promise<T> {
  const view = await openImage(source, options);
  try {
    return await use(view);
  } finally {
    await view.close();
  }
}

async function readSource(source: ReadableSource, options: OpenImageOptions): Promise<ImageView> {
  const name = describeSource(source);
  const platforms = options.platforms ? { platforms: options.platforms } : {};
  switch (source.kind) {
    case 'oci':
    case 'oci-archive': {
      if (source.kind === 'oci') assertDirectory(source.path);
      const files =
        source.kind === 'oci'
          ? directoryFiles(source.path)
          : await openArchive(source.path, source.path, options.workDir);
      return holdingFiles(files, (opened) =>
        readOciLayout(opened, {
          source: name,
          ...platforms,
          ...(source.ref ? { reference: source.ref } : {}),
          sourceFor: (ref) => `${source.kind}:${source.path}:${ref}`,
        }),
      );
    }
    case 'docker-archive': {
      await assertArchiveFile(source.path, source.path);
      const files = await openArchive(source.path, source.path, options.workDir);
      return holdingFiles(files, (opened) =>
        readDockerArchive(opened, name, {
          ...platforms,
          ...(source.ref ? { reference: source.ref } : {}),
        }),
      );
    }
    case 'docker':
      try {
        return await readDockerDaemon(source.reference, `docker:${source.reference}`, {
          ...platforms,
          workDir: options.workDir,
        });
      } catch (error) {
        if (!source.orRegistry || !(error instanceof ImageNotInEngine)) throw error;
        return readFromRegistry(source.reference, options, error);
      }
    case 'registry':
      return readRegistry(source.reference, { ...options.registry, ...platforms, source: name });
  }
}

/** A bare name with a registry host that the local engine lacks: its registry, saying both were tried. */
async function readFromRegistry(
  reference: string,
  options: OpenImageOptions,
  notInEngine: ImageNotInEngine,
): Promise<ImageView> {
  try {
    return await readSource({ kind: 'registry', reference }, options);
  } catch (error) {
    if (!(error instanceof TinySizeError)) throw error;
    throw new TinySizeError(
      `${reference} is not in the local engine (${notInEngine.message}), and ${error.message}`,
      {
        ...error.place,
        cause: error,
        fix: `${error.fix ?? ''} To read only one place, write docker:${reference} or registry:${reference}.`.trim(),
      },
    );
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

export { ImageNotInEngine } from './docker-daemon.js';
export type { RegistryOptions } from './registry/index.js';
export { RegistryHttpError } from './registry/index.js';
