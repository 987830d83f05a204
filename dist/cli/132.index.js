export const id = 132;
export const ids = [132];
export const modules = {

/***/ 2132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cappedList: () => (/* reexport */ cappedList),
  checkReport: () => (/* reexport */ checkReport),
  checkReportSchema: () => (/* reexport */ checkReportSchema),
  checkText: () => (/* reexport */ checkText),
  codeName: () => (/* reexport */ codeName),
  commentMaxLength: () => (/* reexport */ commentMaxLength),
  deltaCell: () => (/* reexport */ deltaCell),
  describeFailure: () => (/* reexport */ describeFailure),
  distinctNotes: () => (/* reexport */ distinctNotes),
  escapeMarkdown: () => (/* reexport */ escapeMarkdown),
  formatPercent: () => (/* reexport */ formatPercent),
  hasChanges: () => (/* reexport */ hasChanges),
  markdownTable: () => (/* reexport */ markdownTable),
  measureReport: () => (/* reexport */ measureReport),
  renderCheckText: () => (/* reexport */ renderCheckText),
  renderComment: () => (/* reexport */ renderComment),
  renderMarkdown: () => (/* reexport */ renderMarkdown),
  renderSizesText: () => (/* reexport */ renderSizesText),
  reportSchemaVersion: () => (/* reexport */ reportSchemaVersion),
  sizeCell: () => (/* reexport */ sizeCell),
  sizeColumns: () => (/* reexport */ sizeColumns),
  sizeRows: () => (/* reexport */ sizeRows),
  summaryMaxLength: () => (/* reexport */ summaryMaxLength),
  textTable: () => (/* reexport */ textTable),
  totals: () => (/* reexport */ totals),
  validateCheckReport: () => (/* reexport */ validateCheckReport),
  whereText: () => (/* reexport */ whereText),
  writeReport: () => (/* reexport */ writeReport)
});

// EXTERNAL MODULE: ./src/gate/index.ts + 1 modules
var gate = __webpack_require__(8747);
// EXTERNAL MODULE: ./src/measure/index.ts + 10 modules
var measure = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/report/escape.ts
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

;// CONCATENATED MODULE: ./src/report/compare-format.ts


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
    const exact = (0,units/* formatExact */.Bo)(value);
    const human = (0,units/* formatBytes */.z3)(value);
    return human === exact ? exact : `${exact} (${human})`;
}
/** A percentage with two decimals, trimmed, signed; `<0.01%` for a tiny nonzero change. */
function formatPercent(percent) {
    const sign = percent > 0 ? '+' : percent < 0 ? units/* minusSign */.ux : '±';
    const magnitude = Math.abs(percent);
    if (magnitude > 0 && magnitude < 0.005)
        return `${sign}<0.01%`;
    return `${sign}${Number(magnitude.toFixed(2))}%`;
}
/** `+1,200 B (+1.2 kB, +1.89%)`, `−3 B (−4.84%)`, `±0 B`; layers as signed counts. */
function deltaCell(delta, percent, metric = 'files') {
    const exact = metric === 'layers'
        ? `${delta > 0 ? '+' : delta < 0 ? units/* minusSign */.ux : '±'}${Math.abs(delta)}`
        : (0,units/* formatSignedExact */.Ze)(delta);
    const notes = [];
    if (metric !== 'layers' && (0,units/* formatSigned */.Gp)(delta) !== exact)
        notes.push((0,units/* formatSigned */.Gp)(delta));
    if (percent !== undefined && delta !== 0)
        notes.push(formatPercent(percent));
    return notes.length ? `${exact} (${notes.join(', ')})` : exact;
}
/** `**name** (platform)`, escaped. */
function whereText(image, platform) {
    return `**${escapeMarkdown(image)}** (${escapeMarkdown(platform)})`;
}
function amountOf(metric, value) {
    if (metric === 'layers')
        return `${value} ${Math.abs(value) === 1 ? 'layer' : 'layers'}`;
    return (0,units/* formatExact */.Bo)(value);
}
/** The gate's sentence, rebuilt from the check's fields so that every name in it is escaped. */
function checkText(check) {
    const where = whereText(check.image, check.platform);
    switch (check.kind) {
        case 'platform':
            return `${where}: the image has no such platform; fix \`platforms:\``;
        case 'presence':
            return check.status === 'new'
                ? `${where}: new ${check.scope}, not in the baseline`
                : `${where}: ${check.scope} in the baseline only`;
        case 'reproducible':
            return check.status === 'ok'
                ? `${where}: reproducible, ${check.builds.length} builds gave one digest`
                : `${where}: not reproducible: ${escapeMarkdown(check.message ?? 'the builds gave different digests')}`;
        case 'growth': {
            const grew = check.metric === 'layers'
                ? `grew by ${amountOf('layers', check.delta)} to ${amountOf('layers', check.actual)}`
                : `grew by ${(0,units/* formatSignedExact */.Ze)(check.delta)} to ${(0,units/* formatExact */.Bo)(check.actual)}`;
            const allowance = 'percent' in check.allowance
                ? `${check.allowance.percent}% of ${amountOf(check.metric, check.base)} = +${amountOf(check.metric, check.allowed)}`
                : `+${amountOf(check.metric, check.allowed)}`;
            if (check.status !== 'over-allowance')
                return `${where}: \`${check.metric}\` ${grew}, within +${amountOf(check.metric, check.allowed)}`;
            return `${where}: \`${check.metric}\` ${grew}, ${amountOf(check.metric, check.exceedance)} over the allowed growth of ${allowance}`;
        }
        default: {
            const metric = check.kind === 'metric' ? check.metric : 'path';
            const what = check.kind === 'path' ? codeName(check.pattern) : `\`${metric}\``;
            if (check.status === 'no-match')
                return `${where}: ${what} matches no file; if it was renamed or removed, update its budget`;
            return `${where}: ${what} is ${amountOf(metric, check.actual)}, ${amountOf(metric, check.exceedance)} over the budget of ${amountOf(metric, check.limit)}`;
        }
    }
}
/** A bulleted list capped at `max` items, with a count of the rest. */
function cappedList(items, max, what) {
    const shown = items.slice(0, max).map((item) => `- ${item}`);
    if (items.length > max)
        shown.push(`- …and ${items.length - max} more ${what}`);
    return shown.join('\n');
}

