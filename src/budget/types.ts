/**
 * The budget file, once loaded and validated: which images to gate, how to obtain each, and the
 * limits. Sizes are plain byte counts here; units live only in the YAML.
 */
import type { Builder } from '../builder-names.js';
import type { BudgetMetric, Metric } from '../metrics.js';

/** How an image is obtained. `build` runs a builder; the others read an image that exists. */
export type ImageSource =
  | {
      kind: 'build';
      /** Absolute path of the build context. */
      context: string;
      /** Absolute path of the Dockerfile (default: <context>/Dockerfile). */
      dockerfile: string;
      target?: string;
      buildArgs: Record<string, string>;
      /** `linux/amd64`; default: the engine's own. */
      platform?: string;
      builder: Builder;
      /** Commands run in a copy of the context before a native build (`prebuild:`). */
      prebuild?: string[];
      /** `stage` or `stage:/path` -> a directory relative to the context, for `COPY --from` (native builds). */
      fromStageDirs?: Record<string, string>;
    }
  | { kind: 'oci'; path: string }
  | { kind: 'oci-archive'; path: string }
  | { kind: 'docker-archive'; path: string }
  | { kind: 'docker'; reference: string }
  /** An image in a registry (Distribution API v2): `registry/repo:tag`, `repo@sha256:…`, `alpine`. */
  | { kind: 'registry'; reference: string };

/** What runs a build (src/builder-names.ts). */
export { type Builder, builders } from '../builder-names.js';

/** Limits in bytes (or a count for `layers`). Absent means not gated. */
export type MetricLimits = Partial<Record<BudgetMetric, number>>;

/** Limits for one platform; also the image-wide part of a Budget. */
export interface PlatformBudget extends MetricLimits {
  /** Per path (exact absolute path, or a glob with * and **): limit on the sum of matching file entries. */
  paths: Record<string, number>;
}

export interface Budget extends PlatformBudget {
  /**
   * Per platform as written (`linux/arm64`, `linux/arm/v7`): limits that override the image-wide ones
   * for that platform, metric by metric and path by path. `linux/arm64` also applies to
   * `linux/arm64/v8`; a key with the variant overrides it further. Absent when the file has none.
   */
  platforms?: Record<string, PlatformBudget>;
}

/** Position of a key in the budget file, for error messages and annotations. */
export interface Position {
  line: number;
  column: number;
}

export interface ImageConfigEntry {
  name: string;
  source: ImageSource;
  budget: Budget;
  /** Platforms to measure when the image has several; default: all. */
  platforms?: string[];
  /**
   * Allowed increase over the baseline in a pull request, per metric (`growth:` in the file; a single
   * value there applies to every byte metric). For `layers`, `bytes` holds a count of layers.
   */
  growth?: Partial<Record<Metric, { bytes: number } | { percent: number }>>;
  /** `reproducible: true`: build twice (and with `compare-builder:` once more) and gate on one digest. */
  reproducible?: { compareBuilder?: Builder };
}

export interface BudgetFile {
  /** Path of the file as the user named it (relative to the working directory when it was). */
  file: string;
  images: ImageConfigEntry[];
  /**
   * Where a key was written, by path: ['images', 'http', 'budget', 'files'].
   * Returns the nearest existing parent's position when the exact key is absent.
   */
  positionOf(keyPath: (string | number)[]): Position | undefined;
}
