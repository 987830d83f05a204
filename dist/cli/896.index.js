export const id = 896;
export const ids = [896];
export const modules = {

/***/ 2896:
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
var builders = __webpack_require__(4000);
// EXTERNAL MODULE: ./src/source/index.ts + 18 modules
var src_source = __webpack_require__(7177);
;// CONCATENATED MODULE: ./src/acquire.ts
/**
 * Acquire: turn one image of the budget file into an ImageView, by building it or by reading an
 * image that exists. Everything after this step sees only the view.
 */





async function acquireImage(image, options) {
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-'));
    let view;
    const dispose = async () => {
        try {
            await view?.close();
        }
        finally {
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
        }
    };
    try {
        const { source } = image;
        if (source.kind !== 'build') {
            view = await (0,src_source.openImage)(source, {
                platforms: image.platforms,
                workDir,
                registry: options.registry,
            });
            return { view, method: `read from ${view.source}`, dispose };
        }
        const spec = {
            ...source,
            buildArgs: (0,builders.expandBuildArgs)(source.buildArgs, process.env, {
                file: options.budgetFile,
                image: image.name,
            }),
        };
        const built = await (0,builders.buildImage)(spec, {
            workDir,
            budgetFile: options.budgetFile,
            tag: `tiny-size-gate/${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:latest`,
            onOutput: (chunk) => {
                for (const line of chunk.split('\n'))
                    if (line.trim())
                        options.progress.detail(line);
            },
        });
        view = await (0,src_source.openImage)(built.source, { platforms: image.platforms, workDir });
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

// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/measure/index.ts + 10 modules
var measure = __webpack_require__(40);
// EXTERNAL MODULE: ./src/builder-names.ts
var builder_names = __webpack_require__(721);
;// CONCATENATED MODULE: ./src/budget/schema.ts
/**
 * The budget file's schema (zod 4). It validates the YAML as parsed, turns sizes with units into
 * bytes, and is the source of the JSON Schema that editors use (see json-schema.ts). Paths stay as
 * written here; load.ts resolves them against the budget file's directory.
 */




/** A message for a value of the wrong type only; other issues keep their own messages. */
const wrongType = (message) => (issue) => issue.code === 'invalid_type' ? message : undefined;
/** The input side of a size, kept as one instance so the JSON Schema export can recognise it. */
const schema_sizeInput = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()], { error: `expected a size: ${units/* acceptedSizes */.Gt}` })
    .meta({ id: 'size' });
function toBytes(value, ctx) {
    try {
        return (0,units/* parseSize */.DB)(value);
    }
    catch (error) {
        const { message, fix } = error;
        ctx.issues.push({ code: 'custom', input: value, message, params: { fix } });
        return core/* NEVER */.tm;
    }
}
const size = schema_sizeInput.transform(toBytes);
const percentSyntax = /^([0-9]+(?:\.[0-9]+)?)\s*%$/;
const percentPattern = '^[0-9]+(\\.[0-9]+)?\\s*%$';
/** The input side of a growth allowance: a size, or a percentage like `5%`. */
const schema_growthInput = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()], {
    error: `expected an allowed growth: a size (${units/* acceptedSizes */.Gt}) or a percentage like 5%`,
})
    .meta({ id: 'growth' });
const growthValue = schema_growthInput.transform((value, ctx) => {
    const percent = typeof value === 'string' ? percentSyntax.exec(value.trim()) : null;
    if (percent)
        return { percent: Number(percent[1]) };
    if (typeof value === 'string' && value.trim().startsWith('-')) {
        ctx.issues.push({
            code: 'custom',
            input: value,
            message: `invalid growth ${JSON.stringify(value)}: cannot be negative`,
        });
        return core/* NEVER */.tm;
    }
    return { bytes: toBytes(value, ctx) };
});
const layerCount = schemas/* int */.Whr({
    error: (issue) => typeof issue.input === 'number' && Number.isFinite(issue.input)
        ? `expected the number of layers: a whole number, 0 or more; layers are whole, so at most ${issue.input} is \`layers: ${Math.floor(issue.input)}\``
        : 'expected the number of layers: a whole number, 0 or more, like `layers: 1`',
})
    .min(0, { error: 'expected the number of layers: a whole number, 0 or more, like `layers: 1`' });
