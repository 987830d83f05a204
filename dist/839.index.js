export const id = 839;
export const ids = [839];
export const modules = {

/***/ 63839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   badgeFigure: () => (/* binding */ badgeFigure),
/* harmony export */   renderBadgeSvg: () => (/* binding */ renderBadgeSvg),
/* harmony export */   shieldsEndpoint: () => (/* binding */ shieldsEndpoint)
/* harmony export */ });
/* unused harmony exports badgeStyles, badgeStyle */
/* harmony import */ var badge_maker__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68833);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66832);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _gate_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55619);
/* harmony import */ var _gate_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67155);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35670);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61996);
/**
 * Release badges from a JSON report: one figure of one image and platform, as an SVG drawn by
 * shields' own badge-maker, or as the JSON a shields.io endpoint badge reads
 * (https://shields.io/badges/endpoint-badge), so a README can show the size a release measured.
 */






const badgeStyles = (/* unused pure expression or super */ null && (['flat', 'flat-square', 'plastic', 'for-the-badge', 'social']));
const listed = (names) => names.map((name) => `\`${name}\``).join(', ');
/** The figure a badge shows, with its color from the report's budget checks. */
function badgeFigure(report, options) {
    const metric = metricNamed(options.metric);
    const image = imageNamed(report, options.image);
    const platform = platformOf(report, image, options.platform);
    const figure = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .metricFigure */ .lg)(platform, metric);
    const human = metric === 'layers' ? String(figure.bytes) : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(figure.bytes);
    return {
        label: options.label ?? `${image.name} ${metric}`,
        message: figure.estimated ? `~${human}` : human,
        color: budgetColor(report, image.name, platform.platform, metric),
        bytes: figure.bytes,
        ...(figure.estimated ? { estimated: figure.estimated } : {}),
        image: image.name,
        platform: platform.platform,
        metric,
    };
}
function metricNamed(name) {
    if (_metrics_js__WEBPACK_IMPORTED_MODULE_3__/* .metrics */ .qd.includes(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TinySizeError */ .kp(`unknown metric \`${name}\``, { fix: `use one of ${listed(_metrics_js__WEBPACK_IMPORTED_MODULE_3__/* .metrics */ .qd)}` });
}
function imageNamed(report, name) {
    const image = report.images.find((candidate) => candidate.name === name);
    if (image)
        return image;
    const names = report.images.map((candidate) => candidate.name);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TinySizeError */ .kp(`no image \`${name}\` in the report`, {
        file: report.config,
        within: 'images',
        fix: names.length
            ? `use one of ${listed(names)}`
            : 'the report measured no image; run the check on a budget file with images',
    });
}
function platformOf(report, image, wanted) {
    const measured = image.sizes.platforms;
    const names = measured.map((platform) => platform.platform);
    const place = { file: report.config, within: `images.${image.name}` };
    if (wanted === undefined) {
        const [only] = measured;
        if (only && measured.length === 1)
            return only;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TinySizeError */ .kp(measured.length
            ? `image \`${image.name}\` has ${measured.length} platforms; a badge shows one`
            : `image \`${image.name}\` has no measured platform`, { ...place, fix: measured.length ? `name one of ${listed(names)}` : 'measure the image again' });
    }
    const exact = measured.find((platform) => platform.platform === wanted);
    if (exact)
        return exact;
    const matching = measured.filter((platform) => (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_5__/* .platformIs */ .U)(wanted, platform.platform));
    const [match] = matching;
    if (match && matching.length === 1)
        return match;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TinySizeError */ .kp(matching.length
        ? `platform \`${wanted}\` matches ${matching.length} platforms of image \`${image.name}\``
        : `image \`${image.name}\` has no platform \`${wanted}\``, { ...place, fix: `name one of ${listed(matching.length ? matching.map((p) => p.platform) : names)}` });
}
function budgetColor(report, image, platform, metric) {
    const budgets = report.checks.filter((check) => check.kind === 'metric' &&
        check.image === image &&
        check.platform === platform &&
        check.metric === metric);
    if (budgets.length === 0)
        return 'blue';
    return budgets.some(_gate_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isFailure */ .N6) ? 'red' : 'brightgreen';
}
/** A style from a command line, checked. */
function badgeStyle(name) {
    if (badgeStyles.includes(name))
        return name;
    throw new TinySizeError(`unknown badge style \`${name}\``, { fix: `use one of ${listed(badgeStyles)}` });
}
/** The badge as SVG; badge-maker escapes the label and the message. */
function renderBadgeSvg(figure, style = 'flat') {
    return (0,badge_maker__WEBPACK_IMPORTED_MODULE_0__/* .makeBadge */ .O)({
        label: figure.label,
        message: styledMessage(figure, style),
        color: figure.color,
        style,
    });
}
/**
 * `for-the-badge` writes its text in capitals, which would turn `6.34 kB` into `KB`, the unit this
 * tool refuses (it means 1000 or 1024 to different people): that style shows exact bytes instead.
 */
function styledMessage(figure, style) {
    if (style !== 'for-the-badge' || figure.metric === 'layers')
        return figure.message;
    return `${figure.estimated ? '~' : ''}${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatExact */ .Bo)(figure.bytes)}`;
}
/** The JSON a shields.io endpoint badge reads: serve it and point `?url=` at it. */
function shieldsEndpoint(figure) {
    return { schemaVersion: 1, label: figure.label, message: figure.message, color: figure.color };
}


/***/ })

};
