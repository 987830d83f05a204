/**
 * What a `paths:` budget measures, in one place for the gate and every report: the sum of the sizes
 * of the regular-file entries the pattern matches in all layers, like `files` (a file rewritten in a
 * later layer counts twice; one deleted by a later whiteout still counts, its bytes are shipped).
 */
import type { PlatformSizes } from '../measure/index.js';
import { platformMatches } from '../oci/index.js';
import { compilePathPattern } from './glob.js';

export interface PathSum {
  bytes: number;
  /** File entries (in all layers) the pattern matched. */
  matched: number;
}

export function pathSum(pattern: string, platform: Pick<PlatformSizes, 'entries'>): PathSum {
  const matches = compilePathPattern(pattern);
  let bytes = 0;
  let matched = 0;
  for (const entry of platform.entries) {
    if (entry.type !== 'file' || !matches(entry.path)) continue;
    bytes += entry.size;
    matched++;
  }
  return { bytes, matched };
}

/** Whether `wanted` as written (`linux/arm64`) names the measured `platform` (`linux/arm64/v8`). */
export function platformIs(wanted: string, platform: string): boolean {
  const [os = '', architecture = '', variant] = platform.split('/');
  return platformMatches(wanted, { os, architecture, ...(variant ? { variant } : {}) });
}
