/**
 * `tiny-size-gate accept [--config FILE] [--image NAME]... [--headroom 0B|5%]`: measures the images
 * and rewrites the budget file's budgets to the measured sizes (plus the headroom, rounded up),
 * changing no other byte of the file; prints the lines that changed. Exit 0.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../atomic-write.js';
import { ExitCode, TinySizeError } from '../errors.js';
import type { Headroom } from '../gate/index.js';
import { parseSize } from '../units.js';
import { stderrProgress } from './check.js';
import { type Command, type Console, registryCredentials, stringList, stringValue } from './command.js';

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

export const acceptCommand: Command = {
  name: 'accept',
  summary: "Set the budget file's budgets to the measured sizes, changing no other byte of the file.",
  options: {
    config: { type: 'string', short: 'c', value: 'FILE', default: 'tiny-size.yml', help: 'the budget file' },
    image: { type: 'string', short: 'i', multiple: true, value: 'NAME', help: 'accept only this image' },
    headroom: {
      type: 'string',
      value: 'SIZE|N%',
      default: '0B',
      help: 'room above the measured size, rounded up (0B, 100B, 5%)',
    },
  },
  details: `Measures the images and sets their budgets to the measured sizes plus the headroom;
comments, key order, quoting and every other byte stay. Prints the lines that changed. Exit 0.`,
  run: (args, io) =>
    accept(
      {
        config: stringValue(args, 'config') ?? 'tiny-size.yml',
        image: stringList(args, 'image'),
        headroom: stringValue(args, 'headroom') ?? '0B',
      },
      io,
    ),
};

async function accept(
  values: { config: string; image: string[]; headroom: string },
  io: Console,
): Promise<number> {
  const [{ runCheck }, { acceptBudgets }] = await Promise.all([
    import('../check.js'),
    import('../gate/index.js'),
  ]);
  const headroom = parseHeadroom(values.headroom);
  const images = values.image.flatMap((v) => v.split(',')).filter(Boolean);
  const result = await runCheck({
    config: values.config,
    images,
    progress: stderrProgress(io, { quiet: false, verbose: false }),
    registry: registryCredentials(),
  });
  const text = await readFile(values.config, 'utf8');
  const accepted = acceptBudgets(text, result.verdict.checks, { images, headroom });
  if (accepted.edits.length === 0) {
    io.out(`${values.config}: every budget already equals the measured size; nothing changed\n`);
    return ExitCode.ok;
  }
  await writeFileAtomic(values.config, accepted.text);
  io.out(
    `${values.config}: ${accepted.edits.length} ${accepted.edits.length === 1 ? 'budget' : 'budgets'} set to the measured sizes\n${accepted.diff.join('\n')}\n`,
  );
  return ExitCode.ok;
}
