/**
 * The CLI: the same engine as the action, for a laptop or any CI.
 *   tiny-size-gate check   [--config tiny-size.yml] [--image NAME]... [--json FILE] [--markdown FILE]
 *   tiny-size-gate measure <source> [--platform P]... [--json]
 *   tiny-size-gate badge --report FILE --image NAME --metric METRIC [--platform P] [--label TEXT]
                      [--style flat|flat-square|plastic|for-the-badge|social] [--format svg|json] [--output FILE]
      A release badge from a JSON report (check --json): an SVG, or shields.io endpoint JSON.

Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 usage or input error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCheck } from '../check.js';
import { ExitCode, formatError, TinySizeError } from '../errors.js';
import { measureImage } from '../measure/index.js';
import type { Progress } from '../progress.js';
import {
  type CheckReport,
  checkReport,
  measureReport,
  renderCheckText,
  renderMarkdown,
  renderSizesText,
  validateCheckReport,
} from '../report/index.js';
import { openImage, parseSourceRef } from '../source/index.js';

export const usage = `tiny-size-gate: gate container image sizes against a committed budget, exact to the byte.

Usage:
  tiny-size-gate check [--config FILE] [--image NAME]... [--json FILE] [--markdown FILE] [--quiet|--verbose]
      Build or read every image of the budget file (default tiny-size.yml), measure it and gate it.
  tiny-size-gate measure SOURCE [--platform OS/ARCH]... [--json] [--all-files] [--manifest-only] [--insecure]
      Measure one image. SOURCE is oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF
      (the local engine), registry:REF or docker://REF (a registry), or a path (an OCI layout
      directory or an archive) or a reference in the local engine.
      --manifest-only: a registry's manifests only (compressed, pull, layers), no layer download.
      Registry credentials: ~/.docker/config.json, or TINY_SIZE_GATE_REGISTRY_USERNAME/_PASSWORD.

  tiny-size-gate badge --report FILE --image NAME --metric METRIC [--platform P] [--label TEXT]
                      [--style flat|flat-square|plastic|for-the-badge|social] [--format svg|json] [--output FILE]
      A release badge from a JSON report (check --json): an SVG, or shields.io endpoint JSON.
  tiny-size-gate history [FILE|DIR] [--last N] [--metric METRIC]
      The size trend per image from the action's history.json (a file, or a checkout of the data
      branch, default tiny-size-gate-data).

Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 a usage or input error.`;

/** Writes to the real streams; tests pass their own. */
export interface Console {
  out(text: string): void;
  err(text: string): void;
}

const processConsole: Console = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: Console = processConsole): Promise<number> {
  let code: number;
  try {
    code = await dispatch(argv, io);
  } catch (error) {
    io.err(`tiny-size-gate: ${formatError(error)}\n`);
    code = ExitCode.usage;
  }
  process.exitCode = code;
  return code;
}

async function dispatch(argv: string[], io: Console): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return check(rest, io);
    case 'measure':
      return measure(rest, io);
    case 'badge':
      return badge(rest, io);
    case 'history':
      return history(rest, io);
    case '--version':
    case '-v':
      io.out(`${VERSION}\n`);
      return ExitCode.ok;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.out(`${usage}\n`);
      return command === undefined ? ExitCode.usage : ExitCode.ok;
    default:
      throw usageError(`unknown command \`${command}\``);
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

async function check(args: string[], io: Console): Promise<number> {
  const { values } = parse(() =>
    parseArgs({
      args,
      strict: true,
      options: {
        config: { type: 'string', short: 'c', default: 'tiny-size.yml' },
        image: { type: 'string', short: 'i', multiple: true, default: [] },
        json: { type: 'string' },
        markdown: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        verbose: { type: 'boolean', default: false },
      },
    }),
  );
  const result = await runCheck({
    config: values.config,
    images: values.image.flatMap((v) => v.split(',')).filter(Boolean),
    progress: values.quiet ? undefined : stderrProgress(io, values.verbose),
  });
  const report = checkReport(result);
  if (values.json) await writeOutput(values.json, `${JSON.stringify(report, null, 2)}\n`, io);
  if (values.markdown) await writeOutput(values.markdown, renderMarkdown(report), io);
  if (values.json !== '-') io.out(renderCheckText(report));
  return result.verdict.exitCode;
}

async function measure(args: string[], io: Console): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        platform: { type: 'string', short: 'p', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
        'all-files': { type: 'boolean', default: false },
        'manifest-only': { type: 'boolean', default: false },
        insecure: { type: 'boolean', default: false },
      },
    }),
  );
  if (positionals.length !== 1) throw usageError('measure takes exactly one SOURCE');
  const source = parseSourceRef(positionals[0] as string);
  const platforms = values.platform;
  const manifestOnly = values['manifest-only'];
  if (manifestOnly && source.kind !== 'registry') {
    throw usageError("--manifest-only reads a registry's manifests; this source is not a registry");
  }
  const view = await openImage(source, {
    ...(platforms.length ? { platforms } : {}),
    manifestOnly,
    registry: { ...registryCredentials(), insecure: values.insecure },
  });
  const sizes = await measureImage(view, { layers: !manifestOnly });
  if (values.json) io.out(`${JSON.stringify(measureReport(sizes), null, 2)}\n`);
  else io.out(renderSizesText(sizes, { allFiles: values['all-files'] }));
  return ExitCode.ok;
}

