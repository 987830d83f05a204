export const id = 866;
export const ids = [866];
export const modules = {

/***/ 53353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ trendOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _history_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84689);
/* harmony import */ var _history_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43328);


/** The trend of each image this pull request changes, from the data branch; '' when there is none. */
async function trendOf(octokit, dataBranch, report, log) {
    try {
        const history = await (0,_history_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readHistory */ .L)(octokit, dataBranch);
        return history ? `\n${(0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTrend */ .eE)(history, { head: report })}` : '';
    }
    catch (error) {
        log.warning(`the size trend is left out: the history on ${dataBranch.branch} could not be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .formatError */ .Wk)(error)}`);
        return '';
    }
}


/***/ }),

/***/ 78364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Writes a file so that a reader sees the old file or the whole new one, never a part: the bytes
 * go to a temporary file beside it, which is renamed over the target (atomic on one filesystem).
 * A failed write (a full disk) removes the temporary file and leaves the target as it was.
 */



/** `data` may be chunks (a report written as it is serialised), each written as it comes. */
async function writeFileAtomic(path, data) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 43328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ appendEntry),
/* harmony export */   cI: () => (/* binding */ historyFileName),
/* harmony export */   eE: () => (/* binding */ renderTrend),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   s4: () => (/* binding */ emptyHistory)
/* harmony export */ });
/* unused harmony export maxHistoryEntries */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32794);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14031);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61996);
/**
 * The size history: one entry per push to the default branch (sha, date, per image, platform and
 * metric), kept in `history.json` on a data branch so it outlives the Actions cache's 7-day eviction.
 * The trend renders the last entries of each image that changed, with this pull request's value marked.
 */




const historyFileName = 'history.json';
/** Older entries are dropped: the file stays small enough for the contents API (1 MB). */
const maxHistoryEntries = 500;
const figures = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative());
const historySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tiny-size-gate-history'),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    entries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/),
        date: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        images: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), figures)),
    })),
});
function emptyHistory() {
    return { tool: 'tiny-size-gate-history', version: 1, entries: [] };
}
/** Parses a history file's text; `source` names it in errors. */
function parseHistory(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TinySizeError */ .kp(`the size history is not JSON: ${error.message}`, {
            file: source,
            fix: `point at the ${historyFileName} of the data branch (default tiny-size-gate-data)`,
        });
    }
    const parsed = historySchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TinySizeError */ .kp(`the size history is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`, {
            file: source,
            fix: `point at the ${historyFileName} of the data branch (default tiny-size-gate-data)`,
        });
    }
    return parsed.data;
}
/** The history with this run's totals appended (an entry of the same sha replaced), the oldest dropped. */
function appendEntry(history, report, sha, date) {
    const entry = { sha, date: date.toISOString(), images: (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__/* .totals */ .Sd)(report) };
    const entries = [...history.entries.filter((old) => old.sha !== sha), entry].slice(-maxHistoryEntries);
    return { ...history, entries };
}
const bars = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
/** A bar of `width` cells for value/max, in eighths of a cell. */
function bar(value, max, width) {
    const eighths = max > 0 ? Math.round((value / max) * width * 8) : 0;
    return '█'.repeat(Math.floor(eighths / 8)) + bars[eighths % 8];
}
/** The trend of each image as Markdown: a `<pre>` block of unicode bars per image and platform. */
function renderTrend(history, options = {}) {
    const last = options.last ?? 10;
    const metric = options.metric ?? 'files';
    const entries = history.entries.slice(-last);
    const head = options.head ? (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__/* .totals */ .Sd)(options.head) : undefined;
    const names = [
        ...new Set([...entries.flatMap((entry) => Object.keys(entry.images)), ...Object.keys(head ?? {})]),
    ];
    const blocks = [];
    for (const name of names) {
        const platforms = new Set([
            ...entries.flatMap((entry) => Object.keys(entry.images[name] ?? {})),
            ...Object.keys(head?.[name] ?? {}),
        ]);
        for (const platform of platforms) {
            const rows = entries
                .map((entry) => ({ label: entry.sha.slice(0, 7), value: entry.images[name]?.[platform]?.[metric] }))
                .filter((row) => row.value !== undefined);
            const current = head?.[name]?.[platform]?.[metric];
            if (head) {
                // Only images this pull request changes, compared with the newest entry.
                if (current === undefined || rows.at(-1)?.value === current)
                    continue;
                rows.push({ label: 'this PR', value: current });
            }
            if (!rows.length)
                continue;
            const max = Math.max(...rows.map((row) => row.value));
            const lines = rows.map((row, index) => {
                const marked = head && index === rows.length - 1 ? ' ◀' : '';
                const size = metric === 'layers' ? String(row.value) : (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(row.value);
                return `${row.label.padEnd(7)}  ${bar(row.value, max, 24).padEnd(25)} ${size}${marked}`;
            });
            if (options.format === 'text') {
                blocks.push(`${name} ${platform}, ${metric}\n${lines.join('\n')}`);
                continue;
            }
            const title = `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .F)(name)} ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .F)(platform)}, ${metric}`;
            blocks.push(`<pre>\n${title}\n${lines.map(_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .F).join('\n')}\n</pre>`);
        }
    }
    if (!blocks.length)
        return '';
    if (options.format === 'text')
        return `${blocks.join('\n\n')}\n`;
    const what = head ? 'on the default branch, then this pull request' : 'on the default branch';
    return `### Size trend\n\nThe last ${entries.length} entries ${what}:\n\n${blocks.join('\n\n')}\n`;
}


/***/ }),

