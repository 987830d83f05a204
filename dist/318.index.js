export const id = 318;
export const ids = [318,761];
export const modules = {

/***/ 53761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ checkSentence)
/* harmony export */ });
/* unused harmony exports plainStyle, amountOf */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);

const plainStyle = { name: (text) => text, code: (text) => `\`${text}\`` };
/** `7,500 B`, or `2 layers` for the layer count. */
function amountOf(metric, value) {
    if (metric === 'layers')
        return `${value} ${Math.abs(value) === 1 ? 'layer' : 'layers'}`;
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatExact */ .Bo)(value);
}
function listed(names, style) {
    return names?.length ? names.map(style.name).join(', ') : 'none';
}
function platformSentence(check, style) {
    const it = `(it has ${listed(check.measured, style)})`;
    // ['images', name, 'platforms', index]: a platform `platforms:` selects that the image lacks.
    if (check.keyPath[2] === 'platforms')
        return `the image has no such platform ${it}; fix ${style.code('platforms:')}`;
    const why = check.unselected
        ? `${style.code('platforms:')} does not select it (${listed(check.selects, style)}); add it there or remove this budget`
        : `the image has no such platform ${it}; fix the platform or remove this budget`;
    return `the budget for this platform guards nothing: ${why}`;
}
function growthSentence(check, style) {
    const { metric } = check;
    const what = style.code(metric);
    if (check.delta <= 0) {
        const by = metric === 'layers' ? `${check.delta}` : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedExact */ .Ze)(check.delta);
        return `${what} did not grow (${by} to ${amountOf(metric, check.actual)})`;
    }
    const grew = metric === 'layers'
        ? `grew by ${amountOf(metric, check.delta)} to ${amountOf(metric, check.actual)}`
        : `grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedExact */ .Ze)(check.delta)} to ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatExact */ .Bo)(check.actual)}`;
    const allowance = 'percent' in check.allowance
        ? `${check.allowance.percent}% of ${amountOf(metric, check.base)} = +${amountOf(metric, check.allowed)}`
        : `+${amountOf(metric, check.allowed)}`;
    const estimated = check.estimated ? ' (estimated)' : '';
    if (check.status !== 'over-allowance')
        return `${what} ${grew}${estimated}, within the allowed growth of ${allowance}`;
    const label = check.overridden ? '; allowed by the override label' : '';
    return `${what} ${grew}${estimated}, ${amountOf(metric, check.exceedance)} over the allowed growth of ${allowance}${label}`;
}
/** The check in one sentence: `http (linux/amd64): `files` is 992 B, 1 B over the budget of 991 B`. */
function checkSentence(check, style = plainStyle) {
    const where = `${style.name(check.image)} (${style.name(check.platform)})`;
    switch (check.kind) {
        case 'platform':
            return `${where}: ${platformSentence(check, style)}`;
        case 'presence': {
            const what = check.scope;
            return check.status === 'new'
                ? `${where}: new ${what}, not in the baseline`
                : `${where}: ${what} in the baseline only`;
        }
        case 'growth':
            return `${where}: ${growthSentence(check, style)}`;
        case 'reproducible':
            // The reproducibility gate words its own finding (the first layer and files that differ).
            return check.status === 'ok'
                ? `${where}: reproducible, ${check.builds.length} builds gave one digest`
                : `${where}: not reproducible: ${style.name(check.message ?? 'the builds gave different digests')}`;
        default: {
            const metric = check.kind === 'metric' ? check.metric : 'path';
            const what = style.code(check.kind === 'path' ? check.pattern : metric);
            if (check.status === 'no-match')
                return `${where}: no file matches ${what}; if it was renamed or removed, update or remove this budget`;
            const estimated = check.estimated ? ' (estimated)' : '';
            const is = `${what} is ${amountOf(metric, check.actual)}${estimated}`;
            if (check.status === 'ok')
                return `${where}: ${is}, within the budget of ${amountOf(metric, check.limit)}`;
            return `${where}: ${is}, ${amountOf(metric, check.exceedance)} over the budget of ${amountOf(metric, check.limit)}`;
        }
    }
}


/***/ }),

/***/ 47318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ shouldCreateComment),
/* harmony export */   Pt: () => (/* binding */ sanitizeKey),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   lB: () => (/* binding */ upsertComment),
/* harmony export */   yd: () => (/* binding */ maxCommentLength)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95193);
/**
 * The sticky pull request comment: one per key, found by a hidden marker across every page of
 * the issue's comments, updated in place, and never duplicated even when two runs race.
 */


