/** `tiny-size-gate measure SOURCE`: one image's sizes, no budget. */
import { TinySizeError } from '../errors.js';
import type { ReadableSource } from '../source/index.js';
import {
  type Command,
  flag,
  jsonOption,
  platformsOption,
  registryCredentials,
  stringList,
  stringValue,
  writeOutput,
} from './command.js';

export const measureCommand: Command = {
  name: 'measure',
  summary: 'Measure one image: files, tar, compressed, pull, layers, and the largest files.',
  arguments: { name: 'SOURCE', min: 1, max: 1 },
  options: {
    platform: platformsOption('measure only this platform'),
    json: jsonOption('the report'),
    'all-files': { type: 'boolean', short: 'a', help: 'list every file, not only the 10 largest' },
    'manifest-only': {
      type: 'boolean',
      help: 'the manifests only (compressed, pull, layers), no layer read: an OCI layout or archive, or a registry',
    },
    insecure: { type: 'boolean', help: 'allow plain HTTP to a registry that is not on loopback' },
    'estimate-compressed': {
      type: 'boolean',
      help: "gzip a docker save archive's layers to estimate compressed and pull (on by default up to 32 MiB)",
    },
  },
  details: `SOURCE is oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF (the local engine),
registry:REF or docker://REF (a registry), or a path (an OCI layout directory or an archive) or a
reference in the local engine. Registry credentials: ~/.docker/config.json, or the environment's
TINY_SIZE_GATE_REGISTRY_USERNAME and TINY_SIZE_GATE_REGISTRY_PASSWORD.`,
  async run(args, io) {
    // Sources, measuring and reports load here, not at start-up (see check.ts).
    const [
      { measureImage },
      { measureReport, renderSizesText, reportJsonChunks },
      { withImage, parseSourceRef },
    ] = await Promise.all([
      import('../measure/index.js'),
      import('../report/index.js'),
      import('../source/index.js'),
    ]);
    const source = parseSourceRef(args.positionals[0] as string);
    const platforms = stringList(args, 'platform');
    const manifestOnly = flag(args, 'manifest-only');
    if (manifestOnly) refuseWithoutManifests(source);
    const sizes = await withImage(
      source,
      {
        ...(platforms.length ? { platforms } : {}),
        manifestOnly,
        registry: { ...registryCredentials(), insecure: flag(args, 'insecure') },
      },
      (view) => measureImage(view, { estimateCompressed: flag(args, 'estimate-compressed') }),
    );
    const json = stringValue(args, 'json');
    if (json) await writeOutput(json, reportJsonChunks(measureReport(sizes)), io);
    if (json !== '-') io.out(renderSizesText(sizes, { allFiles: flag(args, 'all-files') }));
    return 0;
  },
};

/**
 * `--manifest-only` reads the sizes the manifests record: an OCI layout or archive and a registry
 * have such manifests. A `docker save` archive has none (its manifest.json lists layer files, not
 * sizes, and the layers are stored uncompressed), and the local engine is read through one.
 */
function refuseWithoutManifests(source: ReadableSource): void {
  const why =
    "a docker save archive's manifest.json lists its layer files but not their sizes, and stores the layers uncompressed, so no manifest gives compressed or pull";
  if (source.kind === 'docker-archive') {
    throw new TinySizeError(`--manifest-only cannot measure docker-archive:${source.path}: ${why}`, {
      file: source.path,
      fix: 'measure it without --manifest-only (compressed and pull are then estimated from its layers), or measure the pushed image with registry:REF --manifest-only',
    });
  }
  if (source.kind === 'docker') {
    throw new TinySizeError(
      `--manifest-only cannot measure ${source.reference} in the local engine: the engine hands its images over as docker save archives, and ${why}`,
      {
        fix: source.orRegistry
          ? `read it from its registry: registry:${source.reference} --manifest-only; or measure it without --manifest-only`
          : 'measure it without --manifest-only, or measure the pushed image with registry:REF --manifest-only',
      },
    );
  }
}
