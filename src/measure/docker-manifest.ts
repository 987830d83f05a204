/**
 * The Docker v2 schema 2 manifest that `docker push` would write for an image that has no real
 * manifest (a legacy `docker save` archive), to estimate the manifest's bytes in `pull`.
 * Docker (distribution's schema2.FromStruct) serialises it with Go's json.MarshalIndent and three
 * spaces of indentation, fields in struct order, `size` omitted when 0, no trailing newline.
 * https://distribution.github.io/distribution/spec/manifest-v2-2/
 */
import { MediaType } from '../oci/index.js';

export interface ManifestBlob {
  digest: string;
  size: number;
}

function descriptorFields(mediaType: string, blob: ManifestBlob): Record<string, unknown> {
  // Go's encoder omits a zero `size` (omitempty); key order follows distribution.Descriptor.
  return blob.size === 0
    ? { mediaType, digest: blob.digest }
    : { mediaType, size: blob.size, digest: blob.digest };
}

/** The exact text `docker push` writes for this config and these (gzip) layers. */
export function dockerPushManifest(config: ManifestBlob, layers: readonly ManifestBlob[]): string {
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.dockerManifest,
    config: descriptorFields(MediaType.dockerConfig, config),
    layers: layers.map((layer) => descriptorFields(MediaType.dockerLayerGzip, layer)),
  };
  // JSON.stringify matches Go's MarshalIndent here: same indentation, `[]` for no layers, and the
  // strings involved (media types, hex digests) need no escaping in either.
  return JSON.stringify(manifest, null, 3);
}
