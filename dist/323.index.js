export const id = 323;
export const ids = [323];
export const modules = {

/***/ 24304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bf: () => (/* binding */ EntryKeeper),
  mg: () => (/* binding */ liveFilesystem),
  Lc: () => (/* binding */ maxKeptEntries),
  Mw: () => (/* binding */ mergedFilesystem),
  qb: () => (/* binding */ normalisePath),
  Dn: () => (/* binding */ pathSum),
  G9: () => (/* binding */ toFileEntry)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/path-pattern.ts
/**
 * Path patterns of `paths:` budgets: an exact absolute path, or a glob where `*` matches within one
 * path segment and `**` (a whole segment) matches any number of segments, none included:
 * `/usr/**` matches every file under /usr, and `/a/**` followed by `/b` matches /a/b and /a/x/y/b.
 * Nothing else is special: `?`, `[` and `{` are literal, as they may be in file names.
 */
/**
 * `*` within one name, by the two-pointer wildcard match: on a mismatch it moves only the last
 * `*` on, so it takes at most |glob| x |name| steps, where a regex backtracks exponentially
 * (`/*a*a*a*a*a*a*a*a*a*a*a*b` against 40 characters took 27 s as a regex).
 */
function nameMatches(glob, name) {
    let g = 0;
    let n = 0;
    let star = -1;
    let resume = 0;
    while (n < name.length) {
        if (glob[g] === '*') {
            star = g++;
            resume = n;
        }
        else if (g < glob.length && glob[g] === name[n]) {
            g++;
            n++;
        }
        else if (star !== -1) {
            g = star + 1;
            n = ++resume;
        }
        else {
            return false;
        }
    }
    while (glob[g] === '*')
        g++;
    return g === glob.length;
}
/**
 * Whole paths, segment by segment, as a set of states (how many pattern segments are matched):
 * `**` keeps its state and lets the next segment start, so every path segment is looked at once
 * per state, never retried, and `/**` twelve times costs twelve states, not 12^depth tries.
 */
function segmentsMatch(globs, names) {
    let states = new Set([0]);
    const close = (set) => {
        // A `**` may match no segment: its state also stands at the next pattern segment.
        for (const state of [...set].sort((a, b) => a - b)) {
            let at = state;
            while (globs[at] === '**')
                set.add(++at);
        }
        return set;
    };
    states = close(states);
    for (const name of names) {
        const next = new Set();
        for (const state of states) {
            const glob = globs[state];
            if (glob === undefined)
                continue;
            if (glob === '**') {
                if (name !== '')
                    next.add(state);
            }
            else if (nameMatches(glob, name)) {
                next.add(state + 1);
            }
        }
        if (next.size === 0)
            return false;
        states = close(next);
    }
    return states.has(globs.length);
}
/** A predicate for absolute, normalised entry paths (`/index.html`). */
function compilePathPattern(pattern) {
    if (!pattern.includes('*'))
        return (path) => path === pattern;
    const globs = pattern.split('/').slice(1);
    return (path) => path.startsWith('/') && segmentsMatch(globs, path.split('/').slice(1));
}

;// CONCATENATED MODULE: ./src/measure/entries.ts
/**
 * Layer tar entries as the size contract sees them: normalised absolute paths, whiteouts
 * resolved to the paths they delete, and the bytes each entry counts in `files`.
 * Whiteouts: https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
 */


const whiteoutPrefix = '.wh.';
const opaqueWhiteout = '.wh..wh..opq';
/** AUFS bookkeeping (`.wh..wh.plnk`, `.wh..wh.aufs`): not part of the filesystem. */
const aufsMetaPrefix = '.wh..wh.';
/** A name with no empty, `.` or `..` segment (most names in a layer): normalising only adds the `/`. */
const plainName = /^(?:\.\/)?([^/]+(?:\/[^/]+)*)\/?$/;
const dotSegment = /(?:^|\/)\.\.?(?:\/|$)/;
/** `./usr/bin/` → `/usr/bin`; `.` and `./` → `/`. `..` cannot climb above the root. */
function normalisePath(name) {
    const plain = plainName.exec(name)?.[1];
    if (plain !== undefined && !dotSegment.test(plain))
        return `/${plain}`;
    const path = external_node_path_.posix.normalize(`/${name}`);
    return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
/** Turns one tar header of layer `layer` into the entry the contract counts. */
function toFileEntry(header, layer) {
    const path = normalisePath(header.name);
    if (path.includes('/.wh.')) {
        const slash = path.lastIndexOf('/');
        const base = path.slice(slash + 1);
        const dir = slash === 0 ? '/' : path.slice(0, slash);
        if (base === opaqueWhiteout)
            return { path, size: 0, type: 'opaque-whiteout', layer, target: dir };
        if (base.startsWith(aufsMetaPrefix))
            return { path, size: 0, type: 'other', layer };
        if (base.startsWith(whiteoutPrefix)) {
            return {
                path,
                size: 0,
                type: 'whiteout',
                layer,
                target: external_node_path_.posix.join(dir, base.slice(whiteoutPrefix.length)),
            };
        }
    }
    switch (header.type) {
        case 'file': {
            // Mode and owner: what `diff` reports as changed when the bytes are not. A header has all
            // three: made in one literal, the entry holds them in the object itself (fields added
            // afterwards would go to a second array: 16 bytes more per entry, 100,000s of entries).
            const { size, mode, uid, gid } = header;
            if (mode !== undefined && uid !== undefined && gid !== undefined)
                return { path, size, type: 'file', layer, mode, uid, gid };
            const entry = { path, size, type: 'file', layer };
            if (mode !== undefined)
                entry.mode = mode;
            if (uid !== undefined)
                entry.uid = uid;
            if (gid !== undefined)
                entry.gid = gid;
            return entry;
        }
        case 'directory':
            return { path, size: 0, type: 'directory', layer };
        case 'symlink':
            // A symlink's target is kept as written: relative targets resolve from the link's directory.
            return { path, size: 0, type: 'symlink', layer, target: header.linkname ?? '' };
        case 'link':
            // A hard link names another entry of the archive.
            return { path, size: 0, type: 'hardlink', layer, target: normalisePath(header.linkname ?? '') };
        default:
            return { path, size: 0, type: 'other', layer };
    }
}
function isUnder(path, dir) {
    return dir === '/' ? path !== '/' : path.startsWith(`${dir}/`);
}
/** `/a/b/c` → `/a/b`, `/a`, `/`: every directory above a path. */
function* ancestors(path) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        yield path.slice(0, slash);
    }
    if (path !== '/')
        yield '/';
}
/** Removes from `live` what the whiteouts of entries[start..end) (one layer) delete: one pass, however many. */
function applyWhiteouts(live, entries, start, end) {
    const deleted = new Set();
    const opaque = new Set();
    for (let index = start; index < end; index++) {
        const entry = entries[index];
        if (entry.type === 'whiteout')
            deleted.add(entry.target ?? entry.path);
        if (entry.type === 'opaque-whiteout')
            opaque.add(entry.target ?? entry.path);
    }
    if (deleted.size === 0 && opaque.size === 0)
        return;
    for (const path of live.keys()) {
        if (deleted.has(path))
            live.delete(path);
        else
            for (const dir of ancestors(path)) {
                if (deleted.has(dir) || opaque.has(dir)) {
                    live.delete(path);
                    break;
                }
            }
    }
}
/**
 * The filesystem a container sees after applying the layers in order: for each path, the entry
 * of the highest layer that still stands. Whiteouts delete a path and everything under it from
 * lower layers; an opaque whiteout hides everything under its directory from lower layers.
 * Entries must be in layer order (as PlatformSizes.entries are). In no particular order.
 * Indexed loops, no copies: with 100,000 entries, each copy or array iterator is megabytes of garbage.
 */
