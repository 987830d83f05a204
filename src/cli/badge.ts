/** `tiny-size-gate badge`: a release badge from a JSON report (an SVG, or shields.io endpoint JSON). */
import { readFile } from 'node:fs/promises';
import { TinySizeError } from '../errors.js';
import type { CheckReport } from '../report/index.js';
import { type Command, stringValue, usageError, writeOutput } from './command.js';

export const badgeCommand: Command = {
  name: 'badge',
  summary: 'A release badge from a JSON report (check --json): an SVG, or shields.io endpoint JSON.',
  options: {
    report: { type: 'string', short: 'r', value: 'FILE', help: 'the report written by `check --json FILE`' },
    image: { type: 'string', short: 'i', value: 'NAME', help: 'the image of the report' },
    metric: { type: 'string', short: 'm', value: 'METRIC', default: 'files', help: 'the figure shown' },
    platform: {
      type: 'string',
      short: 'p',
      value: 'OS/ARCH',
      help: 'the platform, when the image has several',
    },
    label: { type: 'string', short: 'l', value: 'TEXT', help: 'the left-hand text' },
    style: {
      type: 'string',
      value: 'STYLE',
      default: 'flat',
      choices: ['flat', 'flat-square', 'plastic', 'for-the-badge', 'social'],
      help: 'the badge style',
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      default: 'svg',
      choices: ['svg', 'json'],
      help: 'what to write',
    },
    output: { type: 'string', short: 'o', value: 'FILE', default: '-', help: 'where to write it' },
  },
  async run(args, io) {
    const report = stringValue(args, 'report');
    const image = stringValue(args, 'image');
    const format = stringValue(args, 'format');
    if (!report || !image) throw usageError('badge needs --report FILE and --image NAME', 'badge');
    if (format !== 'svg' && format !== 'json') throw usageError('--format is svg or json', 'badge');
    // Loaded on demand: badge-maker's font metrics are most of the CLI's bytes, and only badges need them.
    const { badgeFigure, badgeStyle, renderBadgeSvg, shieldsEndpoint } = await import('../badge/index.js');
    const platform = stringValue(args, 'platform');
    const label = stringValue(args, 'label');
    const figure = badgeFigure(await readReport(report), {
      image,
      metric: stringValue(args, 'metric') ?? 'files',
      ...(platform ? { platform } : {}),
      ...(label ? { label } : {}),
    });
    const text =
      format === 'svg'
        ? `${renderBadgeSvg(figure, badgeStyle(stringValue(args, 'style') ?? 'flat'))}\n`
        : `${JSON.stringify(shieldsEndpoint(figure))}\n`;
    await writeOutput(stringValue(args, 'output') ?? '-', text, io);
    return 0;
  },
};

/** A JSON report written by `check --json`, validated like any file from elsewhere. */
export async function readReport(path: string): Promise<CheckReport> {
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
  const { validateCheckReport } = await import('../report/index.js');
  const checked = validateCheckReport(value);
  if (!checked.ok) {
    throw new TinySizeError(
      `${path} is not a tiny-size-gate report: ${checked.problems.slice(0, 3).join('; ')}`,
      { file: path, fix: 'write one with `tiny-size-gate check --json FILE`' },
    );
  }
  return checked.report;
}