/***/ 84689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readHistory),
/* harmony export */   w: () => (/* binding */ writeHistory)
/* harmony export */ });
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43328);

function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** The history on the branch, or none when the branch or the file does not exist. */
async function readHistory(octokit, data) {
    try {
        const { data: file } = await octokit.rest.repos.getContent({
            owner: data.owner,
            repo: data.repo,
            path: _history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyFileName */ .cI,
            ref: data.branch,
        });
        if (Array.isArray(file) || file.type !== 'file' || !('content' in file))
            return undefined;
        return (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHistory */ .i6)(Buffer.from(file.content, 'base64').toString('utf8'), `${data.branch}:${_history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyFileName */ .cI}`);
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}
/** Commits history.json (and `files`) to the branch; returns the commit sha and how many tries it took. */
async function writeHistory(octokit, data, write) {
    const { owner, repo, branch } = data;
    const attempts = write.attempts ?? 4;
    for (let attempt = 1;; attempt++) {
        const tip = await octokit.rest.git
            .getRef({ owner, repo, ref: `heads/${branch}` })
            .then(({ data: ref }) => ref.object.sha)
            .catch((error) => {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        });
        const current = tip ? ((await readHistory(octokit, data)) ?? (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyHistory */ .s4)()) : (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyHistory */ .s4)();
        const next = write.update(current);
        const baseTree = tip
            ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: tip })).data.tree.sha
            : undefined;
        const files = { [_history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyFileName */ .cI]: `${JSON.stringify(next, null, 1)}\n`, ...write.files };
        const { data: tree } = await octokit.rest.git.createTree({
            owner,
            repo,
            ...(baseTree ? { base_tree: baseTree } : {}),
            tree: Object.entries(files).map(([path, content]) => ({
                path,
                mode: '100644',
                type: 'blob',
                content,
            })),
        });
        const { data: commit } = await octokit.rest.git.createCommit({
            owner,
            repo,
            message: write.message,
            tree: tree.sha,
            parents: tip ? [tip] : [],
        });
        try {
            if (tip)
                await octokit.rest.git.updateRef({
                    owner,
                    repo,
                    ref: `heads/${branch}`,
                    sha: commit.sha,
                    force: false,
                });
            else
                await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha });
            return { sha: commit.sha, attempts: attempt };
        }
        catch (error) {
            // Another push moved (or created) the branch first: start again from its new tip.
            const status = statusOf(error);
            if ((status !== 422 && status !== 409) || attempt >= attempts)
                throw error;
        }
    }
}


/***/ }),

/***/ 82408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ik: () => (/* binding */ hasChanges),
  wQ: () => (/* binding */ renderComment)
});

// UNUSED EXPORTS: commentMaxLength, githubCommentLimit

// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(66832);
// EXTERNAL MODULE: ./src/report/comment-fit.ts
var comment_fit = __webpack_require__(95193);
// EXTERNAL MODULE: ./src/gate/index.ts
var gate = __webpack_require__(67155);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gate/accept.ts
/**
 * `tiny-size-gate accept`: the budget file's budgets rewritten to the measured sizes (plus a
 * headroom, rounded up), changing nothing else. The YAML is parsed with positions (yaml's Document
 * API) and only the byte range of each budget value is replaced, so comments, key order, quoting,
 * blank lines and every other byte stay. The pull request comment shows the lines that would change.
 */

