/**
 * The table of commands. Adding one: write src/cli/<name>.ts exporting a Command (see command.ts),
 * import it here and add it to the list; help, did-you-mean and shell completion follow.
 */
import { acceptCommand } from './accept.js';
import { badgeCommand } from './badge.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import type { Command } from './command.js';
import { completionCommand } from './completion.js';
import { diffCommand } from './diff.js';
import { historyCommand } from './history.js';
import { initCommand } from './init.js';
import { measureCommand } from './measure.js';

export const commands: readonly Command[] = [
  checkCommand,
  measureCommand,
  diffCommand,
  acceptCommand,
  initCommand,
  buildCommand,
  badgeCommand,
  historyCommand,
  completionCommand,
];
