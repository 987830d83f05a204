export const id = 665;
export const ids = [665];
export const modules = {

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentStage: () => (/* binding */ commentStage)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/report/schema.ts
var schema = __webpack_require__(91327);
;// CONCATENATED MODULE: ./src/artifact/report.ts
/**
 * The report the action writes (the `report` output) and `mode: measure` uploads: the JSON report
 * plus what the comment stage needs to trust and place it: the repository and commit it measured,
 * the pull request (number, head, base, merge-base), the shard, every image of the budget file
 * (so an image no shard measured shows), the budget file's path and each check's line, and the
 * baseline's report (so the comment shows deltas).
 */


const sha = schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/);
const repository = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/);
const runSchema = schemas/* object */.Ikc({
    repository,
    headSha: sha,
    pullRequest: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int().positive(),
        headSha: sha,
        baseSha: sha,
        mergeBaseSha: sha.optional(),
        headRepository: repository.optional(),
    })
        .optional(),
    shard: schemas/* string */.YjP().max(100).optional(),
    budgetFile: schemas/* string */.YjP()
        .max(1000)
        .refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), 'a path inside the repository'),
    budgetImages: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(200)).max(1000),
    checkLines: schemas/* array */.YOg(schemas/* number */.aig().int().positive().nullable()),
});
// Checks of every kind (growth, presence and reproducible too) are the report schema's own.
const actionReportSchema = schema/* checkReportSchema */._p.extend({
    baseline: schemas/* object */.Ikc({
        source: schemas/* enum */.k5n(['cache', 'rebuild', 'none']),
        sha: sha.optional(),
        ref: schemas/* string */.YjP().max(300).optional(),
        reason: schemas/* string */.YjP().max(2000).optional(),
    })
        .optional(),
    run: runSchema.optional(),
    base: schema/* checkReportSchema */._p.optional(),
});
/** Validates parsed JSON as an ActionReport; the problems name the JSON path of each (at most 5). */
function validateActionReport(value) {
    const parsed = actionReportSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, report: parsed.data };
    return {
        ok: false,
        problems: parsed.error.issues.slice(0, 5).map((issue) => {
            const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
            return `${where}: ${issue.message}`;
        }),
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/artifact/zip.ts
/**
 * Reads the one file of an artifact zip, as untrusted input: exactly one entry with the expected
 * name, stored or deflated, no encryption, no zip64, the declared size under the cap before
 * inflating and the inflated size equal to it (inflation stops at the cap: a zip bomb costs the
 * cap, not the memory), and the CRC-32 checked. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */

class ZipRefused extends Error {
}
const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
function readSingleEntry(zip, name, maxBytes) {
    const eocd = findEndOfCentralDirectory(zip);
    if (eocd >= 20 && zip.readUInt32LE(eocd - 20) === zip64LocatorSignature)
        throw new ZipRefused('it is a zip64 archive');
    const disk = zip.readUInt16LE(eocd + 4);
    const entries = zip.readUInt16LE(eocd + 10);
    const centralOffset = zip.readUInt32LE(eocd + 16);
    if (entries === 0xffff || centralOffset === 0xffffffff)
        throw new ZipRefused('it is a zip64 archive');
    if (disk !== 0)
        throw new ZipRefused('it spans several disks');
    if (entries !== 1)
        throw new ZipRefused(`it holds ${entries} entries, not one`);
    const central = within(zip, centralOffset, 46);
    if (zip.readUInt32LE(central) !== centralSignature)
        throw new ZipRefused('its central directory is damaged');
    const flags = zip.readUInt16LE(central + 8);
    const method = zip.readUInt16LE(central + 10);
    const crc = zip.readUInt32LE(central + 16);
    const compressedSize = zip.readUInt32LE(central + 20);
    const size = zip.readUInt32LE(central + 24);
    const nameLength = zip.readUInt16LE(central + 28);
    const localOffset = zip.readUInt32LE(central + 42);
    const entryName = zip
        .subarray(within(zip, central + 46, nameLength), central + 46 + nameLength)
        .toString('utf8');
    if (flags & 0x41)
        throw new ZipRefused('its entry is encrypted');
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
        throw new ZipRefused('it is a zip64 archive');
    if (entryName !== name)
        throw new ZipRefused(`its entry is named ${JSON.stringify(entryName.slice(0, 100))}, not ${name}`);
    if (size > maxBytes)
        throw new ZipRefused(`its ${name} is ${size} B, over the limit of ${maxBytes} B`);
    const local = within(zip, localOffset, 30);
    if (zip.readUInt32LE(local) !== localSignature)
        throw new ZipRefused('its local header is damaged');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(within(zip, dataStart, compressedSize), dataStart + compressedSize);
    let content;
    if (method === 0)
        content = data;
    else if (method === 8) {
        try {
            content = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: maxBytes });
        }
        catch (error) {
            throw new ZipRefused(error.code === 'ERR_BUFFER_TOO_LARGE'
                ? `its ${name} inflates past the limit of ${maxBytes} B`
                : `its ${name} does not inflate: ${error.message}`);
        }
    }
    else
        throw new ZipRefused(`its entry uses compression method ${method} (only stored and deflate are read)`);
    if (content.length !== size)
        throw new ZipRefused(`its ${name} is ${content.length} B, not the ${size} B declared`);
    if ((0,external_node_zlib_.crc32)(content) !== crc)
        throw new ZipRefused(`its ${name} fails the CRC-32 check`);
    return content;
}
function findEndOfCentralDirectory(zip) {
    // The record is 22 bytes plus a comment of at most 65,535.
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === eocdSignature)
            return at;
    }
    throw new ZipRefused('it is not a zip archive');
}
/** `offset`, when `length` bytes from it lie inside the archive. */
function within(zip, offset, length) {
    if (offset + length > zip.length)
        throw new ZipRefused('it is truncated');
    return offset;
}

