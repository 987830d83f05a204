export const id = 263;
export const ids = [263];
export const modules = {

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

/***/ 6263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  byLargest: () => (/* reexport */ byLargest),
  cappedList: () => (/* reexport */ cappedList),
  checkAnnotations: () => (/* reexport */ checkAnnotations),
  checkReport: () => (/* reexport */ json/* checkReport */.pA),
  checkReportSchema: () => (/* reexport */ checkReportSchema),
  checkText: () => (/* reexport */ checkText),
  codeName: () => (/* reexport */ report_escape/* codeName */.P),
  commentMaxLength: () => (/* reexport */ commentMaxLength),
  commentModel: () => (/* reexport */ commentModel),
  comparisonGrew: () => (/* reexport */ comparisonGrew),
  counted: () => (/* reexport */ counted),
  deltaCell: () => (/* reexport */ deltaCell),
  describeFailure: () => (/* reexport */ describeFailure),
  distinctNotes: () => (/* reexport */ distinctNotes),
  escapeMarkdown: () => (/* reexport */ report_escape/* escapeMarkdown */.F),
  failureLine: () => (/* reexport */ failureLine),
  fileChange: () => (/* reexport */ fileChange),
  fileTable: () => (/* reexport */ fileTable),
  formatPercent: () => (/* reexport */ formatPercent),
  githubCommentLimit: () => (/* reexport */ githubCommentLimit),
  hasChanges: () => (/* reexport */ hasChanges),
  isNotice: () => (/* reexport */ isNotice),
  largestFiles: () => (/* reexport */ largestFiles),
  layerTable: () => (/* reexport */ layerTable),
  markdownCells: () => (/* reexport */ markdownCells),
  markdownOf: () => (/* reexport */ markdownOf),
  markdownStyle: () => (/* reexport */ markdownStyle),
  markdownTable: () => (/* reexport */ markdownTable),
  measureReport: () => (/* reexport */ json/* measureReport */.dq),
  measureReportSchema: () => (/* reexport */ measureReportSchema),
  notMeasured: () => (/* reexport */ notMeasured),
  platformModel: () => (/* reexport */ platformModel),
  renderCheckText: () => (/* reexport */ renderCheckText),
  renderComment: () => (/* reexport */ renderComment),
  renderDiffText: () => (/* reexport */ renderDiffText),
  renderMarkdown: () => (/* reexport */ renderMarkdown),
  renderSizesText: () => (/* reexport */ renderSizesText),
  reportJson: () => (/* reexport */ json/* reportJson */.l4),
  reportJsonChunks: () => (/* reexport */ json/* reportJsonChunks */.hT),
  reportSchemaVersion: () => (/* reexport */ json/* reportSchemaVersion */.oR),
  sizeCell: () => (/* reexport */ sizeCell),
  sizeColumns: () => (/* reexport */ sizeColumns),
  sizeRows: () => (/* reexport */ sizeRows),
  sizeTable: () => (/* reexport */ sizeTable),
  summaryMaxLength: () => (/* reexport */ summaryMaxLength),
  textCells: () => (/* reexport */ textCells),
  textOf: () => (/* reexport */ textOf),
  textTable: () => (/* reexport */ textTable),
  totals: () => (/* reexport */ json/* totals */.Sd),
  validateAnyReport: () => (/* reexport */ validateAnyReport),
  validateCheckReport: () => (/* reexport */ validateCheckReport),
  whereText: () => (/* reexport */ whereText),
  withoutEmptyColumns: () => (/* reexport */ withoutEmptyColumns),
  writeReport: () => (/* reexport */ json/* writeReport */.u5)
});

// EXTERNAL MODULE: ./src/gate/sentences.ts
var sentences = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/gate/index.ts
var gate = __webpack_require__(7155);
;// CONCATENATED MODULE: ./src/report/checks.ts
/**
 * What each check says, for every outlet that is not a table: the annotation on the budget file's
 * line, the `setFailed` line, the terminal's verdict lines. All print gate/sentences.ts's sentence.
 */