/** `/index.html`, `/usr/bin/*`, `/usr/**`: absolute, and `**` only as a whole path segment. */
function pathPatternProblem(pattern) {
    if (!pattern.startsWith('/'))
        return `path \`${pattern}\` is not absolute; write it as it is in the image, from \`/\``;
    if (pattern.length > 1 && pattern.endsWith('/'))
        return `path \`${pattern}\` ends with \`/\`; to budget a directory write \`${pattern}**\``;
    const segments = pattern.split('/').slice(1);
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
        return `path \`${pattern}\` has an empty, \`.\` or \`..\` segment; write the normalised path`;
    }
    if (segments.some((segment) => segment.includes('**') && segment !== '**')) {
        return `path \`${pattern}\`: \`**\` must be a whole segment (\`/a/**/b\`); use \`*\` within a name`;
    }
    return undefined;
}
const pathPattern = schemas/* string */.YjP().check(schemas/* superRefine */.zni((pattern, ctx) => {
    const problem = pathPatternProblem(pattern);
    if (problem)
        ctx.addIssue({ code: 'custom', input: pattern, message: problem });
}));
const platformSyntax = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
const platform = schemas/* string */.YjP()
    .regex(platformSyntax, {
    error: (issue) => `expected a platform like linux/amd64 or linux/arm/v7 (os/architecture[/variant], lower case), not ${JSON.stringify(issue.input)}`,
})
    .meta({ description: 'os/architecture[/variant], like linux/amd64 or linux/arm/v7.' });
const sizeOf = (description) => size.meta({ description }).optional();
/** A budget's limits, image-wide or for one platform. */
const platformBudgetShape = {
    files: sizeOf('Sum of the sizes of the regular files in all layers (the classic `docker images` SIZE).'),
    tar: sizeOf('Sum of the uncompressed layer tar lengths (what `docker save` writes).'),
    compressed: sizeOf('Sum of the compressed layer sizes in the manifest (what registries show).'),
    pull: sizeOf('compressed + the config blob + the manifest itself: what a `docker pull` transfers.'),
    layers: layerCount.meta({ description: 'Number of layers.' }).optional(),
    rootfs: sizeOf('Sum of the regular files visible in the final filesystem (layers applied in order, whiteouts honoured).'),
    wasted: sizeOf('files - rootfs: bytes shipped in the layers that no process can see (`wasted: 0B`: none).'),
    paths: schemas/* record */.g1P(pathPattern, size, { error: wrongType('expected a map from a path in the image to a size') })
        .meta({
        description: 'Per path in the image: an absolute path or a glob (`*` within one segment, `**` any depth) -> limit on the sum of the matching regular files in all layers.',
    })
        .optional(),
};
const limitsError = 'expected a map of limits: files, tar, compressed, pull, layers, rootfs, wasted, paths';
const budgetShape = {
    ...platformBudgetShape,
    platforms: schemas/* record */.g1P(platform, schemas/* strictObject */.rej(platformBudgetShape, { error: wrongType(limitsError) })
        .meta({ description: 'Limits for this platform; a limit left out is the image-wide one.' }), { error: wrongType('expected a map from a platform to its limits: { linux/arm64: { files: 7kB } }') })
        .meta({
        description: 'Per platform (os/architecture[/variant]): limits that override the image-wide ones for that platform, metric by metric and path by path. `linux/arm64` also applies to its variants; a variant given overrides it further.',
    })
        .optional(),
};
const growthMetricShape = Object.fromEntries(measure.metrics.map((metric) => [metric, growthValue.optional()]));
const growth = schemas/* union */.KCZ([growthValue, schemas/* strictObject */.rej(growthMetricShape)], {
    error: 'expected an allowed growth: a size or a percentage like 5%, or a map from metric to one',
})
    .meta({
    description: 'Allowed increase over the baseline (the merge-base) in a pull request: one value for every byte metric, or per metric. Bytes with a unit or a percentage like 5%.',
});
const nonEmpty = (what) => schemas/* string */.YjP({ error: `expected ${what}` }).min(1, { error: `expected ${what}` });
/** The ways to obtain an image: a build context, or one of the existing-image sources. */
const sourceKeys = ['context', 'archive', 'oci', 'oci-archive', 'image', 'registry'];
/** Keys that only mean something for a build. */
const buildKeys = [
    'dockerfile',
    'target',
    'build-args',
    'platform',
    'builder',
    'prebuild',
    'from-stage-dir',
    'reproducible',
    'compare-builder',
];
const imageShape = {
    context: nonEmpty('a directory')
        .meta({ description: 'Build context directory, relative to this file.' })
        .optional(),
    dockerfile: nonEmpty('a file')
        .meta({ description: 'Dockerfile, relative to this file (default: <context>/Dockerfile).' })
        .optional(),
    target: nonEmpty('a build stage name').meta({ description: 'Build stage to build.' }).optional(),
    'build-args': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], { error: 'expected a string, number or boolean' })
        .transform(String), { error: wrongType('expected a map of build arguments: { NAME: value }') })
        .meta({ description: 'Build arguments (numbers and booleans become strings).' })
        .optional(),
    platform: platform.optional(),
    builder: schemas/* enum */.k5n(builder_names/* builders */.L, { error: `expected a builder: ${builder_names/* builders */.L.join(' or ')}` })
        .meta({
        description: 'What builds the image: `auto` (default: `native` when the Dockerfile qualifies, else `docker`, else `buildah`), `native` (FROM scratch, no engine, reproducible), `docker` or `buildah`.',
    })
        .optional(),
    prebuild: schemas/* union */.KCZ([nonEmpty('a command'), schemas/* array */.YOg(nonEmpty('a command'))], {
        error: 'expected a command or a list of commands',
    })
        .transform((value) => (typeof value === 'string' ? [value] : value))
        .meta({
        description: 'Native builder: commands run in a copy of the context before the image is assembled (what an earlier stage would RUN). Without shell syntax a command runs directly; with it, through `sh -c`.',
    })
        .optional(),
    'from-stage-dir': schemas/* record */.g1P(nonEmpty('a stage, or stage:/path'), nonEmpty('a directory relative to the context'), {
        error: wrongType('expected a map from a stage (or stage:/path) to a directory: { "build:/out": out }'),
    })
        .meta({
        description: 'Native builder: `COPY --from=<stage>` reads from this directory (relative to the context, after `prebuild:`). The key is the stage, standing for its `/`, or `stage:/path` for one directory of it.',
    })
        .optional(),
    reproducible: schemas/* boolean */.zMY({ error: 'expected true or false' })
        .meta({
        description: 'Build the image twice (fresh copies of the context, at different times) and fail when the manifest digests differ, naming the layer and files that differ.',
    })
        .optional(),
    'compare-builder': schemas/* enum */.k5n(builder_names/* builders */.L, { error: `expected a builder: ${builder_names/* builders */.L.join(' or ')}` })
        .meta({ description: 'With `reproducible: true`: build once more with this builder and compare it too.' })
        .optional(),
    archive: nonEmpty('a file')
        .meta({ description: 'A `docker save` archive, relative to this file.' })
        .optional(),
    oci: nonEmpty('a directory')
        .meta({ description: 'An OCI image layout directory, relative to this file.' })
        .optional(),
    'oci-archive': nonEmpty('a file')
        .meta({ description: 'An OCI image layout in a tar file, relative to this file.' })
        .optional(),
    image: nonEmpty('an image reference')
        .meta({ description: 'An image in the local Docker daemon: name:tag or name@digest.' })
        .optional(),
    registry: nonEmpty('an image reference')
        .meta({ description: 'An image in a registry: registry/repository:tag or …@sha256:digest.' })
        .optional(),
    budget: schemas/* strictObject */.rej(budgetShape, {
        error: wrongType(`${limitsError}, platforms`),
    })
        .meta({ description: 'Limits; a metric left out is not gated.' })
        .optional(),
    growth: growth.optional(),
    platforms: schemas/* array */.YOg(platform, { error: wrongType('expected a list of platforms, like [linux/amd64, linux/arm64]') })
        .min(1, { error: 'expected at least one platform; remove `platforms:` to measure all' })
        .meta({ description: 'Platforms to measure; default: all.' })
        .optional(),
};
/**
 * Checks that each image has exactly one way to be obtained, and build-only keys only with a build.
 * It reads the raw YAML data, not zod's output, so it reports even when other keys of the image are
 * invalid (zod skips refinements once a property has failed).
 */
