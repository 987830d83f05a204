export const id = 425;
export const ids = [425];
export const modules = {

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   IB: () => (/* binding */ readJsonBlob),
/* harmony export */   _A: () => (/* binding */ defaultJsonCap),
/* harmony export */   a9: () => (/* binding */ assertVerifiableDigest),
/* harmony export */   dH: () => (/* binding */ parseJsonDocument),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   zr: () => (/* binding */ verified)
/* harmony export */ });
/* unused harmony exports DigestVerifier, issuePath, formatIssues, readJsonBlobWithBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3048);
/**
 * Digests: verifying blob bytes as they stream, and reading small JSON documents safely
 * (size-capped, digest-checked, schema-validated).
 * https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests
 */




/** Manifests, indexes and configs are small; anything bigger than this is refused unread. */
const defaultJsonCap = 4 * 1024 * 1024;
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Where a blob lives in an OCI layout: `blobs/sha256/ab12…`. */
function blobPath(digest) {
    const colon = digest.indexOf(':');
    return `blobs/${digest.slice(0, colon)}/${digest.slice(colon + 1)}`;
}
/** Throws unless the digest is a well-formed sha256 digest, the only algorithm verified. */
function assertVerifiableDigest(digest, place = {}) {
    if (_types_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Pattern */ .G4.test(digest))
        return;
    const algorithm = digest.includes(':') ? digest.slice(0, digest.indexOf(':')) : '';
    if (algorithm && algorithm !== 'sha256') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp(`unsupported digest algorithm "${algorithm}" in ${digest}: only sha256 is verified`, {
            ...place,
            fix: 'Write the image with sha256 digests (the default of docker, buildah and skopeo).',
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp(`malformed digest "${digest}": expected sha256: and 64 lowercase hex digits`, {
        ...place,
        fix: 'The image metadata is damaged: produce the image again.',
    });
}
const mismatchFix = 'The file was changed or damaged after it was written: produce the image again (docker save, skopeo copy, buildah push).';
/**
 * A pass-through stream that hashes bytes as they flow and errors when the byte count or the
 * sha256 digest differ from the descriptor. It errors as soon as too many bytes arrive.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    descriptor;
    place;
    #hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    #bytes = 0;
    constructor(descriptor, place) {
        super();
        this.descriptor = descriptor;
        this.place = place;
        assertVerifiableDigest(descriptor.digest, place);
    }
    _transform(chunk, _encoding, callback) {
        this.#bytes += chunk.length;
        if (this.#bytes > this.descriptor.size) {
            callback(this.#mismatch(`more than the ${this.descriptor.size} bytes its descriptor declares`));
            return;
        }
        this.#hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.#bytes !== this.descriptor.size) {
            callback(this.#mismatch(`${this.#bytes} bytes, but its descriptor declares ${this.descriptor.size}`));
            return;
        }
        const actual = `sha256:${this.#hash.digest('hex')}`;
        if (actual !== this.descriptor.digest) {
            callback(this.#mismatch(`bytes that hash to ${actual}`));
            return;
        }
        callback();
    }
    #mismatch(what) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp(`blob ${this.descriptor.digest} does not match its digest: it holds ${what}`, {
            ...this.place,
            fix: mismatchFix,
        });
    }
}
/** Pipes a raw blob stream through a verifier, carrying errors of the raw stream over. */
function verified(raw, descriptor, place) {
    const verifier = new DigestVerifier(descriptor, place);
    raw.on('error', (error) => verifier.destroy(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp
        ? error
        : new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp(`cannot read blob ${descriptor.digest}: ${error.message}`, {
            ...place,
            cause: error,
        })));
    // A consumer that stops early destroys the verifier: release the raw stream's file too.
    verifier.on('close', () => raw.destroy());
    return raw.pipe(verifier);
}
/** Reads a whole stream, refusing more than `cap` bytes. */
async function readCapped(stream, cap, place, what) {
    const chunks = [];
    let length = 0;
    for await (const chunk of stream) {
        length += chunk.length;
        if (length > cap) {
            stream.destroy();
            throw tooLarge(what, `more than ${cap}`, cap, place);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, length);
}
function tooLarge(what, size, cap, place) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp(`${what} is ${size} bytes, over the ${cap}-byte limit for JSON documents`, {
        ...place,
        fix: 'This is not a plain image document; check that the source is an image produced by docker, buildah or skopeo.',
    });
}
/** "layers[0].digest" from a zod issue path; "(top level)" for the document itself. */
function issuePath(path) {
    let text = '';
    for (const key of path) {
        if (typeof key === 'number')
            text += `[${key}]`;
        else
            text += text ? `.${String(key)}` : String(key);
    }
    return text || '(top level)';
}
/** One line per zod issue: `field layers[0].digest: not a digest…`. */
function formatIssues(error) {
    return error.issues.map((issue) => `field ${issuePath(issue.path)}: ${issue.message}`).join('; ');
}
/** Parses bytes as JSON and validates them, naming the document and the failing fields. */
function parseJsonDocument(bytes, schema, what, place) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp(`${what} is not valid JSON: ${error.message}`, {
            ...place,
            cause: error,
            fix: 'The image metadata is damaged or is not an image document: produce the image again.',
        });
    }
    const result = schema.safeParse(value);
    if (!result.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TinySizeError */ .kp(`${what} does not match its schema: ${formatIssues(result.error)}`, {
            ...place,
            cause: result.error,
            fix: 'The document is damaged or is not an OCI/Docker image document: produce the image again.',
        });
    }
    return result.data;
}
/**
 * Reads a small JSON blob: refuses it when the descriptor (or the bytes) exceed the cap, checks
 * its digest and size, parses and validates it against the schema.
 */