/** GitHub refuses comment bodies longer than this (characters): the one constant, in report/comment-fit.ts. */
const maxCommentLength = _report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .githubCommentLimit */ .an;
/** Whether a run should create the comment, given the `comment` input and the run's outcome. */
function shouldCreateComment(mode, outcome) {
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
function sanitizeKey(key) {
    const clean = key
        .trim()
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 100);
    return clean || 'default';
}
function commentMarker(key) {
    return `<!-- tiny-size-gate:${sanitizeKey(key)} -->`;
}
async function upsertComment(options) {
    const { octokit, owner, repo, issueNumber: issue_number } = options;
    const marker = commentMarker(options.key);
    const body = `${marker}\n${options.body}`;
    if (body.length > maxCommentLength) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TinySizeError */ .kp(`the comment is ${body.length} characters; GitHub accepts at most ${maxCommentLength}`, {
            within: `comment ${sanitizeKey(options.key)}`,
            fix: 'truncate the details before posting (the markdown renderer does)',
        });
    }
    const where = `${owner}/${repo}#${issue_number}`;
    const ours = async () => {
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
            if (existing.body === body)
                return { action: 'unchanged', id: existing.id, url: existing.html_url };
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body,
            });
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        if (!options.shouldPost)
            return { action: 'skipped' };
        await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
        // Another run may have created one at the same time: keep the oldest, delete the rest.
        const [kept, ...extra] = await ours();
        if (!kept) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TinySizeError */ .kp(`the comment created on ${where} is not in its list of comments`, {
                fix: 'run the job again; GitHub may have been slow to list it',
            });
        }
        for (const comment of extra) {
            await octokit.rest.issues
                .deleteComment({ owner, repo, comment_id: comment.id })
                .catch((error) => {
                if (statusOf(error) !== 404)
                    throw error; // the other run deleted it first
            });
        }
        if (kept.body !== body) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: kept.id, body });
        }
        return { action: 'created', id: kept.id, url: kept.html_url };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TinySizeError */ .kp)
            throw error;
        const status = statusOf(error);
        if (status === 403 && !isRateLimit(error)) {
            return {
                action: 'forbidden',
                message: `the token may not comment on ${where} (403: ${messageOf(error)}). ` +
                    'A pull request from a fork gets a read-only GITHUB_TOKEN: the report is in the job summary; ' +
                    'to comment on fork pull requests, post it from a workflow_run job that runs after this one.',
            };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TinySizeError */ .kp(`GitHub API request for the comment on ${where} failed (${status ?? 'no response'}): ${messageOf(error)}`, {
            within: `comment ${sanitizeKey(options.key)}`,
            fix: status === 401
                ? 'pass a valid token (the `github-token` input, default github.token)'
                : status === 404
                    ? `check that ${where} exists and the token can read it`
                    : 'run the job again; if it persists, check https://www.githubstatus.com',
            cause: withoutRequest(error),
        });
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function messageOf(error) {
    const data = error?.response?.data;
    if (typeof data?.message === 'string')
        return data.message;
    return error instanceof Error ? error.message : String(error);
}
function isRateLimit(error) {
    const headers = error?.response
        ?.headers;
    return headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(messageOf(error));
}
/** The cause without the request (its headers hold the authorization, even if octokit redacts it). */
function withoutRequest(error) {
    return new Error(messageOf(error));
}


/***/ }),

/***/ 67933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   fD: () => (/* binding */ isNotice),
/* harmony export */   hS: () => (/* binding */ counted)
/* harmony export */ });
/* unused harmony exports failureLine, checkAnnotations */
/* harmony import */ var _gate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53761);
/**
 * What each check says, for every outlet that is not a table: the annotation on the budget file's
 * line, the `setFailed` line, the terminal's verdict lines. All print gate/sentences.ts's sentence.
 */

/** The check's sentence, plain: what an annotation and `setFailed` print. */
function describeFailure(check) {
    return (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSentence */ .YC)(check);
}
/** New or removed since the baseline: said, never a failure. */
function isNotice(check) {
    return check.kind === 'presence';
}
/** The `setFailed` line: the first failure's sentence, and how many more; undefined when none failed. */
function failureLine(checks) {
    const failures = checks.filter(isFailure);
    const [first] = failures;
    if (!first)
        return undefined;
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
    return `${describeFailure(first)}${more}`;
}
/** One annotation per failure (error), approved growth (warning) and new or removed image (notice). */
function checkAnnotations(checks) {
    return checks.flatMap((check) => {
        const level = isFailure(check)
            ? 'error'
            : isWarning(check)
                ? 'warning'
                : isNotice(check)
                    ? 'notice'
                    : undefined;
        if (!level)
            return [];
        return [
            {
                level,
                message: describeFailure(check),
                keyPath: check.keyPath,
                ...(check.position ? { position: check.position } : {}),
            },
        ];
    });
}
/** `1 check`, `2 checks`: a count with its noun, singular or plural. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 95193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ githubCommentLimit),
/* harmony export */   cZ: () => (/* binding */ commentMaxLength),
/* harmony export */   pI: () => (/* binding */ fitComment)
/* harmony export */ });
/* unused harmony export commentMarkerReserve */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);
/* harmony import */ var _comment_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35048);
/**
 * The comment fits GitHub's limit by leaving details out, in a fixed order: files, layers, the tables
 * of unchanged images, unchanged rows, every image section, the baseline lines and the footer, and
 * last the lists of sentences. The headline (the verdict) is always there.
 */


