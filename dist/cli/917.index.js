export const id = 917;
export const ids = [917];
export const modules = {

/***/ 2917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ly: () => (/* reexport */ BlobNotFound),
  kV: () => (/* reexport */ DockerArchiveManifest),
  K8: () => (/* reexport */ ImageConfig),
  zu: () => (/* reexport */ MediaType),
  My: () => (/* reexport */ OciLayoutFile),
  a9: () => (/* reexport */ assertVerifiableDigest),
  nD: () => (/* reexport */ blobPath),
  _A: () => (/* reexport */ defaultJsonCap),
  us: () => (/* reexport */ documentMediaType),
  sJ: () => (/* reexport */ isForeignLayer),
  nw: () => (/* reexport */ isIndex),
  Yh: () => (/* reexport */ isManifest),
  GY: () => (/* reexport */ isSchema1Manifest),
  AH: () => (/* reexport */ layerCompression),
  vm: () => (/* reexport */ manifestOnlyView),
  dH: () => (/* reexport */ parseJsonDocument),
  bg: () => (/* reexport */ platformImage),
  J5: () => (/* reexport */ platformMatches),
  Fd: () => (/* reexport */ platformString),
  EF: () => (/* reexport */ readCapped),
  HO: () => (/* reexport */ referenceMatches),
  zG: () => (/* reexport */ settleView),
  sI: () => (/* reexport */ sha256Digest),
  Hs: () => (/* reexport */ sniffCompression),
  zr: () => (/* reexport */ verified),
  vR: () => (/* reexport */ walkImage)
});

// UNUSED EXPORTS: Descriptor, Digest, DigestVerifier, HistoryEntry, ImageIndex, ImageManifest, Platform, containerdNameAnnotation, digestPattern, formatIssues, isImageConfig, isLayer, issuePath, maxIndexDepth, platformOfConfig, readJsonBlob, readJsonBlobWithBytes, refNameAnnotation, referencesOf, sha256Pattern, skipReason

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/oci/types.ts
/**
 * The OCI image spec's documents, as zod schemas: the single place where JSON from an image is
 * trusted. Docker's v2 schema 2 documents share these shapes and differ only in media types.
 * Unknown fields pass through (the spec says implementations MUST ignore them).
 */

