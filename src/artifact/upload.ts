/** Stage one of the fork flow: the report as the artifact `<artifact-name>[-<shard>]`, holding report.json. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TinySizeError } from '../errors.js';
import type { ActionReport } from './report.js';

/** The part of @actions/artifact used here; the real one is loaded only by `mode: measure`. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
}

export async function loadArtifactUploader(): Promise<ArtifactUploader> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

export function artifactNameOf(name: string, shard: string | undefined): string {
  return shard ? `${name}-${shard}` : name;
}

/** Uploads the report; a failure throws, because the comment stage depends on the artifact. */
export async function uploadReport(
  report: ActionReport,
  name: string,
  uploader: ArtifactUploader,
  tempDir = tmpdir(),
): Promise<{ id?: number; size?: number }> {
  const dir = await mkdtemp(join(tempDir, 'tsg-artifact-'));
  try {
    const file = join(dir, 'report.json');
    await writeFile(file, JSON.stringify(report));
    return await uploader.uploadArtifact(name, [file], dir, { retentionDays: 7 });
  } catch (error) {
    throw new TinySizeError(
      `the report was not uploaded as the artifact ${name}: ${(error as Error).message}`,
      {
        within: 'mode: measure',
        fix: 'the `mode: comment` job reads this artifact, so this step fails; run the job again, and check that the workflow may upload artifacts',
        cause: error,
      },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
