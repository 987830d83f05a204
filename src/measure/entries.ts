/**
 * Layer tar entries as the size contract sees them: normalised absolute paths, whiteouts
 * resolved to the paths they delete, and the bytes each entry counts in `files`.
 * Whiteouts: https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
 */
import { posix } from 'node:path';
import { compilePathPattern } from '../path-pattern.js';
import type { TarHeader } from './tar-walk.js';
import type { FileEntry } from './types.js';

const whiteoutPrefix = '.wh.';
const opaqueWhiteout = '.wh..wh..opq';
/** AUFS bookkeeping (`.wh..wh.plnk`, `.wh..wh.aufs`): not part of the filesystem. */
const aufsMetaPrefix = '.wh..wh.';

/** A name with no empty, `.` or `..` segment (most names in a layer): normalising only adds the `/`. */
const plainName = /^(?:\.\/)?([^/]+(?:\/[^/]+)*)\/?$/;
const dotSegment = /(?:^|\/)\.\.?(?:\/|$)/;

/** `./usr/bin/` → `/usr/bin`; `.` and `./` → `/`. `..` cannot climb above the root. */
export function normalisePath(name: string): string {
  const plain = plainName.exec(name)?.[1];
  if (plain !== undefined && !dotSegment.test(plain)) return `/${plain}`;
  const path = posix.normalize(`/${name}`);
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Turns one tar header of layer `layer` into the entry the contract counts. */
export function toFileEntry(header: TarHeader, layer: number): FileEntry {
  const path = normalisePath(header.name);
  if (path.includes('/.wh.')) {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const dir = slash === 0 ? '/' : path.slice(0, slash);
    if (base === opaqueWhiteout) return { path, size: 0, type: 'opaque-whiteout', layer, target: dir };
    if (base.startsWith(aufsMetaPrefix)) return { path, size: 0, type: 'other', layer };
    if (base.startsWith(whiteoutPrefix)) {
      return {
        path,
        size: 0,
        type: 'whiteout',
        layer,
        target: posix.join(dir, base.slice(whiteoutPrefix.length)),
      };
    }
  }
  switch (header.type) {
    case 'file': {
      // Mode and owner: what `diff` reports as changed when the bytes are not. A header has all
      // three: made in one literal, the entry holds them in the object itself (fields added
      // afterwards would go to a second array: 16 bytes more per entry, 100,000s of entries).
      const { size, mode, uid, gid } = header;
      if (mode !== undefined && uid !== undefined && gid !== undefined)
        return { path, size, type: 'file', layer, mode, uid, gid };
      const entry: FileEntry = { path, size, type: 'file', layer };
      if (mode !== undefined) entry.mode = mode;
      if (uid !== undefined) entry.uid = uid;
      if (gid !== undefined) entry.gid = gid;
      return entry;
    }
    case 'directory':
      return { path, size: 0, type: 'directory', layer };
    case 'symlink':
      // A symlink's target is kept as written: relative targets resolve from the link's directory.
      return { path, size: 0, type: 'symlink', layer, target: header.linkname ?? '' };
    case 'link':
      // A hard link names another entry of the archive.
      return { path, size: 0, type: 'hardlink', layer, target: normalisePath(header.linkname ?? '') };
    default:
      return { path, size: 0, type: 'other', layer };
  }
}

function isUnder(path: string, dir: string): boolean {
  return dir === '/' ? path !== '/' : path.startsWith(`${dir}/`);
}

/** `/a/b/c` → `/a/b`, `/a`, `/`: every directory above a path. */
function* ancestors(path: string): Generator<string> {
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
    yield path.slice(0, slash);
  }
  if (path !== '/') yield '/';
}

/** Removes from `live` what the whiteouts of entries[start..end) (one layer) delete: one pass, however many. */
function applyWhiteouts(
  live: Map<string, FileEntry>,
  entries: readonly FileEntry[],
  start: number,
  end: number,
): void {
  const deleted = new Set<string>();
  const opaque = new Set<string>();
  for (let index = start; index < end; index++) {
    const entry = entries[index] as FileEntry;
    if (entry.type === 'whiteout') deleted.add(entry.target ?? entry.path);
    if (entry.type === 'opaque-whiteout') opaque.add(entry.target ?? entry.path);
  }
  if (deleted.size === 0 && opaque.size === 0) return;
  for (const path of live.keys()) {
    if (deleted.has(path)) live.delete(path);
    else
      for (const dir of ancestors(path)) {
        if (deleted.has(dir) || opaque.has(dir)) {
          live.delete(path);
          break;
        }
      }
  }
}

/**
 * The filesystem a container sees after applying the layers in order: for each path, the entry
 * of the highest layer that still stands. Whiteouts delete a path and everything under it from
 * lower layers; an opaque whiteout hides everything under its directory from lower layers.
 * Entries must be in layer order (as PlatformSizes.entries are). In no particular order.
 * Indexed loops, no copies: with 100,000 entries, each copy or array iterator is megabytes of garbage.
 */
