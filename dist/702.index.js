export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The GitHub REST client: @actions/github's Octokit (REST methods, pagination, the runner's
 * proxy) with bounded retries of server errors and rate limits. No request logging: a logged
 * request could carry the token.
 */



// Client errors are answers, not accidents; rate limits are the throttling plugin's to retry.
const doNotRetry = [400, 401, 403, 404, 410, 422, 429, 451];
function createOctokit(options) {
    const warn = options.warn ?? (() => { });
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries || retryAfter > maxWait) {
            warn(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries (asked to wait ${retryAfter} s)`);
            return false;
        }
        warn(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl || 'https://api.github.com',
        log: { debug: () => { }, info: () => { }, warn, error: warn },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            doNotRetry,
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
