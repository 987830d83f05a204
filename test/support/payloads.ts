/** Real webhook payloads from @octokit/webhooks-examples, pointed at a test repository. */
import { createRequire } from 'node:module';

// biome-ignore lint/suspicious/noExplicitAny: a webhook payload edited field by field
export type Payload = Record<string, any>;

const index = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Payload[];
}[];

export function example(name: string, pick: (payload: Payload) => boolean = () => true): Payload {
  const found = index.find((entry) => entry.name === name)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching ${name} example`);
  return structuredClone(found);
}

export interface TestRepo {
  owner: string;
  repo: string;
  defaultBranch?: string;
}

function repository(base: Payload, target: TestRepo): Payload {
  return {
    ...base,
    name: target.repo,
    full_name: `${target.owner}/${target.repo}`,
    default_branch: target.defaultBranch ?? 'main',
    owner: { ...base.owner, login: target.owner },
  };
}

export interface PullRequestSpec extends TestRepo {
  number: number;
  baseSha: string;
  headSha: string;
  labels?: string[];
  /** "owner/name" of a fork the head comes from; the base repository when absent. */
  headRepository?: string;
}

/** `pull_request` opened (or `synchronize`) on the test repository. */
export function pullRequestPayload(spec: PullRequestSpec, action = 'opened'): Payload {
  const event = example('pull_request', (p) => p.action === action);
  const repo = repository(event.repository, spec);
  event.repository = repo;
  event.number = spec.number;
  const pull = event.pull_request;
  pull.number = spec.number;
  pull.labels = (spec.labels ?? []).map((name, id) => ({ id, name, color: 'ededed', default: false }));
  pull.base = { ...pull.base, ref: repo.default_branch, sha: spec.baseSha, repo };
  const fork = spec.headRepository && spec.headRepository !== repo.full_name;
  const [forkOwner = '', forkName = ''] = (spec.headRepository ?? '').split('/');
  const headRepo = fork
    ? {
        ...repo,
        name: forkName,
        full_name: spec.headRepository,
        fork: true,
        owner: { ...repo.owner, login: forkOwner },
      }
    : repo;
  pull.head = { ...pull.head, ref: 'feature', sha: spec.headSha, repo: headRepo };
  pull.auto_merge ??= null; // the REST API always has it; some webhook examples leave it out
  return event;
}

/** `push` of `after` to the default branch. */
export function pushPayload(spec: TestRepo & { after: string; before?: string }): Payload {
  const event = example(
    'push',
    (p) => typeof p.ref === 'string' && p.ref.startsWith('refs/heads/') && !p.deleted,
  );
  event.repository = repository(event.repository, spec);
  event.ref = `refs/heads/${spec.defaultBranch ?? 'main'}`;
  event.after = spec.after;
  event.before = spec.before ?? '0'.repeat(40);
  event.deleted = false;
  return event;
}

/** `workflow_run` completed, triggered by a `pull_request` run whose head is `headSha` in `headRepository`. */
export function workflowRunPayload(
  spec: TestRepo & { runId: number; headSha: string; headRepository: string; pullRequests?: number[] },
): Payload {
  const event = example('workflow_run', (p) => p.action === 'completed');
  const repo = repository(event.repository, spec);
  event.repository = repo;
  const run = event.workflow_run;
  run.id = spec.runId;
  run.event = 'pull_request';
  run.head_sha = spec.headSha;
  const [owner = '', name = ''] = spec.headRepository.split('/');
  run.head_repository = {
    ...run.head_repository,
    name,
    full_name: spec.headRepository,
    owner: { ...run.head_repository.owner, login: owner },
  };
  run.repository = { ...run.repository, name: spec.repo, full_name: `${spec.owner}/${spec.repo}` };
  // GitHub leaves this empty for a fork's pull request.
  run.pull_requests = (spec.pullRequests ?? []).map((number) => ({ ...run.pull_requests?.[0], number }));
  return event;
}

/** `release` published, its upload_url on `uploadBase` (the double's). */
export function releasePayload(spec: TestRepo & { id: number; tag: string; uploadBase: string }): Payload {
  const event = example('release', (p) => p.action === 'published');
  event.repository = repository(event.repository, spec);
  const release = event.release;
  release.id = spec.id;
  release.tag_name = spec.tag;
  release.upload_url = `${spec.uploadBase}/repos/${spec.owner}/${spec.repo}/releases/${spec.id}/assets{?name,label}`;
  return event;
}