async function history(args: string[], io: Console): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { last: { type: 'string' }, metric: { type: 'string' } },
    allowPositionals: true,
  });
  const { historyFileName, parseHistory, renderTrend } = await import('../history/index.js');
  const { stat } = await import('node:fs/promises');
  const given = positionals[0] ?? '.';
  const file = (await stat(given).catch(() => undefined))?.isDirectory()
    ? `${given}/${historyFileName}`
    : given;
  const text = await readFile(file, 'utf8').catch((cause: Error) => {
    throw new TinySizeError(`cannot read the size history: ${cause.message}`, {
      file,
      fix: 'pass history.json, or a checkout of the data branch (git worktree add data origin/tiny-size-gate-data)',
    });
  });
  const last = values.last === undefined ? undefined : Number(values.last);
  if (last !== undefined && !(Number.isInteger(last) && last > 0))
    throw usageError('--last takes a positive whole number');
  io.out(
    renderTrend(parseHistory(text, file), { format: 'text', last, metric: values.metric }) || 'no entries\n',
  );
  return 0;
}

async function badge(args: string[], io: Console): Promise<number> {
  const { values } = parse(() =>
    parseArgs({
      args,
      strict: true,
      options: {
        report: { type: 'string' },
        image: { type: 'string' },
        metric: { type: 'string', default: 'files' },
        platform: { type: 'string' },
        label: { type: 'string' },
        style: { type: 'string', default: 'flat' },
        format: { type: 'string', default: 'svg' },
        output: { type: 'string', short: 'o', default: '-' },
      },
    }),
  );
  if (!values.report || !values.image) throw usageError('badge needs --report FILE and --image NAME');
  if (values.format !== 'svg' && values.format !== 'json') throw usageError('--format is svg or json');
  // Loaded on demand: badge-maker's font metrics are most of the CLI's bytes, and only badges need them.
  const { badgeFigure, badgeStyle, renderBadgeSvg, shieldsEndpoint } = await import('../badge/index.js');
  const figure = badgeFigure(await readReport(values.report), {
    image: values.image,
    metric: values.metric,
    ...(values.platform ? { platform: values.platform } : {}),
    ...(values.label ? { label: values.label } : {}),
  });
  const text =
    values.format === 'svg'
      ? `${renderBadgeSvg(figure, badgeStyle(values.style))}\n`
      : `${JSON.stringify(shieldsEndpoint(figure))}\n`;
  await writeOutput(values.output, text, io);
  return ExitCode.ok;
}

/** A JSON report written by `check --json`, validated like any file from elsewhere. */
async function readReport(path: string): Promise<CheckReport> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new TinySizeError(`cannot read the report ${path}`, {
      file: path,
      cause: error,
      fix: 'write one with `tiny-size-gate check --json FILE`',
    });
  }
  const checked = validateCheckReport(value);
  if (!checked.ok) {
    throw new TinySizeError(
      `${path} is not a tiny-size-gate report: ${checked.problems.slice(0, 3).join('; ')}`,
      {
        file: path,
        fix: 'write one with `tiny-size-gate check --json FILE`',
      },
    );
  }
  return checked.report;
}

/** Registry credentials from the environment (never from arguments, which other users can see). */
function registryCredentials(): { username?: string; password?: string } {
  const { TINY_SIZE_GATE_REGISTRY_USERNAME: username, TINY_SIZE_GATE_REGISTRY_PASSWORD: password } =
    process.env;
  return username || password ? { username, password } : {};
}

/** parseArgs, with its complaints turned into usage errors. */
function parse<T>(parseThem: () => T): T {
  try {
    return parseThem();
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

function usageError(message: string): TinySizeError {
  return new TinySizeError(message, { fix: 'run `tiny-size-gate --help` for the usage' });
}

async function writeOutput(path: string, text: string, io: Console): Promise<void> {
  if (path === '-') return io.out(text);
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new TinySizeError(`cannot write ${path}`, {
      file: path,
      cause: error,
      fix: 'choose a writable path',
    });
  }
}

/** Phases on stderr; build logs only with --verbose (a failed build's error carries its last lines). */
function stderrProgress(io: Console, verbose: boolean): Progress {
  return {
    async step(title, run) {
      io.err(`▸ ${title}\n`);
      return run();
    },
    detail(line) {
      if (verbose) io.err(`  ${line}\n`);
    },
  };
}
