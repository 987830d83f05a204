/**
 * Which containers-storage driver buildah (or podman) should use. Its default, overlay, fails as
 * root where the kernel lacks overlayfs or where the storage itself sits on overlayfs (inside a
 * container, as on many CI runners); vfs works everywhere, copying whole layers.
 */
import { readFile } from 'node:fs/promises';

export interface StorageFacts {
  /** The driver the user asked for. */
  explicit?: string;
  /** `STORAGE_DRIVER` from the environment, which buildah and podman read themselves. */
  environment?: string;
  isRoot: boolean;
  /** `overlay` is listed in /proc/filesystems. */
  kernelHasOverlay: boolean;
  /** The filesystem type holding the storage (/var/lib/containers/storage for root). */
  storageFilesystem?: string;
}

export interface StorageChoice {
  /** Passed as `--storage-driver`; undefined leaves the choice to the tool. */
  driver?: string;
  /** Why, for the build method in the report. */
  why: string;
  /** The choice is the environment's (STORAGE_DRIVER): it is not second-guessed. */
  fromEnvironment?: boolean;
}

export function chooseStorageDriver(facts: StorageFacts): StorageChoice {
  if (facts.explicit) return { driver: facts.explicit, why: 'as configured' };
  if (facts.environment)
    return { why: `STORAGE_DRIVER=${facts.environment} from the environment`, fromEnvironment: true };
  if (!facts.isRoot) return { why: 'rootless: the tool picks (fuse-overlayfs or vfs)' };
  if (!facts.kernelHasOverlay) return { driver: 'vfs', why: 'the kernel has no overlayfs' };
  if (facts.storageFilesystem === 'overlay')
    return {
      driver: 'vfs',
      why: 'the storage is on overlayfs (inside a container), which overlay cannot stack on',
    };
  return { why: "the tool's default" };
}

/** The root storage directory of containers-storage when run as root. */
export const rootStorage = '/var/lib/containers/storage';

/** Filesystem type of the mount holding `path`, from /proc/self/mountinfo text. */
export function filesystemOf(mountinfo: string, path: string): string | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of mountinfo.split('\n')) {
    const [before, after] = line.split(' - ');
    const point = before?.split(' ')[4];
    const type = after?.split(' ')[0];
    if (!point || !type) continue;
    // Mount points escape space, tab, newline and backslash as octal.
    const decoded = point.replace(/\\([0-7]{3})/g, (_, octal: string) =>
      String.fromCharCode(Number.parseInt(octal, 8)),
    );
    const inside = decoded === '/' || path === decoded || path.startsWith(`${decoded}/`);
    if (inside && (!best || decoded.length >= best.point.length)) best = { point: decoded, type };
  }
  return best?.type;
}

/** Reads the facts from this machine. */
export async function detectStorageFacts(): Promise<StorageFacts> {
  const [filesystems, mountinfo] = await Promise.all([
    readFile('/proc/filesystems', 'utf8').catch(() => ''),
    readFile('/proc/self/mountinfo', 'utf8').catch(() => ''),
  ]);
  const facts: StorageFacts = {
    isRoot: process.getuid?.() === 0,
    kernelHasOverlay: /\toverlay$/m.test(filesystems),
  };
  const environment = process.env.STORAGE_DRIVER;
  if (environment) facts.environment = environment;
  const storageFilesystem = filesystemOf(mountinfo, rootStorage);
  if (storageFilesystem) facts.storageFilesystem = storageFilesystem;
  return facts;
}
