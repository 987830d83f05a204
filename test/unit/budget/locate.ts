/** 1-based line and column of the one occurrence of `needle` in `text`, found independently of yaml. */
export function locate(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  if (text.indexOf(needle, index + 1) >= 0)
    throw new Error(`fixture contains ${JSON.stringify(needle)} twice`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
