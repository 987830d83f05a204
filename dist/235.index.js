export const id = 235;
export const ids = [235];
export const modules = {

/***/ 7235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/builders/buildah-storage.ts
/**
 * Which containers-storage driver buildah (or podman) should use. Its default, overlay, fails as
 * root where the kernel lacks overlayfs or where the storage itself sits on overlayfs (inside a
 * container, as on many CI runners); vfs works everywhere, copying whole layers.
 */

function chooseStorageDriver(facts) {
    if (facts.explicit)
        return { driver: facts.explicit, why: 'as configured' };
    if (facts.environment)
        return { why: `STORAGE_DRIVER=${facts.environment} from the environment`, fromEnvironment: true };
    if (!facts.isRoot)
        return { why: 'rootless: the tool picks (fuse-overlayfs or vfs)' };
    if (!facts.kernelHasOverlay)
        return { driver: 'vfs', why: 'the kernel has no overlayfs' };
    if (facts.storageFilesystem === 'overlay')
        return {
            driver: 'vfs',
            why: 'the storage is on overlayfs (inside a container), which overlay cannot stack on',
        };
    return { why: "the tool's default" };
}
/** The root storage directory of containers-storage when run as root. */
const rootStorage = '/var/lib/containers/storage';
/** Filesystem type of the mount holding `path`, from /proc/self/mountinfo text. */
function filesystemOf(mountinfo, path) {
    let best;
    for (const line of mountinfo.split('\n')) {
        const [before, after] = line.split(' - ');
        const point = before?.split(' ')[4];
        const type = after?.split(' ')[0];
        if (!point || !type)
            continue;
        // Mount points escape space, tab, newline and backslash as octal.
        const decoded = point.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(Number.parseInt(octal, 8)));
        const inside = decoded === '/' || path === decoded || path.startsWith(`${decoded}/`);
        if (inside && (!best || decoded.length >= best.point.length))
            best = { point: decoded, type };
    }
    return best?.type;
}
/** Reads the facts from this machine. */
async function detectStorageFacts() {
    const [filesystems, mountinfo] = await Promise.all([
        (0,promises_.readFile)('/proc/filesystems', 'utf8').catch(() => ''),
        (0,promises_.readFile)('/proc/self/mountinfo', 'utf8').catch(() => ''),
    ]);
    const facts = {
        isRoot: process.getuid?.() === 0,
        kernelHasOverlay: /\toverlay$/m.test(filesystems),
    };
    const environment = process.env.STORAGE_DRIVER;
    if (environment)
        facts.environment = environment;
    const storageFilesystem = filesystemOf(mountinfo, rootStorage);
    if (storageFilesystem)
        facts.storageFilesystem = storageFilesystem;
    return facts;
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(27187);
;// CONCATENATED MODULE: ./src/builders/run.ts
/** Runs a build tool and keeps its output, so a failure can show the tool's own last words. */

async function runTool(command, args, options = {}) {
    const { onOutput } = options;
    const forward = onOutput ? (data) => onOutput(data.toString()) : undefined;
    try {
        return await (0,exec/* getExecOutput */.H)(command, args, {
            cwd: options.cwd,
            env: options.env ? { ...process.env, ...options.env } : undefined,
            ignoreReturnCode: true,
            silent: true,
            listeners: forward ? { stdout: forward, stderr: forward } : undefined,
        });
    }
    catch (error) {
        // @actions/exec throws when the command cannot be started at all (not on PATH).
        return { exitCode: 127, stdout: '', stderr: error instanceof Error ? error.message : String(error) };
    }
}
/** The last lines a tool printed, which is where build tools say what went wrong. */
function tail(text, lines = 15) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}

;// CONCATENATED MODULE: ./src/builders/docker.ts
/**
 * Builds an image with the Docker engine and leaves it as an archive the sources can read.
 * With buildx and a driver that exports OCI (docker-container, kubernetes, remote, or the `docker`
 * driver on the containerd image store: see planBuildx), the archive is an OCI layout whose
 * compressed sizes are exact; otherwise the classic builder (or BuildKit through
 * DOCKER_BUILDKIT=1) builds and `docker save` writes a docker-archive, whose compressed sizes are
 * estimated later. The method in the outcome says which path was taken, and why.
 */



const otherWays = 'or gate an image that already exists: set `archive:` (docker save), `oci:` (OCI layout), `oci-archive:` or `image:` (a reference in the engine) instead of `context:` in the budget file';
async function buildWithDocker(spec, options) {
    const docker = options.docker ?? 'docker';
    await requireEngine(docker, spec);
    const common = buildArguments(spec);
    const plan = await planBuildx(docker);
    let classicWhy = plan.use ? '' : plan.why;
    if (plan.use) {
        const dest = (0,external_node_path_.join)(options.workDir, 'image.oci.tar');
        const output = `type=oci,dest=${dest}`;
        const args = ['buildx', 'build', ...common, '--tag', options.tag, '--output', output, spec.context];
        const result = await runTool(docker, args, { onOutput: options.onOutput });
        if (result.exitCode === 0)
            return {
                source: { kind: 'oci-archive', path: dest },
                method: `buildx (OCI export, driver \`${plan.driver}\`)`,
            };
        // Detection can be wrong (a containerd store that is only half on): fall back, and say why.
        if (!ociExportRefused(result.stderr))
            throw buildFailed(spec, 'docker buildx build', result.stderr || result.stdout);
        classicWhy = `buildx driver \`${plan.driver}\` refused the OCI export`;
    }
    const build = await runTool(docker, ['build', ...common, '--tag', options.tag, spec.context], {
        onOutput: options.onOutput,
    });
    if (build.exitCode !== 0)
        throw buildFailed(spec, 'docker build', build.stderr || build.stdout);
    const archive = (0,external_node_path_.join)(options.workDir, 'image.docker.tar');
    const save = await runTool(docker, ['save', '--output', archive, options.tag]);
    if (save.exitCode !== 0) {
        throw new errors/* TinySizeError */.kp(`docker save ${options.tag} failed: ${tail(save.stderr, 5)}`, {
            file: spec.dockerfile,
            fix: 'check the free space in the temporary directory and that the engine is healthy (docker info)',
        });
    }
    return {
        source: { kind: 'docker-archive', path: archive },
        method: `docker build + docker save (${classicWhy})`,
    };
}
/** The arguments every builder takes: Dockerfile, target, platform, build args. */
function buildArguments(spec) {
    const args = ['--file', spec.dockerfile];
    if (spec.target)
        args.push('--target', spec.target);
    if (spec.platform)
        args.push('--platform', spec.platform);
    for (const [name, value] of Object.entries(spec.buildArgs))
        args.push('--build-arg', `${name}=${value}`);
    return args;
}
async function requireEngine(docker, spec) {
    const probe = await runTool(docker, ['version', '--format', '{{.Server.Version}}']);
    if (probe.exitCode === 0 && probe.stdout.trim())
        return;
    const where = process.env.DOCKER_HOST ?? 'the default socket (unix:///var/run/docker.sock)';
    const notInstalled = probe.exitCode === 127;
    throw new errors/* TinySizeError */.kp(notInstalled
        ? `the docker client (${docker}) is not installed, so the image cannot be built`
        : `no Docker engine answers at ${where}, so the image cannot be built`, {
        file: spec.dockerfile,
        cause: new Error(tail(probe.stderr, 3)),
        fix: notInstalled
            ? `install Docker, ${otherWays}`
            : `start the engine (or point DOCKER_HOST at it), ${otherWays}`,
    });
}
/** Buildx drivers that run their own BuildKit and so export OCI archives. */
const ociExportDrivers = new Set(['docker-container', 'kubernetes', 'remote']);
async function planBuildx(docker) {
    const version = await runTool(docker, ['buildx', 'version']);
    if (version.exitCode !== 0)
        return { use: false, why: 'no buildx plugin' };
    const inspect = await runTool(docker, ['buildx', 'inspect']);
    const driver = inspect.exitCode === 0 ? parseBuildxDriver(inspect.stdout) : undefined;
    if (!driver)
        return { use: false, why: 'docker buildx inspect named no driver' };
    if (ociExportDrivers.has(driver))
        return { use: true, driver };
    // The `docker` driver exports OCI only when the engine keeps images in containerd.
    if (driver === 'docker' && (await usesContainerdStore(docker)))
        return { use: true, driver };
    return { use: false, why: `buildx driver \`${driver}\` cannot export OCI` };
}
/** The builder's driver from `docker buildx inspect` (its first `Driver:` line; nodes come after). */
function parseBuildxDriver(inspectOutput) {
    return /^Driver:\s*(\S+)/m.exec(inspectOutput)?.[1];
}
/** The containerd image store shows as driver-type io.containerd.snapshotter.v1 in `docker info`. */
async function usesContainerdStore(docker) {
    const info = await runTool(docker, ['info', '--format', '{{json .DriverStatus}}']);
    return info.exitCode === 0 && info.stdout.includes('io.containerd.snapshotter');
}
/** BuildKit's refusal: "OCI exporter is not supported for the docker driver" (wording varies by version). */
function ociExportRefused(stderr) {
    return /exporter.*not supported|not supported.*driver|containerd image store/i.test(stderr);
}
function buildFailed(spec, what, output) {
    return new errors/* TinySizeError */.kp(`${what} failed for ${spec.dockerfile}:\n${tail(output)}`, {
        file: spec.dockerfile,
        fix: 'the build log above shows the failing step; run the same build by hand to debug it',
    });
}