/** The limit that holds `actual` with the headroom: 5% of 991 B is 49.55, so 1,041 B. */
function withHeadroom(actual, headroom, isCount = false) {
    if (isCount)
        return actual;
    if ('bytes' in headroom)
        return actual + headroom.bytes;
    return Math.ceil((actual * (100 + headroom.percent)) / 100 - 1e-9);
}
function nodeAt(doc, keyPath) {
    let node = doc.contents;
    for (const segment of keyPath) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            node = pair?.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number')
            node = node.items[segment];
        else
            return undefined;
    }
    return node ?? undefined;
}
/** The new value written the way the old one was: a bare number stays a number, quotes stay quotes. */
function valueText(old, limit, isCount) {
    const plain = isCount || typeof old.value === 'number' ? String(limit) : `${limit}B`;
    if (old.type === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return `"${plain}"`;
    if (old.type === dist/* Scalar */.X5.QUOTE_SINGLE)
        return `'${plain}'`;
    return plain;
}
/**
 * The budget file's text with every budget that a check measured set to the measured size plus the
 * headroom. A limit set image-wide and measured on several platforms takes the largest. Budgets that
 * matched nothing (`no-match`) are left as they are: only a person can say what they should guard.
 */
function acceptBudgets(text, checks, options = {}) {
    const headroom = options.headroom ?? { bytes: 0 };
    const wanted = new Map();
    for (const check of checks) {
        if (check.kind !== 'metric' && check.kind !== 'path')
            continue;
        if (check.status === 'no-match')
            continue;
        if (options.images?.length && !options.images.includes(check.image))
            continue;
        const isCount = check.metric === 'layers';
        const key = JSON.stringify(check.keyPath);
        const actual = check.actual;
        const known = wanted.get(key);
        if (!known || actual > known.actual)
            wanted.set(key, { keyPath: check.keyPath, actual, isCount });
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, keepSourceTokens: true });
    const replacements = [];
    for (const { keyPath, actual, isCount } of wanted.values()) {
        const node = nodeAt(doc, keyPath);
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            continue;
        const [start, end] = node.range;
        const from = text.slice(start, end);
        const limit = withHeadroom(actual, headroom, isCount);
        const to = valueText(node, limit, isCount);
        if (to === from)
            continue;
        replacements.push({
            start,
            end,
            to,
            edit: { keyPath, line: lines.linePos(start).line, from, to, limit },
        });
    }
    replacements.sort((a, b) => b.start - a.start);
    let out = text;
    for (const { start, end, to } of replacements)
        out = `${out.slice(0, start)}${to}${out.slice(end)}`;
    const edits = replacements.map((r) => r.edit).reverse();
    return { text: out, edits, diff: lineDiff(text, out) };
}
/** The changed lines of two texts with the same number of lines, `-` then `+`, with line numbers. */
function lineDiff(before, after) {
    const old = before.split('\n');
    const now = after.split('\n');
    return old.flatMap((line, index) => line === now[index] ? [] : [`-${index + 1}: ${line}`, `+${index + 1}: ${now[index] ?? ''}`]);
}

// EXTERNAL MODULE: ./src/measure/entries.ts + 1 modules
var entries = __webpack_require__(24304);
// EXTERNAL MODULE: ./src/metrics.ts
var metrics = __webpack_require__(35670);
// EXTERNAL MODULE: ./src/report/checks.ts
var checks = __webpack_require__(67933);
;// CONCATENATED MODULE: ./src/report/comment-model.ts
/**
 * What the pull request comment says, before any Markdown: the verdict's sentences, where the
 * baseline came from, and per image and platform the rows of base, head, delta, budget and status,
 * the layers and the files that changed, largest change first. comment-render.ts writes it out;
 * `tiny-size-gate diff` prints the same rows.
 */





