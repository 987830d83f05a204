/**
 * The one walk from a root descriptor to platform images, shared by every source. A source
 * supplies only a BlobStore (bytes of a blob by descriptor, digest-checked) and the root; this
 * derives the rest, as go-containerregistry's `partial` package does:
 *
 *   walkImage(blobs, { descriptor, bytes }, { source: 'oci:out/layout', holder: 'the layout' })
 *     → ImageView: platforms (manifest, config, layers), skipped entries with reasons, references
 *
 * Media-type dispatch (OCI and Docker indexes and manifests), a depth limit, dedupe by digest,
 * attestations and unknown types skipped with a reason, platform selection before a manifest is
 * fetched, one image per platform, size-capped and digest-checked documents.
 */
import type { z } from 'zod';
import { type Place, TinySizeError } from '../errors.js';
import { blobPath, defaultJsonCap, parseJsonDocument, readCapped, readJsonBlob } from './digest.js';
import { BlobNotFound, type BlobStore, type ImageView, type PlatformImage } from './image.js';
import {
  documentMediaType,
  isImageConfig,
  isIndex,
  isLayer,
  isManifest,
  isSchema1Manifest,
} from './media-types.js';
import { platformImage } from './platform-image.js';
import {
  type Descriptor,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  platformMatches,
  platformString,
} from './types.js';

/** Indexes below the root index: more is a malformed (or hostile) image. */
export const maxIndexDepth = 8;

export const refNameAnnotation = 'org.opencontainers.image.ref.name';
export const containerdNameAnnotation = 'io.containerd.image.name';
const referenceTypeAnnotation = 'vnd.docker.reference.type';

export interface WalkRoot {
  descriptor: Descriptor;
  /** The root document's bytes when the source already holds them (index.json, a registry tag). */
  bytes?: Buffer;
  /** The root is a named file, not a blob (`index.json`): errors name it instead of its digest. */
  document?: string;
}

export interface WalkOptions {
  /** The source as the user writes it (`oci:out/layout`): the view's name. */
  source: string;
  /** The file errors name (the layout's path); default: `source`. */
  file?: string;
  /** Who holds the blobs, for messages: `the layout`, `the registry`. */
  holder: string;
  /** Keep only these platforms (`linux/amd64`, `linux/arm64/v8`); an error when none matches. */
  platforms?: string[];
  /** Keep only the root index's entries of this name (`oci:DIR:REF`); an error when none has it. */
  reference?: string;
  /** How a reference is written as a source, for the fix that lists them (`oci:DIR:REF`). */
  sourceFor?: (reference: string) => string;
  /** References known from elsewhere (docker save's RepoTags), listed first. */
  references?: string[];
}

/** Why an index entry is not a runnable platform, or undefined when it may be one. */
export function skipReason(descriptor: Descriptor): string | undefined {
  if (descriptor.annotations?.[referenceTypeAnnotation] === 'attestation-manifest') {
    return `attestation manifest for ${descriptor.annotations['vnd.docker.reference.digest'] ?? 'an image'}`;
  }
  if (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown') {
    return 'platform unknown/unknown (an attestation or other non-runnable manifest)';
  }
  if (isSchema1Manifest(descriptor.mediaType)) return 'Docker v2 schema 1 manifest (not supported)';
  if (!isIndex(descriptor.mediaType) && !isManifest(descriptor.mediaType)) {
    return `not an image manifest (media type ${descriptor.mediaType})`;
  }
  return undefined;
}

/** The names an index entry carries: containerd's full name first (ref.name is often just the tag). */
export function referencesOf(descriptor: Descriptor): string[] {
  const annotations = descriptor.annotations ?? {};
  return [annotations[containerdNameAnnotation], annotations[refNameAnnotation]].filter(
    (name): name is string => Boolean(name),
  );
}

/** `app:1` names `docker.io/library/app:1` too, as Docker writes short names. */
export function referenceMatches(wanted: string, name: string): boolean {
  return name === wanted || name === `docker.io/library/${wanted}` || name === `docker.io/${wanted}`;
}

/** The view in manifest-only mode: its blob store refuses layers, so none is transferred. */
export function manifestOnlyView(view: ImageView): ImageView {
  const { blobs, source } = view;
  return {
    ...view,
    manifestOnly: true,
    blobs: {
      async open(descriptor) {
        if (isLayer(descriptor.mediaType)) {
          throw new TinySizeError(
            `manifest-only mode reads no layer, but layer ${descriptor.digest} was asked for`,
            {
              file: source,
              within: `blob ${descriptor.digest}`,
              fix: 'Measure without manifest-only to count files and tar bytes.',
            },
          );
        }
        return blobs.open(descriptor);
      },
    },
  };
}

