/**
 * The OCI image spec's documents, as zod schemas: the single place where JSON from an image is
 * trusted. Docker's v2 schema 2 documents share these shapes and differ only in media types.
 * Unknown fields pass through (the spec says implementations MUST ignore them).
 */
import { z } from 'zod';

/** https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests */
export const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** Registered algorithms we verify: https://github.com/opencontainers/image-spec/blob/main/descriptor.md#registered-algorithms */
export const sha256Pattern = /^sha256:[a-f0-9]{64}$/;

export const Digest = z.string().regex(digestPattern, 'not a digest of the form algorithm:encoded');

/** https://github.com/opencontainers/image-spec/blob/main/image-index.md#image-index-property-descriptions (platform) */
export const Platform = z.looseObject({
  architecture: z.string(),
  os: z.string(),
  'os.version': z.string().optional(),
  'os.features': z.array(z.string()).optional(),
  variant: z.string().optional(),
  features: z.array(z.string()).optional(),
});
export type Platform = z.infer<typeof Platform>;

/** https://github.com/opencontainers/image-spec/blob/main/descriptor.md#properties */
export const Descriptor = z.looseObject({
  mediaType: z.string(),
  digest: Digest,
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  urls: z.array(z.string()).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
  data: z.string().optional(),
  artifactType: z.string().optional(),
  platform: Platform.optional(),
});
export type Descriptor = z.infer<typeof Descriptor>;

/** https://github.com/opencontainers/image-spec/blob/main/manifest.md#image-manifest-property-descriptions */
export const ImageManifest = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  artifactType: z.string().optional(),
  config: Descriptor,
  layers: z.array(Descriptor),
  subject: Descriptor.optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});
export type ImageManifest = z.infer<typeof ImageManifest>;

/** https://github.com/opencontainers/image-spec/blob/main/image-index.md#image-index-property-descriptions */
export const ImageIndex = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  artifactType: z.string().optional(),
  manifests: z.array(Descriptor),
  subject: Descriptor.optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});
export type ImageIndex = z.infer<typeof ImageIndex>;

/** https://github.com/opencontainers/image-spec/blob/main/config.md#properties */
export const HistoryEntry = z.looseObject({
  created: z.string().optional(),
  author: z.string().optional(),
  created_by: z.string().optional(),
  comment: z.string().optional(),
  empty_layer: z.boolean().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const ImageConfig = z.looseObject({
  created: z.string().optional(),
  author: z.string().optional(),
  architecture: z.string(),
  os: z.string(),
  'os.version': z.string().optional(),
  'os.features': z.array(z.string()).optional(),
  variant: z.string().optional(),
  config: z.looseObject({}).nullable().optional(),
  rootfs: z.looseObject({
    type: z.literal('layers'),
    diff_ids: z.array(Digest),
  }),
  history: z.array(HistoryEntry).optional(),
});
export type ImageConfig = z.infer<typeof ImageConfig>;

/** https://github.com/opencontainers/image-spec/blob/main/image-layout.md#oci-layout-file */
export const OciLayoutFile = z.looseObject({ imageLayoutVersion: z.string() });

/** The legacy `docker save` manifest.json: one entry per image. */
export const DockerArchiveManifest = z.array(
  z.looseObject({
    Config: z.string(),
    RepoTags: z.array(z.string()).nullable().optional(),
    Layers: z.array(z.string()),
    LayerSources: z.record(z.string(), Descriptor).optional(),
  }),
);
export type DockerArchiveManifest = z.infer<typeof DockerArchiveManifest>;

/** `linux/arm64/v8` from a platform object. */
export function platformString(platform: Pick<Platform, 'os' | 'architecture' | 'variant'>): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** `linux/arm64` matches any variant; `linux/arm64/v8` also matches an arm64 image with no variant. */
export function platformMatches(
  wanted: string,
  platform: { os: string; architecture: string; variant?: string },
): boolean {
  const [os, architecture, variant] = wanted.split('/');
  if (os !== platform.os || architecture !== platform.architecture) return false;
  if (variant === undefined || variant === platform.variant) return true;
  return architecture === 'arm64' && variant === 'v8' && platform.variant === undefined;
}