function rowStatus(budget, growth, presence, delta) {
    if (budget && (budget.status === 'over-budget' || budget.status === 'no-match'))
        return budget.status;
    if (growth?.status === 'over-allowance')
        return 'over-allowance';
    if (presence === 'added')
        return 'new';
    if (presence === 'removed')
        return 'removed';
    return delta > 0 ? 'grew' : 'ok';
}
/** A row of the table, compared (base and head) or measured (head only). */
function sizeRow(input) {
    const { base, head } = input.delta;
    const both = base !== undefined && head !== undefined;
    const delta = both ? head - base : undefined;
    const status = input.compared
        ? rowStatus(input.budget, input.growth, input.presence, delta ?? 0)
        : input.budget
            ? rowStatus(input.budget, undefined, 'unchanged', 0)
            : undefined;
    const percent = delta !== undefined ? (0,compare/* percentOf */.pR)(delta, base) : undefined;
    return {
        label: input.label,
        metric: input.metric,
        ...(base !== undefined ? { base } : {}),
        ...(head !== undefined ? { head } : {}),
        ...(delta !== undefined ? { delta } : {}),
        ...(percent !== undefined ? { percent } : {}),
        ...(input.budget ? { limit: input.budget.limit } : {}),
        ...(status !== undefined && (input.gated || input.compared) ? { status } : {}),
        ...(input.growth ? { growth: input.growth } : {}),
        changed: !input.compared || !both || delta !== 0 || (status !== undefined && status !== 'ok'),
        ...(input.delta.baseEstimated ? { baseEstimated: input.delta.baseEstimated } : {}),
        ...(input.delta.headEstimated ? { headEstimated: input.delta.headEstimated } : {}),
        ...(input.delta.baseUnmeasured ? { baseUnmeasured: true } : {}),
        ...(input.delta.headUnmeasured ? { headUnmeasured: true } : {}),
    };
}
function pathBase(pattern, base) {
    if (!base)
        return undefined;
    const { bytes, matched } = (0,entries/* pathSum */.Dn)(base, pattern);
    return matched ? bytes : undefined;
}
/** The rows, layers and files of one platform; `checks` are the head report's (none for `diff`). */
function platformModel(image, comparison, checks, base, compared) {
    const mine = checks.filter((c) => c.image === image && c.platform === comparison.platform);
    const budgetOf = (metric) => mine.find((c) => c.kind === 'metric' && c.metric === metric);
    const growthOf = (metric) => mine.find((c) => c.kind === 'growth' && c.metric === metric);
    const byMetric = new Map(comparison.metrics.map((m) => [m.metric, m]));
    const gated = checks.length > 0;
    const rows = metrics/* metrics */.qd.map((metric) => {
        const budget = budgetOf(metric);
        const growth = growthOf(metric);
        return sizeRow({
            label: metric,
            metric,
            delta: byMetric.get(metric),
            ...(budget ? { budget } : {}),
            ...(growth ? { growth } : {}),
            presence: comparison.status,
            compared,
            gated,
        });
    });
    for (const check of mine.filter((c) => c.kind === 'path')) {
        const before = pathBase(check.pattern, base);
        rows.push(sizeRow({
            label: check.pattern,
            metric: 'path',
            delta: { ...(before !== undefined ? { base: before } : {}), head: check.actual },
            budget: check,
            presence: before === undefined && compared ? 'added' : 'unchanged',
            compared,
            gated,
        }));
    }
    return {
        platform: comparison.platform,
        status: comparison.status,
        rows,
        layers: compared ? (0,compare/* largestLayerChanges */.tw)(comparison.layers) : [],
        files: compared ? comparison.files : [],
    };
}
function imageModels(head, base, comparison) {
    const headByName = new Map(head.images.map((image) => [image.name, image]));
    const baseByName = new Map(base?.images.map((image) => [image.name, image]));
    return comparison.images.map((image) => {
        const basePlatforms = baseByName.get(image.name)?.sizes.platforms ?? [];
        const checks = head.checks.filter((c) => c.image === image.name);
        const method = headByName.get(image.name)?.method;
        return {
            name: image.name,
            status: base ? image.status : 'unchanged',
            attention: !base || image.status !== 'unchanged' || checks.some((c) => (0,gate/* isFailure */.N6)(c) || (0,gate/* isWarning */.Vv)(c)),
            ...(method ? { method } : {}),
            platforms: image.platforms.map((platform) => platformModel(image.name, platform, checks, basePlatforms.find((p) => p.platform === platform.platform), base !== undefined)),
        };
    });
}
/** `tiny-size-gate accept --image …` for the images whose budget failed, and the lines it would change. */
function acceptModel(head, budgetText) {
    if (budgetText === undefined)
        return undefined;
    const images = [
        ...new Set(head.checks
            .filter((c) => (c.kind === 'metric' || c.kind === 'path') && c.status === 'over-budget')
            .map((c) => c.image)),
    ];
    if (!images.length)
        return undefined;
    const { diff } = acceptBudgets(budgetText, head.checks, { images });
    if (!diff.length)
        return undefined;
    const config = head.config === 'tiny-size.yml' ? '' : ` --config ${head.config}`;
    return {
        command: `npx tiny-size-gate accept${config}${images.map((name) => ` --image ${name}`).join('')}`,
        diff,
    };
}
/** What the comment (and a pull request's job summary) says about `head` against `base`. */
function commentModel(head, base, options) {
    const comparison = (0,compare/* compareImages */.qJ)(head.images, base?.images ?? []);
    const accept = acceptModel(head, options.budgetText);
    return {
        compared: base !== undefined,
        gated: head.checks.filter((c) => !(0,checks/* isNotice */.fD)(c)).length,
        failures: head.checks.filter(gate/* isFailure */.N6),
        warnings: head.checks.filter(gate/* isWarning */.Vv),
        notices: head.checks.filter(checks/* isNotice */.fD),
        baseline: options.baseline,
        ...(options.overrideLabel !== undefined ? { overrideLabel: options.overrideLabel } : {}),
        images: imageModels(head, base, comparison),
        config: head.config,
        ...(accept ? { accept } : {}),
    };
}

