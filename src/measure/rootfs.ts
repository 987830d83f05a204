/**
 * Wasted space, as dive reports it, defined exactly:
 * - `rootfs`: the sum of the sizes of the regular files visible in the final filesystem (the layers
 *   applied in order, whiteouts and opaque whiteouts honoured, a file rewritten keeps only its last
 *   copy);
 * - `wasted`: `files` - `rootfs`: bytes shipped in the layers that no process in the container can see
 *   (earlier copies of a rewritten file, files a later layer deletes or hides).
 */
import { mergedFilesystem } from './entries.js';
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

/** rootfs, wasted and the files that cause it, from the entries of all layers (in layer order). */
export function rootfsSizes(entries: readonly FileEntry[]): RootfsSizes {
  const visible = new Map<string, FileEntry>();
  for (const entry of mergedFilesystem(entries)) if (entry.type === 'file') visible.set(entry.path, entry);
  const copies = new Map<string, FileEntry[]>();
  let files = 0;
  for (const entry of entries) {
    if (entry.type !== 'file') continue;
    files += entry.size;
    copies.set(entry.path, [...(copies.get(entry.path) ?? []), entry]);
  }
  let rootfs = 0;
  for (const entry of visible.values()) rootfs += entry.size;
  const wastedFiles: WastedFile[] = [];
  for (const [path, list] of copies) {
    const shown = visible.get(path);
    const bytes = list.reduce((sum, entry) => sum + (entry === shown ? 0 : entry.size), 0);
    if (bytes > 0) wastedFiles.push({ path, layers: [...new Set(list.map((entry) => entry.layer))], bytes });
  }
  wastedFiles.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { rootfs, wasted: files - rootfs, wastedFiles };
}
