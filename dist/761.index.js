export const id = 761;
export const ids = [761];
export const modules = {

/***/ 53761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ checkSentence)
/* harmony export */ });
/* unused harmony exports plainStyle, amountOf */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);

const plainStyle = { name: (text) => text, code: (text) => `\`${text}\`` };
/** `7,500 B`, or `2 layers` for the layer count. */
function amountOf(metric, value) {
    if (metric === 'layers')
        return `${value} ${Math.abs(value) === 1 ? 'layer' : 'layers'}`;
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatExact */ .Bo)(value);
}
function listed(names, style) {
    return names?.length ? names.map(style.name).join(', ') : 'none';
}
function platformSentence(check, style) {
    const it = `(it has ${listed(check.measured, style)})`;
    // ['images', name, 'platforms', index]: a platform `platforms:` selects that the image lacks.
    if (check.keyPath[2] === 'platforms')
        return `the image has no such platform ${it}; fix ${style.code('platforms:')}`;
    const why = check.unselected
        ? `${style.code('platforms:')} does not select it (${listed(check.selects, style)}); add it there or remove this budget`
        : `the image has no such platform ${it}; fix the platform or remove this budget`;
    return `the budget for this platform guards nothing: ${why}`;
}
function growthSentence(check, style) {
    const { metric } = check;
    const what = style.code(metric);
    if (check.delta <= 0) {
        const by = metric === 'layers' ? `${check.delta}` : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedExact */ .Ze)(check.delta);
        return `${what} did not grow (${by} to ${amountOf(metric, check.actual)})`;
    }
    const grew = metric === 'layers'
        ? `grew by ${amountOf(metric, check.delta)} to ${amountOf(metric, check.actual)}`
        : `grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedExact */ .Ze)(check.delta)} to ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatExact */ .Bo)(check.actual)}`;
    const allowance = 'percent' in check.allowance
        ? `${check.allowance.percent}% of ${amountOf(metric, check.base)} = +${amountOf(metric, check.allowed)}`
        : `+${amountOf(metric, check.allowed)}`;
    const estimated = check.estimated ? ' (estimated)' : '';
    if (check.status !== 'over-allowance')
        return `${what} ${grew}${estimated}, within the allowed growth of ${allowance}`;
    const label = check.overridden ? '; allowed by the override label' : '';
    return `${what} ${grew}${estimated}, ${amountOf(metric, check.exceedance)} over the allowed growth of ${allowance}${label}`;
}
/** The check in one sentence: `http (linux/amd64): `files` is 992 B, 1 B over the budget of 991 B`. */
function checkSentence(check, style = plainStyle) {
    const where = `${style.name(check.image)} (${style.name(check.platform)})`;
    switch (check.kind) {
        case 'platform':
            return `${where}: ${platformSentence(check, style)}`;
        case 'presence': {
            const what = check.scope;
            return check.status === 'new'
                ? `${where}: new ${what}, not in the baseline`
                : `${where}: ${what} in the baseline only`;
        }
        case 'growth':
            return `${where}: ${growthSentence(check, style)}`;
        case 'reproducible':
            // The reproducibility gate words its own finding (the first layer and files that differ).
            return check.status === 'ok'
                ? `${where}: reproducible, ${check.builds.length} builds gave one digest`
                : `${where}: not reproducible: ${style.name(check.message ?? 'the builds gave different digests')}`;
        default: {
            const metric = check.kind === 'metric' ? check.metric : 'path';
            const what = style.code(check.kind === 'path' ? check.pattern : metric);
            if (check.status === 'no-match')
                return `${where}: no file matches ${what}; if it was renamed or removed, update or remove this budget`;
            const estimated = check.estimated ? ' (estimated)' : '';
            const is = `${what} is ${amountOf(metric, check.actual)}${estimated}`;
            if (check.status === 'ok')
                return `${where}: ${is}, within the budget of ${amountOf(metric, check.limit)}`;
            return `${where}: ${is}, ${amountOf(metric, check.exceedance)} over the budget of ${amountOf(metric, check.limit)}`;
        }
    }
}


/***/ }),

/***/ 61996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
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


/***/ })

};