/** The check's sentence, plain: what an annotation and `setFailed` print. */
function describeFailure(check) {
    return (0,sentences/* checkSentence */.YC)(check);
}
/** New or removed since the baseline: said, never a failure. */
function isNotice(check) {
    return check.kind === 'presence';
}
/** The `setFailed` line: the first failure's sentence, and how many more; undefined when none failed. */
function failureLine(checks) {
    const failures = checks.filter(gate.isFailure);
    const [first] = failures;
    if (!first)
        return undefined;
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
    return `${describeFailure(first)}${more}`;
}
/** One annotation per failure (error), approved growth (warning) and new or removed image (notice). */
function checkAnnotations(checks) {
    return checks.flatMap((check) => {
        const level = (0,gate.isFailure)(check)
            ? 'error'
            : (0,gate.isWarning)(check)
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

// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(6832);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/compare-format.ts
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
    return `**${(0,report_escape/* escapeMarkdown */.F)(image)}** (${(0,report_escape/* escapeMarkdown */.F)(platform)})`;
}
/** Names escaped for Markdown: prose through escapeMarkdown, code through codeName. */
const markdownStyle = { name: report_escape/* escapeMarkdown */.F, code: report_escape/* codeName */.P };
/** The gate's sentence (gate/sentences.ts) with every name escaped for Markdown. */
function checkText(check) {
    return (0,sentences/* checkSentence */.YC)(check, markdownStyle);
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

;// CONCATENATED MODULE: ./src/report/table.ts
/**
 * Each line is built by appending to one string, with index loops and no array per row:
 * `measure --all-files` lists 100,000 rows, and per-row arrays and copies were 50 MB of garbage.
 */
function textTable(header, rows, align = []) {
    const widths = header.map((cell, column) => {
        let widest = width(cell);
        for (let index = 0; index < rows.length; index++)
            widest = Math.max(widest, width(rows[index]?.[column] ?? ''));
        return widest;
    });
    const line = (cells) => {
        let text = '';
        for (let column = 0; column < cells.length; column++) {
            const cell = cells[column];
            if (column > 0)
                text += '  ';
            // Spaces after a line's last cell are trimmed: a left-aligned last cell is not padded.
            if (column === cells.length - 1 && align[column] !== 'right')
                text += cell;
            else
                text += pad(cell, widths[column] ?? 0, align[column] ?? 'left');
        }
        return `  ${text.trimEnd()}`;
    };
    let table = line(header);
    for (let index = 0; index < rows.length; index++)
        table += `\n${line(rows[index])}`;
    return table;
}
/**
 * Display width: code points, not UTF-16 units (so `−` and `✔` count as one, and so does an emoji
 * written as a surrogate pair). Counted without splitting the text into an array of characters.
 */
function width(text) {
    return text.length - (text.match(surrogatePair)?.length ?? 0);
}
const surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
function pad(text, size, align) {
    const fill = ' '.repeat(Math.max(0, size - width(text)));
    return align === 'right' ? fill + text : text + fill;
}

;// CONCATENATED MODULE: ./src/report/comment-render.ts






const markdownCells = { code: report_escape/* codeName */.P, prose: report_escape/* escapeMarkdown */.F, star: ' \\*' };
const textCells = { code: (text) => text, prose: (text) => text, star: '*' };
function markdownOf(table) {
    return markdownTable(table.header, table.align, table.rows);
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
    const allowed = growth.metric === 'layers' ? `+${growth.allowed}` : `+${sizeCell(growth.allowed)}`;
    if (status === 'over-allowance' && growth.overridden)
        return `⚠️ over allowance (${allowed}), approved`;
    if (status === 'over-allowance' || status === 'grew')
        return `${statusCells[status]} (allowed ${allowed})`;
    return statusCells[status];
}
function figureCell(value, row, unmeasured, estimated, style) {
    if (value === undefined || unmeasured)
        return '—';
    return `${sizeCell(value, row.metric)}${estimated ? style.star : ''}`;
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
    const budget = row.limit !== undefined ? sizeCell(row.limit, row.metric) : '';
    const status = statusCell(row.status, row.growth);
    if (!compared)
        return [label, head, budget, status];
    const base = figureCell(row.base, row, row.baseUnmeasured, row.baseEstimated, style);
    const unknown = row.baseUnmeasured || row.headUnmeasured;
    const delta = row.delta !== undefined && !unknown ? deltaCell(row.delta, row.percent, row.metric) : '—';
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
                deltaCell(layer.delta.files, undefined),
                deltaCell(layer.delta.tar, undefined),
                `${deltaCell(layer.delta.compressed, undefined)}${layer.estimated ? style.star : ''}`,
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
            file.status === 'added' ? '—' : sizeCell(file.base),
            file.status === 'removed' ? '—' : sizeCell(file.head),
            deltaCell(file.delta, file.base ? (file.delta / file.base) * 100 : undefined),
        ]),
    };
}
function capped(table, max, what) {
    const { rows } = table;
    if (rows.length === 0 || max <= 0) {
        return rows.length ? `<sub>${(0,units/* groupDigits */.K9)(rows.length)} ${what} changed (left out)</sub>` : '';
    }
    const shown = markdownOf({ ...table, rows: rows.slice(0, max) });
    const rest = rows.length - max;
    return rest > 0 ? `${shown}\n\n…and ${(0,units/* groupDigits */.K9)(rest)} more ${what}` : shown;
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
        `**${(0,report_escape/* escapeMarkdown */.F)(view.platform)}**${compared && view.status !== 'changed' ? ` · ${view.status}` : ''}`,
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
        parts.push(`Files that changed (${(0,units/* groupDigits */.K9)(view.files.length)}), largest change first:`);
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
    const parts = [`#### ${(0,report_escape/* escapeMarkdown */.F)(image.name)}${status}`];
    if (image.method)
        parts.push(`<sub>${(0,report_escape/* escapeMarkdown */.F)(image.method)}</sub>`);
    for (const platform of image.platforms) {
        parts.push(renderPlatform(platform, compared, detail, notes, !image.attention));
    }
    return parts.join('\n\n');
}
function baselineLine(baseline) {
    const sha = baseline.sha ? ` ${(0,report_escape/* codeName */.P)(baseline.sha.slice(0, 12))}` : '';
    const ref = baseline.ref ? ` with ${(0,report_escape/* codeName */.P)(baseline.ref)}` : '';
    switch (baseline.source) {
        case 'cache':
            return `Baseline: the merge-base${sha}${ref}, its report restored from the cache.`;
        case 'rebuild':
            return `Baseline: the merge-base${sha}${ref}, rebuilt and measured in this run (no cached report).`;
        case 'file':
            return `Baseline: the report ${(0,report_escape/* codeName */.P)(baseline.reason ?? '')}.`;
        default:
            return `No baseline${baseline.reason ? ` (${(0,report_escape/* escapeMarkdown */.F)(baseline.reason)})` : ''}: sizes are not compared and growth is not gated.`;
    }
}
function overrideLine(label, warnings) {
    if (label === undefined)
        return undefined;
    const overridden = warnings.length;
    const effect = overridden
        ? `${counted(overridden, 'growth check')} over the allowance ${overridden === 1 ? 'is a warning' : 'are warnings'}, not ${overridden === 1 ? 'a failure' : 'failures'}`
        : 'growth over an allowance would be a warning, not a failure';
    return `The label ${(0,report_escape/* codeName */.P)(label)} is on this pull request: ${effect}. Budgets still apply.`;
}
function headline(model) {
    const failures = model.failures.length;
    const warnings = model.warnings.length;
    if (failures)
        return `### ❌ tiny-size-gate: ${failures} of ${model.gated} checks failed`;
    const approved = warnings ? `, ${counted(warnings, 'growth warning')} approved` : '';
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
    const failures = model.failures.map(checkText);
    const warnings = model.warnings.map(checkText);
    const notices = model.notices.map(checkText);
    const parts = [headline(model)];
    if (failures.length)
        parts.push(cappedList(failures, detail.failures, 'failures'));
    if (warnings.length)
        parts.push(`Approved by the label:\n${cappedList(warnings, detail.failures, 'warnings')}`);
    if (notices.length && detail.context)
        parts.push(`Since the baseline:\n${cappedList(notices, detail.failures, 'images')}`);
    if (model.accept && detail.context) {
        const lines = model.accept.diff.map(report_escape/* codeName */.P).join('\n');
        parts.push(`If the new sizes are intended, ${(0,report_escape/* codeName */.P)(model.accept.command)} sets the budgets to them:\n<pre>${lines}</pre>`);
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
            const names = quiet.map((view) => (0,report_escape/* escapeMarkdown */.F)(view.name)).join(', ');
            parts.push(detail.unchangedImages
                ? `<details><summary>${quiet.length} unchanged: ${names}</summary>\n\n${quiet
                    .map((image) => renderImage(image, compared, detail, notes))
                    .join('\n\n')}\n\n</details>`
                : `Unchanged: ${names}.`);
        }
    }
    else if (images.length && detail.context) {
        parts.push(`<sub>${counted(images.length, 'image table')} left out.</sub>`);
    }
    for (const note of distinctNotes(notes))
        parts.push(`\\* estimated: ${(0,report_escape/* escapeMarkdown */.F)(note)}`);
    if (cutNote)
        parts.push(cutNote);
    if (detail.context) {
        parts.push(`<sub>Budget file: ${(0,report_escape/* codeName */.P)(model.config)}. Sizes: exact bytes, then B, kB = 1000 B, MB = 10⁶ B. Files are compared by path, each the sum of its copies in all layers.</sub>`);
    }
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/comment-fit.ts
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
    return `<sub>⚠️ Details were left out to stay under GitHub's limit of ${(0,units/* groupDigits */.K9)(githubCommentLimit)} characters per comment; the job summary and the JSON report have them all.</sub>`;
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
    const render = (detail) => renderModel(model, detail, cutNote(JSON.stringify(detail) !== JSON.stringify(full), detail.context));
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

