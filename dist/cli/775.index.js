export const id = 775;
export const ids = [775,425];
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


/***/ }),

/***/ 3775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ImageNotInEngine: () => (/* reexport */ ImageNotInEngine),
  RegistryHttpError: () => (/* reexport */ RegistryHttpError),
  describeSource: () => (/* binding */ describeSource),
  looksLikeImageReference: () => (/* binding */ looksLikeImageReference),
  openImage: () => (/* binding */ openImage),
  parseSourceRef: () => (/* binding */ parseSourceRef),
  withImage: () => (/* binding */ withImage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(8825);
;// CONCATENATED MODULE: ./src/oci/image.ts

/**
 * A blob the source does not hold (a missing file, a registry's 404). The walker catches it to
 * name the index that lists the blob.
 */
class BlobNotFound extends errors/* TinySizeError */.kp {
}

;// CONCATENATED MODULE: ./src/oci/platform-image.ts

function platformOfConfig(config) {
    const platform = { architecture: config.architecture, os: config.os };
    if (config.variant)
        platform.variant = config.variant;
    if (config['os.version'])
        platform['os.version'] = config['os.version'];
    return platform;
}
function platformImage(parts, place) {
    const { manifest, config } = parts;
    const diffIds = config.rootfs.diff_ids;
    if (diffIds.length !== manifest.layers.length) {
        throw new errors/* TinySizeError */.kp(`manifest ${parts.manifestDescriptor.digest} lists ${manifest.layers.length} layers but its config ${manifest.config.digest} has ${diffIds.length} rootfs.diff_ids`, { ...place, fix: 'The image is inconsistent: build or save it again.' });
    }
    // History entries with empty_layer made no layer: the others pair with layers in order.
    const makers = (config.history ?? [])
        .filter((entry) => !entry.empty_layer)
        .map((entry) => entry.created_by);
    const layers = manifest.layers.map((descriptor, i) => {
        const layer = { descriptor, diffId: diffIds[i] };
        const createdBy = makers.length === manifest.layers.length ? makers[i] : undefined;
        if (createdBy !== undefined)
            layer.createdBy = createdBy;
        return layer;
    });
    const image = {
        platform: parts.declaredPlatform ?? platformOfConfig(config),
        manifestDescriptor: parts.manifestDescriptor,
        manifest,
        configDescriptor: manifest.config,
        config,
        layers,
    };
    if (parts.synthesized)
        image.synthesized = parts.synthesized;
    return image;
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/walk.ts






/** Indexes below the root index: more is a malformed (or hostile) image. */
const maxIndexDepth = 8;
const refNameAnnotation = 'org.opencontainers.image.ref.name';
const containerdNameAnnotation = 'io.containerd.image.name';
const referenceTypeAnnotation = 'vnd.docker.reference.type';
/** Why an index entry is not a runnable platform, or undefined when it may be one. */
function skipReason(descriptor) {
    if (descriptor.annotations?.[referenceTypeAnnotation] === 'attestation-manifest') {
        return `attestation manifest for ${descriptor.annotations['vnd.docker.reference.digest'] ?? 'an image'}`;
    }
    if (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown') {
        return 'platform unknown/unknown (an attestation or other non-runnable manifest)';
    }
    if ((0,media_types/* isSchema1Manifest */.GY)(descriptor.mediaType))
        return 'Docker v2 schema 1 manifest (not supported)';
    if (!(0,media_types/* isIndex */.nw)(descriptor.mediaType) && !(0,media_types/* isManifest */.Yh)(descriptor.mediaType)) {
        return `not an image manifest (media type ${descriptor.mediaType})`;
    }
    return undefined;
}
/** The names an index entry carries: containerd's full name first (ref.name is often just the tag). */
function referencesOf(descriptor) {
    const annotations = descriptor.annotations ?? {};
    return [annotations[containerdNameAnnotation], annotations[refNameAnnotation]].filter((name) => Boolean(name));
}
/** `app:1` names `docker.io/library/app:1` too, as Docker writes short names. */
function referenceMatches(wanted, name) {
    return name === wanted || name === `docker.io/library/${wanted}` || name === `docker.io/${wanted}`;
}
/** The view in manifest-only mode: its blob store refuses layers, so none is transferred. */
function manifestOnlyView(view) {
    const { blobs, source } = view;
    return {
        ...view,
        manifestOnly: true,
        blobs: {
            async open(descriptor) {
                if ((0,media_types/* isLayer */.IW)(descriptor.mediaType)) {
                    throw new errors/* TinySizeError */.kp(`manifest-only mode reads no layer, but layer ${descriptor.digest} was asked for`, {
                        file: source,
                        within: `blob ${descriptor.digest}`,
                        fix: 'Measure without manifest-only to count files and tar bytes.',
                    });
                }
                return blobs.open(descriptor);
            },
        },
    };
}
async function walkImage(blobs, root, options) {
    const { source } = options;
    const place = { file: options.file ?? source };
    const view = {
        source,
        references: [...(options.references ?? [])],
        platforms: [],
        skipped: [],
        blobs,
    };
    const wanted = options.platforms;
    /** Platforms found but not asked for, for the message when none is left. */
    const others = [];
    const seen = new Set();
    /** A document's bytes: size-capped and digest-checked; a missing one names the index that lists it. */
    const readBytes = async (descriptor, parent) => {
        const what = `document ${descriptor.digest}`;
        const within = { ...place, within: (0,digest/* blobPath */.nD)(descriptor.digest) };
        if (descriptor.size > digest/* defaultJsonCap */._A) {
            throw new errors/* TinySizeError */.kp(`${what} is ${descriptor.size} bytes, over the ${digest/* defaultJsonCap */._A}-byte limit for JSON documents`, { ...within, fix: 'This is not a plain image document; check that the source is an image.' });
        }
        try {
            return await (0,digest/* readCapped */.EF)(await blobs.open(descriptor), digest/* defaultJsonCap */._A, within, what);
        }
        catch (error) {
            if (!(error instanceof BlobNotFound) || parent === undefined)
                throw error;
            const platform = descriptor.platform ? ` (${(0,types/* platformString */.Fd)(descriptor.platform)})` : '';
            throw new errors/* TinySizeError */.kp(`the image index ${parent} lists manifest ${descriptor.digest}${platform}, which ${options.holder} does not have`, {
                ...place,
                within: `index ${parent}`,
                cause: error,
                fix: 'The index is incomplete (a platform was deleted or never pushed): push the whole image again (or copy it whole: skopeo copy --all), e.g. buildah manifest push --all or docker buildx build --push.',
            });
        }
    };
    const parse = (raw, descriptor, schema, what, isRoot) => isRoot && root.document
        ? (0,digest/* parseJsonDocument */.dH)(raw, schema, root.document, { ...place, within: root.document })
        : (0,digest/* parseJsonDocument */.dH)(raw, schema, `${what} ${descriptor.digest}`, {
            ...place,
            within: (0,digest/* blobPath */.nD)(descriptor.digest),
        });
    const readImage = async (descriptor, raw, isRoot) => {
        const manifest = parse(raw, descriptor, types/* ImageManifest */.nU, 'manifest', isRoot);
        if (!(0,media_types/* isImageConfig */._m)(manifest.config.mediaType)) {
            return `an artifact, not a runnable image (config media type ${manifest.config.mediaType})`;
        }
        const config = await (0,digest/* readJsonBlob */.IB)(blobs, manifest.config, types/* ImageConfig */.K8, { what: 'image config', place });
        return platformImage({ manifestDescriptor: descriptor, manifest, config, declaredPlatform: descriptor.platform }, place);
    };
    const visit = async (descriptor, parent, depth) => {
        const isRoot = depth === 0;
        if (seen.has(descriptor.digest))
            return;
        seen.add(descriptor.digest);
        const reason = isRoot ? undefined : skipReason(descriptor);
        if (reason) {
            view.skipped.push({ descriptor, reason });
            return;
        }
        // Asked for other platforms: an entry that declares its platform is not even fetched.
        const declared = descriptor.platform;
        if (wanted &&
            declared &&
            (0,media_types/* isManifest */.Yh)(descriptor.mediaType) &&
            !wanted.some((w) => (0,types/* platformMatches */.J5)(w, declared))) {
            others.push((0,types/* platformString */.Fd)(declared));
            return;
        }
        const raw = isRoot && root.bytes ? root.bytes : await readBytes(descriptor, parent);
        // The schema check that follows names the fault of bytes that are not JSON.
        const mediaType = (0,media_types/* documentMediaType */.us)(raw, descriptor.mediaType) ?? descriptor.mediaType;
        const actual = { ...descriptor, mediaType };
        if ((0,media_types/* isIndex */.nw)(mediaType)) {
            if (depth > maxIndexDepth) {
                throw new errors/* TinySizeError */.kp(`image indexes nest deeper than ${maxIndexDepth} levels`, {
                    ...place,
                    within: `index ${descriptor.digest}`,
                    fix: 'The image index is malformed: write or push the image again.',
                });
            }
            const index = parse(raw, actual, types/* ImageIndex */.yd, 'image index', isRoot);
            const entries = isRoot && root.document ? chooseReferences(index.manifests) : index.manifests;
            // A named root file (index.json) is not a blob: a missing entry is reported by the blob store.
            const listedBy = isRoot && root.document ? undefined : descriptor.digest;
            for (const entry of entries)
                await visit(entry, listedBy, depth + 1);
            return;
        }
        if (!(0,media_types/* isManifest */.Yh)(mediaType)) {
            view.skipped.push({
                descriptor,
                reason: skipReason(actual) ?? `not an image manifest (media type ${mediaType})`,
            });
            return;
        }
        const image = await readImage(actual, raw, isRoot);
        if (typeof image === 'string')
            view.skipped.push({ descriptor, reason: image });
        else
            view.platforms.push(image);
    };
    /** The root index's entries: all, or those named `options.reference`; several named images need a name. */
    const chooseReferences = (entries) => {
        const named = (entry) => referencesOf(entry).slice(0, 1);
        const found = [...new Set(entries.flatMap(named))];
        const sourceFor = options.sourceFor ?? ((ref) => ref);
        const wantedRef = options.reference;
        if (wantedRef !== undefined) {
            const chosen = entries.filter((entry) => referencesOf(entry).some((n) => referenceMatches(wantedRef, n)));
            if (chosen.length === 0) {
                throw new errors/* TinySizeError */.kp(`${source} holds no image named ${wantedRef}; it holds: ${found.join(', ') || 'no named image'}`, {
                    ...place,
                    fix: found.length
                        ? `Name one of them: ${found.map(sourceFor).join(', ')}.`
                        : 'Name no reference: the images in it carry no org.opencontainers.image.ref.name.',
                });
            }
            view.references = [...new Set([...view.references, ...chosen.flatMap(named)])];
            return chosen;
        }
        view.references = [...new Set([...view.references, ...found])];
        // Names given to different manifests are different images: measuring them as one would mix them.
        const digestsByName = new Map();
        for (const entry of entries)
            for (const name of named(entry))
                digestsByName.set(name, (digestsByName.get(name) ?? new Set()).add(entry.digest));
        const images = new Set([...digestsByName.values()].map((digests) => [...digests].sort().join(' ')));
        if (images.size > 1) {
            throw new errors/* TinySizeError */.kp(`${source} holds ${found.length} images (${found.join(', ')}); name the one to measure`, {
                ...place,
                fix: `Write one of: ${found.map(sourceFor).join(', ')}.`,
            });
        }
        return entries;
    };
    await visit(root.descriptor, undefined, 0);
    return settleView(view, wanted, others, { ...place, within: root.document });
}
/**
 * The checks every view passes before it is measured: a runnable image, one for each platform
 * asked for, and one image per platform.
 */
function settleView(view, wanted, others = [], place = { file: view.source }) {
    const source = view.source;
    if (wanted) {
        for (const image of view.platforms)
            if (!wanted.some((w) => (0,types/* platformMatches */.J5)(w, image.platform)))
                others.push((0,types/* platformString */.Fd)(image.platform));
        view.platforms = view.platforms.filter((image) => wanted.some((w) => (0,types/* platformMatches */.J5)(w, image.platform)));
    }
    if (view.platforms.length === 0 && others.length > 0) {
        const has = [...new Set(others)].join(', ');
        const asked = (wanted ?? []).join(', ');
        throw new errors/* TinySizeError */.kp(`${source} has no image for ${asked}; it has: ${has}`, {
            file: source,
            fix: `Measure one of the platforms it has (${has}), or build or push the image for ${asked}.`,
        });
    }
    if (view.platforms.length === 0) {
        const skipped = view.skipped.map((s) => `${s.descriptor.digest}: ${s.reason}`).join('; ');
        throw new errors/* TinySizeError */.kp(`${source} holds no runnable image${skipped ? ` (skipped ${skipped})` : ''}`, {
            file: source,
            fix: 'Point at an image, not an artifact or attestation.',
        });
    }
    const byPlatform = new Map();
    for (const image of view.platforms) {
        const key = [(0,types/* platformString */.Fd)(image.platform), image.platform['os.version'] ?? ''].join(' ');
        const other = byPlatform.get(key);
        if (other && other !== image.manifestDescriptor.digest) {
            throw new errors/* TinySizeError */.kp(`${place.file ?? source} holds more than one image for ${(0,types/* platformString */.Fd)(image.platform)} (${other} and ${image.manifestDescriptor.digest}; references: ${view.references.join(', ') || 'none'})`, {
                ...place,
                fix: 'Keep one image per platform: name one reference (oci:DIR:REF), or copy one image out with skopeo copy oci:DIR:REF oci:NEWDIR.',
            });
        }
        byPlatform.set(key, image.manifestDescriptor.digest);
    }
    return view;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/source/tar-index.ts
/**
 * Indexes a tar archive by walking its headers once, seeking over the data, so blobs can be
 * served with ranged reads without extracting anything. Reads ustar, pax (path, linkpath, size)
 * and GNU long names. https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html
 */


const block = 512;
/** Pax and GNU long-name records hold names: anything larger is not an image archive. */
const maxMetadataSize = 1024 * 1024;
/** An image archive holds a few files per layer; a million-entry tar is something else (or hostile). */
const maxArchiveEntries = 100_000;
/** `./a//b/` → `a/b`; `..` components are kept (and never match a blob). */
function normaliseTarName(name) {
    const parts = [];
    for (const part of name.split('/')) {
        if (part === '' || part === '.')
            continue;
        parts.push(part);
    }
    return parts.join('/');
}
function cString(buf, start, length) {
    const slice = buf.subarray(start, start + length);
    const end = slice.indexOf(0);
    return slice.subarray(0, end === -1 ? slice.length : end).toString('utf8');
}
/**
 * Octal, or base-256 when the high bit of the first byte is set (GNU, for sizes ≥ 8 GiB).
 * Undefined for anything that is not a whole number from 0 to 2^53 - 1: a negative base-256
 * value (its second-highest bit set) or one too large to be exact is refused, never rounded.
 */
function numeric(buf, start, length) {
    const field = buf.subarray(start, start + length);
    if (((field[0] ?? 0) & 0x80) !== 0) {
        if (((field[0] ?? 0) & 0x40) !== 0)
            return undefined;
        let value = (field[0] ?? 0) & 0x3f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return Number.isSafeInteger(value) ? value : undefined;
    }
    const text = cString(buf, start, length).trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        return undefined;
    const value = Number.parseInt(text, 8);
    return Number.isSafeInteger(value) ? value : undefined;
}
/** A pax `size` record: decimal digits only (no sign, point or exponent), exact as a number. */
function paxSize(text) {
    if (text === undefined)
        return undefined;
    if (!/^[0-9]{1,16}$/.test(text))
        return 'invalid';
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : 'invalid';
}
function checksumMatches(header) {
    const stored = numeric(header, 148, 8);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < block; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    return stored === unsigned || stored === signed;
}
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = Number.parseInt(data.subarray(at, space).toString('utf8'), 10);
        if (!Number.isFinite(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals > 0)
            records[record.slice(0, equals)] = record.slice(equals + 1);
        at += length;
    }
    return records;
}
function entryType(flag) {
    if (flag === '0' || flag === '\0' || flag === '' || flag === '7')
        return 'file';
    if (flag === '5')
        return 'directory';
    if (flag === '2')
        return 'symlink';
    if (flag === '1')
        return 'hardlink';
    return 'other';
}
/** Walks every header of the tar open on `fd`. Throws a TinySizeError for a non-tar or truncated file. */
function indexTar(fd, file) {
    const total = (0,external_node_fs_.fstatSync)(fd).size;
    const entries = new Map();
    const header = Buffer.alloc(block);
    const notTar = (detail) => new errors/* TinySizeError */.kp(`${file} is not a tar archive: ${detail}`, {
        file,
        fix: 'Name an image archive written by docker save, skopeo copy or buildah push (oci-archive: or docker-archive:), or an OCI layout directory.',
    });
    const truncated = (detail) => new errors/* TinySizeError */.kp(`${file} is truncated: ${detail} (the file has ${total} bytes)`, {
        file,
        fix: 'The archive was cut short (an interrupted download, copy or save): write it again.',
    });
    if (total === 0)
        throw notTar('the file is empty');
    if (total < block)
        throw notTar(`it holds ${total} bytes, fewer than one tar header`);
    let position = 0;
    let pending = {};
    let global = {};
    for (;;) {
        if (position + block > total) {
            throw truncated(position === total
                ? 'it ends without the end-of-archive marker'
                : `the header at byte ${position} is incomplete`);
        }
        (0,external_node_fs_.readSync)(fd, header, 0, block, position);
        if (header.every((byte) => byte === 0))
            break;
        if (!checksumMatches(header)) {
            throw position === 0
                ? notTar('its first 512 bytes are not a tar header')
                : notTar(`the header at byte ${position} has a bad checksum (damaged file?)`);
        }
        const flag = String.fromCharCode(header[156] ?? 0);
        const headerSize = numeric(header, 124, 12);
        if (headerSize === undefined)
            throw notTar(`the header at byte ${position} has an unreadable size`);
        const size = pending.size ?? headerSize;
        const offset = position + block;
        if (offset + size > total) {
            throw truncated(`the entry at byte ${position} declares ${size} bytes of data that are not all there`);
        }
        const metadata = flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K';
        if (metadata && size > maxMetadataSize) {
            throw notTar(`the ${flag} record at byte ${position} holds ${size} bytes, over the ${maxMetadataSize}-byte limit`);
        }
        const readData = () => {
            const data = Buffer.alloc(size);
            (0,external_node_fs_.readSync)(fd, data, 0, size, offset);
            return data;
        };
        if (flag === 'x') {
            const pax = parsePax(readData());
            const paxed = paxSize(pax.size);
            if (paxed === 'invalid') {
                throw notTar(`the pax header at byte ${position} declares the size ${JSON.stringify(pax.size?.slice(0, 40))}, not a whole number of bytes`);
            }
            pending = { path: pax.path, linkpath: pax.linkpath, size: paxed };
        }
        else if (flag === 'g') {
            global = { ...global, ...parsePax(readData()) };
        }
        else if (flag === 'L') {
            pending = { ...pending, path: cString(readData(), 0, size) };
        }
        else if (flag === 'K') {
            pending = { ...pending, linkpath: cString(readData(), 0, size) };
        }
        else {
            const magic = header.subarray(257, 263).toString('latin1');
            const prefix = magic === 'ustar\0' ? cString(header, 345, 155) : '';
            const rawName = cString(header, 0, 100);
            const name = pending.path ?? global.path ?? (prefix ? `${prefix}/${rawName}` : rawName);
            const linkname = pending.linkpath ?? global.linkpath ?? cString(header, 157, 100);
            const type = entryType(flag);
            const entry = { name: normaliseTarName(name), type, offset, size };
            if (type === 'symlink' || type === 'hardlink')
                entry.linkname = linkname;
            entries.set(entry.name, entry);
            if (entries.size > maxArchiveEntries) {
                throw notTar(`it holds more than ${maxArchiveEntries} entries, more than any image archive`);
            }
            pending = {};
        }
        position = offset + Math.ceil(size / block) * block;
    }
    return { file, entries };
}
/**
 * The regular-file entry a name leads to, following symlinks (Docker 25 links `<id>/layer.tar`
 * to `blobs/sha256/<hex>`) and hard links; undefined when nothing is there.
 */
function resolveTarEntry(index, name) {
    let current = normaliseTarName(name);
    for (let hops = 0; hops < 16; hops++) {
        const entry = index.entries.get(current);
        if (!entry)
            return undefined;
        if (entry.type === 'file')
            return entry;
        if (entry.type === 'hardlink' && entry.linkname !== undefined) {
            current = normaliseTarName(entry.linkname);
        }
        else if (entry.type === 'symlink' && entry.linkname !== undefined) {
            current = resolveSymlink(current, entry.linkname);
        }
        else {
            return undefined;
        }
    }
    return undefined;
}
function resolveSymlink(from, target) {
    const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            base.pop();
        else
            base.push(part);
    }
    return base.join('/');
}

;// CONCATENATED MODULE: ./src/source/files.ts
/**
 * The files of an image source, by '/'-separated relative name, whether they sit in a directory
 * or inside a tar archive. Layouts and docker archives are read through this one interface.
 */







/**
 * The streams a source handed out and has not seen close. A measurement that failed may leave
 * some open (another layer was still being read): close() destroys them and waits until they let
 * go of the descriptor, so it is never closed under a read in flight (and never reused by one).
 */
function streamKeeper(file) {
    const streams = new Set();
    let closed;
    return {
        /** Refuses a read once the source is closed. */
        assertOpen(name) {
            if (closed) {
                throw new errors/* TinySizeError */.kp(`${file} was closed: ${name} cannot be read any more`, {
                    file,
                    within: name,
                });
            }
        },
        track(stream) {
            streams.add(stream);
            stream.once('close', () => streams.delete(stream));
            return stream;
        },
        close(release) {
            closed ??= Promise.all([...streams].map((stream) => new Promise((done) => {
                stream.once('close', () => done());
                // The reader of a failed measurement may have gone: its error needs no listener.
                stream.on('error', () => { });
                stream.destroy(new errors/* TinySizeError */.kp(`${file} was closed while a file was read`, { file }));
            }))).then(release);
            return closed;
        },
    };
}
/** Names from documents (manifest.json) must stay inside the source. */
function safeName(files, name) {
    const normal = normaliseTarName(name);
    if (name.startsWith('/') || normal.split('/').includes('..') || normal === '') {
        throw new errors/* TinySizeError */.kp(`refusing the path "${name}": it points outside the image source`, {
            file: files.file,
            fix: 'The archive or layout is malformed or hostile: produce it again with docker, skopeo or buildah.',
        });
    }
    return normal;
}
/** Blob reads of 1 MiB: the default 64 KiB costs a system call and a stream hop per 64 KiB. */
const readBytes = 1024 * 1024;
/** What a stat of a layout's file can meet besides a regular file, in words. */
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** A stat failure inside a layout directory, in words: only a missing file is not an error. */
function statProblem(code) {
    if (code === 'ENOTDIR')
        return 'a part of its path is a file, not a directory';
    if (code === 'ELOOP')
        return 'its symbolic links loop (too many symbolic links)';
    if (code === 'EACCES' || code === 'EPERM')
        return 'it is not readable (permission denied)';
    if (code === 'ENAMETOOLONG')
        return 'its path is too long';
    return undefined;
}
function directoryFiles(dir, file = dir) {
    const malformed = (name, detail, cause) => new errors/* TinySizeError */.kp(`${name} in ${file} cannot be read: ${detail}`, {
        file,
        within: name,
        ...(cause === undefined ? {} : { cause }),
        fix: 'The OCI layout is damaged: write it again (skopeo copy ... oci:DIR, buildah push ... oci:DIR).',
    });
    const streams = streamKeeper(file);
    return {
        file,
        async size(name) {
            let info;
            try {
                info = await (0,promises_.stat)((0,external_node_path_.join)(dir, safeName({ file }, name)));
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT')
                    return undefined;
                throw malformed(name, statProblem(code) ?? error.message, error);
            }
            // A FIFO or device would block or never end when read: only regular files are image files.
            if (!info.isFile())
                throw malformed(name, `it is ${kindOf(info)}`);
            return info.size;
        },
        open(name) {
            streams.assertOpen(name);
            return streams.track((0,external_node_fs_.createReadStream)((0,external_node_path_.join)(dir, safeName({ file }, name)), { highWaterMark: readBytes }));
        },
        // Each stream has its own descriptor; nothing else is held.
        close: () => streams.close(() => { }),
    };
}
const keepOpen = { read: external_node_fs_.read, open: external_node_fs_.open, close: (_fd, callback) => callback(null) };
/** Files served from a tar by ranged reads on an open descriptor, never extracted. */
function archiveFiles(fd, index) {
    const file = index.file;
    const entry = (name) => resolveTarEntry(index, safeName({ file }, name));
    const streams = streamKeeper(file);
    return {
        file,
        async size(name) {
            return entry(name)?.size;
        },
        close: () => streams.close(() => (0,external_node_fs_.closeSync)(fd)),
        open(name) {
            streams.assertOpen(name);
            const found = entry(name);
            if (!found)
                throw new errors/* TinySizeError */.kp(`${name} is not in the archive`, { file, within: name });
            if (found.size === 0)
                return external_node_stream_.Readable.from([]);
            const stream = (0,external_node_fs_.createReadStream)('', {
                fd,
                start: found.offset,
                end: found.offset + found.size - 1,
                highWaterMark: readBytes,
                // The descriptor is shared by every blob of the archive: destroying one stream must not close it.
                fs: keepOpen,
            });
            return streams.track(stream);
        },
    };
}
/**
 * Reads an image from opened files: the view's close() releases them, and a source refused while
 * reading is closed at once (its descriptor, and a temporary file's space).
 */
async function holdingFiles(files, read) {
    try {
        return { ...(await read(files)), close: () => files.close() };
    }
    catch (error) {
        await files.close();
        throw error;
    }
}
/** Reads a small file whole; undefined when it does not exist. */
async function readSmallFile(files, name, cap, what) {
    const size = await files.size(name);
    if (size === undefined)
        return undefined;
    const place = { file: files.file, within: name };
    if (size > cap) {
        throw new errors/* TinySizeError */.kp(`${what} is ${size} bytes, over the ${cap}-byte limit for JSON documents`, {
            ...place,
            fix: 'This is not a plain image document; check that the source is an image produced by docker, buildah or skopeo.',
        });
    }
    return (0,digest/* readCapped */.EF)(files.open(name), cap, place, what);
}

;// CONCATENATED MODULE: ./src/source/archive.ts
/**
 * Opens an image archive (a tar, possibly gzip-compressed) for ranged reads. A compressed
 * archive is inflated once into a temporary file; temporary files are unlinked as soon as they
 * are open, so nothing is left behind whatever happens to the process.
 */










function readHead(path, length) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(length);
        const read = (0,external_node_fs_.readSync)(fd, head, 0, length, 0);
        return head.subarray(0, read);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Checks that `path` is a readable regular file, or throws naming it and the fix. */
async function assertArchiveFile(path, display) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`${display} does not exist`, {
            file: path,
            cause: error,
            fix: 'Check the path; write the archive with docker save -o FILE, or skopeo copy ... oci-archive:FILE.',
        });
    }
    assertArchiveFileSync(info, path, display);
}
/** Refuses a directory, FIFO, socket or device named as an archive, from its stat. */
function assertArchiveFileSync(info, path, display = path) {
    if (info.isDirectory()) {
        throw new errors/* TinySizeError */.kp(`${display} is a directory, not an archive`, {
            file: path,
            fix: `For an OCI layout directory write oci:${path}.`,
        });
    }
    // Opening a FIFO blocks until a writer comes, and a device never ends: only regular files.
    if (!info.isFile()) {
        const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'a device';
        throw new errors/* TinySizeError */.kp(`${display} is ${kind}, not an archive file`, {
            file: path,
            fix: 'Write the archive to a regular file first (docker save -o FILE, skopeo copy ... oci-archive:FILE) and name that file.',
        });
    }
}
/** A temporary file opened for reading and already unlinked: it lives as long as the descriptor. */
async function withUnlinkedTemp(workDir, write) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workDir ?? (0,external_node_os_.tmpdir)(), 'tsg-source-'));
    try {
        const path = (0,external_node_path_.join)(dir, 'image.tar');
        await write(path);
        return (0,external_node_fs_.openSync)(path, 'r');
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Opens a tar archive (plain or gzip) and indexes it. `display` is how errors name it.
 * A file that is not a tar, or that is truncated, fails here with a TinySizeError.
 */
async function openArchive(path, display, workDir) {
    await assertArchiveFile(path, display);
    const compression = (0,media_types/* sniffCompression */.Hs)(readHead(path, 4));
    if (compression === 'zstd') {
        throw new errors/* TinySizeError */.kp(`${display} is zstd-compressed`, {
            file: path,
            fix: `Decompress it first (zstd -d ${path}) and name the .tar.`,
        });
    }
    let fd;
    if (compression === 'gzip') {
        try {
            fd = await withUnlinkedTemp(workDir, (temp) => (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), (0,external_node_zlib_.createGunzip)(), (0,external_node_fs_.createWriteStream)(temp)));
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOSPC' || code === 'EDQUOT') {
                throw new errors/* TinySizeError */.kp(`no room to decompress ${display}: the disk of ${workDir ?? (0,external_node_os_.tmpdir)()} is full (nothing was kept)`, {
                    file: path,
                    cause: error,
                    fix: 'Free space there, point TMPDIR (RUNNER_TEMP on Actions) at a larger disk, or decompress the archive yourself (gunzip) and name the .tar.',
                });
            }
            throw new errors/* TinySizeError */.kp(`${display} is gzip-compressed and does not decompress: ${error.message}`, {
                file: path,
                cause: error,
                fix: 'The file is damaged or truncated: write it again.',
            });
        }
    }
    else {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    return openArchiveFd(fd, path);
}
/** Opens an already-open tar descriptor (the docker source's saved temp file); closes it when refused. */
function openArchiveFd(fd, display) {
    try {
        return archiveFiles(fd, indexTar(fd, display));
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/source/blob-store.ts
/**
 * A BlobStore over the files of a source: finds a blob's file, refuses a missing or wrongly
 * sized one up front, and verifies the digest of every byte streamed.
 */



function filesBlobStore(files, options = {}) {
    const locate = options.locate ?? ((descriptor) => (0,digest/* blobPath */.nD)(descriptor.digest));
    return {
        async open(descriptor) {
            (0,digest/* assertVerifiableDigest */.a9)(descriptor.digest, { file: files.file, within: (0,digest/* blobPath */.nD)(descriptor.digest) });
            const bytes = options.inMemory?.get(descriptor.digest);
            if (bytes)
                return (0,digest/* verified */.zr)(external_node_stream_.Readable.from([bytes]), descriptor, { file: files.file, within: 'in memory' });
            const name = locate(descriptor);
            const place = { file: files.file, within: name ?? (0,digest/* blobPath */.nD)(descriptor.digest) };
            const size = name === undefined ? undefined : await files.size(name);
            if (size === undefined) {
                const foreign = (0,media_types/* isForeignLayer */.sJ)(descriptor.mediaType);
                throw new BlobNotFound(`blob ${descriptor.digest} (${descriptor.mediaType}) is missing from ${files.file}` +
                    (foreign ? ': it is a non-distributable layer, whose bytes live at its urls' : ''), {
                    ...place,
                    fix: foreign
                        ? 'Copy the image with its foreign layers included (skopeo copy --preserve-digests ... or docker save).'
                        : 'The image source is incomplete: write it again (docker save, skopeo copy, buildah push).',
                });
            }
            if (size !== descriptor.size) {
                throw new errors/* TinySizeError */.kp(`blob ${descriptor.digest} does not match its digest: the file holds ${size} bytes, but its descriptor declares ${descriptor.size}`, {
                    ...place,
                    fix: 'The file was changed or damaged after it was written: produce the image again (docker save, skopeo copy, buildah push).',
                });
            }
            return (0,digest/* verified */.zr)(files.open(name), descriptor, place);
        },
    };
}

;// CONCATENATED MODULE: ./src/source/oci-layout.ts
/**
 * Reads an OCI image layout (a directory, or the same files inside a tar): oci-layout and
 * index.json here; blobs/<alg>/<hex> and the walk from index.json to platforms in src/oci.
 * https://github.com/opencontainers/image-spec/blob/main/image-layout.md
 */




async function readOciLayout(files, options) {
    const notLayout = (detail) => new errors/* TinySizeError */.kp(`${files.file} is not an OCI image layout: ${detail}`, {
        file: files.file,
        fix: 'Write one with skopeo copy ... oci:DIR (or oci-archive:FILE), buildah push ... oci:DIR, or docker buildx build --output type=oci.',
    });
    const layoutBytes = await readSmallFile(files, 'oci-layout', 64 * 1024, 'oci-layout');
    if (!layoutBytes)
        throw notLayout('it has no oci-layout file');
    const layout = (0,digest/* parseJsonDocument */.dH)(layoutBytes, types/* OciLayoutFile */.My, 'oci-layout', {
        file: files.file,
        within: 'oci-layout',
    });
    if (!layout.imageLayoutVersion.startsWith('1.')) {
        throw notLayout(`imageLayoutVersion ${layout.imageLayoutVersion} is not 1.x`);
    }
    const indexBytes = await readSmallFile(files, 'index.json', digest/* defaultJsonCap */._A, 'index.json');
    if (!indexBytes)
        throw notLayout('it has no index.json');
    const root = {
        descriptor: { mediaType: media_types/* MediaType */.zu.ociIndex, digest: (0,digest/* sha256Digest */.sI)(indexBytes), size: indexBytes.length },
        bytes: indexBytes,
        document: 'index.json',
    };
    return walkImage(filesBlobStore(files), root, { ...options, file: files.file, holder: 'the layout' });
}

;// CONCATENATED MODULE: ./src/source/docker-archive.ts
/**
 * Reads a `docker save` archive. Docker 25+ writes an OCI layout beside manifest.json: that is
 * read as OCI, with real manifests. The legacy layout (manifest.json, `<id>.json`,
 * `<id>/layer.tar`) stores no manifest: one is synthesized from the uncompressed layer tars.
 */





const synthesizedManifestNote = 'No manifest is stored in a legacy docker save archive: this Docker v2 schema 2 manifest was made up from the uncompressed layer tars (media type application/vnd.docker.image.rootfs.diff.tar, digest = diff_id, size = tar length), so compressed and pull sizes are estimates.';
/**
 * `options.reference` picks one image of several (docker-archive:FILE:REF), by RepoTags or, in the
 * OCI part, by annotation.
 */
async function readDockerArchive(files, source, options = {}) {
    const manifestBytes = await readSmallFile(files, 'manifest.json', digest/* defaultJsonCap */._A, 'manifest.json');
    if (!manifestBytes) {
        throw new errors/* TinySizeError */.kp(`${files.file} is not a docker save archive: it has no manifest.json`, {
            file: files.file,
            fix: (await files.size('oci-layout')) !== undefined
                ? `It is an OCI layout archive: write oci-archive:${files.file}.`
                : 'Write one with docker save -o FILE IMAGE.',
        });
    }
    const entries = (0,digest/* parseJsonDocument */.dH)(manifestBytes, types/* DockerArchiveManifest */.kV, 'manifest.json', {
        file: files.file,
        within: 'manifest.json',
    });
    const wanted = options.reference;
    const tagged = (entry) => wanted === undefined || (entry.RepoTags ?? []).some((tag) => referenceMatches(wanted, tag));
    const chosen = entries.filter(tagged);
    const references = chosen.flatMap((entry) => entry.RepoTags ?? []);
    const all = entries.flatMap((entry) => entry.RepoTags ?? []);
    const sourceFor = (ref) => `docker-archive:${files.file}:${ref}`;
    if ((await files.size('oci-layout')) !== undefined && (await files.size('index.json')) !== undefined) {
        return readOciLayout(files, { ...options, source, references, sourceFor });
    }
    const entry = chosen[0];
    if (!entry || chosen.length > 1) {
        throw new errors/* TinySizeError */.kp(wanted === undefined
            ? `${files.file} holds ${entries.length} images${all.length ? ` (${all.join(', ')})` : ''}; expected exactly one`
            : `${files.file} holds no image tagged ${wanted}; it holds: ${all.join(', ') || 'untagged images only'}`, {
            file: files.file,
            within: 'manifest.json',
            fix: all.length
                ? `Name one: ${all.map(sourceFor).join(', ')}.`
                : 'Save one image per archive: docker save -o FILE IMAGE.',
        });
    }
    return settleView(await readLegacy(files, source, entry, references), options.platforms);
}
async function readLegacy(files, source, entry, references) {
    const place = { file: files.file, within: 'manifest.json' };
    const configBytes = await readSmallFile(files, entry.Config, digest/* defaultJsonCap */._A, `image config ${entry.Config}`);
    if (!configBytes) {
        throw new errors/* TinySizeError */.kp(`the image config ${entry.Config} named by manifest.json is missing`, {
            ...place,
            fix: 'The archive is incomplete: save it again with docker save.',
        });
    }
    const configDigest = (0,digest/* sha256Digest */.sI)(configBytes);
    // Docker names the config after its digest: a different name means the bytes changed.
    const namedHex = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(entry.Config)?.[1];
    if (namedHex && `sha256:${namedHex}` !== configDigest) {
        throw new errors/* TinySizeError */.kp(`blob sha256:${namedHex} does not match its digest: the image config ${entry.Config} hashes to ${configDigest}`, { file: files.file, within: entry.Config, fix: 'The archive was changed or damaged: save it again.' });
    }
    const config = (0,digest/* parseJsonDocument */.dH)(configBytes, types/* ImageConfig */.K8, `image config ${entry.Config}`, {
        file: files.file,
        within: entry.Config,
    });
    const diffIds = config.rootfs.diff_ids;
    if (diffIds.length !== entry.Layers.length) {
        throw new errors/* TinySizeError */.kp(`manifest.json lists ${entry.Layers.length} layers but the config has ${diffIds.length} rootfs.diff_ids`, { ...place, fix: 'The archive is inconsistent: save it again with docker save.' });
    }
    const paths = new Map([[configDigest, entry.Config]]);
    const layers = [];
    for (const [i, path] of entry.Layers.entries()) {
        const size = await files.size(path);
        if (size === undefined) {
            throw new errors/* TinySizeError */.kp(`layer ${path} (manifest.json Layers[${i}]) is missing from the archive`, {
                ...place,
                fix: 'The archive is incomplete or truncated: save it again with docker save.',
            });
        }
        const diffId = diffIds[i];
        paths.set(diffId, path);
        layers.push({ mediaType: media_types/* MediaType */.zu.dockerLayer, digest: diffId, size });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.dockerManifest,
        config: { mediaType: media_types/* MediaType */.zu.dockerConfig, digest: configDigest, size: configBytes.length },
        layers,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const manifestDescriptor = {
        mediaType: media_types/* MediaType */.zu.dockerManifest,
        digest: (0,digest/* sha256Digest */.sI)(manifestBytes),
        size: manifestBytes.length,
    };
    const blobs = filesBlobStore(files, {
        locate: (descriptor) => paths.get(descriptor.digest),
        inMemory: new Map([[manifestDescriptor.digest, manifestBytes]]),
    });
    const image = platformImage({ manifestDescriptor, manifest, config, synthesized: synthesizedManifestNote }, { file: files.file });
    return { source, references, platforms: [image], skipped: [], blobs };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/source/docker-daemon.ts
/**
 * Reads an image from the local Docker engine: `docker save` through the docker CLI (which
 * honours DOCKER_HOST) into an unlinked temporary file, then read as a docker save archive.
 */







const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Debian's client at /usr/bin/docker when present (it matches the engine), else `docker` on PATH. */
function dockerCli() {
    return (0,external_node_fs_.existsSync)('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
}
/**
 * The engine cannot give the image: it does not run, its client is missing, or it has no such
 * image. A bare name with a registry host is then read from its registry.
 */
class ImageNotInEngine extends errors/* TinySizeError */.kp {
}
const otherWays = 'or read the image from a file instead: oci:DIR, oci-archive:FILE or docker-archive:FILE';
function classifyDockerFailure(stderr, reference) {
    const engine = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock (the default socket)';
    const source = `docker:${reference}`;
    if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|connect: /i.test(stderr)) {
        return new ImageNotInEngine(`the Docker engine is not running at ${engine}`, {
            file: source,
            fix: `Start the engine (or point DOCKER_HOST at it), ${otherWays}.`,
            cause: new Error(stderr.trim()),
        });
    }
    if (/reference does not exist|No such image|not found|does not exist/i.test(stderr)) {
        return new ImageNotInEngine(`the image ${reference} is not in the Docker engine at ${engine}`, {
            file: source,
            fix: `Build or pull it first (docker images lists what the engine has), ${otherWays}.`,
            cause: new Error(stderr.trim()),
        });
    }
    return new errors/* TinySizeError */.kp(`docker save ${reference} failed: ${stderr.trim()}`, {
        file: source,
        fix: `Check the reference and the engine, ${otherWays}.`,
    });
}
async function readDockerDaemon(reference, source, options = {}) {
    const { workDir } = options;
    const cli = dockerCli();
    const fd = await withUnlinkedTemp(workDir, async (path) => {
        try {
            await run(cli, ['save', '--output', path, reference], { maxBuffer: 16 * 1024 * 1024 });
        }
        catch (error) {
            const failure = error;
            if (failure.code === 'ENOENT') {
                throw new ImageNotInEngine(`the docker CLI (${cli}) is not installed`, {
                    file: source,
                    fix: `Install the docker client, ${otherWays}.`,
                    cause: error,
                });
            }
            throw classifyDockerFailure(failure.stderr ?? failure.message, reference);
        }
    });
    return holdingFiles(openArchiveFd(fd, source), (files) => readDockerArchive(files, source, options.platforms ? { platforms: options.platforms } : {}));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/source/registry/reference.ts
/**
 * Image references as Docker writes them: `[host[:port]/]repo[:tag][@sha256:…]`, with Docker Hub's
 * short names (`alpine` = docker.io/library/alpine) and IPv6 literals (`[::1]:5000/repo`).
 * Grammar: https://github.com/distribution/reference/blob/main/reference.go
 */


const dockerHub = 'docker.io';
/** Where Docker Hub's Distribution API answers. */
const dockerHubApiHost = 'registry-1.docker.io';
const dockerHubAliases = new Set([dockerHub, 'index.docker.io', dockerHubApiHost]);
const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const hostLabel = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const maxNameLength = 255;
const reference_forms = 'host[:port]/repository[:tag][@sha256:digest], e.g. ghcr.io/org/app:v1, 127.0.0.1:5000/app@sha256:…, alpine';
function malformed(text, why) {
    return new errors/* TinySizeError */.kp(`"${text}" is not a valid image reference: ${why}`, {
        file: `registry:${text}`,
        fix: `Write ${reference_forms}.`,
    });
}
/** True for Docker Hub under any of its names. */
function isDockerHub(registry) {
    return dockerHubAliases.has(registry.toLowerCase());
}
/** `host` without its port, brackets removed from an IPv6 literal. */
function hostName(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return colon === -1 ? registry : registry.slice(0, colon);
}
/** Loopback hosts, the only ones spoken to over plain HTTP unless `insecure` allows it. */
function isLoopback(registry) {
    const host = hostName(registry).toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.startsWith('127.');
    return host === '::1' || host === '0:0:0:0:0:0:0:1';
}
function validRegistry(part) {
    let host = part;
    let port;
    if (part.startsWith('[')) {
        const close = part.indexOf(']');
        if (close === -1)
            return false;
        host = part.slice(1, close);
        const rest = part.slice(close + 1);
        if (rest && !rest.startsWith(':'))
            return false;
        port = rest ? rest.slice(1) : undefined;
        // Distribution's grammar: hex digits and colons only (no zone, no embedded IPv4).
        if (!/^[0-9a-fA-F:]+$/.test(host) || (0,external_node_net_.isIP)(host) !== 6)
            return false;
    }
    else {
        const colon = part.lastIndexOf(':');
        if (colon !== -1) {
            host = part.slice(0, colon);
            port = part.slice(colon + 1);
        }
        if (!host.split('.').every((label) => hostLabel.test(label)))
            return false;
    }
    if (port === undefined)
        return true;
    return /^[0-9]{1,5}$/.test(port) && Number(port) <= 65535;
}
/** Docker's rule: the first component is a registry when it has a `.` or `:`, is `localhost`, or is bracketed. */
function looksLikeRegistry(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
}
/** True when a reference names its registry (`127.0.0.1:5000/app:1`, `ghcr.io/org/app`), not a Docker Hub short name. */
function hasRegistryHost(text) {
    const slash = text.indexOf('/');
    return slash !== -1 && looksLikeRegistry(text.slice(0, slash));
}
function parseRegistryReference(text) {
    if (!text)
        throw malformed(text, 'it is empty');
    if (/\s/.test(text))
        throw malformed(text, 'it contains white space');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!digestPattern.test(digest))
            throw malformed(text, `"${digest}" after @ is not a digest`);
        if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
            throw malformed(text, `"${digest}" is not sha256: followed by 64 lowercase hex digits`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash separates the tag; before it, it belongs to host:port.
    if (colon > lastSlash && !(lastSlash === -1 && rest.startsWith('['))) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!tagPattern.test(tag)) {
            throw malformed(text, `"${tag}" is not a tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
        }
    }
    const slash = rest.indexOf('/');
    let registry = dockerHub;
    let repository = rest;
    if (slash !== -1 && looksLikeRegistry(rest.slice(0, slash))) {
        registry = rest.slice(0, slash);
        repository = rest.slice(slash + 1);
        if (!validRegistry(registry))
            throw malformed(text, `"${registry}" is not a host name, IP address or host:port`);
    }
    else if (looksLikeRegistry(rest) && rest.startsWith('[')) {
        throw malformed(text, 'it names a registry but no repository');
    }
    if (!repository)
        throw malformed(text, 'it names no repository');
    for (const component of repository.split('/')) {
        if (!pathComponent.test(component)) {
            throw malformed(text, component
                ? `"${component}" is not a repository name component (lowercase letters, digits, and . _ __ - between them)`
                : 'the repository has an empty path component');
        }
    }
    if (isDockerHub(registry)) {
        registry = dockerHub;
        if (!repository.includes('/'))
            repository = `library/${repository}`;
    }
    if (registry.length + 1 + repository.length > maxNameLength) {
        throw malformed(text, `the name is longer than ${maxNameLength} characters`);
    }
    const reference = { registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    // Like docker pull: no tag and no digest means latest.
    if (tag === undefined && digest === undefined)
        reference.tag = 'latest';
    return reference;
}
/** The full form: `docker.io/library/alpine:latest`, `127.0.0.1:5000/app:1@sha256:…`. */
function formatReference(reference) {
    let text = `${reference.registry}/${reference.repository}`;
    if (reference.tag !== undefined)
        text += `:${reference.tag}`;
    if (reference.digest !== undefined)
        text += `@${reference.digest}`;
    return text;
}
/** The host the Distribution API answers on. */
function apiHost(reference) {
    return reference.registry === dockerHub ? dockerHubApiHost : reference.registry;
}
/** What to ask the registry for: the digest when there is one (it pins the bytes), else the tag. */
function manifestReference(reference) {
    return reference.digest ?? reference.tag ?? 'latest';
}

;// CONCATENATED MODULE: ./src/source/registry/errors.ts
/**
 * A registry's refusal with its HTTP status, so callers test `error.status === 404` instead of
 * matching words in a message. The message still names the reference, the place and the fix.
 */


class RegistryHttpError extends errors/* TinySizeError */.kp {
    status;
    constructor(status, message, options = {}) {
        super(message, options);
        this.status = status;
    }
}
/** A registry's refusal, worded for 401, 403, 404 and the rest: the reference, the place, the fix. */
function statusError(status, detail, path, what, context) {
    const { host, reference } = context;
    const ref = formatReference(reference);
    const place = { file: context.source, within: `GET ${path}` };
    switch (status) {
        case 401:
            return new RegistryHttpError(status, `${host} requires authentication to fetch ${what} of ${ref} (scope ${context.scope}; HTTP 401${detail})`, { ...place, fix: context.loginFix() });
        case 403:
            return new RegistryHttpError(status, `${host} denied access to ${what} of ${ref} (scope ${context.scope}; HTTP 403${detail})`, {
                ...place,
                fix: `${context.credentialsOrigin ? `The account from ${context.credentialsOrigin}` : 'Anonymous access'} may not pull ${reference.repository}: check the repository name and the account's permissions, or log in with an account that has them.`,
            });
        case 404:
            return new RegistryHttpError(status, `${host} has no ${what} for ${ref} (HTTP 404${detail})`, {
                ...place,
                fix: reference.digest
                    ? `Check the repository name ${reference.repository} and the digest; the image may have been deleted.`
                    : `Check the repository name ${reference.repository} and the tag ${reference.tag ?? 'latest'} (skopeo list-tags docker://${reference.registry}/${reference.repository} lists the tags); some registries answer 404 for a private repository without credentials.`,
            });
        default:
            return new RegistryHttpError(status, `${host} answered HTTP ${status}${detail} for ${what} of ${ref}`, {
                ...place,
                fix: 'Check the reference and that the server is a container registry (Distribution API v2).',
            });
    }
}

;// CONCATENATED MODULE: ./src/source/registry/manifests.ts
/**
 * Fetching the root manifest or index: the Accept header for every OCI and Docker type, a size
 * cap, and the bytes' sha256 checked against the digest asked for and the registry's
 * Docker-Content-Digest header.
 */



const manifestAccept = [
    media_types/* MediaType */.zu.ociIndex,
    media_types/* MediaType */.zu.ociManifest,
    media_types/* MediaType */.zu.dockerManifestList,
    media_types/* MediaType */.zu.dockerManifest,
];
/**
 * Fetches the root manifest or index by tag or digest (entries of an index are blobs to the walker).
 */
async function fetchManifest(client, reference, cap = digest/* defaultJsonCap */._A) {
    const path = client.repositoryPath(`manifests/${reference}`);
    const what = `manifest ${reference}`;
    const place = { file: client.source, within: `GET ${path}` };
    const response = await client.get(path, { accept: manifestAccept, what });
    const contentType = response.headers.get('content-type');
    const bytes = await (0,digest/* readCapped */.EF)(external_node_stream_.Readable.fromWeb(response.body), cap, place, what);
    const actual = (0,digest/* sha256Digest */.sI)(bytes);
    const wanted = reference.includes(':') ? reference : undefined;
    if (wanted && wanted !== actual) {
        throw new errors/* TinySizeError */.kp(`${client.host} served a manifest for ${reference} whose bytes hash to ${actual}, not to the digest asked for`, {
            ...place,
            fix: 'The registry or something between it and here altered the manifest: do not trust this image; check the registry and any proxy.',
        });
    }
    const header = response.headers.get('docker-content-digest');
    if (header?.startsWith('sha256:') && header !== actual) {
        throw new errors/* TinySizeError */.kp(`${client.host} served a manifest for ${reference} whose bytes hash to ${actual}, but its Docker-Content-Digest header says ${header}`, {
            ...place,
            fix: 'The manifest was altered in transit or the registry is broken: check the registry and any proxy, then run again.',
        });
    }
    const mediaType = (0,media_types/* documentMediaType */.us)(bytes, contentType);
    if (mediaType === undefined) {
        const html = /html/i.test(contentType ?? '') || /^\s*</.test(bytes.subarray(0, 256).toString('utf8'));
        throw new errors/* TinySizeError */.kp(html
            ? `${client.host} answered ${what} with an HTML page (Content-Type ${contentType ?? 'none'}), not a manifest`
            : `${client.host} answered ${what} with something that is not JSON (Content-Type ${contentType ?? 'none'})`, {
            ...place,
            fix: `Check that ${client.host} is a container registry (Distribution API v2) and not a web page, login portal or proxy; check the registry name in the reference.`,
        });
    }
    if ((0,media_types/* isSchema1Manifest */.GY)(mediaType)) {
        throw new errors/* TinySizeError */.kp(`${what} is a Docker v2 schema 1 manifest, which is not supported`, {
            ...place,
            fix: 'Push the image again with a current docker, buildah or skopeo (they write schema 2 or OCI).',
        });
    }
    if (!(0,media_types/* isIndex */.nw)(mediaType) && !(0,media_types/* isManifest */.Yh)(mediaType)) {
        throw new errors/* TinySizeError */.kp(`${what} has media type ${mediaType}, which is not an image manifest or index`, {
            ...place,
            fix: 'Point at a container image; artifacts (Helm charts, signatures) are not images.',
        });
    }
    return { bytes, mediaType, descriptor: { mediaType, digest: actual, size: bytes.length } };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/source/registry/retry.ts
/**
 * When to try a registry request again and how long to wait: 429 (honouring Retry-After), 5xx
 * and dropped connections are retried with exponential backoff, up to a bound.
 */

const defaultRetryPolicy = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 60_000,
};
function retryPolicy(overrides = {}) {
    return { ...defaultRetryPolicy, ...overrides };
}
/** Statuses worth another try: rate limiting and server-side failures that are often transient. */
function isRetryableStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}
/** Backoff before try `attempt + 1` (attempt counts from 1). */
function backoffMs(policy, attempt, random = Math.random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(exponential * (0.75 + random() * 0.5));
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The one retry loop: runs `once` until it gives a response whose status is not worth another try,
 * at most `policy.attempts` times. Network failures and 429/408/5xx wait the backoff (or the
 * server's Retry-After); a Retry-After over the policy's limit ends the run at once. Errors other
 * than network failures (`isFatal`) are thrown as they are.
 */
async function retrying(policy, once, describe) {
    let lastFailure = '';
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        let response;
        try {
            response = await once();
        }
        catch (error) {
            if (describe.isFatal?.(error))
                throw error;
            lastFailure = describe.network(error);
            if (attempt < policy.attempts)
                await (0,external_node_timers_promises_.setTimeout)(backoffMs(policy, attempt));
            continue;
        }
        if (!isRetryableStatus(response.status))
            return { kind: 'response', response };
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        lastFailure = await describe.status(response);
        if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) {
            return { kind: 'retry-after-too-long', waitMs: retryAfter };
        }
        if (attempt < policy.attempts)
            await (0,external_node_timers_promises_.setTimeout)(retryAfter ?? backoffMs(policy, attempt));
    }
    return { kind: 'exhausted', lastFailure };
}

;// CONCATENATED MODULE: ./src/source/registry/blobs.ts
/**
 * A BlobStore over a registry: GET /v2/<repo>/blobs/<digest>, streamed, verified against the
 * descriptor's digest and size, resumed with a Range request when the connection drops midway,
 * with a bound on the blobs downloading at once.
 */






/** A counting semaphore: `acquire` resolves to a release function. */
class Slots {
    #free;
    #waiting = [];
    constructor(count) {
        this.#free = Math.max(1, count);
    }
    async acquire() {
        if (this.#free > 0)
            this.#free--;
        else
            await new Promise((resolve) => this.#waiting.push(resolve));
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.#waiting.shift();
            if (next)
                next();
            else
                this.#free++;
        };
    }
}
function registryBlobStore(client, options = {}) {
    const slots = new Slots(options.maxConcurrent ?? 4);
    return {
        async open(descriptor) {
            // Manifests and indexes are served under /manifests/, everything else under /blobs/.
            const isDocument = (0,media_types/* isIndex */.nw)(descriptor.mediaType) || (0,media_types/* isManifest */.Yh)(descriptor.mediaType);
            const what = `${isDocument ? 'manifest' : 'blob'} ${descriptor.digest}`;
            const path = client.repositoryPath(`${isDocument ? 'manifests' : 'blobs'}/${descriptor.digest}`);
            const place = { file: client.source, within: what };
            (0,digest/* assertVerifiableDigest */.a9)(descriptor.digest, place);
            const release = await slots.acquire();
            let first;
            try {
                first = await client.get(path, { what, ...(isDocument ? { accept: manifestAccept } : {}) });
            }
            catch (error) {
                release();
                if (error instanceof RegistryHttpError && error.status === 404) {
                    throw new BlobNotFound(error.message, { ...error.place, fix: error.fix, cause: error });
                }
                throw error;
            }
            const raw = new ResumingBody(client, path, descriptor, first);
            raw.once('close', release);
            return (0,digest/* verified */.zr)(raw, descriptor, place);
        },
    };
}
/** A blob's bytes; on a dropped connection, asks again from the first missing byte (Range). */
class ResumingBody extends external_node_stream_.Readable {
    client;
    path;
    descriptor;
    #reader;
    #delivered = 0;
    /** Bytes to discard when a server ignores Range and sends the blob from the start. */
    #skip = 0;
    #resumes = 0;
    #pumping = false;
    constructor(client, path, descriptor, first) {
        super();
        this.client = client;
        this.path = path;
        this.descriptor = descriptor;
        this.#reader = first.body?.getReader();
    }
    _read() {
        if (this.#pumping)
            return;
        this.#pumping = true;
        this.#pump()
            .catch((error) => this.destroy(error))
            .finally(() => {
            this.#pumping = false;
        });
    }
    async #pump() {
        for (;;) {
            if (this.destroyed)
                return;
            if (!this.#reader) {
                this.push(null);
                return;
            }
            let result;
            try {
                result = await this.#reader.read();
            }
            catch (error) {
                await this.#resume(error);
                continue;
            }
            if (result.done) {
                this.push(null);
                return;
            }
            let bytes = Buffer.from(result.value.buffer, result.value.byteOffset, result.value.byteLength);
            if (this.#skip > 0) {
                const dropped = Math.min(this.#skip, bytes.length);
                this.#skip -= dropped;
                bytes = bytes.subarray(dropped);
                if (bytes.length === 0)
                    continue;
            }
            this.#delivered += bytes.length;
            if (!this.push(bytes))
                return;
        }
    }
    async #resume(error) {
        const { client, path, descriptor } = this;
        if (this.#resumes + 1 >= client.policy.attempts)
            throw brokenOff(client, path, descriptor, this.#delivered, error);
        this.#resumes++;
        await this.#reader?.cancel().catch(() => undefined);
        await (0,external_node_timers_promises_.setTimeout)(backoffMs(client.policy, this.#resumes));
        const response = await client.get(path, {
            what: `blob ${descriptor.digest}`,
            range: `bytes=${this.#delivered}-`,
        });
        this.#reader = response.body?.getReader();
        if (response.status === 200)
            this.#skip = this.#delivered;
        else if (rangeStart(response) === this.#delivered)
            this.#skip = 0;
        else
            throw brokenOff(client, path, descriptor, this.#delivered, new Error('the resumed download started elsewhere'));
    }
    _destroy(error, callback) {
        // A consumer that stops early (or an error) must not leave the connection open.
        this.#reader?.cancel().catch(() => undefined);
        callback(error);
    }
}
function brokenOff(client, path, descriptor, delivered, error) {
    if (error instanceof errors/* TinySizeError */.kp)
        return error;
    return new errors/* TinySizeError */.kp(`the download of blob ${descriptor.digest} from ${client.host} broke off after ${delivered} of ${descriptor.size} bytes: ${networkDetail(error)}`, {
        file: client.source,
        within: `GET ${path}`,
        cause: error,
        fix: `Check that the registry at ${client.host} is up and reachable from here, then run again.`,
    });
}
function networkDetail(error) {
    const cause = error.cause;
    const message = error instanceof Error ? error.message : String(error);
    return cause?.message ? `${message} (${cause.message})` : message;
}
function rangeStart(response) {
    const match = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/source/registry/challenge.ts
/**
 * `WWW-Authenticate` challenges (RFC 7235): `Bearer realm="…",service="…",scope="…"` as Docker Hub,
 * GHCR and token-auth registries send, or `Basic realm="…"` from an htpasswd registry.
 * https://distribution.github.io/distribution/spec/auth/token/
 */
/** Parses one header's challenges; quoted values may hold commas (`scope="repository:a:pull,push"`). */
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const skip = (chars) => {
        while (i < header.length && chars.includes(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < header.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    while (i < header.length) {
        skip(' ,\t');
        const scheme = token();
        if (!scheme)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        for (;;) {
            skip(' \t');
            const mark = i;
            const name = token();
            skip(' \t');
            if (!name || header[i] !== '=') {
                // The next scheme (or the end, or a token68 value we do not use).
                i = mark;
                break;
            }
            i++;
            skip(' \t');
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < header.length && header[i] !== '"') {
                    if (header[i] === '\\')
                        i++;
                    value += header[i] ?? '';
                    i++;
                }
                i++;
            }
            else {
                value = token();
            }
            challenge.params[name.toLowerCase()] = value;
            skip(' \t');
            if (header[i] !== ',')
                break;
            i++;
            // After a comma comes either another param or another challenge's scheme.
            const peek = i;
            skip(' \t');
            const next = token();
            skip(' \t');
            const isParam = next !== '' && header[i] === '=' && header[i + 1] !== '=';
            i = peek;
            if (!isParam)
                break;
        }
    }
    return challenges;
}
/** The pull scope of a repository: `repository:org/app:pull`. */
function pullScope(repository) {
    return `repository:${repository}:pull`;
}

;// CONCATENATED MODULE: ./src/source/registry/credentials.ts
/**
 * Registry credentials: given explicitly (the action's registry-username/registry-password), or
 * from Docker's config.json (`auths` entries written by `docker login`, or a credential helper).
 * https://docs.docker.com/reference/cli/docker/login/#credential-stores
 */






function dockerConfigPath(options = {}) {
    const dir = options.dockerConfigDir ?? process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(dir, 'config.json');
}
/** `https://index.docker.io/v1/` → `docker.io`; `http://host:5000/v2` → `host:5000`. */
function normaliseAuthKey(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        ?.toLowerCase();
    return host && isDockerHub(host) ? dockerHub : (host ?? '');
}
/** The server name Docker's credential helpers know Docker Hub by. */
function helperServer(registry) {
    return registry === dockerHub ? 'https://index.docker.io/v1/' : registry;
}
async function readConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* TinySizeError */.kp(`cannot read the Docker config ${path}: ${error.message}`, {
            file: path,
            cause: error,
            fix: 'Make the file readable, or point DOCKER_CONFIG at another directory.',
        });
    }
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : {};
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`the Docker config ${path} is not valid JSON: ${error.message}`, {
            file: path,
            cause: error,
            fix: 'Repair it or log in again with `docker login`.',
        });
    }
}
function fromEntry(entry, origin, path) {
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1) {
            throw new errors/* TinySizeError */.kp(`the "auth" of ${origin} is not base64 of username:password`, {
                file: path,
                within: origin,
                fix: 'Log in again with `docker login` to rewrite it.',
            });
        }
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), origin };
    }
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password, origin };
    return undefined;
}
/** Runs `docker-credential-<helper> get` without blocking; undefined when the helper is absent or has nothing. */
async function fromHelper(helper, registry) {
    const out = await new Promise((resolve) => {
        const child = (0,external_node_child_process_.execFile)(`docker-credential-${helper}`, ['get'], { encoding: 'utf8', timeout: 10_000, maxBuffer: 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
        child.stdin?.on('error', () => undefined); // a helper that exits before reading
        child.stdin?.end(helperServer(registry));
    });
    if (out === undefined)
        return undefined;
    try {
        const { Username, Secret } = JSON.parse(out);
        if (!Secret)
            return undefined;
        return {
            username: Username ?? '',
            password: Secret,
            origin: `credential helper docker-credential-${helper}`,
        };
    }
    catch {
        return undefined;
    }
}
/** Credentials for a registry (`docker.io`, `127.0.0.1:5000`), or undefined for anonymous access. */
async function credentialsFor(registry, options = {}) {
    if (options.username !== undefined || options.password !== undefined) {
        if (!options.username || !options.password) {
            throw new errors/* TinySizeError */.kp(`registry credentials for ${registry} need both a username and a password (only the ${options.username ? 'username' : 'password'} is set)`, {
                fix: 'Set both registry-username and registry-password, or neither to use docker login credentials.',
            });
        }
        return {
            username: options.username,
            password: options.password,
            origin: 'the given registry username and password',
        };
    }
    const path = dockerConfigPath(options);
    const config = await readConfig(path);
    if (!config)
        return undefined;
    const wanted = registry.toLowerCase();
    const helper = config.credHelpers?.[registry] ?? config.credHelpers?.[helperServer(registry)];
    if (helper)
        return fromHelper(helper, registry);
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        if (normaliseAuthKey(key) !== wanted || !entry || typeof entry !== 'object')
            continue;
        const found = fromEntry(entry, `auths["${key}"]`, path);
        if (found)
            return { ...found, origin: `${path} ${found.origin}` };
    }
    if (config.credsStore)
        return fromHelper(config.credsStore, registry);
    return undefined;
}

;// CONCATENATED MODULE: ./src/source/registry/transport.ts
/**
 * One HTTP try against a registry: fetch with a timeout on the response headers, redirects
 * followed by hand so that credentials never go to another origin, and the short texts that
 * messages quote (a registry's error body, a network failure).
 */

const userAgent = 'tiny-size-gate (Distribution API v2 client)';
const maxRedirects = 5;
const errorBodyCap = 64 * 1024;
/** A redirect not followed: a fault of the server, not of the network, so not retried. */
class RedirectError extends Error {
}
/** One try: GET with a header timeout, following redirects, dropping credentials across origins. */
async function fetchOnce(url, options) {
    let target = new URL(url);
    const origin = target.origin;
    for (let hop = 0;; hop++) {
        const headers = { 'user-agent': userAgent };
        if (options.accept)
            headers.accept = options.accept.join(', ');
        if (options.range)
            headers.range = options.range;
        if (options.authorization && target.origin === origin)
            headers.authorization = options.authorization;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), options.timeoutMs);
        let response;
        try {
            response = await fetch(target, { headers, redirect: 'manual', signal: controller.signal });
        }
        finally {
            clearTimeout(timer);
        }
        const location = response.headers.get('location');
        if (response.status < 300 || response.status > 399 || !location)
            return response;
        await response.body?.cancel();
        if (hop >= maxRedirects)
            throw new RedirectError(`more than ${maxRedirects} redirects`);
        const next = new URL(location, target);
        if (next.protocol !== 'https:' && next.protocol !== 'http:') {
            throw new RedirectError(`a redirect to ${next.protocol} is not followed`);
        }
        if (next.protocol === 'http:' && target.protocol === 'https:' && !isLoopback(next.host)) {
            throw new RedirectError(`a redirect from https to plain http (${next.host}) is not followed`);
        }
        target = next;
    }
}
/** https, or for loopback/insecure registries whichever of https and http answers. */
async function baseUrl(host, insecure) {
    const https = `https://${host}`;
    if (!isLoopback(host) && !insecure)
        return https;
    try {
        await fetch(`${https}/v2/`, { signal: AbortSignal.timeout(5_000), headers: { 'user-agent': userAgent } });
        return https;
    }
    catch {
        return `http://${host}`;
    }
}
/** ": MANIFEST_UNKNOWN manifest unknown" from a registry error body, or a short text excerpt. */
async function errorSummary(response) {
    let text = '';
    try {
        const reader = response.body?.getReader();
        if (reader) {
            const chunks = [];
            let length = 0;
            while (length < errorBodyCap) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                chunks.push(value);
                length += value.length;
            }
            await reader.cancel();
            text = Buffer.concat(chunks).toString('utf8');
        }
    }
    catch {
        return '';
    }
    try {
        const body = JSON.parse(text);
        const errors = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(' '));
        if (errors.length)
            return `: ${errors.join('; ')}`;
    }
    catch {
        // Not a registry error document.
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html') || /^\s*</.test(text))
        return ': an HTML page, not a registry answer';
    const line = text.trim().split('\n')[0]?.slice(0, 200);
    return line ? `: ${line}` : '';
}
function networkMessage(error, timeoutMs) {
    if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
        return `no answer within ${timeoutMs / 1000} s`;
    }
    const cause = error.cause;
    const message = error instanceof Error ? error.message : String(error);
    return cause ? `${message}: ${cause.code ?? ''} ${cause.message ?? ''}`.trim() : message;
}

