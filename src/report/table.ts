/** Plain-text tables for the terminal: columns padded to width, numbers right-aligned. */
export type TextAlign = 'left' | 'right';

/**
 * Each line is built by appending to one string, with index loops and no array per row:
 * `measure --all-files` lists 100,000 rows, and per-row arrays and copies were 50 MB of garbage.
 */
export function textTable(header: string[], rows: string[][], align: TextAlign[] = []): string {
  const widths = header.map((cell, column) => {
    let widest = width(cell);
    for (let index = 0; index < rows.length; index++)
      widest = Math.max(widest, width(rows[index]?.[column] ?? ''));
    return widest;
  });
  const line = (cells: string[]) => {
    let text = '';
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column] as string;
      if (column > 0) text += '  ';
      // Spaces after a line's last cell are trimmed: a left-aligned last cell is not padded.
      if (column === cells.length - 1 && align[column] !== 'right') text += cell;
      else text += pad(cell, widths[column] ?? 0, align[column] ?? 'left');
    }
    return `  ${text.trimEnd()}`;
  };
  let table = line(header);
  for (let index = 0; index < rows.length; index++) table += `\n${line(rows[index] as string[])}`;
  return table;
}

/**
 * Display width: code points, not UTF-16 units (so `−` and `✔` count as one, and so does an emoji
 * written as a surrogate pair). Counted without splitting the text into an array of characters.
 */
function width(text: string): number {
  return text.length - (text.match(surrogatePair)?.length ?? 0);
}

const surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

function pad(text: string, size: number, align: TextAlign): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}
