/**
 * Reads an OCI image layout (a directory, or the same files inside a tar): oci-layout and
 * index.json here; blobs/<alg>/<hex> and the walk from index.json to platforms in src/oci.
 * https://github.com/opencontainers/image-spec/blob/main/image-layout.md
 */

import { TinySizeError } from '../errors.js';
import type { ImageView, WalkOptions } from '../oci/index.js';
import {
  defaultJsonCap,
  MediaType,
  OciLayoutFile,
  parseJsonDocument,
  sha256Digest,
  walkImage,
} from '../oci/index.js';
import { filesBlobStore } from './blob-store.js';
import { readSmallFile, type SourceFiles } from './files.js';

export type LayoutOptions = Omit<WalkOptions, 'holder' | 'file'>;

export async function readOciLayout(files: SourceFiles, options: LayoutOptions): Promise<ImageView> {
  const notLayout = (detail: string) =>
    new TinySizeError(`${files.file} is not an OCI image layout: ${detail}`, {
      file: files.file,
      fix: 'Write one with skopeo copy ... oci:DIR (or oci-archive:FILE), buildah push ... oci:DIR, or docker buildx build --output type=oci.',
    });
  const layoutBytes = await readSmallFile(files, 'oci-layout', 64 * 1024, 'oci-layout');
  if (!layoutBytes) throw notLayout('it has no oci-layout file');
  const layout = parseJsonDocument(layoutBytes, OciLayoutFile, 'oci-layout', {
    file: files.file,
    within: 'oci-layout',
  });
  if (!layout.imageLayoutVersion.startsWith('1.')) {
    throw notLayout(`imageLayoutVersion ${layout.imageLayoutVersion} is not 1.x`);
  }
  const indexBytes = await readSmallFile(files, 'index.json', defaultJsonCap, 'index.json');
  if (!indexBytes) throw notLayout('it has no index.json');
  const root = {
    descriptor: { mediaType: MediaType.ociIndex, digest: sha256Digest(indexBytes), size: indexBytes.length },
    bytes: indexBytes,
    document: 'index.json',
  };
  return walkImage(filesBlobStore(files), root, { ...options, file: files.file, holder: 'the layout' });
}
