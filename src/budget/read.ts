/**
 * The budget file on disk: looked at before it is opened (a FIFO would block, a huge file is refused
 * unread), then read whole and handed to the parser (load.ts: YAML with positions, the zod schema).
 * The parser is loaded only once there is text to parse, so a missing or unreadable file fails
 * without it. Also the budget file's error, BudgetFileError, which the parser throws too.
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TinySizeError } from '../errors.js';
import type { BudgetFile, Position } from './types.js';

/** The default name of the budget file, looked for in the working directory. */
export const defaultBudgetFileName = 'tiny-size.yml';

/**
 * A budget file lists a handful of images; 256 KiB holds thousands. Anything larger is refused
 * before YAML parsing, whose cost grows faster than the file.
 */
export const maxBudgetFileBytes = 256 * 1024;

const howToName = 'CLI: --config <file>; action: the `config` input';

/** A budget file to start from, in the fixes of the budget file's errors. */
export const budgetExample = `images:
  app:
    context: .            # the directory with the Dockerfile
    budget:
      files: 6kB`;

/** One problem in the budget file, at a place. */
export interface BudgetProblem extends Position {
  message: string;
  fix?: string;
  /** The key path the problem is about: ['images', 'http', 'budget', 'files']. */
  keyPath: PropertyKey[];
}

/**
 * The budget file is not valid. `problems` lists each one with its place; the message lists them
 * all, and the error's own place is the first problem's.
 */
export class BudgetFileError extends TinySizeError {
  readonly problems: BudgetProblem[];

  constructor(file: string, problems: BudgetProblem[]) {
    const [first] = problems;
    const single = problems.length === 1 && first;
    const message = single
      ? first.message
      : `${problems.length} problems in the budget file:\n${problems
          .map((p) => `  ${file}:${p.line}:${p.column}: ${p.message}${p.fix ? ` (fix: ${p.fix})` : ''}`)
          .join('\n')}`;
    super(message, {
      file,
      line: first?.line,
      column: first?.column,
      fix: single ? first.fix : 'fix each problem listed above',
    });
    this.problems = problems;
  }
}

export function tooLarge(file: string, bytes: number): BudgetFileError {
  return new BudgetFileError(file, [
    {
      message: `the budget file is ${bytes} bytes, over the ${maxBudgetFileBytes}-byte (256 KiB) limit`,
      fix: 'a budget file lists the images to gate and their limits: remove what is not a budget, or split it into several files, each checked on its own',
      keyPath: [],
      line: 1,
      column: 1,
    },
  ]);
}

function unreadable(path: string, error: unknown): TinySizeError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new TinySizeError(`no budget file: looked for ${resolve(path)}`, {
      file: path,
      fix: `create ${path} that lists the images to gate, for example:\n${budgetExample}\nor name another file (${howToName})`,
      cause: error,
    });
  }
  if (code === 'EISDIR') {
    return new TinySizeError(`the budget file ${resolve(path)} is a directory`, {
      file: path,
      fix: `name the YAML file, for example ${resolve(path)}/${defaultBudgetFileName}`,
      cause: error,
    });
  }
  return new TinySizeError(`cannot read the budget file ${resolve(path)}`, {
    file: path,
    fix: `check that the file exists and is readable, or name another file (${howToName})`,
    cause: error,
  });
}

/** Reads and parses the budget file at `path` (relative to the working directory or absolute). */
export async function loadBudgetFile(path: string): Promise<BudgetFile> {
  let text: string;
  try {
    // Looked at before it is opened: opening a FIFO would block, and a huge file is refused unread.
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!info.isFile()) {
      throw new TinySizeError(`the budget file ${resolve(path)} is not a regular file`, {
        file: path,
        fix: `name the YAML file itself (${howToName})`,
      });
    }
    if (info.size > maxBudgetFileBytes) throw tooLarge(path, info.size);
    const handle = await open(path, 'r');
    try {
      // Read at most one byte over the cap, in case the file grew since stat.
      const buffer = Buffer.alloc(maxBudgetFileBytes + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > maxBudgetFileBytes) throw tooLarge(path, bytesRead);
      text = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof TinySizeError) throw error;
    throw unreadable(path, error);
  }
  // The parser (yaml, the zod schema) loads only once there is a file to parse.
  const { parseBudgetFile } = await import('./load.js');
  return parseBudgetFile(text, path);
}
