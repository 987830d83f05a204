/**
 * `tiny-size-gate init`: finds the repository's Dockerfiles whose final stage is FROM scratch (all
 * of them with --all), builds and measures them, and writes a commented budget file whose budgets
 * are the measured sizes. It never overwrites a budget file.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { TinySizeError } from '../errors.js';
import { formatExact } from '../units.js';
import { stderrProgress } from './check.js';
import { type Command, flag, registryCredentials, stringList, stringValue, usageError } from './command.js';
import { version } from './version.js';

/** The budget file's schema, in the repository at this version's tag (what the README shows too). */
export const schemaUrl = `https://raw.githubusercontent.com/org/tiny-size-gate/v${version}/schema/tiny-size.schema.json`;

const skipped = new Set(['node_modules', 'dist', 'vendor', 'target']);

export const initCommand: Command = {
  name: 'init',
  summary: 'Write a tiny-size.yml for the FROM scratch images of this repository, at their measured sizes.',
  options: {
    config: {
      type: 'string',
      short: 'c',
      value: 'FILE',
      default: 'tiny-size.yml',
      help: 'the budget file to write (never overwritten)',
    },
    all: {
      type: 'boolean',
      short: 'a',
      help: 'every Dockerfile, not only those whose final stage is FROM scratch',
    },
    'build-arg': {
      type: 'string',
      multiple: true,
      value: 'NAME=VALUE',
      help: 'a build arg, given to each Dockerfile that declares it (kept in the file)',
    },
  },
  details: `Dockerfiles are found under the current directory (Dockerfile, Containerfile, *.Dockerfile;
not in hidden folders, node_modules or dist). Each image is named after its folder.`,
  async run(args, io) {
    const config = resolve(stringValue(args, 'config') ?? 'tiny-size.yml');
    if (await exists(config)) {
      throw new TinySizeError(
        `${relative(process.cwd(), config)} exists; init never overwrites a budget file`,
        {
          file: config,
          fix: 'edit it, or run `tiny-size-gate accept` to set its budgets to the measured sizes, or choose another name with --config',
        },
      );
    }
    const buildArgs = parseBuildArgs(stringList(args, 'build-arg'));
    const found = await findDockerfiles(process.cwd());
    const chosen = found.filter((candidate) => flag(args, 'all') || candidate.scratch);
    if (!chosen.length) {
      throw new TinySizeError(
        found.length
          ? `none of the ${found.length} Dockerfile(s) found ends in a FROM scratch stage`
          : 'no Dockerfile found under the current directory',
        {
          fix: found.length
            ? 'run `tiny-size-gate init --all` to budget them anyway'
            : 'run init at the root of the repository',
        },
      );
    }
    const images = nameImages(chosen, dirname(config)).map((image) => ({
      ...image,
      buildArgs: Object.fromEntries(Object.entries(buildArgs).filter(([name]) => image.args.includes(name))),
    }));

    // Measured through the engine `check` uses, from a budget file with no budgets, in a temporary folder.
    const work = await mkdtemp(join(tmpdir(), 'tiny-size-gate-init-'));
    try {
      const draft = join(work, 'tiny-size.yml');
      await writeFile(draft, renderBudgetFile(images, new Map(), dirname(draft), dirname(config)));
      const { runCheck } = await import('../check.js');
      const result = await runCheck({
        config: draft,
        progress: stderrProgress(io),
        registry: registryCredentials(),
      });
      for (const failed of result.failed ?? [])
        io.err(`tiny-size-gate: ${failed.image.name}: ${failed.message}\n`);
      const sizes = new Map(
        result.measured.map(({ image, sizes }) => [image.name, sizes.platforms[0]?.sizes] as const),
      );
      const measured = images.filter((image) => sizes.get(image.name));
      if (!measured.length) return 2;
      await writeFile(config, renderBudgetFile(measured, sizes, dirname(config), dirname(config)), {
        flag: 'wx',
      });
      io.out(
        `wrote ${relative(process.cwd(), config)}: ${measured.map((image) => `${image.name} (${formatExact(sizes.get(image.name)?.files.bytes ?? 0)})`).join(', ')}\n`,
      );
      return result.failed?.length ? 2 : 0;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};

interface FoundDockerfile {
  path: string;
  scratch: boolean;
  args: string[];
}

interface InitImage extends FoundDockerfile {
  name: string;
  buildArgs?: Record<string, string>;
}

function parseBuildArgs(values: string[]): Record<string, string> {
  return Object.fromEntries(
    values.map((value) => {
      const at = value.indexOf('=');
      if (at < 1) throw usageError(`--build-arg ${value}: expected NAME=VALUE`, 'init');
      return [value.slice(0, at), value.slice(at + 1)];
    }),
  );
}

export const dockerfileName = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/i;

/** Dockerfiles under `root`, in path order, with whether their last stage is FROM scratch. */
export async function findDockerfiles(root: string): Promise<FoundDockerfile[]> {
  const found: FoundDockerfile[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !skipped.has(entry.name)) await walk(join(dir, entry.name));
      } else if (entry.isFile() && dockerfileName.test(entry.name)) {
        const path = join(dir, entry.name);
        const { readDockerfile } = await import('../builders/index.js');
        const facts = readDockerfile(await readFile(path, 'utf8'));
        const last = facts.stages.at(-1);
        if (!last) continue;
        found.push({
          path,
          scratch: last.base.toLowerCase() === 'scratch',
          args: facts.args.map((a) => a.name),
        });
      }
    }
  }
  await walk(root);
  return found;
}