;// CONCATENATED MODULE: ./src/builders/buildah.ts
/**
 * Builds an image without a daemon: `buildah bud` (or `podman build`, which shares its code), then
 * `buildah push IMAGE oci-archive:FILE` writes the image with gzip layers and a real manifest, so
 * `compressed` and `pull` are exact, not estimated.
 */






/** Tried in order when no command is given. */
const builderCommands = ['buildah', 'podman'];
const buildah_otherWays = 'or set `builder: docker` in the budget file to build with the Docker engine, or gate an image that already exists (`oci:`, `oci-archive:`, `archive:` or `image:` instead of `context:`)';
async function buildWithBuildah(spec, options) {
    const command = await findBuilder(spec, options.command ? [options.command] : builderCommands);
    const facts = await detectStorageFacts();
    if (options.storageDriver)
        facts.explicit = options.storageDriver;
    const { imageId, storage } = await runBuild(command, spec, options, chooseStorageDriver(facts));
    const archive = (0,external_node_path_.join)(options.workDir, 'image.oci.tar');
    const push = await runTool(command, pushArguments(storage, imageId, archive, options.tag));
    if (push.exitCode !== 0) {
        throw new errors/* TinySizeError */.kp(`${toolName(command)} push of ${imageId} to oci-archive:${archive} failed:\n${tail(push.stderr || push.stdout, 5)}`, {
            file: spec.dockerfile,
            fix: `check the free space in ${options.workDir} and that containers-storage is healthy (\`${toolName(command)} images\`)`,
        });
    }
    const tool = toolName(command);
    return {
        source: { kind: 'oci-archive', path: archive },
        method: `${tool} ${buildVerb(command)} + ${tool} push oci-archive (storage: ${storage.driver ? `${storage.driver}, ` : ''}${storage.why})`,
    };
}
/** `buildah bud …` (podman: `build`) from the spec, with intermediate stages cached (--layers). */
function buildCommandArguments(command, spec, tag, iidFile, storage) {
    return [
        ...globalArguments(storage),
        buildVerb(command),
        '--layers',
        '--iidfile',
        iidFile,
        '--tag',
        tag,
        ...buildArguments(spec),
        spec.context,
    ];
}
/** `buildah push` with gzip layers and an OCI manifest, as a registry push would store them. */
function pushArguments(storage, imageId, archive, tag) {
    // oci-archive:PATH:REF names the image in index.json; PATH must then hold no colon.
    const destination = archive.includes(':') ? `oci-archive:${archive}` : `oci-archive:${archive}:${tag}`;
    return [
        ...globalArguments(storage),
        'push',
        '--format',
        'oci',
        '--compression-format',
        'gzip',
        imageId,
        destination,
    ];
}
function globalArguments(storage) {
    return storage.driver ? ['--storage-driver', storage.driver] : [];
}
function toolName(command) {
    return (0,external_node_path_.basename)(command);
}
/** buildah's verb is `bud` (`build` is its alias since 1.23); podman has only `build`. */
function buildVerb(command) {
    return toolName(command) === 'podman' ? 'build' : 'bud';
}
async function runBuild(command, spec, options, choice) {
    const iidFile = (0,external_node_path_.join)(options.workDir, 'image.iid');
    const run = (storage) => runTool(command, buildCommandArguments(command, spec, options.tag, iidFile, storage), {
        onOutput: options.onOutput,
    });
    let storage = choice;
    let result = await run(storage);
    // Some kernels and backing filesystems refuse overlay only when it is first mounted.
    if (result.exitCode !== 0 && !storage.driver && !storage.fromEnvironment && overlayRefused(result.stderr)) {
        storage = { driver: 'vfs', why: 'overlay was refused when mounted, so vfs was used' };
        result = await run(storage);
    }
    if (result.exitCode !== 0)
        throw await buildah_buildFailed(command, spec, result);
    return { imageId: (await (0,promises_.readFile)(iidFile, 'utf8')).trim(), storage };
}
function overlayRefused(stderr) {
    return /overlay[^\n]*(not supported|unsupported|invalid argument)|kernel does not support overlay/i.test(stderr);
}
/** The first of the candidates that is installed (answers `version`). */
async function findBuilder(spec, candidates = builderCommands) {
    for (const candidate of candidates) {
        const probe = await runTool(candidate, ['version']);
        if (probe.exitCode !== 127)
            return candidate;
    }
    throw notInstalled(candidates, spec);
}
function notInstalled(commands, spec) {
    const what = commands.length > 1
        ? `neither ${commands.join(' nor ')} is installed`
        : `${commands[0]} is not installed`;
    return new errors/* TinySizeError */.kp(`${what}, so the image cannot be built with \`builder: buildah\``, {
        file: spec.dockerfile,
        fix: `install buildah (Debian/Ubuntu: \`sudo apt-get install buildah\`; Fedora: \`sudo dnf install buildah\`) or podman, ${buildah_otherWays}`,
    });
}
/**
 * Where the failing instruction is: buildah prints `[stage/stages] STEP n/m: INSTRUCTION` before
 * each step, so the last one printed is the one that failed. Found in that stage of the Dockerfile.
 */
function locateFailedStep(dockerfile, log) {
    const last = [...log.matchAll(/^(?:\[(\d+)\/\d+\] )?STEP \d+\/\d+: (.+)$/gm)].at(-1);
    if (!last)
        return undefined;
    const stage = Number(last[1] ?? '1');
    const instruction = (last[2] ?? '').trim();
    const wanted = normalise(instruction);
    const lines = dockerfile.split('\n');
    let stagesSeen = 0;
    let continued;
    for (const [index, text] of lines.entries()) {
        const line = normalise(text);
        if (/^from\s/i.test(line))
            stagesSeen++;
        if (stagesSeen !== stage || !line)
            continue;
        if (line === wanted)
            return { line: index + 1, instruction };
        // A backslash-continued instruction is printed joined: match its first line.
        const head = line.replace(/\\$/, '').trim();
        if (continued === undefined && line.endsWith('\\') && wanted.startsWith(head))
            continued = index + 1;
    }
    return continued === undefined ? undefined : { line: continued, instruction };
}
function normalise(text) {
    return text.trim().replace(/\s+/g, ' ');
}
async function buildah_buildFailed(command, spec, result) {
    const dockerfile = await (0,promises_.readFile)(spec.dockerfile, 'utf8').catch(() => '');
    const step = locateFailedStep(dockerfile, result.stdout);
    const tool = `${toolName(command)} ${buildVerb(command)}`;
    const log = tail([result.stdout.trimEnd(), result.stderr.trimEnd()].filter(Boolean).join('\n'));
    return new errors/* TinySizeError */.kp(`${tool} failed for ${spec.dockerfile}${step ? ` at \`${step.instruction}\`` : ''} (exit code ${result.exitCode}):\n${log}`, {
        file: spec.dockerfile,
        ...(step ? { line: step.line } : {}),
        fix: `the build log above shows the failing step; run \`${tool} --file ${spec.dockerfile} ${spec.context}\` by hand to debug it`,
    });
}

