export const id = 591;
export const ids = [591];
export const modules = {

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZA: () => (/* binding */ comparisonHasChanges),
/* harmony export */   hZ: () => (/* binding */ compareFiles),
/* harmony export */   lg: () => (/* binding */ metricFigure),
/* harmony export */   nS: () => (/* binding */ comparePlatform),
/* harmony export */   pE: () => (/* binding */ compareImage),
/* harmony export */   pR: () => (/* binding */ percentOf),
/* harmony export */   qJ: () => (/* binding */ compareImages),
/* harmony export */   tw: () => (/* binding */ largestLayerChanges),
/* harmony export */   yN: () => (/* binding */ compareLayers)
/* harmony export */ });
/* harmony import */ var _measure_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8323);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5670);


/** A metric's figure, with how it was estimated when it was. */
function metricFigure(platform, metric) {
    return metric === 'layers' ? { bytes: platform.sizes.layers } : platform.sizes[metric];
}
function percentOf(delta, base) {
    return base ? (delta / base) * 100 : undefined;
}
function compareMetrics(head, base) {
    return _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metrics */ .qd.map((metric) => {
        const h = head && metricFigure(head, metric);
        const b = base && metricFigure(base, metric);
        const delta = (h?.bytes ?? 0) - (b?.bytes ?? 0);
        const percent = percentOf(delta, b?.bytes);
        const estimated = (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_1__.joinNotes)([h?.estimated, b?.estimated]);
        return {
            metric,
            ...(b ? { base: b.bytes } : {}),
            ...(h ? { head: h.bytes } : {}),
            delta,
            ...(percent !== undefined ? { percent } : {}),
            ...(estimated ? { estimated } : {}),
            ...(b?.estimated ? { baseEstimated: b.estimated } : {}),
            ...(h?.estimated ? { headEstimated: h.estimated } : {}),
            ...(b?.measured === false ? { baseUnmeasured: true } : {}),
            ...(h?.measured === false ? { headUnmeasured: true } : {}),
        };
    });
}
function figures(layer) {
    return layer
        ? { files: layer.files, tar: layer.tar, compressed: layer.compressed.bytes }
        : { files: 0, tar: 0, compressed: 0 };
}
function layerDelta(status, head, base) {
    const h = figures(head);
    const b = figures(base);
    const shown = (head ?? base);
    const estimated = (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_1__.joinNotes)([head?.compressed.estimated, base?.compressed.estimated]);
    return {
        status,
        ...(head ? { index: head.index } : {}),
        ...(base ? { baseIndex: base.index } : {}),
        digest: shown.digest,
        ...(shown.createdBy !== undefined ? { createdBy: shown.createdBy } : {}),
        ...(base ? { base: b } : {}),
        ...(head ? { head: h } : {}),
        delta: { files: h.files - b.files, tar: h.tar - b.tar, compressed: h.compressed - b.compressed },
        ...(estimated ? { estimated } : {}),
    };
}
function compareLayers(head, base) {
    const baseByDiffId = new Map();
    for (const layer of base)
        baseByDiffId.set(layer.diffId, [...(baseByDiffId.get(layer.diffId) ?? []), layer]);
    const used = new Set();
    const paired = new Map();
    for (const layer of head) {
        const same = baseByDiffId.get(layer.diffId)?.find((candidate) => !used.has(candidate));
        if (!same)
            continue;
        used.add(same);
        paired.set(layer, same);
    }
    const headDiffIds = new Set(head.map((layer) => layer.diffId));
    const result = head.map((layer) => {
        const same = paired.get(layer);
        if (same)
            return layerDelta('unchanged', layer, same);
        const atIndex = base[layer.index];
        if (atIndex && !used.has(atIndex) && !headDiffIds.has(atIndex.diffId)) {
            used.add(atIndex);
            return layerDelta('changed', layer, atIndex);
        }
        return layerDelta('added', layer, undefined);
    });
    for (const layer of base)
        if (!used.has(layer))
            result.push(layerDelta('removed', undefined, layer));
    return result;
}
/** Changed, added and removed layers, largest |tar delta| first, then |compressed delta|. */
function largestLayerChanges(layers) {
    return layers
        .filter((layer) => layer.status !== 'unchanged')
        .sort((a, b) => Math.abs(b.delta.tar) - Math.abs(a.delta.tar) ||
        Math.abs(b.delta.compressed) - Math.abs(a.delta.compressed) ||
        (a.index ?? a.baseIndex ?? 0) - (b.index ?? b.baseIndex ?? 0));
}
function fileSums(platform) {
    const sums = new Map();
    for (const entry of platform?.entries ?? []) {
        if (entry.type === 'file')
            sums.set(entry.path, { size: (sums.get(entry.path)?.size ?? 0) + entry.size, last: entry });
    }
    return sums;
}
const statusOrder = {
    added: 0,
    removed: 1,
    grew: 2,
    shrank: 3,
    mode: 4,
    owner: 5,
};
const ownerOf = (entry) => `${entry.uid ?? '?'}:${entry.gid ?? '?'}`;
/** Mode and owner changes between two copies; nothing when either side did not record them. */
function attributeChanges(base, head) {
    const changes = {};
    if (base.mode !== undefined && head.mode !== undefined && base.mode !== head.mode)
        changes.mode = [base.mode, head.mode];
    const known = (entry) => entry.uid !== undefined || entry.gid !== undefined;
    if (known(base) && known(head) && ownerOf(base) !== ownerOf(head))
        changes.owner = [ownerOf(base), ownerOf(head)];
    return changes;
}
function compareFiles(head, base) {
    const headSums = fileSums(head);
    const baseSums = fileSums(base);
    const files = [];
    let unchangedFiles = 0;
    for (const [path, { size, last }] of headSums) {
        const before = baseSums.get(path);
        if (before === undefined) {
            files.push({ path, status: 'added', base: 0, head: size, delta: size });
            continue;
        }
        const changes = attributeChanges(before.last, last);
        const status = size > before.size
            ? 'grew'
            : size < before.size
                ? 'shrank'
                : changes.mode
                    ? 'mode'
                    : changes.owner
                        ? 'owner'
                        : undefined;
        if (status === undefined)
            unchangedFiles++;
        else
            files.push({ path, status, base: before.size, head: size, delta: size - before.size, ...changes });
    }
    for (const [path, { size }] of baseSums) {
        if (!headSums.has(path))
            files.push({ path, status: 'removed', base: size, head: 0, delta: -size });
    }
    files.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) ||
        statusOrder[a.status] - statusOrder[b.status] ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, unchangedFiles };
}
function comparePlatform(head, base) {
    const platform = (head ?? base)?.platform;
    if (platform === undefined)
        throw new TypeError('comparePlatform needs at least one side');
    const metricDeltas = compareMetrics(head, base);
    const status = !base
        ? 'added'
        : !head
            ? 'removed'
            : metricDeltas.some((m) => m.delta !== 0)
                ? 'changed'
                : 'unchanged';
    return {
        platform,
        status,
        metrics: metricDeltas,
        layers: compareLayers(head?.layers ?? [], base?.layers ?? []),
        ...compareFiles(head, base),
    };
}
function compareImage(head, base, name) {
    const headPlatforms = head?.platforms ?? [];
    const basePlatforms = base?.platforms ?? [];
    const platforms = [
        ...headPlatforms.map((p) => comparePlatform(p, basePlatforms.find((b) => b.platform === p.platform))),
        ...basePlatforms
            .filter((b) => !headPlatforms.some((p) => p.platform === b.platform))
            .map((b) => comparePlatform(undefined, b)),
    ];
    const status = !base
        ? 'added'
        : !head
            ? 'removed'
            : platforms.some((p) => p.status !== 'unchanged')
                ? 'changed'
                : 'unchanged';
    return { name, status, platforms };
}
function compareImages(head, base) {
    const baseByName = new Map(base.map((image) => [image.name, image.sizes]));
    const headNames = new Set(head.map((image) => image.name));
    return {
        images: [
            ...head.map((image) => compareImage(image.sizes, baseByName.get(image.name), image.name)),
            ...base
                .filter((image) => !headNames.has(image.name))
                .map((image) => compareImage(undefined, image.sizes, image.name)),
        ],
    };
}
/** Any size that differs, or any image or platform added or removed: for `comment: on-change`. */
function comparisonHasChanges(comparison) {
    return comparison.images.some((image) => image.status !== 'unchanged');
}


/***/ }),

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareFiles: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.hZ),
/* harmony export */   compareImage: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.pE),
/* harmony export */   compareImages: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.qJ),
/* harmony export */   compareLayers: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.yN),
/* harmony export */   comparePlatform: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.nS),
/* harmony export */   comparisonHasChanges: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.ZA),
/* harmony export */   largestLayerChanges: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.tw),
/* harmony export */   metricFigure: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.lg),
/* harmony export */   percentOf: () => (/* reexport safe */ _compare_js__WEBPACK_IMPORTED_MODULE_0__.pR)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6832);
// The public surface of src/compare: two measurements side by side (test/unit/architecture.test.ts).



/***/ })

};
