/**
 * Wasted space, as dive reports it, defined exactly:
 * - `rootfs`: the sum of the sizes of the regular files visible in the final filesystem (the layers
 *   applied in order, whiteouts and opaque whiteouts honoured, a file rewritten keeps only its last
 *   copy);
 * - `wasted`: `files` - `rootfs`: bytes shipped in the layers that no process in the container can see
 *   (earlier copies of a rewritten file, files a later layer deletes or hides).
 */
import { liveFilesystem } from './entries.js';
import type { FileEntry } from './types.js';

/** A path whose copies cost bytes that the final filesystem does not show. */
export interface WastedFile {
  path: string;
  /** The layers holding a copy of the path, in order. */
  layers: number[];
  /** Bytes of its copies that are not visible. */
  bytes: number;
}

export interface RootfsSizes {
  rootfs: number;
  wasted: number;
  /** Largest first (then by path). */
  wastedFiles: WastedFile[];
}

/**
 * The gate (once for rootfs, once for wasted) and the reports ask for the same platform's sizes:
 * each entries array is resolved once (a map of every path: megabytes for 100,000 entries).
 * Entries are not changed once measured, and callers only read the result.
 */
const resolved = new WeakMap<readonly FileEntry[], RootfsSizes>();

/** rootfs, wasted and the files that cause it, from the entries of all layers (in layer order). */
export function rootfsSizes(entries: readonly FileEntry[]): RootfsSizes {
  let sizes = resolved.get(entries);
  if (!sizes) {
    sizes = resolveRootfs(entries);
    resolved.set(entries, sizes);
  }
  return sizes;
}

function resolveRootfs(entries: readonly FileEntry[]): RootfsSizes {
  const live = liveFilesystem(entries);
  // Indexed loops: an array iterator over 100,000 entries is megabytes of garbage (see liveFilesystem).
  // Bytes and layers of each path's hidden copies; most paths have none.
  const hidden = new Map<string, { bytes: number; layers: Set<number> }>();
  let files = 0;
  let rootfs = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as FileEntry;
    if (entry.type !== 'file') continue;
    files += entry.size;
    if (live.get(entry.path) === entry) {
      rootfs += entry.size;
      continue;
    }
    const copy = hidden.get(entry.path) ?? { bytes: 0, layers: new Set<number>() };
    copy.bytes += entry.size;
    copy.layers.add(entry.layer);
    hidden.set(entry.path, copy);
  }
  const wastedFiles: WastedFile[] = [];
  for (const [path, copy] of hidden) {
    if (copy.bytes === 0) continue;
    // Every layer holding a copy, the visible one's included, in layer order.
    const shown = live.get(path);
    if (shown?.type === 'file') copy.layers.add(shown.layer);
    wastedFiles.push({ path, layers: [...copy.layers].sort((a, b) => a - b), bytes: copy.bytes });
  }
  wastedFiles.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { rootfs, wasted: files - rootfs, wastedFiles };
}
