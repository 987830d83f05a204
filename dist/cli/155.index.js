export const id = 155;
export const ids = [155];
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

/***/ 9679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ withHeadroom),
/* harmony export */   H: () => (/* binding */ acceptBudgets)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
            node = pair?.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number')
            node = node.items[segment];
        else
            return undefined;
    }
    return node ?? undefined;
}
/** The new value written the way the old one was: a bare number stays a number, quotes stay quotes. */
function valueText(old, limit, isCount) {
    const plain = isCount || typeof old.value === 'number' ? String(limit) : `${limit}B`;
    if (old.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return `"${plain}"`;
    if (old.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, keepSourceTokens: true });
    const replacements = [];
    for (const { keyPath, actual, isCount } of wanted.values()) {
        const node = nodeAt(doc, keyPath);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || !node.range)
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


/***/ }),

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   acceptBudgets: () => (/* reexport safe */ _accept_js__WEBPACK_IMPORTED_MODULE_0__.H),
/* harmony export */   allowedGrowth: () => (/* binding */ allowedGrowth),
/* harmony export */   amountOf: () => (/* reexport safe */ _sentences_js__WEBPACK_IMPORTED_MODULE_3__.MT),
/* harmony export */   checkSentence: () => (/* reexport safe */ _sentences_js__WEBPACK_IMPORTED_MODULE_3__.YC),
/* harmony export */   compilePathPattern: () => (/* reexport safe */ _glob_js__WEBPACK_IMPORTED_MODULE_1__.Z),
/* harmony export */   evaluate: () => (/* binding */ evaluate),
/* harmony export */   isFailure: () => (/* binding */ isFailure),
/* harmony export */   isWarning: () => (/* binding */ isWarning),
/* harmony export */   plainStyle: () => (/* reexport safe */ _sentences_js__WEBPACK_IMPORTED_MODULE_3__.sj),
/* harmony export */   platformIs: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_2__.U),
/* harmony export */   withChecks: () => (/* binding */ withChecks),
/* harmony export */   withHeadroom: () => (/* reexport safe */ _accept_js__WEBPACK_IMPORTED_MODULE_0__.G)
/* harmony export */ });
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6832);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/* harmony import */ var _measure_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8521);
/* harmony import */ var _measure_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3384);
/* harmony import */ var _measure_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8323);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5670);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5619);
/* harmony import */ var _sentences_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3761);
/* harmony import */ var _accept_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9679);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3391);










/** A check that fails the gate: over a budget, a budget that guards nothing, or growth not overridden. */
function isFailure(check) {
    if (check.kind === 'growth')
        return check.status === 'over-allowance' && !check.overridden;
    if (check.kind === 'reproducible')
        return check.status === 'not-reproducible';
    return check.status === 'over-budget' || check.status === 'no-match';
}
/** Growth over the allowance that the override label turned into a warning. */
function isWarning(check) {
    return check.kind === 'growth' && check.status === 'over-allowance' && check.overridden === true;
}
function actualOf(platform, metric) {
    if (metric === 'rootfs' || metric === 'wasted')
        return { actual: (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rootfsSizes */ ._)(platform.entries)[metric] };
    const figure = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_5__/* .metricFigure */ .lg)(platform, metric);
    return { actual: figure.bytes, ...(figure.estimated ? { estimated: figure.estimated } : {}) };
}
/**
 * The image-wide limits overridden, metric by metric and path by path, by the platform budgets that
 * name this platform: `linux/arm` first, then `linux/arm/v7`, so the more specific one wins.
 */