/** GitHub refuses an issue comment over 65,536 characters: the one limit, here. */
const githubCommentLimit = 65_536;
/** Room kept for the hidden marker the publisher puts before the body (`<!-- … key -->`). */
const commentMarkerReserve = 536;
/** The most characters a comment body may have. */
const commentMaxLength = githubCommentLimit - commentMarkerReserve;
function cutNote(cut, context) {
    if (!cut)
        return undefined;
    if (!context)
        return '<sub>⚠️ Cut to fit a comment; see the job summary.</sub>';
    return `<sub>⚠️ Details were left out to stay under GitHub's limit of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K9)(githubCommentLimit)} characters per comment; the job summary and the JSON report have them all.</sub>`;
}
/** The largest n in [0, max] for which fits(n) holds (fits grows false with n), or 0. */
function largestFitting(max, fits) {
    let low = 0;
    let high = max;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(middle))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/** The model's Markdown at the most detail that stays within maxLength characters. */
function fitComment(model, full, maxLength) {
    const render = (detail) => (0,_comment_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModel */ .e7)(model, detail, cutNote(JSON.stringify(detail) !== JSON.stringify(full), detail.context));
    const fits = (candidate) => render(candidate).length <= maxLength;
    let detail = full;
    if (fits(detail))
        return render(detail);
    detail = { ...detail, files: largestFitting(detail.files, (files) => fits({ ...detail, files })) };
    if (!fits(detail))
        detail = { ...detail, layers: largestFitting(detail.layers, (layers) => fits({ ...detail, layers })) };
    for (const level of ['unchangedImages', 'unchangedRows', 'images', 'context']) {
        if (fits(detail))
            break;
        detail = { ...detail, [level]: false };
    }
    if (!fits(detail)) {
        detail = {
            ...detail,
            failures: largestFitting(detail.failures, (n) => fits({ ...detail, failures: n })),
        };
    }
    return render(detail);
}


/***/ }),

/***/ 35048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e7: () => (/* binding */ renderModel),
/* harmony export */   p0: () => (/* binding */ fullDetail)
/* harmony export */ });
/* unused harmony exports markdownCells, textCells, markdownOf, textOf, sizeTable, layerTable, fileChange, fileTable */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61996);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67933);
/* harmony import */ var _compare_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38293);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _notes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54931);