/** https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests */
const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** Registered algorithms we verify: https://github.com/opencontainers/image-spec/blob/main/descriptor.md#registered-algorithms */
const sha256Pattern = /^sha256:[a-f0-9]{64}$/;
const Digest = schemas/* string */.YjP().regex(digestPattern, 'not a digest of the form algorithm:encoded');
/** https://github.com/opencontainers/image-spec/blob/main/image-index.md#image-index-property-descriptions (platform) */
const Platform = schemas/* looseObject */._H3({
    architecture: schemas/* string */.YjP(),
    os: schemas/* string */.YjP(),
    'os.version': schemas/* string */.YjP().optional(),
    'os.features': schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    variant: schemas/* string */.YjP().optional(),
    features: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/descriptor.md#properties */
const Descriptor = schemas/* looseObject */._H3({
    mediaType: schemas/* string */.YjP(),
    digest: Digest,
    size: schemas/* number */.aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    urls: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    annotations: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    data: schemas/* string */.YjP().optional(),
    artifactType: schemas/* string */.YjP().optional(),
    platform: Platform.optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/manifest.md#image-manifest-property-descriptions */
const ImageManifest = schemas/* looseObject */._H3({
    schemaVersion: schemas/* literal */.euz(2),
    mediaType: schemas/* string */.YjP().optional(),
    artifactType: schemas/* string */.YjP().optional(),
    config: Descriptor,
    layers: schemas/* array */.YOg(Descriptor),
    subject: Descriptor.optional(),
    annotations: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/image-index.md#image-index-property-descriptions */
const ImageIndex = schemas/* looseObject */._H3({
    schemaVersion: schemas/* literal */.euz(2),
    mediaType: schemas/* string */.YjP().optional(),
    artifactType: schemas/* string */.YjP().optional(),
    manifests: schemas/* array */.YOg(Descriptor),
    subject: Descriptor.optional(),
    annotations: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/config.md#properties */
const HistoryEntry = schemas/* looseObject */._H3({
    created: schemas/* string */.YjP().optional(),
    author: schemas/* string */.YjP().optional(),
    created_by: schemas/* string */.YjP().optional(),
    comment: schemas/* string */.YjP().optional(),
    empty_layer: schemas/* boolean */.zMY().optional(),
});
const ImageConfig = schemas/* looseObject */._H3({
    created: schemas/* string */.YjP().optional(),
    author: schemas/* string */.YjP().optional(),
    architecture: schemas/* string */.YjP(),
    os: schemas/* string */.YjP(),
    'os.version': schemas/* string */.YjP().optional(),
    'os.features': schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    variant: schemas/* string */.YjP().optional(),
    config: schemas/* looseObject */._H3({}).nullable().optional(),
    rootfs: schemas/* looseObject */._H3({
        type: schemas/* literal */.euz('layers'),
        diff_ids: schemas/* array */.YOg(Digest),
    }),
    history: schemas/* array */.YOg(HistoryEntry).optional(),
});
/** https://github.com/opencontainers/image-spec/blob/main/image-layout.md#oci-layout-file */
const OciLayoutFile = schemas/* looseObject */._H3({ imageLayoutVersion: schemas/* string */.YjP() });
/** The legacy `docker save` manifest.json: one entry per image. */
const DockerArchiveManifest = schemas/* array */.YOg(schemas/* looseObject */._H3({
    Config: schemas/* string */.YjP(),
    RepoTags: schemas/* array */.YOg(schemas/* string */.YjP()).nullable().optional(),
    Layers: schemas/* array */.YOg(schemas/* string */.YjP()),
    LayerSources: schemas/* record */.g1P(schemas/* string */.YjP(), Descriptor).optional(),
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

;// CONCATENATED MODULE: ./src/oci/digest.ts
/**
 * Digests: verifying blob bytes as they stream, and reading small JSON documents safely
 * (size-capped, digest-checked, schema-validated).
 * https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests
 */




/** Manifests, indexes and configs are small; anything bigger than this is refused unread. */
const defaultJsonCap = 4 * 1024 * 1024;
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Where a blob lives in an OCI layout: `blobs/sha256/ab12…`. */
function blobPath(digest) {
    const colon = digest.indexOf(':');
    return `blobs/${digest.slice(0, colon)}/${digest.slice(colon + 1)}`;
}
/** Throws unless the digest is a well-formed sha256 digest, the only algorithm verified. */
function assertVerifiableDigest(digest, place = {}) {
    if (sha256Pattern.test(digest))
        return;
    const algorithm = digest.includes(':') ? digest.slice(0, digest.indexOf(':')) : '';
    if (algorithm && algorithm !== 'sha256') {
        throw new errors/* TinySizeError */.kp(`unsupported digest algorithm "${algorithm}" in ${digest}: only sha256 is verified`, {
            ...place,
            fix: 'Write the image with sha256 digests (the default of docker, buildah and skopeo).',
        });
    }
    throw new errors/* TinySizeError */.kp(`malformed digest "${digest}": expected sha256: and 64 lowercase hex digits`, {
        ...place,
        fix: 'The image metadata is damaged: produce the image again.',
    });
}
const mismatchFix = 'The file was changed or damaged after it was written: produce the image again (docker save, skopeo copy, buildah push).';
/**
 * A pass-through stream that hashes bytes as they flow and errors when the byte count or the
 * sha256 digest differ from the descriptor. It errors as soon as too many bytes arrive.
 */
class DigestVerifier extends external_node_stream_.Transform {
    descriptor;
    place;
    #hash = (0,external_node_crypto_.createHash)('sha256');
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
        return new errors/* TinySizeError */.kp(`blob ${this.descriptor.digest} does not match its digest: it holds ${what}`, {
            ...this.place,
            fix: mismatchFix,
        });
    }
}
/** Pipes a raw blob stream through a verifier, carrying errors of the raw stream over. */
function verified(raw, descriptor, place) {
    const verifier = new DigestVerifier(descriptor, place);
    raw.on('error', (error) => verifier.destroy(error instanceof errors/* TinySizeError */.kp
        ? error
        : new errors/* TinySizeError */.kp(`cannot read blob ${descriptor.digest}: ${error.message}`, {
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
    return new errors/* TinySizeError */.kp(`${what} is ${size} bytes, over the ${cap}-byte limit for JSON documents`, {
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
        throw new errors/* TinySizeError */.kp(`${what} is not valid JSON: ${error.message}`, {
            ...place,
            cause: error,
            fix: 'The image metadata is damaged or is not an image document: produce the image again.',
        });
    }
    const result = schema.safeParse(value);
    if (!result.success) {
        throw new errors/* TinySizeError */.kp(`${what} does not match its schema: ${formatIssues(result.error)}`, {
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

;// CONCATENATED MODULE: ./src/oci/image.ts

/**
 * A blob the source does not hold (a missing file, a registry's 404). The walker catches it to
 * name the index that lists the blob.
 */
class BlobNotFound extends errors/* TinySizeError */.kp {
}

;// CONCATENATED MODULE: ./src/oci/media-types.ts
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
    if (isSchema1Manifest(descriptor.mediaType))
        return 'Docker v2 schema 1 manifest (not supported)';
    if (!isIndex(descriptor.mediaType) && !isManifest(descriptor.mediaType)) {
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
                if (isLayer(descriptor.mediaType)) {
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
        const within = { ...place, within: blobPath(descriptor.digest) };
        if (descriptor.size > defaultJsonCap) {
            throw new errors/* TinySizeError */.kp(`${what} is ${descriptor.size} bytes, over the ${defaultJsonCap}-byte limit for JSON documents`, { ...within, fix: 'This is not a plain image document; check that the source is an image.' });
        }
        try {
            return await readCapped(await blobs.open(descriptor), defaultJsonCap, within, what);
        }
        catch (error) {
            if (!(error instanceof BlobNotFound) || parent === undefined)
                throw error;
            const platform = descriptor.platform ? ` (${platformString(descriptor.platform)})` : '';
            throw new errors/* TinySizeError */.kp(`the image index ${parent} lists manifest ${descriptor.digest}${platform}, which ${options.holder} does not have`, {
                ...place,
                within: `index ${parent}`,
                cause: error,
                fix: 'The index is incomplete (a platform was deleted or never pushed): push the whole image again (or copy it whole: skopeo copy --all), e.g. buildah manifest push --all or docker buildx build --push.',
            });
        }
    };
    const parse = (raw, descriptor, schema, what, isRoot) => isRoot && root.document
        ? parseJsonDocument(raw, schema, root.document, { ...place, within: root.document })
        : parseJsonDocument(raw, schema, `${what} ${descriptor.digest}`, {
            ...place,
            within: blobPath(descriptor.digest),
        });
    const readImage = async (descriptor, raw, isRoot) => {
        const manifest = parse(raw, descriptor, ImageManifest, 'manifest', isRoot);
        if (!isImageConfig(manifest.config.mediaType)) {
            return `an artifact, not a runnable image (config media type ${manifest.config.mediaType})`;
        }
        const config = await readJsonBlob(blobs, manifest.config, ImageConfig, { what: 'image config', place });
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
            isManifest(descriptor.mediaType) &&
            !wanted.some((w) => platformMatches(w, declared))) {
            others.push(platformString(declared));
            return;
        }
        const raw = isRoot && root.bytes ? root.bytes : await readBytes(descriptor, parent);
        // The schema check that follows names the fault of bytes that are not JSON.
        const mediaType = documentMediaType(raw, descriptor.mediaType) ?? descriptor.mediaType;
        const actual = { ...descriptor, mediaType };
        if (isIndex(mediaType)) {
            if (depth > maxIndexDepth) {
                throw new errors/* TinySizeError */.kp(`image indexes nest deeper than ${maxIndexDepth} levels`, {
                    ...place,
                    within: `index ${descriptor.digest}`,
                    fix: 'The image index is malformed: write or push the image again.',
                });
            }
            const index = parse(raw, actual, ImageIndex, 'image index', isRoot);
            const entries = isRoot && root.document ? chooseReferences(index.manifests) : index.manifests;
            // A named root file (index.json) is not a blob: a missing entry is reported by the blob store.
            const listedBy = isRoot && root.document ? undefined : descriptor.digest;
            for (const entry of entries)
                await visit(entry, listedBy, depth + 1);
            return;
        }
        if (!isManifest(mediaType)) {
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
            if (!wanted.some((w) => platformMatches(w, image.platform)))
                others.push(platformString(image.platform));
        view.platforms = view.platforms.filter((image) => wanted.some((w) => platformMatches(w, image.platform)));
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
        const key = [platformString(image.platform), image.platform['os.version'] ?? ''].join(' ');
        const other = byPlatform.get(key);
        if (other && other !== image.manifestDescriptor.digest) {
            throw new errors/* TinySizeError */.kp(`${place.file ?? source} holds more than one image for ${platformString(image.platform)} (${other} and ${image.manifestDescriptor.digest}; references: ${view.references.join(', ') || 'none'})`, {
                ...place,
                fix: 'Keep one image per platform: name one reference (oci:DIR:REF), or copy one image out with skopeo copy oci:DIR:REF oci:NEWDIR.',
            });
        }
        byPlatform.set(key, image.manifestDescriptor.digest);
    }
    return view;
}

;// CONCATENATED MODULE: ./src/oci/index.ts
// The public surface of src/oci: other folders import from here only (test/unit/architecture.test.ts).








/***/ })

};
