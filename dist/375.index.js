export const id = 375;
export const ids = [375];
export const modules = {

/***/ 35375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  branchName: () => (/* reexport */ refs/* branchName */.a),
  commentMarker: () => (/* reexport */ comment/* commentMarker */.Ql),
  eventContext: () => (/* reexport */ eventContext),
  loadEventContext: () => (/* reexport */ loadEventContext),
  loadGitHubClient: () => (/* reexport */ client/* loadGitHubClient */.B),
  maxCommentLength: () => (/* reexport */ comment/* maxCommentLength */.yd),
  pullRequestLabels: () => (/* reexport */ pull_request/* pullRequestLabels */.U),
  sanitizeKey: () => (/* reexport */ comment/* sanitizeKey */.Pt),
  shouldCreateComment: () => (/* reexport */ comment/* shouldCreateComment */.$M),
  upsertComment: () => (/* reexport */ comment/* upsertComment */.lB)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/refs.ts
var refs = __webpack_require__(99081);
;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * What the workflow run is about, read from the runner's environment and the webhook payload
 * (GITHUB_EVENT_PATH). Only the fields tiny-size-gate reads are parsed; the rest passes through.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables
 */




const repositorySchema = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    full_name: schemas/* string */.YjP(),
    owner: schemas/* looseObject */._H3({ login: schemas/* string */.YjP() }),
    default_branch: schemas/* string */.YjP().optional(),
});
const branchSchema = schemas/* looseObject */._H3({
    ref: schemas/* string */.YjP(),
    sha: schemas/* string */.YjP(),
    repo: schemas/* looseObject */._H3({ full_name: schemas/* string */.YjP() }).nullable().optional(),
});
const pullRequestPayloadSchema = schemas/* looseObject */._H3({
    action: schemas/* string */.YjP().optional(),
    number: schemas/* number */.aig().int().optional(),
    repository: repositorySchema,
    pull_request: schemas/* looseObject */._H3({
        number: schemas/* number */.aig().int(),
        head: branchSchema,
        base: branchSchema.extend({ repo: schemas/* looseObject */._H3({ full_name: schemas/* string */.YjP() }) }),
        labels: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP() })).default([]),
    }),
});
const pushPayloadSchema = schemas/* looseObject */._H3({
    ref: schemas/* string */.YjP(),
    after: schemas/* string */.YjP(),
    deleted: schemas/* boolean */.zMY().optional(),
    repository: repositorySchema,
});
const mergeGroupPayloadSchema = schemas/* looseObject */._H3({
    action: schemas/* string */.YjP().optional(),
    repository: repositorySchema,
    merge_group: schemas/* looseObject */._H3({ head_sha: schemas/* string */.YjP(), base_sha: schemas/* string */.YjP() }),
});
const workflowRunPayloadSchema = schemas/* looseObject */._H3({
    action: schemas/* string */.YjP().optional(),
    repository: repositorySchema,
    workflow_run: schemas/* looseObject */._H3({
        id: schemas/* number */.aig().int(),
        event: schemas/* string */.YjP(),
        head_sha: schemas/* string */.YjP(),
        head_repository: schemas/* looseObject */._H3({ full_name: schemas/* string */.YjP() }).nullable().optional(),
    }),
});
const releasePayloadSchema = schemas/* looseObject */._H3({
    action: schemas/* string */.YjP().optional(),
    repository: repositorySchema,
    release: schemas/* looseObject */._H3({ id: schemas/* number */.aig().int(), tag_name: schemas/* string */.YjP(), upload_url: schemas/* string */.YjP() }),
});
const anyPayloadSchema = schemas/* looseObject */._H3({
    action: schemas/* string */.YjP().optional(),
    repository: repositorySchema.optional(),
});
const kinds = {
    pull_request: 'pull-request',
    pull_request_target: 'pull-request',
    push: 'push',
    release: 'release',
    workflow_dispatch: 'workflow-dispatch',
    merge_group: 'merge-group',
    workflow_run: 'workflow-run',
};
function parse(schema, payload, eventName, source) {
    const result = schema.safeParse(payload);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new errors/* TinySizeError */.kp(`the ${eventName} event payload is not what GitHub sends: ${path}: ${issue?.message}`, {
        file: source,
        within: path,
        fix: `run on a ${eventName} event from GitHub, or pass a complete webhook payload in GITHUB_EVENT_PATH`,
    });
}
/** The event context from the environment and the parsed payload; `source` names the payload in errors. */
function eventContext(env, payload, source = 'the event payload') {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (!eventName) {
        throw new errors/* TinySizeError */.kp('GITHUB_EVENT_NAME is not set', {
            fix: 'run inside a GitHub Actions job, or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH',
        });
    }
    const kind = kinds[eventName] ?? 'other';
    const base = parse(anyPayloadSchema, payload, eventName, source);
    const [envOwner, envRepo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const owner = base.repository?.owner.login ?? envOwner;
    const repo = base.repository?.name ?? envRepo;
    if (!owner || !repo) {
        throw new errors/* TinySizeError */.kp('the repository is unknown: the payload has no repository and GITHUB_REPOSITORY is not set', {
            file: source,
            within: 'repository',
            fix: 'set GITHUB_REPOSITORY to owner/name',
        });
    }
    const ref = env.GITHUB_REF ?? '';
    const sha = env.GITHUB_SHA ?? '';
    const defaultBranch = base.repository?.default_branch;
    const onDefaultBranch = defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;
    const context = {
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
                baseRef: (0,refs/* branchName */.a)(pr.base.ref),
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
        throw new errors/* TinySizeError */.kp(`the ${eventName} event names no commit: GITHUB_SHA is not set`, {
            file: source,
            fix: 'run inside a GitHub Actions job, or set GITHUB_SHA',
        });
    }
    return context;
}
/** Reads GITHUB_EVENT_PATH and returns the event context. */
async function loadEventContext(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path) {
        throw new errors/* TinySizeError */.kp('GITHUB_EVENT_PATH is not set: there is no event payload to read', {
            fix: 'run inside a GitHub Actions job, or point GITHUB_EVENT_PATH at a webhook payload (JSON)',
        });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (cause) {
        throw new errors/* TinySizeError */.kp(`cannot read the event payload: ${cause.message}`, {
            file: path,
            fix: 'point GITHUB_EVENT_PATH at the webhook payload file the runner writes',
            cause,
        });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (cause) {
        throw new errors/* TinySizeError */.kp(`the event payload is not valid JSON: ${cause.message}`, {
            file: path,
            fix: 'point GITHUB_EVENT_PATH at the webhook payload file the runner writes',
            cause,
        });
    }
    return eventContext(env, payload, path);
}

// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(52524);
;// CONCATENATED MODULE: ./src/github/index.ts
// The public surface of src/github: other folders import from here only (test/unit/architecture.test.ts).







/***/ })

};
