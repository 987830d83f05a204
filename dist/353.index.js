export const id = 353;
export const ids = [353];
export const modules = {

/***/ 72353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBudgetFile: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_0__.E8)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57481);
/** The budget file: schema, loading with positions. */






/***/ }),

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


/***/ })

};
