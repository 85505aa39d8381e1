/**
 * The fewest setColumnWidths calls that give every column its width. A call sets a run of
 * columns to one width and a later call may set part of that run again, so "150 px for A to
 * E, then 220 px for B and for D" is three calls where runs of equal widths would take five. A new
 * sheet's columns already have the default width, which costs nothing.
 */

/** One setColumnWidths call: 1-based first column, how many columns, the width in pixels. */
export interface WidthStroke {
  start: number;
  count: number;
  width: number;
}

/**
 * The calls, in the order to make them (a later call wins where two overlap).
 *
 * @example
 * widthStrokes([150, 220, 150, 220, 150, 100], 100);
 * // [{ start: 1, count: 5, width: 150 }, { start: 2, count: 1, width: 220 }, { start: 4, count: 1, width: 220 }]
 */
export function widthStrokes(widths: readonly number[], defaultWidth: number): WidthStroke[] {
  const memo = new Map<string, WidthStroke[]>();
  // The fewest calls for columns i..j (0-based) when they all now show `background`.
  const solve = (i: number, j: number, background: number): WidthStroke[] => {
    if (i > j) return [];
    const key = `${i},${j},${background}`;
    let best = memo.get(key);
    if (best) return best;
    const width = widths[i];
    if (width === background) best = solve(i + 1, j, background);
    else {
      // Paint column i and on to some later column of the same width; inside, that width is the background.
      for (let m = i; m <= j; m++) {
        if (widths[m] !== width) continue;
        const strokes = [
          { start: i + 1, count: m - i + 1, width },
          ...solve(i + 1, m, width),
          ...solve(m + 1, j, background),
        ];
        if (!best || strokes.length < best.length) best = strokes;
      }
    }
    memo.set(key, best as WidthStroke[]);
    return best as WidthStroke[];
  };
  return solve(0, widths.length - 1, defaultWidth);
}
