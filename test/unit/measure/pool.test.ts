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

  it('after a failure, starts nothing new and throws the first error once the others in flight settled', async () => {
    const events: string[] = [];
    const failing = mapLimited([1, 2, 3, 4], 2, async (item) => {
      events.push(`start ${item}`);
      await new Promise((resolve) => setTimeout(resolve, item === 1 ? 5 : 40));
      events.push(`end ${item}`);
      if (item <= 2) throw new Error(`item ${item} failed`);
      return item;
    });
    await expect(failing).rejects.toThrow('item 1 failed');
    // Item 2 was in flight: it ended before the rejection; 3 and 4 never started.
    expect(events).toEqual(['start 1', 'start 2', 'end 1', 'end 2']);
  });
});
