export const id = 188;
export const ids = [188];
export const modules = {

/***/ 54188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeBaseReport: () => (/* binding */ mergeBaseReport),
  saveReport: () => (/* binding */ saveReport),
  savesBaseline: () => (/* binding */ savesBaseline)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/baseline/index.ts
/**
 * The baseline of a pull request: the report of its merge-base, from the Actions cache when a push
 * saved it, else rebuilt from a worktree of the merge-base. Neither failing fails the check: the
 * gate then runs without a baseline and a warning says why.
 */

async function obtainBaseline(options) {
    const { sha, warn } = options;
    const commit = sha.slice(0, 12);
    let cached;
    try {
        cached = await options.restore(sha);
    }
    catch (error) {
        warn(`the baseline cache failed, rebuilding the merge-base instead: ${(0,errors/* formatError */.Wk)(error)}`);
    }
    if (cached)
        return { report: cached, source: 'cache', reason: `report of ${commit} restored from the cache` };
    try {
        const report = await options.rebuild(sha);
        return { report, source: 'rebuild', reason: `no cached report of ${commit}: rebuilt and measured it` };
    }
    catch (error) {
        const reason = `no baseline: ${commit} is not cached and rebuilding it failed`;
        warn(`${reason}; sizes are checked against the budget only.\n${(0,errors/* formatError */.Wk)(error)}`);
        return { source: 'none', reason };
    }
}





// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/atomic-write.ts
var atomic_write = __webpack_require__(78364);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/schema.ts
var schema = __webpack_require__(91327);
;// CONCATENATED MODULE: ./src/baseline/actions-log.ts
/**
 * @actions/cache swallows its own failures: it logs them (core.warning, core.error for a 5xx,
 * core.info for a reservation conflict) and returns "no cache". That makes a broken cache service
 * look like a cache miss, and turns a cache outage into an error annotation on a check that did not
 * fail. While the library runs, its workflow-command lines are diverted from stdout to the caller,
 * who reports them as one warning with context.
 */
/** The lines the library logs when it gives up; everything else passes through. */
const failureLine = /^(?:::(?:warning|error)(?: [^\n]*?)?::|(?:Failed to (?:save|restore): ))/;
/** Starts diverting; the returned function stops it (call it in a `finally`). */
function divertCacheLog(onFailure) {
    const stdout = process.stdout;
    const original = stdout.write;
    const diverted = function write(chunk, ...rest) {
        const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : '';
        const match = failureLine.exec(text);
        if (!match)
            return original.call(this, chunk, ...rest);
        onFailure(commandMessage(text, match[0]));
        const callback = rest.find((arg) => typeof arg === 'function');
        callback?.();
        return true;
    };
    stdout.write = diverted;
    return () => {
        // Only undo our own patch: someone may have wrapped stdout after us.
        if (stdout.write === diverted)
            stdout.write = original;
    };
}
/** The message of a `::warning::msg` line with the workflow-command escapes undone. */
function commandMessage(line, prefix) {
    const body = line.startsWith('::') ? line.slice(prefix.length) : line;
    return body
        .replace(/\r?\n$/, '')
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%');
}

;// CONCATENATED MODULE: ./src/baseline/cache.ts
/**
 * The baseline report in the GitHub Actions cache: saved on a push to the default branch, restored
 * by a pull request for its merge-base. The cache is an optimisation: every failure of it is a
 * warning handed to the caller and "no baseline", never a thrown error or a failed check.
 *
 * The key: `tiny-size-gate-v<report schema>-<config hash>-<commit sha>`.
 * - The sha is the commit the report measures (a push's sha; a pull request's merge-base).
 * - The config hash is a sha256 of the budget file's bytes *as committed at that sha* (see
 *   budgetFileHashAt). A report depends on the sha and on which budget file was checked (a
 *   repository may gate several); the file's content at the sha identifies the latter. Taking it
 *   at the sha, on both sides, means a pull request that edits the budget file still finds its
 *   merge-base's report: it hashes the base's budget file, not its own. Keying by the sha alone
 *   would let two budget files of one repository overwrite each other's baselines.
 * - The schema version retires old entries when the report's shape changes.
 */









/** A restored report larger than this is refused unread: it is untrusted input. */
const maxBaselineBytes = 64 * 1024 * 1024;
/** @actions/cache has no overall timeout (3 min per request, 5 attempts), so we bound it. */
const defaultCacheTimeoutMs = 60_000;
/** A short sha256 (16 hex digits) of the budget file's bytes. */
function configHash(budgetFile) {
    return (0,external_node_crypto_.createHash)('sha256').update(budgetFile).digest('hex').slice(0, 16);
}
/** configHash() of `file` as committed at `sha`, read with `git show` (not from the working tree). */
async function budgetFileHashAt(file, sha) {
    if (!(0,git/* isCommitSha */._$)(sha))
        throw new errors/* TinySizeError */.kp(`\`${sha}\` is not a commit sha`, { file });
    try {
        // `<sha>:./<name>` is resolved relative to the working directory, so the file's own directory.
        return configHash(await (0,git/* git */.$Y)((0,external_node_path_.dirname)(file), ['show', `${sha}:./${(0,external_node_path_.basename)(file)}`]));
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`the budget file is not in commit ${sha}`, {
            file,
            fix: 'commit the budget file; a baseline is looked up by the budget file as committed at the merge-base',
            cause: error,
        });
    }
}
function baselineCacheKey(sha, configHash) {
    if (!(0,git/* isCommitSha */._$)(sha) || !/^[0-9a-f]{16}$/.test(configHash)) {
        throw new Error(`baselineCacheKey: bad sha ${JSON.stringify(sha)} or config hash ${JSON.stringify(configHash)}`);
    }
    return `tiny-size-gate-v${json/* reportSchemaVersion */.oR}-${configHash}-${sha.toLowerCase()}`;
}
/** Saves the report under its key. Returns whether it was saved; failures go to `warn`. */
async function saveBaseline(report, options) {
    const key = keyOrWarn(options, 'saved');
    if (key === undefined)
        return false;
    const cache = options.cache ?? (await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)));
    const what = `the baseline report of ${cache_short(options.sha)} (cache key ${key})`;
    if (!cache.isFeatureAvailable()) {
        options.warn(`${what} is not saved: ${unavailable}`);
        return false;
    }
    const body = JSON.stringify(report);
    const limit = options.maxBytes ?? maxBaselineBytes;
    if (Buffer.byteLength(body) > limit) {
        options.warn(`${what} is not saved: it is ${Buffer.byteLength(body)} B, over the ${limit} B a restore accepts`);
        return false;
    }
    const file = baselineReportFile(options.dir);
    const failures = [];
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        await (0,atomic_write/* writeFileAtomic */.Z)(file, body);
        const outcome = await divertedAndBounded(() => cache.saveCache([file], key), failures, options);
        if (outcome.timedOut) {
            options.warn(`${what} is not saved: the Actions cache service did not answer within ${seconds(options)}`);
            return false;
        }
        // saveCache returns -1 when it gave up; it logs why (diverted into `failures`).
        if (outcome.value === -1) {
            options.warn(`${what} is not saved: ${failures.join('; ') || 'the cache library gave no reason'}`);
            return false;
        }
        if (failures.length)
            options.warn(`${what} is saved, with warnings: ${failures.join('; ')}`);
        return true;
    }
    catch (error) {
        options.warn(`${what} is not saved: ${messageOf(error)}`);
        return false;
    }
    finally {
        await (0,promises_.rm)(file, { recursive: true, force: true }).catch(() => undefined);
    }
}
/**
 * Restores the report saved under the key. `undefined` when there is none, when the cache failed
 * (a warning says why), or when what came back is not a valid report (a warning says why).
 */
