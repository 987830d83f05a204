export const id = 498;
export const ids = [498];
export const modules = {

/***/ 76498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportOutcome: () => (/* binding */ reportOutcome)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/artifact/upload.ts
var upload = __webpack_require__(12445);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gate/index.ts
var gate = __webpack_require__(67155);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/history/store.ts
var store = __webpack_require__(84689);
// EXTERNAL MODULE: ./src/history/history.ts
var history_history = __webpack_require__(43328);
;// CONCATENATED MODULE: ./src/publish/release.ts
/**
 * Release badges: on `release` (published), an SVG badge per image, platform and gated metric
 * (badge-maker, through src/badge) and the shields.io endpoint JSON beside it, written to a folder
 * and uploaded as release assets through the release's own upload_url (GitHub Enterprise Server
 * serves uploads elsewhere), each replacing an older asset of the same name.
 */


/** An asset name from an image, platform and metric: letters, digits, `.`, `_` and `-` only. */
function badgeAssetName(image, platform, metric) {
    const parts = [image, ...(platform ? [platform] : []), metric];
    return parts.map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '-')).join('-');
}
/** Writes the badges of every gated metric of the report into `dir`; returns the files. */
async function writeReleaseBadges(report, dir) {
    // badge-maker's font metrics are large: loaded only here.
    const { badgeFigure, renderBadgeSvg, shieldsEndpoint } = await Promise.all(/* import() */[__webpack_require__.e(833), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 63839));
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = [];
    const gated = new Map();
    for (const check of report.checks) {
        if (check.kind !== 'metric')
            continue;
        gated.set(`${check.image}\n${check.platform}\n${check.metric}`, check);
    }
    for (const { image, platform, metric } of gated.values()) {
        const platforms = report.images.find((candidate) => candidate.name === image)?.sizes.platforms.length ?? 0;
        const name = badgeAssetName(image, platforms > 1 ? platform : undefined, metric);
        const figure = badgeFigure(report, { image, platform, metric });
        const svg = (0,external_node_path_.join)(dir, `${name}.svg`);
        const json = (0,external_node_path_.join)(dir, `${name}.json`);
        await (0,promises_.writeFile)(svg, renderBadgeSvg(figure));
        await (0,promises_.writeFile)(json, `${JSON.stringify(shieldsEndpoint(figure))}\n`);
        files.push({ name: `${name}.svg`, path: svg, contentType: 'image/svg+xml' }, { name: `${name}.json`, path: json, contentType: 'application/json' });
    }
    return files;
}
/** Uploads each file as a release asset, deleting an older asset of the same name first. */
async function uploadReleaseAssets(octokit, release, files, read) {
    const { owner, repo, releaseId } = release;
    const existing = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
        owner,
        repo,
        release_id: releaseId,
        per_page: 100,
    });
    const replaced = [];
    const uploaded = [];
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

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
// EXTERNAL MODULE: ./src/report/comment.ts + 2 modules
var report_comment = __webpack_require__(82408);
// EXTERNAL MODULE: ./src/report/compare-format.ts
var compare_format = __webpack_require__(38293);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/notes.ts
var report_notes = __webpack_require__(54931);
// EXTERNAL MODULE: ./src/metrics.ts
var metrics = __webpack_require__(35670);
;// CONCATENATED MODULE: ./src/report/size-rows.ts


