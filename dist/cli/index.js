#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 8364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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

/***/ 721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ builders)
/* harmony export */ });
/**
 * The builders a budget file and `tiny-size-gate build` may name: `auto` (native when the Dockerfile
 * qualifies, else docker, else buildah), `native` (tiny-size-gate itself, FROM scratch only,
 * reproducible), the Docker engine, or buildah. A top-level file, so the CLI names them without
 * loading the budget file's schema.
 */
const builders = ['auto', 'native', 'docker', 'buildah'];


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ jsonOption),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   MW: () => (/* binding */ optionSynopsis),
/* harmony export */   Qn: () => (/* binding */ registryCredentials),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   YC: () => (/* binding */ platformsOption),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   hP: () => (/* binding */ helpOption),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1916);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8364);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/**
 * What a CLI command is: its name, options and help, and a run function. Every command is one file
 * in src/cli/ exporting a Command; src/cli/commands.ts lists them. Parsing, --help, did-you-mean
 * and shell completion all read the same declarations, so a new option appears in all of them.
 */




/** `--json [FILE]`: `what` as JSON to FILE, or to stdout when FILE is left out or `-`. */
function jsonOption(what) {
    return {
        type: 'string',
        short: 'j',
        value: 'FILE',
        optionalValue: true,
        help: `write ${what} as JSON to FILE (stdout when FILE is left out or -)`,
    };
}
/** `--platform OS/ARCH`, repeatable: the platforms of a multi-platform image to take. */
function platformsOption(help) {
    return { type: 'string', short: 'p', multiple: true, value: 'OS/ARCH', help };
}
/** Every command takes these. */
const helpOption = { type: 'boolean', short: 'h', help: 'show this help' };
/** Parses a command's arguments: unknown flags get the closest known one, `-h`/`--help` is handled by the caller. */
function parseCommandArgs(command, args) {
    const options = { ...command.options, help: helpOption };
    const { tokens, borrowed } = fillOptionalValues(options, args);
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: tokens,
            strict: true,
            allowPositionals: command.arguments !== undefined,
            options: Object.fromEntries(Object.entries(options).map(([name, spec]) => [
                name,
                {
                    type: spec.type,
                    ...(spec.short ? { short: spec.short } : {}),
                    ...(spec.multiple ? { multiple: true } : {}),
                    ...(spec.default !== undefined ? { default: spec.default } : {}),
                },
            ])),
        });
    }
    catch (error) {
        throw usageProblem(command, options, error instanceof Error ? error.message : String(error));
    }
    const values = parsed.values;
    const positionals = [...parsed.positionals];
    // `measure --json oci:dir`: the argument taken as --json's FILE was the SOURCE.
    const needed = command.arguments?.min ?? 0;
    for (const { option, value } of borrowed) {
        if (positionals.length >= needed)
            break;
        if (values[option] === value) {
            values[option] = '-';
            positionals.unshift(value);
        }
    }
    if (!values.help && command.arguments) {
        const { name, min, max } = command.arguments;
        if (positionals.length < min || positionals.length > max) {
            const count = min === max ? `exactly ${min}` : `${min} to ${max}`;
            throw usageError(`${command.name} takes ${count} ${name}${max > 1 ? 's' : ''}, not ${positionals.length}`, command.name);
        }
    }
    return { values, positionals };
}
/** Rewrites `--json` without a value to `--json=-`, and records which ones took the next argument. */
function fillOptionalValues(options, args) {
    const tokens = [];
    const borrowed = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            tokens.push(...args.slice(i));
            break;
        }
        const name = optionNamed(options, arg);
        const spec = name ? options[name] : undefined;
        if (!name || !spec?.optionalValue) {
            tokens.push(arg);
            continue;
        }
        const next = args[i + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-')) {
            tokens.push(`--${name}=-`);
        }
        else {
            tokens.push(`--${name}=${next}`);
            borrowed.push({ option: name, value: next });
            i++;
        }
    }
    return { tokens, borrowed };
}
/** The option an argument names without a value (`--json` or `-j`), if any. */
function optionNamed(options, arg) {
    if (arg.startsWith('--') && !arg.includes('='))
        return arg.slice(2) in options ? arg.slice(2) : undefined;
    if (/^-[A-Za-z]$/.test(arg))
        return Object.entries(options).find(([, spec]) => spec.short === arg[1])?.[0];
    return undefined;
}
/** parseArgs's complaint, with the closest flag when a flag was mistyped. */
function usageProblem(command, options, message) {
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
        const names = Object.keys(options).map((name) => `--${name}`);
        const guess = suggest(unknown.split('=')[0], names);
        return usageError(`unknown option ${unknown} for \`${command.name}\`${guess ? `; did you mean ${guess}?` : ''}`, command.name);
    }
    const cleaned = message.replace(/\.?\s*To specify an option argument.*$/s, '').replace(/'/g, '`');
    return usageError(`${command.name}: ${cleaned}`, command.name);
}
/** The closest of the candidates, when it is close enough to be what was meant. */
function suggest(typed, candidates) {
    if (!candidates.length)
        return undefined;
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(typed, candidates);
    const limit = Math.max(2, Math.floor(best.length / 3));
    // A transposition (`chekc`) costs 2 in Levenshtein distance; allow it on short names too.
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__/* .distance */ .Io)(typed.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}
function usageError(message, command) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp(message, {
        fix: `run \`tiny-size-gate ${command ? `${command} ` : ''}--help\` for the usage`,
    });
}
/** A command's help: synopsis, options with their short forms, details. */
function commandHelp(command) {
    const synopsis = [`tiny-size-gate ${command.name}`];
    if (command.arguments) {
        const { name, min, max } = command.arguments;
        synopsis.push(min === 0 ? `[${name}]` : max > 1 ? `${name}...` : name);
    }
    synopsis.push('[options]');
    const options = { ...command.options, help: helpOption };
    const rows = Object.entries(options).map(([name, spec]) => [optionSynopsis(name, spec), optionHelp(spec)]);
    const width = Math.max(...rows.map(([left]) => left.length));
    const lines = [
        `${synopsis.join(' ')}`,
        `  ${command.summary}`,
        '',
        'Options:',
        ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    ];
    if (command.details)
        lines.push('', command.details);
    return `${lines.join('\n')}\n`;
}
function optionSynopsis(name, spec) {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}`;
    if (spec.type === 'boolean')
        return flag;
    const value = spec.value ?? 'VALUE';
    return spec.optionalValue ? `${flag} [${value}]` : `${flag} ${value}`;
}
function optionHelp(spec) {
    let text = spec.help;
    if (spec.choices)
        text += ` (${spec.choices.join(', ')})`;
    if (typeof spec.default === 'string' && spec.default !== '')
        text += ` [default: ${spec.default}]`;
    if (spec.multiple)
        text += '; repeatable';
    return text;
}
/** Writes a file, or to stdout for `-`. */
async function writeOutput(path, text, io) {
    if (path === '-') {
        for (const chunk of typeof text === 'string' ? [text] : text)
            io.out(chunk);
        return;
    }
    try {
        await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Z)(path, text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TinySizeError */ .kp(`cannot write ${path}`, {
            file: path,
            cause: error,
            fix: 'choose a writable path',
        });
    }
}
/** Registry credentials from the environment (never from arguments, which other users can see). */
function registryCredentials(env = process.env) {
    const { TINY_SIZE_GATE_REGISTRY_USERNAME: username, TINY_SIZE_GATE_REGISTRY_PASSWORD: password } = env;
    return username || password ? { username, password } : {};
}
function stringValue(args, name) {
    const value = args.values[name];
    return typeof value === 'string' ? value : undefined;
}
function stringList(args, name) {
    const value = args.values[name];
    return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
function flag(args, name) {
    return args.values[name] === true;
}


/***/ }),

/***/ 5198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/atomic-write.ts
var atomic_write = __nccwpck_require__(8364);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/units.ts
var units = __nccwpck_require__(1996);
// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __nccwpck_require__(3567);
;// CONCATENATED MODULE: ./src/cli/badge.ts
/** `tiny-size-gate badge`: a release badge from a JSON report (an SVG, or shields.io endpoint JSON). */



const badgeCommand = {
    name: 'badge',
    summary: 'A release badge from a JSON report (check --json): an SVG, or shields.io endpoint JSON.',
    options: {
        report: { type: 'string', short: 'r', value: 'FILE', help: 'the report written by `check --json FILE`' },
        image: { type: 'string', short: 'i', value: 'NAME', help: 'the image of the report' },
        metric: { type: 'string', short: 'm', value: 'METRIC', default: 'files', help: 'the figure shown' },
        platform: {
            type: 'string',
            short: 'p',
            value: 'OS/ARCH',
            help: 'the platform, when the image has several',
        },
        label: { type: 'string', short: 'l', value: 'TEXT', help: 'the left-hand text' },
        style: {
            type: 'string',
            value: 'STYLE',
            default: 'flat',
            choices: ['flat', 'flat-square', 'plastic', 'for-the-badge', 'social'],
            help: 'the badge style',
        },
        format: {
            type: 'string',
            value: 'FORMAT',
            default: 'svg',
            choices: ['svg', 'json'],
            help: 'what to write',
        },
        output: { type: 'string', short: 'o', value: 'FILE', default: '-', help: 'where to write it' },
    },
    async run(args, io) {
        const report = (0,cli_command/* stringValue */.r$)(args, 'report');
        const image = (0,cli_command/* stringValue */.r$)(args, 'image');
        const format = (0,cli_command/* stringValue */.r$)(args, 'format');
        if (!report || !image)
            throw (0,cli_command/* usageError */.Wp)('badge needs --report FILE and --image NAME', 'badge');
        if (format !== 'svg' && format !== 'json')
            throw (0,cli_command/* usageError */.Wp)('--format is svg or json', 'badge');
        // Loaded on demand: badge-maker's font metrics are most of the CLI's bytes, and only badges need them.
        const { badgeFigure, badgeStyle, renderBadgeSvg, shieldsEndpoint } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(815), __nccwpck_require__.e(833), __nccwpck_require__.e(323), __nccwpck_require__.e(155), __nccwpck_require__.e(839)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3839));
        const platform = (0,cli_command/* stringValue */.r$)(args, 'platform');
        const label = (0,cli_command/* stringValue */.r$)(args, 'label');
        const figure = badgeFigure(await readReport(report), {
            image,
            metric: (0,cli_command/* stringValue */.r$)(args, 'metric') ?? 'files',
            ...(platform ? { platform } : {}),
            ...(label ? { label } : {}),
        });
        const text = format === 'svg'
            ? `${renderBadgeSvg(figure, badgeStyle((0,cli_command/* stringValue */.r$)(args, 'style') ?? 'flat'))}\n`
            : `${JSON.stringify(shieldsEndpoint(figure))}\n`;
        await (0,cli_command/* writeOutput */.zh)((0,cli_command/* stringValue */.r$)(args, 'output') ?? '-', text, io);
        return 0;
    },
};
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
    const { validateCheckReport } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(815), __nccwpck_require__.e(323), __nccwpck_require__.e(155), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6263));
    const checked = validateCheckReport(value);
    if (!checked.ok) {
        throw new errors/* TinySizeError */.kp(`${path} is not a tiny-size-gate report: ${checked.problems.slice(0, 3).join('; ')}`, { file: path, fix: 'write one with `tiny-size-gate check --json FILE`' });
    }
    return checked.report;
}

;// CONCATENATED MODULE: ./src/cli/check.ts


const checkCommand = {
    name: 'check',
    summary: 'Build or read every image of the budget file, measure it and gate it.',
    options: {
        config: { type: 'string', short: 'c', value: 'FILE', default: 'tiny-size.yml', help: 'the budget file' },
        image: {
            type: 'string',
            short: 'i',
            multiple: true,
            value: 'NAME',
            help: 'check only this image (comma-separated names too)',
        },
        json: (0,cli_command/* jsonOption */.Ec)('the report'),
        markdown: { type: 'string', short: 'm', value: 'FILE', help: 'write the Markdown report to FILE' },
        baseline: {
            type: 'string',
            short: 'b',
            value: 'FILE',
            help: 'a report (check --json) to gate growth against, as a pull request does',
        },
        quiet: { type: 'boolean', short: 'q', help: 'print only the verdict and what failed' },
        verbose: { type: 'boolean', short: 'v', help: 'print the build logs as they run' },
        'estimate-compressed': {
            type: 'boolean',
            help: "gzip a docker save archive's layers to estimate compressed and pull even when no budget needs them",
        },
    },
    details: `Registry credentials for registry: images come from ~/.docker/config.json, or the
