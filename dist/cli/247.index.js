export const id = 247;
export const ids = [247];
export const modules = {

/***/ 2247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatesCompressed: () => (/* binding */ gatesCompressed),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/builders/index.ts + 14 modules
var src_builders = __webpack_require__(4000);
// EXTERNAL MODULE: ./src/source/index.ts + 18 modules
var src_source = __webpack_require__(7177);
;// CONCATENATED MODULE: ./src/acquire.ts
/**
 * Acquire: turn one image of the budget file into an ImageView, by building it or by reading an
 * image that exists. Everything after this step sees only the view.
 */





async function acquireImage(image, options) {
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-'));
    const dispose = () => (0,promises_.rm)(workDir, { recursive: true, force: true });
    try {
        const { source } = image;
        if (source.kind !== 'build') {
            const view = await (0,src_source.openImage)(source, {
                platforms: image.platforms,
                workDir,
                registry: options.registry,
            });
            return { view, method: `read from ${view.source}`, dispose };
        }
        const spec = {
            ...source,
            buildArgs: (0,src_builders.expandBuildArgs)(source.buildArgs, process.env, {
                file: options.budgetFile,
                image: image.name,
            }),
        };
        const built = await (0,src_builders.buildImage)(spec, {
            workDir,
            budgetFile: options.budgetFile,
            tag: `tiny-size-gate/${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:latest`,
            onOutput: (chunk) => {
                for (const line of chunk.split('\n'))
                    if (line.trim())
                        options.progress.detail(line);
            },
        });
        const view = await (0,src_source.openImage)(built.source, { platforms: image.platforms, workDir });
        // The archive is a temporary file; what the user knows is the Dockerfile it came from.
        return {
            view: { ...view, source: `build:${(0,external_node_path_.relative)(process.cwd(), spec.dockerfile) || spec.dockerfile}` },
            method: `built with ${built.method}`,
            dispose,
        };
    }
    catch (error) {
        await dispose();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/budget/index.ts + 5 modules
var src_budget = __webpack_require__(9442);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate/index.ts + 3 modules
var gate = __webpack_require__(9795);
// EXTERNAL MODULE: ./src/measure/index.ts + 9 modules
var measure = __webpack_require__(1742);
;// CONCATENATED MODULE: ./src/progress.ts
/** A Progress that says nothing, for tests and library use. */
const silentProgress = {
    step: (_title, run) => run(),
    detail: () => { },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./src/oci/index.ts + 6 modules
var oci = __webpack_require__(2917);
;// CONCATENATED MODULE: ./src/reproduce/compare.ts
/**
 * Where two builds of one image differ: the config fields, the first layer whose tar differs, and in
 * it each file and how (content, mtime, owner, mode, type, order), or, when the tars are the same,
 * the gzip bytes (header or compression).
 */





/** Differences between two images' first platforms. */
async function compareImages(a, b) {
    const [pa, pb] = [a.platforms[0], b.platforms[0]];
    if (!pa || !pb)
        return { config: ['platforms'], files: [], layersDiffering: 0 };
    const difference = { config: configDifferences(pa, pb), files: [], layersDiffering: 0 };
    const count = Math.max(pa.layers.length, pb.layers.length);
    for (let i = 0; i < count; i++) {
        const [la, lb] = [pa.layers[i], pb.layers[i]];
        if (la && lb && la.descriptor.digest === lb.descriptor.digest)
            continue;
        difference.layersDiffering++;
        if (difference.layer !== undefined)
            continue;
        difference.layer = i;
        if (!la || !lb) {
            difference.layerHow = la ? 'only in the first build' : 'only in the second build';
            continue;
        }
        if (la.diffId === lb.diffId) {
            const [ha, hb] = [await head(a, la.descriptor), await head(b, lb.descriptor)];
            difference.layerHow = ha.equals(hb)
                ? 'compression (the same tar, other compressed bytes)'
                : 'gzip header';
            continue;
        }
        const [ea, eb] = [await layerEntries(a, la.descriptor), await layerEntries(b, lb.descriptor)];
        difference.files = fileDifferences(ea, eb);
        if (difference.files.length === 0)
            difference.order = firstOutOfOrder(ea, eb);
    }
    return difference;
}
function configDifferences(a, b) {
    const ca = a.config;
    const cb = b.config;
    const out = [];
    for (const key of [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort()) {
        if (key === 'rootfs')
            continue;
        const [va, vb] = [ca[key], cb[key]];
        if (JSON.stringify(va) === JSON.stringify(vb))
            continue;
        if (isRecord(va) && isRecord(vb)) {
            for (const inner of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort())
                if (JSON.stringify(va[inner]) !== JSON.stringify(vb[inner]))
                    out.push(`${key}.${inner}`);
        }
        else
            out.push(key);
    }
    return out;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function fileDifferences(a, b) {
    const byPath = (entries) => new Map(entries.map((e) => [e.path, e]));
    const [ma, mb] = [byPath(a), byPath(b)];
    const out = [];
    for (const path of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
        const [ea, eb] = [ma.get(path), mb.get(path)];
        const how = [];
        if (!ea)
            how.push('only in the second');
        else if (!eb)
            how.push('only in the first');
        else {
            if (ea.type !== eb.type)
                how.push('type');
            if (ea.content !== eb.content)
                how.push('content');
            if (ea.mtime !== eb.mtime)
                how.push('mtime');
            if (ea.owner !== eb.owner)
                how.push('owner');
            if (ea.mode !== eb.mode)
                how.push('mode');
        }
        if (how.length)
            out.push({ path, how });
    }
    return out;
}
function firstOutOfOrder(a, b) {
    return a.find((entry, i) => b[i]?.path !== entry.path)?.path;
}
async function blob(view, descriptor) {
    return (0,oci/* readCapped */.EF)(await view.blobs.open(descriptor), 2 ** 30, { file: view.source }, 'layer');
}
async function head(view, descriptor) {
    return (await blob(view, descriptor)).subarray(0, 10);
}
async function layerEntries(view, descriptor) {
    const bytes = await blob(view, descriptor);
    const compression = (0,oci/* sniffCompression */.Hs)(bytes.subarray(0, 4));
    if (compression === 'zstd')
        return [];
    const tarBytes = compression === 'gzip' ? (0,external_node_zlib_.gunzipSync)(bytes) : bytes;
    const entries = [];
    const extract = tar_stream.extract();
    const done = new Promise((resolve, reject) => {
        extract.on('entry', (header, stream, next) => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            stream.on('data', (chunk) => hash.update(chunk));
            stream.on('end', () => {
                entries.push({
                    path: `/${header.name.replace(/^\.?\/+/, '').replace(/\/$/, '')}`,
                    type: header.type ?? 'file',
                    mode: header.mode ?? 0,
                    owner: `${header.uid}:${header.gid} ${header.uname ?? ''}:${header.gname ?? ''}`,
                    mtime: header.mtime?.getTime() ?? 0,
                    content: `${hash.digest('hex')} ${header.linkname ?? ''}`,
                });
                next();
            });
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
    });
    external_node_stream_.Readable.from([tarBytes]).pipe(extract);
    await done;
    return entries;
}
/** One line for the report: what differs first, and how. */
function describeDifference(difference, maxFiles = 5) {
    const parts = [];
    if (difference.layer !== undefined) {
        const layer = `layer ${difference.layer + 1}`;
        if (difference.layerHow)
            parts.push(`${layer} differs: ${difference.layerHow}`);
        else if (difference.files.length) {
            const files = difference.files.slice(0, maxFiles).map((f) => `${f.path} (${f.how.join(', ')})`);
            const more = difference.files.length > maxFiles ? ` and ${difference.files.length - maxFiles} more` : '';
            parts.push(`${layer} differs first, in ${files.join(', ')}${more}`);
        }
        else if (difference.order)
            parts.push(`${layer} holds the same files in another order, from ${difference.order}`);
        else
            parts.push(`${layer} differs`);
        if (difference.layersDiffering > 1)
            parts.push(`${difference.layersDiffering} layers differ in all`);
    }
    if (difference.config.length)
        parts.push(`the config differs in ${difference.config.join(', ')}`);
    return parts.join('; ') || 'the manifests differ';
}

;// CONCATENATED MODULE: ./src/reproduce/index.ts
/**
 * The reproducibility gate (`reproducible: true`): the image is built twice, each time in a fresh
 * temporary copy of the context and seconds apart, without the engine's cache, and (with
 * `compare-builder:`) once more with another builder. The manifest digests must be one; when they
 * are not, the result names the first layer and the files that differ, and how.
 */








async function checkReproducible(image, options) {
    const { source } = image;
    if (source.kind !== 'build') {
        throw new errors/* TinySizeError */.kp(`image \`${image.name}\`: \`reproducible: true\` needs a build (\`context:\`)`, {
            file: options.budgetFile,
            within: `images.${image.name}.reproducible`,
            fix: 'add `context:`, or remove `reproducible:`',
        });
    }
    const dirs = [];
    const tags = [];
    const builders = [source.builder, source.builder];
    if (image.reproducible?.compareBuilder)
        builders.push(image.reproducible.compareBuilder);
    try {
        const built = [];
        for (const [index, builder] of builders.entries()) {
            if (index > 0)
                await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 1500));
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-reproduce-'));
            dirs.push(dir);
            const tag = `tiny-size-gate/reproduce-${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:${index}`;
            const log = [];
            tags.push({ builder, tag, log });
            const onOutput = (chunk) => {
                log.push(chunk);
                options.onOutput?.(chunk);
            };
            built.push(await buildOnce({ ...source, builder }, dir, tag, { ...options, onOutput }));
        }
        const [first] = built;
        const differences = [];
        for (const [index, other] of built.entries()) {
            if (index === 0 || other.build.manifestDigest === first.build.manifestDigest)
                continue;
            const difference = await compareImages(first.view, other.view);
            differences.push({ build: index, difference, text: describeDifference(difference) });
        }
        return { reproducible: differences.length === 0, builds: built.map((b) => b.build), differences };
    }
    finally {
        for (const { builder, tag, log } of tags)
            await (0,src_builders.removeBuiltImage)(builder, tag, { intermediates: (0,src_builders.printedImageIds)(log.join('')) });
        for (const dir of dirs)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** One build in a fresh copy of the context (the Dockerfile too, when it is inside the context). */
async function buildOnce(spec, dir, tag, options) {
    const context = (0,external_node_path_.join)(dir, 'src');
    await (0,promises_.cp)(spec.context, context, { recursive: true, filter: (path) => !/[/\\]\.git$/.test(path) });
    const inside = (0,external_node_path_.relative)(spec.context, spec.dockerfile);
    const dockerfile = inside.startsWith('..') ? spec.dockerfile : (0,external_node_path_.join)(context, inside);
    const workDir = (0,external_node_path_.join)(dir, 'build');
    await (0,promises_.mkdir)(workDir);
    const outcome = await (0,src_builders.buildImage)({ ...spec, context, dockerfile }, { workDir, tag, noCache: true, budgetFile: options.budgetFile, onOutput: options.onOutput });
    const view = await (0,src_source.openImage)(outcome.source, {
        workDir,
        ...(spec.platform ? { platforms: [spec.platform] } : {}),
    });
    const digest = view.platforms[0]?.manifestDescriptor.digest ?? '';
    return { view, build: { method: outcome.method, manifestDigest: digest } };
}

;// CONCATENATED MODULE: ./src/check.ts
/**
 * The engine the CLI and the action share: budget file -> acquire -> measure -> gate.
 * Reporting and publishing are the callers' business; this returns everything they need.
 */








async function runCheck(request) {
    const progress = request.progress ?? silentProgress;
    const budget = await progress.step(`Read ${request.config}`, () => (0,src_budget/* loadBudgetFile */.E8)(request.config));
    const selected = selectImages(budget, request.images ?? []);
    const acquireOptions = { progress, budgetFile: budget.file, registry: request.registry };
    const measured = [];
    const failed = [];
    for (const image of selected) {
        const estimate = request.estimateCompressed === true || gatesCompressed(image);
        try {
            measured.push(await progress.step(`Measure ${image.name}`, async () => {
                if (image.source.kind === 'build') {
                    // The budget file's mistakes at their line, before a builder turns them into its own errors.
                    const place = {
                        file: budget.file,
                        image: image.name,
                        positionOf: (path) => budget.positionOf(path),
                    };
                    for (const warning of await (0,src_builders.preflightBuild)(image.source, place))
                        progress.warn?.(warning);
                }
                return measureOne(image, acquireOptions, estimate);
            }));
        }
        catch (error) {
            // One image's failure must not throw away the others' results: it becomes an error row.
            failed.push({ image, error, message: (0,errors/* formatError */.Wk)(error) });
        }
    }
    const reproducible = [];
    for (const { image, sizes } of measured.filter((m) => m.image.reproducible)) {
        const title = `Reproduce ${image.name}: build it again in fresh copies of the context`;
        reproducible.push(await progress.step(title, () => reproducibleCheck(image, sizes, budget.file, progress)));
    }
    const verdict = (0,gate.evaluate)(measured.map(({ image, sizes }) => ({ image, sizes })), {
        // An image that failed is not "removed": its baseline is left out with it.
        baseline: onlySelected(request.baseline, request.images)?.filter((base) => !failed.some(({ image }) => image.name === base.name)),
        overrideGrowth: request.overrideGrowth ?? false,
        positionOf: (keyPath) => budget.positionOf(keyPath),
    });
    const gated = (0,gate.withChecks)(verdict, reproducible);
    const exitCode = failed.length ? errors/* ExitCode */.yU.usage : gated.exitCode;
    return { budget, measured, verdict: gated, failed, exitCode };
}
/** Whether a budget or growth rule reads `compressed` or `pull` (then they are estimated when needed). */
function gatesCompressed(image) {
    const limits = [image.budget, ...Object.values(image.budget.platforms ?? {})];
    return ['compressed', 'pull'].some((metric) => limits.some((limit) => limit[metric] !== undefined) || image.growth?.[metric] !== undefined);
}
/** Every `paths:` pattern of an image's budget, image-wide and per platform. */
function budgetPatterns(image) {
    const budgets = [image.budget, ...Object.values(image.budget.platforms ?? {})];
    return [...new Set(budgets.flatMap((budget) => Object.keys(budget.paths)))];
}
async function measureOne(image, options, estimateCompressed) {
    const acquired = await acquireImage(image, options);
    try {
        const sizes = await (0,measure.measureImage)(acquired.view, { estimateCompressed, paths: budgetPatterns(image) });
        return { image, sizes, method: acquired.method };
    }
    finally {
        await acquired.dispose();
    }
}
/** The reproducibility gate's check: one digest from every build, or where the first two differ. */
async function reproducibleCheck(image, sizes, budgetFile, progress) {
    const result = await checkReproducible(image, {
        budgetFile,
        onOutput: (chunk) => {
            for (const line of chunk.split('\n'))
                if (line.trim())
                    progress.detail(line);
        },
    });
    const digests = result.builds.map((b) => b.manifestDigest);
    const [first] = result.differences;
    const message = first
        ? `image ${image.name} is not reproducible: build 1 (${result.builds[0]?.method}) gave ${digests[0]}, build ${first.build + 1} (${result.builds[first.build]?.method}) gave ${digests[first.build]}; ${first.text}`
        : `image ${image.name} is reproducible: ${digests.length} builds gave ${digests[0]}`;
    return {
        kind: 'reproducible',
        image: image.name,
        platform: sizes.platforms[0]?.platform ?? '',
        status: result.reproducible ? 'ok' : 'not-reproducible',
        keyPath: ['images', image.name, 'reproducible'],
        builds: result.builds,
        message,
    };
}
/** When only some images are checked, only their baselines count (the others are not "removed"). */
function onlySelected(baseline, names = []) {
    if (!baseline || names.length === 0)
        return baseline ? [...baseline] : undefined;
    return baseline.filter((image) => names.includes(image.name));
}
function selectImages(budget, names) {
    if (names.length === 0)
        return budget.images;
    const known = new Map(budget.images.map((image) => [image.name, image]));
    const unknown = names.filter((name) => !known.has(name));
    if (unknown.length) {
        throw new errors/* TinySizeError */.kp(`no image named ${unknown.map((n) => `\`${n}\``).join(', ')} in the budget file`, {
            file: budget.file,
            fix: `choose among: ${budget.images.map((image) => image.name).join(', ')}`,
        });
    }
    return names.map((name) => known.get(name));
}


/***/ })

};
