export const id = 690;
export const ids = [690];
export const modules = {

/***/ 67628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ expandBuildArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TinySizeError */ .kp(`build arg ${name} uses \${${variable}}, which is not set`, {
                file: where.file,
                ...where.positionOf?.(['images', where.image, 'build-args', name]),
                within: `images.${where.image}.build-args.${name}`,
                fix: `set ${variable} in the environment, or give a default: \${${variable}:-value}`,
            });
        }),
    ]));
}


/***/ }),

/***/ 42690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _w: () => (/* binding */ buildImage),
  preflightBuild: () => (/* reexport */ preflightBuild)
});

// UNUSED EXPORTS: NativeRefusal, buildNative, createdImages, expandBuildArgs, locateStep, planNativeBuild, readDockerfile, sourceDateEpoch, writeOciArchive, writeViewAsOciLayout

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./src/builders/build-args.ts
var build_args = __webpack_require__(67628);
;// CONCATENATED MODULE: ./src/builders/preflight.ts
/**
 * Checks a build before any builder runs, so a mistake in the budget file is reported at its line
 * instead of as a builder's raw error: the context and the Dockerfile exist, the target is one of
 * the Dockerfile's stages, every build arg is declared (a warning when not). The Dockerfile is
 * read with dockerfile-ast, which also locates a failed build step's line.
 */






