/** `tiny-size-gate history [FILE|DIR]`: the size trend the action keeps in its data branch. */
import { readFile, stat } from 'node:fs/promises';
import { TinySizeError } from '../errors.js';
import { type Command, stringValue, usageError } from './command.js';

export const historyCommand: Command = {
  name: 'history',
  summary: "Print the size trend per image from the action's history (its data branch).",
  arguments: { name: '[FILE|DIR]', min: 0, max: 1 },
  options: {
    last: { type: 'string', short: 'n', value: 'N', help: 'only the last N entries' },
    metric: { type: 'string', short: 'm', value: 'METRIC', help: 'the metric to chart (default files)' },
  },
  details: `FILE is a history.json; DIR a checkout of the data branch (default tiny-size-gate-data:
git worktree add data origin/tiny-size-gate-data). Default: the current directory.`,
  async run(args, io) {
    const { historyFileName, parseHistory, renderTrend } = await import('../history/index.js');
    const given = args.positionals[0] ?? '.';
    const file = (await stat(given).catch(() => undefined))?.isDirectory()
      ? `${given}/${historyFileName}`
      : given;
    const text = await readFile(file, 'utf8').catch((cause: Error) => {
      throw new TinySizeError(`cannot read the size history: ${cause.message}`, {
        file,
        fix: 'pass history.json, or a checkout of the data branch (git worktree add data origin/tiny-size-gate-data)',
      });
    });
    const lastText = stringValue(args, 'last');
    const last = lastText === undefined ? undefined : Number(lastText);
    if (last !== undefined && !(Number.isInteger(last) && last > 0))
      throw usageError('--last takes a positive whole number', 'history');
    const metric = stringValue(args, 'metric');
    io.out(renderTrend(parseHistory(text, file), { format: 'text', last, metric }) || 'no entries\n');
    return 0;
  },
};