const markdownCells = { code: _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P, prose: _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F, star: ' \\*' };
const textCells = { code: (text) => text, prose: (text) => text, star: '*' };
function markdownOf(table) {
    return (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(table.header, table.align, table.rows);
}
function textOf(table) {
    return textTable(table.header, table.rows, table.align.map((align) => (align === 'right' ? 'right' : 'left')));
}
const statusCells = {
    ok: '✅ ok',
    grew: '🔼 grew',
    'over-allowance': '❌ over allowance',
    'over-budget': '❌ over budget',
    'no-match': '❌ no match',
    new: '🆕 new',
    removed: '➖ removed',
};
function statusCell(status, growth) {
    if (status === undefined)
        return '';
    if (!growth)
        return statusCells[status];
    const allowed = growth.metric === 'layers' ? `+${growth.allowed}` : `+${(0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeCell */ .I9)(growth.allowed)}`;
    if (status === 'over-allowance' && growth.overridden)
        return `⚠️ over allowance (${allowed}), approved`;
    if (status === 'over-allowance' || status === 'grew')
        return `${statusCells[status]} (allowed ${allowed})`;
    return statusCells[status];
}
function figureCell(value, row, unmeasured, estimated, style) {
    if (value === undefined || unmeasured)
        return '—';
    return `${(0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeCell */ .I9)(value, row.metric)}${estimated ? style.star : ''}`;
}
function labelCell(row, style) {
    // Metric names are ours and safe; a pattern comes from the budget file.
    if (row.metric !== 'path')
        return style === textCells ? row.label : `\`${row.label}\``;
    return style.code(row.label);
}
const comparedHeader = ['metric', 'base', 'head', 'delta', 'budget', 'status'];
const comparedAlign = ['left', 'right', 'right', 'right', 'right', 'left'];
const measuredHeader = ['metric', 'size', 'budget', 'status'];
const measuredAlign = ['left', 'right', 'right', 'left'];
/** The cells of a row: label, base, head, delta, budget, status (compared) or label, size, budget, status. */
function rowCells(row, compared, style) {
    const label = labelCell(row, style);
    const head = figureCell(row.head, row, row.headUnmeasured, row.headEstimated, style);
    const budget = row.limit !== undefined ? (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeCell */ .I9)(row.limit, row.metric) : '';
    const status = statusCell(row.status, row.growth);
    if (!compared)
        return [label, head, budget, status];
    const base = figureCell(row.base, row, row.baseUnmeasured, row.baseEstimated, style);
    const unknown = row.baseUnmeasured || row.headUnmeasured;
    const delta = row.delta !== undefined && !unknown ? (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .deltaCell */ .XN)(row.delta, row.percent, row.metric) : '—';
    return [label, base, head, delta, budget, status];
}
/** The size table of some rows; `dropEmpty` leaves out the budget and status columns when all are empty. */
function sizeTable(rows, compared, style, dropEmpty = false) {
    const header = compared ? comparedHeader : measuredHeader;
    const align = compared ? comparedAlign : measuredAlign;
    const cells = rows.map((row) => rowCells(row, compared, style));
    const keep = header.map((name, column) => !dropEmpty || (name !== 'budget' && name !== 'status') || cells.some((row) => row[column] !== ''));
    const pick = (items) => items.filter((_, column) => keep[column]);
    return { header: pick(header), align: pick(align), rows: cells.map(pick) };
}
const maxNameLength = 200;
/** Long names keep their start and end: `/usr/share/…/file.txt`. */
function shortName(name) {
    if (name.length <= maxNameLength)
        return name;
    const half = Math.floor((maxNameLength - 1) / 2);
    return `${name.slice(0, half)}…${name.slice(-half)}`;
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function shortDigest(digest) {
    return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
}
function layerTable(layers, style) {
    return {
        header: ['layer', 'change', 'files', 'tar', 'compressed', 'created by'],
        align: ['left', 'left', 'right', 'right', 'right', 'left'],
        rows: layers.map((layer) => {
            const index = layer.status === 'changed' && layer.baseIndex !== layer.index
                ? `${layer.baseIndex} → ${layer.index}`
                : String(layer.index ?? layer.baseIndex);
            return [
                `${index} ${style.code(shortDigest(layer.digest))}`,
                layer.status,
                (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .deltaCell */ .XN)(layer.delta.files, undefined),
                (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .deltaCell */ .XN)(layer.delta.tar, undefined),
                `${(0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .deltaCell */ .XN)(layer.delta.compressed, undefined)}${layer.estimated ? style.star : ''}`,
                layer.createdBy ? style.code(clip(layer.createdBy.replace(/\s+/g, ' ').trim(), 80)) : '',
            ];
        }),
    };
}
const octal = (mode) => mode.toString(8).padStart(4, '0');
/** `grew`, `mode 0644 → 0755`, `shrank, owner 0:0 → 1000:1000`. */
function fileChange(file) {
    const words = file.status === 'mode' || file.status === 'owner' ? [] : [file.status];
    if (file.mode)
        words.push(`mode ${octal(file.mode[0])} → ${octal(file.mode[1])}`);
    if (file.owner)
        words.push(`owner ${file.owner[0]} → ${file.owner[1]}`);
    return words.join(', ');
}
function fileTable(files, style) {
    return {
        header: ['file', 'change', 'base', 'head', 'delta'],
        align: ['left', 'left', 'right', 'right', 'right'],
        rows: files.map((file) => [
            style.code(shortName(file.path)),
            fileChange(file),
            file.status === 'added' ? '—' : (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeCell */ .I9)(file.base),
            file.status === 'removed' ? '—' : (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeCell */ .I9)(file.head),
            (0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .deltaCell */ .XN)(file.delta, file.base ? (file.delta / file.base) * 100 : undefined),
        ]),
    };
}
function capped(table, max, what) {
    const { rows } = table;
    if (rows.length === 0 || max <= 0) {
        return rows.length ? `<sub>${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .groupDigits */ .K9)(rows.length)} ${what} changed (left out)</sub>` : '';
    }
    const shown = markdownOf({ ...table, rows: rows.slice(0, max) });
    const rest = rows.length - max;
    return rest > 0 ? `${shown}\n\n…and ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .groupDigits */ .K9)(rest)} more ${what}` : shown;
}
/** The fit renders a model many times: each platform's tables are escaped once. */
const tablesOf = new WeakMap();
function platformTables(view) {
    let tables = tablesOf.get(view);
    if (!tables) {
        tables = { layers: layerTable(view.layers, markdownCells), files: fileTable(view.files, markdownCells) };
        tablesOf.set(view, tables);
    }
    return tables;
}
function notesOf(rows, notes) {
    for (const row of rows) {
        if (row.baseEstimated)
            notes.add(row.baseEstimated);
        if (row.headEstimated)
            notes.add(row.headEstimated);
    }
}
function renderPlatform(view, compared, detail, notes, quiet) {
    // An image folded away as unchanged shows its rows flat: no details inside details.
    const shown = quiet ? view.rows : view.rows.filter((row) => row.changed);
    const folded = quiet ? [] : view.rows.filter((row) => !row.changed);
    notesOf(shown, notes);
    const parts = [
        `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(view.platform)}**${compared && view.status !== 'changed' ? ` · ${view.status}` : ''}`,
    ];
    if (shown.length)
        parts.push(markdownOf(sizeTable(shown, compared, markdownCells)));
    if (folded.length) {
        const summary = `${folded.length} unchanged: ${folded.map((row) => labelCell(row, markdownCells)).join(', ')}`;
        if (detail.unchangedRows) {
            notesOf(folded, notes);
            parts.push(`<details><summary>${summary}</summary>\n\n${markdownOf(sizeTable(folded, compared, markdownCells))}\n\n</details>`);
        }
        else
            parts.push(summary);
    }
    if (view.layers.length) {
        parts.push(`Layers that changed (${view.layers.length}), largest change first:`);
        parts.push(capped(platformTables(view).layers, detail.layers, 'layers'));
    }
    if (view.files.length) {
        parts.push(`Files that changed (${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .groupDigits */ .K9)(view.files.length)}), largest change first:`);
        parts.push(capped(platformTables(view).files, detail.files, 'files'));
    }
    return parts.join('\n\n');
}
const imageStatusWords = {
    changed: 'changed',
    unchanged: 'unchanged',
    added: 'new: not in the baseline',
    removed: 'removed: in the baseline only',
};
function renderImage(image, compared, detail, notes) {
    const status = compared ? ` · ${imageStatusWords[image.status]}` : '';
    const parts = [`#### ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(image.name)}${status}`];
    if (image.method)
        parts.push(`<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(image.method)}</sub>`);
    for (const platform of image.platforms) {
        parts.push(renderPlatform(platform, compared, detail, notes, !image.attention));
    }
    return parts.join('\n\n');
}
function baselineLine(baseline) {
    const sha = baseline.sha ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P)(baseline.sha.slice(0, 12))}` : '';
    const ref = baseline.ref ? ` with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P)(baseline.ref)}` : '';
    switch (baseline.source) {
        case 'cache':
            return `Baseline: the merge-base${sha}${ref}, its report restored from the cache.`;
        case 'rebuild':
            return `Baseline: the merge-base${sha}${ref}, rebuilt and measured in this run (no cached report).`;
        case 'file':
            return `Baseline: the report ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P)(baseline.reason ?? '')}.`;
        default:
            return `No baseline${baseline.reason ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(baseline.reason)})` : ''}: sizes are not compared and growth is not gated.`;
    }
}
function overrideLine(label, warnings) {
    if (label === undefined)
        return undefined;
    const overridden = warnings.length;
    const effect = overridden
        ? `${(0,_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .counted */ .hS)(overridden, 'growth check')} over the allowance ${overridden === 1 ? 'is a warning' : 'are warnings'}, not ${overridden === 1 ? 'a failure' : 'failures'}`
        : 'growth over an allowance would be a warning, not a failure';
    return `The label ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P)(label)} is on this pull request: ${effect}. Budgets still apply.`;
}
function headline(model) {
    const failures = model.failures.length;
    const warnings = model.warnings.length;
    if (failures)
        return `### ❌ tiny-size-gate: ${failures} of ${model.gated} checks failed`;
    const approved = warnings ? `, ${(0,_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .counted */ .hS)(warnings, 'growth warning')} approved` : '';
    return `### ✅ tiny-size-gate: all ${model.gated} checks pass${approved}`;
}
function changeLine(images) {
    const count = (status) => images.filter((image) => image.status === status).length;
    const parts = [
        [count('changed'), 'changed'],
        [count('added'), 'new'],
        [count('removed'), 'removed'],
        [count('unchanged'), 'unchanged'],
    ]
        .filter(([n]) => n)
        .map(([n, word]) => `${n} ${word}`);
    return `Images since the baseline: ${parts.join(', ') || 'none'}.`;
}
/** The full detail of a model: every list and table, files and layers up to the given caps. */
function fullDetail(model, maxFiles = 10, maxLayers = 10) {
    const most = (pick) => Math.max(0, ...model.images.flatMap((image) => image.platforms.map(pick)));
    return {
        files: Math.min(maxFiles, most((view) => view.files.length)),
        layers: Math.min(maxLayers, most((view) => view.layers.length)),
        unchangedImages: true,
        unchangedRows: true,
        images: true,
        context: true,
        // One cap for the three lists of sentences; the fit lowers it only when all else is gone.
        failures: Math.max(model.failures.length, model.warnings.length, model.notices.length),
    };
}
/**
 * The comment's Markdown body at a given detail; `cutNote` is the line that says what was left out
 * (comment-fit.ts words it, with the limit), absent when nothing was.
 */