function checkImageSources(data) {
    const images = isRecord(data) && isRecord(data.images) ? data.images : {};
    const issues = [];
    for (const [name, image] of Object.entries(images)) {
        if (!isRecord(image))
            continue;
        const at = (...rest) => ['images', name, ...rest];
        const ways = sourceKeys.filter((key) => image[key] !== undefined);
        if (ways.length === 0) {
            issues.push({
                path: at(),
                message: `image \`${name}\` has no way to be obtained`,
                fix: 'add `context:` (a directory to build) or one of `archive:`, `oci:`, `oci-archive:`, `image:`, `registry:`',
            });
        }
        for (const extra of ways.slice(1)) {
            issues.push({
                path: at(extra),
                message: `image \`${name}\` has two ways to be obtained: \`${ways[0]}\` and \`${extra}\``,
                fix: `keep one of \`${ways[0]}\` and \`${extra}\``,
            });
        }
        if (image.context === undefined) {
            for (const key of buildKeys.filter((k) => image[k] !== undefined)) {
                issues.push({
                    path: at(key),
                    message: `\`${key}\` applies only to a build, and image \`${name}\` has no \`context\``,
                    fix: `add \`context:\` to build the image, or remove \`${key}\``,
                });
            }
        }
        if (image['compare-builder'] !== undefined && image.reproducible !== true) {
            issues.push({
                path: at('compare-builder'),
                message: '`compare-builder` applies only with `reproducible: true`',
                fix: 'add `reproducible: true`, or remove `compare-builder`',
            });
        }
        const platforms = image.platforms;
        if (Array.isArray(platforms)) {
            platforms.forEach((value, index) => {
                if (platforms.indexOf(value) !== index) {
                    issues.push({
                        path: at('platforms', index),
                        message: `platform ${value} is listed twice`,
                        fix: 'remove it',
                    });
                }
            });
        }
    }
    return issues;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const schema_image = schemas/* strictObject */.rej(imageShape, {
    error: wrongType('expected the image as a map: `context:` (or `archive:`, `oci:`, `oci-archive:`, `image:`) and `budget:`'),
})
    .meta({ description: 'One image: how to obtain it, and its budget.' });
const imageName = schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error: (issue) => `image name ${JSON.stringify(issue.input)}: a name starts with a letter or digit and holds only letters, digits, \`.\`, \`_\` and \`-\``,
});
const budgetFileShape = {
    version: schemas/* literal */.euz(1, { error: 'this version of tiny-size-gate reads budget files of `version: 1`' })
        .meta({ description: 'Version of the budget file format.' })
        .optional(),
    images: schemas/* record */.g1P(imageName, schema_image, { error: 'expected `images:`, a map from an image name to its settings' })
        .refine((images) => Object.keys(images).length > 0, { error: 'no images: `images:` is empty' })
        .meta({ description: 'The images to measure and gate, by name.' }),
};
const schema_budgetFileSchema = schemas/* strictObject */.rej(budgetFileShape, {
    error: wrongType('expected a map with `images:` at the top of the budget file'),
})
    .meta({
    title: 'tiny-size-gate budget file',
    description: 'Size budgets for container images, checked by tiny-size-gate, exact to the byte.',
});
/**
 * The keys valid in the map at `path` (a path into the parsed YAML), for "did you mean" suggestions.
 */