const sizeColumns = ['metric', 'bytes', 'human', 'budget', 'status'];
/** What was not measured is a dash, never 0 (manifest-only: files and tar). */
const notMeasured = '—';
/** Without checks (`measure`), the budget and status columns are empty: leave them out. */
function withoutEmptyColumns(header, rows) {
    const keep = header.map((_, column) => column < 3 || rows.some((row) => (row[column] ?? '') !== ''));
    const pick = (cells) => cells.filter((_, column) => keep[column]);
    return { header: pick(header), rows: rows.map(pick) };
}
function sizeRows(platform, checks, style) {
    const byMetric = new Map(checks.flatMap((check) => (check.kind === 'metric' ? [[check.metric, check]] : [])));
    const rows = metrics/* byteMetrics */.yS.map((metric) => {
        const value = platform.sizes[metric];
        const check = byMetric.get(metric);
        return [
            metric,
            style.figure(value),
            value.measured === false ? '' : (0,units/* formatBytes */.z3)(value.bytes),
            check ? (0,units/* formatExact */.Bo)(check.limit) : '',
            style.status(check),
        ];
    });
    const layers = byMetric.get('layers');
    rows.push([
        'layers',
        String(platform.sizes.layers),
        '',
        layers ? String(layers.limit) : '',
        style.status(layers),
    ]);
    for (const check of checks) {
        if (check.kind !== 'path')
            continue;
        rows.push([
            style.path(check.pattern),
            (0,units/* formatExact */.Bo)(check.actual),
            (0,units/* formatBytes */.z3)(check.actual),
            (0,units/* formatExact */.Bo)(check.limit),
            style.status(check),
        ]);
    }
    return rows;
}
/** Largest first, then by path: the order the reports list files in. */
function byLargest(a, b) {
    return b.size - a.size || a.path.localeCompare(b.path);
}
/**
 * The regular files of a platform in report order (byLargest), only the first `count` when given,
 * and how many there are. The first `count` are picked in one pass holding no more than them: a
 * sorted copy of 100,000 entries to print 10 is megabytes of garbage at the end of a measurement.
 */
function largestFiles(entries, count) {
    if (count === undefined) {
        const largest = entries.filter((entry) => entry.type === 'file').sort(byLargest);
        return { largest, files: largest.length };
    }
    const largest = [];
    let files = 0;
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        if (entry.type !== 'file')
            continue;
        files++;
        const last = largest[count - 1];
        // As a stable sort would: after the entries it ties with, so an equal later entry stays out.
        if (last && byLargest(entry, last) >= 0)
            continue;
        let at = largest.length;
        while (at > 0 && byLargest(entry, largest[at - 1]) < 0)
            at--;
        largest.splice(at, 0, entry);
        if (largest.length > count)
            largest.pop();
    }
    return { largest, files };
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The Markdown report, for the job summary (and the pull request comment that builds on it).
 * Headline first; a table per image and platform; layers and the largest files folded away.
 * Every name that comes from an image passes through codeName().
 */







/** A step summary may hold 1 MiB; the rest of the step's summary needs some of it. */
const summaryMaxLength = 1_000_000;
/**
 * The job summary. In a pull request (options given) it is the comment's body, with a larger size
 * limit, so that the summary and the comment say the same; elsewhere, the sizes against the budget.
 */
