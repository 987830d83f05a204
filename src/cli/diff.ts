/**
 * `tiny-size-gate diff A B [--platform P]... [--json [FILE]] [--fail-on-growth]`: two images (any
 * source `measure` takes) or two JSON reports (`check --json`, `measure --json`), compared per metric,
 * per layer and per file, largest change first: the tables the pull request comment prints. A is the
 * base, B the head. Exit 0, or 1 with --fail-on-growth when something grew.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Comparison, compareImages, type NamedSizes } from '../compare/index.js';
import { ExitCode, TinySizeError } from '../errors.js';
import { measureImage } from '../measure/index.js';
import { comparisonGrew, renderDiffText, reportSchemaVersion, validateAnyReport } from '../report/index.js';
import { openImage, parseSourceRef, type RegistryOptions } from '../source/index.js';

export const diffUsage = `  tiny-size-gate diff A B [--platform OS/ARCH]... [--json [FILE]] [--fail-on-growth] [--insecure]
      Compare two images (any SOURCE measure takes) or two JSON reports (check --json, measure --json):
      per metric, per layer (paired by diff_id, else position) and per file (added, removed, grew,
      shrank, mode or owner changed), largest change first. A is the base, B the head.
      --json [FILE]: the comparison as JSON (stdout when FILE is absent or -).
      --fail-on-growth: exit 1 when any figure grew or an image or platform was added.`;

interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** `--json` takes an optional FILE: the token after it is the FILE when two operands remain without it. */
function splitJsonFile(args: string[]): { args: string[]; json?: string } {
  const at = args.findIndex((arg) => arg === '--json' || arg.startsWith('--json='));
  if (at < 0) return { args };
  const flag = args[at] as string;
  const rest = [...args.slice(0, at), ...args.slice(at + 1)];
  if (flag.startsWith('--json=')) return { args: rest, json: flag.slice('--json='.length) || '-' };
  const next = args[at + 1];
  const operands = rest.filter((arg) => !arg.startsWith('-')).length;
  if (next !== undefined && !next.startsWith('-') && operands > 2) {
    return { args: [...args.slice(0, at), ...args.slice(at + 2)], json: next };
  }
  return { args: rest, json: '-' };
}

async function isReportFile(operand: string): Promise<boolean> {
  if (!operand.endsWith('.json')) return false;
  return (await stat(operand).catch(() => undefined))?.isFile() ?? false;
}

/** The images of one side: a report's, or the one image a source holds. */
async function side(
  operand: string,
  options: { platforms: string[]; registry: RegistryOptions },
): Promise<NamedSizes[]> {
  if (await isReportFile(operand)) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(operand, 'utf8'));
    } catch (error) {
      throw new TinySizeError(`cannot read the report ${operand}`, {
        file: operand,
        cause: error,
        fix: 'write one with `tiny-size-gate check --json FILE` or `tiny-size-gate measure SOURCE --json FILE`',
      });
    }
    const checked = validateAnyReport(value);
    if (!checked.ok) {
      throw new TinySizeError(
        `${operand} is not a tiny-size-gate report: ${checked.problems.slice(0, 3).join('; ')}`,
        {
          file: operand,
          fix: 'write one with `tiny-size-gate check --json FILE` or `tiny-size-gate measure SOURCE --json FILE`',
        },
      );
    }
    const { value: report } = checked;
    if (report.kind === 'measure') return [{ name: '', sizes: report.report.image }];
    return report.report.images.map(({ name, sizes }) => ({ name, sizes }));
  }
  const workDir = await mkdtemp(join(tmpdir(), 'tiny-size-gate-'));
  try {
    const view = await openImage(parseSourceRef(operand), {
      ...(options.platforms.length ? { platforms: options.platforms } : {}),
      workDir,
      registry: options.registry,
    });
    return [{ name: '', sizes: await measureImage(view) }];
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Two single images pair whatever their names; several pair by name. */
function pairSingles(base: NamedSizes[], head: NamedSizes[]): [NamedSizes[], NamedSizes[]] {
  const [b] = base;
  const [h] = head;
  if (base.length === 1 && head.length === 1 && b && h) {
    const name = h.name || b.name;
    return [[{ ...b, name }], [{ ...h, name }]];
  }
  return [base, head];
}

export async function diff(argv: string[], io: Output, registry: RegistryOptions = {}): Promise<number> {
  const { args, json } = splitJsonFile(argv);
  let parsed: ReturnType<typeof parseDiffArgs>;
  try {
    parsed = parseDiffArgs(args);
  } catch (error) {
    throw new TinySizeError(error instanceof Error ? error.message : String(error), {
      fix: 'run `tiny-size-gate --help` for the usage',
    });
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    throw new TinySizeError(
      `diff takes two images or reports, A (the base) and B (the head); got ${positionals.length}`,
      {
        fix: 'tiny-size-gate diff docker-archive:old.tar docker-archive:new.tar',
      },
    );
  }
  const [a, b] = positionals as [string, string];
  const options = { platforms: values.platform, registry: { ...registry, insecure: values.insecure } };
  const [base, head] = pairSingles(await side(a, options), await side(b, options));
  const comparison: Comparison = compareImages(head, base);
  if (json !== undefined) {
    const text = `${JSON.stringify({ tool: 'tiny-size-gate', schemaVersion: reportSchemaVersion, base: a, head: b, ...comparison }, null, 2)}\n`;
    if (json === '-') io.out(text);
    else {
      try {
        await writeFile(json, text);
      } catch (error) {
        throw new TinySizeError(`cannot write ${json}`, {
          file: json,
          cause: error,
          fix: 'choose a writable path',
        });
      }
    }
  }
  if (json === undefined || json !== '-') io.out(renderDiffText(comparison, { base: a, head: b }));
  return values['fail-on-growth'] && comparisonGrew(comparison) ? ExitCode.overBudget : ExitCode.ok;
}

function parseDiffArgs(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      platform: { type: 'string', short: 'p', multiple: true, default: [] },
      'fail-on-growth': { type: 'boolean', default: false },
      insecure: { type: 'boolean', default: false },
    },
  });
}