export async function walkImage(blobs: BlobStore, root: WalkRoot, options: WalkOptions): Promise<ImageView> {
  const { source } = options;
  const place: Place = { file: options.file ?? source };
  const view: ImageView = {
    source,
    references: [...(options.references ?? [])],
    platforms: [],
    skipped: [],
    blobs,
  };
  const wanted = options.platforms;
  /** Platforms found but not asked for, for the message when none is left. */
  const others: string[] = [];
  const seen = new Set<string>();

  /** A document's bytes: size-capped and digest-checked; a missing one names the index that lists it. */
  const readBytes = async (descriptor: Descriptor, parent: string | undefined): Promise<Buffer> => {
    const what = `document ${descriptor.digest}`;
    const within = { ...place, within: blobPath(descriptor.digest) };
    if (descriptor.size > defaultJsonCap) {
      throw new TinySizeError(
        `${what} is ${descriptor.size} bytes, over the ${defaultJsonCap}-byte limit for JSON documents`,
        { ...within, fix: 'This is not a plain image document; check that the source is an image.' },
      );
    }
    try {
      return await readCapped(await blobs.open(descriptor), defaultJsonCap, within, what);
    } catch (error) {
      if (!(error instanceof BlobNotFound) || parent === undefined) throw error;
      const platform = descriptor.platform ? ` (${platformString(descriptor.platform)})` : '';
      throw new TinySizeError(
        `the image index ${parent} lists manifest ${descriptor.digest}${platform}, which ${options.holder} does not have`,
        {
          ...place,
          within: `index ${parent}`,
          cause: error,
          fix: 'The index is incomplete (a platform was deleted or never pushed): push the whole image again (or copy it whole: skopeo copy --all), e.g. buildah manifest push --all or docker buildx build --push.',
        },
      );
    }
  };

  const parse = <T extends z.ZodType>(
    raw: Buffer,
    descriptor: Descriptor,
    schema: T,
    what: string,
    isRoot: boolean,
  ) =>
    isRoot && root.document
      ? parseJsonDocument(raw, schema, root.document, { ...place, within: root.document })
      : parseJsonDocument(raw, schema, `${what} ${descriptor.digest}`, {
          ...place,
          within: blobPath(descriptor.digest),
        });

  const readImage = async (
    descriptor: Descriptor,
    raw: Buffer,
    isRoot: boolean,
  ): Promise<PlatformImage | string> => {
    const manifest = parse(raw, descriptor, ImageManifest, 'manifest', isRoot);
    if (!isImageConfig(manifest.config.mediaType)) {
      return `an artifact, not a runnable image (config media type ${manifest.config.mediaType})`;
    }
    const config = await readJsonBlob(blobs, manifest.config, ImageConfig, { what: 'image config', place });
    return platformImage(
      { manifestDescriptor: descriptor, manifest, config, declaredPlatform: descriptor.platform },
      place,
    );
  };

  const visit = async (descriptor: Descriptor, parent: string | undefined, depth: number): Promise<void> => {
    const isRoot = depth === 0;
    if (seen.has(descriptor.digest)) return;
    seen.add(descriptor.digest);
    const reason = isRoot ? undefined : skipReason(descriptor);
    if (reason) {
      view.skipped.push({ descriptor, reason });
      return;
    }
    // Asked for other platforms: an entry that declares its platform is not even fetched.
    const declared = descriptor.platform;
    if (
      wanted &&
      declared &&
      isManifest(descriptor.mediaType) &&
      !wanted.some((w) => platformMatches(w, declared))
    ) {
      others.push(platformString(declared));
      return;
    }
    const raw = isRoot && root.bytes ? root.bytes : await readBytes(descriptor, parent);
    // The schema check that follows names the fault of bytes that are not JSON.
    const mediaType = documentMediaType(raw, descriptor.mediaType) ?? descriptor.mediaType;
    const actual = { ...descriptor, mediaType };
    if (isIndex(mediaType)) {
      if (depth > maxIndexDepth) {
        throw new TinySizeError(`image indexes nest deeper than ${maxIndexDepth} levels`, {
          ...place,
          within: `index ${descriptor.digest}`,
          fix: 'The image index is malformed: write or push the image again.',
        });
      }
      const index = parse(raw, actual, ImageIndex, 'image index', isRoot);
      const entries = isRoot && root.document ? chooseReferences(index.manifests) : index.manifests;
      // A named root file (index.json) is not a blob: a missing entry is reported by the blob store.
      const listedBy = isRoot && root.document ? undefined : descriptor.digest;
      for (const entry of entries) await visit(entry, listedBy, depth + 1);
      return;
    }
    if (!isManifest(mediaType)) {
      view.skipped.push({
        descriptor,
        reason: skipReason(actual) ?? `not an image manifest (media type ${mediaType})`,
      });
      return;
    }
    const image = await readImage(actual, raw, isRoot);
    if (typeof image === 'string') view.skipped.push({ descriptor, reason: image });
    else view.platforms.push(image);
  };

  /** The root index's entries: all, or those named `options.reference`; several named images need a name. */
  const chooseReferences = (entries: Descriptor[]): Descriptor[] => {
    const named = (entry: Descriptor) => referencesOf(entry).slice(0, 1);
    const found = [...new Set(entries.flatMap(named))];
    const sourceFor = options.sourceFor ?? ((ref: string) => ref);
    const wantedRef = options.reference;
    if (wantedRef !== undefined) {
      const chosen = entries.filter((entry) =>
        referencesOf(entry).some((n) => referenceMatches(wantedRef, n)),
      );
      if (chosen.length === 0) {
        throw new TinySizeError(
          `${source} holds no image named ${wantedRef}; it holds: ${found.join(', ') || 'no named image'}`,
          {
            ...place,
            fix: found.length
              ? `Name one of them: ${found.map(sourceFor).join(', ')}.`
              : 'Name no reference: the images in it carry no org.opencontainers.image.ref.name.',
          },
        );
      }
      view.references = [...new Set([...view.references, ...chosen.flatMap(named)])];
      return chosen;
    }
    view.references = [...new Set([...view.references, ...found])];
    // Names given to different manifests are different images: measuring them as one would mix them.
    const digestsByName = new Map<string, Set<string>>();
    for (const entry of entries)
      for (const name of named(entry))
        digestsByName.set(name, (digestsByName.get(name) ?? new Set()).add(entry.digest));
    const images = new Set([...digestsByName.values()].map((digests) => [...digests].sort().join(' ')));
    if (images.size > 1) {
      throw new TinySizeError(
        `${source} holds ${found.length} images (${found.join(', ')}); name the one to measure`,
        {
          ...place,
          fix: `Write one of: ${found.map(sourceFor).join(', ')}.`,
        },
      );
    }
    return entries;
  };

  await visit(root.descriptor, undefined, 0);
  return settleView(view, wanted, others, { ...place, within: root.document });
}

