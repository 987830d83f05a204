export const id = 919;
export const ids = [919];
export const modules = {

/***/ 62919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkReproducible: () => (/* binding */ checkReproducible)
});

// UNUSED EXPORTS: compareImages, describeDifference

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/builders/index.ts + 13 modules
var builders = __webpack_require__(42690);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/source/index.ts + 21 modules
var source = __webpack_require__(53775);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
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
    return (0,digest/* readCapped */.EF)(await view.blobs.open(descriptor), 2 ** 30, { file: view.source }, 'layer');
}
async function head(view, descriptor) {
    return (await blob(view, descriptor)).subarray(0, 10);
}
async function layerEntries(view, descriptor) {
    const bytes = await blob(view, descriptor);
    const compression = (0,media_types/* sniffCompression */.Hs)(bytes.subarray(0, 4));
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
    const builders = [source.builder, source.builder];
    if (image.reproducible?.compareBuilder)
        builders.push(image.reproducible.compareBuilder);
    const built = [];
    try {
        for (const [index, builder] of builders.entries()) {
            if (index > 0)
                await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 1500));
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-reproduce-'));
            dirs.push(dir);
            const tag = `tiny-size-gate/reproduce-${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:${index}`;
            // Each builder removes what its build made (src/builders), so nothing is left to clean here.
            built.push(await buildOnce({ ...source, builder }, dir, tag, options));
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
        for (const { view } of built)
            await view.close();
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
    const outcome = await (0,builders/* buildImage */._w)({ ...spec, context, dockerfile }, { workDir, tag, noCache: true, budgetFile: options.budgetFile, onOutput: options.onOutput });
    const view = await (0,source/* openImage */.UY)(outcome.source, {
        workDir,
        ...(spec.platform ? { platforms: [spec.platform] } : {}),
    });
    const digest = view.platforms[0]?.manifestDescriptor.digest ?? '';
    return { view, build: { method: outcome.method, manifestDigest: digest } };
}


/***/ })

};
