export const id = 576;
export const ids = [576];
export const modules = {

/***/ 1576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _w: () => (/* binding */ buildImage),
  c6: () => (/* reexport */ expandBuildArgs),
  Gk: () => (/* reexport */ preflightBuild),
  readDockerfile: () => (/* reexport */ readDockerfile)
});

// UNUSED EXPORTS: locateStep

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/builders/build-args.ts

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
                ...where.positionOf?.(['images', where.image, 'build-args', name]),
                within: `images.${where.image}.build-args.${name}`,
                fix: `set ${variable} in the environment, or give a default: \${${variable}:-value}`,
            });
        }),
    ]));
}

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
    expandBuildArgs(spec.buildArgs, place.env ?? process.env, place);
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
var exec = __webpack_require__(1260);
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
 * Nothing is left in the engine: the image gets no tag (its ID comes from --iidfile), a failed
 * RUN's container is removed (--force-rm), and the images the build made (its final image and the
 * classic builder's intermediate ones, not cached ones it reused) are removed once saved.
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
    const iidFile = (0,external_node_path_.join)(options.workDir, 'image.iid');
    const build = await runTool(docker, ['build', '--force-rm', '--iidfile', iidFile, ...common, spec.context], {
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
        await removeImages(docker, [...createdImages(build.stdout), ...(imageId ? [imageId] : [])]);
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
 * Removes the given images, latest first, and only those (--no-prune: their parents may be cache the
 * user had). Never forced: an image someone tagged meanwhile, or that another is built on, stays.
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




/***/ })

};