environment's TINY_SIZE_GATE_REGISTRY_USERNAME and TINY_SIZE_GATE_REGISTRY_PASSWORD.
Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 an image could not be measured or a
usage or input error.`,
    async run(args, io) {
        // The engine and the reports load here, not at start-up, so `--version` and `--help` start
        // as fast as Node itself (`npm run bench -- --only startup`).
        const [{ runCheck }, { checkReport, renderCheckText, renderMarkdown, reportJsonChunks }] = await Promise.all([__nccwpck_require__.e(/* import() */ 146).then(__nccwpck_require__.bind(__nccwpck_require__, 6146)), Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(815), __nccwpck_require__.e(323), __nccwpck_require__.e(155), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6263))]);
        const quiet = (0,cli_command/* flag */.Jt)(args, 'quiet');
        // The growth gate on a laptop: a report (check --json) stands for the pull request's merge-base.
        const baselineFile = (0,cli_command/* stringValue */.r$)(args, 'baseline');
        const base = baselineFile ? await readReport(baselineFile) : undefined;
        const result = await runCheck({
            ...(base ? { baseline: base.images } : {}),
            estimateCompressed: (0,cli_command/* flag */.Jt)(args, 'estimate-compressed'),
            config: (0,cli_command/* stringValue */.r$)(args, 'config') ?? 'tiny-size.yml',
            images: (0,cli_command/* stringList */.Yn)(args, 'image')
                .flatMap((v) => v.split(','))
                .filter(Boolean),
            progress: stderrProgress(io, { quiet, verbose: (0,cli_command/* flag */.Jt)(args, 'verbose') }),
            registry: (0,cli_command/* registryCredentials */.Qn)(),
        });
        // Errors go to stderr, as every other error does; the report keeps them as rows too.
        for (const failed of result.failed ?? [])
            io.err(`tiny-size-gate: ${failed.image.name}: ${failed.message}\n`);
        const baseline = baselineFile ? { source: 'file', reason: baselineFile } : undefined;
        const report = checkReport(result, baseline);
        const json = (0,cli_command/* stringValue */.r$)(args, 'json');
        const markdown = (0,cli_command/* stringValue */.r$)(args, 'markdown');
        if (json)
            await (0,cli_command/* writeOutput */.zh)(json, reportJsonChunks(report), io);
        if (markdown)
            await (0,cli_command/* writeOutput */.zh)(markdown, renderMarkdown(report, baseline && base && { baseline, base }), io);
        if (json !== '-' && markdown !== '-') {
            const text = renderCheckText(report);
            // The verdict (and what failed) is the last paragraph of the text report.
            io.out(quiet ? `${text.slice(text.lastIndexOf('\n\n') + 2)}` : text);
        }
        return result.exitCode ?? result.verdict.exitCode;
    },
};
/** Phases on stderr; build logs only with --verbose (a failed build's error carries its last lines). */
function stderrProgress(io, { quiet = false, verbose = false } = {}) {
    return {
        async step(title, run) {
            if (!quiet)
                io.err(`▸ ${title}\n`);
            return run();
        },
        detail(line) {
            if (verbose)
                io.err(`  ${line}\n`);
        },
        warn(message) {
            io.err(`warning: ${message}\n`);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/accept.ts
/**
 * `tiny-size-gate accept [--config FILE] [--image NAME]... [--headroom 0B|5%]`: measures the images
 * and rewrites the budget file's budgets to the measured sizes (plus the headroom, rounded up),
 * changing no other byte of the file; prints the lines that changed. Exit 0.
 */






/** `0B`, `1kB`, `5%`: what `--headroom` takes. */
function parseHeadroom(text) {
    const percent = /^([0-9]+(?:\.[0-9]+)?)\s*%$/.exec(text.trim());
    if (percent)
        return { percent: Number(percent[1]) };
    try {
        return { bytes: (0,units/* parseSize */.DB)(text) };
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`--headroom ${text}: ${error.message}`, {
            fix: 'give a size (`0B`, `100B`, `1kB`) or a percentage (`5%`)',
        });
    }
}
const acceptCommand = {
    name: 'accept',
    summary: "Set the budget file's budgets to the measured sizes, changing no other byte of the file.",
    options: {
        config: { type: 'string', short: 'c', value: 'FILE', default: 'tiny-size.yml', help: 'the budget file' },
        image: { type: 'string', short: 'i', multiple: true, value: 'NAME', help: 'accept only this image' },
        headroom: {
            type: 'string',
            value: 'SIZE|N%',
            default: '0B',
            help: 'room above the measured size, rounded up (0B, 100B, 5%)',
        },
    },
    details: `Measures the images and sets their budgets to the measured sizes plus the headroom;