function knownKeysAt(path) {
    if (path.length === 0)
        return Object.keys(budgetFileShape);
    if (path[0] !== 'images')
        return [];
    if (path.length === 2)
        return Object.keys(imageShape);
    if (path.length === 3 && path[2] === 'budget')
        return Object.keys(budgetShape);
    if (path.length === 5 && path[2] === 'budget' && path[3] === 'platforms') {
        return Object.keys(platformBudgetShape);
    }
    if (path.length === 3 && path[2] === 'growth')
        return [...measure.metrics];
    return [];
}

;// CONCATENATED MODULE: ./src/budget/json-schema.ts
/**
 * The JSON Schema of the budget file, for editors (yaml-language-server), generated from the zod
 * schema so the two cannot drift. scripts/export-schema.mjs writes it to schema/tiny-size.schema.json
 * and a unit test fails when the committed file differs from a fresh export.
 */



/** Where the committed schema lives, relative to the package root. */
const jsonSchemaPath = 'schema/tiny-size.schema.json';
const sizeJson = {
    anyOf: [
        { type: 'string', pattern: units/* sizePattern */.CD },
        { type: 'integer', minimum: 0 },
    ],
    description: `A size: ${units/* acceptedSizes */.Gt}.`,
    examples: ['62B', '6kB', '1.5MB', '4KiB', 1024],
};
const growthJson = {
    anyOf: [...sizeJson.anyOf, { type: 'string', pattern: percentPattern }],
    description: `An allowed growth: a size (${units/* acceptedSizes */.Gt}) or a percentage like 5%.`,
    examples: ['0B', '100B', '1kB', '5%'],
};
/** The JSON Schema (draft-07, which yaml-language-server reads) of what a user writes. */
function budgetJsonSchema() {
    return z.toJSONSchema(budgetFileSchema, {
        target: 'draft-07',
        io: 'input',
        override: (ctx) => {
            // Sizes are validated by parseSize in a transform; give editors the same rule as a pattern.
            const replacement = ctx.zodSchema === sizeInput ? sizeJson : ctx.zodSchema === growthInput ? growthJson : undefined;
            if (!replacement)
                return;
            for (const key of Object.keys(ctx.jsonSchema))
                delete ctx.jsonSchema[key];
            Object.assign(ctx.jsonSchema, structuredClone(replacement));
        },
    });
}
/** The file's exact text: stable key order, two-space indent, a final newline. */
function renderBudgetJsonSchema() {
    return `${JSON.stringify(budgetJsonSchema(), null, 2)}\n`;
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/metrics.ts
var metrics = __webpack_require__(5670);
;// CONCATENATED MODULE: ./src/budget/positions.ts
/**
 * Where things are in the budget file's YAML: the position of a key or a value by its path
 * (['images', 'http', 'budget', 'files']), 1-based, for error messages and check annotations.
 */

function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return undefined;
}
function walk(doc, path) {
    let node = doc.contents;
    let found = { value: doc.contents ?? undefined, exact: true };
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && keyText(item.key) === String(segment));
            if (!pair)
                return { ...found, exact: false };
            found = { key: pair.key, value: pair.value ?? undefined, exact: true };
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                return { ...found, exact: false };
            found = { key: item, value: item, exact: true };
            node = item;
        }
        else {
            return { ...found, exact: false };
        }
    }
    return found;
}
class PositionIndex {
    doc;
    lines;
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    at(node) {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return undefined;
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    /** The key's position, or the nearest existing parent key's when the path is absent. */
    keyPosition(path) {
        const found = walk(this.doc, path);
        return this.at(found.key ?? found.value) ?? { line: 1, column: 1 };
    }
    /** The value's position when the whole path exists and has a value, else as keyPosition. */
    valuePosition(path) {
        const found = walk(this.doc, path);
        const value = found.exact ? this.at(found.value) : undefined;
        return value ?? this.at(found.key ?? found.value) ?? { line: 1, column: 1 };
    }
}

;// CONCATENATED MODULE: ./src/budget/load.ts
/**
 * Reading the budget file: YAML with positions, then the zod schema, then paths made absolute.
 * Every problem is reported with its line and column, all of them at once, and nothing is written.
 */









/** The default name of the budget file, looked for in the working directory. */
const defaultBudgetFileName = 'tiny-size.yml';
/**
 * A budget file lists a handful of images; 256 KiB holds thousands. Anything larger is refused
 * before YAML parsing, whose cost grows faster than the file.
 */
const maxBudgetFileBytes = 256 * 1024;
/**
 * Aliases may share one `budget:` between many images; a YAML "billion laughs" expands a few
 * lines into gigabytes. The yaml library weighs each alias by the aliases inside its anchor.
 */
const maxAliasCount = 10_000;
const howToName = 'CLI: --config <file>; action: the `config` input';
const example = `images:
  app:
    context: .            # the directory with the Dockerfile
    budget:
      files: 6kB`;
/**
 * The budget file is not valid. `problems` lists each one with its place; the message lists them
 * all, and the error's own place is the first problem's.
 */
class BudgetFileError extends errors/* TinySizeError */.kp {
    problems;
    constructor(file, problems) {
        const [first] = problems;
        const single = problems.length === 1 && first;
        const message = single
            ? first.message
            : `${problems.length} problems in the budget file:\n${problems
                .map((p) => `  ${file}:${p.line}:${p.column}: ${p.message}${p.fix ? ` (fix: ${p.fix})` : ''}`)
                .join('\n')}`;
        super(message, {
            file,
            line: first?.line,
            column: first?.column,
            fix: single ? first.fix : 'fix each problem listed above',
        });
        this.problems = problems;
    }
}
/** "did you mean" for an unknown key, when a valid key is close enough to be a typo. */
function unknownKeyProblem(key, known) {
    const message = `unknown key \`${key}\``;
    if (known.includes('platforms') && platformSyntax.test(key)) {
        // `budget: { linux/arm64: {...} }`: a platform's limits written one level too high.
        return {
            message: `${message}: a budget for one platform goes under \`platforms:\``,
            fix: `write it as \`platforms: { ${key}: ... }\` inside \`budget:\``,
        };
    }
    const list = known.map((k) => `\`${k}\``).join(', ');
    if (known.length === 0)
        return { message, fix: 'remove it' };
    const best = (0,mod/* closest */.kp)(key, known);
    if ((0,mod/* distance */.Io)(key.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))) {
        return { message: `${message}; did you mean \`${best}\`?`, fix: `rename it to \`${best}\`` };
    }
    return { message, fix: `valid keys here: ${list}` };
}
/** An issue that only says "this is not of the branch's type", at the branch's own root. */
function isTypeMismatch(issue) {
    if (issue.path.length > 0)
        return false;
    if (issue.code === 'invalid_type')
        return true;
    return issue.code === 'invalid_union' && issue.errors.every((branch) => branch.some(isTypeMismatch));
}
/**
 * zod reports a failed union with every branch's issues. When exactly one branch matched the
 * value's shape (a growth map with a bad entry), its issues are the useful ones.
 */