// EXTERNAL MODULE: ./src/report/comment-render.ts
var comment_render = __webpack_require__(35048);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The pull request comment (and the job summary of a pull request): the verdict, then per image and
 * platform a table of base, head, delta, budget and status, then the layers and files that changed,
 * largest change first. Unchanged rows and images are folded into <details>.
 *
 * Three parts: comment-model.ts (what to say), comment-render.ts (Markdown), comment-fit.ts (leave
 * details out until it fits GitHub's limit, never the verdict). This file is their entry point.
 */





/** Any size that differs, or any image or platform new or gone. False without a baseline. */
function hasChanges(head, base) {
    return base !== undefined && (0,compare/* comparisonHasChanges */.ZA)((0,compare/* compareImages */.qJ)(head.images, base.images));
}
/** The comment's Markdown body (without the hidden marker, which the publisher adds). */
function renderComment(head, base, options) {
    const model = commentModel(head, base, options);
    return (0,comment_fit/* fitComment */.pI)(model, (0,comment_render/* fullDetail */.p0)(model, options.maxFiles, options.maxLayers), options.maxLength ?? comment_fit/* commentMaxLength */.cZ);
}


/***/ }),

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sd: () => (/* binding */ totals),
/* harmony export */   oR: () => (/* binding */ reportSchemaVersion),
/* harmony export */   pA: () => (/* binding */ checkReport),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* unused harmony exports reportJson, reportJsonChunks, measureReport */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78364);
/**
 * The JSON report: everything measured and every check, for machines, the job's outputs and,
 * later, the baseline of a pull request. Text and Markdown are rendered from this, so what a
 * person reads and what a machine reads cannot disagree.
 */




const reportSchemaVersion = 1;
function checkReport(result, baseline) {
    return {
        tool: 'tiny-size-gate',
        schemaVersion: reportSchemaVersion,
        verdict: result.verdict.ok && !result.failed?.length ? 'pass' : 'fail',
        config: result.budget.file,
        images: result.measured.map(({ image, sizes, method }) => ({ name: image.name, method, sizes })),
        checks: result.verdict.checks,
        ...(result.failed?.length
            ? { errors: result.failed.map(({ image, message }) => ({ name: image.name, message })) }
            : {}),
        ...(baseline ? { baseline: withoutUndefined(baseline) } : {}),
    };
}
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/**
 * The report as JSON text. What was not measured is `null`, never 0: a figure with `measured: false`
 * is written `{"bytes": null}`, a layer that was not read has `"files": null, "tar": null`.
 * (report/schema.ts reads them back.)
 */
function reportJson(report) {
    return [...reportJsonChunks(report)].join('');
}
/** Characters of entries gathered before a chunk is handed on. */
const chunkChars = 1 << 16;
/**
 * The report's JSON text (reportJson) in chunks, to write as they come: the file lists (`entries`,
 * up to 100,000 per platform) are serialised a batch of entries at a time, so the whole text
 * (20 MB for 100,000 entries, and as much again as bytes to write) is never held at once.
 */
