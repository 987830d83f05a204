/**
 * Media types of OCI and Docker v2 schema 2 documents and blobs, and how to classify them.
 * OCI: https://github.com/opencontainers/image-spec/blob/main/media-types.md
 * Docker: https://distribution.github.io/distribution/spec/manifest-v2-2/
 */

export const MediaType = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociForeignLayer: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
  ociForeignLayerGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  ociForeignLayerZstd: 'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestV1: 'application/vnd.docker.distribution.manifest.v1+json',
  dockerManifestV1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  /** Not in Docker's spec, but what containerd and Docker use for an uncompressed layer (docker save). */
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerLayerZstd: 'application/vnd.docker.image.rootfs.diff.tar.zstd',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
} as const;

export type LayerCompression = 'none' | 'gzip' | 'zstd';

const layerCompressions: Record<string, LayerCompression> = {
  [MediaType.ociLayer]: 'none',
  [MediaType.ociLayerGzip]: 'gzip',
  [MediaType.ociLayerZstd]: 'zstd',
  [MediaType.ociForeignLayer]: 'none',
  [MediaType.ociForeignLayerGzip]: 'gzip',
  [MediaType.ociForeignLayerZstd]: 'zstd',
  [MediaType.dockerLayer]: 'none',
  [MediaType.dockerLayerGzip]: 'gzip',
  [MediaType.dockerLayerZstd]: 'zstd',
  [MediaType.dockerForeignLayerGzip]: 'gzip',
};

const foreignLayers = new Set<string>([
  MediaType.ociForeignLayer,
  MediaType.ociForeignLayerGzip,
  MediaType.ociForeignLayerZstd,
  MediaType.dockerForeignLayerGzip,
]);

/** An image index or a Docker manifest list: a list of manifests, one per platform. */
export function isIndex(mediaType: string | undefined): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}

/** An image manifest (OCI or Docker v2 schema 2): a config and layers. */
export function isManifest(mediaType: string | undefined): boolean {
  return mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;
}

/** Docker's v2 schema 1 manifests, which carry no config blob and are not read. */
export function isSchema1Manifest(mediaType: string | undefined): boolean {
  return mediaType === MediaType.dockerManifestV1 || mediaType === MediaType.dockerManifestV1Signed;
}

/** The config of a runnable image; anything else in a manifest's config is an artifact. */
export function isImageConfig(mediaType: string | undefined): boolean {
  return mediaType === MediaType.ociConfig || mediaType === MediaType.dockerConfig;
}

/** Any known layer media type (tar, gzip, zstd; distributable or not). */
export function isLayer(mediaType: string | undefined): boolean {
  return mediaType !== undefined && mediaType in layerCompressions;
}

/** Foreign (non-distributable) layers: registries may not hold their bytes, only `urls`. */
export function isForeignLayer(mediaType: string | undefined): boolean {
  return mediaType !== undefined && foreignLayers.has(mediaType);
}

/** How a layer blob is compressed; undefined for a media type that is not a known layer. */
export function layerCompression(mediaType: string | undefined): LayerCompression | undefined {
  return mediaType === undefined ? undefined : layerCompressions[mediaType];
}

/**
 * Compression told by a blob's first bytes: gzip (1f 8b), zstd (28 b5 2f fd), else none.
 * Media types can lie: skopeo labels the uncompressed layers of a docker-archive source tar+gzip
 * when copying with --dest-oci-accept-uncompressed-layers, so readers of layer bytes should sniff.
 */
export function sniffCompression(head: Uint8Array): LayerCompression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

/**
 * The media type of an index or manifest document: its own `mediaType` field, else `hint` (the
 * descriptor's or a Content-Type) when that names a manifest type, else its shape (OCI documents
 * may omit the field). Undefined when the bytes are not JSON.
 */
export function documentMediaType(bytes: Buffer, hint?: string | null): string | undefined {
  let value: { mediaType?: unknown; manifests?: unknown };
  try {
    value = JSON.parse(bytes.toString('utf8')) as typeof value;
  } catch {
    return undefined;
  }
  if (typeof value?.mediaType === 'string') return value.mediaType;
  const type = hint?.split(';')[0]?.trim();
  if (type && (isIndex(type) || isManifest(type) || isSchema1Manifest(type))) return type;
  return Array.isArray(value?.manifests) ? MediaType.ociIndex : MediaType.ociManifest;
}
