/**
 * Layer tar entries as the size contract sees them: normalised absolute paths, whiteouts
 * resolved to the paths they delete, and the bytes each entry counts in `files`.
 * Whiteouts: https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
 */
import { posix } from 'node:path';
import type { TarHeader } from './tar-walk.js';
import type { FileEntry } from './types.js';

const whiteoutPrefix = '.wh.';
const opaqueWhiteout = '.wh..wh..opq';
/** AUFS bookkeeping (`.wh..wh.plnk`, `.wh..wh.aufs`): not part of the filesystem. */
const aufsMetaPrefix = '.wh..wh.';

/** `./usr/bin/` → `/usr/bin`; `.` and `./` → `/`. `..` cannot climb above the root. */
export function normalisePath(name: string): string {
  const path = posix.normalize(`/${name}`);
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Turns one tar header of layer `layer` into the entry the contract counts. */
export function toFileEntry(header: TarHeader, layer: number): FileEntry {
  const path = normalisePath(header.name);
  const base = posix.basename(path);
  const dir = posix.dirname(path);
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
  switch (header.type) {
    case 'file':
      return { path, size: header.size, type: 'file', layer, ...attributes(header) };
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

/** Mode and owner of a regular file: what `diff` reports as changed when the bytes are not. */
function attributes(header: TarHeader): Pick<FileEntry, 'mode' | 'uid' | 'gid'> {
  return {
    ...(header.mode !== undefined ? { mode: header.mode } : {}),
    ...(header.uid !== undefined ? { uid: header.uid } : {}),
    ...(header.gid !== undefined ? { gid: header.gid } : {}),
  };
}

function isUnder(path: string, dir: string): boolean {
  return dir === '/' ? path !== '/' : path.startsWith(`${dir}/`);
}

/**
 * The filesystem a container sees after applying the layers in order: for each path, the entry
 * of the highest layer that still stands. Whiteouts delete a path and everything under it from
 * lower layers; an opaque whiteout hides everything under its directory from lower layers.
 * Entries must be in layer order (as PlatformSizes.entries are). Returns entries sorted by path.
 */
export function mergedFilesystem(entries: readonly FileEntry[]): FileEntry[] {
  const live = new Map<string, FileEntry>();
  let index = 0;
  while (index < entries.length) {
    const layer = entries[index]?.layer;
    const layerEntries: FileEntry[] = [];
    while (index < entries.length && entries[index]?.layer === layer)
      layerEntries.push(entries[index++] as FileEntry);
    // Deletions of a layer apply to the lower layers only, whatever their order in the tar.
    for (const entry of layerEntries) {
      if (entry.type !== 'whiteout' && entry.type !== 'opaque-whiteout') continue;
      const target = entry.target ?? entry.path;
      for (const path of [...live.keys()]) {
        if (entry.type === 'whiteout' && (path === target || isUnder(path, target))) live.delete(path);
        if (entry.type === 'opaque-whiteout' && isUnder(path, target)) live.delete(path);
      }
    }
    for (const entry of layerEntries) {
      if (entry.type === 'whiteout' || entry.type === 'opaque-whiteout') continue;
      // A non-directory replacing a directory removes what was under it.
      const previous = live.get(entry.path);
      if (previous?.type === 'directory' && entry.type !== 'directory') {
        for (const path of [...live.keys()]) if (isUnder(path, entry.path)) live.delete(path);
      }
      live.set(entry.path, entry);
    }
  }
  return [...live.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