/** Stages, ARGs and instructions of a Dockerfile's text. */
function readDockerfile(text) {
    const dockerfile = main.DockerfileParser.parse(text);
    const stages = dockerfile.getFROMs().map((from, index) => {
        const name = from.getBuildStage() ?? undefined;
        return {
            ...(name ? { name } : {}),
            index,
            base: from.getImage() ?? '',
            line: from.getRange().start.line + 1,
        };
    });
    const args = [];
    for (const arg of dockerfile.getARGs()) {
        const name = arg.getProperty()?.getName();
        if (name && !args.some((known) => known.name === name))
            args.push({ name, line: arg.getRange().start.line + 1 });
    }
    const lines = text.split('\n');
    let stage = -1;
    const instructions = dockerfile.getInstructions().map((instruction) => {
        const keyword = instruction.getKeyword().toUpperCase();
        if (keyword === 'FROM')
            stage++;
        const { start, end } = instruction.getRange();
        const source = lines
            .slice(start.line, end.line + 1)
            .map((line, index, all) => line.slice(index === 0 ? start.character : 0, index === all.length - 1 ? end.character : undefined))
            .join('\n');
        // Continuations joined, as builders print an instruction, with the keyword in upper case.
        const joined = source
            .replace(/\\\r?\n/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/^\S+/, keyword);
        return { keyword, text: joined, line: start.line + 1, stage };
    });
    return { stages, args, instructions };
}
/** The Dockerfile line of the step a builder reported as failed. */
function locateStep(facts, step) {
    if (step.number !== undefined)
        return facts.instructions[step.number - 1];
    if (!step.instruction)
        return undefined;
    const wanted = normalise(step.instruction);
    const stageIndex = typeof step.stage === 'number'
        ? step.stage - 1
        : step.stage === undefined
            ? undefined
            : (facts.stages.find((stage) => stage.name === step.stage)?.index ??
                // BuildKit names unnamed stages `stage-N`.
                Number(/^stage-(\d+)$/.exec(step.stage)?.[1] ?? Number.NaN));
    const candidates = facts.instructions.filter((instruction) => stageIndex === undefined || Number.isNaN(stageIndex) || instruction.stage === stageIndex);
    return (candidates.find((instruction) => normalise(instruction.text) === wanted) ??
        // Builders shorten or expand long instructions: match on the start.
        candidates.find((instruction) => {
            const text = normalise(instruction.text);
            const head = Math.min(text.length, wanted.length, 40);
            return head > 8 && text.slice(0, head) === wanted.slice(0, head);
        }));
}
function normalise(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
/**
 * Checks a build against the file system and its Dockerfile. Throws a TinySizeError at the budget
 * file's line for what would fail the build; returns warnings for what is probably a mistake.
 */
async function preflightBuild(spec, place) {
    const at = (key) => ({
        file: place.file,
        ...place.positionOf?.(['images', place.image, key]),
        within: `images.${place.image}.${key}`,
    });
    const budgetDir = (0,external_node_path_.dirname)(place.file);
    const shown = (path) => (0,external_node_path_.relative)(process.cwd(), path) || '.';
    // Unset ${VAR} in a build arg: reported here, where the budget file's line is known.
    (0,build_args/* expandBuildArgs */.c)(spec.buildArgs, place.env ?? process.env, place);
    if (!(await isDirectory(spec.context))) {
        const near = await nearbyName(spec.context, (entry) => entry.isDirectory());
        throw new errors/* TinySizeError */.kp(`the build context ${shown(spec.context)} is not a directory (\`context:\` is relative to the budget file's folder, ${shown(budgetDir)})`, {
            ...at('context'),
            fix: near
                ? `did you mean ${shown(near)}?`
                : 'point `context:` at the directory holding the files the Dockerfile copies',
        });
    }
    const dockerfileKey = place.positionOf?.(['images', place.image, 'dockerfile']) ? 'dockerfile' : 'context';
    let text;
    try {
        text = await (0,promises_.readFile)(spec.dockerfile, 'utf8');
    }
    catch {
        const near = await nearbyName(spec.dockerfile, (entry) => entry.isFile() && /dockerfile|containerfile/i.test(entry.name));
        const how = dockerfileKey === 'dockerfile'
            ? `\`dockerfile:\` is relative to the budget file's folder, ${shown(budgetDir)}`
            : 'the default, <context>/Dockerfile';
        throw new errors/* TinySizeError */.kp(`no Dockerfile at ${shown(spec.dockerfile)} (${how})`, {
            ...at(dockerfileKey),
            fix: near
                ? `did you mean ${shown(near)}? Set \`dockerfile: ${(0,external_node_path_.relative)(budgetDir, near)}\``
                : 'set `dockerfile:` to the Dockerfile, relative to the budget file',
        });
    }
    const facts = readDockerfile(text);
    if (!facts.stages.length) {
        throw new errors/* TinySizeError */.kp(`${shown(spec.dockerfile)} has no FROM line, so it builds no image`, {
            file: spec.dockerfile,
            fix: 'start the Dockerfile with `FROM scratch` (or a base image)',
        });
    }
    if (spec.target !== undefined && !facts.stages.some((stage) => stage.name === spec.target)) {
        const names = facts.stages.flatMap((stage) => (stage.name ? [stage.name] : []));
        const target = spec.target;
        // A name that contains the target (or is contained in it) first, then by edit distance.
        const score = (name) => (name.includes(target) || target.includes(name) ? 0 : 1000) + (0,mod/* distance */.Io)(target, name);
        const byCloseness = [...names].sort((a, b) => score(a) - score(b));
        throw new errors/* TinySizeError */.kp(`\`target: ${target}\` names no stage of ${shown(spec.dockerfile)}`, {
            ...at('target'),
            fix: names.length
                ? `use one of its stages (closest first): ${byCloseness.join(', ')}; or leave \`target:\` out to build the last stage`
                : `its stages have no names: add \`AS ${target}\` to a FROM line, or leave \`target:\` out to build the last stage`,
        });
    }
    const warnings = [];
    const declared = facts.args.map((arg) => arg.name);
    for (const name of Object.keys(spec.buildArgs)) {
        if (declared.includes(name))
            continue;
        const position = place.positionOf?.(['images', place.image, 'build-args', name]);
        const where = `${place.file}${position ? `:${position.line}` : ''}`;
        const near = declared.length ? (0,mod/* closest */.kp)(name, declared) : undefined;
        const nearLine = facts.args.find((arg) => arg.name === near)?.line;
        warnings.push(`${where}: build arg ${name} is not declared by any ARG in ${shown(spec.dockerfile)}, so the build ignores it${near ? `; did you mean ${near} (ARG at line ${nearLine})?` : ''}`);
    }
    return warnings;
}
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((info) => info.isDirectory(), () => false);
}
/** The closest name to `path`'s own among its folder's entries that pass `keep`. */
async function nearbyName(path, keep) {
    const folder = (0,external_node_path_.dirname)(path);
    const entries = await (0,promises_.readdir)(folder, { withFileTypes: true }).catch(() => []);
    const names = entries.filter(keep).map((entry) => entry.name);
    if (!names.length)
        return undefined;
    const best = (0,mod/* closest */.kp)((0,external_node_path_.basename)(path), names);
    return (0,mod/* distance */.Io)((0,external_node_path_.basename)(path).toLowerCase(), best.toLowerCase()) <= Math.max(3, best.length / 2)
        ? `${folder}/${best}`
        : undefined;
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
 *
 * Nothing is left in the engine: the image gets a tag of its own for the time of the save (its ID
 * comes from --iidfile), a failed RUN's container is removed (--force-rm), and once saved the tag
 * and the classic builder's intermediate images (not cached ones it reused) are removed. The final
 * image goes with its tag, never by ID: two runs sharing an engine may build the same image (the
 * second from the first's cache), and removing it by ID would pull it from under the other's save.
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
        const args = [
            'buildx',
            'build',
            ...common,
            '--tag',
            options.tag ?? 'tiny-size-gate-build',
            '--output',
            output,
            spec.context,
        ];
        const result = await runTool(docker, args, { onOutput: options.onOutput });
        if (result.exitCode === 0)
            return {
                source: { kind: 'oci-archive', path: dest },
                method: `buildx (OCI export, driver \`${plan.driver}\`)`,
            };
        // Detection can be wrong (a containerd store that is only half on): fall back, and say why.
        if (!ociExportRefused(result.stderr))
            throw await buildFailed(spec, 'docker buildx build', result);
        classicWhy = `buildx driver \`${plan.driver}\` refused the OCI export`;
    }
    const noCache = options.noCache ? ['--no-cache'] : [];
    const iidFile = (0,external_node_path_.join)(options.workDir, 'image.iid');
    const tag = `tiny-size-gate-build:${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const build = await runTool(docker, ['build', '--force-rm', '--iidfile', iidFile, '--tag', tag, ...common, ...noCache, spec.context], {
        onOutput: options.onOutput,
    });
    const imageId = build.exitCode === 0 ? (await (0,promises_.readFile)(iidFile, 'utf8')).trim() : undefined;
    try {
        if (!imageId)
            throw await buildFailed(spec, 'docker build', build);
        const archive = (0,external_node_path_.join)(options.workDir, 'image.docker.tar');
        const save = await runTool(docker, ['save', '--output', archive, imageId]);
        if (save.exitCode !== 0) {
            throw new errors/* TinySizeError */.kp(`docker save ${imageId} failed: ${tail(save.stderr, 5)}`, {
                file: spec.dockerfile,
                fix: 'check the free space in the temporary directory and that the engine is healthy (docker info)',
            });
        }
        return {
            source: { kind: 'docker-archive', path: archive },
            method: `docker build + docker save (${classicWhy})`,
        };
    }
    finally {
        const intermediate = createdImages(build.stdout).filter((id) => !imageId?.includes(`:${id}`));
        await removeImages(docker, [...intermediate, tag]);
    }
}
/**
 * The images the classic builder made in this build: the ID after each step it ran, not the ones
 * it took from its cache (`Using cache`) or a FROM's base image, which were there before.
 */
function createdImages(log) {
    const ids = [];
    for (const step of stripAnsi(log)
        .split(/^Step \d+\/\d+ : /m)
        .slice(1)) {
        if (/^FROM\s/i.test(step) || /^ ---> Using cache$/m.test(step))
            continue;
        const id = [...step.matchAll(/^ ---> ([0-9a-f]{12,64})$/gm)].at(-1)?.[1];
        if (id)
            ids.push(id);
    }
    return ids;
}
/**
 * Removes the given images or tags, latest first, and only those (--no-prune: their parents may be
 * cache the user had). Never forced: an image someone tagged meanwhile, or that another is built
 * on, stays; a tag goes, and its image with it only when no other tag names it.
 */
async function removeImages(docker, ids) {
    for (const id of [...new Set(ids)].reverse())
        await runTool(docker, ['rmi', '--no-prune', id]);
}
function stripAnsi(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the classic builder colours a step's stderr
    return text.replace(/\x1b\[[0-9;]*m/g, '');
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
/** A failed build's error: the failing step with its Dockerfile line, and the last lines it printed. */
async function buildFailed(spec, what, result) {
    const failure = describeBuildFailure(`${result.stdout}\n${result.stderr}`);
    const text = await (0,promises_.readFile)(spec.dockerfile, 'utf8').catch(() => '');
    const step = failure.step && text ? locateStep(readDockerfile(text), failure.step) : undefined;
    const instruction = step?.text ?? failure.step?.instruction;
    return new errors/* TinySizeError */.kp(`${what} failed for ${spec.dockerfile}${instruction ? ` at \`${instruction}\`` : ''}:\n${failure.output}`, {
        file: spec.dockerfile,
        ...(step ? { line: step.line } : {}),
        fix: `the lines above are the failing step's last output; \`tiny-size-gate check --verbose\` shows the whole build log`,
    });
}
/** The step a build log says failed, and its last lines of output: classic builder or BuildKit. */
function describeBuildFailure(log) {
    log = stripAnsi(log);
    const lines = log
        .split('\n')
        .filter((line) => !/DEPRECATED|legacy builder|buildx component|docs\.docker\.com\/go\/buildx|^\s*$/.test(line));
    // BuildKit: ` > [build 4/5] RUN nasm ...:` heads the failing step's last lines, between `------`.
    const buildkit = [...log.matchAll(/^ > \[(?:(\S+) )?\d+\/\d+\] (.+):$/gm)].at(-1);
    if (buildkit) {
        const after = log.slice((buildkit.index ?? 0) + buildkit[0].length).split('\n');
        const end = after.findIndex((line, index) => index > 0 && line.startsWith('------'));
        const output = after
            .slice(1, end < 0 ? undefined : end)
            .map((line) => line.replace(/^#\d+ /, '').replace(/^\d+\.\d+ /, ''))
            .filter((line) => line.trim());
        const summary = lines.filter((line) => /^(ERROR|error|executor failed)/.test(line)).at(-1);
        return {
            step: { ...(buildkit[1] ? { stage: buildkit[1] } : {}), instruction: buildkit[2] },
            output: tail([...output, ...(summary ? [summary] : [])].join('\n'), 12),
        };
    }
    // The classic builder: `Step n/m : INSTRUCTION`, then what it printed.
    const classic = [...log.matchAll(/^Step (\d+)\/\d+ : (.+)$/gm)].at(-1);
    if (classic) {
        const after = log
            .slice((classic.index ?? 0) + classic[0].length)
            .split('\n')
            .filter((line) => line.trim() &&
            !/^ ---> |^Removing intermediate container|DEPRECATED|legacy builder|buildx/.test(line) &&
            !/^\s+(Install the buildx|https:\/\/docs\.docker)/.test(line));
        return {
            step: { number: Number(classic[1]), instruction: classic[2] },
            output: tail(after.join('\n'), 12),
        };
    }
    return { output: tail(lines.join('\n'), 12) };
}

;// CONCATENATED MODULE: ./src/builders/buildah.ts
/**
 * Builds an image without a daemon: `buildah bud` (or `podman build`, which shares its code), then
 * `buildah push IMAGE oci-archive:FILE` writes the image with gzip layers and a real manifest, so
 * `compressed` and `pull` are exact, not estimated.
 *
 * Nothing is left in containers-storage: no tag, a failed RUN's container removed (--force-rm), the
 * untagged images that appeared during the build removed, the final one once it is in the archive.
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
    const push = await runTool(command, pushArguments(storage, imageId, archive, options.tag ?? 'tiny-size-gate-build'));
    await buildah_removeImages(command, storage, [imageId]);
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
function buildCommandArguments(command, spec, iidFile, storage) {
    return [
        ...globalArguments(storage),
        buildVerb(command),
        // --layers: one layer per instruction, as the Docker engine builds (without it buildah squashes a stage).
        '--layers',
        '--force-rm',
        '--iidfile',
        iidFile,
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
    // buildah names no image a step commits (it prints only cached ones), so the untagged images that
    // appear during the build are the build's own: removed afterwards, the final one after its push.
    const run = async (storage) => {
        const before = new Set(await untaggedImages(command, storage));
        try {
            return await runTool(command, buildCommandArguments(command, spec, iidFile, storage), {
                onOutput: options.onOutput,
            });
        }
        finally {
            const made = (await untaggedImages(command, storage)).filter((id) => !before.has(id));
            const final = await (0,promises_.readFile)(iidFile, 'utf8').then((id) => id.trim(), () => '');
            await buildah_removeImages(command, storage, made.filter((id) => id !== final));
        }
    };
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
async function untaggedImages(command, storage) {
    const listed = await runTool(command, [
        ...globalArguments(storage),
        'images',
        '-a',
        '-q',
        '--no-trunc',
        '--filter',
        'dangling=true',
    ]);
    return listed.exitCode === 0
        ? listed.stdout
            .split('\n')
            .map((id) => id.trim())
            .filter(Boolean)
        : [];
}
/** Latest first (a child before its parent); never forced, so an image in use stays. */
async function buildah_removeImages(command, storage, ids) {
    for (const id of [...ids].reverse())
        await runTool(command, [...globalArguments(storage), 'rmi', id]);
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
    const instruction = (last[2] ?? '').trim();
    const found = locateStep(readDockerfile(dockerfile), { stage: Number(last[1] ?? '1'), instruction });
    return found ? { line: found.line, instruction } : undefined;
}
async function buildah_buildFailed(command, spec, result) {
    const dockerfile = await (0,promises_.readFile)(spec.dockerfile, 'utf8').catch(() => '');
    const step = locateFailedStep(dockerfile, result.stdout);
    const tool = `${toolName(command)} ${buildVerb(command)}`;
    // What the failing step printed: everything after the last STEP line (the steps before it passed).
    const stdout = result.stdout.trimEnd();
    const lastStep = [...stdout.matchAll(/^(?:\[\d+\/\d+\] )?STEP \d+\/\d+: .*$/gm)].at(-1);
    const printed = lastStep ? stdout.slice((lastStep.index ?? 0) + lastStep[0].length) : stdout;
    const log = tail([printed.trim(), result.stderr.trimEnd()].filter(Boolean).join('\n'), 12);
    return new errors/* TinySizeError */.kp(`${tool} failed for ${spec.dockerfile}${step ? ` at \`${step.instruction}\`` : ''} (exit code ${result.exitCode}):\n${log}`, {
        file: spec.dockerfile,
        ...(step ? { line: step.line } : {}),
        fix: `the lines above are the failing step's last output; \`tiny-size-gate check --verbose\` shows the whole build log, or run \`${tool} --file ${spec.dockerfile} ${spec.context}\` by hand`,
    });
}