// EXTERNAL MODULE: ./src/gate/accept.ts
var accept = __webpack_require__(9679);
// EXTERNAL MODULE: ./src/measure/entries.ts
var entries = __webpack_require__(3384);
// EXTERNAL MODULE: ./src/metrics.ts
var metrics = __webpack_require__(5670);
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
            attention: !base || image.status !== 'unchanged' || checks.some((c) => (0,gate.isFailure)(c) || (0,gate.isWarning)(c)),
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
    const { diff } = (0,accept/* acceptBudgets */.H)(budgetText, head.checks, { images });
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
        gated: head.checks.filter((c) => !isNotice(c)).length,
        failures: head.checks.filter(gate.isFailure),
        warnings: head.checks.filter(gate.isWarning),
        notices: head.checks.filter(isNotice),
        baseline: options.baseline,
        ...(options.overrideLabel !== undefined ? { overrideLabel: options.overrideLabel } : {}),
        images: imageModels(head, base, comparison),
        config: head.config,
        ...(accept ? { accept } : {}),
    };
}

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
    return fitComment(model, fullDetail(model, options.maxFiles, options.maxLayers), options.maxLength ?? commentMaxLength);
}

;// CONCATENATED MODULE: ./src/report/diff.ts




function renderDiffText(comparison, sides) {
    const parts = [`${sides.base} → ${sides.head}`];
    for (const image of comparison.images) {
        const name = comparison.images.length > 1 ? `${image.name}: ` : '';
        for (const platform of image.platforms) {
            const model = platformModel(image.name, platform, [], undefined, true);
            const notes = new Set();
            for (const row of model.rows) {
                if (row.baseEstimated)
                    notes.add(row.baseEstimated);
                if (row.headEstimated)
                    notes.add(row.headEstimated);
            }
            const section = [`${name}${platform.platform}  ${platform.status}`];
            section.push(textOf(sizeTable(model.rows, true, textCells, true)));
            if (model.layers.length) {
                section.push(`  layers that changed (${model.layers.length}), largest change first:`);
                section.push(textOf(layerTable(model.layers, textCells)));
            }
            if (model.files.length) {
                section.push(`  files that changed (${(0,units/* groupDigits */.K9)(model.files.length)}), largest change first:`);
                section.push(textOf(fileTable(model.files, textCells)));
            }
            else
                section.push('  no file changed');
            for (const note of distinctNotes(notes))
                section.push(`  * estimated: ${note}`);
            parts.push(section.join('\n'));
        }
    }
    return `${parts.join('\n\n')}\n`;
}
/** Whether any figure grew, or an image or platform was added: `diff --fail-on-growth` exits 1. */
function comparisonGrew(comparison) {
    return comparison.images.some((image) => image.platforms.some((platform) => platform.metrics.some((metric) => metric.head !== undefined && metric.delta > 0)));
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
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
        return renderComment(report, base, { ...comment, maxLength: summaryMaxLength });
    }
    const failures = report.checks.filter(gate.isFailure);
    const headline = failures.length
        ? `### ❌ tiny-size-gate: ${failures.length} of ${report.checks.length} budgets exceeded`
        : `### ✅ tiny-size-gate: all ${report.checks.length} budgets hold`;
    const parts = [headline];
    if (failures.length)
        parts.push(failures.map((check) => `- ${checkText(check)}`).join('\n'));
    for (const image of report.images)
        parts.push(markdown_renderImage(image, report.checks));
    parts.push(`<sub>Budget file: ${(0,report_escape/* codeName */.P)(report.config)}. Sizes: B, kB = 1000 B, MB = 10⁶ B; exact bytes first.</sub>`);
    return `${parts.join('\n\n')}\n`;
}
function markdown_renderImage(image, allChecks) {
    const checks = allChecks.filter((check) => check.image === image.name);
    const sections = [
        `#### ${(0,report_escape/* escapeMarkdown */.F)(image.name)}`,
        `<sub>${(0,report_escape/* escapeMarkdown */.F)(image.method)}, ${(0,report_escape/* codeName */.P)(image.sizes.source)}</sub>`,
    ];
    for (const platform of image.sizes.platforms) {
        sections.push(markdown_renderPlatform(platform, checks.filter((check) => check.platform === platform.platform)));
    }
    return sections.join('\n\n');
}
function markdown_renderPlatform(platform, checks) {
    const notes = new Set();
    const figure = (value) => {
        if (value.measured === false)
            return notMeasured;
        if (value.estimated)
            notes.add(value.estimated);
        return `${(0,units/* formatExact */.Bo)(value.bytes)}${value.estimated ? ' \\*' : ''}`;
    };
    const status = (check) => (check ? ((0,gate.isFailure)(check) ? '❌' : '✅') : '');
    const rows = sizeRows(platform, checks, { figure, path: report_escape/* codeName */.P, status });
    const table = markdownTable([...sizeColumns.slice(0, -1), ''], ['left', 'right', 'right', 'right', 'center'], rows);
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
        markdownTable(['#', 'digest', 'files', 'tar', 'compressed', 'created by'], ['right', 'left', 'right', 'right', 'right', 'left'], layerRows),
        `Largest files (${largest.length} of ${files}):`,
        markdownTable(['bytes', 'layer', 'path'], ['right', 'right', 'left'], fileRows),
        '</details>',
    ].join('\n\n');
    const parts = [`**${(0,report_escape/* escapeMarkdown */.F)(platform.platform)}**`, table];
    for (const note of distinctNotes(notes))
        parts.push(`\\* estimated: ${(0,report_escape/* escapeMarkdown */.F)(note)}`);
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
// `bytes: null`: not measured (manifest-only); in memory that is bytes 0 with `measured: false`.
const figure = schemas/* object */.Ikc({ bytes: bytes.nullable(), estimated: schemas/* string */.YjP().optional() })
    .transform(({ bytes: value, estimated }) => value === null
    ? { bytes: 0, measured: false }
    : { bytes: value, ...(estimated !== undefined ? { estimated } : {}) });
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
    mode: bytes.optional(),
    uid: bytes.optional(),
    gid: bytes.optional(),
});
const layerSizes = schemas/* object */.Ikc({
    index: bytes,
    digest,
    diffId: digest,
    mediaType: schemas/* string */.YjP(),
    files: bytes.nullable(),
    tar: bytes.nullable(),
    compressed: figure,
    entries: bytes,
    createdBy: schemas/* string */.YjP().optional(),
    note: schemas/* string */.YjP().optional(),
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
    position: schemas/* object */.Ikc({ line: bytes, column: bytes }).optional(),
    message: schemas/* string */.YjP().optional(),
};
const common = {
    image: schemas/* string */.YjP(),
    platform: schemas/* string */.YjP(),
    estimated: schemas/* string */.YjP().optional(),
    keyPath: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])),
    position: schemas/* object */.Ikc({ line: bytes, column: bytes }).optional(),
    message: schemas/* string */.YjP().optional(),
};
// A report written with a baseline (a pull request's, `check --baseline`) holds growth and presence
// checks too: `diff` and `check --baseline` read such reports.
const check = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* looseObject */._H3({ ...checkBase, kind: schemas/* literal */.euz('metric'), metric: schemas/* enum */.k5n(metrics/* budgetMetrics */.PT) }),
    schemas/* looseObject */._H3({ ...checkBase, kind: schemas/* literal */.euz('path'), pattern: schemas/* string */.YjP(), matched: bytes }),
    schemas/* looseObject */._H3({
        ...checkBase,
        kind: schemas/* literal */.euz('platform'),
        measured: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        unselected: schemas/* literal */.euz(true).optional(),
        selects: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    }),
    schemas/* looseObject */._H3({
        ...common,
        kind: schemas/* literal */.euz('growth'),
        metric: schemas/* enum */.k5n(metrics/* metrics */.qd),
        status: schemas/* enum */.k5n(['ok', 'grew', 'over-allowance']),
        base: signedBytes,
        actual: signedBytes,
        delta: signedBytes,
        allowance: schemas/* union */.KCZ([schemas/* object */.Ikc({ bytes }), schemas/* object */.Ikc({ percent: schemas/* number */.aig().nonnegative() })]),
        allowed: signedBytes,
        exceedance: signedBytes,
        overridden: schemas/* literal */.euz(true).optional(),
    }),
    schemas/* looseObject */._H3({
        ...common,
        kind: schemas/* literal */.euz('presence'),
        status: schemas/* enum */.k5n(['new', 'removed']),
        scope: schemas/* enum */.k5n(['image', 'platform']),
    }),
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
    schemaVersion: schemas/* literal */.euz(json/* reportSchemaVersion */.oR),
    verdict: schemas/* enum */.k5n(['pass', 'fail']),
    config: schemas/* string */.YjP(),
    images: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().min(1), method: schemas/* string */.YjP(), sizes: imageSizes })),
    checks: schemas/* array */.YOg(check),
    errors: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), message: schemas/* string */.YjP() })).optional(),
});
const measureReportSchema = schemas/* object */.Ikc({
    tool: schemas/* literal */.euz('tiny-size-gate'),
    schemaVersion: schemas/* literal */.euz(json/* reportSchemaVersion */.oR),
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

// EXTERNAL MODULE: ./src/measure/rootfs.ts
var measure_rootfs = __webpack_require__(8521);
;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The terminal report: per image and platform, every metric in exact bytes beside the human form,
 * the budget and its status, then the layers and the largest files. Estimated figures carry `*`.
 */







/** `tiny-size-gate measure`: sizes only, no budget. */
function renderSizesText(sizes, options = {}) {
    // A reference the source already names (`docker:hello:latest`, `hello:latest`) is not repeated.
    const references = sizes.references.filter((reference) => !sizes.source.includes(reference));
    const parts = [`${sizes.source}${references.length ? `  (${references.join(', ')})` : ''}`];
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
        const failed = checks.filter(gate.isFailure).length;
        parts.push(`${image.name}: ${failed ? `✘ ${failed} failed` : '✔ within budget'}  (${image.method.includes(image.sizes.source) ? image.method : `${image.method}, ${image.sizes.source}`})`);
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
        const failures = report.checks.filter(gate.isFailure).map((check) => `  - ${describeFailure(check)}`);
        return [`✘ error: ${errors.length} image(s) could not be measured in ${report.config}`]
            .concat(errors, failures)
            .join('\n');
    }
    const failures = report.checks.filter(gate.isFailure);
    const warnings = report.checks.filter(gate.isWarning).map((check) => `  ! ${describeFailure(check)}`);
    const notices = report.checks.filter(isNotice).map((check) => `  · ${describeFailure(check)}`);
    const gated = report.checks.filter((check) => !isNotice(check)).length;
    if (!failures.length) {
        const hold = gated === 1 ? 'check holds' : 'checks hold';
        return [`✔ pass: ${gated} ${hold} for ${counted(report.images.length, 'image')} in ${report.config}`]
            .concat(warnings, notices)
            .join('\n');
    }
    return [`✘ fail: ${failures.length} of ${counted(gated, 'check')} failed in ${report.config}`]
        .concat(failures.map((check) => `  - ${describeFailure(check)}`), warnings, notices)
        .join('\n');
}
/** Growth checks get their own lines under the table when there is a baseline: the gate's sentence. */
function growthLines(checks) {
    return checks.flatMap((check) => check.kind === 'growth' && check.status !== 'ok' ? [`  ${describeFailure(check)}`] : []);
}
function text_renderPlatform(platform, checks, options) {
    const notes = new Set();
    const figure = (value) => {
        if (value.measured === false)
            return notMeasured;
        if (value.estimated)
            notes.add(value.estimated);
        return `${(0,units/* formatExact */.Bo)(value.bytes)}${value.estimated ? '*' : ''}`;
    };
    const status = (check) => check ? (check.status === 'ok' ? 'ok' : `${(0,gate.isFailure)(check) ? '✘' : '!'} ${check.status}`) : '';
    const table = withoutEmptyColumns(sizeColumns, sizeRows(platform, checks, { figure, path: (pattern) => pattern, status }));
    const sections = [
        `  ${platform.platform}  manifest ${platform.manifestDigest}`,
        textTable(table.header, table.rows, ['left', 'right', 'right', 'right', 'left']),
        ...growthLines(checks),
        '  layers:',
        textTable(['#', 'digest', 'files', 'tar', 'compressed', 'created by'], platform.layers.map((layer) => [
            String(layer.index),
            text_shortDigest(layer.digest),
            layer.read === false ? notMeasured : (0,units/* formatExact */.Bo)(layer.files),
            layer.read === false ? notMeasured : (0,units/* formatExact */.Bo)(layer.tar),
            figure(layer.compressed),
            truncate(layer.createdBy ?? '', 60),
        ]), ['right', 'left', 'right', 'right', 'right', 'left']),
    ];
    if (platform.sizes.files.measured !== false)
        sections.push(...wastedLines(platform));
    const { largest: shown, files } = largestFiles(platform.entries, options.allFiles ? undefined : (options.largestFiles ?? 10));
    sections.push(`  ${options.allFiles ? 'files' : 'largest files'} (${shown.length} of ${files}${platform.entriesOmitted ? `; ${platform.entriesOmitted} smaller entries left out of the report, still counted in every figure and paths: budget` : ''}):`, textTable(['bytes', 'layer', 'path'], shown.map((entry) => [(0,units/* formatExact */.Bo)(entry.size), String(entry.layer), entry.path]), ['right', 'right', 'left']));
    const whiteouts = platform.entries.filter((e) => e.type === 'whiteout' || e.type === 'opaque-whiteout');
    if (whiteouts.length) {
        sections.push(`  whiteouts (${whiteouts.length}): ${whiteouts.map((e) => `${e.target ?? e.path} (layer ${e.layer}${e.type === 'opaque-whiteout' ? ', opaque' : ''})`).join(', ')}`);
    }
    for (const note of distinctNotes(notes))
        sections.push(`  * estimated: ${note}`);
    if (platform.sizes.files.measured === false)
        sections.push(`  ${notMeasured} not measured: no layer was read (manifest-only), so files and tar are unknown`);
    for (const layer of platform.layers)
        if (layer.note)
            sections.push(`  note: layer ${layer.index}: ${layer.note}`);
    return sections.join('\n');
}
/** rootfs and wasted (measure/rootfs.ts), and the files that waste bytes, largest first. */
function wastedLines(platform) {
    const { rootfs, wasted, wastedFiles } = (0,measure_rootfs/* rootfsSizes */._)(platform.entries);
    const lines = [
        `  rootfs ${(0,units/* formatExact */.Bo)(rootfs)} (the files a container sees), wasted ${(0,units/* formatExact */.Bo)(wasted)} (files - rootfs)`,
    ];
    if (wastedFiles.length) {
        const shown = wastedFiles.slice(0, 10);
        lines.push(`  wasted by (${shown.length} of ${wastedFiles.length}):`, textTable(['bytes', 'layers', 'path'], shown.map((file) => [(0,units/* formatExact */.Bo)(file.bytes), file.layers.join(','), file.path]), ['right', 'left', 'left']));
    }
    return lines;
}
function text_shortDigest(digest) {
    return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
}
function truncate(text, max) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

;// CONCATENATED MODULE: ./src/report/index.ts
// The public surface of src/report: other folders import from here only (test/unit/architecture.test.ts).
















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