comments, key order, quoting and every other byte stay. Prints the lines that changed. Exit 0.`,
    run: (args, io) => accept({
        config: (0,cli_command/* stringValue */.r$)(args, 'config') ?? 'tiny-size.yml',
        image: (0,cli_command/* stringList */.Yn)(args, 'image'),
        headroom: (0,cli_command/* stringValue */.r$)(args, 'headroom') ?? '0B',
    }, io),
};
async function accept(values, io) {
    const [{ runCheck }, { acceptBudgets }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 146).then(__nccwpck_require__.bind(__nccwpck_require__, 6146)),
        Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(815), __nccwpck_require__.e(323), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7155)),
    ]);
    const headroom = parseHeadroom(values.headroom);
    const images = values.image.flatMap((v) => v.split(',')).filter(Boolean);
    const result = await runCheck({
        config: values.config,
        images,
        progress: stderrProgress(io, { quiet: false, verbose: false }),
        registry: (0,cli_command/* registryCredentials */.Qn)(),
    });
    const text = await (0,promises_.readFile)(values.config, 'utf8');
    const accepted = acceptBudgets(text, result.verdict.checks, { images, headroom });
    if (accepted.edits.length === 0) {
        io.out(`${values.config}: every budget already equals the measured size; nothing changed\n`);
        return errors/* ExitCode */.yU.ok;
    }
    await (0,atomic_write/* writeFileAtomic */.Z)(values.config, accepted.text);
    io.out(`${values.config}: ${accepted.edits.length} ${accepted.edits.length === 1 ? 'budget' : 'budgets'} set to the measured sizes\n${accepted.diff.join('\n')}\n`);
    return errors/* ExitCode */.yU.ok;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/builder-names.ts
var builder_names = __nccwpck_require__(721);
;// CONCATENATED MODULE: ./src/cli/build.ts
/**
 * `tiny-size-gate build`: any builder from the command line, written as an OCI layout or an OCI
 * archive, so a user can build, then `measure` or compare.
 *   tiny-size-gate build [--builder auto|native|docker|buildah] [-f Dockerfile] [--target T]
 *     [--build-arg K=V]... [--prebuild CMD]... [--from-stage-dir STAGE[:/PATH]=DIR]...
 *     [--platform P] --output oci:DIR|oci-archive:FILE CONTEXT
 */






function usage(message) {
    return (0,cli_command/* usageError */.Wp)(message, 'build');
}
function parseOutput(text) {
    const match = /^(oci|oci-archive):(.+)$/.exec(text);
    if (!match)
        throw usage(`--output ${text}: write oci:DIR or oci-archive:FILE`);
    return { kind: match[1], path: (0,external_node_path_.resolve)(match[2]) };
}
function pairs(values, flag) {
    const out = {};
    for (const value of values) {
        const at = value.indexOf('=');
        if (at <= 0)
            throw usage(`${flag} ${value}: write NAME=VALUE`);
        out[value.slice(0, at)] = value.slice(at + 1);
    }
    return out;
}
const buildCommand = {
    name: 'build',
    summary: 'Build an image with any builder and write it as an OCI layout or archive.',
    arguments: { name: 'CONTEXT', min: 1, max: 1 },
    options: {
        builder: {
            type: 'string',
            value: 'BUILDER',
            default: 'auto',
            choices: builder_names/* builders */.L,
            help: 'auto (native when the Dockerfile qualifies, else docker, else buildah), native, docker, buildah',
        },
        file: {
            type: 'string',
            short: 'f',
            value: 'DOCKERFILE',
            help: 'the Dockerfile (default CONTEXT/Dockerfile)',
        },
        target: { type: 'string', value: 'STAGE', help: 'the stage to build' },
        'build-arg': { type: 'string', multiple: true, value: 'NAME=VALUE', help: 'a build argument' },
        prebuild: {
            type: 'string',
            multiple: true,
            value: 'CMD',
            help: 'a command run in a copy of the context first (sh -c only when it needs a shell)',
        },
        'from-stage-dir': {
            type: 'string',
            multiple: true,
            value: 'STAGE[:/PATH]=DIR',
            help: 'map COPY --from=STAGE to a directory of the context (native builder)',
        },
        platform: { type: 'string', short: 'p', value: 'OS/ARCH', help: 'the platform to build' },
        output: {
            type: 'string',
            short: 'o',
            value: 'oci:DIR|oci-archive:FILE',
            help: 'where to write the image',
        },
        verbose: { type: 'boolean', short: 'v', help: 'print the build log as it runs' },
    },
    details: `The native builder needs no engine and is reproducible: the same context gives the same