function effectiveBudget(image, platform) {
    const at = ['images', image.name, 'budget'];
    const overrides = Object.entries(image.budget.platforms ?? {})
        .filter(([wanted]) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .platformIs */ .U)(wanted, platform))
        .sort(([a], [b]) => a.split('/').length - b.split('/').length);
    const layers = [
        [at, image.budget],
        ...overrides.map(([wanted, budget]) => [
            [...at, 'platforms', wanted],
            budget,
        ]),
    ];
    const effective = { metrics: {}, paths: new Map() };
    for (const [keyPath, budget] of layers) {
        for (const metric of _metrics_js__WEBPACK_IMPORTED_MODULE_6__/* .budgetMetrics */ .PT) {
            const limit = budget[metric];
            if (limit !== undefined)
                effective.metrics[metric] = { limit, keyPath: [...keyPath, metric] };
        }
        for (const [pattern, limit] of Object.entries(budget.paths)) {
            effective.paths.set(pattern, { limit, keyPath: [...keyPath, 'paths', pattern] });
        }
    }
    return effective;
}
function metricChecks(image, platform, budget) {
    const checks = [];
    for (const metric of _metrics_js__WEBPACK_IMPORTED_MODULE_6__/* .budgetMetrics */ .PT) {
        const written = budget.metrics[metric];
        if (written === undefined)
            continue;
        const { limit, keyPath } = written;
        const { actual, estimated } = actualOf(platform, metric);
        const over = actual > limit;
        checks.push({
            kind: 'metric',
            image: image.name,
            platform: platform.platform,
            metric,
            limit,
            actual,
            ...(estimated ? { estimated } : {}),
            status: over ? 'over-budget' : 'ok',
            exceedance: actual - limit,
            keyPath,
        });
    }
    return checks;
}
function pathChecks(image, platform, budget) {
    return [...budget.paths].map(([pattern, { limit, keyPath }]) => {
        // Sums over every entry, also those a large image's report leaves out.
        const { bytes: actual, matched } = (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_7__/* .pathSum */ .Dn)(platform, pattern);
        // `0B` means "nothing here": it holds when nothing matches. Any other budget must guard a file.
        const status = matched === 0 && limit > 0 ? 'no-match' : actual > limit ? 'over-budget' : 'ok';
        return {
            kind: 'path',
            image: image.name,
            platform: platform.platform,
            pattern,
            matched,
            limit,
            actual,
            status,
            exceedance: actual - limit,
            keyPath,
        };
    });
}
function missingPlatformChecks(image, measured) {
    const present = measured.map((p) => p.platform);
    return (image.platforms ?? []).flatMap((platform, index) => present.some((measuredPlatform) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .platformIs */ .U)(platform, measuredPlatform))
        ? []
        : [
            {
                kind: 'platform',
                image: image.name,
                platform,
                limit: 0,
                actual: 0,
                status: 'no-match',
                exceedance: 0,
                keyPath: ['images', image.name, 'platforms', index],
                measured: present,
            },
        ]);
}
/** A platform budget that names no platform measured guards nothing, so it fails like a `paths:` no-match. */
function unusedPlatformBudgetChecks(image, selected) {
    // With `platforms:`, the sources read only the platforms it names; say so when that is why.
    const listed = (wanted) => !image.platforms || image.platforms.some((w) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .platformIs */ .U)(w, wanted) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .platformIs */ .U)(wanted, w));
    return Object.keys(image.budget.platforms ?? {}).flatMap((wanted) => {
        if (selected.some((p) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .platformIs */ .U)(wanted, p.platform)))
            return [];
        return [
            {
                kind: 'platform',
                image: image.name,
                platform: wanted,
                limit: 0,
                actual: 0,
                status: 'no-match',
                exceedance: 0,
                keyPath: ['images', image.name, 'budget', 'platforms', wanted],
                measured: selected.map((p) => p.platform),
                ...(listed(wanted) ? {} : { unselected: true, selects: [...(image.platforms ?? [])] }),
            },
        ];
    });
}
/**
 * The allowance in whole bytes (or layers) over `base`. A percentage is computed in exact decimal
 * arithmetic and rounded down, since sizes are whole bytes: 5% of 62 B allows 3 B.
 */
function allowedGrowth(allowance, base) {
    if ('bytes' in allowance)
        return allowance.bytes;
    const text = String(allowance.percent);
    const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match)
        return Math.floor((base * allowance.percent) / 100);
    const [, whole = '0', fraction = ''] = match;
    const scale = 10n ** BigInt(fraction.length + 2);
    return Number((BigInt(base) * BigInt(whole + fraction)) / scale);
}
function growthChecks(image, head, base, overrideGrowth) {
    const checks = [];
    for (const metric of _metrics_js__WEBPACK_IMPORTED_MODULE_6__/* .metrics */ .qd) {
        const allowance = image.growth?.[metric];
        if (!allowance)
            continue;
        const now = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_5__/* .metricFigure */ .lg)(head, metric);
        const before = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_5__/* .metricFigure */ .lg)(base, metric);
        const delta = now.bytes - before.bytes;
        const allowed = allowedGrowth(allowance, before.bytes);
        const status = delta <= 0 ? 'ok' : delta <= allowed ? 'grew' : 'over-allowance';
        const overridden = status === 'over-allowance' && overrideGrowth;
        const estimated = (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_8__.joinNotes)([now.estimated, before.estimated]);
        checks.push({
            kind: 'growth',
            image: image.name,
            platform: head.platform,
            metric,
            status,
            base: before.bytes,
            actual: now.bytes,
            delta,
            allowance,
            allowed,
            exceedance: delta - allowed,
            ...(overridden ? { overridden: true } : {}),
            ...(estimated ? { estimated } : {}),
            keyPath: ['images', image.name, 'growth', metric],
        });
    }
    return checks;
}
function presence(status, scope, image, platform, keyPath) {
    return { kind: 'presence', image, platform, status, scope, keyPath };
}
function countChecks(checks) {
    const count = (predicate) => checks.filter(predicate).length;
    return {
        checks: checks.length,
        ok: count((c) => c.status === 'ok'),
        overBudget: count((c) => c.status === 'over-budget'),
        noMatch: count((c) => c.status === 'no-match'),
        grew: count((c) => c.status === 'grew'),
        overAllowance: count((c) => c.status === 'over-allowance'),
        overridden: count(isWarning),
        new: count((c) => c.status === 'new'),
        removed: count((c) => c.status === 'removed'),
        failures: count(isFailure),
        warnings: count(isWarning),
    };
}
/**
 * Checks every budgeted metric and `paths:` entry of every image on every selected platform and,
 * with a baseline, every metric with a growth allowance, and which images and platforms are new or gone.
 */
