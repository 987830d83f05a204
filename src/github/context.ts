/**
 * What the workflow run is about, read from the runner's environment and the webhook payload
 * (GITHUB_EVENT_PATH). Only the fields tiny-size-gate reads are parsed; the rest passes through.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { TinySizeError } from '../errors.js';
import { branchName } from './refs.js';

export type Env = Record<string, string | undefined>;

export type EventKind =
  | 'pull-request'
  | 'push'
  | 'release'
  | 'workflow-dispatch'
  | 'merge-group'
  | 'workflow-run'
  | 'other';

export interface PullRequestContext {
  number: number;
  headSha: string;
  /** The target branch's tip when the event fired (the merge commit's first parent). */
  baseSha: string;
  /** The target branch name, without refs/heads/. */
  baseRef: string;
  /** Label names on the pull request when the event fired (a re-run keeps the old payload). */
  labels: string[];
  /** "owner/name" of the head repository; undefined when the fork was deleted. */
  headRepository: string | undefined;
}

export interface MergeGroupContext {
  baseSha: string;
}

export interface WorkflowRunContext {
  /** The event of the run that triggered this one (pull_request for the fork flow). */
  event: string;
  headSha: string;
  /** "owner/name" of the repository the run's commit came from (a fork's, for a fork's pull request). */
  headRepository: string | undefined;
  runId: number;
}

export interface ReleaseContext {
  id: number;
  tagName: string;
  /** Where the release's assets are uploaded (a URI template; GitHub Enterprise serves it elsewhere). */
  uploadUrl: string;
}

export interface EventContext {
  eventName: string;
  kind: EventKind;
  /** Webhook action (opened, synchronize, published, ...), when the event has one. */
  action: string | undefined;
  owner: string;
  repo: string;
  apiUrl: string;
  /** GITHUB_SHA: the commit checked out by default (for a pull request, its merge commit). */
  sha: string;
  /** GITHUB_REF: refs/heads/main, refs/pull/2/merge, refs/tags/v1, ... */
  ref: string;
  /** The commit whose image is under test: the pull request's head, the push's after, ... */
  headSha: string;
  defaultBranch: string | undefined;
  /** GITHUB_REF names the default branch (push or workflow_dispatch there). */
  onDefaultBranch: boolean;
  /** A push (not a deletion) to the default branch: the run that saves the baseline. */
  isPushToDefaultBranch: boolean;
  pullRequest: PullRequestContext | undefined;
  mergeGroup: MergeGroupContext | undefined;
  workflowRun: WorkflowRunContext | undefined;
  release: ReleaseContext | undefined;
}

const repositorySchema = z.looseObject({
  name: z.string(),
  full_name: z.string(),
  owner: z.looseObject({ login: z.string() }),
  default_branch: z.string().optional(),
});

const branchSchema = z.looseObject({
  ref: z.string(),
  sha: z.string(),
  repo: z.looseObject({ full_name: z.string() }).nullable().optional(),
});

const pullRequestPayloadSchema = z.looseObject({
  action: z.string().optional(),
  number: z.number().int().optional(),
  repository: repositorySchema,
  pull_request: z.looseObject({
    number: z.number().int(),
    head: branchSchema,
    base: branchSchema.extend({ repo: z.looseObject({ full_name: z.string() }) }),
    labels: z.array(z.looseObject({ name: z.string() })).default([]),
  }),
});

const pushPayloadSchema = z.looseObject({
  ref: z.string(),
  after: z.string(),
  deleted: z.boolean().optional(),
  repository: repositorySchema,
});

const mergeGroupPayloadSchema = z.looseObject({
  action: z.string().optional(),
  repository: repositorySchema,
  merge_group: z.looseObject({ head_sha: z.string(), base_sha: z.string() }),
});

const workflowRunPayloadSchema = z.looseObject({
  action: z.string().optional(),
  repository: repositorySchema,
  workflow_run: z.looseObject({
    id: z.number().int(),
    event: z.string(),
    head_sha: z.string(),
    head_repository: z.looseObject({ full_name: z.string() }).nullable().optional(),
  }),
});

const releasePayloadSchema = z.looseObject({
  action: z.string().optional(),
  repository: repositorySchema,
  release: z.looseObject({ id: z.number().int(), tag_name: z.string(), upload_url: z.string() }),
});

const anyPayloadSchema = z.looseObject({
  action: z.string().optional(),
  repository: repositorySchema.optional(),
});

const kinds: Record<string, EventKind> = {
  pull_request: 'pull-request',
  pull_request_target: 'pull-request',
  push: 'push',
  release: 'release',
  workflow_dispatch: 'workflow-dispatch',
  merge_group: 'merge-group',
  workflow_run: 'workflow-run',
};