function liveFilesystem(entries) {
    const live = new Map();
    let start = 0;
    while (start < entries.length) {
        const layer = entries[start].layer;
        let end = start + 1;
        while (end < entries.length && entries[end].layer === layer)
            end++;
        // Deletions of a layer apply to the lower layers only, whatever their order in the tar.
        applyWhiteouts(live, entries, start, end);
        for (let index = start; index < end; index++) {
            const entry = entries[index];
            if (entry.type === 'whiteout' || entry.type === 'opaque-whiteout')
                continue;
            // A non-directory replacing a directory removes what was under it.
            const previous = live.get(entry.path);
            if (previous?.type === 'directory' && entry.type !== 'directory') {
                for (const path of [...live.keys()])
                    if (isUnder(path, entry.path))
                        live.delete(path);
            }
            live.set(entry.path, entry);
        }
        start = end;
    }
    return live;
}
/** The final filesystem (see liveFilesystem), sorted by path. */
function mergedFilesystem(entries) {
    return [...liveFilesystem(entries).values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
/**
 * Entries kept per platform. A layer of 3,000,000 empty files (141 KB as zstd) would otherwise
 * hold 660 MB of entries; beyond this many, only the largest are kept, the rest are counted, and
 * the budgets' `paths:` sums are taken over every entry as it passes (`pathSums`).
 */
const maxKeptEntries = 100_000;
/**
 * Keeps the largest `limit` entries in their original order and counts the others; sums the files
 * matching each pattern over all of them. Pruning sorts when the buffer reaches twice the limit,
 * so adding n entries costs O(n log limit) and memory stays below 2 x limit entries. The entries
 * are held as they come, with no wrapper: their order is their place in the array.
 */
class EntryKeeper {
    #limit;
    #matchers;
    #kept = [];
    omitted = 0;
    /** The most entries held at once (at most twice the limit). */
    peakHeld = 0;
    pathSums = {};
    constructor(patterns = [], limit = maxKeptEntries) {
        this.#limit = limit;
        this.#matchers = [...new Set(patterns)].map((pattern) => [pattern, compilePathPattern(pattern)]);
        for (const [pattern] of this.#matchers)
            this.pathSums[pattern] = { bytes: 0, matched: 0 };
    }
    add(entry) {
        if (entry.type === 'file') {
            for (const [pattern, matches] of this.#matchers) {
                if (!matches(entry.path))
                    continue;
                const sum = this.pathSums[pattern];
                sum.bytes += entry.size;
                sum.matched++;
            }
        }
        this.#kept.push(entry);
        if (this.#kept.length >= 2 * this.#limit)
            this.#prune();
    }
    /** Adds what another keeper kept and left out (a layer's, into its platform's). */
    merge(other) {
        // One copy of exactly the right length, rather than growing the array entry by entry.
        this.#kept = this.#kept.concat(other.entries);
        this.omitted += other.omitted;
        for (const [pattern, sum] of Object.entries(other.pathSums ?? {})) {
            const into = this.pathSums[pattern] ?? { bytes: 0, matched: 0 };
            into.bytes += sum.bytes;
            into.matched += sum.matched;
            this.pathSums[pattern] = into;
        }
        if (this.#kept.length >= 2 * this.#limit)
            this.#prune();
    }
    #prune() {
        const kept = this.#kept;
        const limit = this.#limit;
        this.peakHeld = Math.max(this.peakHeld, kept.length);
        if (kept.length <= limit)
            return;
        // The limit-th largest size: every larger entry stays, and of the entries of exactly that size
        // the earliest ones, so the result does not depend on timing. The sizes sort in a typed array
        // (natively, off the JS heap) and the kept entries move up in place: no garbage per entry.
        const sizes = new Float64Array(kept.length);
        for (let index = 0; index < kept.length; index++)
            sizes[index] = kept[index].size;
        sizes.sort();
        const threshold = sizes[kept.length - limit];
        let equalKept = limit;
        for (let index = kept.length - 1; sizes[index] > threshold; index--)
            equalKept--;
        let held = 0;
        for (let index = 0; index < kept.length; index++) {
            const entry = kept[index];
            if (entry.size > threshold || (entry.size === threshold && equalKept-- > 0))
                kept[held++] = entry;
        }
        this.omitted += kept.length - limit;
        kept.length = limit;
    }
    /** The kept entries in the order they were added (the keeper's own array: add no more after). */
    entries() {
        this.#prune();
        return this.#kept;
    }
}
/**
 * The bytes and number of regular files matching a `paths:` pattern: from the sums taken over
 * every entry when the measurement has them, else over its entries (all of them were kept).
 */
function pathSum(platform, pattern) {
    const summed = platform.pathSums?.[pattern];
    if (summed)
        return summed;
    const matches = compilePathPattern(pattern);
    const sum = { bytes: 0, matched: 0 };
    for (const entry of platform.entries) {
        if (entry.type !== 'file' || !matches(entry.path))
            continue;
        sum.bytes += entry.size;
        sum.matched++;
    }
    return sum;
}


/***/ }),

/***/ 38323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EntryKeeper: () => (/* reexport */ entries/* EntryKeeper */.bf),
  alwaysEstimateBelow: () => (/* binding */ alwaysEstimateBelow),
  byteMetrics: () => (/* reexport */ metrics/* byteMetrics */.yS),
  compressedNotEstimatedNote: () => (/* reexport */ compressedNotEstimatedNote),
  dockerPushManifest: () => (/* reexport */ dockerPushManifest),
  estimateCompressedFlag: () => (/* reexport */ estimateCompressedFlag),
  gzipEstimateNote: () => (/* reexport */ gzipEstimateNote),
  gzipPaths: () => (/* reexport */ gzipPaths),
  joinNotes: () => (/* binding */ joinNotes),
  layerConcurrency: () => (/* binding */ layerConcurrency),
  manifestOnlyNote: () => (/* binding */ manifestOnlyNote),
  maxKeptEntries: () => (/* reexport */ entries/* maxKeptEntries */.Lc),
  measureImage: () => (/* binding */ measureImage),
  mergedFilesystem: () => (/* reexport */ entries/* mergedFilesystem */.Mw),
  metrics: () => (/* reexport */ metrics/* metrics */.qd),
  normalisePath: () => (/* reexport */ entries/* normalisePath */.qb),
  pathSum: () => (/* reexport */ entries/* pathSum */.Dn),
  rootfsSizes: () => (/* reexport */ rootfs/* rootfsSizes */._),
  walkTar: () => (/* reexport */ walkTar),
  zstdPaths: () => (/* reexport */ zstdPaths)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/measure/docker-manifest.ts
/**
 * The Docker v2 schema 2 manifest that `docker push` would write for an image that has no real
 * manifest (a legacy `docker save` archive), to estimate the manifest's bytes in `pull`.
 * Docker (distribution's schema2.FromStruct) serialises it with Go's json.MarshalIndent and three
 * spaces of indentation, fields in struct order, `size` omitted when 0, no trailing newline.
 * https://distribution.github.io/distribution/spec/manifest-v2-2/
 */

function descriptorFields(mediaType, blob) {
    // Go's encoder omits a zero `size` (omitempty); key order follows distribution.Descriptor.
    return blob.size === 0
        ? { mediaType, digest: blob.digest }
        : { mediaType, size: blob.size, digest: blob.digest };
}
/** The exact text `docker push` writes for this config and these (gzip) layers. */
function dockerPushManifest(config, layers) {
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.dockerManifest,
        config: descriptorFields(media_types/* MediaType */.zu.dockerConfig, config),
        layers: layers.map((layer) => descriptorFields(media_types/* MediaType */.zu.dockerLayerGzip, layer)),
    };
    // JSON.stringify matches Go's MarshalIndent here: same indentation, `[]` for no layers, and the
    // strings involved (media types, hex digests) need no escaping in either.
    return JSON.stringify(manifest, null, 3);
}

// EXTERNAL MODULE: ./src/measure/entries.ts + 1 modules
var entries = __webpack_require__(24304);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/measure/decoders.ts
/**
 * What gzip and zstd layers share: the choice among decoders (the fastest present, or the one an
 * environment variable names), the last stage of a layer's pipeline, and a decompressor run as a
 * child process (`zstd -dc`, `igzip -dc`): the compressed bytes go to its stdin, its output comes
 * back, and a non-zero exit is an error carrying the tool's own message. The child is killed when
 * the pipeline stops early.
 *
 * Decoded bytes go to a `ChunkConsumer`, synchronously. A child's output is read through a Unix
 * socket into one reused 1 MiB buffer (net's `onread`), not as a stream: a stream reads 64 KiB at
 * a time into a new Buffer each, which for a 1 GB layer is 16,000 reads and 1 GB of garbage
 * waiting for the collector (tens of MB of RSS), and a third of the main thread's time.
 */







/**
 * Output chunks of the in-process decoders (zlib, native zstd) and of the gzip estimator: zlib's
 * 16 KiB default costs 2.5x in hand-overs between the thread pool and the main thread.
 */
const outputChunkBytes = 256 * 1024;
/** The buffer a child's output is read into: a read returns what the socket holds, ~200 KiB. */
const childReadBytes = 1024 * 1024;
const present = new Map();
/** Whether `command --version` runs here (asked once per process). */
function commandPresent(command) {
    let found = present.get(command);
    if (found === undefined) {
        found = (0,external_node_child_process_.spawnSync)(command, ['--version'], { stdio: 'ignore' }).status === 0;
        present.set(command, found);
    }
    return found;
}
/** The decoder `variable` names when it is present here, else the fastest present (the first). */
function chosenDecoder(variable, present, what) {
    const named = process.env[variable];
    if (!named)
        return present[0];
    if (!present.includes(named)) {
        throw new errors/* TinySizeError */.kp(`${variable}=${named} names no ${what} decoder present here`, {
            fix: `choose among ${present.join(', ')}, or unset it to use the fastest`,
        });
    }
    return named;
}
/** The last stage of a pipeline of decoded chunks: hands each to `consume`. */
function consumeStage(consume) {
    return new external_node_stream_.Writable({
        highWaterMark: childReadBytes,
        write(chunk, _encoding, callback) {
            try {
                consume(chunk);
            }
            catch (error) {
                callback(error);
                return;
            }
            callback();
        },
    });
}
/** A full stdin can take more, or never will: a child that died closes it without a 'drain'. */
function drainedOrClosed(stream) {
    return new Promise((resolve) => {
        const done = () => {
            stream.off('drain', done).off('close', done);
            resolve();
        };
        stream.on('drain', done).on('close', done);
    });
}
function decoders_closed(stream) {
    return stream.closed ? Promise.resolve() : new Promise((resolve) => stream.once('close', () => resolve()));
}
/**
 * A decoder stopped from outside (a signal: the kernel's out-of-memory killer, most often): not a
 * fault of the bytes.
 */
class DecoderStopped extends Error {
    name = 'DecoderStopped';
}
/** The longest Unix socket path every platform takes (sun_path is 104 bytes on macOS). */
const maxSocketPath = 100;
/**
 * A connected socket pair whose reading end hands each read to `onRead`. Made through a socket in
 * a fresh private directory (mode 0700: no other user can connect), removed once connected.
 * Undefined when no socket can be made there (a path too long for one, no room): the child's
 * stdout is then read as a stream.
 */
async function childOutput(onRead) {
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tsg-pipe-')).catch(() => undefined);
    if (dir === undefined)
        return undefined;
    const path = (0,external_node_path_.join)(dir, 'out');
    if (path.length > maxSocketPath) {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
        return undefined;
    }
    const server = (0,external_node_net_.createServer)({ pauseOnConnect: true });
    const buffer = Buffer.allocUnsafe(childReadBytes);
    let ours;
    try {
        await new Promise((resolve, reject) => server.once('error', reject).listen(path, resolve));
        const accepted = new Promise((resolve) => server.once('connection', resolve));
        const reading = (0,external_node_net_.connect)({
            path,
            onread: {
                buffer,
                callback: (length) => {
                    onRead(buffer.subarray(0, length));
                    return true;
                },
            },
        });
        ours = reading;
        const ended = new Promise((resolve, reject) => {
            reading
                .once('end', resolve)
                .once('close', () => resolve())
                .once('error', reject);
        });
        ended.catch(() => { });
        // Flowing, so the end of the stream is seen; the bytes themselves go to onread's callback.
        reading.resume();
        await new Promise((resolve, reject) => reading.once('connect', resolve).once('error', reject));
        return { childEnd: await accepted, ours: reading, ended };
    }
    catch {
        ours?.destroy();
        return undefined;
    }
    finally {
        server.close();
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Runs `decoder` over the source, handing its output to `consume`; the last stage of a
 * stream.pipeline.
 */
function decodeInChild(decoder, consume) {
    return async (source) => {
        let produced = 0;
        let consumeFailed;
        // Called only once the child runs: nothing reaches our end of the socket before.
        const take = (chunk) => {
            if (consumeFailed)
                return;
            try {
                produced += chunk.length;
                consume(chunk);
            }
            catch (error) {
                // Thrown from a socket's read callback it would be uncaught: stop the child instead.
                consumeFailed = error;
                child.kill();
            }
        };
        const output = await childOutput(take);
        const child = (0,external_node_child_process_.spawn)(decoder.command, decoder.args, {
            stdio: ['pipe', output?.childEnd ?? 'pipe', 'pipe'],
        });
        // The child holds its own copy: when it exits, our end reads the end of the stream.
        output?.childEnd.destroy();
        // Pipes, as stdio asks (stdout is one when there is no socket).
        const stdin = child.stdin;
        const stdout = child.stdout;
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (text) => {
            if (stderr.length < 4096)
                stderr += text;
        });
        /** How the child ended: undefined when it succeeded. */
        const exited = new Promise((resolve, reject) => {
            child.once('error', reject);
            child.once('close', (code, signal) => resolve(code === 0 ? undefined : signal ? `killed by ${signal}` : `exit code ${code}`));
        });
        exited.catch(() => { });
        // A decoder that stops reading (it failed) breaks the pipe: that error is the exit status's.
        stdin.on('error', () => { });
        const feeding = (async () => {
            for await (const chunk of source) {
                decoder.onInput?.(chunk);
                if (!stdin.write(chunk))
                    await drainedOrClosed(stdin);
                if (stdin.destroyed)
                    return;
            }
            stdin.end();
        })();
        let fed;
        feeding.catch((error) => {
            fed = error ?? new Error('input failed');
            child.kill();
        });
        try {
            if (output)
                await output.ended;
            else
                for await (const chunk of stdout)
                    take(chunk);
            const ended = await exited;
            if (consumeFailed)
                throw consumeFailed;
            if (fed)
                throw fed;
            await feeding;
            if (ended)
                throw decoder.failure(stderr.replace(/^.*?: /gm, '').trim(), ended);
            decoder.onSuccess?.(produced);
        }
        finally {
            // Stopped early or failed: end the child and wait until its pipes are closed, so a failed
            // measurement leaves no process or descriptor behind.
            if (child.exitCode === null && child.signalCode === null)
                child.kill();
            const pipes = [stdin, stdout, child.stderr, output?.ours].filter((pipe) => pipe != null);
            for (const pipe of pipes)
                pipe.destroy();
            await Promise.all([exited.catch(() => { }), ...pipes.map(decoders_closed)]);
        }
    };
}

;// CONCATENATED MODULE: ./src/measure/gzip.ts



/** TINY_SIZE_GATE_GZIP=igzip|zlib picks the inflater (the benchmark times each). */
const gzipPathVariable = 'TINY_SIZE_GATE_GZIP';
/** The inflaters this process can use, fastest first. */
function gzipPaths() {
    return commandPresent('igzip') ? ['igzip', 'zlib'] : ['zlib'];
}
/** The inflater to use: the one TINY_SIZE_GATE_GZIP names, else the fastest present. */
function preferredGzipPath() {
    return chosenDecoder(gzipPathVariable, gzipPaths(), 'gzip');
}
/** igzip's result cannot stand alone (it failed, or the stream is not one plain member): ask zlib. */
class GzipFastPathRefused extends Error {
    name = 'GzipFastPathRefused';
}
/** igzip -dc, checked against the trailer's ISIZE (the uncompressed length modulo 2^32). */
function inflateWithIgzip(consume) {
    let tail = Buffer.alloc(0);
    return decodeInChild({
        command: 'igzip',
        args: ['-d', '-c'],
        failure: (detail, ended) => new GzipFastPathRefused(`igzip -d failed: ${detail || ended}`),
        // A copy: a view would keep the whole input chunk alive.
        onInput: (chunk) => {
            tail = Buffer.from(Buffer.concat([tail, chunk.subarray(-4)]).subarray(-4));
        },
        onSuccess: (produced) => {
            if (tail.length < 4 || tail.readUInt32LE(0) !== produced % 2 ** 32) {
                throw new GzipFastPathRefused('the blob does not end with the trailer of one gzip member');
            }
        },
    }, consume);
}
/** Inflates a gzip stream by `path`, handing the tar's bytes to `consume`. */
function inflate(blob, consume, path = preferredGzipPath()) {
    return path === 'igzip'
        ? (0,promises_.pipeline)(blob, inflateWithIgzip(consume))
        : (0,promises_.pipeline)(blob, (0,external_node_zlib_.createGunzip)({ chunkSize: outputChunkBytes }), consumeStage(consume));
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./src/measure/scavenge.ts
/**
 * Frees the decoded chunks of a measurement as it goes. Each chunk a decoder hands over is a
 * Buffer whose memory lies outside V8's heap, and V8 frees it only at a collection: its young
 * generation fills slowly (a chunk is one small object in it), so dead chunks piled up until
 * external memory grew by 64 MB and forced a full collection. Measuring the benchmark's 1 GB layer
 * on Node 24 took 29 full collections (222 ms) and kept 40-80 MB of dead chunks resident. A
 * scavenge (the young generation's collection, a fraction of a millisecond here) every 8 MiB of
 * decoded bytes frees them while they are young: 2 full collections, 94 ms of GC in all, and a
 * peak RSS of 145 MB instead of 185 (Node 20: 132 instead of 153).
 *
 * V8 lets a script ask for a collection only under --expose-gc, which an action cannot pass to
 * node: the flag is set at run time and the function read from a new context (as Jest's leak
 * detector does). Where that fails, nothing is asked and V8 collects on its own.
 */


/** Decoded bytes between two scavenges. */
const scavengeEveryBytes = 8 * 1024 * 1024;
let collect;
let sinceLast = 0;
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        const exposed = globalThis.gc;
        if (exposed)
            collect = exposed;
        else {
            (0,external_node_v8_.setFlagsFromString)('--expose-gc');
            collect = (0,external_node_vm_.runInNewContext)('gc');
        }
    }
    catch {
        collect = null;
    }
    return collect;
}
/** Counts `bytes` of chunks just consumed; every scavengeEveryBytes, frees the dead ones. */
function consumed(bytes) {
    sinceLast += bytes;
    if (sinceLast < scavengeEveryBytes)
        return;
    sinceLast = 0;
    collector()?.({ type: 'minor' });
}

;// CONCATENATED MODULE: ./src/measure/tar-walk.ts
/**
 * The one place that parses layer tars: a walk over the headers. Measuring needs only the
 * headers, so entry data is skipped by counting, never copied: the walk costs next to nothing
 * beside inflate and the sha256 of the tar. Reads ustar, v7, GNU long names (`L`, `K`), pax
 * `path`, `linkpath` and `size`, and GNU base-256 sizes; refuses negative, fractional or
 * non-numeric sizes and bad checksums. Global pax headers (`g`) change no entry, as in Go's
 * archive/tar (what Docker reads layers with).
 * https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html
 */


/** The bytes are not a well-formed tar (as opposed to an I/O or digest error). */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const block = 512;
/** Long names and pax records are held whole: more than this is not a name but an attack. */
const maxMetaBytes = 1 << 20;
function cString(buf, start, length) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}
/** An octal field, or GNU base-256 (high bit of the first byte set); undefined when unreadable. */
function numeric(buf, start, length) {
    const first = buf[start];
    if (first & 0x80) {
        // 0xff starts a negative base-256 number: no size is negative.
        if (first === 0xff)
            return undefined;
        let value = first & 0x7f;
        for (let i = start + 1; i < start + length; i++)
            value = value * 256 + buf[i];
        return Number.isSafeInteger(value) ? value : undefined;
    }
    let value = 0;
    let digits = 0;
    let at = start;
    const end = start + length;
    while (at < end && (buf[at] === 0x20 || buf[at] === 0))
        at++;
    for (; at < end; at++) {
        const byte = buf[at];
        if (byte === 0 || byte === 0x20)
            break;
        if (byte < 0x30 || byte > 0x37)
            return undefined;
        value = value * 8 + (byte - 0x30);
        digits++;
    }
    for (; at < end; at++)
        if (buf[at] !== 0 && buf[at] !== 0x20)
            return undefined;
    return digits || value === 0 ? value : undefined;
}
/** The header's bytes summed, with the checksum field (148-155) counted as 8 spaces. */
function headerSum(buf, at) {
    let sum = 8 * 0x20;
    for (let i = at; i < at + 148; i++)
        sum += buf[i];
    for (let i = at + 156; i < at + block; i++)
        sum += buf[i];
    return sum;
}
/** How many of the header's bytes (the checksum field aside) are above 127. */
function highBytes(buf, at) {
    let count = 0;
    for (let i = at; i < at + block; i++)
        if (buf[i] > 127 && (i < at + 148 || i >= at + 156))
            count++;
    return count;
}
/**
 * The header at `at`: its checksum is the unsigned sum, as every tar writer since POSIX makes
 * it, or the signed one (bytes above 127 negative) of some old tars, counted only when the
 * unsigned sum does not match: this is the walk's most frequent check.
 */
