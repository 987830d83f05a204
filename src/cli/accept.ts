/**
 * `tiny-size-gate accept [--config FILE] [--image NAME]... [--headroom 0B|5%]`: measures the images
 * and rewrites the budget file's budgets to the measured sizes (plus the headroom, rounded up),
 * changing no other byte of the file; prints the lines that changed. Exit 0.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCheck } from '../check.js';
import { ExitCode, TinySizeError } from '../errors.js';
import { acceptBudgets, type Headroom } from '../gate/index.js';
import type { Progress } from '../progress.js';
import type { RegistryOptions } from '../source/index.js';
import { parseSize } from '../units.js';

export const acceptUsage = `  tiny-size-gate accept [--config FILE] [--image NAME]... [--headroom 0B|5%]
      Measure the images and set their budgets in the budget file to the measured sizes, plus the
      headroom (rounded up); comments, order, quoting and every other byte of the file stay. Prints
      the lines that changed.`;

interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** `0B`, `1kB`, `5%`: what `--headroom` takes. */
export function parseHeadroom(text: string): Headroom {
  const percent = /^([0-9]+(?:\.[0-9]+)?)\s*%$/.exec(text.trim());
  if (percent) return { percent: Number(percent[1]) };
  try {
    return { bytes: parseSize(text) };
  } catch (error) {
    throw new TinySizeError(`--headroom ${text}: ${(error as Error).message}`, {
      fix: 'give a size (`0B`, `100B`, `1kB`) or a percentage (`5%`)',
    });
  }
}

export async function accept(
  argv: string[],
  io: Output,
  options: { progress?: Progress; registry?: RegistryOptions } = {},
): Promise<number> {
  let values: { config: string; image: string[]; headroom: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        config: { type: 'string', short: 'c', default: 'tiny-size.yml' },
        image: { type: 'string', short: 'i', multiple: true, default: [] },
        headroom: { type: 'string', default: '0B' },
      },
    }));
  } catch (error) {
    throw new TinySizeError(error instanceof Error ? error.message : String(error), {
      fix: 'run `tiny-size-gate --help` for the usage',
    });
  }
  const headroom = parseHeadroom(values.headroom);
  const images = values.image.flatMap((v) => v.split(',')).filter(Boolean);
  const result = await runCheck({
    config: values.config,
    images,
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.registry ? { registry: options.registry } : {}),
  });
  const text = await readFile(values.config, 'utf8');
  const accepted = acceptBudgets(text, result.verdict.checks, { images, headroom });
  if (accepted.edits.length === 0) {
    io.out(`${values.config}: every budget already equals the measured size; nothing changed\n`);
    return ExitCode.ok;
  }
  await writeFile(values.config, accepted.text);
  io.out(
    `${values.config}: ${accepted.edits.length} ${accepted.edits.length === 1 ? 'budget' : 'budgets'} set to the measured sizes\n${accepted.diff.join('\n')}\n`,
  );
  return ExitCode.ok;
}
