/** The layer pool: bounded concurrency, results in the items' order, the heaviest started first. */
import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../../src/measure/pool.js';

describe('mapLimited', () => {
  const sizes = [5, 80, 10, 300, 20];

  it('starts the heaviest first and keeps the results in order', async () => {
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const results = await mapLimited(
      sizes,
      2,
      async (size) => {
        started.push(size);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, size / 10));
        inFlight--;
        return size * 2;
      },
      (size) => size,
    );
    expect(results).toEqual(sizes.map((size) => size * 2));
    expect(started).toEqual([300, 80, 20, 10, 5]);
    expect(most).toBe(2);
  });

  it('without a weight, in the items order', async () => {
    const started: number[] = [];
    await mapLimited(sizes, 2, async (size) => {
      started.push(size);
    });
    expect(started).toEqual(sizes);
  });
});
