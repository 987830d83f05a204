/** README.md's fenced code blocks, so tests can run exactly what the README shows. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const readmePath = join(resolve(import.meta.dirname, '../..'), 'README.md');

export interface ReadmeBlock {
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
}

export function readmeBlocks(text = readFileSync(readmePath, 'utf8')): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    blocks.push({ lang: open[1] ?? '', text: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return blocks;
}

/** The block whose text starts with `start`; throws when there is none (the README changed). */
export function readmeBlock(start: string): ReadmeBlock {
  const found = readmeBlocks().find((block) => block.text.startsWith(start));
  if (!found) throw new Error(`README.md has no code block starting with ${JSON.stringify(start)}`);
  return found;
}

/** The commands of a shell block, without comments: `npx tiny-size-gate check --quiet`. */
export function commandsOf(block: ReadmeBlock): string[] {
  return block.text
    .split('\n')
    .map((line) =>
      line
        .replace(/\s+#.*$/, '')
        .replace(/^#.*$/, '')
        .trim(),
    )
    .filter(Boolean);
}