manifest digest. Then \`tiny-size-gate measure oci:DIR\`.`,
    run: (args, io) => build(args, io),
};
async function build(args, io) {
    const [{ buildImage, writeOciArchive, writeViewAsOciLayout }, { withImage }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(217), __nccwpck_require__.e(690), __nccwpck_require__.e(425)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2690)),
        Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(775)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3775)),
    ]);
    const positionals = args.positionals;
    const output_ = (0,cli_command/* stringValue */.r$)(args, 'output');
    const values = {
        builder: (0,cli_command/* stringValue */.r$)(args, 'builder') ?? 'auto',
        file: (0,cli_command/* stringValue */.r$)(args, 'file'),
        target: (0,cli_command/* stringValue */.r$)(args, 'target'),
        'build-arg': (0,cli_command/* stringList */.Yn)(args, 'build-arg'),
        prebuild: (0,cli_command/* stringList */.Yn)(args, 'prebuild'),
        'from-stage-dir': (0,cli_command/* stringList */.Yn)(args, 'from-stage-dir'),
        platform: (0,cli_command/* stringValue */.r$)(args, 'platform'),
        output: output_,
        verbose: (0,cli_command/* flag */.Jt)(args, 'verbose'),
    };
    if (positionals.length !== 1)
        throw usage('build takes exactly one CONTEXT directory');
    if (!values.output)
        throw usage('build needs --output oci:DIR or oci-archive:FILE');
    const builder = values.builder;
    if (!builder_names/* builders */.L.includes(builder))
        throw usage(`--builder ${builder}: choose ${builder_names/* builders */.L.join(', ')}`);
    const output = parseOutput(values.output);
    await assertFreeOutput(output);
    const context = (0,external_node_path_.resolve)(positionals[0]);
    const spec = {
        kind: 'build',
        context,
        dockerfile: values.file ? (0,external_node_path_.resolve)(values.file) : (0,external_node_path_.join)(context, 'Dockerfile'),
        ...(values.target ? { target: values.target } : {}),
        buildArgs: pairs(values['build-arg'], '--build-arg'),
        ...(values.platform ? { platform: values.platform } : {}),
        builder: builder,
        ...(values.prebuild.length ? { prebuild: values.prebuild } : {}),
        ...(values['from-stage-dir'].length
            ? { fromStageDirs: pairs(values['from-stage-dir'], '--from-stage-dir') }
            : {}),
    };
    // Everything is written in a temporary directory first; the output appears whole or not at all.
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tiny-size-gate-build-'));
    try {
        const built = await buildImage(spec, {
            workDir,
            tag: 'tiny-size-gate/build:latest',
            onOutput: values.verbose ? (chunk) => io.err(chunk) : undefined,
        });
        const layout = built.source.kind === 'oci' ? built.source.path : (0,external_node_path_.join)(workDir, 'converted.oci');
        const open = { workDir, ...(spec.platform ? { platforms: [spec.platform] } : {}) };
        const digest = await withImage(built.source, open, async (view) => built.source.kind === 'oci'
            ? (view.platforms[0]?.manifestDescriptor.digest ?? '')
            : (await writeViewAsOciLayout(view, layout)).manifestDigest);
        if (output.kind === 'oci')
            await move(layout, output.path);
        else
            await writeOciArchive(layout, output.path);
        io.out(`built ${output.kind}:${output.path} with ${built.method}\nmanifest ${digest}\n`);
        return errors/* ExitCode */.yU.ok;
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** The output must not exist (an empty directory is fine for oci:), and its parent must. */
async function assertFreeOutput(output) {
    const entries = await (0,promises_.readdir)(output.path).catch((error) => error.code === 'ENOENT' ? undefined : error);
    if (entries === undefined) {
        const parent = await (0,promises_.readdir)((0,external_node_path_.dirname)(output.path)).catch(() => undefined);
        if (!parent)
            throw usage(`--output ${output.path}: the directory ${(0,external_node_path_.dirname)(output.path)} does not exist`);
        return;
    }
    if (output.kind === 'oci' && Array.isArray(entries) && entries.length === 0) {
        await (0,promises_.rm)(output.path, { recursive: true });
        return;
    }
    throw usage(`--output ${output.path} exists; tiny-size-gate does not overwrite it`);
}
/** rename, or copy when the temporary directory is on another file system. */
async function move(from, to) {
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        try {
            await (0,promises_.cp)(from, to, { recursive: true, errorOnExist: true, force: false });
        }
        catch (copyError) {
            await (0,promises_.rm)(to, { recursive: true, force: true });
            throw copyError;
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/completion.ts
/** `tiny-size-gate completion bash|zsh`: a completion script, made from the table of commands. */

const completionCommand = {
    name: 'completion',
    summary: 'Print a shell completion script: bash or zsh.',
    arguments: { name: 'SHELL', min: 1, max: 1 },
    options: {},
    details: `bash: eval "$(tiny-size-gate completion bash)" in ~/.bashrc
zsh:  eval "$(tiny-size-gate completion zsh)" in ~/.zshrc (after compinit)`,
    async run(args, io) {
        const shell = args.positionals[0];
        // Imported here: the table imports this command.
        const { commands } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 5198));
        if (shell === 'bash')
            io.out(bashCompletion(commands));
        else if (shell === 'zsh')
            io.out(zshCompletion(commands));
        else
            throw (0,cli_command/* usageError */.Wp)(`no completion for the shell \`${shell}\`; choose bash or zsh`, 'completion');
        return 0;
    },
};
function flagsOf(command) {
    return Object.entries({ ...command.options, help: cli_command/* helpOption */.hP }).flatMap(([name, spec]) => [
        `--${name}`,
        ...(spec.short ? [`-${spec.short}`] : []),
    ]);
}
/** Options whose values are files, completed as paths; choices completed as themselves. */
function valueWords(command) {
    return Object.entries(command.options).flatMap(([name, spec]) => spec.type === 'string' && spec.choices ? [[`--${name}`, spec.choices.join(' ')]] : []);
}
function bashCompletion(commands) {
    const cases = commands
        .map((command) => {
        const choices = valueWords(command)
            .map(([flag, words]) => `        ${flag}) COMPREPLY=($(compgen -W "${words}" -- "$cur")); return ;;`)
            .join('\n');
        return `    ${command.name})
      case "$prev" in
${choices ? `${choices}\n` : ''}      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${flagsOf(command).join(' ')}" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;`;
    })
        .join('\n');
    return `# bash completion for tiny-size-gate
_tiny_size_gate() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} help --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
}
complete -o filenames -F _tiny_size_gate tiny-size-gate
`;
}
function zshCompletion(commands) {
    const quote = (text) => text.replace(/'/g, "'\\''").replace(/([[\]:])/g, '\\$1');
    const functions = commands
        .map((command) => {
        const specs = Object.entries({ ...command.options, help: cli_command/* helpOption */.hP }).map(([name, spec]) => {
            const names = spec.short ? `'(-${spec.short} --${name})'{-${spec.short},--${name}}` : `'--${name}`;
            const tail = spec.short ? "'" : '';
            const value = spec.type === 'boolean'
                ? ''
                : `:${quote((0,cli_command/* optionSynopsis */.MW)(name, spec).split(' ').at(-1) ?? 'VALUE')}:${spec.choices ? `(${spec.choices.join(' ')})` : '_files'}`;
            return `    ${names}${tail}'[${quote(spec.help)}]${value}'`;
        });
        if (command.arguments)
            specs.push(`    '*:${command.arguments.name}:_files'`);
        return `_tiny_size_gate_${command.name}() {\n  _arguments \\\n${specs.join(' \\\n')}\n}`;
    })
        .join('\n\n');
    return `#compdef tiny-size-gate
# zsh completion for tiny-size-gate
${functions}

_tiny_size_gate() {
  local -a commands
  commands=(
${commands.map((c) => `    '${c.name}:${quote(c.summary)}'`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe command commands
  else
    local name=\${words[2]}
    (( $+functions[_tiny_size_gate_$name] )) && { shift words; (( CURRENT-- )); _tiny_size_gate_$name; }
  fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _tiny_size_gate "$@"; else compdef _tiny_size_gate tiny-size-gate; fi
`;
}

;// CONCATENATED MODULE: ./src/cli/diff.ts
/**
 * `tiny-size-gate diff A B [--platform P]... [--json [FILE]] [--fail-on-growth]`: two images (any
 * source `measure` takes) or two JSON reports (`check --json`, `measure --json`), compared per metric,
 * per layer and per file, largest change first: the tables the pull request comment prints. A is the
 * base, B the head. Exit 0, or 1 with --fail-on-growth when something grew.
 */





async function isReportFile(operand) {
    if (!operand.endsWith('.json'))
        return false;
    return (await (0,promises_.stat)(operand).catch(() => undefined))?.isFile() ?? false;
}
/** The images of one side: a report's, or the one image a source holds. */
async function side(operand, options) {
    if (await isReportFile(operand)) {
        let value;
        try {
            value = JSON.parse(await (0,promises_.readFile)(operand, 'utf8'));
        }
        catch (error) {
            throw new errors/* TinySizeError */.kp(`cannot read the report ${operand}`, {
                file: operand,
                cause: error,
                fix: 'write one with `tiny-size-gate check --json FILE` or `tiny-size-gate measure SOURCE --json FILE`',
            });
        }
        const { validateAnyReport } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(815), __nccwpck_require__.e(323), __nccwpck_require__.e(155), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6263));
        const checked = validateAnyReport(value);
        if (!checked.ok) {
            throw new errors/* TinySizeError */.kp(`${operand} is not a tiny-size-gate report: ${checked.problems.slice(0, 3).join('; ')}`, {
                file: operand,
                fix: 'write one with `tiny-size-gate check --json FILE` or `tiny-size-gate measure SOURCE --json FILE`',
            });
        }
        const { value: report } = checked;
        if (report.kind === 'measure')
            return [{ name: '', sizes: report.report.image }];
        return report.report.images.map(({ name, sizes }) => ({ name, sizes }));
    }
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tiny-size-gate-'));
    try {
        // Sources and measuring load here, not at start-up (the CLI's --version stays as fast as node).
        const [{ withImage, parseSourceRef }, { measureImage }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(775)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3775)),
            Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8323)),
        ]);
        const sizes = await withImage(parseSourceRef(operand), {
            ...(options.platforms.length ? { platforms: options.platforms } : {}),
            workDir,
            registry: options.registry,
        }, (view) => measureImage(view));
        return [{ name: '', sizes }];
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** Two single images pair whatever their names; several pair by name. */
function pairSingles(base, head) {
    const [b] = base;
    const [h] = head;
    if (base.length === 1 && head.length === 1 && b && h) {
        const name = h.name || b.name;
        return [[{ ...b, name }], [{ ...h, name }]];
    }
    return [base, head];
}
const diffCommand = {
    name: 'diff',
    summary: 'Compare two images or two JSON reports: per metric, layer and file, largest change first.',
    arguments: { name: 'A B', min: 2, max: 2 },
    options: {
        platform: (0,cli_command/* platformsOption */.YC)('compare only this platform'),
        json: (0,cli_command/* jsonOption */.Ec)('the comparison'),
        'fail-on-growth': { type: 'boolean', help: 'exit 1 when B is larger than A in any metric' },
        insecure: { type: 'boolean', help: 'allow plain HTTP to a registry that is not on loopback' },
    },
    details: `A and B are images (any SOURCE that measure takes) or reports written by check --json; A is
the base, B the head. Layers pair by diff_id, then by position; files by path. Exit 0, or 1 with
--fail-on-growth when anything grew.`,
    run: (args, io) => diff(args.positionals, {
        platforms: (0,cli_command/* stringList */.Yn)(args, 'platform'),
        json: (0,cli_command/* stringValue */.r$)(args, 'json'),
        failOnGrowth: (0,cli_command/* flag */.Jt)(args, 'fail-on-growth'),
        insecure: (0,cli_command/* flag */.Jt)(args, 'insecure'),
    }, io),
};
async function diff([a, b], values, io) {
    const json = values.json;
    const registry = (0,cli_command/* registryCredentials */.Qn)();
    const options = { platforms: values.platforms, registry: { ...registry, insecure: values.insecure } };
    const [base, head] = pairSingles(await side(a, options), await side(b, options));
    const [{ compareImages }, { comparisonGrew, renderDiffText, reportSchemaVersion }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(323), __nccwpck_require__.e(591)]).then(__nccwpck_require__.bind(__nccwpck_require__, 591)),
        Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(815), __nccwpck_require__.e(323), __nccwpck_require__.e(155), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6263)),
    ]);
    const comparison = compareImages(head, base);
    if (json !== undefined) {
        const text = `${JSON.stringify({ tool: 'tiny-size-gate', schemaVersion: reportSchemaVersion, base: a, head: b, ...comparison }, null, 2)}\n`;
        await (0,cli_command/* writeOutput */.zh)(json, text, io);
    }
    if (json === undefined || json !== '-')
        io.out(renderDiffText(comparison, { base: a, head: b }));
    return values.failOnGrowth && comparisonGrew(comparison) ? errors/* ExitCode */.yU.overBudget : errors/* ExitCode */.yU.ok;
}

