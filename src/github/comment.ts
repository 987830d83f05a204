/**
 * The sticky pull request comment: one per key, found by a hidden marker across every page of
 * the issue's comments, updated in place, and never duplicated even when two runs race.
 */
import { TinySizeError } from '../errors.js';
import { githubCommentLimit } from '../report/index.js';
import type { GitHubClient } from './octokit.js';

/** GitHub refuses comment bodies longer than this (characters): the one constant, in report/comment-fit.ts. */
export const maxCommentLength = githubCommentLimit;

export type CommentMode = 'always' | 'on-change' | 'on-failure' | 'never';

export interface UpsertCommentOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** Tells several gates on one pull request apart (the `comment-key` input). */
  key: string;
  /** The markdown; the marker is prepended here. */
  body: string;
  /** Whether to create a comment when there is none; an existing one is always updated. */
  shouldPost: boolean;
}

export type UpsertCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { action: 'skipped' }
  | { action: 'forbidden'; message: string };

/** Whether a run should create the comment, given the `comment` input and the run's outcome. */
export function shouldCreateComment(
  mode: CommentMode,
  outcome: { failed: boolean; changed: boolean },
): boolean {
  switch (mode) {
    case 'always':
      return true;
    case 'on-change':
      return outcome.changed || outcome.failed;
    case 'on-failure':
      return outcome.failed;
    case 'never':
      return false;
  }
}

/** The key as it appears in the marker: no "--" or ">" can end the HTML comment early. */
export function sanitizeKey(key: string): string {
  const clean = key
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
  return clean || 'default';
}

export function commentMarker(key: string): string {
  return `<!-- tiny-size-gate:${sanitizeKey(key)} -->`;
}

interface Comment {
  id: number;
  body?: string | null;
  html_url: string;
}

export async function upsertComment(options: UpsertCommentOptions): Promise<UpsertCommentResult> {
  const { octokit, owner, repo, issueNumber: issue_number } = options;
  const marker = commentMarker(options.key);
  const body = `${marker}\n${options.body}`;
  if (body.length > maxCommentLength) {
    throw new TinySizeError(
      `the comment is ${body.length} characters; GitHub accepts at most ${maxCommentLength}`,
      {
        within: `comment ${sanitizeKey(options.key)}`,
        fix: 'truncate the details before posting (the markdown renderer does)',
      },
    );
  }
  const where = `${owner}/${repo}#${issue_number}`;
  const ours = async (): Promise<Comment[]> => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number,
      per_page: 100,
    });
    // Ours start with the marker; a comment that merely quotes it is someone else's.
    return all.filter((comment) => comment.body?.startsWith(marker)).sort((a, b) => a.id - b.id);
  };

  try {
    const existing = (await ours())[0];
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (!options.shouldPost) return { action: 'skipped' };

    await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
    // Another run may have created one at the same time: keep the oldest, delete the rest.
    const [kept, ...extra] = await ours();
    if (!kept) {
      throw new TinySizeError(`the comment created on ${where} is not in its list of comments`, {
        fix: 'run the job again; GitHub may have been slow to list it',
      });
    }
    for (const comment of extra) {
      await octokit.rest.issues
        .deleteComment({ owner, repo, comment_id: comment.id })
        .catch((error: unknown) => {
          if (statusOf(error) !== 404) throw error; // the other run deleted it first
        });
    }
    if (kept.body !== body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: kept.id, body });
    }
    return { action: 'created', id: kept.id, url: kept.html_url };
  } catch (error) {
    if (error instanceof TinySizeError) throw error;
    const status = statusOf(error);
    if (status === 403 && !isRateLimit(error)) {
      return {
        action: 'forbidden',
        message:
          `the token may not comment on ${where} (403: ${messageOf(error)}). ` +
          'A pull request from a fork gets a read-only GITHUB_TOKEN: the report is in the job summary; ' +
          'to comment on fork pull requests, post it from a workflow_run job that runs after this one.',
      };
    }
    throw new TinySizeError(
      `GitHub API request for the comment on ${where} failed (${status ?? 'no response'}): ${messageOf(error)}`,
      {
        within: `comment ${sanitizeKey(options.key)}`,
        fix:
          status === 401
            ? 'pass a valid token (the `github-token` input, default github.token)'
            : status === 404
              ? `check that ${where} exists and the token can read it`
              : 'run the job again; if it persists, check https://www.githubstatus.com',
        cause: withoutRequest(error),
      },
    );
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: { message?: unknown } } } | null)?.response?.data;
  if (typeof data?.message === 'string') return data.message;
  return error instanceof Error ? error.message : String(error);
}

function isRateLimit(error: unknown): boolean {
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } } | null)?.response
    ?.headers;
  return headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(messageOf(error));
}

/** The cause without the request (its headers hold the authorization, even if octokit redacts it). */
function withoutRequest(error: unknown): Error {
  return new Error(messageOf(error));
}
