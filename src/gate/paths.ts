/**
 * Platform names as budgets write them. (What a `paths:` budget measures is `pathSum` in
 * src/measure: the one sum for the gate and every report.)
 */
import { platformMatches } from '../oci/index.js';

/** Whether `wanted` as written (`linux/arm64`) names the measured `platform` (`linux/arm64/v8`). */
export function platformIs(wanted: string, platform: string): boolean {
  const [os = '', architecture = '', variant] = platform.split('/');
  return platformMatches(wanted, { os, architecture, ...(variant ? { variant } : {}) });
}
