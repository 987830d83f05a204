/** The `images` input: names or globs (`*` any run of characters, `?` one), matched against the budget file. */
import { TinySizeError } from '../errors.js';

export function isImagePattern(name: string): boolean {
  return /[*?]/.test(name);
}

/** Each pattern replaced by the budget file's names it matches, in the file's order; names stay as given. */
export function expandImagePatterns(patterns: string[], names: string[], file: string): string[] {
  const selected: string[] = [];
  for (const pattern of patterns) {
    if (!isImagePattern(pattern)) {
      if (!selected.includes(pattern)) selected.push(pattern);
      continue;
    }
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    const regex = new RegExp(`^${source}$`);
    const matched = names.filter((name) => regex.test(name));
    if (!matched.length) {
      throw new TinySizeError(`the \`images\` pattern \`${pattern}\` matches no image of the budget file`, {
        file,
        fix: `choose among: ${names.join(', ')}`,
      });
    }
    for (const name of matched) if (!selected.includes(name)) selected.push(name);
  }
  return selected;
}

/** The input's images as names: globs expanded against the budget file (read only when there is a glob). */
export async function selectedImages(patterns: string[], config: string): Promise<string[]> {
  if (!patterns.some(isImagePattern)) return patterns;
  const { loadBudgetFile } = await import('../budget/index.js');
  const budget = await loadBudgetFile(config);
  return expandImagePatterns(
    patterns,
    budget.images.map((image) => image.name),
    budget.file,
  );
}