async function readJsonBlob(blobs, descriptor, schema, options = {}) {
    return (await readJsonBlobWithBytes(blobs, descriptor, schema, options)).value;
}
/** Like readJsonBlob, also returning the exact bytes (a manifest's bytes are part of `pull`). */
async function readJsonBlobWithBytes(blobs, descriptor, schema, options = {}) {
    const cap = options.cap ?? defaultJsonCap;
    const what = `${options.what ?? 'document'} ${descriptor.digest}`;
    const place = { ...options.place, within: options.place?.within ?? blobPath(descriptor.digest) };
    if (descriptor.size > cap)
        throw tooLarge(what, String(descriptor.size), cap, place);
    const raw = await readCapped(await blobs.open(descriptor), cap, place, what);
    return { value: parseJsonDocument(raw, schema, what, place), raw };
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   GY: () => (/* binding */ isSchema1Manifest),
/* harmony export */   Hs: () => (/* binding */ sniffCompression),
/* harmony export */   IW: () => (/* binding */ isLayer),
/* harmony export */   Yh: () => (/* binding */ isManifest),
/* harmony export */   _m: () => (/* binding */ isImageConfig),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   sJ: () => (/* binding */ isForeignLayer),
/* harmony export */   us: () => (/* binding */ documentMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/**
 * Media types of OCI and Docker v2 schema 2 documents and blobs, and how to classify them.
 * OCI: https://github.com/opencontainers/image-spec/blob/main/media-types.md
 * Docker: https://distribution.github.io/distribution/spec/manifest-v2-2/
 */
const MediaType = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociForeignLayer: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
    ociForeignLayerGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    ociForeignLayerZstd: 'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestV1: 'application/vnd.docker.distribution.manifest.v1+json',
    dockerManifestV1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    /** Not in Docker's spec, but what containerd and Docker use for an uncompressed layer (docker save). */
    dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerLayerZstd: 'application/vnd.docker.image.rootfs.diff.tar.zstd',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const layerCompressions = {
    [MediaType.ociLayer]: 'none',
    [MediaType.ociLayerGzip]: 'gzip',
    [MediaType.ociLayerZstd]: 'zstd',
    [MediaType.ociForeignLayer]: 'none',
    [MediaType.ociForeignLayerGzip]: 'gzip',
    [MediaType.ociForeignLayerZstd]: 'zstd',
    [MediaType.dockerLayer]: 'none',
    [MediaType.dockerLayerGzip]: 'gzip',
    [MediaType.dockerLayerZstd]: 'zstd',
    [MediaType.dockerForeignLayerGzip]: 'gzip',
};
const foreignLayers = new Set([
    MediaType.ociForeignLayer,
    MediaType.ociForeignLayerGzip,
    MediaType.ociForeignLayerZstd,
    MediaType.dockerForeignLayerGzip,
]);
/** An image index or a Docker manifest list: a list of manifests, one per platform. */
function isIndex(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
/** An image manifest (OCI or Docker v2 schema 2): a config and layers. */
function isManifest(mediaType) {
    return mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;
}
/** Docker's v2 schema 1 manifests, which carry no config blob and are not read. */
function isSchema1Manifest(mediaType) {
    return mediaType === MediaType.dockerManifestV1 || mediaType === MediaType.dockerManifestV1Signed;
}
/** The config of a runnable image; anything else in a manifest's config is an artifact. */
function isImageConfig(mediaType) {
    return mediaType === MediaType.ociConfig || mediaType === MediaType.dockerConfig;
}
/** Any known layer media type (tar, gzip, zstd; distributable or not). */
function isLayer(mediaType) {
    return mediaType !== undefined && mediaType in layerCompressions;
}
/** Foreign (non-distributable) layers: registries may not hold their bytes, only `urls`. */
function isForeignLayer(mediaType) {
    return mediaType !== undefined && foreignLayers.has(mediaType);
}
/** How a layer blob is compressed; undefined for a media type that is not a known layer. */
function layerCompression(mediaType) {
    return mediaType === undefined ? undefined : layerCompressions[mediaType];
}
/**
 * Compression told by a blob's first bytes: gzip (1f 8b), zstd (28 b5 2f fd), else none.
 * Media types can lie: skopeo labels the uncompressed layers of a docker-archive source tar+gzip
 * when copying with --dest-oci-accept-uncompressed-layers, so readers of layer bytes should sniff.
 */
function sniffCompression(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd)
        return 'zstd';
    return 'none';
}
/**
 * The media type of an index or manifest document: its own `mediaType` field, else `hint` (the
 * descriptor's or a Content-Type) when that names a manifest type, else its shape (OCI documents
 * may omit the field). Undefined when the bytes are not JSON.
 */
function documentMediaType(bytes, hint) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof value?.mediaType === 'string')
        return value.mediaType;
    const type = hint?.split(';')[0]?.trim();
    if (type && (isIndex(type) || isManifest(type) || isSchema1Manifest(type)))
        return type;
    return Array.isArray(value?.manifests) ? MediaType.ociIndex : MediaType.ociManifest;
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   G4: () => (/* binding */ sha256Pattern),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   K8: () => (/* binding */ ImageConfig),
/* harmony export */   My: () => (/* binding */ OciLayoutFile),
/* harmony export */   kV: () => (/* binding */ DockerArchiveManifest),
/* harmony export */   nU: () => (/* binding */ ImageManifest),
/* harmony export */   yd: () => (/* binding */ ImageIndex)
/* harmony export */ });
/* unused harmony exports digestPattern, Digest, Platform, Descriptor, HistoryEntry */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * The OCI image spec's documents, as zod schemas: the single place where JSON from an image is
 * trusted. Docker's v2 schema 2 documents share these shapes and differ only in media types.
 * Unknown fields pass through (the spec says implementations MUST ignore them).
 */

