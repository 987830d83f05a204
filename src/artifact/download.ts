/**
 * Stage two of the fork flow: the reports of the run that triggered this one, as untrusted input.
 * Each artifact named `<name>` or `<name>-*` is size-checked from the listing, downloaded through
 * the redirect GitHub answers with (never sending the token to the blob store) with the bytes
 * counted as they come, unzipped under a cap, parsed and schema-validated. A bad one is a problem
 * named with its artifact, never an exception: the caller decides what a missing shard means.
 */
import type { GitHubClient } from '../github/index.js';
import type { ActionReport } from './report.js';
import { validateActionReport } from './report.js';
import { readSingleEntry, ZipRefused } from './zip.js';

/** Larger zips and reports are refused (the baseline cache has the same cap). */
export const maxArtifactBytes = 64 * 1024 * 1024;

export type ShardResult =
  | { artifact: string; ok: true; report: ActionReport }
  | { artifact: string; ok: false; problem: string };

export interface DownloadOptions {
  owner: string;
  repo: string;
  runId: number;
  artifactName: string;
  maxBytes?: number;
  /** fetch for the blob store (injectable for tests); the global one by default. */
  fetch?: typeof fetch;
}

export function isOurArtifact(name: string, artifactName: string): boolean {
  return name === artifactName || name.startsWith(`${artifactName}-`);
}

export async function downloadReports(
  octokit: GitHubClient,
  options: DownloadOptions,
): Promise<ShardResult[]> {
  const { owner, repo } = options;
  const maxBytes = options.maxBytes ?? maxArtifactBytes;
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner,
    repo,
    run_id: options.runId,
    per_page: 100,
  });
  const ours = artifacts
    .filter((artifact) => isOurArtifact(artifact.name, options.artifactName))
    .sort((a, b) => a.name.localeCompare(b.name));
  const results: ShardResult[] = [];
  for (const artifact of ours) {
    const fail = (problem: string) => results.push({ artifact: artifact.name, ok: false, problem });
    if (artifact.expired) {
      fail('it has expired');
      continue;
    }
    if (artifact.size_in_bytes > maxBytes) {
      fail(`it is ${artifact.size_in_bytes} B, over the limit of ${maxBytes} B`);
      continue;
    }
    let zip: Buffer;
    try {
      zip = await downloadZip(octokit, { ...options, maxBytes }, artifact.id);
    } catch (error) {
      fail(`its download failed: ${(error as Error).message}`);
      continue;
    }
    let text: string;
    try {
      text = readSingleEntry(zip, 'report.json', maxBytes).toString('utf8');
    } catch (error) {
      if (!(error instanceof ZipRefused)) throw error;
      fail(`it is refused: ${error.message}`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      fail(`its report.json is not JSON (${(error as Error).message})`);
      continue;
    }
    const validation = validateActionReport(value);
    if (!validation.ok) fail(`its report.json is not a valid report: ${validation.problems.join('; ')}`);
    else results.push({ artifact: artifact.name, ok: true, report: validation.report });
  }
  return results;
}

async function downloadZip(
  octokit: GitHubClient,
  options: DownloadOptions & { maxBytes: number },
  artifactId: number,
): Promise<Buffer> {
  // GitHub answers 302 with a short-lived blob URL; follow it ourselves, without the token.
  const answer = await octokit.request(
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    {
      owner: options.owner,
      repo: options.repo,
      artifact_id: artifactId,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    },
  );
  const location = (answer.headers as Record<string, string | undefined>).location;
  if (!location) throw new Error(`GitHub answered ${answer.status} without a location to download from`);
  const response = await (options.fetch ?? fetch)(location, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok || !response.body) throw new Error(`the blob store answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > options.maxBytes)
    throw new Error(`it is ${declared} B, over the limit of ${options.maxBytes} B`);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    length += chunk.length;
    if (length > options.maxBytes) throw new Error(`it is over the limit of ${options.maxBytes} B`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