;// CONCATENATED MODULE: ./src/builders/native/words.ts
/**
 * Dockerfile words as the builder reads them: quotes removed, escapes applied, and variables
 * expanded ($VAR, ${VAR}, ${VAR:-default}, ${VAR:+alternative}, ${VAR-default}, ${VAR+alternative}).
 * `words` splits on unquoted white space (COPY sources); `word` keeps it (ENV and LABEL values).
 */
class WordError extends Error {
}
function word(text, vars, escapeChar = '\\') {
    return words_process(text, vars, escapeChar, false).join('');
}
function words(text, vars, escapeChar = '\\') {
    return words_process(text, vars, escapeChar, true);
}
function words_process(text, vars, escapeChar, split) {
    const out = [];
    let current = '';
    let started = false;
    let i = 0;
    const flush = () => {
        if (started)
            out.push(current);
        current = '';
        started = false;
    };
    while (i < text.length) {
        const c = text[i];
        if (split && /\s/.test(c)) {
            flush();
            i++;
        }
        else if (c === escapeChar && i + 1 < text.length) {
            current += text[i + 1];
            started = true;
            i += 2;
        }
        else if (c === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                throw new WordError(`unmatched ' in ${text}`);
            current += text.slice(i + 1, end);
            started = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            started = true;
            for (;;) {
                if (i >= text.length)
                    throw new WordError(`unmatched " in ${text}`);
                const d = text[i];
                if (d === '"')
                    break;
                if (d === escapeChar && (text[i + 1] === '"' || text[i + 1] === escapeChar || text[i + 1] === '$')) {
                    current += text[i + 1];
                    i += 2;
                }
                else if (d === '$') {
                    const [value, next] = variable(text, i, vars, escapeChar);
                    current += value;
                    i = next;
                }
                else {
                    current += d;
                    i++;
                }
            }
            i++;
        }
        else if (c === '$') {
            const [value, next] = variable(text, i, vars, escapeChar);
            current += value;
            started = true;
            i = next;
        }
        else {
            current += c;
            started = true;
            i++;
        }
    }
    flush();
    return split ? out : [out.join('')];
}
/** Expands the variable at text[start] === '$'; returns its value and the index after it. */
function variable(text, start, vars, escapeChar) {
    const simple = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start + 1));
    if (simple)
        return [vars.get(simple[0]) ?? '', start + 1 + simple[0].length];
    if (text[start + 1] !== '{')
        return ['$', start + 1];
    const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])|(\}))/.exec(text.slice(start + 1));
    if (!braced)
        throw new WordError(`bad substitution in ${text}`);
    const name = braced[1];
    const value = vars.get(name);
    if (braced[3])
        return [value ?? '', start + 1 + braced[0].length];
    // ${NAME:-word}: the word runs to the matching brace and is itself expanded.
    let depth = 1;
    let i = start + 1 + braced[0].length;
    const wordStart = i;
    for (; i < text.length && depth > 0; i++) {
        if (text[i] === escapeChar)
            i++;
        else if (text[i] === '{')
            depth++;
        else if (text[i] === '}')
            depth--;
    }
    if (depth > 0)
        throw new WordError(`missing } in ${text}`);
    const inner = word(text.slice(wordStart, i - 1), vars, escapeChar);
    const operator = braced[2];
    const set = operator.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
    if (operator.endsWith('-'))
        return [set ? value : inner, i];
    return [set ? inner : '', i];
}

;// CONCATENATED MODULE: ./src/builders/native/dockerfile.ts
/**
 * A Dockerfile read for the native builder: the target stage must be `FROM scratch` and hold only
 * instructions that assemble files and set the config. The plan says, step by step, what to copy
 * and what the config becomes; anything the native builder cannot do is a NativeRefusal that names
 * the line and the builder that can.
 */