function* reportJsonChunks(report) {
    // Each list is left out as a placeholder (a NUL is escaped, so no name can look like one),
    // then written where it stands, at its indentation, as JSON.stringify would.
    const lists = [];
    const outline = JSON.stringify(report, function (key, value) {
        if (key !== 'entries' || !Array.isArray(value))
            return notMeasuredAsNull.call(this, key, value);
        lists.push(value);
        return `\u0000${lists.length - 1}`;
    }, 2);
    const placeholder = /"entries": "\\u0000(\d+)"/g;
    let done = 0;
    for (const match of outline.matchAll(placeholder)) {
        const lineStart = outline.lastIndexOf('\n', match.index) + 1;
        const indent = ' '.repeat(match.index - lineStart);
        yield `${outline.slice(done, match.index)}"entries": `;
        yield* listChunks(lists[Number(match[1])], indent);
        done = match.index + match[0].length;
    }
    yield `${outline.slice(done)}\n`;
}
/** A list as JSON.stringify(list, notMeasuredAsNull, 2) writes it at `indent`, in chunks. */
function* listChunks(list, indent) {
    if (list.length === 0) {
        yield '[]';
        return;
    }
    const inner = `${indent}  `;
    let chunk = '[';
    for (let index = 0; index < list.length; index++) {
        // No string in JSON holds a raw newline, so every newline starts a line to indent.
        const item = JSON.stringify(list[index], notMeasuredAsNull, 2) ?? 'null';
        chunk += `${index ? ',' : ''}\n${inner}${item.replaceAll('\n', `\n${inner}`)}`;
        if (chunk.length >= chunkChars) {
            yield chunk;
            chunk = '';
        }
    }
    yield `${chunk}\n${indent}]`;
}
function notMeasuredAsNull(_key, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return value;
    const record = value;
    if (record.measured === false && 'bytes' in record) {
        const { measured: _, ...rest } = record;
        return { ...rest, bytes: null };
    }
    if (record.read === false && 'diffId' in record) {
        const { read: _, ...rest } = record;
        return { ...rest, files: null, tar: null };
    }
    return value;
}
/** Writes the report as <dir>/tiny-size-gate/report.json and returns the path. */
async function writeReport(report, dir = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'tiny-size-gate');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, 'report.json');
    await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Z)(path, reportJsonChunks(report));
    return path;
}
function measureReport(sizes) {
    return { tool: 'tiny-size-gate', schemaVersion: reportSchemaVersion, image: sizes };
}
/** Per image and platform, the five totals in bytes: the action's `totals` output. */
function totals(report) {
    return Object.fromEntries(report.images.map((image) => [
        image.name,
        Object.fromEntries(image.sizes.platforms.map(({ platform, sizes }) => [
            platform,
            {
                files: sizes.files.bytes,
                tar: sizes.tar.bytes,
                compressed: sizes.compressed.bytes,
                pull: sizes.pull.bytes,
                layers: sizes.layers,
            },
        ])),
    ]));
}


/***/ }),

/***/ 91327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zj: () => (/* binding */ validateCheckReport),
/* harmony export */   _p: () => (/* binding */ checkReportSchema)
/* harmony export */ });
/* unused harmony exports measureReportSchema, validateAnyReport */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35670);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32794);
/**
 * A zod schema of the JSON report (src/report/json.ts CheckReport). A baseline restored from the
 * Actions cache is untrusted input (any workflow of the repository can write a cache entry under
 * any key), so it is validated before the growth gate reads a single figure from it.
 */



const bytes = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const signedBytes = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/);
// `bytes: null`: not measured (manifest-only); in memory that is bytes 0 with `measured: false`.
const figure = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ bytes: bytes.nullable(), estimated: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() })
    .transform(({ bytes: value, estimated }) => value === null
    ? { bytes: 0, measured: false }
    : { bytes: value, ...(estimated !== undefined ? { estimated } : {}) });
