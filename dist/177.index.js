export const id = 177;
export const ids = [177];
export const modules = {

/***/ 45177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatesCompressed: () => (/* binding */ gatesCompressed),
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
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
// EXTERNAL MODULE: ./src/oci/index.ts + 6 modules
var oci = __webpack_require__(92917);
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
async function writeLayer(entries, mtimeSeconds) {
    const pack = tar_stream.pack();
    const chunks = [];
    pack.on('data', (chunk) => chunks.push(chunk));
    const finished = new Promise((resolve, reject) => {
        pack.on('end', resolve);
        pack.on('error', reject);
    });
    const mtime = new Date(mtimeSeconds * 1000);
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
        if (entry.type === 'file') {
            const bytes = await (0,promises_.readFile)(entry.real);
            // A file that changed between the walk and now would make the header lie.
            if (bytes.length !== entry.size)
                throw new Error(`${entry.real} changed size while the layer was written`);
            await new Promise((resolve, reject) => pack.entry(header, bytes, (error) => (error ? reject(error) : resolve())));
        }
        else {
            await new Promise((resolve, reject) => pack.entry(header, (error) => (error ? reject(error) : resolve())));
        }
    }
    pack.finalize();
    await finished;
    const tarBytes = Buffer.concat(chunks);
    const gzip = layer_gzipBytes(tarBytes);
    return { tar: tarBytes, gzip, diffId: (0,oci/* sha256Digest */.sI)(tarBytes), digest: (0,oci/* sha256Digest */.sI)(gzip) };
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

;// CONCATENATED MODULE: ./src/builders/native/layout.ts
/**
 * Writing an OCI image layout (oci-layout, index.json, blobs/sha256/…), and the same as one tar
 * (an oci-archive), byte for byte the same on every run.
 */






/** Writes the layout into `dir`, which must not exist yet; returns the manifest's digest. */
async function writeOciLayout(dir, blobs) {
    await (0,promises_.mkdir)(dir, { recursive: false });
    const put = async (bytes) => {
        const digest = (0,oci/* sha256Digest */.sI)(bytes);
        const path = (0,external_node_path_.join)(dir, (0,oci/* blobPath */.nD)(digest));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, bytes);
        return { digest, size: bytes.length };
    };
    const config = await put(blobs.config);
    const layers = [];
    for (const layer of blobs.layers)
        layers.push({ mediaType: oci/* MediaType */.zu.ociLayerGzip, ...(await put(layer.gzip)) });
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: oci/* MediaType */.zu.ociManifest,
        config: { mediaType: oci/* MediaType */.zu.ociConfig, ...config },
        layers,
    }));
    const written = await put(manifest);
    const index = {
        schemaVersion: 2,
        mediaType: oci/* MediaType */.zu.ociIndex,
        manifests: [{ mediaType: oci/* MediaType */.zu.ociManifest, ...written, platform: blobs.platform }],
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'index.json'), JSON.stringify(index));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    return { manifestDigest: written.digest, manifest };
}
/** Packs a layout directory into `file` (written beside it, then renamed): sorted, owner 0, mtime 0. */
async function writeOciArchive(layoutDir, file) {
    const files = (await listFiles(layoutDir)).sort(compareNames);
    const pack = tar.pack();
    const chunks = [];
    pack.on('data', (chunk) => chunks.push(chunk));
    const finished = new Promise((resolve, reject) => {
        pack.on('end', resolve);
        pack.on('error', reject);
    });
    const header = { mode: 0o644, uid: 0, gid: 0, uname: '', gname: '', mtime: new Date(0) };
    for (const name of files) {
        const bytes = await readFile(join(layoutDir, name));
        await new Promise((resolve, reject) => pack.entry({ ...header, name, size: bytes.length }, bytes, (error) => error ? reject(error) : resolve()));
    }
    pack.finalize();
    await finished;
    const partial = `${file}.partial-${process.pid}`;
    try {
        await writeFile(partial, Buffer.concat(chunks));
        await rename(partial, file);
    }
    finally {
        await rm(partial, { force: true });
    }
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
        const known = image.dirs.get(destPath);
        if (destPath && !entries.has(destPath))
            add({
                name: destPath,
                type: 'directory',
                mode: known?.mode ?? 0o755,
                uid: known?.uid ?? owner.uid,
                gid: known?.gid ?? owner.gid,
                size: 0,
            });
    }
    // Docker's layer holds every parent directory of what changed: as it was, or new (0755, --chown).
    for (const name of [...entries.keys()]) {
        for (let parent = external_node_path_.posix.dirname(name); parent !== '.' && parent !== '/'; parent = external_node_path_.posix.dirname(parent)) {
            if (entries.has(parent))
                continue;
            const known = image.dirs.get(parent);
            add({
                name: parent,
                type: 'directory',
                mode: known?.mode ?? 0o755,
                uid: known?.uid ?? owner.uid,
                gid: known?.gid ?? owner.gid,
                size: 0,
            });
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
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
    archive_assertArchiveFileSync(info, path, display);
}
/** Refuses a directory, FIFO, socket or device named as an archive, from its stat. */
function archive_assertArchiveFileSync(info, path, display = path) {
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
        return archiveFiles(fd, tar_index_indexTar(fd, display));
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
                throw new oci/* BlobNotFound */.ly(`blob ${descriptor.digest} (${descriptor.mediaType}) is missing from ${files.file}` +
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
    const root = {
        descriptor: { mediaType: oci/* MediaType */.zu.ociIndex, digest: (0,oci/* sha256Digest */.sI)(indexBytes), size: indexBytes.length },
        bytes: indexBytes,
        document: 'index.json',
    };
    return (0,oci/* walkImage */.vR)(filesBlobStore(files), root, { ...options, file: files.file, holder: 'the layout' });
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
    const wanted = options.reference;
    const tagged = (entry) => wanted === undefined || (entry.RepoTags ?? []).some((tag) => (0,oci/* referenceMatches */.HO)(wanted, tag));
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
    return (0,oci/* settleView */.zG)(await readLegacy(files, source, entry, references), options.platforms);
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
    const image = (0,oci/* platformImage */.bg)({ manifestDescriptor, manifest, config, synthesized: synthesizedManifestNote }, { file: files.file });
    return { source, references, platforms: [image], skipped: [], blobs };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/source/docker-daemon.ts
/**
 * Reads an image from the local Docker engine: `docker save` through the docker CLI (which
 * honours DOCKER_HOST) into an unlinked temporary file, then read as a docker save archive.
 */







const docker_daemon_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
const docker_daemon_otherWays = 'or read the image from a file instead: oci:DIR, oci-archive:FILE or docker-archive:FILE';
function classifyDockerFailure(stderr, reference) {
    const engine = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock (the default socket)';
    const source = `docker:${reference}`;
    if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|connect: /i.test(stderr)) {
        return new ImageNotInEngine(`the Docker engine is not running at ${engine}`, {
            file: source,
            fix: `Start the engine (or point DOCKER_HOST at it), ${docker_daemon_otherWays}.`,
            cause: new Error(stderr.trim()),
        });
    }
    if (/reference does not exist|No such image|not found|does not exist/i.test(stderr)) {
        return new ImageNotInEngine(`the image ${reference} is not in the Docker engine at ${engine}`, {
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
async function readDockerDaemon(reference, source, options = {}) {
    const { workDir } = options;
    const cli = dockerCli();
    const fd = await withUnlinkedTemp(workDir, async (path) => {
        try {
            await docker_daemon_run(cli, ['save', '--output', path, reference], { maxBuffer: 16 * 1024 * 1024 });
        }
        catch (error) {
            const failure = error;
            if (failure.code === 'ENOENT') {
                throw new ImageNotInEngine(`the docker CLI (${cli}) is not installed`, {
                    file: source,
                    fix: `Install the docker client, ${docker_daemon_otherWays}.`,
                    cause: error,
                });
            }
            throw classifyDockerFailure(failure.stderr ?? failure.message, reference);
        }
    });
    return holdingFiles(openArchiveFd(fd, source), (files) => readDockerArchive(files, source, options.platforms ? { platforms: options.platforms } : {}));
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
/** True when a reference names its registry (`127.0.0.1:5000/app:1`, `ghcr.io/org/app`), not a Docker Hub short name. */
function reference_hasRegistryHost(text) {
    const slash = text.indexOf('/');
    return slash !== -1 && looksLikeRegistry(text.slice(0, slash));
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
    oci/* MediaType */.zu.ociIndex,
    oci/* MediaType */.zu.ociManifest,
    oci/* MediaType */.zu.dockerManifestList,
    oci/* MediaType */.zu.dockerManifest,
];
/**
 * Fetches the root manifest or index by tag or digest (entries of an index are blobs to the walker).
 */
async function fetchManifest(client, reference, cap = oci/* defaultJsonCap */._A) {
    const path = client.repositoryPath(`manifests/${reference}`);
    const what = `manifest ${reference}`;
    const place = { file: client.source, within: `GET ${path}` };
    const response = await client.get(path, { accept: manifestAccept, what });
    const contentType = response.headers.get('content-type');
    const bytes = await (0,oci/* readCapped */.EF)(external_node_stream_.Readable.fromWeb(response.body), cap, place, what);
    const actual = (0,oci/* sha256Digest */.sI)(bytes);
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
    const mediaType = (0,oci/* documentMediaType */.us)(bytes, contentType);
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
            const isDocument = (0,oci/* isIndex */.nw)(descriptor.mediaType) || (0,oci/* isManifest */.Yh)(descriptor.mediaType);
            const what = `${isDocument ? 'manifest' : 'blob'} ${descriptor.digest}`;
            const path = client.repositoryPath(`${isDocument ? 'manifests' : 'blobs'}/${descriptor.digest}`);
            const place = { file: client.source, within: what };
            (0,oci/* assertVerifiableDigest */.a9)(descriptor.digest, place);
            const release = await slots.acquire();
            let first;
            try {
                first = await client.get(path, { what, ...(isDocument ? { accept: manifestAccept } : {}) });
            }
            catch (error) {
                release();
                if (error instanceof RegistryHttpError && error.status === 404) {
                    throw new oci/* BlobNotFound */.ly(error.message, { ...error.place, fix: error.fix, cause: error });
                }
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
    const reference = reference_parseRegistryReference(text);
    const client = new RegistryClient(reference, source, options);
    const blobs = registryBlobStore(client, { maxConcurrent: options.maxConcurrentBlobs });
    const top = await fetchManifest(client, manifestReference(reference));
    return (0,oci/* walkImage */.vR)(blobs, { descriptor: top.descriptor, bytes: top.bytes }, {
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
    return new TinySizeError(message, { fix });
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
        throw new TinySizeError(`${text} does not exist (looked for it in ${process.cwd()})`, {
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
    assertArchiveFileSync(info, path);
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
    return options.manifestOnly ? { ...(0,oci/* manifestOnlyView */.vm)(opened), close: opened.close } : opened;
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



;// CONCATENATED MODULE: ./src/acquire.ts
/**
 * Acquire: turn one image of the budget file into an ImageView, by building it or by reading an
 * image that exists. Everything after this step sees only the view.
 */





async function acquireImage(image, options) {
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-'));
    let view;
    const dispose = async () => {
        try {
            await view?.close();
        }
        finally {
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
        }
    };
    try {
        const { source } = image;
        if (source.kind !== 'build') {
            view = await openImage(source, {
                platforms: image.platforms,
                workDir,
                registry: options.registry,
            });
            return { view, method: `read from ${view.source}`, dispose };
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
            budgetFile: options.budgetFile,
            tag: `tiny-size-gate/${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:latest`,
            onOutput: (chunk) => {
                for (const line of chunk.split('\n'))
                    if (line.trim())
                        options.progress.detail(line);
            },
        });
        view = await openImage(built.source, { platforms: image.platforms, workDir });
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
var src_budget = __webpack_require__(67795);
// EXTERNAL MODULE: ./src/gate/index.ts + 3 modules
var gate = __webpack_require__(19795);
// EXTERNAL MODULE: ./src/measure/index.ts + 12 modules
var measure = __webpack_require__(22101);
;// CONCATENATED MODULE: ./src/progress.ts
/** A Progress that says nothing, for tests and library use. */
const silentProgress = {
    step: (_title, run) => run(),
    detail: () => { },
};

;// CONCATENATED MODULE: ./src/reproduce/compare.ts
/**
 * Where two builds of one image differ: the config fields, the first layer whose tar differs, and in
 * it each file and how (content, mtime, owner, mode, type, order), or, when the tars are the same,
 * the gzip bytes (header or compression).
 */





/** Differences between two images' first platforms. */
async function compareImages(a, b) {
    const [pa, pb] = [a.platforms[0], b.platforms[0]];
    if (!pa || !pb)
        return { config: ['platforms'], files: [], layersDiffering: 0 };
    const difference = { config: configDifferences(pa, pb), files: [], layersDiffering: 0 };
    const count = Math.max(pa.layers.length, pb.layers.length);
    for (let i = 0; i < count; i++) {
        const [la, lb] = [pa.layers[i], pb.layers[i]];
        if (la && lb && la.descriptor.digest === lb.descriptor.digest)
            continue;
        difference.layersDiffering++;
        if (difference.layer !== undefined)
            continue;
        difference.layer = i;
        if (!la || !lb) {
            difference.layerHow = la ? 'only in the first build' : 'only in the second build';
            continue;
        }
        if (la.diffId === lb.diffId) {
            const [ha, hb] = [await head(a, la.descriptor), await head(b, lb.descriptor)];
            difference.layerHow = ha.equals(hb)
                ? 'compression (the same tar, other compressed bytes)'
                : 'gzip header';
            continue;
        }
        const [ea, eb] = [await layerEntries(a, la.descriptor), await layerEntries(b, lb.descriptor)];
        difference.files = fileDifferences(ea, eb);
        if (difference.files.length === 0)
            difference.order = firstOutOfOrder(ea, eb);
    }
    return difference;
}
function configDifferences(a, b) {
    const ca = a.config;
    const cb = b.config;
    const out = [];
    for (const key of [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort()) {
        if (key === 'rootfs')
            continue;
        const [va, vb] = [ca[key], cb[key]];
        if (JSON.stringify(va) === JSON.stringify(vb))
            continue;
        if (isRecord(va) && isRecord(vb)) {
            for (const inner of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort())
                if (JSON.stringify(va[inner]) !== JSON.stringify(vb[inner]))
                    out.push(`${key}.${inner}`);
        }
        else
            out.push(key);
    }
    return out;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function fileDifferences(a, b) {
    const byPath = (entries) => new Map(entries.map((e) => [e.path, e]));
    const [ma, mb] = [byPath(a), byPath(b)];
    const out = [];
    for (const path of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
        const [ea, eb] = [ma.get(path), mb.get(path)];
        const how = [];
        if (!ea)
            how.push('only in the second');
        else if (!eb)
            how.push('only in the first');
        else {
            if (ea.type !== eb.type)
                how.push('type');
            if (ea.content !== eb.content)
                how.push('content');
            if (ea.mtime !== eb.mtime)
                how.push('mtime');
            if (ea.owner !== eb.owner)
                how.push('owner');
            if (ea.mode !== eb.mode)
                how.push('mode');
        }
        if (how.length)
            out.push({ path, how });
    }
    return out;
}
function firstOutOfOrder(a, b) {
    return a.find((entry, i) => b[i]?.path !== entry.path)?.path;
}
async function blob(view, descriptor) {
    return (0,oci/* readCapped */.EF)(await view.blobs.open(descriptor), 2 ** 30, { file: view.source }, 'layer');
}
async function head(view, descriptor) {
    return (await blob(view, descriptor)).subarray(0, 10);
}
async function layerEntries(view, descriptor) {
    const bytes = await blob(view, descriptor);
    const compression = (0,oci/* sniffCompression */.Hs)(bytes.subarray(0, 4));
    if (compression === 'zstd')
        return [];
    const tarBytes = compression === 'gzip' ? (0,external_node_zlib_.gunzipSync)(bytes) : bytes;
    const entries = [];
    const extract = tar_stream.extract();
    const done = new Promise((resolve, reject) => {
        extract.on('entry', (header, stream, next) => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            stream.on('data', (chunk) => hash.update(chunk));
            stream.on('end', () => {
                entries.push({
                    path: `/${header.name.replace(/^\.?\/+/, '').replace(/\/$/, '')}`,
                    type: header.type ?? 'file',
                    mode: header.mode ?? 0,
                    owner: `${header.uid}:${header.gid} ${header.uname ?? ''}:${header.gname ?? ''}`,
                    mtime: header.mtime?.getTime() ?? 0,
                    content: `${hash.digest('hex')} ${header.linkname ?? ''}`,
                });
                next();
            });
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
    });
    external_node_stream_.Readable.from([tarBytes]).pipe(extract);
    await done;
    return entries;
}
/** One line for the report: what differs first, and how. */
function describeDifference(difference, maxFiles = 5) {
    const parts = [];
    if (difference.layer !== undefined) {
        const layer = `layer ${difference.layer + 1}`;
        if (difference.layerHow)
            parts.push(`${layer} differs: ${difference.layerHow}`);
        else if (difference.files.length) {
            const files = difference.files.slice(0, maxFiles).map((f) => `${f.path} (${f.how.join(', ')})`);
            const more = difference.files.length > maxFiles ? ` and ${difference.files.length - maxFiles} more` : '';
            parts.push(`${layer} differs first, in ${files.join(', ')}${more}`);
        }
        else if (difference.order)
            parts.push(`${layer} holds the same files in another order, from ${difference.order}`);
        else
            parts.push(`${layer} differs`);
        if (difference.layersDiffering > 1)
            parts.push(`${difference.layersDiffering} layers differ in all`);
    }
    if (difference.config.length)
        parts.push(`the config differs in ${difference.config.join(', ')}`);
    return parts.join('; ') || 'the manifests differ';
}

;// CONCATENATED MODULE: ./src/reproduce/index.ts
/**
 * The reproducibility gate (`reproducible: true`): the image is built twice, each time in a fresh
 * temporary copy of the context and seconds apart, without the engine's cache, and (with
 * `compare-builder:`) once more with another builder. The manifest digests must be one; when they
 * are not, the result names the first layer and the files that differ, and how.
 */








async function checkReproducible(image, options) {
    const { source } = image;
    if (source.kind !== 'build') {
        throw new errors/* TinySizeError */.kp(`image \`${image.name}\`: \`reproducible: true\` needs a build (\`context:\`)`, {
            file: options.budgetFile,
            within: `images.${image.name}.reproducible`,
            fix: 'add `context:`, or remove `reproducible:`',
        });
    }
    const dirs = [];
    const builders = [source.builder, source.builder];
    if (image.reproducible?.compareBuilder)
        builders.push(image.reproducible.compareBuilder);
    const built = [];
    try {
        for (const [index, builder] of builders.entries()) {
            if (index > 0)
                await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 1500));
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'tiny-size-gate-reproduce-'));
            dirs.push(dir);
            const tag = `tiny-size-gate/reproduce-${image.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:${index}`;
            // Each builder removes what its build made (src/builders), so nothing is left to clean here.
            built.push(await buildOnce({ ...source, builder }, dir, tag, options));
        }
        const [first] = built;
        const differences = [];
        for (const [index, other] of built.entries()) {
            if (index === 0 || other.build.manifestDigest === first.build.manifestDigest)
                continue;
            const difference = await compareImages(first.view, other.view);
            differences.push({ build: index, difference, text: describeDifference(difference) });
        }
        return { reproducible: differences.length === 0, builds: built.map((b) => b.build), differences };
    }
    finally {
        for (const { view } of built)
            await view.close();
        for (const dir of dirs)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** One build in a fresh copy of the context (the Dockerfile too, when it is inside the context). */
async function buildOnce(spec, dir, tag, options) {
    const context = (0,external_node_path_.join)(dir, 'src');
    await (0,promises_.cp)(spec.context, context, { recursive: true, filter: (path) => !/[/\\]\.git$/.test(path) });
    const inside = (0,external_node_path_.relative)(spec.context, spec.dockerfile);
    const dockerfile = inside.startsWith('..') ? spec.dockerfile : (0,external_node_path_.join)(context, inside);
    const workDir = (0,external_node_path_.join)(dir, 'build');
    await (0,promises_.mkdir)(workDir);
    const outcome = await buildImage({ ...spec, context, dockerfile }, { workDir, tag, noCache: true, budgetFile: options.budgetFile, onOutput: options.onOutput });
    const view = await openImage(outcome.source, {
        workDir,
        ...(spec.platform ? { platforms: [spec.platform] } : {}),
    });
    const digest = view.platforms[0]?.manifestDescriptor.digest ?? '';
    return { view, build: { method: outcome.method, manifestDigest: digest } };
}

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
    const failed = [];
    for (const image of selected) {
        const estimate = request.estimateCompressed === true || gatesCompressed(image);
        try {
            measured.push(await progress.step(`Measure ${image.name}`, async () => {
                if (image.source.kind === 'build') {
                    // The budget file's mistakes at their line, before a builder turns them into its own errors.
                    const place = {
                        file: budget.file,
                        image: image.name,
                        positionOf: (path) => budget.positionOf(path),
                    };
                    for (const warning of await preflightBuild(image.source, place))
                        progress.warn?.(warning);
                }
                return measureOne(image, acquireOptions, estimate);
            }));
        }
        catch (error) {
            // One image's failure must not throw away the others' results: it becomes an error row.
            failed.push({ image, error, message: (0,errors/* formatError */.Wk)(error) });
        }
    }
    const reproducible = [];
    for (const { image, sizes } of measured.filter((m) => m.image.reproducible)) {
        const title = `Reproduce ${image.name}: build it again in fresh copies of the context`;
        reproducible.push(await progress.step(title, () => reproducibleCheck(image, sizes, budget.file, progress)));
    }
    const verdict = (0,gate/* evaluate */._3)(measured.map(({ image, sizes }) => ({ image, sizes })), {
        // An image that failed is not "removed": its baseline is left out with it.
        baseline: onlySelected(request.baseline, request.images)?.filter((base) => !failed.some(({ image }) => image.name === base.name)),
        overrideGrowth: request.overrideGrowth ?? false,
        positionOf: (keyPath) => budget.positionOf(keyPath),
    });
    const gated = (0,gate/* withChecks */.cX)(verdict, reproducible);
    const exitCode = failed.length ? errors/* ExitCode */.yU.usage : gated.exitCode;
    return { budget, measured, verdict: gated, failed, exitCode };
}
/** Whether a budget or growth rule reads `compressed` or `pull` (then they are estimated when needed). */
function gatesCompressed(image) {
    const limits = [image.budget, ...Object.values(image.budget.platforms ?? {})];
    return ['compressed', 'pull'].some((metric) => limits.some((limit) => limit[metric] !== undefined) || image.growth?.[metric] !== undefined);
}
/** Every `paths:` pattern of an image's budget, image-wide and per platform. */
function budgetPatterns(image) {
    const budgets = [image.budget, ...Object.values(image.budget.platforms ?? {})];
    return [...new Set(budgets.flatMap((budget) => Object.keys(budget.paths)))];
}
async function measureOne(image, options, estimateCompressed) {
    const acquired = await acquireImage(image, options);
    try {
        const sizes = await (0,measure/* measureImage */.u8)(acquired.view, { estimateCompressed, paths: budgetPatterns(image) });
        return { image, sizes, method: acquired.method };
    }
    finally {
        await acquired.dispose();
    }
}
/** The reproducibility gate's check: one digest from every build, or where the first two differ. */
async function reproducibleCheck(image, sizes, budgetFile, progress) {
    const result = await checkReproducible(image, {
        budgetFile,
        onOutput: (chunk) => {
            for (const line of chunk.split('\n'))
                if (line.trim())
                    progress.detail(line);
        },
    });
    const digests = result.builds.map((b) => b.manifestDigest);
    const [first] = result.differences;
    const message = first
        ? `image ${image.name} is not reproducible: build 1 (${result.builds[0]?.method}) gave ${digests[0]}, build ${first.build + 1} (${result.builds[first.build]?.method}) gave ${digests[first.build]}; ${first.text}`
        : `image ${image.name} is reproducible: ${digests.length} builds gave ${digests[0]}`;
    return {
        kind: 'reproducible',
        image: image.name,
        platform: sizes.platforms[0]?.platform ?? '',
        status: result.reproducible ? 'ok' : 'not-reproducible',
        keyPath: ['images', image.name, 'reproducible'],
        builds: result.builds,
        message,
    };
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