/** The builders that can do what the native one refused. */
const otherBuilders = 'set `builder: docker` or `builder: buildah` in the budget file (CLI: --builder docker)';
/** The Dockerfile asks for something only an engine can do. `auto` then falls back to an engine. */
class NativeRefusal extends errors/* TinySizeError */.kp {
    constructor(message, options) {
        super(message, { ...options, fix: options.fix ?? otherBuilders });
    }
}
/** The instructions the native builder follows, for messages. */
const supportedInstructions = 'COPY and ADD of local files, CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR, ARG, STOPSIGNAL, HEALTHCHECK NONE';
const defaultPath = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const copyFlags = new Set(['from', 'chmod', 'chown', 'link']);
function hostPlatform() {
    const arch = {
        x64: 'amd64',
        ia32: '386',
        arm64: 'arm64',
        arm: 'arm',
        s390x: 's390x',
    };
    return { os: 'linux', architecture: arch[process.arch] ?? process.arch };
}
function parsePlatform(platform) {
    if (!platform)
        return hostPlatform();
    const [os = 'linux', architecture = 'amd64', variant] = platform.split('/');
    return { os, architecture, ...(variant ? { variant } : {}) };
}
function planNative(input) {
    const file = input.dockerfile;
    const parsed = main.DockerfileParser.parse(input.text);
    const escapeChar = parsed.getEscapeCharacter();
    const instructions = parsed.getInstructions();
    const lineOf = (instruction) => instruction.getRange().start.line + 1;
    const refuse = (instruction, message, fix) => {
        throw new NativeRefusal(message, { file, line: lineOf(instruction), ...(fix ? { fix } : {}) });
    };
    const expand = (instruction, text, vars) => {
        try {
            return word(text, vars, escapeChar);
        }
        catch (error) {
            throw new errors/* TinySizeError */.kp(`cannot read \`${text}\`: ${error.message}`, {
                file,
                line: lineOf(instruction),
                fix: 'check the quotes, and that each variable reference in braces is closed, in this line',
            });
        }
    };
    const platform = parsePlatform(input.platform);
    // Stages: the ARGs before the first FROM, then each FROM and its instructions.
    const globalArgs = new Map();
    const stages = [];
    for (const instruction of instructions) {
        const keyword = instruction.getKeyword();
        if (keyword === 'FROM') {
            const args = instruction.getArguments().map((a) => a.getValue());
            const asIndex = args.findIndex((a) => a.toUpperCase() === 'AS');
            stages.push({
                from: instruction,
                name: asIndex >= 0 ? args[asIndex + 1]?.toLowerCase() : undefined,
                instructions: [],
            });
        }
        else if (stages.length === 0) {
            if (keyword !== 'ARG')
                refuse(instruction, `${keyword} before the first FROM`, 'start the Dockerfile with FROM (only ARG may come before it)');
            for (const [name, value] of argValues(instruction, input.buildArgs, globalArgs, (t) => expand(instruction, t, globalArgs)))
                globalArgs.set(name, value);
        }
        else
            stages.at(-1)?.instructions.push(instruction);
    }
    if (stages.length === 0)
        throw new errors/* TinySizeError */.kp('the Dockerfile has no FROM', {
            file,
            fix: 'add `FROM scratch` and the COPY lines',
        });
    let stageIndex = stages.length - 1;
    if (input.target) {
        stageIndex = stages.findIndex((stage) => stage.name === input.target?.toLowerCase());
        if (stageIndex < 0)
            throw new errors/* TinySizeError */.kp(`no build stage named \`${input.target}\``, {
                file,
                fix: `name one of the stages: ${stages.map((s, i) => s.name ?? String(i)).join(', ')}`,
            });
    }
    const stage = stages[stageIndex];
    const fromArgs = stage.from.getArguments().map((a) => a.getValue());
    const fromFlags = stage.from.getFlags();
    if (fromFlags.length)
        refuse(stage.from, `FROM --${fromFlags[0]?.getName()} is not supported by the native builder`);
    const base = expand(stage.from, fromArgs[0] ?? '', globalArgs);
    if (base.toLowerCase() !== 'scratch') {
        refuse(stage.from, `the native builder assembles \`FROM scratch\` images only, and this stage is \`FROM ${base}\``, `${otherBuilders}, or end the Dockerfile with a \`FROM scratch\` stage that copies what it needs`);
    }
    const stageNames = new Map(stages.map((s, i) => [s.name ?? String(i), i]));
    // The target stage, instruction by instruction.
    const args = new Map();
    const env = new Map();
    const vars = () => new Map([...args, ...env]);
    const config = { Env: [defaultPath] };
    const steps = [];
    let workdir = '/';
    const predefined = {
        TARGETPLATFORM: [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'),
        TARGETOS: platform.os,
        TARGETARCH: platform.architecture,
        TARGETVARIANT: platform.variant ?? '',
    };
    for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword();
        const line = lineOf(instruction);
        const raw = instruction.getRawArgumentsContent() ?? '';
        const flagText = (instruction.getFlags?.() ?? []).map((f) => `--${f.getName()}=${f.getValue() ?? ''} `);
        const text = `${keyword} ${flagText.join('')}${raw.replace(/\\\r?\n\s*/g, '').trim()}`;
        const properties = () => instruction.getProperties();
        const configStep = () => steps.push({ kind: 'config', line, text });
        switch (keyword) {
            case 'ARG':
                for (const [name, value] of argValues(instruction, input.buildArgs, globalArgs, (t) => expand(instruction, t, vars()), predefined))
                    args.set(name, value);
                break;
            case 'ENV':
                for (const property of properties()) {
                    const value = expand(instruction, property.getUnescapedValue() ?? '', vars());
                    const name = property.getName();
                    env.set(name, value);
                    config.Env = [...config.Env.filter((e) => !e.startsWith(`${name}=`)), `${name}=${value}`];
                }
                configStep();
                break;
            case 'LABEL':
                config.Labels = { ...config.Labels };
                for (const property of properties()) {
                    config.Labels[expand(instruction, property.getName(), vars())] = expand(instruction, property.getUnescapedValue() ?? '', vars());
                }
                configStep();
                break;
            case 'CMD':
            case 'ENTRYPOINT': {
                const command = execForm(raw) ?? ['/bin/sh', '-c', raw.replace(/\\\r?\n\s*/g, '').trim()];
                if (keyword === 'CMD')
                    config.Cmd = command;
                else
                    config.Entrypoint = command;
                configStep();
                break;
            }
            case 'EXPOSE':
                config.ExposedPorts = { ...config.ExposedPorts };
                for (const port of words(raw, vars(), escapeChar)) {
                    const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(port);
                    if (!match)
                        refuse(instruction, `EXPOSE ${port}: not a port (80, 80/tcp, 8000-8002/udp)`, 'write the port as a number with an optional /tcp, /udp or /sctp');
                    const [, from = '', to, protocol = 'tcp'] = match;
                    for (let p = Number(from); p <= Number(to ?? from); p++)
                        config.ExposedPorts[`${p}/${protocol.toLowerCase()}`] = {};
                }
                configStep();
                break;
            case 'USER':
                config.User = expand(instruction, raw.trim(), vars());
                configStep();
                break;
            case 'WORKDIR':
                workdir = external_node_path_.posix.resolve(workdir, expand(instruction, raw.trim(), vars()));
                config.WorkingDir = workdir;
                configStep();
                break;
            case 'STOPSIGNAL':
                config.StopSignal = expand(instruction, raw.trim(), vars());
                configStep();
                break;
            case 'HEALTHCHECK':
                if (raw.trim().toUpperCase() !== 'NONE')
                    refuse(instruction, 'HEALTHCHECK CMD is not supported by the native builder (HEALTHCHECK NONE is)');
                config.Healthcheck = { Test: ['NONE'] };
                configStep();
                break;
            case 'COPY':
            case 'ADD':
                steps.push(copyStep(instruction, keyword, raw, text, line));
                break;
            case 'RUN':
                refuse(instruction, 'RUN in the final stage needs a container, which the native builder does not run', `${otherBuilders}; or move the command to an earlier stage and give the native builder its result with \`prebuild:\` and \`from-stage-dir:\``);
                break;
            default:
                refuse(instruction, `${keyword} is not supported by the native builder (it supports ${supportedInstructions})`);
        }
    }
    return { dockerfile: file, steps, config, platform };
    function copyStep(instruction, keyword, raw, text, line) {
        const flags = instruction.getFlags();
        const step = {};
        for (const flag of flags) {
            const name = flag.getName();
            const value = expand(instruction, flag.getValue() ?? '', vars());
            if (!copyFlags.has(name) || (keyword === 'ADD' && name === 'from'))
                refuse(instruction, `${keyword} --${name} is not supported by the native builder`);
            if (name === 'from') {
                const stageName = value.toLowerCase();
                const index = stageNames.get(stageName);
                if (index !== undefined && index >= stageIndex)
                    refuse(instruction, `COPY --from=${value} names this stage or a later one`, 'copy from an earlier stage');
                step.from = index === undefined ? value : (stages[index]?.name ?? String(index));
            }
            else if (name === 'chmod') {
                if (!/^[0-7]{3,4}$/.test(value))
                    refuse(instruction, `${keyword} --chmod=${value}: the native builder takes an octal mode like 755`, 'write the mode in octal (755, 0644)');
                step.chmod = Number.parseInt(value, 8);
            }
            else if (name === 'chown') {
                const match = /^(\d+)(?::(\d+))?$/.exec(value);
                if (!match)
                    refuse(instruction, `${keyword} --chown=${value}: the native builder takes numeric ids (uid[:gid]); a scratch image has no /etc/passwd to look names up in`, `write numeric ids, like --chown=65534:65534, or ${otherBuilders}`);
                const [, uid = '0', gid] = match;
                step.chown = { uid: Number(uid), gid: Number(gid ?? uid) };
            }
        }
        if (raw.trimStart().startsWith('<<'))
            refuse(instruction, `${keyword} with a here-document is not supported by the native builder`, `${otherBuilders}, or put the text in a file of the context`);
        let list;
        const json = execForm(raw);
        try {
            list = json ? json.map((w) => word(w, vars(), escapeChar)) : words(raw, vars(), escapeChar);
        }
        catch (error) {
            refuse(instruction, `cannot read this ${keyword}: ${error.message}`, 'check its quotes');
            list = [];
        }
        if (list.length < 2)
            refuse(instruction, `${keyword} needs at least one source and a destination`, `write \`${keyword} SOURCE... DEST\``);
        const dest = list.at(-1);
        const sources = list.slice(0, -1);
        if (keyword === 'ADD') {
            const url = sources.find((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@'));
            if (url)
                refuse(instruction, `ADD ${url}: the native builder reads the context only, never the network`, `${otherBuilders}, or download the file in \`prebuild:\` and COPY it`);
        }
        // A relative destination is relative to WORKDIR; a trailing slash (or `.`) means a directory.
        const isDir = dest.endsWith('/') || dest === '.' || dest.endsWith('/.') || dest === '..' || dest.endsWith('/..');
        const absolute = external_node_path_.posix.resolve(workdir, dest);
        return {
            kind: 'copy',
            line,
            text,
            keyword,
            sources,
            dest: isDir && absolute !== '/' ? `${absolute}/` : absolute,
            ...step,
        };
    }
}
/** `["a", "b"]`, the exec (JSON) form, or undefined for the shell form. */
function execForm(raw) {
    const text = raw.trim();
    if (!text.startsWith('['))
        return undefined;
    try {
        const value = JSON.parse(text);
        if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
            return value;
    }
    catch {
        // Not JSON: Docker then reads the line as the shell form.
    }
    return undefined;
}
/** ARG NAME[=default]: the build arg if given, else the default, else the global ARG's value. */
function argValues(instruction, buildArgs, globals, expand, predefined = {}) {
    const out = [];
    for (const property of instruction.getProperties()) {
        const name = property.getName();
        const given = buildArgs[name];
        const fallback = property.getValue() !== null ? expand(property.getUnescapedValue() ?? '') : undefined;
        const value = given ?? fallback ?? globals.get(name) ?? predefined[name];
        if (value !== undefined)
            out.push([name, value]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/builders/native/patterns.ts
/**
 * Docker's path patterns, in two flavours:
 * - `.dockerignore` (moby/patternmatcher): `*` and `?` within a name, `**` any number of
 *   directories, `[...]` classes, `\` escapes, `!` exceptions; the last matching line wins, and a
 *   pattern that matches a directory matches everything under it.
 * - COPY sources (Go's filepath.Match, one path segment at a time): `*`, `?`, `[...]`, `\`.
 */

/** One segment or path of a Go pattern as a regular expression body; `**` only when allowed. */
function patternBody(pattern, doubleStar) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (doubleStar && pattern[i + 1] === '*') {
                i++;
                // `**/` also matches no directory at all; a final `**` matches anything below.
                if (pattern[i + 1] === '/') {
                    i++;
                    out += '(?:.*/)?';
                }
                else
                    out += '.*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '\\' && i + 1 < pattern.length)
            out += escapeRegex(pattern[++i]);
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                out += '\\[';
            else {
                let body = pattern.slice(i + 1, end);
                if (body.startsWith('^') || body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                out += `[${body.replace(/\\(?!\])/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            out += escapeRegex(c);
    }
    return out;
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Whether a COPY source segment has wildcards (Go's filepath.Match metacharacters). */
function hasWildcard(segment) {
    return /[*?[]/.test(segment);
}
/** A COPY source segment as a matcher of one directory entry's name. */
function segmentMatcher(segment) {
    const regex = new RegExp(`^${patternBody(segment, false)}$`, 's');
    return (name) => regex.test(name);
}
/** The rules of a `.dockerignore` file; paths are relative to the context, with `/`. */
class DockerIgnore {
    rules;
    constructor(text) {
        this.rules = [];
        for (const raw of text.split(/\r?\n/)) {
            if (raw.startsWith('#'))
                continue;
            let line = raw.trim();
            if (!line)
                continue;
            const exception = line.startsWith('!');
            if (exception)
                line = line.slice(1).trim();
            // Docker cleans the pattern and makes it relative to the context root.
            let cleaned = external_node_path_.posix.normalize(line).replace(/^\/+/, '');
            if (cleaned === '.' || cleaned === '')
                cleaned = '';
            if (cleaned.endsWith('/'))
                cleaned = cleaned.slice(0, -1);
            const body = cleaned === '' ? '.*' : patternBody(cleaned, true);
            // A pattern that matches a directory matches what is under it.
            this.rules.push({ regex: new RegExp(`^${body}(?:/.*)?$`, 's'), exception });
        }
    }
    /** Whether there are `!` lines (then an ignored directory may still hold files to send). */
    get hasExceptions() {
        return this.rules.some((rule) => rule.exception);
    }
    ignores(path) {
        let ignored = false;
        for (const rule of this.rules)
            if (rule.regex.test(path))
                ignored = !rule.exception;
        return ignored;
    }
}

;// CONCATENATED MODULE: ./src/builders/native/context.ts





const maxHops = 40;
class ContextTree {
    root;
    label;
    ignore;
    constructor(
    /** The real path of the root. */
    root, 
    /** What the user calls it, for messages: `the build context examples/http`. */
    label, ignore) {
        this.root = root;
        this.label = label;
        this.ignore = ignore;
    }
    static async open(root, label, ignore) {
        let real;
        try {
            real = await (0,promises_.realpath)(root);
        }
        catch (error) {
            throw new errors/* TinySizeError */.kp(`${label} ${root} does not exist`, {
                file: root,
                cause: error,
                fix: 'check the path',
            });
        }
        return new ContextTree(real, label, ignore);
    }
    /** A path relative to the root, with `/`, from a source as written (a leading `/` is the root). */
    clean(path, where) {
        const segments = [];
        for (const segment of path.split(/[/\\]+/)) {
            if (segment === '' || segment === '.')
                continue;
            if (segment === '..') {
                if (segments.length === 0)
                    throw escapeRefused(`\`${path}\` climbs out of ${this.label} with \`..\``, where);
                segments.pop();
            }
            else
                segments.push(segment);
        }
        return segments.join('/');
    }
    isIgnored(rel) {
        return rel !== '' && this.ignore !== undefined && this.ignore.ignores(rel);
    }
    /**
     * Follows `rel` inside the root: each symlink on the way must be relative and stay inside.
     * Returns the real path, its path relative to the root, and its lstat (never a symlink).
     */
    async resolve(path, where) {
        let pending = this.clean(path, where).split('/').filter(Boolean);
        let done = [];
        let hops = 0;
        while (pending.length > 0) {
            const name = pending.shift();
            const here = (0,external_node_path_.join)(this.root, ...done, name);
            const stat = await lstatOrMissing(here);
            if (!stat)
                throw new errors/* TinySizeError */.kp(`\`${path}\` is not in ${this.label}`, {
                    ...where,
                    fix: `check the path; it is looked up in ${this.root}`,
                });
            if (!stat.isSymbolicLink()) {
                done.push(name);
                continue;
            }
            if (++hops > maxHops)
                throw escapeRefused(`\`${path}\`: too many symlinks`, where);
            const target = await (0,promises_.readlink)(here);
            if ((0,external_node_path_.isAbsolute)(target) || /^[A-Za-z]:/.test(target))
                throw escapeRefused(`\`${path}\` goes through the absolute symlink ${[...done, name].join('/')} -> ${target}`, where);
            const landed = (0,external_node_path_.resolve)(this.root, ...done, target);
            const inside = (0,external_node_path_.relative)(this.root, landed);
            if (inside.startsWith(`..${external_node_path_.sep}`) || inside === '..' || (0,external_node_path_.isAbsolute)(inside))
                throw escapeRefused(`\`${path}\` goes through the symlink ${[...done, name].join('/')} -> ${target}, which points out of ${this.label}`, where);
            done = [];
            pending = [...inside.split(external_node_path_.sep).filter(Boolean), ...pending];
        }
        const rel = done.join('/');
        const real = (0,external_node_path_.join)(this.root, ...done);
        if (this.isIgnored(rel) || this.isIgnored(this.clean(path, where)))
            throw new errors/* TinySizeError */.kp(`\`${path}\` is excluded by .dockerignore`, {
                ...where,
                fix: 'remove it from .dockerignore, or add a `!` exception for it',
            });
        return { real, rel, stat: await (0,promises_.lstat)(real) };
    }
    /** The paths a COPY source names: itself, or what its wildcards match (sorted), relative to the root. */
    async expand(source, where) {
        const cleaned = this.clean(source, where);
        const segments = cleaned.split('/').filter(Boolean);
        if (!segments.some(hasWildcard))
            return [cleaned];
        let candidates = [''];
        for (const segment of segments) {
            const next = [];
            for (const parent of candidates) {
                if (!hasWildcard(segment)) {
                    next.push(parent ? `${parent}/${segment}` : segment);
                    continue;
                }
                const dir = await this.resolve(parent, where).catch(() => undefined);
                if (!dir?.stat.isDirectory())
                    continue;
                const matches = segmentMatcher(segment);
                for (const name of (await (0,promises_.readdir)(dir.real)).sort()) {
                    const rel = dir.rel ? `${dir.rel}/${name}` : name;
                    if (matches(name) && !this.isIgnored(rel))
                        next.push(rel);
                }
            }
            candidates = next;
        }
        const found = [];
        for (const candidate of candidates)
            if (await this.resolve(candidate, where).catch(() => undefined))
                found.push(candidate);
        if (found.length === 0)
            throw new errors/* TinySizeError */.kp(`\`${source}\` matches nothing in ${this.label}`, {
                ...where,
                fix: 'check the pattern and .dockerignore',
            });
        return found;
    }
    /** What a named path holds: a file (one entry), or a directory and everything under it, sorted. */
    async collect(source, where) {
        const { real, rel, stat } = await this.resolve(source, where);
        if (stat.isFile())
            return [{ path: '', type: 'file', mode: stat.mode & 0o7777, size: stat.size, real }];
        if (!stat.isDirectory())
            throw special(source, where);
        const entries = [{ path: '', type: 'directory', mode: stat.mode & 0o7777, size: 0 }];
        await this.walk(real, rel, '', entries, where);
        return entries;
    }
    async walk(dir, rel, prefix, out, where) {
        let any = false;
        for (const name of (await (0,promises_.readdir)(dir)).sort()) {
            const real = (0,external_node_path_.join)(dir, name);
            const childRel = rel ? `${rel}/${name}` : name;
            const path = prefix ? `${prefix}/${name}` : name;
            const stat = await (0,promises_.lstat)(real);
            const ignored = this.isIgnored(childRel);
            if (stat.isDirectory()) {
                // An ignored directory is walked only when a `!` line may bring something inside back.
                if (ignored && !this.ignore?.hasExceptions)
                    continue;
                const at = out.length;
                const entry = { path, type: 'directory', mode: stat.mode & 0o7777, size: 0 };
                out.push(entry);
                const kept = await this.walk(real, childRel, path, out, where);
                if (ignored && !kept)
                    out.splice(at, 1);
                else
                    any = true;
                continue;
            }
            if (ignored)
                continue;
            any = true;
            if (stat.isFile())
                out.push({ path, type: 'file', mode: stat.mode & 0o7777, size: stat.size, real });
            else if (stat.isSymbolicLink())
                out.push({ path, type: 'symlink', mode: 0o777, size: 0, linkname: await (0,promises_.readlink)(real) });
            else
                throw special(childRel, where);
        }
        return any;
    }
}
async function lstatOrMissing(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT' ||
            error.code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
function escapeRefused(message, where) {
    return new errors/* TinySizeError */.kp(`${message}: the native builder reads nothing outside the context`, {
        ...where,
        fix: 'copy the file into the build context (a relative symlink that stays inside is fine)',
    });
}
function special(path, where) {
    return new NativeRefusal(`\`${path}\` is not a regular file, directory or symlink (a device, socket or pipe)`, where);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/builders/native/layer.ts
/**
 * One layer tar, written the same way every time: entries sorted by path, owner 0:0 (or --chown),
 * empty user and group names, one mtime (SOURCE_DATE_EPOCH), and gzip at a pinned level with a
 * header of our own (no name, no time, OS "unknown"), so the compressed bytes do not depend on the
 * platform's zlib header either.
 */




/** The gzip level: 9, the smallest output, which is what tiny images are about. */
const gzipLevel = 9;
/** Byte order of UTF-8 paths, as Docker's sort of changes gives it. */
function layer_compareNames(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/** A tar made in memory with tar-stream: `fill` adds the entries in order, a file with its bytes. */
async function layer_tarInMemory(fill) {
    const pack = tar_stream.pack();
    const chunks = [];
    pack.on('data', (chunk) => chunks.push(chunk));
    const finished = new Promise((resolve, reject) => {
        pack.on('end', resolve);
        pack.on('error', reject);
    });
    await fill((header, bytes) => new Promise((resolve, reject) => {
        const done = (error) => (error ? reject(error) : resolve());
        if (bytes)
            pack.entry(header, bytes, done);
        else
            pack.entry(header, done);
    }));
    pack.finalize();
    await finished;
    return Buffer.concat(chunks);
}
async function writeLayer(entries, mtimeSeconds) {
    const mtime = new Date(mtimeSeconds * 1000);
    const tarBytes = await layer_tarInMemory(async (add) => {
        for (const entry of [...entries].sort((a, b) => layer_compareNames(a.name, b.name))) {
            const header = {
                name: entry.type === 'directory' ? `${entry.name}/` : entry.name,
                type: entry.type,
                mode: entry.mode,
                uid: entry.uid,
                gid: entry.gid,
                uname: '',
                gname: '',
                mtime,
                size: entry.type === 'file' ? entry.size : 0,
                ...(entry.linkname !== undefined ? { linkname: entry.linkname } : {}),
            };
            if (entry.type !== 'file') {
                await add(header);
                continue;
            }
            const bytes = await (0,promises_.readFile)(entry.real);
            // A file that changed between the walk and now would make the header lie.
            if (bytes.length !== entry.size)
                throw new Error(`${entry.real} changed size while the layer was written`);
            await add(header, bytes);
        }
    });
    const gzip = layer_gzipBytes(tarBytes);
    return { tar: tarBytes, gzip, diffId: (0,oci_digest/* sha256Digest */.sI)(tarBytes), digest: (0,oci_digest/* sha256Digest */.sI)(gzip) };
}
/** RFC 1952 framing around raw deflate: mtime 0, no name, XFL 2 (best), OS 255 (unknown). */
function layer_gzipBytes(data) {
    const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
    const body = (0,external_node_zlib_.deflateRawSync)(data, { level: gzipLevel, memLevel: 9, strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE((0,external_node_zlib_.crc32)(data), 0);
    trailer.writeUInt32LE(data.length % 2 ** 32, 4);
    return Buffer.concat([header, body, trailer]);
}

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
;// CONCATENATED MODULE: ./src/builders/native/layout.ts
/**
 * Writing an OCI image layout (oci-layout, index.json, blobs/sha256/…), and the same as one tar
 * (an oci-archive), byte for byte the same on every run.
 */






/** Writes the layout into `dir`, which must not exist yet; returns the manifest's digest. */
async function writeOciLayout(dir, blobs) {
    await (0,promises_.mkdir)(dir, { recursive: false });
    const put = async (bytes) => {
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const path = (0,external_node_path_.join)(dir, (0,oci_digest/* blobPath */.nD)(digest));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, bytes);
        return { digest, size: bytes.length };
    };
    const config = await put(blobs.config);
    const layers = [];
    for (const layer of blobs.layers)
        layers.push({ mediaType: media_types/* MediaType */.zu.ociLayerGzip, ...(await put(layer.gzip)) });
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        config: { mediaType: media_types/* MediaType */.zu.ociConfig, ...config },
        layers,
    }));
    const written = await put(manifest);
    const index = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociIndex,
        manifests: [{ mediaType: media_types/* MediaType */.zu.ociManifest, ...written, platform: blobs.platform }],
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'index.json'), JSON.stringify(index));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    return { manifestDigest: written.digest, manifest };
}
/** Packs a layout directory into `file` (written beside it, then renamed): sorted, owner 0, mtime 0. */
async function writeOciArchive(layoutDir, file) {
    const files = (await listFiles(layoutDir)).sort(compareNames);
    const header = { mode: 0o644, uid: 0, gid: 0, uname: '', gname: '', mtime: new Date(0) };
    const archive = await tarInMemory(async (add) => {
        for (const name of files) {
            const bytes = await readFile(join(layoutDir, name));
            await add({ ...header, name, size: bytes.length }, bytes);
        }
    });
    await writeFileAtomic(file, archive);
}
async function listFiles(dir, root = dir) {
    const out = [];
    for (const name of await readdir(dir)) {
        const path = join(dir, name);
        if ((await stat(path)).isDirectory())
            out.push(...(await listFiles(path, root)));
        else
            out.push(relative(root, path).split('\\').join('/'));
    }
    return out;
}
/**
 * Writes one platform of any image as an OCI layout: blobs copied as they are (the manifest digest
 * stays), except a manifest synthesized from uncompressed tars (a legacy `docker save`), whose layers
 * are gzipped here and described by a new OCI manifest.
 */
async function writeViewAsOciLayout(view, dir) {
    const [image, ...more] = view.platforms;
    if (!image || more.length > 0)
        throw new TinySizeError(`${view.source} holds ${view.platforms.length} platforms; an OCI layout is written for one`, {
            fix: 'pass --platform to build one platform',
        });
    const read = async (descriptor) => readCapped(await view.blobs.open(descriptor), 2 ** 31, {}, 'blob');
    const config = await read(image.configDescriptor);
    if (image.synthesized) {
        const layers = [];
        for (const layer of image.layers) {
            const gzip = gzipBytes(await read(layer.descriptor));
            layers.push({ gzip, digest: sha256Digest(gzip) });
        }
        const platform = image.platform;
        return writeOciLayout(dir, { config, layers, platform });
    }
    await mkdir(dir, { recursive: false });
    const put = async (bytes) => {
        const path = join(dir, blobPath(sha256Digest(bytes)));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, bytes);
    };
    const manifest = await read(image.manifestDescriptor);
    for (const bytes of [manifest, config])
        await put(bytes);
    for (const layer of image.layers)
        await put(await read(layer.descriptor));
    const index = {
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: [{ ...image.manifestDescriptor, platform: image.platform }],
    };
    await writeFile(join(dir, 'index.json'), JSON.stringify(index));
    await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    return { manifestDigest: image.manifestDescriptor.digest, manifest };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/builders/native/prebuild.ts
/**
 * `prebuild:` commands, run in a copy of the context before the image is assembled: what an earlier
 * stage's RUN would do in a container (`nasm -f bin hello.asm -o hello`). A command with no shell
 * syntax runs directly (its words split like a shell would, quotes honoured); one with pipes,
 * redirections, `&&`, `$` or globs runs with `sh -c`, and the log says so.
 */




const shellSyntax = /[|&;<>()$`*?[\]~{}\n#]/;
/** How a command is run: argv, or through `sh -c` when it needs a shell. */
function prebuildArgv(command) {
    if (!shellSyntax.test(command.replace(/'[^']*'|"(?:[^"\\$`]|\\.)*"/g, ''))) {
        try {
            const argv = words(command, new Map());
            if (argv.length > 0)
                return { argv, shell: false };
        }
        catch (error) {
            if (!(error instanceof WordError))
                throw error;
        }
    }
    return { argv: ['sh', '-c', command], shell: true };
}
async function runPrebuild(commands, cwd, where, onOutput) {
    for (const command of commands) {
        const { argv, shell } = prebuildArgv(command);
        onOutput?.(`prebuild${shell ? ' (sh -c)' : ''}: ${command}\n`);
        const [program = '', ...args] = argv;
        const result = await run(program, args, cwd, onOutput);
        if (result.exitCode !== 0) {
            throw new errors/* TinySizeError */.kp(`prebuild command \`${command}\` failed (exit ${result.exitCode})${shell ? ', run with sh -c' : ''}:\n${tail(result.stderr || result.stdout)}`, {
                ...where,
                within: 'prebuild',
                fix: result.exitCode === 127
                    ? `install ${program === 'sh' ? 'the tools the command uses' : program}, or correct the command`
                    : 'run the command by hand in the context to debug it',
            });
        }
    }
}
/** A plain spawn: prebuild runs on every native build, where @actions/exec's PATH lookup is a cost. */
function run(program, args, cwd, onOutput) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(program, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = { stdout: '', stderr: '' };
        for (const name of ['stdout', 'stderr']) {
            child[name].setEncoding('utf8');
            child[name].on('data', (chunk) => {
                out[name] += chunk;
                onOutput?.(chunk);
            });
        }
        child.on('error', (error) => resolve({ exitCode: 127, stdout: '', stderr: error.message }));
        child.on('close', (code) => resolve({ exitCode: code ?? 1, ...out }));
    });
}