;// CONCATENATED MODULE: ./src/source/registry/auth.ts
/**
 * Auth: a 401's challenge becomes an Authorization header. Bearer challenges get a token from
 * the realm (with the credentials as Basic, when there are any); Basic challenges get the
 * credentials. Credentials are looked up once, when a registry first asks for them.
 * https://distribution.github.io/distribution/spec/auth/token/
 */






class Authenticator {
    reference;
    source;
    options;
    policy;
    timeoutMs;
    /** The header to send, once a challenge was answered. */
    authorization;
    /** `repository:org/app:pull`, or the scope the registry's challenge named. */
    scope;
    #credentials;
    #known;
    constructor(reference, source, options, policy, timeoutMs) {
        this.reference = reference;
        this.source = source;
        this.options = options;
        this.policy = policy;
        this.timeoutMs = timeoutMs;
        this.scope = pullScope(reference.repository);
    }
    /** The credentials found so far (for messages); undefined before a registry asked for them. */
    get credentials() {
        return this.#known;
    }
    async #credentialsOnce() {
        this.#credentials ??= credentialsFor(this.reference.registry, this.options).then((found) => {
            this.#known = found;
            return found;
        });
        return this.#credentials;
    }
    /** Answers a 401's challenge; with none usable, the next 401 becomes the error, which says what to check. */
    async answer(response, what) {
        await response.body?.cancel();
        const challenges = parseChallenges(response.headers.get('www-authenticate') ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        const credentials = await this.#credentialsOnce();
        if (bearer?.params.realm) {
            if (bearer.params.scope)
                this.scope = bearer.params.scope;
            this.authorization = `Bearer ${await this.#token(bearer, credentials, what)}`;
            return;
        }
        this.authorization = basic && credentials ? basicAuthorization(credentials) : undefined;
    }
    #failure(message, within, fix, cause) {
        return new errors/* TinySizeError */.kp(message, { file: this.source, within: `GET ${within}`, fix, cause });
    }
    async #token(challenge, credentials, what) {
        const realm = challenge.params.realm;
        let url;
        try {
            url = new URL(realm);
        }
        catch (error) {
            throw this.#failure(`${this.reference.registry} named a token realm that is not a URL: "${realm}"`, realm, 'The registry is misconfigured; ask its operator.', error);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', this.scope);
        if (credentials && url.protocol !== 'https:' && !isLoopback(url.host) && !this.options.insecure) {
            throw this.#failure(`${this.reference.registry} sends logins to a token server over plain http (${url.origin}); credentials are not sent there`, url.pathname, 'Use a registry whose token realm is https, or allow it explicitly with the insecure option.');
        }
        const authorization = credentials ? basicAuthorization(credentials) : undefined;
        const outcome = await retrying(this.policy, () => fetchOnce(url, { timeoutMs: this.timeoutMs, ...(authorization ? { authorization } : {}) }), {
            network: (error) => networkMessage(error, this.timeoutMs),
            status: async (r) => `HTTP ${r.status}${await errorSummary(r)}`,
            isFatal: (error) => error instanceof RedirectError,
        });
        if (outcome.kind !== 'response') {
            throw this.#failure(outcome.kind === 'exhausted'
                ? `the token server ${url.origin} did not answer after ${this.policy.attempts} tries (last: ${outcome.lastFailure})`
                : `the token server ${url.origin} asked to wait ${Math.ceil(outcome.waitMs / 1000)} s (Retry-After), longer than the ${this.policy.maxRetryAfterMs / 1000} s allowed`, url.pathname, `Check that ${url.host} is reachable from here, then run again.`);
        }
        const response = outcome.response;
        if (!response.ok) {
            const detail = await errorSummary(response);
            throw new errors/* TinySizeError */.kp(`the token server ${url.origin} refused a token for ${this.scope} (HTTP ${response.status}${detail}) while fetching ${what} of ${formatReference(this.reference)}`, { file: this.source, within: `token ${url.origin}${url.pathname}`, fix: this.loginFix() });
        }
        const body = (await response.json().catch(() => ({})));
        const token = body.token ?? body.access_token;
        if (!token) {
            throw this.#failure(`the token server ${url.origin} answered without a token`, url.pathname, 'The registry is misconfigured; ask its operator.');
        }
        return token;
    }
    /** What to do when the registry wants (other) credentials. */
    loginFix() {
        const { registry, repository } = this.reference;
        const login = registry === dockerHub ? 'docker login' : `docker login ${registry}`;
        const credentials = this.#known;
        if (credentials) {
            return `Check the credentials from ${credentials.origin}: are they current, and may that account pull ${repository}? Log in again (${login}) or set registry-username/registry-password.`;
        }
        return `The registry wants credentials and none were found for ${registry} in ${dockerConfigPath(this.options)}: run \`${login}\` or set registry-username and registry-password.`;
    }
}
function basicAuthorization(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ./src/source/registry/client.ts
/**
 * One repository's Distribution API v2 client, in layers: transport (one try: fetch, timeout,
 * redirects without credentials across origins), retry (the one loop: 429/5xx and dropped
 * connections with backoff, Retry-After), auth (a 401's challenge → Authorization), and errors
 * (RegistryHttpError with the status; messages that say which reference, which scope, what to do).
 * https://distribution.github.io/distribution/spec/api/
 */






class RegistryClient {
    reference;
    /** `registry:127.0.0.1:5000/app:1`, the source as the user wrote it, for error places. */
    source;
    host;
    policy;
    #options;
    #timeoutMs;
    #auth;
    #base;
    constructor(reference, source, options = {}) {
        this.reference = reference;
        this.source = source;
        this.host = apiHost(reference);
        this.policy = retryPolicy(options.retry);
        this.#options = options;
        this.#timeoutMs = options.timeoutMs ?? 60_000;
        this.#auth = new Authenticator(reference, source, options, this.policy, this.#timeoutMs);
    }
    /** `/v2/<repository>/<rest>` */
    repositoryPath(rest) {
        return `/v2/${this.reference.repository}/${rest}`;
    }
    get scope() {
        return this.#auth.scope;
    }
    /** GETs a path of the API, retrying and authenticating; resolves to a 2xx response or throws. */
    async get(path, options) {
        this.#base ??= baseUrl(this.host, this.#options.insecure ?? false);
        const url = `${await this.#base}${path}`;
        let response = await this.#tries(url, path, options);
        if (response.status === 401) {
            await this.#auth.answer(response, options.what);
            response = await this.#tries(url, path, options);
        }
        if (response.ok)
            return response;
        throw statusError(response.status, await errorSummary(response), path, options.what, {
            host: this.host,
            source: this.source,
            reference: this.reference,
            scope: this.#auth.scope,
            credentialsOrigin: this.#auth.credentials?.origin,
            loginFix: () => this.#auth.loginFix(),
        });
    }
    /** The retry loop over one request; a response that is not worth retrying is returned as it is. */
    async #tries(url, path, options) {
        const { authorization } = this.#auth;
        const outcome = await retrying(this.policy, () => fetchOnce(url, {
            timeoutMs: this.#timeoutMs,
            ...(options.accept ? { accept: options.accept } : {}),
            ...(options.range ? { range: options.range } : {}),
            ...(authorization ? { authorization } : {}),
        }), {
            network: (error) => networkMessage(error, this.#timeoutMs),
            status: async (response) => `HTTP ${response.status}${await errorSummary(response)}`,
            isFatal: (error) => error instanceof RedirectError,
        }).catch((error) => {
            throw this.#failure(`${this.host} redirected ${options.what} badly: ${error.message}`, path, 'Check the registry and its storage configuration.', error);
        });
        switch (outcome.kind) {
            case 'response':
                return outcome.response;
            case 'retry-after-too-long':
                throw this.#failure(`${this.host} asked to wait ${Math.ceil(outcome.waitMs / 1000)} s (Retry-After) before fetching ${options.what}, longer than the ${this.policy.maxRetryAfterMs / 1000} s allowed`, path, 'The registry is rate limiting: log in (authenticated pulls get higher limits), or run again later.');
            case 'exhausted':
                throw this.#failure(`${this.host} did not serve ${options.what} after ${this.policy.attempts} tries (last: ${outcome.lastFailure})`, path, `Check that the registry at ${this.host} is up and reachable from here, then run again.`);
        }
    }
    #failure(message, path, fix, cause) {
        return new errors/* TinySizeError */.kp(message, { file: this.source, within: `GET ${path}`, fix, cause });
    }
}