function renderModel(model, detail, cutNote) {
    const { compared, images } = model;
    const notes = new Set();
    const failures = model.failures.map(_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .checkText */ .qW);
    const warnings = model.warnings.map(_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .checkText */ .qW);
    const notices = model.notices.map(_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .checkText */ .qW);
    const parts = [headline(model)];
    if (failures.length)
        parts.push((0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cappedList */ .oR)(failures, detail.failures, 'failures'));
    if (warnings.length)
        parts.push(`Approved by the label:\n${(0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cappedList */ .oR)(warnings, detail.failures, 'warnings')}`);
    if (notices.length && detail.context)
        parts.push(`Since the baseline:\n${(0,_compare_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cappedList */ .oR)(notices, detail.failures, 'images')}`);
    if (model.accept && detail.context) {
        const lines = model.accept.diff.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P).join('\n');
        parts.push(`If the new sizes are intended, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P)(model.accept.command)} sets the budgets to them:\n<pre>${lines}</pre>`);
    }
    if (detail.context) {
        const context = [baselineLine(model.baseline), overrideLine(model.overrideLabel, model.warnings)];
        if (compared)
            context.push(changeLine(images));
        parts.push(context.filter(Boolean).join('\n'));
    }
    if (detail.images) {
        for (const image of images.filter((view) => view.attention)) {
            parts.push(renderImage(image, compared, detail, notes));
        }
        const quiet = images.filter((view) => !view.attention);
        if (quiet.length) {
            const names = quiet.map((view) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(view.name)).join(', ');
            parts.push(detail.unchangedImages
                ? `<details><summary>${quiet.length} unchanged: ${names}</summary>\n\n${quiet
                    .map((image) => renderImage(image, compared, detail, notes))
                    .join('\n\n')}\n\n</details>`
                : `Unchanged: ${names}.`);
        }
    }
    else if (images.length && detail.context) {
        parts.push(`<sub>${(0,_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .counted */ .hS)(images.length, 'image table')} left out.</sub>`);
    }
    for (const note of (0,_notes_js__WEBPACK_IMPORTED_MODULE_4__/* .distinctNotes */ .e)(notes))
        parts.push(`\\* estimated: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(note)}`);
    if (cutNote)
        parts.push(cutNote);
    if (detail.context) {
        parts.push(`<sub>Budget file: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .P)(model.config)}. Sizes: exact bytes, then B, kB = 1000 B, MB = 10⁶ B. Files are compared by path, each the sum of its copies in all layers.</sub>`);
    }
    return `${parts.join('\n\n')}\n`;
}