/** Each image named after its folder (the file's name too when a folder has several), unique. */
function nameImages(found: FoundDockerfile[], configDir: string): InitImage[] {
  const used = new Set<string>();
  return found.map((dockerfile) => {
    const folder = basename(dirname(dockerfile.path)) || basename(configDir) || 'image';
    const sameFolder = found.filter((other) => dirname(other.path) === dirname(dockerfile.path)).length > 1;
    const base =
      sameFolder && basename(dockerfile.path) !== 'Dockerfile'
        ? `${folder}-${basename(dockerfile.path).replace(/^(Dockerfile|Containerfile)\.?|\.?(Dockerfile|Containerfile)$/gi, '')}`
        : folder;
    let name = base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-') || 'image';
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return { ...dockerfile, name };
  });
}

interface Sizes {
  files: { bytes: number };
  layers: number;
}

/** The budget file: a header, then per image its build and budgets at the measured sizes. */
function renderBudgetFile(
  images: InitImage[],
  sizes: Map<string, Sizes | undefined>,
  writtenIn: string,
  shownFrom: string,
): string {
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl}`,
    `# Written by \`tiny-size-gate init\` (${version}): each budget is the size measured when it ran,`,
    '# so any byte more fails `tiny-size-gate check`. Sizes: B, kB = 1000 B, KiB = 1024 B.',
    'images:',
  ];
  for (const image of images) {
    const at = (path: string) => relative(writtenIn, path) || '.';
    const context = dirname(image.path);
    lines.push(`  ${image.name}:`);
    lines.push(`    context: ${yamlString(writtenIn === shownFrom ? at(context) : context)}`);
    if (basename(image.path) !== 'Dockerfile')
      lines.push(`    dockerfile: ${yamlString(writtenIn === shownFrom ? at(image.path) : image.path)}`);
    const args = Object.entries(image.buildArgs ?? {});
    if (args.length) {
      lines.push('    build-args:');
      for (const [name, value] of args) lines.push(`      ${name}: ${yamlString(value)}`);
    }
    const measured = sizes.get(image.name);
    if (measured) {
      lines.push(
        '    budget:',
        `      files: ${measured.files.bytes}B # regular files in all layers`,
        `      layers: ${measured.layers}`,
        '    growth: 0B # allowed increase over a pull request’s merge-base',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A plain scalar when YAML reads it back as the same string, else JSON (which YAML reads too). */
function yamlString(value: string): string {
  return /^[A-Za-z0-9_./@-][A-Za-z0-9_./@:+-]*$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
}