;// CONCATENATED MODULE: ./src/cli/history.ts
/** `tiny-size-gate history [FILE|DIR]`: the size trend the action keeps in its data branch. */



const historyCommand = {
    name: 'history',
    summary: "Print the size trend per image from the action's history (its data branch).",
    arguments: { name: '[FILE|DIR]', min: 0, max: 1 },
    options: {
        last: { type: 'string', short: 'n', value: 'N', help: 'only the last N entries' },
        metric: { type: 'string', short: 'm', value: 'METRIC', help: 'the metric to chart (default files)' },
    },
    details: `FILE is a history.json; DIR a checkout of the data branch (default tiny-size-gate-data:
git worktree add data origin/tiny-size-gate-data). Default: the current directory.`,
    async run(args, io) {
        const { historyFileName, parseHistory, renderTrend } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6957));
        const given = args.positionals[0] ?? '.';
        const file = (await (0,promises_.stat)(given).catch(() => undefined))?.isDirectory()
            ? `${given}/${historyFileName}`
            : given;
        const text = await (0,promises_.readFile)(file, 'utf8').catch((cause) => {
            throw new errors/* TinySizeError */.kp(`cannot read the size history: ${cause.message}`, {
                file,
                fix: 'pass history.json, or a checkout of the data branch (git worktree add data origin/tiny-size-gate-data)',
            });
        });
        const lastText = (0,cli_command/* stringValue */.r$)(args, 'last');
        const last = lastText === undefined ? undefined : Number(lastText);
        if (last !== undefined && !(Number.isInteger(last) && last > 0))
            throw (0,cli_command/* usageError */.Wp)('--last takes a positive whole number', 'history');
        const metric = (0,cli_command/* stringValue */.r$)(args, 'metric');
        io.out(renderTrend(parseHistory(text, file), { format: 'text', last, metric }) || 'no entries\n');
        return 0;
    },
};

// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __nccwpck_require__(3985);
;// CONCATENATED MODULE: ./src/cli/init.ts
/**
 * `tiny-size-gate init`: finds the repository's Dockerfiles whose final stage is FROM scratch (all
 * of them with --all), builds and measures them, and writes a commented budget file whose budgets
 * are the measured sizes. It never overwrites a budget file.
 */