/** https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests */
const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** Registered algorithms we verify: https://github.com/opencontainers/image-spec/blob/main/descriptor.md#registered-algorithms */
const sha256Pattern = /^sha256:[a-f0-9]{64}$/;
const Digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(digestPattern, 'not a digest of the form algorithm:encoded');
/** https://github.com/opencontainers/image-spec/blob/main/image-index.md#image-index-property-descriptions (platform) */
const Platform = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    architecture: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    os: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    'os.version': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    'os.features': zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    variant: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    features: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/descriptor.md#properties */
const Descriptor = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    mediaType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    digest: Digest,
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    urls: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    annotations: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    artifactType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    platform: Platform.optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/manifest.md#image-manifest-property-descriptions */
const ImageManifest = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(2),
    mediaType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    artifactType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    config: Descriptor,
    layers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Descriptor),
    subject: Descriptor.optional(),
    annotations: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/image-index.md#image-index-property-descriptions */
const ImageIndex = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(2),
    mediaType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    artifactType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    manifests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Descriptor),
    subject: Descriptor.optional(),
    annotations: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/config.md#properties */
const HistoryEntry = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    created: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    author: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    created_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    comment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    empty_layer: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
});
const ImageConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    created: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    author: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    architecture: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    os: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    'os.version': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    'os.features': zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    variant: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    config: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).nullable().optional(),
    rootfs: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('layers'),
        diff_ids: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Digest),
    }),
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(HistoryEntry).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/image-layout.md#oci-layout-file */
const OciLayoutFile = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ imageLayoutVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
/** The legacy `docker save` manifest.json: one entry per image. */
const DockerArchiveManifest = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    Config: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    RepoTags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).nullable().optional(),
    Layers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    LayerSources: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), Descriptor).optional(),
}));
/** `linux/arm64/v8` from a platform object. */
function platformString(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** `linux/arm64` matches any variant; `linux/arm64/v8` also matches an arm64 image with no variant. */
function platformMatches(wanted, platform) {
    const [os, architecture, variant] = wanted.split('/');
    if (os !== platform.os || architecture !== platform.architecture)
        return false;
    if (variant === undefined || variant === platform.variant)
        return true;
    return architecture === 'arm64' && variant === 'v8' && platform.variant === undefined;
}


/***/ })

};