;// CONCATENATED MODULE: ./src/artifact/download.ts


/** Larger zips and reports are refused (the baseline cache has the same cap). */
const maxArtifactBytes = 64 * 1024 * 1024;
function isOurArtifact(name, artifactName) {
    return name === artifactName || name.startsWith(`${artifactName}-`);
}
async function downloadReports(octokit, options) {
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
    const results = [];
    for (const artifact of ours) {
        const fail = (problem) => results.push({ artifact: artifact.name, ok: false, problem });
        if (artifact.expired) {
            fail('it has expired');
            continue;
        }
        if (artifact.size_in_bytes > maxBytes) {
            fail(`it is ${artifact.size_in_bytes} B, over the limit of ${maxBytes} B`);
            continue;
        }
        let zip;
        try {
            zip = await downloadZip(octokit, { ...options, maxBytes }, artifact.id);
        }
        catch (error) {
            fail(`its download failed: ${error.message}`);
            continue;
        }
        let text;
        try {
            text = readSingleEntry(zip, 'report.json', maxBytes).toString('utf8');
        }
        catch (error) {
            if (!(error instanceof ZipRefused))
                throw error;
            fail(`it is refused: ${error.message}`);
            continue;
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            fail(`its report.json is not JSON (${error.message})`);
            continue;
        }
        const validation = validateActionReport(value);
        if (!validation.ok)
            fail(`its report.json is not a valid report: ${validation.problems.join('; ')}`);
        else
            results.push({ artifact: artifact.name, ok: true, report: validation.report });
    }
    return results;
}
async function downloadZip(octokit, options, artifactId) {
    // GitHub answers 302 with a short-lived blob URL; follow it ourselves, without the token.
    const answer = await octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
        owner: options.owner,
        repo: options.repo,
        artifact_id: artifactId,
        archive_format: 'zip',
        request: { redirect: 'manual' },
    });
    const location = answer.headers.location;
    if (!location)
        throw new Error(`GitHub answered ${answer.status} without a location to download from`);
    const response = await (options.fetch ?? fetch)(location, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok || !response.body)
        throw new Error(`the blob store answered ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > options.maxBytes)
        throw new Error(`it is ${declared} B, over the limit of ${options.maxBytes} B`);
    const chunks = [];
    let length = 0;
    for await (const chunk of response.body) {
        length += chunk.length;
        if (length > options.maxBytes)
            throw new Error(`it is over the limit of ${options.maxBytes} B`);
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gate/index.ts
var gate = __webpack_require__(67155);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/report/comment.ts + 2 modules
var report_comment = __webpack_require__(82408);
// EXTERNAL MODULE: ./src/report/comment-fit.ts
var comment_fit = __webpack_require__(95193);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/checks.ts
var checks = __webpack_require__(67933);
// EXTERNAL MODULE: ./src/action/retries.ts
var retries = __webpack_require__(57444);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/action/shards.ts

function mergeShards(results) {
    const valid = results.flatMap((result) => result.ok ? [{ artifact: result.artifact, report: result.report }] : []);
    const invalid = results.flatMap((result) => result.ok ? [] : [{ artifact: result.artifact, problem: result.problem }]);
    const first = valid[0]?.report;
    if (!first)
        throw new Error('mergeShards needs at least one valid report');
    const seen = new Set();
    const images = valid.flatMap(({ report }) => report.images.filter((image) => !seen.has(image.name) && seen.add(image.name)));
    const measured = new Set(images.map((image) => image.name));
    const budgetImages = [...new Set(valid.flatMap(({ report }) => report.run?.budgetImages ?? []))];
    const unmeasured = budgetImages.filter((name) => !measured.has(name)).sort();
    const bases = valid.flatMap(({ report }) => (report.base ? [report.base] : []));
    const baseSeen = new Set();
    const base = bases[0]
        ? {
            ...bases[0],
            images: bases.flatMap((b) => b.images.filter((image) => !baseSeen.has(image.name) && baseSeen.add(image.name))),
            checks: [],
        }
        : undefined;
    const failed = valid.some(({ report }) => report.verdict === 'fail') || unmeasured.length > 0 || invalid.length > 0;
    const report = {
        ...first,
        verdict: failed ? 'fail' : 'pass',
        images,
        checks: valid.flatMap(({ report }) => report.checks),
    };
    const lines = valid.flatMap(({ report }) => report.checks.map((_, index) => report.run?.checkLines[index] ?? null));
    return { report, base, unmeasured, invalid, shards: valid.map(({ artifact }) => artifact), lines };
}
/** What the comment says about shards beyond the report: images no shard measured, refused artifacts. */
function renderShardNotes(merged) {
    const lines = [];
    if (merged.unmeasured.length) {
        lines.push(`❌ **Not measured by any shard** (a missing shard fails the check): ${merged.unmeasured.map(report_escape/* codeName */.P).join(', ')}`);
    }
    for (const { artifact, problem } of merged.invalid) {
        lines.push(`❌ **Shard report refused**: ${(0,report_escape/* codeName */.P)(artifact)}: ${(0,report_escape/* escapeMarkdown */.F)(problem)}`);
    }
    if (merged.shards.length > 1)
        lines.push(`Merged from ${merged.shards.length} shards: ${merged.shards.map(report_escape/* codeName */.P).join(', ')}.`);
    return lines.length ? `${lines.join('\n\n')}\n\n` : '';
}

// EXTERNAL MODULE: ./src/action/trend.ts
var action_trend = __webpack_require__(53353);
;// CONCATENATED MODULE: ./src/action/comment-stage.ts
/**
 * `mode: comment`, stage two of the fork flow, under `workflow_run` with a write token and no
 * checkout of pull request code. It reads the triggering run's report artifacts (untrusted), checks
 * with the API that the pull request they name exists here, that its head is the run's head commit
 * and comes from the run's head repository, and only then writes the one sticky comment and a check
 * run on the head commit. On any mismatch it writes nothing to the pull request and says which check failed.
 */








async function commentStage(deps, inputs, event) {
    const run = event?.workflowRun;
    if (!event || !run) {
        throw new errors/* TinySizeError */.kp(`\`mode: comment\` runs under \`workflow_run\`; this is \`${event?.eventName ?? 'no event'}\``, {
            within: 'the action step',
            fix: 'run `mode: comment` in a workflow `on: workflow_run` that follows the `mode: measure` workflow (README, "Fork pull requests")',
        });
    }
    if (!inputs.githubToken) {
        throw new errors/* TinySizeError */.kp('`mode: comment` needs a token', {
            fix: 'pass `github-token` (github.token is the default)',
        });
    }
    const { log, outputs } = deps;
    const octokit = await deps.github({
        token: inputs.githubToken,
        baseUrl: event.apiUrl,
        warn: log.warning,
        ...retries/* apiRetries */.H,
    });
    const shards = await deps.log.group(`Reports of run ${run.runId}`, () => downloadReports(octokit, {
        owner: event.owner,
        repo: event.repo,
        runId: run.runId,
        artifactName: inputs.artifactName,
        fetch: deps.fetch,
    }));
    for (const shard of shards)
        log.info(shard.ok ? `${shard.artifact}: read` : `${shard.artifact}: ${shard.problem}`);
    if (!shards.some((shard) => shard.ok)) {
        const why = shards.length
            ? shards.map((shard) => `${shard.artifact}: ${shard.problem}`).join('; ')
            : `run ${run.runId} has no artifact named ${inputs.artifactName} or ${inputs.artifactName}-*`;
        throw new errors/* TinySizeError */.kp(`nothing was written to the pull request: no usable report (${why})`, {
            within: 'mode: comment',
            fix: 'check that the `mode: measure` job of the triggering run succeeded and uses the same `artifact-name`',
        });
    }
    const pullNumber = await verifyPullRequest(octokit, event, shards);
    const merged = mergeShards(shards);
    const notes = renderShardNotes(merged);
    const trend = await (0,action_trend/* trendOf */.R)(octokit, { owner: event.owner, repo: event.repo, branch: inputs.dataBranch }, merged.report, log);
    const body = notes +
        (0,report_comment/* renderComment */.wQ)(merged.report, merged.base, {
            baseline: merged.report.baseline ?? { source: 'none' },
            maxLength: comment_fit/* commentMaxLength */.cZ - notes.length - trend.length,
        }) +
        trend;
    outputs.setOutput('verdict', merged.report.verdict);
    outputs.setOutput('report', await (0,json/* writeReport */.u5)(merged.report, deps.env.RUNNER_TEMP));
    outputs.setOutput('totals', JSON.stringify((0,json/* totals */.Sd)(merged.report)));
    outputs.setOutput('markdown', body);
    await outputs.summary(body);
    if (inputs.comment !== 'never') {
        try {
            const shouldPost = (0,comment/* shouldCreateComment */.$M)(inputs.comment, {
                failed: merged.report.verdict === 'fail',
                changed: (0,report_comment/* hasChanges */.ik)(merged.report, merged.base),
            });
            const result = await (0,comment/* upsertComment */.lB)({
                octokit,
                owner: event.owner,
                repo: event.repo,
                issueNumber: pullNumber,
                key: inputs.commentKey,
                body,
                shouldPost,
            });
            if (result.action === 'forbidden')
                log.warning(result.message);
            else if ('url' in result) {
                outputs.setOutput('comment-url', result.url);
                log.info(`comment ${result.action}: ${result.url}`);
            }
        }
        catch (error) {
            log.warning(`the pull request comment was not written: ${error.message}`);
        }
    }
    await createCheckRun(deps, octokit, event, run.headSha, merged, body);
    const failed = merged.report.verdict === 'fail';
    if (failed && inputs.failOn === 'budget') {
        const first = merged.report.checks.find(gate/* isFailure */.N6);
        outputs.setFailed(first
            ? (0,checks/* describeFailure */.Ic)(first)
            : `the size check of pull request #${pullNumber} fails: ${merged.unmeasured.length ? `not measured: ${merged.unmeasured.join(', ')}` : 'a shard report was refused'}`);
    }
    else if (failed)
        log.warning('the size check fails; not failing the step because fail-on is `never`');
}
/**
 * The pull request the reports name, checked with the API. The payload's `pull_requests` is empty
 * for a fork's pull request, and the reports are the fork's to write: only the API is trusted.
 */