;// CONCATENATED MODULE: ./src/report/notes.ts
/** Estimation notes, without those another note already says (a total's note repeats its layers'). */
function distinctNotes(notes) {
    const all = [...new Set(notes)];
    return all.filter((note) => !all.some((other) => other !== note && other.includes(note)));
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The pull request comment (and the job summary of a pull request): the verdict, then per image and
 * platform a table of base, head, delta, budget and status, then the layers and files that changed,
 * largest change first. Unchanged rows and images are folded into <details>.
 *
 * It stays under GitHub's comment limit (65,536 characters) by leaving details out, in this order:
 * files, layers, the tables of unchanged images, unchanged rows, every image section, the baseline
 * line and the footer, and last the list of failures. The headline is always there.
 *
 * Every name from an image, the budget file or the repository goes through escape.ts.
 */






/** GitHub refuses comments over 65,536 characters; this leaves room for the hidden marker. */
const commentMaxLength = 65_000;
/** Any size that differs, or any image or platform new or gone. False without a baseline. */
function hasChanges(head, base) {
    return base !== undefined && (0,gate/* comparisonHasChanges */.ZA)((0,gate/* compareImages */.qJ)(head.images, base.images));
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
    if (!growth)
        return statusCells[status];
    const allowed = growth.metric === 'layers' ? `+${growth.allowed}` : `+${sizeCell(growth.allowed)}`;
    if (status === 'over-allowance' && growth.overridden)
        return `⚠️ over allowance (${allowed}), approved`;
    if (status === 'over-allowance' || status === 'grew')
        return `${statusCells[status]} (allowed ${allowed})`;
    return statusCells[status];
}
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
function star(estimated) {
    return estimated ? ' \\*' : '';
}
function comparedRow(input) {
    const { metric, base, head } = input;
    const delta = (head ?? 0) - (base ?? 0);
    const status = rowStatus(input.budget, input.growth, input.presence, delta);
    const limit = input.budget?.limit;
    const both = base !== undefined && head !== undefined;
    return {
        cells: [
            input.label,
            base !== undefined ? sizeCell(base, metric) : '—',
            head !== undefined ? `${sizeCell(head, metric)}${star(input.estimated)}` : '—',
            both ? deltaCell(delta, (0,gate/* percentOf */.pR)(delta, base), metric) : '—',
            limit !== undefined ? sizeCell(limit, metric) : '',
            statusCell(status, input.growth),
        ],
        changed: !both || delta !== 0 || status !== 'ok',
        ...(input.estimated ? { estimated: input.estimated } : {}),
    };
}
function measuredRow(input) {
    const status = rowStatus(input.budget, undefined, 'unchanged', 0);
    const limit = input.budget?.limit;
    return {
        cells: [
            input.label,
            `${sizeCell(input.head ?? 0, input.metric)}${star(input.estimated)}`,
            limit !== undefined ? sizeCell(limit, input.metric) : '',
            input.budget ? statusCell(status, undefined) : '',
        ],
        changed: true,
        ...(input.estimated ? { estimated: input.estimated } : {}),
    };
}
function pathBase(pattern, base) {
    if (!base)
        return undefined;
    const { bytes, matched } = (0,measure.pathSum)(base, pattern);
    return matched ? bytes : undefined;
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
function layerRow(layer) {
    const index = layer.status === 'changed' && layer.baseIndex !== layer.index
        ? `${layer.baseIndex} → ${layer.index}`
        : String(layer.index ?? layer.baseIndex);
    const digest = layer.digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
    const cells = [
        `${index} ${codeName(digest)}`,
        layer.status,
        deltaCell(layer.delta.files, undefined),
        deltaCell(layer.delta.tar, undefined),
        `${deltaCell(layer.delta.compressed, undefined)}${star(layer.estimated)}`,
        layer.createdBy ? codeName(clip(layer.createdBy.replace(/\s+/g, ' ').trim(), 80)) : '',
    ];
    return `| ${cells.join(' | ')} |`;
}
function fileRow(file) {
    const cells = [
        codeName(shortName(file.path)),
        file.status,
        file.status === 'added' ? '—' : sizeCell(file.base),
        file.status === 'removed' ? '—' : sizeCell(file.head),
        deltaCell(file.delta, (0,gate/* percentOf */.pR)(file.delta, file.base)),
    ];
    return `| ${cells.join(' | ')} |`;
}
function platformView(image, comparison, checks, base, compared) {
    const mine = checks.filter((c) => c.image === image && c.platform === comparison.platform);
    const budgetOf = (metric) => mine.find((c) => c.kind === 'metric' && c.metric === metric);
    const growthOf = (metric) => mine.find((c) => c.kind === 'growth' && c.metric === metric);
    const byMetric = new Map(comparison.metrics.map((m) => [m.metric, m]));
    const toRow = compared ? comparedRow : measuredRow;
    const rows = measure.metrics.map((metric) => {
        const delta = byMetric.get(metric);
        const growth = growthOf(metric);
        return toRow({
            label: `\`${metric}\``,
            metric,
            ...(delta.base !== undefined ? { base: delta.base } : {}),
            ...(delta.head !== undefined ? { head: delta.head } : {}),
            ...(budgetOf(metric) ? { budget: budgetOf(metric) } : {}),
            ...(growth ? { growth } : {}),
            presence: comparison.status,
            ...(delta.estimated ? { estimated: delta.estimated } : {}),
        });
    });
    for (const check of mine.filter((c) => c.kind === 'path')) {
        const before = pathBase(check.pattern, base);
        rows.push(toRow({
            label: codeName(check.pattern),
            metric: 'path',
            ...(before !== undefined ? { base: before } : {}),
            head: check.actual,
            budget: check,
            presence: before === undefined && compared ? 'added' : 'unchanged',
        }));
    }
    return {
        platform: comparison.platform,
        status: comparison.status,
        rows,
        layerRows: compared ? (0,gate/* largestLayerChanges */.tw)(comparison.layers).map(layerRow) : [],
        fileRows: compared ? comparison.files.map(fileRow) : [],
        files: comparison.files.length,
    };
}
function imageViews(head, base, comparison) {
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
            platforms: image.platforms.map((platform) => platformView(image.name, platform, checks, basePlatforms.find((p) => p.platform === platform.platform), base !== undefined)),
        };
    });
}
const comparedHeader = ['metric', 'base', 'head', 'delta', 'budget', 'status'];
const comparedAlign = ['left', 'right', 'right', 'right', 'right', 'left'];
const measuredHeader = ['metric', 'size', 'budget', 'status'];
const measuredAlign = ['left', 'right', 'right', 'left'];
function capped(rows, max, header, what) {
    if (rows.length === 0 || max <= 0) {
        return rows.length ? `<sub>${(0,units/* groupDigits */.K9)(rows.length)} ${what} changed (left out)</sub>` : '';
    }
    const table = [header, ...rows.slice(0, max)].join('\n');
    const rest = rows.length - max;
    return rest > 0 ? `${table}\n\n…and ${(0,units/* groupDigits */.K9)(rest)} more ${what}` : table;
}
const layerHeader = markdownTable(['layer', 'change', 'files', 'tar', 'compressed', 'created by'], ['left', 'left', 'right', 'right', 'right', 'left'], []);
const fileHeader = markdownTable(['file', 'change', 'base', 'head', 'delta'], ['left', 'left', 'right', 'right', 'right'], []);
function renderPlatform(view, compared, detail, notes, quiet) {
    const header = compared ? comparedHeader : measuredHeader;
    const align = [...(compared ? comparedAlign : measuredAlign)];
    // An image folded away as unchanged shows its rows flat: no details inside details.
    const shown = quiet ? view.rows : view.rows.filter((row) => row.changed);
    const folded = quiet ? [] : view.rows.filter((row) => !row.changed);
    for (const row of shown)
        if (row.estimated)
            notes.add(row.estimated);
    const parts = [
        `**${escapeMarkdown(view.platform)}**${compared && view.status !== 'changed' ? ` · ${view.status}` : ''}`,
    ];
    if (shown.length)
        parts.push(markdownTable(header, align, shown.map((row) => row.cells)));
    if (folded.length) {
        const summary = `${folded.length} unchanged: ${folded.map((row) => row.cells[0]).join(', ')}`;
        if (detail.unchangedRows) {
            for (const row of folded)
                if (row.estimated)
                    notes.add(row.estimated);
            parts.push(`<details><summary>${summary}</summary>\n\n${markdownTable(header, align, folded.map((row) => row.cells))}\n\n</details>`);
        }
        else
            parts.push(summary);
    }
    if (view.layerRows.length) {
        parts.push(`Layers that changed (${view.layerRows.length}), largest change first:`);
        parts.push(capped(view.layerRows, detail.layers, layerHeader, 'layers'));
    }
    if (view.fileRows.length) {
        parts.push(`Files that changed (${(0,units/* groupDigits */.K9)(view.files)}), largest change first:`);
        parts.push(capped(view.fileRows, detail.files, fileHeader, 'files'));
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
    const parts = [`#### ${escapeMarkdown(image.name)}${status}`];
    if (image.method)
        parts.push(`<sub>${escapeMarkdown(image.method)}</sub>`);
    for (const platform of image.platforms) {
        parts.push(renderPlatform(platform, compared, detail, notes, !image.attention));
    }
    return parts.join('\n\n');
}
function baselineLine(baseline) {
    const sha = baseline.sha ? ` ${codeName(baseline.sha.slice(0, 12))}` : '';
    const ref = baseline.ref ? ` with ${codeName(baseline.ref)}` : '';
    switch (baseline.source) {
        case 'cache':
            return `Baseline: the merge-base${sha}${ref}, its report restored from the cache.`;
        case 'rebuild':
            return `Baseline: the merge-base${sha}${ref}, rebuilt and measured in this run (no cached report).`;
        default:
            return `No baseline${baseline.reason ? ` (${escapeMarkdown(baseline.reason)})` : ''}: sizes are not compared and growth is not gated.`;
    }
}
function overrideLine(label, checks) {
    if (label === undefined)
        return undefined;
    const overridden = checks.filter(gate/* isWarning */.Vv).length;
    const effect = overridden
        ? `${overridden} growth ${overridden === 1 ? 'check' : 'checks'} over the allowance ${overridden === 1 ? 'is a warning' : 'are warnings'}, not ${overridden === 1 ? 'a failure' : 'failures'}`
        : 'growth over an allowance would be a warning, not a failure';
    return `The label ${codeName(label)} is on this pull request: ${effect}. Budgets still apply.`;
}
function headline(checks) {
    const gated = checks.filter((c) => c.kind !== 'presence').length;
    const failures = checks.filter(gate/* isFailure */.N6).length;
    const warnings = checks.filter(gate/* isWarning */.Vv).length;
    if (failures)
        return `### ❌ tiny-size-gate: ${failures} of ${gated} checks failed`;
    const approved = warnings ? `, ${warnings} growth ${warnings === 1 ? 'warning' : 'warnings'} approved` : '';
    return `### ✅ tiny-size-gate: all ${gated} checks pass${approved}`;
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
/** The comment's Markdown body (without the hidden marker, which the publisher adds). */
function renderComment(head, base, options) {
    const maxLength = options.maxLength ?? commentMaxLength;
    const compared = base !== undefined;
    const comparison = (0,gate/* compareImages */.qJ)(head.images, base?.images ?? []);
    const images = imageViews(head, base, comparison);
    const failures = head.checks.filter(gate/* isFailure */.N6).map(checkText);
    const warnings = head.checks.filter(gate/* isWarning */.Vv).map(checkText);
    const most = (pick) => Math.max(0, ...images.flatMap((image) => image.platforms.map(pick)));
    const full = {
        files: Math.min(options.maxFiles ?? 10, most((view) => view.fileRows.length)),
        layers: Math.min(options.maxLayers ?? 10, most((view) => view.layerRows.length)),
        unchangedImages: true,
        unchangedRows: true,
        images: true,
        context: true,
        failures: failures.length,
    };
    const render = (detail) => {
        const notes = new Set();
        const parts = [headline(head.checks)];
        if (failures.length)
            parts.push(cappedList(failures, detail.failures, 'failures'));
        if (warnings.length)
            parts.push(`Approved by the label:\n${cappedList(warnings, detail.failures, 'warnings')}`);
        if (detail.context) {
            const context = [baselineLine(options.baseline), overrideLine(options.overrideLabel, head.checks)];
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
                const names = quiet.map((view) => escapeMarkdown(view.name)).join(', ');
                parts.push(detail.unchangedImages
                    ? `<details><summary>${quiet.length} unchanged: ${names}</summary>\n\n${quiet
                        .map((image) => renderImage(image, compared, detail, notes))
                        .join('\n\n')}\n\n</details>`
                    : `Unchanged: ${names}.`);
            }
        }
        else if (images.length && detail.context) {
            parts.push(`<sub>${images.length} image table(s) left out.</sub>`);
        }
        for (const note of distinctNotes(notes))
            parts.push(`\\* estimated: ${escapeMarkdown(note)}`);
        const cut = JSON.stringify(detail) !== JSON.stringify(full);
        if (cut && detail.context) {
            parts.push(`<sub>⚠️ Details were left out to stay under GitHub's limit of 65,536 characters per comment; the job summary and the JSON report have them all.</sub>`);
        }
        else if (cut)
            parts.push('<sub>⚠️ Cut to fit a comment; see the job summary.</sub>');
        if (detail.context) {
            parts.push(`<sub>Budget file: ${codeName(head.config)}. Sizes: exact bytes, then B, kB = 1000 B, MB = 10⁶ B. Files are compared by path, each the sum of its copies in all layers.</sub>`);
        }
        return `${parts.join('\n\n')}\n`;
    };
    let detail = full;
    const fits = (candidate) => render(candidate).length <= maxLength;
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/atomic-write.ts
var atomic_write = __webpack_require__(8364);
;// CONCATENATED MODULE: ./src/report/json.ts
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
/** Writes the report as <dir>/tiny-size-gate/report.json and returns the path. */
async function writeReport(report, dir = (0,external_node_os_.tmpdir)()) {
    const folder = (0,external_node_path_.join)(dir, 'tiny-size-gate');
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, 'report.json');
    await (0,atomic_write/* writeFileAtomic */.Z)(path, `${JSON.stringify(report, null, 2)}\n`);
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

;// CONCATENATED MODULE: ./src/report/size-rows.ts


const sizeColumns = ['metric', 'bytes', 'human', 'budget', 'status'];
function sizeRows(platform, checks, style) {
    const byMetric = new Map(checks.flatMap((check) => (check.kind === 'metric' ? [[check.metric, check]] : [])));
    const rows = measure.byteMetrics.map((metric) => {
        const value = platform.sizes[metric];
        const check = byMetric.get(metric);
        return [
            metric,
            style.figure(value),
            (0,units/* formatBytes */.z3)(value.bytes),
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
        return renderComment(report, base, { ...comment, maxLength: summaryMaxLength });
    }
    const failures = report.checks.filter(gate/* isFailure */.N6);
    const headline = failures.length
        ? `### ❌ tiny-size-gate: ${failures.length} of ${report.checks.length} budgets exceeded`
        : `### ✅ tiny-size-gate: all ${report.checks.length} budgets hold`;
    const parts = [headline];
    if (failures.length)
        parts.push(failures.map((check) => `- ${checkText(check)}`).join('\n'));
    for (const image of report.images)
        parts.push(markdown_renderImage(image, report.checks));
    parts.push(`<sub>Budget file: ${codeName(report.config)}. Sizes: B, kB = 1000 B, MB = 10⁶ B; exact bytes first.</sub>`);
    return `${parts.join('\n\n')}\n`;
}
function markdown_renderImage(image, allChecks) {
    const checks = allChecks.filter((check) => check.image === image.name);
    const sections = [
        `#### ${escapeMarkdown(image.name)}`,
        `<sub>${escapeMarkdown(image.method)}, ${codeName(image.sizes.source)}</sub>`,
    ];
    for (const platform of image.sizes.platforms) {
        sections.push(markdown_renderPlatform(platform, checks.filter((check) => check.platform === platform.platform)));
    }
    return sections.join('\n\n');
}
function markdown_renderPlatform(platform, checks) {
    const notes = new Set();
    const figure = (value) => {
        if (value.estimated)
            notes.add(value.estimated);
        return `${(0,units/* formatExact */.Bo)(value.bytes)}${value.estimated ? ' \\*' : ''}`;
    };
    const status = (check) => (check ? ((0,gate/* isFailure */.N6)(check) ? '❌' : '✅') : '');
    const rows = sizeRows(platform, checks, { figure, path: codeName, status });
    const table = markdownTable([...sizeColumns.slice(0, -1), ''], ['left', 'right', 'right', 'right', 'center'], rows);
    const layerRows = platform.layers.map((layer) => [
        String(layer.index),
        codeName(layer.digest.slice(0, 19)),
        (0,units/* formatExact */.Bo)(layer.files),
        (0,units/* formatExact */.Bo)(layer.tar),
        figure(layer.compressed),
        layer.createdBy ? codeName(layer.createdBy.slice(0, 80)) : '',
    ]);
    const files = platform.entries
        .filter((entry) => entry.type === 'file')
        .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
    const fileRows = files
        .slice(0, 20)
        .map((entry) => [(0,units/* formatExact */.Bo)(entry.size), String(entry.layer), codeName(entry.path)]);
    const details = [
        `<details><summary>${platform.layers.length} layer(s), ${files.length} file(s)</summary>`,
        markdownTable(['#', 'digest', 'files', 'tar', 'compressed', 'created by'], ['right', 'left', 'right', 'right', 'right', 'left'], layerRows),
        `Largest files (${Math.min(20, files.length)} of ${files.length}):`,
        markdownTable(['bytes', 'layer', 'path'], ['right', 'right', 'left'], fileRows),
        '</details>',
    ].join('\n\n');
    const parts = [`**${escapeMarkdown(platform.platform)}**`, table];
    for (const note of distinctNotes(notes))
        parts.push(`\\* estimated: ${escapeMarkdown(note)}`);
    parts.push(details);
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * A zod schema of the JSON report (src/report/json.ts CheckReport). A baseline restored from the
 * Actions cache is untrusted input (any workflow of the repository can write a cache entry under
 * any key), so it is validated before the growth gate reads a single figure from it.
 */



const bytes = schemas/* number */.aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const signedBytes = schemas/* number */.aig().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const digest = schemas/* string */.YjP().regex(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/);
const figure = schemas/* object */.Ikc({ bytes, estimated: schemas/* string */.YjP().optional() });
const sizes = schemas/* object */.Ikc({
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
const fileEntry = schemas/* object */.Ikc({
    path: schemas/* string */.YjP(),
    size: bytes,
    type: schemas/* enum */.k5n(entryTypes),
    layer: bytes,
    target: schemas/* string */.YjP().optional(),
});
const layerSizes = schemas/* object */.Ikc({
    index: bytes,
    digest,
    diffId: digest,
    mediaType: schemas/* string */.YjP(),
    files: bytes,
    tar: bytes,
    compressed: figure,
    entries: bytes,
    createdBy: schemas/* string */.YjP().optional(),
});
const platformSizes = schemas/* object */.Ikc({
    platform: schemas/* string */.YjP().min(1),
    manifestDigest: digest,
    configDigest: digest,
    sizes,
    layers: schemas/* array */.YOg(layerSizes),
    entries: schemas/* array */.YOg(fileEntry),
    entriesOmitted: bytes.optional(),
    pathSums: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ bytes, matched: bytes })).optional(),
});
const imageSizes = schemas/* object */.Ikc({
    source: schemas/* string */.YjP(),
    references: schemas/* array */.YOg(schemas/* string */.YjP()),
    platforms: schemas/* array */.YOg(platformSizes),
    skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ digest: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
});
// Checks are loose: the gate may grow fields (baseline, growth) that an older baseline lacks and a
// newer one has; the growth gate reads the images' sizes, not the baseline's checks.
const checkBase = {
    image: schemas/* string */.YjP(),
    platform: schemas/* string */.YjP(),
    limit: signedBytes,
    actual: signedBytes,
    estimated: schemas/* string */.YjP().optional(),
    status: schemas/* enum */.k5n(['ok', 'over-budget', 'no-match']),
    exceedance: signedBytes,
    keyPath: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])),
    message: schemas/* string */.YjP().optional(),
};
const check = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* looseObject */._H3({ ...checkBase, kind: schemas/* literal */.euz('metric'), metric: schemas/* enum */.k5n(measure.metrics) }),
    schemas/* looseObject */._H3({ ...checkBase, kind: schemas/* literal */.euz('path'), pattern: schemas/* string */.YjP(), matched: bytes }),
    schemas/* looseObject */._H3({ ...checkBase, kind: schemas/* literal */.euz('platform') }),
    schemas/* looseObject */._H3({
        image: schemas/* string */.YjP(),
        platform: schemas/* string */.YjP(),
        kind: schemas/* literal */.euz('reproducible'),
        status: schemas/* enum */.k5n(['ok', 'not-reproducible']),
        keyPath: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])),
        message: schemas/* string */.YjP().optional(),
        builds: schemas/* array */.YOg(schemas/* object */.Ikc({ method: schemas/* string */.YjP(), manifestDigest: schemas/* string */.YjP() })),
    }),
]);
const checkReportSchema = schemas/* object */.Ikc({
    tool: schemas/* literal */.euz('tiny-size-gate'),
    schemaVersion: schemas/* literal */.euz(reportSchemaVersion),
    verdict: schemas/* enum */.k5n(['pass', 'fail']),
    config: schemas/* string */.YjP(),
    images: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().min(1), method: schemas/* string */.YjP(), sizes: imageSizes })),
    checks: schemas/* array */.YOg(check),
    errors: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), message: schemas/* string */.YjP() })).optional(),
});
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