async function restoreBaseline(options) {
    const key = keyOrWarn(options, 'restored');
    if (key === undefined)
        return undefined;
    const cache = options.cache ?? (await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)));
    const what = `the baseline report of ${cache_short(options.sha)} (cache key ${key})`;
    if (!cache.isFeatureAvailable()) {
        options.warn(`${what} is not restored: ${unavailable}`);
        return undefined;
    }
    const file = baselineReportFile(options.dir);
    const failures = [];
    try {
        // A file left from an earlier step must not pass for a restored one.
        await (0,promises_.rm)(file, { recursive: true, force: true });
        const outcome = await divertedAndBounded(() => cache.restoreCache([file], key), failures, options);
        if (outcome.timedOut) {
            options.warn(`${what} is not restored: the Actions cache service did not answer within ${seconds(options)}`);
            return undefined;
        }
        // restoreCache returns undefined both for "no entry" and when it gave up; it logs the latter.
        if (outcome.value === undefined) {
            if (failures.length)
                options.warn(`${what} is not restored: ${failures.join('; ')}`);
            return undefined;
        }
        if (failures.length)
            options.warn(`${what} is restored, with warnings: ${failures.join('; ')}`);
        if (outcome.value !== key) {
            options.warn(`${what} is not restored: the cache answered with another key, ${outcome.value}`);
            return undefined;
        }
        const read = await readReport(file, options.maxBytes ?? maxBaselineBytes);
        if (!read.ok) {
            options.warn(`${what} is ignored: ${read.problem}`);
            return undefined;
        }
        return read.report;
    }
    catch (error) {
        options.warn(`${what} is not restored: ${messageOf(error)}`);
        return undefined;
    }
    finally {
        await (0,promises_.rm)(file, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** Reads the restored file as untrusted input: a regular file, size-capped, JSON, a valid report. */
async function readReport(file, maxBytes) {
    const stat = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!stat)
        return { ok: false, problem: 'the cache entry holds no report file' };
    if (!stat.isFile())
        return { ok: false, problem: 'the cached report is not a regular file' };
    if (stat.size > maxBytes) {
        return { ok: false, problem: `the cached report is ${stat.size} B, over the limit of ${maxBytes} B` };
    }
    let value;
    try {
        value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        return { ok: false, problem: `the cached report is not JSON (${messageOf(error)})` };
    }
    const validation = (0,schema/* validateCheckReport */.Zj)(value);
    if (!validation.ok) {
        return {
            ok: false,
            problem: `the cached report is not a valid report: ${validation.problems.join('; ')}`,
        };
    }
    return { ok: true, report: validation.report };
}
const unavailable = 'the Actions cache service is not available to this job (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL is not set)';
/** Where the report file is cached from and restored to (its path is part of the cache version). */
function baselineReportFile(dir) {
    return (0,external_node_path_.join)(dir ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-baseline'), 'report.json');
}
/**
 * Runs a library call with its failure lines diverted into `failures`, waiting at most the
 * timeout. The library cannot be aborted: after a timeout its late answer (or rejection) is
 * dropped, and the diversion is stopped so that no later log line of anyone else is swallowed.
 */
async function divertedAndBounded(call, failures, options) {
    const stopDiverting = divertCacheLog((message) => failures.push(message));
    let timer;
    try {
        const pending = call();
        pending.catch(() => undefined);
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => resolve({ timedOut: true }), options.timeoutMs ?? defaultCacheTimeoutMs);
        });
        return await Promise.race([pending.then((value) => ({ timedOut: false, value })), timeout]);
    }
    finally {
        clearTimeout(timer);
        stopDiverting();
    }
}
/** A bad sha or hash is the caller's bug, but still only costs the baseline, not the check. */
function keyOrWarn(options, verb) {
    try {
        return baselineCacheKey(options.sha, options.configHash);
    }
    catch (error) {
        options.warn(`the baseline report is not ${verb}: ${messageOf(error)}`);
        return undefined;
    }
}
function seconds(options) {
    return `${(options.timeoutMs ?? defaultCacheTimeoutMs) / 1000} s`;
}
function cache_short(sha) {
    return sha.slice(0, 12);
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/baseline/worktree.ts
/**
 * A detached git worktree of one commit, for rebuilding the merge-base beside the pull request's
 * checkout without touching it. The worktree is removed afterwards whatever `run` does.
 */





async function withWorktree(repoDir, sha, run, options = {}) {
    if (!(0,git/* isCommitSha */._$)(sha)) {
        throw new errors/* TinySizeError */.kp(`\`${sha}\` is not a commit sha`, {
            file: repoDir,
            fix: 'pass the baseline commit as a hex sha (the merge-base of the pull request)',
        });
    }
    await ensureCommit(repoDir, sha, options.remote ?? 'origin');
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tsg-worktree-'));
    const dir = (0,external_node_path_.join)(root, 'tree');
    try {
        await (0,git/* git */.$Y)(repoDir, ['worktree', 'add', '--detach', dir, sha]);
    }
    catch (error) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        throw new errors/* TinySizeError */.kp(`cannot check out commit ${sha} in a git worktree`, {
            file: repoDir,
            fix: 'check that the repository is not corrupt and that the temporary directory is writable',
            cause: error,
        });
    }
    try {
        return await run(dir);
    }
    finally {
        await removeWorktree(repoDir, dir, root);
    }
}
/** Fetches the commit when the checkout lacks it (actions/checkout clones one commit deep). */
async function ensureCommit(repoDir, sha, remote) {
    try {
        await (0,git/* git */.$Y)(repoDir, ['rev-parse', '--git-dir']);
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp('not a git repository: the baseline is rebuilt from a git worktree', {
            file: repoDir,
            fix: 'run in a git checkout (actions/checkout before this action)',
            cause: error,
        });
    }
    if (await hasCommit(repoDir, sha))
        return;
    const shallow = await (0,git/* git */.$Y)(repoDir, ['rev-parse', '--is-shallow-repository']).then((out) => out.toString().trim() === 'true', () => false);
    // A depth on a full clone would make it shallow; only a shallow clone gets one.
    const fetch = [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        ...(shallow ? ['--depth=1'] : []),
        remote,
        sha,
    ];
    let fetchError;
    try {
        await (0,git/* git */.$Y)(repoDir, fetch);
    }
    catch (error) {
        fetchError = error;
    }
    if (await hasCommit(repoDir, sha))
        return;
    throw new errors/* TinySizeError */.kp(`commit ${sha} is not in the repository and could not be fetched from ${remote}`, {
        file: repoDir,
        fix: `fetch it (git fetch ${remote} ${sha}), or check out with full history (actions/checkout with fetch-depth: 0)`,
        cause: fetchError,
    });
}
function hasCommit(repoDir, sha) {
    return (0,git/* git */.$Y)(repoDir, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, () => false);
}
/** Best effort, and never throws: a failed cleanup must not hide what `run` returned or threw. */
async function removeWorktree(repoDir, dir, root) {
    await (0,git/* git */.$Y)(repoDir, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
    await (0,promises_.rm)(root, { recursive: true, force: true }).catch(() => undefined);
    await (0,git/* git */.$Y)(repoDir, ['worktree', 'prune']).catch(() => undefined);
}

;// CONCATENATED MODULE: ./src/action/baseline.ts
/**
 * The check stage's baseline: the merge-base's report (from the cache, or the merge-base rebuilt in
 * a worktree), and this run's report saved as the baseline of its commit. Loaded when there is a
 * merge-base to look up, or with the report (report.ts): the cache, the report schema and the
 * rebuild stay out of the start-up.
 */




/** The merge-base's report: restored from the cache, else the merge-base rebuilt and measured in a worktree. */
async function mergeBaseReport(sha, context) {
    const { deps } = context;
    const warn = (message) => deps.log.warning(message);
    const budgetPath = (0,external_node_path_.relative)(context.repoDir, (0,external_node_path_.resolve)(context.config));
    const found = await obtainBaseline({
        sha,
        warn,
        // The merge-base's report was made with the merge-base's budget file: look it up by that file.
        restore: async (commit) => restoreBaseline({
            sha: commit,
            configHash: await budgetFileHashAt((0,external_node_path_.resolve)(context.config), commit),
            warn,
            cache: await deps.cache(),
            dir: baselineDir(deps),
        }),
        rebuild: (commit) => withWorktree(context.repoDir, commit, async (dir) => {
            const result = await deps.check({
                config: (0,external_node_path_.join)(dir, budgetPath),
                images: context.images,
                progress: context.progress,
                // The sizes are all a baseline needs: no second build for the reproducibility gate.
                reproduce: false,
            });
            // A baseline missing an image would make that image look new: the rebuild fails instead.
            const [failed] = result.failed ?? [];
            if (failed)
                throw failed.error;
            return (0,json/* checkReport */.pA)(result);
        }),
    });
    deps.log.info(found.reason ?? `baseline: ${found.source}`);
    return { ...found, sha };
}
function baselineDir(deps) {
    return deps.env.RUNNER_TEMP ? (0,external_node_path_.join)(deps.env.RUNNER_TEMP, 'tiny-size-gate-baseline') : undefined;
}
/** A push to the default branch (or a manual run there) saves the report its pull requests compare with. */
function savesBaseline(event) {
    return event.isPushToDefaultBranch || (event.kind === 'workflow-dispatch' && event.onDefaultBranch);
}
async function saveReport(report, sha, config, deps) {
    const warn = (message) => deps.log.warning(message);
    try {
        const configHash = await budgetFileHashAt((0,external_node_path_.resolve)(config), sha);
        const cache = await deps.cache();
        if (await saveBaseline(report, { sha, configHash, warn, cache, dir: baselineDir(deps) })) {
            deps.log.info(`saved this report as the baseline of ${sha.slice(0, 12)}`);
        }
    }
    catch (error) {
        warn(`the report was not saved as a baseline: ${(0,errors/* formatError */.Wk)(error)}`);
    }
}


/***/ })

};