function parse<T>(schema: z.ZodType<T>, payload: unknown, eventName: string, source: string): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || '(root)';
  throw new TinySizeError(
    `the ${eventName} event payload is not what GitHub sends: ${path}: ${issue?.message}`,
    {
      file: source,
      within: path,
      fix: `run on a ${eventName} event from GitHub, or pass a complete webhook payload in GITHUB_EVENT_PATH`,
    },
  );
}

/** The event context from the environment and the parsed payload; `source` names the payload in errors. */
export function eventContext(env: Env, payload: unknown, source = 'the event payload'): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!eventName) {
    throw new TinySizeError('GITHUB_EVENT_NAME is not set', {
      fix: 'run inside a GitHub Actions job, or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH',
    });
  }
  const kind = kinds[eventName] ?? 'other';
  const base = parse(anyPayloadSchema, payload, eventName, source);
  const [envOwner, envRepo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const owner = base.repository?.owner.login ?? envOwner;
  const repo = base.repository?.name ?? envRepo;
  if (!owner || !repo) {
    throw new TinySizeError(
      'the repository is unknown: the payload has no repository and GITHUB_REPOSITORY is not set',
      {
        file: source,
        within: 'repository',
        fix: 'set GITHUB_REPOSITORY to owner/name',
      },
    );
  }
  const ref = env.GITHUB_REF ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const defaultBranch = base.repository?.default_branch;
  const onDefaultBranch = defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;

  const context: EventContext = {
    eventName,
    kind,
    action: base.action,
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    sha,
    ref,
    headSha: sha,
    defaultBranch,
    onDefaultBranch,
    isPushToDefaultBranch: false,
    pullRequest: undefined,
    mergeGroup: undefined,
    workflowRun: undefined,
    release: undefined,
  };

  switch (kind) {
    case 'pull-request': {
      const { pull_request: pr } = parse(pullRequestPayloadSchema, payload, eventName, source);
      const headRepository = pr.head.repo?.full_name;
      context.pullRequest = {
        number: pr.number,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        baseRef: branchName(pr.base.ref),
        labels: pr.labels.map((label) => label.name),
        headRepository,
      };
      context.headSha = pr.head.sha;
      break;
    }
    case 'push': {
      const push = parse(pushPayloadSchema, payload, eventName, source);
      const deleted = push.deleted === true || /^0+$/.test(push.after);
      context.headSha = deleted ? sha : push.after;
      context.onDefaultBranch = defaultBranch !== undefined && push.ref === `refs/heads/${defaultBranch}`;
      context.isPushToDefaultBranch = context.onDefaultBranch && !deleted;
      break;
    }
    case 'merge-group': {
      const { merge_group: group } = parse(mergeGroupPayloadSchema, payload, eventName, source);
      context.mergeGroup = { baseSha: group.base_sha };
      context.headSha = group.head_sha;
      break;
    }
    case 'workflow-run': {
      const { workflow_run: run } = parse(workflowRunPayloadSchema, payload, eventName, source);
      context.workflowRun = {
        event: run.event,
        headSha: run.head_sha,
        headRepository: run.head_repository?.full_name,
        runId: run.id,
      };
      context.headSha = run.head_sha;
      break;
    }
    case 'release': {
      const { release } = parse(releasePayloadSchema, payload, eventName, source);
      context.release = { id: release.id, tagName: release.tag_name, uploadUrl: release.upload_url };
      break;
    }
    default:
      break;
  }
  if (!context.headSha) {
    throw new TinySizeError(`the ${eventName} event names no commit: GITHUB_SHA is not set`, {
      file: source,
      fix: 'run inside a GitHub Actions job, or set GITHUB_SHA',
    });
  }
  return context;
}

/** Reads GITHUB_EVENT_PATH and returns the event context. */
export async function loadEventContext(env: Env = process.env): Promise<EventContext> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) {
    throw new TinySizeError('GITHUB_EVENT_PATH is not set: there is no event payload to read', {
      fix: 'run inside a GitHub Actions job, or point GITHUB_EVENT_PATH at a webhook payload (JSON)',
    });
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new TinySizeError(`cannot read the event payload: ${(cause as Error).message}`, {
      file: path,
      fix: 'point GITHUB_EVENT_PATH at the webhook payload file the runner writes',
      cause,
    });
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (cause) {
    throw new TinySizeError(`the event payload is not valid JSON: ${(cause as Error).message}`, {
      file: path,
      fix: 'point GITHUB_EVENT_PATH at the webhook payload file the runner writes',
      cause,
    });
  }
  return eventContext(env, payload, path);
}
