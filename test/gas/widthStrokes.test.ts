/**
 * The fewest setColumnWidths calls for a sheet's widths: applied in order to columns that all
 * start at the default width, the calls give every column its width, and no shorter list of
 * calls can (checked against every list of up to that length on small sheets).
 */
import { type WidthStroke, widthStrokes } from '../../src/gas/server/sheetLayout/widthStrokes';

/** What the columns show after the calls, as Sheets applies them one after another. */
function applied(count: number, strokes: readonly WidthStroke[], defaultWidth: number): number[] {
  const widths = Array.from({ length: count }, () => defaultWidth);
  for (const s of strokes) widths.fill(s.width, s.start - 1, s.start - 1 + s.count);
  return widths;
}

/** Whether any list of `calls` calls gives these widths (a brute-force search of small cases). */
function reachable(target: readonly number[], calls: number, defaultWidth: number): boolean {
  const sizes = [...new Set(target)];
  const search = (current: number[], left: number): boolean => {
    if (current.every((w, i) => w === target[i])) return true;
    if (left === 0) return false;
    for (let s = 0; s < target.length; s++)
      for (let e = s; e < target.length; e++)
        for (const w of sizes) {
          const next = [...current];
          next.fill(w, s, e + 1);
          if (search(next, left - 1)) return true;
        }
    return false;
  };
  return search(
    Array.from({ length: target.length }, () => defaultWidth),
    calls,
  );
}

describe('widthStrokes', () => {
  it('makes no call for a sheet at the default width', () => {
    expect(widthStrokes([100, 100, 100], 100)).toEqual([]);
    expect(widthStrokes([], 100)).toEqual([]);
  });

  it('sets a run of equal widths in one call', () => {
    expect(widthStrokes([100, 150, 150, 150, 100], 100)).toEqual([{ start: 2, count: 3, width: 150 }]);
  });

  it('sets a wide run and then the few columns inside it that differ', () => {
    const widths = [150, 150, 220, 150, 150, 220, 150, 100];
    const strokes = widthStrokes(widths, 100);
    expect(applied(widths.length, strokes, 100)).toEqual(widths);
    expect(strokes).toHaveLength(3);
    expect(strokes[0]).toEqual({ start: 1, count: 7, width: 150 });
    expect(widthStrokes([150, 220, 150, 220, 150, 100], 100)).toEqual([
      { start: 1, count: 5, width: 150 },
      { start: 2, count: 1, width: 220 },
      { start: 4, count: 1, width: 220 },
    ]);
  });

  it.each([
    [[150, 100, 150]],
    [[220, 150, 220, 150, 220]],
    [[100, 430, 220, 430, 150, 150, 100]],
    [[150, 220, 150, 100, 220, 150]],
    [[220, 220, 100, 100, 150, 220]],
  ])('gives %j in the fewest calls there are', (widths) => {
    const strokes = widthStrokes(widths, 100);
    expect(applied(widths.length, strokes, 100)).toEqual(widths);
    expect(reachable(widths, strokes.length, 100)).toBe(true);
    expect(reachable(widths, strokes.length - 1, 100)).toBe(false);
  });

  it('gives every column its width on a wide sheet of mixed widths', () => {
    const sizes = [100, 150, 220, 430];
    const widths = Array.from({ length: 40 }, (_, i) => sizes[(i * 7 + (i >> 2)) % 4]);
    const strokes = widthStrokes(widths, 100);
    expect(applied(widths.length, strokes, 100)).toEqual(widths);
    expect(strokes.length).toBeLessThan(widths.filter((w, i) => w !== 100 && w !== widths[i - 1]).length + 1);
  });
});