/***/ }),

/***/ 38293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ sizeCell),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   XN: () => (/* binding */ deltaCell),
/* harmony export */   oR: () => (/* binding */ cappedList),
/* harmony export */   qW: () => (/* binding */ checkText)
/* harmony export */ });
/* unused harmony exports formatPercent, whereText, markdownStyle */
/* harmony import */ var _gate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53761);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);
/**
 * Markdown pieces shared by the job summary (markdown.ts) and the pull request comment (comment.ts):
 * one table style, one way to print a size, a delta and a check's sentence. Every name that comes
 * from an image, the budget file or the repository passes through escape.ts here.
 */



const alignMarks = { left: '---', right: '--:', center: ':-:' };
/** A GitHub table. Cells must already be escaped: a `|` or a newline in one would break the table. */
function markdownTable(header, align, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(header),
        line(header.map((_, column) => alignMarks[align[column] ?? 'left'])),
        ...rows.map(line),
    ].join('\n');
}
/** `6,340 B (6.34 kB)`, or `62 B` when the human form says the same; a plain count for `layers`. */
function sizeCell(value, metric = 'files') {
    if (metric === 'layers')
        return String(value);
    const exact = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatExact */ .Bo)(value);
    const human = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(value);
    return human === exact ? exact : `${exact} (${human})`;
}
/** A percentage with two decimals, trimmed, signed; `<0.01%` for a tiny nonzero change. */
function formatPercent(percent) {
    const sign = percent > 0 ? '+' : percent < 0 ? _units_js__WEBPACK_IMPORTED_MODULE_0__/* .minusSign */ .ux : '±';
    const magnitude = Math.abs(percent);
    if (magnitude > 0 && magnitude < 0.005)
        return `${sign}<0.01%`;
    return `${sign}${Number(magnitude.toFixed(2))}%`;
}
/** `+1,200 B (+1.2 kB, +1.89%)`, `−3 B (−4.84%)`, `±0 B`; layers as signed counts. */
function deltaCell(delta, percent, metric = 'files') {
    const exact = metric === 'layers'
        ? `${delta > 0 ? '+' : delta < 0 ? _units_js__WEBPACK_IMPORTED_MODULE_0__/* .minusSign */ .ux : '±'}${Math.abs(delta)}`
        : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedExact */ .Ze)(delta);
    const notes = [];
    if (metric !== 'layers' && (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(delta) !== exact)
        notes.push((0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(delta));
    if (percent !== undefined && delta !== 0)
        notes.push(formatPercent(percent));
    return notes.length ? `${exact} (${notes.join(', ')})` : exact;
}
/** `**name** (platform)`, escaped. */
function whereText(image, platform) {
    return `**${escapeMarkdown(image)}** (${escapeMarkdown(platform)})`;
}
/** Names escaped for Markdown: prose through escapeMarkdown, code through codeName. */
const markdownStyle = { name: _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F, code: _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeName */ .P };
/** The gate's sentence (gate/sentences.ts) with every name escaped for Markdown. */
function checkText(check) {
    return (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSentence */ .YC)(check, markdownStyle);
}
/** A bulleted list capped at `max` items, with a count of the rest. */
function cappedList(items, max, what) {
    const shown = items.slice(0, max).map((item) => `- ${item}`);
    if (items.length > max)
        shown.push(`- …and ${items.length - max} more ${what}`);
    return shown.join('\n');
}


/***/ }),