function unionBranchIssues(issue) {
    if (issue.code !== 'invalid_union')
        return undefined;
    const matching = issue.errors.filter((branch) => !branch.some(isTypeMismatch));
    const [branch] = matching;
    if (matching.length !== 1 || !branch)
        return undefined;
    return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}
/**
 * A fix for a problem whose check gave none: every message the budget file gets ends with what
 * to write. Most messages say what was expected; the rest are about names and path patterns.
 */
function fallbackFix(message, keyPath) {
    if (keyPath.length === 0)
        return `write a map with \`images:\` at the top, for example:\n${example}`;
    const expected = /^expected (.*)$/s.exec(message);
    if (expected)
        return `write ${expected[1]}`;
    if (keyPath.at(-2) === 'paths' || /^path `/.test(message)) {
        return 'write an absolute, normalised path as it is in the image, like `/usr/bin/app`; `*` matches within a name, `**` (a whole segment) any depth';
    }
    if (keyPath.length === 2 && keyPath[0] === 'images') {
        return 'rename the image: a name starts with a letter or digit and holds only letters, digits, `.`, `_` and `-`';
    }
    if (keyPath[0] === 'version')
        return 'write `version: 1`, or remove the line';
    if (keyPath[0] === 'images')
        return `list at least one image under \`images:\`, for example:\n${example}`;
    return 'correct the value at this place (see schema/tiny-size.schema.json)';
}
/** Every problem carries a fix: the check's own, or a fallback. */
function withFix(problem) {
    return problem.fix ? problem : { ...problem, fix: fallbackFix(problem.message, problem.keyPath) };
}
function issueProblems(issue, positions) {
    const path = issue.path;
    const branchIssues = unionBranchIssues(issue);
    if (branchIssues)
        return branchIssues.flatMap((inner) => issueProblems(inner, positions));
    if (issue.code === 'unrecognized_keys') {
        const known = knownKeysAt(path);
        return issue.keys.map((key) => {
            const keyPath = [...path, key];
            return { ...unknownKeyProblem(key, known), keyPath, ...positions.keyPosition(keyPath) };
        });
    }
    if (issue.code === 'invalid_key') {
        // A record key that fails its own check (an image name, a path pattern): point at the key.
        const inner = issue.issues.map((i) => i.message).join('; ');
        return [{ message: inner || issue.message, keyPath: path, ...positions.keyPosition(path) }];
    }
    const fix = issue.code === 'custom' ? issue.params?.fix : undefined;
    return [
        { message: issue.message, ...(fix ? { fix } : {}), keyPath: path, ...positions.valuePosition(path) },
    ];
}
function yamlProblems(doc) {
    return doc.errors.map((error) => {
        const [start] = error.linePos ?? [];
        // yaml appends " at line L, column C:" and a source excerpt; the place is printed apart.
        const message = error.message.split(/ at line \d+, column \d+:/)[0] ?? error.message;
        return {
            message: `not valid YAML: ${message}`,
            fix: 'correct the YAML syntax at this place',
            keyPath: [],
            line: start?.line ?? 1,
            column: start?.col ?? 1,
        };
    });
}
/**
 * What the yaml library would throw while converting (an alias to no anchor, a merge of a
 * non-map) and what it checks in quadratic time (duplicate keys), found by one walk over the
 * nodes with their places, so each is a problem with a line and a fix, never a stack trace.
 */
function structureProblems(doc, lines) {
    const problems = [];
    const at = (node) => {
        const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
        return { line, column: col, keyPath: [] };
    };
    // Anchors by name as the walk meets them, in document order: an alias names the last one
    // before it. (The library's Alias.resolve walks the whole document each time: quadratic.)
    const anchors = new Map();
    const resolves = (node) => ((0,dist/* isAlias */.Vj)(node) ? anchors.get(node.source) : node);
    (0,dist/* visit */.YR)(doc, {
        Alias(_, alias) {
            if (!anchors.has(alias.source)) {
                problems.push({
                    message: `the alias \`*${alias.source}\` names no anchor before it`,
                    fix: `mark the value to repeat with \`&${alias.source}\` before this line, or write the value here`,
                    ...at(alias),
                });
            }
        },
        Scalar(_, scalar) {
            if (scalar.anchor)
                anchors.set(scalar.anchor, scalar);
        },
        Seq(_, seq) {
            if (seq.anchor)
                anchors.set(seq.anchor, seq);
        },
        Map(_, map) {
            if (map.anchor)
                anchors.set(map.anchor, map);
            const keys = new Set();
            for (const pair of map.items) {
                const key = pair.key;
                // With `merge: true` the library holds a merge key's value as a symbol described `<<`.
                if ((0,dist/* isScalar */.jn)(key) &&
                    (key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<'))) {
                    const sources = (0,dist/* isSeq */.oP)(resolves(pair.value))
                        ? resolves(pair.value).items
                        : [pair.value];
                    // An alias to no anchor is reported by the Alias visitor.
                    const isMapOrUnresolved = (source) => (0,dist/* isMap */.jh)(resolves(source)) || ((0,dist/* isAlias */.Vj)(source) && resolves(source) === undefined);
                    if (!sources.every(isMapOrUnresolved)) {
                        problems.push({
                            message: '`<<` merges maps only, and this value is not a map',
                            fix: 'write `<<: *name` where `&name` marks a map, or remove the `<<` line',
                            ...at(pair.value ?? key),
                        });
                    }
                    continue;
                }
                const text = (0,dist/* isScalar */.jn)(key) ? String(key.value) : undefined;
                if (text === undefined)
                    continue;
                if (keys.has(text)) {
                    problems.push({
                        message: `not valid YAML: Map keys must be unique: \`${text}\` appears twice in one map`,
                        fix: 'keep one of them: YAML map keys must be unique',
                        ...at(key),
                    });
                }
                keys.add(text);
            }
        },
    });
    return problems;
}
/** The budget file as data; a failure of the yaml library's conversion becomes a problem. */
function toData(doc, lines, file) {
    try {
        return doc.toJS({ maxAliasCount });
    }
    catch (error) {
        let firstAlias;
        (0,dist/* visit */.YR)(doc, {
            Alias(_, alias) {
                firstAlias = alias;
                return dist/* visit */.YR.BREAK;
            },
        });
        const { line, col } = lines.linePos(firstAlias?.range?.[0] ?? 0);
        const excessive = /alias count/i.test(error.message);
        throw new BudgetFileError(file, [
            {
                message: excessive
                    ? `its aliases expand to more than ${maxAliasCount} values (aliases of anchors that hold aliases multiply)`
                    : `the YAML cannot be read as data: ${error.message}`,
                fix: excessive
                    ? 'write the repeated values out, or share fewer levels of anchors'
                    : 'correct the YAML at this place',
                keyPath: [],
                line,
                column: col,
            },
        ]);
    }
}
function byPlace(a, b) {
    return a.line - b.line || a.column - b.column;
}
function toGrowth(growth) {
    if (growth === undefined)
        return undefined;
    if ('bytes' in growth || 'percent' in growth) {
        const all = growth;
        // One value applies to every byte metric; `layers` counts layers, so it takes only an explicit value.
        return Object.fromEntries(measure.metrics.filter((m) => m !== 'layers').map((m) => [m, all]));
    }
    const perMetric = {};
    for (const metric of measure.metrics) {
        const value = growth[metric];
        if (value !== undefined)
            perMetric[metric] = value;
    }
    return perMetric;
}
function toSource(image, baseDir) {
    const at = (path) => (0,external_node_path_.resolve)(baseDir, path);
    if (image.context !== undefined) {
        const context = at(image.context);
        return {
            kind: 'build',
            context,
            dockerfile: image.dockerfile !== undefined ? at(image.dockerfile) : `${context}/Dockerfile`,
            ...(image.target !== undefined ? { target: image.target } : {}),
            buildArgs: image['build-args'] ?? {},
            ...(image.platform !== undefined ? { platform: image.platform } : {}),
            builder: image.builder ?? 'auto',
            ...(image.prebuild ? { prebuild: image.prebuild } : {}),
            ...(image['from-stage-dir'] ? { fromStageDirs: image['from-stage-dir'] } : {}),
        };
    }
    if (image.archive !== undefined)
        return { kind: 'docker-archive', path: at(image.archive) };
    if (image.oci !== undefined)
        return { kind: 'oci', path: at(image.oci) };
    if (image['oci-archive'] !== undefined)
        return { kind: 'oci-archive', path: at(image['oci-archive']) };
    if (image.image !== undefined)
        return { kind: 'docker', reference: image.image };
    if (image.registry !== undefined)
        return { kind: 'registry', reference: image.registry };
    // The schema guarantees exactly one way; reaching here is a bug.
    throw new Error('image has no source after validation');
}
function toPlatformBudget(parsed) {
    const { paths, ...limits } = parsed ?? {};
    const budget = { paths: { ...(paths ?? {}) } };
    for (const metric of metrics/* budgetMetrics */.PT) {
        const limit = limits[metric];
        if (limit !== undefined)
            budget[metric] = limit;
    }
    return budget;
}
function toBudget(parsed) {
    const budget = toPlatformBudget(parsed);
    const platforms = parsed?.platforms;
    if (platforms !== undefined) {
        budget.platforms = Object.fromEntries(Object.entries(platforms).map(([platform, limits]) => [platform, toPlatformBudget(limits)]));
    }
    return budget;
}
function toEntry(name, image, baseDir) {
    const budget = toBudget(image.budget);
    const growth = toGrowth(image.growth);
    return {
        name,
        source: toSource(image, baseDir),
        budget,
        ...(image.platforms ? { platforms: image.platforms } : {}),
        ...(growth ? { growth } : {}),
        ...(image.reproducible
            ? { reproducible: image['compare-builder'] ? { compareBuilder: image['compare-builder'] } : {} }
            : {}),
    };
}
/**
 * Parses and validates a budget file's text. Relative paths in it are resolved against
 * dirname(file). Throws a BudgetFileError listing every problem with its line and column.
 */
function parseBudgetFile(text, file) {
    const bytes = Buffer.byteLength(text);
    if (bytes > maxBudgetFileBytes)
        throw tooLarge(file, bytes);
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are found by structureProblems in linear time; the library's check is quadratic.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, prettyErrors: true, uniqueKeys: false });
    const positions = new PositionIndex(doc, lineCounter);
    const syntax = yamlProblems(doc);
    if (syntax.length > 0)
        throw new BudgetFileError(file, syntax.sort(byPlace));
    const structure = structureProblems(doc, lineCounter);
    if (structure.length > 0)
        throw new BudgetFileError(file, structure.sort(byPlace));
    const data = toData(doc, lineCounter, file);
    if (data === null || data === undefined) {
        throw new BudgetFileError(file, [
            {
                message: 'the budget file is empty',
                fix: `write the images to gate, for example:\n${example}`,
                keyPath: [],
                line: 1,
                column: 1,
            },
        ]);
    }
    const result = schema_budgetFileSchema.safeParse(data);
    const problems = result.success
        ? []
        : result.error.issues.flatMap((issue) => issueProblems(issue, positions));
    for (const { path, message, fix } of checkImageSources(data)) {
        const place = positions.keyPosition(path);
        problems.push({ message, ...(fix ? { fix } : {}), keyPath: path, ...place });
    }
    if (problems.length > 0 || !result.success) {
        throw new BudgetFileError(file, problems.map(withFix).sort(byPlace));
    }
    const baseDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    return {
        file,
        images: Object.entries(result.data.images).map(([name, image]) => toEntry(name, image, baseDir)),
        positionOf: (keyPath) => positions.keyPosition(keyPath),
    };
}
function tooLarge(file, bytes) {
    return new BudgetFileError(file, [
        {
            message: `the budget file is ${bytes} bytes, over the ${maxBudgetFileBytes}-byte (256 KiB) limit`,
            fix: 'a budget file lists the images to gate and their limits: remove what is not a budget, or split it into several files, each checked on its own',
            keyPath: [],
            line: 1,
            column: 1,
        },
    ]);
}
function unreadable(path, error) {
    const code = error.code;
    if (code === 'ENOENT') {
        return new errors/* TinySizeError */.kp(`no budget file: looked for ${(0,external_node_path_.resolve)(path)}`, {
            file: path,
            fix: `create ${path} that lists the images to gate, for example:\n${example}\nor name another file (${howToName})`,
            cause: error,
        });
    }
    if (code === 'EISDIR') {
        return new errors/* TinySizeError */.kp(`the budget file ${(0,external_node_path_.resolve)(path)} is a directory`, {
            file: path,
            fix: `name the YAML file, for example ${(0,external_node_path_.resolve)(path)}/${defaultBudgetFileName}`,
            cause: error,
        });
    }
    return new errors/* TinySizeError */.kp(`cannot read the budget file ${(0,external_node_path_.resolve)(path)}`, {
        file: path,
        fix: `check that the file exists and is readable, or name another file (${howToName})`,
        cause: error,
    });
}
/** Reads and parses the budget file at `path` (relative to the working directory or absolute). */
async function loadBudgetFile(path) {
    let text;
    try {
        // Looked at before it is opened: opening a FIFO would block, and a huge file is refused unread.
        const info = await (0,promises_.stat)(path);
        if (info.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (!info.isFile()) {
            throw new errors/* TinySizeError */.kp(`the budget file ${(0,external_node_path_.resolve)(path)} is not a regular file`, {
                file: path,
                fix: `name the YAML file itself (${howToName})`,
            });
        }
        if (info.size > maxBudgetFileBytes)
            throw tooLarge(path, info.size);
        const handle = await (0,promises_.open)(path, 'r');
        try {
            // Read at most one byte over the cap, in case the file grew since stat.
            const buffer = Buffer.alloc(maxBudgetFileBytes + 1);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            if (bytesRead > maxBudgetFileBytes)
                throw tooLarge(path, bytesRead);
            text = buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof errors/* TinySizeError */.kp)
            throw error;
        throw unreadable(path, error);
    }
    return parseBudgetFile(text, path);
}

;// CONCATENATED MODULE: ./src/budget/index.ts
/** The budget file: schema, loading with positions. */




// EXTERNAL MODULE: ./src/gate/index.ts + 3 modules
var gate = __webpack_require__(9795);
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
        if (compare_isRecord(va) && compare_isRecord(vb)) {
            for (const inner of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort())
                if (JSON.stringify(va[inner]) !== JSON.stringify(vb[inner]))
                    out.push(`${key}.${inner}`);
        }
        else
            out.push(key);
    }
    return out;
}
function compare_isRecord(value) {
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
    const outcome = await (0,builders.buildImage)({ ...spec, context, dockerfile }, { workDir, tag, noCache: true, budgetFile: options.budgetFile, onOutput: options.onOutput });
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
    const budget = await progress.step(`Read ${request.config}`, () => loadBudgetFile(request.config));
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
                    for (const warning of await (0,builders.preflightBuild)(image.source, place))
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