const sizes = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    files: figure,
    tar: figure,
    compressed: figure,
    pull: figure,
    layers: bytes,
});
const entryTypes = [
    'file',
    'hardlink',
    'symlink',
    'directory',
    'whiteout',
    'opaque-whiteout',
    'other',
];
const fileEntry = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    size: bytes,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(entryTypes),
    layer: bytes,
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    mode: bytes.optional(),
    uid: bytes.optional(),
    gid: bytes.optional(),
});
const layerSizes = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    index: bytes,
    digest,
    diffId: digest,
    mediaType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    files: bytes.nullable(),
    tar: bytes.nullable(),
    compressed: figure,
    entries: bytes,
    createdBy: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
})
    .transform(({ files, tar, ...layer }) => {
    const { createdBy, note, ...rest } = layer;
    return {
        ...rest,
        files: files ?? 0,
        tar: tar ?? 0,
        ...(createdBy !== undefined ? { createdBy } : {}),
        ...(note !== undefined ? { note } : {}),
        ...(files === null || tar === null ? { read: false } : {}),
    };
});
const platformSizes = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    manifestDigest: digest,
    configDigest: digest,
    sizes,
    layers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(layerSizes),
    entries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(fileEntry),
    entriesOmitted: bytes.optional(),
    pathSums: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ bytes, matched: bytes })).optional(),
});
const imageSizes = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    references: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    platforms: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(platformSizes),
    skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })),
});
// Checks are loose: the gate may grow fields (baseline, growth) that an older baseline lacks and a
// newer one has; the growth gate reads the images' sizes, not the baseline's checks.
const checkBase = {
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    limit: signedBytes,
    actual: signedBytes,
    estimated: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['ok', 'over-budget', 'no-match']),
    exceedance: signedBytes,
    keyPath: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])),
    position: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ line: bytes, column: bytes }).optional(),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
};
const common = {
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    estimated: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    keyPath: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])),
    position: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ line: bytes, column: bytes }).optional(),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
};
// A report written with a baseline (a pull request's, `check --baseline`) holds growth and presence
// checks too: `diff` and `check --baseline` read such reports.
const check = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ ...checkBase, kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('metric'), metric: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .budgetMetrics */ .PT) }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ ...checkBase, kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('path'), pattern: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), matched: bytes }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        ...checkBase,
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('platform'),
        measured: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
        unselected: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true).optional(),
        selects: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        ...common,
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('growth'),
        metric: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .metrics */ .qd),
        status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['ok', 'grew', 'over-allowance']),
        base: signedBytes,
        actual: signedBytes,
        delta: signedBytes,
        allowance: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ bytes }), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ percent: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative() })]),
        allowed: signedBytes,
        exceedance: signedBytes,
        overridden: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true).optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        ...common,
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('presence'),
        status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['new', 'removed']),
        scope: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['image', 'platform']),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('reproducible'),
        status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['ok', 'not-reproducible']),
        keyPath: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])),
        message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        builds: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), manifestDigest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })),
    }),
]);
const checkReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tiny-size-gate'),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(_json_js__WEBPACK_IMPORTED_MODULE_2__/* .reportSchemaVersion */ .oR),
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail']),
    config: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    images: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sizes: imageSizes })),
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(check),
    errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).optional(),
});
const measureReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tiny-size-gate'),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(_json_js__WEBPACK_IMPORTED_MODULE_2__/* .reportSchemaVersion */ .oR),
    image: imageSizes,
});
/** Validates parsed JSON as a check report or a measure report; the problems are the check report's. */
function validateAnyReport(value) {
    if (value && typeof value === 'object' && 'image' in value && !('images' in value)) {
        const parsed = measureReportSchema.safeParse(value);
        if (parsed.success)
            return { ok: true, value: { kind: 'measure', report: parsed.data } };
        return {
            ok: false,
            problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
        };
    }
    const checked = validateCheckReport(value);
    return checked.ok ? { ok: true, value: { kind: 'check', report: checked.report } } : checked;
}
const _schemaMatchesReport = (parsed) => parsed;
const _schemaMatchesCheck = (parsed) => parsed;
void _schemaMatchesReport;
void _schemaMatchesCheck;
/** Validates parsed JSON as a CheckReport; the problems name the JSON path of each (at most 5). */
function validateCheckReport(value) {
    const parsed = checkReportSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, report: parsed.data };
    const problems = parsed.error.issues.slice(0, 5).map((issue) => {
        const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
        return `${where}: ${issue.message}`;
    });
    if (parsed.error.issues.length > 5)
        problems.push(`and ${parsed.error.issues.length - 5} more`);
    return { ok: false, problems };
}


/***/ })

};
