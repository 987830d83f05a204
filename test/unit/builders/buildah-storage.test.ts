import { describe, expect, it } from 'vitest';
import {
  chooseStorageDriver,
  filesystemOf,
  type StorageFacts,
} from '../../../src/builders/buildah-storage.js';

const root: StorageFacts = { isRoot: true, kernelHasOverlay: true, storageFilesystem: 'ext4' };

describe('chooseStorageDriver', () => {
  it.each<[string, StorageFacts, string | undefined]>([
    ['root on ext4 with overlayfs: the tool default', root, undefined],
    ['root, kernel without overlayfs: vfs', { ...root, kernelHasOverlay: false }, 'vfs'],
    ['root, storage on overlayfs (in a container): vfs', { ...root, storageFilesystem: 'overlay' }, 'vfs'],
    ['rootless: the tool picks', { ...root, isRoot: false, kernelHasOverlay: false }, undefined],
    ['an explicit driver wins', { ...root, kernelHasOverlay: false, explicit: 'overlay' }, 'overlay'],
    [
      'STORAGE_DRIVER is left to the tool',
      { ...root, kernelHasOverlay: false, environment: 'btrfs' },
      undefined,
    ],
  ])('%s', (_name, facts, driver) => {
    const choice = chooseStorageDriver(facts);
    expect(choice.driver).toBe(driver);
    expect(choice.why).not.toBe('');
  });

  it('marks the environment choice, so it is not overridden after a failure', () => {
    expect(chooseStorageDriver({ ...root, environment: 'vfs' })).toEqual({
      why: 'STORAGE_DRIVER=vfs from the environment',
      fromEnvironment: true,
    });
  });
});

describe('filesystemOf', () => {
  const mountinfo = [
    '22 27 0:21 / /proc rw,relatime - proc proc rw',
    '27 1 8:1 / / rw,relatime shared:1 - ext4 /dev/vda rw',
    '30 27 0:30 / /var/lib rw shared:5 - xfs /dev/vdb rw',
    '31 30 0:31 / /var/lib/containers rw - overlay overlay rw,lowerdir=/a,upperdir=/b,workdir=/c',
    '32 27 0:32 / /var/lib/cont rw - tmpfs tmpfs rw',
    '33 27 0:33 / /mnt/with\\040space rw - btrfs /dev/vdc rw',
  ].join('\n');

  it.each([
    ['/var/lib/containers/storage', 'overlay'],
    ['/var/lib/containers', 'overlay'],
    ['/var/lib/other', 'xfs'],
    ['/var/lib/content', 'xfs'], // /var/lib/cont is a prefix of the text, not of the path
    ['/home/user', 'ext4'],
    ['/mnt/with space/storage', 'btrfs'],
  ])('%s is on %s', (path, type) => {
    expect(filesystemOf(mountinfo, path)).toBe(type);
  });

  it('undefined without mounts', () => {
    expect(filesystemOf('', '/var/lib/containers/storage')).toBeUndefined();
  });
});