;// CONCATENATED MODULE: ./src/source/registry/index.ts









async function readRegistry(text, options = {}) {
    const source = options.source ?? `registry:${text}`;
    const reference = parseRegistryReference(text);
    const client = new RegistryClient(reference, source, options);
    const blobs = registryBlobStore(client, { maxConcurrent: options.maxConcurrentBlobs });
    const top = await fetchManifest(client, manifestReference(reference));
    return walkImage(blobs, { descriptor: top.descriptor, bytes: top.bytes }, {
        source,
        holder: 'the registry',
        references: [formatReference(reference)],
        ...(options.platforms ? { platforms: options.platforms } : {}),
    });
}

;// CONCATENATED MODULE: ./src/source/index.ts
/**
 * Reading an existing image, whatever holds it. Each source supplies blobs and a root; the walker
 * in src/oci turns them into the same ImageView.
 *
 *   parseSourceRef('oci-archive:out/app.tar:v1') → { kind: 'oci-archive', path: 'out/app.tar', ref: 'v1' }
 *   describeSource(source)                       → 'oci-archive:out/app.tar:v1'
 *   openImage(source, { platforms })             → ImageView (blobs verified on every read)
 */











const source_forms = 'oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF, registry:REF or docker://REF (or a path or an image reference alone); a layout or archive of several images takes :REF after the path (oci:DIR:REF)';
/** Names that look like files, not images: a bare `nope.tar` that does not exist is a missing file. */
const fileLike = /^(?:\.{0,2}\/|~)|\.(?:tar|tgz|tar\.gz|tar\.zst|oci)$/;
const pathKinds = { oci: 'oci', 'oci-archive': 'oci-archive', 'docker-archive': 'docker-archive' };
const daemonPrefixes = new Set(['docker', 'docker-daemon']);
/** Other tools' transports, named so that a typo or an unsupported one is not mistaken for an image name. */
const foreignTransports = new Set(['containers-storage', 'dir', 'ostree', 'sif', 'tarball', 'file']);
// https://github.com/distribution/reference/blob/main/regexp.go, without IPv6 hosts.
const source_pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const domain = '(?:localhost|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?';
const referencePattern = new RegExp(`^(?:${domain}/)?${source_pathComponent}(?:/${source_pathComponent})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);
const imageIdPattern = /^(?:sha256:)?[a-f0-9]{12,64}$/;
/** True for `name`, `name:tag`, `host:5000/a/b:tag@sha256:…`, and image IDs. */
function looksLikeImageReference(text) {
    return text.length <= 255 && (referencePattern.test(text) || imageIdPattern.test(text));
}
function usage(message, fix = `Write one of: ${source_forms}.`) {
    return new errors/* TinySizeError */.kp(message, { fix });
}
/**
 * Parses `oci:DIR[:REF]`, `oci-archive:FILE[:REF]`, `docker-archive:FILE[:REF]` (the path ends at
 * the first `:`, as in containers/image), `docker:REF` (or `docker-daemon:REF`), `registry:REF`,
 * `docker://REF`, or resolves a bare argument: a path when one exists (an OCI layout directory, or
 * a tar peeked for oci-layout/index.json versus manifest.json); a missing one that looks like a
 * file is a missing file; else an image reference: the local engine, or its registry when the
 * name carries a registry host and the engine lacks it.
 */
