/**
 * The builders a budget file and `tiny-size-gate build` may name: `auto` (native when the Dockerfile
 * qualifies, else docker, else buildah), `native` (tiny-size-gate itself, FROM scratch only,
 * reproducible), the Docker engine, or buildah. A top-level file, so the CLI names them without
 * loading the budget file's schema.
 */
export const builders = ['auto', 'native', 'docker', 'buildah'] as const;
export type Builder = (typeof builders)[number];