function checksumMatches(buf, at) {
    const stored = numeric(buf, at + 148, 8);
    const unsigned = headerSum(buf, at);
    return stored === unsigned || stored === unsigned - 256 * highBytes(buf, at);
}
function isZeroBlock(buf, at) {
    for (let i = at; i < at + block; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}
/** Pax extended header records: `<length> <key>=<value>\n`, each length counting itself. */
function parsePax(data) {
    const records = new Map();
    let at = 0;
    while (at < data.length) {
        if (data[at] === 0)
            break; // NUL padding after the last record
        const space = data.indexOf(0x20, at);
        const lengthText = space === -1 ? '' : data.toString('latin1', at, space);
        const length = /^[0-9]{1,9}$/.test(lengthText) ? Number(lengthText) : 0;
        if (length <= space - at + 1 || at + length > data.length || data[at + length - 1] !== 0x0a) {
            throw new TarFormatError(`a pax extended header has a malformed record at byte ${at}`);
        }
        const record = data.toString('utf8', space + 1, at + length - 1);
        const equals = record.indexOf('=');
        if (equals > 0)
            records.set(record.slice(0, equals), record.slice(equals + 1));
        at += length;
    }
    return records;
}
function entryType(flag, name) {
    switch (flag) {
        case 0: // v7 regular file
        case 0x30: // '0'
        case 0x37: // '7' contiguous file
            // Old tars mark a directory by a trailing slash on a regular-file entry.
            return name.endsWith('/') ? 'directory' : 'file';
        case 0x31:
            return 'link';
        case 0x32:
            return 'symlink';
        case 0x35:
            return 'directory';
        default:
            return 'other';
    }
}
const paxHeader = 0x78; // 'x'
const paxGlobal = 0x67; // 'g'
const gnuLongName = 0x4c; // 'L'
const gnuLongLink = 0x4b; // 'K'
/**
 * A push parser over the bytes of a tar: `write` as many chunks as come, then `end`. It keeps at
 * most one header and one long-name or pax record; entry data is skipped by counting.
 */
class TarHeaderWalker {
    #onEntry;
    #header = Buffer.alloc(block);
    #headerFill = 0;
    /** Bytes of entry data (and padding) still to skip. */
    #skip = 0;
    /** Collecting a long name or pax record: its flag, bytes and the padding after it. */
    #meta;
    #pending = {};
    #offset = 0;
    #zeroBlocks = 0;
    #done = false;
    constructor(onEntry) {
        this.#onEntry = onEntry;
    }
    /** Bytes walked so far. */
    get offset() {
        return this.#offset;
    }
    write(chunk) {
        let at = 0;
        const length = chunk.length;
        while (at < length && !this.#done) {
            if (this.#skip > 0) {
                const step = Math.min(this.#skip, length - at);
                this.#skip -= step;
                at += step;
                continue;
            }
            const meta = this.#meta;
            if (meta) {
                const step = Math.min(meta.data.length - meta.fill, length - at);
                chunk.copy(meta.data, meta.fill, at, at + step);
                meta.fill += step;
                at += step;
                if (meta.fill === meta.data.length) {
                    this.#meta = undefined;
                    this.#skip = meta.padding;
                    this.#applyMeta(meta.flag, meta.data);
                }
                continue;
            }
            // Most headers arrive whole inside a chunk: parse them in place, without a copy or a view.
            if (this.#headerFill === 0 && length - at >= block) {
                this.#onHeader(chunk, at, this.#offset + at);
                at += block;
                continue;
            }
            const step = Math.min(block - this.#headerFill, length - at);
            chunk.copy(this.#header, this.#headerFill, at, at + step);
            this.#headerFill += step;
            at += step;
            if (this.#headerFill === block) {
                this.#headerFill = 0;
                this.#onHeader(this.#header, 0, this.#offset + at - block);
            }
        }
        this.#offset += length;
    }
    /** The input ended: throws when it ended inside a header or an entry's data. */
    end() {
        if (this.#done)
            return;
        if (this.#headerFill > 0 || this.#meta || this.#skip > 0) {
            throw new TarFormatError(`the tar ends in the middle of an entry (after ${this.#offset} bytes)`);
        }
    }
    /** The header in `buf` at `at`, which is byte `position` of the tar. */
    #onHeader(buf, at, position) {
        if (isZeroBlock(buf, at)) {
            // Two zero blocks end the archive; what follows (record padding) is not entries.
            if (++this.#zeroBlocks === 2)
                this.#done = true;
            return;
        }
        this.#zeroBlocks = 0;
        if (!checksumMatches(buf, at)) {
            throw new TarFormatError(position === 0
                ? 'its first 512 bytes are not a tar header (bad checksum)'
                : `the header at byte ${position} has a bad checksum`);
        }
        const flag = buf[at + 156];
        const headerSize = numeric(buf, at + 124, 12);
        if (headerSize === undefined) {
            throw new TarFormatError(`the header at byte ${position} has an unreadable or negative size`);
        }
        const padding = (block - (headerSize % block)) % block;
        if (flag === paxHeader || flag === paxGlobal || flag === gnuLongName || flag === gnuLongLink) {
            if (headerSize > maxMetaBytes) {
                throw new TarFormatError(`the header at byte ${position} declares a ${headerSize}-byte long name or pax record, over the ${maxMetaBytes}-byte limit`);
            }
            if (headerSize === 0)
                this.#applyMeta(flag, Buffer.alloc(0));
            else
                this.#meta = { flag, data: Buffer.allocUnsafe(headerSize), fill: 0, padding };
            return;
        }
        const ustar = buf.toString('latin1', at + 257, at + 265) === 'ustar\x0000';
        const rawName = cString(buf, at, 100);
        const prefix = ustar && buf[at + 345] !== 0 ? cString(buf, at + 345, 155) : '';
        const pending = this.#pending;
        this.#pending = {};
        const name = pending.name ?? (prefix ? `${prefix}/${rawName}` : rawName);
        const size = pending.size ?? headerSize;
        const type = entryType(flag, name);
        const entry = { name, type, size };
        if (type === 'file') {
            const mode = numeric(buf, at + 100, 8);
            const uid = numeric(buf, at + 108, 8);
            const gid = numeric(buf, at + 116, 8);
            if (mode !== undefined)
                entry.mode = mode & 0o7777;
            if (uid !== undefined)
                entry.uid = uid;
            if (gid !== undefined)
                entry.gid = gid;
        }
        const linkname = pending.linkname ?? (buf[at + 157] === 0 ? '' : cString(buf, at + 157, 100));
        if (linkname)
            entry.linkname = linkname;
        this.#skip = size + ((block - (size % block)) % block);
        this.#onEntry(entry);
    }
    #applyMeta(flag, data) {
        if (flag === gnuLongName)
            this.#pending.name = cString(data, 0, data.length);
        else if (flag === gnuLongLink)
            this.#pending.linkname = cString(data, 0, data.length);
        else if (flag === paxHeader) {
            const records = parsePax(data);
            const path = records.get('path');
            const linkpath = records.get('linkpath');
            const size = records.get('size');
            if (path !== undefined)
                this.#pending.name = path;
            if (linkpath !== undefined)
                this.#pending.linkname = linkpath;
            if (size !== undefined) {
                const value = /^[0-9]{1,16}$/.test(size) ? Number(size) : Number.NaN;
                if (!Number.isSafeInteger(value)) {
                    throw new TarFormatError(`a pax header gives the size "${size}", which is not a whole number of bytes`);
                }
                this.#pending.size = value;
            }
        }
        else
            parsePax(data); // global records: checked, but they change no entry
    }
}
/** A writable that walks the tar written to it, calling onEntry for each header in order. */
function createTarWalker(onEntry) {
    const walker = new TarHeaderWalker(onEntry);
    return new external_node_stream_.Writable({
        highWaterMark: 1 << 20,
        write(chunk, _encoding, callback) {
            try {
                walker.write(chunk);
                callback();
            }
            catch (error) {
                callback(error);
            }
        },
        final(callback) {
            try {
                walker.end();
                callback();
            }
            catch (error) {
                callback(error);
            }
        },
    });
}
/** Walks a whole tar stream; resolves after the last byte was read. */
async function walkTar(source, onEntry) {
    await (0,promises_.pipeline)(source, createTarWalker(onEntry));
}

// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(68339);
;// CONCATENATED MODULE: ./src/measure/zstd.ts
/**
 * Streaming zstd decompression for layers (`application/vnd.oci.image.layer.v1.tar+zstd`), by the
 * fastest decoder at hand: Node's own (zlib.createZstdDecompress, Node >= 22.15 and 23.8, so the
 * action's node24), else the `zstd` CLI when installed, else fzstd (pure JS, 3-4x slower).
 * Every path first passes the bytes through a frame scanner that refuses a window above 2^27
 * bytes, as `zstd -d` does by default: a frame may declare a 1 GiB window, which a decoder would
 * allocate. https://www.rfc-editor.org/rfc/rfc8878#name-frame-header
 */





/** The bytes are not valid zstd (or declare more than we decode), as opposed to an I/O or digest error. */
class ZstdDataError extends Error {
    name = 'ZstdDataError';
}
/** `zstd -d`'s default limit (its --memory=128MB): a window up to 2^27 bytes. */
const maxWindowLog = 27;
/**
 * fzstd copies its whole window after every block, so a big window costs window × blocks:
 * 10^9 zeros with `--long=27` take 72 s. It is the last resort, limited to the 8 MiB window of
 * zstd's levels 1-19; bigger windows need native zstd or the CLI, and the message says so.
 */
const fzstdMaxWindowLog = 23;
function nativeZstd() {
    const create = external_node_zlib_.createZstdDecompress;
    return typeof create === 'function' ? create : undefined;
}
/** The decoders this process can use, fastest first. */
function zstdPaths() {
    const paths = [];
    if (nativeZstd())
        paths.push('native');
    if (commandPresent('zstd'))
        paths.push('cli');
    paths.push('fzstd');
    return paths;
}
/** TINY_SIZE_GATE_ZSTD=native|cli|fzstd picks the decoder (the benchmark times each). */
const zstdPathVariable = 'TINY_SIZE_GATE_ZSTD';
/** The decoder to use: the one TINY_SIZE_GATE_ZSTD names, else the fastest present. */
function preferredZstdPath() {
    return chosenDecoder(zstdPathVariable, zstdPaths(), 'zstd');
}
function sizeText(bytes) {
    return bytes >= 2 ** 20 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`;
}
/**
 * Walks zstd frames (RFC 8878) as the bytes pass, without decoding: frame headers, block headers,
 * checksums and skippable frames. Refuses a window above 2^windowLogMax before any decoder
 * allocates it. Cheap: it looks at a few bytes per block of up to 128 KiB.
 */
class ZstdFrameScanner extends external_node_stream_.Transform {
    #limitLog;
    #limitHint;
    /** Bytes collected for the field being read, and how many it needs. */
    #field = Buffer.alloc(18);
    #fill = 0;
    #need = 4;
    #state = 'magic';
    #skip = 0;
    #descriptor = 0;
    #afterLastBlock = 0;
    constructor(windowLogMax = maxWindowLog, limitHint = '') {
        super({ highWaterMark: 1 << 20 });
        this.#limitLog = windowLogMax;
        this.#limitHint = limitHint;
    }
    _transform(chunk, _encoding, callback) {
        try {
            this.#scan(chunk);
        }
        catch (error) {
            callback(error);
            return;
        }
        callback(null, chunk);
    }
    #scan(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.#skip > 0) {
                const step = Math.min(this.#skip, chunk.length - at);
                this.#skip -= step;
                at += step;
                continue;
            }
            const step = Math.min(this.#need - this.#fill, chunk.length - at);
            chunk.copy(this.#field, this.#fill, at, at + step);
            this.#fill += step;
            at += step;
            if (this.#fill === this.#need) {
                this.#fill = 0;
                this.#onField();
            }
        }
    }
    #onField() {
        const field = this.#field;
        switch (this.#state) {
            case 'magic': {
                const magic = field.readUInt32LE(0);
                if (magic === 0xfd2fb528) {
                    this.#state = 'descriptor';
                    this.#need = 1;
                }
                else if ((magic & 0xfffffff0) === 0x184d2a50) {
                    this.#state = 'skippable';
                    this.#need = 4;
                }
                else {
                    throw new ZstdDataError(`unknown zstd frame magic 0x${magic.toString(16)}`);
                }
                return;
            }
            case 'skippable':
                this.#skip = field.readUInt32LE(0);
                this.#state = 'magic';
                this.#need = 4;
                return;
            case 'descriptor': {
                const descriptor = field[0];
                if (descriptor & 0x08)
                    throw new ZstdDataError('a zstd frame header sets its reserved bit');
                this.#descriptor = descriptor;
                const singleSegment = (descriptor & 0x20) !== 0;
                const fcsFlag = descriptor >> 6;
                const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
                const dictBytes = [0, 1, 2, 4][descriptor & 3];
                this.#need = (singleSegment ? 0 : 1) + dictBytes + fcsBytes;
                this.#state = 'header';
                if (this.#need === 0)
                    this.#onField();
                return;
            }
            case 'header': {
                const descriptor = this.#descriptor;
                const singleSegment = (descriptor & 0x20) !== 0;
                let window;
                if (singleSegment) {
                    // The window is the frame's content size, the last field of the header.
                    const dictBytes = [0, 1, 2, 4][descriptor & 3];
                    const fcsBytes = this.#need - dictBytes;
                    window =
                        fcsBytes === 1
                            ? field[dictBytes]
                            : fcsBytes === 2
                                ? field.readUInt16LE(dictBytes) + 256
                                : fcsBytes === 4
                                    ? field.readUInt32LE(dictBytes)
                                    : Number(field.readBigUInt64LE(dictBytes));
                }
                else {
                    const byte = field[0];
                    const base = 2 ** (10 + (byte >> 3));
                    window = base + (base / 8) * (byte & 7);
                }
                if (window > 2 ** this.#limitLog) {
                    throw new ZstdDataError(`a zstd frame declares a ${sizeText(window)} window, over the ${sizeText(2 ** this.#limitLog)} limit (2^${this.#limitLog})${this.#limitHint}`);
                }
                this.#afterLastBlock = descriptor & 0x04 ? 4 : 0;
                this.#state = 'block';
                this.#need = 3;
                return;
            }
            case 'block': {
                const header = field[0] | (field[1] << 8) | (field[2] << 16);
                const last = header & 1;
                const type = (header >> 1) & 3;
                const size = header >>> 3;
                if (type === 3)
                    throw new ZstdDataError('a zstd block has the reserved block type');
                this.#skip = type === 1 ? 1 : size;
                if (last) {
                    this.#skip += this.#afterLastBlock;
                    this.#state = 'magic';
                    this.#need = 4;
                }
                return;
            }
        }
    }
    _flush(callback) {
        const inside = this.#state !== 'magic' || this.#fill > 0 || this.#skip > 0;
        callback(inside ? new ZstdDataError('truncated zstd stream (unexpected end)') : null);
    }
}
/**
 * Input is fed to fzstd in slices this small because one RLE block turns 4 input bytes into 128 KiB:
 * a 64 KiB chunk of them would inflate to 2 GiB inside one push. 256 B bound that to 8 MiB.
 */
const sliceBytes = 256;
/** Decompresses a zstd stream (one or more frames) with fzstd; for stream.pipeline. */
async function* decompressZstd(source) {
    const ready = [];
    const decoder = new esm/* Decompress */.YM((data) => {
        if (data.length)
            ready.push(Buffer.from(data.buffer, data.byteOffset, data.length));
    });
    const push = (bytes, final) => {
        try {
            decoder.push(bytes, final);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new ZstdDataError(message === 'unexpected EOF' ? 'truncated zstd stream (unexpected end)' : message, { cause: error });
        }
    };
    for await (const chunk of source) {
        for (let at = 0; at < chunk.length; at += sliceBytes) {
            push(chunk.subarray(at, at + sliceBytes), false);
            while (ready.length)
                yield ready.shift();
        }
    }
    push(new Uint8Array(0), true);
    while (ready.length)
        yield ready.shift();
}
/** Decompresses with `zstd -dc` in a child process (its default 128 MiB memory limit applies). */
function decompressZstdCli(consume) {
    return decodeInChild({
        command: 'zstd',
        args: ['-d', '-c', '-q', '--no-progress'],
        failure: (detail, ended) => ended.startsWith('killed')
            ? new DecoderStopped(`zstd -d was ${ended}${detail ? `: ${detail}` : ''}`)
            : new ZstdDataError(/unexpected end|truncated/i.test(detail)
                ? 'truncated zstd stream (unexpected end)'
                : `zstd -d failed: ${detail || ended}`),
    }, consume);
}
/** Node's own zstd decoder, when this Node has one. */
function nativeDecoder(create) {
    const windowLogMax = external_node_zlib_.constants.ZSTD_d_windowLogMax;
    const decoder = create({ chunkSize: outputChunkBytes, params: { [windowLogMax]: maxWindowLog } });
    // Turn zlib's errors into data errors with zstd -d's wording for a cut stream.
    const original = decoder.destroy.bind(decoder);
    decoder.destroy = (error) => {
        if (error && !(error instanceof ZstdDataError)) {
            const code = String(error.code ?? '');
            if (code === 'Z_BUF_ERROR')
                error = new ZstdDataError('truncated zstd stream (unexpected end)');
            else if (code.startsWith('ZSTD_error'))
                error = new ZstdDataError(error.message, { cause: error });
        }
        return original(error);
    };
    return decoder;
}
/**
 * Decodes a zstd stream, handing the tar's bytes to `consume`: the frame scanner (window bound)
 * first, then the fastest decoder available, or `path` when given (tests and the benchmark pick each).
 */
function decodeZstd(blob, consume, path = preferredZstdPath()) {
    if (path === 'native') {
        const create = nativeZstd();
        if (!create)
            throw new Error(`this Node (${process.version}) has no zlib.createZstdDecompress`);
        return (0,promises_.pipeline)(blob, new ZstdFrameScanner(), nativeDecoder(create), consumeStage(consume));
    }
    if (path === 'cli')
        return (0,promises_.pipeline)(blob, new ZstdFrameScanner(), decompressZstdCli(consume));
    const scanner = new ZstdFrameScanner(fzstdMaxWindowLog, `; this Node (${process.version}) has no native zstd and the zstd CLI is not installed, and the pure-JS fallback decodes windows up to 2^${fzstdMaxWindowLog} only: install zstd, or run on Node 22.15 or later`);
    return (0,promises_.pipeline)(blob, scanner, decompressZstd, consumeStage(consume));
}

;// CONCATENATED MODULE: ./src/measure/layer.ts
/**
 * Measures one layer in a single streaming pass: blob → (gunzip | zstd) → sink (count, sha256,
 * tar header walk). The compression is told by the blob's first bytes; where the media type says
 * otherwise, the bytes win and the measurement carries a note (skopeo can label plain tar layers
 * tar+gzip). The blob store verifies the compressed digest as the bytes flow; the sink counts and
 * hashes the tar (checked against the config's diff_id) and, for an uncompressed layer when asked,
 * gzips a copy to estimate what a registry would store. Memory stays bounded: nothing is buffered
 * whole. Inflate runs apart from the hashes and the walk (on libuv's thread pool for zlib and
 * native zstd, in a child process for igzip and the zstd CLI), so two cores work on one layer;
 * large output chunks keep the hand-overs between them few. A gzip layer igzip cannot vouch for
 * is read again by zlib (gzip.ts).
 */












/** What the estimator's stage buffers: a few blob reads. */
const readBytes = 1024 * 1024;
/** The gzip level `docker push` uses (Go's compress/gzip default), in zlib's terms. */
const estimateGzipLevel = 6;
const gzipEstimateNote = 'gzip -6 of the layer tar; a registry push may differ by a few bytes';
/** The flag that asks for the estimate when no budget needs it. */
const estimateCompressedFlag = '--estimate-compressed';
const compressedNotEstimatedNote = `the stored (uncompressed) layer size, not a gzip estimate: no \`compressed\` or \`pull\` budget or growth rule needs one (${estimateCompressedFlag} computes it)`;
/**
 * Go's compress/flate (what `docker push` gzips with) ends its last data block unmarked and then
 * writes an empty final stored block. zlib ends with a sync flush (the same empty stored block,
 * unmarked) and then an empty final fixed block of 2 bytes: the same length as Go, plus 2.
 */
const zlibFinishAfterSyncFlush = 2;
/**
 * Counts and hashes a layer's tar (its diff_id) and walks its headers, one chunk at a time,
 * synchronously: what every decoder hands its output to.
 */
class LayerTally {
    #hash;
    #walker;
    bytes = 0;
    constructor(hashIt, onEntry) {
        this.#hash = hashIt ? (0,external_node_crypto_.createHash)('sha256') : undefined;
        this.#walker = new TarHeaderWalker(onEntry);
    }
    take = (chunk) => {
        this.bytes += chunk.length;
        consumed(chunk.length);
        this.#hash?.update(chunk);
        this.#walker.write(chunk);
    };
    /** The tar must end here (a cut entry is a TarFormatError). */
    end() {
        this.#walker.end();
    }
    digest() {
        return this.#hash ? `sha256:${this.#hash.digest('hex')}` : undefined;
    }
}
/**
 * The last stage of an uncompressed layer that is gzipped to estimate a push: tallies each chunk
 * and writes it to the estimator, with backpressure, and ends the estimator's stream.
 */
function tallyAndEstimate(tally, gzip) {
    return new external_node_stream_.Writable({
        highWaterMark: readBytes,
        construct(callback) {
            gzip.on('error', (error) => this.destroy(error));
            callback();
        },
        write(chunk, _encoding, callback) {
            try {
                tally.take(chunk);
            }
            catch (error) {
                callback(error);
                return;
            }
            if (gzip.write(chunk))
                callback();
            else
                gzip.once('drain', () => callback());
        },
        final(callback) {
            gzip.once('end', () => callback());
            gzip.once('error', callback);
            gzip.flush(external_node_zlib_.constants.Z_SYNC_FLUSH, () => gzip.end());
        },
    });
}
/** Counts and hashes the gzip estimator's output, which is consumed as fast as it comes. */
function measureOutput(gzip) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    gzip.on('data', (chunk) => {
        bytes += chunk.length;
        hash.update(chunk);
    });
    return { bytes: () => bytes - zlibFinishAfterSyncFlush, digest: () => `sha256:${hash.digest('hex')}` };
}
function layerPlace(context) {
    return { file: context.source, within: `layer ${context.index} ${context.layer.descriptor.digest}` };
}
/** Refuses layers that cannot be measured before any byte is read. */
function checkLayerMediaType(context) {
    const { mediaType, digest } = context.layer.descriptor;
    const compression = (0,media_types/* layerCompression */.AH)(mediaType);
    if (compression === undefined) {
        throw new errors/* TinySizeError */.kp(`layer ${context.index} (${digest}) has media type "${mediaType}", which is not a known layer type (tar, tar+gzip or tar+zstd)`, {
            ...layerPlace(context),
            fix: 'Measure an image whose layers are OCI or Docker image layers; artifacts (SBOMs, signatures, Helm charts) are not images.',
        });
    }
    return compression;
}
/** Bytes that tell gzip (2) and zstd (4) apart from a tar. */
const magicBytes = 4;
/**
 * The first bytes of a stream, left in it: read until there are enough (or the stream ends), then
 * unshifted. Returns the stream to go on reading, which is a new one when the source had ended.
 */
async function peekHead(stream, length) {
    // The source may fail in the gap between this peek and its next consumer (a digest verifier
    // flushes as soon as its input ends): that consumer sees the error as stream.errored, and this
    // listener keeps it from being thrown as uncaught meanwhile.
    stream.on('error', ignore);
    const chunks = [];
    let have = 0;
    let ended = false;
    while (have < length && !ended) {
        const chunk = stream.read();
        if (chunk !== null) {
            chunks.push(chunk);
            have += chunk.length;
            continue;
        }
        // 'end' may already have been emitted, in the same tick as the last 'readable'.
        if (stream.readableEnded)
            break;
        ended = await new Promise((resolve, reject) => {
            const done = (value) => () => {
                stream.off('readable', onReadable).off('end', onEnd).off('error', onError);
                resolve(value);
            };
            const onReadable = done(false);
            const onEnd = done(true);
            const onError = (error) => {
                stream.off('readable', onReadable).off('end', onEnd);
                reject(error);
            };
            stream.once('readable', onReadable).once('end', onEnd).once('error', onError);
        });
    }
    const head = Buffer.concat(chunks);
    if (ended || stream.readableEnded)
        return { head, stream: external_node_stream_.Readable.from(head.length ? [head] : []) };
    stream.unshift(head);
    return { head, stream };
}
function ignore() { }
const compressionNames = {
    none: 'an uncompressed tar',
    gzip: 'gzip',
    zstd: 'zstd',
};
function streamError(error, context, compression) {
    if (error instanceof errors/* TinySizeError */.kp)
        return error;
    const { digest, mediaType } = context.layer.descriptor;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ZstdDataError && message.includes(' window, over the ')) {
        return new errors/* TinySizeError */.kp(`layer ${context.index} (${digest}) is refused: ${message}`, {
            ...layerPlace(context),
            cause: error,
            fix: message.includes('install zstd')
                ? 'Install the zstd CLI (apt-get install zstd) or run on Node 22.15 or later; or compress the layer with a window of at most 8 MiB (zstd levels 1-19 without --long).'
                : 'Compress the layer with a window of at most 128 MiB (zstd without --long, or --long=27 at most), as `zstd -d` accepts by default.',
        });
    }
    if (error instanceof DecoderStopped) {
        return new errors/* TinySizeError */.kp(`layer ${context.index} (${digest}) could not be decoded: ${message}`, {
            ...layerPlace(context),
            cause: error,
            fix: 'Something stopped the decoder from outside, most often the kernel for want of memory: free memory or use a bigger machine, then measure again.',
        });
    }
    if (error instanceof ZstdDataError) {
        return new errors/* TinySizeError */.kp(`layer ${context.index} (${digest}) is not valid zstd: ${message}`, {
            ...layerPlace(context),
            cause: error,
            fix: `Its bytes begin like zstd (its media type is ${mediaType}) but do not decode: the layer is damaged or truncated; produce the image again.`,
        });
    }
    const code = String(error?.code ?? '');
    if (code.startsWith('Z_')) {
        return new errors/* TinySizeError */.kp(`layer ${context.index} (${digest}) is not valid gzip: ${message}`, {
            ...layerPlace(context),
            cause: error,
            fix: `Its bytes begin like gzip (its media type is ${mediaType}) but do not inflate: the layer is damaged or truncated; produce the image again.`,
        });
    }
    return new errors/* TinySizeError */.kp(`layer ${context.index} (${digest}) is not a valid tar${compression === 'none' ? '' : ` inside its ${compression}`}: ${message}`, {
        ...layerPlace(context),
        cause: error,
        fix: 'The layer is damaged or truncated: produce the image again.',
    });
}
/** A layer known from its descriptor alone (not read): compressed from the manifest, the rest unknown. */
function descriptorOnly(descriptor, unavailable) {
    return {
        files: 0,
        tar: 0,
        compressed: { bytes: descriptor.size },
        pushedDigest: descriptor.digest,
        entries: [],
        unavailable,
    };
}
/** Reads one layer once, to the end, and measures it. */
async function measureLayer(context) {
    const { layer, index, diffId } = context;
    const { descriptor } = layer;
    const declared = checkLayerMediaType(context);
    let opened;
    try {
        opened = await context.blobs.open(descriptor);
    }
    catch (error) {
        // A foreign layer's bytes live at its urls, not in the source: count what the manifest says.
        if (!(0,media_types/* isForeignLayer */.sJ)(descriptor.mediaType))
            throw error;
        const why = error instanceof Error ? error.message : String(error);
        return descriptorOnly(descriptor, `foreign layer ${index} (${descriptor.digest}) is not in ${context.source} (${why}); its files and tar bytes are not counted`);
    }
    let peeked;
    try {
        peeked = await peekHead(opened, magicBytes);
    }
    catch (error) {
        throw streamError(error, context, declared);
    }
    const { stream: blob } = peeked;
    const compression = (0,media_types/* sniffCompression */.Hs)(peeked.head);
    const note = compression === declared
        ? undefined
        : `layer ${index} (${descriptor.digest}) has media type ${descriptor.mediaType} but its bytes are ${compressionNames[compression]}; read as ${compressionNames[compression]}`;
    // An uncompressed layer's blob digest is its diff_id, already verified by the blob store.
    const hashTar = !(compression === 'none' && descriptor.digest === diffId);
    // Only a layer stored uncompressed by intent (docker save) is gzipped to estimate a push.
    const storedUncompressed = declared === 'none' && compression === 'none';
    const estimator = storedUncompressed && context.estimateCompressed !== false
        ? (0,external_node_zlib_.createGzip)({ level: estimateGzipLevel, chunkSize: outputChunkBytes })
        : undefined;
    const estimate = estimator ? measureOutput(estimator) : undefined;
    const kept = new entries/* EntryKeeper */.bf(context.paths);
    let files = 0;
    const tally = new LayerTally(hashTar, (header) => {
        const entry = (0,entries/* toFileEntry */.G9)(header, index);
        files += entry.size;
        kept.add(entry);
    });
    const gzipPath = compression === 'gzip' ? (context.gzipPath ?? preferredGzipPath()) : undefined;
    try {
        if (gzipPath)
            await inflate(blob, tally.take, gzipPath);
        else if (compression === 'zstd')
            await decodeZstd(blob, tally.take, context.zstdPath);
        else
            await (0,promises_.pipeline)(blob, estimator ? tallyAndEstimate(tally, estimator) : consumeStage(tally.take));
        tally.end();
    }
    catch (error) {
        estimator?.destroy();
        // zlib is the reference: what igzip could not vouch for is read again by it (see gzip.ts).
        if (gzipPath === 'igzip' && (error instanceof GzipFastPathRefused || error instanceof TarFormatError)) {
            return measureLayer({ ...context, gzipPath: 'zlib' });
        }
        throw streamError(error, context, compression);
    }
    const tarDigest = tally.digest();
    if (tarDigest !== undefined && tarDigest !== diffId) {
        throw new errors/* TinySizeError */.kp(`layer ${index} (${descriptor.digest}) does not match the image config: its uncompressed tar hashes to ${tarDigest}, but rootfs.diff_ids[${index}] is ${diffId}`, {
            ...layerPlace(context),
            fix: 'The config and the layer come from different images, or the layer is damaged: produce the image again.',
        });
    }
    return {
        files,
        tar: tally.bytes,
        compressed: estimate
            ? { bytes: estimate.bytes(), estimated: gzipEstimateNote }
            : storedUncompressed
                ? { bytes: descriptor.size, estimated: compressedNotEstimatedNote }
                : { bytes: descriptor.size },
        pushedDigest: estimate ? estimate.digest() : descriptor.digest,
        entries: kept.entries(),
        ...(kept.omitted ? { entriesOmitted: kept.omitted } : {}),
        pathSums: kept.pathSums,
        ...(note ? { note } : {}),
    };
}