;// CONCATENATED MODULE: ./src/builders/native/index.ts
/**
 * The native builder: a `FROM scratch` Dockerfile assembled into an OCI image layout without an
 * engine, the same bytes on every run. One layer per COPY/ADD with Docker's parent directory
 * entries, entries sorted, owner 0:0 (or --chown), modes as git keeps them (0755 when the owner may
 * execute, else 0644; directories 0755; --chmod wins), every mtime and `created` from
 * SOURCE_DATE_EPOCH (else 0, 1970-01-01), gzip level 9 with no name or time in its header.
 */












/** SOURCE_DATE_EPOCH, checked: whole seconds, 0 or more. */
function sourceDateEpoch(env = process.env) {
    const text = env.SOURCE_DATE_EPOCH;
    if (text === undefined || text === '')
        return 0;
    if (!/^\d+$/.test(text))
        throw new errors/* TinySizeError */.kp(`SOURCE_DATE_EPOCH=${text} is not a whole number of seconds`, {
            fix: 'set it to seconds since 1970, for example $(git log -1 --format=%ct)',
        });
    return Number(text);
}
/** Reads and plans the Dockerfile: throws NativeRefusal when the native builder cannot build it. */
async function planNativeBuild(spec) {
    let text;
    try {
        text = await (0,promises_.readFile)(spec.dockerfile, 'utf8');
    }
    catch (error) {
        throw new errors/* TinySizeError */.kp(`cannot read the Dockerfile ${spec.dockerfile}`, {
            file: spec.dockerfile,
            cause: error,
            fix: 'check `dockerfile:` (default <context>/Dockerfile)',
        });
    }
    const plan = planNative({
        dockerfile: spec.dockerfile,
        text,
        target: spec.target,
        buildArgs: spec.buildArgs,
        platform: spec.platform,
    });
    for (const step of plan.steps) {
        if (step.kind !== 'copy' || step.from === undefined)
            continue;
        for (const source of step.sources)
            stageMapping(spec, step, source);
    }
    return plan;
}
async function buildNative(spec, options) {
    const epoch = options.epoch ?? sourceDateEpoch();
    const plan = await planNativeBuild(spec);
    let root = spec.context;
    if (spec.prebuild?.length) {
        // Prebuild writes: into a copy, never into the user's checkout.
        root = (0,external_node_path_.join)(options.workDir, 'context');
        await (0,promises_.cp)(spec.context, root, {
            recursive: true,
            filter: (source) => !source.endsWith(`${'/'}.git`) && !source.endsWith('\\.git'),
        });
        await runPrebuild(spec.prebuild, root, { file: options.budgetFile ?? spec.dockerfile }, options.onOutput);
    }
    const ignore = await readIgnore(spec, root);
    const context = await ContextTree.open(root, 'the build context', ignore);
    const stageTrees = new Map();
    const treeFor = async (step, source) => {
        if (step.from === undefined)
            return { tree: context, path: source };
        const mapping = stageMapping(spec, step, source);
        let tree = stageTrees.get(mapping.dir);
        if (!tree) {
            const where = { file: spec.dockerfile, line: step.line };
            // The stage's directory must lie inside the context; .dockerignore is about the context only.
            const unfiltered = await ContextTree.open(root, 'the build context');
            const { real } = await unfiltered.resolve(mapping.dir, where);
            tree = await ContextTree.open(real, `the directory ${mapping.dir} (stage ${step.from})`);
            stageTrees.set(mapping.dir, tree);
        }
        return { tree, path: mapping.path };
    };
    const image = new ImageState();
    const layers = [];
    const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
    const history = [];
    for (const step of plan.steps) {
        const entry = { created, created_by: step.text, comment: 'tiny-size-gate native' };
        if (step.kind === 'config') {
            history.push({ ...entry, empty_layer: true });
            continue;
        }
        const entries = await copyEntries(step, treeFor, image, spec.dockerfile);
        if (entries.length === 0) {
            history.push({ ...entry, empty_layer: true });
            continue;
        }
        layers.push(await writeLayer(entries, epoch));
        history.push(entry);
    }
    const config = Buffer.from(JSON.stringify({
        created,
        architecture: plan.platform.architecture,
        os: plan.platform.os,
        ...(plan.platform.variant ? { variant: plan.platform.variant } : {}),
        config: plan.config,
        rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
        history,
    }));
    const written = await writeOciLayout(options.output, { config, layers, platform: plan.platform });
    return { layout: options.output, manifestDigest: written.manifestDigest, layers: layers.length };
}
/** `.dockerignore` beside the Dockerfile (`<Dockerfile>.dockerignore`) first, else in the context. */
async function readIgnore(spec, root) {
    for (const path of [`${spec.dockerfile}.dockerignore`, (0,external_node_path_.join)(root, '.dockerignore')]) {
        const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
        if (text !== undefined)
            return new DockerIgnore(text);
    }
    return undefined;
}
/** Which directory stands for `source` of `COPY --from=<stage>`: the longest `stage:/prefix` that holds it, else `stage`. */
function stageMapping(spec, step, source) {
    const stage = step.from;
    const inStage = external_node_path_.posix.resolve('/', source);
    let best;
    for (const [key, dir] of Object.entries(spec.fromStageDirs ?? {})) {
        const colon = key.indexOf(':');
        const name = colon < 0 ? key : key.slice(0, colon);
        if (name.toLowerCase() !== stage.toLowerCase())
            continue;
        const prefix = colon < 0 ? '/' : external_node_path_.posix.resolve('/', key.slice(colon + 1));
        const holds = prefix === '/' || inStage === prefix || inStage.startsWith(`${prefix}/`);
        if (holds && (!best || prefix.length > best.prefix.length))
            best = { dir, prefix };
    }
    if (!best) {
        throw new NativeRefusal(`COPY --from=${stage} ${source}: the native builder does not run stage \`${stage}\`, and \`from-stage-dir:\` names no directory for it`, {
            file: spec.dockerfile,
            line: step.line,
            fix: `build the files with \`prebuild:\` and map the stage with \`from-stage-dir: { "${stage}:${external_node_path_.posix.dirname(inStage)}": DIR }\` (DIR relative to the context), or ${otherBuilders}`,
        });
    }
    const rest = best.prefix === '/' ? inStage : inStage.slice(best.prefix.length);
    // Keep a trailing slash or `/.` of the source: it still means "the directory's contents".
    return { dir: best.dir, path: `.${rest || '/'}` };
}
/** What earlier layers made: directories (with their metadata) and other paths. */
class ImageState {
    dirs = new Map();
    others = new Set();
}
function normalMode(type, mode) {
    if (type === 'directory')
        return 0o755;
    if (type === 'symlink')
        return 0o777;
    return mode & 0o100 ? 0o755 : 0o644;
}
const archiveMagic = [
    [0, [0x1f, 0x8b]],
    [0, [0x42, 0x5a, 0x68]],
    [0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
    [0, [0x28, 0xb5, 0x2f, 0xfd]],
    [257, [0x75, 0x73, 0x74, 0x61, 0x72]],
];
async function isArchive(path) {
    const head = (await (0,promises_.readFile)(path)).subarray(0, 512);
    return archiveMagic.some(([at, bytes]) => bytes.every((b, i) => head[at + i] === b));
}
async function copyEntries(step, treeFor, image, dockerfile) {
    const where = { file: dockerfile, line: step.line };
    const owner = step.chown ?? { uid: 0, gid: 0 };
    const entries = new Map();
    const add = (entry) => entries.set(entry.name, entry);
    // A directory the layer must hold: as the image has it, or new (0755, --chown).
    const addDirectory = (name) => {
        const known = image.dirs.get(name);
        add({
            name,
            type: 'directory',
            mode: known?.mode ?? 0o755,
            uid: known?.uid ?? owner.uid,
            gid: known?.gid ?? owner.gid,
            size: 0,
        });
    };
    const named = [];
    for (const source of step.sources) {
        const { tree, path } = await treeFor(step, source);
        for (const match of await tree.expand(path, where))
            named.push({ tree, path: match });
    }
    let destIsDir = step.dest.endsWith('/');
    const destPath = step.dest.replace(/\/+$/, '').replace(/^\/+/, '');
    if (!destIsDir && image.dirs.has(destPath))
        destIsDir = true;
    if (named.length > 1 && !destIsDir) {
        throw new errors/* TinySizeError */.kp(`${step.keyword} of more than one file to \`${step.dest}\`: the destination must be a directory and end with /`, {
            ...where,
            fix: `write the destination as \`${step.dest}/\``,
        });
    }
    for (const { tree, path } of named) {
        const found = await tree.collect(path, where);
        const [top] = found;
        if (!top)
            continue;
        if (top.type === 'file') {
            if (step.keyword === 'ADD' && (await isArchive(top.real)))
                throw new NativeRefusal(`ADD ${path}: ADD unpacks a local archive, which the native builder does not do`, {
                    ...where,
                    fix: `use COPY to copy the archive as it is, or ${otherBuilders}`,
                });
            const name = destIsDir ? join2(destPath, external_node_path_.posix.basename(path)) : destPath;
            if (!name)
                throw new errors/* TinySizeError */.kp(`${step.keyword} of a file to \`/\` needs a name`, {
                    ...where,
                    fix: 'end the destination with /',
                });
            add({
                name,
                type: 'file',
                mode: step.chmod ?? normalMode('file', top.mode),
                ...owner,
                size: top.size,
                real: top.real,
            });
            continue;
        }
        // A directory: its contents go into the destination, not the directory itself.
        for (const item of found.slice(1)) {
            add({
                name: join2(destPath, item.path),
                type: item.type,
                mode: item.type !== 'symlink' && step.chmod !== undefined ? step.chmod : normalMode(item.type, item.mode),
                ...owner,
                size: item.size,
                ...(item.real ? { real: item.real } : {}),
                ...(item.linkname !== undefined ? { linkname: item.linkname } : {}),
            });
        }
        if (destPath && !entries.has(destPath))
            addDirectory(destPath);
    }
    // Docker's layer holds every parent directory of what changed: as it was, or new (0755, --chown).
    for (const name of [...entries.keys()]) {
        for (let parent = external_node_path_.posix.dirname(name); parent !== '.' && parent !== '/'; parent = external_node_path_.posix.dirname(parent)) {
            if (!entries.has(parent))
                addDirectory(parent);
        }
    }
    for (const entry of entries.values()) {
        if (entry.type === 'directory')
            image.dirs.set(entry.name, { mode: entry.mode, uid: entry.uid, gid: entry.gid });
        else
            image.others.add(entry.name);
    }
    return [...entries.values()];
}
function join2(dir, name) {
    return dir ? `${dir}/${name}` : name;
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
            return buildWithDocker(spec, {
                workDir,
                tag,
                onOutput,
                docker: options.docker,
                noCache: options.noCache,
            });
        case 'buildah':
            return buildWithBuildah(spec, {
                workDir,
                tag,
                onOutput,
                command: options.buildah,
                storageDriver: options.storageDriver,
            });
        case 'native':
            return buildNativeOutcome(spec, options);
        case 'auto':
            return buildAuto(spec, options);
        default: {
            const unknown = spec.builder;
            throw new Error(`unknown builder ${String(unknown)}`);
        }
    }
}


