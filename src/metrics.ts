/**
 * The metrics of the size contract (DESIGN.md, "Sizes: the contract"). Budget, measure, gate and
 * report all name metrics; they take the list from here, so adding one is a change in one place.
 */

/** The byte metrics. `layers` is a count and lives beside them. */
export const byteMetrics = ['files', 'tar', 'compressed', 'pull'] as const;
export type ByteMetric = (typeof byteMetrics)[number];
export const metrics = [...byteMetrics, 'layers'] as const;
export type Metric = (typeof metrics)[number];

/**
 * Figures derived from the files (measure/rootfs.ts): `rootfs`, what the final filesystem shows, and
 * `wasted` = files - rootfs. A budget may name them (`wasted: 0B`); they are not compared or grown.
 */
export const spaceMetrics = ['rootfs', 'wasted'] as const;
export type SpaceMetric = (typeof spaceMetrics)[number];
/** Every metric a budget may limit. */
export const budgetMetrics = [...metrics, ...spaceMetrics] as const;
export type BudgetMetric = (typeof budgetMetrics)[number];
