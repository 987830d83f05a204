export const id = 146;
export const ids = [146];
export const modules = {

/***/ 57481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ loadBudgetFile),
/* harmony export */   Q0: () => (/* binding */ budgetExample),
/* harmony export */   Ru: () => (/* binding */ maxBudgetFileBytes),
/* harmony export */   cz: () => (/* binding */ BudgetFileError),
/* harmony export */   g$: () => (/* binding */ tooLarge)
/* harmony export */ });
/* unused harmony export defaultBudgetFileName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The budget file on disk: looked at before it is opened (a FIFO would block, a huge file is refused
 * unread), then read whole and handed to the parser (load.ts: YAML with positions, the zod schema).
 * The parser is loaded only once there is text to parse, so a missing or unreadable file fails
 * without it. Also the budget file's error, BudgetFileError, which the parser throws too.
 */



/** The default name of the budget file, looked for in the working directory. */
const defaultBudgetFileName = 'tiny-size.yml';
/**
 * A budget file lists a handful of images; 256 KiB holds thousands. Anything larger is refused
 * before YAML parsing, whose cost grows faster than the file.
 */
const maxBudgetFileBytes = 256 * 1024;
const howToName = 'CLI: --config <file>; action: the `config` input';
/** A budget file to start from, in the fixes of the budget file's errors. */
const budgetExample = `images:
  app:
    context: .            # the directory with the Dockerfile
    budget:
      files: 6kB`;
/**
 * The budget file is not valid. `problems` lists each one with its place; the message lists them
 * all, and the error's own place is the first problem's.
 */
class BudgetFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp {
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp(`no budget file: looked for ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)}`, {
            file: path,
            fix: `create ${path} that lists the images to gate, for example:\n${budgetExample}\nor name another file (${howToName})`,
            cause: error,
        });
    }
    if (code === 'EISDIR') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp(`the budget file ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)} is a directory`, {
            file: path,
            fix: `name the YAML file, for example ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)}/${defaultBudgetFileName}`,
            cause: error,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp(`cannot read the budget file ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)}`, {
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
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (info.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp(`the budget file ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)} is not a regular file`, {
                file: path,
                fix: `name the YAML file itself (${howToName})`,
            });
        }
        if (info.size > maxBudgetFileBytes)
            throw tooLarge(path, info.size);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp)
            throw error;
        throw unreadable(path, error);
    }
    // The parser (yaml, the zod schema) loads only once there is a file to parse.
    const { parseBudgetFile } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(815), __webpack_require__.e(595)]).then(__webpack_require__.bind(__webpack_require__, 14595));
    return parseBudgetFile(text, path);
}


/***/ }),

/***/ 76146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatesCompressed: () => (/* binding */ gatesCompressed),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/budget/read.ts
var read = __webpack_require__(57481);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/progress.ts
/** A Progress that says nothing, for tests and library use. */
const silentProgress = {
    step: (_title, run) => run(),
    detail: () => { },
};

;// CONCATENATED MODULE: ./src/check.ts



async function runCheck(request) {
    const progress = request.progress ?? silentProgress;
    const budget = await progress.step(`Read ${request.config}`, () => (0,read/* loadBudgetFile */.E8)(request.config));
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
                    const { preflightBuild } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(118), __webpack_require__.e(918), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 42690));
                    for (const warning of await preflightBuild(image.source, place))
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
    const reproduce = request.reproduce !== false;
    for (const { image, sizes } of measured.filter((m) => reproduce && m.image.reproducible)) {
        const title = `Reproduce ${image.name}: build it again in fresh copies of the context`;
        reproducible.push(await progress.step(title, () => reproducibleCheck(image, sizes, budget.file, progress)));
    }
    const { evaluate, withChecks } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(339), __webpack_require__.e(323), __webpack_require__.e(155), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 67155));
    const verdict = evaluate(measured.map(({ image, sizes }) => ({ image, sizes })), {
        // An image that failed is not "removed": its baseline is left out with it.
        baseline: onlySelected(request.baseline, request.images)?.filter((base) => !failed.some(({ image }) => image.name === base.name)),
        overrideGrowth: request.overrideGrowth ?? false,
        positionOf: (keyPath) => budget.positionOf(keyPath),
    });
    const gated = withChecks(verdict, reproducible);
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
    // The builders and image readers load with the first image to measure, not with the budget file:
    // a budget file that cannot be read fails without them (the action's cold start to its first error).
    const [{ acquireImage }, { measureImage }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(118), __webpack_require__.e(918), __webpack_require__.e(690), __webpack_require__.e(775), __webpack_require__.e(883)]).then(__webpack_require__.bind(__webpack_require__, 51883)),
        Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(339), __webpack_require__.e(323)]).then(__webpack_require__.bind(__webpack_require__, 38323)),
    ]);
    const acquired = await acquireImage(image, options);
    try {
        const sizes = await measureImage(acquired.view, { estimateCompressed, paths: budgetPatterns(image) });
        return { image, sizes, method: acquired.method };
    }
    finally {
        await acquired.dispose();
    }
}
/** The reproducibility gate's check: one digest from every build, or where the first two differ. */
async function reproducibleCheck(image, sizes, budgetFile, progress) {
    const { checkReproducible } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(118), __webpack_require__.e(918), __webpack_require__.e(690), __webpack_require__.e(775), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 62919));
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
