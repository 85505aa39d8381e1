import { evenWidths, WIDTH_TOLERANCE } from './evenWidths';

describe('evenWidths', () => {
  it('widens near-equal neighbours to the widest of their run', () => {
    expect(evenWidths([13, 11, 11, 9, 30, 10, 10])).toEqual([13, 13, 13, 13, 30, 10, 10]);
    expect(evenWidths([14, 24, 14, 16, 16])).toEqual([14, 24, 16, 16, 16]);
  });

  it('never narrows a column, and never widens one by more than the tolerance', () => {
    const widths = [8, 22, 60, 30, 30, 7, 12, 10, 24, 10, 12, 11, 18, 7, 9, 9, 7, 10];
    const even = evenWidths(widths);
    even.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(widths[i]);
      expect((w as number) - widths[i]).toBeLessThanOrEqual(WIDTH_TOLERANCE);
    });
    expect(new Set(even.filter((w, i) => w !== even[i - 1])).size).toBeLessThan(widths.length);
  });

  it('lets a column without a width end a run, and keeps it without one', () => {
    expect(evenWidths([10, undefined, 12, 12])).toEqual([10, undefined, 12, 12]);
    expect(evenWidths([])).toEqual([]);
  });
});
