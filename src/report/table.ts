/** Plain-text tables for the terminal: columns padded to width, numbers right-aligned. */
export type TextAlign = 'left' | 'right';

export function textTable(header: string[], rows: string[][], align: TextAlign[] = []): string {
  const widths = header.map((cell, column) =>
    Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0, align[column] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].map((text) => `  ${text}`).join('\n');
}

/** Display width: code points, not UTF-16 units (so `−` and `✔` count as one). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: TextAlign): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}
