export const id = 747;
export const ids = [747];
export const modules = {

/***/ 8747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qJ: () => (/* reexport */ compareImages),
  ZA: () => (/* reexport */ comparisonHasChanges),
  _3: () => (/* binding */ evaluate),
  N6: () => (/* binding */ isFailure),
  Vv: () => (/* binding */ isWarning),
  tw: () => (/* reexport */ largestLayerChanges),
  lg: () => (/* reexport */ metricFigure),
  pR: () => (/* reexport */ percentOf),
  cX: () => (/* binding */ withChecks)
});

// UNUSED EXPORTS: allowedGrowth, compareFiles, compareImage, compareLayers, comparePlatform, compilePathPattern, joinEstimates

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/measure/index.ts + 10 modules
var measure = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/oci/index.ts + 6 modules
var oci = __webpack_require__(2917);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/gate/compare.ts

/** A metric's figure, with how it was estimated when it was. */
function metricFigure(platform, metric) {
    return metric === 'layers' ? { bytes: platform.sizes.layers } : platform.sizes[metric];
}
function joinEstimates(...notes) {
    const distinct = [...new Set(notes.filter((note) => Boolean(note)))];
    return distinct.length ? distinct.join('; ') : undefined;
}
function percentOf(delta, base) {
    return base ? (delta / base) * 100 : undefined;
}
function compareMetrics(head, base) {
    return measure.metrics.map((metric) => {
        const h = head && metricFigure(head, metric);
        const b = base && metricFigure(base, metric);
        const delta = (h?.bytes ?? 0) - (b?.bytes ?? 0);
        const percent = percentOf(delta, b?.bytes);
        const estimated = joinEstimates(h?.estimated, b?.estimated);
        return {
            metric,
            ...(b ? { base: b.bytes } : {}),
            ...(h ? { head: h.bytes } : {}),
            delta,
            ...(percent !== undefined ? { percent } : {}),
            ...(estimated ? { estimated } : {}),
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
    const estimated = joinEstimates(head?.compressed.estimated, base?.compressed.estimated);
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
            sums.set(entry.path, (sums.get(entry.path) ?? 0) + entry.size);
    }
    return sums;
}
const statusOrder = { added: 0, removed: 1, grew: 2, shrank: 3 };
function compareFiles(head, base) {
    const headSums = fileSums(head);
    const baseSums = fileSums(base);
    const files = [];
    let unchangedFiles = 0;
    for (const [path, size] of headSums) {
        const before = baseSums.get(path);
        if (before === undefined)
            files.push({ path, status: 'added', base: 0, head: size, delta: size });
        else if (before === size)
            unchangedFiles++;
        else
            files.push({
                path,
                status: size > before ? 'grew' : 'shrank',
                base: before,
                head: size,
                delta: size - before,
            });
    }
    for (const [path, size] of baseSums) {
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

;// CONCATENATED MODULE: ./src/gate/index.ts







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
function formatAmount(metric, value) {
    if (metric === 'layers')
        return `${value} ${value === 1 ? 'layer' : 'layers'}`;
    return (0,units/* formatExact */.Bo)(value);
}
function actualOf(platform, metric) {
    const figure = metricFigure(platform, metric);
    return { actual: figure.bytes, ...(figure.estimated ? { estimated: figure.estimated } : {}) };
}
/** Whether `wanted` as written in the budget file (`linux/arm64`) names the measured `platform`. */
function platformIs(wanted, platform) {
    const [os = '', architecture = '', variant] = platform.split('/');
    return (0,oci/* platformMatches */.J5)(wanted, { os, architecture, ...(variant ? { variant } : {}) });
}
/**
 * The image-wide limits overridden, metric by metric and path by path, by the platform budgets that
 * name this platform: `linux/arm` first, then `linux/arm/v7`, so the more specific one wins.
 */
function effectiveBudget(image, platform) {
    const at = ['images', image.name, 'budget'];
    const overrides = Object.entries(image.budget.platforms ?? {})
        .filter(([wanted]) => platformIs(wanted, platform))
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
        for (const metric of measure.metrics) {
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
    for (const metric of measure.metrics) {
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
            ...(over
                ? {
                    message: `${metric} of ${image.name} (${platform.platform}) is ${formatAmount(metric, actual)}, ${formatAmount(metric, actual - limit)} over the budget of ${formatAmount(metric, limit)}`,
                }
                : {}),
        });
    }
    return checks;
}
function pathChecks(image, platform, budget) {
    return [...budget.paths].map(([pattern, { limit, keyPath }]) => {
        // Sums over every entry, also those a large image's report leaves out.
        const { bytes: actual, matched } = (0,measure.pathSum)(platform, pattern);
        // `0B` means "nothing here": it holds when nothing matches. Any other budget must guard a file.
        const status = matched === 0 && limit > 0 ? 'no-match' : actual > limit ? 'over-budget' : 'ok';
        const where = `${image.name} (${platform.platform})`;
        const message = status === 'no-match'
            ? `no file in ${where} matches \`${pattern}\`; if it was renamed or removed, update or remove this budget`
            : status === 'over-budget'
                ? `\`${pattern}\` in ${where} is ${(0,units/* formatExact */.Bo)(actual)}, ${(0,units/* formatExact */.Bo)(actual - limit)} over the budget of ${(0,units/* formatExact */.Bo)(limit)}`
                : undefined;
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
            ...(message ? { message } : {}),
        };
    });
}
function missingPlatformChecks(image, measured) {
    const present = measured.map((p) => p.platform);
    return (image.platforms ?? []).flatMap((platform, index) => present.some((measuredPlatform) => platformIs(platform, measuredPlatform))
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
                message: `${image.name} has no platform ${platform} (it has ${present.join(', ') || 'none'}); fix \`platforms:\``,
            },
        ]);
}
/** A platform budget that names no platform measured guards nothing, so it fails like a `paths:` no-match. */
function unusedPlatformBudgetChecks(image, selected) {
    const has = selected.map((p) => p.platform).join(', ') || 'none';
    // With `platforms:`, the sources read only the platforms it names; say so when that is why.
    const listed = (wanted) => !image.platforms || image.platforms.some((w) => platformIs(w, wanted) || platformIs(wanted, w));
    return Object.keys(image.budget.platforms ?? {}).flatMap((wanted) => {
        if (selected.some((p) => platformIs(wanted, p.platform)))
            return [];
        const why = listed(wanted)
            ? `${image.name} has no platform ${wanted} (it has ${has}); fix the platform or remove this budget`
            : `${wanted} is not among the platforms \`platforms:\` selects (${image.platforms?.join(', ')}); add it there or remove this budget`;
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
                message: `the budget for ${wanted} of ${image.name} guards nothing: ${why}`,
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
function describeAllowance(metric, allowance, allowed) {
    if ('bytes' in allowance)
        return `+${formatAmount(metric, allowed)}`;
    return `${allowance.percent}% (+${formatAmount(metric, allowed)})`;
}
function growthChecks(image, head, base, overrideGrowth) {
    const checks = [];
    for (const metric of measure.metrics) {
        const allowance = image.growth?.[metric];
        if (!allowance)
            continue;
        const now = metricFigure(head, metric);
        const before = metricFigure(base, metric);
        const delta = now.bytes - before.bytes;
        const allowed = allowedGrowth(allowance, before.bytes);
        const status = delta <= 0 ? 'ok' : delta <= allowed ? 'grew' : 'over-allowance';
        const overridden = status === 'over-allowance' && overrideGrowth;
        const estimated = joinEstimates(now.estimated, before.estimated);
        const grewBy = metric === 'layers'
            ? `grew by ${formatAmount(metric, delta)} to ${formatAmount(metric, now.bytes)}`
            : `grew by ${(0,units/* formatSignedExact */.Ze)(delta)} to ${(0,units/* formatExact */.Bo)(now.bytes)}`;
        const message = status === 'over-allowance'
            ? `${metric} of ${image.name} (${head.platform}) ${grewBy}, ${formatAmount(metric, delta - allowed)} over the allowed growth of ${describeAllowance(metric, allowance, allowed)}${overridden ? '; allowed by the override label' : ''}`
            : undefined;
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
            ...(message ? { message } : {}),
        });
    }
    return checks;
}
function presence(status, scope, image, platform, keyPath) {
    const what = scope === 'image' ? `image ${image} (${platform})` : `platform ${platform} of ${image}`;
    const message = status === 'new' ? `${what} is new: not in the baseline` : `${what} is in the baseline only`;
    return { kind: 'presence', image, platform, status, scope, keyPath, message };
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
    const { baseline, overrideGrowth = false } = options;
    const baseByName = new Map(baseline?.map((image) => [image.name, image]));
    const checks = [];
    for (const { image, sizes } of entries) {
        const isSelected = (platform) => !image.platforms || image.platforms.some((wanted) => platformIs(wanted, platform));
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
    const counts = countChecks(checks);
    const ok = counts.failures === 0;
    return {
        ok,
        checks,
        counts,
        baseline: baseline !== undefined,
        exitCode: ok ? errors/* ExitCode */.yU.ok : errors/* ExitCode */.yU.overBudget,
    };
}

/** The verdict with more checks (the reproducibility gate's, made outside the pure gate), recounted. */
function withChecks(verdict, more) {
    if (more.length === 0)
        return verdict;
    const checks = [...verdict.checks, ...more];
    const counts = countChecks(checks);
    const ok = counts.failures === 0;
    return { ...verdict, ok, checks, counts, exitCode: ok ? errors/* ExitCode */.yU.ok : errors/* ExitCode */.yU.overBudget };
}


/***/ })

};
