/**
 * Vitest global setup: every temporary file of the run (the tests', and the tools' they start: git,
 * buildah, skopeo, the CLI) goes under one directory made here, and the directory is removed when
 * the run ends, so a run leaves nothing in the machine's temp folder, whatever a test forgot.
 * Workers and the processes they spawn inherit TMPDIR; os.tmpdir() reads it on every call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'tsg-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    try {
      rmSync(root, { recursive: true, force: true });
    } catch (error) {
      // A mount a failed test left inside (the faults test's tmpfs) keeps the directory: say so.
      console.warn(`tiny-size-gate tests: could not remove ${root}: ${(error as Error).message}`);
    }
  };
}