;// CONCATENATED MODULE: ./src/report/table.ts
function textTable(header, rows, align = []) {
    const widths = header.map((cell, column) => Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ''))));
    const line = (cells) => cells
        .map((cell, column) => pad(cell, widths[column] ?? 0, align[column] ?? 'left'))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].map((text) => `  ${text}`).join('\n');
}
/** Display width: code points, not UTF-16 units (so `−` and `✔` count as one). */
function width(text) {
    return [...text].length;
}
function pad(text, size, align) {
    const fill = ' '.repeat(Math.max(0, size - width(text)));
    return align === 'right' ? fill + text : text + fill;
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The terminal report: per image and platform, every metric in exact bytes beside the human form,
 * the budget and its status, then the layers and the largest files. Estimated figures carry `*`.
 */





/** `tiny-size-gate measure`: sizes only, no budget. */
function renderSizesText(sizes, options = {}) {
    const parts = [`${sizes.source}${sizes.references.length ? `  (${sizes.references.join(', ')})` : ''}`];
    for (const platform of sizes.platforms)
        parts.push(text_renderPlatform(platform, [], options));
    for (const skipped of sizes.skipped)
        parts.push(`  skipped ${skipped.digest}: ${skipped.reason}`);
    return `${parts.join('\n\n')}\n`;
}
/** `tiny-size-gate check`: sizes against the budget, and the verdict last. */
function renderCheckText(report, options = {}) {
    const parts = [];
    for (const image of report.images) {
        const checks = report.checks.filter((check) => check.image === image.name);
        const failed = checks.filter(gate/* isFailure */.N6).length;
        parts.push(`${image.name}: ${failed ? `✘ ${failed} failed` : '✔ within budget'}  (${image.method}, ${image.sizes.source})`);
        // The reproducibility gate's verdict (reproducible: true) belongs to no platform table.
        for (const check of checks.filter((c) => c.kind === 'reproducible'))
            parts.push(`  ${check.status === 'ok' ? '✔' : '✘'} ${check.message}`);
        for (const platform of image.sizes.platforms) {
            parts.push(text_renderPlatform(platform, checks.filter((check) => check.platform === platform.platform), options));
        }
    }
    // An image that could not be measured is a row of its own, with the error's place and fix.
    for (const failed of report.errors ?? []) {
        parts.push(`${failed.name}: ✘ error\n${indent(failed.message)}`);
    }
    parts.push(verdictLine(report));
    return `${parts.join('\n\n')}\n`;
}
function indent(text) {
    return text.replace(/^/gm, '  ');
}
function verdictLine(report) {
    const errors = (report.errors ?? []).map((failed) => `  - ${failed.name}: not measured (error above)`);
    if (errors.length) {
        const failures = report.checks.filter(gate/* isFailure */.N6).map((check) => `  - ${describeFailure(check)}`);
        return [`✘ error: ${errors.length} image(s) could not be measured in ${report.config}`]
            .concat(errors, failures)
            .join('\n');
    }
    const failures = report.checks.filter(gate/* isFailure */.N6);
    const warnings = report.checks.filter(gate/* isWarning */.Vv).map((check) => `  ! ${describeFailure(check)}`);
    if (!failures.length) {
        return [
            `✔ pass: ${report.checks.length} checks hold for ${report.images.length} image(s) in ${report.config}`,
        ]
            .concat(warnings)
            .join('\n');
    }
    return [`✘ fail: ${failures.length} of ${report.checks.length} checks failed in ${report.config}`]
        .concat(failures.map((check) => `  - ${describeFailure(check)}`), warnings)
        .join('\n');
}
/** One line a user can act on: the gate's own sentence (image, platform, what, measured, limit, excess). */
function describeFailure(check) {
    return check.message ?? `${check.image} (${check.platform}): ${check.status}`;
}
/** Growth checks get their own lines under the table when there is a baseline. */
function growthLines(checks) {
    return checks.flatMap((check) => check.kind === 'growth' && check.status !== 'ok'
        ? [
            `  growth of ${check.metric}: ${(0,units/* formatSignedExact */.Ze)(check.delta)} over the baseline (${check.status}${check.overridden ? ', approved by label' : ''})`,
        ]
        : []);
}
function text_renderPlatform(platform, checks, options) {
    const notes = new Set();
    const figure = (value) => {
        if (value.estimated)
            notes.add(value.estimated);
        return `${(0,units/* formatExact */.Bo)(value.bytes)}${value.estimated ? '*' : ''}`;
    };
    const status = (check) => check ? (check.status === 'ok' ? 'ok' : `${(0,gate/* isFailure */.N6)(check) ? '✘' : '!'} ${check.status}`) : '';
    const rows = sizeRows(platform, checks, { figure, path: (pattern) => pattern, status });
    const sections = [
        `  ${platform.platform}  manifest ${platform.manifestDigest}`,
        textTable(sizeColumns, rows, ['left', 'right', 'right', 'right', 'left']),
        ...growthLines(checks),
        '  layers:',
        textTable(['#', 'digest', 'files', 'tar', 'compressed', 'created by'], platform.layers.map((layer) => [
            String(layer.index),
            shortDigest(layer.digest),
            (0,units/* formatExact */.Bo)(layer.files),
            (0,units/* formatExact */.Bo)(layer.tar),
            figure(layer.compressed),
            truncate(layer.createdBy ?? '', 60),
        ]), ['right', 'left', 'right', 'right', 'right', 'left']),
    ];
    const files = platform.entries.filter((entry) => entry.type === 'file');
    const largest = [...files].sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
    const shown = options.allFiles ? largest : largest.slice(0, options.largestFiles ?? 10);
    sections.push(`  ${options.allFiles ? 'files' : 'largest files'} (${shown.length} of ${files.length}${platform.entriesOmitted ? `; ${platform.entriesOmitted} smaller entries left out of the report, still counted in every figure and paths: budget` : ''}):`, textTable(['bytes', 'layer', 'path'], shown.map((entry) => [(0,units/* formatExact */.Bo)(entry.size), String(entry.layer), entry.path]), ['right', 'right', 'left']));
    const whiteouts = platform.entries.filter((e) => e.type === 'whiteout' || e.type === 'opaque-whiteout');
    if (whiteouts.length) {
        sections.push(`  whiteouts (${whiteouts.length}): ${whiteouts.map((e) => `${e.target ?? e.path} (layer ${e.layer}${e.type === 'opaque-whiteout' ? ', opaque' : ''})`).join(', ')}`);
    }
    for (const note of distinctNotes(notes))
        sections.push(`  * estimated: ${note}`);
    for (const layer of platform.layers)
        if (layer.note)
            sections.push(`  note: layer ${layer.index}: ${layer.note}`);
    return sections.join('\n');
}
function shortDigest(digest) {
    return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
}
function truncate(text, max) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

;// CONCATENATED MODULE: ./src/report/index.ts
// The public surface of src/report: other folders import from here only (test/unit/architecture.test.ts).












/***/ })

};
