export const id = 957;
export const ids = [957];
export const modules = {

/***/ 6957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyFileName: () => (/* reexport */ historyFileName),
  parseHistory: () => (/* reexport */ parseHistory),
  renderTrend: () => (/* reexport */ renderTrend)
});

// UNUSED EXPORTS: appendEntry, emptyHistory, maxHistoryEntries, readHistory, writeHistory

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/history/history.ts
/**
 * The size history: one entry per push to the default branch (sha, date, per image, platform and
 * metric), kept in `history.json` on a data branch so it outlives the Actions cache's 7-day eviction.
 * The trend renders the last entries of each image that changed, with this pull request's value marked.
 */




const historyFileName = 'history.json';
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
        throw new errors/* TinySizeError */.kp(`the size history is not JSON: ${error.message}`, {
            file: source,
            fix: `point at the ${historyFileName} of the data branch (default tiny-size-gate-data)`,
        });
    }
    const parsed = historySchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* TinySizeError */.kp(`the size history is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`, {
            file: source,
            fix: `point at the ${historyFileName} of the data branch (default tiny-size-gate-data)`,
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
    const head = options.head ? (0,json/* totals */.Sd)(options.head) : undefined;
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
            const title = `${(0,report_escape/* escapeMarkdown */.F)(name)} ${(0,report_escape/* escapeMarkdown */.F)(platform)}, ${metric}`;
            blocks.push(`<pre>\n${title}\n${lines.map(report_escape/* escapeMarkdown */.F).join('\n')}\n</pre>`);
        }
    }
    if (!blocks.length)
        return '';
    if (options.format === 'text')
        return `${blocks.join('\n\n')}\n`;
    const what = head ? 'on the default branch, then this pull request' : 'on the default branch';
    return `### Size trend\n\nThe last ${entries.length} entries ${what}:\n\n${blocks.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/history/index.ts
// The public surface of src/history: the size history on a data branch, and its trend.




/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   P: () => (/* binding */ codeName)
/* harmony export */ });
/**
 * Names from an image (file paths, layer commands, platforms) and from a repository (refs, labels)
 * are untrusted: a file can be called `| x |`, `<img src=…>`, `[x](http://…)` or `@someone`. In
 * Markdown they are printed with every character that could start markup, end a code span, break a
 * table, or start an entity written as an HTML entity, control characters and line breaks as spaces,
 * and bidirectional overrides (which can make text read backwards) as U+FFFD.
 *
 * GitHub finds @mentions and #references in the rendered text, after entities are decoded, except
 * inside `<code>`. So prose (escapeMarkdown) also puts a word joiner (U+2060) after `@` and `#`;
 * code (codeName) needs none, and a path copied from it stays the path.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const bidiOverrides = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const specials = /[&<>"'`|\\*_~[\]()#!:@=+-]/g;
function entities(text) {
    return text
        .replace(controls, ' ')
        .replace(bidiOverrides, '\ufffd')
        .replace(specials, (char) => `&#${char.charCodeAt(0)};`);
}
/** Text safe in prose and in a Markdown table cell, with no markup of its own and no mention. */
function escapeMarkdown(text) {
    return entities(text).replace(/&#(64|35);/g, '&#$1;\u2060');
}
/** A name shown as code: `<code>` with entities, which no backtick in the name can close. */
function codeName(text) {
    return `<code>${entities(text)}</code>`;
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sd: () => (/* binding */ totals),
/* harmony export */   dq: () => (/* binding */ measureReport),
/* harmony export */   hT: () => (/* binding */ reportJsonChunks),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   oR: () => (/* binding */ reportSchemaVersion),
/* harmony export */   pA: () => (/* binding */ checkReport),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8364);
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


/***/ })

};