async function verifyPullRequest(octokit, event, shards) {
    const run = event.workflowRun;
    const here = `${event.owner}/${event.repo}`;
    const refuse = (check) => {
        throw new errors/* TinySizeError */.kp(`nothing was written to the pull request: ${check}`, {
            within: 'mode: comment',
            fix: 'a report that does not match its run is not trusted; if the pull request was updated since, the next run comments',
        });
    };
    const reports = shards.flatMap((shard) => (shard.ok ? [shard.report] : []));
    const numbers = [...new Set(reports.map((report) => report.run?.pullRequest?.number))];
    if (numbers.length !== 1 || numbers[0] === undefined) {
        refuse(`the reports name pull request(s) ${numbers.map((n) => (n === undefined ? 'none' : `#${n}`)).join(', ')}, not one`);
    }
    const number = numbers[0];
    for (const report of reports) {
        if (report.run?.repository.toLowerCase() !== here.toLowerCase())
            refuse(`a report was made in ${report.run?.repository}, not in ${here}`);
        if (report.run?.headSha !== run.headSha)
            refuse(`a report measured ${report.run?.headSha.slice(0, 12)}, not the run's head commit ${run.headSha.slice(0, 12)}`);
    }
    let pull;
    try {
        pull = (await octokit.rest.pulls.get({ owner: event.owner, repo: event.repo, pull_number: number })).data;
    }
    catch (error) {
        const status = error.status;
        return refuse(status === 404
            ? `pull request #${number} does not exist in ${here}`
            : `pull request #${number} could not be read (${status ?? 'no response'}): ${error.message}`);
    }
    if (pull.head.sha !== run.headSha)
        refuse(`the head of pull request #${number} is ${pull.head.sha.slice(0, 12)}, not the run's head commit ${run.headSha.slice(0, 12)}`);
    const headRepository = pull.head.repo?.full_name;
    if (!headRepository || headRepository.toLowerCase() !== run.headRepository?.toLowerCase())
        refuse(`pull request #${number} comes from ${headRepository ?? 'a deleted repository'}, not from the run's head repository ${run.headRepository}`);
    return number;
}
/** One check run on the head commit: the verdict, the comment as its summary, a failure annotation per failed check. */
async function createCheckRun(deps, octokit, event, headSha, merged, body) {
    const annotations = merged.report.checks.flatMap((check, index) => {
        if (!(0,gate/* isFailure */.N6)(check))
            return [];
        const run = merged.report.run;
        const line = merged.lines[index];
        if (!run || !line)
            return [];
        return [
            {
                path: run.budgetFile,
                start_line: line,
                end_line: line,
                annotation_level: 'failure',
                title: 'tiny-size-gate',
                message: (0,checks/* describeFailure */.Ic)(check),
            },
        ];
    });
    try {
        const { data } = await octokit.rest.checks.create({
            owner: event.owner,
            repo: event.repo,
            name: 'tiny-size-gate',
            head_sha: headSha,
            status: 'completed',
            conclusion: merged.report.verdict === 'pass' ? 'success' : 'failure',
            output: {
                title: merged.report.verdict === 'pass' ? 'Every size budget holds' : 'A size budget is exceeded',
                summary: body.slice(0, 65_535),
                annotations: annotations.slice(0, 50),
            },
        });
        deps.log.info(`check run: ${data.html_url}`);
    }
    catch (error) {
        deps.log.warning(`the check run was not created: ${error.message}`);
    }
}


/***/ })

};
