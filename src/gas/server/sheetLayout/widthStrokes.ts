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
  const n = widths.length;
  const memo = new Map<string, { cost: number; strokes: WidthStroke[] }>();
  // The fewest calls for columns i..j (0-based) when they all now show `background`.
  const solve = (i: number, j: number, background: number): { cost: number; strokes: WidthStroke[] } => {
    if (i > j) return { cost: 0, strokes: [] };
    const key = `${i},${j},${background}`;
    const known = memo.get(key);
    if (known) return known;
    let best: { cost: number; strokes: WidthStroke[] };
    if (widths[i] === background) best = solve(i + 1, j, background);
    else {
      best = { cost: Infinity, strokes: [] };
      const width = widths[i];
      // Paint column i and on to some later column of the same width; inside, that width is the background.
      for (let m = i; m <= j; m++) {
        if (widths[m] !== width) continue;
        const inside = solve(i + 1, m, width);
        const after = solve(m + 1, j, background);
        const cost = 1 + inside.cost + after.cost;
        if (cost < best.cost) {
          const stroke = { start: i + 1, count: m - i + 1, width };
          best = { cost, strokes: [stroke, ...inside.strokes, ...after.strokes] };
        }
      }
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, n - 1, defaultWidth).strokes;
}
