/**
 * Every scavengeEveryBytes of consumed chunks, a scavenge frees the dead ones: seen by a GC
 * observer, which Node feeds with every collection and its kind.
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import { consumed, scavengeEveryBytes } from '../../../src/measure/scavenge.js';

async function scavenges(during: () => void): Promise<number> {
  let seen = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) seen++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  during();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return seen;
}

it('asks for one scavenge per scavengeEveryBytes consumed', async () => {
  // The first one finds the collector (a new context, which may cost a collection of its own).
  consumed(scavengeEveryBytes);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const seen = await scavenges(() => {
    for (let i = 0; i < 5 * 4; i++) consumed(scavengeEveryBytes / 4);
  });
  expect(seen).toBeGreaterThanOrEqual(5);
});
