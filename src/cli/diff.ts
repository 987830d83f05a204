/**
 * `tiny-size-gate diff A B [--platform P]... [--json [FILE]] [--fail-on-growth]`: two images (any
 * source `measure` takes) or two JSON reports (`check --json`, `measure --json`), compared per metric,
 * per layer and per file, largest change first: the tables the pull request comment prints. A is the
 * base, B the head. Exit 0, or 1 with --fail-on-growth when something grew.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Comparison, NamedSizes } from '../compare/index.js';
import { ExitCode, TinySizeError } from '../errors.js';
import type { RegistryOptions } from '../source/index.js';
import {
  type Command,
  type Console,
  flag,
  jsonOption,
  platformsOption,
  registryCredentials,
  stringList,
  stringValue,
  writeOutput,
} from './command.js';

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
    const { validateAnyReport } = await import('../report/index.js');
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
    // Sources and measuring load here, not at start-up (the CLI's --version stays as fast as node).
    const [{ withImage, parseSourceRef }, { measureImage }] = await Promise.all([
      import('../source/index.js'),
      import('../measure/index.js'),
    ]);
    const sizes = await withImage(
      parseSourceRef(operand),
      {
        ...(options.platforms.length ? { platforms: options.platforms } : {}),
        workDir,
        registry: options.registry,
      },
      (view) => measureImage(view),
    );
    return [{ name: '', sizes }];
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

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Compare two images or two JSON reports: per metric, layer and file, largest change first.',
  arguments: { name: 'A B', min: 2, max: 2 },
  options: {
    platform: platformsOption('compare only this platform'),
    json: jsonOption('the comparison'),
    'fail-on-growth': { type: 'boolean', help: 'exit 1 when B is larger than A in any metric' },
    insecure: { type: 'boolean', help: 'allow plain HTTP to a registry that is not on loopback' },
  },
  details: `A and B are images (any SOURCE that measure takes) or reports written by check --json; A is
the base, B the head. Layers pair by diff_id, then by position; files by path. Exit 0, or 1 with
--fail-on-growth when anything grew.`,
  run: (args, io) =>
    diff(
      args.positionals as [string, string],
      {
        platforms: stringList(args, 'platform'),
        json: stringValue(args, 'json'),
        failOnGrowth: flag(args, 'fail-on-growth'),
        insecure: flag(args, 'insecure'),
      },
      io,
    ),
};

async function diff(
  [a, b]: [string, string],
  values: { platforms: string[]; json?: string; failOnGrowth: boolean; insecure: boolean },
  io: Console,
): Promise<number> {
  const json = values.json;
  const registry = registryCredentials();
  const options = { platforms: values.platforms, registry: { ...registry, insecure: values.insecure } };
  const [base, head] = pairSingles(await side(a, options), await side(b, options));
  const [{ compareImages }, { comparisonGrew, renderDiffText, reportSchemaVersion }] = await Promise.all([
    import('../compare/index.js'),
    import('../report/index.js'),
  ]);
  const comparison: Comparison = compareImages(head, base);
  if (json !== undefined) {
    const text = `${JSON.stringify({ tool: 'tiny-size-gate', schemaVersion: reportSchemaVersion, base: a, head: b, ...comparison }, null, 2)}\n`;
    await writeOutput(json, text, io);
  }
  if (json === undefined || json !== '-') io.out(renderDiffText(comparison, { base: a, head: b }));
  return values.failOnGrowth && comparisonGrew(comparison) ? ExitCode.overBudget : ExitCode.ok;
}
