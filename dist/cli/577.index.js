export const id = 577;
export const ids = [577];
export const modules = {

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyFileName: () => (/* reexport */ history_historyFileName),
  parseHistory: () => (/* reexport */ history_parseHistory),
  renderTrend: () => (/* reexport */ renderTrend)
});

// UNUSED EXPORTS: appendEntry, emptyHistory, maxHistoryEntries, readHistory, writeHistory

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/index.ts + 15 modules
var report = __webpack_require__(7550);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/history/history.ts
/**
 * The size history: one entry per push to the default branch (sha, date, per image, platform and
 * metric), kept in `history.json` on a data branch so it outlives the Actions cache's 7-day eviction.
 * The trend renders the last entries of each image that changed, with this pull request's value marked.
 */




const history_historyFileName = 'history.json';
/** Older entries are dropped: the file stays small enough for the contents API (1 MB). */
const maxHistoryEntries = 500;
const figures = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative());
const historySchema = schemas/* object */.Ikc({
    tool: schemas/* literal */.euz('tiny-size-gate-history'),
    version: schemas/* literal */.euz(1),
    entries: schemas/* array */.YOg(schemas/* object */.Ikc({
        sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/),
        date: schemas/* string */.YjP(),
        images: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), figures)),
    })),
});
function history_emptyHistory() {
    return { tool: 'tiny-size-gate-history', version: 1, entries: [] };
}
/** Parses a history file's text; `source` names it in errors. */
function history_parseHistory(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`the size history is not JSON: ${error.message}`, {
            file: source,
            fix: `point at the ${history_historyFileName} of the data branch (default tiny-size-gate-data)`,
        });
    }
    const parsed = historySchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* TinySizeError */.kp(`the size history is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`, {
            file: source,
            fix: `point at the ${history_historyFileName} of the data branch (default tiny-size-gate-data)`,
        });
    }
    return parsed.data;
}
/** The history with this run's totals appended (an entry of the same sha replaced), the oldest dropped. */
function appendEntry(history, report, sha, date) {
    const entry = { sha, date: date.toISOString(), images: totals(report) };
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
    const head = options.head ? (0,report.totals)(options.head) : undefined;
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
                const size = metric === 'layers' ? String(row.value) : (0,units/* formatBytes */.z3)(row.value);
                return `${row.label.padEnd(7)}  ${bar(row.value, max, 24).padEnd(25)} ${size}${marked}`;
            });
            if (options.format === 'text') {
                blocks.push(`${name} ${platform}, ${metric}\n${lines.join('\n')}`);
                continue;
            }
            const title = `${(0,report.escapeMarkdown)(name)} ${(0,report.escapeMarkdown)(platform)}, ${metric}`;
            blocks.push(`<pre>\n${title}\n${lines.map(report.escapeMarkdown).join('\n')}\n</pre>`);
        }
    }
    if (!blocks.length)
        return '';
    if (options.format === 'text')
        return `${blocks.join('\n\n')}\n`;
    const what = head ? 'on the default branch, then this pull request' : 'on the default branch';
    return `### Size trend\n\nThe last ${entries.length} entries ${what}:\n\n${blocks.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/history/store.ts

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
            path: historyFileName,
            ref: data.branch,
        });
        if (Array.isArray(file) || file.type !== 'file' || !('content' in file))
            return undefined;
        return parseHistory(Buffer.from(file.content, 'base64').toString('utf8'), `${data.branch}:${historyFileName}`);
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
        const current = tip ? ((await readHistory(octokit, data)) ?? emptyHistory()) : emptyHistory();
        const next = write.update(current);
        const baseTree = tip
            ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: tip })).data.tree.sha
            : undefined;
        const files = { [historyFileName]: `${JSON.stringify(next, null, 1)}\n`, ...write.files };
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

;// CONCATENATED MODULE: ./src/history/index.ts
// The public surface of src/history: the size history on a data branch, and its trend.




/***/ })

};
