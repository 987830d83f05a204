export const id = 327;
export const ids = [327];
export const modules = {

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

/***/ 35670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ budgetMetrics),
/* harmony export */   qd: () => (/* binding */ metrics),
/* harmony export */   yS: () => (/* binding */ byteMetrics)
/* harmony export */ });
/* unused harmony export spaceMetrics */
/**
 * The metrics of the size contract (DESIGN.md, "Sizes: the contract"). Budget, measure, gate and
 * report all name metrics; they take the list from here, so adding one is a change in one place.
 */
/** The byte metrics. `layers` is a count and lives beside them. */
const byteMetrics = ['files', 'tar', 'compressed', 'pull'];
const metrics = [...byteMetrics, 'layers'];
/**
 * Figures derived from the files (measure/rootfs.ts): `rootfs`, what the final filesystem shows, and
 * `wasted` = files - rootfs. A budget may name them (`wasted: 0B`); they are not compared or grown.
 */
const spaceMetrics = ['rootfs', 'wasted'];
/** Every metric a budget may limit. */
const budgetMetrics = [...metrics, ...spaceMetrics];


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
