/** Text tables: columns as wide as their widest cell in code points, whatever the characters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TextAlign, textTable } from '../../../src/report/index.js';

/** The table said plainly: widths from the text split into code points. */
function plainTable(header: string[], rows: string[][], align: TextAlign[]): string {
  const width = (text: string) => [...text].length;
  const widths = header.map((cell, column) =>
    Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const fill = ' '.repeat(Math.max(0, (widths[column] ?? 0) - width(cell)));
        return align[column] === 'right' ? fill + cell : cell + fill;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].map((text) => `  ${text}`).join('\n');
}

describe('textTable', () => {
  it('pads by code points (surrogate pairs, lone surrogates, `−` and `✔` are one column each), as it always did', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', ' ', '−', '✔', '😀', '\uD800', '\uDC00', 'é'),
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 3, maxLength: 3 }),
        // Rows may have fewer or more cells than the header.
        fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 5 }),
        fc.array(fc.constantFrom<TextAlign>('left', 'right'), { maxLength: 4 }),
        (header, rows, align) => {
          expect(textTable(header, rows, align)).toBe(plainTable(header, rows, align));
        },
      ),
      { seed: 1206, numRuns: 1000 },
    );
    expect(
      textTable(
        ['n', 'x'],
        [
          ['😀', '1'],
          ['ab', '2'],
        ],
      ),
    ).toBe('  n   x\n  😀   1\n  ab  2');
  });
});
