/**
 * Frees the decoded chunks of a measurement as it goes. Each chunk a decoder hands over is a
 * Buffer whose memory lies outside V8's heap, and V8 frees it only at a collection: its young
 * generation fills slowly (a chunk is one small object in it), so dead chunks piled up until
 * external memory grew by 64 MB and forced a full collection. Measuring the benchmark's 1 GB layer
 * on Node 24 took 29 full collections (222 ms) and kept 40-80 MB of dead chunks resident. A
 * scavenge (the young generation's collection, a fraction of a millisecond here) every 8 MiB of
 * decoded bytes frees them while they are young: 2 full collections, 94 ms of GC in all, and a
 * peak RSS of 145 MB instead of 185 (Node 20: 132 instead of 153).
 *
 * V8 lets a script ask for a collection only under --expose-gc, which an action cannot pass to
 * node: the flag is set at run time and the function read from a new context (as Jest's leak
 * detector does). Where that fails, nothing is asked and V8 collects on its own.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Decoded bytes between two scavenges. */
export const scavengeEveryBytes = 8 * 1024 * 1024;

type Collect = (options: { type: 'minor' | 'major' }) => void;

let collect: Collect | null | undefined;
let sinceLast = 0;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    const exposed = (globalThis as { gc?: Collect }).gc;
    if (exposed) collect = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    }
  } catch {
    collect = null;
  }
  return collect;
}

/** Counts `bytes` of chunks just consumed; every scavengeEveryBytes, frees the dead ones. */
export function consumed(bytes: number): void {
  sinceLast += bytes;
  if (sinceLast < scavengeEveryBytes) return;
  sinceLast = 0;
  collector()?.({ type: 'minor' });
}