/** The budget file's schema, in the repository at this version's tag (what the README shows too). */
const schemaUrl = `https://raw.githubusercontent.com/org/tiny-size-gate/v${version/* version */.r}/schema/tiny-size.schema.json`;
const skipped = new Set(['node_modules', 'dist', 'vendor', 'target']);
const initCommand = {
    name: 'init',
    summary: 'Write a tiny-size.yml for the FROM scratch images of this repository, at their measured sizes.',
    options: {
        config: {
            type: 'string',
            short: 'c',
            value: 'FILE',
            default: 'tiny-size.yml',
            help: 'the budget file to write (never overwritten)',
        },
        all: {
            type: 'boolean',
            short: 'a',
            help: 'every Dockerfile, not only those whose final stage is FROM scratch',
        },
        'build-arg': {
            type: 'string',
            multiple: true,
            value: 'NAME=VALUE',
            help: 'a build arg, given to each Dockerfile that declares it (kept in the file)',
        },
    },
    details: `Dockerfiles are found under the current directory (Dockerfile, Containerfile, *.Dockerfile;
not in hidden folders, node_modules or dist). Each image is named after its folder.`,
    async run(args, io) {
        const config = (0,external_node_path_.resolve)((0,cli_command/* stringValue */.r$)(args, 'config') ?? 'tiny-size.yml');
        if (await exists(config)) {
            throw new errors/* TinySizeError */.kp(`${(0,external_node_path_.relative)(process.cwd(), config)} exists; init never overwrites a budget file`, {
                file: config,
                fix: 'edit it, or run `tiny-size-gate accept` to set its budgets to the measured sizes, or choose another name with --config',
            });
        }
        const buildArgs = parseBuildArgs((0,cli_command/* stringList */.Yn)(args, 'build-arg'));
        const found = await findDockerfiles(process.cwd());
        const chosen = found.filter((candidate) => (0,cli_command/* flag */.Jt)(args, 'all') || candidate.scratch);
        if (!chosen.length) {
            throw new errors/* TinySizeError */.kp(found.length
                ? `none of the ${found.length} Dockerfile(s) found ends in a FROM scratch stage`
                : 'no Dockerfile found under the current directory', {
                fix: found.length
                    ? 'run `tiny-size-gate init --all` to budget them anyway'
                    : 'run init at the root of the repository',
            });
        }
        const images = nameImages(chosen, (0,external_node_path_.dirname)(config)).map((image) => ({
            ...image,
            buildArgs: Object.fromEntries(Object.entries(buildArgs).filter(([name]) => image.args.includes(name))),
        }));
        // Measured through the engine `check` uses, from a budget file with no budgets, in a temporary folder.
        const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tiny-size-gate-init-'));
        try {
            const draft = (0,external_node_path_.join)(work, 'tiny-size.yml');
            await (0,promises_.writeFile)(draft, renderBudgetFile(images, new Map(), (0,external_node_path_.dirname)(draft), (0,external_node_path_.dirname)(config)));
            const { runCheck } = await __nccwpck_require__.e(/* import() */ 146).then(__nccwpck_require__.bind(__nccwpck_require__, 6146));
            const result = await runCheck({
                config: draft,
                progress: stderrProgress(io),
                registry: (0,cli_command/* registryCredentials */.Qn)(),
            });
            for (const failed of result.failed ?? [])
                io.err(`tiny-size-gate: ${failed.image.name}: ${failed.message}\n`);
            const sizes = new Map(result.measured.map(({ image, sizes }) => [image.name, sizes.platforms[0]?.sizes]));
            const measured = images.filter((image) => sizes.get(image.name));
            if (!measured.length)
                return 2;
            await (0,promises_.writeFile)(config, renderBudgetFile(measured, sizes, (0,external_node_path_.dirname)(config), (0,external_node_path_.dirname)(config)), {
                flag: 'wx',
            });
            io.out(`wrote ${(0,external_node_path_.relative)(process.cwd(), config)}: ${measured.map((image) => `${image.name} (${(0,units/* formatExact */.Bo)(sizes.get(image.name)?.files.bytes ?? 0)})`).join(', ')}\n`);
            return result.failed?.length ? 2 : 0;
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    },
};
function parseBuildArgs(values) {
    return Object.fromEntries(values.map((value) => {
        const at = value.indexOf('=');
        if (at < 1)
            throw (0,cli_command/* usageError */.Wp)(`--build-arg ${value}: expected NAME=VALUE`, 'init');
        return [value.slice(0, at), value.slice(at + 1)];
    }));
}
const dockerfileName = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/i;
/** Dockerfiles under `root`, in path order, with whether their last stage is FROM scratch. */
async function findDockerfiles(root) {
    const found = [];
    async function walk(dir) {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.') && !skipped.has(entry.name))
                    await walk((0,external_node_path_.join)(dir, entry.name));
            }
            else if (entry.isFile() && dockerfileName.test(entry.name)) {
                const path = (0,external_node_path_.join)(dir, entry.name);
                const { readDockerfile } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(217), __nccwpck_require__.e(690), __nccwpck_require__.e(425)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2690));
                const facts = readDockerfile(await (0,promises_.readFile)(path, 'utf8'));
                const last = facts.stages.at(-1);
                if (!last)
                    continue;
                found.push({
                    path,
                    scratch: last.base.toLowerCase() === 'scratch',
                    args: facts.args.map((a) => a.name),
                });
            }
        }
    }
    await walk(root);
    return found;
}
/** Each image named after its folder (the file's name too when a folder has several), unique. */
function nameImages(found, configDir) {
    const used = new Set();
    return found.map((dockerfile) => {
        const folder = (0,external_node_path_.basename)((0,external_node_path_.dirname)(dockerfile.path)) || (0,external_node_path_.basename)(configDir) || 'image';
        const sameFolder = found.filter((other) => (0,external_node_path_.dirname)(other.path) === (0,external_node_path_.dirname)(dockerfile.path)).length > 1;
        const base = sameFolder && (0,external_node_path_.basename)(dockerfile.path) !== 'Dockerfile'
            ? `${folder}-${(0,external_node_path_.basename)(dockerfile.path).replace(/^(Dockerfile|Containerfile)\.?|\.?(Dockerfile|Containerfile)$/gi, '')}`
            : folder;
        let name = base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-') || 'image';
        for (let n = 2; used.has(name); n++)
            name = `${base}-${n}`;
        used.add(name);
        return { ...dockerfile, name };
    });
}
/** The budget file: a header, then per image its build and budgets at the measured sizes. */
function renderBudgetFile(images, sizes, writtenIn, shownFrom) {
    const lines = [
        `# yaml-language-server: $schema=${schemaUrl}`,
        `# Written by \`tiny-size-gate init\` (${version/* version */.r}): each budget is the size measured when it ran,`,
        '# so any byte more fails `tiny-size-gate check`. Sizes: B, kB = 1000 B, KiB = 1024 B.',
        'images:',
    ];
    for (const image of images) {
        const at = (path) => (0,external_node_path_.relative)(writtenIn, path) || '.';
        const context = (0,external_node_path_.dirname)(image.path);
        lines.push(`  ${image.name}:`);
        lines.push(`    context: ${yamlString(writtenIn === shownFrom ? at(context) : context)}`);
        if ((0,external_node_path_.basename)(image.path) !== 'Dockerfile')
            lines.push(`    dockerfile: ${yamlString(writtenIn === shownFrom ? at(image.path) : image.path)}`);
        const args = Object.entries(image.buildArgs ?? {});
        if (args.length) {
            lines.push('    build-args:');
            for (const [name, value] of args)
                lines.push(`      ${name}: ${yamlString(value)}`);
        }
        const measured = sizes.get(image.name);
        if (measured) {
            lines.push('    budget:', `      files: ${measured.files.bytes}B # regular files in all layers`, `      layers: ${measured.layers}`, '    growth: 0B # allowed increase over a pull request’s merge-base');
        }
    }
    return `${lines.join('\n')}\n`;
}
/** A plain scalar when YAML reads it back as the same string, else JSON (which YAML reads too). */
function yamlString(value) {
    return /^[A-Za-z0-9_./@-][A-Za-z0-9_./@:+-]*$/.test(value) &&
        !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
        ? value
        : JSON.stringify(value);
}
async function exists(path) {
    return (0,promises_.readFile)(path).then(() => true, (error) => error.code !== 'ENOENT');
}