;// CONCATENATED MODULE: ./src/measure/pool.ts
/**
 * Runs `work` over `items` with at most `limit` in flight; results keep the items' order.
 * With `weight`, the heaviest items start first (longest-processing-time first), so the biggest
 * layer is not left to start last and run alone while the other core idles. After a failure no
 * new item starts, and the first error is thrown once the items in flight have settled: a failed
 * measurement returns only when nothing it started (a decoder process, an open file) still runs.
 */
async function mapLimited(items, limit, work, weight) {
    const results = new Array(items.length);
    const order = items.map((_, index) => index);
    if (weight)
        order.sort((a, b) => weight(items[b]) - weight(items[a]) || a - b);
    let next = 0;
    let failure;
    async function worker() {
        while (next < order.length && !failure) {
            const index = order[next++];
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    }
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}

// EXTERNAL MODULE: ./src/measure/rootfs.ts
var rootfs = __webpack_require__(88521);
// EXTERNAL MODULE: ./src/metrics.ts
var metrics = __webpack_require__(35670);
;// CONCATENATED MODULE: ./src/measure/types.ts
/**
 * The measurement of an image: the size contract of DESIGN.md ("Sizes: the contract"), per image,
 * platform, layer and file. This is the shape the gate reads and the JSON report carries.
 */


;// CONCATENATED MODULE: ./src/measure/index.ts
/**
 * Measuring: an ImageView in, the size contract of DESIGN.md out (per platform, layer and file).
 * Each layer is read once, streaming, with at most `layerConcurrency` layers in flight.
 */













/** Layers measured at once: inflate is one core each; two overlap I/O without hoarding memory. */
const layerConcurrency = 2;
/** Below this many bytes of uncompressed layers, the gzip estimate is cheap enough to always make. */
const alwaysEstimateBelow = 32 * 1024 * 1024;
const manifestOnlyNote = 'manifest-only: no layer was read, so files and tar are not measured';
/** A layer known from its descriptor alone. */
async function unreadLayer(context) {
    return descriptorOnly(context.layer.descriptor, manifestOnlyNote);
}
/** A view built elsewhere (a test, a future source) may pair them wrongly: refuse rather than misattribute. */
function assertDiffIdsMatch(image, source) {
    const ids = image.config.rootfs.diff_ids;
    if (ids.length !== image.layers.length) {
        throw new errors/* TinySizeError */.kp(`the image config ${image.configDescriptor.digest} lists ${ids.length} diff_ids but the manifest has ${image.layers.length} layers`, {
            file: source,
            within: `manifest ${image.manifestDescriptor.digest}`,
            fix: 'The manifest and config do not belong together: produce the image again.',
        });
    }
}
/** Joins distinct estimate notes: "compressed: gzip -6 …; pull: manifest …" (the gate and compare use it too). */
function joinNotes(notes) {
    const distinct = [...new Set(notes.filter((note) => Boolean(note)))];
    return distinct.length ? distinct.join('; ') : undefined;
}
function figure(bytes, estimated) {
    return estimated ? { bytes, estimated } : { bytes };
}
async function measurePlatform(view, image, options) {
    // The view's layers carry their diff_ids and history (paired once, where the view is made).
    assertDiffIdsMatch(image, view.source);
    const readLayers = view.manifestOnly !== true;
    if (!readLayers && image.synthesized) {
        throw new errors/* TinySizeError */.kp(`${view.source} stores no manifest, so it cannot be measured from manifests alone`, {
            file: view.source,
            fix: 'Measure it with its layers, or measure the pushed image in its registry.',
        });
    }
    const contexts = image.layers.map((layer, index) => ({
        blobs: view.blobs,
        source: view.source,
        index,
        layer,
        diffId: layer.diffId,
        ...(options.paths ? { paths: options.paths } : {}),
    }));
    // Fail on an unsupported layer before spending time on the others.
    if (readLayers)
        for (const context of contexts)
            checkLayerMediaType(context);
    const uncompressedBytes = contexts
        .filter((context) => (0,media_types/* layerCompression */.AH)(context.layer.descriptor.mediaType) === 'none')
        .reduce((sum, context) => sum + context.layer.descriptor.size, 0);
    const estimateCompressed = options.estimateCompressed === true ||
        uncompressedBytes <= (options.alwaysEstimateBelow ?? alwaysEstimateBelow);
    for (const context of contexts)
        context.estimateCompressed = estimateCompressed;
    const measured = await mapLimited(contexts, layerConcurrency, readLayers ? measureLayer : unreadLayer, (context) => context.layer.descriptor.size);
    const layers = measured.map((m, index) => {
        const ref = image.layers[index];
        const sizes = {
            index,
            digest: ref.descriptor.digest,
            diffId: ref.diffId,
            mediaType: ref.descriptor.mediaType,
            files: m.files,
            tar: m.tar,
            compressed: m.compressed,
            entries: m.entries.length + (m.entriesOmitted ?? 0),
        };
        if (ref.createdBy !== undefined)
            sizes.createdBy = ref.createdBy;
        if (m.note)
            sizes.note = m.note;
        if (!readLayers)
            sizes.read = false;
        return sizes;
    });
    const unavailable = joinNotes(measured.map((m) => m.unavailable));
    const contentNote = unavailable ? `lower bound: ${unavailable}` : undefined;
    // No layer read (manifest-only): files and tar are not measured at all, not a lower bound of 0.
    const content = (bytes) => readLayers ? figure(bytes, contentNote) : { bytes: 0, measured: false };
    const compressedNote = joinNotes(measured.map((m) => m.compressed.estimated));
    const compressedBytes = measured.reduce((sum, m) => sum + m.compressed.bytes, 0);
    let manifestBytes = image.manifestDescriptor.size;
    let manifestNote;
    if (image.synthesized) {
        manifestBytes = Buffer.byteLength(dockerPushManifest({ digest: image.configDescriptor.digest, size: image.configDescriptor.size }, measured.map((m) => ({ digest: m.pushedDigest, size: m.compressed.bytes }))));
        manifestNote = `manifest bytes: the ${manifestBytes}-byte Docker schema 2 manifest \`docker push\` would write (the source stores none)`;
    }
    const kept = new entries/* EntryKeeper */.bf(options.paths);
    for (const m of measured)
        kept.merge({ entries: m.entries, omitted: m.entriesOmitted ?? 0, pathSums: m.pathSums });
    return {
        platform: (0,types/* platformString */.Fd)(image.platform),
        manifestDigest: image.manifestDescriptor.digest,
        configDigest: image.configDescriptor.digest,
        sizes: {
            files: content(measured.reduce((sum, m) => sum + m.files, 0)),
            tar: content(measured.reduce((sum, m) => sum + m.tar, 0)),
            compressed: figure(compressedBytes, compressedNote),
            pull: figure(compressedBytes + image.configDescriptor.size + manifestBytes, joinNotes([compressedNote, manifestNote])),
            layers: layers.length,
        },
        layers,
        entries: kept.entries(),
        ...(kept.omitted ? { entriesOmitted: kept.omitted } : {}),
        ...(options.paths?.length ? { pathSums: kept.pathSums } : {}),
    };
}
/**
 * Measures every platform of an image, reading each layer blob once (digest-verified). A view
 * opened with `manifestOnly` reads no layer: `files` and `tar` are marked as not measured.
 */
async function measureImage(view, options = {}) {
    const platforms = [];
    // Platforms one after another: the layer pool already bounds the work in flight.
    for (const image of view.platforms)
        platforms.push(await measurePlatform(view, image, options));
    return {
        source: view.source,
        references: [...view.references],
        platforms,
        skipped: view.skipped.map((s) => ({ digest: s.descriptor.digest, reason: s.reason })),
    };
}



/***/ }),

