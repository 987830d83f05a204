/**
 * Runs `work` over `items` with at most `limit` in flight; results keep the items' order.
 * With `weight`, the heaviest items start first (longest-processing-time first), so the biggest
 * layer is not left to start last and run alone while the other core idles. After a failure no
 * new item starts, and the first error is thrown once the items in flight have settled: a failed
 * measurement returns only when nothing it started (a decoder process, an open file) still runs.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  weight?: (item: T) => number,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const order = items.map((_, index) => index);
  if (weight) order.sort((a, b) => weight(items[b] as T) - weight(items[a] as T) || a - b);
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function worker(): Promise<void> {
    while (next < order.length && !failure) {
      const index = order[next++] as number;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
