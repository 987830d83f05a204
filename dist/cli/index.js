#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   kp: () => (/* binding */ TinySizeError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony export formatPlace */
/**
 * One error type a user can act on: what went wrong, where (file and place), and the fix.
 * Anything thrown that is not a TinySizeError is a bug in tiny-size-gate, and is reported as such.
 */
/** Process exit codes, shared by the CLI and the action. */
const ExitCode = { ok: 0, overBudget: 1, usage: 2 };
class TinySizeError extends Error {
    name = 'TinySizeError';
    fix;
    place;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        const { fix, cause: _cause, ...place } = options;
        this.fix = fix;
        this.place = place;
    }
}
/** "file:line:column (within)" or "" when the error has no place. */
function formatPlace(place) {
    let text = place.file ?? '';
    if (place.file && place.line !== undefined) {
        text += `:${place.line}`;
        if (place.column !== undefined)
            text += `:${place.column}`;
    }
    if (place.within)
        text += text ? ` (${place.within})` : place.within;
    return text;
}
/** The message a user sees: place, what went wrong, the fix, and the causes that add information. */
function formatError(error) {
    if (!(error instanceof TinySizeError)) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        return `unexpected error (a bug in tiny-size-gate; please report it): ${detail}`;
    }
    const where = formatPlace(error.place);
    const lines = [where ? `${where}: ${error.message}` : error.message];
    for (let cause = error.cause; cause instanceof Error; cause = cause.cause) {
        if (cause.message && !lines[0]?.includes(cause.message))
            lines.push(`  caused by: ${cause.message}`);
    }
    if (error.fix)
        lines.push(`  fix: ${error.fix}`);
    return lines.join('\n');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI: the same engine as the action, for a laptop or any CI.
 *   tiny-size-gate check   [--config tiny-size.yml] [--image NAME]... [--json FILE] [--markdown FILE]
 *   tiny-size-gate measure <source> [--platform P]... [--json]
 *   tiny-size-gate badge --report FILE --image NAME --metric METRIC [--platform P] [--label TEXT]
                      [--style flat|flat-square|plastic|for-the-badge|social] [--format svg|json] [--output FILE]
      A release badge from a JSON report (check --json): an SVG, or shields.io endpoint JSON.

Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 usage or input error.
 */