function evaluate(entries, options = {}) {
    const { baseline, overrideGrowth = false, positionOf } = options;
    const baseByName = new Map(baseline?.map((image) => [image.name, image]));
    const checks = [];
    for (const { image, sizes } of entries) {
        const isSelected = (platform) => !image.platforms || image.platforms.some((wanted) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .platformIs */ .U)(wanted, platform));
        const selected = sizes.platforms.filter((p) => isSelected(p.platform));
        const base = baseByName.get(image.name)?.sizes;
        checks.push(...missingPlatformChecks(image, sizes.platforms));
        checks.push(...unusedPlatformBudgetChecks(image, selected));
        for (const platform of selected) {
            const budget = effectiveBudget(image, platform.platform);
            checks.push(...metricChecks(image, platform, budget), ...pathChecks(image, platform, budget));
            if (!baseline)
                continue;
            const basePlatform = base?.platforms.find((p) => p.platform === platform.platform);
            if (basePlatform)
                checks.push(...growthChecks(image, platform, basePlatform, overrideGrowth));
            else if (base)
                checks.push(presence('new', 'platform', image.name, platform.platform, ['images', image.name]));
            else
                checks.push(presence('new', 'image', image.name, platform.platform, ['images', image.name]));
        }
        for (const gone of base?.platforms ?? []) {
            if (!isSelected(gone.platform) || sizes.platforms.some((p) => p.platform === gone.platform))
                continue;
            checks.push(presence('removed', 'platform', image.name, gone.platform, ['images', image.name]));
        }
    }
    const headNames = new Set(entries.map((entry) => entry.image.name));
    for (const gone of baseline ?? []) {
        if (headNames.has(gone.name))
            continue;
        for (const platform of gone.sizes.platforms) {
            checks.push(presence('removed', 'image', gone.name, platform.platform, ['images']));
        }
    }
    for (const check of checks) {
        const position = positionOf?.(check.keyPath);
        if (position)
            check.position = position;
        if (isFailure(check) || isWarning(check) || check.kind === 'presence')
            check.message = (0,_sentences_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSentence */ .YC)(check);
    }
    const counts = countChecks(checks);
    const ok = counts.failures === 0;
    return {
        ok,
        checks,
        counts,
        baseline: baseline !== undefined,
        exitCode: ok ? _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .yU.ok : _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .yU.overBudget,
    };
}

/** The verdict with more checks (the reproducibility gate's, made outside the pure gate), recounted. */
function withChecks(verdict, more) {
    if (more.length === 0)
        return verdict;
    const checks = [...verdict.checks, ...more];
    const counts = countChecks(checks);
    const ok = counts.failures === 0;
    return { ...verdict, ok, checks, counts, exitCode: ok ? _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .yU.ok : _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .yU.overBudget };
}


/***/ }),

/***/ 5619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ platformIs)
/* harmony export */ });
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3048);
/**
 * Platform names as budgets write them. (What a `paths:` budget measures is `pathSum` in
 * src/measure: the one sum for the gate and every report.)
 */

/** Whether `wanted` as written (`linux/arm64`) names the measured `platform` (`linux/arm64/v8`). */
function platformIs(wanted, platform) {
    const [os = '', architecture = '', variant] = platform.split('/');
    return (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .platformMatches */ .J5)(wanted, { os, architecture, ...(variant ? { variant } : {}) });
}


/***/ }),

/***/ 3761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ amountOf),
/* harmony export */   YC: () => (/* binding */ checkSentence),
/* harmony export */   sj: () => (/* binding */ plainStyle)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);

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


/***/ })

};