export function liveFilesystem(entries: readonly FileEntry[]): Map<string, FileEntry> {
  const live = new Map<string, FileEntry>();
  let start = 0;
  while (start < entries.length) {
    const layer = (entries[start] as FileEntry).layer;
    let end = start + 1;
    while (end < entries.length && (entries[end] as FileEntry).layer === layer) end++;
    // Deletions of a layer apply to the lower layers only, whatever their order in the tar.
    applyWhiteouts(live, entries, start, end);
    for (let index = start; index < end; index++) {
      const entry = entries[index] as FileEntry;
      if (entry.type === 'whiteout' || entry.type === 'opaque-whiteout') continue;
      // A non-directory replacing a directory removes what was under it.
      const previous = live.get(entry.path);
      if (previous?.type === 'directory' && entry.type !== 'directory') {
        for (const path of [...live.keys()]) if (isUnder(path, entry.path)) live.delete(path);
      }
      live.set(entry.path, entry);
    }
    start = end;
  }
  return live;
}

/** The final filesystem (see liveFilesystem), sorted by path. */
export function mergedFilesystem(entries: readonly FileEntry[]): FileEntry[] {
  return [...liveFilesystem(entries).values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

/**
 * Entries kept per platform. A layer of 3,000,000 empty files (141 KB as zstd) would otherwise
 * hold 660 MB of entries; beyond this many, only the largest are kept, the rest are counted, and
 * the budgets' `paths:` sums are taken over every entry as it passes (`pathSums`).
 */
export const maxKeptEntries = 100_000;

/** Bytes and number of regular files matching one `paths:` pattern, over every entry of a platform. */
export interface PathSum {
  bytes: number;
  matched: number;
}

/**
 * Keeps the largest `limit` entries in their original order and counts the others; sums the files
 * matching each pattern over all of them. Pruning sorts when the buffer reaches twice the limit,
 * so adding n entries costs O(n log limit) and memory stays below 2 x limit entries. The entries
 * are held as they come, with no wrapper: their order is their place in the array.
 */
export class EntryKeeper {
  readonly #limit: number;
  readonly #matchers: [string, (path: string) => boolean][];
  #kept: FileEntry[] = [];
  omitted = 0;
  /** The most entries held at once (at most twice the limit). */
  peakHeld = 0;
  readonly pathSums: Record<string, PathSum> = {};

  constructor(patterns: readonly string[] = [], limit = maxKeptEntries) {
    this.#limit = limit;
    this.#matchers = [...new Set(patterns)].map((pattern) => [pattern, compilePathPattern(pattern)]);
    for (const [pattern] of this.#matchers) this.pathSums[pattern] = { bytes: 0, matched: 0 };
  }

  add(entry: FileEntry): void {
    if (entry.type === 'file') {
      for (const [pattern, matches] of this.#matchers) {
        if (!matches(entry.path)) continue;
        const sum = this.pathSums[pattern] as PathSum;
        sum.bytes += entry.size;
        sum.matched++;
      }
    }
    this.#kept.push(entry);
    if (this.#kept.length >= 2 * this.#limit) this.#prune();
  }

  /** Adds what another keeper kept and left out (a layer's, into its platform's). */
  merge(other: { entries: readonly FileEntry[]; omitted: number; pathSums?: Record<string, PathSum> }): void {
    // One copy of exactly the right length, rather than growing the array entry by entry.
    this.#kept = this.#kept.concat(other.entries);
    this.omitted += other.omitted;
    for (const [pattern, sum] of Object.entries(other.pathSums ?? {})) {
      const into = this.pathSums[pattern] ?? { bytes: 0, matched: 0 };
      into.bytes += sum.bytes;
      into.matched += sum.matched;
      this.pathSums[pattern] = into;
    }
    if (this.#kept.length >= 2 * this.#limit) this.#prune();
  }

  #prune(): void {
    const kept = this.#kept;
    const limit = this.#limit;
    this.peakHeld = Math.max(this.peakHeld, kept.length);
    if (kept.length <= limit) return;
    // The limit-th largest size: every larger entry stays, and of the entries of exactly that size
    // the earliest ones, so the result does not depend on timing. The sizes sort in a typed array
    // (natively, off the JS heap) and the kept entries move up in place: no garbage per entry.
    const sizes = new Float64Array(kept.length);
    for (let index = 0; index < kept.length; index++) sizes[index] = (kept[index] as FileEntry).size;
    sizes.sort();
    const threshold = sizes[kept.length - limit] as number;
    let equalKept = limit;
    for (let index = kept.length - 1; (sizes[index] as number) > threshold; index--) equalKept--;
    let held = 0;
    for (let index = 0; index < kept.length; index++) {
      const entry = kept[index] as FileEntry;
      if (entry.size > threshold || (entry.size === threshold && equalKept-- > 0)) kept[held++] = entry;
    }
    this.omitted += kept.length - limit;
    kept.length = limit;
  }

  /** The kept entries in the order they were added (the keeper's own array: add no more after). */
  entries(): FileEntry[] {
    this.#prune();
    return this.#kept;
  }
}

/**
 * The bytes and number of regular files matching a `paths:` pattern: from the sums taken over
 * every entry when the measurement has them, else over its entries (all of them were kept).
 */
export function pathSum(
  platform: { entries: readonly FileEntry[]; pathSums?: Record<string, PathSum> },
  pattern: string,
): PathSum {
  const summed = platform.pathSums?.[pattern];
  if (summed) return summed;
  const matches = compilePathPattern(pattern);
  const sum = { bytes: 0, matched: 0 };
  for (const entry of platform.entries) {
    if (entry.type !== 'file' || !matches(entry.path)) continue;
    sum.bytes += entry.size;
    sum.matched++;
  }
  return sum;
}
