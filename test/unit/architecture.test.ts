import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each folder under src/ shows one step of the data flow, and its index.ts is its only public
// surface: a module may import another top-level folder only through that folder's index.ts.
// Top-level files (errors.ts, units.ts, metrics.ts, ...) are shared and importable from anywhere.
const src = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The top-level folder of a path under src/, or undefined for a top-level file. */
function folderOf(file: string): string | undefined {
  const parts = relative(src, file).split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

function deepImports(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'));
      const from = folderOf(file);
      const to = folderOf(target);
      // Outside src/ (package.json) is no folder of the data flow.
      if (to === undefined || to === '..' || to === from) continue;
      if (relative(join(src, to), target) === 'index.ts') continue;
      found.push(`${relative(src, file)} imports ${relative(src, target)} (use ${to}/index.ts)`);
    }
  }
  return found;
}

describe('architecture', () => {
  it('no module imports another folder except through its index.ts', () => {
    expect(deepImports()).toEqual([]);
  });

  it("DESIGN.md's module map names every folder under src/", () => {
    const design = readFileSync(resolve(src, '../docs/DESIGN.md'), 'utf8');
    const map = design.slice(design.indexOf('## Module map'), design.indexOf('## Decisions'));
    const folders = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const folder of folders) expect(map, folder.name).toContain(`src/${folder.name}/`);
  });

  it('no folder under src/ is named build (tools and people read it as build output)', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders).not.toContain('build');
  });
});