/**
 * The checks every view passes before it is measured: a runnable image, one for each platform
 * asked for, and one image per platform.
 */
export function settleView(
  view: ImageView,
  wanted?: string[],
  others: string[] = [],
  place: Place = { file: view.source },
): ImageView {
  const source = view.source;
  if (wanted) {
    for (const image of view.platforms)
      if (!wanted.some((w) => platformMatches(w, image.platform)))
        others.push(platformString(image.platform));
    view.platforms = view.platforms.filter((image) => wanted.some((w) => platformMatches(w, image.platform)));
  }
  if (view.platforms.length === 0 && others.length > 0) {
    const has = [...new Set(others)].join(', ');
    const asked = (wanted ?? []).join(', ');
    throw new TinySizeError(`${source} has no image for ${asked}; it has: ${has}`, {
      file: source,
      fix: `Measure one of the platforms it has (${has}), or build or push the image for ${asked}.`,
    });
  }
  if (view.platforms.length === 0) {
    const skipped = view.skipped.map((s) => `${s.descriptor.digest}: ${s.reason}`).join('; ');
    throw new TinySizeError(`${source} holds no runnable image${skipped ? ` (skipped ${skipped})` : ''}`, {
      file: source,
      fix: 'Point at an image, not an artifact or attestation.',
    });
  }
  const byPlatform = new Map<string, string>();
  for (const image of view.platforms) {
    const key = [platformString(image.platform), image.platform['os.version'] ?? ''].join(' ');
    const other = byPlatform.get(key);
    if (other && other !== image.manifestDescriptor.digest) {
      throw new TinySizeError(
        `${place.file ?? source} holds more than one image for ${platformString(image.platform)} (${other} and ${image.manifestDescriptor.digest}; references: ${view.references.join(', ') || 'none'})`,
        {
          ...place,
          fix: 'Keep one image per platform: name one reference (oci:DIR:REF), or copy one image out with skopeo copy oci:DIR:REF oci:NEWDIR.',
        },
      );
    }
    byPlatform.set(key, image.manifestDescriptor.digest);
  }
  return view;
}
