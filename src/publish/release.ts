/**
 * Release badges: on `release` (published), an SVG badge per image, platform and gated metric
 * (badge-maker, through src/badge) and the shields.io endpoint JSON beside it, written to a folder
 * and uploaded as release assets through the release's own upload_url (GitHub Enterprise Server
 * serves uploads elsewhere), each replacing an older asset of the same name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitHubClient } from '../github/index.js';
import type { CheckReport } from '../report/index.js';

export interface BadgeFile {
  name: string;
  path: string;
  contentType: 'image/svg+xml' | 'application/json';
}

/** An asset name from an image, platform and metric: letters, digits, `.`, `_` and `-` only. */
export function badgeAssetName(image: string, platform: string | undefined, metric: string): string {
  const parts = [image, ...(platform ? [platform] : []), metric];
  return parts.map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '-')).join('-');
}

/** Writes the badges of every gated metric of the report into `dir`; returns the files. */
export async function writeReleaseBadges(report: CheckReport, dir: string): Promise<BadgeFile[]> {
  // badge-maker's font metrics are large: loaded only here.
  const { badgeFigure, renderBadgeSvg, shieldsEndpoint } = await import('../badge/index.js');
  await mkdir(dir, { recursive: true });
  const files: BadgeFile[] = [];
  const gated = new Map<string, { image: string; platform: string; metric: string }>();
  for (const check of report.checks) {
    if (check.kind !== 'metric') continue;
    gated.set(`${check.image}\n${check.platform}\n${check.metric}`, check);
  }
  for (const { image, platform, metric } of gated.values()) {
    const platforms =
      report.images.find((candidate) => candidate.name === image)?.sizes.platforms.length ?? 0;
    const name = badgeAssetName(image, platforms > 1 ? platform : undefined, metric);
    const figure = badgeFigure(report, { image, platform, metric });
    const svg = join(dir, `${name}.svg`);
    const json = join(dir, `${name}.json`);
    await writeFile(svg, renderBadgeSvg(figure));
    await writeFile(json, `${JSON.stringify(shieldsEndpoint(figure))}\n`);
    files.push(
      { name: `${name}.svg`, path: svg, contentType: 'image/svg+xml' },
      { name: `${name}.json`, path: json, contentType: 'application/json' },
    );
  }
  return files;
}

export interface ReleaseTarget {
  owner: string;
  repo: string;
  releaseId: number;
  /** The release's upload_url, a URI template (`…/assets{?name,label}`). */
  uploadUrl: string;
}

/** Uploads each file as a release asset, deleting an older asset of the same name first. */
export async function uploadReleaseAssets(
  octokit: GitHubClient,
  release: ReleaseTarget,
  files: BadgeFile[],
  read: (path: string) => Promise<Buffer>,
): Promise<{ replaced: string[]; uploaded: string[] }> {
  const { owner, repo, releaseId } = release;
  const existing = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
    owner,
    repo,
    release_id: releaseId,
    per_page: 100,
  });
  const replaced: string[] = [];
  const uploaded: string[] = [];
  for (const file of files) {
    for (const old of existing.filter((asset) => asset.name === file.name)) {
      await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: old.id });
      replaced.push(file.name);
    }
    const data = await read(file.path);
    await octokit.request({
      method: 'POST',
      url: release.uploadUrl,
      name: file.name,
      data,
      headers: { 'content-type': file.contentType, 'content-length': data.length },
    });
    uploaded.push(file.name);
  }
  return { replaced, uploaded };
}