;// CONCATENATED MODULE: ./src/cli/measure.ts
/** `tiny-size-gate measure SOURCE`: one image's sizes, no budget. */


const measureCommand = {
    name: 'measure',
    summary: 'Measure one image: files, tar, compressed, pull, layers, and the largest files.',
    arguments: { name: 'SOURCE', min: 1, max: 1 },
    options: {
        platform: (0,cli_command/* platformsOption */.YC)('measure only this platform'),
        json: (0,cli_command/* jsonOption */.Ec)('the report'),
        'all-files': { type: 'boolean', short: 'a', help: 'list every file, not only the 10 largest' },
        'manifest-only': {
            type: 'boolean',
            help: 'the manifests only (compressed, pull, layers), no layer read: an OCI layout or archive, or a registry',
        },
        insecure: { type: 'boolean', help: 'allow plain HTTP to a registry that is not on loopback' },
        'estimate-compressed': {
            type: 'boolean',
            help: "gzip a docker save archive's layers to estimate compressed and pull (on by default up to 32 MiB)",
        },
    },
    details: `SOURCE is oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF (the local engine),
registry:REF or docker://REF (a registry), or a path (an OCI layout directory or an archive) or a
reference in the local engine. Registry credentials: ~/.docker/config.json, or the environment's
TINY_SIZE_GATE_REGISTRY_USERNAME and TINY_SIZE_GATE_REGISTRY_PASSWORD.`,
    async run(args, io) {
        // Sources, measuring and reports load here, not at start-up (see check.ts).
        const [{ measureImage }, { measureReport, renderSizesText, reportJsonChunks }, { withImage, parseSourceRef },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8323)),
            Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(339), __nccwpck_require__.e(815), __nccwpck_require__.e(323), __nccwpck_require__.e(155), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6263)),
            Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(775)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3775)),
        ]);
        const source = parseSourceRef(args.positionals[0]);
        const platforms = (0,cli_command/* stringList */.Yn)(args, 'platform');
        const manifestOnly = (0,cli_command/* flag */.Jt)(args, 'manifest-only');
        if (manifestOnly)
            refuseWithoutManifests(source);
        const sizes = await withImage(source, {
            ...(platforms.length ? { platforms } : {}),
            manifestOnly,
            registry: { ...(0,cli_command/* registryCredentials */.Qn)(), insecure: (0,cli_command/* flag */.Jt)(args, 'insecure') },
        }, (view) => measureImage(view, { estimateCompressed: (0,cli_command/* flag */.Jt)(args, 'estimate-compressed') }));
        const json = (0,cli_command/* stringValue */.r$)(args, 'json');
        if (json)
            await (0,cli_command/* writeOutput */.zh)(json, reportJsonChunks(measureReport(sizes)), io);
        if (json !== '-')
            io.out(renderSizesText(sizes, { allFiles: (0,cli_command/* flag */.Jt)(args, 'all-files') }));
        return 0;
    },
};
/**
 * `--manifest-only` reads the sizes the manifests record: an OCI layout or archive and a registry
 * have such manifests. A `docker save` archive has none (its manifest.json lists layer files, not
 * sizes, and the layers are stored uncompressed), and the local engine is read through one.
 */
function refuseWithoutManifests(source) {
    const why = "a docker save archive's manifest.json lists its layer files but not their sizes, and stores the layers uncompressed, so no manifest gives compressed or pull";
    if (source.kind === 'docker-archive') {
        throw new errors/* TinySizeError */.kp(`--manifest-only cannot measure docker-archive:${source.path}: ${why}`, {
            file: source.path,
            fix: 'measure it without --manifest-only (compressed and pull are then estimated from its layers), or measure the pushed image with registry:REF --manifest-only',
        });
    }
    if (source.kind === 'docker') {
        throw new errors/* TinySizeError */.kp(`--manifest-only cannot measure ${source.reference} in the local engine: the engine hands its images over as docker save archives, and ${why}`, {
            fix: source.orRegistry
                ? `read it from its registry: registry:${source.reference} --manifest-only; or measure it without --manifest-only`
                : 'measure it without --manifest-only, or measure the pushed image with registry:REF --manifest-only',
        });
    }
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * The table of commands. Adding one: write src/cli/<name>.ts exporting a Command (see command.ts),
 * import it here and add it to the list; help, did-you-mean and shell completion follow.
 */









const commands = [
    checkCommand,
    measureCommand,
    diffCommand,
    acceptCommand,
    initCommand,
    buildCommand,
    badgeCommand,
    historyCommand,
    completionCommand,
];


/***/ }),

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ version)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts

/** The package's version, read from package.json when the bundle is made. */
const version = package_namespaceObject.rE;


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   dE: () => (/* binding */ formatPlace),
/* harmony export */   kp: () => (/* binding */ TinySizeError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
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

/***/ 1996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ formatExact),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Gt: () => (/* binding */ acceptedSizes),
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   Ze: () => (/* binding */ formatSignedExact),
/* harmony export */   ux: () => (/* binding */ minusSign),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports sizeUnits, sizePattern, formatBytesIEC */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * Sizes with units, both ways: parsing what a user writes in the budget file, and printing what
 * reports show. Units as Docker prints them (DESIGN.md, "Sizes: the contract"):
 *
 *   B = 1, kB = 1000, MB = 10^6, GB = 10^9 (SI, what `docker images` shows)
 *   KiB = 1024, MiB = 2^20, GiB = 2^30 (IEC)
 *
 * Case carries meaning: `KB`, `kb`, `Kb`, `K`, `mb`, ... are refused because people use them for
 * both 1000 and 1024, and a budget at this scale cannot be off by 2.4%. The error names kB and KiB.
 * Lowercase `b` is bits in network speak, so it is refused too.
 */

const sizeUnits = {
    B: 1n,
    kB: 1000n,
    MB: 1000n ** 2n,
    GB: 1000n ** 3n,
    KiB: 1024n,
    MiB: 1024n ** 2n,
    GiB: 1024n ** 3n,
};
/** What a size may look like, for messages and the JSON Schema. */
const acceptedSizes = 'whole bytes (62) or a number with a unit: 62B, 6kB, 1.5MB, 4KiB (kB, MB, GB: 1000^n B; KiB, MiB, GiB: 1024^n B)';
/** The pattern of a size string (the number may be fractional when the unit makes it whole bytes). */
const sizePattern = '^[0-9]+(\\.[0-9]+)?\\s*(B|kB|MB|GB|KiB|MiB|GiB)?$';
const sizeSyntax = /^([+-]?)([0-9]+)(?:\.([0-9]+))?\s*([A-Za-z]*)$/;
/** Units people write that mean two things (or bits): what to write instead. */
function suggestUnit(unit) {
    const lower = unit.toLowerCase();
    if (lower === 'b')
        return '`B` (bytes)';
    const prefix = lower.replace(/i?b$/, '');
    const si = { k: 'kB', m: 'MB', g: 'GB' }[prefix];
    const iec = { k: 'KiB', m: 'MiB', g: 'GiB' }[prefix];
    if (si && iec)
        return `\`${si}\` (${sizeUnits[si]} B) or \`${iec}\` (${sizeUnits[iec]} B)`;
    return undefined;
}
function sizeError(value, problem, fix = `write ${acceptedSizes}`) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TinySizeError */ .kp(`invalid size ${JSON.stringify(value)}: ${problem}`, { fix });
}
/**
 * Bytes from `62`, `62B`, `6kB`, `6 kB`, `1.5MB`, `4KiB`, `2MiB`, `0B`. A bare number is bytes.
 * Throws a TinySizeError without a place (the caller knows the file and line) when the value is
 * negative, not a whole number of bytes, too large, or has a unit that is not listed above.
 */