// The engine, reports and sources load on the paths that use them, so `--version` and `--help`
// start as fast as Node itself (see `npm run bench -- --only startup`).
const engine = () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(507), __nccwpck_require__.e(917), __nccwpck_require__.e(853), __nccwpck_require__.e(68), __nccwpck_require__.e(177), __nccwpck_require__.e(810)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7810));
const measuring = () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(917), __nccwpck_require__.e(853)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3853));
const reports = () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(917), __nccwpck_require__.e(853), __nccwpck_require__.e(68), __nccwpck_require__.e(132)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2132));
const sources = () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(917), __nccwpck_require__.e(177)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7177));
const usage = `tiny-size-gate: gate container image sizes against a committed budget, exact to the byte.

Usage:
  tiny-size-gate check [--config FILE] [--image NAME]... [--json FILE] [--markdown FILE] [--quiet|--verbose]
                       [--estimate-compressed]
      Build or read every image of the budget file (default tiny-size.yml), measure it and gate it.
  tiny-size-gate measure SOURCE [--platform OS/ARCH]... [--json] [--all-files] [--manifest-only] [--insecure]
                         [--estimate-compressed]
      Measure one image. SOURCE is oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF
      (the local engine), registry:REF or docker://REF (a registry), or a path (an OCI layout
      directory or an archive) or a reference in the local engine.
      --manifest-only: a registry's manifests only (compressed, pull, layers), no layer download.
      --estimate-compressed: gzip -6 every uncompressed layer (docker save) to estimate compressed
      and pull; without it, done only for a budget or growth rule on them, or below 32 MiB.
      Registry credentials: ~/.docker/config.json, or TINY_SIZE_GATE_REGISTRY_USERNAME/_PASSWORD.

  tiny-size-gate badge --report FILE --image NAME --metric METRIC [--platform P] [--label TEXT]
                      [--style flat|flat-square|plastic|for-the-badge|social] [--format svg|json] [--output FILE]
      A release badge from a JSON report (check --json): an SVG, or shields.io endpoint JSON.

Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 a usage or input error.`;
const processConsole = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
};
async function main(argv, io = processConsole) {
    let code;
    try {
        code = await dispatch(argv, io);
    }
    catch (error) {
        io.err(`tiny-size-gate: ${(0,errors/* formatError */.Wk)(error)}\n`);
        code = errors/* ExitCode */.yU.usage;
    }
    process.exitCode = code;
    return code;
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'check':
            return check(rest, io);
        case 'measure':
            return measure(rest, io);
        case 'badge':
            return badge(rest, io);
        case '--version':
        case '-v':
            io.out(`${VERSION}\n`);
            return errors/* ExitCode */.yU.ok;
        case undefined:
        case '--help':
        case '-h':
        case 'help':
            io.out(`${usage}\n`);
            return command === undefined ? errors/* ExitCode */.yU.usage : errors/* ExitCode */.yU.ok;
        default:
            throw usageError(`unknown command \`${command}\``);
    }
}
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';
async function check(args, io) {
    const { values } = parse(() => (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        options: {
            config: { type: 'string', short: 'c', default: 'tiny-size.yml' },
            image: { type: 'string', short: 'i', multiple: true, default: [] },
            json: { type: 'string' },
            markdown: { type: 'string' },
            quiet: { type: 'boolean', short: 'q', default: false },
            verbose: { type: 'boolean', default: false },
            'estimate-compressed': { type: 'boolean', default: false },
        },
    }));
    const [{ runCheck }, { checkReport, renderCheckText, renderMarkdown }] = await Promise.all([
        engine(),
        reports(),
    ]);
    const result = await runCheck({
        estimateCompressed: values['estimate-compressed'],
        config: values.config,
        images: values.image.flatMap((v) => v.split(',')).filter(Boolean),
        progress: values.quiet ? undefined : stderrProgress(io, values.verbose),
    });
    const report = checkReport(result);
    if (values.json)
        await writeOutput(values.json, `${JSON.stringify(report, null, 2)}\n`, io);
    if (values.markdown)
        await writeOutput(values.markdown, renderMarkdown(report), io);
    if (values.json !== '-')
        io.out(renderCheckText(report));
    return result.verdict.exitCode;
}
async function measure(args, io) {
    const { values, positionals } = parse(() => (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        allowPositionals: true,
        options: {
            platform: { type: 'string', short: 'p', multiple: true, default: [] },
            json: { type: 'boolean', default: false },
            'all-files': { type: 'boolean', default: false },
            'manifest-only': { type: 'boolean', default: false },
            insecure: { type: 'boolean', default: false },
            'estimate-compressed': { type: 'boolean', default: false },
        },
    }));
    if (positionals.length !== 1)
        throw usageError('measure takes exactly one SOURCE');
    const [{ measureImage }, { measureReport, renderSizesText }, { openImage, parseSourceRef }] = await Promise.all([measuring(), reports(), sources()]);
    const source = parseSourceRef(positionals[0]);
    const platforms = values.platform;
    const manifestOnly = values['manifest-only'];
    if (manifestOnly && source.kind !== 'registry') {
        throw usageError("--manifest-only reads a registry's manifests; this source is not a registry");
    }
    const view = await openImage(source, {
        ...(platforms.length ? { platforms } : {}),
        manifestOnly,
        registry: { ...registryCredentials(), insecure: values.insecure },
    });
    const sizes = await measureImage(view, { estimateCompressed: values['estimate-compressed'] });
    if (values.json)
        io.out(`${JSON.stringify(measureReport(sizes), null, 2)}\n`);
    else
        io.out(renderSizesText(sizes, { allFiles: values['all-files'] }));
    return errors/* ExitCode */.yU.ok;
}
async function badge(args, io) {
    const { values } = parse(() => (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        options: {
            report: { type: 'string' },
            image: { type: 'string' },
            metric: { type: 'string', default: 'files' },
            platform: { type: 'string' },
            label: { type: 'string' },
            style: { type: 'string', default: 'flat' },
            format: { type: 'string', default: 'svg' },
            output: { type: 'string', short: 'o', default: '-' },
        },
    }));
    if (!values.report || !values.image)
        throw usageError('badge needs --report FILE and --image NAME');
    if (values.format !== 'svg' && values.format !== 'json')
        throw usageError('--format is svg or json');
    // Loaded on demand: badge-maker's font metrics are most of the CLI's bytes, and only badges need them.
    const { badgeFigure, badgeStyle, renderBadgeSvg, shieldsEndpoint } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(833), __nccwpck_require__.e(917), __nccwpck_require__.e(853), __nccwpck_require__.e(68), __nccwpck_require__.e(839)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3839));
    const figure = badgeFigure(await readReport(values.report), {
        image: values.image,
        metric: values.metric,
        ...(values.platform ? { platform: values.platform } : {}),
        ...(values.label ? { label: values.label } : {}),
    });
    const text = values.format === 'svg'
        ? `${renderBadgeSvg(figure, badgeStyle(values.style))}\n`
        : `${JSON.stringify(shieldsEndpoint(figure))}\n`;
    await writeOutput(values.output, text, io);
    return errors/* ExitCode */.yU.ok;
}
/** A JSON report written by `check --json`, validated like any file from elsewhere. */
async function readReport(path) {
    let value;
    try {
        value = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`cannot read the report ${path}`, {
            file: path,
            cause: error,
            fix: 'write one with `tiny-size-gate check --json FILE`',
        });
    }
    const { validateCheckReport } = await reports();
    const checked = validateCheckReport(value);
    if (!checked.ok) {
        throw new errors/* TinySizeError */.kp(`${path} is not a tiny-size-gate report: ${checked.problems.slice(0, 3).join('; ')}`, {
            file: path,
            fix: 'write one with `tiny-size-gate check --json FILE`',
        });
    }
    return checked.report;
}
/** Registry credentials from the environment (never from arguments, which other users can see). */
function registryCredentials() {
    const { TINY_SIZE_GATE_REGISTRY_USERNAME: username, TINY_SIZE_GATE_REGISTRY_PASSWORD: password } = process.env;
    return username || password ? { username, password } : {};
}
/** parseArgs, with its complaints turned into usage errors. */
function parse(parseThem) {
    try {
        return parseThem();
    }
    catch (error) {
        throw usageError(error instanceof Error ? error.message : String(error));
    }
}
function usageError(message) {
    return new errors/* TinySizeError */.kp(message, { fix: 'run `tiny-size-gate --help` for the usage' });
}
async function writeOutput(path, text, io) {
    if (path === '-')
        return io.out(text);
    try {
        await (0,promises_.writeFile)(path, text);
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`cannot write ${path}`, {
            file: path,
            cause: error,
            fix: 'choose a writable path',
        });
    }
}
/** Phases on stderr; build logs only with --verbose (a failed build's error carries its last lines). */
function stderrProgress(io, verbose) {
    return {
        async step(title, run) {
            io.err(`▸ ${title}\n`);
            return run();
        },
        detail(line) {
            if (verbose)
                io.err(`  ${line}\n`);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/bin.ts

void main(process.argv.slice(2));