async function buildNativeOutcome(spec, options) {
    const built = await buildNative(spec, {
        workDir: options.workDir,
        output: (0,external_node_path_.join)(options.workDir, 'image.oci'),
        onOutput: options.onOutput,
        budgetFile: options.budgetFile,
    });
    return { source: { kind: 'oci', path: built.layout }, method: 'the native builder (no engine)' };
}
/** `builder: auto`: native when the Dockerfile qualifies, else docker when an engine answers, else buildah. */
async function buildAuto(spec, options) {
    let notNative;
    try {
        const built = await buildNativeOutcome(spec, options);
        return {
            ...built,
            method: `${built.method}, chosen by \`builder: auto\` because the Dockerfile qualifies`,
        };
    }
    catch (error) {
        if (!(error instanceof NativeRefusal))
            throw error;
        notNative = `not native: ${(0,errors/* formatPlace */.dE)(error.place)}: ${error.message}`;
    }
    const docker = options.docker ?? 'docker';
    const probe = await runTool(docker, ['version', '--format', '{{.Server.Version}}']);
    if (probe.exitCode === 0 && probe.stdout.trim()) {
        const built = await explained(buildImage({ ...spec, builder: 'docker' }, options), `docker (${notNative})`);
        return { ...built, method: `${built.method}, chosen by \`builder: auto\` (${notNative})` };
    }
    const notDocker = `not docker: no Docker engine answers at ${process.env.DOCKER_HOST ?? 'the default socket'}`;
    const buildah = options.buildah ?? 'buildah';
    const version = await runTool(buildah, ['--version']);
    if (version.exitCode !== 0) {
        throw new errors/* TinySizeError */.kp(`\`builder: auto\` found no way to build this image: ${notNative}; ${notDocker}; not buildah: \`${buildah}\` is not installed`, {
            file: spec.dockerfile,
            fix: 'install Docker or buildah, or change the Dockerfile as the native refusal says',
        });
    }
    const built = await explained(buildImage({ ...spec, builder: 'buildah' }, options), `buildah (${notNative}; ${notDocker})`);
    return { ...built, method: `${built.method}, chosen by \`builder: auto\` (${notNative}; ${notDocker})` };
}
/** A failed build under `auto` says which builder auto chose, and why. */
async function explained(building, choice) {
    try {
        return await building;
    }
    catch (error) {
        if (!(error instanceof errors/* TinySizeError */.kp))
            throw error;
        throw new errors/* TinySizeError */.kp(`\`builder: auto\` chose ${choice}, and ${error.message}`, {
            ...error.place,
            ...(error.fix ? { fix: error.fix } : {}),
            cause: error.cause,
        });
    }
}


/***/ }),

/***/ 68825:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
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