;// CONCATENATED MODULE: ./src/builders/build-args.ts
/**
 * Build arguments may name environment variables, as in Compose: `${VAR}` or `${VAR:-default}`.
 * That lets one budget file build with `debian:bookworm-slim` on GitHub and a local base image here.
 */

const reference = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
function expandBuildArgs(args, env, where) {
    return Object.fromEntries(Object.entries(args).map(([name, value]) => [
        name,
        value.replace(reference, (_, variable, fallback) => {
            const set = env[variable];
            if (set !== undefined && set !== '')
                return set;
            if (fallback !== undefined)
                return fallback;
            throw new errors/* TinySizeError */.kp(`build arg ${name} uses \${${variable}}, which is not set`, {
                file: where.file,
                within: `images.${where.image}.build-args.${name}`,
                fix: `set ${variable} in the environment, or give a default: \${${variable}:-value}`,
            });
        }),
    ]));
}

;// CONCATENATED MODULE: ./src/builders/index.ts
/**
 * Building: one entry for every builder the budget file can name (`builder:`). Each ends in an
 * archive the sources read; the outcome says how, for the report.
 */


async function buildImage(spec, options) {
    const { workDir, tag, onOutput } = options;
    switch (spec.builder) {
        case 'docker':
            return buildWithDocker(spec, { workDir, tag, onOutput, docker: options.docker });
        case 'buildah':
            return buildWithBuildah(spec, {
                workDir,
                tag,
                onOutput,
                command: options.buildah,
                storageDriver: options.storageDriver,
            });
        default: {
            const unknown = spec.builder;
            throw new Error(`unknown builder ${String(unknown)}`);
        }
    }
}


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/oci/index.ts + 3 modules
var oci = __webpack_require__(50566);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/source/tar-index.ts
/**
 * Indexes a tar archive by walking its headers once, seeking over the data, so blobs can be
 * served with ranged reads without extracting anything. Reads ustar, pax (path, linkpath, size)
 * and GNU long names. https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html
 */