/***/ 88521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ rootfsSizes)
/* harmony export */ });
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24304);
/**
 * Wasted space, as dive reports it, defined exactly:
 * - `rootfs`: the sum of the sizes of the regular files visible in the final filesystem (the layers
 *   applied in order, whiteouts and opaque whiteouts honoured, a file rewritten keeps only its last
 *   copy);
 * - `wasted`: `files` - `rootfs`: bytes shipped in the layers that no process in the container can see
 *   (earlier copies of a rewritten file, files a later layer deletes or hides).
 */

/**
 * The gate (once for rootfs, once for wasted) and the reports ask for the same platform's sizes:
 * each entries array is resolved once (a map of every path: megabytes for 100,000 entries).
 * Entries are not changed once measured, and callers only read the result.
 */
const resolved = new WeakMap();
/** rootfs, wasted and the files that cause it, from the entries of all layers (in layer order). */
function rootfsSizes(entries) {
    let sizes = resolved.get(entries);
    if (!sizes) {
        sizes = resolveRootfs(entries);
        resolved.set(entries, sizes);
    }
    return sizes;
}
function resolveRootfs(entries) {
    const live = (0,_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .liveFilesystem */ .mg)(entries);
    // Indexed loops: an array iterator over 100,000 entries is megabytes of garbage (see liveFilesystem).
    // Bytes and layers of each path's hidden copies; most paths have none.
    const hidden = new Map();
    let files = 0;
    let rootfs = 0;
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        if (entry.type !== 'file')
            continue;
        files += entry.size;
        if (live.get(entry.path) === entry) {
            rootfs += entry.size;
            continue;
        }
        const copy = hidden.get(entry.path) ?? { bytes: 0, layers: new Set() };
        copy.bytes += entry.size;
        copy.layers.add(entry.layer);
        hidden.set(entry.path, copy);
    }
    const wastedFiles = [];
    for (const [path, copy] of hidden) {
        if (copy.bytes === 0)
            continue;
        // Every layer holding a copy, the visible one's included, in layer order.
        const shown = live.get(path);
        if (shown?.type === 'file')
            copy.layers.add(shown.layer);
        wastedFiles.push({ path, layers: [...copy.layers].sort((a, b) => a - b), bytes: copy.bytes });
    }
    wastedFiles.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { rootfs, wasted: files - rootfs, wastedFiles };
}


/***/ }),

/***/ 35670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ budgetMetrics),
/* harmony export */   qd: () => (/* binding */ metrics),
/* harmony export */   yS: () => (/* binding */ byteMetrics)
/* harmony export */ });
/* unused harmony export spaceMetrics */
/**
 * The metrics of the size contract (DESIGN.md, "Sizes: the contract"). Budget, measure, gate and
 * report all name metrics; they take the list from here, so adding one is a change in one place.
 */
/** The byte metrics. `layers` is a count and lives beside them. */
const byteMetrics = ['files', 'tar', 'compressed', 'pull'];
const metrics = [...byteMetrics, 'layers'];
/**
 * Figures derived from the files (measure/rootfs.ts): `rootfs`, what the final filesystem shows, and
 * `wasted` = files - rootfs. A budget may name them (`wasted: 0B`); they are not compared or grown.
 */
const spaceMetrics = ['rootfs', 'wasted'];
/** Every metric a budget may limit. */
const budgetMetrics = [...metrics, ...spaceMetrics];


/***/ }),

/***/ 29217:
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