function parseSize(value) {
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            throw sizeError(value, 'not a number');
        if (value < 0)
            throw sizeError(value, 'a size cannot be negative');
        if (!Number.isInteger(value)) {
            throw sizeError(value, 'a bare number is bytes and must be whole; add a unit (1.5kB) for fractions');
        }
        if (!Number.isSafeInteger(value))
            throw sizeError(value, 'too large');
        return value;
    }
    const match = sizeSyntax.exec(value.trim());
    if (!match) {
        // `1,000B` or `1_000B`: digit groups are not part of a size; say what to write.
        const ungrouped = value.trim().replace(/(?<=\d)[,_ ](?=\d{3}\b|\d{3}[,_ \D])/g, '');
        if (ungrouped !== value.trim() && sizeSyntax.test(ungrouped))
            throw sizeError(value, 'digits may not be grouped', `write ${JSON.stringify(ungrouped)}`);
        throw sizeError(value, 'not a size');
    }
    const [, sign = '', whole = '', fraction = '', unitText = ''] = match;
    if (sign === '-')
        throw sizeError(value, 'a size cannot be negative');
    const unit = unitText === '' ? 'B' : unitText;
    if (!Object.hasOwn(sizeUnits, unit)) {
        const suggestion = suggestUnit(unit);
        throw sizeError(value, suggestion ? `\`${unit}\` is ambiguous` : `unknown unit \`${unit}\``, suggestion ? `write ${suggestion}` : undefined);
    }
    // Exact decimal arithmetic: 1.5kB is 1500 B, not 1499.9999.
    const scale = 10n ** BigInt(fraction.length);
    const numerator = (BigInt(whole) * scale + BigInt(fraction || '0')) * sizeUnits[unit];
    if (numerator % scale !== 0n) {
        throw sizeError(value, `${value.trim()} is not a whole number of bytes`);
    }
    const bytes = numerator / scale;
    if (bytes > BigInt(Number.MAX_SAFE_INTEGER))
        throw sizeError(value, 'too large');
    return Number(bytes);
}
/**
 * Three significant digits without trailing zeros, moving up a unit when rounding reaches the base.
 * Halves round up on the exact decimal value (6345 B is 6.35 kB), where Go's %.3g, which Docker
 * uses, rounds the binary float and may print 6.34 kB: reports print the exact bytes beside it.
 */
function humanize(bytes, base, units) {
    if (!Number.isFinite(bytes))
        return `${bytes} B`;
    const magnitude = Math.abs(bytes);
    let index = 0;
    while (magnitude >= base ** (index + 1) && index < units.length - 1)
        index++;
    if (index === 0)
        return `${bytes} ${units[0]}`;
    let divisor = base ** index;
    let decimals = Math.max(0, 3 - String(Math.floor(magnitude / divisor)).length);
    let rounded = Math.round((magnitude / divisor) * 10 ** decimals);
    if (base === 1000 && Number.isInteger(magnitude)) {
        // Exact for SI: divisor / 10^decimals is a whole power of ten.
        rounded = Math.round(magnitude / (divisor / 10 ** decimals));
    }
    // 999.6 kB rounds to 1000 kB: print 1 MB instead, as a person would.
    if (rounded / 10 ** decimals >= base && index < units.length - 1) {
        index++;
        divisor = base ** index;
        decimals = 2;
        rounded = Math.round((magnitude / divisor) * 100);
    }
    const text = String(rounded / 10 ** decimals);
    return `${bytes < 0 ? '-' : ''}${text} ${units[index]}`;
}
const siUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
const iecUnits = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']));
/** The human form Docker prints, SI with three significant digits: `62 B`, `6.34 kB`, `13.2 MB`. */
function formatBytes(bytes) {
    return humanize(bytes, 1000, siUnits);
}
/** The IEC form: `1 KiB`, `6.19 KiB`, `2 MiB`. */
function formatBytesIEC(bytes) {
    return humanize(bytes, 1024, iecUnits);
}
/** Digits grouped by thousands with commas, independent of the locale: `6,340`. */
function groupDigits(value) {
    const digits = String(Math.abs(Math.trunc(value)));
    return (value < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** Exact bytes: `6,340 B`, `62 B`. */
function formatExact(bytes) {
    return `${groupDigits(bytes)} B`;
}
/** The minus sign of typeset text; a hyphen looks like a dash in tables. */
const minusSign = '\u2212';
function signOf(delta) {
    return delta > 0 ? '+' : delta < 0 ? minusSign : '\u00b1';
}
/** A delta in human form: `+12 B`, `−1.02 kB`, `±0 B`. */
function formatSigned(delta) {
    return `${signOf(delta)}${formatBytes(Math.abs(delta))}`;
}
/** A delta in exact bytes: `+12 B`, `−1,020 B`, `±0 B`. */
function formatSignedExact(delta) {
    return `${signOf(delta)}${formatExact(Math.abs(delta))}`;
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

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __nccwpck_require__(3567);
// EXTERNAL MODULE: ./src/cli/commands.ts + 9 modules
var commands = __nccwpck_require__(5198);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __nccwpck_require__(3985);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI: the same engine as the action, for a laptop or any CI. The commands are in
 * src/cli/commands.ts, one file each; this file dispatches, prints help and turns errors into
 * messages and exit codes.
 *
 * Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 usage or input error.
 */





function usage(list = commands.commands) {
    const width = Math.max(...list.map((command) => command.name.length));
    return `tiny-size-gate ${version/* version */.r}: gate container image sizes against a committed budget, exact to the byte.

Usage: tiny-size-gate COMMAND [options]

Commands:
${list.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run \`tiny-size-gate COMMAND --help\` for a command's options.
  -h, --help     show this help
  -V, --version  print the version

Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 a usage or input error, or an image
that could not be measured.`;
}
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
    const [name, ...rest] = argv;
    switch (name) {
        case '--version':
        case '-V':
        case '-v':
            io.out(`${version/* version */.r}\n`);
            return errors/* ExitCode */.yU.ok;
        case undefined:
        case '--help':
        case '-h':
            io.out(`${usage()}\n`);
            return name === undefined ? errors/* ExitCode */.yU.usage : errors/* ExitCode */.yU.ok;
        case 'help': {
            // `help measure` is `measure --help`.
            if (rest[0] === undefined) {
                io.out(`${usage()}\n`);
                return errors/* ExitCode */.yU.ok;
            }
            return dispatch([rest[0], '--help'], io);
        }
    }
    const command = commands.commands.find((candidate) => candidate.name === name);
    if (!command) {
        const guess = (0,cli_command/* suggest */.ZA)(name, commands.commands.map((candidate) => candidate.name));
        throw (0,cli_command/* usageError */.Wp)(`unknown command \`${name}\`${guess ? `; did you mean \`${guess}\`?` : ''}`);
    }
    const args = (0,cli_command/* parseCommandArgs */.Qx)(command, rest);
    if (args.values.help) {
        io.out((0,cli_command/* commandHelp */.bD)(command));
        return errors/* ExitCode */.yU.ok;
    }
    return command.run(args, io);
}

;// CONCATENATED MODULE: ./src/cli/bin.ts

void main(process.argv.slice(2));

