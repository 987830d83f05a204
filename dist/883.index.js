export const id = 883;
export const ids = [883];
export const modules = {

/***/ 51883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   acquireImage: () => (/* binding */ acquireImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _builders_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67628);
/* harmony import */ var _builders_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42690);
/* harmony import */ var _source_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53775);
/**
 * Acquire: turn one image of the budget file into an ImageView, by building it or by reading an
 * image that exists. Everything after this step sees only the view.
 */





async function acquireImage(image, options) {
    const workDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'tiny-size-gate-'));
    let view;
    const dispose = async () => {
        try {
            await view?.close();
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(workDir, { recursive: true, force: true });
        }
    };
    try {
        const { source } = image;
        if (source.kind !== 'build') {
            view = await (0,_source_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openImage */ .UY)(source, {
                platforms: image.platforms,
                workDir,
                registry: options.registry,
            });
            return { view, method: `read from ${view.source}`, dispose };
        }
        const spec = {
            ...source,
            buildArgs: (0,_builders_index_js__WEBPACK_IMPORTED_MODULE_4__/* .expandBuildArgs */ .c)(source.buildArgs, process.env, {
                file: options.budgetFile,
                image: image.name,
            }),
        };
        const built = await (0,_builders_index_js__WEBPACK_IMPORTED_MODULE_5__/* .buildImage */ ._w)(spec, {
            workDir,
            budgetFile: options.budgetFile,
            tag: `tiny-size-gate/${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:latest`,
            onOutput: (chunk) => {
                for (const line of chunk.split('\n'))
                    if (line.trim())
                        options.progress.detail(line);
            },
        });
        view = await (0,_source_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openImage */ .UY)(built.source, { platforms: image.platforms, workDir });
        // The archive is a temporary file; what the user knows is the Dockerfile it came from.
        return {
            view: { ...view, source: `build:${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(process.cwd(), spec.dockerfile) || spec.dockerfile}` },
            method: `built with ${built.method}`,
            dispose,
        };
    }
    catch (error) {
        await dispose();
        throw error;
    }
}


/***/ })

};