function renderMarkdown(report, options) {
    if (options) {
        const { base, ...comment } = options;
        return (0,report_comment/* renderComment */.wQ)(report, base, { ...comment, maxLength: summaryMaxLength });
    }
    const failures = report.checks.filter(gate/* isFailure */.N6);
    const headline = failures.length
        ? `### ❌ tiny-size-gate: ${failures.length} of ${report.checks.length} budgets exceeded`
        : `### ✅ tiny-size-gate: all ${report.checks.length} budgets hold`;
    const parts = [headline];
    if (failures.length)
        parts.push(failures.map((check) => `- ${(0,compare_format/* checkText */.qW)(check)}`).join('\n'));
    for (const image of report.images)
        parts.push(renderImage(image, report.checks));
    parts.push(`<sub>Budget file: ${(0,report_escape/* codeName */.P)(report.config)}. Sizes: B, kB = 1000 B, MB = 10⁶ B; exact bytes first.</sub>`);
    return `${parts.join('\n\n')}\n`;
}
function renderImage(image, allChecks) {
    const checks = allChecks.filter((check) => check.image === image.name);
    const sections = [
        `#### ${(0,report_escape/* escapeMarkdown */.F)(image.name)}`,
        `<sub>${(0,report_escape/* escapeMarkdown */.F)(image.method)}, ${(0,report_escape/* codeName */.P)(image.sizes.source)}</sub>`,
    ];
    for (const platform of image.sizes.platforms) {
        sections.push(renderPlatform(platform, checks.filter((check) => check.platform === platform.platform)));
    }
    return sections.join('\n\n');
}
function renderPlatform(platform, checks) {
    const notes = new Set();
    const figure = (value) => {
        if (value.measured === false)
            return notMeasured;
        if (value.estimated)
            notes.add(value.estimated);
        return `${(0,units/* formatExact */.Bo)(value.bytes)}${value.estimated ? ' \\*' : ''}`;
    };
    const status = (check) => (check ? ((0,gate/* isFailure */.N6)(check) ? '❌' : '✅') : '');
    const rows = sizeRows(platform, checks, { figure, path: report_escape/* codeName */.P, status });
    const table = (0,compare_format/* markdownTable */.Qj)([...sizeColumns.slice(0, -1), ''], ['left', 'right', 'right', 'right', 'center'], rows);
    const layerRows = platform.layers.map((layer) => [
        String(layer.index),
        (0,report_escape/* codeName */.P)(layer.digest.slice(0, 19)),
        layer.read === false ? notMeasured : (0,units/* formatExact */.Bo)(layer.files),
        layer.read === false ? notMeasured : (0,units/* formatExact */.Bo)(layer.tar),
        figure(layer.compressed),
        layer.createdBy ? (0,report_escape/* codeName */.P)(layer.createdBy.slice(0, 80)) : '',
    ]);
    const { largest, files } = largestFiles(platform.entries, 20);
    const fileRows = largest.map((entry) => [
        (0,units/* formatExact */.Bo)(entry.size),
        String(entry.layer),
        (0,report_escape/* codeName */.P)(entry.path),
    ]);
    const details = [
        `<details><summary>${platform.layers.length} layer(s), ${files} file(s)</summary>`,
        (0,compare_format/* markdownTable */.Qj)(['#', 'digest', 'files', 'tar', 'compressed', 'created by'], ['right', 'left', 'right', 'right', 'right', 'left'], layerRows),
        `Largest files (${largest.length} of ${files}):`,
        (0,compare_format/* markdownTable */.Qj)(['bytes', 'layer', 'path'], ['right', 'right', 'left'], fileRows),
        '</details>',
    ].join('\n\n');
    const parts = [`**${(0,report_escape/* escapeMarkdown */.F)(platform.platform)}**`, table];
    for (const note of (0,report_notes/* distinctNotes */.e)(notes))
        parts.push(`\\* estimated: ${(0,report_escape/* escapeMarkdown */.F)(note)}`);
    parts.push(details);
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/report/comment-fit.ts
var comment_fit = __webpack_require__(95193);
// EXTERNAL MODULE: ./src/report/checks.ts
var checks = __webpack_require__(67933);
// EXTERNAL MODULE: ./src/action/baseline.ts + 4 modules
var action_baseline = __webpack_require__(54188);
// EXTERNAL MODULE: ./src/action/trend.ts
var action_trend = __webpack_require__(53353);
;// CONCATENATED MODULE: ./src/action/report.ts
/**
 * The check stage's second half: the engine's result reported (outputs, job summary, annotations),
 * kept (the baseline cache, the size history, release badges, the artifact of `mode: measure`),
 * posted (the sticky comment), and the step decided. Loaded once there is a result: a run that
 * fails before it (no budget file) loads none of the reports, the comment or their schemas.
 */












async function reportOutcome(deps, outcome) {
    const { inputs, event, repoDir, config, steps, octokit, release, recordsHistory, overrideGrowth } = outcome;
    const { baseline, result } = outcome;
    const { log, outputs } = deps;
    const pull = event?.pullRequest;
    const report = {
        ...(0,json/* checkReport */.pA)(result, { source: baseline.source, sha: baseline.sha, reason: baseline.reason }),
        ...(event ? { run: runRecord(event, result, baseline, inputs, repoDir) } : {}),
        ...(baseline.report ? { base: baseline.report } : {}),
    };
    const view = {
        base: baseline.report,
        baseline: { source: baseline.source, sha: baseline.sha, ref: pull?.baseRef, reason: baseline.reason },
        ...(overrideGrowth ? { overrideLabel: inputs.overrideLabel } : {}),
    };
    const dataBranch = event && { owner: event.owner, repo: event.repo, branch: inputs.dataBranch };
    const trend = pull && octokit && dataBranch ? await (0,action_trend/* trendOf */.R)(octokit, dataBranch, report, log) : '';
    const markdown = renderMarkdown(report, view) + trend;
    outputs.setOutput('verdict', report.verdict);
    outputs.setOutput('report', await (0,json/* writeReport */.u5)(report, deps.env.RUNNER_TEMP));
    outputs.setOutput('totals', JSON.stringify((0,json/* totals */.Sd)(report)));
    outputs.setOutput('markdown', markdown);
    outputs.setOutput('baseline-source', baseline.source);
    await outputs.summary(markdown);
    annotate(result, inputs, log);
    // A report missing an image that failed would make that image look new to the next pull request.
    if (event && (0,action_baseline.savesBaseline)(event) && !result.failed?.length)
        await (0,action_baseline.saveReport)(report, event.sha, config, deps);
    if (event && recordsHistory && dataBranch)
        await steps.step('Size history', () => recordHistory(deps, octokit, dataBranch, event, report));
    if (event && release)
        await steps.step('Release badges', () => publishBadges(deps, octokit, event, report));
    if (inputs.mode === 'measure') {
        const name = (0,upload/* artifactNameOf */.nn)(inputs.artifactName, inputs.shard);
        await steps.step(`Upload the report as ${name}`, async () => {
            const uploaded = await (0,upload/* uploadReport */.a3)(report, name, await deps.artifacts(), deps.env.RUNNER_TEMP);
            log.info(`artifact ${name} uploaded (${uploaded.size ?? '?'} B, id ${uploaded.id ?? '?'})`);
        });
    }
    else if (pull && inputs.comment !== 'never') {
        const body = (0,report_comment/* renderComment */.wQ)(report, baseline.report, { ...view, maxLength: comment_fit/* commentMaxLength */.cZ - trend.length }) + trend;
        const failed = report.verdict === 'fail';
        const shouldPost = (0,comment/* shouldCreateComment */.$M)(inputs.comment, {
            failed,
            changed: (0,report_comment/* hasChanges */.ik)(report, baseline.report),
        });
        await action_report_comment(deps, octokit, event, pull.number, inputs, body, shouldPost);
    }
    decide(result, inputs, deps);
}
/** What the comment stage needs to trust and place this report (src/artifact/report.ts). */
function runRecord(event, result, baseline, inputs, repoDir) {
    const pull = event.pullRequest;
    return {
        repository: `${event.owner}/${event.repo}`,
        headSha: event.headSha,
        ...(pull
            ? {
                pullRequest: {
                    number: pull.number,
                    headSha: pull.headSha,
                    baseSha: pull.baseSha,
                    ...(baseline.sha ? { mergeBaseSha: baseline.sha } : {}),
                    ...(pull.headRepository ? { headRepository: pull.headRepository } : {}),
                },
            }
            : {}),
        ...(inputs.shard ? { shard: inputs.shard } : {}),
        budgetFile: (0,external_node_path_.relative)(repoDir, (0,external_node_path_.resolve)(result.budget.file)).split('\\').join('/'),
        budgetImages: result.budget.images.map((image) => image.name),
        checkLines: result.verdict.checks.map((check) => result.budget.positionOf(check.keyPath)?.line ?? null),
    };
}
/**
 * The sizes decide the step: a failed check fails it unless `fail-on: never`. An image that could
 * not be measured (a missing archive, a failed build) fails it whatever fail-on says.
 */
function decide({ verdict, failed = [] }, inputs, deps) {
    const failures = verdict.checks.filter(gate/* isFailure */.N6);
    const [firstFailed, ...moreFailed] = failed;
    if (firstFailed) {
        const more = moreFailed.length ? `\n(and ${moreFailed.length} more image(s) not measured)` : '';
        deps.outputs.setFailed(`${firstFailed.image.name}: ${firstFailed.message}${more}`);
    }
    else if (failures.length && inputs.failOn === 'budget') {
        const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
        deps.outputs.setFailed(`${(0,checks/* describeFailure */.Ic)(failures[0])}${more}`);
    }
    else if (failures.length) {
        deps.log.warning(`${failures.length} check(s) failed; not failing the step because fail-on is \`never\``);
    }
}
/** A push to the default branch appends its totals to the history and refreshes the latest badges there. */
async function recordHistory(deps, octokit, dataBranch, event, report) {
    if (!octokit) {
        deps.log.warning(`no github-token: the size history on ${dataBranch.branch} was not updated`);
        return;
    }
    try {
        const dir = (0,external_node_path_.join)(deps.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tiny-size-gate', 'latest-badges');
        const badges = await writeReleaseBadges(report, dir);
        const files = Object.fromEntries(await Promise.all(badges.map(async (badge) => [`badges/${badge.name}`, await (0,promises_.readFile)(badge.path, 'utf8')])));
        const written = await (0,store/* writeHistory */.w)(octokit, dataBranch, {
            update: (current) => (0,history_history/* appendEntry */.D4)(current, report, event.headSha, new Date(deps.clock.now())),
            files,
            message: `Sizes of ${event.headSha.slice(0, 12)}`,
        });
        deps.log.info(`size history: ${dataBranch.branch} at ${written.sha.slice(0, 12)}${written.attempts > 1 ? ` (after ${written.attempts} tries: another push raced)` : ''}`);
    }
    catch (error) {
        deps.log.warning(`the size history on ${dataBranch.branch} was not updated: ${(0,errors/* formatError */.Wk)(error)}`);
    }
}
/** Badges of the release's sizes as release assets; an upload that fails is a warning. */
async function publishBadges(deps, octokit, event, report) {
    const release = event.release;
    const dir = (0,external_node_path_.join)(deps.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tiny-size-gate', 'badges');
    const files = await writeReleaseBadges(report, dir);
    deps.outputs.setOutput('badges', JSON.stringify(files.map((file) => file.path)));
    if (!octokit) {
        deps.log.warning('no github-token: the badges were written but not uploaded to the release');
        return;
    }
    try {
        const { replaced, uploaded } = await uploadReleaseAssets(octokit, { owner: event.owner, repo: event.repo, releaseId: release.id, uploadUrl: release.uploadUrl }, files, (path) => (0,promises_.readFile)(path));
        deps.log.info(`release ${release.tagName}: uploaded ${uploaded.join(', ')}${replaced.length ? ` (replacing ${replaced.join(', ')})` : ''}`);
    }
    catch (error) {
        deps.log.warning(`the badges were not uploaded to release ${release.tagName}: ${(0,errors/* formatError */.Wk)(error)}`);
    }
}
/** Writes the sticky comment. A failure is a warning with the reason: the sizes decide the step. */
async function action_report_comment(deps, octokit, event, issueNumber, inputs, body, shouldPost) {
    if (!octokit) {
        deps.log.warning('no github-token: the pull request comment was not written (the job summary has the report)');
        return;
    }
    try {
        const result = await (0,comment/* upsertComment */.lB)({
            octokit,
            owner: event.owner,
            repo: event.repo,
            issueNumber,
            key: inputs.commentKey,
            body,
            shouldPost,
        });
        if (result.action === 'forbidden')
            deps.log.warning(result.message);
        else if ('url' in result) {
            deps.outputs.setOutput('comment-url', result.url);
            deps.log.info(`comment ${result.action}: ${result.url}`);
        }
    }
    catch (error) {
        deps.log.warning(`the pull request comment was not written: ${(0,errors/* formatError */.Wk)(error)}`);
    }
}
/**
 * An annotation on the budget file's line for each failure and each warning; with `fail-on: never`
 * failures are warnings too, so the run shows no error it does not fail on.
 */
function annotate({ verdict, budget }, inputs, log) {
    for (const check of verdict.checks) {
        const failure = (0,gate/* isFailure */.N6)(check);
        if (!failure && !(0,gate/* isWarning */.Vv)(check))
            continue;
        const annotation = failure && inputs.failOn === 'budget' ? log.error : log.warning;
        annotation((0,checks/* describeFailure */.Ic)(check), { title: 'tiny-size-gate', ...place(budget, check.keyPath) });
    }
}
function place(budget, keyPath) {
    const position = budget.positionOf(keyPath);
    return { file: budget.file, startLine: position?.line, startColumn: position?.column };
}


/***/ })

};
