export const id = 725;
export const ids = [725];
export const modules = {

/***/ 4725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseBudgetFile: () => (/* binding */ parseBudgetFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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

// EXTERNAL MODULE: ./src/budget/read.ts
var read = __webpack_require__(7481);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
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
const sizeInput = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()], { error: `expected a size: ${units/* acceptedSizes */.Gt}` })
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
const size = sizeInput.transform(toBytes);
const percentSyntax = /^([0-9]+(?:\.[0-9]+)?)\s*%$/;
const percentPattern = '^[0-9]+(\\.[0-9]+)?\\s*%$';
/** The input side of a growth allowance: a size, or a percentage like `5%`. */
const growthInput = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()], {
    error: `expected an allowed growth: a size (${units/* acceptedSizes */.Gt}) or a percentage like 5%`,
})
    .meta({ id: 'growth' });
const growthValue = growthInput.transform((value, ctx) => {
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
const growthMetricShape = Object.fromEntries(metrics/* metrics */.qd.map((metric) => [metric, growthValue.optional()]));
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
const budgetFileSchema = schemas/* strictObject */.rej(budgetFileShape, {
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
        return [...metrics/* metrics */.qd];
    return [];
}

;// CONCATENATED MODULE: ./src/budget/load.ts
/**
 * Parsing the budget file: YAML with positions, then the zod schema, then paths made absolute.
 * Every problem is reported with its line and column, all of them at once, and nothing is written.
 * The file itself is found and read by read.ts, which loads this module once it has the text.
 */







/**
 * Aliases may share one `budget:` between many images; a YAML "billion laughs" expands a few
 * lines into gigabytes. The yaml library weighs each alias by the aliases inside its anchor.
 */
const maxAliasCount = 10_000;
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
        return `write a map with \`images:\` at the top, for example:\n${read/* budgetExample */.Q0}`;
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
        return `list at least one image under \`images:\`, for example:\n${read/* budgetExample */.Q0}`;
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
        throw new read/* BudgetFileError */.cz(file, [
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
        return Object.fromEntries(metrics/* metrics */.qd.filter((m) => m !== 'layers').map((m) => [m, all]));
    }
    const perMetric = {};
    for (const metric of metrics/* metrics */.qd) {
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
    if (bytes > read/* maxBudgetFileBytes */.Ru)
        throw (0,read/* tooLarge */.g$)(file, bytes);
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are found by structureProblems in linear time; the library's check is quadratic.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, prettyErrors: true, uniqueKeys: false });
    const positions = new PositionIndex(doc, lineCounter);
    const syntax = yamlProblems(doc);
    if (syntax.length > 0)
        throw new read/* BudgetFileError */.cz(file, syntax.sort(byPlace));
    const structure = structureProblems(doc, lineCounter);
    if (structure.length > 0)
        throw new read/* BudgetFileError */.cz(file, structure.sort(byPlace));
    const data = toData(doc, lineCounter, file);
    if (data === null || data === undefined) {
        throw new read/* BudgetFileError */.cz(file, [
            {
                message: 'the budget file is empty',
                fix: `write the images to gate, for example:\n${read/* budgetExample */.Q0}`,
                keyPath: [],
                line: 1,
                column: 1,
            },
        ]);
    }
    const result = budgetFileSchema.safeParse(data);
    const problems = result.success
        ? []
        : result.error.issues.flatMap((issue) => issueProblems(issue, positions));
    for (const { path, message, fix } of checkImageSources(data)) {
        const place = positions.keyPosition(path);
        problems.push({ message, ...(fix ? { fix } : {}), keyPath: path, ...place });
    }
    if (problems.length > 0 || !result.success) {
        throw new read/* BudgetFileError */.cz(file, problems.map(withFix).sort(byPlace));
    }
    const baseDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    return {
        file,
        images: Object.entries(result.data.images).map(([name, image]) => toEntry(name, image, baseDir)),
        positionOf: (keyPath) => positions.keyPosition(keyPath),
    };
}


/***/ }),

/***/ 5670:
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


/***/ })

};