/***/ 14031:
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

/***/ 54931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ distinctNotes)
/* harmony export */ });
/** Estimation notes, without those another note already says (a total's note repeats its layers'). */
function distinctNotes(notes) {
    const all = [...new Set(notes)];
    return all.filter((note) => !all.some((other) => other !== note && other.includes(note)));
}


/***/ }),

/***/ 61996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ formatExact),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Gt: () => (/* binding */ acceptedSizes),
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   Ze: () => (/* binding */ formatSignedExact),
/* harmony export */   ux: () => (/* binding */ minusSign),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports sizeUnits, sizePattern, formatBytesIEC */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Sizes with units, both ways: parsing what a user writes in the budget file, and printing what
 * reports show. Units as Docker prints them (DESIGN.md, "Sizes: the contract"):
 *
 *   B = 1, kB = 1000, MB = 10^6, GB = 10^9 (SI, what `docker images` shows)
 *   KiB = 1024, MiB = 2^20, GiB = 2^30 (IEC)
 *
 * Case carries meaning: `KB`, `kb`, `Kb`, `K`, `mb`, ... are refused because people use them for
 * both 1000 and 1024, and a budget at this scale cannot be off by 2.4%. The error names kB and KiB.
 * Lowercase `b` is bits in network speak, so it is refused too.
 */

const sizeUnits = {
    B: 1n,
    kB: 1000n,
    MB: 1000n ** 2n,
    GB: 1000n ** 3n,
    KiB: 1024n,
    MiB: 1024n ** 2n,
    GiB: 1024n ** 3n,
};
/** What a size may look like, for messages and the JSON Schema. */
const acceptedSizes = 'whole bytes (62) or a number with a unit: 62B, 6kB, 1.5MB, 4KiB (kB, MB, GB: 1000^n B; KiB, MiB, GiB: 1024^n B)';
/** The pattern of a size string (the number may be fractional when the unit makes it whole bytes). */
const sizePattern = '^[0-9]+(\\.[0-9]+)?\\s*(B|kB|MB|GB|KiB|MiB|GiB)?$';
const sizeSyntax = /^([+-]?)([0-9]+)(?:\.([0-9]+))?\s*([A-Za-z]*)$/;
/** Units people write that mean two things (or bits): what to write instead. */
function suggestUnit(unit) {
    const lower = unit.toLowerCase();
    if (lower === 'b')
        return '`B` (bytes)';
    const prefix = lower.replace(/i?b$/, '');
    const si = { k: 'kB', m: 'MB', g: 'GB' }[prefix];
    const iec = { k: 'KiB', m: 'MiB', g: 'GiB' }[prefix];
    if (si && iec)
        return `\`${si}\` (${sizeUnits[si]} B) or \`${iec}\` (${sizeUnits[iec]} B)`;
    return undefined;
}
function sizeError(value, problem, fix = `write ${acceptedSizes}`) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TinySizeError */ .kp(`invalid size ${JSON.stringify(value)}: ${problem}`, { fix });
}
/**
 * Bytes from `62`, `62B`, `6kB`, `6 kB`, `1.5MB`, `4KiB`, `2MiB`, `0B`. A bare number is bytes.
 * Throws a TinySizeError without a place (the caller knows the file and line) when the value is
 * negative, not a whole number of bytes, too large, or has a unit that is not listed above.
 */