function parseSourceRef(text) {
    const prefixed = /^([a-z][a-z0-9-]*):(.*)$/s.exec(text);
    if (prefixed && !imageIdPattern.test(text)) {
        const [, prefix = '', rest = ''] = prefixed;
        if (prefix in pathKinds) {
            const colon = rest.indexOf(':');
            const path = colon === -1 ? rest : rest.slice(0, colon);
            const ref = colon === -1 ? '' : rest.slice(colon + 1);
            if (!path)
                throw usage(`"${text}" names no path after ${prefix}:`);
            const kind = pathKinds[prefix];
            return ref ? { kind, path, ref } : { kind, path };
        }
        if (prefix === 'registry' || (prefix === 'docker' && rest.startsWith('//'))) {
            const reference = prefix === 'registry' ? rest : rest.slice(2);
            parseRegistryReference(reference);
            return { kind: 'registry', reference };
        }
        if (daemonPrefixes.has(prefix)) {
            if (!looksLikeImageReference(rest))
                throw usage(`"${rest}" in "${text}" is not an image reference`);
            return { kind: 'docker', reference: rest };
        }
    }
    const guessed = guessPath(text);
    if (guessed)
        return guessed;
    if (prefixed && (prefixed[2]?.startsWith('//') || foreignTransports.has(prefixed[1] ?? ''))) {
        throw usage(`unknown image source prefix "${prefixed[1]}:" in "${text}"`);
    }
    if (fileLike.test(text)) {
        throw new errors/* TinySizeError */.kp(`${text} does not exist (looked for it in ${process.cwd()})`, {
            file: text,
            fix: `Check the file name; for an image in the local engine write docker:${text.replace(/^\.\//, '')}.`,
        });
    }
    if (looksLikeImageReference(text)) {
        return hasRegistryHost(text)
            ? { kind: 'docker', reference: text, orRegistry: true }
            : { kind: 'docker', reference: text };
    }
    throw usage(`"${text}" is neither an existing file or directory nor an image reference`);
}
function guessPath(path) {
    let info;
    try {
        info = (0,external_node_fs_.statSync)(path);
    }
    catch {
        return undefined;
    }
    if (info.isDirectory()) {
        if (isFile((0,external_node_path_.join)(path, 'oci-layout')))
            return { kind: 'oci', path };
        throw new errors/* TinySizeError */.kp(`the directory ${path} is not an OCI image layout (it has no oci-layout file)`, {
            file: path,
            fix: `Write one with skopeo copy ... oci:${path}, or name an archive: ${source_forms}.`,
        });
    }
    assertArchiveFileSync(info, path);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(4);
        (0,external_node_fs_.readSync)(fd, head, 0, 4, 0);
        const compression = (0,media_types/* sniffCompression */.Hs)(head);
        if (compression !== 'none') {
            throw new errors/* TinySizeError */.kp(`${path} is ${compression}-compressed, so its kind cannot be told by peeking`, {
                file: path,
                fix: `Name its kind: oci-archive:${path} or docker-archive:${path}.`,
            });
        }
        const names = indexTar(fd, path).entries;
        if (names.has('manifest.json'))
            return { kind: 'docker-archive', path };
        if (names.has('oci-layout') || names.has('index.json'))
            return { kind: 'oci-archive', path };
        throw new errors/* TinySizeError */.kp(`${path} is a tar archive but not an image archive (no manifest.json, oci-layout or index.json)`, {
            file: path,
            fix: 'Name an image archive written by docker save, skopeo copy or buildah push.',
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The user-facing form of a source: `oci-archive:out/app.tar`, `oci:out/layout:v1`,
 * `docker:hello:latest`. A bare name with a registry host stays bare until read: the view's
 * `source` says where it was found (`docker:…` or `registry:…`).
 */
function describeSource(source) {
    if (source.kind === 'docker' && source.orRegistry)
        return source.reference;
    if (source.kind === 'docker' || source.kind === 'registry')
        return `${source.kind}:${source.reference}`;
    return `${source.kind}:${source.path}${source.ref ? `:${source.ref}` : ''}`;
}
/**
 * Opens an image and reads its index, manifests and configs. Layers are read later, through
 * `blobs`; the caller closes the image when done with them, on failure too (or uses withImage).
 */
async function openImage(source, options = {}) {
    const view = await readSource(source, options);
    const opened = { ...view, close: view.close ?? (async () => { }) };
    return options.manifestOnly ? { ...manifestOnlyView(opened), close: opened.close } : opened;
}
/** Opens an image, hands it to `use`, and closes it whatever happens. */
async function withImage(source, options, use) {
    const view = await openImage(source, options);
    try {
        return await use(view);
    }
    finally {
        await view.close();
    }
}
async function readSource(source, options) {
    const name = describeSource(source);
    const platforms = options.platforms ? { platforms: options.platforms } : {};
    switch (source.kind) {
        case 'oci':
        case 'oci-archive': {
            if (source.kind === 'oci')
                assertDirectory(source.path);
            const files = source.kind === 'oci'
                ? directoryFiles(source.path)
                : await openArchive(source.path, source.path, options.workDir);
            return holdingFiles(files, (opened) => readOciLayout(opened, {
                source: name,
                ...platforms,
                ...(source.ref ? { reference: source.ref } : {}),
                sourceFor: (ref) => `${source.kind}:${source.path}:${ref}`,
            }));
        }
        case 'docker-archive': {
            await assertArchiveFile(source.path, source.path);
            const files = await openArchive(source.path, source.path, options.workDir);
            return holdingFiles(files, (opened) => readDockerArchive(opened, name, {
                ...platforms,
                ...(source.ref ? { reference: source.ref } : {}),
            }));
        }
        case 'docker':
            try {
                return await readDockerDaemon(source.reference, `docker:${source.reference}`, {
                    ...platforms,
                    workDir: options.workDir,
                });
            }
            catch (error) {
                if (!source.orRegistry || !(error instanceof ImageNotInEngine))
                    throw error;
                return readFromRegistry(source.reference, options, error);
            }
        case 'registry':
            return readRegistry(source.reference, { ...options.registry, ...platforms, source: name });
    }
}
/** A bare name with a registry host that the local engine lacks: its registry, saying both were tried. */
async function readFromRegistry(reference, options, notInEngine) {
    try {
        return await readSource({ kind: 'registry', reference }, options);
    }
    catch (error) {
        if (!(error instanceof errors/* TinySizeError */.kp))
            throw error;
        throw new errors/* TinySizeError */.kp(`${reference} is not in the local engine (${notInEngine.message}), and ${error.message}`, {
            ...error.place,
            cause: error,
            fix: `${error.fix ?? ''} To read only one place, write docker:${reference} or registry:${reference}.`.trim(),
        });
    }
}
function assertDirectory(path) {
    let info;
    try {
        info = (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`the OCI layout directory ${path} does not exist`, {
            file: path,
            cause: error,
            fix: `Check the path; write one with skopeo copy ... oci:${path}.`,
        });
    }
    if (!info.isDirectory()) {
        throw new errors/* TinySizeError */.kp(`${path} is a file, not an OCI layout directory`, {
            file: path,
            fix: `For an archive write oci-archive:${path} or docker-archive:${path}.`,
        });
    }
}




/***/ })

};