const block = 512;
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
/** Octal, or base-256 when the high bit of the first byte is set (GNU, for sizes ≥ 8 GiB). */
function numeric(buf, start, length) {
    const field = buf.subarray(start, start + length);
    if (((field[0] ?? 0) & 0x80) !== 0) {
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const text = cString(buf, start, length).trim();
    if (text === '')
        return 0;
    return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : undefined;
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
function tar_index_indexTar(fd, file) {
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
        const readData = () => {
            const data = Buffer.alloc(size);
            (0,external_node_fs_.readSync)(fd, data, 0, size, offset);
            return data;
        };
        if (flag === 'x') {
            const pax = parsePax(readData());
            pending = {
                path: pax.path,
                linkpath: pax.linkpath,
                size: pax.size === undefined ? undefined : Number(pax.size),
            };
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
function directoryFiles(dir, file = dir) {
    return {
        file,
        async size(name) {
            try {
                const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, safeName({ file }, name)));
                return info.isFile() ? info.size : undefined;
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return undefined;
                throw error;
            }
        },
        open(name) {
            return (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(dir, safeName({ file }, name)));
        },
    };
}
const keepOpen = { read: external_node_fs_.read, open: external_node_fs_.open, close: (_fd, callback) => callback(null) };
/** Files served from a tar by ranged reads on an open descriptor, never extracted. */
function archiveFiles(fd, index) {
    const file = index.file;
    const entry = (name) => resolveTarEntry(index, safeName({ file }, name));
    return {
        file,
        async size(name) {
            return entry(name)?.size;
        },
        open(name) {
            const found = entry(name);
            if (!found)
                throw new errors/* TinySizeError */.kp(`${name} is not in the archive`, { file, within: name });
            if (found.size === 0)
                return external_node_stream_.Readable.from([]);
            return (0,external_node_fs_.createReadStream)('', {
                fd,
                start: found.offset,
                end: found.offset + found.size - 1,
                // The descriptor is shared by every blob of the archive: destroying one stream must not close it.
                fs: keepOpen,
            });
        },
    };
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
    return (0,oci/* readCapped */.EF)(files.open(name), cap, place, what);
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
    if (info.isDirectory()) {
        throw new errors/* TinySizeError */.kp(`${display} is a directory, not an archive`, {
            file: path,
            fix: `For an OCI layout directory write oci:${path}.`,
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
    const compression = (0,oci/* sniffCompression */.Hs)(readHead(path, 4));
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
    try {
        return archiveFiles(fd, tar_index_indexTar(fd, path));
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        throw error;
    }
}
/** Opens an already-open tar descriptor (the docker source's saved temp file). */
function openArchiveFd(fd, display) {
    return archiveFiles(fd, tar_index_indexTar(fd, display));
}

;// CONCATENATED MODULE: ./src/source/blob-store.ts
/**
 * A BlobStore over the files of a source: finds a blob's file, refuses a missing or wrongly
 * sized one up front, and verifies the digest of every byte streamed.
 */



function filesBlobStore(files, options = {}) {
    const locate = options.locate ?? ((descriptor) => (0,oci/* blobPath */.nD)(descriptor.digest));
    return {
        async open(descriptor) {
            (0,oci/* assertVerifiableDigest */.a9)(descriptor.digest, { file: files.file, within: (0,oci/* blobPath */.nD)(descriptor.digest) });
            const bytes = options.inMemory?.get(descriptor.digest);
            if (bytes)
                return (0,oci/* verified */.zr)(external_node_stream_.Readable.from([bytes]), descriptor, { file: files.file, within: 'in memory' });
            const name = locate(descriptor);
            const place = { file: files.file, within: name ?? (0,oci/* blobPath */.nD)(descriptor.digest) };
            const size = name === undefined ? undefined : await files.size(name);
            if (size === undefined) {
                const foreign = (0,oci/* isForeignLayer */.sJ)(descriptor.mediaType);
                throw new errors/* TinySizeError */.kp(`blob ${descriptor.digest} (${descriptor.mediaType}) is missing from ${files.file}` +
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
            return (0,oci/* verified */.zr)(files.open(name), descriptor, place);
        },
    };
}

;// CONCATENATED MODULE: ./src/source/platform.ts

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

;// CONCATENATED MODULE: ./src/source/oci-layout.ts
/**
 * Reads an OCI image layout (a directory, or the same files inside a tar): oci-layout,
 * index.json, blobs/<alg>/<hex>. Follows index → nested indexes → manifests.
 * https://github.com/opencontainers/image-spec/blob/main/image-layout.md
 */





const maxIndexDepth = 8;
const refNameAnnotation = 'org.opencontainers.image.ref.name';
const containerdNameAnnotation = 'io.containerd.image.name';
const referenceTypeAnnotation = 'vnd.docker.reference.type';
/** Why a manifest descriptor is not a runnable platform, or undefined when it may be one. */
function skipReason(descriptor) {
    if (descriptor.annotations?.[referenceTypeAnnotation] === 'attestation-manifest') {
        return `attestation manifest for ${descriptor.annotations['vnd.docker.reference.digest'] ?? 'an image'}`;
    }
    if (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown') {
        return 'platform unknown/unknown (an attestation or other non-runnable manifest)';
    }
    if ((0,oci/* isSchema1Manifest */.GY)(descriptor.mediaType))
        return 'Docker v2 schema 1 manifest (not supported)';
    if (!(0,oci/* isIndex */.nw)(descriptor.mediaType) && !(0,oci/* isManifest */.Yh)(descriptor.mediaType)) {
        return `not an image manifest (media type ${descriptor.mediaType})`;
    }
    return undefined;
}
function referencesOf(descriptor) {
    const annotations = descriptor.annotations ?? {};
    const full = annotations[containerdNameAnnotation];
    const ref = annotations[refNameAnnotation];
    // containerd's annotation holds the full name; ref.name is often just the tag.
    if (full)
        return [full];
    return ref ? [ref] : [];
}
async function readOciLayout(files, options) {
    const notLayout = (detail) => new errors/* TinySizeError */.kp(`${files.file} is not an OCI image layout: ${detail}`, {
        file: files.file,
        fix: 'Write one with skopeo copy ... oci:DIR (or oci-archive:FILE), buildah push ... oci:DIR, or docker buildx build --output type=oci.',
    });
    const layoutBytes = await readSmallFile(files, 'oci-layout', 64 * 1024, 'oci-layout');
    if (!layoutBytes)
        throw notLayout('it has no oci-layout file');
    const layout = (0,oci/* parseJsonDocument */.dH)(layoutBytes, oci/* OciLayoutFile */.My, 'oci-layout', {
        file: files.file,
        within: 'oci-layout',
    });
    if (!layout.imageLayoutVersion.startsWith('1.')) {
        throw notLayout(`imageLayoutVersion ${layout.imageLayoutVersion} is not 1.x`);
    }
    const indexBytes = await readSmallFile(files, 'index.json', oci/* defaultJsonCap */._A, 'index.json');
    if (!indexBytes)
        throw notLayout('it has no index.json');
    const index = (0,oci/* parseJsonDocument */.dH)(indexBytes, oci/* ImageIndex */.yd, 'index.json', {
        file: files.file,
        within: 'index.json',
    });
    const blobs = filesBlobStore(files);
    const place = { file: files.file };
    const view = {
        source: options.source,
        references: [...(options.references ?? [])],
        platforms: [],
        skipped: [],
        blobs,
    };
    const seen = new Set();
    const walk = async (manifests, depth, top) => {
        for (const descriptor of manifests) {
            if (top)
                view.references.push(...referencesOf(descriptor));
            if (seen.has(descriptor.digest))
                continue;
            seen.add(descriptor.digest);
            const reason = skipReason(descriptor);
            if (reason) {
                view.skipped.push({ descriptor, reason });
                continue;
            }
            if ((0,oci/* isIndex */.nw)(descriptor.mediaType)) {
                if (depth >= maxIndexDepth) {
                    throw new errors/* TinySizeError */.kp(`image indexes nest deeper than ${maxIndexDepth} levels`, {
                        ...place,
                        fix: 'The layout is malformed: write it again.',
                    });
                }
                const nested = await (0,oci/* readJsonBlob */.IB)(blobs, descriptor, oci/* ImageIndex */.yd, { what: 'image index', place });
                await walk(nested.manifests, depth + 1, false);
                continue;
            }
            const image = await readManifest(descriptor);
            if (typeof image === 'string')
                view.skipped.push({ descriptor, reason: image });
            else
                view.platforms.push(image);
        }
    };
    const readManifest = async (descriptor) => {
        const { value: manifest } = await (0,oci/* readJsonBlobWithBytes */.B3)(blobs, descriptor, oci/* ImageManifest */.nU, {
            what: 'manifest',
            place,
        });
        if (!(0,oci/* isImageConfig */._m)(manifest.config.mediaType)) {
            return `an artifact, not a runnable image (config media type ${manifest.config.mediaType})`;
        }
        const config = await (0,oci/* readJsonBlob */.IB)(blobs, manifest.config, oci/* ImageConfig */.K8, { what: 'image config', place });
        return platformImage({ manifestDescriptor: descriptor, manifest, config, declaredPlatform: descriptor.platform }, place);
    };
    await walk(index.manifests, 0, true);
    view.references = [...new Set(view.references)];
    assertOneImagePerPlatform(view, files.file);
    return view;
}
/** A layout holding several images of one platform (several tags) is ambiguous to measure. */
function assertOneImagePerPlatform(view, file) {
    const byPlatform = new Map();
    for (const image of view.platforms) {
        const key = [(0,oci/* platformString */.Fd)(image.platform), image.platform['os.version'] ?? ''].join(' ');
        const other = byPlatform.get(key);
        if (other && other !== image.manifestDescriptor.digest) {
            throw new errors/* TinySizeError */.kp(`${file} holds more than one image for ${(0,oci/* platformString */.Fd)(image.platform)} (${other} and ${image.manifestDescriptor.digest}; references: ${view.references.join(', ') || 'none'})`, {
                file,
                within: 'index.json',
                fix: 'Keep one image per layout: skopeo copy oci:DIR:REF oci:NEWDIR copies one of them.',
            });
        }
        byPlatform.set(key, image.manifestDescriptor.digest);
    }
}

;// CONCATENATED MODULE: ./src/source/docker-archive.ts
/**
 * Reads a `docker save` archive. Docker 25+ writes an OCI layout beside manifest.json: that is
 * read as OCI, with real manifests. The legacy layout (manifest.json, `<id>.json`,
 * `<id>/layer.tar`) stores no manifest: one is synthesized from the uncompressed layer tars.
 */






const synthesizedManifestNote = 'No manifest is stored in a legacy docker save archive: this Docker v2 schema 2 manifest was made up from the uncompressed layer tars (media type application/vnd.docker.image.rootfs.diff.tar, digest = diff_id, size = tar length), so compressed and pull sizes are estimates.';
async function readDockerArchive(files, source) {
    const manifestBytes = await readSmallFile(files, 'manifest.json', oci/* defaultJsonCap */._A, 'manifest.json');
    if (!manifestBytes) {
        throw new errors/* TinySizeError */.kp(`${files.file} is not a docker save archive: it has no manifest.json`, {
            file: files.file,
            fix: (await files.size('oci-layout')) !== undefined
                ? `It is an OCI layout archive: write oci-archive:${files.file}.`
                : 'Write one with docker save -o FILE IMAGE.',
        });
    }
    const entries = (0,oci/* parseJsonDocument */.dH)(manifestBytes, oci/* DockerArchiveManifest */.kV, 'manifest.json', {
        file: files.file,
        within: 'manifest.json',
    });
    const references = entries.flatMap((entry) => entry.RepoTags ?? []);
    if ((await files.size('oci-layout')) !== undefined && (await files.size('index.json')) !== undefined) {
        return readOciLayout(files, { source, references });
    }
    const entry = entries[0];
    if (!entry || entries.length > 1) {
        throw new errors/* TinySizeError */.kp(`${files.file} holds ${entries.length} images${references.length ? ` (${references.join(', ')})` : ''}; expected exactly one`, {
            file: files.file,
            within: 'manifest.json',
            fix: 'Save one image per archive: docker save -o FILE IMAGE.',
        });
    }
    return readLegacy(files, source, entry, references);
}
async function readLegacy(files, source, entry, references) {
    const place = { file: files.file, within: 'manifest.json' };
    const configBytes = await readSmallFile(files, entry.Config, oci/* defaultJsonCap */._A, `image config ${entry.Config}`);
    if (!configBytes) {
        throw new errors/* TinySizeError */.kp(`the image config ${entry.Config} named by manifest.json is missing`, {
            ...place,
            fix: 'The archive is incomplete: save it again with docker save.',
        });
    }
    const configDigest = (0,oci/* sha256Digest */.sI)(configBytes);
    // Docker names the config after its digest: a different name means the bytes changed.
    const namedHex = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(entry.Config)?.[1];
    if (namedHex && `sha256:${namedHex}` !== configDigest) {
        throw new errors/* TinySizeError */.kp(`blob sha256:${namedHex} does not match its digest: the image config ${entry.Config} hashes to ${configDigest}`, { file: files.file, within: entry.Config, fix: 'The archive was changed or damaged: save it again.' });
    }
    const config = (0,oci/* parseJsonDocument */.dH)(configBytes, oci/* ImageConfig */.K8, `image config ${entry.Config}`, {
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
        layers.push({ mediaType: oci/* MediaType */.zu.dockerLayer, digest: diffId, size });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: oci/* MediaType */.zu.dockerManifest,
        config: { mediaType: oci/* MediaType */.zu.dockerConfig, digest: configDigest, size: configBytes.length },
        layers,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const manifestDescriptor = {
        mediaType: oci/* MediaType */.zu.dockerManifest,
        digest: (0,oci/* sha256Digest */.sI)(manifestBytes),
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
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
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
const docker_daemon_otherWays = 'or read the image from a file instead: oci:DIR, oci-archive:FILE or docker-archive:FILE';
function classifyDockerFailure(stderr, reference) {
    const engine = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock (the default socket)';
    const source = `docker:${reference}`;
    if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|connect: /i.test(stderr)) {
        return new errors/* TinySizeError */.kp(`the Docker engine is not running at ${engine}`, {
            file: source,
            fix: `Start the engine (or point DOCKER_HOST at it), ${docker_daemon_otherWays}.`,
            cause: new Error(stderr.trim()),
        });
    }
    if (/reference does not exist|No such image|not found|does not exist/i.test(stderr)) {
        return new errors/* TinySizeError */.kp(`the image ${reference} is not in the Docker engine at ${engine}`, {
            file: source,
            fix: `Build or pull it first (docker images lists what the engine has), ${docker_daemon_otherWays}.`,
            cause: new Error(stderr.trim()),
        });
    }
    return new errors/* TinySizeError */.kp(`docker save ${reference} failed: ${stderr.trim()}`, {
        file: source,
        fix: `Check the reference and the engine, ${docker_daemon_otherWays}.`,
    });
}
async function readDockerDaemon(reference, source, workDir) {
    const cli = dockerCli();
    const fd = await withUnlinkedTemp(workDir, async (path) => {
        try {
            await run(cli, ['save', '--output', path, reference], { maxBuffer: 16 * 1024 * 1024 });
        }
        catch (error) {
            const failure = error;
            if (failure.code === 'ENOENT') {
                throw new errors/* TinySizeError */.kp(`the docker CLI (${cli}) is not installed`, {
                    file: source,
                    fix: `Install the docker client, ${docker_daemon_otherWays}.`,
                    cause: error,
                });
            }
            throw classifyDockerFailure(failure.stderr ?? failure.message, reference);
        }
    });
    return readDockerArchive(openArchiveFd(fd, source), source);
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
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
            const path = client.repositoryPath(`blobs/${descriptor.digest}`);
            const place = { file: client.source, within: `blob ${descriptor.digest}` };
            (0,oci/* assertVerifiableDigest */.a9)(descriptor.digest, place);
            if (options.manifestOnly && (0,oci/* isLayer */.IW)(descriptor.mediaType)) {
                throw new errors/* TinySizeError */.kp(`manifest-only mode reads no layer, but layer ${descriptor.digest} was asked for`, { ...place, fix: 'Measure without manifest-only to count files and tar bytes.' });
            }
            const release = await slots.acquire();
            let first;
            try {
                first = await client.get(path, { what: `blob ${descriptor.digest}` });
            }
            catch (error) {
                release();
                throw error;
            }
            const raw = new ResumingBody(client, path, descriptor, first);
            raw.once('close', release);
            return (0,oci/* verified */.zr)(raw, descriptor, place);
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
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
function reference_parseRegistryReference(text) {
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
function readConfig(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
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
/** Runs `docker-credential-<helper> get`; undefined when the helper is absent or has nothing. */
function fromHelper(helper, registry) {
    let out;
    try {
        out = (0,external_node_child_process_.execFileSync)(`docker-credential-${helper}`, ['get'], {
            input: helperServer(registry),
            encoding: 'utf8',
            timeout: 10_000,
            stdio: ['pipe', 'pipe', 'ignore'],
        });
    }
    catch {
        return undefined;
    }
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
function credentialsFor(registry, options = {}) {
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
    const config = readConfig(path);
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

;// CONCATENATED MODULE: ./src/source/registry/client.ts
/**
 * One repository's Distribution API v2 client over Node's fetch: picks https (http only for
 * loopback or when allowed), answers auth challenges (Bearer tokens, Basic), retries 429/5xx
 * and dropped connections with backoff, follows redirects (without credentials across origins),
 * and turns failures into messages that say which reference, which scope and what to check.
 * https://distribution.github.io/distribution/spec/api/
 */





const maxRedirects = 5;
/** A redirect not followed: a fault of the server, not of the network, so not retried. */
class RedirectError extends Error {
}
const errorBodyCap = 64 * 1024;
const userAgent = 'tiny-size-gate (Distribution API v2 client)';
class RegistryClient {
    reference;
    /** `registry:127.0.0.1:5000/app:1`, the source as the user wrote it, for error places. */
    source;
    host;
    policy;
    #options;
    #timeoutMs;
    #base;
    #credentials = null;
    #authorization;
    #scope;
    constructor(reference, source, options = {}) {
        this.reference = reference;
        this.source = source;
        this.host = apiHost(reference);
        this.policy = retryPolicy(options.retry);
        this.#options = options;
        this.#timeoutMs = options.timeoutMs ?? 60_000;
        this.#scope = pullScope(reference.repository);
    }
    /** `/v2/<repository>/<rest>` */
    repositoryPath(rest) {
        return `/v2/${this.reference.repository}/${rest}`;
    }
    get scope() {
        return this.#scope;
    }
    /** GETs a path of the API, retrying and authenticating; resolves to a 2xx response or throws. */
    async get(path, options) {
        const base = await this.#baseUrl();
        let authenticated = false;
        let lastFailure = '';
        for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
            let response;
            try {
                response = await this.#fetchFollowing(`${base}${path}`, options);
            }
            catch (error) {
                if (error instanceof RedirectError)
                    throw this.#failure(`${this.host} redirected ${options.what} badly: ${error.message}`, path, 'Check the registry and its storage configuration.', error);
                lastFailure = networkMessage(error, this.#timeoutMs);
                if (attempt < this.policy.attempts)
                    await (0,external_node_timers_promises_.setTimeout)(backoffMs(this.policy, attempt));
                continue;
            }
            if (response.status === 401 && !authenticated) {
                authenticated = true;
                await this.#authenticate(response, options.what);
                attempt--;
                continue;
            }
            if (response.ok)
                return response;
            if (isRetryableStatus(response.status)) {
                const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
                lastFailure = `HTTP ${response.status}${await errorSummary(response)}`;
                if (retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterMs) {
                    throw this.#failure(`${this.host} asked to wait ${Math.ceil(retryAfter / 1000)} s (Retry-After) before fetching ${options.what}, longer than the ${this.policy.maxRetryAfterMs / 1000} s allowed`, path, 'The registry is rate limiting: log in (authenticated pulls get higher limits), or run again later.');
                }
                if (attempt < this.policy.attempts)
                    await (0,external_node_timers_promises_.setTimeout)(retryAfter ?? backoffMs(this.policy, attempt));
                continue;
            }
            throw await this.#statusError(response, path, options.what);
        }
        throw this.#failure(`${this.host} did not serve ${options.what} after ${this.policy.attempts} tries (last: ${lastFailure})`, path, `Check that the registry at ${this.host} is up and reachable from here, then run again.`);
    }
    #failure(message, path, fix, cause) {
        return new errors/* TinySizeError */.kp(message, { file: this.source, within: `GET ${path}`, fix, cause });
    }
    /** https, or for loopback/insecure registries whichever of https and http answers. */
    #baseUrl() {
        this.#base ??= (async () => {
            const https = `https://${this.host}`;
            if (!isLoopback(this.host) && !this.#options.insecure)
                return https;
            try {
                await fetch(`${https}/v2/`, {
                    signal: AbortSignal.timeout(5_000),
                    headers: { 'user-agent': userAgent },
                });
                return https;
            }
            catch {
                return `http://${this.host}`;
            }
        })();
        return this.#base;
    }
    /** One try: fetch with a header timeout, following redirects by hand to drop credentials across origins. */
    async #fetchFollowing(url, options) {
        let target = new URL(url);
        const origin = target.origin;
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': userAgent };
            if (options.accept)
                headers.accept = options.accept.join(', ');
            if (options.range)
                headers.range = options.range;
            if (this.#authorization && target.origin === origin)
                headers.authorization = this.#authorization;
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
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
    #credentialsOnce() {
        if (this.#credentials === null)
            this.#credentials = credentialsFor(this.reference.registry, this.#options);
        return this.#credentials;
    }
    async #authenticate(response, what) {
        await response.body?.cancel();
        const header = response.headers.get('www-authenticate') ?? '';
        const challenges = parseChallenges(header);
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        const credentials = this.#credentialsOnce();
        if (bearer?.params.realm) {
            if (bearer.params.scope)
                this.#scope = bearer.params.scope;
            this.#authorization = `Bearer ${await this.#fetchToken(bearer, credentials, what)}`;
            return;
        }
        if (basic && credentials) {
            this.#authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
            return;
        }
        // No usable challenge: the next 401 becomes the error, which says what to check.
        this.#authorization = undefined;
    }
    async #fetchToken(challenge, credentials, what) {
        const realm = challenge.params.realm;
        let url;
        try {
            url = new URL(realm);
        }
        catch (error) {
            throw this.#failure(`${this.host} named a token realm that is not a URL: "${realm}"`, realm, 'The registry is misconfigured; ask its operator.', error);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', this.#scope);
        if (credentials && url.protocol !== 'https:' && !isLoopback(url.host) && !this.#options.insecure) {
            throw this.#failure(`${this.host} sends logins to a token server over plain http (${url.origin}); credentials are not sent there`, url.pathname, 'Use a registry whose token realm is https, or allow it explicitly with the insecure option.');
        }
        const headers = { 'user-agent': userAgent };
        if (credentials) {
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        let lastFailure = '';
        for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
            let response;
            try {
                response = await fetch(url, { headers, signal: AbortSignal.timeout(this.#timeoutMs) });
            }
            catch (error) {
                lastFailure = networkMessage(error, this.#timeoutMs);
                if (attempt < this.policy.attempts)
                    await (0,external_node_timers_promises_.setTimeout)(backoffMs(this.policy, attempt));
                continue;
            }
            if (isRetryableStatus(response.status)) {
                lastFailure = `HTTP ${response.status}${await errorSummary(response)}`;
                const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
                if (attempt < this.policy.attempts) {
                    await (0,external_node_timers_promises_.setTimeout)(Math.min(retryAfter ?? backoffMs(this.policy, attempt), this.policy.maxRetryAfterMs));
                }
                continue;
            }
            if (!response.ok) {
                const detail = await errorSummary(response);
                throw new errors/* TinySizeError */.kp(`the token server ${url.origin} refused a token for ${this.#scope} (HTTP ${response.status}${detail}) while fetching ${what} of ${formatReference(this.reference)}`, {
                    file: this.source,
                    within: `token ${url.origin}${url.pathname}`,
                    fix: this.#loginFix(credentials),
                });
            }
            const body = (await response.json().catch(() => ({})));
            const token = body.token ?? body.access_token;
            if (!token) {
                throw this.#failure(`the token server ${url.origin} answered without a token`, url.pathname, 'The registry is misconfigured; ask its operator.');
            }
            return token;
        }
        throw this.#failure(`the token server ${url.origin} did not answer after ${this.policy.attempts} tries (last: ${lastFailure})`, url.pathname, `Check that ${url.host} is reachable from here, then run again.`);
    }
    #loginFix(credentials) {
        const login = this.reference.registry === dockerHub ? 'docker login' : `docker login ${this.reference.registry}`;
        if (credentials) {
            return `Check the credentials from ${credentials.origin}: are they current, and may that account pull ${this.reference.repository}? Log in again (${login}) or set registry-username/registry-password.`;
        }
        return `The registry wants credentials and none were found for ${this.reference.registry} in ${dockerConfigPath(this.#options)}: run \`${login}\` or set registry-username and registry-password.`;
    }
    async #statusError(response, path, what) {
        const detail = await errorSummary(response);
        const ref = formatReference(this.reference);
        const credentials = this.#credentials ?? undefined;
        const place = { file: this.source, within: `GET ${path}` };
        switch (response.status) {
            case 401:
                return new errors/* TinySizeError */.kp(`${this.host} requires authentication to fetch ${what} of ${ref} (scope ${this.#scope}; HTTP 401${detail})`, { ...place, fix: this.#loginFix(credentials) });
            case 403:
                return new errors/* TinySizeError */.kp(`${this.host} denied access to ${what} of ${ref} (scope ${this.#scope}; HTTP 403${detail})`, {
                    ...place,
                    fix: `${credentials ? `The account from ${credentials.origin}` : 'Anonymous access'} may not pull ${this.reference.repository}: check the repository name and the account's permissions, or log in with an account that has them.`,
                });
            case 404:
                return new errors/* TinySizeError */.kp(`${this.host} has no ${what} for ${ref} (HTTP 404${detail})`, {
                    ...place,
                    fix: this.reference.digest
                        ? `Check the repository name ${this.reference.repository} and the digest; the image may have been deleted.`
                        : `Check the repository name ${this.reference.repository} and the tag ${this.reference.tag ?? 'latest'} (skopeo list-tags docker://${this.reference.registry}/${this.reference.repository} lists the tags); some registries answer 404 for a private repository without credentials.`,
                });
            default:
                return new errors/* TinySizeError */.kp(`${this.host} answered HTTP ${response.status}${detail} for ${what} of ${ref}`, {
                    ...place,
                    fix: 'Check the reference and that the server is a container registry (Distribution API v2).',
                });
        }
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

;// CONCATENATED MODULE: ./src/source/registry/manifests.ts
/**
 * Fetching manifests and indexes: the Accept header for every OCI and Docker type, a size cap,
 * and the bytes' sha256 checked against the digest asked for, the descriptor that listed them
 * and the registry's Docker-Content-Digest header.
 */



const manifestAccept = [
    oci/* MediaType */.zu.ociIndex,
    oci/* MediaType */.zu.ociManifest,
    oci/* MediaType */.zu.dockerManifestList,
    oci/* MediaType */.zu.dockerManifest,
];
/** The media type a manifest declares in its body; Content-Type is the fallback. */
function declaredMediaType(bytes, contentType) {
    try {
        const value = JSON.parse(bytes.toString('utf8'));
        if (typeof value.mediaType === 'string')
            return value.mediaType;
        const header = contentType?.split(';')[0]?.trim();
        if (header && ((0,oci/* isIndex */.nw)(header) || (0,oci/* isManifest */.Yh)(header) || (0,oci/* isSchema1Manifest */.GY)(header)))
            return header;
        // An OCI document may omit mediaType: tell index from manifest by shape.
        return Array.isArray(value.manifests) ? oci/* MediaType */.zu.ociIndex : oci/* MediaType */.zu.ociManifest;
    }
    catch {
        return undefined;
    }
}
/**
 * Fetches a manifest by tag or digest. `expected` (a descriptor from an index) pins digest and size.
 */
async function fetchManifest(client, reference, expected, cap = oci/* defaultJsonCap */._A) {
    const path = client.repositoryPath(`manifests/${reference}`);
    const what = `manifest ${reference}`;
    const place = { file: client.source, within: `GET ${path}` };
    if (expected && expected.size > cap) {
        throw new errors/* TinySizeError */.kp(`${what} is ${expected.size} bytes, over the ${cap}-byte limit for manifests`, {
            ...place,
            fix: 'This is not a plain image manifest; check the reference.',
        });
    }
    const response = await client.get(path, { accept: manifestAccept, what });
    const contentType = response.headers.get('content-type');
    const bytes = await (0,oci/* readCapped */.EF)(external_node_stream_.Readable.fromWeb(response.body), cap, place, what);
    const actual = (0,oci/* sha256Digest */.sI)(bytes);
    const wanted = expected?.digest ?? (reference.includes(':') ? reference : undefined);
    if (wanted && wanted !== actual) {
        throw new errors/* TinySizeError */.kp(`${client.host} served a manifest for ${reference} whose bytes hash to ${actual}, not to the digest asked for`, {
            ...place,
            fix: 'The registry or something between it and here altered the manifest: do not trust this image; check the registry and any proxy.',
        });
    }
    if (expected && expected.size !== bytes.length) {
        throw new errors/* TinySizeError */.kp(`${client.host} served ${bytes.length} bytes for manifest ${reference}, but the index lists ${expected.size}`, { ...place, fix: 'The index and the manifest do not belong together: push the image again.' });
    }
    const header = response.headers.get('docker-content-digest');
    if (header?.startsWith('sha256:') && header !== actual) {
        throw new errors/* TinySizeError */.kp(`${client.host} served a manifest for ${reference} whose bytes hash to ${actual}, but its Docker-Content-Digest header says ${header}`, {
            ...place,
            fix: 'The manifest was altered in transit or the registry is broken: check the registry and any proxy, then run again.',
        });
    }
    const mediaType = declaredMediaType(bytes, contentType);
    if (mediaType === undefined) {
        const html = /html/i.test(contentType ?? '') || /^\s*</.test(bytes.subarray(0, 256).toString('utf8'));
        throw new errors/* TinySizeError */.kp(html
            ? `${client.host} answered ${what} with an HTML page (Content-Type ${contentType ?? 'none'}), not a manifest`
            : `${client.host} answered ${what} with something that is not JSON (Content-Type ${contentType ?? 'none'})`, {
            ...place,
            fix: `Check that ${client.host} is a container registry (Distribution API v2) and not a web page, login portal or proxy; check the registry name in the reference.`,
        });
    }
    if ((0,oci/* isSchema1Manifest */.GY)(mediaType)) {
        throw new errors/* TinySizeError */.kp(`${what} is a Docker v2 schema 1 manifest, which is not supported`, {
            ...place,
            fix: 'Push the image again with a current docker, buildah or skopeo (they write schema 2 or OCI).',
        });
    }
    if (!(0,oci/* isIndex */.nw)(mediaType) && !(0,oci/* isManifest */.Yh)(mediaType)) {
        throw new errors/* TinySizeError */.kp(`${what} has media type ${mediaType}, which is not an image manifest or index`, {
            ...place,
            fix: 'Point at a container image; artifacts (Helm charts, signatures) are not images.',
        });
    }
    return { bytes, mediaType, descriptor: { mediaType, digest: actual, size: bytes.length } };
}

;// CONCATENATED MODULE: ./src/source/registry/index.ts
/**
 * Reads an image from a registry (Distribution API v2) into the one ImageView:
 *
 *   readRegistry('127.0.0.1:5000/app:1', { source: 'registry:127.0.0.1:5000/app:1' }) → ImageView
 *
 * Manifests and configs are fetched now (kilobytes); layer blobs stream later, through
 * `view.blobs`, digest-verified. With `manifestOnly` the blob store refuses layers.
 */











const registry_maxIndexDepth = 4;
async function readRegistry(text, options = {}) {
    const source = options.source ?? `registry:${text}`;
    const reference = reference_parseRegistryReference(text);
    const client = new RegistryClient(reference, source, options);
    const blobs = registryBlobStore(client, {
        maxConcurrent: options.maxConcurrentBlobs,
        manifestOnly: options.manifestOnly,
    });
    const view = {
        source,
        references: [formatReference(reference)],
        platforms: [],
        skipped: [],
        blobs,
    };
    const place = { file: source };
    const unselected = [];
    const readImage = async (descriptor, bytes) => {
        const manifest = (0,oci/* parseJsonDocument */.dH)(bytes, oci/* ImageManifest */.nU, `manifest ${descriptor.digest}`, {
            ...place,
            within: `manifest ${descriptor.digest}`,
        });
        if (!(0,oci/* isImageConfig */._m)(manifest.config.mediaType)) {
            return `an artifact, not a runnable image (config media type ${manifest.config.mediaType})`;
        }
        const config = await (0,oci/* readJsonBlob */.IB)(blobs, manifest.config, oci/* ImageConfig */.K8, {
            what: 'image config',
            place: { ...place, within: `config ${manifest.config.digest}` },
        });
        return platformImage({ manifestDescriptor: descriptor, manifest, config, declaredPlatform: descriptor.platform }, {
            ...place,
            within: `manifest ${descriptor.digest}`,
        });
    };
    const walkIndex = async (bytes, digest, depth) => {
        const index = (0,oci/* parseJsonDocument */.dH)(bytes, oci/* ImageIndex */.yd, `image index ${digest}`, {
            ...place,
            within: `index ${digest}`,
        });
        for (const child of index.manifests) {
            const reason = skipReason(child);
            if (reason) {
                view.skipped.push({ descriptor: child, reason });
                continue;
            }
            if (child.platform && options.selectPlatform && !options.selectPlatform(child.platform)) {
                unselected.push((0,oci/* platformString */.Fd)(child.platform));
                continue;
            }
            const fetched = await fetchManifest(client, child.digest, child).catch((error) => {
                throw missingChild(error, child, digest, source);
            });
            if ((0,oci/* isIndex */.nw)(fetched.mediaType)) {
                if (depth >= registry_maxIndexDepth) {
                    throw new errors/* TinySizeError */.kp(`image indexes nest deeper than ${registry_maxIndexDepth} levels`, {
                        ...place,
                        within: `index ${digest}`,
                        fix: 'The image index is malformed: push the image again.',
                    });
                }
                await walkIndex(fetched.bytes, child.digest, depth + 1);
                continue;
            }
            const image = await readImage({ ...child, mediaType: fetched.mediaType }, fetched.bytes);
            if (typeof image === 'string')
                view.skipped.push({ descriptor: child, reason: image });
            else
                view.platforms.push(image);
        }
    };
    const top = await fetchManifest(client, manifestReference(reference));
    if ((0,oci/* isIndex */.nw)(top.mediaType)) {
        await walkIndex(top.bytes, top.descriptor.digest, 0);
    }
    else {
        const image = await readImage(top.descriptor, top.bytes);
        if (typeof image === 'string')
            view.skipped.push({ descriptor: top.descriptor, reason: image });
        else
            view.platforms.push(image);
    }
    if (view.platforms.length === 0 && unselected.length > 0) {
        const wanted = options.platforms?.join(', ') ?? 'the platforms asked for';
        throw new errors/* TinySizeError */.kp(`${source} has no image for ${wanted}; it has: ${unselected.join(', ')}`, {
            file: source,
            fix: `Measure one of the platforms it has (${unselected.join(', ')}), or push the image for ${wanted}.`,
        });
    }
    return view;
}
/** A manifest an index lists but the registry does not have: say which index, which entry. */
function missingChild(error, child, index, source) {
    if (!(error instanceof errors/* TinySizeError */.kp) || !/HTTP 404/.test(error.message))
        return error;
    const platform = child.platform ? ` (${(0,oci/* platformString */.Fd)(child.platform)})` : '';
    return new errors/* TinySizeError */.kp(`the image index ${index} lists manifest ${child.digest}${platform}, which the registry does not have`, {
        file: source,
        within: `index ${index}`,
        cause: error,
        fix: 'The index is incomplete (a platform was deleted or never pushed): push the whole image again, e.g. buildah manifest push --all or docker buildx build --push.',
    });
}

;// CONCATENATED MODULE: ./src/source/index.ts
/**
 * Reading an existing image, whatever holds it. Every source ends in the same ImageView.
 *
 *   parseSourceRef('oci-archive:out/app.tar')  → { kind: 'oci-archive', path: 'out/app.tar' }
 *   describeSource(source)                     → 'oci-archive:out/app.tar'
 *   openImage(source, { platforms })           → ImageView (blobs verified on every read)
 */











const source_forms = 'oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF, registry:REF or docker://REF (or a path or an image reference alone)';
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
    return new TinySizeError(message, { fix });
}
/**
 * Parses `oci:DIR`, `oci-archive:FILE`, `docker-archive:FILE`, `docker:REF` (or `docker-daemon:REF`),
 * or guesses from a bare path (an OCI layout directory, or a tar peeked for oci-layout/index.json
 * versus manifest.json) or a bare image reference (→ docker:REF).
 */
function parseSourceRef(text) {
    const prefixed = /^([a-z][a-z0-9-]*):(.*)$/s.exec(text);
    if (prefixed && !imageIdPattern.test(text)) {
        const [, prefix = '', rest = ''] = prefixed;
        if (prefix in pathKinds) {
            if (!rest)
                throw usage(`"${text}" names no path after ${prefix}:`);
            return { kind: pathKinds[prefix], path: rest };
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
    if (looksLikeImageReference(text))
        return { kind: 'docker', reference: text };
    throw usage(`"${text}" is neither an existing file or directory nor an image reference`);
}
function guessPath(path) {
    let info;
    try {
        info = statSync(path);
    }
    catch {
        return undefined;
    }
    if (info.isDirectory()) {
        if (isFile(join(path, 'oci-layout')))
            return { kind: 'oci', path };
        throw new TinySizeError(`the directory ${path} is not an OCI image layout (it has no oci-layout file)`, {
            file: path,
            fix: `Write one with skopeo copy ... oci:${path}, or name an archive: ${source_forms}.`,
        });
    }
    const fd = openSync(path, 'r');
    try {
        const head = Buffer.alloc(4);
        readSync(fd, head, 0, 4, 0);
        const compression = sniffCompression(head);
        if (compression !== 'none') {
            throw new TinySizeError(`${path} is ${compression}-compressed, so its kind cannot be told by peeking`, {
                file: path,
                fix: `Name its kind: oci-archive:${path} or docker-archive:${path}.`,
            });
        }
        const names = indexTar(fd, path).entries;
        if (names.has('manifest.json'))
            return { kind: 'docker-archive', path };
        if (names.has('oci-layout') || names.has('index.json'))
            return { kind: 'oci-archive', path };
        throw new TinySizeError(`${path} is a tar archive but not an image archive (no manifest.json, oci-layout or index.json)`, {
            file: path,
            fix: 'Name an image archive written by docker save, skopeo copy or buildah push.',
        });
    }
    finally {
        closeSync(fd);
    }
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
/** The user-facing form of a source: `oci-archive:out/app.tar`, `docker:hello:latest`. */
function describeSource(source) {
    return 'reference' in source ? `${source.kind}:${source.reference}` : `${source.kind}:${source.path}`;
}
/** Opens an image and reads its index, manifests and configs. Layers are read later, through `blobs`. */
async function openImage(source, options = {}) {
    const name = describeSource(source);
    let view;
    switch (source.kind) {
        case 'oci':
            assertDirectory(source.path);
            view = await readOciLayout(directoryFiles(source.path), { source: name });
            break;
        case 'oci-archive':
            view = await readOciLayout(await openArchive(source.path, source.path, options.workDir), {
                source: name,
            });
            break;
        case 'docker-archive':
            await assertArchiveFile(source.path, source.path);
            view = await readDockerArchive(await openArchive(source.path, source.path, options.workDir), name);
            break;
        case 'docker':
            view = await readDockerDaemon(source.reference, name, options.workDir);
            break;
        case 'registry': {
            const wanted = options.platforms;
            view = await readRegistry(source.reference, {
                ...options.registry,
                manifestOnly: options.manifestOnly ?? options.registry?.manifestOnly,
                source: name,
                ...(wanted
                    ? { platforms: wanted, selectPlatform: (p) => wanted.some((w) => (0,oci/* platformMatches */.J5)(w, p)) }
                    : {}),
            });
            break;
        }
    }
    if (view.platforms.length === 0) {
        const skipped = view.skipped.map((s) => `${s.descriptor.digest}: ${s.reason}`).join('; ');
        throw new errors/* TinySizeError */.kp(`${name} holds no runnable image${skipped ? ` (skipped ${skipped})` : ''}`, {
            file: name,
            fix: 'Point at an image, not an artifact or attestation.',
        });
    }
    return options.platforms ? selectPlatforms(view, options.platforms) : view;
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
function selectPlatforms(view, wanted) {
    const platforms = view.platforms.filter((image) => wanted.some((w) => (0,oci/* platformMatches */.J5)(w, image.platform)));
    if (platforms.length === 0) {
        const has = view.platforms.map((image) => (0,oci/* platformString */.Fd)(image.platform)).join(', ');
        throw new errors/* TinySizeError */.kp(`${view.source} has no image for ${wanted.join(', ')}; it has: ${has}`, {
            file: view.source,
            fix: `Measure one of the platforms it has (${has}), or build the image for ${wanted.join(', ')}.`,
        });
    }
    return { ...view, platforms };
}

;// CONCATENATED MODULE: ./src/acquire.ts
/**
 * Acquire: turn one image of the budget file into an ImageView, by building it or by reading an
 * image that exists. Everything after this step sees only the view.
 */





async function acquireImage(image, options) {
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-'));
    const dispose = () => (0,promises_.rm)(workDir, { recursive: true, force: true });
    try {
        const { source } = image;
        if (source.kind !== 'build') {
            const view = await openImage(source, {
                platforms: image.platforms,
                workDir,
                registry: options.registry,
            });
            return { view, method: `read from ${describeSource(source)}`, dispose };
        }
        const spec = {
            ...source,
            buildArgs: expandBuildArgs(source.buildArgs, process.env, {
                file: options.budgetFile,
                image: image.name,
            }),
        };
        const built = await buildImage(spec, {
            workDir,
            tag: `tiny-size-gate/${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:latest`,
            onOutput: (chunk) => {
                for (const line of chunk.split('\n'))
                    if (line.trim())
                        options.progress.detail(line);
            },
        });
        const view = await openImage(built.source, { platforms: image.platforms, workDir });
        // The archive is a temporary file; what the user knows is the Dockerfile it came from.
        return {
            view: { ...view, source: `build:${(0,external_node_path_.relative)(process.cwd(), spec.dockerfile) || spec.dockerfile}` },
            method: `built with ${built.method}`,
            dispose,
        };
    }
    catch (error) {
        await dispose();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/budget/index.ts + 5 modules
var src_budget = __webpack_require__(49442);
// EXTERNAL MODULE: ./src/gate/index.ts + 2 modules
var gate = __webpack_require__(45068);
// EXTERNAL MODULE: ./src/measure/index.ts + 8 modules
var measure = __webpack_require__(22055);
;// CONCATENATED MODULE: ./src/progress.ts
/** A Progress that says nothing, for tests and library use. */
const silentProgress = {
    step: (_title, run) => run(),
    detail: () => { },
};

;// CONCATENATED MODULE: ./src/check.ts
/**
 * The engine the CLI and the action share: budget file -> acquire -> measure -> gate.
 * Reporting and publishing are the callers' business; this returns everything they need.
 */






async function runCheck(request) {
    const progress = request.progress ?? silentProgress;
    const budget = await progress.step(`Read ${request.config}`, () => (0,src_budget.loadBudgetFile)(request.config));
    const selected = selectImages(budget, request.images ?? []);
    const acquireOptions = { progress, budgetFile: budget.file, registry: request.registry };
    const measured = [];
    for (const image of selected) {
        measured.push(await progress.step(`Measure ${image.name}`, () => measureOne(image, acquireOptions)));
    }
    const verdict = (0,gate/* evaluate */._3)(measured.map(({ image, sizes }) => ({ image, sizes })), {
        baseline: onlySelected(request.baseline, request.images),
        overrideGrowth: request.overrideGrowth ?? false,
    });
    return { budget, measured, verdict };
}
async function measureOne(image, options) {
    const acquired = await acquireImage(image, options);
    try {
        const sizes = await (0,measure/* measureImage */.u8)(acquired.view);
        return { image, sizes, method: acquired.method };
    }
    finally {
        await acquired.dispose();
    }
}
/** When only some images are checked, only their baselines count (the others are not "removed"). */
function onlySelected(baseline, names = []) {
    if (!baseline || names.length === 0)
        return baseline ? [...baseline] : undefined;
    return baseline.filter((image) => names.includes(image.name));
}
function selectImages(budget, names) {
    if (names.length === 0)
        return budget.images;
    const known = new Map(budget.images.map((image) => [image.name, image]));
    const unknown = names.filter((name) => !known.has(name));
    if (unknown.length) {
        throw new errors/* TinySizeError */.kp(`no image named ${unknown.map((n) => `\`${n}\``).join(', ')} in the budget file`, {
            file: budget.file,
            fix: `choose among: ${budget.images.map((image) => image.name).join(', ')}`,
        });
    }
    return names.map((name) => known.get(name));
}


/***/ })

};