function parseSize(value) {
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            throw sizeError(value, 'not a number');
        if (value < 0)
            throw sizeError(value, 'a size cannot be negative');
        if (!Number.isInteger(value)) {
            throw sizeError(value, 'a bare number is bytes and must be whole; add a unit (1.5kB) for fractions');
        }
        if (!Number.isSafeInteger(value))
            throw sizeError(value, 'too large');
        return value;
    }
    const match = sizeSyntax.exec(value.trim());
    if (!match) {
        // `1,000B` or `1_000B`: digit groups are not part of a size; say what to write.
        const ungrouped = value.trim().replace(/(?<=\d)[,_ ](?=\d{3}\b|\d{3}[,_ \D])/g, '');
        if (ungrouped !== value.trim() && sizeSyntax.test(ungrouped))
            throw sizeError(value, 'digits may not be grouped', `write ${JSON.stringify(ungrouped)}`);
        throw sizeError(value, 'not a size');
    }
    const [, sign = '', whole = '', fraction = '', unitText = ''] = match;
    if (sign === '-')
        throw sizeError(value, 'a size cannot be negative');
    const unit = unitText === '' ? 'B' : unitText;
    if (!Object.hasOwn(sizeUnits, unit)) {
        const suggestion = suggestUnit(unit);
        throw sizeError(value, suggestion ? `\`${unit}\` is ambiguous` : `unknown unit \`${unit}\``, suggestion ? `write ${suggestion}` : undefined);
    }
    // Exact decimal arithmetic: 1.5kB is 1500 B, not 1499.9999.
    const scale = 10n ** BigInt(fraction.length);
    const numerator = (BigInt(whole) * scale + BigInt(fraction || '0')) * sizeUnits[unit];
    if (numerator % scale !== 0n) {
        throw sizeError(value, `${value.trim()} is not a whole number of bytes`);
    }
    const bytes = numerator / scale;
    if (bytes > BigInt(Number.MAX_SAFE_INTEGER))
        throw sizeError(value, 'too large');
    return Number(bytes);
}
/**
 * Three significant digits without trailing zeros, moving up a unit when rounding reaches the base.
 * Halves round up on the exact decimal value (6345 B is 6.35 kB), where Go's %.3g, which Docker
 * uses, rounds the binary float and may print 6.34 kB: reports print the exact bytes beside it.
 */
function humanize(bytes, base, units) {
    if (!Number.isFinite(bytes))
        return `${bytes} B`;
    const magnitude = Math.abs(bytes);
    let index = 0;
    while (magnitude >= base ** (index + 1) && index < units.length - 1)
        index++;
    if (index === 0)
        return `${bytes} ${units[0]}`;
    let divisor = base ** index;
    let decimals = Math.max(0, 3 - String(Math.floor(magnitude / divisor)).length);
    let rounded = Math.round((magnitude / divisor) * 10 ** decimals);
    if (base === 1000 && Number.isInteger(magnitude)) {
        // Exact for SI: divisor / 10^decimals is a whole power of ten.
        rounded = Math.round(magnitude / (divisor / 10 ** decimals));
    }
    // 999.6 kB rounds to 1000 kB: print 1 MB instead, as a person would.
    if (rounded / 10 ** decimals >= base && index < units.length - 1) {
        index++;
        divisor = base ** index;
        decimals = 2;
        rounded = Math.round((magnitude / divisor) * 100);
    }
    const text = String(rounded / 10 ** decimals);
    return `${bytes < 0 ? '-' : ''}${text} ${units[index]}`;
}
const siUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
const iecUnits = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']));
/** The human form Docker prints, SI with three significant digits: `62 B`, `6.34 kB`, `13.2 MB`. */
function formatBytes(bytes) {
    return humanize(bytes, 1000, siUnits);
}
/** The IEC form: `1 KiB`, `6.19 KiB`, `2 MiB`. */
function formatBytesIEC(bytes) {
    return humanize(bytes, 1024, iecUnits);
}
/** Digits grouped by thousands with commas, independent of the locale: `6,340`. */
function groupDigits(value) {
    const digits = String(Math.abs(Math.trunc(value)));
    return (value < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** Exact bytes: `6,340 B`, `62 B`. */
function formatExact(bytes) {
    return `${groupDigits(bytes)} B`;
}
/** The minus sign of typeset text; a hyphen looks like a dash in tables. */
const minusSign = '\u2212';
function signOf(delta) {
    return delta > 0 ? '+' : delta < 0 ? minusSign : '\u00b1';
}
/** A delta in human form: `+12 B`, `−1.02 kB`, `±0 B`. */
function formatSigned(delta) {
    return `${signOf(delta)}${formatBytes(Math.abs(delta))}`;
}
/** A delta in exact bytes: `+12 B`, `−1,020 B`, `±0 B`. */
function formatSignedExact(delta) {
    return `${signOf(delta)}${formatExact(Math.abs(delta))}`;
}


/***/ })

};
