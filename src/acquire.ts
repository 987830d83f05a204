/**
 * Acquire: turn one image of the budget file into an ImageView, by building it or by reading an
 * image that exists. Everything after this step sees only the view.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ImageConfigEntry } from './budget/index.js';
import { buildImage, expandBuildArgs } from './builders/index.js';
import type { ImageView } from './oci/index.js';
import type { Progress } from './progress.js';
import { type OpenedImage, openImage, type RegistryOptions } from './source/index.js';

export interface Acquired {
  view: ImageView;
  /** How the image was obtained, for the report: "built with docker build + docker save". */
  method: string;
  /** Closes the image (its source's open files) and removes temporary files (archives written by a build). */
  dispose(): Promise<void>;
}

export interface AcquireOptions {
  progress: Progress;
  /** The budget file the image comes from, for messages. */
  budgetFile: string;
  /** Credentials and transport for `registry:` images. */
  registry?: RegistryOptions;
  /** Parent of the temporary directory builds write to; default the OS's. */
  tempRoot?: string;
}

export async function acquireImage(image: ImageConfigEntry, options: AcquireOptions): Promise<Acquired> {
  const workDir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'tiny-size-gate-'));
  let view: OpenedImage | undefined;
  const dispose = async () => {
    try {
      await view?.close();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };
  try {
    const { source } = image;
    if (source.kind !== 'build') {
      view = await openImage(source, {
        platforms: image.platforms,
        workDir,
        registry: options.registry,
      });
      return { view, method: `read from ${view.source}`, dispose };
    }
    const spec = {
      ...source,
      buildArgs: expandBuildArgs(source.buildArgs, process.env, {
        file: options.budgetFile,
        image: image.name,
      }),
    };
    const built = await buildImage(spec, {
      workDir,
      budgetFile: options.budgetFile,
      tag: `tiny-size-gate/${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:latest`,
      onOutput: (chunk) => {
        for (const line of chunk.split('\n')) if (line.trim()) options.progress.detail(line);
      },
    });
    view = await openImage(built.source, { platforms: image.platforms, workDir });
    // The archive is a temporary file; what the user knows is the Dockerfile it came from.
    return {
      view: { ...view, source: `build:${relative(process.cwd(), spec.dockerfile) || spec.dockerfile}` },
      method: `built with ${built.method}`,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
